package diagnose

import "testing"

// TestRoundcrypto2Readings: the readings the roundcrypto2 round added or
// widened, each in words another server could send for the same thing,
// with the neighbour it must leave alone.
func TestRoundcrypto2Readings(t *testing.T) {
	tok := bearer("ACCESS_TOKEN", "tk_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4")
	key := apiKey("API_KEY", "k_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4", "X-Api-Key", "")
	runReadings(t, []readingCase{
		// No permission to do it, with no holder named; permissions said
		// incorrect as the whole complaint.
		{"no permission to access, subjectless, 400", 400, nil, `{"code":1021,"msg":"No permission to access this resource."}`, key, PermissionDenied, nil},
		{"no privileges to perform, after a code", 400, nil, `{"error":"E1021: no privileges to perform this action"}`, key, PermissionDenied, nil},
		{"wrong permissions as the whole complaint", 400, nil, `{"status":"error","message":"Wrong permissions."}`, key, PermissionDenied, nil},
		{"a permissions field's value said incorrect", 400, nil, `{"error":"Incorrect permissions value for field role"}`, key, "", []string{PermissionDenied}},
		// The call said out of the credential's scope.
		{"out_of_scope as a code on a 401", 401, nil, `{"error":{"code":"out_of_scope","message":"x"}}`, tok, PermissionDenied, nil},
		{"out_of_scope as an error's whole value on a 403", 403, nil, `{"error":"out_of_scope"}`, tok, PermissionDenied, nil},
		// The same word as a status or in a sentence names no caller: a
		// geocoder's place outside its service area.
		{"a geocoder's out_of_scope status is the place's", 400, nil, `{"status":"out_of_scope","message":"The location is outside the service area"}`, tok, "", []string{PermissionDenied}},
		{"a quoted 'out of scope' address is the data's", 422, nil, `{"error":"Address is 'out of scope' for this region"}`, tok, "", []string{PermissionDenied}},
		{"operation outside the token's scope", 400, nil, `{"message":"Operation is outside the token's scope"}`, tok, PermissionDenied, nil},
		{"a date out of scope is the data's", 400, nil, `{"message":"The requested date is out of scope"}`, tok, "", []string{PermissionDenied}},
		// No authorization for the caller's address, in words or a code
		// whose IP was underscored letter by letter.
		{"no authorization for this IP address", 403, nil, `{"error":"No authorization for this IP address"}`, key, IPRestricted, nil},
		{"unauthorized_i_p code", 401, nil, `{"error":{"name":"unauthorized_i_p"}}`, key, IPRestricted, nil},
		{"no_authorization alone names no address", 401, nil, `{"error":"no_authorization"}`, key, CredentialRejected, []string{IPRestricted}},
		// The caller's IP said not allowed, and a permission said
		// insufficient, in Korean and Chinese.
		{"IP address not allowed, in Korean", 401, nil, `{"error":{"message":"허용되지 않은 IP 주소입니다.","name":"x"}}`, key, IPRestricted, nil},
		{"IP not in the whitelist, in Chinese", 403, nil, `{"code":60020,"msg":"IP地址不在白名单中"}`, key, IPRestricted, nil},
		{"an IP address malformed, in Chinese, is the data's", 400, nil, `{"errmsg":"IP地址格式错误"}`, key, "", []string{IPRestricted}},
		{"insufficient permissions, in Korean", 401, nil, `{"error":{"message":"권한이 부족합니다.","name":"x"}}`, key, PermissionDenied, nil},
		{"a feature not allowed, in Korean, names no address", 401, nil, `{"error":{"message":"허용되지 않은 기능입니다.","name":"x"}}`, key, CredentialRejected, []string{IPRestricted}},
		// A result of error is a failure flag; a nonce refused as a code.
		{"result error, nonceDuplicate", 200, nil, `{"result":"error","serverTime":"2024-05-14T09:21:04.315Z","error":"nonceDuplicate"}`, key, CredentialRejected, nil},
		{"result error, reason and message", 200, nil, `{"result":"error","reason":"InvalidNonce","message":"Nonce has not increased since your last call"}`, key, CredentialRejected, nil},
		{"result error, funds short for an order is no refusal", 200, nil, `{"result":"error","error":"insufficientAvailableFunds"}`, key, "", nil},
		{"result success with an empty error", 200, nil, `{"result":"success","error":null,"serverTime":"2024-05-14T09:21:04.315Z"}`, key, "", nil},
		// A plan's subscribers or tiers; an upgrade in a 2xx envelope.
		{"restricted to paid plans", 403, nil, `{"error":"This endpoint is restricted to paid plans"}`, key, PermissionDenied, nil},
		{"limited to Enterprise API subscribers on a 401", 401, nil, `{"status":{"error_code":403,"error_message":"Access limited to Enterprise API subscribers"}}`, key, PermissionDenied, nil},
		{"upgrade your plan under a false status", 200, nil, `{"status":false,"message":"Please upgrade your plan to access this endpoint"}`, key, PermissionDenied, nil},
		{"requests limited per minute are a rate", 429, nil, `{"error":"Requests are limited to 100 per minute"}`, key, RateLimited, []string{PermissionDenied}},
		{"an address error under NOTOK is no refusal", 200, nil, `{"status":"0","message":"NOTOK","result":"Error! Invalid address format"}`, key, "", nil},
		// Usage over its limit, a ban for flooding, free calls held back
		// for a while.
		{"usage over the daily limit on a 402", 402, nil, `{"error":"Your usage is over the daily limit."}`, key, RateLimited, nil},
		{"banned for flooding", 403, nil, `{"message":"Client has been banned for flooding, retry later"}`, key, RateLimited, nil},
		{"free tier temporarily suspended in a 200", 200, nil, `{"status":"error","message":"Free tier access is temporarily suspended due to high load"}`, key, RateLimited, nil},
		{"storage usage over its limit is the plan's", 402, nil, `{"error":"Storage usage is over limit"}`, key, "", []string{RateLimited}},
		{"a free plan without the endpoint is the plan's", 403, nil, `{"error":"The free plan does not include this endpoint"}`, key, PermissionDenied, []string{RateLimited}},
		// The service refused from a restricted place.
		{"blocked from a restricted jurisdiction", 403, nil, `{"msg":"API access is blocked from a restricted jurisdiction"}`, key, IPRestricted, nil},
		{"unavailable in a prohibited country, 451", 451, nil, `{"error":"Service unavailable in a prohibited country"}`, key, IPRestricted, nil},
		{"a venue unavailable in a chosen location is data", 404, nil, `{"error":"Venue unavailable in the selected location"}`, key, "", []string{IPRestricted}},
		// The authentication data said bad.
		{"bad authentication data", 400, nil, `{"errors":[{"code":215,"message":"Bad Authentication data."}]}`, key, CredentialRejected, nil},
		{"bad request naming auth data", 401, nil, `{"error":"Bad Request (Auth Data)"}`, key, CredentialRejected, nil},
		{"invalid request naming auth info", 401, nil, `{"message":"Invalid request (authentication info)"}`, key, CredentialRejected, nil},
		{"authentication info said malformed", 401, nil, `{"error":"Authentication info is malformed."}`, key, CredentialRejected, nil},
		{"malformed auth data provided", 401, nil, `{"error":"Malformed auth data provided"}`, key, CredentialRejected, nil},
		{"a body field's auth data format is the request's", 400, nil, `{"error":"bad auth data format in field 'x'"}`, key, "", []string{CredentialRejected}},
		{"bad request data is the request's", 400, nil, `{"error":"Bad request data"}`, key, "", []string{CredentialRejected}},
		// A credential for another network or environment.
		{"environment key mismatch", 403, nil, `{"error":"Environment key mismatch"}`, key, CredentialRejected, nil},
		{"key does not match the selected network", 401, nil, `{"message":"The API key does not match the selected network."}`, key, CredentialRejected, nil},
		{"a chain mismatch in the request's data", 400, nil, `{"error":"Network mismatch: chain id 5 does not match the transaction"}`, key, "", []string{CredentialRejected}},
		// A project's token said missing, the key sent elsewhere.
		{"missing project token, key sent as Bearer", 403, nil, `{"message":"Missing project token."}`, tok, CredentialInWrongPlace, nil},
		{"missing your project token, 401", 401, nil, `{"error":"Missing your project token; send it as project_id"}`, tok, CredentialInWrongPlace, nil},
		{"missing CSRF token is no credential's place", 400, nil, `{"error":"Missing CSRF token"}`, tok, RequiredHeaderMissing, []string{CredentialInWrongPlace}},
	})
	// A bare "insufficient balance": the order's money where the request
	// places one, the API's bill elsewhere.
	runPathReadings(t, []pathReading{
		{"/api/v2/spot/trade/place-order", readingCase{"insufficient balance to place an order", 400, nil, `{"code":"43012","msg":"Insufficient balance"}`, key, "", nil}},
		{"/v1/withdrawals", readingCase{"insufficient funds to withdraw", 400, nil, `{"error":"Insufficient funds"}`, key, "", nil}},
		{"/v1/chat/completions", readingCase{"insufficient balance for a completion is the bill", 402, nil, `{"error":{"message":"Insufficient Balance"}}`, key, PermissionDenied, nil}},
	})
}
