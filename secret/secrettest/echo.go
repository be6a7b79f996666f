// Package secrettest lists the ways a server, a proxy or a tool gives a
// secret back, so that the redactor's own corpus (package secret) and the
// end-to-end corpus of the binary (cmd/authspec) check the same forms. It
// imports nothing of authspec: the secret package's tests can use it.
package secrettest

import (
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"html"
	"net/url"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Echo is one way a value comes back in text authspec did not write.
type Echo struct {
	Name   string
	Render func(v string) string
	// Long: only for secrets of 8 characters or more. A short secret is
	// replaced in server text only as a whole token, and a split value or
	// a value inside a word is no whole token.
	Long bool
}

// Echoes is every echo form: the redactor must replace each of them whole.
var Echoes = []Echo{
	{Name: "raw", Render: func(v string) string { return v }},
	{Name: "query-escaped", Render: url.QueryEscape},
	{Name: "path-escaped", Render: url.PathEscape},
	{Name: "query-escaped lower case", Render: func(v string) string { return lowerEscapes(url.QueryEscape(v)) }},
	{Name: "every byte %XX", Render: func(v string) string { return PercentAll(v, upper) }},
	{Name: "every byte %xx", Render: func(v string) string { return PercentAll(v, lower) }},
	{Name: "first half %XX", Render: func(v string) string {
		i := len(v) / 2
		return PercentAll(v[:i], upper) + v[i:]
	}},
	{Name: "query-escaped twice", Render: func(v string) string { return url.QueryEscape(url.QueryEscape(v)) }},
	{Name: "base64", Render: func(v string) string { return base64.StdEncoding.EncodeToString([]byte(v)) }},
	{Name: "base64 unpadded", Render: func(v string) string { return base64.RawStdEncoding.EncodeToString([]byte(v)) }},
	{Name: "base64url", Render: func(v string) string { return base64.URLEncoding.EncodeToString([]byte(v)) }},
	{Name: "base64url unpadded", Render: func(v string) string { return base64.RawURLEncoding.EncodeToString([]byte(v)) }},
	{Name: "JSON", Render: func(v string) string { return JSONString(v, false) }},
	{Name: `JSON \/`, Render: func(v string) string { return JSONString(v, true) }},
	{Name: `JSON \uxxxx`, Render: func(v string) string { return UnicodeEscaped(v, lower) }},
	{Name: `JSON \uXXXX`, Render: func(v string) string { return UnicodeEscaped(v, upper) }},
	// A JSON document carried as a string inside another one: "\\\/".
	{Name: "JSON in JSON", Render: func(v string) string { return JSONString(JSONString(v, true), false) }},
	{Name: `JSON \u in JSON`, Render: func(v string) string { return JSONString(UnicodeEscaped(v, lower), false) }},
	{Name: "Go-quoted", Render: func(v string) string { q := strconv.Quote(v); return q[1 : len(q)-1] }},
	{Name: "Go-quoted ASCII", Render: func(v string) string { q := strconv.QuoteToASCII(v); return q[1 : len(q)-1] }},
	{Name: "hex", Render: func(v string) string { return hex.EncodeToString([]byte(v)) }},
	{Name: "HEX", Render: func(v string) string { return strings.ToUpper(hex.EncodeToString([]byte(v))) }},
	{Name: "HTML-escaped", Render: html.EscapeString},
	{Name: "HTML &#xHH;", Render: func(v string) string { return Entities(v, "&#x%X;") }},
	{Name: "HTML &#xhh;", Render: func(v string) string { return Entities(v, "&#x%x;") }},
	{Name: "HTML &#DD;", Render: func(v string) string { return Entities(v, "&#%d;") }},
	{Name: "HTML escaped twice", Render: func(v string) string { return html.EscapeString(Entities(v, "&#x%X;")) }},
	{Name: "split CRLF", Render: func(v string) string { return Split(v, "\r\n") }, Long: true},
	{Name: "split LF", Render: func(v string) string { return Split(v, "\n") }, Long: true},
	{Name: "split LF and indented", Render: func(v string) string { return Split(v, "\n      ") }, Long: true},
	{Name: "split CRLF and a tab", Render: func(v string) string { return Split(v, "\r\n\t") }, Long: true},
	{Name: `split \n in JSON`, Render: func(v string) string {
		a, b, _ := strings.Cut(Split(v, "\n"), "\n")
		return JSONString(a, false) + `\n` + JSONString(b, false)
	}, Long: true},
	{Name: `split \n and indented in JSON`, Render: func(v string) string {
		a, b, _ := strings.Cut(Split(v, "\n"), "\n")
		return JSONString(a, false) + `\n    ` + JSONString(b, false)
	}, Long: true},
	// A server that upper-cases its message, lower-cases what it got or
	// capitalises a sentence's first word; a short secret is matched in its
	// own case only (see secret/match.go). (Appended last: the fuzz seeds
	// in testdata pick forms by index.)
	{Name: "upper case", Render: strings.ToUpper, Long: true},
	{Name: "lower case", Render: strings.ToLower, Long: true},
	{Name: "first letter's case flipped", Render: flipFirstLetter, Long: true},
	// An API or a logger that shortens what it echoes: half of the value
	// (8 characters at least), with an ellipsis or a mask where it was
	// cut. A value of 8 characters has no such part: it is echoed whole.
	{Name: "first half and an ellipsis", Render: func(v string) string { return cut(v, true, "…") }, Long: true},
	{Name: "masked and the second half", Render: func(v string) string { return cut(v, false, "****") }, Long: true},
}

// cut is the first or the last half of v (at least 8 characters, and
// fewer than all), with marker where the rest was; v itself when it is too
// short to have such a part.
func cut(v string, first bool, marker string) string {
	rs := []rune(v)
	n := max(8, (len(rs)+1)/2)
	if n >= len(rs) {
		return v
	}
	if first {
		return string(rs[:n]) + marker
	}
	return marker + string(rs[len(rs)-n:])
}

// flipFirstLetter changes the case of v's first ASCII letter.
func flipFirstLetter(v string) string {
	for i := 0; i < len(v); i++ {
		if c := v[i] | 0x20; c >= 'a' && c <= 'z' {
			return v[:i] + string(v[i]^0x20) + v[i+1:]
		}
	}
	return v
}

// Containing are the ways a value comes back inside a larger encoded
// text: base64 of an Authorization value or of a Basic pair, where the
// secret's own base64 does not appear. Only part of the encoded text
// is the secret's; the redactor must leave none of the secret's bytes
// decodable.
var Containing = []Echo{
	{Name: "base64 of Bearer value", Render: func(v string) string { return b64(base64.StdEncoding, "Bearer "+v) }, Long: true},
	{Name: "base64url unpadded of Bearer value", Render: func(v string) string { return b64(base64.RawURLEncoding, "Bearer "+v) }, Long: true},
	{Name: "base64 of user:value", Render: func(v string) string { return b64(base64.StdEncoding, "someone:"+v) }, Long: true},
	{Name: "base64url of value:", Render: func(v string) string { return b64(base64.URLEncoding, v+":") }, Long: true},
	{Name: "base64 of a JSON body", Render: func(v string) string { return b64(base64.StdEncoding, `{"a":"`+v+`","b":1}`) }, Long: true},
}

func b64(enc *base64.Encoding, s string) string { return enc.EncodeToString([]byte(s)) }

const (
	upper = "0123456789ABCDEF"
	lower = "0123456789abcdef"
)

// PercentAll percent-encodes every byte of v with the given hex digits.
func PercentAll(v string, digits string) string {
	var b strings.Builder
	for i := 0; i < len(v); i++ {
		fmt.Fprintf(&b, "%%%c%c", digits[v[i]>>4], digits[v[i]&15])
	}
	return b.String()
}

func lowerEscapes(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		b.WriteByte(s[i])
		if s[i] == '%' && i+2 < len(s) {
			b.WriteString(strings.ToLower(s[i+1 : i+3]))
			i += 2
		}
	}
	return b.String()
}

