package diagnose

import (
	"strings"
	"testing"

	"github.com/authspec/authspec/secret"
)

// TestRefusedWordsWithNothingSent: words that refuse a credential ("Bad
// credentials", "invalid_auth") to a request that carried none say that
// none came: no_credentials_sent, and no cause that says the server read
// the credential. The same words to a credential sent stay
// credential_rejected.
func TestRefusedWordsWithNothingSent(t *testing.T) {
	tok := bearer("API_TOKEN", "opq_5Rt83kLmQ2pXzW")
	runReadings(t, []readingCase{
		{"bad credentials, nothing sent", 401, nil, `{"message":"Bad credentials"}`, nil, NoCredentialsSent, []string{CredentialRejected}},
		{"invalid_auth in a 200, nothing sent", 200, nil, `{"ok":false,"error":"invalid_auth"}`, nil, NoCredentialsSent, []string{CredentialRejected}},
		{"invalid api key on a 400, nothing sent", 400, nil, `{"error":"Invalid API key provided"}`, nil, NoCredentialsSent, []string{CredentialRejected}},
		{"bad credentials, a token sent", 401, nil, `{"message":"Bad credentials"}`, tok, CredentialRejected, nil},
		{"invalid api key on a 400, a token sent", 400, nil, `{"error":"Invalid API key provided"}`, tok, CredentialRejected, nil},
	})
}

// TestForbiddenFallbackSaidAsOne: a 403 whose answer a cause explains (an
// IP allowlist, an anti-CSRF header, a rate limit, a gateway that never
// read the credential) keeps the status's own permission reading only as a
// fallback, worded as the 401's is ("if the causes above are not it"); a
// bare 403 is that reading alone, stated.
func TestForbiddenFallbackSaidAsOne(t *testing.T) {
	tok := bearer("API_TOKEN", "opq_5Rt83kLmQ2pXzW")
	const fallback = "if the causes above are not it: the API authenticated the request (service_token) but does not allow GET /v1/accounts"
	for _, tc := range []struct {
		name, body, first string
		fallback          bool
	}{
		{"an IP allowlist", `{"message":"Your IP address 203.0.113.9 is not in the allowlist"}`, IPRestricted, true},
		{"an anti-CSRF header", `{"message":"CSRF token missing or incorrect"}`, RequiredHeaderMissing, true},
		{"a rate limit", `{"message":"API rate limit exceeded, slow down"}`, RateLimited, true},
		{"a gateway that never read the credential", `{"message":"Missing Authentication Token"}`, EndpointNotFound, true},
		{"a bare 403", `{"message":"Forbidden"}`, PermissionDenied, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			causes := Analyze(corpusCase{cred: tok, api: fixed{status: 403, header: jsonCT(), body: tc.body}}.run(t, ""))
			checkCauses(t, causes, tok)
			wantFirst(t, causes, tc.first, nil)
			var msg string
			for _, c := range causes {
				if c.Code == PermissionDenied {
					msg = secret.Plain(c.Message)
				}
			}
			if got := strings.HasPrefix(msg, fallback); got != tc.fallback {
				t.Errorf("permission_denied says %q; a fallback after another cause: %v", msg, tc.fallback)
			}
			if !tc.fallback && !strings.HasPrefix(msg, "the API authenticated the request (service_token) but does not allow GET /v1/accounts") {
				t.Errorf("a bare 403's reading lost its words: %q", msg)
			}
		})
	}
}
