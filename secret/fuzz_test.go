package secret

import (
	"regexp"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/authspec/authspec/secret/secrettest"
)

// FuzzRedact inserts two secrets into random text, each in one of the echo
// forms of the corpus: a long one anywhere, and a short one as a whole
// token. Both properties are checked at once by comparing the whole
// output: each secret, in whatever form, becomes its label, and every
// character of the text around them comes out unchanged. Every corpus
// case is a seed; more seeds (inputs that once failed) live in
// testdata/fuzz/FuzzRedact.
func FuzzRedact(f *testing.F) {
	for i, sh := range shapes {
		for j := range secrettest.Echoes {
			f.Add(surroundings[i%len(surroundings)].before+"\x00"+surroundings[j%len(surroundings)].after,
				sh.value, shapes[(i+j)%len(shapes)].value, uint16(j<<8|i), uint16(i*j))
		}
	}
	f.Fuzz(func(t *testing.T, text, long, short string, forms, at uint16) {
		long = strings.TrimSpace(strings.ToValidUTF8(long, ""))
		if utf8.RuneCountInString(long) < ShortLen || strings.IndexFunc(long, unicode.IsControl) >= 0 {
			t.Skip("the long secret is short, or holds control characters")
		}
		if strings.Count(long, " ")+strings.Count(long, "\t") > maxFolds {
			t.Skip("only the first maxFolds spaces of a value are looked for where a line break took their place")
		}
		if string(decode(long, false).b) != long {
			t.Skip("a secret that itself reads as an escape (\"%41\") is found as written and decoded, not in every form")
		}
		if n := utf8.RuneCountInString(short); n < MinLen || n >= ShortLen || strings.IndexFunc(short, notWord) >= 0 {
			short = "" // only the long one
		}
		if short != "" && (strings.Contains(long, short) || strings.Contains(short, long)) {
			t.Skip("one secret holds the other")
		}
		var r Redactor
		r.Add("LONG", long)
		if short != "" {
			r.Add("SHORT", short)
		}
		// Three pieces of plain text around the two secrets; a control
		// character, which no secret here holds, keeps a match from
		// starting in the text ("0000 " + "0000 000").
		parts := split3(plainText(text), int(at))
		for _, p := range parts {
			if r.Redact(p) != p {
				t.Skip("the surrounding text holds a secret itself")
			}
		}
		e1 := secrettest.Echoes[int(forms&0xff)%len(secrettest.Echoes)]
		in := parts[0] + "\x01" + e1.Render(long) + "\x01" + parts[1]
		want := parts[0] + "\x01" + Label("LONG", long) + "\x01" + parts[1]
		name := e1.Name
		if short != "" {
			e2 := shortEchoes[int(forms>>8)%len(shortEchoes)]
			in += "\x01" + e2.Render(short) + "\x01" + parts[2]
			want += "\x01" + Label("SHORT", short) + "\x01" + parts[2]
			name += " and " + e2.Name
		} else {
			in += parts[2]
			want += parts[2]
		}
		if got := r.Redact(in); got != want {
			t.Fatalf("%s of %q and %q:\n in: %q\ngot: %q\nwant %q", name, long, short, in, got, want)
		}
		// The same secrets added to two forks (which then share their
		// contents) and gathered into their parent, as lint checks suites.
		var root Redactor
		forks := [2]*Redactor{root.Fork(), root.Fork()}
		for _, f := range forks {
			f.Add("LONG", long)
			if short != "" {
				f.Add("SHORT", short)
			}
		}
		root.AddFrom(forks[0])
		root.AddFrom(forks[1])
		for who, red := range map[string]*Redactor{"a fork": forks[1], "the forks' parent": &root} {
			if got := red.Redact(in); got != want {
				t.Fatalf("%s: %s of %q and %q:\n in: %q\ngot: %q\nwant %q", who, name, long, short, in, got, want)
			}
		}
	})
}

// shortEchoes are the forms a short secret is replaced in (split ones
// are no whole token).
var shortEchoes = func() []secrettest.Echo {
	var out []secrettest.Echo
	for _, e := range secrettest.Echoes {
		if !e.Long {
			out = append(out, e)
		}
	}
	return out
}()

func notWord(r rune) bool { return !isWordRune(r) }

// split3 cuts s in three at rune boundaries chosen by at.
func split3(s string, at int) [3]string {
	rs := []rune(s)
	i := 0
	if len(rs) > 0 {
		i = at % (len(rs) + 1)
	}
	j := i
	if len(rs) > i {
		j = i + (at/7)%(len(rs)-i+1)
	}
	return [3]string{string(rs[:i]), string(rs[i:j]), string(rs[j:])}
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

// FuzzPrefer checks a Prefer view against the redactor it views, with a
// long secret in one of the corpus's echo forms between random text: the
// view hides exactly what the redactor hides, leaves nothing it could
// still find, and, where the value itself has two names, differs only in
// the name. With staging's "Bearer " and the value under the first name,
// the view may show the scheme beside the preferred label.
func FuzzPrefer(f *testing.F) {
	for i, sh := range shapes {
		for j := range secrettest.Echoes {
			f.Add(surroundings[i%len(surroundings)].before+"\x00"+surroundings[j%len(surroundings)].after,
				sh.value, uint16(j<<1|i%2), uint16(i*j))
		}
	}
	f.Fuzz(func(t *testing.T, text, long string, forms, at uint16) {
		long = strings.TrimSpace(strings.ToValidUTF8(long, ""))
		if utf8.RuneCountInString(long) < ShortLen || strings.IndexFunc(long, unicode.IsControl) >= 0 ||
			strings.Count(long, " ")+strings.Count(long, "\t") > maxFolds || string(decode(long, false).b) != long {
			t.Skip("not a long secret FuzzRedact finds in every form")
		}
		if Clean(long) != long {
			t.Skip("the secret is itself wrapped")
		}
		wrapped := forms&1 == 1
		first := long
		if wrapped {
			first = "Bearer " + long
		}
		var r Redactor
		r.Add("FIRST", first)
		r.Add("USED", long)
		view := r.Prefer(Source{"USED", long})
		parts := split3(plainText(text), int(at))
		for _, p := range parts {
			if r.Redact(p) != p {
				t.Skip("the surrounding text holds a secret itself")
			}
		}
		e := secrettest.Echoes[int(forms>>1)%len(secrettest.Echoes)]
		echoed := long
		if wrapped && forms&2 == 2 {
			echoed = first
		}
		in := parts[0] + "\x01" + e.Render(echoed) + "\x01" + parts[1]
		base, got := r.Redact(in), view.Redact(in)
		if r.Redact(got) != got {
			t.Fatalf("%s of %q: the view left a secret the redactor finds:\n in: %q\ngot: %q", e.Name, echoed, in, got)
		}
		if !wrapped {
			want := strings.ReplaceAll(base, Label("FIRST", long), Label("USED", long))
			if got != want {
				t.Fatalf("%s of %q:\n in: %q\ngot: %q\nwant %q", e.Name, echoed, in, got, want)
			}
			return
		}
		if norm(got) != norm(base) {
			t.Fatalf("%s of %q: the view hides something else:\n in: %q\nbase %q\ngot: %q", e.Name, echoed, in, base, got)
		}
	})
}

// norm replaces each label, with the scheme a Prefer view may show before
// it (in the case the server wrote it), by "#": what two redactions hide, whatever their names.
func norm(s string) string { return normRE.ReplaceAllString(s, "#") }

var normRE = regexp.MustCompile(`(?i:Bearer )?\[[^\[\]\n]* sha256:[0-9a-f]{6}\]`)
