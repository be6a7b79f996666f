package report

import (
	"encoding/xml"
	"io"
	"strings"

	"github.com/jstemmer/go-junit-report/v2/junit"

	"github.com/authspec/authspec/results"
)

// The junit package's model is used where it fits: junit.Testcase (name,
// classname, time and the skipped/error/failure children) and junit.Result
// (message, type, CDATA body). Its Testsuites and Testsuite are mirrored
// instead, because they tag tests/failures/errors/skipped `omitempty` (our
// contract wants skipped="0" written), carry an id attribute we do not
// need, and their Testcases are junit.Testcase, which has no file and line
// attributes; junitTestcase embeds junit.Testcase and adds them (encoding/xml
// flattens an embedded struct's fields into the element).

type junitTestsuites struct {
	XMLName  xml.Name         `xml:"testsuites"`
	Name     string           `xml:"name,attr"`
	Tests    int              `xml:"tests,attr"`
	Failures int              `xml:"failures,attr"`
	Errors   int              `xml:"errors,attr"`
	Skipped  int              `xml:"skipped,attr"`
	Time     string           `xml:"time,attr"`
	Suites   []junitTestsuite `xml:"testsuite"`
}

type junitTestsuite struct {
	Name      string          `xml:"name,attr"`
	Tests     int             `xml:"tests,attr"`
	Failures  int             `xml:"failures,attr"`
	Errors    int             `xml:"errors,attr"`
	Skipped   int             `xml:"skipped,attr"`
	Time      string          `xml:"time,attr"`
	Timestamp string          `xml:"timestamp,attr,omitempty"`
	File      string          `xml:"file,attr"`
	Testcases []junitTestcase `xml:"testcase"`
}

type junitTestcase struct {
	junit.Testcase
	File string `xml:"file,attr,omitempty"`
	Line int    `xml:"line,attr,omitempty"`
}

// JUnit writes the JUnit XML report: an XML header; a <testsuites> root
// with the totals and the run's wall time; one <testsuite> per suite ×
// environment, in result order, named "Suite name [env]", with tests,
// failures, errors, skipped (always written, even 0), time (its wall time:
// from its first test case's start to its last one's end, which with
// --parallel is less than the sum of their times; that sum for results
// without start times), timestamp (the run's start, RFC 3339) and file; one
// <testcase> per result with classname "<env>.<suite name>", time in
// seconds, file and line. A failed result gets <failure type=… message=…>
// and an errored one <error type=… message=…>, both with the full details
// (every expected and actual, the requests, the diagnosis with evidence) as
// their CDATA body, which is never empty; a skipped one gets
// <skipped message=…>. Everything is redacted, then stripped of ANSI and
// of characters XML 1.0 does not allow; encoding/xml splits "]]>" inside
// CDATA into two sections.
func JUnit(w io.Writer, r *results.Report) error {
	t := r.Totals()
	doc := junitTestsuites{
		Name:     "authspec",
		Tests:    t.Tests(),
		Failures: t.Failed,
		Errors:   t.Errors,
		Skipped:  t.Skipped,
		Time:     seconds(r.Duration),
	}
	stamp := ""
	if !r.StartedAt.IsZero() {
		stamp = r.StartedAt.Format("2006-01-02T15:04:05Z07:00")
	}
	for _, g := range groupResults(r) {
		ts := junitTestsuite{
			Name:      literal(g.Title()),
			Tests:     g.Totals.Tests(),
			Failures:  g.Totals.Failed,
			Errors:    g.Totals.Errors,
			Skipped:   g.Totals.Skipped,
			Time:      seconds(g.Time),
			Timestamp: stamp,
			File:      literal(g.File),
		}
		for _, res := range g.Results {
			ts.Testcases = append(ts.Testcases, junitCase(r, res))
		}
		doc.Suites = append(doc.Suites, ts)
	}

	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return err
	}
	if err := enc.Close(); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}

func junitCase(r *results.Report, res *results.Result) junitTestcase {
	red := r.Redactor
	tc := junitTestcase{
		Testcase: junit.Testcase{
			Name:      literal(res.Name),
			Classname: literal(res.Environment + "." + res.Suite),
			Time:      seconds(res.Duration),
		},
		File: literal(res.File),
		Line: res.Line,
	}
	switch res.Status {
	case results.Failed, results.Errored:
		t := &textWriter{}
		writeDetails(t, red, res, palette{}, "", detailsAbove{})
		result := &junit.Result{
			Message: summary(red, res),
			Type:    word(red, resultType(res)),
			Data:    strings.TrimRight(t.b.String(), "\n"),
		}
		if res.Status == results.Failed {
			tc.Failure = result
		} else {
			tc.Error = result
		}
	case results.Skipped:
		msg := oneLine(red, res.Message)
		if msg == "" {
			msg = "skipped"
		}
		tc.Skipped = &junit.Result{Message: msg}
	}
	return tc
}
