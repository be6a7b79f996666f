package diagnose

import "testing"

// TestMissclassWalkReadings: a refusal's words under a key of the API's
// own naming, at its own depth, in a 200 that says the call failed
// (walkedEnvelopeError), and in an XML error element's attributes; with
// the neighbours that say no failure, or no refusal, and stay without a
// cause.
func TestMissclassWalkReadings(t *testing.T) {
	tok := bearer("ACCESS_TOKEN", "tk_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4")
	key := apiKey("API_KEY", "k_5f0c8a7e2b9d4c1a6e3b", "", "key")
	xml := ctHeader("application/xml")
	runReadings(t, []readingCase{
		{"JSON-RPC error's data names the key", 200, nil, `{"jsonrpc":"2.0","error":{"code":-32000,"message":"Server error","data":"Invalid API key"},"id":7}`, key, CredentialRejected, nil},
		{"error_info under an error_code", 200, nil, `{"result":null,"error_code":"AUTH_FAILED","error_info":"Session key is invalid."}`, tok, CredentialRejected, nil},
		{"a status object two levels down", 200, nil, `{"response":{"status":{"code":401,"text":"Invalid API key"}},"data":null}`, key, CredentialRejected, nil},
		{"an errors object's detail", 200, nil, `{"data":null,"errors":{"detail":"Access token not valid"}}`, tok, CredentialRejected, nil},
		{"a success's record that mentions a key is data", 200, nil, `{"success":true,"data":{"items":[{"message":"Invalid API key for integration Acme"}]}}`, key, "", nil},
		{"a record's last_error is data", 200, nil, `{"id":7,"url":"https://hooks.example.com/in","last_error":"401 Unauthorized: invalid token"}`, tok, "", nil},
		{"an error object about a missing page is no refusal", 200, nil, `{"error":{"code":"not_found","info":"The page you specified doesn't exist."}}`, tok, "", nil},
		{"an XML error's message attribute", 200, xml, `<response status="error"><error code="401" message="Invalid API token"/></response>`, tok, CredentialRejected, nil},
		{"an XML error's reason attribute", 200, xml, `<result stat="fail"><err reason="The access token has been revoked"/></result>`, tok, CredentialRejected, nil},
		{"an attribute of a success is data", 200, xml, `<result status="ok"><item description="Invalid token handling in the client library"/></result>`, tok, "", nil},
	})
}
