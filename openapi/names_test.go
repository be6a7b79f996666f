package openapi

import "testing"

// Names from a document become suite names and variables: words split at
// capitals after lower-case letters, and a run of digits and capitals
// (2FA) kept whole, also once upper-cased (a variable made from a name
// already made).
func TestSlugAndEnvVar(t *testing.T) {
	for in, want := range map[string]string{
		"apiKey":                  "api_key",
		"bearerAuth":              "bearer_auth",
		"v2Token":                 "v2_token",
		"OAuth2ClientCredentials": "oauth2_client_credentials",
		"2FA":                     "2fa",
		"scheme2FA":               "scheme2fa",
		"local_scheme_2FA_token":  "local_scheme_2fa_token",
		"SCHEME_2FA_TOKEN":        "scheme_2fa_token",
		"HTTPServer":              "httpserver",
		"127.0.0.1":               "127_0_0_1",
		"  Basic auth (v1) ":      "basic_auth_v1",
	} {
		if got := slug(in); got != want {
			t.Errorf("slug(%q) = %q, want %q", in, got, want)
		}
	}
	for _, tc := range []struct {
		parts []string
		want  string
	}{
		{[]string{"local", "local_scheme_2FA_token"}, "LOCAL_LOCAL_SCHEME_2FA_TOKEN"},
		{[]string{"local_scheme_2FA_token"}, "LOCAL_SCHEME_2FA_TOKEN"},
		{[]string{"LOCAL", "SCHEME_2FA", "TOKEN"}, "LOCAL_SCHEME_2FA_TOKEN"},
		{[]string{"staging", "apiKey"}, "STAGING_API_KEY"},
	} {
		if got := envVar(tc.parts...); got != tc.want {
			t.Errorf("envVar(%q) = %q, want %q", tc.parts, got, tc.want)
		}
	}
}
