package suites

import (
	"fmt"
	"testing"
)

// quotedAfter must say what fmt's %q said, for any name.
func TestQuotedAfterIsPercentQ(t *testing.T) {
	for _, s := range []string{"", "login works", `say "hi"`, `a\b`, "tab\there", "é", "\x7f", "~ok!"} {
		if got, want := quotedAfter("in scenario ", s), fmt.Sprintf("in scenario %q", s); got != want {
			t.Errorf("quotedAfter(%q) = %s, want %s", s, got, want)
		}
	}
}
