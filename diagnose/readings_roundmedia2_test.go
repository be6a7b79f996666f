package diagnose

import "testing"

// TestRoundmedia2Readings: the readings the roundmedia2 round added, each
// in words another server could send for the same thing, with the
// neighbour it must leave alone.
func TestRoundmedia2Readings(t *testing.T) {
	key := apiKey("API_KEY", "k_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4", "X-Api-Key", "")
	sid := apiKey("SESSION_ID", "s_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4", "", "sid")
	session := apiKey("SESSION_TOKEN", "st_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4", "", "session_token")
	ks := apiKey("KS", "ks_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4", "", "ks")
	tok := bearer("ACCESS_TOKEN", "tk_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4")
	bareSig := headerValues("signed", "API_KEY", "X-Auth-Key", "QWZp2Lx9Rt3Vb8Nc1Mf6", "API_SIGNATURE", "Authorization", "4e1f0a2b9c3d5e6f7a8b9c0d1e2f3a4b5c6d7e8f")
	text := map[string]string{"Content-Type": "text/plain; charset=utf-8"}
	runReadings(t, []readingCase{
		// A quota's limit said exceeded, in a 200's error.
		{"api quota limit exceeded under a failed code", 200, nil, `{"status":"error","code":1005,"message":"API quota limit exceeded, try again later"}`, key, RateLimited, nil},
		{"QUOTA_LIMIT_EXCEEDED first in a list of errors", 200, nil, `{"errors":[{"code":"QUOTA_LIMIT_EXCEEDED","message":"Daily quota limit has been exceeded"}]}`, key, RateLimited, nil},
		{"a disk's quota limit is what the account stores", 200, nil, `{"code":4001,"message":"Disk quota limit exceeded"}`, key, "", []string{RateLimited}},
		// A body typed as an exception names the credential's own parameter
		// invalid.
		{"an ApiException calls the sid sent invalid", 200, nil, `{"code":"INVALID_SID","message":"Invalid sid \"s_0\"","objectType":"ApiException"}`, sid, CredentialRejected, nil},
		{"a __type exception calls the session_token sent unknown", 200, nil, `{"__type":"com.example.api#ClientException","code":"BAD_SESSION","message":"Unknown session_token."}`, session, CredentialRejected, nil},
		{"the same exception about another parameter is the request's", 200, nil, `{"code":"INVALID_ENTRY_ID","message":"Invalid entryId \"0_abc\"","objectType":"KalturaAPIException"}`, ks, "", []string{CredentialRejected}},
		// A token or app not approved by the user or owner it acts for.
		{"an access token not approved by the resource owner, in a 422", 422, nil, `{"message":"The access token has not been approved by the resource owner."}`, tok, PermissionDenied, nil},
		{"a token not approved by the user yet, in a 400", 400, nil, `{"code":"token_not_approved","message":"This token has not been approved by the user yet"}`, tok, PermissionDenied, nil},
		{"a payment not approved by the user is the business's", 422, nil, `{"message":"The payment has not been approved by the user."}`, tok, "", []string{PermissionDenied}},
		// A signature, hash or digest the server compared, sent bare in
		// Authorization: refused, and no scheme is missing before it.
		{"signature does not match, sent bare", 401, text, "Signature does not match. Check the secret you sign with.", bareSig, CredentialRejected, nil},
		{"the digest in the Authorization header didn't match", 401, nil, `{"error":"The digest in the Authorization header didn't match"}`, bareSig, CredentialRejected, nil},
		{"an uploaded file's hash is the request's data", 400, nil, `{"message":"The hash of the uploaded file doesn't match the checksum sent"}`, tok, "", []string{CredentialRejected}},
		// A refusal's status as the code of an error object nested in a
		// validation answer.
		{"a 401 code under data.error in a 400", 400, nil, `{"data":{"error":{"code":401,"message":"Unauthorized"}},"success":false,"status":400}`, tok, CredentialRejected, nil},
		{"a 403 code under error in a 422", 422, nil, `{"error":{"code":403,"message":"Forbidden","type":"ApiException"}}`, tok, PermissionDenied, nil},
		{"an error object's own number is no status", 400, nil, `{"error":{"code":4003,"message":"Invalid date range"}}`, tok, "", nil},
	})
}
