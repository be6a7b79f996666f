package report

import (
	"bytes"
	"encoding/json"
	"os/exec"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/authspec/authspec/internal/tooltest"
	"github.com/authspec/authspec/results"
	"github.com/authspec/authspec/secret"
)

const rotationSecret = "tok_live_9f8e7d6c5b4a3210"

// rotations are the outcomes a rotation check can have, by name.
func rotations() []struct {
	name string
	rot  results.Rotation
} {
	values := []results.RotatedValue{{File: "suites/pay.yaml", NewSource: "API_TOKEN", NewFingerprint: "31d07c",
		OldSource: "API_TOKEN_PREVIOUS", OldFingerprint: "74515e"}}
	staging := results.ValueCopy{File: "suites/pay.yaml", Environment: "staging", Credential: "service_token",
		Source: "STAGING_API_TOKEN", Fingerprint: "74515e"}
	base := func(r results.Rotation) results.Rotation {
		r.Environment, r.Credential, r.Values = "production", "service_token", values
		r.Every, r.NewCases = 5*time.Second, 2
		return r
	}
	return []struct {
		name string
		rot  results.Rotation
	}{
		{"refused after a grace period", base(results.Rotation{NewPassed: true, Old: results.OldRefused,
			RefusedAfter: 3*time.Minute + 12*time.Second, Elapsed: 3*time.Minute + 12*time.Second, Wait: 10 * time.Minute, Attempts: 39})},
		{"refused at once, a copy in staging", base(results.Rotation{NewPassed: true, Old: results.OldRefused,
			Elapsed: 15 * time.Millisecond, Attempts: 1, Copies: []results.ValueCopy{staging}})},
		{"still accepted at the deadline", base(results.Rotation{NewPassed: true, Old: results.OldAccepted,
			Elapsed: 10 * time.Minute, Wait: 10 * time.Minute, Attempts: 121})},
		{"still accepted, no wait", base(results.Rotation{NewPassed: true, Old: results.OldAccepted, Attempts: 1})},
		{"new value refused, old accepted", base(results.Rotation{NewFailed: 2, Old: results.OldAccepted,
			Wait: time.Hour, Attempts: 1})},
		{"new value is the old value", base(results.Rotation{NewPassed: true, Old: results.OldAccepted, Attempts: 1,
			Copies: []results.ValueCopy{{File: "suites/pay.yaml", Environment: "production", Credential: "service_token",
				Source: "API_TOKEN", Fingerprint: "74515e", Current: true}, staging}})},
		{"unconfirmed", base(results.Rotation{NewPassed: true, Old: results.OldUnconfirmed, Wait: time.Minute,
			Elapsed: time.Minute, Attempts: 13, OldDetail: "service token reads [probe: previous]: got 500 for token " + rotationSecret,
			Unprobed: []string{`"login then read" needs ${session}, captured by an earlier step`}})},
		{"interrupted", base(results.Rotation{NewPassed: true, Old: results.OldAccepted, Interrupted: true,
			Elapsed: 65 * time.Second, Wait: 10 * time.Minute, Attempts: 14})},
		{"interrupted before the old value", base(results.Rotation{Old: results.OldNotChecked, Interrupted: true, NewFailed: 1})},
	}
}

