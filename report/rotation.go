package report

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

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
		t.New = fmt.Sprintf("new value %s: works (%s passed)", newLabel, plural(rot.NewCases, "test case"))
	} else {
		t.New = fmt.Sprintf("new value %s: FAILS (%d of %s failed; the diagnosis is with the failures)", newLabel, rot.NewFailed, plural(rot.NewCases, "test case"))
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
		t.Copies = append(t.Copies, fmt.Sprintf("%s / %s %s (%s)", c.Environment, c.Credential, fingerprintLabel(c.Source, c.Fingerprint), c.File))
	}
	if !rot.NewPassed && rot.Old == results.OldAccepted {
		t.Notes = append(t.Notes, "The new value is refused and the old one still accepted: the rotation has probably not been applied at the provider yet, or the new value is not the one the provider issued.")
	}
	for _, u := range rot.Unprobed {
		t.Notes = append(t.Notes, "Not probed with the old value: "+u+".")
	}

	switch {
	case rot.Passed() && len(t.Copies) > 0:
		t.Verdict = fmt.Sprintf("Rotation verified in %s, but the old value is still configured elsewhere (%s): those places will now be refused.", rot.Environment, plural(len(t.Copies), "copy"))
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

func oldState(rot *results.Rotation) string {
	switch rot.Old {
	case results.OldAccepted:
		return "STILL ACCEPTED"
	case results.OldUnconfirmed:
		return "not confirmed refused"
	}
	return string(rot.Old)
}

func plural(n int, word string) string {
	switch {
	case n == 1:
		return "1 " + word
	case strings.HasSuffix(word, "y"):
		return fmt.Sprintf("%d %sies", n, strings.TrimSuffix(word, "y"))
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// RotationConsole writes the rotation block that ends `authspec rotate`'s
// console output.
func RotationConsole(w io.Writer, rot *results.Rotation, red *secret.Redactor, color bool) error {
	p := palette{on: color}
	t := describeRotation(rot, red)
	tw := &textWriter{}
	tw.line("", "")
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
	_, err := io.WriteString(w, tw.b.String())
	return err
}
