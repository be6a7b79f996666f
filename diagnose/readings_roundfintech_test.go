package diagnose

import "testing"

// TestRoundfintechReadings: the readings the fintech round added, each in
// words another server could send for the same thing, with the neighbour
// it must leave alone.
func TestRoundfintechReadings(t *testing.T) {
	tok := bearer("API_TOKEN", "opq_7Hd92kLmQ4pXrT")
	key := apiKey("API_KEY", "key_9f8e7d6c5b4a3210", "X-Api-Key", "")
	text := map[string]string{"Content-Type": "text/plain; charset=utf-8"}
	runReadings(t, []readingCase{
		// Scopes said missing or invalid for the endpoint in one breath.
		{"missing or invalid scopes for the endpoint", 401, nil, `{"code":"InvalidScopes","message":"Missing or invalid scopes for requested endpoint."}`, tok, ServerInsufficientScope, nil},
		{"missing or insufficient scope", 403, nil, `{"error":"forbidden","message":"Missing or insufficient scope for this operation"}`, tok, ServerInsufficientScope, nil},
		{"missing or bad scopes", 401, nil, `{"message":"Missing or bad scopes for requested endpoint."}`, tok, ServerInsufficientScope, nil},
		{"a missing scope parameter at a form is no token's", 400, nil, `{"error":"validation_failed","message":"scope parameter is required"}`, tok, "", []string{ServerInsufficientScope}},
		// The roles that may do it, named to a caller that is not one.
		{"must be cash admin, bookkeeper or user", 401, nil, `{"type":"UNAUTHORIZED","message":"Must be cash admin, bookkeeper or user."}`, tok, PermissionDenied, nil},
		{"must be an owner or admin", 403, nil, `{"error":"Must be an owner or admin to change billing"}`, tok, PermissionDenied, nil},
		{"only admins, clerks and bookkeepers can access", 401, nil, `{"message":"Only account admin, ap clerks and bookkeepers can access contacts"}`, tok, PermissionDenied, nil},
		{"only owners or managers may delete", 403, nil, `{"message":"Only owners or billing managers may delete the workspace"}`, tok, PermissionDenied, nil},
		{"a field that must be a valid id is the data's", 400, nil, `{"message":"Validation failed","errors":{"owner_id":"owner_id must be a valid admin id"}}`, tok, "", []string{PermissionDenied}},
		// A product or feature the client was not given.
		{"unauthorized product", 401, nil, `{"error":"unauthorized product","code":1104}`, key, PermissionDenied, nil},
		{"client does not have access to this product", 403, nil, `{"message":"Your client ID does not have access to this product."}`, key, PermissionDenied, nil},
		{"feature not enabled for your account", 403, nil, `{"error":"This feature is not enabled for your account"}`, key, PermissionDenied, nil},
		{"a product not found is data", 404, nil, `{"error":"Product not found"}`, key, "", []string{PermissionDenied}},
		// An opaque token said expired, with words between it and the verb.
		{"the token being passed has expired or is invalid", 401, nil, `{"error":"The access token being passed has expired or is invalid."}`, tok, TokenExpired, nil},
		{"the session being used has expired", 401, nil, `{"message":"The session being used has expired, sign in again"}`, tok, TokenExpired, nil},
		{"expired or with an invalid signature is two faults", 401, nil, `{"error":"Token has expired or signature is invalid"}`, tok, CredentialRejected, []string{TokenExpired}},
		// Money or holdings short for an order: the business's answer.
		{"insufficient buying power", 403, nil, `{"code":40310000,"message":"insufficient buying power"}`, key, "", nil},
		{"insufficient shares to sell", 403, nil, `{"error":"Order rejected: insufficient shares available"}`, key, "", nil},
		{"buying power is insufficient", 403, nil, `{"success":false,"code":"trade.DAY_BUYING_POWER_INSUFFICIENT","msg":"Buying power is insufficient, please cancel open buy orders"}`, key, "", nil},
		{"insufficient permissions stays a permission", 403, nil, `{"message":"insufficient permissions for this order"}`, key, PermissionDenied, nil},
		// The API version the request must name.
		{"missing or invalid API version", 406, nil, `{"code":"InvalidVersion","message":"Missing or invalid API version."}`, tok, RequiredHeaderMissing, nil},
		{"API version header is required", 400, nil, `{"error":"API version header is required"}`, tok, RequiredHeaderMissing, nil},
		{"missing or wrong API version", 406, nil, `{"code":"InvalidVersion","message":"Missing or wrong API version."}`, tok, RequiredHeaderMissing, nil},
		{"no API version", 400, nil, `{"message":"No API version specified"}`, tok, RequiredHeaderMissing, nil},
		{"an API version sent in the wrong format is the value's", 406, nil, "{\"errors\":[{\"category\":\"invalid_api_version\",\"message\":\"Invalid API Version `23`. Expected format: YYYY-MM-DD\"}]}", tok, "", []string{RequiredHeaderMissing}},
		{"a document's version field is data", 400, nil, `{"message":"Invalid version: 3"}`, tok, "", []string{RequiredHeaderMissing}},
		// A weighted limit and the timed ban of the address after it.
		{"too much request weight, 418", 418, nil, `{"code":-1003,"msg":"Way too much request weight used; IP banned until 1660090423228."}`, key, RateLimited, nil},
		{"request weight exceeded", 403, nil, `{"error":"Request weight limit exceeded for this minute"}`, key, RateLimited, nil},
		{"IP address temporarily banned until", 418, text, "IP address temporarily banned until 2031-01-01T00:00:00Z\n", key, RateLimited, nil},
		{"an IP not allowed is the allowlist's", 403, nil, `{"error":"IP address not allowed"}`, key, IPRestricted, []string{RateLimited}},
		// A 200 whose status flag says error, its text under a hyphenated
		// or underscored err key; an address refused there is the
		// allowlist's, as in a 401 or 403.
		{"status error, err-msg signature", 200, nil, `{"status":"error","err-code":"api-signature-not-valid","err-msg":"Signature not valid: Verification failure","data":null}`, key, CredentialRejected, nil},
		{"status fail, err_msg invalid key", 200, nil, `{"status":"fail","err_msg":"Invalid API key"}`, key, CredentialRejected, nil},
		{"status ok beside an empty err-msg is a success", 200, nil, `{"status":"ok","err-msg":"","data":[]}`, key, "", nil},
		{"incorrect IP address in a 200 error", 200, nil, `{"status":"error","err-code":"api-signature-not-valid","err-msg":"Signature not valid: Incorrect IP address:203.0.113.7","data":null}`, key, IPRestricted, nil},
		{"unauthorized IP address beside success false", 200, nil, `{"success":false,"message":"Unauthorized IP address"}`, key, IPRestricted, nil},
		{"an invalid IP address field in a 400 is the data's", 400, nil, `{"error":"validation_failed","message":"Invalid IP address: 999.1.1.1"}`, key, "", []string{IPRestricted}},
		// An access key said invalid, whatever envelope carries it.
		{"invalid ACCESS_KEY under data", 400, nil, `{"data":{"message":"Invalid ACCESS_KEY"},"status":"error"}`, key, CredentialRejected, nil},
		{"invalid access key, 401", 401, nil, `{"error":"Invalid access key"}`, key, CredentialRejected, nil},
		{"an access key id field is the data's", 400, nil, `{"message":"Validation failed: access_key_id must be 20 characters"}`, key, "", []string{CredentialRejected}},
		// An Authorization header faulted, to a request that sent none.
		{"missing or invalid Authorization header, nothing sent", 401, nil, `{"code":"InvalidCredentials","message":"Missing or invalid Authorization header."}`, nil, NoCredentialsSent, nil},
		{"malformed Authorization header, nothing sent", 401, nil, `{"message":"Authorization header is malformed"}`, nil, NoCredentialsSent, nil},
		{"malformed Authorization header to a bare token stays its shape", 401, nil, `{"message":"Authorization header is malformed"}`, headerCred("Authorization", "API_TOKEN", "opq_7Hd92kLmQ4pXrT"), PrefixMissing, nil},
	})
}

