package diagnose

import "testing"

// TestRoundasia3Readings: the readings the roundasia3 round added, each in
// words another server could send for the same thing, with the neighbour
// it must leave alone.
func TestRoundasia3Readings(t *testing.T) {
	tok := bearer("ACCESS_TOKEN", "tk_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4")
	inQuery := apiKey("API_KEY", "ak_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4", "", "key")
	runReadings(t, []readingCase{
		// A credential's name in backticks or quotes reads as the name.
		{"incorrect `api_key` or `access_token` on a 403", 403, nil, "{\"message\":\"Incorrect `api_key` or `access_token`.\"}", tok, CredentialRejected, nil},
		{"invalid 'apiKey' on a 403", 403, nil, `{"error":"Invalid 'apiKey' supplied"}`, inQuery, CredentialRejected, nil},
		{"a quoted field said invalid stays a field", 403, nil, `{"message":"The filter 'ip' is invalid"}`, tok, PermissionDenied, []string{IPRestricted}},
		// A request or access said too frequent, in the singular too.
		{"ACCESS_TOO_FREQUENT under a failure status, in a 200", 200, nil, `{"status":"0","info":"ACCESS_TOO_FREQUENT","infocode":"10004"}`, inQuery, RateLimited, nil},
		{"request too frequently on a 403", 403, nil, `{"code":4003,"message":"Request too frequently, please try again later"}`, tok, RateLimited, nil},
		{"too frequent password changes is a policy", 400, nil, `{"message":"Too frequent password changes are not allowed"}`, tok, "", []string{RateLimited}},
		// A period's or a caller's count said over its limit.
		{"DAILY_QUERY_OVER_LIMIT in a 200", 200, nil, `{"status":"0","info":"DAILY_QUERY_OVER_LIMIT","infocode":"10003"}`, inQuery, RateLimited, nil},
		{"daily request count over quota on a 403", 403, nil, `{"error":"Daily request count over quota"}`, tok, RateLimited, nil},
		{"a query over the limit of ids is one request's size", 400, nil, `{"error":"Query over limit: at most 50 ids per request"}`, tok, "", []string{RateLimited}},
		// The caller's address named invalid: the API's user is the caller.
		{"INVALID_USER_IP in a 200", 200, nil, `{"status":"0","info":"INVALID_USER_IP","infocode":"10005"}`, inQuery, IPRestricted, nil},
		{"unknown client IP under a failure flag", 200, nil, `{"success":false,"message":"Unknown client IP"}`, tok, IPRestricted, nil},
		{"an invalid IP address to look up is the request's", 400, nil, `{"error":"Invalid IP address: 300.1.2.3"}`, tok, "", []string{IPRestricted}},
		// A key said of another platform or service.
		{"USERKEY_PLAT_NOMATCH in a 200", 200, nil, `{"status":"0","info":"USERKEY_PLAT_NOMATCH","infocode":"10009"}`, inQuery, CredentialRejected, nil},
		{"this key is for a different platform, on a 403", 403, nil, `{"message":"This key is for a different platform"}`, inQuery, CredentialRejected, nil},
		{"a platform mismatch of a build names no key", 400, nil, `{"message":"Platform mismatch: the artifact was built for arm64"}`, tok, "", []string{CredentialRejected}},
		// The interface called said not granted to the caller, beside a code
		// that names the token.
		{"商户未授权当前接口 beside an invalid token code", 200, nil, `{"trade_refund_response":{"code":"20001","msg":"Insufficient Token Permissions","sub_code":"aop.invalid-app-auth-token-no-api","sub_msg":"商户未授权当前接口"}}`, inQuery, PermissionDenied, nil},
		{"the current interface has not been authorized, on a 400", 400, nil, `{"message":"The current interface has not been authorized for this application"}`, tok, PermissionDenied, nil},
		{"接口未授权 under a failure code", 200, nil, `{"errcode":40100,"errmsg":"接口未授权"}`, tok, PermissionDenied, nil},
		{"this request is not authorized stays the credential's", 401, nil, `{"message":"Unauthorized: this request is not authorized"}`, tok, CredentialRejected, []string{PermissionDenied}},
	})
}
