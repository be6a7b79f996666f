package secret

import (
	"encoding/base64"
	"encoding/hex"
	"strings"
	"testing"
)

// A server that echoes the Basic Authorization header encoded once more
// (base64 of the whole header, hex of its value, base64 of a JSON dump
// holding it) gives the pair away: two decodings read "user:password".
// Bearer tokens had these forms; Basic pairs had only the pair's base64.
func TestBasicPairEncodedAgain(t *testing.T) {
	for _, pass := range []string{"secret", "a-much-longer-password-42"} {
		var r Redactor
		r.AddBasic("admin", "admin", pass)
		value := base64.StdEncoding.EncodeToString([]byte("admin:" + pass))
		header := "Basic " + value
		for name, echo := range map[string]string{
			"base64 of the header":   base64.StdEncoding.EncodeToString([]byte(header)),
			"base64url of the value": base64.RawURLEncoding.EncodeToString([]byte(value)),
			"hex of the value":       hex.EncodeToString([]byte(value)),
			"HEX of the value":       strings.ToUpper(hex.EncodeToString([]byte(value))),
			"base64 of a JSON dump":  base64.StdEncoding.EncodeToString([]byte(`{"headers":{"Authorization":["` + header + `"]}}`)),
		} {
			if name == "base64 of a JSON dump" && Short("admin:"+pass) {
				continue // a short pair is replaced only as a whole token
			}
			got := r.Redact("echo: " + echo + " from /admin/ for admin")
			if strings.Contains(got, echo) || !strings.Contains(got, "[admin sha256:") {
				t.Errorf("password %q, %s: %s", pass, name, got)
			}
			if !strings.Contains(got, " from /admin/ for admin") {
				t.Errorf("password %q, %s: the text around it changed: %s", pass, name, got)
			}
		}
	}
}
