package secret

import (
	"strings"
	"unicode/utf8"
)

// view is a text with its escapes decoded, so that one form of a secret
// finds it however a server or a tool escaped it: %XX in any case (wholly
// or partly encoded), JSON's \uXXXX (any case, surrogate pairs too), \/,
// \", \\, and Go's \xXX and \UXXXXXXXX. Without breaks, line breaks (literal, or \n and
// \r escapes) are dropped, so a value split across lines reads whole (the
// indentation after a break is kept: it may be part of the value). Each byte of the view remembers
// the span of the source it came from, so a match is replaced in the
// source, escapes and all.
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

// span is the source range of the view bytes [i, j).
func (v *view) span(i, j int) (int, int) {
	a, _ := v.src(i)
	_, b := v.src(j - 1)
	return a, b
}

func decode(s string, keepBreaks bool) *view {
	if !strings.ContainsAny(s, "%\\\r\n") {
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
			i++
		case c == '\\' && i+1 < len(s):
			n, bs, brk := unescape(s[i:])
			switch {
			case n == 0:
				emit(i, i+1, c)
				i++
			case brk && !keepBreaks:
				i += n
			default:
				emit(i, i+n, bs...)
				i += n
			}
		default:
			emit(i, i+1, c)
			i++
		}
	}
	return v
}

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
