package openapi

import (
	"os"
	"path/filepath"
	"regexp"

	goldenfile "github.com/authspec/authspec/internal/golden"
	"github.com/authspec/authspec/secret"
	"strings"
	"testing"
)

// golden compares got with testdata/<name>, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	goldenfile.Compare(t, filepath.Join("testdata", name), got)
}

// docs are the real documents in testdata/docs (see testdata/docs/SOURCES.md).
var docs = []struct {
	name, file, spec string
	ops, schemes     int
}{
	{"petstore3", "petstore3.yaml", "3.0.4", 19, 2},
	{"petstore2", "petstore2.json", "2.0", 4, 2},
	{"tictactoe", "tictactoe.yaml", "3.1.0", 3, 5},
	{"petstore-separate", "petstore-separate/spec/swagger.yaml", "2.0", 4, 0},
}

func docPath(file string) string { return filepath.Join("testdata", "docs", filepath.FromSlash(file)) }

func TestLoadDocuments(t *testing.T) {
	for _, tc := range docs {
		t.Run(tc.name, func(t *testing.T) {
			d, err := Load(docPath(tc.file), Samples)
			if err != nil {
				t.Fatal(err)
			}
			if d.SpecVersion != tc.spec || len(d.Operations) != tc.ops || len(d.Schemes) != tc.schemes {
				t.Errorf("got spec %s, %d operations, %d schemes; want %s, %d, %d",
					d.SpecVersion, len(d.Operations), len(d.Schemes), tc.spec, tc.ops, tc.schemes)
			}
			for _, o := range d.Operations {
				if o.Pos.Line == 0 || o.Pos.File == "" {
					t.Errorf("%s has no position", o.Key())
				}
				if d.Operation(strings.ToLower(o.Method)+" "+o.Path) != o {
					t.Errorf("Operation(%q) does not find it", o.Key())
				}
			}
		})
	}
}

// TestSecurityModel checks what the documents say about each operation's
// security, as the generator and drift checks read it.
func TestSecurityModel(t *testing.T) {
	cases := []struct {
		file, op        string
		secured, scoped bool
		alternatives    int
	}{
		{"petstore3.yaml", "PUT /pet", true, true, 1},
		{"petstore3.yaml", "GET /pet/{petId}", true, true, 2},
		{"petstore3.yaml", "GET /store/order/{orderId}", false, false, 0},
		{"tictactoe.yaml", "GET /board", true, true, 2},
		{"tictactoe.yaml", "PUT /board/{row}/{column}", true, true, 2},
		{"petstore2.json", "GET /pets", true, false, 1},
		{"petstore-separate/spec/swagger.yaml", "GET /pets", false, false, 0},
	}
	loaded := map[string]*Doc{}
	for _, tc := range cases {
		d := loaded[tc.file]
		if d == nil {
			var err error
			if d, err = Load(docPath(tc.file), Security); err != nil {
				t.Fatal(err)
			}
			loaded[tc.file] = d
		}
		o := d.Operation(tc.op)
		if o == nil {
			t.Errorf("%s: no operation %q", tc.file, tc.op)
			continue
		}
		if o.Secured() != tc.secured || o.Scoped() != tc.scoped || len(o.Security) != tc.alternatives {
			t.Errorf("%s %s: secured %v scoped %v alternatives %d; want %v %v %d", tc.file, tc.op,
				o.Secured(), o.Scoped(), len(o.Security), tc.secured, tc.scoped, tc.alternatives)
		}
	}
}

// publicDoc declares an operation public in both ways, and one secured by
// the document's requirement.
const publicDoc = `openapi: 3.1.0
info: {title: t, version: "1"}
security: [{key: []}]
components:
  securitySchemes:
    key: {type: apiKey, in: header, name: X-Key}
    q: {type: apiKey, in: query, name: token}
paths:
  /open:
    get: {security: [], responses: {"200": {description: ok}}}
  /optional:
    get: {security: [{}, {key: []}], responses: {"200": {description: ok}}}
  /closed:
    get: {responses: {"204": {description: ok}}}
`

// publicDocV2 is publicDoc in Swagger 2.0, whose operations' `security: []`
// libopenapi does not keep.
const publicDocV2 = `swagger: "2.0"
info: {title: t, version: "1"}
security: [{key: []}]
securityDefinitions:
  key: {type: apiKey, in: header, name: X-Key}
paths:
  /open:
    get: {security: [], responses: {"200": {description: ok}}}
  /optional:
    get: {security: [{}, {key: []}], responses: {"200": {description: ok}}}
  /closed:
    get: {responses: {"204": {description: ok}}}
`

// TestPublicAlternative: `security: []` and an empty alternative `{}`
// both make an operation public, in OpenAPI 3 and in Swagger 2.0.
func TestPublicAlternative(t *testing.T) {
	for name, doc := range map[string]string{"3.1": publicDoc, "2.0": publicDocV2} {
		d, err := Parse("inline.yaml", []byte(doc), Samples)
		if err != nil {
			t.Fatal(err)
		}
		for key, public := range map[string]bool{"GET /open": true, "GET /optional": true, "GET /closed": false} {
			if o := d.Operation(key); o == nil || o.Public() != public {
				t.Errorf("%s %s: public should be %v", name, key, public)
			}
		}
	}
}

// TestDocumentErrors: every error names file:line:col (the file that
// holds it, in a multi-file document: testdata/err/<dir>/root.yaml), and
// a broken $ref names its target. Reading security only finds the same.
func TestDocumentErrors(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("testdata", "err", "*"))
	n := 0
	for _, f := range files {
		if strings.HasSuffix(f, ".out") || strings.HasSuffix(f, "responses.yaml") {
			continue
		}
		n++
		t.Run(filepath.Base(f), func(t *testing.T) {
			doc := filepath.ToSlash(f)
			if info, err := os.Stat(f); err == nil && info.IsDir() {
				doc += "/root.yaml"
			}
			_, err := Load(doc, Samples)
			if err == nil {
				t.Fatal("no error")
			}
			out := secret.Plain(err.Error()) + "\n"
			for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
				if !regexp.MustCompile(`^` + regexp.QuoteMeta(filepath.ToSlash(f)) + `[^:]*:\d+:\d+: `).MatchString(line) {
					t.Errorf("error is not at file:line:col of the document: %s", line)
				}
			}
			if _, serr := Load(doc, Security); serr == nil || serr.Error() != err.Error() {
				t.Errorf("reading security only: %v, want the same errors", serr)
			}
			golden(t, strings.TrimPrefix(filepath.ToSlash(f), "testdata/")+".out", []byte(out))
		})
	}
	if n == 0 {
		t.Fatal("no error cases in testdata/err")
	}
}
