package rotate_test

import (
	"errors"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/authspec/authspec/internal/rotatetest"
	"github.com/authspec/authspec/results"
	"github.com/authspec/authspec/runner"
	"github.com/authspec/authspec/suites"
)

// TestPlanErrors: what makes `authspec rotate` exit 2 before anything is
// sent, and the words that say so.
func TestPlanErrors(t *testing.T) {
	noPrevious := strings.Replace(suiteYAML, "    previous: ${API_TOKEN_PREVIOUS}\n", "", 1)
	emptyPrevious := strings.Replace(suiteYAML, "${API_TOKEN_PREVIOUS}", "${NOT_SET_ANYWHERE}", 1)
	onlyKey := strings.Replace(suiteYAML, "auth: service_token", "auth: readonly_key", -1)
	tests := []struct {
		name, yaml, env, cred string
		usage                 bool     // a *runner.UsageError, else suites.Errors
		want                  []string // in the message
	}{
		{"unknown environment", suiteYAML, "prodution", "service_token", true,
			[]string{`--env prodution: no suite defines that environment (did you mean "production"?`, "defined: production, staging"}},
		{"unknown credential", suiteYAML, "production", "service_tokn", true,
			[]string{`--credential service_tokn: no suite that defines environment production has that credential (did you mean "service_token"?)`}},
		{"no previous", noPrevious, "production", "service_token", false,
			[]string{"suite.yaml:11:3: credential \"service_token\" has no `previous` value"}},
		{"previous unset in the environment", emptyPrevious, "production", "service_token", false,
			[]string{`suite.yaml:14:15: credential "service_token" has no previous value in environment production:`, "NOT_SET_ANYWHERE"}},
		{"no scenario uses it", onlyKey, "production", "service_token", true,
			[]string{`no scenario of environment production uses credential "service_token"`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			api := &rotatetest.API{New: newToken, Old: oldToken, Grace: rotatetest.Forever}
			srv := httptest.NewServer(api)
			defer srv.Close()
			ss := fixture(t, srv.URL, tt.yaml)
			_, err := runner.PlanRotation(ss, tt.env, tt.cred, runner.Options{Getenv: noEnv})
			var uerr *runner.UsageError
			var serrs suites.Errors
			switch {
			case err == nil:
				t.Fatal("no error")
			case tt.usage && !errors.As(err, &uerr), !tt.usage && !errors.As(err, &serrs):
				t.Fatalf("error of type %T: %v", err, err)
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q\nlacks %q", err, w)
				}
			}
			for _, secret := range []string{newToken, oldToken, roKey} {
				if strings.Contains(err.Error(), secret) {
					t.Errorf("error shows a secret: %q", err)
				}
			}
			if n := api.Requests("new") + api.Requests("old") + api.Requests("api_key"); n != 0 {
				t.Errorf("%d requests sent", n)
			}
		})
	}
}

// TestCopies: every other environment and credential that holds the old
// value is named, by fingerprint; previous fields are not copies.
func TestCopies(t *testing.T) {
	yaml := suiteYAML + `  - name: legacy key
    auth: legacy
    request: { method: GET, path: /v1/me }
`
	yaml = strings.Replace(yaml, "scenarios:\n", `  legacy:
    type: header
    headers: { X-Legacy-Token: "${API_TOKEN_PREVIOUS}" }
  staging_rotated:
    type: bearer
    token: ${API_TOKEN}
    previous: ${API_TOKEN_PREVIOUS}
scenarios:
`, 1)
	ss := fixture(t, "http://127.0.0.1:1", yaml)
	plan, err := runner.PlanRotation(ss, "production", "service_token", runner.Options{Getenv: noEnv})
	if err != nil {
		t.Fatal(err)
	}
	sum := plan.Summary()
	fp := "9390b4" // sha256 of oldToken, first 6 hex digits
	want := []results.ValueCopy{
		{File: ss[0].File, Environment: "production", Credential: "legacy", Source: "API_TOKEN_PREVIOUS", Fingerprint: fp},
		{File: ss[0].File, Environment: "staging", Credential: "service_token", Source: "API_TOKEN", Fingerprint: fp},
		{File: ss[0].File, Environment: "staging", Credential: "staging_rotated", Source: "API_TOKEN", Fingerprint: fp},
	}
	if len(sum.Copies) != len(want) {
		t.Fatalf("copies %+v\nwant %+v", sum.Copies, want)
	}
	for i := range want {
		if sum.Copies[i] != want[i] {
			t.Errorf("copy %d: %+v, want %+v", i, sum.Copies[i], want[i])
		}
	}
	if len(sum.Values) != 1 || sum.Values[0].OldFingerprint != fp || sum.Values[0].OldSource != "API_TOKEN_PREVIOUS" ||
		sum.Values[0].NewSource != "API_TOKEN" || sum.Values[0].NewFingerprint == fp {
		t.Errorf("values %+v", sum.Values)
	}
}
