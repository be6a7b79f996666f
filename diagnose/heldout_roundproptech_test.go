package diagnose

import (
	"testing"
	"time"
)

// roundproptechCases: a held-out round on real estate / proptech,
// automotive and energy / utilities APIs (RentCast, Realie, Open Charge
// Map, Tibber, Tesla Fleet, Smartcar's v1 API, Huawei FusionSolar,
// Renault's Kamereon and its Gigya login), answers not in the corpora
// before. Several come from the servers' own code (Open Charge Map's
// Cloudflare worker, which answers every refusal itself) or the clients'
// recorded fixtures (renault-api, Smartcar's SDK), which show status
// and body byte for byte; where a body is an envelope built around words
// a document or a log quotes, the case says so. Gathered and given their
// expected first cause from the catalog before the diagnosis code was
// read; a comment says why when two codes could fit. First run, before
// any fix: first cause right in 32 of 41 (refusals 17 of 25, the token
// endpoint's 0 of 1, non-refusals 15 of 15 given no cause). Misses: a
// bare REJECTED_APIKEY_INVALID status word in a 403; a ban sentence that
// says to use a real API key; "operation not allowed for demo user" in a
// 200 GraphQL error; a vehicle that turned remote access off (401) read
// as a refused token; a failCode 401 "Invalid access to current
// interface!" in a 200 read as a refused credential; a failCode 407
// ACCESS_FREQUENCY_IS_TOO_HIGH in a 200 read as a refused credential;
// USER_MUST_RELOGIN in a 200; Gigya's "Unauthorized user" (statusCode
// 403 in a 200) read as a permission; a token endpoint's
// unauthorized_client whose words say it does not recognize the client
// id and secret. After the readings the misses lacked: 40 of 41 (a code
// joining a credential's name and a verdict, REJECTED_APIKEY_INVALID; the
// caller told to make sure it uses a real or valid key; how often it
// calls said too high; an operation not allowed for a kind of user;
// access to an interface said invalid, illegal or absent; the caller told
// to log in again, and "failCode" as a failure code's key; the owner's
// remote or app access turned off, in a refusal; a client id and secret
// said not recognized at the token endpoint). Gigya's "Unauthorized
// user" stays pending (roundproptechPending): the same bytes would mean
// a permission from another server.
func roundproptechCases(now time.Time) []provCase {
	const (
		ocmWorker = "https://github.com/openchargemap/ocm-system/blob/e9ee80a3fcfb7361ed25a4f200e57fd02e035b16/API/OCM.Net/OCM.API.Worker/cloudflare/api-router/src/index.ts"
		renault   = "https://github.com/hacf-fr/renault-api/blob/"
		teslaConv = "https://developer.tesla.com/docs/fleet-api/getting-started/conventions"
	)
	json := jsonCT
	// A Cloudflare worker's new Response(string) is text/plain.
	cfText := func() map[string]string { return ctHeader("text/plain;charset=UTF-8") }
	ocmKey := apiKey("OCM_API_KEY", "5f3c9e1a-7b2d-4c6e-8f0a-1b3c5d7e9f12", "X-API-Key", "")
	tibber := bearer("TIBBER_TOKEN", "Kq2LmN7pR4sT6vW8yZ1aB3cD5eF7gH9jK2lM4nP6qR8")
	tesla := bearer("TESLA_ACCESS_TOKEN", makeJWT(map[string]any{"iss": "https://auth.tesla.com/oauth2/v3/nts", "aud": "https://fleet-api.prd.na.vn.cloud.tesla.com",
		"sub": "d57f12ed-9a3c-4f1e-8b2d-7c6e5f4a3b21", "scp": []string{"openid", "offline_access", "vehicle_device_data", "vehicle_cmds"}, "exp": now.Add(6 * time.Hour).Unix()}))
	teslaErr := func(key, desc string) string {
		return `{"response":null,"error":"` + key + `","error_description":"` + desc + `"}`
	}
	xsrf := headerCred("XSRF-TOKEN", "FUSIONSOLAR_XSRF_TOKEN", "x-7k2m9q4w8e3r6t1y5u0i2o4p7a9s3d6f8g1h5j2k4l7z9x3c6v8b1n5m")
	kamereon := headerValues("kamereon", "KAMEREON_API_KEY", "apikey", "YjkKtHmGfaceeuExUDKGxrLZGGvtVS0J",
		"GIGYA_JWT", "x-gigya-id_token", makeJWT(map[string]any{"iss": "https://fidm.gigya.com/jwt/3_4LKbCcMMcvjDm3X89LU4z4mNKYKdl_W0oD9w-Jvih21WqgJKtFZAnb9YdUgWT9_a/",
			"apiKey": "3_4LKbCcMMcvjDm3X89LU4z4mNKYKdl_W0oD9w-Jvih21WqgJKtFZAnb9YdUgWT9_a", "sub": "d3f8a1b2c4e6", "exp": now.Add(15 * time.Minute).Unix()}))
	kamereonPath := "/commerce/v1/accounts/f4c2a9e1-7b3d-4e5f-8a6b-9c0d1e2f3a4b/kamereon/kca/car-adapter/v2/cars/VF1AG000A66123456/battery-status?country=FR"
	gigyaKey := apiKey("GIGYA_API_KEY", "3_4LKbCcMMcvjDm3X89LU4z4mNKYKdl_W0oD9w-Jvih21WqgJKtFZAnb9YdUgWT9_a", "", "apiKey")
	gigyaText := func() map[string]string { return ctHeader("text/javascript") }
	return []provCase{
		// RentCast: its rate-limit page quotes the 429 body.
		{src: "https://developers.rentcast.io/reference/rate-limits", name: "RentCast 429 auth/rate-limit-exceeded", status: 429,
			header: json(), body: "{\n  \"status\": 429,\n  \"error\": \"auth/rate-limit-exceeded\",\n  \"message\": \"The rate limit of 20 requests per second has been exceeded\"\n}",
			cred: apiKey("RENTCAST_API_KEY", "a3f9c2e17b4d4e8f9a0b1c2d3e4f5a6b", "X-Api-Key", ""), path: "/v1/avm/value?address=5500%20Grand%20Lake%20Dr%2C%20San%20Antonio%2C%20TX%2078244", want: RateLimited},

		// Realie reads its key bare from the Authorization header; the
		// response-codes page gives each status's body.
		{src: "https://docs.realie.ai/api-reference/response-codes", name: "Realie 401 Unauthorized: API key is missing, nothing sent", status: 401,
			header: json(), body: `{ "error": "Unauthorized: API key is missing" }`, path: "/api/public/property/address/?state=CA&address=1600%20Pennsylvania%20Ave", want: NoCredentialsSent},
		// A usage counter at its limit, said in a 403: rate_limited ("a
		// 403 ... with a usage counter at its limit, or words like limit
		// exceeded").
		{src: "https://docs.realie.ai/api-reference/response-codes", name: "Realie 403 Forbidden: Usage limit exceeded", status: 403,
			header: json(), body: `{ "error": "Forbidden: Usage limit exceeded" }`,
			cred: apiKey("REALIE_API_KEY", "rl_7Hq2LmN9pR4sT6vX8zB1cD3fG5hJ7kL9", "Authorization", ""), path: "/api/public/property/address/?state=CA&address=1600%20Pennsylvania%20Ave", want: RateLimited},

		// Open Charge Map's API router (a Cloudflare worker) answers every
		// refusal itself with a bare 403 and a status word or sentence.
		{src: ocmWorker, name: "Open Charge Map 403 REJECTED_APIKEY_MISSING, nothing sent", status: 403,
			header: cfText(), body: "REJECTED_APIKEY_MISSING", path: "/v3/poi/?output=json&countrycode=US&maxresults=10", want: NoCredentialsSent},
		{src: "https://github.com/openchargemap/ocm-system/issues/239", name: "Open Charge Map 403 REJECTED_APIKEY_INVALID, a key in X-API-Key", status: 403,
			header: cfText(), body: "REJECTED_APIKEY_INVALID", cred: ocmKey, path: "/v3/poi/?output=json&latitude=41.0082&longitude=28.9784&distance=10&distanceunit=KM&maxresults=5", want: CredentialRejected},
		{src: "https://github.com/openchargemap/ocm-system/issues/165", name: "Open Charge Map 403 You must specify an API Key, nothing sent", status: 403,
			header: cfText(), body: "You must specify an API Key, either in an X-API-Key header or key= query string parameter.",
			path: "/v3/poi/?output=json&countrycode=US&maxresults=5000&compact=true&verbose=false", want: NoCredentialsSent},
		// A key on the worker's banned list. The words blame the key
		// ("you must ensure you are using a real API key"): the key is not
		// accepted, credential_rejected (revoked, not enabled).
		{src: ocmWorker, name: "Open Charge Map 403 API call blocked, a banned key", status: 403,
			header: cfText(), body: "API call blocked. Callers with repeated duplicate calls may be auto banned and you must ensure you are using a real API key.",
			cred: ocmKey, path: "/v3/poi/?output=json&countrycode=GB&maxresults=100", want: CredentialRejected},
		{src: "https://github.com/openchargemap/ocm-system/blob/1509a7b4c38a8eb29417c3efa04c870afa9c3328/API/OCM.Net/OCM.API.Worker/cloudflare/api-router.js", name: "Open Charge Map 403 Generic user agents must use an API Key, nothing sent", status: 403,
			header: cfText(), body: "Generic user agents must use an API Key. API Keys are mandatory and this rule will be enforced soon. https://openchargemap.org/site/develop/api",
			path: "/v3/poi/?output=json&countrycode=NL&maxresults=50", want: NoCredentialsSent},

		// Tibber's GraphQL API (Apollo). The client reports "Bad Request
		// ... Context creation failed: invalid token"; the body is
		// Apollo's error shape around those words, and pyTibber reads the
		// UNAUTHENTICATED code from it.
		{src: "https://github.com/hombach/ioBroker.tibberlink/issues/333", name: "Tibber 400 Context creation failed: invalid token (Apollo envelope)", status: 400,
			header: json(), body: `{"errors":[{"message":"Context creation failed: invalid token","extensions":{"code":"UNAUTHENTICATED"}}]}`,
			cred: tibber, method: "POST", path: "/v1-beta/gql", want: CredentialRejected},
		// The public demo token may read but not send notifications:
		// pyTibber's test expects this 200 with an error, code
		// INTERNAL_SERVER_ERROR (the envelope is Apollo's).
		{src: "https://github.com/Danielhiversen/pyTibber/blob/0056df0f1e70664d890ca505bc662f1757c71f43/test/test_tibber.py", name: "Tibber 200 operation not allowed for demo user", status: 200,
			header: json(), body: `{"errors":[{"message":"operation not allowed for demo user","locations":[{"line":1,"column":10}],"path":["sendPushNotification"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":null}`,
			cred: tibber, method: "POST", path: "/v1-beta/gql", want: PermissionDenied},
		// The OAuth token is a JWT whose exp has passed: read locally
		// first. The message is the JOSE library's, as the report quotes
		// its start.
		{src: "https://github.com/markus-lassfolk/home-assistant-yarbo/issues/133", name: "Tibber 200 UNAUTHENTICATED exp claim timestamp check failed, an expired JWT", status: 200,
			header: json(), body: `{"errors":[{"message":"\"exp\" claim timestamp check failed","extensions":{"code":"UNAUTHENTICATED"}}],"data":null}`,
			cred:   bearer("TIBBER_TOKEN", makeJWT(map[string]any{"iss": "https://thewall.tibber.com", "sub": "c70dcbe5", "exp": now.Add(-3 * time.Hour).Unix()})),
			method: "POST", path: "/v1-beta/gql", want: JWTExpired},

		// Tesla Fleet API, the error keys and descriptions of its
		// conventions page in its {"response","error","error_description"}
		// envelope. A password reset (or a used refresh token) revoked the
		// token: credential_rejected (revoked), not an expiry.
		{src: teslaConv, name: "Tesla Fleet 401 login_required (envelope around the docs' words)", status: 401,
			header: json(), body: teslaErr("login_required", "The user has reset their password and a new auth code is required, or the refresh_token has already been used."),
			cred: tesla, path: "/api/1/vehicles", want: CredentialRejected},
		// The owner turned remote access off in the car: the token is
		// fine and the operation is refused, permission_denied.
		{src: teslaConv, name: "Tesla Fleet 401 mobile_access_disabled (envelope around the docs' words)", status: 401,
			header: json(), body: teslaErr("mobile_access_disabled", "The vehicle has turned off remote access."),
			cred: tesla, method: "POST", path: "/api/1/vehicles/1492931337/command/door_unlock", want: PermissionDenied},

		// Smartcar's v1 API (its SDK's recorded fixture).
		{src: "https://github.com/smartcar/java-sdk/blob/8be00ee7b4b8135b59bfd44bcc394f81b78c1c1b/src/test/resources/ErrorPermissionV1.json", name: "Smartcar v1 403 permission_error Insufficient permissions", status: 403,
			header: json(), body: "{\n  \"error\": \"permission_error\",\n  \"message\": \"Insufficient permissions to access requested resource.\"\n}",
			cred: bearer("SMARTCAR_ACCESS_TOKEN", "8a3b9c2d-1e4f-4a5b-9c6d-7e8f9a0b1c2d"), path: "/v1.0/vehicles/36ab27d0-fd9d-4455-823a-ce30af709ffc/location", want: PermissionDenied},

		// Huawei FusionSolar's northbound API answers 200 with
		// success:false and a failCode. The envelope is the one its login
		// answer shows (issue 265) around the words the clients log.
		// 401 in the body: the northbound account is not granted this
		// interface (the maintainer points to the account's rights):
		// permission_denied.
		{src: "https://github.com/tijsverkoyen/HomeAssistant-FusionSolar/issues/25", name: "FusionSolar 200 failCode 401 Invalid access to current interface!", status: 200,
			header: json(), body: `{"data":null,"failCode":401,"message":"Invalid access to current interface!","params":{},"success":false}`,
			cred: xsrf, method: "POST", path: "/thirdData/getDevRealKpi", want: PermissionDenied},
		{src: "https://github.com/tijsverkoyen/HomeAssistant-FusionSolar/issues/29", name: "FusionSolar 200 failCode 407 ACCESS_FREQUENCY_IS_TOO_HIGH", status: 200,
			header: json(), body: `{"data":null,"failCode":407,"message":"ACCESS_FREQUENCY_IS_TOO_HIGH","params":{},"success":false}`,
			cred: xsrf, method: "POST", path: "/thirdData/getDevRealKpi", want: RateLimited},
		// The kiosk link's id (kk) is not a live session: "user must
		// relogin". No word of expiry, so not token_expired: the
		// credential was not accepted, credential_rejected.
		{src: "https://github.com/tijsverkoyen/Home-Assistant-FusionSolar-Kiosk/issues/5", name: "FusionSolar kiosk 200 failCode 306 USER_MUST_RELOGIN", status: 200,
			header: json(), body: `{"failCode":306,"immediately":true,"message":"USER_MUST_RELOGIN"}`,
			cred: apiKey("FUSIONSOLAR_KIOSK_ID", "xQd7#kP2m#Z", "", "kk"), path: "/rest/pvms/web/kiosk/v1/station-kiosk-file", want: CredentialRejected},

		// Renault's Kamereon API (renault-api's recorded fixtures; the
		// statuses are the ones the error codes name).
		{src: renault + "6b14906bd084961a373e3d4eba3fd695e9c9e44b/tests/fixtures/kamereon/error/unauthorized.json", name: "Kamereon 401 err.func.wired.unauthorized The access is unauthorized", status: 401,
			header: json(), body: "{\n  \"type\": \"FUNCTIONAL\",\n  \"messages\": [\n    {\n      \"code\": \"err.func.wired.unauthorized\",\n      \"message\": \"The access is unauthorized\"\n    }\n  ],\n  \"errors\": [\n    {\n      \"errorCode\": \"err.func.wired.unauthorized\",\n      \"errorMessage\": \"The access is unauthorized\"\n    }\n  ],\n  \"error_reference\": \"FUNCTIONAL\"\n}\n",
			cred: kamereon, path: kamereonPath, want: CredentialRejected},
		{src: renault + "dbd4206ceabffa4f5be47d0d5e8ea4b81c89d67b/tests/fixtures/kamereon/error/forbidden.json", name: "Kamereon 403 err.func.wired.forbidden The access is forbidden", status: 403,
			header: json(), body: "{\n  \"type\": \"FUNCTIONAL\",\n  \"messages\": [\n    { \"code\": \"err.func.wired.forbidden\", \"message\": \"The access is forbidden\" }\n  ],\n  \"errors\": [\n    {\n      \"errorCode\": \"err.func.wired.forbidden\",\n      \"errorMessage\": \"The access is forbidden\"\n    }\n  ],\n  \"error_reference\": \"FUNCTIONAL\"\n}\n",
			cred: kamereon, path: kamereonPath, want: PermissionDenied},
		{src: renault + "f0db93047a44f0f2f67cd88c09ba063d89acd27a/tests/fixtures/kamereon/error/access_denied.json", name: "Kamereon 403 err.func.403 security.access Access is denied for this resource", status: 403,
			header: json(), body: "{\n  \"type\": \"FUNCTIONAL\",\n  \"messages\": [\n    {\n      \"code\": \"err.func.403\",\n      \"message\": \"{\\\"errors\\\":[{\\\"status\\\":\\\"403\\\",\\\"code\\\":\\\"security.access\\\",\\\"detail\\\":\\\"Access is denied for this resource\\\"}]}\"\n    }\n  ],\n  \"errors\": [\n    {\n      \"errorCode\": \"err.func.403\",\n      \"errorMessage\": \"{\\\"errors\\\":[{\\\"status\\\":\\\"403\\\",\\\"code\\\":\\\"security.access\\\",\\\"detail\\\":\\\"Access is denied for this resource\\\"}]}\"\n    }\n  ],\n  \"error_reference\": \"FUNCTIONAL\"\n}\n",
			cred: kamereon, path: kamereonPath, want: PermissionDenied},
		{src: renault + "4ea4a0e8be0f90516d93738dedbcb396e6cc3ae5/tests/fixtures/kamereon/errors/quota_limit.txt", name: "Kamereon 429 err.func.wired.overloaded You have reached your quota limit", status: 429,
			header: json(), body: "{\"type\":\"FUNCTIONAL\",\"messages\":[{\"code\":\"err.func.wired.overloaded\",\"message\":\"You have reached your quota limit\"}],\"errors\":[{\"errorCode\":\"err.func.wired.overloaded\",\"errorMessage\":\"You have reached your quota limit\",\"errorType\":\"functional\"}]}\n",
			cred: kamereon, method: "POST", path: "/commerce/v1/accounts/f4c2a9e1-7b3d-4e5f-8a6b-9c0d1e2f3a4b/kamereon/kca/car-adapter/v1/cars/VF1AG000A66123456/actions/hvac-start?country=FR", want: RateLimited},

		// Gigya (SAP Customer Data Cloud), Renault's login: HTTP 200,
		// text/javascript, the refusal's status in the body.
		{src: renault + "8ddbf82b9d79e050389d0dde3392288bd2617913/tests/fixtures/gigya/error/login.403042.json", name: "Gigya 200 statusCode 403 errorCode 403042 invalid loginID or password", status: 200,
			header: gigyaText(), body: "{\n  \"callId\": \"callId\",\n  \"errorCode\": 403042,\n  \"errorDetails\": \"invalid loginID or password\",\n  \"errorMessage\": \"Invalid LoginID\",\n  \"apiVersion\": 2,\n  \"statusCode\": 403,\n  \"statusReason\": \"Forbidden\",\n  \"time\": \"2020-11-17T08:22:36.561Z\"\n}\n",
			cred: gigyaKey, method: "POST", path: "/accounts.login", want: CredentialRejected},
		// The login needs a second factor it cannot give here: the
		// catalog puts a second factor the request cannot supply under
		// permission_denied.
		{src: renault + "4eef0ff0b894c18ec6f542bf5abc89485e18085a/tests/fixtures/gigya/error/login.403101.json", name: "Gigya 200 statusCode 403 errorCode 403101 Pending Two-Factor Authentication", status: 200,
			header: gigyaText(), body: "{\"callId\":\"callId\",\"errorCode\":403101,\"errorDetails\":\"Pending Two-Factor Authentication\",\"apiVersion\":2,\"statusCode\":403,\"statusReason\":\"Forbidden\",\"time\":\"2020-11-17T08:22:36.561Z\",\"regToken\":\"sample-reg-token\"}\n",
			cred: gigyaKey, method: "POST", path: "/accounts.login", want: PermissionDenied},
		// The account's e-mail is not verified: the login token is known
		// and the account may not have a JWT yet, permission_denied.
		{src: renault + "b73936910cf83cf4a41f6b95e90440c70e810445/tests/fixtures/gigya/get_jwt.403013.json", name: "Gigya 200 statusCode 403 errorCode 403013 Unverified user (getJWT)", status: 200,
			header: gigyaText(), body: "{\n  \"callId\": \"0f34ac6540fa4da9adbb67e1a22f3fd4\",\n  \"errorCode\": 403013,\n  \"errorDetails\": \"Unverified user\",\n  \"errorMessage\": \"Unverified user\",\n  \"apiVersion\": 2,\n  \"statusCode\": 403,\n  \"statusReason\": \"Forbidden\",\n  \"time\": \"2020-11-26T08:28:56.248Z\"\n}\n",
			cred: apiKey("GIGYA_LOGIN_TOKEN", "st2.s.AcbHq7Wz9xK3mN5pR8tV1yB4eG6jL0oQ", "", "login_token"), method: "POST", path: "/accounts.getJWT", want: PermissionDenied},
	}
}

