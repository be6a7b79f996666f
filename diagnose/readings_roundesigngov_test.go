package diagnose

import "testing"

// TestRoundesigngovReadings: the readings the roundesigngov round added or
// widened, each in words another server could send for the same thing,
// with the neighbour it must leave alone.
func TestRoundesigngovReadings(t *testing.T) {
	tok := bearer("ACCESS_TOKEN", "tk_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4")
	key := apiKey("API_KEY", "k7Qw2Zp9Lx3Rt8Vb1Nc6Mf5Gh0Jk4Lq2Ws9Ed", "X-API-Key", "")
	xml := map[string]string{"Content-Type": "text/xml;charset=utf-8"}
	runReadings(t, []readingCase{
		// A request said blocked by security rules, a firewall or a WAF.
		{"request blocked by security rules", 400, nil, `{"code":"P0920","description":"Request blocked by security rules."}`, tok, BlockedByProxy, nil},
		{"request rejected by the web application firewall", 403, nil, `{"message":"Your request was rejected by the web application firewall."}`, tok, BlockedByProxy, nil},
		{"request blocked by WAF policy", 403, nil, `{"error":"The request has been blocked by WAF policy"}`, key, BlockedByProxy, nil},
		{"a payment blocked by security rules is the business's", 400, nil, `{"error":"Payment blocked by security rules"}`, tok, "", []string{BlockedByProxy}},
		// A header besides the credential said to hold an invalid value.
		{"X-Account-Id header is not valid", 400, nil, `{"message":"The X-Account-Id header is not valid"}`, tok, RequiredHeaderMissing, nil},
		{"invalid value for the X-Tenant-ID header", 400, nil, `{"error":"invalid value for the X-Tenant-ID header"}`, tok, RequiredHeaderMissing, nil},
		{"a Content-Type header said invalid is the body's form", 400, nil, `{"message":"Content-Type header is invalid"}`, tok, "", []string{RequiredHeaderMissing}},
		{"the credential's own header said invalid is the credential's", 401, nil, `{"message":"X-API-Key header is invalid"}`, key, CredentialRejected, []string{RequiredHeaderMissing}},
		// A caller said to lack sufficient permissions, the words ending there.
		{"user does not have enough privileges", 400, nil, `{"error":"The user does not have enough privileges."}`, tok, PermissionDenied, nil},
		{"account lacks the necessary permissions", 400, nil, `{"message":"Your account lacks the necessary permissions"}`, tok, PermissionDenied, nil},
		{"a key lacking entropy is no permission", 400, nil, `{"message":"The generated key lacks sufficient entropy"}`, tok, "", []string{PermissionDenied}},
		// The caller not a member of the account the call names.
		{"user is not a member of the given account", 400, nil, `{"message":"User is not a member of the given account"}`, tok, PermissionDenied, nil},
		{"caller is not a member of the target account", 400, nil, `{"error":"The caller is not a member of the target account."}`, tok, PermissionDenied, nil},
		{"a recipient not a member is the request's data", 400, nil, `{"error":"recipient is not a member of the specified account"}`, tok, "", []string{PermissionDenied}},
		// The account said to need to be on a plan that includes the API.
		{"needs to be on the Growth plan, after authentication failed", 401, nil, `{"message":"Authentication failed: your account needs to be on the Growth plan."}`, key, PermissionDenied, nil},
		{"must be on a plan that supports the API", 401, nil, `{"error":"Not authenticated: this company must be on a plan that supports the API"}`, key, PermissionDenied, nil},
		{"authentication failed alone stays the key's", 401, nil, `{"message":"Authentication failed. Please check your API key."}`, key, CredentialRejected, []string{PermissionDenied}},
		// The plan's requests used up: upgrade to make more.
		{"upgrade your plan to send more requests", 402, nil, `{"error":"Upgrade your plan to send more requests."}`, tok, RateLimited, nil},
		{"no more API calls are available", 403, nil, `{"message":"No more API calls are available on your plan this month"}`, key, RateLimited, nil},
		{"an upgrade to unlock a feature is the plan's", 402, nil, `{"error":"Upgrade to unlock this feature"}`, tok, PermissionDenied, []string{RateLimited}},
		// A credential said "has not been set", nothing sent.
		{"the api key has not been set", 400, nil, `{"error":"The api key has not been set"}`, nil, NoCredentialsSent, nil},
		{"client key has not been set, an XML attribute", 400, xml, `<error code="400" message="The client key has not been set."/>`, nil, NoCredentialsSent, nil},
		{"a callback url not set is configuration", 400, nil, `{"error":"callback url has not been set"}`, nil, "", []string{NoCredentialsSent}},
		// A credential said not to be, or to have to be, so many characters.
		{"API key must be 40 characters", 400, nil, `{"error":"API key must be 40 characters"}`, key, CredentialRejected, nil},
		{"access token is not a 64-character string", 400, nil, `{"message":"The access token is not a 64-character hex string"}`, tok, CredentialRejected, nil},
		{"a page token of a length is data", 400, nil, `{"error":"page token must be 20 characters"}`, tok, "", []string{CredentialRejected}},
		// "missing or not authorized" does not tell absent from refused.
		{"bearer token is missing or not authorized", 401, nil, `{"message":"Bearer token is missing or not authorized"}`, tok, CredentialRejected, []string{CredentialInWrongPlace}},
		{"API key missing or expired", 401, nil, `{"error":"API key missing or expired"}`, key, CredentialRejected, []string{CredentialInWrongPlace}},
		{"bearer token is missing, nothing sent", 401, nil, `{"message":"Bearer token is missing"}`, nil, NoCredentialsSent, nil},
		// An app or client token said invalid, under a permission code.
		{"invalid app_token under permission_denied", 403, nil, `{"code":"permission_denied","error":true,"message":"Invalid app_token supplied"}`, key, CredentialRejected, nil},
		{"invalid client_token under forbidden", 403, nil, `{"code":"forbidden","message":"Invalid client_token"}`, tok, CredentialRejected, nil},
		{"an app token that may not write is a permission", 403, nil, `{"code":"permission_denied","message":"App token may not write this dataset"}`, key, PermissionDenied, nil},
		// A missing permission offered as one possible reason is no verdict.
		{"may be due to ... or not enough permissions", 401, nil, `{"title":"Invalid authentication token.","detail":"The token provided is invalid. This may be due to an incorrect signature, expiration, or not enough permissions.","code":"invalid_token"}`, tok, ServerInvalidToken, []string{PermissionDenied}},
		{"can be caused by ... or insufficient privileges", 401, nil, `{"message":"Authorization failed. This can be caused by a revoked token or insufficient privileges."}`, tok, CredentialRejected, []string{PermissionDenied}},
		{"insufficient privileges said outright stays a permission", 401, nil, `{"message":"Authorization failed: insufficient privileges for this operation."}`, tok, PermissionDenied, nil},
		// A key named for what it keys is the request's data.
		{"invalid period key", 400, nil, `{"code":"INVALID_REQUEST","errors":[{"code":"PERIOD_KEY_INVALID","message":"Invalid period key"}]}`, tok, "", []string{CredentialRejected}},
		{"invalid routing key", 400, nil, `{"error":"invalid routing key"}`, tok, "", []string{CredentialRejected}},
		{"an invalid API key stays refused", 400, nil, `{"error":"Invalid API key"}`, key, CredentialRejected, nil},
	})
}
