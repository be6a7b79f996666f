package diagnose

import "testing"

// TestRoundverticalsReadings: the readings the roundverticals round
// added, each in words another server could send for the same thing, with
// the neighbour it must leave alone.
func TestRoundverticalsReadings(t *testing.T) {
	key := apiKey("API_KEY", "Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e", "X-Api-Key", "")
	keyElsewhere := apiKey("API_KEY", "Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e", "X-Access-Key", "")
	keyQuery := apiKey("API_KEY", "Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e", "", "apikey")
	text := map[string]string{"Content-Type": "text/plain; charset=utf-8"}
	runReadings(t, []readingCase{
		// A header said it cannot be empty: a credential's header, the key
		// sent under another name, is the wrong place; another header,
		// with the key sent, is a header the API requires besides it.
		{"credential header must not be empty, the key elsewhere", 401, nil, `{"error":"Header 'Api-Token' must not be empty"}`, keyElsewhere, CredentialInWrongPlace, nil},
		{"access key header cannot be empty, the key elsewhere", 401, nil, `{"msg":"Request header \"ACCESS-KEY\" cannot be empty","code":"40001"}`, keyElsewhere, CredentialInWrongPlace, nil},
		{"token header cannot be blank, nothing sent", 401, nil, `{"message":"request header \"Session-Token\" cannot be blank"}`, nil, NoCredentialsSent, nil},
		{"tenant header cannot be empty", 400, nil, `{"message":"Header X-Tenant-Id cannot be empty."}`, key, RequiredHeaderMissing, nil},
		{"account header should not be null", 401, text, "header 'Account-Id' should not be null\n", key, RequiredHeaderMissing, nil},
		{"a field that cannot be empty is the request's", 400, nil, `{"message":"Field 'title' cannot be empty"}`, key, "", []string{RequiredHeaderMissing, CredentialInWrongPlace}},
		// A signed request's timestamp, nonce or signature header said
		// missing: with the key sent, that header; with nothing sent,
		// the credential first.
		{"nonce header is missing, key sent", 401, nil, `{"error":"X-Nonce header is missing"}`, key, RequiredHeaderMissing, nil},
		{"header timestamp is required, key sent", 401, nil, `{"message":"header ACCESS-TIMESTAMP is required"}`, key, RequiredHeaderMissing, nil},
		{"missing required header timestamp, nothing sent", 401, nil, `{"code":"MISSING_HEADER","message":"Missing required header: X-Timestamp"}`, nil, NoCredentialsSent, nil},
		{"signature header cannot be empty, nothing sent", 401, nil, `{"msg":"Request header \"X-Signature\" cannot be empty."}`, nil, NoCredentialsSent, nil},
		{"a request id header missing is no signing part", 400, nil, `{"message":"Missing required header: X-Request-Id"}`, key, RequiredHeaderMissing, []string{NoCredentialsSent}},
		// Absent or invalid in one breath, the absence said with "not":
		// a credential that was sent was read and refused.
		{"requires authentication, not presented or is invalid", 401, nil, `{"message":"This endpoint requires authentication, which was not presented or is invalid."}`, keyQuery, CredentialRejected, []string{CredentialInWrongPlace}},
		{"requires authentication, not supplied or invalid", 401, nil, `{"error":"Requires authentication: credentials not supplied or invalid"}`, key, CredentialRejected, []string{CredentialInWrongPlace}},
		{"requires authentication, nothing sent", 401, nil, `{"message":"This endpoint requires authentication, which was not presented."}`, nil, NoCredentialsSent, nil},
		// The API access said frozen: switched off, as disabled says,
		// also in a 200 that flags its failure.
		{"API frozen in a 200 flag", 200, nil, `{"success":false,"message":"API frozen, please contact customer service."}`, key, CredentialRejected, nil},
		{"API key has been frozen", 403, nil, `{"error":"Your API key has been frozen."}`, key, CredentialRejected, nil},
		{"a frozen order is the business's", 200, nil, `{"success":false,"message":"Order frozen: insufficient margin"}`, key, "", []string{CredentialRejected}},
		// An error code beside a failure flag speaks where the text does
		// not (a message in another language).
		{"err-code login-required in a 200, nothing sent", 200, nil, `{"status":"error","err-code":"login-required","err-msg":"ログインが必要です"}`, nil, NoCredentialsSent, nil},
		{"err_code token-expired in a 200", 200, nil, `{"status":"error","err_code":"token-expired","err_msg":"令牌已过期"}`, bearer("ACCESS_TOKEN", "tk_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4"), TokenExpired, nil},
		{"an order's error code is the business's", 200, nil, `{"status":"error","err-code":"order-limitorder-amount-min-error","err-msg":"limit order amount error"}`, key, "", []string{CredentialRejected, NoCredentialsSent}},
		// A body that is nothing but an error's text, in a 200.
		{"lone error text: missing key", 200, nil, `{"error":"Missing API key and signature"}`, nil, NoCredentialsSent, nil},
		{"lone error text: invalid key", 200, nil, `{"error":"Invalid key"}`, key, CredentialRejected, nil},
		{"lone error text about data refuses nothing", 200, nil, `{"error":"Missing parameter: amount"}`, key, "", []string{CredentialRejected, NoCredentialsSent}},
		{"an error text beside data is no lone error", 200, nil, `{"error":"Invalid key","items":[]}`, key, "", []string{CredentialRejected}},
		// An IP address said not on the allowlist, on a 400, that the
		// request did not carry: the caller's own.
		{"IP not in the white list on a 400", 400, nil, `{"code":700006,"msg":"IP [198.51.100.23] not in the ip white list"}`, key, IPRestricted, nil},
		{"request IP is not on the allow list on a 400", 400, nil, `{"error":"Request IP 198.51.100.23 is not on the allow list"}`, key, IPRestricted, nil},
		{"IP not whitelisted on a 422", 422, nil, `{"message":"IP address 198.51.100.23 not whitelisted"}`, key, IPRestricted, nil},
	})
	// "IP prohibited" (late answers: CoinEx's 4007 in a 200).
	runReadings(t, []readingCase{
		{"IP prohibited in a 200 with a code", 200, nil, `{"code":4007,"data":{},"message":"IP Prohibited"}`, key, IPRestricted, nil},
		{"your IP address is prohibited on a 403", 403, nil, `{"error":"Your IP address is prohibited from using this key"}`, key, IPRestricted, nil},
		{"an IP ban for too many requests stays a rate limit", 418, nil, `{"code":-1003,"msg":"Way too much request weight used; IP banned until 1700000000000. Please use WebSocket Streams for live updates to avoid bans."}`, key, RateLimited, []string{IPRestricted}},
	})
	// The same words naming the address the request itself carried: the
	// request's data (an allowlist entry to remove), not the caller.
	runReadingsIn(t, readingEnv{path: "/v1/allowlist/198.51.100.23"}, []readingCase{
		{"an entry not in the whitelist is the request's", 404, nil, `{"message":"IP 198.51.100.23 not in the whitelist"}`, key, "", []string{IPRestricted}},
	})
}
