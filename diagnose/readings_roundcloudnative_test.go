package diagnose

import "testing"

// TestRoundcloudnativeReadings: the readings the roundcloudnative round
// added, each in words another server could send for the same thing,
// with the neighbour it must leave alone.
func TestRoundcloudnativeReadings(t *testing.T) {
	tok := bearer("ACCESS_TOKEN", "tk_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4")
	key := apiKey("API_KEY", "ak_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4", "X-API-Key", "")
	html := map[string]string{"Content-Type": "text/html; charset=utf-8"}
	runReadings(t, []readingCase{
		// A token, credential or API key said not valid or not to exist.
		{"token is invalid or does not exist, 400", 400, nil, `{"errors":["session token is not valid or does not exist"]}`, tok, CredentialRejected, nil},
		{"access key is expired and no longer exists", 401, nil, `{"message":"The access key is expired and no longer exists"}`, key, CredentialRejected, nil},
		{"api key does not exist or has been revoked", 400, nil, `{"error":"API key does not exist or has been revoked"}`, key, CredentialRejected, nil},
		{"a stored encryption key that does not exist is data", 400, nil, `{"errors":["encryption key does not exist or is not valid for this mount"]}`, tok, "", []string{CredentialRejected}},
		// A valid credential said missing or not found: one sent was not taken.
		{"a valid API key was not found, a key sent", 401, nil, `{"message":"A valid API key was not found in the request"}`, key, CredentialRejected, []string{CredentialInWrongPlace}},
		{"a valid authentication token is missing, a token sent", 401, nil, `{"error":"A valid authentication token is missing"}`, tok, CredentialRejected, []string{CredentialInWrongPlace}},
		{"a valid token is missing, nothing sent", 401, nil, `{"error":"A valid authentication token is missing"}`, nil, NoCredentialsSent, nil},
		{"a token missing, without valid, to a key elsewhere stays the place", 401, nil, `{"message":"Authorization token is missing"}`, key, CredentialInWrongPlace, nil},
		// An account an administrator barred from signing in.
		{"user is barred from logging in", 403, nil, `{"message":"This user has been barred from logging in."}`, tok, CredentialRejected, nil},
		{"account blocked from signing in", 403, nil, `{"error":"Account is blocked from signing in"}`, tok, CredentialRejected, nil},
		{"blocked from sending email is a permission", 403, nil, `{"message":"This account has been blocked from sending email"}`, tok, PermissionDenied, nil},
		{"prohibited from creating repositories is a permission", 403, nil, `{"message":"This account is prohibited from creating repositories."}`, tok, PermissionDenied, nil},
		// An account said stopped under a 2xx failure flag.
		{"account suspended under success false", 200, nil, `{"success":false,"message":"Your account has been suspended."}`, tok, CredentialRejected, nil},
		{"user barred from signing in under ok false", 200, nil, `{"ok":false,"error":"This user is barred from signing in"}`, tok, CredentialRejected, nil},
		{"a name taken under success false is data", 200, nil, `{"success":false,"message":"Account name is already taken"}`, tok, "", nil},
		// A page whose headline names the principal it refused is the
		// application's refusal, not a proxy's page.
		{"page: forbidden (user=…, verb=…)", 403, html, `<html><head><title>Forbidden (user=ci-bot, verb=list, resource=pods)</title></head><body></body></html>`, tok, PermissionDenied, []string{BlockedByProxy}},
		{"page: access denied (principal: …)", 403, html, `<html><head><title>Error</title></head><body><h1>Access denied (principal: svc-orders)</h1></body></html>`, tok, PermissionDenied, []string{BlockedByProxy}},
		{"page: a bare 403 Forbidden stays a proxy's", 403, html, `<html><head><title>Error</title></head><body><h1>HTTP 403 Forbidden</h1></body></html>`, tok, BlockedByProxy, nil},
		// A token's check failed, the reason its expiry.
		{"token validation failed: expired", 401, nil, `{"error":"Token validation failed: expired"}`, tok, TokenExpired, nil},
		{"jwt check failed (reason: expired)", 401, nil, `{"message":"JWT check failed (reason: expired)"}`, tok, TokenExpired, nil},
		{"failed verification for another reason is refused", 401, nil, `{"errors":[{"status":401,"message":"Token failed verification: signature mismatch"}]}`, tok, CredentialRejected, []string{TokenExpired}},
	})
}
