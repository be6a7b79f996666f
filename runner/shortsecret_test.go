package runner_test

import (
	"net/http"
	"slices"
	"strings"
	"testing"

	"github.com/authspec/authspec/diagnose"
	"github.com/authspec/authspec/results"
	"github.com/authspec/authspec/runner"
	"github.com/authspec/authspec/secret"
	"github.com/authspec/authspec/secret/secrettest"
	"github.com/authspec/authspec/suites"
)

// A secret shorter than 8 characters that one scenario writes in a
// header (no credential's field) draws credential_too_short, as a
// credential's does, in lint and in the run, attached to that scenario
// only: --fail-on-warning fails it and not its neighbour, which sends
// the same credential. The warning names the variable, never the value.
func TestShortSecretInHeaderWarnsItsScenario(t *testing.T) {
	const key = "team-key-Qw8Er7Ty6Ui5"
	srv := coreServer(t, func(w http.ResponseWriter, r *http.Request) {})
	dir := t.TempDir()
	coreWrite(t, dir, ".env", "TEAM=ab3de\nKEY="+key+"\n")
	s := coreSuiteIn(t, dir, "suite.yaml", `version: 1
name: short
environments:
  staging: { base_url: @A@, env_file: .env }
credentials:
  k: { type: api_key, header: X-Key, key: "${KEY}" }
scenarios:
  - name: writes the team
    auth: k
    request: { method: GET, path: /a, headers: { X-Team: "${TEAM}" } }
  - name: writes nothing
    auth: k
    request: { method: GET, path: /b }
`, "A", srv.URL)
	const want = "TEAM is only 5 characters long; a secret this short is easy to guess and cannot be masked in CI logs — use a longer, random value"
	check := func(t *testing.T, red *secret.Redactor, fs []diagnose.Finding) {
		t.Helper()
		var got []diagnose.Finding
		for _, f := range fs {
			if f.Code == diagnose.CredentialTooShort {
				got = append(got, f)
			}
		}
		if len(got) != 1 {
			t.Fatalf("credential_too_short findings %+v, want one", got)
		}
		msg := secret.Render(red, got[0].Message)
		if msg != want || got[0].Variable != "TEAM" || got[0].Scenario != "writes the team" || got[0].Line != 10 {
			t.Errorf("finding %+v (%q), want %q for TEAM at line 10, scenario \"writes the team\"", got[0], msg, want)
		}
		secrettest.NoForms(t, msg, key, "ab3de")
	}
	t.Run("lint", func(t *testing.T) {
		opt := runner.Options{Getenv: coreNoEnv, Redactor: &secret.Redactor{}}
		fs, err := runner.Preflight([]*suites.Suite{s}, opt)
		if err != nil {
			t.Fatal(err)
		}
		check(t, opt.Redactor, fs)
	})
	t.Run("run", func(t *testing.T) {
		opt := runner.Options{Getenv: coreNoEnv, Redactor: &secret.Redactor{}, FailOnWarning: true}
		rep := coreRun(t, opt, s)
		check(t, opt.Redactor, rep.Findings)
		r := coreResult(t, rep, "staging", "writes the team")
		coreWantStatus(t, r, results.Failed)
		if got := secret.Render(opt.Redactor, r.Message); !strings.Contains(got, want+" [credential_too_short]") {
			t.Errorf("message %q, want the warning", got)
		}
		coreWantStatus(t, coreResult(t, rep, "staging", "writes nothing"), results.Passed)
	})
}

// A short secret that is sent without a scenario writing it in its
// request draws credential_too_short too: one in base_url's query, which
// every scenario of the environment sends (the environment's warning),
// and one used only in an assertion, compared with what the server sent
// back (that scenario's). The warnings name the variables, never the
// values.
func TestShortSecretInAssertionAndBaseURL(t *testing.T) {
	srv := coreServer(t, func(w http.ResponseWriter, r *http.Request) { _, _ = w.Write([]byte(`{"owner":"4821"}`)) })
	s := tenantKeySuite(t, srv.URL, "TENANT_KEY=t7Qx2\nOWNER_PIN=4821\n", `  - name: checks the owner
    request: { method: GET, path: /me }
    expect: { status: 200, body: { owner: "${OWNER_PIN}" } }
  - name: reads the rest
    request: { method: GET, path: /rest }
`)
	red := &secret.Redactor{}
	opt := runner.Options{Getenv: coreNoEnv, Redactor: red}
	fs, err := runner.Preflight([]*suites.Suite{s}, opt)
	if err != nil {
		t.Fatal(err)
	}
	type where struct {
		line     int
		scenario string
	}
	got := map[string]where{}
	length := map[string]string{"TENANT_KEY": "5", "OWNER_PIN": "4"}
	for _, f := range fs {
		if f.Code == diagnose.CredentialTooShort {
			got[f.Variable] = where{f.Line, f.Scenario}
			msg := secret.Render(red, f.Message)
			if want := f.Variable + " is only " + length[f.Variable] + " characters long; a secret this short is easy to guess"; !strings.HasPrefix(msg, want) {
				t.Errorf("%s's warning %q, want it to begin %q", f.Variable, msg, want)
			}
			secrettest.NoForms(t, msg, "t7Qx2", "4821")
		}
	}
	want := map[string]where{"TENANT_KEY": {5, ""}, "OWNER_PIN": {10, "checks the owner"}}
	if len(got) != len(want) || got["TENANT_KEY"] != want["TENANT_KEY"] || got["OWNER_PIN"] != want["OWNER_PIN"] {
		t.Errorf("credential_too_short findings %+v, want %+v", got, want)
	}
	rep := coreRun(t, opt, s)
	for name, vars := range map[string][]string{"checks the owner": {"OWNER_PIN", "TENANT_KEY"}, "reads the rest": {"TENANT_KEY"}} {
		r := coreResult(t, rep, "staging", name)
		coreWantStatus(t, r, results.Passed)
		var warned []string
		for _, w := range r.Warnings {
			if w.Code == diagnose.CredentialTooShort {
				warned = append(warned, w.Variable)
			}
		}
		slices.Sort(warned)
		if !slices.Equal(warned, vars) {
			t.Errorf("%s: warned about %q, want %q", name, warned, vars)
		}
	}
}

