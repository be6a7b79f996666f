package diagnose

import "testing"

// roundprojectCases: a held-out round on project and work management,
// design and time-tracking APIs (Smartsheet, Asana, Linear, Todoist, Coda,
// Clockify, Wrike, Harvest, Toggl Track, Figma, Miro, Trello, monday.com):
// providers not in the corpora before (Linear, Coda, Clockify, Wrike,
// Harvest, Toggl) and other codes, statuses or requests of those already
// there. Most answers come from the providers' own error references
// (Smartsheet's table of error codes, Asana's, Coda's, Wrike's and
// Miro's error pages): where a page gives the status, code and words but
// not the envelope, the body is the documented error object around those
// words (a comment says so). Others are answers quoted by issue threads or
// recorded in client test fixtures. Gathered and given their expected
// first cause from the catalog before the diagnosis code was read; a
// comment says why when two codes could fit. First run, before any fix:
// first cause right in 43 of 43 (refusals 29 of 29, rate limits among
// them 11 of 11, non-refusals 14 of 14 given no cause). No miss: the
// readings these answers need (a token required while it went in the
// query, single sign-on required, a plan that does not support the
// operation, a permission named in a 401's plain text, invalid_token in a
// body's error field, a rate limit's status_code in a 200) were all in
// place before this round.
func roundprojectCases() []provCase {
	const (
		smartsheetDoc = "https://developers.smartsheet.com/api/smartsheet/error-codes"
		asanaDoc      = "https://developers.asana.com/docs/errors"
		linearDoc     = "https://linear.app/developers/graphql"
		codaDoc       = "https://coda.io/developers/apis/v1"
		wrikeDoc      = "https://help.wrike.com/hc/en-us/articles/23908384596631-Resolve-Common-REST-API-Errors"
		trelloDoc     = "https://developer.atlassian.com/cloud/trello/guides/rest-api/rate-limits/"
		mondayFix     = "https://github.com/rudderlabs/rudder-transformer/blob/093a635558c07b3895095eeca305e47051bf9ba0/test/integrations/destinations/monday/network.ts"
	)
	json := jsonCT
	text := func(extra ...string) map[string]string { return ctHeader("text/plain; charset=utf-8", extra...) }
	smartsheet := bearer("SMARTSHEET_ACCESS_TOKEN", "JKlMNOpQ12RStUVwxYZAbcde3F5g6hijklM789")
	smartsheetQuery := apiKey("SMARTSHEET_ACCESS_TOKEN", "JKlMNOpQ12RStUVwxYZAbcde3F5g6hijklM789", "", "access_token")
	ssErr := func(code, msg string) string {
		return `{"errorCode":` + code + `,"message":"` + msg + `","refId":"1q2w3e4r5t6y"}`
	}
	asana := bearer("ASANA_PAT", "2/1204567890123456/1209876543210987:9f8e7d6c5b4a39281706f5e4d3c2b1a0")
	linear := bearer("LINEAR_ACCESS_TOKEN", "lin_oauth_8f3c2b1a0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d")
	linearAuthErr := `{"errors":[{"message":"Authentication required, not authenticated","extensions":{"type":"authentication error","code":"AUTHENTICATION_ERROR","statusCode":401,"userError":true,"userPresentableMessage":"You need to authenticate to access this operation.","meta":{},"http":{"status":401}}}]}`
	coda := bearer("CODA_API_TOKEN", "3f1c9a7e-5b2d-4c6e-8f0a-9b8c7d6e5f4a")
	codaErr := func(status, msg string) string {
		return `{"statusCode":` + status + `,"statusMessage":"` + msg + `","message":"` + msg + `"}`
	}
	clockify := apiKey("CLOCKIFY_API_KEY", "YzE4NWJmNzgtNGQ2Zi00ZTIxLWE5ZjctM2JlOGQ0", "X-Api-Key", "")
	clockifyFull := `{"message":"Full authentication is required to access this resource","code":1000}`
	wrike := bearer("WRIKE_ACCESS_TOKEN", "eyJ0dCI6InAiLCJhbGciOiJIUzI1NiIsInR2IjoiMSJ9.eyJkIjoie1wiYVwiOjEyMzQ1Njd9In0.Wq8ZbV3kLmN0pQrS7tUvXyZa")
	wrikeErr := func(desc, code string) string { return `{"errorDescription":"` + desc + `","error":"` + code + `"}` }
	harvest := bearer("HARVEST_ACCESS_TOKEN", "2345678.pt.Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9j0kLmN0pQrS7tUvXyZa")
	trello := apiKey("TRELLO_TOKEN", "ATTAq7Lm2Xv9Rp4Wn8Bc3Yd6Hs1Jf5Ga0ZeUoPiKlMnBvCxZ12345678", "", "token")
	return []provCase{
		// Smartsheet: the error object (errorCode, message, refId) around
		// the table's status, code and message.
		{src: smartsheetDoc, name: "Smartsheet 401 1001 An Access Token is required, nothing sent", status: 401, header: json(),
			body: ssErr("1001", "An Access Token is required."), path: "/2.0/sheets", want: NoCredentialsSent},
		// The token went in the query string; Smartsheet reads only the
		// Authorization header (its HTTP page: required for all endpoints)
		// and answers as if none came.
		{src: smartsheetDoc, name: "Smartsheet 401 1001 An Access Token is required, token in the query", status: 401, header: json(),
			body: ssErr("1001", "An Access Token is required."), cred: smartsheetQuery, path: "/2.0/sheets", want: CredentialInWrongPlace},
		{src: smartsheetDoc, name: "Smartsheet 401 1003 Your Access Token has expired", status: 401, header: json(),
			body: ssErr("1003", "Your Access Token has expired."), cred: smartsheet, path: "/2.0/sheets/123456", want: TokenExpired},
		{src: smartsheetDoc, name: "Smartsheet 401 1005 Single Sign-On is required for this account", status: 401, header: json(),
			body: ssErr("1005", "Single Sign-On is required for this account."), cred: smartsheet, path: "/2.0/sheets", want: SSOAuthorizationRequired},
		// A plan feature the account lacks: the catalog's permission_denied.
		{src: smartsheetDoc, name: "Smartsheet 403 1013 operation not supported by your plan", status: 403, header: json(),
			body: ssErr("1013", "The operation you are attempting to perform is not supported by your plan."), cred: smartsheet, method: "POST", path: "/2.0/workspaces", want: PermissionDenied},
		{src: smartsheetDoc, name: "Smartsheet 429 4003 Rate limit exceeded", status: 429, header: json(),
			body: ssErr("4003", "Rate limit exceeded."), cred: smartsheet, path: "/2.0/sheets", want: RateLimited},

		// Asana: the errors page's example without an Authorization header.
		{src: asanaDoc, name: "Asana 401 Not Authorized, nothing sent", status: 401, header: json(),
			body: `{"errors":[{"message":"Not Authorized"}]}`, path: "/api/1.0/users/me", want: NoCredentialsSent},
		{src: "https://developers.asana.com/docs/rate-limits", name: "Asana 429 too many requests recently, Retry-After", status: 429, header: json("Retry-After", "30"),
			body: `{"errors":[{"message":"You have made too many requests recently. Please, be chill."}]}`, cred: asana, path: "/api/1.0/tasks", want: RateLimited},

		// Linear GraphQL: the 401 a client's test suite records as Linear's
		// answer to a key it does not accept.
		{src: linearDoc, name: "Linear 401 AUTHENTICATION_ERROR, a token sent", status: 401, header: json(),
			body: linearAuthErr, cred: linear, method: "POST", path: "/graphql", want: CredentialRejected},
		{src: linearDoc, name: "Linear 401 AUTHENTICATION_ERROR, nothing sent", status: 401, header: json(),
			body: linearAuthErr, method: "POST", path: "/graphql", want: NoCredentialsSent},
		// Linear answers a rate limit with 400 and the RATELIMITED code
		// (its rate-limiting page); the body is the GraphQL errors list
		// around those words.
		{src: "https://linear.app/developers/rate-limiting", name: "Linear 400 RATELIMITED Rate limit exceeded", status: 400, header: json(),
			body: `{"errors":[{"message":"Rate limit exceeded","extensions":{"code":"RATELIMITED"}}]}`, cred: linear, method: "POST", path: "/graphql", want: RateLimited},

		// Todoist API v1: the answer a client's tests record for a token
		// without the scope an endpoint needs.
		{src: "https://developer.todoist.com/api/v1/", name: "Todoist 403 AUTH_INSUFFICIENT_TOKEN_SCOPE Insufficient Token scope", status: 403, header: json(),
			body: `{"error":"Insufficient Token scope","error_code":403,"error_extra":{"access_type":"access_token"},"error_tag":"AUTH_INSUFFICIENT_TOKEN_SCOPE","http_code":403}`,
			cred: bearer("TODOIST_TOKEN", "0123456789abcdef0123456789abcdef01234567"), path: "/api/v1/backups", want: ServerInsufficientScope},

		// Coda API v1: the documented error object (statusCode,
		// statusMessage, message).
		{src: codaDoc, name: "Coda 401 Unauthorized", status: 401, header: json(),
			body: codaErr("401", "Unauthorized"), cred: coda, path: "/apis/v1/docs", want: CredentialRejected},
		{src: codaDoc, name: "Coda 403 Forbidden", status: 403, header: json(),
			body: codaErr("403", "Forbidden"), cred: coda, method: "POST", path: "/apis/v1/docs/AbCDeFGH/tables/grid-pqRst-U/rows", want: PermissionDenied},
		{src: codaDoc, name: "Coda 429 Too Many Requests", status: 429, header: json(),
			body: codaErr("429", "Too Many Requests"), cred: coda, path: "/apis/v1/docs", want: RateLimited},

		// Clockify: the answer quoted in the issue (its status is not
		// quoted; Clockify answers it with 401).
		{src: "https://github.com/clockify/clockify_api_docs/issues/7", name: "Clockify 401 Full authentication is required, key sent", status: 401, header: json(),
			body: clockifyFull, cred: clockify, path: "/api/v1/workspaces/5c403043b079871b7750d4c8/time-entries", want: CredentialRejected},
		{src: "https://github.com/clockify/clockify_api_docs/issues/7", name: "Clockify 401 Full authentication is required, nothing sent", status: 401, header: json(),
			body: clockifyFull, path: "/api/v1/workspaces/5c403043b079871b7750d4c8/time-entries", want: NoCredentialsSent},

		// Wrike API v4: the help article's envelope (errorDescription,
		// error) with its codes for each status.
		{src: wrikeDoc, name: "Wrike 401 not_authorized Access token is unknown or invalid", status: 401, header: json(),
			body: wrikeErr("Access token is unknown or invalid", "not_authorized"), cred: wrike, path: "/api/v4/tasks", want: CredentialRejected},
		{src: wrikeDoc, name: "Wrike 403 not_allowed Access to requested entity is denied", status: 403, header: json(),
			body: wrikeErr("Access to requested entity is denied for user", "not_allowed"), cred: wrike, method: "PUT", path: "/api/v4/folders/IEAAAAAQI4AB5BGU", want: PermissionDenied},
		{src: wrikeDoc, name: "Wrike 429 rate_limit_exceeded", status: 429, header: json(),
			body: wrikeErr("Rate limit exceeded, try again later", "rate_limit_exceeded"), cred: wrike, path: "/api/v4/tasks", want: RateLimited},

		// Harvest API v2. invalid_token in the body's error field: the
		// catalog's server_invalid_token (the description lists expiry
		// among four reasons, so it does not say the token expired).
		{src: "https://help.getharvest.com/api-v2/authentication-api/authentication/authentication/", name: "Harvest 401 invalid_token expired, revoked, malformed or invalid", status: 401, header: json(),
			body: `{"error":"invalid_token","error_description":"The access token provided is expired, revoked, malformed or invalid for other reasons."}`,
			cred: harvest, path: "/v2/users/me", want: ServerInvalidToken},
		// The rate-limit page gives the status and Retry-After, not a body.
		{src: "https://help.getharvest.com/api-v2/introduction/overview/general/", name: "Harvest 429 Too Many Requests, Retry-After", status: 429, header: text("Retry-After", "15"),
			body: "Too Many Requests", cred: harvest, path: "/v2/time_entries", want: RateLimited},

		// Toggl Track v9: the API token as the Basic user, "api_token" the
		// password; Toggl refuses an unknown token with 403 and these words.
		{src: "https://engineering.toggl.com/docs/authentication/", name: "Toggl 403 Incorrect username and/or password (text)", status: 403, header: text(),
			body: "Incorrect username and/or password", cred: basicCred("1971800d4d82861d8f2c1651fea4d212", "api_token"), path: "/api/v9/me", want: CredentialRejected},

		// Figma: the rate-limit page's 429.
		{src: "https://developers.figma.com/docs/rest-api/rate-limits/", name: "Figma 429 Rate limit exceeded, Retry-After", status: 429, header: json("Retry-After", "60"),
			body: `{"status":429,"err":"Rate limit exceeded"}`, cred: apiKey("FIGMA_TOKEN", "figd_Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9j0", "X-Figma-Token", ""),
			path: "/v1/files/FyjcRbn3DQaXdYRbC5Pk3Q", want: RateLimited},

		// Miro SCIM: the errors page's 429 example, byte for byte.
		{src: "https://developers.miro.com/docs/errors", name: "Miro SCIM 429 tooManyRequests", status: 429, header: ctHeader("application/scim+json"),
			body: `{"schemas":["urn:ietf:params:scim:api:messages:2.0:Error"],"status":"429","scimType":"tooManyRequests","detail":"The user has sent too many requests in a given amount of time"}`,
			cred: bearer("MIRO_SCIM_TOKEN", "eyJtaXJvLm9yaWdpbiI6ImV1MDEifQ_Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5"), path: "/api/v1/scim/Users", want: RateLimited},

		// Trello: words it answers in plain text.
		// A token that is valid but may not touch this card: the catalog's
		// permission_denied allows a 401 whose words are about permission.
		{src: "https://community.developer.atlassian.com/t/unauthorized-card-permission-requested/45017", name: "Trello 401 unauthorized card permission requested (text)", status: 401, header: text(),
			body: "unauthorized card permission requested", cred: trello, method: "PUT", path: "/1/cards/5abbe4b7ddc1b351ef961414", want: PermissionDenied},
		{src: "https://community.developer.atlassian.com/t/invalid-app-token/31093", name: "Trello 401 invalid app token (text)", status: 401, header: text(),
			body: "invalid app token", cred: trello, path: "/1/members/me/boards", want: CredentialRejected},
		{src: trelloDoc, name: "Trello 429 API_TOKEN_LIMIT_EXCEEDED", status: 429, header: json(),
			body: `{"error":"API_TOKEN_LIMIT_EXCEEDED","message":"Rate limit exceeded"}`, cred: trello, path: "/1/boards/5abbe4b7ddc1b351ef961414/cards", want: RateLimited},

		// monday.com: a rate limit answered 200 with its status_code in
		// the body (an integration suite's recorded answer).
		{src: mondayFix, name: "monday.com 200 Rate Limit Exceeded status_code 429", status: 200, header: json(),
			body: `{"error_message":"Rate Limit Exceeded.","status_code":429}`,
			cred: headerCred("Authorization", "MONDAY_API_TOKEN", "mnd_q7Lm2Xv9Rp4Wn8Bc3Yd6Hs1Jf5Ga0ZeUoPiKl"), method: "POST", path: "/v2", want: RateLimited},
	}
}

