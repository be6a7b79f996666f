package assert

import (
	"errors"
	"regexp"
	"regexp/syntax"
	"strings"

	"github.com/authspec/authspec/internal/lazyre"
	"github.com/authspec/authspec/internal/words"
	"github.com/authspec/authspec/secret"
)

// placeholderRE finds ${...} placeholders. It is only used to stand in for
// them while validating at load time and to tell whether an Arg is final;
// the interpolation itself belongs to the caller's function.
var placeholderRE = lazyre.New(`\$\{[^}]*\}`)

// Expand returns a copy of m with f applied to the strings in Arg (list
// elements and map values included), ready to check. It runs once per
// environment, because each environment fills placeholders differently.
//
// For `matches`, f is applied to each ${...} placeholder alone and the value
// is quoted with regexp.QuoteMeta: a token or an id holding '.', '+' or '('
// must match itself, not change the pattern or break it at run time. The
// text between placeholders is the user's regex and is kept as written,
// with `$${` turned into a literal `${`.
func (m Matcher) Expand(f func(string) (string, error)) (Matcher, error) {
	if !hasPlaceholder(m.Arg) {
		return m, nil // nothing to fill: keep the regexp compiled at load
	}
	out := Matcher{Op: m.Op}
	var err error
	if s, ok := m.Arg.(string); ok && m.Op == OpMatches {
		out.Arg, err = expandRegexp(s, f)
	} else {
		out.Arg, err = expandValue(m.Arg, f)
	}
	if err != nil {
		return Matcher{}, secret.Errorf("%s: %w", secret.Lit(string(m.Op)), err)
	}
	if s, ok := out.Arg.(string); ok && out.Op == OpMatches {
		re, err := regexp.Compile(s)
		if err != nil {
			return Matcher{}, expandedRegexpError(m, err)
		}
		out.re = re
	}
	return out, nil
}

// expandedRegexpError says that a pattern valid at load (each placeholder
// stood in for by a literal) is not once its values are in (${N} in
// "a{${N}}" is 1001: a repeat count above 1000). It states the pattern as
// the suite wrote it and the parser's reason alone, in authspec's and
// Go's words: the expanded pattern, and the part of it the parser quotes,
// hold the values escaped for the regexp (a token "a.b" as "a\.b"), a form
// of a secret the redactor does not look for.
func expandedRegexpError(m Matcher, err error) error {
	why := "it does not compile"
	var serr *syntax.Error
	if errors.As(err, &serr) {
		why = string(serr.Code)
	}
	written, _ := m.Arg.(string)
	return secret.Errorf("%s", secret.Litf("%s: the regular expression %s is not valid once its variables are filled in: %s", m.Op, quote(written), why))
}

// hasPlaceholder reports whether any string in v holds "${".
func hasPlaceholder(v any) bool {
	switch v := v.(type) {
	case string:
		return strings.Contains(v, "${")
	case []any:
		for _, x := range v {
			if hasPlaceholder(x) {
				return true
			}
		}
	case map[string]any:
		for _, x := range v {
			if hasPlaceholder(x) {
				return true
			}
		}
	}
	return false
}

func expandValue(v any, f func(string) (string, error)) (any, error) {
	switch x := v.(type) {
	case string:
		return f(x)
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			n, err := expandValue(e, f)
			if err != nil {
				return nil, err
			}
			out[i] = n
		}
		return out, nil
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, e := range x {
			n, err := expandValue(e, f)
			if err != nil {
				return nil, err
			}
			out[k] = n
		}
		return out, nil
	}
	return v, nil
}

func expandRegexp(s string, f func(string) (string, error)) (string, error) {
	var b strings.Builder
	for i := 0; i < len(s); {
		if strings.HasPrefix(s[i:], "$${") {
			b.WriteString("${")
			i += 3
			continue
		}
		if strings.HasPrefix(s[i:], "${") {
			if j := strings.IndexByte(s[i:], '}'); j > 0 {
				v, err := f(s[i : i+j+1])
				if err != nil {
					return "", err
				}
				b.WriteString(regexp.QuoteMeta(v))
				i += j + 1
				continue
			}
		}
		b.WriteByte(s[i])
		i++
	}
	return b.String(), nil
}

// suggest finds the valid word closest to s: the same word spelled with
// another case or separator, a known alias, a word s is the start of, or one
// within two edits. It returns "" when nothing is close enough to help.
func suggest[T ~string](s string, valid []string, aliases map[string]T) string {
	norm := strings.ToLower(strings.TrimSpace(s))
	norm = strings.NewReplacer("-", "_", " ", "_").Replace(norm)
	if norm == "" {
		return ""
	}
	for _, v := range valid {
		if v == norm {
			return v
		}
	}
	if a, ok := aliases[norm]; ok {
		return string(a)
	}
	best, bestDist := "", 3
	for _, v := range valid {
		d := words.Distance(norm, v)
		if d < bestDist && d < len(norm) {
			best, bestDist = v, d
		}
	}
	if best != "" {
		return best
	}
	if len(norm) >= 3 {
		for _, v := range valid {
			if strings.HasPrefix(v, norm) || strings.HasPrefix(norm, v) && len(v) >= 3 {
				return v
			}
		}
	}
	return ""
}
