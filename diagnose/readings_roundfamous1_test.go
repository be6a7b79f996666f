package diagnose

import "testing"

// TestRoundfamous1Readings: the readings the roundfamous1 round added,
// each with paraphrases another server could send and a neighbour it must
// leave alone: a scope said mismatched or an OAuth scope said invalid for
// the URL; "not enough rights"; a caller not a member of the channel or
// workspace; the text of an {"ok": false} envelope under "description";
// a JSONP callback around the answer, and an "exception" object whose
// httpStatus is a refusal's.
func TestRoundfamous1Readings(t *testing.T) {
	tok := bearer("API_TOKEN", "opq_7Hd92kLmQ4pXrT")
	runReadings(t, []readingCase{
		// A scope said not to match, or invalid for this URL.
		{"an oauth scope mismatch code alone", 401, nil, `{"error":"oauth_scope_mismatch"}`, tok, ServerInsufficientScope, nil},
		{"an OAuthScopeMismatch code, words of a refusal", 401, nil, `{"code":"OAuthScopeMismatch","message":"Request denied"}`, tok, ServerInsufficientScope, nil},
		{"an invalid OAuth scope for this endpoint", 403, nil, `{"message":"Invalid OAuth scope for this endpoint"}`, tok, ServerInsufficientScope, nil},
		{"neighbour: an invalid OAuth token", 401, nil, `{"message":"Invalid OAuth token"}`, tok, CredentialRejected, []string{ServerInsufficientScope}},
		// "Not enough" rights, permissions or privileges, whatever the status.
		{"not enough permissions, a 400", 400, nil, `{"error":"Not enough permissions to perform this action"}`, tok, PermissionDenied, nil},
		{"not enough privileges, a 400", 400, nil, `{"message":"User has not enough privileges for this operation"}`, tok, PermissionDenied, nil},
		{"not enough rights, a 403", 403, nil, `{"ok":false,"error_code":403,"description":"Forbidden: not enough rights to manage the chat"}`, tok, PermissionDenied, nil},
		{"neighbour: not enough arguments, a 400", 400, nil, `{"ok":false,"error_code":400,"description":"Bad Request: not enough arguments"}`, tok, "", nil},
		// The caller not a member of where it acts.
		{"not_in_conversation in a 200 ok false", 200, nil, `{"ok":false,"error":"not_in_conversation"}`, tok, PermissionDenied, nil},
		{"the bot is not a member of this group, a 400", 400, nil, `{"message":"The bot is not a member of this group"}`, tok, PermissionDenied, nil},
		{"you are not a member of this workspace, a 403", 403, nil, `{"error":"You are not a member of this workspace"}`, tok, PermissionDenied, nil},
		{"NotInChannel in a 200 ok false", 200, nil, `{"ok":false,"error":"NotInChannel"}`, tok, PermissionDenied, nil},
		{"neighbour: another user not in the channel, a 200", 200, nil, `{"ok":false,"error":"user_not_in_channel"}`, tok, "", nil},
		{"neighbour: another user not in the channel, kebab, a 200", 200, nil, `{"ok":false,"error":"user-not-in-channel"}`, tok, "", nil},
		// A person's block of the bot, in a page as in JSON.
		{"bot kicked from the group, in a page", 403, map[string]string{"Content-Type": "text/html"}, `<html><head><title>Forbidden: bot was kicked from the group chat</title></head><body></body></html>`, tok, PermissionDenied, []string{BlockedByProxy}},
		{"bot can't initiate a conversation, in a page", 403, map[string]string{"Content-Type": "text/html"}, `<html><head><title>Forbidden: bot can't initiate conversation with a user</title></head><body></body></html>`, tok, PermissionDenied, []string{BlockedByProxy}},
		{"app removed from the workspace, a 200", 200, nil, `{"ok":false,"error":"The app was removed from the workspace"}`, tok, PermissionDenied, nil},
		{"neighbour: a channel not found, a 200", 200, nil, `{"ok":false,"error":"channel_not_found"}`, tok, "", nil},
		// A JSONP callback around the answer; an "exception" object whose
		// httpStatus is a refusal's, beside the status's bare text.
		{"a JSONP callback, an exception object, httpStatus 401", 200, map[string]string{"Content-Type": "text/javascript"}, `handleResponse({"exception":{"errorMsg":"Unauthorized","httpStatus":"401"}})`, tok, CredentialRejected, nil},
		{"an error object, code 401 and its bare text, a 200", 200, nil, `{"error":{"code":401,"message":"Unauthorized"}}`, tok, CredentialRejected, nil},
		// The status text ended as a sentence beside the status is as bare.
		{"an exception object, httpStatus 401, 'Unauthorized.'", 200, jsonCT(), `{"exception":{"errorMsg":"Unauthorized.","httpStatus":"401"}}`, tok, CredentialRejected, nil},
		{"neighbour: a JSONP callback around data", 200, map[string]string{"Content-Type": "application/javascript"}, `jsonCallback({"validationErrors":null,"response":{"orderNumber":"9093717008","total":"25.99"},"exception":null});`, tok, "", nil},
		{"neighbour: an error object, code 404 and its bare text, a 200", 200, nil, `{"error":{"code":404,"message":"Not Found"}}`, tok, "", nil},
	})
}