// roundprojectNonRefusals: answers of the same APIs that refuse nothing: a
// missing record or resource, a parse error, a missing input, a server
// error with its phrase, a GraphQL field that does not exist, SCIM
// validation and conflict answers (one says an e-mail is "not
// whitelisted": a user's address, not the caller's).
func roundprojectNonRefusals() []fpCase {
	const (
		smartsheetDoc = "https://developers.smartsheet.com/api/smartsheet/error-codes"
		asanaDoc      = "https://developers.asana.com/docs/errors"
		codaDoc       = "https://coda.io/developers/apis/v1"
		miroDoc       = "https://developers.miro.com/docs/errors"
		mondayFix     = "https://github.com/rudderlabs/rudder-transformer/blob/093a635558c07b3895095eeca305e47051bf9ba0/test/integrations/destinations/monday/network.ts"
	)
	scim := func() map[string]string { return ctHeader("application/scim+json") }
	return []fpCase{
		{src: smartsheetDoc, name: "Smartsheet 404 1006 Not Found", status: 404, header: jsonCT(),
			path: "/2.0/sheets/999", body: `{"errorCode":1006,"message":"Not Found.","refId":"1q2w3e4r5t6y"}`},
		{src: smartsheetDoc, name: "Smartsheet 400 1008 Unable to parse request", status: 400, header: jsonCT(),
			path: "/2.0/sheets/123456/rows", body: `{"errorCode":1008,"message":"Unable to parse request. The following error occurred: Unexpected character ('}' (code 125))","refId":"1q2w3e4r5t6y"}`},
		{src: asanaDoc, name: "Asana 400 workspace: Missing input", status: 400, header: jsonCT(),
			path: "/api/1.0/tasks", body: `{"errors":[{"message":"workspace: Missing input"}]}`},
		{src: asanaDoc, name: "Asana 500 Server Error with phrase", status: 500, header: jsonCT(),
			path: "/api/1.0/users/me", body: `{"errors":[{"message":"Server Error","phrase":"6 sad squid snuggle softly"}]}`},
		{src: codaDoc, name: "Coda 404 Not Found", status: 404, header: jsonCT(),
			path: "/apis/v1/docs/AbCDeFGH", body: `{"statusCode":404,"statusMessage":"Not Found","message":"Not Found"}`},
		{src: codaDoc, name: "Coda 400 Bad Request", status: 400, header: jsonCT(),
			path: "/apis/v1/docs/AbCDeFGH/tables/grid-pqRst-U/rows", body: `{"statusCode":400,"statusMessage":"Bad Request","message":"Bad Request"}`},
		{src: "https://help.wrike.com/hc/en-us/articles/23908384596631-Resolve-Common-REST-API-Errors", name: "Wrike 400 invalid_request parameter not supported", status: 400, header: jsonCT(),
			path: "/api/v4/contacts", body: `{"errorDescription":"Parameter 'firstName' is not supported","error":"invalid_request"}`},
		{src: "https://developers.figma.com/docs/rest-api/errors/", name: "Figma 404 Not found", status: 404, header: jsonCT(),
			path: "/v1/files/FyjcRbn3DQaXdYRbC5Pk3Q", body: `{"status":404,"err":"Not found"}`},
		{src: miroDoc, name: "Miro SCIM 404 No valid resources", status: 404, header: scim(),
			path: "/api/v1/scim/Groups/3074457345618258730", body: `{"schemas":["urn:ietf:params:scim:api:messages:2.0:Error"],"status":"404","detail":"No valid resources: [{memberId=3074457345618258730, display=null}, {memberId=4567543256789076, display=null}]"}`},
		{src: miroDoc, name: "Miro SCIM 409 e-mail is not whitelisted", status: 409, header: scim(),
			path: "/api/v1/scim/Users", body: `{"schemas":["urn:ietf:params:scim:api:messages:2.0:Error"],"status":"409","detail":"userEmail@test.com is not whitelisted"}`},
		{src: miroDoc, name: "Miro SCIM 400 invalidValue user name not unique", status: 400, header: scim(),
			path: "/api/v1/scim/Users", body: `{"schemas":["urn:ietf:params:scim:api:messages:2.0:Error"],"status":"400","scimType":"invalidValue","detail":"User name 'userEmail@test.com' is invalid: 'not unique'"}`},
		{src: "https://developer.atlassian.com/cloud/trello/rest/", name: "Trello 400 invalid id (text)", status: 400, header: ctHeader("text/plain; charset=utf-8"),
			path: "/1/cards/notanid", body: "invalid id"},
		{src: mondayFix, name: "monday.com 200 Field doesn't exist on type User", status: 200, header: jsonCT(),
			path: "/v2", body: `{"errors":[{"message":"Field 'region' doesn't exist on type 'User'","locations":[{"line":322,"column":5}],"fields":["query","me","region"]}],"account_id":123456789}`},
		{src: mondayFix, name: "monday.com 500 Internal server error status_code 500", status: 500, header: jsonCT(),
			path: "/v2", body: `{"error_message":"Internal server error","status_code":500}`},
	}
}

