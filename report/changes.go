package report

import (
	"fmt"
	"strings"

	"github.com/authspec/authspec/internal/words"
)

// changeSection is one list of what changed since the baseline, in the
// order people act on it. Lines are plain text, already redacted.
type changeSection struct {
	Title string
	Lines []string
	More  int // lines left out beyond the limit
}

// headline is "Since the baseline of 2026-11-21T02:00:00Z: 2 new failures,
// 1 fixed, …": every mark with its count.
func (c *Changes) headline() string {
	names := map[string]string{Fixed: "fixed", StillFailing: "still failing",
		New: "new", Removed: "removed", Unchanged: "unchanged"}
	var parts []string
	for _, m := range markOrder {
		if m == NewFailure {
			parts = append(parts, words.Plural(c.Counts[m], "new failure")) // the only noun
			continue
		}
		parts = append(parts, fmt.Sprintf("%d %s", c.Counts[m], names[m]))
	}
	since := "Since the baseline"
	if c.Against != "" {
		since += " of " + c.Against
	}
	return since + ": " + strings.Join(parts, ", ")
}

// sections lists the changes, each list cut at limit lines (0: no limit).
func (c *Changes) sections(limit int) []changeSection {
	var out []changeSection
	add := func(title string, lines []string) {
		if len(lines) == 0 {
			return
		}
		s := changeSection{Title: title, Lines: lines}
		if limit > 0 && len(lines) > limit {
			s.Lines, s.More = lines[:limit], len(lines)-limit
		}
		out = append(out, s)
	}
	byMark := map[string][]string{}
	for _, r := range c.Results {
		line := r.Scenario + " [" + r.Environment + "]"
		if r.Change == NewFailure {
			line += ": " + r.Was + " → " + r.Now
		}
		byMark[r.Change] = append(byMark[r.Change], line)
	}
	add("New failures", byMark[NewFailure])
	var answers []string
	for _, a := range c.Answers {
		answers = append(answers, a.String()+" ["+a.Environment+"]")
	}
	add("Answers that changed", answers)
	var creds []string
	for _, cr := range c.Credentials {
		creds = append(creds, cr.String())
	}
	add("Credentials", creds)
	add("Fixed", byMark[Fixed])
	add("New test cases", byMark[New])
	add("Removed test cases", byMark[Removed])
	return out
}

// consoleChangeLimit caps each list of changes in the console; the JSON
// report holds them all.
const consoleChangeLimit = 20

// writeChangesText is the console's first section: what changed since the
// baseline.
func writeChangesText(t *textWriter, c *Changes, p palette) {
	if c == nil {
		return
	}
	t.line("", p.bold(c.headline()))
	for _, s := range c.sections(consoleChangeLimit) {
		t.line("  ", s.Title)
		for _, l := range s.Lines {
			t.line("    ", l)
		}
		if s.More > 0 {
			t.line("    ", fmt.Sprintf("... and %d more (see the JSON report's baseline)", s.More))
		}
	}
	t.line("", "")
}

// summaryChangeLimit caps each list of changes in the step summary.
const summaryChangeLimit = 50

// writeChangesMarkdown is the step summary's first section.
func writeChangesMarkdown(b *strings.Builder, c *Changes) {
	if c == nil {
		return
	}
	b.WriteString("### Changes since the baseline\n\n" + mdEscape(c.headline()) + "\n\n")
	for _, s := range c.sections(summaryChangeLimit) {
		b.WriteString("**" + mdEscape(s.Title) + "**\n\n")
		for _, l := range s.Lines {
			b.WriteString("- " + mdEscape(l) + "\n")
		}
		if s.More > 0 {
			fmt.Fprintf(b, "- ... and %d more (see the JSON report's baseline)\n", s.More)
		}
		b.WriteString("\n")
	}
}
