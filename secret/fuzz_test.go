package secret

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/authspec/authspec/secret/secrettest"
)

// FuzzRedact inserts a secret, in one of the echo forms of the corpus,
// into random text: the secret must not survive in any form, and the text
// around it must come out unchanged. Every corpus case is a seed; more
// seeds live in testdata/fuzz/FuzzRedact.
func FuzzRedact(f *testing.F) {
	for i, sh := range shapes {
		for j := range secrettest.Echoes {
			f.Add("before "+surroundings[i%len(surroundings)].before, sh.value, uint8(j), surroundings[j%len(surroundings)].after+" after")
		}
	}
	f.Fuzz(func(t *testing.T, before, value string, form uint8, after string) {
		value = strings.TrimSpace(strings.ToValidUTF8(value, ""))
		if utf8.RuneCountInString(value) < ShortLen || strings.IndexFunc(value, unicode.IsControl) >= 0 {
			t.Skip("short secrets are whole tokens; the corpus covers them")
		}
		if string(decode(value, false).b) != value {
			t.Skip("a secret that itself reads as an escape (\"%41\") is found as written and decoded, not in every form")
		}
		before, after = plainText(before), plainText(after)
		e := secrettest.Echoes[int(form)%len(secrettest.Echoes)]
		var r Redactor
		r.Add("FUZZ", value)
		label := Label("FUZZ", value)
		if r.Redact(before) != before || r.Redact(after) != after {
			t.Skip("the surrounding text holds the secret itself")
		}
		// A control character, which no secret here holds, keeps a match
		// from starting in the surrounding text ("0000 " + "0000 000").
		in := before + "\x01" + e.Render(value) + "\x01" + after
		want := before + "\x01" + label + "\x01" + after
		if got := r.Redact(in); got != want {
			t.Fatalf("%s of %q:\n in: %q\ngot: %q\nwant %q", e.Name, value, in, got, want)
		}
	})
}

// plainText keeps random text from forming an escape with the echo next
// to it ("%4" + "1…"), which would change what the echo says.
func plainText(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '%' || r == '\\' || r == utf8.RuneError || unicode.IsControl(r) || r == 0xFDD0 || r == 0xFDD1 {
			return -1
		}
		return r
	}, s)
}
