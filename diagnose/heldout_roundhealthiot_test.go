package diagnose

import (
	"testing"
	"time"

	"github.com/authspec/authspec/vocab"
)

// roundhealthiotCases: a held-out round on healthcare, IoT, smart-home,
// automotive and media-streaming APIs (FHIR servers and SMART on FHIR,
// Tuya, ecobee, SwitchBot, Home Assistant, Tesla's vehicle command proxy,
// Smartcar, Twitch, Plex), answers not in the corpora before: other
// statuses, codes or wordings of providers already there, and providers
// that were not. Most come from issue threads that quote the answer (and
// often its headers) as the server sent it. Gathered and given their
// expected first cause from the catalog before the diagnosis code was
// read; a comment says why when two codes could fit. First run, before any
// fix: first cause right in 36 of 43 (refusals 22 of 28, token endpoints 7
// of 8, non-refusals 7 of 7 given no cause). Misses: a 500 whose words say
// the application was revoked (no cause); a 500 saying the vehicle
// rejected a key not paired with it (no cause); a 400 saying the auth must
// use another kind of token (no cause); SwitchBot's bare token in
// Authorization read as prefix_missing before its gateway's 401 and 403
// (twice); a 403 naming the scopes the token carries and the permission
// none grants (permission_denied, not server_insufficient_scope); a token
// endpoint's invalid_request "Invalid resource" (credential_rejected, not
// the catalog's invalid_resource reading). After the readings the misses
// lacked: 43 of 43 (a request that signs itself, a sign or signature
// header beside a bare token in Authorization, follows its API's own
// scheme, so a missing scheme is only a hint; an app, authorization,
// consent or grant said revoked; a public, signing or client key said not
// registered, paired or enrolled with what it acts on; a token of another
// kind demanded by its kind, "must use app access token"; a permission
// said granted by none of the token's scopes; a resource or audience
// refused in words under another code than invalid_resource). No
// expectation changed.
func roundhealthiotCases(now time.Time) []provCase {
	json := jsonCT
	tuyaTok := func() *Credential {
		return &Credential{Name: "tuya", Type: vocab.CredHeader, Values: []Value{
			{Source: "TUYA_CLIENT_ID", Value: "ft7hc7ye3hxe44cgp9kq", EnvFile: ".env.staging", Field: "client_id"},
			{Source: "TUYA_ACCESS_TOKEN", Value: "03ff96847228798b7f2e4f23c306e1a2", EnvFile: ".env.staging", Field: "access_token"}}}
	}
	ecobee := bearer("ECOBEE_ACCESS_TOKEN", "eyJhbGciOiJSUzI1NiJ9.opaque-ecobee-access-token-Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5")
	twitch := bearer("TWITCH_APP_TOKEN", "jostpf5q0uzmxmkba9iyug38kjtgh")
	const smartLib = "https://github.com/smart-on-fhir/smart-launcher-v2/blob/64374254347fdfa9625f9112c77813aa75fa9f3e/backend/lib.ts"
	plexHTML := "<html><head><script>window.location = window.location.href.match(/(^.+\\/)[^\\/]*$/)[1] + 'web/index.html';</script><title>Unauthorized</title></head><body><h1>401 Unauthorized</h1></body></html>"
	return []provCase{
		// Tuya's OpenAPI answers 200 with success false and a code.
		// A project not allowed this API (its services not authorized).
		{src: "https://github.com/tuya/tuya-homebridge/issues/353", name: "Tuya 200 code 1106 permission deny (device list)", status: 200,
			header: json(), body: `{"code":1106,"msg":"permission deny","success":false,"t":1681571643631,"tid":"2854a834dba011eda449a670cd33099a"}`,
			cred: tuyaTok(), path: "/v1.0/iot-01/associated-users/devices", want: PermissionDenied},
		// The project's plan ran out: a plan feature the credential lacks.
		{src: "https://github.com/jurgenheine/com.tuya.cloud/issues/121", name: "Tuya 200 code 28841002 subscription to the cloud development plan expired", status: 200,
			header: json(), body: `{"code":28841002,"msg":"No permissions. Your subscription to cloud development plan has expired.","success":false,"t":1664869963488,"tid":"873453a643b911ed9f9b22dacb9008b9"}`,
			cred: tuyaTok(), path: "/v1.0/iot-01/associated-users/devices", want: PermissionDenied},
		// The issue masks the last digits of t and tid with xxx; digits put
		// back here.
		{src: "https://github.com/tuya/tuya-homebridge/issues/296", name: "Tuya 200 code 1010 token is expired", status: 200,
			header: json(), body: `{"code":1010,"msg":"token is expired","success":false,"t":1664956301123,"tid":"8cbec1ac448211ed820d56272be1c2d3"}`,
			cred: tuyaTok(), method: "POST", path: "/v1.0/devices/eb2c4c4425902f8253dqv0/commands", want: TokenExpired},

		// ecobee answers an expired access token with 500 and status.code
		// 14 (the fixture's comment says so); the words say expired.
		{src: "https://github.com/openhab/openhab-addons/pull/16467", name: "ecobee 500 status code 14 Authentication token has expired, escaped selection query", status: 500,
			header: json(), body: `{"status":{"code":14,"message":"Authentication token has expired. Refresh your tokens. "}}`,
			cred: ecobee, path: "/1/thermostat?json=%7B%22selection%22%3A%7B%22selectionType%22%3A%22registered%22%7D%7D", want: TokenExpired},
		// Code 16's words as ecobee's reference lists them, in the same
		// envelope and status as code 14 (not byte for byte from an answer):
		// the user deauthorized the app, the token is revoked.
		{src: "https://www.ecobee.com/home/developer/api/documentation/v1/general/response-status-codes.shtml", name: "ecobee 500 status code 16 token deauthorized by user", status: 500,
			header: json(), body: `{"status":{"code":16,"message":"Invalid token. Token has been deauthorized by user. You must re-request authorization."}}`,
			cred: ecobee, path: "/1/thermostat", want: CredentialRejected},
		// Code 2 as pyecobee logs it ("2: Not authorized. Application has
		// been revoked."), in the envelope and status above: revoked, so
		// credential_rejected rather than a permission.
		{src: "https://github.com/home-assistant/core/issues/146560", name: "ecobee 500 status code 2 Not authorized, application revoked", status: 500,
			header: json(), body: `{"status":{"code":2,"message":"Not authorized. Application has been revoked."}}`,
			cred: ecobee, path: "/1/thermostat", want: CredentialRejected},

		// SwitchBot's API Gateway, a token and its HMAC sign sent. SwitchBot
		// takes the token bare in Authorization, so no scheme is missing.
		{src: "https://github.com/OpenWonderLabs/SwitchBotAPI/issues/401", name: "SwitchBot 401 message Unauthorized (API Gateway), token and sign sent", status: 401,
			header: json("x-amzn-RequestId", "7d008907-e956-4cbb-ac9e-d6df59102fea", "x-amz-apigw-id", "IzN7GFbbtjMEZAA=", "x-amzn-Remapped-Content-Length", "26", "switchbot-request-id", "14353f3b-8011-4485-9ea0-3e89d7ce16b2"),
			body:   `{"message":"Unauthorized"}`,
			cred: &Credential{Name: "switchbot", Type: vocab.CredHeader, Values: []Value{
				{Source: "SWITCHBOT_TOKEN", Value: "354e35f47e47ecde73092ae4240ec782aa355d23b5496c0bbe8611b9099208a6", EnvFile: ".env.staging", Field: "Authorization"},
				{Source: "SWITCHBOT_SIGN", Value: "ZVDSIPMLV4NRLq8ZbMK0HOBB1XFP8+WKC59LBOFTB54=", EnvFile: ".env.staging", Field: "sign"}}},
			path: "/v1.1/devices", want: CredentialRejected},

		// Home Assistant (aiohttp's text 401). The legacy API password header
		// sent: nothing says where else to send it, so the key is refused.
		{src: "https://github.com/home-assistant/core/issues/15822", name: "Home Assistant 401 '401: Unauthorized', legacy x-ha-access header sent", status: 401,
			header: ctHeader("text/plain; charset=utf-8"), body: "401: Unauthorized",
			cred: headerCred("x-ha-access", "HASSIO_TOKEN", "9a4b7c1d2e3f40516273849a0b1c2d3e4f506172"), method: "POST", path: "/api/services/tts/google_say", want: CredentialRejected},

		// Tesla's vehicle command proxy (HTTP 500 in the thread): the app's
		// command key is not enrolled on the car. The token was read; the
		// key that signs the command is not accepted by the vehicle, so
		// credential_rejected (a key not enabled for this vehicle) rather
		// than a permission of the token.
		{src: "https://github.com/teslamotors/vehicle-command/issues/30", name: "Tesla proxy 500 vehicle rejected request: public key not paired", status: 500,
			header: json(), body: `{"response":null,"error":"vehicle rejected request: your public key has not been paired with the vehicle","error_description":""}`,
			cred: bearer("TESLA_AUTH_TOKEN", "eyJhbGciOiJSUzI1NiJ9.tesla-fleet-opaque-Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0"), method: "POST", path: "/api/1/vehicles/5YJ3E1EA7KF000000/command/flash_lights", want: CredentialRejected},

		// Smartcar's API names the header's format; the token went bare.
		{src: "https://github.com/smartcar/node-sdk/issues/120", name: "Smartcar 401 authentication_error Invalid authorization header, the token without Bearer", status: 401,
			header: json(), body: `{"error":"authentication_error","message":"Invalid authorization header. Format is Authorization: Bearer [token]"}`,
			cred: headerCred("Authorization", "SMARTCAR_ACCESS_TOKEN", "c474998c-cf30-4779-b9dc-5e1f0a2b3c4d"), path: "/v1.0/vehicles", want: PrefixMissing},

		// Twitch EventSub: the broadcaster has not granted the scope the
		// subscription type needs, to an app token that is fine.
		{src: "https://github.com/twitchdev/issues/issues/1115", name: "Twitch EventSub 403 subscription missing proper authorization", status: 403,
			header: json(), body: `{"error":"Forbidden","status":403,"message":"subscription missing proper authorization"}`,
			cred: twitch, method: "POST", path: "/helix/eventsub/subscriptions", want: PermissionDenied},
		// A user token where the endpoint takes only an app access token:
		// the credential is of a kind this API does not accept here
		// (credential_rejected's "not enabled for this API"); no scheme or
		// place is wrong.
		{src: "https://github.com/saebyn/glowing-telegram/issues/554", name: "Twitch EventSub 400 auth must use app access token", status: 400,
			header: json(), body: `{"error":"Bad Request","status":400,"message":"auth must use app access token to create webhook subscription"}`,
			cred: bearer("TWITCH_USER_TOKEN", "r5t8w2q9y1u4i7o0p3a6s9d2f5g8h1"), method: "POST", path: "/helix/eventsub/subscriptions", want: CredentialRejected},

		// Plex Media Server's HTML 401, a token sent two ways.
		{src: "https://github.com/luigi311/JellyPlex-Watched/issues/308", name: "Plex 401 HTML Unauthorized page, X-Plex-Token header sent", status: 401,
			header: ctHeader("text/html", "X-Plex-Protocol", "1.0"), body: plexHTML,
			cred: headerCred("X-Plex-Token", "PLEX_TOKEN", "yZ8qLmN3pR5sT7vW9xB1"), path: "/", want: CredentialRejected},
		{src: "https://github.com/iharosi/homebridge-plex-v2/issues/12", name: "Plex 401 HTML Unauthorized page, X-Plex-Token query parameter sent", status: 401,
			header: ctHeader("text/html", "X-Plex-Protocol", "1.0"), body: "<html><head><title>Unauthorized</title></head><body><h1>401 Unauthorized</h1></body></html>",
			cred: apiKey("PLEX_TOKEN", "cQ4rS6tU8vW0xY2zA4bL", "", "X-Plex-Token"), path: "/status/sessions", want: CredentialRejected},

		// FHIR servers.
		// CMS DPC: a bearer token sent (the thread's was a placeholder); the
		// words say credentials are required, but one was sent and refused.
		{src: "https://github.com/CMSgov/dpc-app/pull/2673", name: "DPC FHIR 401 OperationOutcome MSG_AUTH_REQUIRED, a token sent", status: 401,
			header: ctHeader("application/fhir+json"), body: "{\n  \"resourceType\": \"OperationOutcome\",\n  \"issue\": [\n    {\n      \"severity\": \"error\",\n      \"code\": \"exception\",\n      \"details\": {\n        \"coding\": [\n          {\n            \"system\": \"http://hl7.org/fhir/ValueSet/operation-outcome\",\n            \"code\": \"MSG_AUTH_REQUIRED\"\n          }\n        ],\n        \"text\": \"HTTP 401 Unauthorized, Credentials are required to access this resource.\"\n      }\n    }\n  ]\n}",
			cred: bearer("DPC_ACCESS_TOKEN", "dpc_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4"), path: "/api/v1/Organization/9f3c1d2e", want: CredentialRejected},
		// node-fhir-server-core says Invalid token under the issue code
		// forbidden, on a 401: the token is refused (no invalid_token code).
		{src: "https://github.com/bluehalo/node-fhir-server-core/pull/6", name: "node-fhir-server 401 OperationOutcome forbidden Invalid token", status: 401,
			header: json(), body: "{\n  \"resourceType\": \"OperationOutcome\",\n  \"text\": {\n    \"status\": \"generated\",\n    \"div\": \"<div xmlns=\\\"http://www.w3.org/1999/xhtml\\\"><h1>Operation Outcome</h1><table border=\\\"0\\\"><table border=\\\"0\\\"><tr><td style=\\\"font-weight: bold;\\\">error</td><td><pre>Invalid token</pre></td></tr></table></div>\"\n  },\n  \"issue\": [\n    {\n      \"severity\": \"error\",\n      \"code\": \"forbidden\",\n      \"diagnostics\": \"Invalid token\"\n    }\n  ]\n}",
			cred: bearer("FHIR_TOKEN", "8d0e2f4a6c8e0a2c4e6a8c0e2a4c6e8a"), path: "/4_0_0/Patient/example", want: CredentialRejected},
		// Code 1 as ecobee's reference lists it, in the envelope and status
		// above (not byte for byte from an answer).
		{src: "https://www.ecobee.com/home/developer/api/documentation/v1/general/response-status-codes.shtml", name: "ecobee 500 status code 1 Authentication failed", status: 500,
			header: json(), body: `{"status":{"code":1,"message":"Authentication failed."}}`,
			cred: ecobee, path: "/1/thermostat", want: CredentialRejected},
		// Home Assistant with nothing sent: the same text 401.
		{src: "https://github.com/home-assistant/core/issues/102200", name: "Home Assistant 401 '401: Unauthorized', nothing sent", status: 401,
			header: ctHeader("text/plain; charset=utf-8"), body: "401: Unauthorized", path: "/api/states", want: NoCredentialsSent},
		// SwitchBot's gateway 403 with the token and sign sent; nothing says
		// the token is unknown.
		{src: "https://github.com/OpenWonderLabs/SwitchBotAPI/issues/374", name: "SwitchBot 403 message Forbidden, token and sign sent", status: 403,
			header: json(), body: `{"message":"Forbidden"}`,
			cred: &Credential{Name: "switchbot", Type: vocab.CredHeader, Values: []Value{
				{Source: "SWITCHBOT_TOKEN", Value: "9b1e6f2a4c8d0e3f5a7b9c1d2e4f6a8b0c2d4e6f8a0b2c4d6e8f0a2b4c6d8e0f", EnvFile: ".env.staging", Field: "Authorization"},
				{Source: "SWITCHBOT_SIGN", Value: "Qm9vdHN0cmFwU2lnbmF0dXJlVmFsdWVGb3JUZXN0cz0=", EnvFile: ".env.staging", Field: "sign"}}},
			path: "/v1.1/devices", want: PermissionDenied},
		// Plex with nothing sent: the same HTML 401 (headers as the thread
		// shows them).
		{src: "https://github.com/bstascavage/plexReport/issues/48", name: "Plex 401 HTML Unauthorized page, nothing sent", status: 401,
			header: ctHeader("text/html", "X-Plex-Protocol", "1.0", "Cache-Control", "no-cache"), body: "<html><head><title>Unauthorized</title></head><body><h1>401 Unauthorized</h1></body></html>",
			path: "/library/sections", want: NoCredentialsSent},
		// SoundCloud's 401 with an empty message, the OAuth scheme it asks
		// for sent.
		{src: "https://github.com/soundcloud/api/issues/89", name: "SoundCloud 401 code 401 empty message, an OAuth token sent", status: 401,
			header: json(), body: "{\n  \"code\": 401,\n  \"message\": \"\",\n  \"link\": \"https://developers.soundcloud.com/docs/api/explorer/open-api\",\n  \"status\": \"401 - Unauthorized\",\n  \"errors\": [],\n  \"error\": null\n}",
			cred: headerCred("Authorization", "SOUNDCLOUD_TOKEN", "OAuth 2-252137--Wq8ZbV3kLmN0pQrS7tUvXyZa"), path: "/me", want: CredentialRejected},
		// Netatmo: the token's scopes do not cover this call. Neither the
		// insufficient_scope code nor the scopes are named, so the catalog's
		// permission_denied ("lacks a role, scope, permission").
		{src: "https://github.com/philippelt/netatmo-api-python/issues/52", name: "Netatmo 403 code 13 Application does not have the good scope rights", status: 403,
			header: json(), body: `{"error":{"code":13,"message":"Application does not have the good scope rights"}}`,
			cred: bearer("NETATMO_ACCESS_TOKEN", "5f1a2b3c4d5e6f7a8b9c0d1e|9f8e7d6c5b4a39281706f5e4d3c2b1a0"), path: "/api/homesdata", want: PermissionDenied},
		// LinuxForHealth FHIR names the scopes the token carries and the
		// permission none of them grants: the catalog's
		// server_insufficient_scope. The words are the maintainer's quote;
		// the OperationOutcome envelope around them is FHIR's, not byte for
		// byte from an answer.
		{src: "https://github.com/LinuxForHealth/FHIR/issues/3503", name: "LinuxForHealth FHIR 403 read permission not granted by any of the provided scopes", status: 403,
			header: ctHeader("application/fhir+json"), body: `{"resourceType":"OperationOutcome","issue":[{"severity":"error","code":"forbidden","details":{"text":"Error retrieving $everything related resources of type 'Appointment' for Patient/002e2eac-c802-41fc-8b38-6d45b67a38d0; caused by read permission for 'Appointment' is not granted by any of the provided scopes: [[patient/Patient.*]]"}}]}`,
			cred: bearer("SMART_ACCESS_TOKEN", "opaque-smart-token-Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5"), path: "/fhir-server/api/v4/Patient/002e2eac-c802-41fc-8b38-6d45b67a38d0/$everything", want: ServerInsufficientScope},
		// HAPI FHIR's AuthorizationInterceptor. The issue names the answer
		// ("Access denied by rule"); the OperationOutcome around it is
		// HAPI's usual one, not byte for byte from an answer.
		{src: "https://github.com/hapifhir/hapi-fhir/issues/913", name: "HAPI FHIR 403 OperationOutcome Access denied by rule", status: 403,
			header: ctHeader("application/fhir+json;charset=utf-8"), body: "{\n  \"resourceType\": \"OperationOutcome\",\n  \"issue\": [ {\n    \"severity\": \"error\",\n    \"code\": \"processing\",\n    \"diagnostics\": \"Access denied by rule: All-Rule\"\n  } ]\n}",
			cred: bearer("FHIR_TOKEN", "hapi-opaque-Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0"), path: "/fhir/Device/42", want: PermissionDenied},
		// Mux's whoami under its rate limit (a maintainer review quoting the
		// body; the status named there).
		{src: "https://github.com/oomol-lab/open-connector/pull/179", name: "Mux 429 errors Too many requests, retry later", status: 429,
			header: json(), body: `{"errors":["Too many requests, retry later..."]}`,
			cred: basicCred("44c819de-4add-4c9f-b2e9-384a0a71bede", "Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9j0kLmN0pQrS7tUvXyZa"), path: "/system/v1/whoami", want: RateLimited},
		// SMART launcher's FHIR proxy (text answers built by its HttpError:
		// status and message from the code at this commit).
		{src: smartLib, name: "SMART launcher FHIR 401 No authorization header provided, nothing sent", status: 401,
			header: ctHeader("text/plain; charset=utf-8"), body: "Unauthorized! No authorization header provided in request.", path: "/v/r4/fhir/Patient", want: NoCredentialsSent},
		// The JWT's exp is past; read locally, that comes first.
		{src: smartLib, name: "SMART launcher FHIR 401 Invalid token: jwt expired", status: 401,
			header: ctHeader("text/plain; charset=utf-8"), body: "Invalid token: jwt expired",
			cred: bearer("SMART_ACCESS_TOKEN", makeJWT(map[string]any{"scope": "system/*.read", "exp": now.Add(-2 * time.Hour).Unix()})), path: "/v/r4/fhir/Patient", want: JWTExpired},
		// A JWT signed with another secret.
		{src: smartLib, name: "SMART launcher FHIR 401 Invalid token: invalid signature", status: 401,
			header: ctHeader("text/plain; charset=utf-8"), body: "Invalid token: invalid signature",
			cred: bearer("SMART_ACCESS_TOKEN", makeJWT(map[string]any{"scope": "system/*.read", "exp": now.Add(time.Hour).Unix()})), path: "/v/r4/fhir/Patient", want: CredentialRejected},
	}
}

