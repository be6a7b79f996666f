package diagnose

import "testing"

// TestReviewdiag10ClientUnrecognised: the calling client said not
// recognised is one family (clientUnrecognisedPattern) for an API's answer
// and for a token endpoint's: each form is read in both places, and its
// neighbours are left alone in both.
func TestReviewdiag10ClientUnrecognised(t *testing.T) {
	tok := bearer("ACCESS_TOKEN", "tk_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4")
	runReadings(t, []readingCase{
		{"we don't recognize this application, 403", 403, nil, `{"error":"We don't recognize this application. Check its credentials."}`, tok, CredentialRejected, nil},
		{"unrecognized client, 403", 403, nil, `{"error":"forbidden","message":"Unrecognized client"}`, tok, CredentialRejected, nil},
		{"the client_id provided is not recognized, 403", 403, nil, `{"message":"The client_id provided is not recognized"}`, tok, CredentialRejected, nil},
		{"client not recognised or not yet onboarded, 403", 403, nil, `{"detail":"Client not recognised or not yet onboarded."}`, tok, CredentialRejected, nil},
		{"an app version not recognized is no client's", 403, nil, `{"message":"We do not recognize this app version; update the app to continue"}`, tok, PermissionDenied, []string{CredentialRejected}},
		{"a device not recognized beside the app is no client's", 403, nil, `{"message":"The app reports that this device is not recognized"}`, tok, PermissionDenied, []string{CredentialRejected}},
	})
	// Paraphrases: no source but the placeholder the other readings'
	// token rows use.
	const src = "https://example.com/paraphrase"
	runTokenCases(t, []tokenCase{
		{src: src, name: "client not known", status: 401, body: `{"error":"unauthorized_client","error_description":"Client is not known"}`, want: CredentialRejected},
		{src: src, name: "application not yet onboarded", status: 400, body: `{"error":"unauthorized_client","error_description":"The application has not yet been onboarded"}`, want: CredentialRejected},
		{src: src, name: "we don't recognize this client_id and secret", status: 400, body: `{"error":"unauthorized_client","error_description":"We don't recognize this client_id and client_secret combination."}`, want: CredentialRejected},
		{src: src, name: "a grant type not allowed stays a permission", status: 400, body: `{"error":"unauthorized_client","error_description":"The client is not authorized to use this grant type"}`, want: PermissionDenied},
	})
}

// TestReviewdiag10NotAllowedForKind: an operation said not allowed for a
// kind of user, account or credential (notAllowedForKindPattern) is a
// permission in any answer, not only in a GraphQL error: on a 400 or 422
// too, where no status reads it; a value not allowed for a field is
// validation.
func TestReviewdiag10NotAllowedForKind(t *testing.T) {
	tok := bearer("ACCESS_TOKEN", "tk_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4")
	runReadings(t, []readingCase{
		{"endpoint not allowed for sandbox accounts, 400", 400, nil, `{"message":"This endpoint is not allowed for sandbox accounts"}`, tok, PermissionDenied, nil},
		{"operation not permitted for read-only keys, 422", 422, nil, `{"error":{"code":"forbidden_operation","message":"Operation not permitted for read-only API keys"}}`, tok, PermissionDenied, nil},
		{"a value not allowed for a user field is validation, 400", 400, nil, `{"message":"Value not allowed for user field 'role'"}`, tok, "", []string{PermissionDenied}},
		{"a currency not allowed for the account is the business's, 422", 422, nil, `{"message":"Currency XYZ is not allowed for this account"}`, tok, "", []string{PermissionDenied}},
	})
}
