package diagnose

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"net/http"
	"net/url"
	"sort"
	"strings"

	"github.com/authspec/authspec/internal/lazyre"
	"github.com/authspec/authspec/secret"
	"github.com/authspec/authspec/vocab"
)

// sent is where a credential went in a request: which header, query
// parameter or body carries which value.
type sent struct {
	authz   string // the Authorization header as it reaches the server (trimmed)
	headers []placed
	query   []placed
	body    []placed
	path    []placed // a value carried in the URL path (/bot<token>/getMe)
	// pathSecret: the URL path carries a secret the run knows that is no
	// value of the credential (a token typed into the scenario's url).
	pathSecret bool
	// bodySecret: the body carries a secret the run knows that is no value
	// of the credential, where the suite's text named a variable.
	bodySecret bool
	// Names of headers and query parameters that look like credentials even
	// though none of the known values is in them (captured tokens, values
	// set by hand in the scenario).
	authHeaders []string
	authQuery   []string
	authBody    []string // form or JSON fields named like credentials
	// login: form or JSON fields that carry a password or secret (a
	// login's body, etcd's /v3/auth/authenticate): a credential sent, in
	// the place a login endpoint reads it.
	login []string
}

type placed struct {
	where string // header or parameter name, or "body"
	v     Value
}

func (s sent) any() bool {
	return s.authz != "" || s.pathSecret || s.bodySecret || len(s.headers)+len(s.query)+len(s.body)+len(s.path)+len(s.authHeaders)+len(s.authQuery)+len(s.authBody)+len(s.login) > 0
}

// inHeader: a value of the credential went in the header named name (any
// case).
func (s sent) inHeader(name string) bool {
	for _, p := range s.headers {
		if strings.EqualFold(p.where, name) {
			return true
		}
	}
	return false
}

// locate finds the credential's values in the request. A credential in
// the URL path is a credential sent: some APIs put the token there.
func locate(ex Exchange, red *redactor) sent {
	var s sent
	if ex.NotForwarded.To != "" {
		// The runner dropped every header and parameter that carries a
		// secret at the redirect (a body or path carrying one is not
		// followed at all): the server that answered got nothing.
		return s
	}
	h := ex.RequestHeader
	if h == nil {
		h = http.Header{}
	}
	s.authz = strings.TrimSpace(h.Get("Authorization"))
	var query url.Values
	path := ""
	if u, err := url.Parse(ex.URL); err == nil {
		query, path = u.Query(), u.Path
	}
	// What the runner shows is the suite's text as written, each value it
	// substituted from a secret as its label: a value found there as
	// often as in what was sent is literal text that equals it (the word
	// "secret" of /admin/secret/page), no credential sent.
	var shownQuery url.Values
	shownPath := path
	if ex.ShownURL != "" {
		if u, err := url.Parse(secret.Plain(string(ex.ShownURL))); err == nil {
			shownQuery, shownPath = u.Query(), u.Path
		}
	}
	shownBody := []byte(secret.Plain(string(ex.ShownBody)))
	var values []Value
	if ex.Credential != nil {
		values = ex.Credential.Values
	}
	basic := ""
	if scheme, rest, ok := strings.Cut(s.authz, " "); ok && strings.EqualFold(scheme, "basic") {
		if b, err := base64.StdEncoding.DecodeString(strings.TrimSpace(rest)); err == nil {
			basic = string(b)
		}
	}
	for _, v := range values {
		clean := cleanValue(v.Value)
		if len(clean) < 3 {
			continue
		}
		for _, name := range sortedKeys(h) {
			for _, hv := range h.Values(name) {
				if strings.Contains(hv, clean) || strings.EqualFold(name, "Authorization") && strings.Contains(basic, clean) {
					s.headers = append(s.headers, placed{http.CanonicalHeaderKey(name), v})
					break
				}
			}
		}
		for _, name := range sortedKeys(query) {
			if n := countIn(query[name], clean); n > 0 && (shownQuery == nil || n > countIn(shownQuery[name], clean)) {
				s.query = append(s.query, placed{name, v})
			}
		}
		// A user name that is an identifier is no credential in the path
		// (user admin, path /admin/users).
		isID := (v.Field == vocab.FieldUsername || v.Field == vocab.FieldClientID) && identifier(ex.Credential, v)
		if n := inPath(path, clean); !isID && n > 0 && (ex.ShownURL == "" || n > inPath(shownPath, clean)) {
			s.path = append(s.path, placed{"URL path", v})
		}
		if n := inBody(ex.RequestBody, clean); n > 0 && (ex.ShownBody == "" || n > inBody(shownBody, clean)) {
			s.body = append(s.body, placed{"body", v})
		}
	}
	// A secret substituted into the path shows there as its label.
	s.pathSecret = len(s.path) == 0 && path != "" && red.redact(path) != path && (ex.ShownURL == "" || shownPath != path)
	// So does one the suite wrote into the body (a JSON-RPC call's secret
	// param, aria2's "token:${RPC_SECRET}"): it was sent, in the body.
	s.bodySecret = len(s.body) == 0 && ex.ShownBody != "" && len(ex.RequestBody) > 0 &&
		string(shownBody) != string(ex.RequestBody) && red.redact(string(ex.RequestBody)) != string(ex.RequestBody)
	for _, name := range sortedKeys(h) {
		if !strings.EqualFold(name, "Authorization") && looksLikeAuthName(name) && strings.TrimSpace(h.Get(name)) != "" {
			s.authHeaders = append(s.authHeaders, http.CanonicalHeaderKey(name))
		}
	}
	for _, name := range sortedKeys(query) {
		if looksLikeAuthName(name) && query.Get(name) != "" && !switchValueRE.MatchString(query.Get(name)) {
			s.authQuery = append(s.authQuery, name)
		}
	}
	for _, name := range bodyFieldNames(ex.RequestBody) {
		if looksLikeBodyToken(name) {
			s.authBody = append(s.authBody, name)
		} else if loginFieldRE.MatchString(strings.ToLower(name)) {
			s.login = append(s.login, name)
		}
	}
	return s
}

