// Package explain renders the cause-code catalog for people: the text of
// `authspec explain CODE` and the Markdown of docs/diagnosis.md. Both come
// from diagnose.Catalog() through the same sentences, so the command and
// the page cannot drift apart.
package explain

import (
	"errors"
	"fmt"
	"strings"

	"github.com/authspec/authspec/diagnose"
	"github.com/authspec/authspec/internal/words"
)

// The three parts of an entry, in the order they are shown.
const (
	meaningHeading  = "What it means"
	evidenceHeading = "Evidence authspec shows"
	fixHeading      = "How to fix it"
)

// severityNote says when a code is reported and what it does to a run.
func severityNote(s diagnose.Severity) string {
	switch s {
	case diagnose.SeverityError:
		return "error, found before anything is sent: nothing is sent for the scenarios it concerns"
	case diagnose.SeverityWarning:
		return "warning, found before anything is sent: printed and attached to the scenarios it concerns; the request is still sent (--fail-on-warning makes it a failure)"
	default:
		return "read from the server's answer: it explains a failed scenario"
	}
}

// Text is one entry as `authspec explain` prints it, wrapped to 76 columns.
func Text(e diagnose.Entry) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %s\n\n", e.Code, e.Title)
	b.WriteString(wrap("Severity: "+severityNote(e.Severity)+".", "", 76))
	for _, part := range []struct{ heading, body string }{
		{meaningHeading, e.Meaning}, {evidenceHeading, e.Evidence}, {fixHeading, e.Fix},
	} {
		fmt.Fprintf(&b, "\n%s:\n", part.heading)
		b.WriteString(wrap(part.body, "  ", 76))
	}
	return b.String()
}

// Markdown is the whole of docs/diagnosis.md.
func Markdown(entries []diagnose.Entry) string {
	var b strings.Builder
	b.WriteString(`# Diagnosis: cause codes

<!-- Generated from diagnose.Catalog() by "go test ./docs -update". Do not edit. -->

When a scenario fails where a credential should have worked, when a
rejection was expected and the API answered 2xx, and before anything is sent
(preflight, also ` + "`authspec lint`" + `), authspec lists the likely causes, most
likely first, each with a stable code and its evidence. The code appears in
the console as ` + "`[code]`" + `, in JUnit failure bodies, and in the JSON report as
` + "`diagnosis: [{cause, message, evidence}]`" + `. Codes are added, never renamed.

` + "`authspec explain CODE`" + ` prints the same explanation as this page.

Severity says when a code is reported: an **error** is found before anything
is sent and nothing is sent for the scenarios it concerns; a **warning** is
found before anything is sent, printed, and the request is still sent; a
**failure** cause is read from the server's answer and explains a failed
scenario.

| code | severity | what happened |
|---|---|---|
`)
	for _, e := range entries {
		fmt.Fprintf(&b, "| [`%s`](#%s) | %s | %s |\n", e.Code, e.Code, e.Severity, e.Title)
	}
	for _, e := range entries {
		fmt.Fprintf(&b, "\n## `%s`\n\n", e.Code)
		fmt.Fprintf(&b, "**%s.** Severity: %s.\n\n", strings.TrimSuffix(e.Title, "."), severityNote(e.Severity))
		for _, part := range []struct{ heading, body string }{
			{meaningHeading, e.Meaning}, {evidenceHeading, e.Evidence}, {fixHeading, e.Fix},
		} {
			fmt.Fprintf(&b, "%s:\n", part.heading)
			b.WriteString(wrap(part.body, "", 76))
			b.WriteString("\n")
		}
	}
	return strings.TrimRight(b.String(), "\n") + "\n"
}

// Lookup finds a code's entry; for an unknown code the error says so and,
// for a typo, which code was meant.
func Lookup(code string) (diagnose.Entry, error) {
	if e, ok := diagnose.Lookup(code); ok {
		return e, nil
	}
	var codes []string
	for _, e := range diagnose.Catalog() {
		codes = append(codes, e.Code)
	}
	// code is shown only when it is shaped like one: a token pasted in
	// its place is not echoed (words.Unknown).
	msg := "unknown cause code " + words.Unknown(code, codes)
	if words.Closest(code, codes) == "" {
		msg += "; the codes are listed by 'authspec explain --list' and in docs/diagnosis.md"
	}
	return diagnose.Entry{}, errors.New(msg)
}

// wrap fills text into lines of at most width columns, each starting with
// indent. Words longer than a line stay whole.
func wrap(text, indent string, width int) string {
	var b strings.Builder
	line := indent
	for _, w := range strings.Fields(text) {
		if line != indent && len(line)+1+len(w) > width {
			b.WriteString(line + "\n")
			line = indent
		}
		if line != indent {
			line += " "
		}
		line += w
	}
	if line != indent {
		b.WriteString(line + "\n")
	}
	return b.String()
}
