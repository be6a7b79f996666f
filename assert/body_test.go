package assert

import (
	"fmt"
	"strings"
	"testing"

	"github.com/authspec/authspec/secret"
)

const doc = `{
  "id": "acc_123",
  "count": 200,
  "ratio": 0.1,
  "big": 12345678901234567890,
  "active": true,
  "off": false,
  "nothing": null,
  "plan": {"name": "pro", "seats": 3},
  "permissions": ["read", "write", 7],
  "empty": [],
  "name": "Zoë",
  "numstr": "123",
  "a.b": "dotted",
  "items": [{"id": "a", "n": 1}, {"id": "b", "n": 2}]
}`

type bodyCase struct {
	path string
	op   string
	arg  any
	want string // "" when the check passes; else a substring of Message
}

func runBodyCases(t *testing.T, cases []bodyCase) {
	t.Helper()
	for _, tt := range cases {
		name := fmt.Sprintf("%s/%s/%s", tt.path, tt.op, renderValue(tt.arg))
		t.Run(name, func(t *testing.T) {
			m := mustMatcher(t, tt.op, tt.arg)
			fs := CheckBody(tt.path, []Matcher{m}, []byte(doc), false)
			checkFailures(t, fs, tt.want, "body "+tt.path, m.String())
		})
	}
}

// checkFailures asserts that fs is empty when want is "", or holds one
// well-formed failure whose message contains want.
func checkFailures(t *testing.T, fs []Failure, want, path, expected string) {
	t.Helper()
	if want == "" {
		if len(fs) != 0 {
			t.Errorf("want pass, got %q", secret.Plain(fs[0].Message))
		}
		return
	}
	if len(fs) != 1 {
		t.Fatalf("want 1 failure containing %q, got %d: %+v", want, len(fs), fs)
	}
	f := fs[0]
	if !strings.Contains(secret.Plain(f.Message), want) {
		t.Errorf("Message = %q\nwant it to contain %q", secret.Plain(f.Message), want)
	}
	if f.Path != path || secret.Plain(f.Expected) != expected {
		t.Errorf("Path, Expected = %q, %q; want %q, %q", f.Path, secret.Plain(f.Expected), path, expected)
	}
	if !strings.HasPrefix(secret.Plain(f.Message), path+": expected "+expected+", got "+secret.Plain(f.Actual)) {
		t.Errorf("Message %q does not read <path>: expected <Expected>, got <Actual>", secret.Plain(f.Message))
	}
	if strings.ContainsAny(secret.Plain(f.Message), "\r\n") {
		t.Errorf("Message spans lines: %q", secret.Plain(f.Message))
	}
}

func TestCheckBodyEquals(t *testing.T) {
	runBodyCases(t, []bodyCase{
		{"id", "equals", "acc_123", ""},
		{"id", "equals", "acc_999", `body id: expected equals "acc_999", got "acc_123"`},
		{"count", "equals", 200, ""},
		{"count", "equals", int64(200), ""},
		{"count", "equals", 200.0, ""},
		{"count", "equals", "200", ""},   // interpolated values are strings
		{"count", "equals", "200.0", ""}, // compared as numbers
		{"count", "equals", "2e2", ""},
		{"count", "equals", 201, "body count: expected equals 201, got 200"},
		{"count", "equals", "abc", `got 200`},
		{"numstr", "equals", "123", ""},
		{"numstr", "equals", 123, `body numstr: expected equals 123, got "123"`}, // type-aware
		{"ratio", "equals", 0.1, ""},
		{"ratio", "equals", "0.1", ""},
		{"ratio", "equals", 0.10000001, "got 0.1"},
		{"big", "equals", "12345678901234567890", ""},
		{"big", "equals", "12345678901234567891", "got 12345678901234567890"}, // no float rounding
		{"active", "equals", true, ""},
		{"active", "equals", "true", ""},
		{"active", "equals", false, "expected equals false, got true"},
		{"active", "equals", "yes", "got true"},
		{"active", "equals", 1, "got true"},
		{"off", "equals", false, ""},
		{"off", "equals", "false", ""},
		{"nothing", "equals", nil, ""},
		{"nothing", "equals", "null", `expected equals "null", got null`},
		{"nothing", "equals", "", `got null`},
		{"id", "equals", nil, `expected equals null, got "acc_123"`},
		{"plan", "equals", map[string]any{"name": "pro", "seats": 3}, ""},
		{"plan", "equals", map[string]any{"seats": "3", "name": "pro"}, ""},
		{"plan", "equals", map[string]any{"name": "pro"}, `got {"name":"pro","seats":3}`},
		{"plan", "equals", map[string]any{"name": "pro", "seats": 3, "x": nil}, `got {"name":"pro","seats":3}`},
		{"plan", "equals", map[string]any{"name": "pro", "seats": 4}, `got {"name":"pro","seats":3}`},
		{"permissions", "equals", []any{"read", "write", 7}, ""},
		{"permissions", "equals", []any{"read", "write", "7"}, ""},
		{"permissions", "equals", []any{"write", "read", 7}, `got ["read","write",7]`},
		{"permissions", "equals", []any{"read", "write"}, `got ["read","write",7]`},
		{"empty", "equals", []any{}, ""},
		{"empty", "equals", map[string]any{}, "got []"},
		{"a\\.b", "equals", "dotted", ""},
		{"items.#(id==\"b\").n", "equals", 2, ""},
		{"items.#.id", "equals", []any{"a", "b"}, ""},
		{"permissions.#", "equals", 3, ""},
	})
}

