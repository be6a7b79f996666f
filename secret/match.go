package secret

import (
	"encoding/binary"
	"slices"

	"github.com/authspec/authspec/internal/lazyre"
	"strings"
	"unicode"
	"unicode/utf8"
)

// matcher is the redactor's compiled form. Long secrets are found anywhere
// in the view without line breaks, looked up by their first 8 bytes (one
// map probe per position, whatever the number of secrets); short ones are
// found only as whole tokens, in the view that keeps line breaks as
// separators, looked up by each length they come in.
//
// In long forms, ASCII letters match in any case: a server that
// upper-cases a message ("INVALID KEY SK_LIVE_…") or capitalises its first
// word gives the secret away all the same. A form written in exactly that
// case wins over one that matches only in another case, so two secrets
// that differ in case keep their own labels. (Other letters: forms.go adds
// a long value wholly upper- and lower-cased.) Short forms match in their
// own case only: a password "basic" or "test" must not hide the scheme
// "Basic" or a server's "Test" in every header and sentence.
type matcher struct {
	long    map[uint64][]entry  // first 8 bytes, ASCII lower-cased → entries, longest first
	starts  [256]bool           // the bytes a key of long starts with, in either case: no probe elsewhere
	cut     cutIndex            // the ends of values whose parts are looked for (parts.go)
	folds   map[string][]seamed // a long value folded where it had spaces → where the break must be
	foldLen []int               // their lengths, longest first
	tokens  map[string]string   // short form → label
	tokLens []int               // lengths of the short forms, longest first
}

// entry is a long form; part says that its parts are looked for where
// cut (parts.go).
type entry struct {
	text, label string
	part        bool
}

// seamed is a folded form: it matches only where the view dropped a line
// break at byte seam of the form, so "pass word" wrapped as "pass\n word"
// is found, and the word "password" elsewhere is not.
type seamed struct {
	seam  int
	label string
}

func (r *Redactor) compiled() *matcher {
	r.mu.RLock()
	m, n := r.m, len(r.pats)+len(r.folds)
	r.mu.RUnlock()
	if m != nil || n == 0 {
		return m
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.m != nil {
		return r.m
	}
	m = &matcher{long: map[uint64][]entry{}, folds: map[string][]seamed{}, tokens: map[string]string{}}
	for f, label := range r.folds {
		m.folds[f.text] = append(m.folds[f.text], seamed{f.seam, label})
		m.foldLen = addLen(m.foldLen, len(f.text))
	}
	for text, p := range r.pats {
		if p.token || len(text) < 8 {
			m.tokens[text] = p.label
			m.tokLens = addLen(m.tokLens, len(text))
			continue
		}
		k := lowerKey(key(text))
		m.long[k] = append(m.long[k], entry{text: text, label: p.label, part: p.part})
		if p.part {
			m.cut.parts = append(m.cut.parts, entry{text: text, label: p.label})
		}
	}
	var first [256]bool // the keys' first bytes (lower-cased)
	for k, es := range m.long {
		slices.SortFunc(es, func(a, b entry) int { return longestFirst(a.text, b.text) })
		first[byte(k)] = true
	}
	for c := range m.starts {
		// A byte starts a key when findLong's lookup lower-cases it to
		// a key's first byte.
		m.starts[c] = first[byte(lowerKey(uint64(c)))]
	}
	r.m = m
	return m
}

// longestFirst orders forms longest first, then as strings.
func longestFirst(a, b string) int {
	if d := len(b) - len(a); d != 0 {
		return d
	}
	return strings.Compare(a, b)
}

// addLen adds n to lens, kept longest first, once.
func addLen(lens []int, n int) []int {
	if slices.Contains(lens, n) {
		return lens
	}
	lens = append(lens, n)
	slices.Sort(lens)
	slices.Reverse(lens)
	return lens
}

func key(b string) uint64 { return binary.LittleEndian.Uint64([]byte(b[:8])) }

// lowerKey lower-cases the ASCII letters among the 8 bytes of k at once:
// a byte gets 0x20 when it is in 'A'..'Z' (each test below sets a byte's
// top bit; no byte's sum carries into the next one).
func lowerKey(k uint64) uint64 {
	const ones, tops = 0x0101010101010101, 0x8080808080808080
	low7 := k &^ tops
	atLeastA := low7 + (0x80-'A')*ones
	pastZ := low7 + (0x80-'Z'-1)*ones
	upper := atLeastA &^ pastZ &^ k & tops
	return k | upper>>2
}

// equalFoldASCII reports whether a and b are equal with ASCII letters
// compared in any case.
func equalFoldASCII(a []byte, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if x == y {
			continue
		}
		if x|0x20 != y|0x20 || x|0x20 < 'a' || x|0x20 > 'z' {
			return false
		}
	}
	return true
}

// Redact returns s with every known secret, in every form, replaced by its
// label. Labels already in s are left whole.
func (r *Redactor) Redact(s string) string {
	if r == nil || s == "" {
		return s
	}
	m := r.root().compiled()
	if m == nil {
		return s
	}
	findLong, findToken := m.findLong, m.findToken
	if r.prefer != nil {
		findLong, findToken = r.preferring(findLong), r.preferring(findToken)
	}
	// Each pass reads the text decoded once more (a JSON string inside a
	// JSON string, a value percent-encoded twice), and stops when there is
	// nothing left to decode. Long forms go first, at every depth: a
	// short form of a value (its unquoted core) must not take a match
	// that the whole value, escaped twice, makes.
	if len(m.long)+len(m.folds) > 0 {
		s = m.passes(s, false, findLong)
	}
	if len(m.tokens) > 0 {
		s = m.passes(s, true, findToken)
	}
	return s
}

