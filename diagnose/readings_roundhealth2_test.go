package diagnose

import "testing"

// TestRoundhealth2Readings: the readings the roundhealth2 round added,
// each in words another server could send for the same thing, with the
// neighbour it must leave alone.
func TestRoundhealth2Readings(t *testing.T) {
	tok := bearer("ACCESS_TOKEN", "tk_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4")
	tokInQuery := apiKey("ACCESS_TOKEN", "tk_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4", "", "access_token")
	login := basicCred("ci-bot", "Wq8ZbV3kLmN0pQr!")
	sessionQuery := apiKey("SESSION_ID", "7c2f4a91-3b6e-4d8a-9f15-e2a07b4c3d58", "", "sessionId")
	sessionHeader := apiKey("SESSION_TOKEN", "st_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2", "X-Session-Token", "")
	fhir := map[string]string{"Content-Type": "application/fhir+json"}
	text := map[string]string{"Content-Type": "text/plain; charset=utf-8"}
	outcome := func(code, diag string) string {
		return `{"resourceType":"OperationOutcome","issue":[{"severity":"error","code":"` + code + `","diagnostics":"` + diag + `"}]}`
	}
	runReadings(t, []readingCase{
		// A credential said absent, expired or otherwise invalid in one
		// breath: expiry is one fault of the list, in words or under a FHIR
		// issue code expired.
		{"not supplied a key or it has expired or is otherwise invalid", 401, nil, `{"message":"The client has not supplied a key or it has expired or is otherwise invalid."}`, tok, CredentialRejected, []string{TokenExpired}},
		{"not provided an access token or it has expired, nothing sent", 401, nil, `{"error":"You have not provided an access token or it has expired"}`, nil, NoCredentialsSent, []string{TokenExpired}},
		{"not sent a token, or the token has expired", 401, nil, `{"message":"The caller has not sent a token, or the token has expired"}`, tok, CredentialRejected, []string{TokenExpired}},
		{"FHIR expired issue over a list of faults", 401, fhir, outcome("expired", "No bearer token supplied or it is otherwise invalid"), tok, CredentialRejected, []string{TokenExpired}},
		{"FHIR expired issue that says expired stays expired", 401, fhir, outcome("expired", "Access token expired"), tok, TokenExpired, nil},
		{"a token said expired stays expired", 401, nil, `{"message":"The access token has expired."}`, tok, TokenExpired, nil},
		// "Not authorized to access this resource" names no caller: on a
		// 401 the credential was not accepted; off a 401 the authorizer's
		// verdict on a caller it knew.
		{"you are not authorized to access this resource on a 401", 401, nil, `{"message":"You are not authorized to access this resource."}`, tok, CredentialRejected, nil},
		{"not authorized to access this resource on a 401, text", 401, text, "Not authorized to access this resource\n", tok, CredentialRejected, nil},
		{"the same words on a 403 are a permission", 403, nil, `{"message":"User is not authorized to access this resource"}`, tok, PermissionDenied, nil},
		{"a named caller not authorized to perform on a 401 stays a permission", 401, nil, `{"message":"User: ci-bot is not authorized to perform: orders:Write"}`, tok, PermissionDenied, nil},
		// Access restricted or denied because of the token's scopes.
		{"restricted due to insufficient scopes", 401, nil, `{"message":"Access to resource Patient is restricted due to insufficient scopes"}`, tok, ServerInsufficientScope, nil},
		{"denied because of the token's missing scope", 403, nil, `{"error":"Request denied because of the token's missing scope"}`, tok, ServerInsufficientScope, nil},
		{"denied due to unknown scopes", 403, nil, `{"message":"Access is denied due to unknown scopes"}`, tok, ServerInsufficientScope, nil},
		{"restricted due to an address is no scope", 403, nil, `{"error":"Access restricted due to invalid IP address"}`, tok, IPRestricted, []string{ServerInsufficientScope}},
		// A scope asked for, not allowed for the client or the role.
		{"scope is not allowed by client type", 422, nil, `{"error":{"type":"request_malformed","message":"Scope is not allowed by client type."}}`, tok, PermissionDenied, nil},
		{"requested scopes not permitted for this application", 400, nil, `{"error":"The requested scopes are not permitted for this application"}`, tok, PermissionDenied, nil},
		{"scope not allowed for your role", 403, nil, `{"message":"Requested scope is not allowed for your role"}`, tok, PermissionDenied, nil},
		{"a scope field not allowed empty is a form's", 422, nil, `{"message":"Field 'scope' is not allowed to be empty"}`, tok, "", []string{PermissionDenied}},
		// A search the method refuses as too broad: the request's
		// criteria, whoever calls.
		{"search too broad, narrow your search", 403, nil, `{"error":{"type":"forbidden","message":"Search too broad, please narrow your search"}}`, tok, "", nil},
		{"retry with more specific search criteria", 403, nil, `{"message":"This method returns only exact matches. Please retry with more specific search criteria."}`, tok, "", nil},
		{"an index the caller may not search stays a permission", 403, nil, `{"message":"You are not allowed to search this index"}`, tok, PermissionDenied, nil},
		// The value the credential carried, quoted back as not found.
		{"session id quoted as not found in a 500", 500, nil, `{"Code":"SessionIdNotFound","Message":"Failed to find session object. [SessionId = 7c2f4a91-3b6e-4d8a-9f15-e2a07b4c3d58]"}`, sessionQuery, CredentialRejected, nil},
		{"token quoted as not found in a 400", 400, nil, `{"error":"token st_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2 not found"}`, sessionHeader, CredentialRejected, nil},
		{"quoted as not found in a fault filed under the database", 500, nil, `{"Message":"Could not find session 7c2f4a91-3b6e-4d8a-9f15-e2a07b4c3d58","Category":"Database"}`, sessionQuery, CredentialRejected, nil},
		{"another value not found is the request's data", 404, nil, `{"error":"patient 4711 not found"}`, sessionHeader, "", []string{CredentialRejected}},
		{"a header named not found is the header not seen", 400, nil, `{"error":"X-Session-Token not found"}`, sessionHeader, CredentialInWrongPlace, []string{CredentialRejected}},
		{"a 500 about the database names no credential", 500, nil, `{"error":"database connection lost"}`, sessionQuery, "", []string{CredentialRejected}},
		// The server could not authenticate the caller, the account or the
		// key it names, whatever the status.
		{"cannot authenticate by username in a 500", 500, nil, `{"error":"Cannot authenticate by username 'ci-bot'"}`, login, CredentialRejected, nil},
		{"could not authenticate with the API key provided", 403, nil, `{"message":"Could not authenticate with the API key provided"}`, tok, CredentialRejected, nil},
		{"the server's own store login is the server's", 500, nil, `{"error":"Unable to authenticate with the database"}`, login, "", []string{CredentialRejected}},
		// A password check said failed.
		{"account password failed in a 500", 500, nil, `{"Code":"ACCOUNTPASSWORDINVALID","Message":"PUBLISHER ACCOUNT PASSWORD FAILED"}`, login, CredentialRejected, nil},
		{"password verification failed", 401, nil, `{"error":"Password verification failed"}`, login, CredentialRejected, nil},
		{"a password change that failed is a form's", 400, nil, `{"error":"Password change failed: the new password is too short"}`, login, "", []string{CredentialRejected}},
		// The header that carries the credential said not set or without
		// its token: no credential was found to judge, whatever error code
		// the envelope gives every 401.
		{"authorization header not set, the token in the query", 401, nil, `{"error":{"type":"access_denied","message":"Authorization header is not set"}}`, tokInQuery, CredentialInWrongPlace, []string{PermissionDenied}},
		{"header does not contain a bearer token, nothing sent", 401, nil, `{"error":{"type":"access_denied","message":"Request doesn't contain a bearer token"}}`, nil, NoCredentialsSent, []string{PermissionDenied}},
		{"a role refused under access_denied stays a permission", 401, nil, `{"error":{"type":"access_denied","message":"Your role does not allow this action"}}`, tok, PermissionDenied, nil},
	})
}

// TestRoundhealth2TokenReadings: a token endpoint's error object under
// "error" (its type or code, and its message) is read as RFC 6749's error
// and error_description are.
func TestRoundhealth2TokenReadings(t *testing.T) {
	runTokenCases(t, []tokenCase{
		{src: "https://github.com/ehealth-ua/api-spec/issues/221", name: "error object, type invalid_grant, refresh token expired", status: 401,
			body: `{"meta":{"code":401},"error":{"type":"invalid_grant","message":"Refresh token expired."}}`, want: TokenExpired},
		{src: "https://github.com/ehealth-ua/api-spec/issues/221", name: "error object, code invalid_client, authentication failed", status: 401,
			body: `{"error":{"code":"invalid_client","message":"Client authentication failed"}}`, want: CredentialRejected},
		{src: "https://github.com/ehealth-ua/api-spec/issues/221", name: "error object, unauthorized_client, a grant the client may not use", status: 400,
			body: `{"error":{"type":"unauthorized_client","message":"The client may not use the refresh_token grant"}}`, want: PermissionDenied},
	})
}