func TestCheckBodyNotEquals(t *testing.T) {
	runBodyCases(t, []bodyCase{
		{"id", "not_equals", "x", ""},
		{"id", "not_equals", "acc_123", `body id: expected does not equal "acc_123", got "acc_123"`},
		{"count", "not_equals", "200", "got 200"},
		{"count", "not_equals", 201, ""},
		{"nothing", "not_equals", nil, "got null"},
		{"nothing", "not_equals", "x", ""},
		{"missing", "not_equals", "x", `body missing: expected does not equal "x", got (missing)`},
	})
}

func TestCheckBodyExists(t *testing.T) {
	runBodyCases(t, []bodyCase{
		{"plan", "exists", true, ""},
		{"plan.name", "exists", true, ""},
		{"nothing", "exists", true, ""}, // null exists
		{"nothing", "exists", false, "body nothing: expected does not exist, got null"},
		{"missing", "exists", false, ""},
		{"missing", "exists", true, "body missing: expected exists, got (missing)"},
		{"plan.owner", "exists", true, "got (missing)"},
		{"permissions.5", "exists", false, ""},
		{"off", "exists", true, ""},
	})
}

func TestCheckBodyContains(t *testing.T) {
	runBodyCases(t, []bodyCase{
		{"id", "contains", "acc", ""},
		{"id", "contains", "zzz", `body id: expected contains "zzz", got "acc_123"`},
		{"id", "contains", 123, ""},
		{"permissions", "contains", "write", ""},
		{"permissions", "contains", 7, ""},
		{"permissions", "contains", "7", ""},
		{"permissions", "contains", "admin", `got ["read","write",7]`},
		{"items", "contains", map[string]any{"id": "b", "n": 2}, ""},
		{"items", "contains", map[string]any{"id": "c", "n": 3}, `got [{"id":"a","n":1},{"id":"b","n":2}]`},
		{"plan", "contains", "name", ""},
		{"plan", "contains", "owner", `got {"name":"pro","seats":3}`},
		{"count", "contains", "2", "body count: expected contains \"2\", got 200 (contains looks into a string, an array or an object; this is a number)"},
		{"nothing", "contains", "x", "this is null"},
		{"missing", "contains", "x", "got (missing)"},
		{"permissions", "not_contains", "admin", ""},
		{"permissions", "not_contains", "read", `expected does not contain "read", got ["read","write",7]`},
		{"id", "not_contains", "secret", ""},
		{"id", "not_contains", "acc", "got \"acc_123\""},
		{"plan", "not_contains", "owner", ""},
		{"plan", "not_contains", "seats", "got {"},
		{"count", "not_contains", "x", "this is a number"},
		{"missing", "not_contains", "x", "got (missing)"},
	})
}

func TestCheckBodyMatches(t *testing.T) {
	runBodyCases(t, []bodyCase{
		{"id", "matches", `^acc_\d+$`, ""},
		{"id", "matches", `^usr_`, `body id: expected matches "^usr_", got "acc_123"`},
		{"count", "matches", `^2\d\d$`, ""},
		{"active", "matches", `^true$`, ""},
		{"big", "matches", `^\d{20}$`, ""},
		{"plan", "matches", `pro`, "matches applies to strings, numbers and bools; this is an object"},
		{"nothing", "matches", `.*`, "this is null"},
		{"name", "matches", `^Zo.$`, ""}, // one rune, not one byte
	})
}

