package ansi

import (
	_ "github.com/authspec/authspec/internal/golden" // accepts go test -update
)

import "testing"

func TestStrip(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"plain", "plain"},
		{"x\x1b[31mred\x1b[0m end", "xred end"},
		{"\x1b]0;title\x07after", "after"},
		{"\x1b]8;;http://x\x1b\\link", "link"},
		{"a\x1bcb", "ab"},
		{"\x1b(Bok", "ok"},
	} {
		if got := Strip(tc.in); got != tc.want {
			t.Errorf("Strip(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