// roundproptechPending: answers measured blind with the rest and left out
// of the passing table. Gigya's getJWT answers a login token it no longer
// takes with statusCode 403 and "Unauthorized user" in a 200: the
// envelope's 403 and words that do not say the token is invalid are, to
// any server, a caller known and not allowed (permission_denied, as it is
// read); only Gigya's documentation of 403005 says the login token was
// refused. No general reading tells the two apart, so none is forced.
func roundproptechPending() []provCase {
	const renault = "https://github.com/hacf-fr/renault-api/blob/"
	gigyaText := func() map[string]string { return ctHeader("text/javascript") }
	return []provCase{
		// getJWT with a login token that no longer names a session.
		{src: renault + "b73936910cf83cf4a41f6b95e90440c70e810445/tests/fixtures/gigya/get_jwt.403005.json", name: "Gigya 200 statusCode 403 errorCode 403005 Unauthorized user (getJWT)", status: 200,
			header: gigyaText(), body: "{\n  \"callId\": \"782cef59173646f1840134cdaec798f0\",\n  \"errorCode\": 403005,\n  \"errorDetails\": \"Unauthorized user\",\n  \"errorMessage\": \"Unauthorized user\",\n  \"apiVersion\": 2,\n  \"statusCode\": 403,\n  \"statusReason\": \"Forbidden\",\n  \"time\": \"2020-11-26T08:47:46.600Z\"\n}\n",
			cred: apiKey("GIGYA_LOGIN_TOKEN", "st2.s.AcbHq7Wz9xK3mN5pR8tV1yB4eG6jL0oQ", "", "login_token"), method: "POST", path: "/accounts.getJWT", want: CredentialRejected},
	}
}

