package diagnose

import (
	"encoding/base64"
	"fmt"
	"github.com/authspec/authspec/internal/ansi"
	"github.com/authspec/authspec/internal/words"
	"github.com/authspec/authspec/vocab"
	"maps"
	"net/url"
	"regexp"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/authspec/authspec/secret"
)

// redactor replaces a credential's values, and the forms in which they
// travel or get echoed back, with their labels. It is built per call from
// the Exchange, so it needs no shared state; the run's secret.Redactor
// still redacts again at every output sink.
type redactor struct {
	rep *strings.Replacer
}

func newRedactor(c *Credential) *redactor {
	type pair struct{ form, label string }
	var pairs []pair
	seen := map[string]bool{}
	add := func(label string, forms ...string) {
		for _, f := range forms {
			if len(f) < secret.MinLen || seen[f] {
				continue
			}
			seen[f] = true
			pairs = append(pairs, pair{f, label})
		}
	}
	if c != nil {
		var user, pass *Value
		for i := range c.Values {
			v := &c.Values[i]
			label := label(*v)
			clean := cleanValue(v.Value)
			add(label, v.Value, strings.TrimSpace(v.Value), clean,
				url.QueryEscape(v.Value), url.QueryEscape(clean), url.PathEscape(clean),
				base64.StdEncoding.EncodeToString([]byte(v.Value)),
				base64.StdEncoding.EncodeToString([]byte(clean)),
				base64.RawURLEncoding.EncodeToString([]byte(clean)))
			switch v.Field {
			case vocab.FieldUsername, vocab.FieldClientID:
				user = v
			case vocab.FieldPassword, vocab.FieldClientSecret:
				pass = v
			}
		}
		if user != nil && pass != nil {
			raw := user.Value + ":" + pass.Value
			add(basicLabel(*user, *pass), base64.StdEncoding.EncodeToString([]byte(raw)))
		}
	}
	sort.SliceStable(pairs, func(i, j int) bool { return len(pairs[i].form) > len(pairs[j].form) })
	// Labels first, mapped to themselves: a label already in the text is
	// kept whole even when a short value (a username) occurs inside it.
	// The replacer compares in argument order at each position.
	args := make([]string, 0, 4*len(pairs))
	for _, p := range pairs {
		if !seen[p.label] {
			seen[p.label] = true
			args = append(args, p.label, p.label)
		}
	}
	for _, p := range pairs {
		args = append(args, p.form, p.label)
	}
	return &redactor{rep: strings.NewReplacer(args...)}
}

func (r *redactor) redact(s string) string {
	if r == nil || r.rep == nil {
		return s
	}
	return r.rep.Replace(s)
}

// label is how a value is named in messages: [API_TOKEN sha256:3f9a1c].
func label(v Value) string { return secret.Label(sourceName(v), v.Value) }

// basicLabel names the user:pass pair that HTTP Basic encodes.
func basicLabel(user, pass Value) string {
	return secret.Label(sourceName(user)+":"+sourceName(pass), user.Value+":"+pass.Value)
}

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
func cleanValue(s string) string {
	s = strings.TrimSpace(s)
	for i := 0; i < 3; i++ {
		t := strings.TrimSpace(strings.Trim(s, `"'`))
		if p, rest, ok := strings.Cut(t, " "); ok && isKnownScheme(p) {
			t = strings.TrimSpace(rest)
		}
		if t == s {
			break
		}
		s = t
	}
	return s
}

var labelRE = regexp.MustCompile(`\[[^\[\]]{1,200} sha256:[0-9a-f]{6}\]`)

// excerpt makes a short, single-line, redacted quote of text a server sent.
func (r *redactor) excerpt(s string, max int) string {
	s = ansi.Strip(r.redact(s))
	s = strings.Map(func(c rune) rune {
		if unicode.IsControl(c) || c == utf8.RuneError {
			return ' '
		}
		return c
	}, s)
	s = strings.Join(strings.Fields(s), " ")
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
	unit := func(n int64, name string) string {
		if n == 1 {
			return "1 " + name
		}
		return fmt.Sprintf("%d %ss", n, name)
	}
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
