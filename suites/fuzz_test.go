package suites

import (
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
)

// FuzzParse feeds arbitrary bytes to Parse. Seeds live in
// testdata/fuzz/FuzzParse (real suites, and inputs with anchors, aliases,
// merge keys, deep nesting, tabs, a BOM and several documents), every
// golden error case of testdata/err, and the fast parser's audit cases,
// alone and in a suite.
func FuzzParse(f *testing.F) {
	f.Add([]byte("version: 1\nname: x\nenvironments: { s: { base_url: \"http://127.0.0.1\" } }\nscenarios:\n  - name: a\n    request: { path: / }\n"))
	// Every golden error case is a seed: the inputs that already go wrong
	// in known ways are where the parser's edges are.
	seeds, err := filepath.Glob(filepath.Join("testdata", "err", "*.yaml"))
	if err != nil || len(seeds) < 25 {
		f.Fatalf("golden error cases as seeds: %v (%d files)", err, len(seeds))
	}
	for _, file := range seeds {
		data, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	addAuditSeeds(f, true)
	f.Fuzz(func(t *testing.T, data []byte) {
		var s *Suite
		var errs Errors
		done := make(chan struct{})
		go func() {
			defer close(done)
			s, errs = Parse("fuzz.yaml", data)
		}()
		select {
		case <-done:
		case <-time.After(5 * time.Second):
			t.Fatalf("Parse takes more than 5s on %d bytes", len(data))
		}
		for i, e := range errs {
			if e.Pos.File != "fuzz.yaml" || e.Msg == "" {
				t.Errorf("error without file or message: %#v", e)
			}
			if i > 0 {
				a, b := errs[i-1].Pos, e.Pos
				if a.Line > b.Line || a.Line == b.Line && a.Col > b.Col {
					t.Errorf("errors not sorted: %v before %v", errs[i-1], e)
				}
			}
		}
		_ = errs.Error()
		// Read a chunk at a time (as Parse reads large files), the input
		// reads as parsed whole.
		if cs, cerrs, ok := parseInChunks("fuzz.yaml", data); ok {
			ws, werrs := parseWhole("fuzz.yaml", data)
			if !reflect.DeepEqual(ws, cs) || !reflect.DeepEqual(werrs, cerrs) {
				t.Fatalf("parsed a chunk at a time, the file reads otherwise than parsed whole:\nchunked: %v\n%+v\nwhole: %v\n%+v", cerrs, cs, werrs, ws)
			}
		}
		// The fast parser changes nothing the loader reads.
		sameAsYAMLv3(t, data)
		if len(errs) > 0 {
			return
		}
		if s == nil {
			t.Fatal("no errors and no suite")
		}
		if s.Name == "" || len(s.Environments) == 0 || len(s.Scenarios) == 0 {
			t.Fatalf("valid suite without name, environments or scenarios: %+v", s)
		}
		for _, sc := range s.Scenarios {
			if sc.Name == "" {
				t.Errorf("scenario without a name: %+v", sc)
			}
			if len(sc.Steps) == 0 && sc.Matrix == nil {
				t.Errorf("scenario %q has neither steps nor a matrix", sc.Name)
			}
			if sc.Matrix != nil {
				for _, row := range sc.Matrix.Rows {
					if len(row.Expect) != len(sc.Matrix.Credentials) {
						t.Errorf("matrix row %q: %d statuses for %d credentials", row.Name, len(row.Expect), len(sc.Matrix.Credentials))
					}
				}
			}
		}
		// Every string of a valid suite has valid ${…} syntax.
		s.walkStrings(func(str String) {
			if err := checkSyntax(str.Raw); err != nil {
				t.Errorf("valid suite holds %q: %v", str.Raw, err)
			}
		})
		// Binding an environment must not panic (env files would be read
		// from disk, so only environments without them).
		for _, e := range s.Environments {
			if len(e.EnvFiles) == 0 {
				r, _ := s.Resolve(e, func(string) (string, bool) { return "v", true })
				r.Expand("${base_url}${env}", nil)
			}
		}
	})
}

// refRE is a second, independent reading of the ${…} syntax for text that
// checkSyntax accepts: "$${" is a literal "${", "${NAME}" a reference.
var refRE = regexp.MustCompile(`\$\$\{|\$\{([^}]*)\}`)

// FuzzExpand checks Expand against refRE, and that no reference to a
// known, non-empty variable survives expansion. Exceptions, by design: an
// escaped "$${A}" yields "${A}"; a value is never expanded again, so a value
// holding "$" can form "${A}" with the text after it; and malformed text
// (rejected at load) is returned as it stands.
func FuzzExpand(f *testing.F) {
	f.Add("${A}/${B}", "alpha", "beta")
	f.Fuzz(func(t *testing.T, s, a, b string) {
		vars := map[string]string{"A": a, "B": b, "base_url": "http://127.0.0.1:8080", "EMPTY": ""}
		lookup := func(n string) (string, bool) {
			v, ok := vars[n]
			return v, ok
		}
		out, missing := Expand(s, lookup)
		refs := Refs(s)
		for _, m := range missing {
			if v, ok := vars[m]; ok && v != "" {
				t.Errorf("%q reported missing, but is %q", m, v)
			}
			if !strings.Contains(s, "${"+m+"}") || !slices.Contains(refs, m) {
				t.Errorf("%q reported missing, but %q does not refer to it (refs %q)", m, s, refs)
			}
		}
		if checkSyntax(s) != nil {
			if out != s {
				t.Errorf("malformed %q expanded to %q", s, out)
			}
			return
		}
		var wantRefs []string
		want := refRE.ReplaceAllStringFunc(s, func(m string) string {
			if m == "$${" {
				return "${"
			}
			name := m[2 : len(m)-1]
			if !slices.Contains(wantRefs, name) {
				wantRefs = append(wantRefs, name)
			}
			return vars[name]
		})
		if out != want {
			t.Errorf("Expand(%q) = %q, want %q", s, out, want)
		}
		if strings.Join(refs, "\x00") != strings.Join(wantRefs, "\x00") {
			t.Errorf("Refs(%q) = %q, want %q", s, refs, wantRefs)
		}
		if strings.Contains(s, "$${") || strings.Contains(a+b, "$") {
			return
		}
		for name, v := range vars {
			if v != "" && strings.Contains(out, "${"+name+"}") {
				t.Errorf("Expand(%q) = %q still refers to %s", s, out, name)
			}
		}
	})
}
