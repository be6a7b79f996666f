package diagnose

import "testing"

// TestRoundfamous3Readings: the readings the roundfamous3 round added,
// each in words another server could send for the same thing, with the
// neighbour it must leave alone.
func TestRoundfamous3Readings(t *testing.T) {
	tok := bearer("ACCESS_TOKEN", "tk_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4")
	key := apiKey("API_KEY", "ak_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4", "X-API-Key", "")
	basic := basicCred("ci", "hunter2-account-password")
	runReadings(t, []readingCase{
		// The account, organisation or e-mail address must be verified.
		{"organization must be verified to stream this model", 400, nil, `{"error":{"message":"Your organization must be verified to stream this model.","type":"invalid_request_error","param":"stream","code":"unsupported_value"}}`, tok, PermissionDenied, nil},
		{"account must be verified before using the endpoint", 403, nil, `{"message":"Your account must be verified before you can use this endpoint."}`, key, PermissionDenied, nil},
		{"requires a verified organization", 400, nil, `{"error":"This feature requires a verified organization"}`, tok, PermissionDenied, nil},
		{"verify your email before sharing, on a 409", 409, nil, `{"error_summary":"email_unverified/","message":"Please verify your email address before creating shared links."}`, tok, PermissionDenied, nil},
		// (Amazon SES's sandbox: an address the request sends from.)
		{"an address the request names, not verified, is data", 400, nil, `{"message":"Email address is not verified. The following identities failed the check in region EU-WEST-1: ops@example.com"}`, key, "", []string{PermissionDenied}},
		// A workspace or account made read-only.
		{"workspace is read-only", 403, nil, `{"message":"This workspace is read-only."}`, tok, PermissionDenied, nil},
		{"account in read-only mode, on a 401", 401, nil, `{"error":"Your account is in read-only mode. Upgrade to continue editing."}`, tok, PermissionDenied, nil},
		{"a read-only field is the body's", 422, nil, `{"errors":[{"field":"id","message":"Field 'id' is read-only"}]}`, tok, "", []string{PermissionDenied}},
		// A free tier switched off, a paid plan asked for.
		{"free tier access suspended", 401, nil, `{"detail":"Free tier access has been suspended for this account."}`, key, PermissionDenied, nil},
		{"purchase a paid subscription to continue", 403, nil, `{"error":"Please purchase a paid subscription to continue using the API."}`, key, PermissionDenied, nil},
		{"a free tier's limit reached is a rate", 429, nil, `{"error":"Free tier usage limit reached for today"}`, key, RateLimited, []string{PermissionDenied}},
		// An organisation or account disabled: the credential is refused.
		{"account has been disabled", 403, nil, `{"error":{"message":"Your account has been disabled."}}`, key, CredentialRejected, []string{DeprecatedAuthMethod}},
		{"workspace is disabled", 401, nil, `{"message":"The workspace is disabled"}`, tok, CredentialRejected, []string{DeprecatedAuthMethod}},
		{"password authentication disabled for the organisation stays the method's", 401, nil, `{"message":"Password authentication has been disabled for this organization"}`, basic, DeprecatedAuthMethod, nil},
		// A way of authenticating not taken now, or not for this organisation.
		{"API key authentication is currently disabled", 401, nil, `{"error":"API key authentication is currently disabled."}`, key, DeprecatedAuthMethod, nil},
		{"basic authentication not allowed for this organization", 403, nil, `{"message":"Basic authentication is not allowed for this organization"}`, basic, DeprecatedAuthMethod, nil},
		{"a scheme not enabled on a server stays the scheme's", 401, nil, `{"error":"Basic authentication is not enabled on this server"}`, basic, SchemeMismatch, []string{DeprecatedAuthMethod}},
		// A kind of credential the API stopped taking.
		{"stopped accepting basic authentication", 401, nil, "The API has stopped accepting basic authentication. Use an API token.", basic, DeprecatedAuthMethod, nil},
		{"no longer accepts API keys", 401, nil, `{"message":"We no longer accept API keys; use OAuth 2.0 access tokens."}`, key, DeprecatedAuthMethod, nil},
		{"stopped supporting an old TLS version is no credential's", 401, nil, `{"message":"We stopped supporting TLS 1.0 and 1.1."}`, key, CredentialRejected, []string{DeprecatedAuthMethod}},
		// A token the server could not parse.
		{"unable to parse JWT", 401, nil, `{"error":"Unable to parse JWT"}`, tok, CredentialRejected, nil},
		{"token could not be decoded, on a 403", 403, nil, `{"message":"The bearer token could not be decoded."}`, tok, CredentialRejected, nil},
		{"a page token that cannot be parsed is data", 400, nil, `{"error":{"code":400,"message":"Unable to parse the next page token.","status":"INVALID_ARGUMENT"}}`, tok, "", []string{CredentialRejected}},
		// A workspace or team, written with (s), not authorized.
		{"workspace(s) not authorized", 401, nil, `{"err":"Workspace(s) not authorized","ECODE":"OAUTH_027"}`, tok, PermissionDenied, nil},
		// A caller not permitted to use the product, with no verb before.
		{"user not permitted to access the space, on a 403", 403, nil, `{"message":"User not permitted to access this space"}`, tok, PermissionDenied, nil},
		{"account not permitted to use the product, in a 200 ok:false", 200, nil, `{"ok":false,"error":"Account not permitted to use Jira"}`, tok, PermissionDenied, nil},
		{"free tier disabled, in a 200 success:false", 200, nil, `{"success":false,"message":"Free tier usage disabled for this account."}`, key, PermissionDenied, nil},
		{"users not allowed to exceed a bound is the data's", 200, nil, `{"ok":false,"error":"Users not allowed to exceed 10 per team"}`, tok, "", []string{PermissionDenied}},
		// A wait in numbers beside a refusal of the credential is no limit.
		{"invalid API key with retryAfter", 401, nil, `{"error":{"message":"Invalid API key","retryAfter":60}}`, key, CredentialRejected, []string{RateLimited}},
		{"a wait in numbers alone stays a limit", 400, nil, `{"error":"Same arguments in less than 10 seconds","wait_seconds":8}`, key, RateLimited, nil},
	})
	// A prompt refused by the API's moderation is no refusal of the caller.
	runFalsePositives(t, "roundfamous3 paraphrases", []fpCase{
		{src: "https://example.com/paraphrase", name: "rejected as a result of our safety system", status: 403, header: jsonCT(),
			body: `{"error":{"message":"Your request was rejected as a result of our safety system.","type":"invalid_request_error","code":"content_policy_violation"}}`},
		{src: "https://example.com/paraphrase", name: "flagged by the content filter", status: 403, header: jsonCT(),
			body: `{"message":"The prompt was flagged by the content filter."}`},
	})
}
