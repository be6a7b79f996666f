package report

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/authspec/authspec/results"
	"github.com/authspec/authspec/secret"
)

// A run whose summary would pass GitHub's 1 MiB limit is cut at a line,
// with its <details> closed and a note; a small one is untouched.
func TestStepSummaryWithinGitHubLimit(t *testing.T) {
	r := &results.Report{Redactor: &secret.Redactor{}}
	long := strings.Repeat("the server said something long about the token ", 40)
	for i := range 4000 {
		r.Results = append(r.Results, &results.Result{Suite: "Big", File: "big.yaml", Environment: "staging",
			Name: fmt.Sprintf("case %d", i), Line: i + 1, Status: results.Failed, Kind: results.AssertionFailure,
			Message: "status: expected 200, got 401", Diagnosis: []results.Cause{{Code: "jwt_expired", Message: long,
				Evidence: []string{fmt.Sprintf("evidence %d %s", i, long)}}},
			Steps: []results.Step{{Method: "GET", URL: "https://api.example.com/x", Endpoint: fmt.Sprintf("GET /v1/things/%d/%s", i, strings.Repeat("segment/", 40)), StatusCode: 401}}})
	}
	var b bytes.Buffer
	if err := StepSummary(&b, r); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	if len(out) > SummaryLimit || len(out) < SummaryLimit/2 {
		t.Fatalf("summary is %d bytes, want at most %d (and most of it used)", len(out), SummaryLimit)
	}
	if !strings.HasPrefix(out, "## authspec: 0 passed, 4000 failed, 0 errors, 0 skipped\n") ||
		!strings.Contains(out, "- `jwt_expired` → 4000 failures") {
		t.Errorf("the summary lost its head:\n%s", firstLines(out, 8))
	}
	if !strings.HasSuffix(out, "the JSON, JUnit and HTML reports hold everything.**\n") {
		t.Errorf("no note at the end:\n...%s", out[len(out)-300:])
	}
	if strings.Count(out, "<details>") != strings.Count(out, "</details>") {
		t.Error("a <details> is left open")
	}

	small, _ := render(t, StepSummary)
	if strings.Contains(small, "was cut") {
		t.Error("a small summary was cut")
	}
}

func TestCapSummary(t *testing.T) {
	s := "head\n<details>\n" + strings.Repeat("line of text\n", 100)
	out := capSummary(s, 400)
	if len(out) > 400 || !strings.HasPrefix(out, "head\n<details>\nline of text\n") || !strings.Contains(out, "</details>") {
		t.Errorf("capSummary: %d bytes\n%s", len(out), out)
	}
	if capSummary("short\n", 400) != "short\n" {
		t.Error("capSummary changed a short text")
	}
}