// roundhealthiotTokenCases: token endpoints of the same servers answering
// the client credentials request (SMART backend services).
func roundhealthiotTokenCases() []tokenCase {
	const smartToken = "https://github.com/smart-on-fhir/smart-launcher-v2/blob/64374254347fdfa9625f9112c77813aa75fa9f3e/backend/routes/auth/token.ts"
	return []tokenCase{
		// The server could not fetch the client's JWKS: invalid_client, the
		// client's authentication refused.
		{src: "https://github.com/smart-on-fhir/bulk-data-server/issues/23", name: "SMART bulk data token 400 invalid_client remote JWKS returned an error", status: 400,
			body: "{\n  \"error\": \"invalid_client\",\n  \"error_description\": \"Requesting the remote JWKS returned an error.\\nError: unable to verify the first certificate\"\n}", want: CredentialRejected},
		// Tesla's auth server: a scope the client is not allowed.
		{src: "https://github.com/teslamotors/vehicle-command/issues/134", name: "Tesla token invalid_scope The client is not allowed to access the requested resource", status: 400,
			body: `{"error":"invalid_scope","error_description":"The client is not allowed to access the requested resource.","error_uri":"https://auth.tesla.com/error/reference/d3260b15-4d24-4610-a002-e462e7d180f9-1706315679547"}`, want: PermissionDenied},
		// An audience the client may not have (the catalog's
		// invalid_resource), said under invalid_request. Status as Tesla
		// answers invalid_request (the thread does not show it).
		{src: "https://github.com/teslamotors/vehicle-command/issues/134", name: "Tesla token invalid_request Invalid resource", status: 400,
			body: `{"error":"invalid_request","error_description":"Invalid resource","error_uri":"https://auth.tesla.com/error/reference/02aacff7-1399-4ce9-bb88-d0f26d480e66-1706258213930"}`, want: PermissionDenied},
		// LIFX: the OAuth application itself not authenticated (status not in
		// the thread; 401 as RFC 6749 has it for invalid_client).
		{src: "https://github.com/isaacrlevin/presencelight/issues/986", name: "LIFX token invalid_client Could not authenticate OAuth application", status: 401,
			body: `{"error":"invalid_client","error_description":"Could not authenticate OAuth application."}`, want: CredentialRejected},
		// ecobee's RFC 6749 invalid_grant with its standard description.
		{src: "https://github.com/home-assistant/core/issues/35403", name: "ecobee token 400 invalid_grant grant invalid, expired, revoked", status: 400,
			body: "{\n  \"error\": \"invalid_grant\",\n  \"error_description\": \"The authorization grant, token or credentials are invalid, expired, revoked, do not match the redirection URI used in the authorization request, or was issued to another client.\",\n  \"error_uri\": \"https://tools.ietf.org/html/rfc6749#section-5.2\"\n}", want: CredentialRejected},
		// SMART launcher's backend-services token endpoint (JSON built by
		// its OAuthError from the code at this commit).
		{src: smartToken, name: "SMART launcher token 401 invalid_client client_id not the assertion's sub", status: 401,
			body: `{"error":"invalid_client","error_description":"Invalid 'client_id' (as sub claim of the assertion JWT)"}`, want: CredentialRejected},
		{src: smartToken, name: "SMART launcher token 401 invalid_scope No scope(s) could be granted", status: 401,
			body: `{"error":"invalid_scope","error_description":"No scope(s) could be granted"}`, want: PermissionDenied},
		{src: smartToken, name: "SMART launcher token 401 invalid_scope only system scopes are allowed", status: 401,
			body: `{"error":"invalid_scope","error_description":"Invalid scope(s) \"patient/*.read\" requested. Only system scopes are allowed."}`, want: PermissionDenied},
	}
}

