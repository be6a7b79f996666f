package report

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/authspec/authspec/results"
)

// baselineOfFixture is the fixture's JSON report as an earlier run would
// have written it, changed by edit.
func baselineOfFixture(t *testing.T, edit func(*jsonReport)) *Baseline {
	t.Helper()
	var b bytes.Buffer
	if err := JSON(&b, fixture()); err != nil {
		t.Fatal(err)
	}
	base := &Baseline{Path: "prev.json"}
	if err := json.Unmarshal(b.Bytes(), &base.doc); err != nil {
		t.Fatal(err)
	}
	base.doc.StartedAt = "2026-11-21T10:00:00Z"
	edit(&base.doc)
	return base
}

func findResult(doc *jsonReport, scenario, env string) *jsonResult {
	for i := range doc.Results {
		if doc.Results[i].Scenario == scenario && doc.Results[i].Environment == env {
			return &doc.Results[i]
		}
	}
	return nil
}

// fixtureChanges: yesterday the delete scenario passed, the probe of the
// previous value failed too, the matrix cell got 204, production's admin
// scenario passed, a scenario existed that is gone, and readonly_key had
// another value; service_token (previous set) kept its fingerprint.
func fixtureChanges(t *testing.T) *Changes {
	base := baselineOfFixture(t, func(d *jsonReport) {
		findResult(d, "read-only key cannot delete", "staging").Status = "passed"
		findResult(d, "admin lists users", "production").Status = "passed"
		cell := findResult(d, "account endpoints [delete account as readonly_key]", "staging")
		cell.Steps[0].StatusCode = 204
		cell.Status = "failed"
		d.Results = append(d.Results, jsonResult{Suite: "Admin API auth", Environment: "staging", Scenario: "old export", Status: "passed"})
		for i := range d.Credentials {
			if d.Credentials[i].Name == "readonly_key" {
				d.Credentials[i].Fingerprint = "000000"
			}
		}
	})
	return NewDocument(fixture()).Compare(base)
}

func TestCompareMarks(t *testing.T) {
	ch := fixtureChanges(t)
	marks := map[string]string{}
	for _, r := range ch.Results {
		marks[r.Scenario+" ["+r.Environment+"]"] = r.Change
	}
	for name, want := range map[string]string{
		"read-only key cannot delete [staging]":                        NewFailure,
		"admin lists users [production]":                               NewFailure,
		"valid token reads the account [probe: previous] [staging]":    StillFailing,
		"account endpoints [delete account as readonly_key] [staging]": Fixed,
		"valid token reads the account [staging]":                      Unchanged,
		"legacy export [staging]":                                      Unchanged,
		"old export [staging]":                                         Removed,
	} {
		if marks[name] != want {
			t.Errorf("%s: %q, want %q", name, marks[name], want)
		}
	}
	if len(ch.Results) != len(fixture().Results)+1 {
		t.Errorf("%d marks for %d results and 1 removed", len(ch.Results), len(fixture().Results))
	}
	var answers []string
	for _, a := range ch.Answers {
		answers = append(answers, a.String())
	}
	if want := []string{"readonly_key DELETE /v1/accounts/1: 204 → 403"}; !slices.Equal(answers, want) {
		t.Errorf("answers %q, want %q", answers, want)
	}
	var creds []string
	for _, c := range ch.Credentials {
		creds = append(creds, c.Name+" "+c.Change)
	}
	if want := []string{"service_token " + RotationNotApplied, "readonly_key " + RotationSeen}; !slices.Equal(creds, want) {
		t.Errorf("credentials %q, want %q", creds, want)
	}
	sum := 0
	for _, n := range ch.Counts {
		sum += n
	}
	if sum != len(ch.Results) || ch.Counts[NewFailure] != 2 || ch.Counts[Removed] != 1 {
		t.Errorf("counts %v", ch.Counts)
	}
}

func TestMark(t *testing.T) {
	for _, tc := range []struct{ was, now, want string }{
		{"passed", "failed", NewFailure}, {"skipped", "error", NewFailure}, {"failed", "passed", Fixed},
		{"error", "passed", Fixed}, {"failed", "error", StillFailing}, {"passed", "passed", Unchanged},
		{"failed", "skipped", Unchanged}, {"passed", "skipped", Unchanged},
	} {
		if got := mark(tc.was, tc.now); got != tc.want {
			t.Errorf("mark(%s, %s) = %s, want %s", tc.was, tc.now, got, tc.want)
		}
	}
}

