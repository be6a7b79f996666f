package report

import (
	"bytes"
	"strings"
	"testing"

	"github.com/authspec/authspec/diagnose"
	"github.com/authspec/authspec/results"
	"github.com/authspec/authspec/secret"
	"github.com/authspec/authspec/secret/secrettest"
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

// A cause shared by failures whose evidence differs (one 429 with its
// Retry-After, one 403 with its rate-limit headers) prints once the
// evidence they all show; what belongs to one failure only is printed
// under that failure's reference, never lost and never attributed to the
// others. JUnit keeps each case's whole evidence.
func TestCauseGroupKeepsEachFailuresEvidence(t *testing.T) {
	const token = "rl-Token-9f8e7d6c5b4a"
	red := &secret.Redactor{}
	red.Add("API_TOKEN", token)
	sent := "sent Authorization: Bearer [API_TOKEN sha256:0b5c3e]"
	msg := "the API is rate-limiting these requests: wait until the limit resets (Retry-After / reset header), lower --parallel, or ask for a higher limit; the credential itself may be fine"
	own := map[string][]string{
		"list invoices": {"X-RateLimit-Remaining: 0", `the server said: "API rate limit exceeded"`},
		"export ledger": {"Retry-After: 30", `the server said: "slow down"`},
	}
	rep := &results.Report{Redactor: red}
	for _, name := range []string{"list invoices", "export ledger"} {
		cause := results.Cause{Code: diagnose.RateLimited, Message: msg, Evidence: append([]string{sent}, own[name]...)}
		rep.Results = append(rep.Results, &results.Result{Suite: "billing", Environment: "staging", File: "suites/billing.yaml", Line: 7,
			Name: name, Credential: "service_token", Status: results.Failed, Kind: results.AssertionFailure,
			Message: "status: expected 2xx, got 429 Too Many Requests", Diagnosis: []results.Cause{cause}})
	}
	var con bytes.Buffer
	if err := Console(&con, rep, ConsoleOptions{}); err != nil {
		t.Fatal(err)
	}
	out := con.String()
	if !strings.Contains(out, "1 cause → 2 failures: "+msg+" [rate_limited]") || strings.Count(out, msg) != 1 {
		t.Fatalf("console does not print the shared cause once:\n%s", out)
	}
	group, failures, _ := strings.Cut(out, "Failures\n")
	if strings.Count(out, sent) != 1 || !strings.Contains(group, sent) {
		t.Errorf("the evidence every failure shows is not printed once, with the cause:\n%s", out)
	}
	for name, evs := range own {
		_, mine, _ := strings.Cut(failures, ") "+name+"\n")
		mine, _, _ = strings.Cut(mine, "\n\n")
		for _, ev := range evs {
			if strings.Contains(group, ev) {
				t.Errorf("the group attributes %q, which only %q showed, to every failure:\n%s", ev, name, group)
			}
			if !strings.Contains(mine, "cause A above (shared by 2 failures)\n") || !strings.Contains(mine, "\n           "+ev) {
				t.Errorf("failure %q lost its own evidence %q:\n%s", name, ev, out)
			}
		}
	}
	var ju bytes.Buffer
	if err := JUnit(&ju, rep); err != nil {
		t.Fatal(err)
	}
	for _, ev := range []string{"Retry-After: 30", "X-RateLimit-Remaining: 0"} {
		if strings.Count(ju.String(), ev) != 1 {
			t.Errorf("JUnit holds %q %d times, want once (its own test case's body)", ev, strings.Count(ju.String(), ev))
		}
	}
	if strings.Count(ju.String(), "[API_TOKEN sha256:0b5c3e]") != 2 {
		t.Errorf("JUnit does not keep the shared evidence in each test case's body")
	}
	for _, o := range []string{out, ju.String()} {
		secrettest.NoForms(t, o, token)
	}
	compareGolden(t, "groups_evidence_console.golden", con.Bytes())
}
