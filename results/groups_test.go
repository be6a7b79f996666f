package results

import "testing"

func TestCauseGroups(t *testing.T) {
	rejected := Cause{Code: "credential_rejected", Message: "ADMIN_PASSWORD in rabbit.production.env was rejected", Evidence: []string{"401"}}
	other := Cause{Code: "permission_denied", Message: "monitor may not list users"}
	mk := func(name string, st Status, cs ...Cause) *Result {
		return &Result{Name: name, Status: st, Diagnosis: cs}
	}
	rep := &Report{Results: []*Result{
		mk("a", Failed, rejected, other), mk("b", Passed, rejected), mk("c", Errored, rejected),
		mk("d", Failed, other), mk("e", Failed, rejected), mk("f", Failed),
	}}
	gs := rep.CauseGroups()
	if len(gs) != 1 {
		t.Fatalf("%d groups, want 1: %+v", len(gs), gs)
	}
	g := gs[0]
	if g.Cause.Code != "credential_rejected" || len(g.Results) != 3 || g.Results[0].Name != "a" || g.Results[1].Name != "c" || g.Results[2].Name != "e" {
		t.Errorf("group %+v", g)
	}
}
