package diagnose

import (
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/authspec/authspec/secret"
)

// Seeds live in testdata/fuzz/<FuzzName>/.

func FuzzParseChallenges(f *testing.F) {
	f.Add(`Bearer realm="api", error="invalid_token"`)
	f.Fuzz(func(t *testing.T, header string) {
		cs, err := ParseChallenges(header)
		if err == nil && len(cs) == 0 {
			t.Fatalf("no error and no challenge for %q", header)
		}
		for _, c := range cs {
			if c.Scheme == "" {
				t.Fatalf("empty scheme from %q", header)
			}
			if c.Token68 != "" && c.Params != nil {
				t.Fatalf("both token68 and params from %q", header)
			}
			_ = c.String()
		}
		h := http.Header{}
		h.Add("WWW-Authenticate", header)
		challengeHeader(h)
	})
}

func FuzzDecodeJWT(f *testing.F) {
	f.Add(makeJWT(map[string]any{"exp": 1795000000, "aud": []string{"a"}, "scope": "x y"}))
	f.Fuzz(func(t *testing.T, s string) {
		j, err := DecodeJWT(s)
		if err != nil {
			if j != nil {
				t.Fatalf("error %v with a token", err)
			}
			return
		}
		if j.Header == nil || j.Claims == nil {
			t.Fatalf("nil maps without error for %q", s)
		}
		j.Expiry()
		j.NotBefore()
		j.IssuedAt()
		j.Issuer()
		j.Subject()
		j.Algorithm()
		j.Audience()
		j.Scopes()
		j.HasScopeClaim()
	})
}

// FuzzAnalyze feeds arbitrary responses to Analyze: it must not panic, and
// the secret it was given must not come back, whatever the server echoes.
func FuzzAnalyze(f *testing.F) {
	f.Add(401, `Bearer error="invalid_token"`, "application/json", []byte(`{"message":"opq_S3cretV4lue_XYZ"}`), "opq_S3cretV4lue_XYZ")
	f.Fuzz(func(t *testing.T, status int, challenge, contentType string, body []byte, value string) {
		c := bearer("API_TOKEN", value)
		ex := Exchange{
			Env: "production", Expected: wantStatus("2xx"), StatusCode: status, Method: "GET",
			URL:            "http://127.0.0.1/v1/x?access_token=" + value,
			Credential:     c,
			RequestHeader:  http.Header{"Authorization": {"Bearer " + value}},
			ResponseHeader: http.Header{"Www-Authenticate": {challenge}, "Content-Type": {contentType}},
			ResponseBody:   body,
			ExpectClaims:   map[string]string{"iss": "x", "aud": "y"},
			RequiresScope:  []string{"a"},
			Now:            time.Unix(1790000000, 0),
		}
		cs := Analyze(ex)
		if len(strings.TrimSpace(value)) < 3 {
			return // too short to be told apart from text (secret.MinLen)
		}
		// Labels stay; a value that happens to occur inside its own label
		// ("API", "sha") is not a leak.
		sep := "\x00"
		for i := 1; strings.Contains(value, sep); i++ {
			sep = string(rune(i))
		}
		for _, text := range causeTexts(cs) {
			text = strings.ReplaceAll(text, label(c.Values[0]), sep)
			if strings.Contains(text, value) && (!secret.Short(value) || wholeToken(text, value)) {
				t.Fatalf("secret %q leaked into %q", value, text)
			}
		}
	})
}

// wholeToken reports whether v occurs in text as a whole token: a short
// secret is redacted only so (secret.ShortLen), never inside a word of
// authspec's ("opa" in "opaque").
func wholeToken(text, v string) bool {
	word := func(r byte) bool {
		return r == '_' || r == '-' || '0' <= r && r <= '9' || 'a' <= r|0x20 && r|0x20 <= 'z'
	}
	for i := strings.Index(text, v); i >= 0; {
		end := i + len(v)
		if (i == 0 || !word(text[i-1])) && (end >= len(text) || !word(text[end])) {
			return true
		}
		next := strings.Index(text[i+1:], v)
		if next < 0 {
			break
		}
		i += 1 + next
	}
	return false
}
