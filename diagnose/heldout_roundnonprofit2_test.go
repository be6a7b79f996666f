package diagnose

import (
	"testing"
	"time"
)

// roundnonprofit2Cases: a held-out round on nonprofit, fundraising, civic
// and education-adjacent APIs, answers no corpus held: Open Collective's
// REST middleware and GraphQL API, Open States API v3, MediaWiki's Action
// API (Wikimedia's wikis and any private wiki), Patreon, the Internet
// Archive's S3-like API, CiviCRM's authx, ProPublica's Congress API and
// Eventbrite's INVALID_AUTH. Several come from the servers' own code
// (Open Collective's authentication middleware and scope checks, Open
// States' FastAPI auth and rate limiter, MediaWiki's API messages,
// CiviCRM's authenticator), which gives status and words; where the
// envelope around those words is built from the framework's known shape
// (Apollo's GraphQL errors, MediaWiki's error object, FastAPI's detail,
// Express's error handler, an S3 error document) a comment says so.
// Gathered and given their expected first cause from the catalog before
// the diagnosis code was read; a comment says why when two codes could
// fit. First run, before any fix: first cause right in 27 of 35
// (refusals 22 of 30, non-refusals 5 of 5 given no cause). Misses: Open
// Collective's 401 "Expired Personal Token (Api Key)" read
// credential_rejected, not token_expired; its 401 "Cannot use this token
// on this route (scope: login)" read credential_rejected, not
// permission_denied; MediaWiki's 200 error objects readapidenied and
// noedit-anon with nothing sent, assertuserfailed ("no longer logged
// in"), writeapidenied and blocked read no refusal at all; CiviCRM's 401
// 'Authentication type "api_key" with flow "header" is not allowed'
// read credential_rejected, not deprecated_auth_method. After the
// readings the misses lacked: 35 of 35, none on the blind expectations
// (an expired token with its kind between, "expired personal token";
// the caller said unable to use its token on this route; a way of
// authenticating not allowed for the principal or user; a permission the
// caller is said to need; the caller not allowed to, or barred from, an
// operation on this thing; refused as anonymous, and MediaWiki's "info"
// read as an error object's words in a 200; no longer logged in, a
// session ended). Rows in readings_roundnonprofit2_test.go.
func roundnonprofit2Cases(now time.Time) []provCase {
	const (
		ocAuth   = "https://github.com/opencollective/opencollective-api/blob/135095a704cb3c19b28f7a670b5eedb102c14ad6/server/middleware/authentication.ts"
		ocScope  = "https://github.com/opencollective/opencollective-api/blob/0d70859a5088a6397a7143f1a694beb46ef641c5/server/graphql/common/scope-check.ts"
		osAuth   = "https://github.com/openstates/api-v3/blob/148faa20313be4798ec92dec0edc4a2bb7fa5125/api/auth.py"
		osLimit  = "https://github.com/openstates/api-v3/blob/148faa20313be4798ec92dec0edc4a2bb7fa5125/api/rate_limiter.py"
		mwMsgs   = "https://github.com/wikimedia/mediawiki/blob/009e304b9c5af1e4c1a664da414ccbd5e520919f/includes/api/i18n/en.json"
		civiAuth = "https://github.com/civicrm/civicrm-core/blob/0621a4ed6cde581485dea32b1348abc07482e610/ext/authx/Civi/Authx/Authenticator.php"
		civiCred = "https://github.com/civicrm/civicrm-core/blob/0621a4ed6cde581485dea32b1348abc07482e610/ext/authx/Civi/Authx/CheckCredential.php"
	)
	json := jsonCT
	text := func(extra ...string) map[string]string { return ctHeader("text/plain", extra...) }

	// Open Collective's REST errors are its error objects serialised by
	// the Express error handler: {"error":{code, type, message}}.
	ocErr := func(code, typ, msg string) string {
		return `{"error":{"code":` + code + `,"type":"` + typ + `","message":"` + msg + `"}}`
	}
	ocTokenValue := "8f1c2e9a7b3d4c5e6f708192a3b4c5d6e7f80912"
	ocToken := headerCred("Personal-Token", "OC_PERSONAL_TOKEN", ocTokenValue)
	ocJWT := func(claims map[string]any) *Credential { return bearer("OC_ACCESS_TOKEN", makeJWT(claims)) }
	// Apollo Server answers a resolver's error with 200 and the error's
	// code in extensions (the message and code are Open Collective's;
	// locations and path are the shape's).
	ocGraphQL := func(msg, code string) string {
		return `{"errors":[{"message":"` + msg + `","locations":[{"line":2,"column":3}],"path":["createExpense"],"extensions":{"code":"` + code + `"}}],"data":{"createExpense":null}}`
	}

	osKey := apiKey("OPENSTATES_API_KEY", "3f9a7c21-5b4e-4d8a-9c6f-0e1d2b3a4c5d", "X-API-KEY", "")
	osDetail := func(msg string) string { return `{"detail":"` + msg + `"}` }

	// MediaWiki's Action API answers its errors with 200, the code in
	// the MediaWiki-API-Error header and an error object (code, info, *);
	// the words are the messages' English text.
	mwErr := func(code, info string) string {
		return `{"error":{"code":"` + code + `","info":"` + info + `","*":"See https://wiki.example.org/w/api.php for API usage."},"servedby":"mw1382"}`
	}
	mwHeader := func(code string) map[string]string { return json("MediaWiki-API-Error", code) }
	mwOAuth := bearer("MEDIAWIKI_OAUTH_TOKEN", "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJhdWQiOiI3YzFkIn0.c2lnbmF0dXJlLW9mLXRoZS13aWtp")

	patreonToken := bearer("PATREON_CREATOR_TOKEN", "Xk3mP9qR2sT5vW8yZb4cD6eF8gH1jK3mN5pQ7rS9tUv")
	iaKeys := headerCred("Authorization", "IA_S3_KEYS", "LOW Xk3mP9qR2sT5vW8y:Zb4cD6eF8gH1jK3m")
	civiKey := "c7d1f0a9e8b2c3d4e5f60718"

	return []provCase{
		// Open Collective: a personal token (Personal-Token header) that
		// matches none; the answer echoes the token.
		{src: ocAuth, name: "Open Collective 401 Invalid Personal Token (Api Key), the token echoed", status: 401,
			header: json(), body: ocErr("401", "unauthorized", "Invalid Personal Token (Api Key): "+ocTokenValue), cred: ocToken,
			path: "/graphql/v2", method: "POST", want: CredentialRejected},
		{src: ocAuth, name: "Open Collective 401 Expired Personal Token (Api Key)", status: 401,
			header: json(), body: ocErr("401", "unauthorized", "Expired Personal Token (Api Key)"), cred: ocToken,
			path: "/graphql/v2", method: "POST", want: TokenExpired},
		// Suspended: the token is disabled, what the catalog calls not
		// enabled (credential_rejected).
		{src: ocAuth, name: "Open Collective 401 personal token suspended, likely due to abuse", status: 401,
			header: json(), body: ocErr("401", "unauthorized", "Your personal token has been suspended, likely due to abuse. Please contact support to reactivate it."), cred: ocToken,
			path: "/graphql/v2", method: "POST", want: CredentialRejected},
		// The session JWT's exp is in the past: read locally first.
		{src: ocAuth, name: "Open Collective 401 jwt_expired jwt expired", status: 401,
			header: json(), body: ocErr("401", "jwt_expired", "jwt expired"),
			cred: ocJWT(map[string]any{"sub": "4821", "scope": "session", "exp": now.Add(-2 * time.Hour).Unix()}),
			path: "/graphql/v2", method: "POST", want: JWTExpired},
		// A login-link token (scope login) used on an API route: the token
		// is read, and its scope does not reach this route. A scope the
		// credential lacks is permission_denied; nothing lists the scope
		// needed beside the one held, so not server_insufficient_scope.
		{src: ocAuth, name: "Open Collective 401 Cannot use this token on this route (scope: login)", status: 401,
			header: json(), body: ocErr("401", "unauthorized", "Cannot use this token on this route (scope: login)"),
			cred: ocJWT(map[string]any{"sub": "4821", "scope": "login", "exp": now.Add(time.Hour).Unix()}),
			path: "/graphql/v2", method: "POST", want: PermissionDenied},
		// The session token made before the user's password changed: the
		// server says it expired (its exp still ahead).
		{src: ocAuth, name: "Open Collective 401 This token is expired (password changed since)", status: 401,
			header: json(), body: ocErr("401", "unauthorized", "This token is expired"),
			cred: ocJWT(map[string]any{"sub": "4821", "scope": "session", "iat": now.Add(-48 * time.Hour).Unix(), "exp": now.Add(24 * time.Hour).Unix()}),
			path: "/graphql/v2", method: "POST", want: TokenExpired},
		// GraphQL v2: a personal token without the expenses scope. One
		// scope named, none held listed: permission_denied.
		{src: ocScope, name: "Open Collective 200 GraphQL Forbidden Personal Token not allowed for scope expenses", status: 200,
			header: json(), body: ocGraphQL(`The Personal Token is not allowed for operations in scope \"expenses\".`, "Forbidden"), cred: ocToken,
			path: "/graphql/v2", method: "POST", want: PermissionDenied},
		{src: ocScope, name: "Open Collective 200 GraphQL Unauthorized need to be logged in, nothing sent", status: 200,
			header: json(), body: ocGraphQL("You need to be logged in to manage expenses", "Unauthorized"),
			path: "/graphql/v2", method: "POST", want: NoCredentialsSent},

		// Open States API v3 (FastAPI's {"detail": …}).
		{src: osAuth, name: "Open States v3 403 Must provide API Key as ?apikey or X-API-KEY, nothing sent", status: 403,
			header: json(), body: osDetail("Must provide API Key as ?apikey or X-API-KEY. Login and visit https://openstates.org/account/profile/ for your API key."),
			path: "/bills?jurisdiction=ne", want: NoCredentialsSent},
		{src: osAuth, name: "Open States v3 401 Invalid API Key", status: 401,
			header: json(), body: osDetail("Invalid API Key. Login and visit https://openstates.org/account/profile/ for your API key."), cred: osKey,
			path: "/bills?jurisdiction=ne", want: CredentialRejected},
		// A key whose tier the limiter does not know: "Inactive", a key
		// not enabled.
		{src: osAuth, name: "Open States v3 401 Inactive API Key", status: 401,
			header: json(), body: osDetail("Inactive API Key. Login and visit https://openstates.org/account/profile/ for details."), cred: osKey,
			path: "/people?jurisdiction=oh", want: CredentialRejected},
		{src: osLimit, name: "Open States v3 429 exceeded limit of 250/day", status: 429,
			header: json(), body: osDetail("exceeded limit of 250/day: 251"), cred: osKey,
			path: "/bills?jurisdiction=ne", want: RateLimited},

		// MediaWiki Action API.
		// A private wiki read with nothing sent.
		{src: mwMsgs, name: "MediaWiki 200 readapidenied You need read permission, nothing sent", status: 200,
			header: mwHeader("readapidenied"), body: mwErr("readapidenied", "You need read permission to use this module."),
			path: "/w/api.php?action=query&meta=siteinfo&format=json", want: NoCredentialsSent},
		{src: mwMsgs, name: "MediaWiki 200 noedit-anon Anonymous users can't edit pages, nothing sent", status: 200,
			header: mwHeader("noedit-anon"), body: mwErr("noedit-anon", "Anonymous users can't edit pages."),
			method: "POST", path: "/w/api.php", want: NoCredentialsSent},
		// assert=user with a session cookie the wiki no longer knows: the
		// session ended ("no longer logged in"), the catalog's
		// token_expired (a session expired) rather than a refused one.
		{src: mwMsgs, name: "MediaWiki 200 assertuserfailed You are no longer logged in", status: 200,
			header: mwHeader("assertuserfailed"), body: mwErr("assertuserfailed", "You are no longer logged in, so the action could not be completed."),
			cred: headerCred("Cookie", "MW_SESSION", "mywiki_session=9f8e7d6c5b4a39281706f5e4d3c2b1a0"), method: "POST", path: "/w/api.php", want: TokenExpired},
		{src: mwMsgs, name: "MediaWiki 200 writeapidenied not allowed to edit this wiki through the API", status: 200,
			header: mwHeader("writeapidenied"), body: mwErr("writeapidenied", "You're not allowed to edit this wiki through the API."),
			cred: mwOAuth, method: "POST", path: "/w/api.php", want: PermissionDenied},
		{src: mwMsgs, name: "MediaWiki 200 blocked You have been blocked from editing", status: 200,
			header: mwHeader("blocked"), body: mwErr("blocked", "You have been blocked from editing."),
			cred: mwOAuth, method: "POST", path: "/w/api.php", want: PermissionDenied},
		{src: mwMsgs, name: "MediaWiki 200 ratelimited You've exceeded your rate limit", status: 200,
			header: mwHeader("ratelimited"), body: mwErr("ratelimited", "You've exceeded your rate limit. Please wait some time and try again."),
			cred: mwOAuth, method: "POST", path: "/w/api.php", want: RateLimited},

		// Patreon: the API v1 JSON:API error (the issue prints it as a
		// Python dict; here as the JSON it was) and, from the older
		// front end, Werkzeug's HTML 401 page, both to a creator token
		// that had expired (the answers do not say so).
		{src: "https://github.com/Patreon/patreon-python/issues/29", name: "Patreon 401 errors code_name Unauthorized could not verify", status: 401,
			header: json(), body: `{"errors": [{"code": 1, "code_name": "Unauthorized", "detail": "The server could not verify that you are authorized to access the URL requested.  You either supplied the wrong credentials (e.g. a bad password), or your browser doesn't understand how to supply the credentials required.", "id": "ca7835a3-90f2-4d1e-aa99-188a9efc5285", "status": "401", "title": "Unauthorized"}]}`,
			cred: patreonToken, path: "/oauth2/api/current_user", want: CredentialRejected},
		{src: "https://github.com/Patreon/patreon-js/issues/3", name: "Patreon 401 HTML page could not verify that you are authorized", status: 401,
			header: ctHeader("text/html"), body: "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 3.2 Final//EN\">\n<title>401 Unauthorized</title>\n<h1>Unauthorized</h1>\n<p>The server could not verify that you are authorized to access the URL requested.  You either supplied the wrong credentials (e.g. a bad password), or your browser doesn't understand how to supply the credentials required.</p>\n",
			cred: patreonToken, path: "/oauth2/api/current_user", want: CredentialRejected},
		{src: "https://github.com/Patreon/platform-documentation/blob/067b18a8f8bcf9f3962afaa574bc876f3400c9cf/source/includes/_rate_limits.md", name: "Patreon 429 RequestThrottled too many attempts", status: 429,
			header: json(), body: "{\n  \"errors\": [\n    {\n      \"code\": null,\n      \"code_name\": \"RequestThrottled\",\n      \"detail\": \"You have made too many attempts. Please try again later.\",\n      \"id\": \"eb96e70d-909f-40cc-a3dc-e922cc90ea0a\",\n      \"retry_after_seconds\": 9,\n      \"status\": \"429\",\n      \"title\": \"You have made too many attempts. Please try again later.\"\n    }\n  ]\n}",
			cred: patreonToken, path: "/api/oauth2/v2/campaigns", want: RateLimited},

		// Internet Archive's S3-like API (s3.us.archive.org).
		{src: "https://github.com/rclone/rclone/issues/1608", name: "Internet Archive S3 403 InvalidAccessKeyId", status: 403,
			header: ctHeader("application/xml"), body: "<?xml version='1.0' encoding='UTF-8'?>\n<Error><Code>InvalidAccessKeyId</Code><Message>The AWS Access Key Id you provided does not exist in our records.</Message><Resource /><RequestId>a8df7427-e7bf-4597-b8bc-1592d13b88a6</RequestId></Error>",
			cred: iaKeys, method: "PUT", path: "/lemote/build.sh", want: CredentialRejected},
		// The keys are good but the item is someone else's. The issue
		// quotes the internetarchive library's "Message - Resource" of
		// the error document; the document is rebuilt around those words
		// (the code AccessDenied assumed from S3's).
		{src: "https://github.com/bibanon/tubeup/issues/70", name: "Internet Archive S3 403 Access Denied, lack sufficient privileges to write to this item", status: 403,
			header: ctHeader("application/xml"), body: "<?xml version='1.0' encoding='UTF-8'?>\n<Error><Code>AccessDenied</Code><Message>Access Denied</Message><Resource>You lack sufficient privileges to write to this item.</Resource><RequestId>5b0c7a1e-3f2d-4e8a-9b6c-1d2e3f4a5b6c</RequestId></Error>",
			cred: iaKeys, method: "PUT", path: "/youtube-KSIp5Jckg0M/video.annotations.xml", want: PermissionDenied},

		// CiviCRM authx rejects with 401 and "HTTP 401 <reason>" as text.
		{src: civiAuth, name: "CiviCRM authx 401 Invalid credential (X-Civi-Auth)", status: 401,
			header: text(), body: "HTTP 401 Invalid credential",
			cred: headerCred("X-Civi-Auth", "CIVI_API_KEY", "Bearer "+civiKey), method: "POST", path: "/civicrm/ajax/api4/Contact/get", want: CredentialRejected},
		// The site allows api_key credentials only through X-Civi-Auth, not
		// the Authorization header: the way of authenticating is disabled
		// for this flow (deprecated_auth_method's "disabled"), the key
		// itself fine.
		{src: civiAuth, name: "CiviCRM authx 401 Authentication type api_key with flow header is not allowed", status: 401,
			header: text(), body: `HTTP 401 Authentication type "api_key" with flow "header" is not allowed for this principal.`,
			cred: bearer("CIVI_API_KEY", civiKey), method: "POST", path: "/civicrm/ajax/api4/Contact/get", want: DeprecatedAuthMethod},
		{src: civiCred, name: "CiviCRM authx 401 Expired token (an authx JWT)", status: 401,
			header: text(), body: "HTTP 401 Expired token",
			cred:   headerCred("X-Civi-Auth", "CIVI_JWT", "Bearer "+makeJWT(map[string]any{"sub": "cid:202", "scope": "authx", "exp": now.Add(-30 * time.Minute).Unix()})),
			method: "POST", path: "/civicrm/ajax/api4/Contact/get", want: JWTExpired},
		{src: civiCred, name: "CiviCRM authx 401 Malformed JWT, must specify the contact ID", status: 401,
			header: text(), body: "HTTP 401 Malformed JWT. Must specify the contact ID.",
			cred:   headerCred("X-Civi-Auth", "CIVI_JWT", "Bearer "+makeJWT(map[string]any{"sub": "202", "scope": "authx", "exp": now.Add(time.Hour).Unix()})),
			method: "POST", path: "/civicrm/ajax/api4/Contact/get", want: CredentialRejected},
		// A blocked CMS user: the login itself is refused (an account not
		// enabled), not one operation.
		{src: civiAuth, name: "CiviCRM authx 401 Cannot login. User is blocked.", status: 401,
			header: text(), body: "HTTP 401 Cannot login. User is blocked.",
			cred: basicCred("civi-sync", "Wq8ZbV3kLmN0pQrS"), method: "POST", path: "/civicrm/ajax/api4/Contact/get", want: CredentialRejected},

		// ProPublica's Congress API behind API Gateway: a path with a
		// congress number the route does not take. The issue prints the
		// body pretty; sent compact.
		{src: "https://github.com/propublica/congress-api-docs/issues/232", name: "ProPublica Congress 403 Missing Authentication Token on a wrong path", status: 403,
			header: json(), body: `{"message":"Missing Authentication Token"}`,
			cred: apiKey("PROPUBLICA_API_KEY", "q8Wz3Lm9Np2Rt5Vx7Bc1Df4Gh6Jk0Mn", "X-API-Key", ""), path: "/congress/v1/116/senate/floor_updates/2017/05/02.json", want: EndpointNotFound},

		// Eventbrite v3: a private token it does not know. The body as
		// Eventbrite's error reference lists INVALID_AUTH and as clients'
		// tests quote it.
		{src: "https://www.eventbrite.com/platform/api#/introduction/errors", name: "Eventbrite v3 401 INVALID_AUTH The OAuth token you provided was invalid", status: 401,
			header: json(), body: `{"status_code":401,"error_description":"The OAuth token you provided was invalid.","error":"INVALID_AUTH"}`,
			cred: bearer("EVENTBRITE_PRIVATE_TOKEN", "IODVRTRFJ5FVEXZQ7K3M"), path: "/v3/users/me/", want: CredentialRejected},
	}
}