// roundhealthiotNonRefusals: answers of the same servers that refuse
// nothing: a variable not found on a device, a validation error.
func roundhealthiotNonRefusals() []fpCase {
	return []fpCase{
		{src: "https://github.com/rwaldron/particle-io/issues/81", name: "Particle 404 ok false Variable not found", status: 404,
			header: jsonCT(), body: "{\n  \"ok\": false,\n  \"error\": \"Variable not found\"\n}", path: "/v1/devices/3a0037000a47343432313031/endpoint"},
		{src: "https://github.com/mitchwadair/tesjs/issues/16", name: "Twitch EventSub 400 invalid subscription type and version", status: 400,
			header: jsonCT(), body: `{"error":"Bad Request","status":400,"message":"invalid subscription type and version"}`, path: "/helix/eventsub/subscriptions"},
		// Spotify: an id that does not exist, and an analysis not there.
		{src: "https://github.com/rinukkusu/spotify-dart/issues/121", name: "Spotify 404 non existing id", status: 404,
			header: jsonCT(), body: "{\n  \"error\": {\n    \"status\": 404,\n    \"message\": \"non existing id\"\n  }\n}", path: "/v1/shows/4AlxqGkkrqe0mfIx3Mi7Xt"},
		{src: "https://github.com/spotify/web-api/issues/1570", name: "Spotify 404 analysis not found", status: 404,
			header: jsonCT(), body: "{\n  \"error\": {\n    \"status\": 404,\n    \"message\": \"analysis not found\"\n  }\n}", path: "/v1/audio-analysis/06AKEBrKUckW0KREUWRnvT"},
		// Tesla Fleet's partner registration: a key already registered, and
		// a domain given in the wrong form (statuses not in the thread:
		// 422 and 400, as validation answers).
		{src: "https://github.com/teslamotors/vehicle-command/issues/17", name: "Tesla Fleet 422 Validation failed: Public key hash has already been taken", status: 422,
			header: jsonCT(), body: `{"response":null,"error":"Validation failed: Public key hash has already been taken","error_description":""}`, path: "/api/1/partner_accounts"},
		{src: "https://github.com/teslamotors/vehicle-command/issues/20", name: "Tesla Fleet 400 Invalid domain, ensure it starts without https://", status: 400,
			header: jsonCT(), body: `{"response":null,"error":"Invalid domain: string. Ensure that domain is lowercase and starts without https://","error_description":""}`, path: "/api/1/partner_accounts"},
		// Tesla Fleet's 5xx (status not in the thread): no words about the
		// credential.
		{src: "https://github.com/teslamotors/vehicle-command/issues/17", name: "Tesla Fleet 500 upstream internal error", status: 500,
			header: jsonCT(), body: "{\n    \"response\": null,\n    \"error\": \"upstream internal error\",\n    \"error_description\": \"\"\n}", path: "/api/1/vehicles"},
	}
}

