package suites_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/authspec/authspec/suites"
)

// A suite large enough to be decoded in parallel keeps the file's order of
// scenarios and reports every error, sorted, as a small one does.
func TestLargeSuiteKeepsOrderAndEveryError(t *testing.T) {
	const n = 3000
	var b strings.Builder
	b.WriteString("version: 1\nname: big\nenvironments: { a: { base_url: http://127.0.0.1:1 } }\nscenarios:\n")
	bad := map[int]bool{7: true, 1499: true, 1500: true, 2999: true}
	for i := range n {
		key := "request"
		if bad[i] {
			key = "requets"
		}
		fmt.Fprintf(&b, "  - name: s%d\n    %s: { method: GET, path: /x }\n", i, key)
	}
	s, errs := suites.Parse("big.yaml", []byte(b.String()))
	if len(errs) != 2*len(bad) { // the unknown key, and the missing request
		t.Fatalf("got %d errors, want %d:\n%v", len(errs), 2*len(bad), errs)
	}
	var lines []int
	for _, e := range errs {
		lines = append(lines, e.Pos.Line)
	}
	for i := 1; i < len(lines); i++ {
		if lines[i] < lines[i-1] {
			t.Fatalf("errors not sorted by line: %v", lines)
		}
	}
	if want := 5 + 2*7 + 1; lines[0] != want-1 && lines[0] != want {
		t.Errorf("first error at line %d, want the scenario s7 near line %d", lines[0], want)
	}
	if s == nil || len(s.Scenarios) != n {
		t.Fatalf("want %d scenarios, got %v", n, s)
	}
	for i, sc := range s.Scenarios {
		if sc.Name != fmt.Sprintf("s%d", i) {
			t.Fatalf("scenario %d is %q: the file's order was lost", i, sc.Name)
		}
	}
}
