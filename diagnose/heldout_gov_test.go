package diagnose

import (
	"testing"
	"time"
)

// govCases: a held-out round on email and marketing platforms (Postmark,
// Campaign Monitor, OneSignal, ActiveCampaign, Klaviyo, SparkPost), IoT and
// smart-home platforms (ThingsBoard, Home Assistant, Azure IoT Hub,
// Adafruit IO, Particle) and public-sector APIs (GOV.UK Notify and its
// Canadian fork GC Notify, api.data.gov, US Census, data.go.kr, Singapore
// MyInfo, Deutsche Bahn's API store, Ukraine's eHealth, We the People).
// Gathered and given their expected first cause from the catalog before
// the diagnosis code was read; a comment says why when two codes could
// fit. First run, before any fix: first cause right in 25 of 40
// (refusals 19 of 34, non-refusals 6 of 6 given no cause); 40 of 40
// after the readings the misses lacked (a header asked for "with a valid
// API key"; a documentation link beside a list of errors is no form
// field; an error element under any XML root, and a non-zero numeric
// result code with its message; a page whose headline names the key's
// fault, in a 200; a named service's access denied; a key said disabled
// with a participle between; WSO2's "no matching resource found"; a
// header said missing with its name after; a permission-or-absence 404
// said in one sentence; "token: expired"; a scheme the answer names that
// is not the one sent; an operation refused for the key's kind; a service
// in trial mode; a bare key in Authorization sent as an api_key credential
// for that header is not a missing prefix).
// Expectations unchanged.
func govCases(now time.Time) []provCase {
	json := jsonCT
	// GOV.UK Notify signs a JWT with the API key: iss is the service id,
	// iat the time of the request; there is no exp.
	notifyJWT := makeJWT(map[string]any{"iss": "26785a09-ab16-4eb0-8407-a37497a57506", "iat": now.Unix()})
	notify := bearer("NOTIFY_JWT", notifyJWT)
	notifyErr := func(status, kind, msg string) string {
		return `{"errors":[{"error":"` + kind + `","message":"` + msg + `"}],"status_code":` + status + `}`
	}
	gcNotify := headerCred("Authorization", "GC_NOTIFY_API_KEY", "ApiKey-v1 gcntfy-perf-test-26785a09-ab16-4eb0-8407-a37497a57506-3d1e5f6a-7b8c-4d9e-a0b1-c2d3e4f5a6b7")
	dataGov := apiKey("DATA_GOV_API_KEY", "Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i", "X-Api-Key", "")
	dataGovErr := func(code, msg string) string {
		return `{"error":{"code":"` + code + `","message":"` + msg + `"}}`
	}
	thingsboard := headerCred("X-Authorization", "TB_JWT", "Bearer "+makeJWT(map[string]any{"sub": "tenant@thingsboard.org", "scopes": []string{"TENANT_ADMIN"}, "iss": "thingsboard.io", "iat": now.Add(-time.Hour).Unix(), "exp": now.Add(2 * time.Hour).Unix()}))
	adafruit := apiKey("AIO_KEY", "aio_Wq8Z75bV3kLmN0pQrS7tUvXyZa1b", "X-AIO-Key", "")
	return []provCase{
		// Postmark: a server API call made with the account token.
		{src: "https://github.com/PipedreamHQ/pipedream/issues/10254", name: "Postmark 401 ErrorCode 10 Request does not contain a valid Server token", status: 401,
			header: json(), body: `{"ErrorCode":10,"Message":"Request does not contain a valid Server token."}`,
			cred: apiKey("POSTMARK_SERVER_TOKEN", "8f2c5a1e-3b4d-4e6f-9a0b-1c2d3e4f5a6b", "X-Postmark-Server-Token", ""), method: "PUT", path: "/server", want: CredentialRejected},
		// "Must supply a valid ... Authorization header" could read as a
		// required header missing, but a Basic header with the key was
		// sent and "valid" says it was refused: credential_rejected.
		{src: "https://github.com/campaignmonitor/createsend-php/issues/107", name: "Campaign Monitor 401 Code 50 Must supply a valid HTTP Basic Authorization header", status: 401,
			header: json(), body: "{\n  \"Code\": 50,\n  \"Message\": \"Must supply a valid HTTP Basic Authorization header\"\n}",
			cred: basicCred("c2a4e6f8b0d1c3e5a7b9d0f2e4c6a8b0", "x"), path: "/api/v3.2/clients.json?pretty=true", want: CredentialRejected},
		// OneSignal's rich API key sent with the Key scheme the docs name;
		// the answer asks for a header "with a valid API key".
		{src: "https://github.com/OneSignal/OneSignal-Android-SDK/issues/2221", name: "OneSignal 403 Access denied, include an Authorization header with a valid API key", status: 403,
			header: json(), body: `{"errors": ["Access denied.  Please include an 'Authorization: ...' header with a valid API key (https://documentation.onesignal.com/docs/accounts-and-keys)."]}`,
			cred: headerCred("Authorization", "ONESIGNAL_API_KEY", "Key os_v2_app_wq8zbv3klmn0pqrs7tuvxyza1b2c3d4e5f6g7h8i9j0klmn0pqrs7tuvxyza"), method: "POST", path: "/notifications", want: CredentialRejected},
		// The key was put in the JSON body by the SDK call, not in a
		// header: nothing the server reads was sent.
		{src: "https://github.com/OneSignal/OneSignal-Flutter-SDK/issues/498", name: "OneSignal 400 include a case-sensitive Authorization header, nothing sent", status: 400,
			header: json(), body: `{"errors":["Please include a case-sensitive header of Authorization: Basic \u003cYOUR-REST-API-KEY-HERE\u003e or Bearer token=\"\u003cYOUR-REST-API-KEY-HERE\u003e\" with a valid REST API key."],"reference":["https://documentation.onesignal.com/docs/accounts-and-keys#section-keys-ids"]}`,
			method: "POST", path: "/api/v1/notifications", want: NoCredentialsSent},
		// ActiveCampaign's v1 API answers 200 with an XML error. The same
		// key had just passed credentials_test, so the key is known and
		// this call is refused: permission_denied, not credential_rejected.
		{src: "https://github.com/ActiveCampaign/activecampaign-api-nodejs/issues/42", name: "ActiveCampaign 200 XML You are not authorized to access this file", status: 200,
			header: map[string]string{"Content-Type": "text/xml; charset=utf-8"}, body: "<?xml version='1.0' encoding='utf-8'?>\n<root><error>You are not authorized to access this file</error></root>",
			cred: apiKey("AC_API_KEY", "5c1f0e9d8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c", "", "api_key"), method: "POST", path: "/admin/api.php?api_action=contact_sync&api_output=json", want: PermissionDenied},
		{src: "https://github.com/klaviyo/klaviyo-api-python/issues/15", name: "Klaviyo 429 throttled Request was throttled", status: 429,
			header: map[string]string{"Content-Type": "application/vnd.api+json", "Server": "cloudflare"},
			body:   `{"errors":[{"id":"xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx","status":429,"code":"throttled","title":"Request was throttled.","detail":"Request was throttled. Expected available in 0 seconds.","source":{"pointer":"/data/"}}]}`,
			cred:   headerCred("Authorization", "KLAVIYO_PRIVATE_KEY", "Klaviyo-API-Key pk_Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f"), path: "/api/profiles/", want: RateLimited},
		// The key works for sending; its permissions do not include
		// suppression lists. The EU base URL is right for this account.
		{src: "https://github.com/darrencauthon/csharp-sparkpost/issues/159", name: "SparkPost EU 403 Forbidden. (key lacks the suppression list permission)", status: 403,
			header: json(), body: `{"errors": [ {"message": "Forbidden."} ]}`,
			cred: apiKey("SPARKPOST_API_KEY", "4f2b9c1d7e6a5b8c3d0e9f1a2b7c6d5e4f3a2b1c", "Authorization", ""), path: "/api/v1/suppression-list", want: PermissionDenied},

		// GOV.UK Notify: the AuthError answers of its API, in its
		// {errors, status_code} envelope.
		{src: "https://github.com/alphagov/notifications-api/blob/0029a0cc0ff4eddd8304120bd4fc819c4169ab60/app/authentication/auth.py", name: "GOV.UK Notify 401 authentication token must be provided, nothing sent", status: 401,
			header: json(), body: notifyErr("401", "AuthError", "Unauthorized, authentication token must be provided"), method: "POST", path: "/v2/notifications/email", want: NoCredentialsSent},
		// No WWW-Authenticate, but the words name the scheme the server
		// requires and another was sent: scheme_mismatch.
		{src: "https://github.com/alphagov/notifications-api/blob/0029a0cc0ff4eddd8304120bd4fc819c4169ab60/app/authentication/auth.py", name: "GOV.UK Notify 401 bearer scheme must be used, ApiKey-v1 sent", status: 401,
			header: json(), body: notifyErr("401", "AuthError", "Unauthorized, authentication bearer scheme must be used"), cred: gcNotify, method: "POST", path: "/v2/notifications/email", want: SchemeMismatch},
		{src: "https://github.com/alphagov/notifications-api/blob/0029a0cc0ff4eddd8304120bd4fc819c4169ab60/app/authentication/auth.py", name: "GOV.UK Notify 403 Invalid token: API key revoked", status: 403,
			header: json(), body: notifyErr("403", "AuthError", "Invalid token: API key revoked"), cred: notify, method: "POST", path: "/v2/notifications/sms", want: CredentialRejected},
		// The cause is this machine's clock (the JWT's iat is too old), but
		// the server's words say the token expired and a fresh token (made
		// with a right clock) is the fix: token_expired.
		{src: "https://github.com/alphagov/notifications-api/blob/0029a0cc0ff4eddd8304120bd4fc819c4169ab60/app/authentication/auth.py", name: "GOV.UK Notify 403 Invalid token: expired, check your system clock", status: 403,
			header: json(), body: notifyErr("403", "AuthError", "Invalid token: expired, check that your system clock is accurate"), cred: notify, method: "POST", path: "/v2/notifications/email", want: TokenExpired},
		// The service the key belongs to was archived: the key is no
		// longer accepted for anything.
		{src: "https://github.com/alphagov/notifications-api/blob/0029a0cc0ff4eddd8304120bd4fc819c4169ab60/app/authentication/auth.py", name: "GOV.UK Notify 403 Invalid token: service is archived", status: 403,
			header: json(), body: notifyErr("403", "AuthError", "Invalid token: service is archived"), cred: notify, path: "/v2/notifications", want: CredentialRejected},
		{src: "https://github.com/alphagov/notifications-api/blob/0029a0cc0ff4eddd8304120bd4fc819c4169ab60/app/authentication/auth.py", name: "GOV.UK Notify 403 Invalid token: signature, api token is not valid", status: 403,
			header: json(), body: notifyErr("403", "AuthError", "Invalid token: signature, api token is not valid"), cred: notify, method: "POST", path: "/v2/notifications/letter", want: CredentialRejected},
		{src: "https://github.com/cds-snc/notification-documentation/blob/main/src/en/send.md", name: "GC Notify 403 Invalid token: API key not found", status: 403,
			header: json(), body: notifyErr("403", "AuthError", "Invalid token: API key not found"), cred: gcNotify, method: "POST", path: "/v2/notifications/email", want: CredentialRejected},
		// A team key may only send to the team: the key is accepted, the
		// recipient is not allowed for it.
		{src: "https://github.com/cds-snc/notification-documentation/blob/main/src/en/send.md", name: "GC Notify 400 Can't send to this recipient using a team-only API key", status: 400,
			header: json(), body: notifyErr("400", "BadRequestError", "Can't send to this recipient using a team-only API key"), cred: gcNotify, method: "POST", path: "/v2/notifications/email", want: PermissionDenied},
		{src: "https://github.com/cds-snc/notification-documentation/blob/main/src/en/send.md", name: "GC Notify 400 Can't send to this recipient when service is in trial mode", status: 400,
			header: json(), body: notifyErr("400", "BadRequestError", "Can't send to this recipient when service is in trial mode"), cred: gcNotify, method: "POST", path: "/v2/notifications/sms", want: PermissionDenied},
		{src: "https://github.com/cds-snc/notification-documentation/blob/main/src/en/send.md", name: "GC Notify 429 RateLimitError per key type", status: 429,
			header: json(), body: notifyErr("429", "RateLimitError", "Exceeded rate limit for key type TEAM/TEST/LIVE of 1000 requests per 60 seconds"), cred: gcNotify, method: "POST", path: "/v2/notifications/email", want: RateLimited},
		{src: "https://github.com/cds-snc/notification-documentation/blob/main/src/en/send.md", name: "GC Notify 429 TooManyRequestsError daily send limit", status: 429,
			header: json(), body: notifyErr("429", "TooManyRequestsError", "Exceeded send limits (LIMIT NUMBER) for today"), cred: gcNotify, method: "POST", path: "/v2/notifications/sms", want: RateLimited},
		// The scheme sent (Token) is neither of the two the answer names.
		{src: "https://github.com/cds-snc/notification-api/pull/1313", name: "GC Notify 401 Authorization header is invalid, supported methods Bearer and ApiKey-v1", status: 401,
			header: json(), body: "{\n    \"errors\": [\n        {\n            \"error\": \"AuthError\",\n            \"message\": \"Unauthorized, Authorization header is invalid. Notify supports the following authentication methods. Bearer: JWT token that the client generates and passes in, see https://docs.notifications.service.gov.uk/rest-api.html#authorisation-header for more information, ApiKey-v1: If you cannot generate a JWT token you may optionally use the api secret generated for you by Notify. see https://documentation.notification.canada.ca/en/start.html#headers\"\n        }\n    ],\n    \"status_code\": 401\n}",
			cred: headerCred("Authorization", "GC_NOTIFY_API_KEY", "Token gcntfy-perf-test-26785a09-ab16-4eb0-8407-a37497a57506-3d1e5f6a-7b8c-4d9e-a0b1-c2d3e4f5a6b7"), method: "POST", path: "/v2/notifications/email", want: SchemeMismatch},

		// IoT and smart home.
		{src: "https://github.com/thingsboard/thingsboard/issues/4532", name: "ThingsBoard 401 Token has expired errorCode 11", status: 401,
			header: json(), body: `{"status":401,"message":"Token has expired","errorCode":11,"timestamp":"2021-05-03T09:04:06.214+00:00"}`,
			cred: thingsboard, method: "POST", path: "/api/auth/token", want: TokenExpired},
		// The whole login answer ({"token":…,"refreshToken":…}) was pasted
		// into X-Authorization; ThingsBoard words every refusal of the JWT
		// filter this way.
		{src: "https://github.com/thingsboard/thingsboard/issues/3150", name: "ThingsBoard 401 Invalid username or password errorCode 10, a token sent", status: 401,
			header: json(), body: "{\n  \"status\": 401,\n  \"message\": \"Invalid username or password\",\n  \"errorCode\": 10,\n  \"timestamp\": \"2020-07-24T07:56:08.125+0000\",\n  \"subscriptionErrorCode\": null,\n  \"subscriptionEntry\": null,\n  \"subscriptionValue\": null\n}",
			cred: thingsboard, path: "/api/device/types", want: CredentialRejected},
		// The legacy x-ha-access header with the add-on's token: refused.
		// Nothing says the method is deprecated, so credential_rejected.
		{src: "https://github.com/home-assistant/core/issues/15822", name: "Home Assistant 401: Unauthorized (text), x-ha-access sent", status: 401,
			header: map[string]string{"Content-Type": "text/plain; charset=utf-8"}, body: "401: Unauthorized",
			cred: headerCred("x-ha-access", "HASSIO_TOKEN", "9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d"), method: "POST", path: "/homeassistant/api/services/tts/google_say", want: CredentialRejected},
		{src: "https://github.com/Azure/azure-iot-sdk-csharp/issues/1070", name: "Azure IoT Hub 401 ErrorCode:IotHubUnauthorizedAccess;Unauthorized", status: 401,
			header: map[string]string{"Content-Type": "application/json; charset=utf-8", "iothub-errorcode": "IotHubUnauthorizedAccess", "Server": "Microsoft-HTTPAPI/2.0"},
			body:   `{"Message":"ErrorCode:IotHubUnauthorizedAccess;Unauthorized","ExceptionMessage":"Tracking ID:{id}-G:4-TimeStamp:09/23/2019 16:17:08"}`,
			cred:   headerCred("Authorization", "IOTHUB_SAS", "SharedAccessSignature sr=myhub.azure-devices.net&sig=Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9j0%3D&se=1893456000&skn=iothubowner"), path: "/devices?api-version=2020-05-31-preview", want: CredentialRejected},
		{src: "https://github.com/reef-pi/reef-pi/issues/1466", name: "Adafruit IO 401 request failed - invalid API key provided", status: 401,
			header: json(), body: `{"error":"request failed - invalid API key provided"}`, cred: adafruit, method: "POST", path: "/api/v2/reefpi/feeds/temperature/data", want: CredentialRejected},
		// Adafruit IO answers 404 for a feed of another user's, and says
		// so: the key may not see it, or it does not exist.
		{src: "https://github.com/adafruit/Adafruit_IO_Documentation/issues/9", name: "Adafruit IO 404 not permitted to access the feed or the feed does not exist", status: 404,
			header: json(), body: `{"error":"not found - You are not permitted to access the feed with key 'switchfeed' belonging to embeddednani or the feed does not exist."}`,
			cred: adafruit, path: "/api/v2/embeddednani/feeds/switchfeed/data/last", want: NotFoundHidesPermission},
		// Particle answers 403 Permission Denied for a device the token's
		// user does not own (or that does not exist); its answer carries
		// the access token itself in a URL.
		{src: "https://github.com/particle-iot/particle-cli/issues/228", name: "Particle 403 Permission Denied, device name or ID not recognized (token echoed)", status: 403,
			header: json(), body: "{\n  \"error\": \"Permission Denied\",\n  \"info\": \"I didn't recognize that device name or ID, try opening https://api.particle.io/v1/devices?access_token=1d0fbc38f5b1a7fa3ad67423934bae89a5f02de9\"\n}",
			cred: bearer("PARTICLE_ACCESS_TOKEN", "1d0fbc38f5b1a7fa3ad67423934bae89a5f02de9"), method: "PUT", path: "/v1/devices/abc", want: PermissionDenied},

		// Public sector.
		// data.go.kr answers 200 with an XML header; code 20 is "service
		// access denied": the key is registered but not approved for this
		// (changed) service, and must be applied for again.
		{src: "https://github.com/WizardFactory/TodayWeather/issues/452", name: "data.go.kr 200 XML resultCode 20 SERVICE ACCESS DENIED ERROR", status: 200,
			header: map[string]string{"Content-Type": "text/xml;charset=UTF-8"}, body: "<response>\n<header>\n<responseTime>2015-12-25T23:25:09.265+09:00</responseTime>\n<resultCode>20</resultCode>\n<resultMsg>SERVICE ACCESS DENIED ERROR.</resultMsg>\n</header>\n</response>",
			cred: apiKey("DATA_GO_KR_SERVICE_KEY", "Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9j0kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9j0kLmN0pQ%3D%3D", "", "ServiceKey"), path: "/service/MiddleFrcstInfoService/getMiddleLandWeather?regId=11B00000&tmFc=201512250600", want: PermissionDenied},
		{src: "https://github.com/censusdis/censusdis/issues/319", name: "US Census 200 HTML Invalid Key", status: 200,
			header: map[string]string{"Content-Type": "text/html"}, body: "<div class=\"flex-container content\">\n    <div class=\"content-wrap center\">\n        <h1>Invalid Key</h1>\n        <p>\n            A valid <em>key</em> must be included with each data API request.\n            You included a key with this request, however, it is not valid.\n            Please check your key and try again.\n        </p>\n        <p>\n            If you do not have a key you may sign up for one <a href=\"key_signup.html\">here</a>.\n        </p>\n    </div>      \n</div>",
			cred: apiKey("CENSUS_API_KEY", "1995d7909e0d352c44c9974adbd640893f1ac0a1", "", "key"), path: "/data/2023/acs/acs1?get=NAME&for=state:34", want: CredentialRejected},
		{src: "https://github.com/WhiteHouse/petitions/issues/85", name: "We the People 401 Invalid key (responseInfo errorCode 85)", status: 401,
			header: json(), body: "{\n    \"metadata\": {\n        \"responseInfo\": {\n            \"status\": 400,\n            \"developerMessage\": \"401 Unauthorized: Invalid key.\",\n            \"userMessage\": \"The key provided is not valid.\",\n            \"errorCode\": \"85\",\n            \"moreInfo\": \"See issue #85 on github: https://github.com/whitehouse/petitions/issues/85\"\n        }\n    }\n}",
			cred: apiKey("PETITIONS_API_KEY", "Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e", "", "api_key"), method: "POST", path: "/v1/signatures.json", want: CredentialRejected},
		{src: "https://github.com/ziming/laravel-myinfo-sg/issues/27", name: "Singapore MyInfo 401 Invalid Access Token", status: 401,
			header: json(), body: `{"message":"Invalid Access Token"}`,
			cred: bearer("MYINFO_ACCESS_TOKEN", makeJWT(map[string]any{"sub": "S9812381D", "aud": "STG2-MYINFO-SELF-TEST", "iss": "https://test.api.myinfo.gov.sg/serviceauth/myinfo-com", "iat": now.Add(-5 * time.Minute).Unix(), "exp": now.Add(25 * time.Minute).Unix()})),
			path: "/com/v3/person/S9812381D/?client_id=STG2-MYINFO-SELF-TEST&attributes=name,sex", want: CredentialRejected},
		// The DB API store is a WSO2 gateway: 900906 says no resource of
		// the API matches the request, in words about authorization
		// ("Access failure. Unauthorized."): the URL (the retired free
		// 1BahnQL path), not the credential. WSO2 2.x answers it 403.
		{src: "https://github.com/dbsystel/1BahnQL/issues/59", name: "Deutsche Bahn API store 403 900906 No matching resource found, Access failure. Unauthorized.", status: 403,
			header: json(), body: "{\n   \"error\": {\n      \"code\": 900906,\n      \"message\": \"No matching resource found in the API for the given request\",\n      \"description\": \"Access failure. Unauthorized.\"\n   }\n}",
			cred: bearer("DB_ACCESS_TOKEN", "2b8d4f6a1c3e5b7d9f0a2c4e6b8d0f1a"), method: "POST", path: "/free1bahnql/graphql", want: EndpointNotFound},
		// Ukraine's eHealth gateway names the header it wants.
		{src: "https://github.com/edenlabllc/ehealth.api/issues/436", name: "eHealth (Ukraine) 401 access_denied Missing header x-consumer-metadata", status: 401,
			header: json(), body: "{\n   \"meta\":{\n      \"url\":\"http://api-svc.il/api/employee_requests/11ba8167-3e46-4aa5-8a24-9aab0193c838\",\n      \"type\":\"object\",\n      \"request_id\":\"ehq3h08en6oqp2dr84tufojc3hg46ars\",\n      \"code\":401\n   },\n   \"error\":{\n      \"type\":\"access_denied\",\n      \"message\":\"Missing header x-consumer-metadata\"\n   }\n}",
			cred: bearer("EHEALTH_TOKEN", "TWQ3T0cvWW9GdVZwajJtN0NHZmtIQT09"), path: "/api/employee_requests/11ba8167-3e46-4aa5-8a24-9aab0193c838", want: RequiredHeaderMissing},
		{src: "https://github.com/NREL/api-umbrella/blob/main/config/schema.cue", name: "api.data.gov 403 API_KEY_DISABLED", status: 403,
			header: json(), body: dataGovErr("API_KEY_DISABLED", "The api_key supplied has been disabled. Contact us at https://api.data.gov/contact/ for assistance"), cred: dataGov, path: "/regulations/v4/documents?filter[docketId]=EPA-HQ-OAR-2003-0129", want: CredentialRejected},
		// Not verified yet: the key exists but is not enabled until its
		// e-mail is confirmed; credential_rejected ("not enabled").
		{src: "https://github.com/NREL/api-umbrella/blob/main/config/schema.cue", name: "api.data.gov 403 API_KEY_UNVERIFIED", status: 403,
			header: json(), body: dataGovErr("API_KEY_UNVERIFIED", "The api_key supplied has not been verified yet. Please check your e-mail to verify the API key. Contact us at https://api.data.gov/contact/ for assistance"), cred: dataGov, path: "/nrel/alt-fuel-stations/v1.json?limit=1", want: CredentialRejected},
	}
}

