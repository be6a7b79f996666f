package lazyre

import (
	"regexp"
	"regexp/syntax"
	"sync"
)

// A pattern that is an alternation of many phrases (diagnose's rows are
// up to a hundred) needs, as a whole, one of the commonest words any of
// them holds ("valid", "error", "access"): nearly every answer has one,
// and the regexp then runs its machine for every phrase at every
// position of the text, though the text holds the words of two or three
// of them. alts splits such a pattern into its alternatives, each with
// what it needs, and runs only those whose words the text holds.
//
// This answers as the whole pattern does: Go's regexps choose the match
// that starts first and, among the alternatives that match there, the
// first one in the pattern, as a backtracking matcher would; an
// alternative the text cannot match never takes part, and each of the
// others, run alone, finds its own first match as it would inside the
// whole. So the match is the earliest-starting of the alternatives'
// matches, the one written first on a tie.

// alt is one alternative of a pattern and what every match of it
// contains (nil: nothing in particular, it always runs). It is compiled
// on its first run: most alternatives never run, their words absent.
type alt struct {
	sub  *syntax.Regexp
	need prefilter
	once sync.Once
	re   *regexp.Regexp
}

// get is the alternative compiled.
func (a *alt) get() *regexp.Regexp {
	a.once.Do(func() { a.re = regexp.MustCompile(a.sub.String()) })
	return a.re
}

// minAlts: a pattern of fewer alternatives is run whole (splitting it
// would spare little, and a short pattern's need is already narrow).
const minAlts = 4

// altsOf is pattern's alternatives, or nil when it is not an alternation
// of at least minAlts (then the pattern runs whole).
func altsOf(pattern string) []*alt {
	re, err := syntax.Parse(pattern, syntax.Perl) // as regexp.Compile parses it
	if err != nil {
		return nil
	}
	for re.Op == syntax.OpCapture {
		re = re.Sub[0] // a group around the whole counts for submatches only, which run whole
	}
	if re.Op != syntax.OpAlternate || len(re.Sub) < minAlts {
		return nil
	}
	alts := make([]*alt, 0, len(re.Sub))
	for _, sub := range re.Sub {
		alts = append(alts, &alt{sub: sub, need: newPrefilter(needOfRe(sub))})
	}
	return alts
}

// findIndex is the whole pattern's first match in s, as
// regexp.FindStringIndex finds it, running only the alternatives whose
// need s holds; t, when not nil, is s remembering its words.
func findIndex(alts []*alt, s string, t *Text) []int {
	var best []int
	for _, a := range alts {
		if !a.may(s, t) {
			continue
		}
		if loc := a.get().FindStringIndex(s); loc != nil && (best == nil || loc[0] < best[0]) {
			best = loc
			if best[0] == 0 {
				break // none starts earlier, and a tie goes to the one written first
			}
		}
	}
	return best
}

// matches: some alternative matches s.
func matches(alts []*alt, s string, t *Text) bool {
	for _, a := range alts {
		if a.may(s, t) && a.get().MatchString(s) {
			return true
		}
	}
	return false
}

// may: s (or t, its remembering form) holds what a needs.
func (a *alt) may(s string, t *Text) bool {
	if t != nil {
		return a.need.inText(t)
	}
	return a.need.need.mayMatch(s)
}
