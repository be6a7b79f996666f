package assert

import (
	"fmt"
	"net/http"
	"testing"

	"github.com/authspec/authspec/secret"
)

func testHeader() http.Header {
	h := http.Header{}
	h.Set("Content-Type", "application/json; charset=utf-8")
	h.Set("X-Count", "42")
	h.Add("Set-Cookie", "a=1; HttpOnly")
	h.Add("Set-Cookie", "session=xyz; Secure")
	h.Set("Cache-Control", "no-store")
	h.Set("X-Flag", "true")
	h.Set("X-Name", "Zoë")
	return h
}

func TestCheckHeader(t *testing.T) {
	tests := []struct {
		name string
		op   string
		arg  any
		want string // "" when the check passes; else a substring of Message
	}{
		// equals / not_equals
		{"Content-Type", "equals", "application/json; charset=utf-8", ""},
		{"content-type", "equals", "application/json; charset=utf-8", ""},
		{"Content-Type", "equals", "application/json", `header Content-Type: expected equals "application/json", got "application/json; charset=utf-8"`},
		{"X-Count", "equals", 42, ""},
		{"X-Count", "equals", "42", ""},
		{"X-Count", "equals", 42.0, ""},
		{"X-Count", "equals", 43, `header X-Count: expected equals 43, got "42"`},
		{"X-Flag", "equals", true, ""},
		{"X-Flag", "equals", false, `got "true"`},
		{"X-Count", "equals", nil, `got "42"`},
		{"Set-Cookie", "equals", "session=xyz; Secure", ""}, // any value
		{"Cache-Control", "not_equals", "no-cache", ""},
		{"Cache-Control", "not_equals", "no-store", `expected does not equal "no-store", got "no-store"`},
		{"Set-Cookie", "not_equals", "a=1; HttpOnly", `got ["a=1; HttpOnly", "session=xyz; Secure"]`}, // all values
		{"Set-Cookie", "not_equals", "other", ""},
		// contains / not_contains
		{"Content-Type", "contains", "application/json", ""},
		{"Content-Type", "contains", "text/html", `header Content-Type: expected contains "text/html", got "application/json; charset=utf-8"`},
		{"Set-Cookie", "contains", "session=", ""},
		{"Set-Cookie", "contains", "nope", `got ["a=1; HttpOnly", "session=xyz; Secure"]`},
		{"X-Count", "contains", 4, ""},
		{"Set-Cookie", "not_contains", "SameSite", ""},
		{"Set-Cookie", "not_contains", "HttpOnly", `expected does not contain "HttpOnly", got ["a=1; HttpOnly", "session=xyz; Secure"]`},
		{"Content-Type", "contains", []any{"x"}, "contains on a header needs a string"},
		// matches
		{"Set-Cookie", "matches", "^session=", ""},
		{"Content-Type", "matches", `^application/json\b`, ""},
		{"Content-Type", "matches", `^text/`, `expected matches "^text/", got`},
		{"X-Name", "matches", `^Zo.$`, ""},
		// one_of
		{"Cache-Control", "one_of", []any{"no-cache", "no-store"}, ""},
		{"Cache-Control", "one_of", []any{"private"}, `header Cache-Control: expected one of ["private"], got "no-store"`},
		{"X-Count", "one_of", []any{41, 42}, ""},
		{"Set-Cookie", "one_of", []any{"session=xyz; Secure"}, ""},
		// type: a header value is a string
		{"X-Count", "type", "string", ""},
		{"X-Count", "type", "number", `header X-Count: expected type number, got string "42" (a header value is always a string)`},
		// length
		{"X-Count", "length", 2, ""},
		{"X-Name", "length", 3, ""},
		{"X-Count", "length", 3, `expected length 3, got "42"`},
		// gt / gte / lt / lte read the value as a number
		{"X-Count", "gt", 41, ""},
		{"X-Count", "gt", 42, `header X-Count: expected gt 42, got "42"`},
		{"X-Count", "gte", "42", ""},
		{"X-Count", "lt", 42.5, ""},
		{"X-Count", "lt", 42, "expected lt 42"},
		{"X-Count", "lte", 42, ""},
		{"X-Count", "lte", 41, "expected lte 41"},
		{"Content-Type", "gt", 1, "(the header value is not a number)"},
		// exists, and every other operator on an absent header
		{"Cache-Control", "exists", true, ""},
		{"cache-control", "exists", false, `header cache-control: expected does not exist, got "no-store"`},
		{"X-Missing", "exists", false, ""},
		{"X-Missing", "exists", true, "header X-Missing: expected exists, got (absent)"},
		{"X-Missing", "equals", "x", `expected equals "x", got (absent)`},
		{"X-Missing", "not_equals", "x", "got (absent)"},
		{"X-Missing", "not_contains", "x", "got (absent)"},
		{"X-Missing", "gt", 1, "got (absent)"},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%s/%s/%s", tt.name, tt.op, renderValue(tt.arg)), func(t *testing.T) {
			m := mustMatcher(t, tt.op, tt.arg)
			fs := CheckHeader(tt.name, []Matcher{m}, testHeader())
			checkFailures(t, fs, tt.want, "header "+tt.name, m.String())
		})
	}
}

func TestCheckHeaderNonCanonicalKeys(t *testing.T) {
	// A hand-built header map may hold keys that http.Header.Get misses.
	h := http.Header{"x-request-id": {"r-1"}, "X-REQUEST-ID": {"r-2"}}
	m := mustMatcher(t, "equals", "r-2")
	if fs := CheckHeader("X-Request-Id", []Matcher{m}, h); len(fs) != 0 {
		t.Errorf("got %+v", fs)
	}
	m = mustMatcher(t, "not_equals", "r-1")
	if fs := CheckHeader("X-Request-Id", []Matcher{m}, h); len(fs) != 1 {
		t.Errorf("not_equals must see every spelling of the name, got %+v", fs)
	}
}

func TestCheckHeaderNewlineInName(t *testing.T) {
	m := mustMatcher(t, "exists", true)
	fs := CheckHeader("X-A\nX-B", []Matcher{m}, http.Header{})
	if len(fs) != 1 || secret.Plain(fs[0].Message) != "header X-A X-B: expected exists, got (absent)" {
		t.Errorf("got %+v", fs)
	}
}
