package cli

import (
	"os"
	"path/filepath"
	"testing"
)

// writeSuite writes text as suite.yaml in a fresh temporary folder and
// returns the folder (for the reports a test asks for) and the file.
func writeSuite(t *testing.T, text string) (dir, suite string) {
	t.Helper()
	dir = t.TempDir()
	suite = filepath.Join(dir, "suite.yaml")
	if err := os.WriteFile(suite, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	return dir, suite
}
