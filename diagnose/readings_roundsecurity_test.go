package diagnose

import "testing"

// TestRoundsecurityReadings: the readings the roundsecurity round added,
// each in words another server could send for the same thing, with the
// neighbour it must leave alone.
func TestRoundsecurityReadings(t *testing.T) {
	tok := bearer("ACCESS_TOKEN", "tk_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4")
	key := apiKey("API_KEY", "b7d1c3e5f7a9b1d3e5f7a9c1e3f5a7b9", "X-API-Key", "")
	login := basicCred("scanner", "Wq8ZbV3kLmN0pQrS7tUvXyZa")
	text := map[string]string{"Content-Type": "text/plain; charset=utf-8"}
	xml := map[string]string{"Content-Type": "application/xml"}
	runReadings(t, []readingCase{
		// The caller told to authenticate with a valid credential.
		{"please authenticate using valid credentials, a token sent", 403, nil, `{"error":"Please authenticate using valid credentials."}`, tok, CredentialRejected, nil},
		{"must authenticate with a valid API key, nothing sent", 401, nil, `{"message":"You must authenticate with a valid API key"}`, nil, NoCredentialsSent, nil},
		{"authenticated with a valid key but not the owner stays a permission", 403, nil, `{"error":"You authenticated with a valid key, but this project is not yours"}`, key, PermissionDenied, []string{CredentialRejected}},
		// The User-Agent header said absent or required.
		{"User-Agent header is required", 403, text, "User-Agent header is required", tok, RequiredHeaderMissing, nil},
		{"make sure your request has a User-Agent header", 400, nil, `{"message":"Please make sure your request has a User-Agent header"}`, tok, RequiredHeaderMissing, nil},
		{"a user agent not allowed is no missing header", 403, nil, `{"error":"Your user agent is not allowed to access this API"}`, tok, PermissionDenied, []string{RequiredHeaderMissing}},
		// A GraphQL error coded as authentication (a login) required.
		{"GraphQL AUTHENTICATION_REQUIRED, nothing sent", 200, nil, `{"errors":[{"message":"Authentication required","extensions":{"code":"AUTHENTICATION_REQUIRED"}}],"data":null}`, nil, NoCredentialsSent, nil},
		{"GraphQL LOGIN_REQUIRED, a token sent", 200, nil, `{"errors":[{"message":"Please sign in","extensions":{"code":"LOGIN_REQUIRED"}}],"data":null}`, tok, CredentialRejected, nil},
		{"GraphQL error named NotAuthenticated, a token sent", 200, nil, `{"errors":[{"message":"Request refused","name":"NotAuthenticated"}],"data":null}`, tok, CredentialRejected, nil},
		{"GraphQL FIELD_REQUIRED is the query's", 200, nil, `{"errors":[{"message":"Field 'name' is required","extensions":{"code":"FIELD_REQUIRED"}}],"data":null}`, tok, "", nil},
		// The caller told it must log in.
		{"you must be signed in, nothing sent", 200, nil, `{"errors":[{"message":"You must be signed in to view this."}],"data":null}`, nil, NoCredentialsSent, nil},
		{"you are not logged in, a token sent", 401, nil, `{"error":"you are not logged in"}`, tok, CredentialRejected, []string{PermissionDenied}},
		{"a login flag in a 2xx's data is no refusal", 200, nil, `{"data":{"loginRequired":false,"user":{"id":7}}}`, tok, "", nil},
		// An XML answer's result code that names the refusal.
		{"XML ResultCode AUTHENTICATION_FAILED", 200, xml, `<?xml version="1.0"?><Response><ResultCode>AUTHENTICATION_FAILED</ResultCode><Message>The request could not be completed.</Message></Response>`, login, CredentialRejected, nil},
		{"XML responseCode INVALID_CREDENTIALS", 200, xml, `<ServiceResponse><responseCode>INVALID_CREDENTIALS</responseCode></ServiceResponse>`, login, CredentialRejected, nil},
		{"XML errorCode AUTH_TYPE_INVALID names a setting", 200, xml, `<Response><errorCode>AUTH_TYPE_INVALID</errorCode><message>authType must be one of basic, oauth</message></Response>`, login, "", nil},
		{"XML responseCode SUCCESS", 200, xml, `<ServiceResponse><responseCode>SUCCESS</responseCode><count>1</count></ServiceResponse>`, login, "", nil},
		{"XML responseCode INVALID_REQUEST is the data's", 200, xml, `<ServiceResponse><responseCode>INVALID_REQUEST</responseCode><responseErrorDetails><errorMessage>Invalid tag name</errorMessage></responseErrorDetails></ServiceResponse>`, login, "", nil},
		// A JWT challenge to a key sent in a header of its own.
		{"JWT challenge to an X-API-Key key", 401, map[string]string{"Content-Type": "application/json", "WWW-Authenticate": `JWT realm="api"`}, `{"message":"token missing"}`, key, SchemeMismatch, nil},
		{"an ApiKey challenge describes the key sent", 401, map[string]string{"Content-Type": "application/json", "WWW-Authenticate": `ApiKey realm="api"`}, `{"message":"Unauthorized"}`, key, CredentialRejected, []string{SchemeMismatch}},
	})
}
