package diagnose

import "testing"

// TestLimitNamedNotReached: a rate limit named but not reached is no
// limit the caller hit. A request frequency limit said without being
// triggered or exceeded is a setting's value (a 400 about the field); rate
// limiting or throttling said not enabled or turned off is the server's
// own configuration, as limitOffRE reads it.
func TestLimitNamedNotReached(t *testing.T) {
	tok := bearer("ACCESS_TOKEN", "tk_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4")
	runReadings(t, []readingCase{
		{"a request frequency limit's allowed range", 400, nil, `{"code":1001,"message":"The request frequency limit must be between 1 and 100"}`, tok, "", []string{RateLimited}},
		{"an API frequency limit's value stated", 422, nil, `{"message":"Invalid value for api frequency limit"}`, tok, "", []string{RateLimited}},
		{"throttling not enabled on a 500", 500, nil, `{"error":"internal_error","message":"Throttling is not enabled for this account"}`, tok, "", []string{RateLimited}},
		{"throttling turned off on a 503", 503, nil, `{"message":"Throttling has been turned off during maintenance"}`, tok, "", []string{RateLimited}},
		// The neighbours: a frequency limit reached, triggered or exceeded.
		{"a frequency limit that has been exceeded", 403, nil, `{"message":"Frequency limit has been exceeded, try again later"}`, tok, RateLimited, nil},
		{"calls trigger the frequency limit", 400, nil, `{"code":42901,"msg":"calls triggered the frequency limit"}`, tok, RateLimited, nil},
		{"throttling that exceeded its rate", 429, nil, `{"message":"Throttling: rate exceeded"}`, tok, RateLimited, nil},
	})
}

// TestEnvelopeInsufficientTakesARight: an envelope's "insufficient" refuses
// the caller when it names a right, with at most a word between
// ("Insufficient isv permissions"); insufficient funds or stock with a
// credential word further on ("for authorization": a card payment's) is
// the API's business, no refusal.
func TestEnvelopeInsufficientTakesARight(t *testing.T) {
	tok := bearer("ACCESS_TOKEN", "tk_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4")
	runReadings(t, []readingCase{
		{"insufficient funds for authorization in a 200 envelope", 200, nil, `{"code":51,"message":"Insufficient funds for authorization"}`, tok, "", []string{PermissionDenied}},
		{"insufficient stock for an access kit in a 200 envelope", 200, nil, `{"code":7,"msg":"Insufficient stock for access kit"}`, tok, "", []string{PermissionDenied}},
		{"insufficient app permissions in a 200 envelope", 200, nil, `{"code":11,"msg":"Insufficient app permissions"}`, tok, PermissionDenied, nil},
		{"insufficient access in a 200 envelope", 200, nil, `{"errcode":40301,"errmsg":"insufficient access"}`, tok, PermissionDenied, nil},
		{"insufficient authorization in a 200 envelope", 200, nil, `{"code":403,"message":"Insufficient authorization"}`, tok, PermissionDenied, nil},
	})
}
