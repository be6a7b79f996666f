package diagnose

import "testing"

// TestRoundproptechReadings: the readings the roundproptech round added,
// each in words another server could send for the same thing, with the
// neighbour it must leave alone.
func TestRoundproptechReadings(t *testing.T) {
	tok := bearer("ACCESS_TOKEN", "tk_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4")
	key := apiKey("API_KEY", "5f3c9e1a-7b2d-4c6e-8f0a-1b3c5d7e9f12", "X-API-Key", "")
	session := headerCred("XSRF-TOKEN", "SESSION_TOKEN", "x-7k2m9q4w8e3r6t1y5u0i2o4p7a9s3d6f8g1h")
	text := map[string]string{"Content-Type": "text/plain;charset=UTF-8"}
	runReadings(t, []readingCase{
		// A code joining the credential's name and a verdict.
		{"REJECTED_APIKEY_INVALID as a bare word", 403, text, "REJECTED_APIKEY_INVALID", key, CredentialRejected, nil},
		{"ACCESS_TOKEN_REVOKED code", 401, nil, `{"code":"ACCESS_TOKEN_REVOKED","message":"Request failed"}`, tok, CredentialRejected, nil},
		{"APIKEY_BANNED code", 403, nil, `{"error":"APIKEY_BANNED"}`, key, CredentialRejected, nil},
		{"a page token said invalid is the request's data", 400, nil, `{"error":"PAGE_TOKEN_INVALID"}`, tok, "", []string{CredentialRejected}},
		// The caller told to make sure it uses a real or valid key.
		{"make sure you are using a valid API key", 403, text, "Blocked. Make sure you are using a valid API key.", key, CredentialRejected, nil},
		{"ensure you are using a real key, nothing sent", 403, text, "Request blocked: please ensure your client is sending a real API key.", nil, NoCredentialsSent, nil},
		{"using the correct access keys beside a permission is advice", 200, nil, `{"Response":{"Error":{"Code":"AuthFailure.UnauthorizedOperation","Message":"You are not authorized to perform this operation. Check your policies, and ensure that you are using the correct access keys."}}}`, key, PermissionDenied, nil},
		// How often the caller calls, said too high.
		{"ACCESS_FREQUENCY_IS_TOO_HIGH under a failure flag", 200, nil, `{"success":false,"failCode":407,"message":"ACCESS_FREQUENCY_IS_TOO_HIGH"}`, session, RateLimited, nil},
		{"requests are too frequent", 400, nil, `{"code":42901,"message":"Requests are too frequent, please try again later"}`, tok, RateLimited, nil},
		{"request frequency too high code", 403, nil, `{"error":"REQUEST_FREQUENCY_TOO_HIGH"}`, key, RateLimited, nil},
		{"a report's frequency setting is no rate", 400, nil, `{"error":"Report frequency is too high; choose a value of 24 or less"}`, tok, "", []string{RateLimited}},
		// An operation said not allowed for a kind of user or credential.
		{"mutation not permitted for read-only tokens", 200, nil, `{"errors":[{"message":"This mutation is not permitted for read-only tokens","path":["deleteProject"]}],"data":null}`, tok, PermissionDenied, nil},
		{"action not allowed for guest accounts, a GraphQL error", 200, nil, `{"errors":[{"message":"Action not allowed for guest accounts","path":["createOrder"]}],"data":null}`, tok, PermissionDenied, nil},
		{"query not allowed for trial accounts, a GraphQL error", 200, nil, `{"errors":[{"message":"This query is not allowed for trial accounts"}],"data":{"invoices":null}}`, tok, PermissionDenied, nil},
		{"a value not allowed for a user field is validation", 200, nil, `{"errors":[{"message":"Value not allowed for user field 'role'","path":["createUser"]}],"data":null}`, tok, "", []string{PermissionDenied}},
		// Access to an interface or API said invalid, illegal or absent.
		{"illegal access to interface under a failure flag", 200, nil, `{"success":false,"failCode":401,"message":"Illegal access to interface"}`, session, PermissionDenied, nil},
		{"no access to this API under a failure flag", 200, nil, `{"success":false,"message":"No access to this API for your account"}`, key, PermissionDenied, nil},
		{"invalid access token stays the credential's", 401, nil, `{"error":"Invalid access token"}`, tok, CredentialRejected, []string{PermissionDenied}},
		// The caller told to log in again.
		{"USER_MUST_RELOGIN under a failCode", 200, nil, `{"failCode":305,"message":"USER_MUST_RELOGIN"}`, session, CredentialRejected, nil},
		{"you need to re-login under an errcode", 200, nil, `{"errcode":40014,"errmsg":"You need to re-login"}`, session, CredentialRejected, nil},
		{"please sign in again", 401, nil, `{"message":"Please sign in again"}`, tok, CredentialRejected, nil},
		{"a failCode about data is no refusal", 200, nil, `{"failCode":20001,"message":"The station does not exist","success":false}`, session, "", []string{CredentialRejected}},
		// A token named by its form (JWT, JWS, JWE) said invalid or malformed.
		{"Invalid Compact JWS in a 200 GraphQL error", 200, nil, `{"errors":[{"message":"Invalid Compact JWS","extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":null}`, tok, CredentialRejected, nil},
		{"malformed JWT in a 200 error object", 200, nil, `{"error":{"code":500,"message":"Malformed JWT: unexpected end of input"}}`, tok, CredentialRejected, nil},
		{"a JWT's claims shown in a 200 are the API's data", 200, nil, `{"jwt":{"alg":"RS256","kid":"k1"},"valid":true}`, tok, "", []string{CredentialRejected}},
		// The owner turned remote or app access off, said in a refusal.
		{"remote access is disabled for this vehicle under a failure flag", 200, nil, `{"success":false,"error":"Remote access is disabled for this vehicle"}`, tok, PermissionDenied, nil},
		{"the owner has switched off app access", 401, nil, `{"error":"app_access_off","error_description":"The owner has switched off app access."}`, tok, PermissionDenied, nil},
		{"the same words in a 409 are the device's state", 409, nil, `{"type":"VEHICLE_STATE","code":"REMOTE_ACCESS_DISABLED","description":"The user has disabled remote access for connected services."}`, tok, "", []string{PermissionDenied}},
	})
	// The token endpoint: a client id (and secret) said not recognized.
	runTokenCases(t, []tokenCase{
		{src: "https://developer.tesla.com/docs/fleet-api/support/faq", name: "client_id provided is not recognized", status: 400,
			body: `{"error":"unauthorized_client","error_description":"The client_id provided is not recognized"}`, want: CredentialRejected},
		{src: "https://datatracker.ietf.org/doc/html/rfc6749#section-5.2", name: "access_denied Unrecognized client", status: 403,
			body: `{"error":"access_denied","error_description":"Unrecognized client."}`, want: CredentialRejected},
		{src: "https://datatracker.ietf.org/doc/html/rfc6749#section-5.2", name: "a grant type not allowed stays a permission", status: 400,
			body: `{"error":"unauthorized_client","error_description":"The client is not authorized to use this grant type"}`, want: PermissionDenied},
	})
}
