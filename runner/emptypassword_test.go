package runner_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/authspec/authspec/results"
	"github.com/authspec/authspec/runner"
	"github.com/authspec/authspec/secret"
	"github.com/authspec/authspec/secret/secrettest"
)

// A literal password: "" is meant (the key is the Basic user name, or
// the account has none): a refusal of such a login is diagnosed as the
// login refused, never as credential_missing for a password that "cannot
// be sent" although it was. The value the step sent is what diagnose
// judges, and it left the empty password out only in lint's view; the
// step leaves it out of what it sent too (applyCred), or this fails.
func TestLiteralEmptyPasswordIsNoMissingValue(t *testing.T) {
	const user = "nobody-Kx7Lm2Pq9Rt"
	srv := coreServer(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		w.WriteHeader(http.StatusUnauthorized)
		_, _ = w.Write([]byte("Authentication failed"))
	})
	dir := t.TempDir()
	coreWrite(t, dir, ".env", "LOGIN="+user+"\n")
	s := coreSuiteIn(t, dir, "suite.yaml", `version: 1
name: empty password
environments:
  staging: { base_url: @A@, env_file: .env }
credentials:
  flow: { type: basic, username: "${LOGIN}", password: "" }
  block:
    type: basic
    username: "${LOGIN}"
    password: ""
scenarios:
  - { name: flow login, auth: flow, request: { path: /login } }
  - { name: block login, auth: block, request: { path: /login } }
`, "A", srv.URL)
	opt := runner.Options{Getenv: coreNoEnv, Redactor: &secret.Redactor{}}
	rep := coreRun(t, opt, s)
	for _, name := range []string{"flow login", "block login"} {
		r := coreResult(t, rep, "staging", name)
		coreWantStatus(t, r, results.Failed)
		if len(r.Diagnosis) == 0 {
			t.Fatalf("%s: no diagnosis", name)
		}
		var all []string
		for _, c := range r.Diagnosis {
			all = append(all, c.Code)
			text := secret.Render(opt.Redactor, c.Message) + "\n" + strings.Join(c.Evidence, "\n")
			secrettest.NoForms(t, text, user)
		}
		if all[0] != "credential_rejected" || strings.Contains(strings.Join(all, " "), "credential_missing") {
			t.Errorf("%s: causes %v, want credential_rejected first and no credential_missing", name, all)
		}
		if msg := secret.Render(opt.Redactor, r.Diagnosis[0].Message); !strings.Contains(msg, "does not accept it") {
			t.Errorf("%s: first cause says %q", name, msg)
		}
	}
}