// TestRoundfintechSecondFactorHeaders: a second factor asked in headers
// named for it, whatever the body says; a header of another name, or one
// with no value, asks for nothing.
func TestRoundfintechSecondFactorHeaders(t *testing.T) {
	tok := bearer("API_TOKEN", "opq_7Hd92kLmQ4pXrT")
	runReadings(t, []readingCase{
		{"a one-time token to sign, 403", 403, jsonCT("X-2FA-Approval-Result", "REJECTED", "X-2FA-Approval", "be2f6579-9426-480b-9cb7-d8f1116cc8b9"), "", tok, RequiredHeaderMissing, nil},
		{"an OTP required header, 401", 401, jsonCT("X-GitHub-OTP", "required; app"), `{"message":"Must specify two-factor authentication OTP code."}`, basicCred("octocat", "Wq8ZbV3kLmN0pQrS"), RequiredHeaderMissing, nil},
		{"an MFA challenge header, 401", 401, jsonCT("X-MFA-Challenge", "totp"), `{"error":"unauthorized"}`, tok, RequiredHeaderMissing, nil},
		{"nothing sent: the credential first", 401, jsonCT("X-OTP", "required"), `{"error":"unauthorized"}`, nil, NoCredentialsSent, nil},
		{"an empty OTP header asks nothing", 403, jsonCT("X-OTP", ""), `{"message":"Forbidden"}`, tok, PermissionDenied, []string{RequiredHeaderMissing}},
		{"a header that only contains the letters", 403, jsonCT("X-Hotplug-Id", "7"), `{"message":"Forbidden"}`, tok, PermissionDenied, []string{RequiredHeaderMissing}},
	})
}
