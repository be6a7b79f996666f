package openapi

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/authspec/authspec/internal/words"
)

// WriteText prints the coverage for a terminal: unreached operations
// first, then a row per operation × environment, then the totals.
func (c *Coverage) WriteText(w io.Writer) error {
	var b strings.Builder
	title := c.Title
	if title == "" {
		title = c.Document
	}
	fmt.Fprintf(&b, "Auth coverage of %s (%s): %s × %s\n", title, c.Document,
		words.Plural(len(c.Operations), "operation"), words.Plural(len(c.Environments), "environment"))
	var unreached []string
	for _, o := range c.Operations {
		if !o.Reached {
			unreached = append(unreached, o.Operation)
		}
	}
	if len(unreached) > 0 {
		fmt.Fprintf(&b, "\nNo scenario reaches %s:\n", words.Plural(len(unreached), "operation"))
		for _, op := range unreached {
			fmt.Fprintf(&b, "  %s\n", op)
		}
	}
	if len(c.Environments) > 0 && len(c.Operations) > 0 {
		width, envWidth := len("OPERATION"), len("ENVIRONMENT")
		for _, o := range c.Operations {
			width = max(width, len(o.Operation))
		}
		for _, e := range c.Environments {
			envWidth = max(envWidth, len(e))
		}
		fmt.Fprintf(&b, "\n%-*s  %-*s  %-8s  %-8s  %s\n", width, "OPERATION", envWidth, "ENVIRONMENT", "POSITIVE", "NEGATIVE", "SCOPE")
		for _, o := range c.Operations {
			for _, e := range o.Environments {
				fmt.Fprintf(&b, "%-*s  %-*s  %-8s  %-8s  %s\n", width, o.Operation, envWidth, e.Environment,
					yesNo(e.Positive), maybe(e.Negative), maybe(e.Scope))
			}
		}
	}
	if len(c.Unmatched) > 0 {
		verb := "reach"
		if len(c.Unmatched) == 1 {
			verb = "reaches"
		}
		fmt.Fprintf(&b, "\n%s %s no operation of the document:\n", words.Plural(len(c.Unmatched), "scenario"), verb)
		for _, s := range c.Unmatched {
			fmt.Fprintf(&b, "  %s:%d:%d: %s\n", s.File, s.Line, s.Col, s.Scenario)
		}
	}
	t := c.Totals
	fmt.Fprintf(&b, "\nPositive %s, negative %s, scope %s; overall %s\n",
		ratio(t.Positive), ratio(t.Negative), ratio(t.Scope), ratio(t.Overall))
	_, err := io.WriteString(w, b.String())
	return err
}

// WriteJSON writes the coverage as indented JSON.
func (c *Coverage) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(c)
}

// WriteMarkdown writes the section for a GitHub step summary: totals,
// then the operations that miss a test (unreached first), at most 50.
func (c *Coverage) WriteMarkdown(w io.Writer) error {
	var b strings.Builder
	t := c.Totals
	fmt.Fprintf(&b, "## Auth coverage of %s\n\n", mdEscape(firstNonEmpty(c.Title, c.Document)))
	b.WriteString("| | covered | of | % |\n| --- | ---: | ---: | ---: |\n")
	for _, r := range []struct {
		name string
		r    Ratio
	}{{"positive", t.Positive}, {"negative", t.Negative}, {"scope", t.Scope}, {"**overall**", t.Overall}} {
		fmt.Fprintf(&b, "| %s | %d | %d | %s |\n", r.name, r.r.Covered, r.r.Total, pct(r.r))
	}
	var gaps []string
	for _, o := range c.Operations {
		for _, e := range o.Environments {
			if e.Positive && (e.Negative == nil || *e.Negative) && (e.Scope == nil || *e.Scope) {
				continue
			}
			gaps = append(gaps, fmt.Sprintf("| `%s` | %s | %s | %s | %s |", mdEscape(o.Operation), mdEscape(e.Environment),
				mark(e.Positive), markPtr(e.Negative), markPtr(e.Scope)))
		}
	}
	if len(gaps) > 0 {
		fmt.Fprintf(&b, "\n%s without a full set of tests:\n\n", words.Plural(len(gaps), "operation × environment pair"))
		b.WriteString("| operation | environment | positive | negative | scope |\n| --- | --- | :---: | :---: | :---: |\n")
		for i, g := range gaps {
			if i == 50 {
				fmt.Fprintf(&b, "\n…and %d more (see `authspec coverage`).\n", len(gaps)-50)
				break
			}
			b.WriteString(g + "\n")
		}
	}
	_, err := io.WriteString(w, b.String()+"\n")
	return err
}

func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

func maybe(b *bool) string {
	if b == nil {
		return "-"
	}
	return yesNo(*b)
}

func mark(b bool) string {
	if b {
		return "✓"
	}
	return "✗"
}

func markPtr(b *bool) string {
	if b == nil {
		return "–"
	}
	return mark(*b)
}

func pct(r Ratio) string {
	if r.Total == 0 {
		return "n/a"
	}
	return fmt.Sprintf("%.1f%%", r.Percent)
}

func ratio(r Ratio) string {
	if r.Total == 0 {
		return "n/a (0/0)"
	}
	return fmt.Sprintf("%s (%d/%d)", pct(r), r.Covered, r.Total)
}

func mdEscape(s string) string {
	return strings.NewReplacer("|", "\\|", "\n", " ", "`", "'").Replace(s)
}
