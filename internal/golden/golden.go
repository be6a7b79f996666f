// Package golden is the one -update flag of authspec's tests and the
// golden-file comparison behind it. Every package with tests imports it
// (packages without golden files as `_`), so `go test ./... -update` is
// accepted everywhere and rewrites every golden file at once.
//
// Import it from _test.go files only: it registers a flag on the default
// flag set, which a binary must not carry.
package golden

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files instead of comparing with them")

// Update reports whether the tests were run with -update.
func Update() bool { return *update }

// Compare checks got against the golden file at path; with -update it
// writes got there instead (creating the directory). A difference fails
// the test naming the first line that differs.
func Compare(t testing.TB, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run the tests with -update to create it)", err)
	}
	if msg := Diff(got, want); msg != "" {
		t.Fatalf("%s differs from what the test produced (rerun with -update and review the diff): %s", path, msg)
	}
}

// Diff describes the first line where got and want differ, "" when they
// are equal.
func Diff(got, want []byte) string {
	if bytes.Equal(got, want) {
		return ""
	}
	g, w := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
	for i := 0; i < len(g) || i < len(w); i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			return fmt.Sprintf("line %d\n got: %q\nwant: %q", i+1, gl, wl)
		}
	}
	return "the line endings differ"
}
