package report

import (
	"bytes"
	"encoding/xml"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/authspec/authspec/results"
	"github.com/authspec/authspec/secret"
)

// Parsed JUnit, with every attribute kept so that presence can be checked.
type xResult struct {
	Attrs []xml.Attr `xml:",any,attr"`
	Body  string     `xml:",chardata"`
}

type xCase struct {
	Attrs   []xml.Attr `xml:",any,attr"`
	Failure *xResult   `xml:"failure"`
	Error   *xResult   `xml:"error"`
	Skipped *xResult   `xml:"skipped"`
}

type xSuite struct {
	Attrs []xml.Attr `xml:",any,attr"`
	Cases []xCase    `xml:"testcase"`
}

type xRoot struct {
	XMLName xml.Name   `xml:"testsuites"`
	Attrs   []xml.Attr `xml:",any,attr"`
	Suites  []xSuite   `xml:"testsuite"`
}

func attr(t *testing.T, attrs []xml.Attr, name string) string {
	t.Helper()
	for _, a := range attrs {
		if a.Name.Local == name {
			return a.Value
		}
	}
	t.Errorf("attribute %q missing in %v", name, attrs)
	return ""
}

func num(t *testing.T, attrs []xml.Attr, name string) int {
	t.Helper()
	n, err := strconv.Atoi(attr(t, attrs, name))
	if err != nil {
		t.Errorf("%s: %v", name, err)
	}
	return n
}

func parseJUnit(t *testing.T, out string) xRoot {
	t.Helper()
	if !strings.HasPrefix(out, xml.Header) {
		t.Error("no <?xml header")
	}
	var root xRoot
	if err := xml.Unmarshal([]byte(out), &root); err != nil {
		t.Fatalf("JUnit does not parse: %v", err)
	}
	return root
}

func TestJUnitStructure(t *testing.T) {
	out, r := render(t, JUnit)
	root := parseJUnit(t, out)

	var tests, failures, errors, skipped int
	sawSkippedZero := false
	for _, s := range root.Suites {
		for _, a := range []string{"name", "tests", "failures", "errors", "skipped", "time", "timestamp", "file"} {
			attr(t, s.Attrs, a)
		}
		if attr(t, s.Attrs, "skipped") == "0" {
			sawSkippedZero = true
		}
		if ts := attr(t, s.Attrs, "timestamp"); ts != "2026-11-22T10:00:00Z" {
			t.Errorf("timestamp %q", ts)
		}
		name := attr(t, s.Attrs, "name")
		var f, e, sk int
		for _, c := range s.Cases {
			for _, a := range []string{"name", "classname", "time", "file", "line"} {
				attr(t, c.Attrs, a)
			}
			env := name[strings.LastIndex(name, "[")+1 : len(name)-1]
			suite := strings.TrimSuffix(name, " ["+env+"]")
			if cn := attr(t, c.Attrs, "classname"); cn != env+"."+suite {
				t.Errorf("classname %q for suite %q", cn, name)
			}
			if tm := attr(t, c.Attrs, "time"); len(tm) < 5 || tm[len(tm)-4] != '.' {
				t.Errorf("time %q is not seconds with 3 decimals", tm)
			}
			if c.Failure != nil {
				f++
				checkResult(t, c.Failure)
			}
			if c.Error != nil {
				e++
				checkResult(t, c.Error)
			}
			if c.Skipped != nil {
				sk++
				attr(t, c.Skipped.Attrs, "message")
			}
		}
		if n := num(t, s.Attrs, "tests"); n != len(s.Cases) {
			t.Errorf("%s: tests=%d, %d testcases", name, n, len(s.Cases))
		}
		if num(t, s.Attrs, "failures") != f || num(t, s.Attrs, "errors") != e || num(t, s.Attrs, "skipped") != sk {
			t.Errorf("%s: counts do not match its testcases", name)
		}
		tests += len(s.Cases)
		failures, errors, skipped = failures+f, errors+e, skipped+sk
	}
	if !sawSkippedZero {
		t.Error(`no testsuite has skipped="0": zero counts must be written`)
	}
	if len(root.Suites) != 4 {
		t.Errorf("%d testsuites, want one per suite × environment (4)", len(root.Suites))
	}
	if num(t, root.Attrs, "tests") != tests || num(t, root.Attrs, "failures") != failures ||
		num(t, root.Attrs, "errors") != errors || num(t, root.Attrs, "skipped") != skipped {
		t.Errorf("root totals %v do not add up to %d/%d/%d/%d", root.Attrs, tests, failures, errors, skipped)
	}
	if tests != len(r.Results) {
		t.Errorf("%d testcases for %d results", tests, len(r.Results))
	}
	attr(t, root.Attrs, "time")

	// Decoding undoes XML escaping: no secret may hide behind it either.
	var all strings.Builder
	for _, s := range root.Suites {
		for _, a := range s.Attrs {
			all.WriteString(a.Value + "\n")
		}
		for _, c := range s.Cases {
			for _, a := range c.Attrs {
				all.WriteString(a.Value + "\n")
			}
			for _, res := range []*xResult{c.Failure, c.Error, c.Skipped} {
				if res != nil {
					for _, a := range res.Attrs {
						all.WriteString(a.Value + "\n")
					}
					all.WriteString(res.Body + "\n")
				}
			}
		}
	}
	noSecrets(t, r.Redactor, all.String())
	if !strings.Contains(all.String(), "[ADMIN_PASSWORD sha256:") {
		t.Error("the redacted label of the special-character secret is missing")
	}

	// A "]]>" in a body (it is in a failure's actual value) is split.
	if !strings.Contains(out, "]]]]><![CDATA[>") {
		t.Error(`"]]>" inside CDATA was not split`)
	}
	if !strings.Contains(all.String(), "raw body: ]]> key=") {
		t.Error(`the split "]]>" does not read back intact`)
	}
	if strings.ContainsAny(out, "\x1b\x00\x07") {
		t.Error("ANSI or control characters reached the XML")
	}
}

