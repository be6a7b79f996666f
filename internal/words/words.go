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
// is close to one; quoted alone when it is shaped like them (lowercase
// letters, '-' and '_', at most two longer than the longest); else by its
// length only. Such an argument is read before any suite says which values
// are secrets, and a token pasted in its place must not be echoed.
func Unknown(arg string, candidates []string) string {
	if near := Closest(arg, candidates); near != "" {
		return fmt.Sprintf("%q (did you mean %q?)", arg, near)
	}
	longest := 0
	for _, c := range candidates {
		longest = max(longest, len(c))
	}
	if arg != "" && len(arg) <= longest+2 && strings.Trim(arg, "abcdefghijklmnopqrstuvwxyz-_") == "" {
		return strconv.Quote(arg)
	}
	return fmt.Sprintf("(an argument of %d characters, not shown: it is not shaped like one)", len(arg))
}
