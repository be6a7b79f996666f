package runner

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/authspec/authspec/diagnose"
	"github.com/authspec/authspec/results"
	"github.com/authspec/authspec/secret"
	"github.com/authspec/authspec/suites"
	"github.com/authspec/authspec/vocab"
)

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
		terr.Err = secret.Errorf("invalid token_url: %s", suites.URLParseReason(err))
		return "", 0, terr
	}
	if !st.env.AllowInsecure && suites.InsecureURL(endpoint) {
		terr.Err = secret.Errorf("refusing to send client credentials over plain http to a host other than this machine; use https or set allow_insecure: true")
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
		// The pair as sent is decoded (%40 is @): its Basic is not a form
		// of the userinfo as written, and is named as the token_url's.
		pw, _ := req.URL.User.Password()
		p.opt.Redactor.AddBasic(cs.cred.Name+"."+vocab.FieldTokenURL+" userinfo", req.URL.User.Username(), pw)
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

// tokenTimeout bounds a token request like any request of the suite: the
// defaults' timeout, else the runner's.
func (st *envState) tokenTimeout() time.Duration {
	if t := st.suite.Defaults.Timeout; t > 0 {
		return t
	}
	return defaultTimeout
}

// basicOverUserinfo: a token request with auth_style: basic to a
// token_url that has user information would carry two HTTP Basic
// credentials for the one header; which one is meant is the user's to
// say, not a precedence to learn.
func basicOverUserinfo(cs *credState, u *url.URL) bool {
	return cs.cred.AuthStyle != "body" && u.User != nil && u.User.String() != ""
}

// credIn is a credential as one environment resolves it.
type credIn struct {
	st *envState
	cs *credState
}

// tokenURLsReached are the credentials whose token endpoint the scenarios
// of st that sends selects may reach: those they send (used), resolved in
// st, and, for an other_env probe, the first step's credential resolved
// in each other environment the probe takes it from (otherEnvSources), which
// may be one the run does not select, when probesOther says that probe is
// sent (nil: whenever the scenario lists it).
func (p *plan) tokenURLsReached(st *envState, sends, probesOther func(sc *suites.Scenario) bool, used map[string][]string) []credIn {
	var out []credIn
	for _, name := range sortedNames(st.creds) {
		if _, sent := used[name]; sent {
			out = append(out, credIn{st, st.creds[name]})
		}
	}
	for _, sc := range st.suite.Scenarios {
		if !sends(sc) || sc.Matrix != nil || len(sc.Steps) == 0 || !slices.Contains(sc.Probes, vocab.ProbeOtherEnv) ||
			probesOther != nil && !probesOther(sc) {
			continue
		}
		first := authName(sc.StepAuth(sc.Steps[0]))
		if first == "" {
			continue // the probe's request sends no credential
		}
		others, _ := p.otherEnvSources(st, authName(sc.Auth))
		for _, other := range others {
			if oc := other.creds[first]; oc != nil {
				out = append(out, credIn{other, oc})
			}
		}
	}
	return out
}

// userinfoResolved refuses, before anything is sent, the token_url of
// each credential reached (tokenURLsReached) whose variable brings user
// information under auth_style: basic, as loading refuses one written in
// the suite, in the same words (suites.UserinfoWithBasicStyle): at the
// token_url's file:line:col, naming the environment that resolved it, in
// run and lint alike. This is the one place it is refused: the token
// request relies on it. A token_url that does not parse is left to the
// token request, which says why. checked: the credentials already judged
// (several environments may reach one).
func userinfoResolved(reached []credIn, checked map[*credState]bool) []suites.Error {
	var errs []suites.Error
	for _, r := range reached {
		cs := r.cs
		if checked[cs] || cs.cred.Type != vocab.CredOAuth2CC || len(cs.missing) > 0 || !strings.Contains(cs.cred.TokenURL.Raw, "${") {
			continue
		}
		checked[cs] = true
		if u, err := url.Parse(cs.value(vocab.FieldTokenURL)); err == nil && basicOverUserinfo(cs, u) {
			errs = append(errs, suites.Error{Pos: cs.cred.TokenURL.Pos, Msg: string(secret.Litf("token_url of credential %q%s in environment %s %s",
				cs.cred.Name, resolvedNote(cs.cred.TokenURL.Raw), r.st.env.Name, suites.UserinfoWithBasicStyle("auth_style: basic")))})
		}
	}
	return errs
}
