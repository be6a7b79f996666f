package runner

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"

	"github.com/authspec/authspec/diagnose"
	"github.com/authspec/authspec/results"
	"github.com/authspec/authspec/secret"
	"github.com/authspec/authspec/suites"
	"github.com/authspec/authspec/vocab"
)

// tokenCache holds OAuth2 tokens per credential for one environment and
// run. Concurrent scenarios share one fetch.
type tokenCache struct {
	mu sync.Mutex
	m  map[string]*oauthToken
}

type oauthToken struct {
	mu      sync.Mutex
	value   string
	expiry  time.Time // zero: the endpoint gave no lifetime to trust (tokenLifetime)
	margin  time.Duration
	fetches int
}

// TokenError is a token endpoint that refused or failed; the scenario is
// an error that shows the endpoint's error and error_description.
type TokenError struct {
	Endpoint    secret.Text // the token_url as shown: its userinfo and query values as labels
	StatusCode  int
	Code        string // RFC 6749 section 5.2 error
	Description string
	Err         error
	// userinfo is the token_url's userinfo as its label, when the
	// request sent it as HTTP Basic (userinfoBasic): the diagnosis says
	// so.
	userinfo secret.Text
}

func (e *TokenError) Error() string {
	// The status is authspec's rendering of a number, literal: a short
	// secret that is those digits (a token_url's query value "401") must
	// not turn "answered 401" into a label.
	status := secret.Lit(strconv.Itoa(e.StatusCode))
	switch {
	case e.Err != nil:
		return string(secret.Textf("token endpoint %s: %v", e.Endpoint, e.Err))
	case e.Code != "":
		msg := secret.Textf("token endpoint %s answered %s: %s", e.Endpoint, status, e.Code)
		if e.Description != "" {
			msg += secret.Textf(" (%s)", e.Description)
		}
		return string(msg)
	case e.Description != "":
		// A provider's own shape with words and no code (Twitch's message).
		return string(secret.Textf("token endpoint %s answered %s without an access_token (%s)", e.Endpoint, status, e.Description))
	}
	return string(secret.Textf("token endpoint %s answered %s without an access_token", e.Endpoint, status))
}

// refreshMargin renews a token this long before it runs out, so a request
// never leaves with a token that expires in flight; a token that lives
// less than twice as long is renewed when half its life is gone, so a
// 5-second token is not fetched again for every request.
const refreshMargin = 10 * time.Second

// maxTokenLifetime is the longest lifetime read from expires_in: longer
// says nothing more to one run, and a number of seconds past 292 years
// overflows time arithmetic (9223372036854775807 made an expiry in the
// past, and the token was fetched again for every request).
const maxTokenLifetime = 366 * 24 * time.Hour

// tokenLifetime reads a token endpoint's expires_in as a careful client
// does: a number of seconds above zero, as a JSON number or a string
// holding one ("3600", 3600.5, 3.6e3), at most maxTokenLifetime. Anything
// else (absent, null, "abc", zero, negative) is no lifetime to trust, and
// 0 is returned: the token is kept for the run and fetched again once when
// the API answers 401 saying it expired, as for an endpoint that gives no
// expires_in; reading "0" or "-5" as already expired would fetch a token
// for every request.
func tokenLifetime(v any) time.Duration {
	f, err := strconv.ParseFloat(string(expiresIn(v)), 64)
	switch {
	case err != nil && !errors.Is(err, strconv.ErrRange), !(f > 0): // !(f > 0) is also NaN
		return 0
	case f >= maxTokenLifetime.Seconds(): // also +Inf, and 1e400 (ErrRange)
		return maxTokenLifetime
	}
	return time.Duration(f * float64(time.Second))
}

// oauthToken returns a valid access token for the credential, fetching it
// when there is none or it is about to expire. previous fetches, uncached,
// with the rotated-out client secret (the previous probe). A token request
// it sends is appended to sent: the test case that sent it reports it.
func (p *plan) oauthToken(ctx context.Context, st *envState, cs *credState, previous bool, sent *[]results.Step) (string, error) {
	if previous {
		tok, _, err := p.fetchToken(ctx, st, cs, cs.previous, sent)
		return tok, err
	}
	t := st.tokens.get(cs.cred.Name)
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.value != "" && (t.expiry.IsZero() || p.opt.Now().Add(t.margin).Before(t.expiry)) {
		return t.value, nil
	}
	tok, lifetime, err := p.fetchToken(ctx, st, cs, cs.value(vocab.FieldClientSecret), sent)
	if err != nil {
		return "", err
	}
	t.value, t.expiry, t.margin = tok, time.Time{}, min(refreshMargin, lifetime/2)
	if lifetime > 0 {
		t.expiry = p.opt.Now().Add(lifetime)
	}
	t.fetches++
	return tok, nil
}

