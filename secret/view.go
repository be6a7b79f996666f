package secret

import (
	"html"
	"slices"
	"sync"
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
	start, end []int32 // source span of each byte, when mapped
	// mapped: b is the source decoded; else b is the source itself, and
	// start and end are unused.
	mapped bool
}

func (v *view) src(i int) (int, int) {
	if !v.mapped {
		return i, i + 1
	}
	return int(v.start[i]), int(v.end[i])
}

// seamAt reports whether the view dropped a line break just before byte
// i: its source is not contiguous there.
func (v *view) seamAt(i int) bool {
	return v.mapped && i > 0 && i < len(v.b) && v.start[i] != v.end[i-1]
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

// Views are made and dropped by every pass of Redact over every text (a
// byte and two spans per byte of a body: 9 bytes of memory per byte of
// text, made anew per depth), so the passes take them from a pool and
// give them back; views over more than maxPooled bytes are left to the
// collector rather than kept.
var viewPool = sync.Pool{New: func() any { return new(view) }}

const maxPooled = 256 << 10

func pooledView() *view { return viewPool.Get().(*view) }

// release gives v back to the pool; v must not be used after.
func (v *view) release() {
	if v != nil && cap(v.b) <= maxPooled {
		viewPool.Put(v)
	}
}

// decode is the view of s decoded once (see view), in memory of its own.
func decode(s string, keepBreaks bool) *view {
	v := new(view)
	decodeInto(v, s, keepBreaks)
	return v
}

// decodeN is the view of s decoded n times, with spans into s, from the
// pool; nil when the n-th decoding changes nothing (the text holds no
// more escapes).
func decodeN(s string, keepBreaks bool, n int) *view {
	v := pooledView()
	decodeInto(v, s, keepBreaks)
	for i := 1; i < n && v != nil; i++ {
		w := v.deeper(keepBreaks)
		v.release()
		v = w
	}
	return v
}

// deeper is v decoded once more, with spans into v's source, from the
// pool; nil when that changes nothing.
func (v *view) deeper(keepBreaks bool) *view {
	if !v.mapped {
		return nil // v is its source: it had nothing to decode, nor has it now
	}
	w := pooledView()
	decodeInto(w, v.b, keepBreaks)
	if len(w.b) == len(v.b) {
		w.release()
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

// decodeInto makes v the view of s decoded once, reusing v's memory. s is
// a string, or the bytes of another view (decoded again without a copy).
func decodeInto[T string | []byte](v *view, s T, keepBreaks bool) {
	v.b, v.start, v.end = v.b[:0], v.start[:0], v.end[:0]
	v.mapped = hasEscape(s)
	if !v.mapped {
		v.b = append(v.b, s...)
		return
	}
	v.b = slices.Grow(v.b, len(s))
	v.start, v.end = slices.Grow(v.start, len(s)), slices.Grow(v.end, len(s))
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '%' && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]):
			v.emit(i, i+3, unhex(s[i+1])<<4|unhex(s[i+2]))
			i += 3
		case (c == '\r' || c == '\n') && !keepBreaks:
			i = skipIndent(s, i+1)
		case c == '\\' && i+1 < len(s):
			n, bs, brk := unescape(s[i:])
			switch {
			case n == 0:
				v.emit(i, i+1, c)
				i++
			case brk && !keepBreaks:
				i = skipIndent(s, i+n)
			default:
				for _, d := range bs.bytes() {
					v.emit(i, i+n, d)
				}
				i += n
			}
		case c == '&':
			if n, r := entity(s[i:]); n > 0 {
				for k := 0; k < len(r); k++ {
					v.emit(i, i+n, r[k])
				}
				i += n
				break
			}
			v.emit(i, i+1, c)
			i++
		default:
			v.emit(i, i+1, c)
			i++
		}
	}
}

// hasEscape reports whether s holds anything decode decodes or drops.
func hasEscape[T string | []byte](s T) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '%', '\\', '&', '\r', '\n':
			return true
		}
	}
	return false
}

