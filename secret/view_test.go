package secret

import (
	"html"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/authspec/authspec/secret/secrettest"
)

// The decoder reads text into views that come from a pool and keeps no
// allocation per escape. Here it is compared with the decoder it replaced
// (refDecode below, as it was): the same bytes and the same source spans
// for every echo form of every corpus shape in every surrounding, for a
// table of escapes at their edges, decoded once and again (deeper), in a
// fresh view and in a pooled one that held a longer text before; and
// FuzzDecodeSameAsBefore looks for any text where they differ.
func TestDecodeSameAsBefore(t *testing.T) {
	var texts []string
	for _, sh := range shapes {
		for _, e := range secrettest.Echoes {
			for _, sur := range surroundings {
				texts = append(texts, sur.before+e.Render(sh.value)+sur.after)
			}
		}
	}
	texts = append(texts, decodeEdges...)
	for _, s := range texts {
		sameDecoding(t, s)
	}
}

// decodeEdges are escapes cut short, malformed or at the end of a text.
var decodeEdges = []string{
	"", "%", "%4", "%41", "%4g", "%%41", "\\", "\\u", "\\u12", "\\u004", "\\u0041x", "\\ud83d", "\\ud83d\\ude00",
	"\\ud83d\\u0041", "\\ude00", "\\U0001F600", "\\U0011FFFF", "\\U0001F60", "\\x4", "\\x41", "\\xg1", "\\q", "\\/\\\"\\\\\\'",
	"a\\nb", "a\\r\\n   b", "a\n\t  b", "a\r\nb", "\\n", "&", "&;", "&#;", "&#x;", "&#X41;", "&#x41;", "&#xx41;", "&#xX41;",
	"&#41;", "&#4a;", "&#a1;", "&#x10FFFF;", "&#x110000;", "&#0;", "&amp;", "&amp", "&AMP;", "&a1;", "&1a;", "&notanentity;",
	"&verylongentityname;", "&lt;&gt;&quot;&#39;", "%252F", "\\\\\\/", "&amp;#x2F;", "%5Cu0041", "\\u0025\\u0034\\u0031",
	"ü%C3%BC\\u00fc&uuml;", "\xff%ff\\xff", strings.Repeat("\\u0041", 50),
}

func sameDecoding(t *testing.T, s string) {
	t.Helper()
	for _, keep := range []bool{false, true} {
		want := refDecode(s, keep)
		got := decode(s, keep)
		if !sameView(got, want) {
			t.Fatalf("decode(%q, %v) = %q, want %q (as before)", s, keep, got.b, want.b)
		}
		// A pooled view that held a longer text decodes s the same.
		p := pooledView()
		decodeInto(p, strings.Repeat("%41\\n", 40)+s, keep)
		decodeInto(p, s, keep)
		if !sameView(p, want) {
			t.Fatalf("decode(%q, %v) into a used view = %q, want %q", s, keep, p.b, want.b)
		}
		p.release()
		for depth := 2; depth <= maxDepth; depth++ {
			want = want.refDeeper(keep)
			got := decodeN(s, keep, depth)
			if (got == nil) != (want == nil) || got != nil && !sameView(got, want) {
				t.Fatalf("decodeN(%q, %v, %d) differs from before", s, keep, depth)
			}
			got.release()
			if want == nil {
				break
			}
		}
	}
}

// sameView: the same bytes, each from the same source span.
func sameView(v *view, ref *refView) bool {
	if string(v.b) != string(ref.b) || v.mapped != (ref.start != nil) {
		return false
	}
	return !v.mapped || slices.Equal(v.start, ref.start) && slices.Equal(v.end, ref.end)
}

func FuzzDecodeSameAsBefore(f *testing.F) {
	for _, s := range decodeEdges {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		sameDecoding(t, s)
	})
}

// refView and refDecode are the decoder before views were pooled, as it
// was (with its helpers renamed), kept as the reference of the tests
// above.
type refView struct {
	b          []byte
	start, end []int32
}

func (v *refView) src(i int) (int, int) {
	if v.start == nil {
		return i, i + 1
	}
	return int(v.start[i]), int(v.end[i])
}

