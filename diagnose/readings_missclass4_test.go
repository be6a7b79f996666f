package diagnose

import "testing"

// TestMissclass4EnvelopeReadings: missclass4's class-wide reading, the
// words of a failed call in a 2xx envelope read in the permission and
// plan families the rules read on any other status (noPermissionWordsPattern,
// planRowPattern, in envelopeRefusal), where a code beside the text says
// the call failed; and the neighbours it must leave alone.
func TestMissclass4EnvelopeReadings(t *testing.T) {
	key := apiKey("API_KEY", "ak_4Rt8Yu2Io6Pa0Sd3Fg7Hj1Kl5Zx9Cv", "X-Api-Key", "")
	runReadings(t, []readingCase{
		// A permission's words under a failed code.
		{"no permission to view under a failed code", 200, nil, `{"code":403001,"msg":"You do not have permission to view this report."}`, key, PermissionDenied, nil},
		{"missing one or more roles under an errcode", 200, nil, `{"errcode":40013,"errmsg":"User is missing one or more roles: ReportViewer"}`, key, PermissionDenied, nil},
		{"beyond the scope of account permissions under a code", 200, nil, `{"code":405,"msg":"Beyond the scope of account permissions."}`, key, PermissionDenied, nil},
		{"outside the scope of your privileges on a 400", 400, nil, `{"message":"This request is outside the scope of your privileges"}`, key, PermissionDenied, nil},
		// A plan's words under a failed code.
		{"plan does not include the endpoint under a code", 200, nil, `{"code":1020,"message":"Your plan does not include access to this endpoint"}`, key, PermissionDenied, nil},
		{"upgrade your plan under a result code", 200, nil, `{"result_code":"9","result_msg":"Please upgrade your plan to use historical data"}`, key, PermissionDenied, nil},
		// A plan's words under a failure flag (Shodan's and GitHub's upsells
		// read nothing there before, listed as known metamorphic changes).
		{"upgrade your plan under success:false", 200, nil, `{"success":false,"error":"Please upgrade your plan to use this endpoint."}`, key, PermissionDenied, nil},
		{"upgrade to pro under ok:false", 200, nil, `{"ok":false,"error":"Upgrade to Pro to access this data"}`, key, PermissionDenied, nil},
		{"a client upgrade under a failure flag is no plan", 200, nil, `{"ok":false,"error":"Upgrade required: please update your client to v3"}`, key, "", []string{PermissionDenied}},
		// Neighbours: money, a scope of data, a field named for a plan or
		// a permission, under the same codes.
		{"insufficient funds under a code is the call's", 200, nil, `{"code":-32000,"message":"insufficient funds for gas * price + value"}`, key, "", []string{PermissionDenied}},
		{"a query beyond a dashboard's scope is data", 200, nil, `{"code":12,"msg":"The date range is beyond the scope of this dashboard"}`, key, "", []string{PermissionDenied}},
		{"a plan name required is a form's field", 200, nil, `{"code":5,"message":"Plan name must not be empty"}`, key, "", []string{PermissionDenied}},
	})
}

