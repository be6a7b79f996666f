package secret

import (
	"slices"
	"strings"
	"testing"

	"github.com/authspec/authspec/secret/secrettest"
)

// findLong probes its table only at bytes that start a key (starts), and
// replace looks for labels only in texts that hold " sha256:". Both
// shortcuts must hide exactly what the full search hides: every echo of
// every corpus shape in every surrounding, next to secrets that start in
// another case or with a byte outside ASCII, is redacted the same with
// the shortcut and with starts all true (a probe at every byte, as
// before); and labelsIn finds the labels the regexp finds.
func TestShortcutsHideTheSame(t *testing.T) {
	var r Redactor
	for _, sh := range shapes {
		r.Add("SECRET "+sh.name, sh.value)
	}
	r.Add("UPPER", "TOK_LIVE_UPPER_CASE_0042")
	r.Add("NON ASCII", "ñandú-secret-value-7")
	r.AddBasic("basic", "alice", "s3cr3t-passw0rd")
	r.Redact("warm")
	m := r.root().compiled()
	starts := m.starts
	if !slices.Contains(starts[:], false) {
		t.Fatal("every byte starts a key: the shortcut is never taken, and this test checks nothing")
	}
	everywhere := starts
	for c := range everywhere {
		everywhere[c] = true
	}
	checked := 0
	for _, sh := range shapes {
		for _, e := range secrettest.Echoes {
			for _, sur := range surroundings {
				in := sur.before + e.Render(sh.value) + sur.after + " " + strings.ToUpper(e.Render("tok_live_upper_case_0042"))
				got := r.Redact(in)
				m.starts = everywhere
				want := r.Redact(in)
				m.starts = starts
				if got != want {
					t.Fatalf("%s of %q %s: %q with the shortcut, %q without", e.Name, sh.value, sur.name, got, want)
				}
				if !sameSpans(labelsIn(got), labelRE.FindAllStringIndex(got, -1)) || !sameSpans(labelsIn(in), labelRE.FindAllStringIndex(in, -1)) {
					t.Fatalf("labelsIn(%q) differs from the regexp", got)
				}
				checked++
			}
		}
	}
	if checked == 0 {
		t.Fatal("no text checked")
	}
}

func sameSpans(a, b [][]int) bool {
	return slices.EqualFunc(a, b, func(x, y []int) bool { return slices.Equal(x, y) })
}
