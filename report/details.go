package report

import (
	"fmt"
	"slices"
	"strings"

	"github.com/authspec/authspec/results"
	"github.com/authspec/authspec/secret"
)

// palette colours console text; the zero palette leaves text alone, which
// is what every non-terminal output uses.
type palette struct{ on bool }

func (p palette) wrap(code, s string) string {
	if !p.on || s == "" {
		return s
	}
	return "\x1b[" + code + "m" + s + "\x1b[0m"
}

func (p palette) bold(s string) string    { return p.wrap("1", s) }
func (p palette) dim(s string) string     { return p.wrap("2", s) }
func (p palette) red(s string) string     { return p.wrap("31", s) }
func (p palette) green(s string) string   { return p.wrap("32", s) }
func (p palette) yellow(s string) string  { return p.wrap("33", s) }
func (p palette) magenta(s string) string { return p.wrap("35", s) }
func (p palette) cyan(s string) string    { return p.wrap("36", s) }

// textWriter builds indented text. Its strings are already clean.
type textWriter struct {
	b strings.Builder
}

// line writes one line of text. GitHub Actions reads any log line that
// starts with "::" after leading white space as a workflow command, so a
// line of data that does (a scenario name, a response body) is defused
// to ": :"; only command writes one.
func (t *textWriter) line(indent, s string) {
	if strings.Trim(indent, " ") == "" {
		// The usual blank indent: written before s rather than joined to
		// it first (a line per test case); the same text as below.
		s = strings.TrimRight(s, " ")
		if s != "" {
			if rest := strings.TrimLeft(s, " \t"); strings.HasPrefix(rest, "::") {
				s = s[:len(s)-len(rest)] + ": :" + rest[2:]
			}
			t.b.WriteString(indent)
			t.b.WriteString(s)
		}
		t.b.WriteByte('\n')
		return
	}
	l := strings.TrimRight(indent+s, " ")
	if rest := strings.TrimLeft(l, " \t"); strings.HasPrefix(rest, "::") {
		l = l[:len(l)-len(rest)] + ": :" + rest[2:]
	}
	t.b.WriteString(l)
	t.b.WriteByte('\n')
}

// command writes a workflow command line of our own, as is.
func (t *textWriter) command(s string) {
	t.b.WriteString(s)
	t.b.WriteByte('\n')
}

// block writes a possibly multi-line value: the first line after label,
// the following lines aligned under the first.
func (t *textWriter) block(indent, label, value string) {
	lines := strings.Split(value, "\n")
	t.line(indent, label+lines[0])
	pad := strings.Repeat(" ", len(label))
	for _, l := range lines[1:] {
		t.line(indent, pad+l)
	}
}

// writeDetails writes what went wrong in a failed or errored result: where
// it is, the summary, every failure with full expected and actual, the
// requests sent, the diagnosis (most likely first, with evidence) and the
// warnings. The console's Failures section and the JUnit failure and error
// bodies are both this text (without colour in JUnit). Everything is
// cleaned here. The console passes what it already printed above (a cause
// shared by several failures, the preflight findings) so it is not
// repeated; JUnit keeps one whole failure body per test case.
func writeDetails(t *textWriter, red *secret.Redactor, res *results.Result, p palette, ind string, above detailsAbove) {
	c := func(s string) string { return clean(red, s) }

	var about []string
	if k := res.ScenarioKind; k != "" {
		about = append(about, "kind: "+oneLine(red, k))
	}
	if res.Probe != "" {
		about = append(about, "probe: "+oneLine(red, res.Probe))
	}
	if res.Attempts > 1 {
		about = append(about, fmt.Sprintf("attempts: %d", res.Attempts))
	}
	head := p.dim(literal(location(res))) + "  " + literal(res.Suite) + " [" + literal(res.Environment) + "]"
	if len(about) > 0 {
		head += "  (" + strings.Join(about, ", ") + ")"
	}
	t.line(ind, head)
	t.line(ind, p.bold(word(red, resultType(res))+": "+summary(red, res)))

	for _, f := range res.Failures {
		msg := oneLine(red, failureText(f))
		if f.Message == "" && f.Path != "" {
			msg = oneLine(red, f.Path) // expected and actual follow
		}
		if f.Step > 0 {
			msg = fmt.Sprintf("step %d: %s", f.Step, msg)
		}
		t.line(ind, p.red(msg))
		if f.Expected != "" || f.Actual != "" {
			t.block(ind+"  ", "expected: ", c(f.Expected))
			t.block(ind+"  ", "actual:   ", c(f.Actual))
		}
	}

	// A token request that got a token belongs to whichever case needed
	// the token first (timing, under --parallel): --verbose shows it and
	// the request table counts it. One that got none (refused, or a 2xx
	// without a readable access token) is this case's own.
	var noToken []results.Step
	for _, st := range res.TokenRequests {
		if st.NoToken || st.StatusCode < 200 || st.StatusCode > 299 {
			noToken = append(noToken, st)
		}
	}
	if len(res.Steps)+len(noToken) > 0 {
		t.line(ind, "requests:")
		for _, st := range noToken {
			t.line(ind+"  ", "token request: "+sentLine(red, st))
		}
		for i, st := range res.Steps {
			t.line(ind+"  ", fmt.Sprintf("%d. %s", i+1, sentLine(red, st)))
		}
	}

	if len(res.Diagnosis) > 0 {
		t.line(ind, "diagnosis (most likely first):")
		for i, cause := range res.Diagnosis {
			shared := i == 0 && above.sharedCause.ref != ""
			if shared {
				t.line(ind+"  ", p.cyan("["+word(red, cause.Code)+"]")+" "+above.sharedCause.ref)
			} else {
				t.line(ind+"  ", p.cyan("["+word(red, cause.Code)+"]")+" "+oneLine(red, cause.Message))
			}
			for _, ev := range cause.Evidence {
				if shared && slices.Contains(above.sharedCause.evidence, ev) {
					continue // printed with the cause above
				}
				for _, l := range strings.Split(c(ev), "\n") {
					t.line(ind+"      ", p.dim(l))
				}
			}
		}
	}

	if len(res.Warnings) > 0 && above.findings {
		var codes []string
		for _, w := range res.Warnings {
			if c := "[" + word(red, w.Code) + "]"; !slices.Contains(codes, c) {
				codes = append(codes, c)
			}
		}
		t.line(ind, "warnings: "+strings.Join(codes, ", ")+" (see Preflight above)")
	} else if len(res.Warnings) > 0 {
		t.line(ind, "warnings:")
		for _, w := range res.Warnings {
			t.line(ind+"  ", p.yellow("["+word(red, w.Code)+"]")+" "+oneLine(red, w.Message))
		}
	}
}

// detailsAbove says what the console printed before the failures.
type detailsAbove struct {
	sharedCause sharedCause // the first cause, when it was printed once above
	findings    bool        // the preflight findings were printed above
}

// sharedCause is a cause printed once above for several failures: the
// line that refers to it, and the evidence printed with it (the group's
// first failure's). A failure whose own evidence differs (another status,
// other words from the server, a Retry-After) still shows what differs
// under the reference, so no failure's evidence is lost to the grouping.
type sharedCause struct {
	ref      string
	evidence []string
}

// statusText is a status code, or "no response" for 0.
func statusText(code int) string {
	if code == 0 {
		return "no response"
	}
	return fmt.Sprint(code)
}
