package diagnose

import (
	"testing"
	"time"
)

// TestRoundauthsaasReadings: the readings the identity-products round
// added, each in words other servers use for the same thing, with the
// neighbour it must leave alone.
func TestRoundauthsaasReadings(t *testing.T) {
	const src = "https://example.com/paraphrase"
	runTokenCases(t, []tokenCase{
		// The client's credentials sent in more than one place at once.
		{src: src, name: "multiple client authentication methods", status: 400, body: `{"error":"invalid_request","error_description":"Multiple client authentication methods were used"}`, want: CredentialInWrongPlace},
		{src: src, name: "credentials both in the header and the body", status: 400, body: `{"error":"invalid_client","error_description":"The client credentials were supplied both in the Authorization header and in the request body"}`, want: CredentialInWrongPlace},
		{src: src, name: "only one authentication mechanism", status: 400, body: `{"error":"invalid_request","error_description":"Only one client authentication mechanism may be used per request"}`, want: CredentialInWrongPlace},
		{src: src, name: "multiple values of a parameter are no credentials", status: 400, body: `{"error":"invalid_request","error_description":"Multiple values for parameter scope"}`, want: CredentialRejected},
		// The secret said not found where the endpoint looks (authspec
		// sent it).
		{src: src, name: "client_secret is missing", status: 401, body: `{"error":"invalid_client","error_description":"client_secret is missing"}`, want: CredentialInWrongPlace},
		{src: src, name: "no client credentials found in the request", status: 400, body: `{"error":"invalid_request","error_description":"No client credentials found in the request"}`, want: CredentialInWrongPlace},
		{src: src, name: "missing client secret", status: 401, body: `{"error":"invalid_client","error_description":"Missing client secret"}`, want: CredentialInWrongPlace},
		{src: src, name: "a client or secret not found was looked up", status: 400, body: `{"error":"invalid_client","error_description":"client secret not found for this client_id"}`, want: CredentialRejected},
		{src: src, name: "client credentials not in the Authorization header or body", status: 401, body: `{"error":"invalid_client","error_description":"client_id not found in the authorization header or form"}`, want: CredentialInWrongPlace},
		{src: src, name: "an invalid client secret is refused, not misplaced", status: 401, body: `{"error":"invalid_client","error_description":"Invalid client secret"}`, want: CredentialRejected},
		// The client is registered for a client assertion (a signed JWT).
		{src: src, name: "client_assertion is required", status: 401, body: `{"error":"invalid_client","error_description":"client_assertion is required for this client"}`, want: CredentialInWrongPlace},
		{src: src, name: "configured for private_key_jwt", status: 401, body: `{"error":"invalid_client","error_description":"The client is configured for private_key_jwt authentication"}`, want: CredentialInWrongPlace},
		{src: src, name: "an assertion said invalid is refused", status: 401, body: `{"error":"invalid_client","error_description":"The client_assertion signature is invalid"}`, want: CredentialRejected},
		// A 5xx with the server's own code is its failure; a refusal code
		// on a 5xx still refuses.
		{src: src, name: "500 internal_error", status: 500, body: `{"error":"internal_error","error_description":"Unexpected condition"}`, want: ""},
		{src: src, name: "503 unknown_error", status: 503, body: `{"error":"unknown_error"}`, want: ""},
		{src: src, name: "500 invalid_client still refuses", status: 500, body: `{"error":"invalid_client","error_description":"Invalid client credentials"}`, want: CredentialRejected},
		// The account has steps to finish before it may sign in.
		{src: src, name: "account setup is not complete", status: 400, body: `{"error":"invalid_grant","error_description":"Account setup is not complete"}`, want: PermissionDenied},
		{src: src, name: "pending required actions", status: 400, body: `{"error":"invalid_grant","error_description":"User has pending required actions"}`, want: PermissionDenied},
		{src: src, name: "must change the password first", status: 400, body: `{"error":"access_denied","error_description":"The user must change their password before signing in"}`, want: PermissionDenied},
		{src: src, name: "invalid user credentials stay refused", status: 401, body: `{"error":"invalid_grant","error_description":"Invalid user credentials"}`, want: CredentialRejected},
		// A known client or user not allowed, said without an OAuth code.
		{src: src, name: "client is not allowed to request tokens", status: 400, body: `{"message":"Client is not allowed to request tokens"}`, want: PermissionDenied},
		{src: src, name: "application not permitted to obtain tokens", status: 403, body: `{"error_description":"The application is not permitted to obtain tokens for this audience"}`, want: PermissionDenied},
		{src: src, name: "a wrong password said in AWS's shape is refused", status: 400, body: `{"__type":"NotAuthorizedException","message":"Incorrect username or password."}`, want: CredentialRejected},
		{src: src, name: "not authorized, with the secret named, is refused", status: 401, body: `{"error":"invalid_client","error_description":"Client is not authorized: invalid client secret"}`, want: CredentialRejected},
	})

	now := time.Now()
	jwt := bearer("ACCESS_TOKEN", makeJWT(map[string]any{"iss": "https://idp.example.com", "aud": "api", "sub": "svc", "exp": now.Add(time.Hour).Unix()}))
	tok := bearer("API_TOKEN", "tok_7Hq2LmN9pR4sT6vX8zB1cD3f")
	sigv4 := headerCred("Authorization", "AWS_SIGNATURE", "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20260101/us-east-1/cognito-idp/aws4_request, SignedHeaders=host;x-amz-date;x-amz-target, Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7")
	runReadings(t, []readingCase{
		// A JWT claim named as the one that failed validation.
		{"jose: unexpected aud claim value", 401, nil, `{"message":"JWTClaimValidationFailed: unexpected \"aud\" claim value"}`, jwt, JWTWrongAudience, nil},
		{"aud claim check failed", 401, nil, `{"error":"invalid_token","error_description":"aud claim check failed"}`, jwt, JWTWrongAudience, nil},
		{"a failed iss claim is the issuer", 401, nil, `{"message":"Unauthorized.","code":"auth.unauthorized","data":{"code":"ERR_JWT_CLAIM_VALIDATION_FAILED","name":"JWTClaimValidationFailed","claim":"iss","reason":"check_failed"}}`, jwt, JWTWrongIssuer, nil},
		{"a failed exp claim is no audience", 401, nil, `{"message":"Unauthorized.","code":"auth.unauthorized","data":{"code":"ERR_JWT_EXPIRED","name":"JWTExpired","claim":"exp","reason":"check_failed"}}`, jwt, CredentialRejected, []string{JWTWrongAudience, JWTWrongIssuer}},
		// The operation said unauthorized, adjective first.
		{"unauthorized action in a 200 envelope", 200, nil, `{"status":"error","msg":"Unauthorized action"}`, tok, PermissionDenied, nil},
		{"forbidden operation", 403, nil, `{"error":"Forbidden operation"}`, tok, PermissionDenied, nil},
		{"unauthorized operation, then who and what", 403, nil, `{"message":"Unauthorized operation: user alice may not delete organizations"}`, tok, PermissionDenied, nil},
		{"an unauthorized request is the credential's", 401, nil, `{"status":"error","msg":"Unauthorized request"}`, tok, CredentialRejected, nil},
		// Permission denied on a 400.
		{"permission denied in an errors list on a 400", 400, nil, `{"errors":["permission denied"]}`, tok, PermissionDenied, nil},
		{"Permission denied as the error on a 400", 400, nil, `{"error":"Permission denied"}`, tok, PermissionDenied, nil},
		{"permission denied with a label and a request id on a 400", 400, nil, `{"errors":["Bad Request: permission denied (request id: 5d4d9a3c-601e-0045)"]}`, tok, PermissionDenied, nil},
		{"permission denied, then a help link, on a 400", 400, nil, `{"message":"Permission denied. See https://docs.example.com/errors for details."}`, tok, PermissionDenied, nil},
		{"a label before a store's permission denied is still the store's", 400, nil, `{"errors":["Error: permission denied for relation users"]}`, tok, "", []string{PermissionDenied}},
		{"a missing field on a 400 is no refusal", 400, nil, `{"errors":["missing required field 'name'"]}`, tok, "", []string{PermissionDenied, CredentialRejected}},
		// AWS's JSON protocol: the exception type names the refusal.
		{"AccessDeniedException for a signed caller, no policy allows", 400, jsonCT(), `{"__type":"AccessDeniedException","message":"User: arn:aws:sts::123456789012:assumed-role/ci/session is not authorized to perform: cognito-idp:ListUsers on resource: arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_Ab12 because no identity-based policy allows the cognito-idp:ListUsers action"}`, sigv4, PermissionDenied, nil},
		{"an explicit deny to anonymous in a 403, nothing sent", 403, jsonCT("x-amzn-ErrorType", "AccessDeniedException"), `{"Message":"User: anonymous is not authorized to perform: execute-api:Invoke on resource: arn:aws:execute-api:us-east-1:123456789012:a1b2c3/prod/GET/items with an explicit deny"}`, nil, PermissionDenied, nil},
		{"anonymous not authorized, no deny named, nothing sent", 403, jsonCT("x-amzn-ErrorType", "AccessDeniedException"), `{"Message":"User: anonymous is not authorized to perform: execute-api:Invoke on resource: arn:aws:execute-api:us-east-1:123456789012:a1b2c3/prod/GET/items"}`, nil, NoCredentialsSent, nil},
		{"permission denied for a table on a 400 is the store's", 400, nil, `{"errors":["permission denied for relation users"]}`, tok, "", []string{PermissionDenied}},
		{"a pool that does not exist is no refusal", 400, jsonCT(), `{"__type":"ResourceNotFoundException","message":"User pool us-east-1_Ab12 does not exist."}`, sigv4, "", []string{PermissionDenied, CredentialRejected}},
	})
}
