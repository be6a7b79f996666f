package report

import (
	"fmt"
	"strings"
)

// SummaryLimit is the most the step summary writes. GitHub drops a step's
// summary above 1 MiB; the margin leaves room for what else the same step
// appends (a rotation check after a run).
const SummaryLimit = 1000 * 1024

// summaryCauseCases caps the test cases listed under one cause.
const summaryCauseCases = 10

// writeCausesMarkdown lists the failures grouped by most likely cause:
// "`jwt_expired` → 3 failures", its wording and the cases it explains.
func writeCausesMarkdown(b *strings.Builder, groups []causeGroup) {
	if len(groups) == 0 {
		return
	}
	b.WriteString("### Failures by cause\n\n")
	for _, g := range groups {
		n := "failures"
		if len(g.Cases) == 1 {
			n = "failure"
		}
		fmt.Fprintf(b, "- %s → %d %s", codeOrText(g.Code), len(g.Cases), n)
		if g.Message != "" {
			b.WriteString(": " + mdEscape(oneLineText(g.Message)))
		}
		b.WriteString("\n")
		for i, c := range g.Cases {
			if i == summaryCauseCases {
				fmt.Fprintf(b, "  - ... and %d more\n", len(g.Cases)-summaryCauseCases)
				break
			}
			fmt.Fprintf(b, "  - %s \\[%s\\] %s\n", mdEscape(c.Name), mdEscape(c.Env), mdEscape(c.Location))
		}
	}
	b.WriteString("\n")
}

// oneLineText folds a redacted, sanitized text onto one line.
func oneLineText(s string) string { return strings.Join(strings.Fields(s), " ") }

func codeOrText(s string) string {
	if codeRE.MatchString(s) {
		return "`" + s + "`"
	}
	return mdEscape(s)
}

// writeMatricesMarkdown draws each permission matrix as a request ×
// credential grid: the status got, the status expected, ✅ or ❌.
func writeMatricesMarkdown(b *strings.Builder, doc *jsonReport) {
	grids := matrixGrids(doc)
	if len(grids) == 0 {
		return
	}
	b.WriteString("### Permission matrices\n\n")
	for _, g := range grids {
		fmt.Fprintf(b, "**%s** (%s)\n\n", mdEscape(g.Title), mdEscape(g.Sub))
		head := append(append([]string{}, g.RowHeads...), g.Cols...)
		for i := range head {
			head[i] = mdEscape(head[i])
		}
		b.WriteString("| " + strings.Join(head, " | ") + " |\n")
		b.WriteString(strings.Repeat("| --- ", len(head)) + "|\n")
		for _, row := range g.Rows {
			var cells []string
			for _, h := range row.Head {
				cells = append(cells, mdEscape(h))
			}
			for _, c := range row.Cells {
				switch {
				case c.Empty:
					cells = append(cells, "–")
				case c.Class == "pass":
					cells = append(cells, "✅ "+mdEscape(c.Text)+" ("+mdEscape(c.Sub)+")")
				default:
					cells = append(cells, "❌ "+mdEscape(c.Text)+" ("+mdEscape(c.Sub)+")")
				}
			}
			b.WriteString("| " + strings.Join(cells, " | ") + " |\n")
		}
		b.WriteString("\n")
	}
}

// capSummary cuts a summary longer than limit at a line boundary, closes
// a <details> left open, and says so: GitHub drops a step's summary above
// its limit altogether.
func capSummary(s string, limit int) string {
	if len(s) <= limit {
		return s
	}
	const note = "\n\n**This summary was cut here to stay within GitHub's step summary limit (1 MiB); the JSON, JUnit and HTML reports hold everything.**\n"
	cut := s[:limit-len(note)-len("\n</details>\n")]
	if i := strings.LastIndexByte(cut, '\n'); i > 0 {
		cut = cut[:i+1]
	}
	if strings.Count(cut, "<details>") > strings.Count(cut, "</details>") {
		cut += "\n</details>\n"
	}
	return cut + note
}