// renderRotation is every output of a rotation: the console block, the
// step summary section, the annotations and the JSON object.
func renderRotation(t *testing.T, rot *results.Rotation, red *secret.Redactor, color bool) string {
	t.Helper()
	var b strings.Builder
	tw := &textWriter{}
	writeRotation(tw, rot, red, palette{on: color})
	b.WriteString(tw.b.String())
	b.WriteString("-- summary --\n")
	rotationMarkdown(&b, rot, red)
	b.WriteString("-- annotations --\n")
	rotationAnnotations(&b, rot, red)
	b.WriteString("-- json --\n")
	j, err := json.MarshalIndent(jsonRotationOf(rot, red), "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	b.Write(j)
	b.WriteString("\n-- html --\n")
	if err := htmlTemplate().ExecuteTemplate(&b, "rotation", htmlRotationOf(rot, red)); err != nil {
		t.Fatal(err)
	}
	b.WriteString("\n")
	return b.String()
}

func TestRotationGolden(t *testing.T) {
	red := &secret.Redactor{}
	red.Add("API_TOKEN", rotationSecret)
	var all bytes.Buffer
	for _, c := range rotations() {
		out := renderRotation(t, &c.rot, red, false)
		noSecrets(t, red, out)
		for _, want := range []string{"Rotation of service_token in production", "[API_TOKEN_PREVIOUS sha256:74515e]",
			"::notice file=suites/pay.yaml,title=Rotation of service_token in production::", `"credential": "service_token"`} {
			if !strings.Contains(out, want) && !(strings.HasPrefix(want, "::notice") && !c.rot.Passed()) {
				t.Errorf("%s: output lacks %q", c.name, want)
			}
		}
		verdict := "Rotation NOT verified"
		if c.rot.Passed() {
			verdict = "Rotation verified"
		}
		if !strings.Contains(out, "\n"+verdict) || !strings.Contains(out, "**"+verdict) {
			t.Errorf("%s: output lacks the verdict %q", c.name, verdict)
		}
		all.WriteString("== " + c.name + "\n" + out + "\n")
	}
	compareGolden(t, "rotation.golden", all.Bytes())
}

// TestRotationInReports: the console shows the rotation just before the
// totals line; the JSON report has it under "rotation"; the step summary
// and the annotations lead with it.
func TestRotationInReports(t *testing.T) {
	r := fixture()
	rot := rotations()[1].rot
	r.Rotation = &rot
	var con, js, sum, ann bytes.Buffer
	for _, err := range []error{Console(&con, r, ConsoleOptions{}), JSON(&js, r), StepSummary(&sum, r), GitHubAnnotations(&ann, r)} {
		if err != nil {
			t.Fatal(err)
		}
	}
	for name, out := range map[string]string{"console": con.String(), "json": js.String(), "summary": sum.String(), "annotations": ann.String()} {
		noSecrets(t, r.Redactor, out)
		if !strings.Contains(out, "Rotation verified in production, but the old value is still configured elsewhere") {
			t.Errorf("%s lacks the rotation verdict", name)
		}
	}
	if !regexp.MustCompile(`(?m)^Rotation verified in production.*\n\n\d+ passed, \d+ failed`).MatchString(con.String()) {
		t.Errorf("console: the rotation block is not just before the totals:\n%s", con.String())
	}
	if !strings.HasPrefix(ann.String(), "::notice file=suites/pay.yaml,title=Rotation of service_token in production::") {
		t.Errorf("annotations do not lead with the rotation:\n%s", ann.String())
	}
	if i, j := strings.Index(sum.String(), "### Rotation of"), strings.Index(sum.String(), "### Failed"); i < 0 || i > j {
		t.Errorf("step summary does not lead with the rotation")
	}
	var doc struct {
		Rotation struct {
			Verified bool `json:"verified"`
			Copies   []struct {
				Environment string `json:"environment"`
			} `json:"copies"`
		} `json:"rotation"`
	}
	if err := json.Unmarshal(js.Bytes(), &doc); err != nil || !doc.Rotation.Verified || len(doc.Rotation.Copies) != 1 || doc.Rotation.Copies[0].Environment != "staging" {
		t.Errorf("JSON rotation: %+v (%v)", doc.Rotation, err)
	}
}

// TestRotationNamesIntact: a secret whose value is also a name (an
// environment called "production", a password "production") never
// rewrites authspec's sentences or the names in them.
func TestRotationNamesIntact(t *testing.T) {
	red := &secret.Redactor{}
	red.Add("PASSWORD", "production")
	red.Add("OTHER", "service_token")
	for _, c := range rotations() {
		out := renderRotation(t, &c.rot, red, true)
		// Plain in the console, the annotations and the HTML; escaped in Markdown.
		if strings.Count(out, "Rotation of service_token in production") != 3 || !strings.Contains(out, `Rotation of service\_token in production`) ||
			!strings.Contains(out, `"environment": "production"`) {
			t.Errorf("%s: names rewritten:\n%s", c.name, out)
		}
	}
}

// TestRotationMetrics: the rotation's gauges, and promtool accepts them.
func TestRotationMetrics(t *testing.T) {
	for _, c := range []struct {
		rot  int // index into rotations()
		want []string
		not  string
	}{
		{0, []string{
			`authspec_rotation_verified{credential="service_token",environment="production"} 1`,
			`authspec_rotation_old_value_accepted{credential="service_token",environment="production"} 0`,
			`authspec_rotation_old_value_refused_after_seconds{credential="service_token",environment="production"} 192`,
			`authspec_rotation_old_value_copies{credential="service_token",environment="production"} 0`,
		}, ""},
		{2, []string{
			`authspec_rotation_verified{credential="service_token",environment="production"} 0`,
			`authspec_rotation_old_value_accepted{credential="service_token",environment="production"} 1`,
		}, "authspec_rotation_old_value_refused_after_seconds"},
		{5, []string{`authspec_rotation_old_value_copies{credential="service_token",environment="production"} 1`}, ""},
	} {
		r := fixture()
		rot := rotations()[c.rot].rot
		r.Rotation = &rot
		var b bytes.Buffer
		if err := Metrics(&b, r); err != nil {
			t.Fatal(err)
		}
		out := b.String()
		noSecrets(t, r.Redactor, out)
		for _, w := range c.want {
			if !strings.Contains(out, w+"\n") {
				t.Errorf("%s: metrics lack %q", rotations()[c.rot].name, w)
			}
		}
		if c.not != "" && strings.Contains(out, c.not) {
			t.Errorf("%s: metrics have %s", rotations()[c.rot].name, c.not)
		}
		if !strings.Contains(out, "authspec_testcases{") {
			t.Error("the run's own metrics are gone")
		}
		bin := tooltest.Need(t, "promtool", "prometheus")
		cmd := exec.Command(bin, "check", "metrics")
		cmd.Stdin = strings.NewReader(out)
		if msg, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("promtool check metrics: %v\n%s", err, msg)
		}
	}
}