// JSONString is v as JSON writes it inside quotes; escapeSlash writes "/"
// as "\/", as PHP and some Java libraries do.
func JSONString(v string, escapeSlash bool) string {
	b, _ := json.Marshal(v)
	s := string(b[1 : len(b)-1])
	if escapeSlash {
		s = strings.ReplaceAll(s, "/", `\/`)
	}
	return s
}

// UnicodeEscaped writes every character of v as \uXXXX (Python's
// ensure_ascii, for all of them); characters beyond the BMP stay as they are.
func UnicodeEscaped(v, digits string) string {
	var b strings.Builder
	for _, r := range v {
		if r >= 0x10000 {
			b.WriteRune(r)
			continue
		}
		fmt.Fprintf(&b, `\u%c%c%c%c`, digits[r>>12&15], digits[r>>8&15], digits[r>>4&15], digits[r&15])
	}
	return b.String()
}

// Entities writes every character of v that is not a letter or digit as
// an HTML character reference in format ("&#x%X;", "&#%d;").
func Entities(v, format string) string {
	var b strings.Builder
	for _, r := range v {
		if r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
			b.WriteRune(r)
			continue
		}
		fmt.Fprintf(&b, format, r)
	}
	return b.String()
}

// Split breaks v in the middle (by characters) with brk, as a server that
// folds long lines does.
func Split(v, brk string) string {
	n := utf8.RuneCountInString(v) / 2
	i := len(string([]rune(v)[:n]))
	return v[:i] + brk + v[i:]
}