// bodyFieldNames lists the top-level field names of a JSON object or a
// urlencoded form body, sorted; nothing for other bodies.
func bodyFieldNames(body []byte) []string {
	body = bytes.TrimSpace(body)
	if len(body) == 0 {
		return nil
	}
	var names []string
	if body[0] == '{' {
		var obj map[string]json.RawMessage
		if json.Unmarshal(body, &obj) != nil {
			return nil
		}
		for k := range obj {
			names = append(names, k)
		}
	} else if form, err := url.ParseQuery(string(body)); err == nil && bytes.IndexByte(body, '=') > 0 {
		for k, v := range form {
			if len(v) > 0 && v[0] != "" {
				names = append(names, k)
			}
		}
	}
	sort.Strings(names)
	return names
}

// looksLikeBodyToken reports whether a body field is an API token or key
// put there instead of a header. Login and refresh bodies carry username,
// password, client_secret or refresh_token by design: those do not count.
func looksLikeBodyToken(name string) bool {
	n := strings.ToLower(name)
	if strings.Contains(n, "refresh") || strings.Contains(n, "password") || strings.Contains(n, "secret") || strings.Contains(n, "user") {
		return false
	}
	return strings.Contains(n, "token") || strings.Contains(n, "api_key") || strings.Contains(n, "apikey") || strings.Contains(n, "api-key")
}

// loginFieldRE: a body field that carries a login's secret, a password's
// under a form's own prefix too (the servlet form login's j_password,
// user_password, login-password).
var loginFieldRE = lazyre.New(`^(([a-z]{1,12}[_-])?(password|passwd|passphrase)|pass|client_secret|secret)$`)

// inPath counts where path carries v: a short value only as a whole
// segment ("mon" is not in /monitoring), a longer one anywhere.
func inPath(path, v string) int {
	if !secret.Short(v) {
		return strings.Count(path, v)
	}
	n := 0
	for _, seg := range strings.Split(path, "/") {
		if seg == v {
			n++
		}
	}
	return n
}

// countIn counts v in the values of one query parameter.
func countIn(values []string, v string) int {
	n := 0
	for _, qv := range values {
		n += strings.Count(qv, v)
	}
	return n
}

// inBody counts v in a body, as written or form-encoded.
func inBody(body []byte, v string) int {
	n := bytes.Count(body, []byte(v))
	if e := url.QueryEscape(v); e != v {
		n += bytes.Count(body, []byte(e))
	}
	return n
}

// switchValueRE: a parameter's value that switches something on or off
// (Zotero's ?auth=1 asks the API to demand authentication): named like a
// credential, it carries none.
var switchValueRE = lazyre.New(`(?i)^\s*(0|1|true|false|yes|no|on|off|required|none)\s*$`)

// looksLikeAuthName reports whether a header or query parameter name is
// one that usually carries a credential.
func looksLikeAuthName(name string) bool {
	n := strings.ToLower(name)
	switch n {
	case "authorization", "proxy-authorization", "cookie", "key", "sig", "signature", "password", "client_secret":
		return true
	}
	for _, w := range []string{"api-key", "apikey", "api_key", "token", "auth", "secret"} {
		if strings.Contains(n, w) {
			return true
		}
	}
	return false
}