func checkResult(t *testing.T, r *xResult) {
	t.Helper()
	attr(t, r.Attrs, "message")
	typ := attr(t, r.Attrs, "type")
	if strings.TrimSpace(r.Body) == "" {
		t.Errorf("empty body for %s", typ)
	}
	if strings.Contains(attr(t, r.Attrs, "message"), "\n") {
		t.Error("message is not one line")
	}
}

func TestJUnitTypesAndBodies(t *testing.T) {
	out, _ := render(t, JUnit)
	root := parseJUnit(t, out)
	byName := map[string]xCase{}
	for _, s := range root.Suites {
		for _, c := range s.Cases {
			byName[attr(t, c.Attrs, "classname")+"/"+attr(t, c.Attrs, "name")] = c
		}
	}
	probe := byName["staging.Payments API auth/valid token reads the account [probe: previous]"]
	if probe.Failure == nil || attr(t, probe.Failure.Attrs, "type") != "SecurityFailure" {
		t.Fatalf("probe that got 2xx: %+v", probe)
	}
	for _, want := range []string{"expected: 401", "actual:   200", "[credential_not_checked]", "sent: api_key=[ADMIN_PASSWORD sha256:"} {
		if !strings.Contains(probe.Failure.Body, want) {
			t.Errorf("failure body lacks %q:\n%s", want, probe.Failure.Body)
		}
	}
	missing := byName["production.Payments API auth/valid token reads the account"]
	if missing.Error == nil || attr(t, missing.Error.Attrs, "type") != "CredentialMissing" ||
		!strings.Contains(missing.Error.Body, "[credential_missing]") {
		t.Errorf("missing credential: %+v", missing)
	}
	if c := byName["staging.Admin API auth/admin lists users"]; c.Error == nil || attr(t, c.Error.Attrs, "type") != "Unreachable" {
		t.Errorf("unreachable: %+v", c)
	}
	if c := byName["staging.Admin API auth/legacy export"]; c.Skipped == nil || attr(t, c.Skipped.Attrs, "message") != "replaced by /v2/export" {
		t.Errorf("skipped: %+v", c)
	}
	if c := byName["staging.Admin API auth/legacy export"]; attr(t, c.Attrs, "line") != "20" || attr(t, c.Attrs, "file") != "suites/admin.yaml" {
		t.Errorf("file/line: %v", c.Attrs)
	}
}

