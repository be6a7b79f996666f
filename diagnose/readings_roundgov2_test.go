package diagnose

import "testing"

// TestRoundgov2Readings: the readings the roundgov2 round added or
// widened, each in words another server could send for the same thing,
// where only the reading decides (a 200 under a failure flag, a 500), with
// the neighbour it must leave alone.
func TestRoundgov2Readings(t *testing.T) {
	tok := bearer("ACCESS_TOKEN", "tk_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4")
	key := apiKey("API_KEY", "Zk9yV2hhdEl0c1dvcnRoMTIzNDU2", "X-Api-Key", "")
	runReadings(t, []readingCase{
		// A size limit of a request, its body or payload is bytes, no rate.
		{"payload size limit exceeded, 413", 413, nil, `{"error":"Payload size limit exceeded"}`, tok, "", []string{RateLimited}},
		{"body size limit exceeded, 413", 413, nil, `{"message":"Body size limit exceeded (10 MB)"}`, key, "", []string{RateLimited}},
		{"a request limit exceeded stays a rate", 403, nil, `{"message":"Request limit exceeded"}`, key, RateLimited, nil},

		// A threshold of requests said reached or exceeded.
		{"daily request threshold exceeded, 200 under a failure flag", 200, nil, `{"status":"error","message":"Daily request threshold exceeded for this key."}`, key, RateLimited, nil},
		{"reached your daily threshold of requests, 200 under a failure flag", 200, nil, `{"success":false,"error":"You have reached your daily threshold of requests. Try again tomorrow."}`, key, RateLimited, nil},
		{"an alert threshold reached is data", 200, nil, `{"status":"error","message":"Alert threshold has been reached for sensor 12"}`, key, "", []string{RateLimited}},

		// A usage limit said reached under a failure flag is a rate, as on
		// a 4xx.
		{"API usage limit has been reached, 200 success false", 200, nil, `{"success":false,"message":"API usage limit has been reached for this month"}`, key, RateLimited, nil},
		{"exceeded your daily quota, 200 status error", 200, nil, `{"status":"error","message":"You have exceeded your daily quota"}`, tok, RateLimited, nil},
		{"a storage limit reached is the plan's bytes", 200, nil, `{"success":false,"message":"Storage limit has been reached"}`, tok, "", []string{RateLimited}},

		// A status that says the request was not processed is a failure flag.
		{"status REQUEST_FAILED with a key said invalid", 200, nil, `{"status":"REQUEST_FAILED","message":"Invalid API key supplied."}`, key, CredentialRejected, nil},
		{"status request_rejected with a token said expired", 200, nil, `{"status":"request_rejected","message":"Access token expired"}`, tok, TokenExpired, nil},
		{"a document's status rejected is data", 200, nil, `{"document":{"id":7,"status":"REJECTED","reason":"Invalid signature on the uploaded PDF"}}`, tok, "", nil},

		{"status RequestNotProcessed, a code spelt in CamelCase", 200, nil, `{"status":"RequestNotProcessed","message":["Daily request limit has been reached."]}`, key, RateLimited, nil},

		// An application or client, named perhaps, said not (yet) to have
		// access to an API's version or endpoints.
		{"application does not yet have access to v2 endpoints, 200 success false", 200, nil, `{"success":false,"message":"This application, ci-app, does not yet have access to v2 endpoints."}`, tok, PermissionDenied, nil},
		{"client doesn't have access to these APIs, 200 status error", 200, nil, `{"status":"error","message":"Your client doesn't have access to these APIs"}`, tok, PermissionDenied, nil},
		{"an application without access to its data is the data's", 200, nil, `{"status":"ok","detail":"This application does not have access to v2 endpoints yet; see the roadmap."}`, tok, "", nil},

		// A list of strings under a key meant for an error's text, as the
		// text alone.
		{"message list, a key said invalid", 200, nil, `{"status":"error","message":["Invalid API key."]}`, key, CredentialRejected, nil},
		{"msg list, a token said expired", 200, nil, `{"success":false,"msg":["Access token expired"]}`, tok, TokenExpired, nil},
		{"message list without a failure flag is data", 200, nil, `{"status":"ok","message":["Invalid API key."]}`, key, "", nil},
		{"message list of a field's fault", 200, nil, `{"status":"error","message":["Field name is required"]}`, key, "", nil},

		// A request said not allowed to a service or resource it names, in
		// a 500 (the security server's status for its own faults).
		{"request is not allowed to the service, 500", 500, nil, `{"message":"Request is not allowed to the service orders-api"}`, tok, PermissionDenied, nil},
		{"request not permitted for this resource, 500", 500, nil, `{"error":"Request not permitted for this resource"}`, key, PermissionDenied, nil},
		{"a request's body not allowed names no service", 500, nil, `{"error":"Request body is not allowed for GET"}`, tok, "", []string{PermissionDenied}},
		{"request not allowed: the request's size", 500, nil, `{"message":"Request is not allowed: body exceeds 1 MB"}`, tok, "", []string{PermissionDenied}},

		// A token, key or application said not granted the scope.
		{"key was not granted the required scope", 403, nil, `{"error":"Key was not granted the required scope."}`, key, ServerInsufficientScope, nil},
		{"application not granted requested scopes, 400", 400, nil, `{"message":"Application not granted requested scopes"}`, tok, ServerInsufficientScope, nil},
		{"a user not granted a role is no scope", 403, nil, `{"error":"User has not been granted the role"}`, tok, PermissionDenied, []string{ServerInsufficientScope}},

		// The caller's access, login or consent said timed out, and a new
		// login asked for.
		{"your access has timed out, sign in again", 401, nil, `{"error":"Your access has timed out. Please sign in again."}`, tok, TokenExpired, nil},
		{"the user's consent has timed out, re-authenticate", 401, nil, `{"message":"The user's consent has timed out; the user must re-authenticate to continue."}`, tok, TokenExpired, nil},
		{"a connection timed out is no session", 401, nil, `{"error":"The connection timed out. Please sign in again."}`, tok, CredentialRejected, []string{TokenExpired}},
	})

	// At a token endpoint: the client said not to have access to the
	// method, flow or grant it used.
	const src = "https://example.com/paraphrase"
	runTokenCases(t, []tokenCase{
		{src: src, name: "roundgov2: app doesn't have access to this grant type", status: 403,
			body: `{"message":"Your app doesn't have access to this grant type."}`, want: PermissionDenied},
		{src: src, name: "roundgov2: application does not yet have access to the authorization method", status: 400,
			body: `{"error":"invalid_request","error_description":"Application acme-portal does not yet have access to the authorization method requested."}`, want: PermissionDenied},
		{src: src, name: "roundgov2: a secret said invalid stays the client's", status: 401,
			body: `{"message":"Invalid client secret. The application does not have access to this authorization method."}`, want: CredentialRejected},
	})
}
