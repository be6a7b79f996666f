package diagnose

import (
	"fmt"
	"github.com/authspec/authspec/internal/ansi"
	"github.com/authspec/authspec/internal/lazyre"
	"github.com/authspec/authspec/internal/words"
	"github.com/authspec/authspec/vocab"
	"maps"
	"net/http"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/authspec/authspec/secret"
)

// redactor is the run's one secret.Redactor as diagnosis uses it: values
// are redacted in the whole text before any excerpt is cut, so a cut can
// never leave part of a secret behind. Without a run (preflight, tests) it
// is built from the credential's values alone.
type redactor struct{ r *secret.Redactor }

func newRedactor(shared *secret.Redactor, c *Credential) *redactor {
	if shared != nil {
		return &redactor{shared}
	}
	r := &secret.Redactor{}
	if c != nil {
		var user, pass *Value
		for i := range c.Values {
			v := &c.Values[i]
			switch v.Field {
			case vocab.FieldUsername, vocab.FieldClientID:
				user = v
				continue // an identifier, unless the password is empty (below)
			case vocab.FieldPassword, vocab.FieldClientSecret:
				pass = v
			}
			r.Add(sourceName(*v), v.Value)
		}
		if user != nil && (pass == nil || !secret.Identifier(sourceName(*user), pass.Value)) {
			r.Add(sourceName(*user), user.Value)
		}
		if user != nil && pass != nil {
			r.AddBasic(sourceName(*user)+":"+sourceName(*pass), user.Value, pass.Value)
		}
	}
	return &redactor{r}
}

// values redacts the values of a message made with textf and keeps its
// own words as they are.
func (r *redactor) values(s string) string {
	if r == nil {
		return s
	}
	return secret.RedactValues(r.r, s)
}

func (r *redactor) redact(s string) string {
	if r == nil {
		return s
	}
	return r.r.Redact(s)
}

// fields redacts every value of the field name of h, in place.
func (r *redactor) fields(h http.Header, name string) {
	vs := h.Values(name)
	for i := range vs {
		vs[i] = r.redact(vs[i])
	}
}

// label is how a value is named in messages: [API_TOKEN sha256:3f9a1c].
func label(v Value) string { return secret.Label(sourceName(v), v.Value) }

func sourceName(v Value) string {
	if v.Source != "" {
		return v.Source
	}
	if v.Field != "" {
		return v.Field
	}
	return "credential"
}

// cleanValue strips what commonly wraps a value by mistake: whitespace,
// quotes and a scheme prefix.
func cleanValue(s string) string { return secret.Clean(s) }

var labelRE = lazyre.New(`\[[^\[\]]{1,200} sha256:[0-9a-f]{6}\]`)

// excerpt makes a short, single-line quote of text a server sent: redacted
// whole first, then cut.
func (r *redactor) excerpt(s string, max int) string {
	s = ansi.Strip(r.redact(s))
	s = strings.Map(func(c rune) rune {
		if unicode.IsControl(c) || c == utf8.RuneError {
			return ' '
		}
		return c
	}, s)
	// Once more: removing an escape or folding whitespace may have put a
	// secret back together.
	s = r.redact(strings.Join(strings.Fields(s), " "))
	if len(s) > max {
		cut := max
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		// Do not cut a label in half: it would look like a value.
		for _, loc := range labelRE.FindAllStringIndex(s, -1) {
			if loc[0] < cut && cut < loc[1] {
				cut = loc[0]
			}
		}
		s = s[:cut] + "…"
	}
	return s
}

// shape describes a value without revealing it: its length and what it
// looks like.
func shape(s string) string {
	kind := "opaque"
	switch {
	case s == "":
		return "empty"
	case strings.TrimSpace(s) == "":
		kind = "only whitespace"
	case looksLikeJWT(cleanValue(s)):
		kind = "JWT"
	}
	return fmt.Sprintf("%s, %d chars", kind, len(s))
}

// human renders a duration the way a person says it: "3 days",
// "2 hours", "45 minutes", "10 seconds".
func human(d time.Duration) string {
	if d < 0 {
		d = -d
	}
	unit := func(n int64, name string) string { return words.Plural(int(n), name) }
	round := func(d, u time.Duration) int64 { return int64((d + u/2) / u) }
	switch {
	case d >= 48*time.Hour:
		return unit(round(d, 24*time.Hour), "day")
	case d >= 2*time.Hour:
		return unit(round(d, time.Hour), "hour")
	case d >= 2*time.Minute:
		return unit(round(d, time.Minute), "minute")
	default:
		return unit(round(d, time.Second), "second")
	}
}

func stamp(t time.Time) string { return t.UTC().Format(time.RFC3339) }

// sortedKeys lists a map's keys in order (headers, query values, claims).
func sortedKeys[M ~map[string]V, V any](m M) []string { return slices.Sorted(maps.Keys(m)) }

func quoteList(xs []string) string { return words.QuoteList(xs) }

// textf makes a message whose format is authspec's own words and whose
// arguments are values: at the output sink only the values are redacted,
// so no secret ("secret", "test", "admin") can rewrite the sentence.
func textf(format string, args ...any) string { return string(secret.Textf(format, args...)) }
