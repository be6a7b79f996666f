package diagnose

import "testing"

// TestRoundidentity3Readings: the readings the identity round added, each
// in words other servers use for the same thing, with the neighbour it
// must leave alone.
func TestRoundidentity3Readings(t *testing.T) {
	tok := bearer("API_TOKEN", "opq_7Hd92kLmQ4pXrT")
	key := apiKey("API_KEY", "key_9f8e7d6c5b4a3210", "x-api-key", "")
	runReadings(t, []readingCase{
		// The tenant the call is for not chosen: a header naming it is
		// missing, not the key.
		{"no organization selected", 401, nil, `{"message":"No organization selected"}`, key, RequiredHeaderMissing, nil},
		{"organization id not specified", 400, nil, `{"error":"bad_request","message":"Organization ID not specified"}`, key, RequiredHeaderMissing, nil},
		{"missing tenant id", 400, nil, `{"detail":"Missing tenant id"}`, key, RequiredHeaderMissing, nil},
		{"no workspace was provided", 401, nil, `{"error":"No workspace was provided for this request"}`, key, RequiredHeaderMissing, nil},
		{"an organization not found is not a header missing", 404, nil, `{"message":"Organization not found"}`, key, "", []string{RequiredHeaderMissing}},
		{"not a member of the organization is not a header missing", 403, nil, `{"message":"You are not a member of the selected organization"}`, key, PermissionDenied, []string{RequiredHeaderMissing}},
		// The token carries no scope claim at all.
		{"the token has no scope claim", 403, nil, `{"error":"forbidden","message":"The token has no scope claim"}`, tok, ServerInsufficientScope, nil},
		{"scp claim is missing", 401, nil, `{"message":"scp claim is missing from the access token"}`, tok, ServerInsufficientScope, nil},
		{"a token issued without a scopes claim", 401, nil, `{"message":"Access token was issued without a scopes claim"}`, tok, ServerInsufficientScope, nil},
		{"the token must contain a roles claim", 403, nil, `{"error":{"code":"Forbidden","message":"The token must contain a scp or roles claim"}}`, tok, ServerInsufficientScope, nil},
		{"the aud claim missing is not a scope", 401, nil, `{"message":"The aud claim is missing"}`, tok, CredentialRejected, []string{ServerInsufficientScope}},
		// The server asks for the token to be refreshed: it expired.
		{"refresh your access token and try again", 401, nil, `{"message":"Please refresh your access token and try again"}`, tok, TokenExpired, nil},
		{"the session needs to be refreshed", 401, nil, `{"error":"unauthorised","message":"The session needs to be refreshed"}`, tok, TokenExpired, nil},
		{"try refreshing the session", 401, nil, `{"message":"try refreshing the session"}`, tok, TokenExpired, nil},
		{"an invalid refresh token is refused, not expired", 401, nil, `{"message":"Invalid refresh token"}`, tok, CredentialRejected, []string{TokenExpired}},
		// An app's attestation refused.
		{"attestation verification failed", 401, nil, `{"error":{"code":401,"message":"Attestation verification failed","status":"UNAUTHENTICATED"}}`, tok, CredentialRejected, nil},
		{"invalid attestation", 403, nil, `{"message":"Invalid attestation"}`, tok, CredentialRejected, nil},
		{"device attestation could not be verified", 401, nil, `{"detail":"Device attestation could not be verified."}`, tok, CredentialRejected, nil},
		// The authentication header's format said bad.
		{"malformed authentication header", 401, nil, `{"error":"unauthorized","error_description":"Malformed authentication header"}`, tok, CredentialRejected, nil},
		{"invalid format for the authentication header", 400, nil, `{"message":"Invalid format for the Authentication header"}`, tok, CredentialRejected, nil},
		{"the authentication header provided is not valid", 401, nil, `{"error_type":"unauthorized","error_message":"The authentication header provided is not valid."}`, tok, CredentialRejected, nil},
		{"another header's format is not the authorization header", 400, nil, `{"message":"Invalid header format for X-Request-Id"}`, tok, "", nil},
		// Rate exceeded, alone or after a throttling label.
		{"Rate exceeded", 400, nil, `{"message":"Rate exceeded"}`, key, RateLimited, nil},
		{"Throttling: Rate exceeded", 400, nil, `{"__type":"ThrottlingException","message":"Throttling: Rate exceeded"}`, key, RateLimited, nil},
		{"request rate exceeded", 403, nil, `{"error":"Request rate exceeded, slow down"}`, key, RateLimited, nil},
		{"an exchange rate exceeded is no limit", 400, nil, `{"message":"The exchange rate exceeded the allowed tolerance"}`, key, "", []string{RateLimited}},
	})
}

