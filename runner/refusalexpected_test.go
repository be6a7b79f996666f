package runner_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/authspec/authspec/results"
	"github.com/authspec/authspec/runner"
	"github.com/authspec/authspec/secret"
	"github.com/authspec/authspec/secret/secrettest"
	"github.com/authspec/authspec/suites"
)

// A Slack-style API refuses with a 200 and {"ok": false, "error": …}. A
// step that expects a refusal by default (a probe, a failure or permission
// scenario without expect.status) and gets one passes its status check;
// its other assertions still apply. A status the user wrote (401) fails as
// an ordinary assertion that says the API refused in its body. A 2xx that
// is no refusal ({"ok": true}) is still a security failure. A matrix
// cell's status is written by the user.
func TestRefusalIn2xxExpected(t *testing.T) {
	const token = "xoxb-4k7Qm2Zp9Vt3Lw8Rj6Hs"
	const bad = "xoxb-0a1B2c3D4e5F6g7H8i9J"
	srv := coreServer(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json; charset=utf-8")
		auth := r.Header.Get("Authorization")
		switch {
		case r.URL.Path == "/api/open":
			_, _ = w.Write([]byte(`{"ok":true,"team":"T024BE7LD"}`))
		case auth == "":
			_, _ = w.Write([]byte(`{"ok":false,"error":"not_authed"}`))
		case auth != "Bearer "+token:
			_, _ = w.Write([]byte(`{"ok":false,"error":"invalid_auth"}`))
		case r.URL.Path == "/api/admin.users.list":
			_, _ = w.Write([]byte(`{"ok":false,"error":"missing_scope","needed":"admin","provided":"chat:write"}`))
		default:
			_, _ = w.Write([]byte(`{"ok":true,"user":"alice"}`))
		}
	})
	s := coreSuite(t, `version: 1
name: slack
environments:
  staging: { base_url: @A@, vars: { TOKEN: `+token+`, BAD: `+bad+` } }
credentials:
  bot: { type: bearer, token: "${TOKEN}" }
  revoked: { type: bearer, token: "${BAD}" }
scenarios:
  - name: whoami
    auth: bot
    request: { method: GET, path: /api/auth.test }
    expect: { status: 200 }
    probes: [no_auth, invalid]
  - name: open
    auth: bot
    request: { method: GET, path: /api/open }
    expect: { status: 200 }
    probes: [no_auth, invalid]
  - name: revoked token
    kind: failure
    auth: revoked
    request: { method: GET, path: /api/auth.test }
    expect: { body: { error: invalid_auth } }
  - name: revoked token other words
    kind: failure
    auth: revoked
    request: { method: GET, path: /api/auth.test }
    expect: { body: { error: token_revoked } }
  - name: revoked token 401
    kind: failure
    auth: revoked
    request: { method: GET, path: /api/auth.test }
    expect: { status: 401 }
  - name: revoked token open
    kind: failure
    auth: revoked
    request: { method: GET, path: /api/open }
  - name: list users
    kind: permission
    auth: bot
    request: { method: GET, path: /api/admin.users.list }
  - name: list users 403
    kind: permission
    auth: bot
    request: { method: GET, path: /api/admin.users.list }
    expect: { status: 403 }
  - name: users
    kind: permission
    matrix:
      credentials: [bot, none]
      requests:
        list: { request: { method: GET, path: /api/admin.users.list }, expect: [403, 401] }
`, "A", srv.URL)
	rep := coreRun(t, runner.Options{}, s)
	for _, name := range []string{"whoami", "whoami [probe: no_auth]", "whoami [probe: invalid]", "revoked token", "list users"} {
		coreWantStatus(t, coreResult(t, rep, "staging", name), results.Passed)
	}
	for _, name := range []string{"open [probe: no_auth]", "open [probe: invalid]", "revoked token open"} {
		r := coreResult(t, rep, "staging", name)
		if r.Status != results.Failed || r.Kind != results.SecurityFailure || !strings.Contains(secret.Plain(r.Message), "accepted") {
			t.Errorf("%s: %s %s %q, want a security failure", name, r.Status, r.Kind, secret.Plain(r.Message))
		}
	}
	// Refused as expected, but not in the words the step asserts: its own
	// assertion fails, not the status.
	r := coreResult(t, rep, "staging", "revoked token other words")
	if r.Status != results.Failed || r.Kind != results.AssertionFailure || len(r.Failures) != 1 || r.Failures[0].Path != "body error" {
		t.Errorf("revoked token other words: %s %s %+v, want the body assertion alone to fail", r.Status, r.Kind, r.Failures)
	}
	for _, tc := range []struct{ name, want, words string }{
		{"revoked token 401", "401", "invalid_auth"},
		{"list users 403", "403", "missing_scope"},
		{"users [list as bot]", "403", "missing_scope"},
		{"users [list as none]", "401", "not_authed"},
	} {
		r := coreResult(t, rep, "staging", tc.name)
		if r.Status != results.Failed || r.Kind != results.AssertionFailure {
			t.Errorf("%s: %s %s, want an assertion failure", tc.name, r.Status, r.Kind)
		}
		want := "status: expected " + tc.want + ", got 200: the API refused the request in its body with a 2xx status (" + tc.words + "); expect 200 and assert the body to test this refusal"
		if msg := secret.Plain(r.Message); msg != want {
			t.Errorf("%s: message %q, want %q", tc.name, msg, want)
		}
		if len(r.Diagnosis) == 0 {
			t.Errorf("%s: no diagnosis", tc.name)
		}
	}
	text := resultsText(rep)
	secrettest.NoForms(t, text, token, bad)
	if !strings.Contains(text, "the server said: \"missing_scope\"") {
		t.Errorf("the diagnosis lacks the server's words:\n%s", text)
	}
}

