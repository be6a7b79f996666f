package diagnose

import "testing"

// TestRoundlegalcrmReadings: the readings the roundlegalcrm round added,
// each in words another server could send for the same thing, with the
// neighbour it must leave alone.
func TestRoundlegalcrmReadings(t *testing.T) {
	tok := bearer("ACCESS_TOKEN", "tk_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4")
	key := apiKey("API_KEY", "k_7Hd92kLmQ4pXrT5vW8yZ1aB3cD5eF7gH", "X-Api-Key", "")
	session := apiKey("SESSION_NAME", "3c9f1a2b7e5d4c6a8b0e", "", "sessionName")
	login := basicCred("ci-bot", "Wq8ZbV3kLmN0pQrS")
	xml := map[string]string{"Content-Type": "text/xml; charset=utf-8"}
	empty := func(kv ...string) map[string]string { return ctHeader("application/json", kv...) }
	runReadings(t, []readingCase{
		// An XML envelope that says it failed, its words in an <err>
		// element's text.
		{"rsp stat fail, err text invalid key", 200, xml, `<?xml version="1.0"?><rsp stat="fail"><err code="1">Invalid API key</err></rsp>`, tok, CredentialRejected, nil},
		{"response status failed, err text login failed", 200, xml, `<response status="failed"><err>Login failed: wrong password</err></response>`, login, CredentialRejected, nil},
		{"an err about the data is no refusal", 200, xml, `<rsp stat="fail"><err code="3">Invalid prospect ID</err></rsp>`, tok, "", []string{CredentialRejected}},
		// A session identifier written as one word in an error code.
		{"code SESSIONID_INVALID under a failure flag", 200, nil, `{"success":false,"error":{"code":"SESSIONID_INVALID","message":"Please log in again"}}`, session, CredentialRejected, nil},
		{"code BAD_SESSIONID under ok false", 200, nil, `{"ok":false,"error":{"code":"BAD_SESSIONID","message":"x"}}`, session, CredentialRejected, nil},
		{"a session id that is data is no refusal", 200, nil, `{"success":false,"error":{"code":"DUPLICATE_SESSIONID_FIELD","message":"Field session_id appears twice"}}`, session, "", []string{CredentialRejected}},
		// A session ended for being idle.
		{"session invalidated due to inactivity", 401, nil, `{"message":"Session invalidated due to inactivity"}`, session, TokenExpired, nil},
		{"session ended due to inactivity, in a 200", 200, nil, `{"ok":false,"error":"Your session has ended due to inactivity"}`, session, TokenExpired, nil},
		{"an upload session closed for inactivity is the data's", 200, nil, `{"ok":false,"error":"Upload session closed due to inactivity"}`, session, "", []string{TokenExpired}},
		{"an idle timeout setting is no refusal", 400, nil, `{"message":"Session idle timeout must be between 5 and 60 minutes"}`, tok, "", []string{TokenExpired}},
		// The server's words in a reason header, the body empty.
		{"X-Error-Message rate limit exceeded", 403, empty("X-Error-Message", "Rate limit exceeded, retry in 30 seconds"), "", key, RateLimited, nil},
		{"X-Error session has expired", 401, empty("X-Error", "Session has expired"), "", session, TokenExpired, nil},
		{"X-Status-Reason record not found", 404, empty("X-Status-Reason", "Record not found"), "", key, "", []string{CredentialRejected, PermissionDenied}},
		// The login's second step said required.
		{"a second authentication step is required", 401, nil, `{"error":"A second authentication step is required"}`, login, RequiredHeaderMissing, nil},
		{"code SECOND_STEP_REQUIRED", 401, nil, `{"code":"SECOND_STEP_REQUIRED","message":"Enter the code from your authenticator app"}`, login, RequiredHeaderMissing, nil},
		{"an import's second step is no factor", 400, nil, `{"message":"The second step of the import is required before publishing"}`, tok, "", []string{RequiredHeaderMissing}},
		// Failed logins said over their limit.
		{"max failed login attempts exceeded", 403, nil, `{"error":"Max failed login attempts exceeded"}`, login, RateLimited, nil},
		{"login attempts limit reached", 401, nil, `{"message":"Login attempts limit reached. Try again in 15 minutes."}`, login, RateLimited, nil},
		{"attempts remaining is a wrong password", 401, nil, `{"message":"Invalid password. 2 failed login attempts remaining"}`, login, CredentialRejected, []string{RateLimited}},
		// The authentication method itself said invalid or unsupported.
		{"invalid authentication method", 401, nil, `{"error":"Invalid authentication method."}`, login, DeprecatedAuthMethod, nil},
		{"unknown authentication mechanism", 401, nil, `{"message":"Unknown authentication mechanism"}`, login, DeprecatedAuthMethod, nil},
		{"a client's list of faults names no method refused", 401, nil, `{"error":"invalid_client","error_description":"Client authentication failed: unknown client or invalid authentication method"}`, login, CredentialRejected, []string{DeprecatedAuthMethod}},
		// A login's parts said wrong as a list.
		{"incorrect email, password or code, on a 403", 403, nil, `{"error":"Incorrect email, password or code"}`, login, CredentialRejected, nil},
		{"invalid username, password, or PIN in a 200", 200, nil, `{"ok":false,"error":"Invalid username, password, or PIN"}`, login, CredentialRejected, nil},
		{"a clause after a comma is a field's", 400, nil, `{"message":"Invalid email, password must be at least 8 characters"}`, nil, "", []string{CredentialRejected}},
	})
	// A token endpoint's 2xx without a token, whose words refuse the login,
	// its description in camelCase keys. Paraphrases: no source but the
	// placeholder the other readings' token rows use.
	const src = "https://example.com/paraphrase"
	runTokenCases(t, []tokenCase{
		{src: src, name: "200 errorMessage invalid username or password", status: 200, body: `{"status":"fail","errorMessage":"Invalid username or password"}`, want: CredentialRejected},
		{src: src, name: "200 errorDescription incorrect password", status: 200, body: `{"loginResult":"1","errorDescription":"Login failed: incorrect password"}`, want: CredentialRejected},
		{src: src, name: "200 errorDescription about the service is the endpoint's", status: 200, body: `{"errorDescription":"Service temporarily unavailable"}`, want: ""},
	})
}