// TestRoundidentity3LoneValue: "Invalid Value" alone reads as the
// credential only when the credential was the request's one value.
func TestRoundidentity3LoneValue(t *testing.T) {
	q := apiKey("GOOGLE_ACCESS_TOKEN", "ya29.a0AfH6SMBq7Wm2Lk9Xz4Rt8", "", "access_token")
	runPathReadings(t, []pathReading{
		{"/oauth2/v2/tokeninfo", readingCase{"Invalid Value, the token alone in the query", 400, nil, `{"error_description":"Invalid Value"}`, q, CredentialRejected, nil}},
		{"/v1/check", readingCase{"The value is invalid., the token alone", 400, nil, `{"message":"The value is invalid."}`, q, CredentialRejected, nil}},
		{"/oauth2/v2/tokeninfo", readingCase{"Wrong value, the token alone", 400, nil, `{"error_description":"Wrong value"}`, q, CredentialRejected, nil}},
		{"/v1/search?q=shoes", readingCase{"Invalid Value beside another parameter is not the token", 400, nil, `{"error_description":"Invalid Value"}`, q, "", nil}},
		{"/oauth2/v2/tokeninfo", readingCase{"Invalid value for a named field is not the token", 400, nil, `{"message":"Invalid value for field 'limit'"}`, q, "", nil}},
	})
}

// TestRoundidentity3TokenReadings: the token endpoint's readings the round
// added, paraphrased, with their neighbours.
func TestRoundidentity3TokenReadings(t *testing.T) {
	const src = "https://example.com/paraphrase"
	runTokenCases(t, []tokenCase{
		// The client itself disabled or deleted.
		{src: src, name: "the client is disabled", status: 401, body: `{"error":"unauthorized_client","error_description":"The client is disabled"}`, want: CredentialRejected},
		{src: src, name: "the OAuth client was deleted", status: 401, body: `{"error":"invalid_request","error_description":"The OAuth client was deleted."}`, want: CredentialRejected},
		{src: src, name: "application 'x' has been deactivated", status: 400, body: `{"error":"unauthorized_client","error_description":"Application 'billing-sync' has been deactivated"}`, want: CredentialRejected},
		{src: src, name: "a grant type disabled for the client is a permission", status: 400, body: `{"error":"unauthorized_client","error_description":"The client_credentials grant type is disabled for this client"}`, want: PermissionDenied},
		// The tenant or realm in the URL does not exist.
		{src: src, name: "Realm does not exist", status: 404, body: `{"error":"Realm does not exist"}`, want: EndpointNotFound},
		{src: src, name: "tenant id is not valid", status: 400, body: `{"error":"invalid_request","error_description":"The tenant id 'contoso-dev' is not valid"}`, want: EndpointNotFound},
		{src: src, name: "invalid_tenant code", status: 400, body: `{"error":"invalid_tenant","error_description":"The directory was not found."}`, want: EndpointNotFound},
		{src: src, name: "a user not found in the tenant is not the tenant", status: 400, body: `{"error":"invalid_grant","error_description":"The user account does not exist in the tenant directory"}`, want: CredentialRejected},
		// A fresh token asked for after a grant expired by revocation.
		{src: src, name: "grant revoked, a new token is required", status: 400, body: `{"error":"invalid_grant","error_description":"The grant has expired because it was revoked; a new token is required."}`, want: TokenExpired},
		{src: src, name: "a revoked grant alone stays revoked", status: 400, body: `{"error":"invalid_grant","error_description":"The grant has been revoked"}`, want: CredentialRejected},
		// The user must sign in again.
		{src: src, name: "reauthentication required", status: 400, body: `{"error":"invalid_grant","error_description":"Reauthentication required for this account"}`, want: PermissionDenied},
		{src: src, name: "the user must reauthenticate", status: 400, body: `{"error":"invalid_grant","error_description":"The user must reauthenticate"}`, want: PermissionDenied},
		// The body said to need the client's secret or assertion.
		{src: src, name: "body must include client_secret", status: 401, body: `{"error":"invalid_client","error_description":"The request body must include client_secret"}`, want: CredentialInWrongPlace},
		{src: src, name: "a body missing grant_type is not the secret's place", status: 400, body: `{"error":"invalid_request","error_description":"The request body must contain the following parameter: 'grant_type'."}`, want: CredentialRejected},
	})
}