// invalidate drops a cached token that the API called expired, unless
// another scenario already replaced it.
func (st *envState) invalidate(cred, token string) bool {
	t := st.tokens.get(cred)
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.value != token {
		return t.value != ""
	}
	t.value = ""
	return true
}

func (c *tokenCache) get(name string) *oauthToken {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil {
		c.m = map[string]*oauthToken{}
	}
	t := c.m[name]
	if t == nil {
		t = &oauthToken{}
		c.m[name] = t
	}
	return t
}

// fetchToken performs the RFC 6749 section 4.4 client credentials grant.
// The request, once sent, is appended to sent, redacted: the client secret
// (in the Basic header or the form) and the tokens the endpoint returned
// as their labels.
func (p *plan) fetchToken(ctx context.Context, st *envState, cs *credState, clientSecret string, sent *[]results.Step) (string, time.Duration, error) {
	endpoint := cs.value(vocab.FieldTokenURL)
	terr := &TokenError{Endpoint: st.shower(nil, p.opt.Redactor).urlTemplate(cs.cred.Name+"."+vocab.FieldTokenURL, cs.cred.TokenURL.Raw)}
	if st.tlsErr != nil {
		terr.Err = st.tlsErr
		return "", 0, terr
	}
	form := url.Values{"grant_type": {"client_credentials"}}
	var scopes []string
	for _, s := range cs.cred.Scopes {
		v, _ := st.env.Expand(s.Raw, nil)
		scopes = append(scopes, v)
	}
	if len(scopes) > 0 {
		form.Set("scope", strings.Join(scopes, " "))
	}
	if aud := cs.value(vocab.FieldAudience); aud != "" {
		form.Set("audience", aud)
	}
	for _, kv := range cs.cred.Params {
		v, _ := st.env.Expand(kv.Value.Raw, nil)
		form.Set(kv.Name, v)
	}
	id := cs.value(vocab.FieldClientID)
	if cs.cred.AuthStyle == "body" {
		form.Set("client_id", id)
		form.Set("client_secret", clientSecret)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, endpoint, strings.NewReader(form.Encode()))
	if err != nil {
		// A token_url that does not parse cannot be redacted part by
		// part: name the field and its variables, never the value.
		terr.Endpoint = secret.Lit("(" + vocab.FieldTokenURL + resolvedNote(cs.cred.TokenURL.Raw) + ")")
		terr.Err = fmt.Errorf("invalid token_url: %s", suites.URLParseReason(err))
		return "", 0, terr
	}
	if !st.env.AllowInsecure && suites.InsecureURL(endpoint) {
		terr.Err = fmt.Errorf("refusing to send client credentials over plain http to a host other than this machine; use https or set allow_insecure: true")
		return "", 0, terr
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Accept", "application/json")
	req.Header.Set("User-Agent", userAgent)
	if cs.cred.AuthStyle != "body" {
		// RFC 6749 section 2.3.1: id and secret are form-encoded before Basic.
		req.SetBasicAuth(url.QueryEscape(id), url.QueryEscape(clientSecret))
		p.opt.Redactor.AddBasic(cs.cred.Name, url.QueryEscape(id), url.QueryEscape(clientSecret))
	}
	if v := userinfoBasic(req.URL, req.Header); v != "" {
		// auth_style: body with a token_url that has userinfo: the
		// client sends that as Basic, which the endpoint may read as the
		// client (auth_style: basic replaces it, as in the client).
		req.Header.Set("Authorization", v)
		terr.userinfo = shownUserinfo(p.opt.Redactor, cs.cred.Name+"."+vocab.FieldTokenURL, req.URL.User.String())
	}
	// No redirects: a 307 would re-send the form (client_secret with
	// auth_style: body) to wherever it points.
	client := &http.Client{Transport: st.httpTransport(), Timeout: st.tokenTimeout(),
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	red := p.opt.Redactor
	rec := results.Step{Method: http.MethodPost, URL: string(terr.Endpoint), Endpoint: http.MethodPost + " " + endpointOf(cs.cred.TokenURL.Raw),
		Request: results.Exchange{Header: redactedHeader(req.Header, red), Body: p.excerpt([]byte(form.Encode()), false, red)}}
	start := time.Now()
	resp, err := client.Do(req)
	rec.Duration = time.Since(start)
	if err != nil {
		rec.NoToken = true
		*sent = append(*sent, rec)
		terr.Err = err
		return "", 0, terr
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	rec.Duration = time.Since(start)
	terr.StatusCode = resp.StatusCode
	// Every token the endpoint returned is a secret before anything
	// shows the body: the access token, and a refresh or ID token some
	// endpoints add to a client credentials grant (a refresh token gets
	// new access tokens and an OpenID id_token proves who the client is:
	// both are credentials, and an API may echo them back later, in a
	// session list or a debug dump).
	// The answer is decoded once: for its tokens (secrets), the access
	// token and its lifetime, and a refusal's words.
	doc, isJSON := decodeTokenAnswer(body)
	addTokenSecrets(red, cs.cred.Name, body, doc, isJSON, resp.StatusCode/100 == 2)
	rec.StatusCode, rec.Connected = resp.StatusCode, true
	rec.Response = results.Exchange{Header: redactedHeader(resp.Header, red), Body: p.excerpt(body, false, red)}
	m, _ := doc.(map[string]any)
	token, _ := answerField(m, "access_token").(string)
	rec.NoToken = resp.StatusCode/100 != 2 || token == ""
	*sent = append(*sent, rec)
	if rec.NoToken {
		// Read in RFC 6749's shape or a provider's own (Zoom's reason,
		// Strava's errors), so the refusal is shown and diagnosed by its
		// words. Providers echo the client_id (a secret here) in them.
		code, desc := diagnose.TokenAnswerIn(doc)
		terr.Code, terr.Description = p.opt.Redactor.Redact(code), p.opt.Redactor.Redact(desc)
		return "", 0, terr
	}
	return token, tokenLifetime(answerField(m, "expires_in")), nil
}

// decodeTokenAnswer decodes a token endpoint's answer as json.Unmarshal
// does (the whole body, one value), its numbers as json.Number: expires_in
// reads as a json.Number field reads it (3600, not 3600.0 or 3.6e3).
// isJSON is false for a body that is not JSON.
func decodeTokenAnswer(body []byte) (doc any, isJSON bool) {
	d := json.NewDecoder(bytes.NewReader(body))
	d.UseNumber()
	if d.Decode(&doc) != nil {
		return nil, false
	}
	if _, err := d.Token(); err != io.EOF { // more after the value
		return nil, false
	}
	return doc, true
}

// answerField is m's value under key as a struct field of that JSON name
// reads it: the key as written, else one that differs only in case
// (ACCESS_TOKEN, Expires_In).
func answerField(m map[string]any, key string) any {
	if v, ok := m[key]; ok {
		return v
	}
	for k, v := range m {
		if strings.EqualFold(k, key) {
			return v
		}
	}
	return nil
}

// expiresIn is a token's lifetime as answered: a JSON number, or a
// string that holds one ("3600"), as a json.Number field reads both.
func expiresIn(v any) json.Number {
	switch v := v.(type) {
	case json.Number:
		return v
	case string:
		return json.Number(v)
	}
	return ""
}

// addTokenSecrets adds to red every token of a token endpoint's answer:
// each string whose key names a token (access_token, refresh_token,
// id_token) or a secret, as cred.<key>, in a JSON answer at any depth or
// in a form-encoded one. An answer that gave a token (issued, 2xx) may
// give it under any name, or bare: there, every string that looks like a
// credential (looksLikeCredential) is one too, unless its key names an
// identifier (client_id, request_id), and so is a body that is neither
// JSON nor a form when it is one word (a bare token, see bareToken), as
// are its words that look like a credential (Bearer <token>, or one in
// markup or a sentence).
//
// doc is the body decoded (decodeTokenAnswer), when isJSON.
func addTokenSecrets(red *secret.Redactor, cred string, body []byte, doc any, isJSON, issued bool) {
	if isJSON {
		if s, ok := doc.(string); ok {
			if issued && bareToken(s) { // a JSON string: the token, quoted (not a word such as "success")
				red.AddCredential(cred+".token", s)
			}
			return
		}
		addTokenFields(red, cred, "", doc, issued)
		return
	}
	text := strings.TrimSpace(string(body))
	q, whole := tokenForm(text)
	// Form-encoded, as GitHub's is without Accept: application/json
	// (access_token=…&token_type=…). authspec finds no access token in
	// it, and the failure shows it.
	for _, k := range slices.Sorted(maps.Keys(q)) {
		for _, v := range q[k] {
			if tokenValue(k, v, issued) {
				red.AddCredential(cred+"."+k, v)
			}
		}
	}
	if whole || !issued {
		return
	}
	words := strings.Fields(text)
	for _, w := range words {
		if len(words) == 1 && q == nil && bareToken(w) || looksLikeCredential(w) {
			red.AddCredential(cred+".token", w)
		}
	}
	// A token in a form's odd part, in markup or in a sentence
	// (<access_token>…</access_token>, "is …;", (token=…).) is a run
	// between such marks, without the sentence's full stop. A form is no
	// bare token, whatever its length.
	for _, w := range strings.FieldsFunc(text, tokenMark) {
		if w = strings.TrimRight(w, "."); looksLikeCredential(w) {
			red.AddCredential(cred+".token", w)
		}
	}
}

// tokenMark reports whether r separates a token from the text around it
// in an answer that is neither JSON nor a form: white space, and the
// marks of markup and sentences (none of them is in a token).
func tokenMark(r rune) bool {
	return unicode.IsSpace(r) || strings.ContainsRune(`<>"'()[]{},;=&`+"`", r)
}

// bareToken reports whether an issued answer's only word is a token: 8
// characters or more, not a word of letters shorter than 16 (OK,
// success, authorized would hide those words in every answer).
func bareToken(w string) bool {
	return !secret.Short(w) && (strings.Trim(w, asciiLetters) != "" || len(w) >= 16)
}

// tokenForm reads a token endpoint's answer as a form: the fields whose
// names are field-like, when the answer is one word (a form has no white
// space, unlike a page's text) with at least one such field that has a
// value (a bare base64 token that ends in "=" has none). whole says
// every part was such a field: a field with an odd name (expires in=,
// x:y=) is left out, and does not stop the others from being read.
func tokenForm(text string) (q url.Values, whole bool) {
	if strings.ContainsFunc(text, unicode.IsSpace) {
		return nil, false
	}
	q, whole = url.Values{}, true
	valued := false
	for _, p := range suites.QueryPairs(text) {
		k, kerr := url.QueryUnescape(p.Name)
		v, verr := url.QueryUnescape(p.Value)
		if kerr != nil || verr != nil || k == "" || strings.Trim(k, fieldNameChars) != "" {
			whole = false
			continue
		}
		q.Add(k, v)
		valued = valued || v != ""
	}
	if !valued {
		return nil, false
	}
	return q, whole
}

// addTokenFields adds each string of v that is a credential (tokenValue)
// by the key it is the value of, or the key of the array it is in
// ({"refresh_tokens":["…"]}), in objects and arrays nested at any depth:
// some providers wrap their answer ({"data":{"access_token":…}}), which
// authspec does not read as a token, and shows. A string outside any
// object is judged as the token of an issued answer is.
func addTokenFields(red *secret.Redactor, cred, key string, v any, issued bool) {
	switch v := v.(type) {
	case string:
		if tokenValue(key, v, issued) {
			red.AddCredential(cred+"."+cmp.Or(key, "token"), v)
		}
	case map[string]any:
		for _, k := range slices.Sorted(maps.Keys(v)) {
			addTokenFields(red, cred, k, v[k], issued)
		}
	case []any:
		for _, x := range v {
			addTokenFields(red, cred, key, x, issued)
		}
	}
}

// tokenValue reports whether the value v under key k of a token
// endpoint's answer is a credential: its key names one, or the answer
// was issued and v looks like one under a key that names no identifier.
func tokenValue(k, v string, issued bool) bool {
	return v != "" && (tokenKey(k) || issued && !idKey(k) && looksLikeCredential(v))
}

// tokenKey reports whether a token endpoint's key names a credential, by
// the one rule for names (saysCredential: access_token, client_secret,
// session_id, api_key); a token's type (token_type, issued_token_type)
// names none.
func tokenKey(k string) bool {
	return saysCredential(k) && !strings.HasSuffix(strings.ToLower(k), "type")
}

// idKey reports whether a key names an identifier (client_id, user_id,
// requestId, id) or a list of them (request_ids, userIds): shown as
// written, like a credential's client_id. A key that also names a
// credential (session_id, key_ids) is one (tokenKey decides first).
func idKey(k string) bool {
	low := strings.ToLower(k)
	return strings.HasSuffix(low, "id") || strings.HasSuffix(low, "ids")
}

// looksLikeCredential reports whether a string of a token endpoint's
// answer looks like a token: at least 16 characters, all of those a
// bearer token is written with (RFC 6750's b64token: letters, digits,
// - . _ ~ + / and trailing =), with both letters and digits. A JWT, an
// opaque token, a base64 or hex key do; a token type (Bearer), a scope
// (read write), a URL, a URN, a date or a number do not.
func looksLikeCredential(s string) bool {
	if len(s) < 16 || strings.Trim(strings.TrimRight(s, "="), asciiLetters+asciiDigits+"-._~+/") != "" {
		return false
	}
	return strings.ContainsAny(s, asciiDigits) && strings.ContainsAny(s, asciiLetters)
}

// tokenTimeout bounds a token request like any request of the suite: the
// defaults' timeout, else the runner's.
func (st *envState) tokenTimeout() time.Duration {
	if t := st.suite.Defaults.Timeout; t > 0 {
		return t
	}
	return defaultTimeout
}