// TestMissclass4VerdictReadings: missclass4's other readings, each the
// twin form of one the families held: a credential said unable to reach
// the endpoint (tokenNotForOperationPattern's "not able to query" beside
// "cannot be used for"), access said disallowed only as the alternative
// to the credential's own fault (hedgedPermissionPattern, as "invalid …
// or does not have permission" was), and a daily or request quota said
// reached (limitReachedRE, beside "exceeded your daily request quota").
func TestMissclass4VerdictReadings(t *testing.T) {
	tok := bearer("ACCESS_TOKEN", "tk_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4")
	key := apiKey("API_KEY", "ak_4Rt8Yu2Io6Pa0Sd3Fg7Hj1Kl5Zx9Cv", "X-Api-Key", "")
	text := map[string]string{"Content-Type": "text/plain"}
	runReadings(t, []readingCase{
		{"a token not able to query this endpoint on a 401", 401, nil, `{"error":{"code":"UNAUTHORIZED_ACCESS_TOKEN","description":"The access token provided is not currently able to query this endpoint."}}`, tok, PermissionDenied, nil},
		{"a key that cannot access this API on a 401", 401, nil, `{"message":"This API key cannot access this API."}`, key, PermissionDenied, nil},
		{"a token unable to call the method on a 400", 400, nil, `{"error":"Your token is unable to call this method"}`, tok, PermissionDenied, nil},
		{"a token that cannot be verified stays refused", 401, nil, `{"error":"The access token provided cannot be verified"}`, tok, CredentialRejected, []string{PermissionDenied}},
		{"an id token unable to access the resource is the request's data", 400, nil, `{"error":"The page token is unable to access this resource twice"}`, tok, "", []string{PermissionDenied}},
		{"invalid key or access disallowed stays the key's", 403, text, `Invalid API key or access to this API has been disallowed`, key, CredentialRejected, nil},
		{"expired token or access denied stays the token's", 403, nil, `{"message":"Expired token or access to the resource is denied"}`, tok, TokenExpired, nil},
		{"access disallowed alone stays a permission", 403, nil, `{"error":"Access to this API has been disallowed"}`, key, PermissionDenied, nil},
		{"daily quota reached on a 403", 403, nil, `{"error":"Daily quota reached or API key unauthorized"}`, key, RateLimited, nil},
		{"request quota has been reached in a 400", 400, nil, `{"message":"Your request quota has been reached for today"}`, key, RateLimited, nil},
		{"a storage quota reached is no rate", 403, nil, `{"message":"The storage quota has been reached for this drive"}`, key, PermissionDenied, []string{RateLimited}},
	})
}

// TestMissclass4MethodReadings: the authentication method or mechanism
// said unsupported, with no other kind named, is one reading: the way
// used is refused (deprecated_auth_method), where otherKindPattern's
// "unsupported authentication" also read it as another scheme asked for,
// first. "Unsupported authentication type" and a title or code that names
// the kind to use stay scheme_mismatch.
func TestMissclass4MethodReadings(t *testing.T) {
	tok := bearer("ACCESS_TOKEN", "tk_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4")
	login := basicCred("grower", "Tr4ctor-Seas0n-77")
	runReadings(t, []readingCase{
		{"unsupported authentication method on a 401", 401, nil, `{"error":"Unsupported authentication method."}`, login, DeprecatedAuthMethod, []string{SchemeMismatch}},
		{"unsupported authentication mechanism on a 400", 400, nil, `{"message":"Unsupported authentication mechanism"}`, tok, DeprecatedAuthMethod, []string{SchemeMismatch}},
		{"unsupported authentication type stays a scheme", 401, nil, `{"message":"Unsupported authentication type"}`, login, SchemeMismatch, nil},
		{"an unsupported_authentication code with the kind to use stays a scheme", 403, nil, `{"code":"unsupported_authentication","message":"Use a user token"}`, tok, SchemeMismatch, nil},
	})
}

// TestMissclass4RecordReadings: a 404 saying a key or token does not
// exist or is unknown, to a request whose path names a key or token
// record by its id, is that record not found, no cause
// (notCredentialRecordNotFound on the rejected credential words); the
// same words on a 401, or on a 404 to a path that names no such record,
// keep the credential's reading.
func TestMissclass4RecordReadings(t *testing.T) {
	tok := bearer("ACCESS_TOKEN", "tk_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4")
	runPathReadings(t, []pathReading{
		{"/v1/api_keys/ak_55", readingCase{"an API key record that does not exist", 404, nil, `{"message":"API key does not exist"}`, tok, "", []string{CredentialRejected}}},
		{"/ocpi/emsp/2.2.1/tokens/012345678/authorize", readingCase{"an RFID token record unknown, an action on it", 404, nil, `{"status_code":2004,"status_message":"Unknown Token"}`, tok, "", []string{CredentialRejected}}},
		{"/v2/users/7/tokens/tok_1", readingCase{"a user's token record not found", 404, nil, `{"error":"Unknown token: tok_1"}`, tok, "", []string{CredentialRejected}}},
		{"/v1/api_keys/ak_55", readingCase{"the same words on a 401 are the credential's", 401, nil, `{"message":"API key does not exist"}`, tok, CredentialRejected, nil}},
		{"/v1/accounts/42", readingCase{"a 404 to a path naming no key record keeps the reading", 404, nil, `{"message":"API key does not exist"}`, tok, CredentialRejected, nil}},
	})
}
