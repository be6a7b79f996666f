package assert

import (
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/authspec/authspec/secret"
)

// mustMatcher builds a matcher that the test expects to be valid.
func mustMatcher(t testing.TB, op string, arg any) Matcher {
	t.Helper()
	m, err := NewMatcher(op, arg)
	if err != nil {
		t.Fatalf("NewMatcher(%q, %#v): %v", op, arg, err)
	}
	return m
}

func TestNewMatcherErrors(t *testing.T) {
	tests := []struct {
		op   string
		arg  any
		want string // the error must contain this
	}{
		{"contain", "x", `unknown operator "contain" (did you mean "contains"?); valid operators: equals, not_equals, exists,`},
		{"equal", "x", `(did you mean "equals"?)`},
		{"Equals", "x", `(did you mean "equals"?)`},
		{"not-equals", "x", `(did you mean "not_equals"?)`},
		{"notcontains", "x", `(did you mean "not_contains"?)`},
		{"regex", "x", `(did you mean "matches"?)`},
		{"in", []any{"x"}, `(did you mean "one_of"?)`},
		{"len", 3, `(did you mean "length"?)`},
		{"gte=", 3, `(did you mean "gte"?)`},
		{"zzzzzzzz", "x", `unknown operator "zzzzzzzz"; valid operators: equals,`},
		{"", "x", `unknown operator ""; valid operators:`},
		{"exists", "yes", `exists: want true or false, got "yes"`},
		{"exists", nil, `exists: want true or false, got null`},
		{"matches", "(", `matches: invalid regular expression "(": missing closing ): ` + "`(`"},
		{"matches", "^${prefix}[", `matches: invalid regular expression "^${prefix}[": missing closing ]`},
		{"matches", 5, `matches: want a regular expression string, got 5`},
		{"type", "boolean", `type: unknown type "boolean" (did you mean "bool"?); want one of string, number, bool, object, array, null`},
		{"type", "strng", `(did you mean "string"?)`},
		{"type", "date", `type: unknown type "date"; want one of`},
		{"type", 5, `type: unknown type 5; want one of`},
		{"gt", "abc", `gt: want a number, got "abc"`},
		{"gte", true, `gte: want a number, got true`},
		{"lt", nil, `lt: want a number, got null`},
		{"lte", []any{1}, `lte: want a number, got [1]`},
		{"length", -1, `length: want a non-negative integer, got -1`},
		{"length", 1.5, `length: want a non-negative integer, got 1.5`},
		{"length", -2.0, `length: want a non-negative integer, got -2`},
		{"equals", time.Date(2024, 1, 2, 0, 0, 0, 0, time.UTC), `equals: 2024-01-02T00:00:00Z is a YAML timestamp; quote it to compare it as text`},
		{"length", "three", `length: want a non-negative integer, got "three"`},
		{"one_of", "x", `one_of: want a list of values, got "x"`},
		{"one_of", []any{}, `one_of: want a list of values, got an empty list`},
		{"equals", struct{}{}, `equals: unsupported value of type struct {}`},
		{"one_of", []any{1, struct{}{}}, `one_of: unsupported value of type struct {}`},
	}
	for _, tt := range tests {
		t.Run(tt.op+"/"+renderValue(tt.arg), func(t *testing.T) {
			_, err := NewMatcher(tt.op, tt.arg)
			if err == nil {
				t.Fatalf("NewMatcher(%q, %#v) succeeded, want error containing %q", tt.op, tt.arg, tt.want)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error = %q\nwant it to contain %q", err, tt.want)
			}
			if strings.Contains(err.Error(), "\n") {
				t.Errorf("error spans lines: %q", err)
			}
		})
	}
}