// TestRoundfamous1TokenReadings: a token endpoint that refuses the
// request's IP address, or whose user has not approved the client.
func TestRoundfamous1TokenReadings(t *testing.T) {
	src := "https://example.com/paraphrase"
	runTokenCases(t, []tokenCase{
		{src: src, name: "IP restricted or invalid login hours", status: 400,
			body: `{"error":"invalid_grant","error_description":"IP restricted or invalid login hours"}`, want: IPRestricted},
		{src: src, name: "a request from an unauthorized IP address", status: 403,
			body: `{"error":"access_denied","error_description":"Request from unauthorized IP address 203.0.113.7"}`, want: IPRestricted},
		{src: src, name: "the client IP address is not allowed", status: 401,
			body: `{"error":"unauthorized_client","error_description":"Client IP address is not allowed"}`, want: IPRestricted},
		{src: src, name: "neighbour: an invalid client secret", status: 401,
			body: `{"error":"invalid_client","error_description":"Invalid client secret"}`, want: CredentialRejected},
		{src: src, name: "the user has not authorized this application", status: 400,
			body: `{"error":"invalid_grant","error_description":"The user has not authorized this application"}`, want: PermissionDenied},
		{src: src, name: "user hasn't approved this client", status: 400,
			body: `{"error":"invalid_grant","error_description":"user hasn't approved this client"}`, want: PermissionDenied},
		{src: src, name: "neighbour: authentication failure", status: 400,
			body: `{"error":"invalid_grant","error_description":"authentication failure"}`, want: CredentialRejected},
	})
}

// TestRoundfamous1KeyMarkers: sbx and sdbx are sandbox's abbreviations
// when they are a whole segment of the key, and a permission refusal to
// such a key in production reads as the key's mode.
func TestRoundfamous1KeyMarkers(t *testing.T) {
	for v, want := range map[string]keyClass{
		"pdl_sdbx_apikey_01gtgztp8f4kek3yd4g1wrksa3_q6TGTJ": keyTest,
		"sdbx_9f8e7d6c5b4a3f2e":                             keyTest,
		"acme-sbx-9f8e7d6c5b4a":                             keyTest,
		"pdl_live_apikey_01gtgztp8f4kek3yd4g1wrksa3_q6TGTJ": keyLive,
		"q7sdbxk2sbxm9f8e7d6c5b4a":                          keyUnknown, // inside a random value: no segment
	} {
		if got, _, marker := classifyKey(v); got != want {
			t.Errorf("classifyKey(%q) = %v (%s), want %v", v, got, marker, want)
		}
	}
	src := "https://example.com/paraphrase"
	sandbox := bearer("PAYMENTS_API_KEY", "acme_sdbx_key_9f8e7d6c5b4a3f2e1d0c")
	live := bearer("PAYMENTS_API_KEY", "acme_live_key_9f8e7d6c5b4a3f2e1d0c")
	runProviderCases(t, "roundfamous1 key markers", []provCase{
		{src: src, name: "a sandbox key in production, no permission", status: 403, header: jsonCT(),
			body: `{"message":"You do not have permission to perform this action"}`, cred: sandbox, env: "production", want: TestKeyInProduction},
		{src: src, name: "a live key in staging, not permitted", status: 403, header: jsonCT(),
			body: `{"error":"You are not permitted to perform this request."}`, cred: live, env: "staging", want: LiveKeyOutsideProduction},
		{src: src, name: "neighbour: a sandbox key in staging, no permission", status: 403, header: jsonCT(),
			body: `{"message":"You do not have permission to perform this action"}`, cred: sandbox, env: "staging", want: PermissionDenied},
	})
}
