package diagnose

import "testing"

// TestReviewdiag8Readings: neighbours the round's readings took for a
// credential. A bare "API … frozen" said of the API itself (a version no
// longer changed) is no credential's state; a data session (an upload's,
// a checkout's) said deleted or suspended is no login's; a data key or
// page token quoted empty, or an Idempotency-Key header said empty, is a
// field of the request left empty, not the credential's place found
// empty. Each beside the reading it must keep.
func TestReviewdiag8Readings(t *testing.T) {
	tok := bearer("ACCESS_TOKEN", "tk_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4")
	key := apiKey("API_KEY", "Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e", "X-Api-Key", "")
	noCredential := []string{NoCredentialsSent, CredentialInWrongPlace}
	runReadings(t, []readingCase{
		// The API access said frozen, and the API itself said frozen.
		{"API access has been frozen", 403, nil, `{"message":"Your API access has been frozen."}`, key, CredentialRejected, nil},
		{"API key frozen as a state's label", 401, nil, `{"code":"50100","msg":"API key frozen"}`, key, CredentialRejected, nil},
		{"the v1 API is frozen: a version", 410, nil, `{"message":"The v1 API is frozen; please migrate to v2."}`, key, "", []string{CredentialRejected}},
		{"the API frozen for maintenance under a failure flag", 200, nil, `{"success":false,"message":"This API has been frozen for maintenance; try again later"}`, key, "", []string{CredentialRejected}},
		// A session of the caller's, and sessions of the API's data.
		{"your session has been deleted", 400, nil, `{"message":"Your session has been deleted"}`, tok, CredentialRejected, nil},
		{"an upload session was deleted", 404, nil, `{"message":"The upload session was deleted"}`, tok, "", []string{CredentialRejected}},
		{"an upload session was suspended", 409, nil, `{"error":"The upload session was suspended"}`, tok, "", []string{CredentialRejected}},
		{"a checkout session deleted under a failure flag", 200, nil, `{"success":false,"error":"The checkout session has been deleted"}`, tok, "", []string{CredentialRejected}},
		// A credential quoted empty, and data keys and tokens quoted empty.
		{"invalid access token quoted empty, nothing sent", 401, nil, `{"error":"invalid access token \"\""}`, nil, NoCredentialsSent, nil},
		{"invalid apiKey quoted empty, nothing sent", 401, nil, `{"error":"invalid apiKey ''"}`, nil, NoCredentialsSent, nil},
		{"invalid sort key quoted empty", 400, nil, `{"error":"invalid sort key \"\""}`, tok, "", noCredential},
		{"invalid idempotency key quoted empty", 400, nil, `{"error":"Invalid idempotency key ''"}`, tok, "", noCredential},
		{"invalid page token quoted empty", 400, nil, `{"error":"invalid page token \"\""}`, tok, "", noCredential},
		// A credential's header said empty, and an Idempotency-Key header.
		{"header X-APIKEY must not be empty, nothing sent", 401, nil, `{"error":"header X-APIKEY must not be empty"}`, nil, NoCredentialsSent, nil},
		{"header Authorization must not be empty, nothing sent", 401, nil, `{"error":"header Authorization must not be empty"}`, nil, NoCredentialsSent, nil},
		{"header Token must not be blank, nothing sent", 401, nil, `{"error":"header 'Token' must not be blank"}`, nil, NoCredentialsSent, nil},
		{"header Idempotency-Key cannot be empty", 400, nil, `{"error":"Header 'Idempotency-Key' cannot be empty"}`, tok, RequiredHeaderMissing, noCredential},
		{"header X-Idempotency-Key must not be empty, a key sent", 400, nil, `{"error":"header X-Idempotency-Key must not be empty"}`, key, RequiredHeaderMissing, []string{NoCredentialsSent}},
	})
}
