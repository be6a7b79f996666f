package diagnose

import (
	"testing"

	"github.com/authspec/authspec/internal/lazyre"
)

// The package's regexps compile on first use (lazyre); every pattern must
// compile, including those of rows no other test reaches.
func TestPatternsCompile(t *testing.T) {
	if pattern, err := lazyre.CompileAll(); err != nil {
		t.Fatalf("pattern %q: %v", pattern, err)
	}
}
