package openapi

import (
	"strings"
	"unicode"
)

// slug turns a name from the document into letters, digits and '_'
// (lower case): environment names, credential names and variables. A
// capital after a lower-case letter starts a word (apiKey: api_key);
// after a digit only when a lower-case letter follows it (v2Token:
// v2_token), so a run of digits and capitals stays one word (2FA: 2fa,
// and SCHEME_2FA_TOKEN stays SCHEME_2FA_TOKEN once upper-cased again).
func slug(s string) string {
	var b strings.Builder
	lastUnderscore := true
	prevLower, prevDigit := false, false
	rs := []rune(s)
	for i, r := range rs {
		switch {
		case unicode.IsUpper(r) && r < 128:
			startsWord := prevLower && !prevDigit || prevDigit && i+1 < len(rs) && unicode.IsLower(rs[i+1]) && rs[i+1] < 128
			if startsWord && !lastUnderscore {
				b.WriteByte('_')
			}
			b.WriteRune(unicode.ToLower(r))
			lastUnderscore, prevLower, prevDigit = false, false, false
		case (unicode.IsLower(r) || unicode.IsDigit(r)) && r < 128:
			b.WriteRune(r)
			lastUnderscore, prevLower, prevDigit = false, true, unicode.IsDigit(r)
		default:
			if !lastUnderscore {
				b.WriteByte('_')
			}
			lastUnderscore, prevLower, prevDigit = true, false, false
		}
	}
	return strings.Trim(b.String(), "_")
}

// ident is slug(s) made a name a suite may use for an environment or a
// variable, which starts with a letter: a name from an address or a
// scheme that starts with a digit ("127.0.0.1", "2fa") gets prefix first.
func ident(s, prefix string) string {
	n := slug(s)
	if n != "" && n[0] >= '0' && n[0] <= '9' {
		n = prefix + "_" + n
	}
	return n
}

// envVar is the upper-case variable name for parts of a name.
func envVar(parts ...string) string {
	var out []string
	for _, p := range parts {
		if s := slug(p); s != "" {
			out = append(out, strings.ToUpper(s))
		}
	}
	return strings.Join(out, "_")
}

// unique returns name, or name_2, name_3… when it is taken.
func unique(name string, taken map[string]bool) string {
	out := name
	for i := 2; taken[out]; i++ {
		out = name + "_" + itoa(i)
	}
	taken[out] = true
	return out
}

func itoa(i int) string {
	const digits = "0123456789"
	if i < 10 {
		return digits[i : i+1]
	}
	return itoa(i/10) + digits[i%10:i%10+1]
}
