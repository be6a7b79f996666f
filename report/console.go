package report

import (
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/authspec/authspec/results"
	"github.com/authspec/authspec/secret"
)

// ConsoleOptions shape the console report.
type ConsoleOptions struct {
	Color        bool // ANSI colours (the caller decides: terminal, --no-color, NO_COLOR)
	Verbose      bool // dump each step's request and response headers and a body excerpt
	GitHubGroups bool // wrap each suite × environment block in ::group:: / ::endgroup::
	Quiet        bool // failures and the summary only: no line per test case, no preflight block
	// Changes since the baseline (--baseline), printed first; nil: none.
	Changes *Changes
}

// bodyExcerpt is how much of a body --verbose prints, after redaction.
const bodyExcerpt = 512

// Console writes the human report:
//
//   - preflight findings, as `authspec lint` prints them;
//   - per suite × environment, a header "Suite [env]  file" and one line
//     per test case: PASS, FAIL, ERROR (error: Type) or SKIP (skipped: reason);
//   - "Failures": each failed or errored test case with its location,
//     every failure (step, path, expected, actual), the requests sent, the
//     diagnosis most likely first with its evidence, and its warnings;
//   - the request table by environment × endpoint (see requestRow for
//     what each column counts; "no response" counts steps that got none);
//   - the totals line "N passed, N failed, N errors, N skipped in 1.50s",
//     never coloured so that CI can search it.
func Console(w io.Writer, r *results.Report, opt ConsoleOptions) error {
	p := palette{on: opt.Color}
	t := &textWriter{}
	writeConsoleHead(t, r, opt, p)
	if !opt.Quiet {
		for _, g := range groupResults(r) {
			openGroup(t, g.Title(), g.File, opt, p)
			for _, res := range g.Results {
				writeResult(t, r.Redactor, res, opt, p)
			}
			closeGroup(t, opt)
		}
		if len(r.Results) == 0 {
			t.line("", "No test cases ran.")
			t.line("", "")
		}
	}
	writeConsoleTail(t, r, p, len(r.Findings) > 0 && !opt.Quiet)
	_, err := io.WriteString(w, t.b.String())
	return err
}

// writeConsoleHead is what leads the report: the changes since the
// baseline, then the preflight findings (not with Quiet).
func writeConsoleHead(t *textWriter, r *results.Report, opt ConsoleOptions, p palette) {
	red := r.Redactor
	writeChangesText(t, opt.Changes, p)
	if len(r.Findings) == 0 || opt.Quiet {
		return
	}
	t.line("", p.bold("Preflight"))
	for _, f := range results.Printed(r.Findings) {
		l := FindingLine(f, red)
		if f.Severity == results.SeverityError {
			l = p.red(l)
		} else {
			l = p.yellow(l)
		}
		t.line("  ", l)
	}
	t.line("", "")
}

// openGroup starts a suite × environment block.
func openGroup(t *textWriter, title, file string, opt ConsoleOptions, p palette) {
	if opt.GitHubGroups {
		t.command("::group::" + escapeData(literal(title)))
	}
	t.line("", p.bold(literal(title))+"  "+p.dim(literal(file)))
}

func closeGroup(t *textWriter, opt ConsoleOptions) {
	if opt.GitHubGroups {
		t.command("::endgroup::")
	}
	t.line("", "")
}

// writeResult is a test case's line (and, with Verbose, its exchanges).
func writeResult(t *textWriter, red *secret.Redactor, res *results.Result, opt ConsoleOptions, p palette) {
	t.line("  ", resultLine(red, res, p))
	if opt.Verbose {
		writeExchanges(t, red, res, p)
	}
}