// TestHeldoutRoundhealthiot reports top-1 on the healthcare, IoT,
// automotive and media round: the refusals as runProviderCases serves
// them, the token endpoints' answers, and the non-refusals, which must get
// no cause.
func TestHeldoutRoundhealthiot(t *testing.T) {
	runHeldoutRound(t, heldoutRound{name: "roundhealthiot", cases: roundhealthiotCases(time.Now()), tokens: roundhealthiotTokenCases(), nonRefusals: roundhealthiotNonRefusals()})
}

// lateRoundhealthiotCases: answers gathered after the fixes above, looked
// at for the first time and given their expected first cause from the
// catalog before they were run once: late: first cause right in 6 of 6
// (refusals 3 of 3, token endpoints 2 of 2, non-refusals 1 of 1), no
// change needed.
func lateRoundhealthiotCases(now time.Time) []provCase {
	return []provCase{
		// athenaPractice's FHIR server to a system-scoped client credentials
		// token (the thread's diagnosis: the app is not authorized for
		// user data); the answer says only "Not authorized." on a 401.
		{src: "https://github.com/athenahealth/apiserver-athenaFlex/issues/405", name: "athenaPractice FHIR 401 text Not authorized., a client credentials token", status: 401,
			header: ctHeader("text/plain"), body: "Not authorized.",
			cred: bearer("ATHENA_ACCESS_TOKEN", "opaque-athena-token-Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9"), path: "/demoAPIServer/fhir/r4/Patient/12345", want: CredentialRejected},
		// LibreView (a CGM's cloud) to a JWT whose exp is months ahead:
		// "invalid or expired" names two faults, and locally it has not
		// expired, so refused.
		{src: "https://github.com/FokkeZB/libreview-unofficial/issues/1", name: "LibreView 401 message invalid or expired jwt, a JWT valid for months", status: 401,
			header: jsonCT(), body: `{"message":"invalid or expired jwt"}`,
			cred: bearer("LIBREVIEW_TOKEN", makeJWT(map[string]any{"id": "7b3c1d2e-4f5a-6b7c-8d9e-0f1a2b3c4d5e", "exp": now.Add(180 * 24 * time.Hour).Unix()})), method: "POST", path: "/llu/auth/continue/tou", want: CredentialRejected},
		// Jellyfin's empty 403 to an API key on an admin endpoint (headers
		// as the thread's curl shows them): the key was read and this
		// endpoint is refused to it.
		{src: "https://github.com/jellyfin/jellyfin/issues/11297", name: "Jellyfin 403 empty body, X-MediaBrowser-Token sent", status: 403,
			header: map[string]string{"Server": "Kestrel", "X-Response-Time-ms": "2.4509"}, body: "",
			cred: headerCred("X-MediaBrowser-Token", "JELLYFIN_API_KEY", "379cbd42c3af4ff0a9f3f4535a25170f"), path: "/Library/VirtualFolders", want: PermissionDenied},
	}
}