// Console, step summary and JSON lead with the changes.
func TestBaselineGolden(t *testing.T) {
	r := fixture()
	ch := fixtureChanges(t)
	outs := baselineOutputs(t, r, ch)
	for name, out := range outs {
		noSecrets(t, r.Redactor, out)
		want := map[string]string{"console": "readonly_key DELETE /v1/accounts/1: 204 → 403",
			"summary": `readonly\_key DELETE /v1/accounts/1: 204 → 403`,
			"json":    `"credential": "readonly_key",` + "\n" + `        "probe": "",` + "\n" + `        "endpoint": "DELETE /v1/accounts/1",` + "\n" + `        "was": "204",`}[name]
		if !strings.Contains(out, want) {
			t.Errorf("%s lacks the changed matrix cell %q", name, want)
		}
	}
	if !strings.HasPrefix(outs["console"], "Since the baseline of 2026-11-21T10:00:00Z: 2 new failures, 1 fixed, 4 still failing, 0 new, 1 removed, 5 unchanged\n") {
		t.Errorf("console does not lead with the changes:\n%s", firstLines(outs["console"], 3))
	}
	if !strings.Contains(firstLines(outs["summary"], 5), "### Changes since the baseline") {
		t.Errorf("step summary does not lead with the changes:\n%s", firstLines(outs["summary"], 5))
	}
	var doc map[string]json.RawMessage
	if err := json.Unmarshal([]byte(outs["json"]), &doc); err != nil || doc["baseline"] == nil {
		t.Errorf("JSON has no baseline: %v", err)
	}
	compareGolden(t, "baseline_console.golden", []byte(outs["console"]))
	compareGolden(t, "baseline_summary.golden.md", []byte(outs["summary"]))
}

func firstLines(s string, n int) string {
	lines := strings.SplitN(s, "\n", n+1)
	return strings.Join(lines[:min(n, len(lines))], "\n")
}

func TestReadBaselineErrors(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	for _, tc := range []struct{ name, content, want string }{
		{"syntax.json", "{\n  \"schema_version\": 1,\n  \"results\": [}\n", "syntax.json:3:15: not a JSON report"},
		{"type.json", "{\"schema_version\": \"one\"}", "type.json:1:25: not a JSON report: schema_version is a string, want a number"},
		{"array.json", "[]", "array.json:1:2: not a JSON report: the document is an array, want an object"},
		{"status.json", `{"schema_version": 1, "results": [{"status": 5}]}`, "status.json:1:47: not a JSON report: results.status is a number, want a string"},
		{"version.json", "{\n  \"schema_version\": 2}", "version.json:2:3: schema_version 2, want 1"},
		{"none.json", `{}`, "none.json:1:1: schema_version 0, want 1"},
		{"junit.xml", "<testsuites/>", "junit.xml:1:1: not a JSON report"},
	} {
		_, err := ReadBaseline(write(tc.name, tc.content))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: %v, want %q", tc.name, err, tc.want)
		}
	}
	if _, err := ReadBaseline(write("ok.json", `{"schema_version": 1, "results": []}`)); err != nil {
		t.Errorf("a minimal report: %v", err)
	}
}

// A test case twice in the baseline (two suites of one name in one file
// once, say) is compared with its last entry, and removed at most once.
func TestCompareDuplicatesInBaseline(t *testing.T) {
	res := func(scenario, status string) jsonResult {
		return jsonResult{Suite: "s", Environment: "e", Scenario: scenario, Status: status}
	}
	prev := &jsonReport{Results: []jsonResult{res("kept", "failed"), res("kept", "passed"), res("gone", "passed"), res("gone", "failed")}}
	cur := &jsonReport{Results: []jsonResult{res("kept", "failed"), res("added", "passed")}}
	var got []string
	for _, r := range compareDocs(prev, cur, func(s string) string { return s }).Results {
		got = append(got, r.Scenario+"="+r.Change+":"+r.Was+"→"+r.Now)
	}
	want := []string{"kept=new_failure:passed→failed", "added=new:→passed", "gone=removed:passed→"}
	if !slices.Equal(got, want) {
		t.Errorf("changes %q, want %q", got, want)
	}
}

// baselineOutputs is r with the changes ch as each report that leads with
// them writes it (console, step summary, JSON), by the report's name.
func baselineOutputs(t *testing.T, r *results.Report, ch *Changes) map[string]string {
	t.Helper()
	var con, sum, js bytes.Buffer
	if err := Console(&con, r, ConsoleOptions{Changes: ch}); err != nil {
		t.Fatal(err)
	}
	if err := NewDocument(r).StepSummary(&sum, ch); err != nil {
		t.Fatal(err)
	}
	if err := NewDocument(r).JSON(&js, ch); err != nil {
		t.Fatal(err)
	}
	return map[string]string{"console": con.String(), "summary": sum.String(), "json": js.String()}
}

// TestHeadlineCountsNewFailures: "1 new failure", "2 new failures"; the
// other marks are adjectives and stay as they are.
func TestHeadlineCountsNewFailures(t *testing.T) {
	for n, want := range map[int]string{1: "1 new failure, 0 fixed", 2: "2 new failures, 0 fixed"} {
		c := &Changes{Against: "2026-11-21T02:00:00Z", Counts: map[string]int{NewFailure: n}}
		got := c.headline()
		if !strings.Contains(got, want) || !strings.HasPrefix(got, "Since the baseline of 2026-11-21T02:00:00Z: ") {
			t.Errorf("headline with %d new failures: %q, want it to hold %q", n, got, want)
		}
	}
}
