// Package lazyre is a regular expression compiled when it is first used.
//
// A package-level regexp.MustCompile runs at every start of the binary,
// whatever the command: diagnose's tables alone were a quarter of the CPU
// of `authspec version`, and a run of passing test cases never reads them.
// A lazyre.Regexp is declared the same way and has the same methods; its
// pattern is compiled once, on the first call, by whichever goroutine gets
// there first.
package lazyre

import (
	"regexp"
	"sync"
)

// Regexp is a regexp.Regexp compiled on first use. It is safe for
// concurrent use, like regexp.Regexp.
type Regexp struct {
	pattern string
	once    sync.Once
	re      *regexp.Regexp
	need    prefilter // what every match contains (need.go, text.go)
	alts    []*alt    // its alternatives, run one by one (alts.go), or nil
}

var (
	mu  sync.Mutex
	all []*Regexp
)

// New returns the regexp of pattern, to be compiled on first use. A
// pattern that does not compile panics then, as regexp.MustCompile would
// at start-up; CompileAll finds such a pattern in a test.
func New(pattern string) *Regexp {
	r := &Regexp{pattern: pattern}
	mu.Lock()
	all = append(all, r)
	mu.Unlock()
	return r
}

// Get is the compiled regexp.
func (r *Regexp) Get() *regexp.Regexp {
	r.once.Do(func() {
		r.re, r.need, r.alts = regexp.MustCompile(r.pattern), newPrefilter(needOf(r.pattern)), altsOf(r.pattern)
	})
	return r.re
}

// may: s holds what every match of r contains (need.go); when false, no
// match is possible and the regexp need not run.
func (r *Regexp) may(s string) bool {
	r.Get()
	return r.need.need.mayMatch(s)
}

// CompileAll compiles every pattern made by New so far and returns the
// first that does not compile with its error: a test calls it so that a
// bad pattern fails there rather than at its first use in a run.
func CompileAll() (string, error) {
	mu.Lock()
	defer mu.Unlock()
	for _, r := range all {
		if _, err := regexp.Compile(r.pattern); err != nil {
			return r.pattern, err
		}
		for _, a := range altsOf(r.pattern) { // each compiled on its first run
			if _, err := regexp.Compile(a.sub.String()); err != nil {
				return a.sub.String(), err
			}
		}
	}
	return "", nil
}

// String is the pattern.
func (r *Regexp) String() string { return r.pattern }

// The methods of regexp.Regexp, each answering "no match" at once for a
// text that lacks what every match contains.

func (r *Regexp) Match(b []byte) bool { return r.Get().Match(b) }
func (r *Regexp) MatchString(s string) bool {
	if !r.may(s) {
		return false
	}
	if r.alts != nil {
		return matches(r.alts, s, nil)
	}
	return r.re.MatchString(s)
}
func (r *Regexp) FindString(s string) string {
	if loc := r.FindStringIndex(s); loc != nil {
		return s[loc[0]:loc[1]]
	}
	return ""
}
func (r *Regexp) FindStringIndex(s string) []int {
	if !r.may(s) {
		return nil
	}
	if r.alts != nil {
		return findIndex(r.alts, s, nil)
	}
	return r.re.FindStringIndex(s)
}
func (r *Regexp) FindStringSubmatch(s string) []string {
	if !r.may(s) {
		return nil
	}
	return r.re.FindStringSubmatch(s)
}
func (r *Regexp) FindAllString(s string, n int) []string {
	if !r.may(s) {
		return nil
	}
	return r.re.FindAllString(s, n)
}
func (r *Regexp) FindAllStringIndex(s string, n int) [][]int {
	if !r.may(s) {
		return nil
	}
	return r.re.FindAllStringIndex(s, n)
}
func (r *Regexp) FindAllStringSubmatch(s string, n int) [][]string {
	if !r.may(s) {
		return nil
	}
	return r.re.FindAllStringSubmatch(s, n)
}
func (r *Regexp) ReplaceAllString(src, repl string) string {
	if !r.may(src) {
		return src
	}
	return r.re.ReplaceAllString(src, repl)
}
func (r *Regexp) ReplaceAllStringFunc(src string, repl func(string) string) string {
	if !r.may(src) {
		return src
	}
	return r.re.ReplaceAllStringFunc(src, repl)
}

// FindIn and MatchIn are FindString and MatchString of t's text, which
// remembers the words it was searched for (text.go).

func (r *Regexp) FindIn(t *Text) string {
	r.Get()
	if !r.need.inText(t) {
		return ""
	}
	var loc []int
	if r.alts != nil {
		loc = findIndex(r.alts, t.s, t)
	} else {
		loc = r.re.FindStringIndex(t.s)
	}
	if loc == nil {
		return ""
	}
	return t.s[loc[0]:loc[1]]
}

func (r *Regexp) MatchIn(t *Text) bool {
	r.Get()
	if !r.need.inText(t) {
		return false
	}
	if r.alts != nil {
		return matches(r.alts, t.s, t)
	}
	return r.re.MatchString(t.s)
}
