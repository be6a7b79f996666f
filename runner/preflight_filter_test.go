package runner_test

import (
	"encoding/base64"
	"net/http"
	"regexp"
	"strings"
	"testing"

	"github.com/authspec/authspec/diagnose"
	"github.com/authspec/authspec/results"
	"github.com/authspec/authspec/runner"
	"github.com/authspec/authspec/suites"
)

// TestPreflightFollowsFilter: `run --filter 'ops$'` checks only the
// credentials of the scenarios it selects. The admin scenario's missing
// variable was reported as a preflight error though nothing of it ran.
func TestPreflightFollowsFilter(t *testing.T) {
	const opsToken = "ops-4f9c2a7e1b3d5c8a"
	srv := coreServer(t, func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") != "Bearer "+opsToken {
			w.WriteHeader(http.StatusUnauthorized)
		}
	})
	s := coreSuite(t, `version: 1
name: filtered
environments:
  x: { base_url: @A@ }
credentials:
  ops_tok: { type: bearer, token: "${OPS_TOKEN}" }
  admin_tok: { type: bearer, token: "${ADMIN_TOKEN}" }
scenarios:
  - { name: read as ops, auth: ops_tok, request: { method: GET, path: /ops } }
  - { name: delete as admin, auth: admin_tok, request: { method: DELETE, path: /admin } }
`, "A", srv.URL)
	getenv := func(k string) (string, bool) {
		if k == "OPS_TOKEN" {
			return opsToken, true
		}
		return "", false
	}
	text := func(fs []diagnose.Finding) string {
		var b strings.Builder
		for _, f := range fs {
			b.WriteString(string(f.Severity) + " " + f.Code + " " + f.Variable + " " + f.Message + "\n")
		}
		return b.String()
	}
	noSecret := func(what, out string) {
		t.Helper()
		for _, form := range []string{opsToken, base64.StdEncoding.EncodeToString([]byte(opsToken))} {
			if strings.Contains(out, form) {
				t.Errorf("%s shows the ops token:\n%s", what, out)
			}
		}
	}

	// Without --filter the admin credential is checked, and its variable named.
	all, err := runner.Preflight([]*suites.Suite{s}, runner.Options{Envs: []string{"x"}, Getenv: getenv})
	if err != nil {
		t.Fatal(err)
	}
	if out := text(all); !strings.Contains(out, "ADMIN_TOKEN") || !strings.Contains(out, diagnose.CredentialMissing) {
		t.Fatalf("without --filter: want credential_missing for ADMIN_TOKEN, got:\n%s", out)
	}

	filter := regexp.MustCompile(`ops$`)
	fs, err := runner.Preflight([]*suites.Suite{s}, runner.Options{Envs: []string{"x"}, Getenv: getenv, Filter: filter})
	if err != nil {
		t.Fatal(err)
	}
	noSecret("preflight", text(fs))
	if len(fs) != 0 {
		t.Errorf("preflight --filter 'ops$': want no finding, got:\n%s", text(fs))
	}

	rep := coreRun(t, runner.Options{Envs: []string{"x"}, Getenv: getenv, Filter: filter}, s)
	out := text(rep.Findings)
	noSecret("run's findings", out)
	if strings.Contains(out, "ADMIN_TOKEN") || len(rep.Findings) != 0 {
		t.Errorf("run --filter 'ops$': want no finding, got:\n%s", out)
	}
	if len(rep.Results) != 1 || rep.Results[0].Name != "read as ops" || rep.Results[0].Status != results.Passed {
		t.Errorf("run --filter 'ops$': want only \"read as ops\", passed; got %s", coreNames(rep))
	}
}
