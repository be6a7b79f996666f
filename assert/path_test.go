package assert

import (
	"strings"
	"testing"

	"github.com/tidwall/gjson"
)

func TestValidPathAccepts(t *testing.T) {
	// Each path is valid gjson; all but the last few also resolve in doc,
	// which keeps the list honest about what gjson accepts.
	resolving := []string{
		"id",
		"plan.name",
		"permissions.#",
		"permissions.0",
		"items.0.id",
		`items.#(id=="b").n`,
		`items.#(id=="b")#.n`,
		`items.#(n>1)#.id`,
		`items.#(id%"a*").n`,
		`items.#(id=="(x)")#`,
		`items|#`,
		"items.#.id",
		`a\.b`,
		"@this",
		"@this.id",
		"permissions.@reverse.0",
		"permissions|@reverse|0",
		`@pretty:{"sortKeys":true}`,
		"{id,plan.name}",
		`{"acc":id,"x":!"lit)"}`,
		"[id,count]",
		"pl?n.name",
		"pe*.#",
		`!"literal"`,
		`!true`,
	}
	for _, p := range resolving {
		if err := ValidPath(p); err != nil {
			t.Errorf("ValidPath(%q) = %v, want nil", p, err)
		}
		if !gjson.Get(doc, p).Exists() {
			t.Errorf("test data: %q does not resolve in doc", p)
		}
	}
	for _, p := range []string{"..0", "..#", "@type", "fn(x)", `fn\(x`, `a\|b`, "a.b.c.d", "#", `x.#(nets.#(=="fb"))#.first`} {
		if err := ValidPath(p); err != nil {
			t.Errorf("ValidPath(%q) = %v, want nil", p, err)
		}
	}
}

func TestValidPathRejects(t *testing.T) {
	tests := []struct{ path, want string }{
		{"", "empty gjson path"},
		{"plan.", `gjson path "plan." ends with "."`},
		{"items|", `ends with "|"`},
		{`a\`, `ends with a lone \`},
		{"items.#(", `query "#(" at offset 6 is never closed with ")"`},
		{`items.#(id=="x"`, `query "#(" at offset 6 is never closed`},
		{`items.#(id=="x)`, "unterminated string"},
		{"items.#()", "empty query #() at offset 6"},
		{"items.#( )", "empty query #()"},
		{"a)", `unexpected ")" at offset 1 with nothing to close; escape it as \) if it is part of a key`},
		{"a]", `unexpected "]"`},
		{"a.[b", `"[" at offset 2 is never closed with "]"`},
		{"{id,plan", `"{" at offset 0 is never closed with "}"`},
		{"a(]", `"]" at offset 2 closes "(" at offset 1; want ")"`},
		{`items.#(id=="b"))`, `unexpected ")" at offset 16`},
		{`@pretty:{"sortKeys":true`, `never closed with "}"`},
	}
	for _, tt := range tests {
		err := ValidPath(tt.path)
		if err == nil {
			t.Errorf("ValidPath(%q) = nil, want error containing %q", tt.path, tt.want)
			continue
		}
		if !strings.Contains(err.Error(), tt.want) {
			t.Errorf("ValidPath(%q) = %q\nwant it to contain %q", tt.path, err, tt.want)
		}
	}
}
