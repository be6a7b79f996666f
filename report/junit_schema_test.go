package report

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/authspec/authspec/results"
	"github.com/authspec/authspec/secret"
)

// The JUnit report is checked against the rules of the Jenkins JUnit
// dialect and of docs/reports.md twice: by a structural validator in Go (always),
// and by xmllint against testdata/junit.xsd when xmllint is installed
// (Debian/Ubuntu package libxml2-utils). Each mutation test proves that a
// rule is really checked.

// xnode is an element of a parsed XML document, with everything kept.
type xnode struct {
	name     string
	line     int
	attrs    map[string]string
	order    []string // attribute names as written
	children []*xnode
	text     string // character data, CDATA included
}

// parseTree reads an XML document into xnodes. The decoder is strict: it
// rejects malformed XML and characters XML 1.0 does not allow.
func parseTree(doc string) (*xnode, error) {
	d := xml.NewDecoder(strings.NewReader(doc))
	var stack []*xnode
	var root *xnode
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, err
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			line, _ := d.InputPos()
			n := &xnode{name: tok.Name.Local, line: line, attrs: map[string]string{}}
			if tok.Name.Space != "" {
				return nil, fmt.Errorf("line %d: element %s in namespace %q", line, n.name, tok.Name.Space)
			}
			for _, a := range tok.Attr {
				if _, dup := n.attrs[a.Name.Local]; dup {
					return nil, fmt.Errorf("line %d: attribute %s twice", line, a.Name.Local)
				}
				n.attrs[a.Name.Local] = a.Value
				n.order = append(n.order, a.Name.Local)
			}
			if len(stack) > 0 {
				parent := stack[len(stack)-1]
				parent.children = append(parent.children, n)
			} else if root == nil {
				root = n
			}
			stack = append(stack, n)
		case xml.EndElement:
			stack = stack[:len(stack)-1]
		case xml.CharData:
			if len(stack) > 0 {
				stack[len(stack)-1].text += string(tok)
			}
		}
	}
	if root == nil {
		return nil, errors.New("no root element")
	}
	return root, nil
}

// junitRules validates a JUnit document and returns every violation.
type junitRules struct{ errs []string }

func (v *junitRules) errorf(n *xnode, format string, args ...any) {
	v.errs = append(v.errs, fmt.Sprintf("line %d: <%s>: %s", n.line, n.name, fmt.Sprintf(format, args...)))
}

var (
	secondsRe = regexp.MustCompile(`^[0-9]+(\.[0-9]+)?$`)
	suiteRe   = regexp.MustCompile(`^(.+) \[([^\]]+)\]$`)
)

// attrs checks that n has every required attribute, non-empty, and no
// attribute outside required and optional.
func (v *junitRules) attrs(n *xnode, required, optional []string) {
	for _, a := range required {
		if val, ok := n.attrs[a]; !ok {
			v.errorf(n, "attribute %s is required", a)
		} else if val == "" && a != "file" {
			v.errorf(n, "attribute %s is empty", a)
		}
	}
	for _, a := range n.order {
		if !slices.Contains(required, a) && !slices.Contains(optional, a) {
			v.errorf(n, "unexpected attribute %s (expected one of %s)", a, strings.Join(append(slices.Clone(required), optional...), ", "))
		}
	}
}

// children checks that n's children are among allowed, in that order, each
// at most once unless repeat lists it, and that n has no text of its own.
func (v *junitRules) children(n *xnode, allowed []string, repeat ...string) {
	last, seen := -1, map[string]bool{}
	for _, c := range n.children {
		i := slices.Index(allowed, c.name)
		switch {
		case i < 0:
			v.errorf(c, "unexpected element in <%s> (expected one of %s)", n.name, strings.Join(allowed, ", "))
			continue
		case i < last:
			v.errorf(c, "out of order in <%s> (order: %s)", n.name, strings.Join(allowed, ", "))
		case seen[c.name] && !slices.Contains(repeat, c.name):
			v.errorf(c, "more than one in <%s>", n.name)
		}
		last, seen[c.name] = i, true
	}
	if strings.TrimSpace(n.text) != "" {
		v.errorf(n, "unexpected text %q", n.text)
	}
}