// lateRoundhealthiotTokenCases: late answers of token endpoints.
func lateRoundhealthiotTokenCases() []tokenCase {
	return []tokenCase{
		// Ring's OAuth endpoint: RFC 6749's invalid_grant with its standard
		// description (the thread cuts it after "use"; the rest is the
		// standard sentence).
		{src: "https://github.com/dgreif/ring/issues/1465", name: "Ring token 401 invalid_grant grant or refresh token invalid, expired, revoked", status: 401,
			body: `{"error":"invalid_grant","error_description":"The provided authorization grant (e.g., authorization code, resource owner credentials) or refresh token is invalid, expired, revoked, does not match the redirection URI used in the authorization request, or was issued to another client."}`, want: CredentialRejected},
		// Ring's endpoint refusing the client this way of asking (the thread
		// quotes the description; the code is RFC 6749's for that sentence,
		// unauthorized_client).
		{src: "https://github.com/jimhigson/ring-api/issues/9", name: "Ring token 401 unauthorized_client not authorized to request a token using this method", status: 401,
			body: `{"error":"unauthorized_client","error_description":"The client is not authorized to request a token using this method."}`, want: PermissionDenied},
	}
}

// lateRoundhealthiotNonRefusals: a subscription's condition that lacks a
// field named client_id: the body's validation, not the credential (the
// thread prints the object; its JSON here).
func lateRoundhealthiotNonRefusals() []fpCase {
	return []fpCase{
		{src: "https://github.com/mitchwadair/tesjs/issues/16", name: "Twitch EventSub 400 validation: SubscriptionCondition.client_id required", status: 400,
			header: jsonCT(), body: `{"error":"Bad Request","status":400,"message":"unknown validation error: Key: 'SubscriptionCondition.client_id' Error:Field validation for 'client_id' failed on the 'required' tag"}`,
			path: "/helix/eventsub/subscriptions"},
	}
}

// TestHeldoutRoundhealthiotLate: see lateRoundhealthiotCases.
func TestHeldoutRoundhealthiotLate(t *testing.T) {
	runProviderCases(t, "roundhealthiot late answers", lateRoundhealthiotCases(time.Now()))
	runTokenCases(t, lateRoundhealthiotTokenCases())
	runFalsePositives(t, "roundhealthiot late non-refusals", lateRoundhealthiotNonRefusals())
}
