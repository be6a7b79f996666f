package diagnose

import "testing"

// TestRoundgeotelReadings: the readings the roundgeotel round added, each
// in words another server could send for the same thing, with the
// neighbour it must leave alone.
func TestRoundgeotelReadings(t *testing.T) {
	tok := bearer("ACCESS_TOKEN", "tk_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4")
	key := apiKey("API_KEY", "6d0e711d72d74daeb2b0bfd2a5cdfdba", "", "key")
	js := ctHeader("text/javascript; charset=UTF-8")
	runReadings(t, []readingCase{
		// An error object in a 200 that says the caller lacks a permission.
		{"error object, token lacks permission, no code", 200, nil, `{"error":{"message":"The token does not have permission to access this project.","details":[]}}`, tok, PermissionDenied, nil},
		{"error object, user doesn't have permissions, code 403", 200, nil, `{"error":{"code":403,"message":"User doesn't have permissions to perform this operation"}}`, tok, PermissionDenied, nil},
		{"error object about a file's permissions is data", 200, nil, `{"error":{"message":"The file has no permissions set yet."}}`, tok, "", []string{PermissionDenied}},
		// The first of an error's details says why it failed.
		{"details say the password was wrong", 200, nil, `{"error":{"code":400,"message":"Unable to sign in.","details":["Wrong username or password."]}}`, basicCred("gis_editor", "Arc-Pass-2024-k9Q"), CredentialRejected, nil},
		{"details say the token is invalid", 200, nil, `{"error":{"code":500,"message":"Request failed.","details":["The access token is invalid."]}}`, tok, CredentialRejected, nil},
		{"details that name a field are validation", 200, nil, `{"error":{"code":400,"message":"Unable to complete operation.","details":["Field 'title' is required."]}}`, tok, "", nil},
		// A message's error text that says a usage limit was reached, in a 200.
		{"error-text: sending faster than the account's rate", 200, nil, `{"message-count":"1","messages":[{"status":"1","error-text":"Throttled: you are sending messages faster than your account's rate"}]}`, key, RateLimited, nil},
		{"error_message: exceeded the daily request quota", 200, nil, `{"errors":[{"error_message":"You have exceeded your daily request quota."}]}`, key, RateLimited, nil},
		{"error-text about a length limit is the message's", 200, nil, `{"messages":[{"status":"6","error-text":"Message body exceeds the length limit of 1600 characters"}]}`, key, "", nil},
		// Requests sent faster than the limit, whatever the status.
		{"requesting faster than the allowed rate", 400, nil, `{"error":"You are requesting faster than the allowed rate"}`, key, RateLimited, nil},
		{"calling faster than your plan's limit", 403, nil, `{"message":"You are calling this API faster than your plan's limit allows."}`, key, RateLimited, nil},
		{"a disk filling faster than a limit is no rate", 500, nil, `{"error":"The disk is filling faster than the retention limit"}`, key, "", []string{RateLimited}},
		// The account said blocked as the sentence opens.
		{"this account has been blocked", 403, nil, `{"message":"This account has been blocked."}`, key, CredentialRejected, nil},
		{"the account is temporarily blocked", 401, nil, `{"error":"The account is temporarily blocked"}`, tok, CredentialRejected, nil},
		{"a sender blocked for the account is no account state", 403, nil, `{"message":"Sending to this number has been blocked for your account"}`, key, PermissionDenied, []string{CredentialRejected}},
		// A message that is one state word.
		{"detail Inactive", 401, nil, `{"detail":"Inactive"}`, tok, CredentialRejected, nil},
		{"error revoked", 403, nil, `{"error":"revoked"}`, key, CredentialRejected, nil},
		{"a feature said disabled is the plan's", 403, nil, `{"status":"disabled","message":"Webhooks are disabled for this project"}`, key, PermissionDenied, []string{CredentialRejected}},
		{"disabled, nothing sent", 401, nil, `{"message":"disabled"}`, nil, NoCredentialsSent, []string{CredentialRejected}},
		// A JSONP answer behind an empty comment and a guard that the
		// callback exists is read as the JSON it wraps.
		{"Express's guarded JSONP, invalid API key", 200, js, `/**/ typeof cb === 'function' && cb({"status":"error","message":"Invalid API key"});`, key, CredentialRejected, nil},
		{"a callback guarded by its name, invalid token", 200, js, "/**/jsonp_1 && jsonp_1( {\n \"error\": {\"code\": 401, \"message\": \"Invalid token\"}\n} )", tok, CredentialRejected, nil},
		{"guarded JSONP with data that names a key", 200, js, `/**/cb && cb({"results":[{"name":"Invalid key lime pie","rating":4}]});`, key, "", nil},
		// "Lacks" a permission says what "does not have" says. A token that
		// lacks the required permissions lacks its scope, as one that does
		// not have them does (credentialLacksPermissionsPattern: crates.io's
		// "this token does not have the required permissions").
		{"error object, you lack permissions", 200, nil, `{"error":{"message":"You lack permissions to perform this operation."}}`, tok, PermissionDenied, nil},
		{"token lacks the required permissions, on a 401", 401, nil, `{"error":"The token lacks the required permissions for this endpoint"}`, tok, ServerInsufficientScope, nil},
		{"a request lacking a field is validation", 400, nil, `{"error":"The request lacks a permission field"}`, tok, "", []string{PermissionDenied}},
		// A trial account said unable to do what was asked.
		{"trial accounts cannot, under ok:false", 200, nil, `{"ok":false,"error":"Trial accounts cannot call numbers outside your country"}`, key, PermissionDenied, nil},
		{"trial users may not, as a 403 page's title", 403, map[string]string{"Content-Type": "text/html"}, `<html><head><title>Trial users may not export data</title></head><body></body></html>`, key, PermissionDenied, []string{BlockedByProxy}},
		{"a trial account's rule in a success is no refusal", 200, nil, `{"status":"ok","message":"Trial accounts cannot be converted after 30 days"}`, key, "", nil},
		// The credential's fault in a detail, after a label or respelled.
		{"details: Error: unrecognized username or password", 200, nil, `{"error":{"code":400,"message":"Unable to generate token.","details":["Error: Unrecognized username or password."]}}`, basicCred("gis_editor", "Arc-Pass-2024-k9Q"), CredentialRejected, nil},
	})
}