// An operation the OpenAPI document declares secured that refuses a
// request without credentials in a 200 body is no drift: the no_auth
// probe passes. One that answers {"ok": true} is still a security failure.
func TestRefusalIn2xxExpectedNoDrift(t *testing.T) {
	const token = "xoxb-9q8W7e6R5t4Y3u2I1oPz"
	srv := coreServer(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		if r.Header.Get("Authorization") == "" && r.URL.Path == "/api/auth.test" {
			_, _ = w.Write([]byte(`{"ok":false,"error":"not_authed"}`))
			return
		}
		_, _ = w.Write([]byte(`{"ok":true}`))
	})
	s := coreSuite(t, `version: 1
name: drift
environments:
  local: { base_url: "@URL@", vars: { token: `+token+` } }
credentials:
  bot: { type: bearer, token: "${token}" }
scenarios:
  - name: whoami
    auth: bot
    request: { method: GET, path: /api/auth.test }
    probes: [no_auth]
  - name: open
    auth: bot
    request: { method: GET, path: /api/open }
    probes: [no_auth]
`, "URL", srv.URL)
	declared := suites.Declared{}
	for _, sc := range s.Scenarios {
		declared[sc.Steps[0].Request.Pos] = suites.DeclaredOperation{Operation: "GET " + sc.Steps[0].Request.Path.Raw,
			Document: suites.Pos{File: "openapi.yaml", Line: 3, Col: 5}, Secured: true, Schemes: []string{"bearerAuth"}, Headers: []string{"Authorization"}}
	}
	rep := coreRun(t, runner.Options{Declared: declared}, s)
	coreWantStatus(t, coreResult(t, rep, "local", "whoami [probe: no_auth]"), results.Passed)
	r := coreResult(t, rep, "local", "open [probe: no_auth]")
	if r.Kind != results.SecurityFailure || !strings.Contains(secret.Plain(r.Message), "declares it secured") {
		t.Errorf("open [probe: no_auth]: %s %s %q, want the drift's security failure", r.Status, r.Kind, secret.Plain(r.Message))
	}
	secrettest.NoForms(t, resultsText(rep), token)
}

// resultsText is what the results say, in words: messages, failures and
// diagnoses.
func resultsText(rep *results.Report) string {
	var text strings.Builder
	for _, r := range rep.Results {
		text.WriteString(secret.Plain(r.Message) + "\n")
		for _, c := range r.Diagnosis {
			text.WriteString(secret.Plain(c.Message) + "\n" + secret.Plain(strings.Join(c.Evidence, "\n")) + "\n")
		}
		for _, f := range r.Failures {
			text.WriteString(secret.Plain(f.Message) + "\n" + secret.Plain(f.Expected) + "\n" + secret.Plain(f.Actual) + "\n")
		}
	}
	return text.String()
}
