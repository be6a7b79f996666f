package report

import (
	"regexp"
	"strings"
	"testing"

	"github.com/authspec/authspec/secret"
)

func TestSanitize(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"plain text", "plain text"},
		{"tab\tand\nnewline", "tab\tand\nnewline"},
		{"crlf\r\nline", "crlf\nline"},
		{"\x1b[31mred\x1b[0m", "red"},
		{"\x1b[1;38;5;196mbold\x1b[m", "bold"},
		{"\x1b]8;;http://x\x07link\x1b]8;;\x1b\\", "link"},
		{"\x1bcreset", "reset"},
		{"nul\x00bel\x07del\x7f", "nulbeldel"},
		{"c1\u009b31m", "c131m"},
		{"bad\xffutf8", "bad\uFFFDutf8"},
		{"non\uFFFEchar\uFFFF", "nonchar"},
		{"ünïcødé ✓ 😀", "ünïcødé ✓ 😀"},
		{"/files/\u202egpj.exe", "/files/gpj.exe"},
		{"a\u2066b\u2069c\u200ed\u200fe\u061cf\u202ag\u202ch", "abcdefgh"},
		{"עברית and العربية", "עברית and العربية"},
	} {
		if got := sanitize(c.in); got != c.want {
			t.Errorf("sanitize(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestCleanRedactsFirstAndAgain(t *testing.T) {
	red := &secret.Redactor{}
	red.Add("S", "abc\x1bdef")
	red.Add("T", "tok123456")
	got := clean(red, "a=abc\x1bdef b=tok\x1b[0m123456")
	if strings.Contains(got, "tok123456") || strings.Contains(got, "abc") {
		t.Errorf("clean left a secret: %q", got)
	}
	if !strings.Contains(got, "[S sha256:") || !strings.Contains(got, "[T sha256:") {
		t.Errorf("clean: %q", got)
	}
	if clean(nil, "x\x1b[1my") != "xy" {
		t.Error("clean with a nil redactor")
	}
}

func TestTruncate(t *testing.T) {
	if s, cut := truncate("héllo", 2); s != "h..." || !cut {
		t.Errorf("%q %v", s, cut)
	}
	if s, cut := truncate("abc", 3); s != "abc" || cut {
		t.Errorf("%q %v", s, cut)
	}
}

// literal's and word's shortcuts say what the long way says.
func FuzzLiteralWord(f *testing.F) {
	for _, s := range []string{"", "GET", "happy", "no_auth", "a b", " a", "a ", "a  b", "a\tb", "ü b", "a\x00b", "x.y-z_1", "a\u00a0b", "\x7f"} {
		f.Add(s)
	}
	wordRE := regexp.MustCompile(`^[A-Za-z0-9_.-]+$`)
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := literal(s), strings.Join(strings.Fields(sanitize(s)), " "); got != want {
			t.Errorf("literal(%q) = %q, want %q", s, got, want)
		}
		if got, want := isWord(s), wordRE.MatchString(s); got != want {
			t.Errorf("isWord(%q) = %v, want %v", s, got, want)
		}
	})
}
