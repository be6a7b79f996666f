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
