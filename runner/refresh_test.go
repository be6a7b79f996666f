package runner

import (
	"encoding/base64"
	"encoding/json"
	"testing"
	"time"
)

func TestSaysExpired(t *testing.T) {
	now := time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC)
	jwt := func(exp time.Time) string {
		enc := func(v any) string {
			b, _ := json.Marshal(v)
			return base64.RawURLEncoding.EncodeToString(b)
		}
		return enc(map[string]string{"alg": "HS256"}) + "." + enc(map[string]any{"exp": exp.Unix()}) + ".c2ln"
	}
	for _, tc := range []struct {
		name, challenge, token string
		want                   bool
	}{
		{"RFC 6750 invalid_token", `Bearer error="invalid_token"`, "opaque", true},
		{"description says expired", `Bearer error_description="token expired"`, "opaque", true},
		{"bare 401, JWT past exp", "", jwt(now.Add(-time.Minute)), true},
		{"bare 401, JWT still valid", "", jwt(now.Add(time.Hour)), false},
		{"bare 401, opaque token", "", "opaque", false},
		{"insufficient_scope is not expiry", `Bearer error="insufficient_scope"`, jwt(now.Add(time.Hour)), false},
		{"invalid_token for another reason", `Bearer error="invalid_token", error_description="audience mismatch"`, "opaque", false},
	} {
		if got := saysExpired(tc.challenge, tc.token, now); got != tc.want {
			t.Errorf("%s: saysExpired = %v, want %v", tc.name, got, tc.want)
		}
	}
}
