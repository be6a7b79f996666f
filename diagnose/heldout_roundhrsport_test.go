package diagnose

import (
	"strconv"
	"testing"
	"time"
)

// roundhrsportCases: a held-out round on accounting, sports-data and app
// store APIs, answers no corpus held: Apple's App Store Connect API, The
// Odds API, FreshBooks (its SDK's recorded error bodies), MYOB Business
// (AccountRight), Zoho Books, Sportradar (its Mashery gateway),
// football-data.org, Fortnox (in Swedish) and Visma eAccounting. HR,
// payroll and wearable APIs were searched too; none had an answer with
// its body quoted where a source could be cited that no corpus held yet.
// Where a body is built from a provider's documented envelope around the
// words its error table gives, a comment says so. Gathered and given
// their expected first cause from the catalog before the diagnosis code
// was read; a comment says why when two codes could fit. First run,
// before any fix: first cause right in 31 of 36 (refusals 25 of 30,
// non-refusals 6 of 6 given no cause). Misses: The Odds API's
// OUT_OF_USAGE_CREDITS "Usage quota has been reached" on a 401 with
// X-Requests-Remaining 0 (permission_denied, not rate_limited);
// FreshBooks' "This action requires authentication to continue." on a 401
// to a token sent (credential_in_wrong_place, not credential_rejected);
// MYOB's 403 "API key is missing or inactive" to a key sent
// (credential_in_wrong_place, not credential_rejected); Fortnox's 403
// "Kan inte logga in, access-token eller client-secret saknas" and
// "Ogiltig inloggning", a login refused in Swedish (permission_denied,
// not credential_rejected). After the readings the misses lacked: 35 of
// 36 (refusals 29 of 30, non-refusals 6 of 6), FreshBooks' left pending
// (roundhrsportPending): a usage quota said reached is a usage limit; a
// credential said missing or stopped (inactive, disabled, …) in one breath
// is, to a request that sent one, the state; a login or credential refused
// in Swedish, Danish, Norwegian, Dutch or Italian reads as in English
// (localWords). METAMORPHIC_CASES on the round's answers then changed 35
// of 953 variants, fixed in general readings too: an RFC 6750 code
// opening an error's text in any field, title or line; a kind of plan
// between "paid" and "plans"; no access to a module, feature or add-on;
// no licence in those languages; a short aside after a credential's noun
// before its verb ("token (Bearer) is not valid"). After: 0 of the
// round's variants changed.
func roundhrsportCases(now time.Time) []provCase {
	const (
		ascIssue   = "https://github.com/egodigital/node-appstore-connect/issues/3"
		oddsCodes  = "https://the-odds-api.com/liveapi/guides/v4/api-error-codes.html"
		fbSDK      = "https://github.com/freshbooks/freshbooks-nodejs-sdk/blob/91cfeeeddda5c5d1dc7a7d66fd689aa4c3664f93/packages/api/__tests__/"
		myobErrors = "https://developer.myob.com/api/myob-business-api/api-overview/error-messages"
		srCodes    = "https://developer.sportradar.com/getting-started/docs/response-codes"
		fdPolicies = "https://docs.football-data.org/general/v4/policies.html"
		fortnox    = "https://www.fortnox.se/developer/guides-and-good-to-know/errors"
		vismaCodes = "https://developer.vismaonline.com/docs/error-codes"
	)
	json := jsonCT
	ascJWT := bearer("ASC_API_TOKEN", makeJWT(map[string]any{"iss": "57246542-96fe-1a63-e053-0824d011072a",
		"iat": now.Add(-time.Minute).Unix(), "exp": now.Add(19 * time.Minute).Unix(), "aud": "appstoreconnect-v1"}))
	ascErr := func(status, code, title, detail string) string {
		return "{\n  \"errors\" : [ {\n    \"id\" : \"8e3eec32-f7b3-4eba-86a4-0bea271944e5\",\n    \"status\" : \"" + status + "\",\n    \"code\" : \"" + code +
			"\",\n    \"title\" : \"" + title + "\",\n    \"detail\" : \"" + detail + "\"\n  } ]\n}"
	}
	const ascNotAuthorized = "Provide a properly configured and signed bearer token, and make sure that it has not expired. Learn more about Generating Tokens for API Requests https://developer.apple.com/go/?id=api-generating-tokens"
	oddsKey := apiKey("ODDS_API_KEY", "8a696ef36c794c1875fec679fcc64370", "", "apiKey")
	fbToken := bearer("FRESHBOOKS_ACCESS_TOKEN", "4a1c7e9b2d5f8036e1b4c7d0a3f6e9b2c5d8f1a4e7b0c3d6f9a2e5b8c1d4f7a0")
	myob := headerValues("myob", "MYOB_ACCESS_TOKEN", "Authorization", "Bearer AAEAAGk3x9Qm2Lp7Vt4Rz8Nw1Ks6Hd3Fj5Bc0Ye",
		"MYOB_API_KEY", "x-myobapi-key", "u6785eurqcjv6wawgby7b3ag")
	// MYOB's envelope (Errors of Name, Message, AdditionalDetails,
	// ErrorCode, Severity) around the words its error table gives.
	myobErr := func(name, msg, details string, code int) string {
		return `{"Errors":[{"Name":"` + name + `","Message":"` + msg + `","AdditionalDetails":"` + details + `","ErrorCode":` + strconv.Itoa(code) +
			`,"Severity":"Error","LearnMoreUri":""}],"Information":""}`
	}
	srKey := apiKey("SPORTRADAR_API_KEY", "5etueuh9u3a8auueywb7pesw", "", "api_key")
	// Mashery names its refusal in a header beside the h1 (the Qps answer
	// below is one quoted with all its headers; the others carry the code
	// Mashery gives the same h1).
	mashery := func(code string) map[string]string { return ctHeader("text/xml", "X-Mashery-Error-Code", code) }
	fdToken := apiKey("FOOTBALL_DATA_TOKEN", "21c245fe93f74cd0ac4ff821f3e1c26b", "X-Auth-Token", "")
	fortnoxToken := bearer("FORTNOX_ACCESS_TOKEN", "b3f1c9e7a5d3b1f9e7c5a3d1b9f7e5c3")
	// Fortnox's documented envelope around the message and code of its
	// error table (guides-and-good-to-know/responses shows the shape).
	fortnoxErr := func(msg string, code int) string {
		return `{"ErrorInformation":{"error":1,"message":"` + msg + `","code":` + strconv.Itoa(code) + `}}`
	}
	vismaToken := bearer("VISMA_ACCESS_TOKEN", makeJWT(map[string]any{"iss": "https://identity.vismaonline.com", "aud": "https://identity.vismaonline.com/resources",
		"client_id": "acmeintegration", "scope": []string{"ea:api", "ea:sales"}, "iat": now.Add(-10 * time.Minute).Unix(), "exp": now.Add(50 * time.Minute).Unix()}))
	return []provCase{
		// App Store Connect: the same 401 whether the JWT is badly signed,
		// for another key, or absent. The issue's author had assigned the
		// wrong key: a fresh, well-formed JWT refused.
		{src: ascIssue, name: "App Store Connect 401 NOT_AUTHORIZED, a fresh JWT refused", status: 401,
			header: json(), body: ascErr("401", "NOT_AUTHORIZED", "Authentication credentials are missing or invalid.", ascNotAuthorized),
			cred: ascJWT, path: "/v1/salesReports?filter[frequency]=DAILY", want: CredentialRejected},
		{src: ascIssue, name: "App Store Connect 401 NOT_AUTHORIZED, nothing sent", status: 401,
			header: json(), body: ascErr("401", "NOT_AUTHORIZED", "Authentication credentials are missing or invalid.", ascNotAuthorized),
			path: "/v1/apps", want: NoCredentialsSent},
		// The key's role does not allow the operation.
		{src: "https://github.com/AvdLee/appstoreconnect-swift-sdk/issues/182", name: "App Store Connect 403 FORBIDDEN_ERROR, the API key in use does not allow this request", status: 403,
			header: json(), body: ascErr("403", "FORBIDDEN_ERROR", "This request is forbidden for security reasons", "The API key in use does not allow this request"),
			cred: ascJWT, method: "POST", path: "/v1/customerReviewResponses", want: PermissionDenied},
		// The account holder has an agreement to accept: the key is read,
		// the account is refused the resource until then (permission_denied
		// rather than credential_rejected: nothing says the key is wrong).
		{src: "https://github.com/myappcloud/appstore-connect-api/issues/3", name: "App Store Connect 403 FORBIDDEN Access Unavailable until the license agreement is accepted", status: 403,
			header: json(), body: ascErr("403", "FORBIDDEN", "Access Unavailable", "You currently don't have access to this resource. To resolve this issue, the Account Holder must agree to the latest Program License Agreement in their account on the Apple Developer website. https://developer.apple.com/account"),
			cred: ascJWT, path: "/v1/apps", want: PermissionDenied},

		// The Odds API answers its key's troubles with 401 and an
		// error_code; the bodies are those its users logged.
		{src: oddsCodes, name: "The Odds API 401 INVALID_KEY", status: 401,
			header: json(), body: `{"message":"API key is not valid. Get an API key at https://the-odds-api.com","error_code":"INVALID_KEY","details_url":"https://the-odds-api.com/liveapi/guides/v4/api-error-codes.html#invalid-key"}`,
			cred: oddsKey, path: "/v4/sports/upcoming/odds?regions=us&markets=h2h", want: CredentialRejected},
		{src: oddsCodes, name: "The Odds API 401 DEACTIVATED_KEY after a cancelation or failed payment", status: 401,
			header: json(), body: `{"message":"API key is deactivated. This could be due to cancelation or a failed payment","error_code":"DEACTIVATED_KEY","details_url":"https://the-odds-api.com/liveapi/guides/v4/api-error-codes.html#deactivated-key"}`,
			cred: oddsKey, path: "/v4/sports/upcoming/odds?regions=us&markets=h2h", want: CredentialRejected},
		// The month's credits are spent: a usage counter at its limit,
		// though on a 401.
		{src: oddsCodes, name: "The Odds API 401 OUT_OF_USAGE_CREDITS, usage quota reached", status: 401,
			header: json("X-Requests-Remaining", "0", "X-Requests-Used", "500", "X-Requests-Last", "0"),
			body:   `{"message":"Usage quota has been reached. See usage plans at https://the-odds-api.com","error_code":"OUT_OF_USAGE_CREDITS","details_url":"https://the-odds-api.com/liveapi/guides/v4/api-error-codes.html#out-of-usage-credits"}`,
			cred:   oddsKey, path: "/v4/sports/baseball_mlb/odds/?regions=us&markets=h2h", want: RateLimited},
		// A plan feature: historical data on the free plan.
		{src: oddsCodes, name: "The Odds API 401 HISTORICAL_UNAVAILABLE_ON_FREE_USAGE_PLAN", status: 401,
			header: json(), body: `{"message":"Historical odds are only available on paid usage plans. See usage plans at https://the-odds-api.com","error_code":"HISTORICAL_UNAVAILABLE_ON_FREE_USAGE_PLAN","details_url":"https://the-odds-api.com/liveapi/guides/v4/api-error-codes.html#historical-unavailable-on-free-usage-plan"}`,
			cred: oddsKey, path: "/v4/historical/sports/baseball_mlb/odds?regions=us&markets=h2h&date=2024-06-14T12:00:00Z", want: PermissionDenied},

		// FreshBooks, bodies its SDK's tests record.
		{src: fbSDK + "APIClient.test.ts", name: "FreshBooks 401 unauthenticated, nothing sent", status: 401,
			header: json(), body: `{"error":"unauthenticated","error_description":"This action requires authentication to continue."}`,
			path: "/auth/api/v1/users/me", want: NoCredentialsSent},
		{src: fbSDK + "APIClient.test.ts", name: "FreshBooks 401 accounting errno 1003 could not verify that you are authorized", status: 401,
			header: json(), body: `{"response":{"errors":[{"message":"The server could not verify that you are authorized to access the URL requested.","errno":1003}]}}`,
			cred: fbToken, path: "/accounting/account/zDmNq/invoices/invoices", want: CredentialRejected},
		{src: fbSDK + "Error.test.ts", name: "FreshBooks 401 token_info invalid_token The access token is invalid", status: 401,
			header: json(), body: `{"error":"invalid_token","error_description":"The access token is invalid","state":"unauthorized"}`,
			cred: fbToken, path: "/auth/oauth/token/info", want: ServerInvalidToken},
		// The projects service puts the RFC 6750 code at the head of its
		// message; the SDK's test gives no status, a 401 is modelled.
		{src: fbSDK + "Error.test.ts", name: "FreshBooks 401 projects invalid_token: The request token failed to authenticate", status: 401,
			header: json(), body: `{"message":"invalid_token: The request token failed to authenticate or validate."}`,
			cred: fbToken, path: "/projects/business/1234/projects", want: ServerInvalidToken},
		// The online payments service's shape; a 401 is modelled.
		{src: fbSDK + "Error.test.ts", name: "FreshBooks 401 payments error_type unauthorized, Authentication is required", status: 401,
			header: json(), body: `{"error_type":"unauthorized","message":"Authentication is required to complete this request."}`,
			cred: fbToken, path: "/payments/account/zDmNq/invoice/123/payment_options", want: CredentialRejected},

		// MYOB Business: the token and the developer key are two headers.
		{src: myobErrors, name: "MYOB 401 OAuthTokenIsInvalid, The supplied OAuth token (Bearer) is not valid", status: 401,
			header: json(), body: myobErr("OAuthTokenIsInvalid", "The supplied OAuth token (Bearer) is not valid", "Header: Authorization", 31001),
			cred: myob, path: "/accountright/8f6bcbb0-6a2c-4c1f-9f27-5f0f6b7c2a11/Sale/Invoice", want: CredentialRejected},
		{src: myobErrors, name: "MYOB 403 RateLimitError, API key has exceeded the daily rate limit", status: 403,
			header: json(), body: myobErr("RateLimitError", "API key has exceeded the daily rate limit", "Header: x-myobapi-key", 0),
			cred: myob, path: "/accountright/8f6bcbb0-6a2c-4c1f-9f27-5f0f6b7c2a11/Contact/Customer", want: RateLimited},
		// The key was sent: inactive, not missing.
		{src: myobErrors, name: "MYOB 403 DeveloperInactive, API key is missing or inactive, a key sent", status: 403,
			header: json(), body: myobErr("DeveloperInactive", "API key is missing or inactive", "", 0),
			cred: myob, path: "/accountright/", want: CredentialRejected},

		// Zoho Books answers a token without the module's scope with
		// code 57 on a 401; the words speak of the operation.
		{src: "https://github.com/Dhilrajgreen/greenads-invoice-dashboard/blob/d575904855036fa0794de19c847c41ba799c94d1/ZOHO_TROUBLESHOOTING.md", name: "Zoho Books 401 code 57 You are not authorized to perform this operation", status: 401,
			header: json(), body: `{"code":57,"message":"You are not authorized to perform this operation"}`,
			cred: headerCred("Authorization", "ZOHO_BOOKS_TOKEN", "Zoho-oauthtoken 1000.8f3e1c9a7b5d3f1e9c7a5b3d1f9e7c5a.3b1d9f7e5c3a1b9d7f5e3c1a9b7d5f3e"),
			path: "/books/v3/invoices?organization_id=849360641", want: PermissionDenied},

		// Sportradar's Mashery gateway: an h1 and its error code header.
		{src: srCodes, name: "Sportradar 403 Developer Inactive", status: 403,
			header: mashery("ERR_403_DEVELOPER_INACTIVE"), body: "<h1>Developer Inactive</h1>",
			cred: srKey, path: "/nfl/official/trial/v7/en/games/2023/REG/schedule.json", want: CredentialRejected},
		{src: srCodes, name: "Sportradar 403 Developer Over Qps", status: 403,
			header: ctHeader("text/xml", "Retry-After", "1", "X-Error-Detail-Header", "Account Over Queries Per Second Limit", "X-Mashery-Error-Code", "ERR_403_DEVELOPER_OVER_QPS"),
			body:   "<h1>Developer Over Qps</h1>", cred: srKey, path: "/nfl/official/trial/v7/en/games/2023/REG/schedule.json", want: RateLimited},
		{src: srCodes, name: "Sportradar 403 Developer Over Rate", status: 403,
			header: mashery("ERR_403_DEVELOPER_OVER_RATE"), body: "<h1>Developer Over Rate</h1>",
			cred: srKey, path: "/nfl/official/trial/v7/en/games/2023/REG/schedule.json", want: RateLimited},

		// football-data.org (v4); the bodies are those its clients log
		// and mock, the same words in several.
		{src: fdPolicies, name: "football-data.org 400 Your API token is invalid", status: 400,
			header: json(), body: `{"message":"Your API token is invalid.","errorCode":400}`,
			cred: fdToken, path: "/v4/competitions/PL/matches", want: CredentialRejected},
		{src: "https://github.com/Moubarakdev/prono-foot-genius/blob/3ffd179199c316fe05be80ff8fed8c16f6597611/FOOTBALL_DATA_LIMITATIONS.md", name: "football-data.org 403 restricted, not within your permissions, check your subscription", status: 403,
			header: json(), body: "{\n  \"message\": \"The resource you are looking for is restricted and apparently not within your permissions. Please check your subscription.\",\n  \"errorCode\": 403\n}",
			cred: fdToken, path: "/v4/teams/9250/matches", want: PermissionDenied},
		{src: fdPolicies, name: "football-data.org 429 You reached your request limit. Wait 48 seconds", status: 429,
			header: json("X-RequestCounter-Reset", "48"), body: `{"message":"You reached your request limit. Wait 48 seconds.","errorCode":429}`,
			cred: fdToken, path: "/v4/competitions/PL/matches", want: RateLimited},

		// Fortnox answers in Swedish; 403 is its failed authentication.
		// 2000311: "cannot log in, access-token or client-secret missing"
		// though one was sent.
		{src: fortnox, name: "Fortnox 403 2000311 Kan inte logga in, access-token eller client-secret saknas", status: 403,
			header: json(), body: fortnoxErr("Kan inte logga in, access-token eller client-secret saknas(2).", 2000311),
			cred: fortnoxToken, path: "/3/invoices", want: CredentialRejected},
		// 2000310: "invalid login".
		{src: fortnox, name: "Fortnox 403 2000310 Ogiltig inloggning", status: 403,
			header: json(), body: fortnoxErr("Ogiltig inloggning", 2000310),
			cred: fortnoxToken, path: "/3/customers", want: CredentialRejected},
		// 2001103: "API licence missing" (the account's plan).
		{src: fortnox, name: "Fortnox 403 2001103 Api-licens saknas", status: 403,
			header: json(), body: fortnoxErr("Api-licens saknas.", 2001103),
			cred: fortnoxToken, path: "/3/companyinformation", want: PermissionDenied},
		// 2001101: "there is no active licence for the requested scope".
		{src: fortnox, name: "Fortnox 403 2001101 Det finns ingen aktiv licens för önskat scope", status: 403,
			header: json(), body: fortnoxErr("Det finns ingen aktiv licens för önskat scope", 2001101),
			cred: fortnoxToken, path: "/3/orders", want: PermissionDenied},

		// Visma eAccounting: a module the company has not bought (the
		// knowledge base quotes the message; its ErrorId, a request's id,
		// is any here), and a user without access to the company (quoted
		// whole).
		{src: "https://community.visma.com/t5/Knowledge-base-in-Visma/tkb-p/IN_MA_eAccountingAPI_knowledgebase", name: "Visma eAccounting 403 4002 ForbiddenRequestException No access to module api_standard", status: 403,
			header: json(), body: `{"ErrorCode":4002,"DeveloperErrorMessage":"ForbiddenRequestException - No access to module: api_standard","ErrorId":"3f2b8c1e-7a4d-4e9b-a6c2-1d5e8f0b3a79"}`,
			cred: vismaToken, path: "/v2/customers", want: PermissionDenied},
		{src: "https://faq.webwinkelfacturen.nl/content/42/222/nl/wat-te-doen-als-eaccounting-niet-de-juiste-rechten-lijkt-te-hebben.html", name: "Visma eAccounting 403 4011 authenticated user has no access to eAccounting for this company", status: 403,
			header: json(), body: `{"ErrorCode":4011,"DeveloperErrorMessage":"ForbiddenRequestException - The authenticated user does not have access to eAccounting for this company.","ErrorId":"8b82019e-5058-45d5-8037-f4b4658bb868"}`,
			cred: vismaToken, path: "/v2/customerinvoices", want: PermissionDenied},
	}
}

