package runner

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/authspec/authspec/internal/words"
)

// Shard selects the I-th of N slices of a run (1-based), for a CI matrix.
// Slices are dealt round-robin over the ordered test cases: disjoint,
// together the whole run, and within one case of each other in size.
type Shard struct{ I, N int }

// ParseShard reads "I/N".
func ParseShard(s string) (Shard, error) {
	a, b, ok := strings.Cut(s, "/")
	i, err1 := strconv.Atoi(strings.TrimSpace(a))
	n, err2 := strconv.Atoi(strings.TrimSpace(b))
	sh := Shard{I: i, N: n}
	if !ok || err1 != nil || err2 != nil {
		return Shard{}, usagef("--shard %s: want I/N, e.g. 2/4", words.Typed(s))
	}
	if sh.I < 1 || sh.N < 1 {
		return Shard{}, usagef("--shard %s: I and N start at 1, e.g. 1/4", words.Typed(s))
	}
	return sh, sh.validate()
}

func (s Shard) validate() error {
	if s == (Shard{}) {
		return nil
	}
	if s.N < 1 || s.I < 1 || s.I > s.N {
		return usagef("--shard %d/%d: I must be between 1 and N", s.I, s.N)
	}
	return nil
}

func (s Shard) String() string { return fmt.Sprintf("%d/%d", s.I, s.N) }

func (s Shard) slice(cases []*testCase) []*testCase {
	if s.N <= 1 {
		return cases
	}
	var out []*testCase
	for i, c := range cases {
		if i%s.N == s.I-1 {
			out = append(out, c)
		}
	}
	return out
}
