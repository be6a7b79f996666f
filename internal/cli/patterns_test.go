package cli

import (
	"testing"

	"github.com/authspec/authspec/internal/lazyre"
)

// The regexps of every package the command links (assert, report, secret,
// ansi, diagnose and this one) compile on first use (lazyre); a pattern
// that does not compile would panic in a user's run at its first use,
// however rare the path that reaches it. Here they are all compiled.
func TestPatternsCompile(t *testing.T) {
	if pattern, err := lazyre.CompileAll(); err != nil {
		t.Fatalf("pattern %q: %v", pattern, err)
	}
}
