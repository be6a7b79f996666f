package diagnose

import "testing"

// TestRoundpay3Readings: the readings the roundpay3 round added, each in
// words another server could send for the same thing, with the
// neighbour it must leave alone.
func TestRoundpay3Readings(t *testing.T) {
	tok := bearer("ACCESS_TOKEN", "tk_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4")
	key := headerCred("X-Api-Key", "API_KEY", "ak_9F2C4A7B1E3D5F60817293A4B5C6D7E8")
	runReadings(t, []readingCase{
		// The headers a request authenticates with, named by purpose, said
		// absent: nothing sent is no credential sent.
		{"did not contain the required headers for authentication", 400, nil, `{"status":{"error_code":"MISSING_AUTHENTICATION_HEADERS","message":"The request did not contain the required headers for authentication."}}`, nil, NoCredentialsSent, nil},
		{"missing authentication headers", 400, nil, `{"error":"Missing authentication headers"}`, nil, NoCredentialsSent, nil},
		{"authentication headers are missing", 400, nil, `{"message":"Authentication headers are missing from the request"}`, nil, NoCredentialsSent, nil},
		{"headers for caching are no credential's", 400, nil, `{"message":"The request did not contain the required headers for caching."}`, nil, "", []string{NoCredentialsSent}},
		// Authentication said required or the credentials invalid in one
		// breath: a credential sent was read and refused, not sent
		// elsewhere.
		{"requires authentication or has invalid credentials", 401, nil, `{"status":"failed","error":{"code":"10401","message":"The request requires authentication or has invalid credentials."}}`, tok, CredentialRejected, []string{CredentialInWrongPlace}},
		{"requires authentication, or the request has invalid credentials", 401, nil, `{"message":"This resource requires authentication, or the request has invalid credentials"}`, key, CredentialRejected, []string{CredentialInWrongPlace}},
		{"the same words, nothing sent", 401, nil, `{"message":"The request requires authentication or has invalid credentials."}`, nil, NoCredentialsSent, nil},
		{"requires authentication alone, a token sent", 401, nil, `{"message":"This endpoint requires authentication."}`, tok, CredentialInWrongPlace, nil},
		// Access said not granted, the access first: known, not allowed.
		{"access to this product was not granted", 400, nil, `{"error_type":"ITEM_ERROR","error_code":"ACCESS_NOT_GRANTED","error_message":"access to this product was not granted for the account"}`, tok, PermissionDenied, nil},
		{"permission to read invoices has not been granted", 400, nil, `{"error":"Permission to read invoices has not been granted to this integration"}`, tok, PermissionDenied, nil},
		{"access not yet granted is a pending grant", 400, nil, `{"error":"authorization_pending","error_description":"The user has not yet granted access"}`, tok, "", []string{PermissionDenied}},
		// "Yet" after the passive is the same pending grant.
		{"access has not been granted yet is a pending grant", 400, nil, `{"error":"authorization_pending","error_description":"The authorization request is still pending: access has not been granted yet"}`, tok, "", []string{PermissionDenied}},
		{"permissions were not granted yet is a pending grant", 400, nil, `{"message":"Permissions were not granted yet, ask the user to approve the request"}`, tok, "", []string{PermissionDenied}},
	})
}
