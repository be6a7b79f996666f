package diagnose

import (
	"testing"
	"time"
)

// roundtelecom2Cases: a held-out round on telecom, messaging and CPaaS
// APIs, answers no corpus held: Orange's API gateway and token endpoint,
// the GSMA Open Gateway / CAMARA APIs (SIM Swap, Number Verification and
// their common errors), Bandwidth messaging, Somleng (an open-source
// Twilio-compatible CPaaS), Sinch Numbers, Vonage's network
// authentication, Synapse (Matrix), Rocket.Chat, Zulip, the Telegram Bot
// API and 1NCE's IoT management API: new providers, or new statuses,
// codes and endpoints of ones already there. Several come from SDK test
// fixtures and recorded cassettes (1NCE, Orange, Sinch, Vonage), the
// servers' own code and tests (Synapse, Rocket.Chat, Zulip, Somleng) or
// the API definitions' examples (CAMARA), which show status and body;
// where a body is built from a reference's table or YAML example a
// comment says so. Gathered and given their expected first cause from the
// catalog before the diagnosis code was read; a comment says why when two
// codes could fit. First run, before any fix: first cause right in 36 of
// 41 (refusals 24 of 29, token endpoints 3 of 3, non-refusals 9 of 9
// given no cause). Misses: Orange's "Expired credentials ... out-of-date"
// to an opaque token read credential_rejected, not token_expired; CAMARA's
// 403 "Request body is not consistent with access token" read
// credential_rejected before permission_denied; Vonage's 400 "No Network
// Application associated with Vonage Application" read nothing; Zulip's
// 400 "Not allowed for guest users" and "This endpoint does not accept
// bot requests" read nothing. After the readings the misses lacked: 41 of
// 41 (an expiry said as "expired credentials" or "out of date"; the
// request's subject said not consistent with its access token, also in
// the code INVALID_TOKEN_CONTEXT and under a 2xx failure flag, a
// permission rather than a refused token; a kind of caller, a guest or a
// bot, refused with the operation left implied; a credential said to have
// no application, registration or integration linked to it, not set up
// for this API). Rows in readings_roundtelecom2_test.go.
func roundtelecom2Cases(now time.Time) []provCase {
	const (
		orange   = "https://developer.orange.com/resources/orange-apis-error-handling"
		camSim   = "https://github.com/camaraproject/SimSwap/blob/4dd81945cd26c011d1087081b22b6c7980f16859/code/API_definitions/sim-swap.yaml"
		camCom   = "https://github.com/camaraproject/SimSwap/blob/4dd81945cd26c011d1087081b22b6c7980f16859/code/common/CAMARA_common.yaml"
		camNV    = "https://github.com/camaraproject/NumberVerification/blob/5ad5660e651bc865a915d949d1f1ca4ba456fc8c/code/API_definitions/number-verification.yaml"
		bw       = "https://github.com/Bandwidth/api-docs/blob/d1aae69e4f5795742ab12c010e0adc0b52bdafe3/content/messaging/errors/httpErrors.md"
		synapse  = "https://github.com/element-hq/synapse/blob/a58ad44eb0ce3cc14153f921206f322e17339dc5/"
		zulipDec = "https://github.com/zulip/zulip/blob/234e942a4614257ba5f89f41319b35133342f79b/zerver/decorator.py"
	)
	json := jsonCT
	// Orange's gateway answers {code, message, description}; the page
	// lists each code with its message and cause. The descriptions of 40
	// and 41 are the gateway's sentences its token endpoint and clients
	// quote; 50 and 53 are given without one (the page's table names only
	// the message).
	orangeErr := func(code, msg, desc string) string {
		if desc == "" {
			return `{"code":` + code + `,"message":"` + msg + `"}`
		}
		return `{"code":` + code + `,"message":"` + msg + `","description":"` + desc + `"}`
	}
	orangeOpaque := bearer("ORANGE_ACCESS_TOKEN", "i6m2iIcY0SodWSe4rVbN7tQpL3ojAXXrH")
	orangeJWT := bearer("ORANGE_ACCESS_TOKEN", makeJWT(map[string]any{"app_name": "engagement.io", "iss": "https://api.orange.com/oauth/v3",
		"client_id": "jjfGJzEHKlGA8ofEwH2GUVUNh5jenmbS", "iat": now.Add(-2 * time.Hour).Unix(), "exp": now.Add(-time.Hour).Unix()}))
	// CAMARA's API definitions give each error as a YAML example of
	// {status, code, message}; the bodies here are those examples as JSON.
	camErr := func(status, code, msg string) string {
		return `{"status":` + status + `,"code":"` + code + `","message":"` + msg + `"}`
	}
	camHdr := json("x-correlator", "b4333c46-49c0-4f62-80d7-f0ef930f1c46")
	camToken := bearer("OPERATOR_ACCESS_TOKEN", "3f8c9a1e7b2d4c6e8f0a1b3c5d7e9f12-b7c41d5e")
	camExpiredJWT := bearer("OPERATOR_ACCESS_TOKEN", makeJWT(map[string]any{"iss": "https://auth.operator.example.com", "sub": "tel:+34600111222",
		"aud": "sim-swap", "scope": "openid dpv:FraudPreventionAndDetection#sim-swap", "iat": now.Add(-2 * time.Hour).Unix(), "exp": now.Add(-time.Hour).Unix()}))
	bwCred := basicCred("api-user-7c1d", "Bw9kLmN2pQ4rS6tV8xZ1")
	matrix := bearer("MATRIX_ACCESS_TOKEN", "syt_YWxpY2U_KtQwZnLmNoPqRsTuVwXy_2Jx9Lq")
	zulipBot := basicCred("ci-bot@zulip.example.com", "gjA04ZYcqXKalvYMA8OeXSfzUOLrtbZv")
	zulipErr := func(msg string) string { return `{"result":"error","msg":"` + msg + `","code":"BAD_REQUEST"}` }
	const telegramToken = "6473829150:AAH9kLmN2pQ4rS6tV8xZ1bC3dE5fG7hJ9kL"
	return []provCase{
		// Orange (api.orange.com) gateway.
		{src: orange, name: "Orange 401 code 40 Missing credentials, nothing sent", status: 401,
			header: json(), body: orangeErr("40", "Missing credentials", "The requested service needs credentials, but none were provided."),
			method: "POST", path: "/smsmessaging/v1/outbound/tel%3A%2B2250000/requests", want: NoCredentialsSent},
		{src: orange, name: "Orange 401 code 41 Invalid credentials, a token sent", status: 401,
			header: json(), body: orangeErr("41", "Invalid credentials", "The requested service needs credentials, but the ones provided were invalid."),
			cred: orangeOpaque, method: "POST", path: "/smsmessaging/v1/outbound/tel%3A%2B2250000/requests", want: CredentialRejected},
		// An opaque token (oauth/v2): the server's words say it expired.
		{src: orange, name: "Orange 401 code 42 Expired credentials, an opaque token", status: 401,
			header: json(), body: orangeErr("42", "Expired credentials", "The requested service needs credentials, and the ones provided were out-of-date."),
			cred: orangeOpaque, path: "/sms/admin/v1/contracts", want: TokenExpired},
		// The same answer to a v3 token, a JWT whose exp has passed: read
		// locally, jwt_expired comes first.
		{src: orange, name: "Orange 401 code 42 Expired credentials, a JWT past its exp", status: 401,
			header: json(), body: orangeErr("42", "Expired credentials", "The requested service needs credentials, and the ones provided were out-of-date."),
			cred: orangeJWT, path: "/sms/admin/v1/contracts", want: JWTExpired},
		{src: orange, name: "Orange 403 code 50 Access denied", status: 403,
			header: json(), body: orangeErr("50", "Access denied", ""), cred: orangeOpaque, path: "/sms/admin/v1/statistics", want: PermissionDenied},
		{src: orange, name: "Orange 429 code 53 Too many requests", status: 429,
			header: json(), body: orangeErr("53", "Too many requests", ""), cred: orangeOpaque, path: "/sms/admin/v1/contracts", want: RateLimited},

		// GSMA Open Gateway / CAMARA.
		// "Missing, invalid, or expired" with an opaque token sent: the
		// words cannot tell expiry from refusal, so credential_rejected.
		{src: camSim, name: "CAMARA SIM Swap 401 UNAUTHENTICATED, an opaque token sent", status: 401,
			header: camHdr, body: camErr("401", "UNAUTHENTICATED", "Request not authenticated due to missing, invalid, or expired credentials. A new authentication is required."),
			cred: camToken, method: "POST", path: "/sim-swap/v2/check", want: CredentialRejected},
		{src: camSim, name: "CAMARA SIM Swap 401 UNAUTHENTICATED, nothing sent", status: 401,
			header: camHdr, body: camErr("401", "UNAUTHENTICATED", "Request not authenticated due to missing, invalid, or expired credentials. A new authentication is required."),
			method: "POST", path: "/sim-swap/v2/check", want: NoCredentialsSent},
		{src: camSim, name: "CAMARA SIM Swap 401 UNAUTHENTICATED, a JWT past its exp", status: 401,
			header: camHdr, body: camErr("401", "UNAUTHENTICATED", "Request not authenticated due to missing, invalid, or expired credentials. A new authentication is required."),
			cred: camExpiredJWT, method: "POST", path: "/sim-swap/v2/retrieve-date", want: JWTExpired},
		// The example's description speaks of a missing scope, but the
		// answer's words do not: "not sufficient permissions" is
		// permission_denied (server_insufficient_scope needs the server to
		// say scope).
		{src: camSim, name: "CAMARA SIM Swap 403 PERMISSION_DENIED", status: 403,
			header: camHdr, body: camErr("403", "PERMISSION_DENIED", "Client does not have sufficient permissions to perform this action."),
			cred: camToken, method: "POST", path: "/sim-swap/v2/check", want: PermissionDenied},
		// A three-legged token for one phone number, the body naming
		// another: the token is read and this use of it refused.
		{src: camCom, name: "CAMARA 403 INVALID_TOKEN_CONTEXT body not consistent with access token", status: 403,
			header: camHdr, body: camErr("403", "INVALID_TOKEN_CONTEXT", "Request body is not consistent with access token."),
			cred: camToken, method: "POST", path: "/sim-swap/v2/check", want: PermissionDenied},
		// The token was not obtained through the mobile network's own
		// authentication: the grant cannot give what the API needs, which
		// the catalog puts under permission_denied (a second factor the
		// grant cannot give), not a refused credential.
		{src: camNV, name: "CAMARA Number Verification 403 USER_NOT_AUTHENTICATED_BY_MOBILE_NETWORK", status: 403,
			header: camHdr, body: camErr("403", "NUMBER_VERIFICATION.USER_NOT_AUTHENTICATED_BY_MOBILE_NETWORK", "Client must authenticate via the mobile network to use this service"),
			cred: camToken, method: "POST", path: "/number-verification/v2/verify", want: PermissionDenied},
		{src: camSim, name: "CAMARA SIM Swap 429 QUOTA_EXCEEDED business quota", status: 429,
			header: camHdr, body: camErr("429", "QUOTA_EXCEEDED", "Rejected due to exceeding a business quota limit."),
			cred: camToken, method: "POST", path: "/sim-swap/v2/check", want: RateLimited},
		{src: camSim, name: "CAMARA SIM Swap 429 TOO_MANY_REQUESTS rate limit overpassed", status: 429,
			header: camHdr, body: camErr("429", "TOO_MANY_REQUESTS", "Rejected due to request rate limit overpassed."),
			cred: camToken, method: "POST", path: "/sim-swap/v2/retrieve-date", want: RateLimited},

		// Bandwidth Messaging v2 (the reference's example answers).
		{src: bw, name: "Bandwidth 401 unauthorized Authentication Failed", status: 401,
			header: ctHeader("application/json; charset=utf-8"), body: "{\n    \"type\": \"unauthorized\",\n    \"description\": \"Authentication Failed\"\n}",
			cred: bwCred, method: "POST", path: "/api/v2/users/9900001/messages", want: CredentialRejected},
		{src: bw, name: "Bandwidth 403 forbidden Access Denied (no access to the messaging API)", status: 403,
			header: ctHeader("application/json; charset=utf-8"), body: "{\n   \"type\": \"forbidden\",\n   \"description\": \"Access Denied\"\n}",
			cred: bwCred, method: "POST", path: "/api/v2/users/9900001/messages", want: PermissionDenied},
		{src: bw, name: "Bandwidth 429 max-message-queue-size-exceeded", status: 429,
			header: ctHeader("application/json; charset=utf-8"),
			body:   "{\n  \"type\": \"max-message-queue-size-exceeded\",\n  \"description\": \"The SMS queue for your account is full and cannot accept more messages right now. Your allowed rate is 60 messages per minute. The capacity of this queue is 900 messages (15 minutes). Reduce your message sending rate, or contact support to increase your allowed rate.\"\n}",
			cred:   bwCred, method: "POST", path: "/api/v2/users/9900001/messages", want: RateLimited},

		// Somleng, a Twilio-compatible API. Nothing sent: the spec checks
		// the status and the challenge only (no body), an invalid_token
		// challenge to a request that carried no token.
		{src: "https://github.com/somleng/somleng/blob/0fd6783e9cd29884a120a5c53e3739bdb4073889/spec/requests/twilio_api/authentication_spec.rb", name: "Somleng 401 invalid_token challenge, nothing sent", status: 401,
			header: map[string]string{"WWW-Authenticate": `Bearer realm="Twilio API", error="invalid_token", error_description="The access token is invalid"`},
			method: "POST", path: "/2010-04-01/Accounts/AC2f8a3c1e9b7d4f6a0c2e4b6d8f0a1c3e/Calls.json", want: NoCredentialsSent},
		{src: "https://github.com/somleng/somleng/blob/66927586cbb7d637958e5dc727856d3d6c02c40a/spec/models/twilio/api_error/unauthorized_spec.rb", name: "Somleng 401 20003 Authentication Error - invalid username", status: 401,
			header: json(), body: `{"code":20003,"detail":"Your AccountSid or AuthToken was incorrect.","more_info":"https://www.twilio.com/docs/errors/20003","message":"Authentication Error - invalid username","status":401}`,
			cred: basicCred("AC2f8a3c1e9b7d4f6a0c2e4b6d8f0a1c3e", "wrong-password-7Hq2LmN9pR4s"), method: "POST", path: "/2010-04-01/Accounts/AC2f8a3c1e9b7d4f6a0c2e4b6d8f0a1c3e/Calls.json", want: CredentialRejected},

		// Sinch Numbers: a trial account may not rent numbers (a plan
		// feature).
		{src: "https://github.com/sinch/sinch-sdk-java/blob/d747cc303ef2f06b0f221f01017ebddad346df9f/openapi-contracts/src/test/resources/domains/numbers/v1/errors/error-trial-account.json", name: "Sinch Numbers 403 PERMISSION_DENIED Trial account is not enabled to rent number", status: 403,
			header: json(), body: "{\n  \"error\": {\n    \"code\": 403,\n    \"message\": \"Trial account is not enabled to rent number\",\n    \"status\": \"PERMISSION_DENIED\",\n    \"details\": [\n      {\n        \"type\": \"ResourceInfo\",\n        \"resourceType\": \"AvailableNumber\",\n        \"resourceName\": \"\",\n        \"owner\": \"\",\n        \"description\": \"Trial account is not enabled to rent number\"\n      }\n    ]\n  }\n}",
			cred: basicCred("5f3c9e1a-7b2d-4c6e-8f0a-1b3c5d7e9f12", "Sx7kLmN2pQ4rS6tV8xZ1bC3d"), method: "POST", path: "/v1/projects/1c3f5a7e-9b2d-4e6f-8a0c-2e4b6d8f0a1c/availableNumbers/+12025550134:rent", want: PermissionDenied},

		// Vonage network authentication (CAMARA through Vonage): the
		// application's JWT is read, but the application is not registered
		// for network APIs. The catalog's credential_rejected names this
		// ("not enabled for this API"); permission_denied would also read
		// it as a missing feature, but nothing here is a role or scope.
		{src: "https://github.com/Vonage/vonage-python-sdk/blob/b308cb1e94192b7ae5f5f7256d0ff1dfdd028020/network_auth/tests/data/oidc_request_permissions_error.json", name: "Vonage Network Auth 400 No Network Application associated with Vonage Application", status: 400,
			header: ctHeader("application/problem+json"), body: "{\n    \"type\": \"https://developer.vonage.com/api-errors#invalid-param\",\n    \"title\": \"Bad Request\",\n    \"detail\": \"No Network Application associated with Vonage Application: 29f760f8-7ce1-46c9-ade3-f2dedee4ed5f\",\n    \"instance\": \"b45ae630-7621-42b0-8ff0-6c1ad98e6e32\"\n}",
			cred: bearer("VONAGE_APPLICATION_JWT", makeJWT(map[string]any{"application_id": "29f760f8-7ce1-46c9-ade3-f2dedee4ed5f", "jti": "8c2b1f0e-5a4d-4e3b-9c2a-1f0e5a4d3b2c",
				"iat": now.Add(-time.Minute).Unix(), "exp": now.Add(14 * time.Minute).Unix()})), method: "POST", path: "/oauth2/bc-authorize", want: CredentialRejected},

		// Synapse (Matrix client-server API).
		// The homeserver's monthly active user limit: a usage limit, the
		// token is fine.
		{src: synapse + "synapse/api/auth_blocking.py", name: "Synapse 403 M_RESOURCE_LIMIT_EXCEEDED Monthly Active User Limit Exceeded", status: 403,
			header: json(), body: `{"errcode":"M_RESOURCE_LIMIT_EXCEEDED","error":"Monthly Active User Limit Exceeded","admin_contact":"mailto:admin@matrix.example.com","limit_type":"monthly_active_user"}`,
			cred: matrix, path: "/_matrix/client/v3/sync", want: RateLimited},
		// The user has not accepted the privacy policy: authenticated, not
		// allowed to send until then. The message is the documented example
		// of block_events_error with the consent URI filled in.
		{src: synapse + "docs/consent_tracking.md", name: "Synapse 403 M_CONSENT_NOT_GIVEN consent to the privacy policy first", status: 403,
			header: json(), body: `{"errcode":"M_CONSENT_NOT_GIVEN","error":"You can't send any messages until you consent to the privacy policy at https://matrix.example.com/_matrix/consent?u=alice&h=2b5c7e9f1a3d.","consent_uri":"https://matrix.example.com/_matrix/consent?u=alice&h=2b5c7e9f1a3d"}`,
			cred: matrix, method: "PUT", path: "/_matrix/client/v3/rooms/!ZtQwZnLmNo:matrix.example.com/send/m.room.message/txn1", want: PermissionDenied},
		{src: synapse + "synapse/rest/client/presence.py", name: "Synapse 403 M_FORBIDDEN You are not allowed to see their presence", status: 403,
			header: json(), body: `{"errcode":"M_FORBIDDEN","error":"You are not allowed to see their presence."}`,
			cred: matrix, path: "/_matrix/client/v3/presence/@bob:matrix.example.com/status", want: PermissionDenied},

		// Rocket.Chat REST API with a user lacking the permission.
		{src: "https://github.com/RocketChat/Rocket.Chat/blob/57928f66a403baea28f9689a352944d0488f36f3/apps/meteor/tests/end-to-end/api/incoming-integrations.ts", name: "Rocket.Chat 403 permissions required for this action [error-unauthorized]", status: 403,
			header: json(), body: `{"success":false,"error":"User does not have the permissions required for this action [error-unauthorized]"}`,
			cred: twoHeaders("X-User-Id", "aobEdbYhXfu5hkeqG", "X-Auth-Token", "9HqLlyZOugoStsXCUfD_0YdwnNnunAJF8V47U3QHXSq"), method: "POST", path: "/api/v1/integrations.create", want: PermissionDenied},

		// Zulip: json_error's {result, msg, code} with the decorators'
		// sentences.
		{src: zulipDec, name: "Zulip 400 Not allowed for guest users", status: 400,
			header: json(), body: zulipErr("Not allowed for guest users"), cred: basicCred("guest@zulip.example.com", "pLk9Qw2ErT5yUi8OpAs3Df6Gh1Jk4LzX"), path: "/json/analytics/chart_data?chart_name=number_of_humans", want: PermissionDenied},
		{src: zulipDec, name: "Zulip 400 This endpoint does not accept bot requests", status: 400,
			header: json(), body: zulipErr("This endpoint does not accept bot requests."), cred: zulipBot, method: "POST", path: "/api/v1/users/me/presence", want: PermissionDenied},

		// Telegram Bot API: the token is fine, the action refused.
		{src: "https://github.com/boredazfcuk/docker-icloudpd/issues/234", name: "Telegram 403 Forbidden: bot can't send messages to bots", status: 403,
			header: json(), body: `{"ok":false,"error_code":403,"description":"Forbidden: bot can't send messages to bots"}`,
			method: "POST", path: "/bot" + telegramToken + "/sendMessage", secrets: map[string]string{"TELEGRAM_TOKEN": telegramToken}, want: PermissionDenied},

		// 1NCE management API: the token has a space inside (character
		// 20 is a space), which the server cannot decode.
		{src: "https://github.com/PadawanBreslau/ince-api/blob/34cfb12645ad34206bef3f54774ce9802e126d63/spec/fixtures/vcr_cassettes/get_sim_wrong_token.yml", name: "1NCE 401 The token is invalid: Illegal base64 character 20", status: 401,
			header: ctHeader("application/json;charset=UTF-8", "X-Amz-Apigw-Id", "IzviyFYgFiAFScQ=", "X-Cache", "Error from cloudfront"),
			body:   `{"timestamp":"2021-11-14T19:12:43.315+0000","status":401,"error":"Unauthorized","message":"The token is invalid: Illegal base64 character 20","path":"/internal-global-api/v1/sims/8988228066602306711"}`,
			cred:   bearer("ONCE_ACCESS_TOKEN", "eyJpZHRva2VuIjoiZXlKcmFXUWlPaUpVWlVkeWVqbExkbEJR WTNKYVdURXljRXBWUXpod2NYVjRVbnAx"), path: "/management-api/v1/sims/8988228066602306711", want: WhitespaceInCredential},
	}
}

