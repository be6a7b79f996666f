package secret

import (
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	_ "github.com/authspec/authspec/internal/golden" // accepts go test -update
)

// shape is one kind of secret a suite holds.
type shape struct {
	name, value string
	user        string // for a Basic pair: the user (value is the password)
}

var shapes = []shape{
	{name: "long token", value: "tok_live_9f8e7d6c5b4a3210"},
	{name: "JWT", value: "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.c2lnbmF0dXJlLXNpZ25hdHVyZQ"},
	{name: "short word", value: "pw1x"},
	{name: "everyday admin", value: "admin"},
	{name: "everyday secret", value: "secret"},
	{name: "everyday test", value: "test"},
	{name: "everyday guest", value: "guest"},
	{name: "non-ASCII long", value: "pässwörd-ñ-ключ"},
	{name: "non-ASCII short", value: "ключ1"},
	{name: "special characters", value: `p@ss w/"ord&<x>\%+ü`},
	{name: "Stripe key as Basic user", value: "sk_test_4eC39HqLyjWDarjtT1zdp7dc", user: "sk_test_4eC39HqLyjWDarjtT1zdp7dc"},
}

// echo is one way a server, a proxy or a tool gives a value back.
type echo struct {
	name   string
	render func(v string) string
	long   bool // only for secrets of ShortLen or more (split values)
}

func percentAll(v string, digits string) string {
	var b strings.Builder
	for i := 0; i < len(v); i++ {
		fmt.Fprintf(&b, "%%%c%c", digits[v[i]>>4], digits[v[i]&15])
	}
	return b.String()
}

func jsonString(v string, escapeSlash bool) string {
	b, _ := json.Marshal(v)
	s := string(b[1 : len(b)-1])
	if escapeSlash {
		s = strings.ReplaceAll(s, "/", `\/`)
	}
	return s
}

func unicodeEscaped(v, digits string) string {
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

func split(v, brk string) string {
	n := utf8.RuneCountInString(v) / 2
	i := len(string([]rune(v)[:n]))
	return v[:i] + brk + v[i:]
}

var echoes = []echo{
	{name: "raw", render: func(v string) string { return v }},
	{name: "query-escaped", render: url.QueryEscape},
	{name: "path-escaped", render: url.PathEscape},
	{name: "query-escaped lower case", render: func(v string) string {
		return strings.NewReplacer("%2F", "%2f", "%3D", "%3d", "%2B", "%2b", "%C3", "%c3", "%BC", "%bc").Replace(url.QueryEscape(v))
	}},
	{name: "every byte %XX", render: func(v string) string { return percentAll(v, "0123456789ABCDEF") }},
	{name: "every byte %xx", render: func(v string) string { return percentAll(v, "0123456789abcdef") }},
	{name: "first half %XX", render: func(v string) string {
		i := len(v) / 2
		return percentAll(v[:i], "0123456789ABCDEF") + v[i:]
	}},
	{name: "base64", render: func(v string) string { return base64.StdEncoding.EncodeToString([]byte(v)) }},
	{name: "base64 unpadded", render: func(v string) string { return base64.RawStdEncoding.EncodeToString([]byte(v)) }},
	{name: "base64url", render: func(v string) string { return base64.URLEncoding.EncodeToString([]byte(v)) }},
	{name: "base64url unpadded", render: func(v string) string { return base64.RawURLEncoding.EncodeToString([]byte(v)) }},
	{name: "JSON", render: func(v string) string { return jsonString(v, false) }},
	{name: `JSON \/`, render: func(v string) string { return jsonString(v, true) }},
	{name: `JSON \uxxxx`, render: func(v string) string { return unicodeEscaped(v, "0123456789abcdef") }},
	{name: `JSON \uXXXX`, render: func(v string) string { return unicodeEscaped(v, "0123456789ABCDEF") }},
	{name: "Go-quoted", render: func(v string) string { q := strconv.Quote(v); return q[1 : len(q)-1] }},
	{name: "Go-quoted ASCII", render: func(v string) string { q := strconv.QuoteToASCII(v); return q[1 : len(q)-1] }},
	{name: "hex", render: func(v string) string { return hex.EncodeToString([]byte(v)) }},
	{name: "HEX", render: func(v string) string { return strings.ToUpper(hex.EncodeToString([]byte(v))) }},
	{name: "split CRLF", render: func(v string) string { return split(v, "\r\n") }, long: true},
	{name: "split LF", render: func(v string) string { return split(v, "\n") }, long: true},
	{name: `split \n in JSON`, render: func(v string) string {
		a, b, _ := strings.Cut(split(v, "\n"), "\n")
		return jsonString(a, false) + `\n` + jsonString(b, false)
	}, long: true},
}

// surroundings put an echo inside server text; the padding is longer than
// every excerpt authspec cuts, so a cut after redaction cannot show a part.
var surroundings = []struct{ name, before, after string }{
	{"alone", "", ""},
	{"in a sentence", "the value ", " was rejected"},
	{"in JSON", `{"echo":"`, `"}`},
	{"in a path", "/v1/", "/users"},
	{"in a query", "next=/cb?token=", "&x=1"},
	{"after padding", strings.Repeat("padding ", 40), strings.Repeat(" tail", 40)},
	{"line after padding", strings.Repeat("x", 250) + "\n", "\n" + strings.Repeat("y", 250)},
}

// TestCorpus checks every shape in every echo form in every surrounding:
// the secret is replaced by its label and nothing else in the text
// changes.
func TestCorpus(t *testing.T) {
	for _, sh := range shapes {
		var r Redactor
		r.Add("SECRET", sh.value)
		label := Label("SECRET", sh.value)
		if sh.user != "" {
			r.AddBasic("stripe", sh.user, "")
		}
		for _, e := range echoes {
			if e.long && Short(sh.value) {
				continue
			}
			echoed := e.render(sh.value)
			for _, sur := range surroundings {
				in := sur.before + echoed + sur.after
				want := sur.before + label + sur.after
				if got := r.Redact(in); got != want {
					t.Errorf("%s, %s, %s:\n in: %q\ngot: %q\nwant %q", sh.name, e.name, sur.name, in, got, want)
				}
			}
		}
		if sh.user != "" {
			pair := base64.StdEncoding.EncodeToString([]byte(sh.user + ":"))
			if got, want := r.Redact("Basic "+pair), "Basic "+Label("stripe", sh.user+":"); got != want {
				t.Errorf("%s: Basic pair: got %q, want %q", sh.name, got, want)
			}
		}
	}
}

// Short secrets are whole tokens: everyday words inside other words, and
// authspec's own vocabulary around them, are left alone.
func TestCorpusShortSecretsLeaveWordsAlone(t *testing.T) {
	var r Redactor
	for _, v := range []string{"admin", "secret", "test", "guest", "mon", "ключ1"} {
		r.Add("V", v)
	}
	for _, text := range []string{
		"administrator", "/administration/users", "monitoring", "the client_secret is sent in the body",
		"secrets", "latest", "guestbook", "test_suite", "ключ12", "xключ1",
	} {
		if got := r.Redact(text); got != text {
			t.Errorf("Redact(%q) = %q: rewrote a word that is not the secret", text, got)
		}
	}
	for _, text := range []string{"/admin/users", `{"password":"secret"}`, "user test failed", "ключ1", "mon"} {
		if got := r.Redact(text); got == text {
			t.Errorf("Redact(%q) kept a whole-token secret", text)
		}
	}
}
