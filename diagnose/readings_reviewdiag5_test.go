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
