package diagnose

import "testing"

// TestSpellingReadings: the same fault in another writer's spelling or
// answer shape reads as it does in the usual one: contractions
// (plainWords), British spelling, a 200 {"status":"error"} envelope, a
// body that is one JSON string, a GraphQL UNAUTHENTICATED code whose
// message reads as a permission.
func TestSpellingReadings(t *testing.T) {
	tok := bearer("API_TOKEN", "opq_7Hd92kLmQ4pXrT")
	basicChallenge := map[string]string{"Content-Type": "application/json", "WWW-Authenticate": `Basic realm="Stripe"`}
	for _, tc := range []struct {
		name   string
		status int
		header map[string]string
		body   string
		want   string
	}{
		{"aren't a server admin", 401, jsonCT(), `{"error":"unauthorized","reason":"You aren't a server admin."}`, PermissionDenied},
		{"signature can't be verified", 403, jsonCT(), `{"message":"HMAC signature can’t be verified"}`, CredentialRejected},
		{"key isn't valid", 403, map[string]string{"Content-Type": "text/plain"}, `The API key provided isn't valid.`, CredentialRejected},
		{"token hasn't been granted the scopes, GraphQL 200", 200, jsonCT(), `{"data":null,"errors":[{"message":"Your token hasn't been granted the required scopes to execute this query."}]}`, ServerInsufficientScope},
		{"issue doesn't exist or you don't have permission", 404, jsonCT(), `{"errorMessages":["Issue doesn't exist or you don't have permission to see it."],"errors":{}}`, NotFoundHidesPermission},
		{"insufficient authorisation", 401, jsonCT(), `{"errorMessage":"Insufficient authorisation to perform request."}`, CredentialRejected},
		{"200 status:error, invalid key", 200, jsonCT(), `{"status":"error","message":"The security token included in the request is invalid."}`, CredentialRejected},
		{"200 status:fail, no permission", 200, jsonCT(), `{"status":"fail","message":"User is not authorized to access this resource with an explicit deny"}`, PermissionDenied},
		{"a JSON string body, Basic challenge to a Bearer key", 401, basicChallenge, `"Invalid API Key provided: sk_test_****Aso0"`, CredentialRejected},
		{"GraphQL UNAUTHENTICATED, words of a permission", 200, jsonCT(), `{"data":null,"errors":[{"extensions":{"code":"UNAUTHENTICATED"},"message":"Sorry, you cannot list resources."}]}`, CredentialRejected},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ex := corpusCase{cred: tok, api: fixed{status: tc.status, header: tc.header, body: tc.body}}.run(t, "")
			causes := Analyze(ex)
			checkCauses(t, causes, tok)
			if got := codesOf(causes); len(got) == 0 || got[0] != tc.want {
				t.Errorf("first cause %v, want %s", got, tc.want)
			}
		})
	}
}

func TestPlainWords(t *testing.T) {
	for in, want := range map[string]string{
		"you don't have permission":               "you do not have permission",
		"token hasn’t been granted":               "token has not been granted",
		"signature can't be verified":             "signature cannot be verified",
		"we won't accept it; wouldn't you":        "we will not accept it; would not you",
		"client not authorised":                   "client not authorized",
		"unauthorised: no authorisation header":   "unauthorized: no authorization header",
		"unrecognised organisation":               "unrecognized organization",
		"your licence expired":                    "your license expired",
		"otherwise, raise the limit or revise it": "otherwise, raise the limit or revise it",
	} {
		if got := plainWords(in); got != want {
			t.Errorf("plainWords(%q) = %q, want %q", in, got, want)
		}
	}
}
