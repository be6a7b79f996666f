package diagnose

import "testing"

// TestRoundiotcdnReadings: the readings the roundiotcdn round added or
// widened, each in words another server could send for the same thing,
// with the neighbour it must leave alone.
func TestRoundiotcdnReadings(t *testing.T) {
	tok := bearer("ACCESS_TOKEN", "tk_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4")
	pair := headerValues("api_pair", "API_USER", "X-Api-User", "ops@example.org", "API_KEY", "X-Api-Key", "Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2")
	cfPair := headerValues("global_key", "CF_EMAIL", "X-Auth-Email", "ops@example.org", "CF_KEY", "X-Auth-Key", "c2547eb745079dac9320b638f5e225cf483cc")
	signedHeader := headerValues("signed", "APP_KEY", "X-App-Key", "ak_Q7wZp2Lx9Rt3Vb8Nc1Mf6", "APP_SIGN", "X-Signature", "9f3c1e2a7b5d4c6e8f0a1b3c5d7e9f12")
	signedAuthz := headerCred("Authorization", "HMAC_AUTH", "HMAC-SHA256 keyId=k_7Rt3Vb8Nc1;timestamp=20250103T07:47:33+0000;signature=c7t85HBImm5IW/uzg0gQyzhDkxFCHCH2cxtJtqdm/wY=")
	signedURL := apiKey("URL_SIGNATURE", "Ph1Plk0Wdvs8jPOV6Jk2E4NHzlaLFPEDy6aYBo3tuKd6vpIXJ8cySpU3up", "", "Signature")
	sigv2 := headerCred("Authorization", "S3_V2", "AWS 8138db3fb539d4af367888cf0518af0f:Wq8ZbV3kLmN0pQrS7tUvXyZa1b0=")
	login := basicCred("ci-bot", "Wq8ZbV3kLmN0pQrS")
	xml := map[string]string{"Content-Type": "application/xml"}
	text := map[string]string{"Content-Type": "text/plain; charset=utf-8"}
	runReadings(t, []readingCase{
		// The format of every header the credential went in said invalid:
		// the values are mistyped, not one in another's header.
		{"every header's format invalid, two messages", 400, nil, `{"errors":[{"message":"Invalid format for X-Api-User header"},{"message":"Invalid format for X-Api-Key header"}]}`, pair, CredentialRejected, []string{CredentialInWrongPlace}},
		{"every header malformed, other words", 400, nil, `{"error":"x-api-user header is malformed; x-api-key header is in an invalid format"}`, pair, CredentialRejected, []string{CredentialInWrongPlace}},
		{"one of two headers faulted stays the place's", 400, nil, `{"success":false,"errors":[{"code":6003,"message":"Invalid request headers","error_chain":[{"code":6103,"message":"Invalid format for X-Auth-Key header"}]}]}`, cfPair, CredentialInWrongPlace, nil},
		// A signed request's time said invalid in bare words.
		{"invalid timestamp to a signature in Authorization", 400, nil, `{"title":"Bad request","status":400,"detail":"Invalid timestamp"}`, signedAuthz, CredentialRejected, nil},
		{"request timestamp not valid to a signature header", 401, nil, `{"message":"Request timestamp is not valid"}`, signedHeader, CredentialRejected, nil},
		{"request time invalid under success false", 200, nil, `{"success":false,"code":1013,"msg":"request time is invalid"}`, signedHeader, CredentialRejected, nil},
		{"invalid timestamp to a bearer token is the data's", 400, nil, `{"error":"Invalid timestamp"}`, tok, "", []string{CredentialRejected}},
		{"a data field's timestamp to a signed request", 400, nil, `{"error":"start timestamp is invalid"}`, signedHeader, "", []string{CredentialRejected}},
		// A signed URL's policy or signature unreadable.
		{"malformed policy to a signed URL", 403, xml, `<?xml version="1.0" encoding="UTF-8"?><Error><Code>MalformedPolicy</Code><Message>Malformed Policy</Message></Error>`, signedURL, CredentialRejected, nil},
		{"could not decode the signature", 401, nil, `{"error":"Could not decode the signature"}`, signedURL, CredentialRejected, nil},
		{"a policy document's syntax on a 400 is data", 400, xml, `<ErrorResponse><Error><Type>Sender</Type><Code>MalformedPolicyDocument</Code><Message>Syntax errors in policy.</Message></Error></ErrorResponse>`, signedURL, "", []string{CredentialRejected}},
		// An access exception whose own words refuse the credential.
		{"unauthorized access exception with a bad signature", 401, nil, `{"Message":"Unauthorized","ExceptionMessage":"System.UnauthorizedAccessException: The specified token has an invalid signature."}`, tok, CredentialRejected, nil},
		{"access exception with the key expired", 403, nil, `{"exception":"AccessControlException","message":"The API key is expired"}`, tok, CredentialRejected, nil},
		{"an access control exception alone stays a permission", 403, nil, `{"exception":"webservice_access_exception","message":"Access control exception"}`, tok, PermissionDenied, nil},
		// The request said not authenticated.
		{"unable to authenticate request", 400, nil, `{"success":false,"errors":[{"code":10001,"message":"Unable to authenticate request"}]}`, tok, CredentialRejected, nil},
		{"could not authenticate the request with the token", 403, nil, `{"error":"Could not authenticate the request with the token provided"}`, tok, CredentialRejected, nil},
		{"the server's own call upstream", 502, text, "Failed to authenticate request to the upstream database\n", tok, "", []string{CredentialRejected}},
		// A version of a signing scheme said not supported.
		{"sigv2 not supported, use sigv4", 401, xml, `<Error><Code>Unauthorized</Code><Message>SigV2 authorization is not supported. Please use SigV4 instead.</Message></Error>`, sigv2, DeprecatedAuthMethod, nil},
		{"signature version 2 not accepted", 400, xml, `<Error><Code>InvalidRequest</Code><Message>Signature Version 2 is not accepted; sign requests with Version 4.</Message></Error>`, sigv2, DeprecatedAuthMethod, nil},
		{"authentication method not supported is no signing version", 401, nil, `{"status":401,"message":"Authentication method not supported","errorCode":10}`, login, CredentialRejected, []string{DeprecatedAuthMethod}},
	})
}
