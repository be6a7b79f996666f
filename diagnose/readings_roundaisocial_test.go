package diagnose

import "testing"

// TestRoundaisocialReadings: the readings the roundaisocial round added,
// each in words another server could send for the same thing, with the
// neighbour it must leave alone.
func TestRoundaisocialReadings(t *testing.T) {
	key := apiKey("API_KEY", "key_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4", "x-api-key", "")
	tok := bearer("ACCESS_TOKEN", "tk_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4")
	bare := headerCred("Authorization", "API_TOKEN", "5f3c9e1a7b2d4c6e8f0a1b3c5d7e9f12")
	runReadings(t, []readingCase{
		// The request used a legacy kind of key or token: the kind is no
		// longer taken.
		{"using a legacy api key, generate a new one", 401, nil, `{"detail":"Using legacy API key. Please generate a new API key."}`, key, DeprecatedAuthMethod, nil},
		{"you are using a legacy token", 401, nil, `{"error":"You are using a legacy token; create a fine-grained token instead"}`, tok, DeprecatedAuthMethod, nil},
		{"this key is a legacy key", 403, nil, `{"message":"This API key is a legacy key."}`, key, DeprecatedAuthMethod, nil},
		{"a legacy key said invalid is the key's", 401, nil, `{"message":"Invalid legacy API key"}`, key, CredentialRejected, []string{DeprecatedAuthMethod}},
		{"a legacy key field in a validation error", 400, nil, `{"message":"legacy_key must be a string"}`, key, "", []string{DeprecatedAuthMethod}},
		// The action attempted, judged and disallowed: a policy refused
		// what this caller did.
		{"action attempted deemed abusive or otherwise disallowed", 400, nil, `{"error":{"message":"The action attempted has been deemed abusive or is otherwise disallowed","type":"OAuthException","code":368}}`, tok, PermissionDenied, nil},
		{"the requested action is not permitted", 403, nil, `{"message":"The requested action is not permitted."}`, tok, PermissionDenied, nil},
		{"this operation was disallowed", 400, nil, `{"error":"This operation was disallowed"}`, tok, PermissionDenied, nil},
		{"an action not allowed for a user's status stays the user's", 400, nil, `{"errorSummary":"The action attempted is not allowed in the user's current status"}`, tok, "", []string{PermissionDenied}},
		{"duplicate content is the business rule's", 403, nil, `{"detail":"You are not allowed to create a Tweet with duplicate content.","type":"about:blank","title":"Forbidden","status":403}`, tok, "", []string{PermissionDenied}},
		// A verdict offered beside "missing" judges the value the server
		// looked for: to a bare key, the key's fault before its scheme.
		{"token missing/wrong to a bare key", 401, nil, `{"error":"Authentication error, API token missing/wrong"}`, bare, CredentialRejected, nil},
		{"credentials missing/unrecognized to a bare key", 401, nil, `{"message":"Authentication failed: credentials missing/unrecognized"}`, bare, CredentialRejected, nil},
		{"missing or malformed is the header's shape", 401, nil, `{"message":"Authorization header missing or malformed"}`, bare, PrefixMissing, nil},
	})
}
