package lazyre

import (
	"regexp"
	"slices"
	"strings"
	"testing"
)

// needCases are patterns and texts on which a lazy regexp, which looks
// for what every match contains before it runs, must answer as the
// compiled regexp does: a match in any case ((?i)), also where a
// character folds to an ASCII one (the Kelvin sign, the long s), parts
// that may be absent, alternatives, invalid UTF-8.
var needCases = []struct {
	pattern string
	texts   []string
}{
	{`\binvalid (token|key)s?\b`, []string{"invalid token", "an invalid keys here", "invalid tokenizer", "valid token", "INVALID TOKEN", ""}},
	{`(?i)\binvalid (token|key)\b`, []string{"INVALID Token", "Invalid \u212Aey", "invalid ke\u017F", "inválid key", "invalid key", "valid key"}},
	{"(?i)\u212Aey|\u017Fession", []string{"KEY", "key", "Session", "\u212Aey", "none"}},
	{`(?i)clé|éclair`, []string{"CLÉ", "clé", "Éclair", "cle"}},
	// ß has no one-letter upper case (unicode.ToUpper leaves it), yet
	// (?i) matches ẞ with it; the Turkish dotted İ and dotless ı fold to
	// nothing else, so (?i) matches only themselves and they may be looked
	// for as written.
	{`(?i)ß`, []string{"ẞ", "ß", "ss", "SS"}},
	{`(?i)ı|İ`, []string{"ı", "İ", "i", "I", "x"}},
	{`Token`, []string{"token", "Token", "a Token b"}},
	{`(ab)?c|d+e`, []string{"c", "xx", "ddde", "ab"}},
	{`x{2,3}y|z{0,2}`, []string{"xxy", "xy", "", "q"}},
	{`[a-z]+_key`, []string{"api_key", "key", "API_KEY"}},
	{`\x{FFFD}`, []string{"\xff", "\uFFFD", "ok"}},
	{`a\x{FFFD}b|zz`, []string{"a\xffb", "ab", "zz"}},
	{`not authori[sz]ed|authori[sz]ation (failed|denied)|permission`, []string{"Not authorized", "not authorised", "authorization denied", "no permission", "nothing"}},
	{`^$`, []string{"", "a"}},
	// Alternations of four or more, run one alternative at a time
	// (alts.go): the match that starts first wins, and on a tie the
	// alternative written first, however long the others' matches.
	{`b|ab|xa|zz`, []string{"xab", "ab", "b", "zzab", ""}},
	{`ab|[a-z]|\wc|q`, []string{"ac", "abc", "9c", "q"}},
	{`x[0-9]|\d+|[a-z]\d+|q`, []string{"x12", "a123", "7x1"}},
	{`a||b|c`, []string{"", "b", "xa"}},
	{`^a|b$|\bc\b|d+`, []string{"ab", "cb", "x c y", "ddd", "dc"}},
	{`(?i)Key|ſession|token|(?i)clé`, []string{"KEY", "SESSION", "Token", "CLÉ", "token"}},
	{`(invalid (token|key)|expired|revoked) (token|key)|bad (key|token)s?|key (is )?invalid`, []string{"invalid token key", "an expired key, a bad key", "key invalid; bad tokens", "revoked"}},
}

