package diagnose

import "testing"

// TestSmalldiag9Readings: a 2xx failure envelope whose return code is
// not "0000", and a header the credential went in named before its
// verdict, in words other servers could send, with the neighbours they
// must leave alone.
func TestSmalldiag9Readings(t *testing.T) {
	merchant := headerCred("X-Merchant-Id", "MERCHANT_ID", "m_7712003481")
	store := headerCred("X-Store-Ref", "STORE_REF", "st_9c41e07a5d2b86f3")
	runReadings(t, []readingCase{
		// A return code beside its message says the call failed; the
		// header named before "is invalid" is the credential's.
		{"returnCode, header data is invalid", 200, nil, `{"returnCode":"2003","returnMessage":"Request header error. X-Merchant-Id data is invalid."}`, merchant, CredentialRejected, nil},
		{"return_code, the header value is invalid", 200, nil, `{"return_code":"E1001","return_msg":"Header error: X-Store-Ref value is invalid."}`, store, CredentialRejected, nil},
		{"a numeric code, header was invalid", 200, nil, `{"code":10013,"msg":"X-Merchant-Id was invalid"}`, merchant, CredentialRejected, nil},
		// The verdicts the name-after form reads count after the name too
		// (d43f92c): bad, unknown, unrecognized.
		{"header is bad", 200, nil, `{"returnCode":"2004","returnMessage":"X-Merchant-Id is bad."}`, merchant, CredentialRejected, nil},
		{"header value is unknown", 200, nil, `{"return_code":"E1002","return_msg":"X-Store-Ref value is unknown"}`, store, CredentialRejected, nil},
		{"header was unrecognised", 200, nil, `{"returnCode":"2005","returnMessage":"X-Merchant-Id was unrecognised."}`, merchant, CredentialRejected, nil},
		{"a field not sent said unknown", 200, nil, `{"returnCode":"1102","returnMessage":"currency is unknown."}`, merchant, "", nil},
		// A name not sent is the request's data; a success code is no
		// failure whatever its words.
		{"a field not sent said invalid", 200, nil, `{"returnCode":"1101","returnMessage":"orderId data is invalid."}`, merchant, "", nil},
		{"returnCode 0000 is a success", 200, nil, `{"returnCode":"0000","returnMessage":"X-Merchant-Id data is invalid."}`, merchant, "", nil},
	})
}