func TestNewMatcherValid(t *testing.T) {
	tests := []struct {
		op      string
		arg     any
		wantArg any // the normalized Arg
	}{
		{"equals", "acc_123", "acc_123"},
		{"equals", 3, int64(3)},
		{"equals", uint8(3), int64(3)},
		{"equals", float32(1.5), float64(1.5)},
		{"equals", nil, nil},
		{"equals", map[string]any{"a": 1}, map[string]any{"a": int64(1)}},
		{"one_of", []string{"a", "b"}, []any{"a", "b"}},
		{"one_of", []any{1, "x"}, []any{int64(1), "x"}},
		{"exists", false, false},
		{"matches", `^Bearer [A-Za-z0-9._-]+$`, `^Bearer [A-Za-z0-9._-]+$`},
		{"matches", "^Bearer ${token}$", "^Bearer ${token}$"},
		{"matches", "${a}{2}(", nil}, // invalid with x, but see below
		{"type", "null", "null"},
		{"gt", "${min}", "${min}"},
		{"gte", "5", "5"},
		{"lte", 2.5, 2.5},
		{"length", 0, int64(0)},
		{"length", "${n}", "${n}"},
		{"length", "3", "3"},
		{"length", 3.0, 3.0},
	}
	for _, tt := range tests {
		t.Run(tt.op+"/"+renderValue(tt.arg), func(t *testing.T) {
			m, err := NewMatcher(tt.op, tt.arg)
			if tt.op == "matches" && tt.wantArg == nil {
				// "${a}{2}(" stands for "x{2}(", an unbalanced group.
				if err == nil {
					t.Fatal("want an error for an unbalanced group next to a placeholder")
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if m.Op != Op(tt.op) || !reflect.DeepEqual(m.Arg, tt.wantArg) {
				t.Errorf("got {%s %#v}, want {%s %#v}", m.Op, m.Arg, tt.op, tt.wantArg)
			}
		})
	}
}

func TestMatcherString(t *testing.T) {
	tests := []struct {
		op   string
		arg  any
		want string
	}{
		{"equals", "acc_123", `equals "acc_123"`},
		{"equals", 200, `equals 200`},
		{"equals", 1e6, `equals 1000000`},
		{"equals", 0.25, `equals 0.25`},
		{"equals", true, `equals true`},
		{"equals", nil, `equals null`},
		{"equals", `say "hi"`, `equals "say \"hi\""`},
		{"equals", "a\nb", `equals "a\nb"`},
		{"equals", map[string]any{"b": 1, "a": []any{"x"}}, `equals {"a": ["x"], "b": 1}`},
		{"not_equals", "x", `does not equal "x"`},
		{"contains", "application/json", `contains "application/json"`},
		{"not_contains", "secret", `does not contain "secret"`},
		{"matches", "^Bearer ", `matches "^Bearer "`},
		{"matches", `^\d+$`, `matches "^\d+$"`},
		{"exists", true, `exists`},
		{"exists", false, `does not exist`},
		{"gte", 1, `gte 1`},
		{"gt", "5", `gt 5`},
		{"lt", "${max}", `lt "${max}"`},
		{"lte", 0.5, `lte 0.5`},
		{"type", "array", `type array`},
		{"length", 3, `length 3`},
		{"one_of", []any{"a", "b"}, `one of ["a", "b"]`},
		{"one_of", []any{200, "x", nil}, `one of [200, "x", null]`},
	}
	for _, tt := range tests {
		if got := mustMatcher(t, tt.op, tt.arg).String(); got != tt.want {
			t.Errorf("%s %#v: String() = %s, want %s", tt.op, tt.arg, got, tt.want)
		}
	}
}

var testVars = map[string]string{
	"account_id": "acc_123",
	"token":      "ab.c+d(e",
	"min":        "5",
	"bad":        "abc",
}

// interpolate is a small stand-in for the suites package's interpolation:
// ${NAME} from testVars, $${ as a literal ${.
func interpolate(s string) (string, error) {
	var b strings.Builder
	for i := 0; i < len(s); {
		switch {
		case strings.HasPrefix(s[i:], "$${"):
			b.WriteString("${")
			i += 3
		case strings.HasPrefix(s[i:], "${"):
			j := strings.IndexByte(s[i:], '}')
			if j < 0 {
				return "", errors.New("unclosed ${")
			}
			name := s[i+2 : i+j]
			v, ok := testVars[name]
			if !ok {
				return "", errors.New("undefined variable " + name)
			}
			b.WriteString(v)
			i += j + 1
		default:
			b.WriteByte(s[i])
			i++
		}
	}
	return b.String(), nil
}

func TestExpand(t *testing.T) {
	tests := []struct {
		op      string
		arg     any
		wantArg any
	}{
		{"equals", "${account_id}", "acc_123"},
		{"equals", "id-${account_id}-x", "id-acc_123-x"},
		{"equals", "$${account_id}", "${account_id}"},
		{"equals", 200, int64(200)},
		{"equals", nil, nil},
		{"one_of", []any{"${account_id}", "x", 5}, []any{"acc_123", "x", int64(5)}},
		{"equals", map[string]any{"id": "${account_id}", "tags": []any{"${min}"}},
			map[string]any{"id": "acc_123", "tags": []any{"5"}}},
		{"gt", "${min}", "5"},
		{"matches", "^Bearer ${token}$", `^Bearer ab\.c\+d\(e$`},
		{"matches", `^\$$${x}`, `^\$${x}`},
		{"contains", "${token}", "ab.c+d(e"},
	}
	for _, tt := range tests {
		t.Run(tt.op+"/"+renderValue(tt.arg), func(t *testing.T) {
			m := mustMatcher(t, tt.op, tt.arg)
			before := renderValue(m.Arg)
			got, err := m.Expand(interpolate)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got.Arg, tt.wantArg) {
				t.Errorf("Expand: Arg = %#v, want %#v", got.Arg, tt.wantArg)
			}
			if got.Op != m.Op {
				t.Errorf("Expand changed Op to %s", got.Op)
			}
			if after := renderValue(m.Arg); after != before {
				t.Errorf("Expand modified the original: %s became %s", before, after)
			}
		})
	}
}

func TestExpandedRegexpMatchesLiterally(t *testing.T) {
	m, err := mustMatcher(t, "matches", "^Bearer ${token}$").Expand(interpolate)
	if err != nil {
		t.Fatal(err)
	}
	if m.re == nil {
		t.Fatal("Expand did not compile the pattern")
	}
	h := map[string][]string{"Authorization": {"Bearer ab.c+d(e"}}
	if fs := CheckHeader("Authorization", []Matcher{m}, h); len(fs) != 0 {
		t.Errorf("literal token did not match: %v", fs)
	}
	// '.' and '+' in the token must not act as regex operators.
	h = map[string][]string{"Authorization": {"Bearer abXcccd(e"}}
	if fs := CheckHeader("Authorization", []Matcher{m}, h); len(fs) != 1 {
		t.Errorf("token characters were read as regex operators: %v", fs)
	}
}

func TestExpandErrors(t *testing.T) {
	for _, tt := range []struct{ op, arg string }{
		{"equals", "${missing}"},
		{"matches", "^${missing}$"},
		{"gt", "${missing}"},
	} {
		_, err := mustMatcher(t, tt.op, tt.arg).Expand(interpolate)
		if err == nil || !strings.Contains(err.Error(), "undefined variable missing") {
			t.Errorf("%s %q: Expand error = %v, want the interpolation error", tt.op, tt.arg, err)
		}
	}
	m := mustMatcher(t, "one_of", []any{"ok", "${missing}"})
	if _, err := m.Expand(interpolate); err == nil {
		t.Error("one_of: an error inside a list was dropped")
	}
	// A pattern that compiles only with its placeholders stood in for:
	// the error states it as written, never the values escaped into it.
	_, err := mustMatcher(t, "matches", "^${token}{${min}000}$").Expand(interpolate)
	want := `matches: the regular expression "^${token}{${min}000}$" is not valid once its variables are filled in: invalid repeat count`
	if err == nil || secret.Plain(err.Error()) != want || !secret.Marked(err.Error()) {
		t.Errorf("Expand error = %q, want %q, marked literal", err, want)
	}
}

func TestSuggest(t *testing.T) {
	tests := []struct{ in, want string }{
		{"contain", "contains"},
		{"equls", "equals"},
		{"EXISTS", "exists"},
		{"lenght", "length"},
		{"oneof", "one_of"},
		{"one-of", "one_of"},
		{"size", "length"},
		{"gt", "gt"},
		{"qq", ""},
		{"something", ""},
	}
	for _, tt := range tests {
		if got := suggest(tt.in, Ops, opAliases); got != tt.want {
			t.Errorf("suggest(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
