package diagnose

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// codeConstants reads codes.go and returns every string constant declared
// there: the package's whole vocabulary of cause codes.
func codeConstants(t *testing.T) map[string]string {
	t.Helper()
	f, err := parser.ParseFile(token.NewFileSet(), "codes.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, d := range f.Decls {
		g, ok := d.(*ast.GenDecl)
		if !ok || g.Tok != token.CONST {
			continue
		}
		for _, s := range g.Specs {
			vs := s.(*ast.ValueSpec)
			for i, n := range vs.Names {
				lit, ok := vs.Values[i].(*ast.BasicLit)
				if !ok || lit.Kind != token.STRING {
					continue
				}
				v, _ := strconv.Unquote(lit.Value)
				out[n.Name] = v
			}
		}
	}
	return out
}

// TestCatalogCoversEveryCode: every code constant has exactly one complete
// entry, and every entry is a declared code.
func TestCatalogCoversEveryCode(t *testing.T) {
	consts := codeConstants(t)
	if len(consts) < 38 {
		t.Fatalf("read only %d code constants from codes.go", len(consts))
	}
	seen := map[string]bool{}
	declared := map[string]bool{}
	for _, v := range consts {
		declared[v] = true
	}
	for _, e := range Catalog() {
		if seen[e.Code] {
			t.Errorf("%s: two catalog entries", e.Code)
		}
		seen[e.Code] = true
		if !declared[e.Code] {
			t.Errorf("%s: catalog entry without a constant in codes.go", e.Code)
		}
		for field, text := range map[string]string{"Title": e.Title, "Meaning": e.Meaning, "Evidence": e.Evidence, "Fix": e.Fix} {
			if len(strings.TrimSpace(text)) < 15 {
				t.Errorf("%s: %s is empty or too short: %q", e.Code, field, text)
			}
		}
		if strings.HasSuffix(e.Title, ".") {
			t.Errorf("%s: a title is a line, not a sentence: %q", e.Code, e.Title)
		}
		if !slices.Contains([]Severity{SeverityError, SeverityWarning, SeverityFailure}, e.Severity) {
			t.Errorf("%s: severity %q", e.Code, e.Severity)
		}
	}
	for name, v := range consts {
		if _, ok := Lookup(v); !ok {
			t.Errorf("%s (%s): no catalog entry", name, v)
		}
	}
	if len(Codes) != len(consts) {
		t.Errorf("Codes has %d codes, codes.go declares %d", len(Codes), len(consts))
	}
	if _, ok := Lookup("no_such_code"); ok {
		t.Error("Lookup found an unknown code")
	}
	// Only what stops a request is an error.
	for _, e := range Catalog() {
		if (e.Severity == SeverityError) != (e.Code == CredentialMissing || e.Code == PlaceholderCredential) {
			t.Errorf("%s: severity %s; only credential_missing and placeholder_credential stop a request", e.Code, e.Severity)
		}
	}
}

// TestCodesAreConstants: no Go file of the module spells a cause code as a
// string literal outside codes.go, so every code that can be emitted goes
// through a constant, and so through the catalog (one vocabulary).
func TestCodesAreConstants(t *testing.T) {
	codes := map[string]bool{}
	for _, e := range Catalog() {
		codes[e.Code] = true
	}
	root, _ := filepath.Abs("..")
	word := regexp.MustCompile(`^[a-z]+(_[a-z]+)+$`)
	checked := 0
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata") {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") || path == filepath.Join(root, "diagnose", "codes.go") {
			return nil
		}
		f, err := parser.ParseFile(token.NewFileSet(), path, nil, 0)
		if err != nil {
			return err
		}
		checked++
		ast.Inspect(f, func(n ast.Node) bool {
			lit, ok := n.(*ast.BasicLit)
			if !ok || lit.Kind != token.STRING {
				return true
			}
			if v, err := strconv.Unquote(lit.Value); err == nil && word.MatchString(v) && codes[v] {
				rel, _ := filepath.Rel(root, path)
				t.Errorf("%s: cause code %q written as a literal; use the diagnose constant", rel, v)
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if checked < 20 {
		t.Fatalf("checked only %d files under %s", checked, root)
	}
}

// TestPreflightSeverityFollowsCatalog: a finding's severity is its code's
// catalog severity, in lint and run alike.
func TestPreflightSeverityFollowsCatalog(t *testing.T) {
	for _, code := range Codes {
		e, _ := Lookup(code)
		got := findingSeverity(code)
		want := SeverityWarning
		if e.Severity == SeverityError {
			want = SeverityError
		}
		if got != want {
			t.Errorf("%s: finding severity %s, want %s", code, got, want)
		}
	}
}
