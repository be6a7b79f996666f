package diagnose

import "testing"

// TestRoundinfra2Readings: the readings the roundinfra2 round (DNS,
// registrars, email delivery, search) added, each in words another server
// could send for the same thing, with the neighbour it must leave alone.
func TestRoundinfra2Readings(t *testing.T) {
	tok := bearer("ACCESS_TOKEN", "tk_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4")
	key := apiKey("API_KEY", "9f3c1b7e2d4a48c6b0e5f7a9c1d3e5f7", "", "api_key")
	xml := map[string]string{"Content-Type": "text/xml"}
	runReadings(t, []readingCase{
		// An XML answer whose root's status attribute says the call failed.
		{"a root status=failed, the key said invalid", 200, xml, `<?xml version="1.0" encoding="UTF-8"?><lfm status="failed"><error code="10">The API key you supplied is invalid</error></lfm>`, key, CredentialRejected, nil},
		{"a root stat=fail naming the client's IP", 200, xml, `<rsp stat="fail"><errors><error code="403">Invalid client IP 198.51.100.7</error></errors></rsp>`, key, IPRestricted, nil},
		{"a root status=error about a domain is the data", 200, xml, `<ApiResponse Status="ERROR"><Errors><Error Number="2019166">Domain not found</Error></Errors></ApiResponse>`, key, "", nil},
		{"a root status=OK is a success", 200, xml, `<ApiResponse Status="OK"><Errors /><CommandResponse Type="namecheap.users.getBalances"><UserGetBalancesResult Currency="USD" AvailableBalance="4932.96" /></CommandResponse></ApiResponse>`, key, "", nil},
		// The scope a call needs named after "Required scope:".
		{"forbidden, required scope: read:org", 403, nil, `{"error":"Forbidden. Required scope: read:org"}`, tok, ServerInsufficientScope, nil},
		{"permission denied, the required scope in parentheses", 403, nil, `{"error":"Permission denied (required scope: zones:write)"}`, tok, ServerInsufficientScope, nil},
		{"the required scope parameter is a request's field", 400, nil, `{"message":"The required scope parameter is missing from the request"}`, tok, "", []string{ServerInsufficientScope}},
		// A status that names the kind of failure in snake case.
		{"status auth_failure, an invalid key", 200, nil, `{"status":"auth_failure","message":"Invalid API key 'k_9f3c'","execution_time":10}`, key, CredentialRejected, nil},
		{"status request_failed, access denied", 200, nil, `{"status":"request_failed","msg":"Access denied: this key may not call this method"}`, key, PermissionDenied, nil},
		{"status validation_failure about an address is the data", 200, nil, `{"status":"validation_failure","message":"Invalid email address"}`, key, "", nil},
		{"status no_error is no failure", 200, nil, `{"status":"no_error","message":"Invalid addresses: 0"}`, key, "", nil},
		// The account's credits spent, in a 200 that says it failed.
		{"insufficient credits under ok:false", 200, nil, `{"ok":false,"error":"Insufficient credits to complete this request"}`, key, PermissionDenied, nil},
		{"out of credits under status error", 200, nil, `{"status":"error","message":"You are out of credits. Purchase more credits to continue."}`, key, PermissionDenied, nil},
		{"a card's insufficient funds is the business's", 200, nil, `{"success":false,"message":"Your card has insufficient funds."}`, key, "", nil},
		{"a balance short for a transfer is the business's", 200, nil, `{"status":"error","message":"Insufficient balance to complete the transfer"}`, key, "", nil},
	})
}
