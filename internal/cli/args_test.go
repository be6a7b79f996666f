package cli

import (
	"strings"
	"testing"
)

func TestOrdinal(t *testing.T) {
	for n, want := range map[int]string{1: "1st", 2: "2nd", 3: "3rd", 4: "4th", 11: "11th", 12: "12th", 13: "13th", 21: "21st", 22: "22nd", 103: "103rd", 111: "111th"} {
		if got := ordinal(n); got != want {
			t.Errorf("ordinal(%d) = %q, want %q", n, got, want)
		}
	}
}

func TestStray(t *testing.T) {
	for _, tc := range []struct {
		first, total int
		want         string
	}{
		{3, 3, "3rd argument"},
		{3, 4, "3rd and 4th arguments"},
		{3, 6, "3rd to 6th arguments"},
		{1, 2, "1st and 2nd arguments"},
	} {
		if got := stray(tc.first, tc.total); got != tc.want {
			t.Errorf("stray(%d, %d) = %q, want %q", tc.first, tc.total, got, tc.want)
		}
	}
}

// TestUnknownName: an argument in a command's place is shown only when it
// is close to a command or shaped like one; a credential-shaped one is
// described by its length, and never appears.
func TestUnknownName(t *testing.T) {
	names := commandNames()
	for _, tc := range []struct {
		arg, want string
		shown     bool
	}{
		{"rnu", `"rnu" (did you mean "run"?)`, true},
		{"lnit", `"lnit" (did you mean `, true},
		{"Lint", `"Lint" (did you mean "lint"?)`, true},
		{"frobnicate", `"frobnicate"`, true},
		{"deploy-all", `"deploy-all"`, true},
		{"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln", "(an argument of 41 characters, not shown: it is not shaped like a command)", false},
		{"sk_live_0123456789abcdef", "(an argument of 24 characters, not shown: it is not shaped like a command)", false},
		{"ghp_Ab12Cd34", "(an argument of 12 characters, not shown: it is not shaped like a command)", false},
		{"abcdefghijklmnopqrstuvwxyz", "(an argument of 26 characters, not shown: it is not shaped like a command)", false},
		{"Hunter2", "(an argument of 7 characters, not shown: it is not shaped like a command)", false},
		{"x", `"x"`, true},
	} {
		got := unknownName(tc.arg, names)
		if !strings.HasPrefix(got, tc.want) {
			t.Errorf("unknownName(%q) = %q, want prefix %q", tc.arg, got, tc.want)
		}
		if !tc.shown && strings.Contains(got, tc.arg) {
			t.Errorf("unknownName(%q) = %q shows the argument", tc.arg, got)
		}
	}
}
