package report

import (
	"fmt"
	"io"
	"strings"
	"sync"

	"github.com/authspec/authspec/internal/lazyre"
	"github.com/authspec/authspec/results"
	"github.com/authspec/authspec/secret"
)

// MaxAnnotations is how many ::error annotations (and, separately, how
// many ::warning annotations) GitHubAnnotations writes: GitHub shows at
// most 10 of each per step. When there are more, the 10th says how many
// more there are instead.
const MaxAnnotations = 10

// escapeData escapes the message of a workflow command.
func escapeData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

// escapeProperty escapes a property value (file=, line=, title=) of a
// workflow command.
func escapeProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}

// command formats one workflow command. props are name/value pairs, already
// clean; empty values are left out.
func command(name string, msg string, props ...string) string {
	var ps []string
	for i := 0; i+1 < len(props); i += 2 {
		if props[i+1] != "" {
			ps = append(ps, props[i]+"="+escapeProperty(props[i+1]))
		}
	}
	s := "::" + name
	if len(ps) > 0 {
		s += " " + strings.Join(ps, ",")
	}
	return s + "::" + escapeData(msg) + "\n"
}

func lineProp(n int) string {
	if n <= 0 {
		return ""
	}
	return fmt.Sprint(n)
}

// GitHubAnnotations writes GitHub Actions workflow commands: the rotation
// verdict first, then one ::warning (or ::error, by severity) per
// preflight finding at the place it concerns, then one ::error per failed
// or errored test case pointing at its line in the suite file, titled
// "name [env]", with its summary and its most likely cause. GitHub shows
// 10 errors and 10 warnings per step: past MaxAnnotations of a level, the
// last one says how many more there are and where to read them.
func GitHubAnnotations(w io.Writer, r *results.Report) error {
	red := r.Redactor
	var all annotations
	if r.Rotation != nil {
		var rb strings.Builder
		rotationAnnotations(&rb, r.Rotation, red)
		for _, l := range strings.SplitAfter(rb.String(), "\n") {
			if l != "" {
				all.add(l, "rotation annotations")
			}
		}
	}
	for _, f := range results.Printed(r.Findings) {
		title := word(red, f.Code)
		if f.Env != "" {
			title += " [" + literal(f.Env) + "]"
		}
		msg := oneLine(red, f.Message)
		if f.Code != "" {
			msg += " [" + word(red, f.Code) + "]"
		}
		level := "warning"
		if f.Severity == results.SeverityError {
			level = "error"
		}
		all.add(command(level, msg, "file", literal(f.File), "line", lineProp(f.Line), "col", lineProp(f.Col), "title", title), "preflight findings")
	}
	for _, res := range r.Results {
		if !res.Status.Bad() {
			continue
		}
		msg := word(red, resultType(res)) + ": " + summary(red, res)
		if c := topCause(res); c != nil {
			msg += "\n[" + word(red, c.Code) + "] " + oneLine(red, c.Message)
		}
		title := literal(res.Name) + " [" + literal(res.Environment) + "]"
		all.add(command("error", msg, "file", literal(res.File), "line", lineProp(res.Line), "title", title), "failed test cases")
	}
	_, err := io.WriteString(w, all.capped())
	return err
}

// annotations are workflow commands in the order they are written, each
// with what it is about (for the line that counts the rest).
type annotations struct {
	lines []string
	about []string
}

func (a *annotations) add(line, about string) {
	a.lines = append(a.lines, line)
	a.about = append(a.about, about)
}

// level is "error", "warning" or "notice": what GitHub counts separately.
func level(line string) string {
	l, _, _ := strings.Cut(strings.TrimPrefix(line, "::"), " ")
	l, _, _ = strings.Cut(l, "::")
	return l
}

