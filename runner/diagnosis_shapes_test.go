package runner_test

import (
	"net/http"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/authspec/authspec/diagnose"
	"github.com/authspec/authspec/results"
	"github.com/authspec/authspec/runner"
	"github.com/authspec/authspec/secret"
	"github.com/authspec/authspec/suites"
)

// A 2xx whose body is an auth error fails a happy scenario that asserts
// only the status, with the diagnosis; a 2xx with a business error passes.
func TestAuthErrorIn2xxFailsHappy(t *testing.T) {
	srv := coreServer(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		if r.URL.Path == "/api/chat.postMessage" {
			_, _ = w.Write([]byte(`{"ok":false,"error":"channel_not_found"}`))
			return
		}
		_, _ = w.Write([]byte(`{"ok":false,"error":"invalid_auth"}`))
	})
	s := coreSuite(t, `version: 1
name: chat
environments:
  staging: { base_url: @A@ }
credentials:
  bot: { type: bearer, token: xoxb-2841-93650-Q2hpY2tlbkZpbmdlcnM }
scenarios:
  - name: auth test
    auth: bot
    request: { method: GET, path: /api/auth.test }
    expect: { status: 200 }
  - name: post to a missing channel
    auth: bot
    request: { method: POST, path: /api/chat.postMessage }
    expect: { status: 200 }
`, "A", srv.URL)
	rep := coreRun(t, runner.Options{}, s)
	r := coreResult(t, rep, "staging", "auth test")
	coreWantStatus(t, r, results.Failed)
	if len(r.Diagnosis) == 0 || r.Diagnosis[0].Code != diagnose.CredentialRejected {
		t.Errorf("diagnosis %+v, want %s first", r.Diagnosis, diagnose.CredentialRejected)
	}
	if !strings.Contains(secret.Plain(r.Message), "auth error (invalid_auth)") {
		t.Errorf("message %q does not name the error", r.Message)
	}
	coreWantStatus(t, coreResult(t, rep, "staging", "post to a missing channel"), results.Passed)
}

// A 2xx whose header says the login was refused (Jira answers the
// request anonymously) fails a happy scenario too.
func TestAuthErrorHeaderIn2xxFailsHappy(t *testing.T) {
	srv := coreServer(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("X-Seraph-LoginReason", "AUTHENTICATED_FAILED")
		_, _ = w.Write([]byte(`{"startAt":0,"maxResults":50,"total":0,"issues":[]}`))
	})
	s := coreSuite(t, `version: 1
name: tracker
environments:
  staging: { base_url: @A@ }
credentials:
  ci: { type: basic, username: ci-bot, password: Wq8ZbV3kLmN0pQrS }
scenarios:
  - name: search
    auth: ci
    request: { method: GET, path: /rest/api/2/search }
    expect: { status: 200 }
`, "A", srv.URL)
	r := coreResult(t, coreRun(t, runner.Options{}, s), "staging", "search")
	coreWantStatus(t, r, results.Failed)
	if len(r.Diagnosis) == 0 || r.Diagnosis[0].Code != diagnose.CredentialRejected {
		t.Errorf("diagnosis %+v, want %s first", r.Diagnosis, diagnose.CredentialRejected)
	}
	if !strings.Contains(secret.Plain(r.Message), "X-Seraph-Loginreason: AUTHENTICATED_FAILED") || strings.Contains(r.Message, "Wq8ZbV3kLmN0pQrS") {
		t.Errorf("message %q", r.Message)
	}
	if len(r.Failures) == 0 || r.Failures[0].Path != "headers" || !strings.Contains(secret.Plain(r.Message), "its headers say the credential was refused") {
		t.Errorf("failures %+v, message %q: want the failure in the headers", r.Failures, r.Message)
	}
}

// A placeholder value is an error: nothing is sent, the value never shows.
func TestPlaceholderSendsNothing(t *testing.T) {
	hits := &coreCounter{}
	srv := coreServer(t, func(w http.ResponseWriter, r *http.Request) { hits.hit(r.URL.Path) })
	s := coreSuite(t, `version: 1
name: ph
environments:
  staging: { base_url: @A@, vars: { TOKEN: replace-with-staging-token } }
credentials:
  svc: { type: bearer, token: "${TOKEN}" }
scenarios:
  - name: read
    auth: svc
    request: { method: GET, path: /v1/me }
`, "A", srv.URL)
	rep := coreRun(t, runner.Options{}, s)
	r := coreResult(t, rep, "staging", "read")
	coreWantStatus(t, r, results.Errored)
	if hits.total() != 0 {
		t.Errorf("%d requests sent for a placeholder credential", hits.total())
	}
	if len(r.Diagnosis) == 0 || r.Diagnosis[0].Code != diagnose.PlaceholderCredential {
		t.Errorf("diagnosis %+v, want %s", r.Diagnosis, diagnose.PlaceholderCredential)
	}
	if !strings.Contains(r.Message, "TOKEN in staging holds a placeholder") || strings.Contains(r.Message, "replace-with-staging-token") {
		t.Errorf("message %q", r.Message)
	}
}