// govNonRefusals: answers of the same providers that look like auth but
// are not: an unknown route, a server error naming a token-like id, a 200
// with an error code about data, a template not found, a transport rule.
func govNonRefusals() []fpCase {
	return []fpCase{
		{src: "https://github.com/reef-pi/reef-pi/issues/1122", name: "Adafruit IO 404 not found - that is an invalid URL", status: 404, header: jsonCT(),
			body: `{"error":"not found - that is an invalid URL, please check the API documentation at https://io.adafruit.com/api/docs to make sure your URL is correct"}`},
		{src: "https://github.com/thingsboard/thingsboard/issues/485", name: "ThingsBoard 500 Invalid UUID string: DEVICE", status: 500, header: jsonCT(),
			body: "{\n    \"timestamp\": 1514210272390,\n    \"status\": 500,\n    \"error\": \"Internal Server Error\",\n    \"exception\": \"java.lang.IllegalArgumentException\",\n    \"message\": \"Invalid UUID string: DEVICE\",\n    \"path\": \"/api/plugins/telemetry/DEVICE/47a76ba0-ad9b-11e7-a5ac-2f8f3fdf329b/values/timeseries\"\n}"},
		{src: "https://github.com/dbopendata/db-fahrplan-api/issues/27", name: "Deutsche Bahn open-api 200 errorCode SQ001 No station board available", status: 200, header: jsonCT(),
			body: "{\n\"DepartureBoard\":{\n  \"noNamespaceSchemaLocation\":\"https://open-api.bahn.de/bin/rest.exe/v1.0/xsd?name=hafasRestDepartureBoard.xsd\",\n  \"errorCode\":\"SQ001\",\n  \"errorText\":\"No station board available.\",\n  \"$\":\"\"\n  }\n}"},
		{src: "https://github.com/cds-snc/notification-documentation/blob/main/src/en/send.md", name: "GC Notify 400 BadRequestError Template not found", status: 400, header: jsonCT(),
			body: `{"errors":[{"error":"BadRequestError","message":"Template not found"}],"status_code":400}`},
		{src: "https://github.com/cds-snc/notification-documentation/blob/main/src/en/send.md", name: "GC Notify 500 Exception Internal server error", status: 500, header: jsonCT(),
			body: `{"errors":[{"error":"Exception","message":"Internal server error"}],"status_code":500}`},
		{src: "https://github.com/NREL/api-umbrella/blob/main/config/schema.cue", name: "api.data.gov 400 HTTPS_REQUIRED", status: 400, header: jsonCT(),
			body: `{"error":{"code":"HTTPS_REQUIRED","message":"Requests must be made over HTTPS. Try accessing the API at: https://api.data.gov/nrel/alt-fuel-stations/v1.json"}}`},
	}
}

