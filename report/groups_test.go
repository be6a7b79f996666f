package report

import (
	"bytes"
	"strings"
	"testing"

	"github.com/authspec/authspec/diagnose"
	"github.com/authspec/authspec/results"
	"github.com/authspec/authspec/secret"
)

// One cause behind several failures is printed once, with the failures it
// explains, in the console and the step summary (goldens); each JUnit test
// case keeps its whole failure body.
func TestCauseGroupsPrintedOnce(t *testing.T) {
	const password = "Sh4red-Rabbit-Pass"
	red := &secret.Redactor{}
	red.Add("ADMIN_PASSWORD", password)
	cause := results.Cause{Code: diagnose.CredentialRejected,
		Message:  "the API did not accept the credential (admin): check it in the provider's console and update it (ADMIN_PASSWORD in rabbit.production.env)",
		Evidence: []string{"sent Authorization: Basic [admin sha256:bc38e7]", "WWW-Authenticate: Basic realm=\"RabbitMQ Management\""}}
	rep := &results.Report{Redactor: red}
	for _, name := range []string{"list queues", "list exchanges", "list users", "overview", "vhosts", "nodes"} {
		rep.Results = append(rep.Results, &results.Result{Suite: "rabbit", Environment: "production", File: "suites/rabbit.yaml", Line: 3,
			Name: name, Status: results.Failed, Kind: results.AssertionFailure, Message: "status: expected 2xx, got 401 Unauthorized",
			Diagnosis: []results.Cause{cause}})
	}
	var con bytes.Buffer
	if err := Console(&con, rep, ConsoleOptions{}); err != nil {
		t.Fatal(err)
	}
	out := con.String()
	if n := strings.Count(out, cause.Message); n != 1 {
		t.Errorf("console prints the shared cause %d times, want once:\n%s", n, out)
	}
	if !strings.Contains(out, "1 cause → 6 failures: "+cause.Message+" [credential_rejected]") ||
		strings.Count(out, "cause A above (shared by 6 failures)") != 6 {
		t.Errorf("console lacks the group or its references:\n%s", out)
	}
	var sum bytes.Buffer
	if err := StepSummary(&sum, rep); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(sum.String(), "`credential_rejected` → 6 failures") {
		t.Errorf("step summary lacks the group:\n%s", sum.String())
	}
	compareGolden(t, "groups_console.golden", con.Bytes())
	compareGolden(t, "groups_summary.golden", sum.Bytes())
	var ju bytes.Buffer
	if err := JUnit(&ju, rep); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(ju.String(), "update it (ADMIN_PASSWORD in rabbit.production.env)"); n != 6 {
		t.Errorf("JUnit has the cause %d times, want once per test case (6)", n)
	}
	for _, o := range []string{out, sum.String(), ju.String()} {
		if strings.Contains(o, password) {
			t.Error("a report shows the password")
		}
	}
}
