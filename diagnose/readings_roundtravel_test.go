package diagnose

import "testing"

// TestRoundtravelReadings: a client's identifier said invalid or unknown
// (USPS v3's late answer under a 2xx failure flag) is the client's
// credential refused, in words another server could send; an
// application's or a project's id is the request's data.
func TestRoundtravelReadings(t *testing.T) {
	tok := bearer("API_TOKEN", "tok_7Hq2LmN9pR4sT6vX8zB1cD3f")
	runReadings(t, []readingCase{
		{"200 ok:false client application identifier invalid", 200, nil, `{"ok":false,"error":"The client application identifier is invalid."}`, tok, CredentialRejected, nil},
		{"200 success:false invalid client identifier", 200, nil, `{"success":false,"message":"Invalid client identifier"}`, tok, CredentialRejected, nil},
		{"403 unknown consumer id", 403, nil, `{"error":"Unknown consumer id"}`, tok, CredentialRejected, nil},
		{"200 ok:false client id is not recognised", 200, nil, `{"ok":false,"error":"The client ID is not recognised"}`, tok, CredentialRejected, nil},
		// Neighbours: an application or project id is data.
		{"400 invalid application id is data", 400, nil, `{"error":"Invalid application id: 4711"}`, tok, "", []string{CredentialRejected}},
		{"400 invalid project id is data", 400, nil, `{"message":"Invalid project id"}`, tok, "", []string{CredentialRejected}},
	})
}
