package suites_test

import (
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/authspec/authspec/suites"
)

var update = flag.Bool("update", false, "rewrite golden files")

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
			golden := strings.TrimSuffix(file, ".yaml") + ".out"
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if got != string(want) {
				t.Errorf("errors for %s differ from %s\n--- got\n%s--- want\n%s", file, golden, got, want)
			}
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
	return es.Error() + "\n"
}
