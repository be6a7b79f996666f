package secret

import (
	"encoding/base64"
	"encoding/hex"
	"net/url"
	"slices"
	"strings"
	"unicode/utf8"
)

// form is one way a secret can appear in text once the text's escapes are
// decoded (see view.go). Percent-encoding in any case, JSON escapes (\/,
// \uXXXX in any case, \" …) and Go quoting (\xXX) are undone by the view,
// and line breaks inside a value are dropped from it, so they need no form
// of their own: the value itself matches them all.
type form struct {
	text  string
	token bool // short: only as a whole token
	seam  int  // folded: found only where a line break was dropped at this byte
	part  bool // a long value as written: its parts are looked for where cut (parts.go)
}

// fold is a folded form with its seam.
type fold struct {
	text string
	seam int
}

// forms lists the texts that give value away: the value (trimmed, and
// cleaned of quotes and a scheme prefix, too), its
// form encoding ("+" for a space), base64 in both alphabets with and
// without padding (and, for a long value, inside a longer base64 text),
// hex in either case, a long value folded where it has a space, and, for
// a URL, its host and the password in its userinfo (network errors quote
// "host:port" alone).
func forms(value string) []form {
	var out []form
	add := func(core string, texts ...string) {
		short := Short(core)
		for _, t := range texts {
			// As the view shows it (a value that holds "%41" or "\n"
			// reads decoded there), and as written, for text that
			// escaped it once more.
			for _, t := range []string{string(decode(t, short).b), t} {
				if !short {
					t = stripBreaks(t) // the view searched for long values has none
				}
				if t != "" {
					out = append(out, form{text: t, token: short || len(t) < ShortLen})
				}
			}
		}
	}
	cores := []string{value}
	for _, t := range []string{strings.TrimSpace(value), Clean(value)} {
		if t != "" && !slices.Contains(cores, t) {
			cores = append(cores, t)
		}
	}
	for _, c := range cores {
		add(c, c, strings.ReplaceAll(c, " ", "+"))
		add(c, encodings(c)...)
		h := hex.EncodeToString([]byte(c))
		add(c, h, strings.ToUpper(h))
		if Short(c) {
			// A long value's base64 is found inside any longer encoded
			// text (below); a short one's only in the Authorization
			// value a server encodes back whole.
			add(c, encodings("Bearer "+c)...)
		} else {
			out = append(out, form{text: stripBreaks(c), part: true})
			add(c, inBase64(c)...)
			out = append(out, foldedAtSpaces(c)...)
			if !ascii(c) {
				// The matcher compares ASCII letters in any case; other
				// letters are looked for wholly upper- and lower-cased.
				add(c, strings.ToUpper(c), strings.ToLower(c))
			}
		}
	}
	if u, err := url.Parse(strings.TrimSpace(value)); err == nil && u.Scheme != "" && u.Host != "" {
		add(u.Host, u.Host)
		if h := u.Hostname(); h != u.Host {
			add(h, h)
		}
		if p, ok := u.User.Password(); ok {
			add(p, p)
		}
	}
	return out
}

func ascii(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// pairForms lists the encodings of "user:pass" that HTTP Basic and token
// endpoints send.
func pairForms(raw string) []form {
	short := Short(raw)
	texts := encodings(raw)
	// The Authorization value encoded once more, as a server may echo it
	// back (as forms does for "Bearer <token>"): base64 of "Basic
	// <pair>", hex of the pair's base64, and for a long pair its base64
	// inside any longer encoded text.
	b := base64.StdEncoding.EncodeToString([]byte(raw))
	h := hex.EncodeToString([]byte(b))
	texts = append(texts, h, strings.ToUpper(h))
	texts = append(texts, encodings("Basic "+b)...)
	if !short {
		texts = append(texts, inBase64(b)...)
	}
	out := make([]form, 0, len(texts))
	for _, t := range texts {
		out = append(out, form{text: t, token: short})
	}
	return out
}

// encodings are the base64 forms of v: standard and URL alphabets, padded
// and not.
func encodings(v string) []string {
	b := []byte(v)
	return []string{base64.StdEncoding.EncodeToString(b), base64.RawStdEncoding.EncodeToString(b),
		base64.URLEncoding.EncodeToString(b), base64.RawURLEncoding.EncodeToString(b)}
}

// stripBreaks drops line breaks and the indentation after them, as the
// view searched for long values does.
func stripBreaks(s string) string {
	if !strings.ContainsAny(s, "\r\n") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\r' || s[i] == '\n' {
			i = skipIndent(s, i+1) - 1
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// foldedAtSpaces lists v with one of its runs of spaces taken out: the
// view drops a line break with the indentation after it, so a value that
// a server wrapped where it had a space ("correct horse\nbattery") reads
// without that space. Each is found only across a dropped break. The
// first maxFolds places only: a passphrase, not a page.
func foldedAtSpaces(v string) []form {
	var out []form
	for i := 0; i < len(v) && len(out) < maxFolds; i++ {
		if v[i] != ' ' && v[i] != '\t' {
			continue
		}
		j := skipIndent(v, i)
		// The break may fall anywhere in the run: the spaces before it
		// stay, those after it go with the indentation.
		for k := i; k < j && i > 0 && j < len(v) && len(out) < maxFolds; k++ {
			out = append(out, form{text: v[:k] + v[j:], seam: k})
		}
		i = j
	}
	return out
}

// maxFolds bounds the folded forms of one value.
const maxFolds = 16

// inBase64 lists the parts of v's base64 that stay the same wherever v
// sits in a longer text that is base64-encoded as a whole ("Bearer v",
// "user:v", a JSON body): v's own base64 does not appear there, since the
// bytes before it shift the 3-byte groups. For each of the three shifts,
// the characters made of v's bits alone, in both alphabets.
func inBase64(v string) []string {
	var out []string
	for k := range 3 {
		b := append(make([]byte, k), v...)
		from, to := (k*8+5)/6, len(b)*8/6
		for _, enc := range []*base64.Encoding{base64.RawStdEncoding, base64.RawURLEncoding} {
			out = append(out, enc.EncodeToString(b)[from:to])
		}
	}
	return out
}

// IsScheme reports whether p is an HTTP authentication scheme (or a
// prefix used like one) that a value is often written with by mistake:
// "Bearer eyJ…" in a variable meant to hold the token alone.
func IsScheme(p string) bool {
	switch strings.ToLower(strings.TrimSuffix(p, ":")) {
	case "bearer", "basic", "token", "digest", "apikey", "api-key", "jwt", "negotiate", "oauth", "dpop", "key",
		"ssws", "bot", "ntlm", "hoba", "mutual", "aws4-hmac-sha256", "sharedkey", "klaviyo-api-key", "splunk", "genieapi":
		return true
	}
	return false
}

// Clean strips what commonly wraps a value by mistake: whitespace, quotes
// and a scheme prefix. The cleaned value is what a server that trims its
// input echoes back, so it is one of the forms redacted.
func Clean(s string) string {
	s = strings.TrimSpace(s)
	for range 3 {
		t := strings.TrimSpace(strings.Trim(s, `"'`))
		if p, rest, ok := strings.Cut(t, " "); ok && IsScheme(p) {
			t = strings.TrimSpace(rest)
		}
		if t == s {
			break
		}
		s = t
	}
	return s
}
