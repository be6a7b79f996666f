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

// TestSecondFactorHeaderThatAsksNothing: a header named for a second
// factor whose value says none is asked (false, none) is no demand for one:
// the answer's own words speak. A value that asks (required; app, a
// one-time token) stays the second factor's.
func TestSecondFactorHeaderThatAsksNothing(t *testing.T) {
	tok := bearer("ACCESS_TOKEN", "tk_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4")
	h := func(name, value string) map[string]string {
		return map[string]string{"Content-Type": "application/json", name: value}
	}
	runReadings(t, []readingCase{
		{"X-MFA-Required: false beside an invalid token", 401, h("X-MFA-Required", "false"), `{"message":"Invalid token"}`, tok, CredentialRejected, []string{RequiredHeaderMissing}},
		{"X-OTP: none beside a refused caller", 403, h("X-OTP", "none"), `{"message":"You do not have permission to delete this project"}`, tok, PermissionDenied, []string{RequiredHeaderMissing}},
		{"X-OTP: required; app asks", 401, h("X-OTP", "required; app"), `{"message":"Must specify two-factor authentication OTP code."}`, tok, RequiredHeaderMissing, nil},
		{"a one-time token to sign asks", 403, h("X-2FA-Approval", "5f1c2a9e-0d3b-4c8a-9e7f-2b6d4a1c8e3f"), `{"error":"Forbidden"}`, tok, RequiredHeaderMissing, nil},
	})
}