func (v *junitRules) count(n *xnode, a string) int {
	s, ok := n.attrs[a]
	if !ok {
		return 0
	}
	c, err := strconv.Atoi(s)
	if err != nil || c < 0 || strconv.Itoa(c) != s {
		v.errorf(n, "%s=%q is not a non-negative integer", a, s)
	}
	return c
}

func (v *junitRules) seconds(n *xnode, a string) {
	if s, ok := n.attrs[a]; ok && !secondsRe.MatchString(s) {
		v.errorf(n, "%s=%q is not a number of seconds", a, s)
	}
}

func oneLineAttr(s string) bool { return !strings.ContainsAny(s, "\r\n") }

type totals struct{ tests, failures, errors, skipped int }

func (v *junitRules) root(n *xnode) {
	if n.name != "testsuites" {
		v.errorf(n, "the root must be <testsuites>")
		return
	}
	v.attrs(n, []string{"tests", "failures", "errors", "skipped", "time"}, []string{"name", "disabled", "timestamp"})
	v.seconds(n, "time")
	v.children(n, []string{"testsuite"}, "testsuite")
	var sum totals
	cases, suites := map[string]bool{}, map[string]bool{}
	for _, s := range n.children {
		if s.name != "testsuite" {
			continue
		}
		if suites[s.attrs["name"]] {
			v.errorf(s, "a second testsuite named %q", s.attrs["name"])
		}
		suites[s.attrs["name"]] = true
		t := v.suite(s, cases)
		sum.tests, sum.failures, sum.errors, sum.skipped = sum.tests+t.tests, sum.failures+t.failures, sum.errors+t.errors, sum.skipped+t.skipped
	}
	if got := (totals{v.count(n, "tests"), v.count(n, "failures"), v.count(n, "errors"), v.count(n, "skipped")}); got != sum {
		v.errorf(n, "totals %+v, but its testsuites add up to %+v", got, sum)
	}
}

// suite checks a testsuite and returns what its testcases add up to.
func (v *junitRules) suite(n *xnode, cases map[string]bool) totals {
	v.attrs(n, []string{"name", "tests", "failures", "errors", "skipped", "time", "timestamp", "file"},
		[]string{"disabled", "hostname", "id", "package"})
	v.seconds(n, "time")
	if ts, ok := n.attrs["timestamp"]; ok {
		if _, err := time.Parse(time.RFC3339, ts); err != nil {
			v.errorf(n, "timestamp=%q is not an ISO 8601 date and time", ts)
		}
	}
	// "Suite name [environment]": test cases' classname is "environment.Suite name".
	var classname string
	if m := suiteRe.FindStringSubmatch(n.attrs["name"]); m != nil {
		classname = m[2] + "." + m[1]
	} else {
		v.errorf(n, "name=%q is not \"<suite> [<environment>]\"", n.attrs["name"])
	}
	v.children(n, []string{"properties", "testcase", "system-out", "system-err"}, "testcase")
	var t totals
	for _, c := range n.children {
		if c.name != "testcase" {
			continue
		}
		t.tests++
		switch v.testcase(c, classname, cases) {
		case "failure":
			t.failures++
		case "error":
			t.errors++
		case "skipped":
			t.skipped++
		}
	}
	if got := (totals{v.count(n, "tests"), v.count(n, "failures"), v.count(n, "errors"), v.count(n, "skipped")}); got != t {
		v.errorf(n, "counts %+v, but its testcases add up to %+v", got, t)
	}
	return t
}