// roundproptechTokens: Tesla's token endpoint refusing a client
// credentials request (the error key and words of its conventions page
// and FAQ; the status is the one its Fleet API client library gives the
// key). The words say the client id and secret were not recognized.
func roundproptechTokens() []tokenCase {
	return []tokenCase{
		{src: "https://developer.tesla.com/docs/fleet-api/support/faq", name: "Tesla token 400 unauthorized_client We don't recognize this client_id and client_secret combination", status: 400,
			body: `{"error":"unauthorized_client","error_description":"We don't recognize this client_id and client_secret combination. Use the client_id and client_secret that has been granted for the application."}`,
			want: CredentialRejected},
	}
}

// roundproptechNonRefusals: answers of the same servers that refuse
// nothing: a property not found, a missing address, a username taken,
// validation and vehicle-state errors, a batch whose one request met an
// open door, no published data for an interval, a GraphQL NOT_FOUND,
// Kamereon's 404/501/500, and FusionSolar's successful login.
func roundproptechNonRefusals() []fpCase {
	const renault = "https://github.com/hacf-fr/renault-api/blob/"
	return []fpCase{
		{src: "https://docs.realie.ai/api-reference/response-codes", name: "Realie 404 No property found matching the criteria", status: 404, header: jsonCT(),
			body: `{ "error": "No property found matching the criteria" }`, path: "/api/public/property/address/?state=CA&address=1%20Nowhere%20Rd"},
		{src: "https://docs.realie.ai/api-reference/response-codes", name: "Realie 400 Address is required", status: 400, header: jsonCT(),
			body: `{ "error": "Address is required" }`, path: "/api/public/property/address/?state=CA"},
		{src: "https://github.com/bachya/aiowatttime/blob/9c8324805505be729696435a5999802333ad3366/tests/fixtures/new_user_fail_response.json", name: "WattTime 400 That username is taken", status: 400, header: jsonCT(),
			body: "{\n  \"error\": \"That username is taken. Please choose another.\"\n}\n", path: "/v2/register"},
		{src: "https://github.com/bachya/aiowatttime/blob/465fd68f6c07e8671a9491184042721833172723/tests/test_client.py", name: "WattTime 400 A problem occurred, your request could not be processed (password reset)", status: 400, header: jsonCT(),
			body: "{\n  \"error\": \"A problem occurred, your request could not be processed\"\n}\n", path: "/v2/password?username=user"},
		// Enphase's IQ Gateway confirms a token with a 200 HTML page
		// whose only words are about the token.
		{src: "https://github.com/Matthew1471/Enphase-API/blob/8db77a4e85c45c239741c0a9115f3db6917ebbe4/Python/src/enphase_api/local/gateway.py", name: "Enphase IQ Gateway 200 check_jwt Valid token.", status: 200,
			header: ctHeader("text/html"), body: "<!DOCTYPE html><h2>Valid token.</h2>\n", path: "/auth/check_jwt"},
		{src: "https://github.com/smartcar/java-sdk/blob/8be00ee7b4b8135b59bfd44bcc394f81b78c1c1b/src/test/resources/ErrorValidationV2.json", name: "Smartcar v2 400 VALIDATION Request invalid or malformed", status: 400, header: jsonCT(),
			body: "{\n  \"type\": \"VALIDATION\",\n  \"code\": null,\n  \"description\": \"Request invalid or malformed. Please check for missing parameters, spelling and casing mistakes, and other syntax issues.\",\n  \"docURL\": \"https://smartcar.com/docs/errors/v2.0/other-errors/#validation\",\n  \"statusCode\": 400,\n  \"requestId\": \"5dea93a1-3f79-4246-90c5-89610a20471b\",\n  \"resolution\": null,\n  \"detail\": [\n    {\n      \"field\": [\n        \"requests\"\n      ],\n      \"message\": \"\\\"requests\\\" is required\"\n    },\n    {\n      \"field\": [\n        \"request\"\n      ],\n      \"message\": \"\\\"request\\\" is not allowed\"\n    }\n  ]\n}",
			path: "/v2.0/vehicles/36ab27d0-fd9d-4455-823a-ce30af709ffc/batch"},
		{src: "https://github.com/smartcar/java-sdk/blob/8be00ee7b4b8135b59bfd44bcc394f81b78c1c1b/src/test/resources/ErrorVehicleStateV1.json", name: "Smartcar v1 409 vehicle_state_error VS_000", status: 409, header: jsonCT(),
			body: "{\n  \"error\": \"vehicle_state_error\",\n  \"message\": \"Vehicle state cannot be determined.\",\n  \"code\": \"VS_000\"\n}", path: "/v1.0/vehicles/36ab27d0-fd9d-4455-823a-ce30af709ffc/odometer"},
		{src: "https://github.com/smartcar/java-sdk/blob/03ac75883ae99407bb1a56f5468be4b12237fac8/src/test/resources/BatchResponseErrorV2.json", name: "Smartcar v2 200 batch with a 409 VEHICLE_STATE DOOR_OPEN inside", status: 200, header: jsonCT(),
			body: "{\n  \"responses\": [\n    {\n      \"path\": \"/odometer\",\n      \"code\": 409,\n      \"body\": {\n        \"type\": \"VEHICLE_STATE\",\n        \"code\": \"DOOR_OPEN\",\n        \"statusCode\": 409,\n        \"requestId\": \"27767d51-3c32-47c0-8521-6f2be21bfb5b\",\n        \"description\": \"Door is open.\",\n        \"docURL\": \"https://smartcar.com/docs/errors/v2.0/vehicle-state/#door_open\",\n        \"resolution\": null\n      }\n    }\n  ]\n}",
			path: "/v2.0/vehicles/36ab27d0-fd9d-4455-823a-ce30af709ffc/batch"},
		// ENTSO-E answers a query with no published data with 200 and an
		// acknowledgement document (reason 999); the client's log shows
		// the status, headers and reason, the XML is the document's
		// standard form around that reason text.
		{src: "https://github.com/krose/entsoeapi/blob/b64f5c6f07419de6f9f946edaa5b2429535780c6/reference/day_ahead_prices.md", name: "ENTSO-E 200 Acknowledgement 999 No matching data found", status: 200,
			header: ctHeader("text/xml", "Content-Disposition", `inline; filename="acknowledgement.xml"`),
			body:   "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Acknowledgement_MarketDocument xmlns=\"urn:iec62325.351:tc57wg16:451-1:acknowledgementdocument:7:0\">\n  <mRID>bad7ffa5-1a1b-4</mRID>\n  <createdDateTime>2026-03-08T23:47:57Z</createdDateTime>\n  <sender_MarketParticipant.mRID codingScheme=\"A01\">10X1001A1001A450</sender_MarketParticipant.mRID>\n  <sender_MarketParticipant.marketRole.type>A32</sender_MarketParticipant.marketRole.type>\n  <receiver_MarketParticipant.mRID codingScheme=\"A01\">10X1001A1001A450</receiver_MarketParticipant.mRID>\n  <receiver_MarketParticipant.marketRole.type>A39</receiver_MarketParticipant.marketRole.type>\n  <received_MarketDocument.createdDateTime>2026-03-08T23:47:57Z</received_MarketDocument.createdDateTime>\n  <Reason>\n    <code>999</code>\n    <text>No matching data found for Data item ENERGY_PRICES [12.1.D] (10Y1001A1001A82H, 10Y1001A1001A82H) and interval 2026-02-12T23:00:00.000Z/2026-02-12T23:00:00.000Z.</text>\n  </Reason>\n</Acknowledgement_MarketDocument>",
			path:   "/api?documentType=A44&in_Domain=10Y1001A1001A82H&out_Domain=10Y1001A1001A82H&periodStart=202602122300&periodEnd=202602122300"},
		// Octopus Germany's Kraken GraphQL: a device not found for the
		// account (errorType NOT_FOUND), in a 200.
		{src: "https://github.com/thecem/octopus_germany/issues/19", name: "Octopus Germany 200 KT-CT-4301 Unable to find device for given account", status: 200, header: jsonCT(),
			body: `{"data":{"completedDispatches":null,"plannedDispatches":null},"errors":[{"message":"Unable to find device for given account.","locations":[{"line":68,"column":15}],"path":["completedDispatches"],"extensions":{"errorType":"NOT_FOUND","errorCode":"KT-CT-4301","errorDescription":"We were unable to find a device for the given account. Please check that the account number (and property ID) is correct."}},{"message":"Unable to find device for given account.","locations":[{"line":120,"column":15}],"path":["plannedDispatches"],"extensions":{"errorType":"NOT_FOUND","errorCode":"KT-CT-4301","errorDescription":"We were unable to find a device for the given account. Please check that the account number (and property ID) is correct."}}]}`,
			path: "/v1/graphql/"},
		{src: renault + "ac87d5a97199202208ea61fc716098094c044cee/tests/fixtures/kamereon/error/resource_not_found.json", name: "Kamereon 404 err.func.wired.notFound Resource not found", status: 404, header: jsonCT(),
			body: "{\n  \"type\": \"FUNCTIONAL\",\n  \"messages\": [\n    { \"code\": \"err.func.wired.notFound\", \"message\": \"Resource not found\" }\n  ],\n  \"error_reference\": \"FUNCTIONAL\",\n  \"errors\": [\n    {\n      \"errorCode\": \"err.func.wired.notFound\",\n      \"errorMessage\": \"Resource not found\"\n    }\n  ]\n}\n",
			path: "/commerce/v1/accounts/f4c2a9e1-7b3d-4e5f-8a6b-9c0d1e2f3a4b/kamereon/kca/car-adapter/v1/cars/VF1AG000A66123456/charge-history?country=FR"},
		{src: renault + "0438bde214defd2ec782e4bdd58c0951867c5049/tests/fixtures/kamereon/errors/not_supported.json", name: "Kamereon 501 err.tech.501 not technically supported by this gateway", status: 501, header: jsonCT(),
			body: "{\n  \"type\": \"TECHNICAL\",\n  \"messages\": [\n    {\n      \"code\": \"err.tech.501\",\n      \"message\": \"{\\\"errors\\\":[{\\\"status\\\":\\\"501\\\",\\\"code\\\":\\\"error.internal\\\",\\\"detail\\\":\\\"This feature is not technically supported by this gateway\\\"}]}\"\n    }\n  ],\n  \"errors\": [\n    {\n      \"errorCode\": \"err.tech.501\",\n      \"errorMessage\": \"{\\\"errors\\\":[{\\\"status\\\":\\\"501\\\",\\\"code\\\":\\\"error.internal\\\",\\\"detail\\\":\\\"This feature is not technically supported by this gateway\\\"}]}\"\n    }\n  ],\n  \"error_reference\": \"TECHNICAL\"\n}\n",
			path: "/commerce/v1/accounts/f4c2a9e1-7b3d-4e5f-8a6b-9c0d1e2f3a4b/kamereon/kca/car-adapter/v1/cars/VF1AG000A66123456/hvac-status?country=FR"},
		{src: renault + "d5c219d55b6d3d9b86bed5071cb42864d3f77020/tests/fixtures/kamereon/errors/invalid_upstream.json", name: "Kamereon 500 err.tech.500 Invalid response from the upstream server", status: 500, header: jsonCT(),
			body: "{\"type\":\"TECHNICAL\",\"messages\":[{\"code\":\"err.tech.500\",\"message\":\"{\\\"errors\\\":[{\\\"status\\\":\\\"Internal Server Error\\\",\\\"code\\\":\\\"500\\\",\\\"title\\\":\\\"Invalid response from the upstream server (The request sent to the GDC is erroneous) ; 502 Bad Gateway\\\"}]}\"}],\"errors\":[{\"errorCode\":\"err.tech.500\",\"errorMessage\":\"{\\\"errors\\\":[{\\\"status\\\":\\\"Internal Server Error\\\",\\\"code\\\":\\\"500\\\",\\\"title\\\":\\\"Invalid response from the upstream server (The request sent to the GDC is erroneous) ; 502 Bad Gateway\\\"}]}\"}],\"error_reference\":\"TECHNICAL\"}\n",
			path: "/commerce/v1/accounts/f4c2a9e1-7b3d-4e5f-8a6b-9c0d1e2f3a4b/kamereon/kca/car-adapter/v1/cars/VF1AG000A66123456/actions/charging-start?country=FR"},
		{src: renault + "af0198628d345b996fcee40e455e49e68e17a2eb/tests/fixtures/kamereon/error/failed_forward.json", name: "Kamereon 502 err.tech.wired.kamereon-proxy Failed to forward request", status: 502, header: jsonCT(),
			body: "{\n  \"type\": \"TECHNICAL\",\n  \"messages\": [\n    {\n      \"code\": \"err.tech.wired.kamereon-proxy\",\n      \"message\": \"Failed to forward request to remote service.\"\n    }\n  ],\n  \"errors\": [\n    {\n      \"errorCode\": \"err.tech.wired.kamereon-proxy\",\n      \"errorMessage\": \"Failed to forward request to remote service.\"\n    }\n  ],\n  \"error_reference\": \"TECHNICAL\"\n}\n",
			path: "/commerce/v1/accounts/f4c2a9e1-7b3d-4e5f-8a6b-9c0d1e2f3a4b/kamereon/kca/car-adapter/v2/cars/VF1AG000A66123456/battery-status?country=FR"},
		{src: "https://github.com/tijsverkoyen/HomeAssistant-FusionSolar/issues/265", name: "FusionSolar 200 login success with the API reference message", status: 200, header: jsonCT(),
			body: "{\n    \"data\": null,\n    \"success\": true,\n    \"failCode\": 0,\n    \"params\": {},\n    \"message\": \"Northbound API Reference: https://info.support.huawei.com/DpinfoAppBiz/#/u?i=1C30D7It&l=en_US\"\n}",
			path: "/thirdData/login"},
	}
}

