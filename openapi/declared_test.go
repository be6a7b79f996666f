package openapi

import (
	"strings"
	"testing"

	"github.com/authspec/authspec/suites"
)

// TestDeclare: each request of the hand-written Petstore suite is mapped
// to its operation's declared security; the scenarios that reach none
// are strays, at their own position.
func TestDeclare(t *testing.T) {
	d, err := Load(docPath("petstore3.yaml"), Security)
	if err != nil {
		t.Fatal(err)
	}
	src := petstoreSuite + `  - name: names what the document lacks
    operation: GET /pets/{id}
    request: { method: GET, path: /pet/1 }
`
	s, errs := suites.Parse("suites/petstore.yaml", []byte(src))
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	declared, strays := Declare(d, s)
	want := map[string]struct {
		op              string
		secured, public bool
	}{
		"reads a pet":                        {"GET /pet/{petId}", true, false},
		"reader cannot add a pet":            {"POST /pet", true, false},
		"inventory without a key is refused": {"GET /store/inventory", true, false},
		"an order, publicly":                 {"GET /store/order/{orderId}", false, false}, // says nothing of security
	}
	for _, sc := range s.Scenarios {
		w, ok := want[sc.Name]
		if !ok {
			continue
		}
		got, ok := declared[sc.Steps[0].Request.Pos]
		if !ok {
			t.Errorf("%s: not declared", sc.Name)
			continue
		}
		if got.Operation != w.op || got.Secured != w.secured || got.Public != w.public {
			t.Errorf("%s: %+v, want %s secured %v public %v", sc.Name, got, w.op, w.secured, w.public)
		}
		if got.Document.File != docPath("petstore3.yaml") || got.Document.Line == 0 {
			t.Errorf("%s: declared at %+v, want a line of the document", sc.Name, got.Document)
		}
		if w.secured && (len(got.Schemes) == 0 || !strings.Contains(strings.Join(got.Headers, ","), "Api_key")) {
			t.Errorf("%s: schemes %v, credential headers %v", sc.Name, got.Schemes, got.Headers)
		}
	}
	if len(strays) != 2 {
		t.Fatalf("strays %+v, want 2", strays)
	}
	if s := strays[0]; s.Scenario != "a path the document lacks" || s.Named != "" || s.Pos.Line != 25 || s.Pos.Col != 5 {
		t.Errorf("first stray %+v", s)
	}
	if s := strays[1]; s.Scenario != "names what the document lacks" || s.Named != "GET /pets/{id}" || s.Pos.Line != 29 || s.Pos.Col != 16 {
		t.Errorf("second stray %+v", s)
	}
}

// TestDeclarePublic: `security: []` and an empty alternative are public;
// an operation under the document's requirement is secured, and a key in
// a header is where its credential travels.
func TestDeclarePublic(t *testing.T) {
	d, err := Parse("inline.yaml", []byte(publicDoc), Security)
	if err != nil {
		t.Fatal(err)
	}
	s, errs := suites.Parse("s.yaml", []byte(`version: 1
name: s
environments: { local: { base_url: "http://127.0.0.1:1" } }
scenarios:
  - { name: open, request: { method: GET, path: /open } }
  - { name: optional, request: { method: GET, path: /optional } }
  - { name: closed, request: { method: GET, path: /closed } }
`))
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	declared, strays := Declare(d, s)
	if len(strays) != 0 {
		t.Errorf("strays: %+v", strays)
	}
	for i, want := range []struct{ secured, public bool }{{false, true}, {false, true}, {true, false}} {
		got := declared[s.Scenarios[i].Steps[0].Request.Pos]
		if got.Secured != want.secured || got.Public != want.public {
			t.Errorf("%s: %+v, want secured %v public %v", s.Scenarios[i].Name, got, want.secured, want.public)
		}
		if strings.Join(got.Headers, ",") != "Authorization,X-Key" || strings.Join(got.Query, ",") != "token" {
			t.Errorf("%s: credentials travel in headers %v, query %v", s.Scenarios[i].Name, got.Headers, got.Query)
		}
	}
}