// A secret made only of XML specials, sitting in every attribute and body.
func TestJUnitSpecialSecretEverywhere(t *testing.T) {
	red := &secret.Redactor{}
	red.Add("S", adminPassword)
	// Names come from the YAML and are not secrets (see TestNamesAreLiteral);
	// everything the run produced carries the secret.
	st := struct{ File, Name string }{"s.yaml", "suite"}
	res := &results.Result{Suite: st.Name, File: st.File, Environment: "env", Name: "case",
		Status: results.Failed, Kind: results.AssertionFailure, Message: "m " + adminPassword, Duration: time.Millisecond,
		Failures: []results.Failure{{Step: 1, Path: adminPassword, Expected: adminPassword, Actual: "]]>" + adminPassword + "]]>"}}}
	var b bytes.Buffer
	if err := JUnit(&b, &results.Report{Results: []*results.Result{res}, Redactor: red}); err != nil {
		t.Fatal(err)
	}
	noSecrets(t, red, b.String())
	root := parseJUnit(t, b.String())
	c := root.Suites[0].Cases[0]
	decoded := c.Failure.Body + attr(t, c.Failure.Attrs, "message") + attr(t, c.Failure.Attrs, "type")
	noSecrets(t, red, decoded)
	if !strings.Contains(c.Failure.Body, "actual:   ]]>[S sha256:") {
		t.Errorf("body: %q", c.Failure.Body)
	}
}

// Suite, scenario, environment and file names are written by the suite's
// author and are the test's identity: a short secret that happens to be a
// word in them ("guest") must not rename the test in JUnit or JSON. The
// same word in run-time text is still redacted.
func TestNamesAreLiteral(t *testing.T) {
	red := &secret.Redactor{}
	red.Add("RABBIT_USER", "guest")
	st := struct{ File, Name string }{"suites/guest.yaml", "guest api"}
	res := &results.Result{Suite: st.Name, File: st.File, Environment: "guest", Name: "guest reads overview [probe: no_auth]",
		Status: results.Failed, Message: "user guest was refused", Duration: time.Millisecond}
	rep := &results.Report{Results: []*results.Result{res}, Redactor: red}
	var x, j bytes.Buffer
	if err := JUnit(&x, rep); err != nil {
		t.Fatal(err)
	}
	if err := JSON(&j, rep); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`name="guest api [guest]"`, `name="guest reads overview [probe: no_auth]"`,
		`classname="guest.guest api"`, `file="suites/guest.yaml"`} {
		if !strings.Contains(x.String(), want) {
			t.Errorf("JUnit lacks %s:\n%s", want, x.String())
		}
	}
	if !strings.Contains(j.String(), `"scenario": "guest reads overview [probe: no_auth]"`) {
		t.Errorf("JSON scenario renamed:\n%s", j.String())
	}
	if strings.Contains(x.String(), "user guest was") || strings.Contains(j.String(), "user guest was") {
		t.Errorf("run-time text not redacted")
	}
}

// A <testsuite>'s time is its wall time: two cases of one second that ran
// side by side (--parallel) took one second, not two. Results without
// start times (not made by a run) fall back to the sum.
func TestJUnitSuiteTimeIsWallTime(t *testing.T) {
	start := time.Date(2026, 11, 22, 10, 0, 0, 0, time.UTC)
	suiteTime := func(started ...time.Time) string {
		r := &results.Report{StartedAt: start, Duration: 2 * time.Second}
		for i, s := range started {
			r.Results = append(r.Results, &results.Result{Suite: "S", File: "s.yaml", Environment: "staging",
				Name: "case " + strconv.Itoa(i), Status: results.Passed, Duration: time.Second, Started: s})
		}
		var b bytes.Buffer
		if err := JUnit(&b, r); err != nil {
			t.Fatal(err)
		}
		root := parseJUnit(t, b.String())
		if len(root.Suites) != 1 {
			t.Fatalf("%d testsuites, want 1", len(root.Suites))
		}
		return attr(t, root.Suites[0].Attrs, "time")
	}
	for _, tc := range []struct {
		name    string
		started []time.Time
		want    string
	}{
		{"side by side", []time.Time{start, start.Add(250 * time.Millisecond)}, "1.250"},
		{"one after the other", []time.Time{start, start.Add(time.Second)}, "2.000"},
		{"no start times", []time.Time{{}, {}}, "2.000"},
	} {
		if got := suiteTime(tc.started...); got != tc.want {
			t.Errorf("%s: testsuite time=%q, want %q", tc.name, got, tc.want)
		}
	}
}
