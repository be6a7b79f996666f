package report

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/authspec/authspec/internal/words"
	"github.com/authspec/authspec/results"
	"github.com/authspec/authspec/secret"
)

// rotationText is what a rotation check says, in words a person can
// forward to a security team: a verdict, then one line each for the new
// value, the old value, and where the old value is still configured.
// Every reporter says the same words. Values appear only as labels.
type rotationText struct {
	Title   string   // "Rotation of service_token in production"
	Verdict string   // one sentence
	New     string   // "new value [API_TOKEN sha256:…]: works (2 test cases passed)"
	Old     string   // "old value [API_TOKEN_PREVIOUS sha256:…]: refused after 3m12s (…)"
	Notes   []string // what follows from the two together
	Copies  []string // "staging / service_token [API_TOKEN sha256:…] (suites/pay.yaml)"
}

func fingerprintLabel(source, fp string) string {
	return "[" + source + " sha256:" + fp + "]"
}

// labels lists each distinct value of a kind, e.g. the new values of the
// suites that define the credential (normally one).
func labels(rot *results.Rotation, old bool) string {
	var out []string
	for _, v := range rot.Values {
		l := fingerprintLabel(v.NewSource, v.NewFingerprint)
		if old {
			l = fingerprintLabel(v.OldSource, v.OldFingerprint)
		}
		if v.NewFingerprint == "" && !old {
			l = "(no value)"
		}
		if !slices.Contains(out, l) {
			out = append(out, l)
		}
	}
	return strings.Join(out, ", ")
}

// span is a duration for these sentences: whole seconds ("3m12s"), or
// milliseconds under a second.
func span(d time.Duration) string {
	if d < time.Second {
		return human(d)
	}
	s := d.Round(time.Second).String()
	if strings.HasSuffix(s, "m0s") {
		s = strings.TrimSuffix(s, "0s") // "10m", not "10m0s"
	}
	if strings.HasSuffix(s, "h0m") {
		s = strings.TrimSuffix(s, "0m")
	}
	return s
}

func attempts(n int) string {
	if n == 1 {
		return "1 attempt"
	}
	return fmt.Sprintf("%d attempts", n)
}

// describeRotation writes the sentences. Names (environment, credential,
// scenario, variable) and labels are shown as written; the only text from
// outside, the server's words in OldDetail, is redacted here, so callers
// sanitize the sentences without redacting them again.
func describeRotation(rot *results.Rotation, red *secret.Redactor) rotationText {
	t := rotationText{Title: "Rotation of " + rot.Credential + " in " + rot.Environment}
	newLabel, oldLabel := labels(rot, false), labels(rot, true)
	if rot.NewPassed {
		t.New = fmt.Sprintf("new value %s: works (%s passed)", newLabel, words.Plural(rot.NewCases, "test case"))
	} else {
		t.New = fmt.Sprintf("new value %s: FAILS (%d of %s failed; the diagnosis is with the failures)", newLabel, rot.NewFailed, words.Plural(rot.NewCases, "test case"))
	}
	polled := ""
	if rot.Wait > 0 {
		polled = fmt.Sprintf(", every %s, for up to %s", span(rot.Every), span(rot.Wait))
	}
	switch {
	case rot.Old == results.OldRefused && rot.Attempts == 1:
		t.Old = fmt.Sprintf("old value %s: refused at the first attempt", oldLabel)
	case rot.Old == results.OldRefused:
		t.Old = fmt.Sprintf("old value %s: refused after %s (attempt %d%s)", oldLabel, span(rot.RefusedAfter), rot.Attempts, polled)
	case rot.Old == results.OldNotChecked:
		t.Old = fmt.Sprintf("old value %s: not checked (the check was interrupted first)", oldLabel)
	case rot.Interrupted:
		t.Old = fmt.Sprintf("old value %s: %s when the check was interrupted after %s (%s)", oldLabel, oldState(rot), span(rot.Elapsed), attempts(rot.Attempts))
	case !rot.NewPassed:
		t.Old = fmt.Sprintf("old value %s: %s (sent once: the new value failed, so there was nothing to wait for)", oldLabel, oldState(rot))
	case rot.Wait == 0:
		t.Old = fmt.Sprintf("old value %s: %s (1 attempt; --wait waits out a provider's grace period)", oldLabel, oldState(rot))
	default:
		t.Old = fmt.Sprintf("old value %s: %s after %s (%s%s)", oldLabel, oldState(rot), span(rot.Elapsed), attempts(rot.Attempts), polled)
	}
	if rot.Old == results.OldUnconfirmed && rot.OldDetail != "" {
		t.Old += ": " + oneLine(red, rot.OldDetail)
	}

	for _, c := range rot.Copies {
		if c.Current {
			t.Notes = append(t.Notes, fmt.Sprintf("The new value of %s in %s is the old value (%s): the secret authspec reads was not updated.",
				rot.Credential, rot.Environment, fingerprintLabel(c.Source, c.Fingerprint)))
			continue
		}
		t.Copies = append(t.Copies, copyText(c))
	}
	if !rot.NewPassed && rot.Old == results.OldAccepted {
		t.Notes = append(t.Notes, "The new value is refused and the old one still accepted: the rotation has probably not been applied at the provider yet, or the new value is not the one the provider issued.")
	}
	for _, u := range rot.Unprobed {
		t.Notes = append(t.Notes, "Not probed with the old value: "+u+".")
	}

	switch {
	case rot.Passed() && len(t.Copies) > 0:
		t.Verdict = fmt.Sprintf("Rotation verified in %s, but the old value is still configured elsewhere (%s): those places will now be refused.", rot.Environment, words.Plural(len(t.Copies), "copy"))
	case rot.Passed():
		t.Verdict = "Rotation verified: the new value works and the old value is refused."
	case rot.Interrupted:
		t.Verdict = "Rotation NOT verified: the check was interrupted before the old value was refused."
	case !rot.NewPassed:
		t.Verdict = "Rotation NOT verified: the new value fails."
	case rot.Old == results.OldAccepted:
		t.Verdict = "Rotation NOT verified: the old value is still accepted."
	default:
		t.Verdict = "Rotation NOT verified: the old value could not be confirmed refused."
	}
	return t
}