// testcase checks a testcase and returns its result element's name, "" for
// a pass.
func (v *junitRules) testcase(n *xnode, classname string, cases map[string]bool) string {
	v.attrs(n, []string{"name", "classname", "time", "file", "line"}, []string{"assertions", "status"})
	v.seconds(n, "time")
	if l, ok := n.attrs["line"]; ok {
		if i, err := strconv.Atoi(l); err != nil || i < 1 {
			v.errorf(n, "line=%q is not a line number", l)
		}
	}
	if classname != "" && n.attrs["classname"] != classname {
		v.errorf(n, "classname=%q in testsuite of classname %q", n.attrs["classname"], classname)
	}
	key := n.attrs["classname"] + "\x00" + n.attrs["name"]
	if cases[key] {
		v.errorf(n, "a second testcase %q in %q", n.attrs["name"], n.attrs["classname"])
	}
	cases[key] = true
	for _, a := range []string{"name", "classname"} {
		if !oneLineAttr(n.attrs[a]) {
			v.errorf(n, "%s is not one line", a)
		}
	}
	results := []string{"skipped", "error", "failure"}
	v.children(n, append(slices.Clone(results), "system-out", "system-err"))
	result := ""
	for _, c := range n.children {
		if !slices.Contains(results, c.name) {
			continue
		}
		if result != "" {
			v.errorf(c, "a second result in a testcase that already has <%s>", result)
		}
		result = c.name
		if c.name == "skipped" {
			v.attrs(c, []string{"message"}, nil)
		} else {
			v.attrs(c, []string{"message", "type"}, nil)
			// GitLab ignores message and some readers take an empty
			// body for a pass: the details must be in the body.
			if strings.TrimSpace(c.text) == "" {
				v.errorf(c, "empty body: the details belong in the element's text")
			}
		}
		if !oneLineAttr(c.attrs["message"]) {
			v.errorf(c, "message is not one line")
		}
		if len(c.children) > 0 {
			v.errorf(c.children[0], "unexpected element in <%s>", c.name)
		}
	}
	return result
}

func validateJUnit(doc string) []string {
	v := &junitRules{}
	if !strings.HasPrefix(doc, xml.Header) {
		v.errs = append(v.errs, "no <?xml version=\"1.0\" encoding=\"UTF-8\"?> header")
	}
	root, err := parseTree(doc)
	if err != nil {
		return append(v.errs, "not well-formed XML 1.0: "+err.Error())
	}
	v.root(root)
	return v.errs
}