func TestCheckBodyOneOf(t *testing.T) {
	runBodyCases(t, []bodyCase{
		{"plan.name", "one_of", []any{"free", "pro"}, ""},
		{"plan.name", "one_of", []any{"free"}, `body plan.name: expected one of ["free"], got "pro"`},
		{"count", "one_of", []any{"200", 201}, ""},
		{"count", "one_of", []any{199, 201}, "got 200"},
		{"nothing", "one_of", []any{"x", nil}, ""},
		{"active", "one_of", []any{true}, ""},
		{"missing", "one_of", []any{"x"}, "got (missing)"},
	})
}

func TestCheckBodyType(t *testing.T) {
	runBodyCases(t, []bodyCase{
		{"id", "type", "string", ""},
		{"count", "type", "number", ""},
		{"ratio", "type", "number", ""},
		{"active", "type", "bool", ""},
		{"off", "type", "bool", ""},
		{"nothing", "type", "null", ""},
		{"plan", "type", "object", ""},
		{"permissions", "type", "array", ""},
		{"empty", "type", "array", ""},
		{"id", "type", "number", `body id: expected type number, got string "acc_123"`},
		{"plan", "type", "array", `expected type array, got object {"name":"pro","seats":3}`},
		{"nothing", "type", "object", "expected type object, got null"},
		{"numstr", "type", "number", `got string "123"`},
		{"missing", "type", "null", "expected type null, got (missing)"},
	})
}

func TestCheckBodyLength(t *testing.T) {
	runBodyCases(t, []bodyCase{
		{"id", "length", 7, ""},
		{"name", "length", 3, ""}, // runes, not bytes
		{"permissions", "length", 3, ""},
		{"plan", "length", 2, ""},
		{"empty", "length", 0, ""},
		{"permissions", "length", "3", ""},
		{"permissions", "length", 3.0, ""},
		{"permissions", "length", 2, `body permissions: expected length 2, got length 3: ["read","write",7]`},
		{"name", "length", 4, `got length 3: "Zoë"`},
		{"count", "length", 3, "length applies to strings, arrays and objects; this is a number"},
		{"missing", "length", 0, "got (missing)"},
	})
}

func TestCheckBodyCompare(t *testing.T) {
	runBodyCases(t, []bodyCase{
		{"count", "gt", 199, ""},
		{"count", "gt", 200, "body count: expected gt 200, got 200"},
		{"count", "gte", 200, ""},
		{"count", "gte", 201, "expected gte 201, got 200"},
		{"count", "lt", 201, ""},
		{"count", "lt", 200, "expected lt 200, got 200"},
		{"count", "lte", 200, ""},
		{"count", "lte", 199.5, "expected lte 199.5, got 200"},
		{"count", "gt", "100", ""},
		{"ratio", "lt", 0.2, ""},
		{"ratio", "gte", "0.1", ""},
		{"ratio", "gt", 0.1, "got 0.1"},
		{"big", "gt", "12345678901234567889", ""},
		{"big", "lt", "12345678901234567890", "got 12345678901234567890"},
		{"permissions.#", "gte", 1, ""},
		{"empty.#", "gte", 1, "body empty.#: expected gte 1, got 0"},
		{"id", "gt", 1, `expected gt 1, got "acc_123" (not a number; this is a string)`},
		{"numstr", "gt", 1, "this is a string"},
		{"nothing", "lt", 1, "this is null"},
		{"missing", "gt", 1, "got (missing)"},
	})
}

func TestCheckBodyNonNumericBound(t *testing.T) {
	m, err := mustMatcher(t, "gt", "${bad}").Expand(interpolate)
	if err != nil {
		t.Fatal(err)
	}
	fs := CheckBody("count", []Matcher{m}, []byte(doc), false)
	checkFailures(t, fs, `body count: expected gt "abc", got 200 (the expected value "abc" is not a number)`, "body count", `gt "abc"`)
}

func TestCheckBodySeveralMatchers(t *testing.T) {
	ms := []Matcher{
		mustMatcher(t, "exists", true),
		mustMatcher(t, "type", "array"),
		mustMatcher(t, "length", 5),
		mustMatcher(t, "contains", "admin"),
	}
	fs := CheckBody("permissions", ms, []byte(doc), false)
	if len(fs) != 2 || secret.Plain(fs[0].Expected) != "length 5" || secret.Plain(fs[1].Expected) != `contains "admin"` {
		t.Errorf("want the length and contains failures in order, got %+v", fs)
	}
	if fs := CheckBody("id", nil, []byte("not json"), false); fs != nil {
		t.Errorf("no matchers, want no failures, got %+v", fs)
	}
}
