package runner

import (
	"encoding/json"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/authspec/authspec/assert"
	"github.com/authspec/authspec/results"
	"github.com/authspec/authspec/secret"
	"github.com/authspec/authspec/suites"
)

// shower renders what authspec sent from the suite's templates, as a
// secret.Text: the template's own text as written, each ${VAR} that holds
// an identifier or a value written in the suite as it is, and each secret
// as its label, whatever its length. Nothing in it is left for the
// redactor to find in text, so a password "admin" cannot rewrite the path
// /admin/users, and a PIN of 4 digits in /v${PIN} is still hidden.
type shower struct {
	env      *suites.Env
	captures map[string]suites.Var
	red      *secret.Redactor
	idents   map[string]bool // the environment's identifiers (Suite.Identifiers)
	// baseURL is the environment's base URL as shown (see shownBase),
	// rendered once per environment rather than on every request; nil:
	// rendered when asked.
	baseURL *[2]secret.Text
}

// shower is the shower of the case's environment with these captures.
func (st *envState) shower(captures map[string]suites.Var, red *secret.Redactor) shower {
	return shower{env: st.env, captures: captures, red: red, idents: st.idents, baseURL: &st.shownBase}
}

// refMark brackets the index of a ${VAR} while a template is expanded; a
// template that already holds it is shown as a value, redacted at the sink.
const refMark = "\uFDD2"

// template renders raw, a string of the suite, as sent.
func (s shower) template(raw string) secret.Text { return s.render(raw, secret.Lit) }

// urlTemplate renders a URL template of field (url, <cred>.token_url):
// scheme, host, port and path are identifiers, shown as written, as
// shownBase shows a base URL; the userinfo and the query values are
// secrets, shown as their labels (see shownurl.go).
func (s shower) urlTemplate(field, raw string) secret.Text {
	p := suites.SplitURL(raw)
	var t secret.Text
	if p.HasUser {
		user, _ := s.env.Expand(p.User, s.captures)
		t = s.template(p.Scheme) + shownUserinfo(s.red, field, user) + secret.Lit("@") + s.template(p.Host+p.Path)
	} else {
		t = s.template(p.Shown())
	}
	tail, _ := s.env.Expand(p.Tail, s.captures)
	return t + shownTail(s.red, field, tail)
}

// render renders raw as sent, the text around its ${VAR}s made by lit.
func (s shower) render(raw string, lit func(string) secret.Text) secret.Text {
	if !strings.Contains(raw, "${") && !strings.Contains(raw, refMark) {
		return lit(raw) // no ${VAR}: what the loop below makes of it, without the work
	}
	if strings.Contains(raw, refMark) {
		out, _ := s.env.Expand(raw, s.captures)
		return secret.Textf("%s", out)
	}
	var refs []secret.Text
	out, _ := suites.Expand(raw, func(name string) (string, bool) {
		refs = append(refs, s.ref(name))
		return refMark + strconv.Itoa(len(refs)-1) + refMark, true
	})
	var t secret.Text
	for i, part := range strings.Split(out, refMark) {
		if i%2 == 0 {
			t += lit(part)
			continue
		}
		if n, err := strconv.Atoi(part); err == nil && n < len(refs) {
			t += refs[n]
		}
	}
	return t
}

// ref renders one ${VAR} as sent: a secret (or a value that is also a
// secret somewhere else) as its label; an identifier (a username, a
// public: variable, a host) and a value written in the suite as written.
// An identifier that is a URL with userinfo or a query is a value, so the
// redactor hides those parts at the sink.
func (s shower) ref(name string) secret.Text {
	v, ok := s.env.Lookup(name, s.captures)
	if !ok || v.Value == "" {
		return ""
	}
	_, captured := s.captures[name]
	switch {
	case name == "base_url" && !captured:
		// The base URL as shownBase shows it: its userinfo and query
		// values as labels, however short.
		b, q := s.base()
		if q != "" {
			b += secret.Lit("?") + q
		}
		return b
	case s.red.Known(v.Value) && !v.Secret:
		// Not a secret itself: named by the secret it equals.
		return s.red.Value(name, v.Value)
	case s.red.Known(v.Value), v.Secret && !(s.idents[name] && !captured):
		// The variable substituted here, even when another holds the
		// same value (staging's API_HEADER, production's API_TOKEN).
		return secret.Named(name, v.Value)
	case s.idents[name] && !captured:
		if u, err := url.Parse(v.Value); err == nil && (u.User != nil || u.RawQuery != "") {
			return secret.Textf("%s", v.Value)
		}
		return secret.Lit(v.Value)
	}
	return secret.Lit(v.Value)
}