// emit adds byte c, decoded from the source bytes [from, to), to v.
func (v *view) emit(from, to int, c byte) {
	v.b = append(v.b, c)
	v.start = append(v.start, int32(from))
	v.end = append(v.end, int32(to))
}

// skipIndent skips the spaces and tabs that follow a line break: a server
// that folds a long line indents its continuation ("abc\n      xyz").
func skipIndent[T string | []byte](s T, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	return i
}

// entity decodes the HTML character reference at the start of s ("&#x2F;",
// "&#47;", "&amp;"): its length and the bytes it stands for; 0 when it is
// none. Only references closed by ";" count: "&a=1&b" is a query.
func entity[T string | []byte](s T) (int, string) {
	end := -1
	for i := 0; i < min(len(s), maxEntity); i++ {
		if s[i] == ';' {
			end = i
			break
		}
	}
	if end < 2 {
		return 0, ""
	}
	ref := s[1:end]
	if ref[0] == '#' {
		digits := 1
		hexa := len(ref) > 1 && (ref[1] == 'x' || ref[1] == 'X')
		if hexa {
			digits = 2
		}
		if digits == len(ref) {
			return 0, ""
		}
		for i := digits; i < len(ref); i++ {
			if c := ref[i]; !isHex(c) || !hexa && c > '9' {
				return 0, ""
			}
		}
	} else {
		for i := 0; i < len(ref); i++ {
			if c := ref[i]; !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || i > 0 && c >= '0' && c <= '9') {
				return 0, ""
			}
		}
	}
	raw := string(s[:end+1])
	u := html.UnescapeString(raw)
	if u == raw {
		return 0, ""
	}
	return end + 1, u
}

// maxEntity bounds an HTML reference's length ("&#x10FFFF;", the common
// named ones); longer names decode to nothing a secret holds.
const maxEntity = 12

// unescape decodes the backslash escape at the start of s: its length, the
// bytes it stands for, and whether it is a line break. 0 when it is none.
func unescape[T string | []byte](s T) (int, decoded, bool) {
	switch s[1] {
	case '/', '"', '\\', '\'':
		return 2, one(s[1]), false
	case 'n':
		return 2, one('\n'), true
	case 'r':
		return 2, one('\r'), true
	case 't':
		return 2, one('\t'), false
	case 'x':
		if len(s) >= 4 && isHex(s[2]) && isHex(s[3]) {
			return 4, one(unhex(s[2])<<4 | unhex(s[3])), false
		}
	case 'U':
		hi, ok1 := hex4(s[2:])
		lo, ok2 := hex4(s[min(6, len(s)):])
		if r := hi<<16 | lo; ok1 && ok2 && utf8.ValidRune(r) {
			return 10, runeOf(r), false
		}
	case 'u':
		r, ok := hex4(s[2:])
		if !ok {
			return 0, decoded{}, false
		}
		n := 6
		if r >= 0xd800 && r < 0xdc00 && len(s) >= 12 && s[6] == '\\' && s[7] == 'u' {
			if lo, ok := hex4(s[8:]); ok && lo >= 0xdc00 && lo < 0xe000 {
				r, n = (r-0xd800)<<10+(lo-0xdc00)+0x10000, 12
			}
		}
		return n, runeOf(r), false
	}
	return 0, decoded{}, false
}

// decoded is what an escape stands for: up to one UTF-8 rune, in place
// (a slice per escape was an allocation per escape of a body).
type decoded struct {
	b [utf8.UTFMax]byte
	n int
}

func (d *decoded) bytes() []byte { return d.b[:d.n] }

func one(c byte) decoded { return decoded{b: [utf8.UTFMax]byte{c}, n: 1} }

// runeOf is r in UTF-8 (an invalid rune, a lone surrogate, as U+FFFD).
func runeOf(r rune) decoded {
	var d decoded
	d.n = utf8.EncodeRune(d.b[:], r)
	return d
}

func hex4[T string | []byte](s T) (rune, bool) {
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