// TestHeldoutRoundproject reports top-1 on the project management, design
// and time-tracking round: the refusals as runProviderCases serves them,
// and the non-refusals, which must get no cause.
func TestHeldoutRoundproject(t *testing.T) {
	runHeldoutRound(t, heldoutRound{name: "roundproject", cases: roundprojectCases(), nonRefusals: roundprojectNonRefusals()})
}

// lateRoundprojectCases: answers of the same category gathered after the
// blind run, looked at for the first time and run once before any change:
// late: first cause right in 8 of 8 (ClickUp's OAUTH_025, OAUTH_017 and
// OAUTH_027, Figma's "Invalid token" with nothing sent and on a 401, Jira
// Cloud's HTML 401 page, Harvest's platform 401 without a session, and
// Todoist's token endpoint refusing the client's credentials).
func lateRoundprojectCases() []provCase {
	const clickupDoc = "https://developer.clickup.com/docs/common_errors"
	clickup := headerCred("Authorization", "CLICKUP_TOKEN", "pk_81234567_Q7WZP2LX9RT3VB8NC1MF6GH5JK0LQ2WS")
	figma := apiKey("FIGMA_TOKEN", "figd_Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9j0", "X-Figma-Token", "")
	return []provCase{
		// ClickUp: the page names the codes and what they mean; the body
		// ({"err", "ECODE"}) is the one several clients' test suites
		// record for a revoked or unknown token.
		{src: clickupDoc, name: "ClickUp 401 OAUTH_025 Token invalid", status: 401, header: jsonCT(),
			body: `{"err":"Token invalid","ECODE":"OAUTH_025"}`, cred: clickup, path: "/api/v2/user", want: CredentialRejected},
		// The page's title for OAUTH_017 as the err text, nothing sent.
		{src: clickupDoc, name: "ClickUp 401 OAUTH_017 Authorization header required, nothing sent", status: 401, header: jsonCT(),
			body: `{"err":"Authorization header required","ECODE":"OAUTH_017"}`, path: "/api/v2/team", want: NoCredentialsSent},
		// Another of the codes the page gives for a workspace the user did
		// not authorize for this token (OAUTH_023 is in the corpora).
		{src: clickupDoc, name: "ClickUp 401 OAUTH_027 Team not authorized", status: 401, header: jsonCT(),
			body: `{"err":"Team not authorized","ECODE":"OAUTH_027"}`, cred: clickup, path: "/api/v2/team/9012345/space", want: PermissionDenied},
		// Figma's answer to a request without any token, as a write-up
		// quotes it from curl: the token it speaks of was never sent.
		{src: "https://developers.figma.com/docs/rest-api/errors/", name: "Figma 403 Invalid token, nothing sent", status: 403, header: jsonCT(),
			body: `{"status":403,"err":"Invalid token"}`, path: "/v1/me", want: NoCredentialsSent},
		{src: "https://developers.figma.com/docs/rest-api/errors/", name: "Figma 401 Invalid token (status 401)", status: 401, header: jsonCT(),
			body: `{"status":401,"err":"Invalid token"}`, cred: figma, path: "/v1/files/FyjcRbn3DQaXdYRbC5Pk3Q", want: CredentialRejected},
		// Jira Cloud's HTML 401 page with X-Seraph-LoginReason
		// AUTHENTICATED_FAILED, as the issue quotes it (the page's head
		// and scripts left out).
		{src: "https://github.com/GothenburgBitFactory/bugwarrior/issues/689", name: "Jira Cloud 401 HTML Unauthorized (401) page, AUTHENTICATED_FAILED", status: 401,
			header: ctHeader("text/html;charset=UTF-8", "X-Seraph-LoginReason", "AUTHENTICATED_FAILED", "X-AREQUESTID", "d25a0deb-610b-4723-b874-65b8a8055e37", "ATL-TraceId", "6ccb0192555dd5ff"),
			body:   `<html><head><title>Unauthorized (401)</title><meta name="application-name" content="JIRA" data-name="jira" data-version="1001.0.0-SNAPSHOT"></head><body id="jira" class="aui-layout aui-style-default page-type-message" data-version="1001.0.0-SNAPSHOT"><div class="aui-page-panel"><div class="aui-page-panel-inner"><section class="aui-page-panel-content"><header class="aui-page-header"><div class="aui-page-header-inner"><div class="aui-page-header-main"><h1>Unauthorized (401)</h1></div></div></header><div class="aui-message aui-message-warning warning"><p>Encountered a <code>&quot;401 - Unauthorized&quot;</code> error while loading this page.</p><p><a href="/secure/MyJiraHome.jspa">Go to Jira home</a></p></div></section></div></div></body></html>`,
			cred:   basicCred("dev@example.com", "ATATT3xFfGF0Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g"), path: "/rest/api/2/search", want: CredentialRejected},
		// Harvest's platform API to a caller with no Harvest session (the
		// issue quotes the body's words; served as plain text).
		{src: "https://github.com/harvesthq/platform/issues/37", name: "Harvest platform 401 You must be authenticated with Harvest, nothing sent", status: 401, header: ctHeader("text/plain; charset=utf-8"),
			body: "You must be authenticated with Harvest to complete this request.", path: "/platform/running_timer.json", want: NoCredentialsSent},
	}
}

// lateRoundprojectTokens: Todoist's token endpoint when the client id or
// secret is wrong (its authorization page gives the body; the status is
// not given, 400 as most token endpoints answer it).
func lateRoundprojectTokens() []tokenCase {
	return []tokenCase{
		{src: "https://developer.todoist.com/api/v1/#tag/Authorization", name: "Todoist token 400 incorrect_application_credentials", status: 400,
			body: `{"error": "incorrect_application_credentials"}`, want: CredentialRejected},
	}
}

// TestHeldoutRoundprojectLate: see lateRoundprojectCases.
func TestHeldoutRoundprojectLate(t *testing.T) {
	runProviderCases(t, "roundproject late answers", lateRoundprojectCases())
	runTokenCases(t, lateRoundprojectTokens())
}