// writeConsoleTail is what follows the test cases: the failures with
// their diagnosis, the request table, the rotation verdict, the totals.
func writeConsoleTail(t *textWriter, r *results.Report, p palette, findingsAbove bool) {
	red := r.Redactor
	shared := writeCauseGroups(t, red, r, p)
	n := 0
	for _, res := range r.Results {
		if !res.Status.Bad() {
			continue
		}
		if n == 0 {
			t.line("", p.bold("Failures"))
			t.line("", "")
		}
		n++
		head := fmt.Sprintf("%d) %s", n, literal(res.Name))
		if res.Status == results.Errored {
			head = p.magenta(head)
		} else {
			head = p.red(head)
		}
		t.line("  ", head)
		writeDetails(t, red, res, p, "     ", detailsAbove{sharedCause: shared[res], findings: findingsAbove})
		t.line("", "")
	}

	if rows := requestTable(r); len(rows) > 0 {
		t.line("", p.bold("Requests by environment and endpoint"))
		cells := [][]string{tableHeader}
		for _, row := range rows {
			cells = append(cells, row.cells(red))
		}
		for i, l := range alignTable(cells, 2) {
			if i == 0 {
				l = p.dim(l)
			}
			t.line("  ", l)
		}
		t.line("", "")
	}

	if r.Rotation != nil {
		writeRotation(t, r.Rotation, red, p)
	}
	t.line("", r.Totals().String()+" in "+human(r.Duration))
}

// resultLine is the one line a test case gets in its group.
func resultLine(red *secret.Redactor, res *results.Result, p palette) string {
	name := literal(res.Name)
	dur := p.dim("(" + human(res.Duration) + ")")
	switch res.Status {
	case results.Passed:
		return p.green("PASS ") + "  " + name + "  " + dur
	case results.Failed:
		l := p.red("FAIL ") + "  " + name + "  " + dur
		if t := resultType(res); t != results.AssertionFailure.String() {
			l += "  " + p.red("["+word(red, t)+"]")
		}
		return l
	case results.Errored:
		return p.magenta("ERROR") + "  " + name + "  (error: " + word(red, resultType(res)) + ")"
	case results.Skipped:
		if res.Message == "" {
			return p.yellow("SKIP ") + "  " + name + "  (skipped)"
		}
		return p.yellow("SKIP ") + "  " + name + "  (skipped: " + oneLine(red, res.Message) + ")"
	}
	return oneLine(red, res.Status.String()) + "  " + name
}

// alignTable pads cells into columns: the first left columns are left
// aligned, the rest (numbers) right aligned.
func alignTable(rows [][]string, left int) []string {
	var width []int
	for _, row := range rows {
		for i, c := range row {
			if i >= len(width) {
				width = append(width, 0)
			}
			width[i] = max(width[i], utf8.RuneCountInString(c))
		}
	}
	out := make([]string, len(rows))
	for r, row := range rows {
		var b strings.Builder
		for i, c := range row {
			if i > 0 {
				b.WriteString("  ")
			}
			pad := strings.Repeat(" ", width[i]-utf8.RuneCountInString(c))
			if i < left {
				b.WriteString(c + pad)
			} else {
				b.WriteString(pad + c)
			}
		}
		out[r] = strings.TrimRight(b.String(), " ")
	}
	return out
}

// writeExchanges is the --verbose dump of a test case's steps.
func writeExchanges(t *textWriter, red *secret.Redactor, res *results.Result, p palette) {
	const ind = "         "
	for _, st := range res.TokenRequests {
		writeSent(t, red, ind, "token request: ", st, p)
	}
	for i, st := range res.Steps {
		writeSent(t, red, ind, fmt.Sprintf("step %d: ", i+1), st, p)
	}
}

// writeSent is one request of the verbose dump: its line, then what went
// and what came back.
func writeSent(t *textWriter, red *secret.Redactor, ind, what string, st results.Step, p palette) {
	t.line(ind, p.dim(what+sentLine(red, st)))
	writeExchange(t, red, ind+"> ", st.Request)
	if st.StatusCode != 0 || len(st.Response.Header) > 0 || len(st.Response.Body) > 0 {
		writeExchange(t, red, ind+"< ", st.Response)
	}
}

// sentLine is a request as one line: "POST <url> -> 200 OK  (12ms)".
func sentLine(red *secret.Redactor, st results.Step) string {
	return fmt.Sprintf("%s %s -> %s  (%s)", word(red, st.Method), oneLine(red, st.URL), statusText(st.StatusCode), human(st.Duration))
}

