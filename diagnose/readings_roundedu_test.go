package diagnose

import "testing"

// TestRoundeduReadings: the readings the roundedu round added, each in
// words another server could send for the same thing, with the neighbour
// it must leave alone.
func TestRoundeduReadings(t *testing.T) {
	tok := bearer("ACCESS_TOKEN", "tk_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4")
	key := apiKey("WS_TOKEN", "3f9c2a7e5b1d4c8f0a6e2b9d7c1f4a8e", "", "wstoken")
	text := map[string]string{"Content-Type": "text/plain; charset=utf-8"}
	runReadings(t, []readingCase{
		// The caller's address named after a colon or an equals sign, said
		// not supported or not accepted.
		{"IP after a colon is not supported", 403, nil, `{"message":"Invalid token - IP:198.51.100.4 is not supported"}`, tok, IPRestricted, nil},
		{"ip= address not accepted", 401, text, "request refused: ip=2001:db8::7 not accepted for this key\n", key, IPRestricted, nil},
		{"IPv6 not supported is the server's", 400, nil, `{"message":"IPv6 is not supported by this endpoint"}`, tok, "", []string{IPRestricted}},
		// Access refused for a user or account named by its state.
		{"access denied for locked account", 401, nil, `{"error":"Access denied for locked account ci-bot"}`, tok, CredentialRejected, []string{PermissionDenied}},
		{"login rejected for deactivated user", 403, nil, `{"message":"Login rejected for deactivated user: ci-bot"}`, tok, CredentialRejected, nil},
		{"an operation on a suspended user is the request's", 400, nil, `{"message":"Cannot enrol a suspended user in this course"}`, tok, "", []string{CredentialRejected}},
		// An access-control exception whose own words refuse the credential.
		{"access control exception around an invalid key", 403, nil, `{"exception":"java.security.AccessControlException","message":"AccessControlException: invalid API key for tenant acme"}`, key, CredentialRejected, nil},
		{"access exception around an account refused for its state", 200, nil, `{"exception":"webservice_access_exception","errorcode":"accessexception","message":"Access control exception (Access refused for disabled account: ci-bot)"}`, key, CredentialRejected, nil},
		{"an access exception naming a capability stays a permission", 200, nil, `{"exception":"webservice_access_exception","errorcode":"accessexception","message":"Access control exception (The capability moodle/grade:edit is required.)"}`, key, PermissionDenied, nil},
		// A scope said insufficient or wrong in one breath.
		{"insufficient or wrong scope", 403, nil, `{"developer-message":"403 Forbidden: Insufficient or wrong scope [/activities/update]"}`, tok, ServerInsufficientScope, nil},
		{"wrong or insufficient scopes", 403, nil, `{"error":"forbidden","message":"Wrong or insufficient scopes for this endpoint"}`, tok, ServerInsufficientScope, nil},
		{"wrong or invalid scope syntax is a field", 400, nil, `{"error":"invalid_request","error_description":"Wrong or invalid scope format: use space-separated values"}`, tok, "", []string{ServerInsufficientScope}},
		// An error text beside an error code that speaks of a login or the
		// credential, in a 200.
		{"invalid login beside invalidlogin in a 200", 200, nil, `{"error":"Invalid login, please try again","errorcode":"invalidlogin"}`, key, CredentialRejected, nil},
		{"access token expired beside token_expired in a 200", 200, nil, `{"error":"Your access token has expired","error_code":"token_expired"}`, tok, TokenExpired, nil},
		{"a duplicate key beside its code is no refusal", 200, nil, `{"error":"Duplicate key for field slug","error_code":"duplicatekey"}`, tok, "", nil},
		// An access level said denied or missing: a permission, also in a
		// 2xx failure envelope and as a page's headline.
		{"write access denied under a failure flag", 200, nil, `{"ok":false,"error":"Write access denied"}`, key, PermissionDenied, nil},
		{"no file editing access under a failure flag", 200, nil, `{"success":false,"message":"You do not have file editing access"}`, tok, PermissionDenied, nil},
		{"admin rights required as a page headline", 403, map[string]string{"Content-Type": "text/html"}, "<html><head><title>Admin rights required</title></head><body></body></html>", tok, PermissionDenied, []string{BlockedByProxy}},
		{"a bare access denied under a failure flag stays the credential's", 200, nil, `{"ok":false,"error":"Access denied"}`, tok, CredentialRejected, nil},
		// The credential named, then said wrong or unrecognized.
		{"API key wrong on a 400", 400, nil, `{"error":"API key wrong","type":"invalid"}`, key, CredentialRejected, nil},
		{"token unrecognized", 401, text, "token unrecognized\n", tok, CredentialRejected, nil},
		{"a primary key unrecognized is a table's", 400, nil, `{"error":"Primary key unrecognized in table"}`, tok, "", []string{CredentialRejected}},
	})
	// A query parameter named like a credential that holds a switch asks
	// for authentication; it carries none.
	basic := ctHeader("text/plain", "WWW-Authenticate", `Basic realm="API"`)
	runPathReadings(t, []pathReading{
		{"/users/475425/items?auth=1", readingCase{"?auth=1 and nothing sent", 401, basic, "Access denied", nil, NoCredentialsSent, []string{CredentialInWrongPlace}}},
		{"/v2/records?require_token=true", readingCase{"?require_token=true and nothing sent", 401, basic, "Access denied", nil, NoCredentialsSent, []string{CredentialInWrongPlace}}},
		{"/users/475425/items?auth=tk_9f8e7d6c5b4a3210fedcba98", readingCase{"a token typed into ?auth= is one", 401, basic, "Access denied", nil, CredentialInWrongPlace, nil}},
	})
}
