package diagnose

import "testing"

// TestRoundfamous2Readings: the readings the roundfamous2 round added,
// each in words another server could send for the same thing, with the
// neighbour it must leave alone.
func TestRoundfamous2Readings(t *testing.T) {
	sig := headerCred("Authorization", "AWS_SIGV4", "AWS4-HMAC-SHA256 Credential=AKIAQ3EGT7EXAMPLE4RD/20240101/us-east-1/sts/aws4_request, SignedHeaders=host;x-amz-date, Signature=9c1f5e2a7b3d4c6e8f0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f6a")
	tok := bearer("ACCESS_TOKEN", "tk_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4")
	key := apiKey("API_KEY", "ak_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4", "X-API-Key", "")
	raw := headerCred("Authorization", "API_TOKEN", "Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4Rf7")
	runReadings(t, []readingCase{
		// A signature's credential scope names another region.
		{"credential must be scoped to a valid region", 403, nil, `{"message":"The credential must be scoped to a valid region."}`, sig, RegionMismatch, nil},
		{"signature should be scoped to the correct region", 403, nil, `{"error":"Signature should be scoped to the correct region for this endpoint"}`, sig, RegionMismatch, nil},
		{"credential scope's region does not match", 400, nil, `{"message":"The credential scope's region 'us-east-1' does not match the endpoint's region 'eu-central-1'."}`, sig, RegionMismatch, nil},
		// (The 403's own reading; what matters is that it is no region.)
		{"a scope of another service is no region", 403, nil, `{"message":"Credential should be scoped to correct service: 'execute-api'. "}`, sig, PermissionDenied, []string{RegionMismatch}},
		// A token or assertion outside its time window.
		{"token not valid at this time", 401, nil, `{"error":"The token is not valid at this time."}`, tok, TokenExpired, nil},
		{"token outside its validity period", 401, nil, `{"message":"Access token is outside its validity period"}`, tok, TokenExpired, nil},
		{"a token not valid with no time is refused", 401, nil, `{"message":"The authorization token is not valid."}`, tok, CredentialRejected, []string{TokenExpired}},
		// A whole kind of credential switched off by the organisation.
		{"classic tokens forbidden from accessing this organization", 403, nil, `{"message":"Personal access tokens (classic) are forbidden from accessing this organization."}`, tok, DeprecatedAuthMethod, nil},
		{"workspace does not allow access with app passwords", 403, nil, `{"type":"error","error":{"message":"This workspace does not allow access with app passwords."}}`, tok, DeprecatedAuthMethod, nil},
		{"a kind refused under a condition stays a permission", 403, nil, `{"message":"The 'acme' organization forbids access via a fine-grained personal access tokens if the token's lifetime is greater than 30 days."}`, tok, PermissionDenied, []string{DeprecatedAuthMethod}},
		// The headers a credential may come in, said missing.
		{"either X-API-Key or Authorization header is missing, nothing sent", 401, nil, `{"error":"Either X-API-Key or Authorization header is missing"}`, nil, NoCredentialsSent, nil},
		{"missing Authorization or X-Auth-Token headers, a bare token sent", 400, nil, `{"message":"Missing Authorization or X-Auth-Token headers"}`, raw, PrefixMissing, nil},
		{"missing content-type or accept headers is no credential", 400, nil, `{"message":"Missing Content-Type or Accept headers"}`, key, "", []string{NoCredentialsSent, CredentialInWrongPlace}},
		// A proof the server could not verify (late).
		{"failed to verify the request signature", 401, nil, `{"error":"Failed to verify the request signature"}`, sig, CredentialRejected, nil},
		{"could not validate the client secret, on a 400", 400, nil, `{"code":"NotAuthorized","message":"Could not validate the client secret"}`, tok, CredentialRejected, nil},
		{"unable to verify an email address is the body's", 400, nil, `{"message":"Unable to verify email address"}`, tok, "", []string{CredentialRejected}},
		// A key whose API restrictions leave this API out.
		{"requests to this API are blocked", 403, nil, `{"error":{"code":403,"message":"Requests to this API translate.googleapis.com method google.cloud.translation.v3.TranslationService.TranslateText are blocked.","status":"PERMISSION_DENIED"}}`, key, PermissionDenied, []string{ReferrerRestricted}},
	})
	const src = "https://example.com/paraphrase"
	runTokenCases(t, []tokenCase{
		// An assertion outside its valid time range.
		{src: src, name: "client assertion outside its validity window", status: 400, body: `{"error":"invalid_client","error_description":"The client assertion is outside of its validity window."}`, want: TokenExpired},
		{src: src, name: "an invalid client assertion is refused", status: 401, body: `{"error":"invalid_client","error_description":"Client assertion contains an invalid signature."}`, want: CredentialRejected},
		// A tenant policy that refuses to issue the token.
		{src: src, name: "denied by the organization's security policy", status: 400, body: `{"error":"access_denied","error_description":"Sign-in denied by the organization's security policy."}`, want: PermissionDenied},
		{src: src, name: "policy does not allow token issuance", status: 400, body: `{"error":"invalid_grant","error_description":"The sign-in policy does not allow token issuance for this client."}`, want: PermissionDenied},
		{src: src, name: "a password against the password policy is refused", status: 400, body: `{"error":"invalid_grant","error_description":"Invalid username or password."}`, want: CredentialRejected},
	})
}