// capped keeps the order and, for a level with more than MaxAnnotations
// lines, writes its first MaxAnnotations-1 and, in place of the next, one
// that counts the rest: "48 more failed test cases not annotated; …".
func (a *annotations) capped() string {
	total := map[string]int{}
	for _, l := range a.lines {
		total[level(l)]++
	}
	seen := map[string]int{}
	rest := map[string][]string{} // level → what the lines left out are about
	var b strings.Builder
	var counted []string // levels whose counting line goes where their 10th line was
	at := map[string]int{}
	var out []string
	for i, l := range a.lines {
		lv := level(l)
		seen[lv]++
		switch {
		case total[lv] <= MaxAnnotations || seen[lv] < MaxAnnotations:
			out = append(out, l)
		default:
			if seen[lv] == MaxAnnotations {
				at[lv] = len(out)
				out = append(out, "") // the counting line, filled below
				counted = append(counted, lv)
			}
			rest[lv] = append(rest[lv], a.about[i])
		}
	}
	for _, lv := range counted {
		var order []string
		n := map[string]int{}
		for _, about := range rest[lv] {
			if n[about] == 0 {
				order = append(order, about)
			}
			n[about]++
		}
		var parts []string
		for _, about := range order {
			parts = append(parts, fmt.Sprintf("%d more %s", n[about], about))
		}
		out[at[lv]] = command(lv, strings.Join(parts, " and ")+" not annotated (GitHub shows 10 per step); see the step summary or the JUnit report")
	}
	for _, l := range out {
		b.WriteString(l)
	}
	return b.String()
}

// GitHubMasker returns the function that masks a secret first seen at run
// time (runner.Options.OnSecret): ::add-mask:: with the value escaped as
// workflow commands require, and, for a multi-line value, each line as well,
// since GitHub matches masks per line. Writes are serialized; errors are
// ignored (a mask that cannot be written cannot be reported either).
func GitHubMasker(w io.Writer) func(value string) {
	var mu sync.Mutex
	return func(v string) {
		var b strings.Builder
		b.WriteString(command("add-mask", v))
		if strings.ContainsAny(v, "\r\n") {
			for _, l := range strings.FieldsFunc(v, func(r rune) bool { return r == '\r' || r == '\n' }) {
				if len(strings.TrimSpace(l)) >= secret.MinLen {
					b.WriteString(command("add-mask", l))
				}
			}
		}
		mu.Lock()
		defer mu.Unlock()
		_, _ = io.WriteString(w, b.String())
	}
}

// StepSummary writes the Markdown for $GITHUB_STEP_SUMMARY: the totals,
// the preflight findings, a table of failed and errored test cases with
// their most likely cause, and the request table by environment ×
// endpoint (the same rows as the console's).
func StepSummary(w io.Writer, r *results.Report) error { return NewDocument(r).StepSummary(w, nil) }

