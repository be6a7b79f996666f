package report

import (
	"fmt"
	"strconv"
	"time"

	"github.com/authspec/authspec/results"
	"github.com/authspec/authspec/secret"
)

// group is the results of one suite in one environment: one console block,
// one JUnit <testsuite>.
type group struct {
	Name    string // suite name, not redacted
	File    string
	Env     string
	Results []*results.Result
	Totals  results.Totals
	// Time is the group's wall time: from its first result's start to
	// its last one's end (with --parallel, less than the sum of their
	// durations), or that sum when a result that took time has no start.
	Time time.Duration
}

// Title is "Suite name [env]", not redacted.
func (g *group) Title() string { return g.Name + " [" + g.Env + "]" }

// groupResults splits r.Results by suite and environment. Groups appear in
// the order of their first result and keep their results' order, so a
// report in suite, environment, scenario order maps to consecutive groups,
// and a report in any other order still gets one group per suite × env.
func groupResults(r *results.Report) []*group {
	type key struct{ name, file, env string }
	var out []*group
	index := map[key]*group{}
	for _, res := range r.Results {
		k := key{res.Suite, res.File, res.Environment}
		g := index[k]
		if g == nil {
			g = &group{Name: k.name, File: k.file, Env: k.env}
			index[k] = g
			out = append(out, g)
		}
		g.Results = append(g.Results, res)
		g.Totals.Add(res.Status)
	}
	for _, g := range out {
		g.Time = wallTime(g.Results)
	}
	return out
}

// wallTime is from the first result's start to the last one's end, or
// the sum of their durations when one that took time has no start.
func wallTime(rs []*results.Result) time.Duration {
	var sum time.Duration
	var first, last time.Time
	unstarted := false
	for _, res := range rs {
		sum += res.Duration
		if res.Started.IsZero() {
			unstarted = unstarted || res.Duration > 0
			continue
		}
		if end := res.Started.Add(res.Duration); last.IsZero() || end.After(last) {
			last = end
		}
		if first.IsZero() || res.Started.Before(first) {
			first = res.Started
		}
	}
	if unstarted || first.IsZero() {
		return sum
	}
	return last.Sub(first)
}

// location is "file:line", or the file alone when the line is unknown.
func location(res *results.Result) string {
	if res.Line <= 0 {
		return res.File
	}
	return fmt.Sprintf("%s:%d", res.File, res.Line)
}

// resultType is the JUnit failure or error type of a result that did not
// pass, with a default when the runner left it empty: a results.Kind's
// name, authspec's vocabulary, so every sink renders it with word (never
// redacted: a long secret "credential" or "endpoint", matched inside
// words, must not turn CredentialMissing into "[PW …]Missing").
func resultType(res *results.Result) string {
	if res.Kind != results.None {
		return res.Kind.String()
	}
	if res.Status == results.Errored {
		return "Error"
	}
	return results.AssertionFailure.String()
}

// failureText is one failure as one line: its message, or
// "path: expected X, got Y" when the message is empty. Not redacted.
func failureText(f results.Failure) string {
	if f.Message != "" {
		return f.Message
	}
	return fmt.Sprintf("%s: expected %s, got %s", f.Path, f.Expected, f.Actual)
}

// summary is the one-line summary of a result that did not pass: its
// message, else its first failure, else its top cause. Redacted, one line.
func summary(red *secret.Redactor, res *results.Result) string {
	s := res.Message
	if s == "" && len(res.Failures) > 0 {
		s = failureText(res.Failures[0])
	}
	if s == "" && len(res.Diagnosis) > 0 {
		s = res.Diagnosis[0].Message
	}
	if s == "" {
		s = res.Status.String()
	}
	return oneLine(red, s)
}

// topCause is the most likely cause of a result, or nil.
func topCause(res *results.Result) *results.Cause {
	if len(res.Diagnosis) == 0 {
		return nil
	}
	return &res.Diagnosis[0]
}

// millis is d in whole milliseconds (rounded), as JSON reports it.
func millis(d time.Duration) int64 { return d.Round(time.Millisecond).Milliseconds() }

// seconds is d in seconds with three decimals, as JUnit reports it.
func seconds(d time.Duration) string { return fmt.Sprintf("%.3f", d.Seconds()) }

// human is a short duration for people: "12ms", "1.25s", "2m3s".
func human(d time.Duration) string {
	switch {
	case d < time.Second:
		return strconv.FormatInt(millis(d), 10) + "ms" // every passing line: without fmt
	case d < time.Minute:
		return fmt.Sprintf("%.2fs", d.Seconds())
	default:
		return d.Round(time.Second).String()
	}
}

// FindingLine formats a preflight finding the way `authspec lint` prints
// it, redacted and on one line:
//
//	suites/pay.yaml:12:5: warning: API_TOKEN expires in 3 days (2026-11-25T10:00:00Z) [jwt_expiring]
func FindingLine(f results.Finding, red *secret.Redactor) string {
	s := literal(findingLocation(f)) + ": " + word(red, string(f.Severity)) + ": " + oneLine(red, f.Message)
	if f.Code != "" {
		s += " [" + word(red, f.Code) + "]"
	}
	return s
}

// findingLocation is "file:line:col", leaving out what is unknown.
func findingLocation(f results.Finding) string {
	loc := f.File
	if f.Line > 0 {
		loc += fmt.Sprintf(":%d", f.Line)
		if f.Col > 0 {
			loc += fmt.Sprintf(":%d", f.Col)
		}
	}
	return loc
}
