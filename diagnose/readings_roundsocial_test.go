package diagnose

import "testing"

// TestRoundsocialReadings: the readings the social, content and commerce
// round added, each in words other servers use for the same thing, with
// the neighbour it must leave alone.
func TestRoundsocialReadings(t *testing.T) {
	tok := bearer("API_TOKEN", "opq_7Hd92kLmQ4pXrT")
	key := apiKey("API_KEY", "key_9f8e7d6c5b4a3210", "", "api_key")
	runReadings(t, []readingCase{
		// A token said revoked under a code that says expired: the words
		// name what happened to it.
		{"ExpiredToken code, revoked words", 400, nil, `{"error":"ExpiredToken","message":"Token has been revoked"}`, tok, CredentialRejected, []string{TokenExpired}},
		{"token_expired code, the token was revoked", 401, nil, `{"code":"token_expired","message":"The access token was revoked by the user"}`, tok, CredentialRejected, []string{TokenExpired}},
		{"expired_token error, revoked description", 401, nil, `{"error":"expired_token","error_description":"This token is revoked"}`, tok, CredentialRejected, []string{TokenExpired}},
		{"ExpiredToken code, expired words stay expired", 400, nil, `{"error":"ExpiredToken","message":"Token has expired"}`, tok, TokenExpired, nil},
		{"a token that expired and was not revoked stays expired", 401, nil, `{"message":"Token expired"}`, tok, TokenExpired, nil},
		// The token's scope said bad: a scope, not the token.
		{"bad token scope", 400, nil, `{"error":"InvalidToken","message":"Bad token scope"}`, tok, ServerInsufficientScope, nil},
		{"invalid token scope for this method", 403, nil, `{"message":"Invalid token scope for this method"}`, tok, ServerInsufficientScope, nil},
		{"the token's scope does not permit", 403, nil, `{"error":"forbidden","detail":"The token scope does not permit this operation"}`, tok, ServerInsufficientScope, nil},
		{"a bad token stays the token", 401, nil, `{"error":"InvalidToken","message":"Bad token"}`, tok, CredentialRejected, nil},
		// A client id asked for beside a token that was sent.
		{"Client ID is missing, a token sent", 401, nil, `{"error":"Unauthorized","status":401,"message":"Client ID is missing"}`, tok, RequiredHeaderMissing, nil},
		{"missing client id, a token sent", 400, nil, `{"error":"Bad Request","status":400,"message":"No client id specified"}`, tok, RequiredHeaderMissing, nil},
		{"client_id is required, a token sent", 400, nil, `{"message":"client_id is required"}`, tok, RequiredHeaderMissing, nil},
		{"an access token is missing stays the credential", 401, nil, `{"error":"Unauthorized","status":401,"message":"OAuth token is missing"}`, tok, CredentialInWrongPlace, nil},
		{"client_id is required to a Basic login is not a header", 400, nil, `{"message":"client_id is required"}`, basicCred("app-client", "Wq8ZbV3kLmN0pQrS"), "", []string{RequiredHeaderMissing}},
		// A validation error that wraps a refusal's status.
		{"rest_forbidden_context with status 401, nothing sent", 400, nil, `{"code":"rest_invalid_param","message":"Invalid parameter(s): context","data":{"status":400,"params":{"context":"Sorry, you are not allowed to edit posts in this post type."},"details":{"context":{"code":"rest_forbidden_context","message":"Sorry, you are not allowed to edit posts in this post type.","data":{"status":401}}}}}`, nil, NoCredentialsSent, nil},
		{"a nested 401 to a token sent is the token", 400, nil, `{"code":"rest_invalid_param","message":"Invalid parameter(s): status","data":{"status":400,"details":{"status":{"code":"rest_forbidden_status","message":"Status is forbidden.","data":{"status":401}}}}}`, tok, CredentialRejected, nil},
		{"a 422 whose field error carries 403", 422, nil, `{"error":"validation_failed","details":[{"field":"visibility","status":403,"message":"not allowed to change visibility"}]}`, tok, PermissionDenied, nil},
		// An expiry the server states is its word, however long ago
		// (roundfamous1's HubSpot "expired 19884 day(s) ago").
		{"expired 19800 days ago stays expired", 401, nil, `{"message":"The access token expired 19800 days ago"}`, tok, TokenExpired, nil},
		{"expired 2 days ago stays expired", 401, nil, `{"status":"error","message":"The OAuth token used to make this call expired 2 day(s) ago.","category":"EXPIRED_AUTHENTICATION"}`, tok, TokenExpired, nil},
		// A result code of 0 with a refusal in its result message, in a 200.
		{"result_code 0, not authorized to access this file", 200, nil, `{"result_code":0,"result_message":"You are not authorized to access this file","result_output":"json"}`, key, PermissionDenied, nil},
		{"resultCode 0, access denied", 200, nil, `{"resultCode":0,"resultMessage":"Access denied: this API key may not call contact_sync"}`, key, PermissionDenied, nil},
		{"result_code 0, invalid API key", 200, nil, `{"result_code":0,"result_message":"Invalid API key"}`, key, CredentialRejected, nil},
		{"result_code 0 with a business failure is no refusal", 200, nil, `{"result_code":0,"result_message":"Failed: Nothing is returned","result_output":"json"}`, key, "", nil},
		{"a nested 400 stays a validation error", 400, nil, `{"code":"rest_invalid_param","message":"Invalid parameter(s): per_page","data":{"status":400,"params":{"per_page":"per_page must be between 1 (inclusive) and 100 (inclusive)"},"details":{"per_page":{"code":"rest_out_of_bounds","message":"per_page must be between 1 (inclusive) and 100 (inclusive)","data":{"status":400}}}}}`, tok, "", nil},
	})
}

// TestRoundsocialTokenReadings: a token endpoint that refuses the scope it
// was asked for in its own words, without RFC 6749's invalid_scope.
func TestRoundsocialTokenReadings(t *testing.T) {
	const src = "https://example.com/paraphrase"
	runTokenCases(t, []tokenCase{
		{src: src, name: "invalid scope requested", status: 400, body: `{"status":400,"message":"invalid scope requested: 'channel:read:stats'"}`, want: PermissionDenied},
		{src: src, name: "the requested scope is invalid, unknown, or malformed", status: 400, body: `{"message":"The requested scope is invalid, unknown, or malformed."}`, want: PermissionDenied},
		{src: src, name: "unknown scope", status: 400, body: `{"error_description":"Unknown scope: admin:org"}`, want: PermissionDenied},
		{src: src, name: "scope not allowed for this client", status: 403, body: `{"message":"scope not allowed for this client"}`, want: PermissionDenied},
		{src: src, name: "invalid client stays the client", status: 400, body: `{"status":400,"message":"invalid client"}`, want: CredentialRejected},
		{src: src, name: "an invalid_client code with a scope word stays the client", status: 401, body: `{"error":"invalid_client","error_description":"Unknown client; the scope was not checked"}`, want: CredentialRejected},
	})
}