func TestNeedAnswersAsRegexp(t *testing.T) {
	split := 0
	// One Text for each text, read by every pattern: what it remembers
	// from one pattern's words must answer for another's.
	texts := map[string]*Text{}
	for _, tc := range needCases {
		if altsOf(tc.pattern) != nil {
			split++
		}
		lazy, re := New(tc.pattern), regexp.MustCompile(tc.pattern)
		for _, s := range tc.texts {
			if got, want := lazy.MatchString(s), re.MatchString(s); got != want {
				t.Errorf("%q MatchString(%q) = %v, want %v", tc.pattern, s, got, want)
			}
			if got, want := lazy.FindString(s), re.FindString(s); got != want {
				t.Errorf("%q FindString(%q) = %q, want %q", tc.pattern, s, got, want)
			}
			if got, want := lazy.FindStringIndex(s), re.FindStringIndex(s); !slices.Equal(got, want) {
				t.Errorf("%q FindStringIndex(%q) = %v, want %v", tc.pattern, s, got, want)
			}
			if got, want := lazy.FindAllString(s, -1), re.FindAllString(s, -1); !slices.Equal(got, want) {
				t.Errorf("%q FindAllString(%q) = %q, want %q", tc.pattern, s, got, want)
			}
			if got, want := lazy.ReplaceAllString(s, "<$0>"), re.ReplaceAllString(s, "<$0>"); got != want {
				t.Errorf("%q ReplaceAllString(%q) = %q, want %q", tc.pattern, s, got, want)
			}
			if texts[s] == nil {
				texts[s] = NewText(s)
			}
			if got, want := lazy.FindIn(texts[s]), re.FindString(s); got != want {
				t.Errorf("%q FindIn(%q) = %q, want %q", tc.pattern, s, got, want)
			}
			if got, want := lazy.MatchIn(texts[s]), re.MatchString(s); got != want {
				t.Errorf("%q MatchIn(%q) = %v, want %v", tc.pattern, s, got, want)
			}
		}
	}
	if split < 5 {
		t.Errorf("%d patterns run one alternative at a time, want 5 or more: the cases no longer test it", split)
	}
}

// The literals a pattern needs, and that a text without them is ruled
// out before the regexp runs: one of them for every alternative, a set
// for each part of a sequence (the rarest first), none where a match may
// be empty or a word may come in any case; those that hold another are
// left out.
func TestNeedOf(t *testing.T) {
	for _, tc := range []struct {
		pattern string
		want    [][]string // nil: no need
	}{
		{`\binvalid (token|key)s?\b`, [][]string{{"invalid "}, {"token", "key"}}},
		{`(?i)Missing API[ _-]?KEY`, nil},
		{`(?i)missing|(?i)\$\{`, nil},
		{`(?i)://|\$\{`, [][]string{{"://", "${"}}},
		{`token|key|not a token`, [][]string{{"token", "key"}}},
		{`(token|key)?`, nil},
		{`[a-z]+`, nil},
		{`a|[0-9]`, nil},
		{`(ab){2}`, [][]string{{"ab"}}},
		{`no (api|access) key (was )?found`, [][]string{{" key "}, {"found"}, {"no "}}},
		{`(?i)no key|[a-z]+_key`, nil},
	} {
		var got [][]string
		for _, set := range needOf(tc.pattern) {
			var lits []string
			for _, l := range set {
				lits = append(lits, string(l))
			}
			got = append(got, lits)
		}
		if !slices.EqualFunc(got, tc.want, slices.Equal) {
			t.Errorf("needOf(%q) = %q, want %q", tc.pattern, got, tc.want)
		}
	}
	n := needOf(`\b(invalid|expired) (token|key)\b`)
	for s, want := range map[string]bool{"the answer was fine": false, "expired key": true, "invalid": false, "invalid token": true, "ungültig key": false} {
		if got := n.mayMatch(s); got != want {
			t.Errorf("mayMatch(%q) = %v, want %v", s, got, want)
		}
	}
}

// FuzzNeed: whatever the pattern and the text, the lazy regexp answers as
// the compiled one.
func FuzzNeed(f *testing.F) {
	for _, tc := range needCases {
		for _, s := range tc.texts {
			f.Add(tc.pattern, s)
		}
	}
	f.Fuzz(func(t *testing.T, pattern, s string) {
		re, err := regexp.Compile(pattern)
		if err != nil || strings.Count(pattern, "{") > 3 {
			return
		}
		lazy := New(pattern)
		if got, want := lazy.FindStringIndex(s), re.FindStringIndex(s); !slices.Equal(got, want) {
			t.Errorf("%q FindStringIndex(%q) = %v, want %v", pattern, s, got, want)
		}
		if got, want := lazy.MatchString(s), re.MatchString(s); got != want {
			t.Errorf("%q MatchString(%q) = %v, want %v", pattern, s, got, want)
		}
		text := NewText(s)
		New(`token|key|invalid|not |[a-z]+ed`).MatchIn(text) // remembers some words first
		if got, want := lazy.FindIn(text), re.FindString(s); got != want {
			t.Errorf("%q FindIn(%q) = %q, want %q", pattern, s, got, want)
		}
	})
}
