package diagnose

import "testing"

// TestRoundlate11Readings: the reading roundlate11's late miss asked for,
// in words and shapes another server could send, with the neighbours it
// must leave alone. An error's message key (error_msg, errmsg,
// error_message, any case) holding a text beside a status or code that is
// a number other than 0 nor an HTTP success says a 2xx failed, at the top
// or under an operation's wrapper; each alone does not.
func TestRoundlate11Readings(t *testing.T) {
	key := apiKey("API_KEY", "Zk9yV2hhdEl0c1dvcnRoMTIzNDU2", "", "appId")
	tok := bearer("ACCESS_TOKEN", "tk_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4")
	runReadings(t, []readingCase{
		{"STATUS 100 and ERROR_MSG under an operation's wrapper, authentication failed", 200, nil,
			`{"GET_DATA":{"RESULT":{"STATUS":100,"ERROR_MSG":"Authentication failed. Check the application ID.","DATE":"2026-01-05T10:00:00.000+09:00"}}}`, key, CredentialRejected, nil},
		{"Status 3 and ErrMsg under an operation's wrapper, the key said invalid", 200, nil,
			`{"QueryAccounts":{"Outcome":{"Status":3,"ErrMsg":"Invalid API key"},"Items":[]}}`, key, CredentialRejected, nil},
		{"status 120 and error_message under an operation's wrapper, a token said expired", 200, nil,
			`{"getRoutes":{"result":{"status":120,"error_message":"Access token has expired"}}}`, tok, TokenExpired, nil},
		// Neighbours: a success's status or an empty message, a status 1
		// with a plain message (many APIs' success), a record's error
		// message beside an HTTP success, and a failure whose words are no
		// refusal.
		{"STATUS 0 with an empty ERROR_MSG is a success", 200, nil,
			`{"GET_DATA":{"RESULT":{"STATUS":0,"ERROR_MSG":"","DATE":"2026-01-05T10:00:00.000+09:00"}}}`, key, "", nil},
		{"status 1 beside a plain message, under a wrapper, is no error's text", 200, nil,
			`{"GetItems":{"Header":{"status":1,"message":"Invalid API key rotation scheduled"}}}`, key, "", nil},
		{"a job's error_message beside status 200 is the data", 200, nil,
			`{"job":{"status":200,"error_message":"Authentication failed on the remote host"}}`, tok, "", nil},
		{"STATUS 1 and ERROR_MSG of no data found is no refusal", 200, nil,
			`{"GET_DATA":{"RESULT":{"STATUS":1,"ERROR_MSG":"No data matched the conditions."}}}`, key, "", nil},

		// A feature said not supported on the caller's current plan or tier
		// is the plan's (planFeaturePattern), as "not included" or "not
		// available" there is; in a 2xx's failure envelope only the words
		// decide.
		{"endpoint not supported on your current plan, 200 success false", 200, nil,
			`{"success":false,"message":"This endpoint is not supported on your current subscription plan."}`, key, PermissionDenied, nil},
		{"historical data not supported in the current tier, 200 status error", 200, nil,
			`{"status":"error","message":"Historical data is not supported in the current tier."}`, tok, PermissionDenied, nil},
		{"a file type not supported in the current version is no plan", 200, nil,
			`{"success":false,"message":"This file type is not supported in the current version."}`, tok, "", []string{PermissionDenied}},
	})
}
