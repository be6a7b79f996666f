package diagnose

import (
	"strings"
	"testing"
	"time"

	"github.com/authspec/authspec/secret"
	"github.com/authspec/authspec/vocab"
)

func TestPreflight(t *testing.T) {
	now := time.Date(2026, 11, 22, 10, 0, 0, 0, time.UTC)
	at := func(d time.Duration) int64 { return now.Add(d).Unix() }
	tok := func(claims map[string]any) string {
		c := map[string]any{"iss": "https://auth.staging.example.com", "aud": "payments", "exp": at(30 * 24 * time.Hour), "scope": "accounts.read"}
		for k, v := range claims {
			c[k] = v
		}
		return makeJWT(c)
	}
	one := func(typ, src, field, val string) Credential {
		return Credential{Name: "service_token", Type: typ, Values: []Value{{Source: src, Value: val, EnvFile: ".env.staging", Field: field}}}
	}
	bearerC := func(val string) Credential { return one(vocab.CredBearer, "API_TOKEN", vocab.FieldToken, val) }
	claims := map[string]string{"iss": "https://auth.staging.example.com", "aud": "payments"}
	other := bearerC("opq_Sh4r3dV4lue99")
	other.OtherEnvs = []Fingerprinted{{Env: "production", Source: "API_TOKEN", Field: vocab.FieldToken, Fingerprint: secret.Fingerprint("opq_Sh4r3dV4lue99")}, {Env: "staging", Fingerprint: secret.Fingerprint("opq_Sh4r3dV4lue99")}}
	differs := bearerC("opq_Sh4r3dV4lue99")
	differs.OtherEnvs = []Fingerprinted{{Env: "production", Fingerprint: secret.Fingerprint("opq_Pr0dV4lue0001")}}
	sameUser := Credential{Name: "admin", Type: vocab.CredBasic, Values: []Value{
		{Source: "ADMIN_USER", Value: "ops-admin", Field: vocab.FieldUsername}, {Source: "ADMIN_PASSWORD", Value: "Pa55-staging", Field: vocab.FieldPassword}},
		OtherEnvs: []Fingerprinted{{Env: "production", Field: vocab.FieldUsername, Fingerprint: secret.Fingerprint("ops-admin")}}}

	tests := []struct {
		name     string
		cred     Credential
		env      string
		scopes   []string
		window   time.Duration
		want     []string // codes, in order
		severity []Severity
		message  string // exact message of the first finding, when set
		contains string // substring of the first finding's message
	}{
		{name: "clean JWT", cred: bearerC(tok(nil)), want: nil},
		// Auth-params are separated by ", ": no stray whitespace.
		{name: "AWS SigV4 Authorization header", cred: one(vocab.CredHeader, "AWS_SIGV4", "Authorization",
			"AWS4-HMAC-SHA256 Credential=AKIAEXAMPLE123/20160427/us-east-1/s3/aws4_request, SignedHeaders=host;x-amz-date, Signature=fe5f80f77d5fa3beca038a248ff027d0445342fe2855ddc963176630326f1024"), want: nil},
		{name: "OAuth 1.0a Authorization header", cred: one(vocab.CredHeader, "TWITTER_OAUTH", "Authorization",
			`OAuth oauth_consumer_key="xvz1evFS4wEEPTGEFPHBog", oauth_nonce="kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg", oauth_signature="tnnArxj06cWHq44gCs1OSKk%2FjLY%3D", oauth_signature_method="HMAC-SHA1", oauth_timestamp="1318622958", oauth_token="370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb", oauth_version="1.0"`), want: nil},
		{name: "Akamai EdgeGrid Authorization header", cred: one(vocab.CredHeader, "EDGEGRID", "Authorization",
			"EG1-HMAC-SHA256 client_token=akab-c113ntt0k3n4qtari252bfxxbsl-yvsdj;access_token=akab-acc35t0k3nodujqunph3w7hzp7-gtm6ij;timestamp=20240101T00:00:00+0000;nonce=nonce-xx-9188-47bb-9f57-2cbdc22ed7ba;signature=yvPAXbcGa25oSqIszxhUukmoPRVbHYvqbIOUEHuu4ek="), want: nil},
		// "<scheme> <credentials>" with a scheme authspec does not know: the
		// space is the header's syntax; a second one is not.
		{name: "Zoho-oauthtoken Authorization header", cred: one(vocab.CredHeader, "ZOHO_AUTH", "Authorization", "Zoho-oauthtoken 1000.3f8e2d1c0b9a8f7e6d5c4b3a2f1e0d9c"), want: nil},
		{name: "a scheme with a version (XBL3.0) before its token", cred: one(vocab.CredHeader, "XBL_TOKEN", "Authorization", "XBL3.0 x=1234567890123456789;eyJlbmMiOiJBMTI4In0.opaque.Wq8ZbV3k"), want: nil},
		{name: "space inside a token after a versioned scheme", cred: one(vocab.CredHeader, "XBL_TOKEN", "Authorization", "XBL3.0 x=12345;eyJlbmMi Wq8ZbV3k"), want: []string{WhitespaceInCredential}},
		{name: "space inside a token after an unknown scheme", cred: one(vocab.CredHeader, "KLARNA_AUTH", "Authorization", "Klarna 9j3hY4m2 K8pQ1wX7"), want: []string{WhitespaceInCredential}},
		{name: "space inside a custom header's key", cred: one(vocab.CredHeader, "PARTNER_KEY", "X-Partner-Key", "Partner 9j3hY4m2K8pQ1wX7"), want: []string{WhitespaceInCredential}},
		{name: "quote inside a Bearer token", cred: bearerC(`opq_7Hd92"kLmQ4pX`), want: []string{QuotesInCredential}},
		// Several environments read several env files: say which one to edit.
		{name: "trailing newline names its env file", cred: bearerC("opq_7Hd92kLmQ4pX\n"), want: []string{WhitespaceInCredential},
			message: "API_TOKEN ends with a newline (env file read: .env.staging); the server compares the value byte for byte — remove it where the variable is defined"},
		{name: "space inside a SigV4 signature", cred: one(vocab.CredHeader, "AWS_SIGV4", "Authorization",
			"AWS4-HMAC-SHA256 Credential=AKIAEXAMPLE123/20160427/us-east-1/s3/aws4_request, SignedHeaders=host;x-amz-date, Signature=fe5f80f77d5f a3beca038a"), want: []string{WhitespaceInCredential}},
		// Form-encoded on the way: a space or a quote is a legitimate character.
		{name: "client secret with a space and quotes", cred: one(vocab.CredOAuth2CC, "CLIENT_SECRET", vocab.FieldClientSecret, `st@ging secret+/="42"`), want: nil},
		{name: "expires in 3 days, default window", cred: bearerC(tok(map[string]any{"exp": at(72 * time.Hour)})),
			want: []string{JWTExpiring}, severity: []Severity{SeverityWarning}, message: "API_TOKEN expires in 3 days (2026-11-25T10:00:00Z)"},
		{name: "expires in 10 days, default window", cred: bearerC(tok(map[string]any{"exp": at(240 * time.Hour)})), want: nil},
		{name: "expires in 10 days, 14d window", cred: bearerC(tok(map[string]any{"exp": at(240 * time.Hour)})), window: 14 * 24 * time.Hour,
			want: []string{JWTExpiring}, message: "API_TOKEN expires in 10 days (2026-12-02T10:00:00Z)"},
		{name: "expiry warning off", cred: bearerC(tok(map[string]any{"exp": at(72 * time.Hour)})), window: -1, want: nil},
		{name: "expires in 90 minutes", cred: bearerC(tok(map[string]any{"exp": at(90 * time.Minute)})), want: []string{JWTExpiring}, message: "API_TOKEN expires in 90 minutes (2026-11-22T11:30:00Z)"},
		{name: "expired", cred: bearerC(tok(map[string]any{"exp": at(-2 * time.Hour)})),
			want: []string{JWTExpired}, severity: []Severity{SeverityWarning}, contains: "API_TOKEN expired 2 hours ago (2026-11-22T08:00:00Z)"},
		{name: "not yet valid", cred: bearerC(tok(map[string]any{"nbf": at(10 * time.Minute)})), want: []string{JWTNotYetValid}, severity: []Severity{SeverityWarning}, contains: "in 10 minutes"},
		{name: "wrong issuer", cred: bearerC(tok(map[string]any{"iss": "https://auth.example.com"})), want: []string{JWTWrongIssuer}, severity: []Severity{SeverityWarning}, contains: `"https://auth.example.com"`},
		{name: "wrong audience", cred: bearerC(tok(map[string]any{"aud": []string{"billing"}})), want: []string{JWTWrongAudience}, severity: []Severity{SeverityWarning}},
		{name: "missing scope", cred: bearerC(tok(nil)), scopes: []string{"accounts.read", "accounts.write"}, want: []string{JWTMissingScope}, severity: []Severity{SeverityWarning}, contains: `"accounts.write"`},
		{name: "no scope claim: nothing to say", cred: bearerC(tok(map[string]any{"scope": nil})), scopes: []string{"x"}, want: nil},
		{name: "empty value", cred: bearerC(""), want: []string{CredentialMissing}, severity: []Severity{SeverityError},
			message: "API_TOKEN is empty or not set in staging (env file read: .env.staging); credential service_token cannot be sent — define API_TOKEN for staging"},
		{name: "empty, no env file", cred: Credential{Name: "k", Type: vocab.CredAPIKey, Values: []Value{{Source: "KEY"}}}, want: []string{CredentialMissing}, contains: "no env file defines it"},
		{name: "trailing newline", cred: bearerC("opq_7Hd92kLmQ4pX\n"), want: []string{WhitespaceInCredential}, severity: []Severity{SeverityWarning}, contains: "ends with a newline"},
		{name: "trailing space", cred: bearerC("opq_7Hd92kLmQ4pX "), want: []string{WhitespaceInCredential}, severity: []Severity{SeverityWarning}},
		{name: "space inside a key", cred: one(vocab.CredAPIKey, "KEY", vocab.FieldKey, "opq_7Hd9 2kLmQ4pX"), want: []string{WhitespaceInCredential}, severity: []Severity{SeverityWarning}, contains: "space inside"},
		{name: "space inside a password is fine", cred: one(vocab.CredBasic, "PASS", vocab.FieldPassword, "correct horse battery"), want: nil},
		{name: "quotes", cred: bearerC(`"opq_7Hd92kLmQ4pX"`), want: []string{QuotesInCredential}, severity: []Severity{SeverityWarning}},
		{name: "smart quotes", cred: bearerC(`“opq_7Hd92kLmQ4pX”`), want: []string{QuotesInCredential}},
		{name: "doubled prefix", cred: bearerC("Bearer " + tok(nil)), want: []string{PrefixDoubled}, severity: []Severity{SeverityWarning}, contains: `"Bearer Bearer …"`},
		{name: "doubled in a header credential", cred: one(vocab.CredHeader, "AUTHZ", "Authorization", "Bearer Bearer opq_7Hd92kLmQ4pX"), want: []string{PrefixDoubled}},
		{name: "header without scheme", cred: one(vocab.CredHeader, "AUTHZ", "Authorization", tok(nil)), want: []string{PrefixMissing}, severity: []Severity{SeverityWarning}},
		{name: "test key in production", cred: bearerC("sk_test_51HaZ3xKq9Lm2Vb7Nc"), env: "production", want: []string{TestKeyInProduction}, severity: []Severity{SeverityWarning}, contains: "starts with sk_test_"},
		{name: "sandbox key in prd", cred: one(vocab.CredAPIKey, "KEY", vocab.FieldKey, "acme_sandbox_9f8e7d6c"), env: "eu-prd", want: []string{TestKeyInProduction}},
		{name: "word test in key, prod", cred: one(vocab.CredAPIKey, "KEY", vocab.FieldKey, "mytestkey9f8e7d"), env: "prod", want: []string{TestKeyInProduction}, contains: "looks like a test key"},
		{name: "live key in staging", cred: bearerC("sk_live_51HaZ3xKq9Lm2Vb7Nc"), env: "staging", want: []string{LiveKeyOutsideProduction}},
		{name: "live key in prod-eu", cred: bearerC("sk_live_51HaZ3xKq9Lm2Vb7Nc"), env: "prod-eu", want: nil},
		{name: "test key in preprod", cred: bearerC("sk_test_51HaZ3xKq9Lm2Vb7Nc"), env: "preprod", want: nil},
		{name: "same value as production", cred: other, want: []string{CredentialFromOtherEnvironment}, severity: []Severity{SeverityWarning}, contains: "in production"},
		{name: "different from production", cred: differs, want: nil},
		{name: "same username is normal", cred: sameUser, want: nil},
		{name: "type none", cred: Credential{Name: "none", Type: vocab.CredNone}, want: nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			env := tt.env
			if env == "" {
				env = "staging"
			}
			fs := Preflight(tt.cred, env, claims, tt.scopes, now, tt.window)
			var got []string
			for _, f := range fs {
				got = append(got, f.Code)
				if f.Env != env || f.Credential != tt.cred.Name || f.File != "" || f.Line != 0 {
					t.Errorf("finding %+v: wrong Env/Credential or a position", f)
				}
			}
			if strings.Join(got, ",") != strings.Join(tt.want, ",") {
				t.Fatalf("codes = %v, want %v\n%v", got, tt.want, fs)
			}
			for i, s := range tt.severity {
				if fs[i].Severity != s {
					t.Errorf("finding %d severity %s, want %s", i, fs[i].Severity, s)
				}
			}
			if tt.message != "" && secret.Plain(fs[0].Message) != tt.message {
				t.Errorf("message = %q\n     want %q", fs[0].Message, tt.message)
			}
			if tt.contains != "" && !strings.Contains(secret.Plain(fs[0].Message), tt.contains) {
				t.Errorf("message %q does not contain %q", fs[0].Message, tt.contains)
			}
			if len(fs) > 0 && fs[0].Variable != tt.cred.Values[0].Source {
				t.Errorf("Variable = %q", fs[0].Variable)
			}
			assertNoSecret(t, findingTexts(fs), &tt.cred)
		})
	}
}

func TestHuman(t *testing.T) {
	for d, want := range map[time.Duration]string{
		72 * time.Hour: "3 days", 71*time.Hour + 50*time.Minute: "3 days", 47 * time.Hour: "47 hours",
		2 * time.Hour: "2 hours", 90 * time.Minute: "90 minutes", time.Minute: "60 seconds",
		time.Second: "1 second", -2 * time.Hour: "2 hours", 24 * 24 * time.Hour: "24 days",
	} {
		if got := human(d); got != want {
			t.Errorf("human(%v) = %q, want %q", d, got, want)
		}
	}
}

func TestIsProductionEnv(t *testing.T) {
	for name, want := range map[string]bool{
		"production": true, "prod": true, "Live": true, "prd": true, "prod-eu": true, "us_production": true,
		"staging": false, "preprod": false, "nonprod": false, "dev": false, "": false, "productions": false,
	} {
		if got := isProductionEnv(name); got != want {
			t.Errorf("isProductionEnv(%q) = %v", name, got)
		}
	}
}