// roundhrsportNonRefusals: answers of the same servers about the request
// or the data: a validation error under an RFC 8707-looking code, a
// record not found, a missing field, markets a sport does not offer, an
// account not found (in Swedish).
func roundhrsportNonRefusals() []fpCase {
	const fbSDK = "https://github.com/freshbooks/freshbooks-nodejs-sdk/blob/91cfeeeddda5c5d1dc7a7d66fd689aa4c3664f93/packages/api/__tests__/Error.test.ts"
	return []fpCase{
		{src: fbSDK, name: "FreshBooks 422 invalid_resource Validation failed: Name has already been taken", status: 422,
			header: jsonCT(), body: `{"error":"invalid_resource","error_description":"Validation failed: Name has already been taken"}`, path: "/auth/api/v1/businesses/1234/clients"},
		{src: fbSDK, name: "FreshBooks 404 projects Requested resource could not be found", status: 404,
			header: jsonCT(), body: `{"error":"Requested resource could not be found."}`, path: "/projects/business/1234/project/999999"},
		{src: fbSDK, name: "FreshBooks 400 time entry errno 2001 started_at field required", status: 400,
			header: jsonCT(), body: `{"errno":2001,"error":{"started_at":"field required"}}`, path: "/timetracking/business/1234/time_entries"},
		{src: "https://the-odds-api.com/liveapi/guides/v4/api-error-codes.html", name: "The Odds API 422 INVALID_MARKET", status: 422,
			header: jsonCT(), body: `{"message":"Invalid markets:  player_rush_reception_tds,  player_rush_reception_yds","error_code":"INVALID_MARKET","details_url":"https://the-odds-api.com/liveapi/guides/v4/api-error-codes.html#invalid-market"}`,
			path: "/v4/sports/americanfootball_nfl/odds?regions=us&markets=player_rush_reception_tds,player_rush_reception_yds"},
		{src: "https://fortnox.se/developer/guides-and-good-to-know/responses", name: "Fortnox 400 2000423 Kan inte hitta kontot", status: 400,
			header: jsonCT(), body: "{\n\"ErrorInformation\": {\n\"error\": 1,\n\"message\": \"Kan inte hitta kontot.\",\n\"code\": 2000423\n}\n}", path: "/3/vouchers"},
		{src: "https://docs.football-data.org/general/v4/policies.html", name: "football-data.org 404 The resource you are looking for does not exist", status: 404,
			header: jsonCT(), body: `{"message":"The resource you are looking for does not exist.","errorCode":404}`, path: "/v4/competitions/XX/matches"},
	}
}

