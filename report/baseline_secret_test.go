package report

import (
	"strings"
	"testing"
)

// A baseline file is read, not written, by this run: an edited or
// corrupted one may hold a value that is a secret now (in started_at, in
// the name of a test case that is gone, in a status or a fingerprint).
// What the changes show of it goes through the run's redactor like every
// other value; the changes' own words and the names stay.
func TestBaselineTextIsRedacted(t *testing.T) {
	base := baselineOfFixture(t, func(d *jsonReport) {
		d.StartedAt = apiToken
		d.Results = append(d.Results, jsonResult{Suite: "Admin API auth", Environment: "staging",
			Scenario: "old export with " + readonlyKey, Status: "passed"})
		findResult(d, "read-only key cannot delete", "staging").Status = "passed " + apiToken
		for i := range d.Credentials {
			if d.Credentials[i].Name == "readonly_key" {
				d.Credentials[i].Fingerprint = readonlyKey
			}
		}
	})
	r := fixture()
	ch := NewDocument(r).Compare(base)
	outs := baselineOutputs(t, r, ch)
	for name, out := range outs {
		for _, s := range []string{apiToken, readonlyKey} {
			if strings.Contains(out, s) {
				t.Errorf("%s shows a secret read from the baseline:\n%s", name, firstLines(out, 30))
			}
		}
	}
	for _, want := range []string{"Since the baseline of [API_TOKEN sha256:", "old export with [READONLY_KEY sha256:", "Removed test cases", "read-only key cannot delete [staging]"} {
		if !strings.Contains(outs["console"], want) {
			t.Errorf("console lacks %q:\n%s", want, firstLines(outs["console"], 30))
		}
	}
}
