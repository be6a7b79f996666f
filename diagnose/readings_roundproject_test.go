package diagnose

import "testing"

// TestRoundprojectReadings: the reading the roundproject round's
// metamorphic check asked for, in words another server could send, with
// the neighbours it must leave alone. A token sent bare in the
// Authorization header (as ClickUp, monday.com or Linear read their
// personal tokens) and a server that says the token is wrong or
// unrecognized after naming it: the server read the value and judged it,
// as it did for "Token invalid", so a missing scheme is only a hint.
func TestRoundprojectReadings(t *testing.T) {
	bare := headerCred("Authorization", "API_TOKEN", "pk_81234567_Q7WZP2LX9RT3VB8NC1MF6GH5JK0LQ2WS")
	runReadings(t, []readingCase{
		{"token unrecognized, bare token", 401, nil, `{"err":"Token unrecognized","ECODE":"AUTH_025"}`, bare, CredentialRejected, nil},
		{"API key unrecognised, bare token", 401, nil, `{"message":"API key unrecognised"}`, bare, CredentialRejected, nil},
		{"access token was wrong, bare token", 401, nil, `{"error":"The access token was wrong"}`, bare, CredentialRejected, nil},
		{"token invalid, as before", 401, nil, `{"err":"Token invalid","ECODE":"AUTH_025"}`, bare, CredentialRejected, nil},
		// Neighbours: words that judge nothing the server read leave the
		// missing scheme first; a bad request is the request's.
		{"bad request alone, bare token", 401, nil, `{"error":"Bad Request"}`, bare, PrefixMissing, nil},
		{"unauthorized alone, bare token", 401, nil, `{"message":"Unauthorized"}`, bare, PrefixMissing, nil},
	})
}