// roundtelecom2Tokens: token endpoints' refusals of a client credentials
// request, from recorded cassettes.
func roundtelecom2Tokens() []tokenCase {
	return []tokenCase{
		{src: "https://github.com/PapePathe/orange_sms_api/blob/ee2237d1985cce26cd606e1c4558aa794ae3a4fa/spec/vcr_cassettes/authentification/invalid_credentials.yml", name: "Orange oauth/v3/token 401 invalid_client credentials invalid", status: 401,
			body: `{"error":"invalid_client","error_description":"The requested service needs credentials, but the ones provided were invalid."}`, want: CredentialRejected},
		// The Basic header could not be decoded: authspec's own Basic is
		// well formed, so the client's values are what the endpoint refused.
		{src: "https://github.com/PapePathe/orange_sms_api/blob/2846e5a37cb221a2320345274fe5eec7139eaaeb/spec/vcr_cassettes/authentification/invalid_token.yml", name: "Orange oauth/v3/token 401 invalid_client Unable to decode Basic authorization", status: 401,
			body: `{"error":"invalid_client","error_description":"Unable to decode Basic authorization."}`, want: CredentialRejected},
		{src: "https://github.com/PadawanBreslau/ince-api/blob/34cfb12645ad34206bef3f54774ce9802e126d63/spec/fixtures/vcr_cassettes/invalid_password.yml", name: "1NCE oauth/token 400 CognitoAuthenticationError Incorrect username or password", status: 400,
			body: "{\n  \"statusCode\": 400,\n  \"errorCode\": \"CognitoAuthenticationError\",\n  \"message\": \"Incorrect username or password.\"\n}", want: CredentialRejected},
	}
}