// xmllintSchema validates doc against testdata/junit.xsd, or skips t when
// xmllint is not installed.
func xmllintSchema(t *testing.T, doc string) error {
	t.Helper()
	bin, err := exec.LookPath("xmllint")
	if err != nil {
		t.Skip("xmllint is not on PATH (apt-get install libxml2-utils)")
	}
	path := filepath.Join(t.TempDir(), "junit.xml")
	if err := os.WriteFile(path, []byte(doc), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(bin, "--noout", "--schema", filepath.Join("testdata", "junit.xsd"), path).CombinedOutput()
	if err != nil {
		return fmt.Errorf("%v: %s", err, out)
	}
	return nil
}

// junitDocs are the reports checked against the schema: the fixture with
// every kind of result, and a run with no results at all.
func junitDocs(t *testing.T) map[string]string {
	t.Helper()
	full, _ := render(t, JUnit)
	var empty bytes.Buffer
	if err := JUnit(&empty, &results.Report{StartedAt: fixedStart, Redactor: &secret.Redactor{}}); err != nil {
		t.Fatal(err)
	}
	return map[string]string{"fixture": full, "empty run": empty.String()}
}

func TestJUnitSchemaGo(t *testing.T) {
	for name, doc := range junitDocs(t) {
		for _, e := range validateJUnit(doc) {
			t.Errorf("%s: %s", name, e)
		}
	}
}

func TestJUnitSchemaXSD(t *testing.T) {
	for name, doc := range junitDocs(t) {
		if err := xmllintSchema(t, doc); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
}

// junitMutations break one rule each in the fixture's report: the first
// match of old (a regular expression when it starts with "(?s)") becomes
// new. xsd says whether XML Schema 1.0 can state the rule (else only Go
// checks it).
var junitMutations = []struct {
	name, old, new string
	want           string // in one of the Go validator's errors
	xsd            bool
}{
	{"testsuite without timestamp", ` timestamp="2026-11-22T10:00:00Z" file="suites/pay.yaml"`, ` file="suites/pay.yaml"`, "timestamp is required", true},
	{"testsuite without skipped", `errors="0" skipped="0" time="1.545"`, `errors="0" time="1.545"`, "skipped is required", true},
	{"testcase without classname", `<testcase name="refreshed token still works" classname="staging.Payments API auth"`, `<testcase name="refreshed token still works"`, "classname is required", true},
	{"testcase without time", `classname="staging.Payments API auth" time="0.040"`, `classname="staging.Payments API auth"`, "time is required", true},
	{"failure without type", ` type="SecurityFailure"`, ``, "type is required", true},
	{"error without message", `<error message="dial tcp 127.0.0.1:9: connect: connection refused"`, `<error`, "message is required", true},
	{"skipped without message", `<skipped message="replaced by /v2/export">`, `<skipped>`, "message is required", true},
	{"unknown element", `<skipped message="replaced by /v2/export"></skipped>`, `<skipped message="replaced by /v2/export"></skipped><flaky/>`, "unexpected element", true},
	{"unknown attribute", `<testcase name="refreshed token still works"`, `<testcase result="ok" name="refreshed token still works"`, "unexpected attribute result", true},
	{"two results", `<skipped message="replaced by /v2/export"></skipped>`, `<skipped message="replaced by /v2/export"></skipped><failure message="m" type="T">x</failure>`, "a second result", true},
	{"time with a comma", `time="1.530"`, `time="1,530"`, "not a number of seconds", true},
	{"negative count", `tests="2" failures="2"`, `tests="-2" failures="2"`, "non-negative integer", true},
	{"line zero", `line="46"`, `line="0"`, "not a line number", true},
	{"bad timestamp", `timestamp="2026-11-22T10:00:00Z" file="suites/admin.yaml"`, `timestamp="22/11/2026" file="suites/admin.yaml"`, "ISO 8601", true},
	{"testcase text", `line="31"></testcase>`, `line="31">passed</testcase>`, "unexpected text", true},
	// Only the Go validator can check these.
	{"suite count off", `tests="5" failures="2"`, `tests="6" failures="2"`, "its testcases add up to", false},
	{"root total off", `<testsuites name="authspec" tests="12"`, `<testsuites name="authspec" tests="13"`, "its testsuites add up to", false},
	{"empty failure body", `(?s)(<failure message="status: expected 200, got 401" type="AssertionFailure">)<!\[CDATA\[.*?\]\]>`, "$1", "empty body", false},
	{"message on two lines", `message="replaced by /v2/export"`, `message="replaced by&#xA;/v2/export"`, "not one line", false},
	{"duplicate testcase", `<testcase name="refreshed token still works"`, `<testcase name="read-only key cannot delete"`, "a second testcase", false},
	{"classname of another environment", `classname="production.Payments API auth" time="0.025"`, `classname="staging.Payments API auth" time="0.025"`, "in testsuite of classname", false},
	{"illegal character", `replaced by /v2/export`, "replaced by \x1b[1m/v2/export", "not well-formed", false},
}

func TestJUnitSchemaCatchesViolations(t *testing.T) {
	good, _ := render(t, JUnit)
	_, haveXmllint := exec.LookPath("xmllint")
	for _, m := range junitMutations {
		t.Run(m.name, func(t *testing.T) {
			var bad string
			if strings.HasPrefix(m.old, "(?s)") {
				re := regexp.MustCompile(m.old)
				loc := re.FindStringSubmatchIndex(good)
				if loc == nil {
					t.Fatalf("the fixture's report no longer matches %q: update the mutation", m.old)
				}
				bad = good[:loc[0]] + string(re.ExpandString(nil, m.new, good, loc)) + good[loc[1]:]
			} else {
				if !strings.Contains(good, m.old) {
					t.Fatalf("the fixture's report no longer contains %q: update the mutation", m.old)
				}
				bad = strings.Replace(good, m.old, m.new, 1)
			}
			errs := validateJUnit(bad)
			if !slices.ContainsFunc(errs, func(e string) bool { return strings.Contains(e, m.want) }) {
				t.Errorf("Go validator: no error with %q; got %q", m.want, errs)
			}
			if m.xsd && haveXmllint == nil {
				if err := xmllintSchema(t, bad); err == nil {
					t.Errorf("xmllint accepts the report")
				}
			}
		})
	}
}
