package runner_test

import (
	"net/http"
	"path/filepath"
	"slices"
	"testing"

	"github.com/authspec/authspec/results"
	"github.com/authspec/authspec/runner"
	"github.com/authspec/authspec/secret"
	"github.com/authspec/authspec/secret/secrettest"
)

// Why a probe is skipped is said in authspec's words and the names the
// suite wrote, which a secret never rewrites: an environment, a
// credential and a password all named "test" (a short secret, replaced
// in other text as a whole word) leave the reasons as written. The
// password's longer neighbour (the user) is an identifier, shown too.
func TestProbeSkipReasonsKeepOwnWords(t *testing.T) {
	srv := coreServer(t, func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusUnauthorized) })
	dir := t.TempDir()
	coreWrite(t, dir, ".env", "ADMIN_USER=admin\nADMIN_PASSWORD=test\nSHARED_KEY=shared-key-Qw8Er7Ty6\n")
	s := coreSuiteIn(t, dir, "suite.yaml", `version: 1
name: test
environments:
  test: { base_url: @A@, env_file: .env }
credentials:
  test: { type: basic, username: "${ADMIN_USER}", password: "${ADMIN_PASSWORD}", previous: "${NOT_SET}" }
  key: { type: api_key, header: X-Key, key: "${SHARED_KEY}", shared: true }
scenarios:
  - name: test the admin
    auth: test
    expect: { status: 401 }
    request: { method: GET, path: /test/admin }
    probes: [previous, other_env]
  - name: shared key
    auth: key
    expect: { status: 401 }
    request: { method: GET, path: /test/key }
    probes: [other_env]
`, "A", srv.URL)
	opt := runner.Options{Getenv: coreNoEnv, Redactor: &secret.Redactor{}}
	rep := coreRun(t, opt, s)
	for _, tc := range []struct{ name, want string }{
		{"test the admin [probe: previous]", `no previous value of "test" in test (NOT_SET is not set or empty in environment "test" (looked in ` + filepath.Join(dir, ".env") + `, the process environment))`},
		{"test the admin [probe: other_env]", `no other environment of this suite defines "test"`},
		{"shared key [probe: other_env]", `credential "key" is shared: true, one value for every environment`},
	} {
		r := coreResult(t, rep, "test", tc.name)
		coreWantStatus(t, r, results.Skipped)
		if got := secret.Render(opt.Redactor, r.Message); got != tc.want {
			t.Errorf("%s: reason %q\nwant %q", tc.name, got, tc.want)
		}
		secrettest.NoForms(t, secret.Render(opt.Redactor, r.Message), "shared-key-Qw8Er7Ty6")
	}
	requireRedacts(t, opt.Redactor, "test")
}

// A credential that cannot be sent for a missing variable says so in
// evidence of authspec's words and the names the suite wrote, which a
// password "variable" (a secret of another credential, replaced in other
// text as a whole word) does not rewrite.
func TestMissingEvidenceKeepsOwnWords(t *testing.T) {
	srv := coreServer(t, func(w http.ResponseWriter, r *http.Request) {})
	s, opt := wordsSuite(t, "missing words", srv.URL, "PW=variable\n", `credentials:
  b: { type: basic, username: admin, password: "${PW}" }
  t: { type: bearer, token: "${NOPE}" }
scenarios:
  - { name: sends b, auth: b, request: { method: GET, path: /b } }
  - { name: needs nope, auth: t, request: { method: GET, path: /t } }
`)
	dir := filepath.Dir(s.File)
	rep := coreRun(t, opt, s)
	r := coreResult(t, rep, "staging", "needs nope")
	coreWantStatus(t, r, results.Errored)
	if len(r.Diagnosis) == 0 {
		t.Fatal("no diagnosis")
	}
	var ev []string
	for _, e := range r.Diagnosis[0].Evidence {
		ev = append(ev, secret.Render(opt.Redactor, e))
	}
	for _, want := range []string{"variable NOPE: not set or empty", "env file read: " + filepath.Join(dir, ".env")} {
		if !slices.Contains(ev, want) {
			t.Errorf("evidence %q\nwant %q", ev, want)
		}
	}
	requireRedacts(t, opt.Redactor, "variable")
}
