package results

import (
	"slices"
	"testing"
)

func TestCauseGroups(t *testing.T) {
	rejected := Cause{Code: "credential_rejected", Message: "ADMIN_PASSWORD in rabbit.production.env was rejected", Evidence: []string{"401"}}
	other := Cause{Code: "permission_denied", Message: "monitor may not list users"}
	sameCodeOtherWords := Cause{Code: "credential_rejected", Message: "API_TOKEN in .env.production was rejected"}
	mk := func(name string, st Status, k Kind, cs ...Cause) *Result {
		return &Result{Name: name, Status: st, Kind: k, Diagnosis: cs}
	}
	rep := &Report{Results: []*Result{
		mk("a", Failed, AssertionFailure, rejected, other), mk("b", Passed, None, rejected), mk("c", Errored, Unreachable, rejected),
		mk("d", Failed, AssertionFailure, other), mk("e", Failed, AssertionFailure, rejected), mk("f", Failed, AssertionFailure),
		mk("g", Failed, AssertionFailure, sameCodeOtherWords), mk("h", Errored, Timeout), mk("i", Failed, AssertionFailure),
	}}
	want := []struct {
		code  string
		kind  Kind
		cases string
		share bool
	}{
		{"credential_rejected", None, "ace", true},
		{"permission_denied", None, "d", false},
		{"", AssertionFailure, "fi", false}, // no diagnosis: grouped by kind, never "shared"
		{"credential_rejected", None, "g", false},
		{"", Timeout, "h", false},
	}
	gs := rep.CauseGroups()
	if len(gs) != len(want) {
		t.Fatalf("%d groups, want %d: %+v", len(gs), len(want), gs)
	}
	for i, w := range want {
		g := gs[i]
		names := ""
		for _, r := range g.Results {
			names += r.Name
		}
		if g.Cause.Code != w.code || g.Kind != w.kind || names != w.cases || g.Shared() != w.share {
			t.Errorf("group %d: code %q kind %v cases %q shared %v, want %+v", i, g.Cause.Code, g.Kind, names, g.Shared(), w)
		}
	}
}

// A reading's own words are the same for every credential and server: two
// credentials (or two servers) refused with them are two causes, so the
// evidence a group prints (the fingerprint, the server's words) is that
// of every failure it lists.
func TestCauseGroupsKeepCredentialsApart(t *testing.T) {
	said := Cause{Code: "credential_rejected", Message: "the server says it read the credential and does not accept it"}
	mk := func(name, suite, env, cred string) *Result {
		return &Result{Name: name, Suite: suite, Environment: env, Credential: cred, Status: Failed, Kind: AssertionFailure, Diagnosis: []Cause{said}}
	}
	rep := &Report{Results: []*Result{
		mk("a", "rabbit", "staging", "admin"), mk("b", "oidc", "staging", "pasted"), mk("c", "rabbit", "staging", "gone"),
		mk("d", "rabbit", "staging", "admin"), mk("e", "rabbit", "production", "admin"),
	}}
	var got []string
	for _, g := range rep.CauseGroups() {
		names := ""
		for _, r := range g.Results {
			names += r.Name
		}
		got = append(got, names)
	}
	if want := []string{"ad", "b", "c", "e"}; !slices.Equal(got, want) {
		t.Errorf("groups %q, want %q", got, want)
	}
}

// A cause in the words of a preflight finding that several environments
// share (one value used by staging and production: its words name both)
// is one cause, printed once with the failures of every environment it
// explains; a finding of one environment, and a reading's words, still
// group per environment.
func TestCauseGroupsAcrossEnvironmentsOfOneFinding(t *testing.T) {
	shared := Cause{Code: "credential_from_other_environment", Message: "SAME_TOKEN (credential same) has the same value in production and staging (sha256:280f84)"}
	testKey := Cause{Code: "test_key_in_production", Message: "STRIPE_KEY is a test/sandbox key in production"}
	said := Cause{Code: "credential_rejected", Message: "the server says it read the credential and does not accept it"}
	finding := func(env string, c Cause) Finding {
		return Finding{File: "suites/a.yaml", Line: 16, Col: 5, Severity: SeverityWarning, Code: c.Code, Message: c.Message, Env: env, Credential: "same"}
	}
	mk := func(name, env string, c Cause) *Result {
		return &Result{Name: name, Suite: "pay", Environment: env, Credential: "same", Status: Failed, Kind: AssertionFailure, Diagnosis: []Cause{c}}
	}
	rep := &Report{
		Findings: []Finding{finding("staging", shared), finding("production", shared), finding("production", testKey), finding("staging", testKey)},
		Results: []*Result{
			mk("a", "staging", shared), mk("b", "staging", shared), mk("c", "production", shared),
			mk("d", "staging", said), mk("e", "production", said),
		},
	}
	rep.Findings[3].Line = 30 // the same words at another place: not one finding across environments
	rep.Findings[3].Message = "STRIPE_KEY is a test/sandbox key in staging"
	var got []string
	for _, g := range rep.CauseGroups() {
		names := ""
		for _, r := range g.Results {
			names += r.Name
		}
		got = append(got, g.Cause.Code+":"+names)
	}
	want := []string{"credential_from_other_environment:abc", "credential_rejected:d", "credential_rejected:e"}
	if !slices.Equal(got, want) {
		t.Errorf("groups %q, want %q", got, want)
	}
	rep.Results = append(rep.Results, mk("f", "production", testKey), mk("g", "staging", testKey))
	gs := rep.CauseGroups()
	if last := gs[len(gs)-1]; len(last.Results) != 1 {
		t.Errorf("a finding of one environment grouped failures of two: %+v", last)
	}
}
