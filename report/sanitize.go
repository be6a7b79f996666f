// Package report renders a results.Report for people and machines: the
// console, JUnit XML, JSON, GitHub annotations and the GitHub step summary.
//
// Every reporter reads the same neutral model (results.Report) and nothing
// else. Every string that leaves this package goes through clean first: the
// run's Redactor replaces secrets with their labels, then ANSI escape
// sequences and control characters are removed. Redaction happens before
// any escaping (XML, JSON, workflow commands, Markdown), because an escaped
// secret no longer looks like the secret to the redactor.
//
// Output is deterministic for a given Report: groups, rows and results
// follow the order of Report.Results, and map keys (headers) are sorted.
package report

import (
	"strings"
	"unicode/utf8"

	"github.com/authspec/authspec/internal/ansi"
	"github.com/authspec/authspec/secret"
)

// clean returns s redacted and sanitized: secrets replaced by their labels,
// ANSI escapes removed, and every character that is a control character or
// illegal in XML 1.0 removed, and the bidirectional controls (tab and newline stay; CR is dropped, CRLF
// becomes LF). Invalid UTF-8 becomes U+FFFD. If sanitizing changed the text
// it is redacted once more, so that removing an escape sequence from the
// middle of a secret cannot reassemble it.
func clean(red *secret.Redactor, s string) string {
	if s == "" {
		return s
	}
	// Only the values of a message are redacted (secret.Textf): authspec's
	// own words and the names written in the YAML are only sanitized.
	return secret.RenderFunc(s, func(v string) string {
		r := red.Redact(v)
		c := sanitize(r)
		if c != r {
			c = red.Redact(c)
		}
		return c
	}, sanitize)
}

// sanitize strips ANSI escapes and characters that are control characters
// or not allowed in XML 1.0. It does not redact.
func sanitize(s string) string {
	if !needsSanitize(s) {
		return s
	}
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = ansi.Strip(s)
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if keepRune(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func needsSanitize(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 && c != '\t' && c != '\n' || c == 0x7f {
				return true
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n <= 1 || !keepRune(r) {
			return true
		}
		i += n
	}
	return false
}

// keepRune reports whether r may be written: XML 1.0's Char production
// minus the C0 and C1 control characters (other than tab and newline).
func keepRune(r rune) bool {
	switch {
	case r == '\t' || r == '\n':
		return true
	case r < 0x20 || r == 0x7f:
		return false
	case r >= 0x80 && r <= 0x9f:
		return false
	case bidiControl(r):
		return false
	case r <= 0xd7ff:
		return true
	case r >= 0xe000 && r <= 0xfffd:
		return true
	case r >= 0x10000 && r <= 0x10ffff:
		return true
	}
	return false
}

// bidiControl reports whether r reorders the text around it (the Unicode
// bidirectional marks, embeddings, overrides and isolates): a server's
// U+202E would show "gpj.exe" as "exe.jpg" in a terminal or a report, and
// read a path or a label backwards.
func bidiControl(r rune) bool {
	return r == 0x061c || r == 0x200e || r == 0x200f || r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069
}

// oneLine cleans s and folds it to a single line with single spaces.
func oneLine(red *secret.Redactor, s string) string {
	return strings.Join(strings.Fields(clean(red, s)), " ")
}

// word renders one of authspec's words — a cause code, a scenario kind,
// a probe, a status, a severity, an HTTP method — as written: a field of
// that type holds authspec's vocabulary, never a secret, so a password
// equal to "credential" cannot turn credential_rejected into a label. A
// field that holds more than one token is not a word and is redacted like
// any value.
func word(red *secret.Redactor, s string) string {
	if isWord(s) {
		return s
	}
	return oneLine(red, s)
}

// isWord reports whether s is one token of [A-Za-z0-9_.-] (a loop, not a
// regexp: a large run's report asks it for every method and kind).
func isWord(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_' || c == '.' || c == '-') {
			return false
		}
	}
	return s != ""
}

// literal renders text the suite's author wrote in the YAML — suite,
// scenario, environment and file names — on one line, sanitized but not
// redacted: it is committed text, not a secret, and it is the test's
// identity in JUnit and JSON. Redacting a name because a password happens
// to be "guest" would rename the test every time the password changes.
func literal(s string) string {
	if isFolded(s) {
		return s // the common case, without building the same string again
	}
	return strings.Join(strings.Fields(sanitize(s)), " ")
}

// isFolded reports whether literal would return s unchanged: printable
// ASCII with single spaces between words, none at either end.
func isFolded(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c < 0x20 || c >= 0x7f:
			return false
		case c == ' ' && (i == 0 || i == len(s)-1 || s[i+1] == ' '):
			return false
		}
	}
	return true
}

// truncate cuts s to at most max bytes on a rune boundary, adding "..."
// when it cut. Callers redact before truncating, so a cut can never leave
// the visible prefix of a secret behind.
func truncate(s string, max int) (string, bool) {
	if len(s) <= max {
		return s, false
	}
	cut := max
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "...", true
}