// A placeholder in the variable of a field that also holds text of its
// own (`token: "sk_${TOKEN}"`) is found as in a header credential's value:
// the variable's value is read, not "sk_changeme" whole. Nothing is sent,
// preflight says so, and neither shows the value.
func TestPlaceholderInsideAFieldSendsNothing(t *testing.T) {
	hits := &coreCounter{}
	srv := coreServer(t, func(w http.ResponseWriter, r *http.Request) { hits.hit(r.URL.Path) })
	for _, field := range []string{`svc: { type: bearer, token: "sk_live_${TOKEN}" }`, `svc: { type: api_key, header: X-Key, key: "${TENANT}:${TOKEN}" }`} {
		s := coreSuite(t, `version: 1
name: ph
environments:
  staging: { base_url: @A@, vars: { TOKEN: changeme, TENANT: acme-tenant-7 } }
credentials:
  @F@
scenarios:
  - name: read
    auth: svc
    request: { method: GET, path: /v1/me }
`, "A", srv.URL, "F", field)
		r := coreResult(t, coreRun(t, runner.Options{}, s), "staging", "read")
		coreWantStatus(t, r, results.Errored)
		if len(r.Diagnosis) == 0 || r.Diagnosis[0].Code != diagnose.PlaceholderCredential {
			t.Errorf("%s: diagnosis %+v, want %s", field, r.Diagnosis, diagnose.PlaceholderCredential)
		}
		if !strings.Contains(r.Message, "TOKEN in staging holds a placeholder") || strings.Contains(r.Message, "changeme") {
			t.Errorf("%s: message %q", field, r.Message)
		}
		fs, err := runner.Preflight([]*suites.Suite{s}, runner.Options{Getenv: coreNoEnv})
		if err != nil {
			t.Fatal(err)
		}
		var seen []string
		found := false
		for _, f := range fs {
			seen = append(seen, f.Code+": "+f.Message)
			found = found || f.Code == diagnose.PlaceholderCredential && strings.Contains(secret.Plain(f.Message), "TOKEN in staging is a placeholder") && !strings.Contains(f.Message, "changeme")
		}
		if !found {
			t.Errorf("%s: preflight %q, want placeholder_credential naming TOKEN", field, seen)
		}
	}
	if hits.total() != 0 {
		t.Errorf("%d requests sent for a placeholder credential", hits.total())
	}
}

// shared: true silences the cross-environment finding; without it the
// same value in two environments is a warning.
func TestSharedCredential(t *testing.T) {
	srv := coreServer(t, func(w http.ResponseWriter, r *http.Request) {})
	for _, shared := range []bool{false, true} {
		yaml := `version: 1
name: sh
environments:
  staging: { base_url: @A@ }
  production: { base_url: @A@ }
credentials:
  public_client: { type: api_key, header: X-Client, key: pk_same_everywhere_123, shared: @S@ }
scenarios:
  - name: read
    auth: public_client
    request: { method: GET, path: /v1/me }
`
		s := coreSuite(t, yaml, "A", srv.URL, "S", map[bool]string{true: "true", false: "false"}[shared])
		fs, err := runner.Preflight([]*suites.Suite{s}, runner.Options{Getenv: coreNoEnv})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, f := range fs {
			found = found || f.Code == diagnose.CredentialFromOtherEnvironment
		}
		if found == shared {
			t.Errorf("shared: %v: cross-environment finding present = %v", shared, found)
		}
	}
}

// An other_env probe of a shared credential is skipped, with the reason:
// every environment is meant to send that one value, so the API accepting
// it is no security failure. Nothing is sent for it.
func TestSharedCredentialOtherEnvProbeSkipped(t *testing.T) {
	var hits atomic.Int32
	srv := coreServer(t, func(w http.ResponseWriter, r *http.Request) { hits.Add(1) })
	s := coreSuite(t, `version: 1
name: sh
environments:
  staging: { base_url: @A@ }
  production: { base_url: @A@ }
credentials:
  public_client: { type: api_key, header: X-Client, key: pk_same_everywhere_123, shared: true }
scenarios:
  - name: read
    auth: public_client
    request: { method: GET, path: /v1/me }
    probes: [other_env]
`, "A", srv.URL)
	rep := coreRun(t, runner.Options{}, s)
	for _, env := range []string{"staging", "production"} {
		r := coreResult(t, rep, env, "read [probe: other_env]")
		coreWantStatus(t, r, results.Skipped)
		if !strings.Contains(secret.Plain(r.Message), `credential "public_client" is shared: true`) {
			t.Errorf("%s: skip message %q", env, r.Message)
		}
	}
	if n := hits.Load(); n != 2 {
		t.Errorf("%d requests sent, want 2 (the scenario in each environment, no probe)", n)
	}
}

// An IoT cloud's 200 {"success": false, "msg": "token invalid"} fails a
// happy scenario; a step that asserts success itself is judged by its own
// assertion only.
func TestSuccessFalseIn2xx(t *testing.T) {
	srv := coreServer(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write([]byte(`{"code":1010,"msg":"token invalid","success":false,"t":1682574088236}`))
	})
	s := coreSuite(t, `version: 1
name: iot
environments:
  staging: { base_url: @A@ }
credentials:
  cloud: { type: api_key, header: access_token, key: 9a1bab720b426e6ef968a2742d0543ea }
scenarios:
  - name: device status
    auth: cloud
    request: { method: GET, path: /v1.0/devices/bf3a/status }
    expect: { status: 200 }
  - name: refused as asserted
    auth: cloud
    request: { method: GET, path: /v1.0/devices/bf3a/status }
    expect: { status: 200, body: { success: false } }
`, "A", srv.URL)
	rep := coreRun(t, runner.Options{}, s)
	r := coreResult(t, rep, "staging", "device status")
	coreWantStatus(t, r, results.Failed)
	if len(r.Diagnosis) == 0 || r.Diagnosis[0].Code != diagnose.CredentialRejected {
		t.Errorf("diagnosis %+v, want %s first", r.Diagnosis, diagnose.CredentialRejected)
	}
	if !strings.Contains(secret.Plain(r.Message), "auth error (token invalid)") || strings.Contains(r.Message, "9a1bab720b426e6ef968a2742d0543ea") {
		t.Errorf("message %q", r.Message)
	}
	coreWantStatus(t, coreResult(t, rep, "staging", "refused as asserted"), results.Passed)
}
