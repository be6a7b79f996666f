package secret

import (
	"encoding/base64"
	"strings"
	"testing"

	_ "github.com/authspec/authspec/internal/golden" // accepts go test -update
	"github.com/authspec/authspec/secret/secrettest"
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
		for _, e := range secrettest.Echoes {
			if e.Long && Short(sh.value) {
				continue
			}
			echoed := e.Render(sh.value)
			for _, sur := range surroundings {
				in := sur.before + echoed + sur.after
				want := sur.before + label + sur.after
				if got := r.Redact(in); got != want {
					t.Errorf("%s, %s, %s:\n in: %q\ngot: %q\nwant %q", sh.name, e.Name, sur.name, in, got, want)
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

// A secret inside a longer text that was base64-encoded as a whole
// ("Bearer v", "user:v", a JSON body): the part of the encoding made of
// the secret's bits becomes its label, and neither half of the secret can
// be decoded from what is left on either side.
func TestCorpusInsideBase64(t *testing.T) {
	for _, sh := range shapes {
		if Short(sh.value) {
			continue
		}
		var r Redactor
		r.Add("SECRET", sh.value)
		label := Label("SECRET", sh.value)
		for _, e := range secrettest.Containing {
			for _, sur := range surroundings {
				got := r.Redact(sur.before + e.Render(sh.value) + sur.after)
				rest, ok := strings.CutPrefix(got, sur.before)
				if rest, ok2 := strings.CutSuffix(rest, sur.after); !ok || !ok2 || !strings.Contains(rest, label) {
					t.Errorf("%s, %s, %s: got %q, want the text around it unchanged and %s inside", sh.name, e.Name, sur.name, got, label)
				} else if half := decodable(rest, label, sh.value); half != "" {
					t.Errorf("%s, %s, %s: %q is left decodable in %q", sh.name, e.Name, sur.name, half, got)
				}
			}
		}
	}
}

// decodable returns a half of secret that can still be decoded from the
// base64 on either side of label in s, or "".
func decodable(s, label, secret string) string {
	halves := []string{secret[:len(secret)/2], secret[len(secret)/2:]}
	for _, part := range strings.Split(s, label) {
		for shift := range 4 {
			if shift > len(part) {
				break
			}
			p := strings.TrimRight(part[shift:], "=")
			p = p[:len(p)/4*4]
			for _, enc := range []*base64.Encoding{base64.RawStdEncoding, base64.RawURLEncoding} {
				b, err := enc.DecodeString(p)
				if err != nil {
					continue
				}
				for _, h := range halves {
					if strings.Contains(string(b), h) {
						return h
					}
				}
			}
		}
	}
	return ""
}

// A short token comes back inside the base64 of its whole Authorization
// value ("Bearer test"): the encoded value is replaced as a whole token.
func TestCorpusShortTokenInBase64Bearer(t *testing.T) {
	for _, v := range []string{"test", "pw1x", "ключ1"} {
		var r Redactor
		r.Add("TOKEN", v)
		for _, e := range secrettest.Containing {
			if !strings.Contains(e.Name, "Bearer") {
				continue
			}
			in := `{"echo":"` + e.Render(v) + `"}`
			if got, want := r.Redact(in), `{"echo":"`+Label("TOKEN", v)+`"}`; got != want {
				t.Errorf("%s of %q: got %q, want %q", e.Name, v, got, want)
			}
		}
	}
}

// A passphrase wrapped where it has a space reads without the space: that
// folded form is found only across the line break, never as an ordinary
// word elsewhere ("password" for "pass word").
func TestCorpusFoldedAtASpace(t *testing.T) {
	var r Redactor
	r.Add("PASSPHRASE", "pass word 42")
	label := Label("PASSPHRASE", "pass word 42")
	for in, want := range map[string]string{
		"your pass\n    word 42 is wrong":     "your " + label + " is wrong",
		"your pass word\r\n\t42 is wrong":     "your " + label + " is wrong",
		`{"msg":"pass\n  word 42"}`:           `{"msg":"` + label + `"}`,
		"the password 42 and password42 stay": "the password 42 and password42 stay",
		"pass\nword 42, wrapped at its space": label + ", wrapped at its space",
	} {
		if got := r.Redact(in); got != want {
			t.Errorf("Redact(%q) = %q, want %q", in, got, want)
		}
	}
}
