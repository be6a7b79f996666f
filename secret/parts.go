package secret

import (
	"encoding/binary"
	"slices"
	"sync"
	"unicode/utf8"
)

// A part of a long secret is looked for where a server cut it and said so:
// a prefix followed by an ellipsis or a mask ("sk_live_Q7x9Za2bC4dE…",
// "…***"), or a suffix after one ("****…hJ0k"), as APIs and loggers
// shorten what they echo. A part counts when it holds at least half of the
// value's characters, and at least 8: the "sk_live_" that every key of a
// kind starts with, or the last 4 characters shown as a hint, stay. The
// cut marker is replaced with the part. Without a marker nothing is cut:
// ids that share a prefix with a captured one (acc_000001, acc_000002)
// would lose it.

// cutIndex finds the suffixes of values that are parts. It is built on
// the first marker met: most texts have none, and a run that captures
// thousands of values would otherwise index every one's ends.
type cutIndex struct {
	parts  []entry // the values whose parts are looked for
	once   sync.Once
	suffix map[uint64][]suffix // first 8 bytes, ASCII lower-cased → suffixes, longest first
}

// suffix is the end of a value whose parts are looked for.
type suffix struct{ text, label, whole string }

func (c *cutIndex) build() {
	c.suffix = map[uint64][]suffix{}
	for _, e := range c.parts {
		c.addSuffixes(e.text, e.label)
	}
	for _, ss := range c.suffix {
		slices.SortFunc(ss, func(a, b suffix) int { return longestFirst(a.text, b.text) })
	}
}

// minPart is the fewest characters of value a part must hold.
func minPart(value string) int {
	return max(ShortLen, (utf8.RuneCountInString(value)+1)/2)
}

// addSuffixes indexes text's suffixes that are parts, by their first 8
// bytes.
func (c *cutIndex) addSuffixes(text, label string) {
	need := minPart(text)
	for off, n := 1, utf8.RuneCountInString(text)-1; off < len(text) && n >= need; off++ {
		if !utf8.RuneStart(text[off]) {
			continue
		}
		if len(text)-off >= 8 {
			k := lowerKey(key(text[off:]))
			c.suffix[k] = append(c.suffix[k], suffix{text: text[off:], label: label, whole: text})
		}
		n--
	}
}

// cutAfter finds, at b[i:], a prefix of one of es (the entries whose first
// 8 bytes b[i:] starts with) that is a part, and the marker after it: the
// length of both, and the entry.
func cutAfter(b []byte, i int, es []entry) (int, *entry) {
	for k := range es {
		e := &es[k]
		if !e.part {
			continue
		}
		p := foldPrefix(b[i:], e.text)
		for p > 0 && p < len(e.text) && !utf8.RuneStart(e.text[p]) {
			p--
		}
		if p == len(e.text) || utf8.RuneCountInString(e.text[:p]) < minPart(e.text) {
			continue
		}
		if n := markerAt(b, i+p); n > 0 {
			return p + n, e
		}
	}
	return 0, nil
}

// cutBefore finds, at b[i:], a marker and after it a suffix that is a part
// of a value: the length of both, and the suffix's entry.
// The suffix may itself start with what reads as a marker ("**ab…"):
// each place in the run is tried, longest marker first.
func (m *matcher) cutBefore(b []byte, i int) (int, *suffix) {
	n := markerAt(b, i)
	if n == 0 || len(m.cut.parts) == 0 {
		return 0, nil
	}
	m.cut.once.Do(m.cut.build)
	for ; n > 0; n-- {
		if i+n+8 > len(b) {
			continue
		}
		es := m.cut.suffix[lowerKey(binary.LittleEndian.Uint64(b[i+n:]))]
		for k := range es {
			e := &es[k]
			if len(e.text) <= len(b)-i-n && equalFoldASCII(b[i+n:i+n+len(e.text)], e.text) {
				return n + len(e.text), e
			}
		}
	}
	return 0, nil
}

// foldPrefix is the length of the longest common prefix of b and s, ASCII
// letters compared in any case.
func foldPrefix(b []byte, s string) int {
	n := min(len(b), len(s))
	for i := range n {
		if !equalFoldASCII(b[i:i+1], s[i:i+1]) {
			return i
		}
	}
	return n
}

// markerAt is the length of the cut marker at b[i:], 0 when there is
// none: a run of "…", "•" or "*", or of two dots or more.
func markerAt(b []byte, i int) int {
	j := i
	for j < len(b) {
		switch {
		case b[j] == '*':
			j++
		case j+1 < len(b) && b[j] == '.' && b[j+1] == '.' || j > i && b[j] == '.' && b[j-1] == '.':
			j++
		case j+3 <= len(b) && b[j] == 0xe2 && b[j+1] == 0x80 && (b[j+2] == 0xa6 || b[j+2] == 0xa2):
			j += 3
		default:
			return j - i
		}
	}
	return j - i
}