// base is the environment's base URL as shown, and its query.
func (s shower) base() (secret.Text, secret.Text) {
	if s.baseURL != nil {
		return s.baseURL[0], s.baseURL[1]
	}
	b := shownBase(s.env, s.red)
	return b[0], b[1]
}

// shownBase renders a base URL: scheme, host, port and path are
// identifiers, shown as written; the userinfo and the query values are
// secrets, shown as their labels (see shownurl.go).
func shownBase(env *suites.Env, red *secret.Redactor) [2]secret.Text {
	u, err := env.ParsedBaseURL() // shared: read only
	if err != nil || u.Host == "" {
		return [2]secret.Text{secret.Textf("%s", env.BaseURL), ""}
	}
	var t secret.Text
	t = secret.Lit(u.Scheme + "://")
	if u.User != nil {
		t += shownUserinfo(red, "base_url", u.User.String()) + secret.Lit("@")
	}
	t += secret.Lit(u.Host + strings.TrimRight(u.EscapedPath(), "/"))
	var q secret.Text
	if u.RawQuery != "" {
		q = shownQuery(red, "base_url", u.RawQuery)
	}
	return [2]secret.Text{t, q}
}

// url renders a request's URL as sent: the url: template, or base_url
// joined with the path template (as joinURL joins them), then the query:
// parameters the scenario wrote, and the one a credential added.
func (s shower) url(r *suites.Request) (full, path secret.Text) {
	var query secret.Text
	if r.URL.IsSet() {
		full = s.urlTemplate("url", r.URL.Raw)
	} else {
		base, baseQuery := s.base()
		raw, pathQuery, hasQuery := strings.Cut(r.Path.Raw, "?")
		path = s.template(raw)
		// joinURL adds the slash to the path as expanded: a template that
		// starts with ${P} gets none when P's value starts with one.
		if raw != "" && !strings.HasPrefix(raw, "/") {
			if sent, err := s.env.Expand(raw, s.captures); err != nil || !strings.HasPrefix(sent, "/") {
				path = secret.Lit("/") + path
			}
		}
		full = base + path
		query = baseQuery
		if hasQuery {
			query = join(query, s.template(pathQuery))
		}
	}
	for _, kv := range r.Query {
		query = join(query, secret.Lit(kv.Name+"=")+s.template(kv.Value.Raw))
	}
	if query != "" {
		sep := "?"
		if strings.Contains(secret.Plain(string(full)), "?") {
			sep = "&"
		}
		full += secret.Lit(sep) + query
	}
	return full, path
}

// join joins two query strings with &.
func join(a, b secret.Text) secret.Text {
	if a == "" {
		return b
	}
	if b == "" {
		return a
	}
	return a + secret.Lit("&") + b
}

// shownURL is the URL as sent, with the query parameter a credential
// added (api_key with query:), whose value is always a secret.
func (b *built) shownURL(red *secret.Redactor, sent *sentCred) secret.Text {
	if sent == nil || sent.query == "" || len(sent.values) == 0 {
		return b.shown
	}
	v := sent.values[len(sent.values)-1]
	sep := "?"
	if strings.Contains(secret.Plain(string(b.shown)), "?") {
		sep = "&"
	}
	return b.shown + secret.Lit(sep+sent.query+"=") + secret.Named(v.Source, v.Value)
}

