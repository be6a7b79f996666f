package rotate_test

import (
	"context"
	"errors"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/authspec/authspec/internal/rotatetest"
	"github.com/authspec/authspec/results"
	"github.com/authspec/authspec/rotate"
	"github.com/authspec/authspec/runner"
	"github.com/authspec/authspec/secret"
	"github.com/authspec/authspec/suites"

	_ "github.com/authspec/authspec/internal/golden" // accepts go test -update
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
			// The message is a secret.Text: compare its words without the
			// marks that keep them literal at the sink.
			msg := secret.Plain(err.Error())
			for _, w := range tt.want {
				if !strings.Contains(msg, w) {
					t.Errorf("error %q\nlacks %q", err, w)
				}
			}
			for _, value := range []string{newToken, oldToken, roKey} {
				if strings.Contains(msg, value) {
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

// TestMatrixAndSteps: a permission matrix runs only the credential's
// column, and each of its cells that expects success gets an old-value
// probe; a step that needs an earlier capture is not probed, and the
// report says why.
func TestMatrixAndSteps(t *testing.T) {
	yaml := strings.Replace(suiteYAML, "scenarios:\n", `scenarios:
  - name: account endpoints
    kind: permission
    matrix:
      credentials: [service_token, readonly_key, none]
      requests:
        read:   { request: { method: GET,    path: /v1/me }, expect: [200, 200, 401] }
        delete: { request: { method: DELETE, path: /v1/me }, expect: [403, 403, 401] }
  - name: login then read
    steps:
      - request: { method: GET, path: /v1/me }
        auth: readonly_key
        capture: { who: id }
      - request: { method: GET, path: "/v1/me?as=${who}" }
        auth: service_token
`, 1)
	clock := &fakeClock{now: time.Date(2026, 12, 6, 4, 0, 0, 0, time.UTC)}
	api := &rotatetest.API{New: newToken, Old: oldToken, Start: clock.now, Grace: 0, Now: clock.Now}
	srv := httptest.NewServer(api)
	defer srv.Close()
	ss := fixture(t, srv.URL, yaml)
	plan, err := runner.PlanRotation(ss, "production", "service_token", runner.Options{Getenv: noEnv})
	if err != nil {
		t.Fatal(err)
	}
	rep, err := rotate.Check(context.Background(), plan, rotate.Options{Clock: clock})
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, r := range rep.Results {
		names = append(names, r.Name+" "+r.Status.String())
	}
	want := []string{
		"account endpoints [read as service_token] passed",
		"account endpoints [delete as service_token] passed",
		"login then read passed",
		"service token reads the account passed",
		"service token cannot delete the account passed",
		"account endpoints [read as service_token] [probe: previous] passed",
		"service token reads the account [probe: previous] passed",
	}
	if strings.Join(names, "\n") != strings.Join(want, "\n") {
		t.Errorf("test cases:\n%s\nwant:\n%s", strings.Join(names, "\n"), strings.Join(want, "\n"))
	}
	rot := rep.Rotation
	if !rot.Passed() || len(rot.Unprobed) != 1 || !strings.Contains(rot.Unprobed[0], `"login then read" needs ${who}, captured by an earlier step`) {
		t.Errorf("rotation %+v", rot)
	}
	if n := api.Requests("none"); n != 0 {
		t.Errorf("the matrix's none column ran (%d requests)", n)
	}
}

// The words of a rotation that cannot start, and the names in them (the
// environment, the credential, a scenario, a variable), are literal: a
// secret that is one of them ("production", "captured") rewrites none.
func TestPlanErrorsWordsLiteral(t *testing.T) {
	other := "  - name: read-only key reads the account\n    auth: readonly_key\n    request: { method: GET, path: /v1/me, headers: { X-Other: \"${OTHER}\" } }\n"
	onlyKey := strings.Replace(strings.Replace(suiteYAML, "auth: service_token", "auth: readonly_key", -1),
		"  - name: read-only key reads the account\n    auth: readonly_key\n    request: { method: GET, path: /v1/me }\n", other, 1)
	captureFirst := strings.Replace(suiteYAML, "scenarios:\n", `scenarios:
  - name: login then read
    steps:
      - { auth: readonly_key, request: { method: GET, path: /v1/me, headers: { X-Other: "${OTHER}" } }, capture: { who: id } }
      - { auth: service_token, request: { method: GET, path: "/v1/${who}" } }
`, 1)
	captureFirst = captureFirst[:strings.Index(captureFirst, "  - name: service token reads the account")]
	for _, tt := range []struct{ name, yaml, word, want string }{
		{"no scenario uses it", onlyKey, "production",
			`no scenario of environment production uses credential "service_token": there is nothing to check the new value with`},
		{"no scenario sends it alone", captureFirst, "captured",
			`no scenario of environment production can send the previous value of "service_token" on its own ("login then read" needs ${who}, captured by an earlier step)`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ss := fixture(t, "http://127.0.0.1:9", tt.yaml)
			red := &secret.Redactor{}
			_, err := runner.PlanRotation(ss, "production", "service_token", runner.Options{Redactor: red,
				Getenv: func(k string) (string, bool) { return tt.word, k == "OTHER" }})
			var uerr *runner.UsageError
			if !errors.As(err, &uerr) {
				t.Fatalf("error %v, want a usage error", err)
			}
			if got := secret.Render(red, "a "+tt.word+" b"); !strings.Contains(got, "[OTHER sha256:") {
				t.Fatalf("the redactor gives %q: %q is no secret of the run, the test shows nothing", got, tt.word)
			}
			if got := secret.Render(red, err.Error()); got != tt.want {
				t.Errorf("error %q\nwant %q", got, tt.want)
			}
		})
	}
}