func writeExchange(t *textWriter, red *secret.Redactor, prefix string, x results.Exchange) {
	names := make([]string, 0, len(x.Header))
	for k := range x.Header {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		for _, v := range x.Header[k] {
			t.line(prefix, oneLine(red, k)+": "+headerValue(red, k, v))
		}
	}
	if len(x.Body) == 0 {
		return
	}
	if len(names) > 0 {
		t.line(prefix, "")
	}
	body, cut := truncate(clean(red, string(x.Body)), bodyExcerpt)
	for _, l := range strings.Split(strings.TrimRight(body, "\n"), "\n") {
		t.line(prefix, l)
	}
	if cut {
		t.line(prefix, fmt.Sprintf("(body excerpt; %d bytes in all)", len(x.Body)))
	}
}

// sensitiveHeaders carry credentials or sessions. A value in one of them
// that the redactor does not know (a session cookie the server set, a
// token typed into the suite) is still not printed: it is shown as a label
// with its fingerprint, like a known secret.
var sensitiveHeaders = map[string]bool{
	"authorization": true, "proxy-authorization": true, "cookie": true, "set-cookie": true,
	"x-api-key": true, "api-key": true, "x-auth-token": true,
}

// headerValue is a header value for the verbose dump: redacted, and
// labelled when it is sensitive but holds no known secret (a value the
// runner labelled already, whole, as its credential named it, is one).
func headerValue(red *secret.Redactor, name, v string) string {
	cv := oneLine(red, v)
	if !sensitiveHeaders[strings.ToLower(name)] || cv != strings.Join(strings.Fields(sanitize(v)), " ") || cv == "" || secret.LabelledWhole(cv) {
		return cv
	}
	label := oneLine(red, name)
	if scheme, rest, ok := strings.Cut(cv, " "); ok && strings.HasSuffix(strings.ToLower(name), "authorization") {
		return scheme + " " + secret.Label(label, rest)
	}
	return secret.Label(label, cv)
}

// writeCauseGroups prints each cause that explains several failures once,
// with the failures it explains, and returns for each of those failures
// the line that refers to it.
func writeCauseGroups(t *textWriter, red *secret.Redactor, r *results.Report, p palette) map[*results.Result]sharedCause {
	var groups []results.CauseGroup
	for _, g := range r.CauseGroups() {
		if g.Shared() {
			groups = append(groups, g)
		}
	}
	if len(groups) == 0 {
		return nil
	}
	refs := map[*results.Result]sharedCause{}
	t.line("", p.bold("Causes shared by several failures"))
	t.line("", "")
	for i, g := range groups {
		t.line("  ", fmt.Sprintf("%s 1 cause → %d failures: %s %s", p.bold(fmt.Sprintf("%c)", 'A'+rune(i%26))), len(g.Results),
			oneLine(red, g.Cause.Message), p.cyan("["+word(red, g.Cause.Code)+"]")))
		common := commonEvidence(g)
		for _, ev := range common {
			for _, l := range strings.Split(clean(red, ev), "\n") {
				t.line("        ", p.dim(l))
			}
		}
		for _, res := range g.Results {
			t.line("     - ", literal(res.Name)+" "+p.dim("["+literal(res.Environment)+"]"))
			refs[res] = sharedCause{ref: fmt.Sprintf("cause %c above (shared by %d failures)", 'A'+rune(i%26), len(g.Results)), evidence: common}
		}
		t.line("", "")
	}
	return refs
}

// commonEvidence is the evidence of a group's cause that every failure of
// the group shows: what the group prints once. The rest (one failure's
// status, its server's words, its Retry-After) is printed under that
// failure's reference, never attributed to the others.
func commonEvidence(g results.CauseGroup) []string {
	var out []string
	for _, ev := range g.Cause.Evidence {
		all := true
		for _, res := range g.Results[1:] {
			if !slices.Contains(res.Diagnosis[0].Evidence, ev) {
				all = false
				break
			}
		}
		if all {
			out = append(out, ev)
		}
	}
	return out
}
