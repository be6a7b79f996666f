package diagnose

import "testing"

// TestOneReadingPerMeaning: words that mean one thing read as one thing,
// whichever of two overlapping families used to catch them.
func TestOneReadingPerMeaning(t *testing.T) {
	key := apiKey("API_KEY", "key_9f8e7d6c5b4a3210", "X-API-Key", "")
	tok := bearer("API_TOKEN", "opq_7Hd92kLmQ4pXrT")
	basic := basicCred("ci-user", "Pa55-w0rd-ci-2026")
	runReadings(t, []readingCase{
		// A way of authenticating said not supported is the method
		// refused, whether or not "currently" says when, and wherever it
		// stands; with the way to use instead, still the method.
		{"OAuth authentication is not supported", 401, nil, `{"error":"OAuth authentication is not supported."}`, tok, DeprecatedAuthMethod, []string{SchemeMismatch}},
		{"OAuth authentication is not currently supported", 401, nil, `{"error":"OAuth authentication is not currently supported."}`, tok, DeprecatedAuthMethod, []string{SchemeMismatch}},
		{"password authentication not supported, use a personal access token", 401, nil, `{"message":"Password authentication is not supported. Use a personal access token."}`, basic, DeprecatedAuthMethod, []string{SchemeMismatch}},
		{"paraphrase: API key authentication is not accepted, use OAuth", 401, nil, `{"message":"API key authentication is not accepted. Use an OAuth 2.0 access token."}`, key, DeprecatedAuthMethod, []string{SchemeMismatch}},
		{"neighbour: a scheme not enabled on a server stays the scheme's", 401, nil, `{"error":"Basic authentication is not enabled on this server"}`, basic, SchemeMismatch, []string{DeprecatedAuthMethod}},
		{"neighbour: a scheme not configured, another asked for", 401, nil, `{"code":401,"message":"oidc auth is not configured, please try another auth scheme"}`, tok, SchemeMismatch, []string{DeprecatedAuthMethod}},
		{"neighbour: a token refused, passwords recalled", 401, nil, `{"message":"Invalid username or token. Password authentication is not supported."}`, basic, CredentialRejected, []string{DeprecatedAuthMethod, SchemeMismatch}},
		// An account stopped (suspended, deactivated, banned) is one
		// family: beside a method said off, the account is why.
		{"method off beside a workspace suspended", 401, nil, `{"error":"API key authentication is currently disabled: this workspace has been suspended."}`, key, CredentialRejected, []string{DeprecatedAuthMethod}},
		{"paraphrase: basic auth no longer supported, account deactivated", 401, nil, `{"message":"Basic authentication is no longer supported for this account. The account has been deactivated."}`, basic, CredentialRejected, []string{DeprecatedAuthMethod}},
		{"an organization deactivated alone", 403, nil, `{"error":{"message":"This organization has been deactivated."}}`, key, CredentialRejected, nil},
		{"neighbour: the method alone stays the method's", 401, nil, `{"error":"API key authentication is currently disabled."}`, key, DeprecatedAuthMethod, nil},
		// A 401 whose words weigh a permission: a record said not to exist
		// beside them is the data asked about, not the login's subject.
		{"401 permission words and an index that does not exist", 401, nil, `{"error":"insufficient permission: the index logs-2026 does not exist or you may not read it"}`, tok, PermissionDenied, nil},
		{"paraphrase: permission denied, a dashboard that doesn't exist", 401, nil, `{"message":"Permission denied: the dashboard doesn't exist or is not shared with you"}`, tok, PermissionDenied, nil},
		{"neighbour: the login's role said not to exist is the login's", 401, nil, `{"message":"permission denied: role \"web anon\" does not exist"}`, tok, CredentialRejected, []string{PermissionDenied}},
	})
}

// TestCallerNotAuthorizedOneRow: a caller the server knows, refused in a
// policy's words (AWS IAM) or in an API's own (a consumer, a user), is
// one reading with one message: the same fault, the same fix.
func TestCallerNotAuthorizedOneRow(t *testing.T) {
	tok := bearer("API_TOKEN", "opq_7Hd92kLmQ4pXrT")
	bodies := []string{
		`{"Message":"User: arn:aws:iam::123456789012:user/ci is not authorized to perform: s3:ListBucket"}`,
		`{"message":"The consumer isn't authorized to access %resources.","parameters":{"resources":"Magento_Catalog::products"}}`,
		`{"message":"Client is not authorized to access this resource"}`,
	}
	var msg string
	for _, b := range bodies {
		causes := Analyze(corpusCase{cred: tok, api: fixed{status: 403, header: jsonCT(), body: b}}.run(t, ""))
		checkCauses(t, causes, tok)
		if len(causes) == 0 || causes[0].Code != PermissionDenied {
			t.Fatalf("%s: first cause %v, want %s", b, codesOf(causes), PermissionDenied)
		}
		if msg == "" {
			msg = causes[0].Message
		} else if causes[0].Message != msg {
			t.Errorf("%s: message %q, want the same reading's %q", b, causes[0].Message, msg)
		}
	}
}

// TestTokenEndpointOwnFault: a token endpoint's 400 or 422 whose words are
// about itself (a function switched off, its own error) refuses nothing
// the client sent; switched off for the client is the client's.
func TestTokenEndpointOwnFault(t *testing.T) {
	runTokenCases(t, []tokenCase{
		{src: "https://github.com/pypi/warehouse/blob/main/warehouse/oidc/views.py", name: "PyPI OIDC exchange 422 not-enabled trusted publishing functionality", status: 422,
			body: `{"message": "Token request failed", "errors": [{"code": "not-enabled", "description": "GitHub-based trusted publishing functionality not enabled"}]}`, want: ""},
	})
	for _, tc := range []struct {
		status int
		desc   string
		none   bool
	}{
		{422, "The token exchange service is temporarily unavailable", true},
		{400, "Internal server error, please try again later", true},
		{422, "Token exchange feature is disabled on this server", true},
		{422, "Token exchange is not enabled for this client", false},
		{422, "malformed or invalid token", false},
	} {
		causes := AnalyzeToken(TokenRefusal{Env: "staging", StatusCode: tc.status, Description: tc.desc})
		if tc.none != (len(causes) == 0) {
			t.Errorf("%d %q: causes %v, want none: %v", tc.status, tc.desc, codesOf(causes), tc.none)
		}
	}
}

// TestPlanDoesNotSupport: a plan said not to support, cover or allow the
// endpoint is the plan's refusal in any status and in a 2xx's failure
// envelope, as "does not include" was.
func TestPlanDoesNotSupport(t *testing.T) {
	key := apiKey("API_KEY", "key_9f8e7d6c5b4a3210", "X-API-Key", "")
	runReadings(t, []readingCase{
		{"CoinMarketCap's words in a 200 ok:false", 200, nil, `{"error":"Your API Key subscription plan doesn't support this endpoint.","ok":false}`, key, PermissionDenied, nil},
		{"paraphrase: the current plan does not cover this endpoint, on a 401", 401, nil, `{"message":"Your current plan does not cover this endpoint."}`, key, PermissionDenied, nil},
		{"paraphrase: the plan doesn't allow this API, status error", 200, nil, `{"status":"error","message":"Your API key's plan doesn't allow access to this API."}`, key, PermissionDenied, nil},
		{"neighbour: a plan id in a validation error", 422, nil, `{"errors":{"plan_id":["does not support annual billing"]}}`, key, "", nil},
	})
}
