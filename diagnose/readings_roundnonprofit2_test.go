package diagnose

import "testing"

// TestRoundnonprofit2Readings: the readings the roundnonprofit2 round
// added, each in words another server could send for the same thing,
// with the neighbour it must leave alone.
func TestRoundnonprofit2Readings(t *testing.T) {
	tok := bearer("ACCESS_TOKEN", "tk_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4")
	key := apiKey("API_KEY", "k_5f3c9e1a7b2d4c6e8f0a1b3c5d7e9f12", "X-API-Key", "")
	login := basicCred("ci-bot", "gjA04ZYcqXKalvYMA8OeXSfzUOLrtbZv")
	mw := func(code, info string) string {
		return `{"error":{"code":"` + code + `","info":"` + info + `","*":"See https://wiki.example.org/w/api.php for API usage."}}`
	}
	runReadings(t, []readingCase{
		// An expired token with its kind between ("Expired Personal
		// Token").
		{"expired personal token", 401, nil, `{"error":{"code":401,"type":"unauthorized","message":"Expired Personal Token (Api Key)"}}`, tok, TokenExpired, nil},
		{"expired user token", 401, nil, `{"message":"Expired user token, please sign in again"}`, tok, TokenExpired, nil},
		{"expired bearer token", 401, nil, `{"error":"expired bearer token"}`, tok, TokenExpired, nil},
		{"an expired card is the payment's", 402, nil, `{"error":"Expired card, use another payment method"}`, tok, "", []string{TokenExpired}},

		// The caller said unable to use its token on this route.
		{"cannot use this token on this route", 401, nil, `{"error":{"code":401,"type":"unauthorized","message":"Cannot use this token on this route (scope: login)"}}`, tok, PermissionDenied, nil},
		{"you may not use this key for this endpoint", 401, nil, `{"message":"You may not use this API key for this endpoint."}`, key, PermissionDenied, nil},
		{"cannot use a personal token with this function", 400, nil, `{"error":"Cannot use a personal token with this function"}`, tok, PermissionDenied, nil},
		{"cannot use this coupon code is an order's", 400, nil, `{"error":"You cannot use this coupon code for this order"}`, tok, "", []string{PermissionDenied}},

		// A way of authenticating not allowed for the identity.
		{"authentication type not allowed for this principal", 401, nil, `HTTP 401 Authentication type "api_key" with flow "header" is not allowed for this principal.`, tok, DeprecatedAuthMethod, nil},
		{"authentication method not permitted for this user", 403, nil, `{"message":"The authentication method password is not permitted for this user"}`, login, DeprecatedAuthMethod, nil},
		{"a password not valid for this user stays refused", 401, nil, `{"message":"The password is not valid for this user"}`, login, CredentialRejected, []string{DeprecatedAuthMethod}},

		// The caller said to need a permission for what it asked.
		{"you need read permission to use this module", 400, nil, `{"error":"You need read permission to use this module."}`, tok, PermissionDenied, nil},
		{"token requires write privileges for this operation", 400, nil, `{"message":"This token requires write privileges for this operation"}`, tok, PermissionDenied, nil},
		{"need permission in an error object's info, 200", 200, nil, mw("permissiondenied", "You need the edit permission to change this page."), tok, PermissionDenied, nil},
		{"apps need permissions granted by an admin is a setup", 400, nil, `{"error":"Invalid configuration: apps need permissions granted by an admin"}`, tok, "", []string{PermissionDenied}},

		// The caller said not allowed to, or barred from, an operation on
		// this thing.
		{"not allowed to edit this wiki, 200 info", 200, nil, mw("writeapidenied", "You're not allowed to edit this wiki through the API."), tok, PermissionDenied, nil},
		{"not permitted to delete this record", 400, nil, `{"error":"You are not permitted to delete this record."}`, tok, PermissionDenied, nil},
		{"blocked from editing, 200 info", 200, nil, mw("blocked", "You have been blocked from editing."), tok, PermissionDenied, nil},
		{"account banned from posting", 403, nil, `{"message":"Your account has been banned from posting in this community"}`, tok, PermissionDenied, nil},
		{"not allowed to create a duplicate is a business rule", 422, nil, `{"error":"You are not allowed to create a Tweet with duplicate content."}`, tok, "", []string{PermissionDenied}},
		{"barred from logging in stays the account's", 403, nil, `{"message":"This user has been barred from logging in."}`, tok, CredentialRejected, nil},

		// Refused as anonymous, in an error object's info of a 200.
		{"anonymous users can't edit, nothing sent", 200, nil, mw("noedit-anon", "Anonymous users can't edit pages."), nil, NoCredentialsSent, nil},
		{"anonymous access is not allowed, nothing sent", 200, nil, `{"error":{"code":"auth","message":"Anonymous access is not allowed for this API"}}`, nil, NoCredentialsSent, nil},
		{"an anonymous poll's setting is data", 200, nil, `{"error":{"code":"settings","message":"Anonymous voting can't be changed after the poll opens"}}`, tok, "", nil},

		// No longer logged in: the session ended.
		{"you are no longer logged in, 200 info", 200, nil, mw("assertuserfailed", "You are no longer logged in, so the action could not be completed."), headerCred("Cookie", "SESSION", "sid=9f8e7d6c5b4a39281706f5e4d3c2b1a0"), TokenExpired, nil},
		{"user is no longer signed in", 401, nil, `{"message":"The user is no longer signed in. Sign in again."}`, tok, TokenExpired, nil},
		{"no longer logged the events is data", 200, nil, `{"status":"ok","note":"Audit events are no longer logged in this region"}`, tok, "", nil},
	})
}
