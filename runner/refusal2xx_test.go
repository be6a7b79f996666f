package runner_test

import (
	"encoding/base64"
	"net/http"
	"strings"
	"testing"

	"github.com/authspec/authspec/results"
	"github.com/authspec/authspec/runner"
	"github.com/authspec/authspec/secret"
)

// A 2xx that diagnosis reads as a refusal in its own words, held against
// the request, fails a happy scenario that asserts only the status: a
// login answered 200 "Fails." (qBittorrent), a failing envelope that names
// the session key's own parameter invalid (Last.fm), one that asks to wait
// (Withings). Its neighbours pass: a login answered with a token, "Fails."
// to a request that carries no login, a failing envelope about the
// request's data.
func TestRefusalIn2xxFailsHappy(t *testing.T) {
	const password = "Al1ce-login-pass-7Qw"
	const sessionKey = "sk_9f8e7d6c5b4a3210fedc"
	srv := coreServer(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		switch r.URL.Path {
		case "/api/v2/auth/login":
			w.Header().Set("Content-Type", "text/plain; charset=UTF-8")
			_, _ = w.Write([]byte("Fails."))
		case "/api/v2/search":
			w.Header().Set("Content-Type", "text/plain; charset=UTF-8")
			_, _ = w.Write([]byte("Fails."))
		case "/v1/login":
			_, _ = w.Write([]byte(`{"token":"eyJhbGciOiJIUzI1NiJ9.e30.c2ln","expires_in":3600}`))
		case "/2.0/track":
			_, _ = w.Write([]byte(`{"status":503,"error":"Invalid Params: invalid sk"}`))
		case "/2.0/chart":
			_, _ = w.Write([]byte(`{"status":503,"error":"Invalid Params: invalid date"}`))
		case "/measure":
			_, _ = w.Write([]byte(`{"status":601,"body":{"wait_seconds":30},"error":"Same request repeated too soon"}`))
		default:
			_, _ = w.Write([]byte(`{"status":"error","message":"Item not found"}`))
		}
	})
	s := coreSuite(t, `version: 1
name: refusals
environments:
  staging: { base_url: @A@, vars: { PASS: `+password+`, SK: `+sessionKey+` } }
credentials:
  session: { type: api_key, key: "${SK}", query: sk }
scenarios:
  - name: login
    request: { method: POST, path: /api/v2/auth/login, form: { username: alice, password: "${PASS}" } }
    expect: { status: 200 }
  - name: search
    request: { method: POST, path: /api/v2/search, form: { q: orders } }
    expect: { status: 200 }
  - name: token login
    request: { method: POST, path: /v1/login, json: { username: alice, password: "${PASS}" } }
    expect: { status: 200 }
  - name: track
    auth: session
    request: { method: GET, path: /2.0/track }
    expect: { status: 200 }
  - name: chart
    auth: session
    request: { method: GET, path: /2.0/chart }
    expect: { status: 200 }
  - name: measure
    auth: session
    request: { method: GET, path: /measure }
    expect: { status: 200 }
  - name: item
    auth: session
    request: { method: GET, path: /v1/items/7 }
    expect: { status: 200 }
`, "A", srv.URL)
	rep := coreRun(t, runner.Options{}, s)
	for _, tc := range []struct{ name, words string }{
		{"login", "auth error (Fails.)"},
		{"track", "auth error (Invalid Params: invalid sk)"},
		{"measure", "auth error (Same request repeated too soon)"},
	} {
		r := coreResult(t, rep, "staging", tc.name)
		coreWantStatus(t, r, results.Failed)
		if len(r.Diagnosis) == 0 {
			t.Errorf("%s: failed without a diagnosis", tc.name)
		}
		if msg := secret.Plain(r.Message); !strings.Contains(msg, "answered 200 but its body is an auth error") || !strings.Contains(msg, tc.words) {
			t.Errorf("%s: message %q, want it to say %q", tc.name, msg, tc.words)
		}
	}
	for _, name := range []string{"search", "token login", "chart", "item"} {
		coreWantStatus(t, coreResult(t, rep, "staging", name), results.Passed)
	}
	for _, r := range rep.Results {
		text := r.Message
		for _, c := range r.Diagnosis {
			text += c.Message + strings.Join(c.Evidence, " ")
		}
		for _, f := range r.Failures {
			text += f.Message + f.Actual
		}
		if strings.Contains(text, password) || strings.Contains(text, sessionKey) ||
			strings.Contains(text, base64.StdEncoding.EncodeToString([]byte(password))) || strings.Contains(text, base64.StdEncoding.EncodeToString([]byte(sessionKey))) {
			t.Errorf("%s: a secret in the result: %s", r.Scenario, text)
		}
	}
}
