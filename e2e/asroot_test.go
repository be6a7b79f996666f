package e2e

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strings"
	"testing"
)

// TestAsRootList: every name in testdata/asroot.txt, the tests .ci/run
// runs as root, is a test function of this package (a renamed one would
// leave its subtest unrun as root), and a name not listed is refused, as
// needAsRoot refuses its caller.
func TestAsRootList(t *testing.T) {
	names := asRootList(t)
	if len(names) == 0 {
		t.Fatal("testdata/asroot.txt lists no test")
	}
	funcs := map[string]bool{}
	files, err := filepath.Glob("*_test.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	for _, f := range files {
		file, err := parser.ParseFile(fset, f, nil, parser.SkipObjectResolution)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range file.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv == nil {
				funcs[fd.Name.Name] = true
			}
		}
	}
	for _, n := range names {
		fn, _, _ := strings.Cut(n, "/")
		if !funcs[fn] {
			t.Errorf("testdata/asroot.txt lists %s: no function %s in e2e", n, fn)
		}
	}
	// listedAsRoot matches a whole TestFunction/subtest, not a prefix or
	// the function alone (a name from the list is found by construction).
	for _, n := range []string{"TestHeldOutServers12/cups", "TestHeldOutServers10/cups_too", "TestHeldOutServers10"} {
		if listedAsRoot(t, n) {
			t.Errorf("listedAsRoot(%q) = true, want false", n)
		}
	}
	if got, want := asRootPattern([]string{"TestA/x", "TestB/y-z"}), "^TestA$/^x$|^TestB$/^y-z$"; got != want {
		t.Errorf("asRootPattern = %q, want %q", got, want)
	}
}
