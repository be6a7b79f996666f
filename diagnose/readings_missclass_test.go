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

// TestMissclassVocabularyReadings: the families built on one vocabulary
// (phrases_vocab.go): every credential noun, every stopped state, the verb
// and the words of time between, a pronoun after the noun, a credential
// not valid for another; with the neighbours they must leave alone.
func TestMissclassVocabularyReadings(t *testing.T) {
	tok := bearer("ACCESS_TOKEN", "tk_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4")
	key := apiKey("API_KEY", "k_5f0c8a7e2b9d4c1a6e3b", "", "key")
	runReadings(t, []readingCase{
		{"credentials may be denied or suspended", 403, nil, `{"message":"Your credentials may be denied or suspended."}`, key, CredentialRejected, nil},
		{"key might have been revoked or disabled", 403, nil, `{"message":"This API key might have been revoked or disabled."}`, key, CredentialRejected, nil},
		{"token is currently locked", 403, nil, `{"error":"Token is currently locked"}`, tok, CredentialRejected, nil},
		{"session terminated by an administrator", 403, nil, `{"error":"Session terminated by an administrator."}`, tok, CredentialRejected, nil},
		{"session terminated in a 200 envelope", 200, nil, `{"status":"error","message":"Your session was terminated by an administrator"}`, tok, CredentialRejected, nil},
		{"token invalidated, said by a pronoun", 400, nil, `{"error":"Access token sent over plain HTTP, it has been invalidated"}`, tok, CredentialRejected, nil},
		{"keys revoked, said by which", 400, nil, `{"error":"The API keys listed below, which were revoked yesterday, cannot be used"}`, key, CredentialRejected, nil},
		{"a key not valid for the access token passed", 400, nil, `{"error_message":"key is not valid for passed access_token"}`, tok, CredentialRejected, nil},
		{"an app key not valid for this token", 400, nil, `{"message":"The app key is not valid for this token."}`, tok, CredentialRejected, nil},
		{"an access token not found is no hidden resource", 404, nil, `{"message":"Resource lookup failed: access token not found"}`, tok, "", []string{NotFoundHidesPermission}},
		{"a token not valid for a resource stays a permission", 403, nil, `{"message":"The token is not valid for the addressed resource."}`, tok, PermissionDenied, nil},
		{"a process terminated is no credential", 500, nil, `{"error":"The worker process was terminated unexpectedly"}`, tok, "", nil},
		{"a job suspended is no credential", 409, nil, `{"message":"The export job has been suspended by an administrator"}`, tok, "", nil},
	})
}