// describe tells what the request carried, without any value: labels for
// known values, a shape for unknown ones, names only for the rest.
func (a *analysis) describeSent() []string {
	var ev []string
	if a.sent.authz != "" {
		ev = append(ev, textf("sent Authorization: %s", a.safeHeader(a.sent.authz)))
	}
	seen := map[string]bool{"Authorization": true}
	for _, p := range a.sent.headers {
		if !seen[p.where] {
			seen[p.where] = true
			ev = append(ev, textf("sent header %s: %s", p.where, shown(a.ex.Credential, p.v)))
		}
	}
	for _, n := range a.sent.authHeaders {
		if !seen[n] {
			seen[n] = true
			ev = append(ev, textf("sent header %s: %s", n, secret.Lit("<"+shape(a.ex.RequestHeader.Get(n))+">")))
		}
	}
	for _, p := range a.sent.query {
		ev = append(ev, textf("sent in query parameter %s: %s", p.where, shown(a.ex.Credential, p.v)))
	}
	for _, p := range a.sent.body {
		ev = append(ev, textf("sent in the request body: %s", shown(a.ex.Credential, p.v)))
	}
	for _, p := range a.sent.path {
		ev = append(ev, textf("sent in the URL path: %s", label(p.v)))
	}
	if a.sent.pathSecret {
		ev = append(ev, textf("the URL path carries a secret: %s", a.endpoint()))
	}
	if a.sent.bodySecret {
		ev = append(ev, lit("the request body carries a secret the suite wrote into it"))
	}
	if len(a.sent.login) > 0 {
		ev = append(ev, textf("sent a login in the request body (field %s)", secret.Lit(strings.Join(a.sent.login, ", "))))
	}
	if r := a.ex.NotForwarded; r.To != "" {
		ev = append(ev, textf("%s redirected the request (%d) to %s, another origin; authspec did not forward the credential there, so %s received none of it", r.From, r.Status, r.To, r.To))
	}
	if len(ev) == 0 {
		names := sortedKeys(a.ex.RequestHeader)
		ev = append(ev, textf("sent no credential: no Authorization header, no API key header or parameter (request headers: %s)", orNothing(names)))
	}
	return ev
}

// safeHeader renders an Authorization value: the scheme, then a label for
// a known value or the shape of an unknown one.
func (a *analysis) safeHeader(v string) string {
	scheme, rest, ok := strings.Cut(v, " ")
	if !ok {
		if r := a.red.redact(v); r != v {
			return r
		}
		return "<" + shape(v) + ">"
	}
	if r := a.red.redact(rest); r != rest && !strings.ContainsAny(r, "\"'") {
		return scheme + " " + r + " (" + shape(strings.TrimSpace(rest)) + ")"
	} else if r != rest {
		return scheme + " " + r
	}
	return scheme + " <" + shape(strings.TrimSpace(rest)) + ">"
}

func orNothing(xs []string) string {
	if len(xs) == 0 {
		return "none"
	}
	return strings.Join(xs, ", ")
}

var headerNameRE = lazyre.New(`\b(authorization|x-[a-z0-9][a-z0-9-]*|api-key|apikey)\b`)

// askedHeader returns a header the server's words ask for that the request
// did not carry, e.g. "missing x-api-key header".
func (a *analysis) askedHeader() string {
	if h := a.challengedHeader(); h != "" {
		return h
	}
	text := a.srv.text
	if !strings.Contains(text, "header") && !strings.Contains(text, "missing") && !strings.Contains(text, "required") {
		return ""
	}
	if csrfRE.MatchString(text) {
		// An answer in anti-CSRF words names the header of its token
		// (Transmission's X-Transmission-Session-Id), not the credential's.
		return ""
	}
	for _, loc := range headerNameRE.FindAllStringIndex(text, 8) {
		m := text[loc[0]:loc[1]]
		if strings.HasPrefix(m, "x-ratelimit") || strings.HasPrefix(m, "x-request") {
			continue
		}
		// The name must be spoken of as a header ("the X-API-Key header",
		// "header: apikey"), not be any word of the body (an ApiKey
		// challenge quoted in an error).
		near := text[max(0, loc[0]-12):min(len(text), loc[1]+12)]
		// A header named for something else (a quota project, a tenant)
		// is a required header, not where the credential goes.
		// An account's or tenant's own header (X-Account-Token) goes beside
		// the credential, not in its place.
		if strings.Contains(near, "header") && a.ex.RequestHeader.Get(m) == "" && credentialHeaderRE.MatchString(m) && !accountHeaderRE.MatchString(m) {
			return m
		}
	}
	return ""
}

// challengedHeader: a challenge whose scheme is a credential header's name
// (PowerDNS's `X-API-Key realm="PowerDNS"`) names where the key goes; the
// request did not carry it. A Basic login sent there is another kind of
// credential, not a key in the wrong place (the scheme's question).
func (a *analysis) challengedHeader() string {
	if sentPassword(a) {
		return ""
	}
	for _, c := range a.srv.challenges {
		n := strings.ToLower(c.Scheme)
		if strings.HasPrefix(n, "x-") && credentialHeaderRE.MatchString(n) && a.ex.RequestHeader.Get(n) == "" {
			return c.Scheme
		}
	}
	return ""
}
