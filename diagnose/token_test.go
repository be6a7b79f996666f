package diagnose

import (
	"strings"
	"testing"
	"time"

	"github.com/authspec/authspec/secret"
	"github.com/authspec/authspec/vocab"
)

func TestAnalyzeToken(t *testing.T) {
	const id, sec = "stg_client_42", "stg_secret_Kq81Lm9Zp"
	client := func(other string) *Credential {
		c := &Credential{Name: "machine", Type: vocab.CredOAuth2CC, Values: []Value{
			{Source: "CLIENT_ID", Value: id, Field: vocab.FieldClientID, EnvFile: ".env.staging"},
			{Source: "CLIENT_SECRET", Value: sec, Field: vocab.FieldClientSecret, EnvFile: ".env.staging"}}}
		if other != "" {
			c.OtherEnvs = []Fingerprinted{{Env: "production", Source: "CLIENT_SECRET", Field: vocab.FieldClientSecret, Fingerprint: secret.Fingerprint(other)}}
		}
		return c
	}
	now := time.Now()
	for _, status := range []int{404, 500, 200} {
		if causes := AnalyzeToken(TokenRefusal{Env: "staging", StatusCode: status, Credential: client("")}); len(causes) != 0 {
			t.Errorf("status %d without an error code blamed the client: %+v", status, causes)
		}
	}
	for _, tc := range []struct {
		name string
		in   TokenRefusal
		want string
	}{
		{"invalid_client", TokenRefusal{Env: "staging", StatusCode: 401, Error: "invalid_client", Description: "Client authentication failed for " + id, Credential: client("prod_other_secret_1")}, CredentialRejected},
		{"production's secret in staging", TokenRefusal{Env: "staging", StatusCode: 401, Error: "invalid_client", Credential: client(sec)}, CredentialFromOtherEnvironment},
		{"invalid_scope", TokenRefusal{Env: "staging", StatusCode: 400, Error: "invalid_scope", Scopes: []string{"accounts.write"}, Credential: client("")}, PermissionDenied},
		{"unauthorized_client", TokenRefusal{Env: "staging", StatusCode: 400, Error: "unauthorized_client", Credential: client("")}, PermissionDenied},
		{"401 without an error code", TokenRefusal{Env: "staging", StatusCode: 401, Credential: client("")}, CredentialRejected},
		{"429", TokenRefusal{Env: "staging", StatusCode: 429, Credential: client("")}, RateLimited},
	} {
		tc.in.Now = now
		causes := AnalyzeToken(tc.in)
		if len(causes) == 0 || causes[0].Code != tc.want {
			t.Errorf("%s: causes %+v, want %s first", tc.name, causes, tc.want)
			continue
		}
		for _, c := range causes {
			for _, text := range append([]string{c.Message}, c.Evidence...) {
				if strings.Contains(text, sec) { // the client id is an identifier, shown
					t.Errorf("%s: a secret in %q", tc.name, text)
				}
			}
		}
	}
}
