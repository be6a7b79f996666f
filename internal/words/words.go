// Package words helps error messages point at what the user meant: edit
// distance, "did you mean" candidates, and quoted lists.
package words

import (
	"fmt"
	"strconv"
	"strings"
)

// Distance is the Levenshtein distance over bytes, enough for the short
// ASCII keys and operators it compares.
func Distance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// Closest returns the candidate nearest to word when it is close enough to
// be what the user meant (a typo, not a different word), else "".
func Closest(word string, candidates []string) string {
	best, bestDist := "", min(len(word)/3+2, 4)
	for _, c := range candidates {
		if d := Distance(strings.ToLower(word), strings.ToLower(c)); d < bestDist {
			best, bestDist = c, d
		}
	}
	return best
}

// QuoteList renders ["a", "b"] as `"a", "b"`.
func QuoteList(xs []string) string {
	q := make([]string, len(xs))
	for i, x := range xs {
		q[i] = strconv.Quote(x)
	}
	return strings.Join(q, ", ")
}

// Unknown renders, for a message, an argument that matched none of
// candidates (a command, a cause code): quoted with a did-you-mean when it
// is close to one, quoted alone when it is shaped like them (see Shown),
// else by its length only.
func Unknown(arg string, candidates []string) string {
	if near := Closest(arg, candidates); near != "" {
		return fmt.Sprintf("%q (did you mean %q?)", arg, near)
	}
	if shaped(arg, candidates) {
		return strconv.Quote(arg)
	}
	return "(" + NotShown(arg) + ": it is not shaped like one)"
}

// Shown is arg, an argument that should have been one of candidates (an
// environment's or a credential's name), when a message may echo it: it
// is close to one of them, or shaped like them. Else it is described by
// its length only. Such an argument may be a token typed in a name's
// place, and one that no suite holds is unknown to the redactor.
func Shown(arg string, candidates []string) string {
	if Closest(arg, candidates) != "" || shaped(arg, candidates) {
		return arg
	}
	return "(" + NotShown(arg) + ")"
}

// shaped reports whether arg looks like a name among candidates rather
// than a credential: no longer than the longest plus two (and at most
// minShaped long whatever they are), made of lowercase letters, digits,
// '-', '_' and the characters the names themselves use. Tokens, keys and
// passwords are longer, or mix case.
func shaped(arg string, candidates []string) bool {
	longest := minShaped - 2
	for _, c := range candidates {
		longest = max(longest, len(c))
	}
	return arg != "" && len(arg) <= longest+2 &&
		strings.Trim(arg, "abcdefghijklmnopqrstuvwxyz0123456789-_"+strings.Join(candidates, "")) == ""
}

// minShaped is how long an argument shaped like a name may be even when
// the names are shorter ("prod" for environments a and b).
const minShaped = 12

// Typed is a flag value with no set of names to compare it with (a
// number, a duration, I/N), quoted for a message when it is short enough
// to be a typo, else described by its length: a token pasted in the
// wrong place is longer, and no suite holds it for the redactor.
func Typed(arg string) string {
	if len(arg) <= minShaped {
		return strconv.Quote(arg)
	}
	return "(" + NotShown(arg) + ")"
}

// NotShown describes an argument a message must not echo by its length
// ("an argument of 1 character, not shown" for `run -X`).
func NotShown(arg string) string {
	return "an argument of " + Plural(len(arg), "character") + ", not shown"
}

// Pattern is p, a pattern given to select test cases by name (--filter),
// quoted when a message may echo it: each of its words, regular
// expression syntax aside, is short and in one case, as the words of a
// scenario's name are ("admin deletes|GET"). Else it is described by its
// length: a token pasted after the wrong flag is long or mixes case.
func Pattern(p string) string {
	for _, w := range strings.Fields(p) {
		w = strings.Trim(strings.Map(func(r rune) rune {
			if strings.ContainsRune(`\.^$|?*+()[]{}/:,`, r) {
				return ' '
			}
			return r
		}, w), " ")
		for _, part := range strings.Fields(w) {
			lower := strings.Trim(part, "abcdefghijklmnopqrstuvwxyz0123456789-_") == ""
			upper := strings.Trim(part, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_") == ""
			if len(part) > minShaped || !lower && !upper {
				return "(" + NotShown(p) + ")"
			}
		}
	}
	return strconv.Quote(p)
}

// Plural is "1 word" or "n words" for the counts in authspec's summaries.
// word is an English noun or noun phrase whose last word takes the plural
// ("test case", "operation × environment pair"); a consonant before a
// final y makes it "ies" ("copy", "copies"), as "key" stays "keys".
func Plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	if stem, ok := strings.CutSuffix(word, "y"); ok && stem != "" && !strings.ContainsRune("aeiou", rune(stem[len(stem)-1])) {
		return fmt.Sprintf("%d %sies", n, stem)
	}
	return fmt.Sprintf("%d %ss", n, word)
}
