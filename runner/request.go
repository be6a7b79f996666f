package runner

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"io"
	"net/http"
	"net/textproto"
	"net/url"
	"strings"
	"time"

	"github.com/authspec/authspec/diagnose"
	"github.com/authspec/authspec/results"
	"github.com/authspec/authspec/secret"
	"github.com/authspec/authspec/suites"
)

// built is a request ready to send, with its body kept so a retry can
// send it again.
type built struct {
	req      *http.Request
	body     []byte
	endpoint string
	// What carries a secret (a capture, a value from an env file or the
	// process): never sent on to another origin by a redirect.
	secretHeaders []string
	secretQuery   []string
	secretBody    bool
	// refused says why a redirect was not followed ("" when none was).
	refused string
	// notForwarded is the redirect at which the try's credential was
	// stripped (zero: none), for the diagnosis.
	notForwarded diagnose.Redirect
	// tokens are the OAuth2 token requests sent for this step's
	// credential (a fetch, a refresh, the previous probe's), redacted.
	tokens []results.Step
	// shown is the URL as reports show it, and shownPath its path (empty
	// for a url: request): see shower. Every result shows its URL; the
	// headers and body are shown only by a case that keeps its exchanges,
	// so they are rendered then (shownStep), from src and headers: the
	// request and the headers the scenario wrote.
	shown, shownPath secret.Text
	src              *suites.Request
	headers          []suites.Pair
	// sent is the credential applied to req, nil: none; reports name its
	// secrets as it did (see sentCred.preferred).
	sent *sentCred
	// sh renders what this step sent, with the captures as they were
	// then: set once it is sent (runStep), for the diagnosis.
	sh *shower

	// sentAt is when the first try started (set by once): the clock is
	// read once per try, and a time.Now costs about 200 ns on a VM.
	sentAt time.Time

	// first is req's context: the first try is sent as req itself, in
	// the context once gives it (see attempt), and later tries as copies
	// in contexts of their own; a request per try was 320 bytes.
	first firstCtx

	// What the step needs once and keeps as long as it keeps b, allocated
	// with it: one allocation per step instead of four to six (sh points
	// to shv, runStep's wire is w, and vals holds the header values set
	// on req: see setHeader).
	shv   shower
	w     wire
	vals  [4]string
	nvals int
}

// firstCtx is the context of a step's first try, set once before the try
// is sent (context.Background until then): the context package sees
// through it to the try's own (its Value, Done and Err are that
// context's), as it does through a WithValue.
type firstCtx struct {
	context.Context
	set bool
}

// setHeader sets a header of b.req as http.Header's Set does (the name
// canonical, the value a slice of its own: capacity one, so that an Add
// copies it), the value from b.vals while they last.
func (b *built) setHeader(name, value string) {
	var v []string
	if b.nvals < len(b.vals) {
		b.vals[b.nvals] = value
		v = b.vals[b.nvals : b.nvals+1 : b.nvals+1]
		b.nvals++
	} else {
		v = []string{value}
	}
	b.req.Header[textproto.CanonicalMIMEHeaderKey(name)] = v
}