// A short secret in base_url is sent by the scenarios that send a request
// to base_url (a path, in a step or a matrix row), not by one whose
// requests all have a url: of their own: --fail-on-warning fails the
// former and not the latter. Printed, the warning is one line at base_url.
func TestShortSecretInBaseURLWarnsWhatSendsIt(t *testing.T) {
	srv := coreServer(t, func(w http.ResponseWriter, r *http.Request) {})
	s := tenantKeySuite(t, srv.URL, "TENANT_KEY=t7Qx2\n", `  - name: reads the base
    request: { method: GET, path: /me }
  - name: calls another url
    request: { method: GET, url: "@A@/other" }
  - name: matrix on the base
    matrix:
      credentials: [none]
      requests:
        read: { request: { method: GET, path: /m }, expect: [200] }
`)
	red := &secret.Redactor{}
	opt := runner.Options{Getenv: coreNoEnv, Redactor: red, FailOnWarning: true}
	rep := coreRun(t, opt, s)
	for name, want := range map[string]results.Status{"reads the base": results.Failed, "calls another url": results.Passed,
		"matrix on the base [read as none]": results.Failed} {
		r := coreResult(t, rep, "staging", name)
		coreWantStatus(t, r, want)
		if want == results.Failed && !strings.Contains(secret.Render(red, r.Message), "TENANT_KEY is only 5 characters long") {
			t.Errorf("%s: %q, want the warning", name, secret.Render(red, r.Message))
		}
		secrettest.NoForms(t, secret.Render(red, r.Message), "t7Qx2")
	}
	var printed []string
	for _, f := range results.Printed(rep.Findings) {
		if f.Code == diagnose.CredentialTooShort {
			printed = append(printed, secret.Render(red, f.Message))
			if f.Line != 5 || f.Variable != "TENANT_KEY" {
				t.Errorf("finding %+v: want TENANT_KEY at base_url, line 5", f)
			}
		}
	}
	if len(printed) != 1 {
		t.Errorf("printed credential_too_short %q, want one line", printed)
	}
	secrettest.NoForms(t, strings.Join(printed, "\n"), "t7Qx2")
}

// A matrix row's request is checked before anything is sent as a step's
// is: a variable the environment lacks is a credential_missing error in
// lint at the row's use (the run sends nothing for its cells), and a short
// secret it writes is that scenario's credential_too_short. Lint said
// nothing of either.
func TestMatrixRowVariablesInPreflight(t *testing.T) {
	srv := coreServer(t, func(w http.ResponseWriter, r *http.Request) {})
	dir := t.TempDir()
	coreWrite(t, dir, ".env", "TEAM=ab3de\n")
	s := coreSuiteIn(t, dir, "suite.yaml", `version: 1
name: grid
environments:
  staging: { base_url: @A@, env_file: .env }
scenarios:
  - name: grid
    matrix:
      credentials: [none]
      requests:
        read: { request: { method: GET, path: "/items/${ITEM_ID}", headers: { X-Team: "${TEAM}" } }, expect: [200] }
`, "A", srv.URL)
	red := &secret.Redactor{}
	fs, err := runner.Preflight([]*suites.Suite{s}, runner.Options{Getenv: coreNoEnv, Redactor: red})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]diagnose.Finding{}
	for _, f := range fs {
		got[f.Code] = f
		secrettest.NoForms(t, secret.Render(red, f.Message), "ab3de")
	}
	const missing = `ITEM_ID is not set or empty in environment "staging" (looked in `
	if f, ok := got[diagnose.CredentialMissing]; !ok || f.Variable != "ITEM_ID" || f.Line != 10 || f.Severity != diagnose.SeverityError ||
		!strings.HasPrefix(secret.Render(red, f.Message), missing) {
		t.Errorf("credential_missing %+v (found %v), want an error for ITEM_ID at line 10: %q…", f, ok, missing)
	}
	const short = "TEAM is only 5 characters long"
	if f, ok := got[diagnose.CredentialTooShort]; !ok || f.Variable != "TEAM" || f.Scenario != "grid" ||
		!strings.HasPrefix(secret.Render(red, f.Message), short) {
		t.Errorf("credential_too_short %+v (found %v), want TEAM's, scenario grid: %q…", f, ok, short)
	}
}

// tenantKeySuite is a suite whose staging base_url sends TENANT_KEY in its
// query, read with the rest of env from an env file, with the scenarios
// given (YAML under "scenarios:", @A@ standing for srvURL).
func tenantKeySuite(t *testing.T, srvURL, env, scenarios string) *suites.Suite {
	t.Helper()
	dir := t.TempDir()
	coreWrite(t, dir, ".env", env)
	return coreSuiteIn(t, dir, "suite.yaml", `version: 1
name: short
environments:
  staging:
    base_url: "@A@/api?tenant=${TENANT_KEY}"
    env_file: .env
scenarios:
`+scenarios, "A", srvURL)
}