// TestHeldoutGov reports top-1 on the email/marketing, IoT and public
// sector round: the refusals as runProviderCases serves them and the
// non-refusals, which must get no cause.
func TestHeldoutGov(t *testing.T) {
	cases := govCases(time.Now())
	if n := len(cases) + len(govNonRefusals()); n < 40 {
		t.Fatalf("%d cases, want at least 40", n)
	}
	runProviderCases(t, "gov held-out corpus", cases)
	runFalsePositives(t, "gov non-refusals", govNonRefusals())
}

// lateGovCases: answers of the same category gathered after the round's
// fixes, run once unchanged before any further reading; expectations
// from the catalog. First run: 3 of 5 (refusals 2 of 4, non-refusals 1 of
// 1). The misses: a key sent bare in Authorization to a gateway that says
// its subscription key is missing came first as a missing prefix (the
// server reads its own header, not a scheme); Azure Application
// Gateway's signed 403 page read as a web server's own page. 5 of 5
// after two general readings (a gateway's subscription key said missing
// confirms no missing prefix; the Application Gateway's mark is a block
// page's).
func lateGovCases() []provCase {
	return []provCase{
		// "Missing or invalid": the server does not tell the two apart, and
		// a token was sent, so it was read and refused.
		{src: "https://github.com/krose/entsoeapi/issues/14", name: "ENTSO-E Transparency 401 HTML Unauthorized. Missing or invalid security token", status: 401,
			header: map[string]string{"Content-Type": "text/html; charset=UTF-8"}, body: "<!DOCTYPE html PUBLIC \"-//W3C//DTD HTML 4.0 Transitional//EN\" \"http://www.w3.org/TR/REC-html40/loose.dtd\">\n<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\">\n<title>Error</title>\n</head>\n<body>Unauthorized. Missing or invalid security token</body>\n</html>",
			cred: apiKey("ENTSOE_PAT", "5a3e1c9b-7d2f-4e8a-b6c0-9f1d3e5a7b2c", "", "securityToken"), path: "/api?documentType=A65&processType=A16&outBiddingZone_Domain=10Y1001A1001A83F&periodStart=201912312300&periodEnd=202001012200", want: CredentialRejected},
		{src: "https://github.com/volvo-cars/developer-portal-api-samples/issues/8", name: "Volvo Cars 401 Access denied due to invalid VCC-API-KEY", status: 401,
			header: jsonCT(), body: "{\n    \"status\": 401,\n    \"error\": {\n        \"message\": \"Access denied due to invalid VCC-API-KEY. Make sure to provide a valid key for an active application.\"\n    }\n}",
			cred: apiKey("VCC_API_KEY", "8c2f4a6e1b3d5f7a9c0e2b4d6f8a1c3e", "vcc-api-key", ""), path: "/connected-vehicle/v2/vehicles", want: CredentialRejected},
		// WMATA's API Management gateway reads its key from its own header;
		// the key went in Authorization.
		{src: "https://github.com/vingerha/gtfs2/issues/21", name: "WMATA 401 Access denied due to missing subscription key, key sent in Authorization", status: 401,
			header: jsonCT(), body: `{ "statusCode": 401, "message": "Access denied due to missing subscription key. Make sure to include subscription key when making requests to an API." }`,
			cred: headerCred("Authorization", "WMATA_API_KEY", "e13626d03d8e4c03ac07f95541b3091b"), path: "/gtfs/rail-gtfsrt-vehiclepositions.pb", want: CredentialInWrongPlace},
		// Azure Application Gateway's own 403 page (its WAF), in front of
		// Stats NZ's OData API, to a valid key.
		{src: "https://github.com/StatisticsNZ/open-data-api/issues/3", name: "Stats NZ 403 Microsoft-Azure-Application-Gateway/v2 page", status: 403,
			header: map[string]string{"Content-Type": "text/html"}, body: "<html>\n<head><title>403 Forbidden</title></head>\n<body>\n<center><h1>403 Forbidden</h1></center>\n<hr><center>Microsoft-Azure-Application-Gateway/v2</center>\n</body>\n</html>",
			cred: apiKey("STATSNZ_API_KEY", "4d6f8a1c3e5b7d9f0a2c4e6b8d0f1a3c", "Ocp-Apim-Subscription-Key", ""), path: "/odata/v1/EmploymentIndicators/", want: BlockedByProxy},
	}
}

// lateGovNonRefusals: a late answer that is not a refusal.
func lateGovNonRefusals() []fpCase {
	return []fpCase{
		{src: "https://github.com/home-assistant/core/issues/13343", name: "Home Assistant 200 [] from a service call", status: 200, header: jsonCT(), body: "[]"},
	}
}

// TestHeldoutGovLate: see lateGovCases.
func TestHeldoutGovLate(t *testing.T) {
	runProviderCases(t, "gov late answers", lateGovCases())
	runFalsePositives(t, "gov late non-refusals", lateGovNonRefusals())
}