// TestHeldoutRoundproptech reports top-1 on the proptech, automotive and
// energy round: the refusals, the token endpoint's and the
// non-refusals, which must get no cause.
func TestHeldoutRoundproptech(t *testing.T) {
	runHeldoutRound(t, heldoutRound{name: "roundproptech", cases: roundproptechCases(time.Now()), tokens: roundproptechTokens(), nonRefusals: roundproptechNonRefusals(), pending: roundproptechPending()})
}

// lateRoundproptechCases: answers gathered after the fixes above, looked
// at for the first time and run once before any change: late: first
// cause right in 5 of 6 (refusals 3 of 4, non-refusals 2 of 2). The
// miss: Tibber's "Invalid Compact JWS" in a 200 GraphQL error read as no
// refusal; a token named by its form (a JWT, JWS or JWE) said invalid or
// malformed is now read as the token refused (tokenFormRefusedPattern).
func lateRoundproptechCases(now time.Time) []provCase {
	const teslaConv = "https://developer.tesla.com/docs/fleet-api/getting-started/conventions"
	tesla := bearer("TESLA_ACCESS_TOKEN", makeJWT(map[string]any{"iss": "https://auth.tesla.com/oauth2/v3/nts", "aud": "https://fleet-api.prd.eu.vn.cloud.tesla.com",
		"sub": "a41c9e2f-6b7d-4e8a-9c1b-2d3e4f5a6b7c", "exp": now.Add(5 * time.Hour).Unix()}))
	return []provCase{
		// WattTime's v3 forecast to an account without the region's
		// data plan (aiowatttime's fixture and test, 403): the words
		// under "message" say the access is insufficient, the "error"
		// label calls the query's parameters invalid.
		{src: "https://github.com/bachya/aiowatttime/blob/47c8d1ade1b5b37512c7aacb24256852410093ba/tests/fixtures/invalid_scope_response.json", name: "WattTime 403 Invalid query parameters / Invalid scope, no sufficient access", status: 403,
			header: jsonCT(), body: "{\n  \"error\": \"Invalid query parameters\",\n  \"message\": \"Invalid scope. You do not have sufficient access to this resource. See https://api.watttime.org/plans/ for more information or email contact@watttime.org for pricing. Please note that all users are allowed free access to CAISO_ZP26.\"\n}\n",
			cred: bearer("WATTTIME_TOKEN", "eyQx7Kq2Lm9Np4Rs6Tv8Wy1Za3Bc5De7Fg9Hj2Km4Np6Qr8"), path: "/v3/forecast/historical?region=PSCO&signal_type=co2_moer", want: PermissionDenied},
		// Tesla Fleet's 423 and 402, the conventions page's words in its
		// envelope. A locked account: its credentials are refused until
		// Tesla unlocks it (a stopped account is the rejected
		// credential's reading).
		{src: teslaConv, name: "Tesla Fleet 423 Account is locked (envelope around the docs' words)", status: 423,
			header: jsonCT(), body: `{"response":null,"error":"Account is locked, and must be unlocked by Tesla.","error_description":""}`, cred: tesla, path: "/api/1/vehicles", want: CredentialRejected},
		// Payment required for a non-free account: the plan's, a
		// permission.
		{src: teslaConv, name: "Tesla Fleet 402 Payment is required (envelope around the docs' words)", status: 402,
			header: jsonCT(), body: `{"response":null,"error":"Payment is required in order to use the API (non-free account only).","error_description":""}`, cred: tesla, path: "/api/1/vehicles/1492931337/vehicle_data", want: PermissionDenied},
		// Tibber's API, when the token sent is not the JWT it now
		// expects: "INTERNAL_SERVER_ERROR / Invalid Compact JWS" in a 200
		// (the client's log; Apollo's envelope around it).
		{src: "https://github.com/home-assistant/core/issues/153368", name: "Tibber 200 INTERNAL_SERVER_ERROR Invalid Compact JWS", status: 200,
			header: jsonCT(), body: `{"errors":[{"message":"Invalid Compact JWS","extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":null}`,
			cred: bearer("TIBBER_TOKEN", "5K4MVS-OjfWhK_4yrjOlFe1F6kJXPVf7eQYggo8ebAE"), method: "POST", path: "/v1-beta/gql", want: CredentialRejected},
	}
}