// body renders the request body as sent: a json: value with its strings
// shown as templates (its keys, numbers and booleans are written in the
// suite), form fields as name=value, a raw body as a template.
func (s shower) body(r *suites.Request, jsonValue func(any, func(suites.String) string) any) secret.Text {
	switch {
	case r.JSON != nil:
		out, err := json.Marshal(jsonValue(r.JSON.Value, func(str suites.String) string { return string(s.template(str.Raw)) }))
		if err != nil {
			return ""
		}
		// What json.Marshal wrote between the strings is the suite's
		// own text (keys, punctuation, numbers): literal.
		return allLiteral(string(out))
	case len(r.Form) > 0:
		var t secret.Text
		for i, kv := range r.Form {
			if i > 0 {
				t += secret.Lit("&")
			}
			t += secret.Lit(url.QueryEscape(kv.Name)+"=") + s.template(kv.Value.Raw)
		}
		return t
	case r.Body != nil:
		return s.template(r.Body.Raw)
	}
	return ""
}

// matcher renders an expectation as the suite wrote it: its operator and
// value literal, each ${VAR} as shown by template.
func (s shower) matcher(m assert.Matcher) secret.Text {
	shown, err := m.Expand(func(str string) (string, error) { return string(s.template(str)), nil })
	if err != nil {
		return ""
	}
	return allLiteral(shown.String())
}

// allLiteral marks every part of t literal: text authspec wrote around
// shown templates (JSON punctuation, an operator and its quotes), whose
// values are already literal or labels.
func allLiteral(t string) secret.Text {
	lit := func(s string) string { return string(secret.Lit(s)) }
	return secret.Text(secret.RenderFunc(t, lit, lit))
}

// shownStep renders a step's request as reports show it, once its case
// is done and keeps its exchanges (it failed, or --verbose): a passing
// case never renders what it would not keep.
type shownStep struct {
	b  *built
	sh shower // with the captures as they were when the step was sent
}

// request is the headers as sent, those the scenario wrote rendered from
// their templates (a later one of the same name wins, as when sent), those
// the credential set with its secrets labelled by the names it used
// (red, made by preferred), and the body.
func (s shownStep) request(jsonValue func(any, func(suites.String) string) any, red *secret.Redactor) results.Exchange {
	h := s.b.req.Header.Clone()
	if s.b.sent != nil && red != s.sh.red { // else the sink's redactor labels them the same
		for _, name := range s.b.sent.headers {
			vs := h.Values(name)
			for i := range vs {
				vs[i] = red.Redact(vs[i])
			}
		}
	}
	for _, p := range s.b.headers {
		// A header the credential set too was sent with the credential's
		// value (it is set after the scenario's headers): showing the
		// scenario's template there would show what was not sent.
		if name := http.CanonicalHeaderKey(p.Name); h[name] != nil && !s.b.sent.sets(name) {
			h[name] = []string{string(s.sh.template(p.Value.Raw))}
		}
	}
	return results.Exchange{Header: h, Body: []byte(s.sh.body(s.b.src, jsonValue))}
}

// sets reports whether the credential set the header name (canonical).
func (sent *sentCred) sets(name string) bool {
	if sent == nil {
		return false
	}
	for _, h := range sent.headers {
		if http.CanonicalHeaderKey(h) == name {
			return true
		}
	}
	return false
}

// preferred is red as it shows what this step sent and got back: a secret
// the step's credential sent is named as the credential used it (see
// secret.Redactor.Prefer), whatever name the same value has elsewhere.
func (sent *sentCred) preferred(red *secret.Redactor) *secret.Redactor {
	if !sent.prefers(red) {
		return red
	}
	used := make([]secret.Source, 0, len(sent.values))
	for _, v := range sent.values {
		used = append(used, secret.Source{Name: v.Source, Value: v.Value})
	}
	return red.Prefer(used...)
}

// prefers reports whether preferred may be other than red: some secret
// the step sent has another name too. Asked before making a view or a
// closure, so a run where no value has two names pays a lock, not an
// allocation.
func (sent *sentCred) prefers(red *secret.Redactor) bool {
	return sent != nil && len(sent.values) > 0 && red.Contested()
}

// redactedHeader is h with each value redacted by red, for a header that
// came from a server and is kept in a result: what the sink redacts again
// finds only labels there.
func redactedHeader(h http.Header, red *secret.Redactor) http.Header {
	out := make(http.Header, len(h))
	for name, vs := range h {
		rs := make([]string, len(vs))
		for i, v := range vs {
			rs[i] = red.Redact(v)
		}
		out[name] = rs
	}
	return out
}
