package lazyre

import (
	"regexp/syntax"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// need is what any match of a pattern contains: one literal of each of
// its sets. A text that lacks every literal of a set cannot match, and the
// regexp need not run: diagnose reads each answer against hundreds of
// patterns, most of which name words the answer does not have, and a
// regexp that fails runs its whole machine over the text (three quarters
// of an analysis's time, 14 times that under the race detector) where
// looking for a word is one fast scan. A phrase gives a set for each of
// its words ("invalid (token|key)" needs "invalid " and one of "token",
// "key"): the common word alone would pass nearly every answer.
type need []anyOf

// anyOf is literals one of which every match contains.
type anyOf []literal

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

// maxSets: the sets a need keeps, the rarest first (a phrase's longest
// words); looking for more costs more than it spares.
const maxSets = 3

// needOf is what every match of pattern contains, or nil when nothing in
// particular (a match may be empty, or made only of classes of
// characters).
func needOf(pattern string) need {
	re, err := syntax.Parse(pattern, syntax.Perl) // as regexp.Compile parses it
	if err != nil {
		return nil
	}
	return needOfRe(re)
}

// needOfRe is needOf for a parsed pattern: the sets of its parts that
// every match holds, the rarest first.
func needOfRe(re *syntax.Regexp) need {
	var n need
	for _, set := range allOf(re) {
		n = append(n, set.least())
	}
	slices.SortStableFunc(n, func(a, b anyOf) int { return b.shortest() - a.shortest() })
	if len(n) > maxSets {
		n = n[:maxSets]
	}
	return n
}

// allOf is the sets of literals every match of re contains one of each:
// one for each part of a sequence that needs something.
func allOf(re *syntax.Regexp) []anyOf {
	switch re.Op {
	case syntax.OpCapture, syntax.OpPlus:
		return allOf(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min < 1 {
			return nil
		}
		return allOf(re.Sub[0])
	case syntax.OpConcat:
		var sets []anyOf
		for _, sub := range re.Sub {
			sets = append(sets, allOf(sub)...)
		}
		return sets
	}
	if set, ok := required(re); ok {
		return []anyOf{set}
	}
	return nil
}

// least leaves out of n the literals that hold another one (a text that
// holds "not authori" holds "authori"), and those said twice.
func (n anyOf) least() anyOf {
	var out anyOf
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
func required(re *syntax.Regexp) (anyOf, bool) {
	switch re.Op {
	case syntax.OpLiteral:
		if slices.Contains(re.Rune, utf8.RuneError) {
			return nil, false // it matches any invalid byte too, which is not its text
		}
		if re.Flags&syntax.FoldCase != 0 && slices.ContainsFunc(re.Rune, func(r rune) bool { return unicode.SimpleFold(r) != r }) {
			return nil, false
		}
		return anyOf{literal(re.Rune)}, len(re.Rune) > 0
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
		var best anyOf
		for _, sub := range re.Sub {
			if n, ok := required(sub); ok && (best == nil || n.shortest() > best.shortest()) {
				best = n
			}
		}
		return best, best != nil
	case syntax.OpAlternate:
		// Some branch matched: each must need something.
		var all anyOf
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
func (n anyOf) shortest() int {
	m := -1
	for _, l := range n {
		if m < 0 || len(l) < m {
			m = len(l)
		}
	}
	return m
}

// mayMatch reports whether s holds a literal of each of n's sets: false
// means no match is possible.
func (n need) mayMatch(s string) bool {
	for _, set := range n {
		if !set.in(s) {
			return false
		}
	}
	return true
}

// in: s holds one of the literals.
func (n anyOf) in(s string) bool {
	for _, l := range n {
		if strings.Contains(s, string(l)) {
			return true
		}
	}
	return false
}