// lateRoundproptechNonRefusals: a region without coverage, and a remote
// action already in progress.
func lateRoundproptechNonRefusals() []fpCase {
	return []fpCase{
		{src: "https://github.com/bachya/aiowatttime/blob/11122f37d8408879e45c927d855ce69275289a53/tests/test_emissions.py", name: "WattTime 404 No coverage available for these coordinates", status: 404, header: jsonCT(),
			body: "{\n  \"error\": \"No coverage available for these coordinates and signal_type\",\n  \"latitude\": \"0\",\n  \"longitude\": \"0\",\n  \"signal_type\": \"co2_moer\"\n}\n", path: "/v3/region-from-loc?latitude=0&longitude=0&signal_type=co2_moer"},
		{src: "https://github.com/hacf-fr/renault-api/blob/bf29f924c9b9c979d8657cb81bf9aec3742d4a3a/tests/fixtures/kamereon/error/charge_mode_inprogress.json", name: "Kamereon 409 A remote CHARGE_MODE is already in progress", status: 409, header: jsonCT(),
			body: "{\n  \"type\": \"FUNCTIONAL\",\n  \"messages\": [\n    {\n      \"code\": \"err.func.vcps.ev.charge-mode.error\",\n      \"message\": \"A remote CHARGE_MODE is already in progress\"\n    }\n  ],\n  \"errors\": [\n    {\n      \"errorCode\": \"409001\",\n      \"errorMessage\": \"A remote CHARGE_MODE is already in progress\",\n      \"errorType\": \"functional\",\n      \"errorLevel\": \"error\"\n    }\n  ]\n}\n\n",
			path: "/commerce/v1/accounts/f4c2a9e1-7b3d-4e5f-8a6b-9c0d1e2f3a4b/kamereon/kca/car-adapter/v1/cars/VF1AG000A66123456/actions/charge-mode?country=FR"},
	}
}

// TestHeldoutRoundproptechLate: see lateRoundproptechCases.
func TestHeldoutRoundproptechLate(t *testing.T) {
	runProviderCases(t, "roundproptech late answers", lateRoundproptechCases(time.Now()))
	runFalsePositives(t, "roundproptech late non-refusals", lateRoundproptechNonRefusals())
}