// passes replaces matches in s decoded once, twice, … up to maxDepth
// times. A view is decoded further from the last one while nothing was
// replaced, and from the new text when something was.
func (m *matcher) passes(s string, keepBreaks bool, at find) string {
	v := decodeN(s, keepBreaks, 1)
	for depth := 1; ; depth++ {
		t := m.replace(s, v, at)
		if depth == maxDepth {
			v.release()
			return t
		}
		var next *view
		if t != s {
			s, next = t, decodeN(t, keepBreaks, depth+1)
		} else {
			next = v.deeper(keepBreaks)
		}
		v.release()
		if v = next; v == nil {
			return s
		}
	}
}

// find reports the length and label of a match at view position i, and
// the form it matched: for a part of a value (parts.go), the whole form.
type find func(v *view, i int) (n int, label, form string)

// preferring is at with each match relabelled as the view made by Prefer
// names it: by the text matched, else (a part of a value) by its form.
func (r *Redactor) preferring(at find) find {
	return func(v *view, i int) (int, string, string) {
		n, label, form := at(v, i)
		if n > 0 {
			text := string(v.b[i : i+n])
			l := r.relabel(text, label)
			if l == label && form != text {
				l = r.relabel(form, label)
			}
			label = l
		}
		return n, label, form
	}
}

// replace finds matches left to right in v, a view of s, and replaces their
// source spans, skipping any that would touch a label.
func (m *matcher) replace(s string, v *view, at find) string {
	labels := labelsIn(s)
	var b strings.Builder
	last := 0
	for i := 0; i < len(v.b); {
		n, label, _ := at(v, i)
		if n == 0 {
			i++
			continue
		}
		from, to := v.span(i, i+n)
		if from < last || inLabel(labels, from, to) {
			i++
			continue
		}
		b.WriteString(s[last:from])
		b.WriteString(label)
		last = to
		i += n
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

func (m *matcher) findLong(v *view, i int) (int, string, string) {
	if i+8 <= len(v.b) && m.starts[v.b[i]] {
		// Entries are longest first: of those of one length, one written
		// in the same case wins over one that matches in another case.
		es := m.long[lowerKey(binary.LittleEndian.Uint64(v.b[i:]))]
		var found *entry
		for k := range es {
			e := &es[k]
			if found != nil && len(e.text) < len(found.text) {
				break
			}
			if len(e.text) > len(v.b)-i {
				continue
			}
			w := v.b[i : i+len(e.text)]
			if string(w) == e.text {
				return len(e.text), e.label, e.text
			}
			if found == nil && equalFoldASCII(w, e.text) {
				found = e
			}
		}
		if found != nil {
			return len(found.text), found.label, found.text
		}
		if n, e := cutAfter(v.b, i, es); n > 0 {
			return n, e.label, e.text
		}
	}
	if n, e := m.cutBefore(v.b, i); n > 0 {
		return n, e.label, e.whole
	}
	for _, n := range m.foldLen {
		if i+n > len(v.b) {
			continue
		}
		for _, f := range m.folds[string(v.b[i:i+n])] {
			if v.seamAt(i + f.seam) {
				return n, f.label, string(v.b[i : i+n])
			}
		}
	}
	return 0, "", ""
}

func (m *matcher) findToken(v *view, i int) (int, string, string) {
	wordBefore := wordEndsAt(v.b, i)
	if wordBefore && wordStartsAt(v.b, i) {
		return 0, "", "" // inside a word
	}
	for _, n := range m.tokLens {
		if i+n > len(v.b) {
			continue
		}
		label, ok := m.tokens[string(v.b[i:i+n])]
		if !ok {
			continue
		}
		if wordEndsAt(v.b, i+n) && wordStartsAt(v.b, i+n) {
			continue // the token goes on after the secret
		}
		return n, label, string(v.b[i : i+n])
	}
	return 0, "", ""
}

// lowerASCII is b with its ASCII letters lower-cased, in buf when it fits.
func lowerASCII(buf *[128]byte, b []byte) []byte {
	out := buf[:0]
	if len(b) > len(buf) {
		out = make([]byte, 0, len(b))
	}
	for _, c := range b {
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		out = append(out, c)
	}
	return out
}

// wordEndsAt reports whether the rune just before i is a letter or digit
// (or '_'); wordStartsAt, the rune at i.
func wordEndsAt(b []byte, i int) bool {
	if i <= 0 {
		return false
	}
	r, _ := utf8.DecodeLastRune(b[:i])
	return isWordRune(r)
}

func wordStartsAt(b []byte, i int) bool {
	if i >= len(b) {
		return false
	}
	r, _ := utf8.DecodeRune(b[i:])
	return isWordRune(r)
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r == '_' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
	}
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r))
}

// labelRE finds labels in a text, which no secret may rewrite ("sha256" or
// a short name inside "[API_TOKEN sha256:3f9a1c]").
var labelRE = lazyre.New(`\[[^\[\]\n]* sha256:[0-9a-f]{6}\]`)

// labelsIn is where labelRE finds labels in s: none without " sha256:",
// which every label holds (the regexp was most of the cost of a pass over
// a text that has none).
func labelsIn(s string) [][]int {
	if !strings.Contains(s, " sha256:") {
		return nil
	}
	return labelRE.FindAllStringIndex(s, -1)
}

func inLabel(labels [][]int, from, to int) bool {
	for _, l := range labels {
		if from < l[1] && l[0] < to {
			return true
		}
	}
	return false
}