// buildRequest interpolates a step's request in the case's environment.
// It returns the names of variables that are missing (from captures that
// an earlier step did not produce).
func (p *plan) buildRequest(c *testCase, s caseStep, captures map[string]suites.Var) (*built, []string, error) {
	env := c.st.env
	var missing []string
	expand := func(str suites.String) string {
		v, m := env.Expand(str.Raw, captures)
		missing = appendNew(missing, m...)
		return v
	}
	// isSecret reports whether a string of the suite refers to a secret.
	isSecret := func(str suites.String) bool {
		for _, n := range suites.Refs(str.Raw) {
			if v, ok := env.Lookup(n, captures); ok && v.Secret {
				return true
			}
		}
		return false
	}
	b := &built{}
	r := s.req
	method := expand(r.Method)
	var target, tmpl string
	if r.URL.IsSet() {
		target = expand(r.URL)
		tmpl = endpointOf(r.URL.Raw)
	} else {
		target = joinURL(env.BaseURL, expand(r.Path))
		tmpl = r.Path.Raw
		if i := strings.IndexByte(tmpl, '?'); i >= 0 {
			tmpl = tmpl[:i]
		}
	}
	u, err := url.Parse(target)
	if err != nil {
		// Never quote target: it may carry a secret that a URL which does
		// not parse cannot have redacted part by part.
		src := r.Path.Raw
		if r.URL.IsSet() {
			src = r.URL.Raw
		} else {
			src = env.Environment.BaseURL.Raw + src
		}
		return nil, missing, secret.Errorf("the request URL is not a URL: %s%s", suites.URLParseReason(err), secret.Lit(resolvedNote(src)))
	}
	if u.Scheme == "" || u.Host == "" {
		return nil, missing, secret.Errorf("the request URL is not an absolute http(s) URL%s", secret.Lit(resolvedNote(r.URL.Raw+env.Environment.BaseURL.Raw)))
	}
	if len(r.Query) > 0 {
		q := u.Query()
		for _, kv := range r.Query {
			q.Add(kv.Name, expand(kv.Value))
			if isSecret(kv.Value) {
				b.secretQuery = append(b.secretQuery, kv.Name)
			}
		}
		u.RawQuery = q.Encode()
	}

	var body []byte
	contentType := ""
	switch {
	case r.JSON != nil:
		body, err = json.Marshal(p.jsonValue(r.JSON.Value, expand))
		if err != nil {
			return nil, missing, secret.Errorf("json body: %v", err)
		}
		contentType = "application/json"
	case len(r.Form) > 0:
		form := url.Values{}
		for _, kv := range r.Form {
			form.Add(kv.Name, expand(kv.Value))
		}
		body = []byte(form.Encode())
		contentType = "application/x-www-form-urlencoded"
	case r.Body != nil:
		body = []byte(expand(*r.Body))
	}
	headers := r.Headers
	if len(r.Headers) == 0 {
		headers = c.sc.Settings.Headers // read only: no copy needed
	} else if len(c.sc.Settings.Headers) > 0 {
		headers = append(append([]suites.Pair(nil), c.sc.Settings.Headers...), r.Headers...)
	}
	// The request is made as http.NewRequest would make it, but takes the
	// URL already parsed rather than printing it to be parsed again (the
	// host without an empty port), and has room in its header for what is
	// set below and the credential. It has no context of its own: each
	// attempt is sent in its own (built.attempt).
	sendMethod := method
	if sendMethod == "" {
		sendMethod = http.MethodGet
	}
	if !validToken(sendMethod) {
		return nil, missing, secret.Errorf("cannot build request: net/http: invalid method %q", sendMethod)
	}
	u.Host = strings.TrimSuffix(u.Host, ":")
	b.first.Context = context.Background() // until the first try (attempt)
	req := (&http.Request{Method: sendMethod, URL: u, Host: u.Host, Proto: "HTTP/1.1", ProtoMajor: 1, ProtoMinor: 1,
		Header: make(http.Header, len(headers)+3)}).WithContext(&b.first)
	b.req = req
	if contentType != "" {
		b.setHeader("Content-Type", contentType)
	}
	b.setHeader("User-Agent", userAgent)
	for _, h := range headers {
		b.setHeader(h.Name, expand(h.Value))
		if isSecret(h.Value) {
			b.secretHeaders = append(b.secretHeaders, h.Name)
		}
	}
	if v := userinfoBasic(u, req.Header); v != "" {
		// A credential's header, applied later, replaces it, as it does
		// in the client.
		b.setHeader("Authorization", v)
	}
	suites.RequestBodyStrings(r, func(str suites.String) { b.secretBody = b.secretBody || isSecret(str) })
	b.body, b.endpoint, b.src, b.headers = body, method+" "+tmpl, r, headers
	b.shown, b.shownPath = c.st.shower(captures, p.opt.Redactor).url(r)
	return b, missing, nil
}

// userinfoBasic is the Authorization header net/http's client makes of
// u's userinfo when the request sets none (h has no Authorization), ""
// when it makes none. The client adds it itself, after the request is
// recorded: a step's dump or a token request's would show a request
// without it, and diagnosis would read "no credential sent" or miss the
// Basic a token endpoint read as the client. Both kinds of request set it
// here, as the client would, so what is recorded is what goes out.
func userinfoBasic(u *url.URL, h http.Header) string {
	if u.User == nil || h.Get("Authorization") != "" {
		return ""
	}
	pw, _ := u.User.Password()
	return "Basic " + base64.StdEncoding.EncodeToString([]byte(u.User.Username()+":"+pw))
}

// endpointOf names a request to a URL template (url:, token_url:) by its
// path as written; without one, by the URL without its userinfo and
// query, which may hold secrets.
func endpointOf(raw string) string {
	p := suites.SplitURL(raw)
	if p.Scheme == "" || p.Path == "" {
		return p.Shown()
	}
	return p.Path
}

// userAgent names authspec in every request it sends, token requests
// too: the exchange a report shows is the one sent.
const userAgent = "authspec"

// jsonValue interpolates the strings of a YAML value sent as JSON.
func (p *plan) jsonValue(v any, expand func(suites.String) string) any {
	switch v := v.(type) {
	case suites.String:
		return expand(v)
	case []any:
		out := make([]any, len(v))
		for i, x := range v {
			out[i] = p.jsonValue(x, expand)
		}
		return out
	case map[string]any:
		out := make(map[string]any, len(v))
		for k, x := range v {
			out[k] = p.jsonValue(x, expand)
		}
		return out
	}
	return v
}

// attempt is the request to send once, in ctx, with a fresh body reader:
// b.req itself the first time, then a copy that shares b.req's header and
// URL (a shallow copy, not a clone): neither the client nor the transport
// changes them, and a redirect is a new request with headers of its own.
// Once sent, b.req's fields are not written again (refreshOAuth replaces
// b.req), since the transport of an earlier try may still read them.
func (b *built) attempt(ctx context.Context) *http.Request {
	var r *http.Request
	if !b.first.set {
		// Nothing has read req's context yet, nor sent it: the first try
		// is req, and its context is set once, here.
		b.first.Context, b.first.set = ctx, true
		r = b.req
	} else {
		r = b.req.WithContext(ctx)
	}
	if b.body != nil {
		r.Body = io.NopCloser(bytes.NewReader(b.body))
		r.ContentLength = int64(len(b.body))
		r.GetBody = func() (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(b.body)), nil }
	}
	return r
}
