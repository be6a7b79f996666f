package results

import (
	"encoding/json"
	"slices"
	"testing"

	_ "github.com/authspec/authspec/internal/golden" // accepts go test -update
)

// The words are part of the reports' contract (JSON status, JUnit type):
// a renamed constant must not change them.
func TestStatusAndKindWords(t *testing.T) {
	for s, want := range map[Status]string{Unknown: "unknown", Passed: "passed", Failed: "failed",
		Errored: "error", Skipped: "skipped", Status(99): "Status(99)"} {
		if got := s.String(); got != want {
			t.Errorf("Status(%d) = %q, want %q", int(s), got, want)
		}
	}
	seen := map[string]bool{}
	for k := None + 1; k <= Warning; k++ {
		name := k.String()
		if name == "" || seen[name] {
			t.Errorf("Kind(%d) = %q: empty or repeated", int(k), name)
		}
		seen[name] = true
	}
	for k, want := range map[Kind]string{None: "", CredentialMissing: "CredentialMissing", ConnectionReset: "ConnectionReset",
		InvalidRequest: "InvalidRequest", SecurityFailure: "SecurityFailure", Warning: "Warning", Kind(-1): "Kind(-1)"} {
		if got := k.String(); got != want {
			t.Errorf("Kind(%d) = %q, want %q", int(k), got, want)
		}
	}
	b, err := json.Marshal(struct {
		S Status
		K Kind
	}{Errored, TLS})
	if err != nil || string(b) != `{"S":"error","K":"TLS"}` {
		t.Errorf("JSON: %s %v", b, err)
	}
}

func TestTotals(t *testing.T) {
	r := &Report{}
	for _, s := range []Status{Passed, Passed, Failed, Errored, Skipped, Skipped, Skipped, Unknown} {
		r.Results = append(r.Results, &Result{Status: s})
	}
	tt := r.Totals()
	if tt != (Totals{Passed: 2, Failed: 1, Errors: 1, Skipped: 3}) || tt.Tests() != 7 {
		t.Errorf("totals %+v (%d tests)", tt, tt.Tests())
	}
	if got := tt.String(); got != "2 passed, 1 failed, 1 errors, 3 skipped" {
		t.Errorf("String() = %q", got)
	}
	for s, bad := range map[Status]bool{Passed: false, Failed: true, Errored: true, Skipped: false, Unknown: false} {
		if s.Bad() != bad {
			t.Errorf("%s.Bad() = %v", s, !bad)
		}
	}
}

func TestUnreachable(t *testing.T) {
	step := func(connected bool, code int) Step { return Step{Connected: connected, StatusCode: code} }
	for _, tc := range []struct {
		name        string
		results     []*Result
		interrupted bool
		want        []string
	}{
		{"nothing sent", []*Result{{Environment: "a"}}, false, nil},
		{"refused everywhere", []*Result{{Environment: "a", Steps: []Step{step(false, 0)}}, {Environment: "a", Steps: []Step{step(false, 0)}}}, false, []string{"a"}},
		{"one answer is enough", []*Result{{Environment: "a", Steps: []Step{step(false, 0)}}, {Environment: "a", Steps: []Step{step(false, 401)}}}, false, nil},
		{"connected then hung", []*Result{{Environment: "a", Steps: []Step{step(true, 0)}}}, false, nil},
		{"per environment, in order", []*Result{{Environment: "b", Steps: []Step{step(false, 0)}},
			{Environment: "a", Steps: []Step{step(true, 200)}}, {Environment: "c", Steps: []Step{step(false, 0)}}}, false, []string{"b", "c"}},
		{"interrupted proves nothing", []*Result{{Environment: "a", Steps: []Step{step(false, 0)}}}, true, nil},
	} {
		r := &Report{Results: tc.results, Interrupted: tc.interrupted}
		if got := r.Unreachable(); !slices.Equal(got, tc.want) {
			t.Errorf("%s: %v, want %v", tc.name, got, tc.want)
		}
	}
}
