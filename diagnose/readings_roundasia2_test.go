package diagnose

import "testing"

// TestRoundasia2Readings: the readings the roundasia2 round added, each in
// words another server could send for the same thing, with the neighbour
// it must leave alone.
func TestRoundasia2Readings(t *testing.T) {
	tok := bearer("ACCESS_TOKEN", "tk_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4")
	jwtTok := bearer("JWT", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJzdmMifQ.c2lnbmF0dXJlLW5vdC1yZWFs")
	inHeader := apiKey("API_KEY", "ak_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4", "X-Api-Key", "")
	inQuery := apiKey("API_KEY", "ak_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4", "", "api_key")
	signed := headerCred("Authorization", "SIGNED_AUTH", "HMAC-SHA256 Credential=AK7Q2LX9/20240128/svc/request, SignedHeaders=host, Signature=5f3c9e1a7b2d4c6e8f0a1b3c5d7e9f12")
	basicNoColon := headerCred("Authorization", "BASIC_VALUE", "Basic dGVzdF9za196WExrS0V5cE5BcldtbzUwblgz")
	runReadings(t, []readingCase{
		// A base response object beside the data, the RPC framework's
		// status struct, read as an envelope in a 200.
		{"base_resp with a refused key", 200, nil, `{"data":null,"base_resp":{"status_code":1004,"status_msg":"authentication failed: invalid api key"}}`, tok, CredentialRejected, nil},
		{"BaseResp StatusCode and StatusMessage", 200, nil, `{"BaseResp":{"StatusCode":401,"StatusMessage":"invalid token"}}`, tok, CredentialRejected, nil},
		{"base_resp success passes", 200, nil, `{"data":{"id":"task_1"},"base_resp":{"status_code":0,"status_msg":"success"}}`, tok, "", nil},
		{"base_resp about a parameter passes", 200, nil, `{"base_resp":{"status_code":2013,"status_msg":"invalid params, model is required"}}`, tok, "", nil},
		// The Authorization header named as where the key is to be carried,
		// the key having gone elsewhere.
		{"put the secret key in the 'Authorization' field, key in a header", 401, nil, `{"error":"Please put your secret key in the 'Authorization' field"}`, inHeader, CredentialInWrongPlace, nil},
		{"send the token in the Authorization field, key in the query", 200, nil, `{"success":false,"message":"Send the access token in the Authorization field of the request header."}`, inQuery, CredentialInWrongPlace, nil},
		{"the same words to a token sent there are no wrong place", 401, nil, `{"error":"Please put your secret key in the 'Authorization' field"}`, tok, CredentialRejected, []string{CredentialInWrongPlace}},
		// "Not found … or permission denied" on a 404: the 404 that hides.
		{"not found: a model, or no permission", 404, nil, `{"error":"Not found: model llama-3-70b, or no permission"}`, tok, NotFoundHidesPermission, nil},
		{"dataset not found, or permission denied", 404, nil, `{"message":"Dataset ds_42 not found, or permission denied"}`, tok, NotFoundHidesPermission, nil},
		{"a bare model not found is data", 404, nil, `{"message":"Model not found. Check the model name."}`, tok, "", []string{NotFoundHidesPermission}},
		// A signature said expired beside the request's time against the
		// server's, or the advice to sync the clock: the signed request's
		// timestamp, not a token to refresh.
		{"signature expired, timestamp differs from server time", 401, nil, `{"message":"Signature expired: the difference between the request timestamp and the server time exceeds 15 minutes"}`, signed, CredentialRejected, nil},
		{"request signature expired, enable NTP", 403, nil, `{"error":"SignatureExpired","message":"Request signature expired. Please enable NTP on your host."}`, signed, CredentialRejected, nil},
		{"a JWT's signature has expired stays the token's", 401, nil, `{"detail":"Signature has expired"}`, jwtTok, TokenExpired, nil},
		// A credential parameter named with its underscore, said required.
		{"access_token is required, nothing sent", 400, nil, `{"error":"access_token is required"}`, nil, NoCredentialsSent, nil},
		{"bearer_token is required on a 400, nothing sent", 400, nil, `{"message":"bearer_token is required"}`, nil, NoCredentialsSent, nil},
		{"a refresh_token required is a token endpoint's field", 400, nil, `{"error":"refresh_token is required"}`, nil, "", []string{NoCredentialsSent}},
		// The caller's key said not found or not configured.
		{"secret key not configured for the merchant", 400, nil, `{"message":"Secret key not configured for the merchant"}`, tok, CredentialRejected, nil},
		{"signing key not found for the partner", 400, nil, `{"code":"KEY_ERROR","message":"Signing key not found for the partner"}`, signed, CredentialRejected, nil},
		{"a key not found for a record is data", 404, nil, `{"message":"Key not found for the record 42"}`, tok, "", []string{CredentialRejected}},
		// The account said not in good standing or overdue: billing.
		{"account not in good standing", 400, nil, `{"error":"Your account is not in good standing. Please update your billing details."}`, tok, PermissionDenied, nil},
		{"access denied due to overdue account", 400, nil, `{"message":"Access denied due to overdue account"}`, tok, PermissionDenied, nil},
		{"an account in good standing passes", 200, nil, `{"status":"active","note":"Your account is in good standing."}`, tok, "", nil},
		// A key named by its id, or as the one the caller sent, said
		// switched off.
		{"the access key id you provided is disabled", 403, nil, `{"Code":"AccessDenied","Message":"The access key ID you provided is disabled."}`, signed, CredentialRejected, nil},
		{"the API token that you supplied is suspended", 403, nil, `{"error":"The API token that you supplied is suspended"}`, tok, CredentialRejected, nil},
		{"shared key authentication disabled stays the method's", 403, nil, `{"error":"Shared key authentication is disabled for this storage account"}`, inHeader, DeprecatedAuthMethod, []string{CredentialRejected}},
		// The Basic value's format named wrong, in words or as a code.
		{"invalid Basic auth format on a 403", 403, nil, `{"error":"Invalid Basic auth format"}`, basicNoColon, CredentialRejected, nil},
		{"MALFORMED_BASIC_AUTHORIZATION_HEADER code on a 403", 403, nil, `{"code":"MALFORMED_BASIC_AUTHORIZATION_HEADER","message":"요청을 처리할 수 없습니다."}`, basicNoColon, CredentialRejected, nil},
		{"a basic profile field is data", 400, nil, `{"error":"invalid basic profile: name is required"}`, tok, "", []string{CredentialRejected}},
	})
}
