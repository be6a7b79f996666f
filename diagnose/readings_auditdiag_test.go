package diagnose

import "testing"

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