// roundtelecom2NonRefusals: answers of the same APIs that speak of
// identifiers, access tokens and verification but refuse nothing: a
// service not applicable to a number, a device that cannot be identified
// or is already identified by the token, a device identifier not found,
// validation errors, a wrong path, a verification with no more steps.
func roundtelecom2NonRefusals() []fpCase {
	const camCom = "https://github.com/camaraproject/SimSwap/blob/4dd81945cd26c011d1087081b22b6c7980f16859/code/common/CAMARA_common.yaml"
	const bw = "https://github.com/Bandwidth/api-docs/blob/d1aae69e4f5795742ab12c010e0adc0b52bdafe3/content/messaging/errors/httpErrors.md"
	const sinch = "https://github.com/sinch/sinch-sdk-java/blob/d747cc303ef2f06b0f221f01017ebddad346df9f/openapi-contracts/src/test/resources/domains/"
	cam := jsonCT("x-correlator", "b4333c46-49c0-4f62-80d7-f0ef930f1c46")
	return []fpCase{
		{src: camCom, name: "CAMARA 422 SERVICE_NOT_APPLICABLE for the identifier", status: 422, header: cam, path: "/sim-swap/v2/check",
			body: `{"status":422,"code":"SERVICE_NOT_APPLICABLE","message":"The service is not available for the provided identifier."}`},
		{src: camCom, name: "CAMARA 422 MISSING_IDENTIFIER The device cannot be identified", status: 422, header: cam, path: "/sim-swap/v2/check",
			body: `{"status":422,"code":"MISSING_IDENTIFIER","message":"The device cannot be identified."}`},
		{src: camCom, name: "CAMARA 422 UNNECESSARY_IDENTIFIER already identified by the access token", status: 422, header: cam, path: "/sim-swap/v2/check",
			body: `{"status":422,"code":"UNNECESSARY_IDENTIFIER","message":"The device is already identified by the access token."}`},
		{src: camCom, name: "CAMARA 404 IDENTIFIER_NOT_FOUND Device identifier not found", status: 404, header: cam, path: "/sim-swap/v2/retrieve-date",
			body: `{"status":404,"code":"IDENTIFIER_NOT_FOUND","message":"Device identifier not found."}`},
		{src: bw, name: "Bandwidth 400 request-validation Your request could not be accepted", status: 400, header: ctHeader("application/json; charset=utf-8"), path: "/api/v2/users/9900001/messages",
			body: "{\n  \"type\": \"request-validation\",\n  \"description\": \"Your request could not be accepted\"\n}"},
		{src: bw, name: "Bandwidth 404 path does not exist", status: 404, header: ctHeader("application/json;charset=UTF-8"), path: "/api/v2/users/9900001/messages/happy",
			body: "{\n  \"timestamp\": \"2019-09-09T19:02:19.253+0000\",\n  \"status\": 404,\n  \"error\": \"Not Found\",\n  \"message\": \"Not Found\",\n  \"path\": \"/api/v2/users/9900001/messages/happy\"\n}"},
		{src: sinch + "verification/v1/error-response.json", name: "Sinch Verification 404 errorCode 40400 Requested resource was not found", status: 404, header: jsonCT(), path: "/verification/v1/verifications/id/1234",
			body: "{\n  \"errorCode\": 40400,\n  \"message\": \"Requested resource was not found.\",\n  \"reference\": \"a reference\"\n}"},
		{src: sinch + "numberlookup/v2/errors/ProblemDetailsDto.json", name: "Sinch Number Lookup 400 Validation error problem details", status: 400, header: ctHeader("application/problem+json"), path: "/v2/projects/1c3f5a7e/lookups",
			body: "{\n  \"type\": \"https://developers.sinch.com/docs/lookup/api/errors/validation\",\n  \"title\": \"Validation error\",\n  \"status\": 400,\n  \"traceId\": \"84c1fd4063c38d9f3900d06e56542d48\"\n}\n"},
		{src: "https://github.com/Vonage/vonage-python-sdk/blob/b308cb1e94192b7ae5f5f7256d0ff1dfdd028020/verify/tests/data/trigger_next_workflow_error.json", name: "Vonage Verify v2 409 no more events left to trigger", status: 409, header: ctHeader("application/problem+json"), path: "/v2/verify/c11236f4-00bf-4b89-84ba-88b25df97315/next_workflow",
			body: "{\n    \"title\": \"Conflict\",\n    \"detail\": \"There are no more events left to trigger.\",\n    \"instance\": \"4d731cb7-25d3-487a-9ea0-f6b5811b534f\",\n    \"type\": \"https://developer.nexmo.com/api-errors#conflict\"\n}"},
	}
}

// TestHeldoutRoundtelecom2 reports top-1 on the telecom and messaging
// round: the refusals, the token endpoints' refusals, and the
// non-refusals, which must get no cause.
func TestHeldoutRoundtelecom2(t *testing.T) {
	runHeldoutRound(t, heldoutRound{name: "roundtelecom2", cases: roundtelecom2Cases(time.Now()), tokens: roundtelecom2Tokens(), nonRefusals: roundtelecom2NonRefusals()})
}
