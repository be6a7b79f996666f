package diagnose

import "testing"

// TestReviewdiag8BillingClockReadings: the account's own debt and a
// signed request's clock, beside the request's data in the same words.
// An invoice overdue "for account 4211", "overdue payment reminders" and
// the advice to "use NTP on the device" (a device API about its devices)
// refuse no caller; the account said overdue or owing, and NTP advised
// after a signature said expired, still do.
func TestReviewdiag8BillingClockReadings(t *testing.T) {
	tok := bearer("ACCESS_TOKEN", "tk_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4")
	signed := apiKey("ACCESS_KEY", "AKQ7wZp2Lx9Rt3Vb8Nc1", "X-Access-Key", "")
	runReadings(t, []readingCase{
		{"your account is overdue", 403, nil, `{"message":"Your account is overdue. Please settle your balance to continue."}`, tok, PermissionDenied, nil},
		{"the account has an unpaid invoice", 402, nil, `{"error":"The account has an unpaid invoice"}`, tok, PermissionDenied, nil},
		{"an invoice overdue for an account is data", 400, nil, `{"message":"Invoice 88 is overdue for account 4211; send a reminder"}`, tok, "", nil},
		{"overdue payment reminders are a setting", 422, nil, `{"message":"Overdue payment reminders are disabled for this customer"}`, tok, "", nil},
		{"signature has expired, use NTP", 401, nil, `{"message":"Signature has expired; use NTP to keep the clock in sync"}`, signed, CredentialRejected, nil},
		{"use NTP on a device is advice about the device", 400, nil, `{"message":"Device clock drift detected; use NTP on the device"}`, tok, "", nil},
	})
}
