package suites_test

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/authspec/authspec/internal/golden"
	"github.com/authspec/authspec/secret"
	"github.com/authspec/authspec/suites"
)

// TestErrorsGolden loads each testdata/err/<case>.yaml and compares the
// error text with <case>.out (empty when the file is valid). Run
// `go test ./suites -run TestErrorsGolden -update` to rewrite them, then
// read the diff: the messages are what a user sees.
func TestErrorsGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "err", "*.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 25 {
		t.Fatalf("found %d golden cases in testdata/err, want at least 25", len(files))
	}
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".yaml")
		t.Run(name, func(t *testing.T) {
			got := loadErrors(t, filepath.ToSlash(file))
			goldenPath := strings.TrimSuffix(file, ".yaml") + ".out"
			golden.Compare(t, goldenPath, []byte(got))
		})
	}
}

// loadErrors returns the text of the errors Load reports for file, one per
// line with a trailing newline, or "" when the file loads.
func loadErrors(t *testing.T, file string) string {
	t.Helper()
	ss, err := suites.Load(file)
	if err == nil {
		if len(ss) != 1 {
			t.Fatalf("Load(%s) returned %d suites without error, want 1", file, len(ss))
		}
		return ""
	}
	var es suites.Errors
	if !errors.As(err, &es) {
		t.Fatalf("Load(%s) returned %T, want suites.Errors: %v", file, err, err)
	}
	if ss != nil {
		t.Errorf("Load(%s) returned suites along with errors", file)
	}
	for i := 1; i < len(es); i++ {
		a, b := es[i-1].Pos, es[i].Pos
		if a.File == b.File && (a.Line > b.Line || a.Line == b.Line && a.Col > b.Col) {
			t.Errorf("errors not sorted: %v before %v", es[i-1], es[i])
		}
	}
	// As a user sees them: a message made with secret.Textf carries marks
	// around its own words, which the output's sink takes away.
	return secret.Plain(es.Error()) + "\n"
}
