package diagnose

import "testing"

// TestRoundgamingReadings: the readings the roundgaming round added, each
// in words another server could send for the same thing, with the
// neighbour it must leave alone.
func TestRoundgamingReadings(t *testing.T) {
	key := apiKey("API_KEY", "key_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws", "X-API-Key", "")
	tok := bearer("ACCESS_TOKEN", "tk_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4")
	text := map[string]string{"Content-Type": "text/plain; charset=utf-8"}
	runReadings(t, []readingCase{
		// A credential said not to allow access from the caller's address,
		// in words or as an error code.
		{"key does not allow access from IP", 403, nil, `{"message":"This API key does not allow access from IP 198.51.100.9"}`, key, IPRestricted, nil},
		{"token does not permit requests from IP", 401, nil, `{"error":"Token does not permit requests from IP 10.2.3.4."}`, tok, IPRestricted, nil},
		{"IP_NOT_ALLOWED code beside a key asked for", 403, nil, `{"status":403,"code":"IP_NOT_ALLOWED","message":"Access denied. You need an API key."}`, key, IPRestricted, nil},
		{"unauthorized_ip code", 401, nil, `{"error":"unauthorized_ip","message":"Request refused"}`, tok, IPRestricted, nil},
		{"an invalid ip_address field is the request's data", 400, nil, `{"code":"invalid_ip_address","message":"The ip_address parameter must be a valid IPv4 address"}`, tok, "", []string{IPRestricted}},
		{"a plan that does not allow access from the API is no address", 403, nil, `{"message":"Your plan does not allow access from the API"}`, key, PermissionDenied, []string{IPRestricted}},

		// The identity in the token's claims said not to match the one the
		// path names: the token's user is not the one the request acts for.
		{"player id in the token claims does not match the url", 401, nil, `{"message":"Player id in the token claims does not match the URL."}`, tok, PermissionDenied, nil},
		{"account in the claim does not match the path", 401, nil, `{"errorCode":1021,"errorMessage":"Account specified in the claim does not match path account."}`, tok, PermissionDenied, nil},
		{"a claim that does not match the expected audience stays the JWT's", 401, nil, `{"error":"The value in the aud claim does not match the expected audience"}`, bearer("JWT", makeJWT(map[string]any{"aud": "other-api", "sub": "svc"})), JWTWrongAudience, []string{PermissionDenied}},

		// IIS's 401.1 page: its permission line is boilerplate for refused
		// credentials; its 401.3 page names an ACL, a permission.
		{"IIS 401.1 page", 401, map[string]string{"Content-Type": "text/html"}, "<html><head><title>401 - Unauthorized: Access is denied due to invalid credentials.</title></head><body><h2>401 - Unauthorized: Access is denied due to invalid credentials.</h2><h3>You do not have permission to view this directory or page using the credentials that you supplied.</h3></body></html>", tok, CredentialRejected, nil},
		{"IIS 401.1 words as plain text", 401, text, "401 - Unauthorized: Access is denied due to invalid credentials.\r\nYou do not have permission to view this directory or page using the credentials that you supplied.", key, CredentialRejected, nil},
		{"access denied because of wrong credentials beside a permission line", 401, nil, `{"message":"Access denied because of wrong credentials. You do not have permission to view this page with the credentials you supplied."}`, tok, CredentialRejected, nil},
		{"access was denied due to unknown user credentials, no permission to use this API", 403, text, "Access was denied due to unknown user credentials: you do not have permission to use this API.", key, CredentialRejected, nil},
		{"IIS 401.3 ACL page stays a permission", 401, map[string]string{"Content-Type": "text/html"}, "<html><head><title>401 - Unauthorized: Access is denied due to an ACL set on the requested resource.</title></head><body><h2>401.3 - Unauthorized: Access is denied due to an ACL set on the requested resource.</h2><h3>You do not have permission to view this directory or page using the credentials you supplied.</h3></body></html>", tok, PermissionDenied, nil},

		// An error status name or code in capitalised or camel-case keys
		// of a 200 envelope.
		{"ErrorStatus InvalidAccessToken in a 200", 200, nil, `{"ErrorCode":57,"ThrottleSeconds":0,"ErrorStatus":"InvalidAccessToken","Message":"Access token is invalid.","MessageData":{}}`, tok, CredentialRejected, nil},
		{"ErrorCode beside ErrorMessage in a 200", 200, nil, `{"ErrorCode":4010,"ErrorMessage":"The API key supplied is not valid"}`, key, CredentialRejected, nil},
		{"ErrorCode 1 Success is an answer", 200, nil, `{"ErrorCode":1,"ThrottleSeconds":0,"ErrorStatus":"Success","Message":"Ok","MessageData":{},"Response":{"membershipId":"4611686018467431261"}}`, key, "", nil},
		{"an account not found under ErrorStatus is data", 200, nil, `{"ErrorCode":1601,"ThrottleSeconds":0,"ErrorStatus":"DestinyAccountNotFound","Message":"We were unable to find your Destiny account information.","MessageData":{}}`, key, "", nil},
		{"plain text without a flag stays", 200, text, "Message: token rotated", key, "", nil},
	})

	// An anti-CSRF token handed out in a refusal's headers: read by the
	// request's method.
	cookie := headerCred("Cookie", "SESSION_COOKIE", "session=Wq8ZbV3kLmN0pQrS7tUvXyZa")
	runReadingsIn(t, readingEnv{method: "POST"}, []readingCase{
		{"a POST with a cookie, a token handed back", 403, jsonCT("X-CSRF-Token", "V9sif/vKTPUi"), `{"errors":[{"code":0,"message":"Forbidden"}]}`, cookie, RequiredHeaderMissing, nil},
		{"a key in its own header is exempt", 403, jsonCT("X-CSRF-Token", "V9sif/vKTPUi"), `{"message":"Forbidden"}`, key, CredentialRejected, []string{RequiredHeaderMissing}},
		// A token sent on every answer says nothing when the credential is
		// one no browser adds (a Bearer token), or the words say why.
		{"a POST with a Bearer token is the token's", 403, jsonCT("X-CSRF-Token", "V9sif/vKTPUi"), `{"message":"Forbidden"}`, tok, PermissionDenied, []string{RequiredHeaderMissing}},
		{"a POST with Basic said bad credentials is the login's", 403, jsonCT("X-CSRF-Token", "V9sif/vKTPUi"), `{"error":"Bad credentials"}`, basicCred("ci-bot", "Wq8ZbV3kLmN0pQrS"), CredentialRejected, []string{RequiredHeaderMissing}},
		{"a POST with a cookie refused a permission is a permission", 403, jsonCT("X-CSRF-Token", "V9sif/vKTPUi"), `{"message":"You do not have permission to delete this project"}`, cookie, PermissionDenied, []string{RequiredHeaderMissing}},
	})
	runReadingsIn(t, readingEnv{method: "GET"}, []readingCase{
		{"a GET with Basic, the token said Required", 403, ctHeader("text/html", "X-CSRF-Token", "Required"), "<html><body>Forbidden</body></html>", basicCred("ci-bot", "Wq8ZbV3kLmN0pQrS"), RequiredHeaderMissing, nil},
		{"a GET refused with a token on every answer is a permission", 403, jsonCT("X-CSRF-Token", "V9sif/vKTPUi"), `{"message":"You do not have permission to view this project"}`, cookie, PermissionDenied, []string{RequiredHeaderMissing}},
	})
}
