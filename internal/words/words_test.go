package words

import (
	"strconv"
	"strings"
	"testing"

	_ "github.com/authspec/authspec/internal/golden" // accepts go test -update
)

func TestDistance(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want int
	}{{"", "", 0}, {"expect", "expect", 0}, {"expct", "expect", 1}, {"kitten", "sitting", 3}, {"", "abc", 3}} {
		if got := Distance(tc.a, tc.b); got != tc.want {
			t.Errorf("Distance(%q, %q) = %d, want %d", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestClosest(t *testing.T) {
	keys := []string{"expect", "request", "name", "kind"}
	for _, tc := range []struct{ word, want string }{
		{"expct", "expect"}, {"EXPECT", "expect"}, {"reqest", "request"}, {"nmae", "name"}, {"zzzzzz", ""}, {"x", ""},
	} {
		if got := Closest(tc.word, keys); got != tc.want {
			t.Errorf("Closest(%q) = %q, want %q", tc.word, got, tc.want)
		}
	}
}

func TestQuoteList(t *testing.T) {
	if got := QuoteList([]string{"a", `b"c`}); got != `"a", "b\"c"` {
		t.Fatalf("QuoteList = %s", got)
	}
}

// TestUnknown: an argument matching no candidate is shown only when it is
// close to one or shaped like them; a credential-shaped one is described
// by its length, and never appears.
func TestUnknown(t *testing.T) {
	commands := []string{"run", "lint", "request", "init", "coverage", "rotate", "explain", "version", "help"}
	codes := []string{"jwt_expired", "credential_in_wrong_place", "server_invalid_token"}
	for _, tc := range []struct {
		arg        string
		candidates []string
		want       string
	}{
		{"rnu", commands, `"rnu" (did you mean "run"?)`},
		{"Lint", commands, `"Lint" (did you mean "lint"?)`},
		{"frobnicate", commands, `"frobnicate"`},
		{"deploy-all", commands, `"deploy-all"`},
		{"x", commands, `"x"`},
		{"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln", commands, "(an argument of 41 characters, not shown: it is not shaped like one)"},
		{"sk_live_0123456789abcdef", commands, "(an argument of 24 characters, not shown: it is not shaped like one)"},
		{"ghp_Ab12Cd34", commands, "(an argument of 12 characters, not shown: it is not shaped like one)"},
		{"abcdefghijklmnop", commands, "(an argument of 16 characters, not shown: it is not shaped like one)"},
		{"Hunter2", commands, "(an argument of 7 characters, not shown: it is not shaped like one)"},
		{"jwt_expird", codes, `"jwt_expird" (did you mean "jwt_expired"?)`},
		{"no_such_thing_at_all", codes, `"no_such_thing_at_all"`},
		{"sk_live_51HqLyjWDarjtT1zdp7dc", codes, "(an argument of 29 characters, not shown: it is not shaped like one)"},
	} {
		got := Unknown(tc.arg, tc.candidates)
		if got != tc.want {
			t.Errorf("Unknown(%q) = %q, want %q", tc.arg, got, tc.want)
		}
		if !strings.HasPrefix(tc.want, `"`) && strings.Contains(got, tc.arg) {
			t.Errorf("Unknown(%q) = %q shows the argument", tc.arg, got)
		}
	}
}

// TestShown: a name typed for an environment or a credential is echoed
// when close to a defined one or shaped like them, else described.
func TestShown(t *testing.T) {
	for _, tc := range []struct {
		arg   string
		names []string
		want  string
	}{
		{"stagign", []string{"staging"}, "stagign"},
		{"prod", []string{"a", "b"}, "prod"},
		{"eu-west-1", []string{"staging", "production"}, "eu-west-1"},
		{"Stage.EU", []string{"Staging.EU"}, "Stage.EU"}, // the names' own characters
		{"sk_live_51HqLyjWDarjtT1zdp7dc", []string{"token"}, "(an argument of 29 characters, not shown)"},
		{"abcdefghijklmnopqrstu", []string{"token"}, "(an argument of 21 characters, not shown)"},
		{"Hunter2", []string{"token"}, "(an argument of 7 characters, not shown)"},
	} {
		if got := Shown(tc.arg, tc.names); got != tc.want {
			t.Errorf("Shown(%q, %q) = %q, want %q", tc.arg, tc.names, got, tc.want)
		}
	}
}

func TestPattern(t *testing.T) {
	for p, shown := range map[string]bool{
		"no such scenario":                  true,
		"admin deletes|GET /v1/accounts":    true,
		`^(staging|prod)\b.*refused$`:       true,
		"":                                  true,
		"sk_live_4eC39HqLyjWDarjtT1zdp7dc":  false, // long, mixed case
		"admin Hunter2x":                    false, // a word in mixed case
		"deadbeefdeadbeefdeadbeef":          false, // a word longer than any name's
		"(sk_live_4eC39HqLyjWDarjtT1zdp7dc": false,
	} {
		got := Pattern(p)
		if want := strconv.Quote(p); shown && got != want {
			t.Errorf("Pattern(%q) = %s, want %s", p, got, want)
		}
		if !shown && (strings.Contains(got, p) || got != "("+NotShown(p)+")") {
			t.Errorf("Pattern(%q) = %s, want it described", p, got)
		}
	}
}

func TestPlural(t *testing.T) {
	for _, tc := range []struct {
		n          int
		word, want string
	}{
		{0, "error", "0 errors"}, {1, "error", "1 error"}, {2, "test case", "2 test cases"},
		{1, "copy", "1 copy"}, {3, "copy", "3 copies"}, {2, "key", "2 keys"},
		{1, "operation × environment pair", "1 operation × environment pair"},
		{2, "operation × environment pair", "2 operation × environment pairs"},
	} {
		if got := Plural(tc.n, tc.word); got != tc.want {
			t.Errorf("Plural(%d, %q) = %q, want %q", tc.n, tc.word, got, tc.want)
		}
	}
}

// NotShown counts an argument in words a reader reads: a flag typed
// alone (-X) is "1 character", not "1 characters".
func TestNotShownCountsInWords(t *testing.T) {
	for arg, want := range map[string]string{
		"X":                        "an argument of 1 character, not shown",
		"sk_live_0123456789abcdef": "an argument of 24 characters, not shown",
	} {
		if got := NotShown(arg); got != want {
			t.Errorf("NotShown(%q) = %q, want %q", arg, got, want)
		}
	}
}