// copyText is "staging / service_token [API_TOKEN sha256:…] (suites/pay.yaml)".
func copyText(c results.ValueCopy) string {
	return fmt.Sprintf("%s / %s %s (%s)", c.Environment, c.Credential, fingerprintLabel(c.Source, c.Fingerprint), c.File)
}

func oldState(rot *results.Rotation) string {
	switch rot.Old {
	case results.OldAccepted:
		return "STILL ACCEPTED"
	case results.OldUnconfirmed:
		return "not confirmed refused"
	}
	return string(rot.Old)
}

// writeRotation is the rotation block of the console report, just before
// the totals line.
func writeRotation(tw *textWriter, rot *results.Rotation, red *secret.Redactor, p palette) {
	t := describeRotation(rot, red)
	tw.line("", p.bold(literal(t.Title)))
	tw.line("  ", literal(t.New))
	tw.line("  ", literal(t.Old))
	if len(t.Copies) > 0 {
		tw.line("  ", "the old value is still configured in:")
		for _, c := range t.Copies {
			tw.line("    ", p.yellow(literal(c)))
		}
	} else {
		tw.line("  ", "no other environment or credential holds the old value")
	}
	for _, n := range t.Notes {
		tw.line("  ", literal(n))
	}
	v := literal(t.Verdict)
	if rot.Passed() {
		v = p.green(v)
	} else {
		v = p.red(v)
	}
	tw.line("", v)
	tw.line("", "")
}

// rotationMarkdown is the rotation section of the step summary.
func rotationMarkdown(b *strings.Builder, rot *results.Rotation, red *secret.Redactor) {
	t := describeRotation(rot, red)
	fmt.Fprintf(b, "### %s\n\n**%s**\n\n", mdEscape(literal(t.Title)), mdEscape(literal(t.Verdict)))
	fmt.Fprintf(b, "- %s\n- %s\n", mdEscape(literal(t.New)), mdEscape(literal(t.Old)))
	for _, n := range t.Notes {
		fmt.Fprintf(b, "- %s\n", mdEscape(literal(n)))
	}
	if len(t.Copies) > 0 {
		b.WriteString("\nThe old value is still configured in:\n\n")
		for _, c := range t.Copies {
			fmt.Fprintf(b, "- %s\n", mdEscape(literal(c)))
		}
	}
	b.WriteString("\n")
}

// rotationAnnotations are the rotation's workflow commands, written before
// any other annotation so GitHub's per-step limit never drops them: the
// verdict (an error unless verified), and a warning per copy of the old
// value.
func rotationAnnotations(b *strings.Builder, rot *results.Rotation, red *secret.Redactor) {
	t := describeRotation(rot, red)
	file := ""
	if len(rot.Values) > 0 {
		file = literal(rot.Values[0].File)
	}
	level := "error"
	if rot.Passed() {
		level = "notice"
	}
	b.WriteString(command(level, literal(t.Verdict)+"\n"+literal(t.New)+"\n"+literal(t.Old), "file", file, "title", literal(t.Title)))
	for _, c := range rot.Copies {
		if c.Current {
			continue // said in the verdict's notes
		}
		b.WriteString(command("warning", "the old value of "+literal(rot.Credential)+" in "+literal(rot.Environment)+
			" is still configured in "+literal(copyText(c)), "file", literal(c.File), "title", "Old value still in use ["+literal(c.Environment)+"]"))
	}
}

// jsonRotation is the JSON report's "rotation": the verdict and its
// sentences as the console says them, and the same facts as values.
type jsonRotation struct {
	Environment string             `json:"environment"`
	Credential  string             `json:"credential"`
	Verified    bool               `json:"verified"`
	Verdict     string             `json:"verdict"`
	NewValue    jsonNewValue       `json:"new_value"`
	OldValue    jsonOldValue       `json:"old_value"`
	WaitMS      int64              `json:"wait_ms"`
	EveryMS     int64              `json:"every_ms"`
	ElapsedMS   int64              `json:"elapsed_ms"`
	Interrupted bool               `json:"interrupted"`
	Values      []jsonRotatedValue `json:"values"`
	Copies      []jsonValueCopy    `json:"copies"`
	Notes       []string           `json:"notes"`
}

