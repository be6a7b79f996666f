package secret

import (
	"html"
	"strings"
	"unicode/utf8"
)

// view is a text with its escapes decoded, so that one form of a secret
// finds it however a server or a tool escaped it: %XX in any case (wholly
// or partly encoded), JSON's \uXXXX (any case, surrogate pairs too), \/,
// \", \\, Go's \xXX and \UXXXXXXXX, and HTML character references
// (&#x2F;, &#47;, &amp; …). Without breaks, line breaks (literal, or \n
// and \r escapes) are dropped with the indentation that follows them, so
// a value that a server folded over lines reads whole. Each byte of the
// view remembers the span of the source it came from, so a match is
// replaced in the source, escapes and all.
//
// A text escaped twice (a JSON document inside a JSON string: \\\/,
// %252F, &amp;#x2F;) is read by decoding the view again: see decodeN.
type view struct {
	b          []byte
	start, end []int32 // source span of each byte; nil when b is the source itself
}

func (v *view) src(i int) (int, int) {
	if v.start == nil {
		return i, i + 1
	}
	return int(v.start[i]), int(v.end[i])
}

// seamAt reports whether the view dropped a line break just before byte
// i: its source is not contiguous there.
func (v *view) seamAt(i int) bool {
	return v.start != nil && i > 0 && i < len(v.b) && v.start[i] != v.end[i-1]
}

// span is the source range of the view bytes [i, j).
func (v *view) span(i, j int) (int, int) {
	a, _ := v.src(i)
	_, b := v.src(j - 1)
	return a, b
}

// maxDepth is how many times a text is decoded: a value escaped three
// times over is no echo a server gives by accident.
const maxDepth = 3

// decodeN is the view of s decoded n times, with spans into s; nil when
// the n-th decoding changes nothing (the text holds no more escapes).
func decodeN(s string, keepBreaks bool, n int) *view {
	v := decode(s, keepBreaks)
	for i := 1; i < n && v != nil; i++ {
		v = v.deeper(keepBreaks)
	}
	return v
}

// deeper is v decoded once more, with spans into v's source; nil when that
// changes nothing.
func (v *view) deeper(keepBreaks bool) *view {
	if v.start == nil {
		return nil // v is its source: it had nothing to decode, nor has it now
	}
	w := decode(string(v.b), keepBreaks)
	if len(w.b) == len(v.b) {
		return nil // every escape decodes to fewer bytes than it has
	}
	// Compose the spans: w's point into v.b, v's into the source.
	for i := range w.b {
		from, _ := v.src(int(w.start[i]))
		_, to := v.src(int(w.end[i]) - 1)
		w.start[i], w.end[i] = int32(from), int32(to)
	}
	return w
}

func decode(s string, keepBreaks bool) *view {
	if !strings.ContainsAny(s, "%\\&\r\n") {
		return &view{b: []byte(s)}
	}
	v := &view{b: make([]byte, 0, len(s)), start: make([]int32, 0, len(s)), end: make([]int32, 0, len(s))}
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
			n, bs, brk := unescape(s[i:])
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
			if n, r := entity(s[i:]); n > 0 {
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

// skipIndent skips the spaces and tabs that follow a line break: a server
// that folds a long line indents its continuation ("abc\n      xyz").
func skipIndent(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	return i
}

// entity decodes the HTML character reference at the start of s ("&#x2F;",
// "&#47;", "&amp;"): its length and the bytes it stands for; 0 when it is
// none. Only references closed by ";" count: "&a=1&b" is a query.
func entity(s string) (int, []byte) {
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

// maxEntity bounds an HTML reference's length ("&#x10FFFF;", the common
// named ones); longer names decode to nothing a secret holds.
const maxEntity = 12

// unescape decodes the backslash escape at the start of s: its length, the
// bytes it stands for, and whether it is a line break. 0 when it is none.
func unescape(s string) (int, []byte, bool) {
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

func hex4(s string) (rune, bool) {
	if len(s) < 4 {
		return 0, false
	}
	var r rune
	for i := range 4 {
		if !isHex(s[i]) {
			return 0, false
		}
		r = r<<4 | rune(unhex(s[i]))
	}
	return r, true
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

func unhex(c byte) byte {
	switch {
	case c >= 'a':
		return c - 'a' + 10
	case c >= 'A':
		return c - 'A' + 10
	}
	return c - '0'
}
