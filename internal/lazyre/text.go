package lazyre

import (
	"strings"
	"sync"
)

// Text is a text that many patterns read (diagnose reads each answer's
// words with every row of its table, a hundred alternations of phrases):
// it remembers which literals it holds, so that a word many patterns need
// ("invalid", "token", " not ") is looked for once per text, not once per
// pattern. Not safe for concurrent use: one reader holds it.
type Text struct {
	s string
	// known and held: bit i of known says literal i (literals) was
	// looked for, and bit i of held that the text holds it.
	known, held []uint64
	// pairs: the pairs of bytes the text holds (pairOf), made on the
	// first search: a literal one of whose pairs the text lacks is not
	// in it, known without scanning the text (most are not).
	pairs *[pairBits / 64]uint64
}

// pairBits: the bits of Text.pairs, one for each pair of 7-bit bytes (a
// byte above 127 is read without its top bit: two pairs may then share a
// bit, which can only send a literal to the full search).
const pairBits = 1 << 14

// pairOf is the bit of the bytes a and b, in that order.
func pairOf(a, b byte) uint16 { return uint16(a&0x7f)<<7 | uint16(b&0x7f) }

// pairsOf is the bits of l's pairs of bytes.
func pairsOf(l literal) []uint16 {
	var out []uint16
	for i := 0; i+1 < len(l); i++ {
		out = append(out, pairOf(l[i], l[i+1]))
	}
	return out
}

// NewText is s to be read by many patterns.
func NewText(s string) *Text { return &Text{s: s} }

// String is the text.
func (t *Text) String() string { return t.s }

// holds: t holds literal l, whose number and pairs of bytes are k's.
func (t *Text) holds(l literal, k key) bool {
	if t.pairs == nil {
		t.pairs = new([pairBits / 64]uint64)
		for i := 0; i+1 < len(t.s); i++ {
			p := pairOf(t.s[i], t.s[i+1])
			t.pairs[p/64] |= 1 << (p % 64)
		}
	}
	for _, p := range k.pairs {
		if t.pairs[p/64]&(1<<(p%64)) == 0 {
			return false
		}
	}
	w, bit := int(k.id/64), uint64(1)<<(k.id%64)
	if w >= len(t.known) {
		t.known = append(t.known, make([]uint64, w+1-len(t.known))...)
		t.held = append(t.held, make([]uint64, w+1-len(t.held))...)
	}
	if t.known[w]&bit == 0 {
		t.known[w] |= bit
		if strings.Contains(t.s, string(l)) {
			t.held[w] |= bit
		}
	}
	return t.held[w]&bit != 0
}

// literals numbers every literal any pattern needs, once: the same word
// in two patterns is one number.
var literals = struct {
	sync.Mutex
	id map[literal]int32
}{id: map[literal]int32{}}

// prefilter is a need with each literal's key, by which a Text finds
// whether it holds it.
type prefilter struct {
	need need
	keys [][]key
}

// key is a literal's number (literals) and its pairs of bytes (pairsOf).
type key struct {
	id    int32
	pairs []uint16
}

func newPrefilter(n need) prefilter {
	p := prefilter{need: n, keys: make([][]key, len(n))}
	literals.Lock()
	defer literals.Unlock()
	for i, set := range n {
		for _, l := range set {
			id, ok := literals.id[l]
			if !ok {
				id = int32(len(literals.id))
				literals.id[l] = id
			}
			p.keys[i] = append(p.keys[i], key{id, pairsOf(l)})
		}
	}
	return p
}

// inText is need.mayMatch over a Text: whether it holds a literal of each
// of the need's sets.
func (p prefilter) inText(t *Text) bool {
	for i, set := range p.need {
		found := false
		for j, l := range set {
			if t.holds(l, p.keys[i][j]) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}
