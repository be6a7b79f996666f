package suites

import (
	"reflect"
	"strings"
	"testing"
)

func mapLookup(m map[string]string) func(string) (string, bool) {
	return func(n string) (string, bool) {
		v, ok := m[n]
		return v, ok
	}
}

func TestExpand(t *testing.T) {
	vars := map[string]string{
		"A":        "alpha",
		"B":        "beta",
		"EMPTY":    "",
		"base_url": "http://127.0.0.1:8080",
		"x.y-z":    "dotted",
		"LOOP":     "${A}",  // a value is never expanded again
		"ESC":      "$${A}", // nor unescaped again
	}
	tests := []struct {
		in      string
		out     string
		missing []string
	}{
		{"", "", nil},
		{"plain text", "plain text", nil},
		{"${A}", "alpha", nil},
		{"/v1/${A}/x", "/v1/alpha/x", nil},
		{"${A}${B}", "alphabeta", nil},
		{"${A}-${A}", "alpha-alpha", nil},
		{"$${A}", "${A}", nil},
		{"$${A} and ${A}", "${A} and alpha", nil},
		{"$$${A}", "$${A}", nil}, // "$" then the escape "$${"
		{"$A {A} $ {A}", "$A {A} $ {A}", nil},
		{"${base_url}/token", "http://127.0.0.1:8080/token", nil},
		{"${x.y-z}", "dotted", nil},
		{"${LOOP}", "${A}", nil},
		{"${ESC}", "$${A}", nil},
		{"${NOPE}", "", []string{"NOPE"}},
		{"${EMPTY}", "", []string{"EMPTY"}},
		{"a${NOPE}b${EMPTY}c${NOPE}", "abc", []string{"NOPE", "EMPTY"}},
		{"${A}${NOPE}", "alpha", []string{"NOPE"}},
		// Malformed text (checked at load, so only unchecked text gets
		// here) is used as it stands.
		{"${A", "${A", nil},
		{"x ${A} ${", "x ${A} ${", nil},
		{"${}", "${}", nil},
		{"${1A}", "${1A}", nil},
		{"${A}}", "alpha}", nil},
		{"${A}x", "alphax", nil},
		{"${A-}", "", []string{"A-"}},
	}
	for _, tt := range tests {
		out, missing := Expand(tt.in, mapLookup(vars))
		if out != tt.out || !reflect.DeepEqual(missing, tt.missing) {
			t.Errorf("Expand(%q) = %q, %q; want %q, %q", tt.in, out, missing, tt.out, tt.missing)
		}
	}
}

func TestRefs(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"no refs", nil},
		{"${A}", []string{"A"}},
		{"${A}${B}${A}", []string{"A", "B"}},
		{"$${A} ${B}", []string{"B"}},
		{"${base_url}/x/${env}", []string{"base_url", "env"}},
		{"${_x.y-1}", []string{"_x.y-1"}},
		{"${A} ${", []string{"A"}}, // names before a syntax error
	}
	for _, tt := range tests {
		if got := Refs(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Refs(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCheckSyntax(t *testing.T) {
	tests := []struct {
		in   string
		want string // substring of the error, "" for none
	}{
		{"", ""},
		{"${A}", ""},
		{"$${", ""},
		{"$${A", ""},
		{"a } b", ""},
		{"${A", `unterminated ${ in "${A" (write $${ for a literal ${)`},
		{"ok ${A} then ${", `unterminated ${ in "${"`},
		{"${}", `invalid variable name "" in ${}`},
		{"${ A }", `invalid variable name " A "`},
		{"${1A}", `invalid variable name "1A"`},
		{"${-A}", `invalid variable name "-A"`},
		{"${A B}", `invalid variable name "A B"`},
		{"${A${B}}", `invalid variable name "A${B"`},
		{"${é}", `invalid variable name "é"`},
	}
	for _, tt := range tests {
		err := checkSyntax(tt.in)
		switch {
		case tt.want == "" && err != nil:
			t.Errorf("checkSyntax(%q) = %v, want nil", tt.in, err)
		case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
			t.Errorf("checkSyntax(%q) = %v, want %q", tt.in, err, tt.want)
		}
	}
}

func TestValidName(t *testing.T) {
	for _, n := range []string{"A", "_", "a1", "API_TOKEN", "x.y", "x-y", "base_url"} {
		if !validName(n) {
			t.Errorf("validName(%q) = false", n)
		}
	}
	for _, n := range []string{"", "1a", ".a", "-a", "a b", "a$", "a{", "é"} {
		if validName(n) {
			t.Errorf("validName(%q) = true", n)
		}
	}
}

func TestSuggest(t *testing.T) {
	keys := []string{"name", "kind", "auth", "request", "expect", "steps", "headers", "env_file", "none"}
	tests := []struct{ word, want string }{
		{"expct", "expect"},
		{"Expect", "expect"},
		{"reqest", "request"},
		{"header", "headers"},
		{"envfile", "env_file"},
		{"root", ""},
		{"id", ""},
		{"zzzzzzzz", ""},
	}
	for _, tt := range tests {
		want := ""
		if tt.want != "" {
			want = ` (did you mean "` + tt.want + `"?)`
		}
		if got := suggest(tt.word, keys); got != want {
			t.Errorf("suggest(%q) = %q, want %q", tt.word, got, want)
		}
	}
}

// A value that is one reference (a token, a base_url: each suite of a
// folder expands its own) is the variable's value itself, not a copy.
func TestExpandWholeReferenceCopiesNothing(t *testing.T) {
	lookup := mapLookup(map[string]string{"TOKEN": "tok-5f0c1e9a7b2d4c68"})
	if n := testing.AllocsPerRun(100, func() { Expand("${TOKEN}", lookup) }); n != 0 {
		t.Errorf("Expand(\"${TOKEN}\") made %v allocations, want 0", n)
	}
}
