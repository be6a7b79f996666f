package diagnose

import "testing"

// TestRoundtelecom2Readings: the readings the roundtelecom2 round added,
// each in words another server could send for the same thing, with the
// neighbour it must leave alone.
func TestRoundtelecom2Readings(t *testing.T) {
	tok := bearer("ACCESS_TOKEN", "tk_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4")
	login := basicCred("ci-bot@chat.example.com", "gjA04ZYcqXKalvYMA8OeXSfzUOLrtbZv")
	runReadings(t, []readingCase{
		// An expiry said as "expired credentials", or as out of date.
		{"expired credentials", 401, nil, `{"error":"Expired credentials"}`, tok, TokenExpired, nil},
		{"session token you sent is out of date", 401, nil, `{"message":"The session token you sent is out of date, sign in again"}`, tok, TokenExpired, nil},
		{"credentials provided were out-of-date", 401, nil, `{"fault":"The credentials provided were out-of-date."}`, tok, TokenExpired, nil},
		{"invalid or expired credentials stays refused", 401, nil, `{"message":"Invalid or expired credentials"}`, tok, CredentialRejected, []string{TokenExpired}},
		{"a client version out of date is no token", 400, nil, `{"error":"Your client version is out of date, please update the app"}`, tok, "", []string{TokenExpired}},
		// The request's subject said not the one its token is bound to.
		{"phone number does not match the access token", 403, nil, `{"code":"PERMISSION_DENIED","message":"The phone number does not match the access token"}`, tok, PermissionDenied, nil},
		{"user_id inconsistent with the token's subject", 403, nil, `{"error":"user_id is inconsistent with the token's subject"}`, tok, PermissionDenied, nil},
		{"invalid_token_context code, device not consistent", 403, nil, `{"status":403,"code":"INVALID_TOKEN_CONTEXT","message":"Device is not consistent with access token."}`, tok, PermissionDenied, []string{CredentialRejected}},
		{"subject not the token's under a 2xx failure flag", 200, nil, `{"ok":false,"error":"The phone number does not match the access token"}`, tok, PermissionDenied, nil},
		{"an invalid access token stays refused", 401, nil, `{"code":"INVALID_TOKEN","message":"The access token is invalid."}`, tok, CredentialRejected, []string{PermissionDenied}},
		// A kind of caller (a guest, a bot, a read-only account) refused.
		{"not allowed for guest users", 400, nil, `{"result":"error","msg":"Not allowed for guest users","code":"BAD_REQUEST"}`, login, PermissionDenied, nil},
		{"not permitted for read-only accounts", 403, nil, `{"error":"Forbidden: not permitted for read-only accounts"}`, tok, PermissionDenied, nil},
		{"endpoint does not accept bot requests", 400, nil, `{"result":"error","msg":"This endpoint does not accept bot requests.","code":"BAD_REQUEST"}`, login, PermissionDenied, nil},
		{"does not accept requests from service accounts", 403, nil, `{"message":"This API does not accept requests from service accounts"}`, tok, PermissionDenied, nil},
		{"not allowed for this user is a field's rule", 400, nil, `{"errors":{"email":["Not allowed for this user"]}}`, tok, "", []string{PermissionDenied}},
		{"does not accept GET requests is the method's", 405, nil, `{"message":"This endpoint does not accept GET requests"}`, tok, "", []string{PermissionDenied}},
		// A credential said to have no registration for the product linked.
		{"no messaging application associated with this API key", 400, nil, `{"title":"Bad Request","detail":"No messaging application associated with this API key"}`, tok, CredentialRejected, nil},
		{"no integration is linked to this key", 403, nil, `{"error":"No integration is linked to this API key"}`, tok, CredentialRejected, nil},
		{"no numbers associated with the application is data", 400, nil, `{"detail":"No numbers associated with this application"}`, tok, "", []string{CredentialRejected}},
	})
}