type jsonNewValue struct {
	Passed    bool   `json:"passed"`
	TestCases int    `json:"test_cases"`
	Failed    int    `json:"failed"`
	Summary   string `json:"summary"`
}

type jsonOldValue struct {
	State          string `json:"state"` // refused, accepted, unconfirmed, not_checked
	RefusedAfterMS *int64 `json:"refused_after_ms"`
	Attempts       int    `json:"attempts"`
	Summary        string `json:"summary"`
}

type jsonRotatedValue struct {
	File           string `json:"file"`
	NewSource      string `json:"new_source"`
	NewFingerprint string `json:"new_fingerprint"`
	OldSource      string `json:"old_source"`
	OldFingerprint string `json:"old_fingerprint"`
}

type jsonValueCopy struct {
	File        string `json:"file"`
	Environment string `json:"environment"`
	Credential  string `json:"credential"`
	Source      string `json:"source"`
	Fingerprint string `json:"fingerprint"`
	// Current: the copy is the checked credential's own new value.
	Current bool `json:"current"`
}

func jsonRotationOf(rot *results.Rotation, red *secret.Redactor) *jsonRotation {
	t := describeRotation(rot, red)
	j := &jsonRotation{Environment: literal(rot.Environment), Credential: literal(rot.Credential), Verified: rot.Passed(),
		Verdict:  literal(t.Verdict),
		NewValue: jsonNewValue{Passed: rot.NewPassed, TestCases: rot.NewCases, Failed: rot.NewFailed, Summary: literal(t.New)},
		OldValue: jsonOldValue{State: string(rot.Old), Attempts: rot.Attempts, Summary: literal(t.Old)},
		WaitMS:   millis(rot.Wait), EveryMS: millis(rot.Every), ElapsedMS: millis(rot.Elapsed), Interrupted: rot.Interrupted,
		Values: []jsonRotatedValue{}, Copies: []jsonValueCopy{}, Notes: []string{}}
	if rot.Old == results.OldRefused {
		ms := millis(rot.RefusedAfter)
		j.OldValue.RefusedAfterMS = &ms
	}
	for _, v := range rot.Values {
		j.Values = append(j.Values, jsonRotatedValue{File: literal(v.File), NewSource: literal(v.NewSource),
			NewFingerprint: v.NewFingerprint, OldSource: literal(v.OldSource), OldFingerprint: v.OldFingerprint})
	}
	for _, c := range rot.Copies {
		j.Copies = append(j.Copies, jsonValueCopy{File: literal(c.File), Environment: literal(c.Environment),
			Credential: literal(c.Credential), Source: literal(c.Source), Fingerprint: c.Fingerprint, Current: c.Current})
	}
	for _, n := range t.Notes {
		j.Notes = append(j.Notes, literal(n))
	}
	return j
}

// rotationMetrics are the gauges of `authspec rotate` (none for other
// runs), labelled by environment and credential:
//
//   - authspec_rotation_verified: 1 when the new value works and the old
//     one is refused, else 0;
//   - authspec_rotation_old_value_accepted: 1 when the API still accepted
//     the old value at the last attempt, else 0;
//   - authspec_rotation_old_value_refused_after_seconds: how long after the
//     check started the old value was first refused; absent when it was not;
//   - authspec_rotation_old_value_copies: how many other environments and
//     credentials still hold the old value.
func rotationMetrics(rot *jsonRotation) []prometheus.Collector {
	if rot == nil {
		return nil
	}
	labels := []string{"environment", "credential"}
	gauge := func(name, help string, v float64) prometheus.Collector {
		g := prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: name, Help: help}, labels)
		g.WithLabelValues(rot.Environment, rot.Credential).Set(v)
		return g
	}
	bit := func(b bool) float64 {
		if b {
			return 1
		}
		return 0
	}
	copies := 0
	for _, c := range rot.Copies {
		if !c.Current {
			copies++
		}
	}
	out := []prometheus.Collector{
		gauge("authspec_rotation_verified", "1 when the rotated credential's new value works and the API refuses the old one, else 0.", bit(rot.Verified)),
		gauge("authspec_rotation_old_value_accepted", "1 when the API still accepted the rotated-out value at the last attempt, else 0.",
			bit(rot.OldValue.State == string(results.OldAccepted))),
		gauge("authspec_rotation_old_value_copies", "Other environments and credentials that still hold the rotated-out value.", float64(copies)),
	}
	if ms := rot.OldValue.RefusedAfterMS; ms != nil {
		out = append(out, gauge("authspec_rotation_old_value_refused_after_seconds",
			"Seconds from the start of the rotation check until the API first refused the rotated-out value.", float64(*ms)/1000))
	}
	return out
}
