package diagnose

import "testing"

// TestRoundfamous5Readings: the readings the roundfamous5 round added or
// widened, each in words another server could send for the same thing,
// with the neighbour it must leave alone.
func TestRoundfamous5Readings(t *testing.T) {
	tok := bearer("ACCESS_TOKEN", "tk_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4")
	raw := headerCred("Authorization", "API_TOKEN", "Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4aa")
	sas := apiKey("SAS_SIG", "pw0GRd4oaURPwQ9choUoWnXxjYEsimipq64yu1otAVE=", "", "sig")
	xml := map[string]string{"Content-Type": "application/xml"}
	text := map[string]string{"Content-Type": "text/plain; charset=utf-8"}
	runReadings(t, []readingCase{
		// An operation refused for the source IP it came from.
		{"not authorized to perform this operation using this source IP", 403, xml, `<Error><Code>Forbidden</Code><Message>This request is not authorized to perform this operation using this source IP 198.51.100.9.</Message></Error>`, sas, IPRestricted, nil},
		{"request not permitted from your IP address", 403, nil, `{"error":"Request not permitted from your IP address"}`, tok, IPRestricted, nil},
		{"not authorized using this resource type is a permission", 403, xml, `<Error><Code>Forbidden</Code><Message>This request is not authorized to perform this operation using this resource type.</Message></Error>`, sas, PermissionDenied, []string{IPRestricted}},
		// What the caller sends, or how often, over the account's limit.
		{"requests per second are over the account limit", 503, nil, `{"error":"Requests per second are over the account limit."}`, tok, RateLimited, nil},
		{"egress is over the subscription quota", 503, xml, `<Error><Code>Busy</Code><Message>Egress is over the subscription quota.</Message></Error>`, tok, RateLimited, nil},
		{"an order over the account limit is the business's", 400, nil, `{"error":"Order amount is over the account limit"}`, tok, "", []string{RateLimited}},
		// An operation refused on an object disabled or deleted: every caller meets it.
		{"operation not allowed on a disabled certificate", 403, nil, `{"error":{"code":"Forbidden","message":"Operation update is not allowed on a disabled certificate."}}`, tok, "", []string{PermissionDenied}},
		{"action not permitted on a deleted record", 403, nil, `{"message":"This action is not permitted on a deleted record."}`, tok, "", []string{PermissionDenied}},
		{"an operation not allowed for the caller stays a permission", 403, nil, `{"message":"Operation get is not allowed for this application."}`, tok, PermissionDenied, nil},
		// Access said not granted, as a code or in words.
		{"workspace_access_not_granted", 200, nil, `{"ok":false,"error":"workspace_access_not_granted"}`, tok, PermissionDenied, nil},
		{"access has not been granted, 401", 401, nil, `{"message":"Access has not been granted to this project"}`, tok, PermissionDenied, nil},
		{"a token not granted stays refused", 401, nil, `{"message":"Invalid token: access not granted"}`, tok, CredentialRejected, nil},
		// The form the Authorization header should take, spelled, to a bare token.
		{"expecting Bearer <token>, bare token", 400, text, `Invalid authorization value "Q7wZp...". Expecting "Bearer <access-token>".`, raw, PrefixMissing, nil},
		{"should look like Bearer YOUR_API_KEY, bare token", 401, nil, `{"message":"Invalid authorization header. It should look like 'Authorization: Bearer YOUR_API_KEY'."}`, raw, PrefixMissing, nil},
		{"the spelled form to a value with the scheme is no prefix", 401, nil, `{"message":"Invalid authorization header. Expecting \"Bearer <access-token>\"."}`, tok, CredentialRejected, []string{PrefixMissing}},
		// A developer's (an app's) own token or key said missing beside the user's token.
		{"developer-token parameter is missing", 400, nil, `{"error":{"message":"developer-token parameter is missing."}}`, tok, RequiredHeaderMissing, nil},
		{"developer_key parameter is required", 400, nil, `{"error":"developer_key parameter is required"}`, tok, RequiredHeaderMissing, nil},
		{"a page_token parameter is the data's", 400, nil, `{"error":"page_token parameter is missing"}`, tok, "", []string{RequiredHeaderMissing, CredentialInWrongPlace, NoCredentialsSent}},
		// A service not activated in this region for the account.
		{"not activated in this region for account", 403, nil, `{"message":"Service is not activated in this region for account 123456789012."}`, tok, RegionMismatch, nil},
		{"not enabled in the current region for your account", 403, nil, `{"error":"Feature not enabled in the current region for your account"}`, tok, RegionMismatch, nil},
		{"a region named in a permission is no mismatch", 403, nil, `{"message":"User is not authorized to create instances in this region"}`, tok, PermissionDenied, []string{RegionMismatch}},
	})
}