// roundhrsportPending: the blind miss no general reading was forced for.
// FreshBooks answers a token it does not take in the Authorization header
// with "This action requires authentication to continue." (code
// unauthenticated). The same words with a credential sent are read, by
// TestGeneralReadings' "requires authentication, no code" and
// TestRoundpay3Readings' "requires authentication alone", as the server
// finding none where it looks (a proxy that drops the Authorization
// header, a header it does not read): credential_in_wrong_place, what it
// gets. The words say only that the request was not authenticated, not
// whether the token was read; the catalog's credential_rejected (a 401 to
// a well-formed credential) is the blind expectation, kept.
func roundhrsportPending() []provCase {
	const fbSDK = "https://github.com/freshbooks/freshbooks-nodejs-sdk/blob/91cfeeeddda5c5d1dc7a7d66fd689aa4c3664f93/packages/api/__tests__/"
	fbToken := bearer("FRESHBOOKS_ACCESS_TOKEN", "4a1c7e9b2d5f8036e1b4c7d0a3f6e9b2c5d8f1a4e7b0c3d6f9a2e5b8c1d4f7a0")
	json := jsonCT
	return []provCase{
		{src: fbSDK + "APIClient.test.ts", name: "FreshBooks 401 unauthenticated, This action requires authentication, a token sent", status: 401,
			header: json(), body: `{"error":"unauthenticated","error_description":"This action requires authentication to continue."}`,
			cred: fbToken, path: "/auth/api/v1/users/me", want: CredentialRejected},
	}
}

// TestHeldoutRoundhrsport reports top-1 on the accounting, sports-data
// and app store round. The round is short (about 35 answers, as its
// brief asked): gathered holds its count.
func TestHeldoutRoundhrsport(t *testing.T) {
	runHeldoutRound(t, heldoutRound{name: "roundhrsport", cases: roundhrsportCases(time.Now()), nonRefusals: roundhrsportNonRefusals(), pending: roundhrsportPending(), gathered: 36})
}
