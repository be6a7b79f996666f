package results

import "testing"

// TestPrinted: one finding per place, severity, code and message; Env
// kept only when every merged copy agrees.
func TestPrinted(t *testing.T) {
	short := Finding{File: "a.yaml", Line: 9, Col: 5, Severity: SeverityWarning, Code: "credential_too_short", Message: "K is only 5 characters long", Env: "staging"}
	other := short
	other.Env = "production"
	named := Finding{File: "a.yaml", Line: 9, Col: 5, Severity: SeverityError, Code: "credential_missing", Message: "K is not set in staging", Env: "staging"}
	got := Printed([]Finding{short, named, other, named})
	if len(got) != 2 {
		t.Fatalf("got %d findings, want 2: %+v", len(got), got)
	}
	if got[0].Code != "credential_too_short" || got[0].Env != "" {
		t.Errorf("merged finding = %+v, want credential_too_short with no environment", got[0])
	}
	if got[1].Code != "credential_missing" || got[1].Env != "staging" {
		t.Errorf("second finding = %+v, want credential_missing in staging", got[1])
	}
}