// StepSummary writes the document's step summary, led by what changed
// since the baseline (nil: none).
func (d *Document) StepSummary(w io.Writer, ch *Changes) error {
	const maxRows = 100
	r := d.rep
	red := r.Redactor
	var b strings.Builder
	fmt.Fprintf(&b, "## authspec: %s\n\n", r.Totals())
	fmt.Fprintf(&b, "%d test cases in %s.\n\n", r.Totals().Tests(), human(r.Duration))
	writeChangesMarkdown(&b, ch)
	if r.Rotation != nil {
		rotationMarkdown(&b, r.Rotation, red)
	}
	writeCausesMarkdown(&b, d.causeGroups())

	if findings := results.Printed(r.Findings); len(findings) > 0 {
		b.WriteString("### Preflight findings\n\n")
		for i, f := range findings {
			if i == maxRows {
				fmt.Fprintf(&b, "- ... and %d more\n", len(findings)-maxRows)
				break
			}
			// The severity and the place are authspec's words and the
			// suite's path, as the console and the JSON report write them:
			// a secret "warning" or "suites" never rewrites them.
			fmt.Fprintf(&b, "- **%s** %s %s: %s\n", mdEscape(word(red, string(f.Severity))), mdCode(red, f.Code),
				mdEscape(literal(findingLocation(f))), mdText(red, f.Message))
		}
		b.WriteString("\n")
	}

	var failed []*results.Result
	for _, res := range r.Results {
		if res.Status == results.Failed || res.Status == results.Errored {
			failed = append(failed, res)
		}
	}
	if len(failed) > 0 {
		b.WriteString("### Failed test cases\n\n")
		b.WriteString("| Test case | Environment | Suite | Result | Summary | Most likely cause | Location |\n")
		b.WriteString("| --- | --- | --- | --- | --- | --- | --- |\n")
		for i, res := range failed {
			if i == maxRows {
				fmt.Fprintf(&b, "\n... and %d more; see the JUnit report.\n", len(failed)-maxRows)
				break
			}
			cause := ""
			if c := topCause(res); c != nil {
				cause = mdCode(red, c.Code)
			}
			short, _ := truncate(summary(red, res), 200)
			fmt.Fprintf(&b, "| %s | %s | %s | %s | %s | %s | %s |\n", mdEscape(literal(res.Name)), mdEscape(literal(res.Environment)),
				mdEscape(literal(res.Suite)), mdEscape(word(red, res.Status.String())+" ("+word(red, resultType(res))+")"), mdEscape(short),
				cause, mdEscape(literal(location(res))))
		}
		b.WriteString("\n")
	}

	writeMatricesMarkdown(&b, d.data())
	if rows := requestTable(r); len(rows) > 0 {
		b.WriteString("### Requests by environment and endpoint\n\n")
		b.WriteString("| " + strings.Join(tableHeader, " | ") + " |\n")
		b.WriteString("| --- | --- |" + strings.Repeat(" ---: |", len(tableHeader)-2) + "\n")
		for _, row := range rows {
			cells := row.cells(red)
			for i := range cells {
				cells[i] = mdEscape(cells[i])
			}
			b.WriteString("| " + strings.Join(cells, " | ") + " |\n")
		}
		b.WriteString("\n")
	}
	allResults(&b, r)
	_, err := io.WriteString(w, capSummary(b.String(), SummaryLimit))
	return err
}

// allResults lists every test case, folded so a long run stays readable.
func allResults(b *strings.Builder, r *results.Report) {
	const maxAll = 500
	if len(r.Results) == 0 {
		return
	}
	red := r.Redactor
	fmt.Fprintf(b, "<details><summary>All %d test cases</summary>\n\n", len(r.Results))
	b.WriteString("| Test case | Environment | Suite | Result | Time |\n| --- | --- | --- | --- | ---: |\n")
	for i, res := range r.Results {
		if i == maxAll {
			fmt.Fprintf(b, "\n... and %d more; see the JUnit report.\n", len(r.Results)-maxAll)
			break
		}
		fmt.Fprintf(b, "| %s | %s | %s | %s | %s |\n", mdEscape(literal(res.Name)), mdEscape(literal(res.Environment)),
			mdEscape(literal(res.Suite)), mdEscape(word(red, res.Status.String())), mdEscape(literal(human(res.Duration))))
	}
	b.WriteString("\n</details>\n")
}

// mdSpecial are the characters that could format, link, break a table
// cell, start HTML or math in GitHub Markdown; each is backslash-escaped.
var mdSpecial = lazyre.New("[\\\\`*_\\[\\]<>|~&$#!]")

func mdEscape(s string) string { return mdSpecial.ReplaceAllString(s, `\$0`) }

// mdText is s cleaned, on one line, with Markdown specials escaped.
func mdText(red *secret.Redactor, s string) string { return mdEscape(oneLine(red, s)) }

var codeRE = lazyre.New(`^[a-z0-9_]+$`)

// mdCode shows a cause code as `code`, or as escaped text if it is not a
// plain code.
func mdCode(red *secret.Redactor, s string) string {
	s = word(red, s)
	if codeRE.MatchString(s) {
		return "`" + s + "`"
	}
	return mdEscape(s)
}
