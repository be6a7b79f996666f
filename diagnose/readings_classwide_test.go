package diagnose

import "testing"

// TestClasswideReadings: the class-wide readings of heldout_classwide_test.go,
// each in words another server could send for the same thing, with the
// neighbour it must leave alone.
func TestClasswideReadings(t *testing.T) {
	tok := bearer("ACCESS_TOKEN", "tk_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4")
	bare := headerCred("Authorization", "ACCESS_TOKEN", "tk_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4")
	twice := bearer("ACCESS_TOKEN", "Bearer tk_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4")
	spaced := bearer("ACCESS_TOKEN", "tk_Q7wZp2Lx9Rt3Vb8N c1Mf6Gh5Jk0Lq2Ws9Ed4")
	queryKey := apiKey("API_KEY", "67a4334f27c648dce3ab693de1fd8f14", "", "api_key")
	basicChallenge := jsonCT("WWW-Authenticate", `Basic realm="api"`)
	bearerChallenge := jsonCT("WWW-Authenticate", `Bearer realm="api"`)
	runReadings(t, []readingCase{
		// A: a 401's words decide when they name a permission or a plan and
		// judge nothing of the credential; a credential only named does not
		// veto, nor does the challenge every 401 carries.
		{"401 key does not permit calls", 401, nil, `{"error":"Your API key does not permit calls to this endpoint"}`, tok, PermissionDenied, nil},
		{"401 token valid but not allowed", 401, nil, `{"message":"Token valid, but you are not allowed to delete projects"}`, tok, PermissionDenied, nil},
		{"401 subscribe to a plan", 401, nil, `{"error":"You need to subscribe to a plan to use this endpoint"}`, tok, PermissionDenied, nil},
		{"401 current plan named", 401, nil, `{"message":"Your current plan is Free"}`, tok, PermissionDenied, nil},
		{"401 not an admin beside a Basic challenge", 401, basicChallenge, `{"message":"Not an administrator"}`, tok, PermissionDenied, nil},
		{"401 an invalid key of a tier stays refused", 401, nil, `{"error":"Invalid API key for the free tier"}`, tok, CredentialRejected, []string{PermissionDenied}},
		{"401 no token provided, permission named, stays the token's", 401, nil, `{"message":"Permission denied: no token provided"}`, tok, CredentialInWrongPlace, []string{PermissionDenied}},
		{"401 permission denied for a badly formed key stays refused", 401, nil, `{"message":"Permission denied: badly formed api-key"}`, tok, CredentialRejected, []string{PermissionDenied}},
		{"401 assigning a role is no sign-in", 401, nil, `{"message":"Not allowed: assigning roles needs the owner role"}`, tok, PermissionDenied, nil},
		{"401 anonymous access refused to a token is the token's", 401, nil, `{"message":"This endpoint does not allow anonymous access"}`, tok, CredentialRejected, []string{PermissionDenied}},
		{"401 not allowed, provide a token, is the token's", 401, nil, `{"message":"Not allowed: provide a token"}`, tok, CredentialRejected, []string{PermissionDenied}},
		{"401 not allowed to add keys stays a permission", 401, nil, `{"message":"You are not allowed to add SSH keys to this repository"}`, tok, PermissionDenied, nil},
		{"a nested 401 beside an invalid parameter is no permission", 400, nil, `{"message":"Invalid parameter: role is not allowed here","data":{"status":401}}`, tok, CredentialRejected, []string{PermissionDenied}},
		// B: a hint inferred from the request ranks after the server's
		// words when they say what it found (a permission, a stopped or
		// revoked key or holder); it stays first when the words only
		// refuse the value it explains.
		{"bare token, 401 subscribe a plan", 401, nil, `{"message":"You need to subscribe a plan to call this"}`, bare, PermissionDenied, nil},
		{"Bearer twice, 401 account suspended", 401, nil, `{"message":"Your account has been suspended"}`, twice, CredentialRejected, nil},
		{"space inside, 403 key revoked", 403, nil, `{"error":"This API key has been revoked"}`, spaced, CredentialRejected, nil},
		{"key in the query, Bearer challenge, 401 plan", 401, bearerChallenge, `{"message":"Your current plan is Free"}`, queryKey, PermissionDenied, nil},
		{"key in the query judged invalid is read there", 401, bearerChallenge, `{"message":"API key is invalid"}`, queryKey, CredentialRejected, nil},
		{"Bearer twice, 401 invalid token stays the prefix", 401, nil, `{"error":"invalid token"}`, twice, PrefixDoubled, nil},
		{"bare token, 401 Unauthorized stays the prefix", 401, nil, `{"message":"Unauthorized"}`, bare, PrefixMissing, nil},
		{"space inside, 401 invalid token stays the whitespace", 401, nil, `{"message":"invalid token"}`, spaced, WhitespaceInCredential, nil},
		{"key in the query, Bearer challenge, no token found stays the place", 401, bearerChallenge, `{"message":"No token found in the request"}`, queryKey, CredentialInWrongPlace, nil},
		// "Invalid or missing": missing is one of the faults, so the words
		// judge no value the server read; the key sent elsewhere explains them.
		{"key in the query, invalid or missing header stays the place", 401, bearerChallenge, `{"message":"Invalid or missing X-API-Key header"}`, queryKey, CredentialInWrongPlace, nil},
		{"key in the query, key missing or invalid stays the place", 401, bearerChallenge, `{"error":"API key missing or invalid"}`, queryKey, CredentialInWrongPlace, nil},
		{"key in the query, key absent, or expired stays the place", 401, bearerChallenge, `{"error":"The access token is absent, or expired"}`, queryKey, CredentialInWrongPlace, nil},
		// C: the credential itself said stopped is refused, as its holder is.
		{"403 API key currently banned", 403, nil, `{"message":"Your API key is currently banned from using this service"}`, tok, CredentialRejected, nil},
		{"403 API key currently blocked", 403, nil, `{"detail":"This API key is currently blocked"}`, tok, CredentialRejected, nil},
		{"403 API key locked", 403, nil, `{"detail":"API key is locked"}`, tok, CredentialRejected, nil},
		{"403 a document locked is no credential", 403, nil, `{"message":"The document is locked by another editor"}`, tok, PermissionDenied, []string{CredentialRejected}},
	})
}