// roundnonprofit2NonRefusals: answers of the same servers that refuse
// nothing: a bill not found, a search without its required filter, a
// page ID that does not exist, a wiki in read-only mode, two API keys
// given at once.
func roundnonprofit2NonRefusals() []fpCase {
	const (
		osTests = "https://github.com/openstates/api-v3/blob/01f705cb109d38f2c30c389fb8e3c50ae8c2d715/api/tests/test_bills.py"
		osBills = "https://github.com/openstates/api-v3/blob/01f705cb109d38f2c30c389fb8e3c50ae8c2d715/api/bills.py"
		mwMsgs  = "https://github.com/wikimedia/mediawiki/blob/009e304b9c5af1e4c1a664da414ccbd5e520919f/includes/api/i18n/en.json"
	)
	return []fpCase{
		{src: osTests, name: "Open States v3 404 No such Bill.", status: 404, header: jsonCT(), body: `{"detail":"No such Bill."}`, path: "/bills/oh/2021/HB 66"},
		{src: osBills, name: "Open States v3 400 either 'jurisdiction' or 'q' required", status: 400, header: jsonCT(), body: `{"detail":"either 'jurisdiction' or 'q' required"}`, path: "/bills"},
		{src: mwMsgs, name: "MediaWiki 200 nosuchpageid There is no page with ID", status: 200, header: jsonCT("MediaWiki-API-Error", "nosuchpageid"),
			body: `{"error":{"code":"nosuchpageid","info":"There is no page with ID 123456.","*":"See https://wiki.example.org/w/api.php for API usage."},"servedby":"mw1382"}`, path: "/w/api.php"},
		{src: mwMsgs, name: "MediaWiki 200 readonly The wiki is currently in read-only mode", status: 200, header: jsonCT("MediaWiki-API-Error", "readonly"),
			body: `{"error":{"code":"readonly","info":"The wiki is currently in read-only mode.","readonlyreason":"Database maintenance, please try again in a few minutes.","*":"See https://wiki.example.org/w/api.php for API usage."},"servedby":"mw1382"}`, path: "/w/api.php"},
		// Two apiKey parameters: a request's shape refused before any key
		// is looked at (ValidationFailed, fields apiKey).
		{src: "https://github.com/opencollective/opencollective-api/blob/135095a704cb3c19b28f7a670b5eedb102c14ad6/server/middleware/authentication.ts", name: "Open Collective 400 validation_failed Please provide a single apiKey", status: 400, header: jsonCT(),
			body: `{"error":{"code":400,"type":"validation_failed","message":"Please provide a single apiKey","fields":"apiKey"}}`, path: "/graphql/v2?apiKey=a&apiKey=b"},
	}
}

// TestHeldoutRoundnonprofit2 reports top-1 on the nonprofit, civic and
// education-adjacent round: the refusals as runProviderCases serves them,
// and the non-refusals, which must get no cause.
func TestHeldoutRoundnonprofit2(t *testing.T) {
	runHeldoutRound(t, heldoutRound{name: "roundnonprofit2", cases: roundnonprofit2Cases(time.Now()), nonRefusals: roundnonprofit2NonRefusals(), gathered: 35})
}
