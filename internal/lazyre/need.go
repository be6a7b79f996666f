package lazyre

import (
	"regexp/syntax"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// need is what any match of a pattern contains: one of its literals. A
// text that holds none of them cannot match, and the regexp need not run:
// diagnose reads each answer against hundreds of patterns, most of which
// name words the answer does not have, and a regexp that fails runs its
// whole machine over the text (three quarters of an analysis's time, 14
// times that under the race detector) where looking for a word is one
// fast scan.
type need []literal

// literal is a run of characters a pattern must match as written. A run
// matched in any case ((?i)) counts only when none of its characters has
// another case: looking for every case of a word in the text costs, under
// the race detector, more than the regexp it would spare.
type literal string

// maxNeed: a pattern whose every match needs one of more literals than
// this is cheaper to run than to look for them all (diagnose's largest
// row needs one of about 240, 90 once those that hold another are left
// out).
const maxNeed = 1024

// needOf is the literals one of which every match of pattern contains,
// or nil when there is no such set (a match may be empty, or made only of
// classes of characters).
func needOf(pattern string) need {
	re, err := syntax.Parse(pattern, syntax.Perl) // as regexp.Compile parses it
	if err != nil {
		return nil
	}
	n, ok := required(re)
	if !ok {
		return nil
	}
	return n.least()
}

// least leaves out of n the literals that hold another one (a text that
// holds "not authori" holds "authori"), and those said twice.
func (n need) least() need {
	var out need
	for i, l := range n {
		covered := false
		for j, o := range n {
			if i != j && strings.Contains(string(l), string(o)) && (len(o) < len(l) || j < i) {
				covered = true // o is found wherever l is
				break
			}
		}
		if !covered {
			out = append(out, l)
		}
	}
	return out
}

// required: the literals one of which every match of re contains, and
// whether there is such a set.
func required(re *syntax.Regexp) (need, bool) {
	switch re.Op {
	case syntax.OpLiteral:
		if slices.Contains(re.Rune, utf8.RuneError) {
			return nil, false // it matches any invalid byte too, which is not its text
		}
		if re.Flags&syntax.FoldCase != 0 && slices.ContainsFunc(re.Rune, func(r rune) bool { return unicode.SimpleFold(r) != r }) {
			return nil, false
		}
		return need{literal(re.Rune)}, len(re.Rune) > 0
	case syntax.OpCapture, syntax.OpPlus:
		return required(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min < 1 {
			return nil, false
		}
		return required(re.Sub[0])
	case syntax.OpConcat:
		// Every part is in the match: the one whose literals are the
		// longest (the rarest) serves.
		var best need
		for _, sub := range re.Sub {
			if n, ok := required(sub); ok && (best == nil || n.shortest() > best.shortest()) {
				best = n
			}
		}
		return best, best != nil
	case syntax.OpAlternate:
		// Some branch matched: each must need something.
		var all need
		for _, sub := range re.Sub {
			n, ok := required(sub)
			if !ok || len(all)+len(n) > maxNeed {
				return nil, false
			}
			all = append(all, n...)
		}
		return all, len(all) > 0
	}
	// Optional parts, classes, any character, anchors, word boundaries,
	// the empty match: nothing in particular.
	return nil, false
}

// shortest is the length of n's shortest literal.
func (n need) shortest() int {
	m := -1
	for _, l := range n {
		if m < 0 || len(l) < m {
			m = len(l)
		}
	}
	return m
}

// mayMatch reports whether s holds one of n's literals: false means no
// match is possible.
func (n need) mayMatch(s string) bool {
	if n == nil {
		return true
	}
	for _, l := range n {
		if strings.Contains(s, string(l)) {
			return true
		}
	}
	return false
}
