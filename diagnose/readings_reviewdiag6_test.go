package diagnose

import "testing"

// TestReviewdiag6Readings: readings this session's rounds added that took
// another thing's words, each neighbour beside a paraphrase the reading
// must still take. Without the narrowing, every neighbour row fails.
func TestReviewdiag6Readings(t *testing.T) {
	tok := bearer("ACCESS_TOKEN", "tk_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4")
	jwt := bearer("JWT", "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJzdmMiLCJleHAiOjQxMDI0NDQ4MDB9.c2lnbmF0dXJlLW9mLXRoZS10b2tlbg")
	key := apiKey("API_KEY", "ak_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4", "X-Api-Key", "")
	runReadings(t, []readingCase{
		// A User-Agent that a request has or sends is missing only when
		// the answer demands one; one named and blocked is not missing.
		{"a user agent demanded", 403, nil, `{"message":"Requests must include a User-Agent header."}`, key, RequiredHeaderMissing, nil},
		{"a user agent the request has, blocked", 403, nil, `{"message":"Requests that have a user agent of curl are blocked."}`, key, PermissionDenied, []string{RequiredHeaderMissing}},
		{"a user agent the client sends, not allowed", 403, nil, `{"message":"Your client sends a user agent that is not allowed for this key."}`, key, PermissionDenied, []string{RequiredHeaderMissing}},
		// A maximum age is a token's only when a token is named, or in
		// the JWT option's own spelling (maxAge).
		{"maxAge exceeded", 401, nil, `{"message":"Invalid token: maxAge exceeded"}`, jwt, TokenExpired, nil},
		{"token exceeds the maximum age", 401, nil, `{"error":"Token exceeds the maximum age allowed"}`, jwt, TokenExpired, nil},
		{"a person's maximum age, 400", 400, nil, `{"error":"Maximum age exceeded for this policy holder"}`, tok, "", []string{TokenExpired}},
		{"a person's maximum age, 403", 403, nil, `{"message":"The applicant exceeds the maximum age for this product."}`, tok, PermissionDenied, []string{TokenExpired}},
		// A second factor not set up refuses on a refusal's status; on a
		// 400 it is the user an API manages.
		{"two-factor not enabled, 403", 403, nil, `{"message":"Two-factor authentication is not enabled for this user"}`, tok, PermissionDenied, nil},
		{"two-factor not enabled, 400", 400, nil, `{"message":"400 Bad request - Two-factor authentication is not enabled for this user"}`, tok, "", []string{PermissionDenied}},
		// A key or account linked to a region is a host's; a user
		// assigned to a store's location is not.
		{"key bound to cluster us2", 403, nil, `{"error":"This key is bound to cluster 'us2'"}`, key, RegionMismatch, nil},
		{"a user's store location", 403, nil, `{"message":"User is assigned to location store12 and cannot view this warehouse."}`, tok, PermissionDenied, []string{RegionMismatch}},
		// A kid said invalid or unknown is a token's when the token or
		// its header is named; alone it may be a child's record.
		{"unknown token kid", 401, nil, `{"error":"Unknown token kid"}`, jwt, CredentialRejected, nil},
		{"invalid kid in the JWT", 401, nil, `{"message":"Invalid kid in the JWT"}`, jwt, CredentialRejected, nil},
		{"an invalid kid alone, 404", 404, nil, `{"error":"Invalid kid."}`, jwt, "", []string{CredentialRejected}},
		{"an unknown kid alone, 400", 400, nil, `{"error":"Unknown kid"}`, jwt, "", []string{CredentialRejected}},
		// Access or a login refused for an account's state is that
		// account's; another operation refused for a user's state is on
		// another account.
		{"sign-in blocked for suspended account", 403, nil, `{"message":"Sign-in blocked for suspended account ci-bot"}`, tok, CredentialRejected, nil},
		{"an assignment refused for an inactive user, 403", 403, nil, `{"message":"Task assignment refused for inactive user jdoe"}`, tok, PermissionDenied, []string{CredentialRejected}},
		{"an assignment refused for an inactive user, 400", 400, nil, `{"message":"Task assignment refused for inactive user jdoe"}`, tok, "", []string{CredentialRejected}},
		// A credential said wrong is refused; what went wrong with it is
		// a server's failure.
		{"the access key you sent is wrong", 401, nil, `{"message":"The access key you sent is wrong"}`, key, CredentialRejected, nil},
		{"token validation went wrong, 500", 500, nil, `{"message":"Token validation went wrong"}`, tok, "", []string{CredentialRejected}},
		// Sending faster than a rate the caller is held to is a rate
		// limit; faster than a setting's minimum rate is a value.
		{"sending faster than your key's rate", 429, nil, `{"message":"You are sending requests faster than your key's rate allows"}`, key, RateLimited, nil},
		{"polling faster than the maximum rate", 429, nil, `{"message":"Client is polling faster than the maximum rate"}`, key, RateLimited, nil},
		{"a polling interval's minimum rate, 400", 400, nil, `{"message":"Polling interval must not be faster than the minimum rate"}`, key, "", []string{RateLimited}},
		// A credential of a kind that does not work with the function
		// called is a permission; a data token or key that cannot be used
		// there is the request's.
		{"a restricted key cannot be used for this operation", 403, nil, `{"error":"This restricted key cannot be used for this operation"}`, key, PermissionDenied, nil},
		{"a pagination token, 400", 400, nil, `{"message":"This pagination token cannot be used with this endpoint"}`, tok, "", []string{PermissionDenied}},
		{"an idempotency key, 422", 422, nil, `{"message":"The idempotency key was already used and cannot be used for this operation"}`, tok, "", []string{PermissionDenied}},
		// What the key belongs to, said marked as removed, opens the
		// sentence; a project the request names is its data.
		{"workspace marked as disabled", 401, nil, `{"error":"Your workspace has been marked as disabled."}`, tok, CredentialRejected, nil},
		{"a task's project marked as deleted, 400", 400, nil, `{"message":"The task you are moving belongs to a project that is marked as deleted"}`, tok, "", []string{CredentialRejected}},
	})
}