func (v *refView) refDeeper(keepBreaks bool) *refView {
	if v == nil || v.start == nil {
		return nil
	}
	w := refDecode(string(v.b), keepBreaks)
	if len(w.b) == len(v.b) {
		return nil
	}
	for i := range w.b {
		from, _ := v.src(int(w.start[i]))
		_, to := v.src(int(w.end[i]) - 1)
		w.start[i], w.end[i] = int32(from), int32(to)
	}
	return w
}

func refDecode(s string, keepBreaks bool) *refView {
	if !strings.ContainsAny(s, "%\\&\r\n") {
		return &refView{b: []byte(s)}
	}
	v := &refView{b: make([]byte, 0, len(s)), start: make([]int32, 0, len(s)), end: make([]int32, 0, len(s))}
	emit := func(from, to int, bs ...byte) {
		for _, c := range bs {
			v.b = append(v.b, c)
			v.start = append(v.start, int32(from))
			v.end = append(v.end, int32(to))
		}
	}
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '%' && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]):
			emit(i, i+3, unhex(s[i+1])<<4|unhex(s[i+2]))
			i += 3
		case (c == '\r' || c == '\n') && !keepBreaks:
			i = skipIndent(s, i+1)
		case c == '\\' && i+1 < len(s):
			n, bs, brk := refUnescape(s[i:])
			switch {
			case n == 0:
				emit(i, i+1, c)
				i++
			case brk && !keepBreaks:
				i = skipIndent(s, i+n)
			default:
				emit(i, i+n, bs...)
				i += n
			}
		case c == '&':
			if n, r := refEntity(s[i:]); n > 0 {
				emit(i, i+n, r...)
				i += n
				break
			}
			emit(i, i+1, c)
			i++
		default:
			emit(i, i+1, c)
			i++
		}
	}
	return v
}

func refEntity(s string) (int, []byte) {
	end := strings.IndexByte(s[:min(len(s), maxEntity)], ';')
	if end < 2 {
		return 0, nil
	}
	ref := s[1:end]
	if ref[0] == '#' {
		digits := strings.TrimLeft(ref[1:], "xX")
		hexa := len(digits) == len(ref)-2
		if digits == "" || len(ref)-1-len(digits) > 1 {
			return 0, nil
		}
		for i := 0; i < len(digits); i++ {
			if c := digits[i]; !isHex(c) || !hexa && c > '9' {
				return 0, nil
			}
		}
	} else {
		for i := 0; i < len(ref); i++ {
			if c := ref[i]; !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || i > 0 && c >= '0' && c <= '9') {
				return 0, nil
			}
		}
	}
	u := html.UnescapeString(s[:end+1])
	if u == s[:end+1] {
		return 0, nil
	}
	return end + 1, []byte(u)
}

func refUnescape(s string) (int, []byte, bool) {
	switch s[1] {
	case '/', '"', '\\', '\'':
		return 2, []byte{s[1]}, false
	case 'n':
		return 2, []byte{'\n'}, true
	case 'r':
		return 2, []byte{'\r'}, true
	case 't':
		return 2, []byte{'\t'}, false
	case 'x':
		if len(s) >= 4 && isHex(s[2]) && isHex(s[3]) {
			return 4, []byte{unhex(s[2])<<4 | unhex(s[3])}, false
		}
	case 'U':
		hi, ok1 := hex4(s[2:])
		lo, ok2 := hex4(s[min(6, len(s)):])
		if r := hi<<16 | lo; ok1 && ok2 && utf8.ValidRune(r) {
			return 10, utf8.AppendRune(nil, r), false
		}
	case 'u':
		r, ok := hex4(s[2:])
		if !ok {
			return 0, nil, false
		}
		n := 6
		if r >= 0xd800 && r < 0xdc00 && len(s) >= 12 && s[6] == '\\' && s[7] == 'u' {
			if lo, ok := hex4(s[8:]); ok && lo >= 0xdc00 && lo < 0xe000 {
				r, n = (r-0xd800)<<10+(lo-0xdc00)+0x10000, 12
			}
		}
		return n, utf8.AppendRune(nil, r), false
	}
	return 0, nil, false
}
