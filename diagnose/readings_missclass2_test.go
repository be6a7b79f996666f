package diagnose

import "testing"

// TestMissclass2VerdictFormReadings: one verdict in the forms servers say
// it (normalize.go's synonymWords): "not recognized" with a verb or none
// is "unrecognized", "blank" is "empty", "mandatory" is "required"; with
// the neighbours whose subject is the request's data.
func TestMissclass2VerdictFormReadings(t *testing.T) {
	tok := bearer("ACCESS_TOKEN", "tk_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4")
	key := apiKey("API_KEY", "k_5f0c8a7e2b9d4c1a6e3b", "X-Api-Key", "")
	runReadings(t, []readingCase{
		{"a key not recognised, the key quoted, on a 400", 400, nil, `{"errors":["API key not recognised: k_5f0c8a7e2b9d4c1a6e3b"],"status":"error"}`, key, CredentialRejected, nil},
		{"an access token that was not recognised, on a 400", 400, nil, `{"error":"The access token was not recognised"}`, tok, CredentialRejected, nil},
		{"a session token that could not be recognized", 400, nil, `{"error":"The session token could not be recognized"}`, tok, CredentialRejected, nil},
		{"a token that was not recognized, on a 401", 401, nil, `{"error":"Token was not recognized"}`, tok, CredentialRejected, nil},
		{"a field not recognized is the request's", 400, nil, `{"message":"Field 'colour' was not recognized"}`, key, "", nil},
		{"a command not recognized is the request's", 400, nil, `{"error":"Command not recognized"}`, tok, "", nil},
		{"a header said mandatory", 400, nil, `{"message":"Header X-Account-Id is mandatory"}`, key, RequiredHeaderMissing, nil},
		{"a header named first said it cannot be blank", 400, nil, `{"message":"X-Client-Id header cannot be blank"}`, key, RequiredHeaderMissing, nil},
		{"a workspace header that must not be blank", 400, nil, `{"error":"X-Workspace header must not be blank"}`, key, RequiredHeaderMissing, nil},
		{"a field said mandatory is the request's", 400, nil, `{"message":"Email is mandatory"}`, tok, "", nil},
		{"a field that cannot be blank is the request's", 422, nil, `{"message":"Name cannot be blank"}`, tok, "", nil},
	})
}

// TestMissclass2HeaderReadings: a header besides the credential named
// before the word "header" and said required or empty, or named after
// "missing header:" in words; a credential's own header said empty to a
// request that sent nothing; a Content-Type said required is the body's.
func TestMissclass2HeaderReadings(t *testing.T) {
	tok := bearer("ACCESS_TOKEN", "tk_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4")
	key := apiKey("API_KEY", "k_5f0c8a7e2b9d4c1a6e3b", "X-Api-Key", "")
	runReadings(t, []readingCase{
		{"the org header named first said required, on a 401", 401, nil, `{"message":"The X-Org-Id header is required"}`, key, RequiredHeaderMissing, nil},
		{"a tenant header named first said required, on a 400", 400, nil, `{"error":"X-Tenant-Id header is required."}`, tok, RequiredHeaderMissing, nil},
		{"a missing header named in words after a colon", 400, nil, `{"status":"missing header: Station Id"}`, tok, RequiredHeaderMissing, nil},
		{"the key's own header said blank, nothing sent", 401, nil, `{"error":"X-Api-Key header cannot be blank"}`, nil, NoCredentialsSent, nil},
		{"a token said empty, nothing sent", 401, nil, `{"error":"Token cannot be empty"}`, nil, NoCredentialsSent, nil},
		{"a content type said required is the body's", 400, nil, `{"message":"Content-Type header is required"}`, key, "", []string{RequiredHeaderMissing}},
	})
}

// TestMissclass2PlanReadings: the account's trial, plan or subscription
// said run out, on a refusal's status, is the plan's (permission_denied),
// a 401 too; a subscription record said not active on a 400 is the API's
// data, and a key said expired stays the key's.
func TestMissclass2PlanReadings(t *testing.T) {
	key := apiKey("API_KEY", "k_5f0c8a7e2b9d4c1a6e3b", "X-Api-Key", "")
	runReadings(t, []readingCase{
		{"a subscription expired, on a 401", 401, nil, `{"message":"Your subscription has expired"}`, key, PermissionDenied, nil},
		{"a subscription ended, on a 401", 401, nil, `{"message":"Your subscription has ended"}`, key, PermissionDenied, nil},
		{"a free trial expired, on a 401", 401, nil, `{"message":"Your free trial has expired"}`, key, PermissionDenied, nil},
		{"a subscription not active, on a 401", 401, nil, `{"error":"Subscription is not active"}`, key, PermissionDenied, nil},
		{"a membership lapsed, on a 403", 403, nil, `{"error":"Your membership has lapsed. Renew to restore access."}`, key, PermissionDenied, nil},
		{"a subscription record not active, on a 400", 400, nil, `{"message":"Subscription is not active"}`, key, "", nil},
		{"a key expired stays the key's", 401, nil, `{"message":"Your API key has expired"}`, key, CredentialRejected, []string{PermissionDenied}},
	})
}
