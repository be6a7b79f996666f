package diagnose

import "testing"

// missclass2Cases: a fresh set gathered to measure the class-wide changes
// of readings_missclass2_test.go, none in a corpus before (grepped by
// provider and by the body's words), each given its expected first cause
// from the catalog before any change was made and before it was run.
// Several are built from a server's own source (the handler's status and
// words); a comment says so, and says what the source does not show.
//
// The classes. The blind misses of the rounds since missclass
// (cloudnative 6, aisocial 3, protocols 18, verticals 7, asia2 8, health2
// 9, esigngov 11, protocols2 8, idp 10, hrtel 10, iotcdn 11, the e2e
// twelfth round 11: 112, one line each in the rounds' doc comments),
// read for what the reading lacked, not for the answer's provider (a
// miss that lacked two readings is counted in both):
//   - A verdict the families knew in one grammatical form only, 24: "not
//     presented or is invalid", "cannot be empty", "has not been set",
//     "not in the ip white list", "doesn't match", "you entered" between
//     the noun and its verdict, "is not permitted to", "deemed … or
//     otherwise disallowed", "not supported", an article before "MFA
//     challenge", "Incorrect Basic auth format", "not recognised";
//   - a refusal's words on a status whose gate the row kept (400, 404,
//     422, 500), 22: a wrapping token said not valid (400), ONVIF's and
//     NetSuite's faults (400/500), "not found … or permission denied"
//     (404), "client_id or access_token is required", "Key not found for
//     the merchant", "account in good standing" (400), Dexcom's session
//     and an IdP's words inside a 500, scopes refused in a 422,
//     "Unable to authenticate request" (400), vmauth's and
//     VictoriaMetrics' 400s (5);
//   - an envelope or shape not read (JSON-RPC, SOAP/XML-RPC faults,
//     GraphQL categories, base_resp, status/error_text, grpc-status
//     headers), 19: mended structurally since (the envelope walk's
//     table, walkFirst/walkSkips);
//   - a header or field named beside a verdict, 13: a signed request's
//     Timestamp header missing, a key or passphrase header "cannot be
//     empty", "carry the key in the 'Authorization' field" (2), a header
//     "in an invalid format" (3), "the X-…-TenantId HTTP request header",
//     a DPoP header missing, X-Account-Token "passed in as" a header,
//     "A valid authorisation token is missing" beside an API key;
//   - time said of a signature, timestamp or grant, 11 (a stale or
//     future token, a signature expired, Akamai's and Tuya's timestamps,
//     a refresh token expired at the token endpoint, 3);
//   - a permission, plan or account state read as the status's default,
//     15: a 401 whose words say a permission or role (Not authorized to
//     access this resource, restricted due to invalid scopes,
//     permissions denied, not authorised to access, not authorized by
//     the specified token), a plan or account state (prohibited from
//     signing in, a 402 asking to upgrade, a plan without API access
//     behind "Authentication failed", a member of no account, Telnyx's
//     account-level limit), a code that names another refusal than the
//     words (app token invalid under permission_denied, a resource not in
//     the client's permissions under invalid_client);
//   - a hint ranked before the server's words, 6 (AppSync's bare JWT
//     twice, "not presented or is invalid", "missing or not authorized",
//     vSphere's quoted cookie, "A valid authorisation token is missing");
//   - the rest: expectations changed or mine in error (6), answers no
//     reading tells apart (pending, 7), non-refusals given a cause (3).
//
// The largest classes still mended one answer at a time are the first
// two and the header class: the families hold a verdict in the form the
// answer that asked for it used, and a row's status gate or word order
// stays as narrow. The changes here (readings_missclass2_test.go), each
// for a whole class: one verdict in each of its forms, said once for
// every family (normalize.go: "not recognized" with a verb or none is
// "unrecognized", "blank" is "empty", "mandatory" is "required"); a
// header besides the credential named before the word "header" and said
// required or empty, as the other word order already was, and named in
// words after "missing header:"; a trial, plan, subscription or
// membership said run out in any form (expired, ended, lapsed, over,
// cancelled, not active) on a refusal's status, 401 included, where it
// read as a credential refused.
//
// Before any change (main at eadd461): first cause right in 14 of 17
// (refusals 11 of 14, non-refusals 3 of 3 given no cause). Misses:
// caseflow-efolder's 400 "missing header: File Number" (no cause); Kill
// Bill's 401 "Make sure to set the X-Killbill-ApiKey and
// X-Killbill-ApiSecret headers" to Basic (credential_in_wrong_place);
// Bugsnag's "API key not recognised: <key>" on a 400 (no cause).
// After the changes: 16 of 17 (13 of 13 in the passing table, 3 of 3
// non-refusals), Kill Bill's pending (missclass2Pending says why).
// Measured with
// `go test ./diagnose -run 'TestHeldoutMissclass2$' -count=1 -v | grep -E 'right in|pending:'`.
// Said plainly: 17, not the 20-25 asked for, gathered in the time there
// was; the set's expectations were written before any change and before
// it was run, but the classes were chosen from the rounds' records and
// probed with paraphrases before the set was gathered, so 16 of 17 is an
// upper bound, not a blind rate. The plan class's real answers here
// (402s and 403s) were read right before the change: the 401 form it
// mends is measured by the readings, not by this set.
func missclass2Cases() []provCase {
	const (
		repairRadar = "https://github.com/repairradar24/RepairRadar24/blob/7c7a267eca49914b4d38df4379cd4b094109db8a/backend/middleware/checkValidityMiddleware.js"
		readdig     = "https://github.com/readdig/readdig/blob/698823d2c8f5f8ae700c1162f21c988aa649243b/api/src/utils/middlewares.js"
		healthTrack = "https://github.com/cemsafa/HealthTracker/blob/9452e2e255ee068e8ea41d4173d226898345b93e/server/middleware/premium.js"
		healthTrial = "https://github.com/cemsafa/HealthTracker/blob/9452e2e255ee068e8ea41d4173d226898345b93e/server/middleware/trial.js"
		asterwise   = "https://docs.asterwise.com/reference/errors/subscription_expired/"
		autohost    = "https://docs-dev.autohost-dev.uk/api/errors/subscription_required"
		tatum       = "https://github.com/tatumio/tatum-php/blob/master/docs/Model/Error401Invalid.md"
		onebill     = "https://github.com/JEEVITHAVARTHINI/onebill/blob/3e9eb5536e03168031a0a546258506f3bf408c6a/x-ob-tenant-identifier.md"
		caseflow    = "https://github.com/department-of-veterans-affairs/caseflow-efolder/pull/567"
		terminus    = "https://github.com/terminusdb/terminusdb/issues/1727"
		vertec      = "https://github.com/dimitri-koenig/simple-vertec-api/issues/103"
		adicu       = "https://github.com/adicu/data.adicu.com/issues/23"
		bugsnag     = "https://github.com/WalletScrutiny/WalletScrutinyCom/blob/638a81b22c03b30449766208aedaa703b15c6437/_android/co.edgesecure.app.md"
	)
	json := jsonCT
	tok := func(name string) *Credential {
		return bearer(name, "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI0MiJ9.c2lnbmF0dXJlLXZhbHVl")
	}
	return []provCase{
		// A plan or subscription that has run out, the credential read
		// (permission_denied: "the account's plan … does not include
		// this", as the plan row says; not a token to refresh).
		// RepairRadar24's checkSubscription middleware, after its
		// authentication middleware accepted the token.
		{src: repairRadar, name: "RepairRadar24 403 Access denied. Your subscription has expired. Please renew your pack.", status: 403, header: json(),
			body: `{"error":"Access denied. Your subscription has expired. Please renew your pack."}`, cred: tok("REPAIRRADAR_TOKEN"), path: "/api/jobs", want: PermissionDenied},
		// readdig's subscription middleware answers 402 with a JSON string.
		{src: readdig, name: "readdig 402 This account subscription plan has expired.", status: 402, header: json(),
			body: `"This account subscription plan has expired."`, cred: tok("READDIG_TOKEN"), path: "/api/articles", want: PermissionDenied},
		// HealthTracker's premium middleware: res.status(403).send(string),
		// which Express serves as text/html.
		{src: healthTrack, name: "HealthTracker 403 text Your premium period is over.", status: 403, header: ctHeader("text/html; charset=utf-8"),
			body: "Your premium period is over.", cred: headerCred("x-auth-token", "HT_TOKEN", "eyJhbGciOiJIUzI1NiJ9.eyJfaWQiOiI2MSJ9.c2lnbmF0dXJl"), path: "/api/records", want: PermissionDenied},
		// The same repository's trial middleware, the same way.
		{src: healthTrial, name: "HealthTracker 403 text Your trial period is over.", status: 403, header: ctHeader("text/html; charset=utf-8"),
			body: "Your trial period is over.", cred: headerCred("x-auth-token", "HT_TOKEN", "eyJhbGciOiJIUzI1NiJ9.eyJfaWQiOiI2MSJ9.c2lnbmF0dXJl"), path: "/api/records", want: PermissionDenied},
		// Asterwise's documented example of its 402 subscription_expired.
		{src: asterwise, name: "Asterwise 402 subscription_expired Your subscription has expired. Please renew", status: 402, header: json(),
			body: "{\n\"success\": false,\n\"error\": \"subscription_expired\",\n\"message\": \"Your subscription has expired. Please renew at asterwise.com/dashboard to continue.\",\n\"details\": [],\n\"retry_after\": null,\n\"doc_url\": \"https://docs.asterwise.com/reference/errors/subscription_expired\",\n\"request_id\": \"req_01HXYZABCDEFGH\",\n\"timestamp\": \"2026-05-25T12:34:56Z\"\n}",
			cred: apiKey("ASTERWISE_KEY", "ak_live_8f2c4e6a1b3d5f7e9c0a", "X-API-Key", ""), path: "/v1/charts", want: PermissionDenied},
		// autohost's documented example of its 403 subscription_required
		// (a trial run out or a subscription cancelled).
		{src: autohost, name: "autohost 403 subscription_required Subscription required. Re-subscribe to continue.", status: 403, header: json(),
			body: "{\n  \"error\": {\n    \"type\": \"https://docs-dev.autohost-dev.uk/api/errors/subscription_required\",\n    \"code\": \"subscription_required\",\n    \"message\": \"Subscription required. Re-subscribe to continue.\",\n    \"request_id\": \"req_01HEXAMPLE0000000000000000\",\n    \"doc_url\": \"https://docs-dev.autohost-dev.uk/api/errors/subscription_required\"\n  }\n}",
			cred: tok("AUTOHOST_TOKEN"), path: "/v1/runs", want: PermissionDenied},
		// A neighbour in subscription words that is the key's: Tatum's 401
		// subscription.invalid echoes the key it found no subscription
		// for (its SDK's error model; the envelope is the model's three
		// fields, the key put in): the key is not one Tatum knows, so
		// credential_rejected, not a plan.
		{src: tatum, name: "Tatum 401 subscription.invalid Unable to find valid subscription for the key", status: 401, header: json(),
			body: `{"errorCode":"subscription.invalid","message":"Unable to find valid subscription for '7d4b0e2a-91c3-4f5e-8a6d-2b1c9e0f3a57'","statusCode":401}`,
			cred: apiKey("TATUM_API_KEY", "7d4b0e2a-91c3-4f5e-8a6d-2b1c9e0f3a57", "x-api-key", ""), path: "/v3/ledger/account", want: CredentialRejected},

		// A header besides the credential named as missing.
		// OneBill's documented 400 for a request without its tenant header.
		{src: onebill, name: "OneBill 400 Missing required header: X-OB-Tenant-Identifier", status: 400, header: json(),
			body: "{\n  \"error\": \"Missing required header: X-OB-Tenant-Identifier\"\n}", cred: tok("ONEBILL_TOKEN"), path: "/api/customers", want: RequiredHeaderMissing},
		// caseflow-efolder's request spec: a token sent, the File Number
		// header left out.
		{src: caseflow, name: "caseflow-efolder 400 missing header: File Number", status: 400, header: json(),
			body: `{"status":"missing header: File Number"}`, cred: headerCred("Authorization", "EFOLDER_AUTH", "Token token=4f1e9b7c2d6a8e3f0b5c"), path: "/api/v1/files", want: RequiredHeaderMissing},

		// The credential judged in words, on a status that is not a
		// refusal's.
		// TerminusDB answered 500 to a wrong token in its API_TOKEN header.
		{src: terminus, name: "TerminusDB 500 Check tokenAPI error Invalid Api Token", status: 500, header: json(),
			body: `{"message":"Check tokenAPI error","err":"Invalid Api Token"}`, cred: apiKey("TERMINUS_TOKEN", "asdfasdf9q8w7e6r5t4y", "API_TOKEN", ""), path: "/example-instance/api/info", want: CredentialRejected},
		// Vertec answers a refused token 400 with these words (the issue
		// quotes the words only; given as plain text).
		{src: vertec, name: "Vertec 400 This token is invalid", status: 400, header: ctHeader("text/plain; charset=utf-8"),
			body: "This token is invalid", cred: tok("VERTEC_TOKEN"), path: "/xml", method: "POST", want: CredentialRejected},
		// The Bugsnag Build API's answer to an unknown key, as a build log
		// quotes it (the status is not shown; 400, the class this set
		// measures; the key travels in the JSON body, modelled here as
		// Bugsnag's own key header).
		{src: bugsnag, name: "Bugsnag Build API 400 errors API key not recognised: <key>", status: 400, header: json(),
			body: `{"errors":["API key not recognised: a0000000000000000000000000000000"],"status":"error"}`,
			cred: apiKey("BUGSNAG_API_KEY", "a0000000000000000000000000000000", "Bugsnag-Api-Key", ""), method: "POST", path: "/", want: CredentialRejected},
		// adicu's data API to a request without api_token: 401 with its own
		// status object (the issue: "Should be a 401, like the result for
		// no API token").
		{src: adicu, name: "adicu 401 INVALID_API_TOKEN, nothing sent", status: 401, header: json(),
			body: `{"status_txt": "INVALID_API_TOKEN", "data": null, "status_code": 401}`, path: "/dining", want: NoCredentialsSent},
	}
}

// missclass2NonRefusals: answers in the same words' neighbourhood that
// are no refusal and must get no cause.
func missclass2NonRefusals() []fpCase {
	return []fpCase{
		// A subscriptions service's own record said not active (eventzr's
		// error reference, in its documented envelope): the record's
		// state, not the caller's plan.
		{src: "https://docs.eventzr.com/subscriptions-svc/guides/error-codes", name: "eventzr 400 SUBSCRIPTION_NOT_ACTIVE Subscription is not active", status: 400, header: jsonCT(),
			body: `{"error":{"code":"ERR_SUBSCRIPTIONS_SUBSCRIPTION_NOT_ACTIVE","message":"Subscription is not active","http":400}}`, path: "/v1/subscriptions/sub_123/pause"},
		// Paddle's subscription_not_active: an action on a paused
		// subscription record.
		{src: "https://developer.paddle.com/errors/subscriptions/subscription_not_active", name: "Paddle 400 subscription_not_active action requires the subscription to be active", status: 400, header: jsonCT(),
			body: `{ "error": { "type": "request_error", "code": "subscription_not_active", "detail": "action requires the subscription to be active", "documentation_url": "https://developer.paddle.com/errors/subscriptions/subscription_not_active" }, "meta": { "request_id": "00000000-0000-0000-0000-000000000000" }}`,
			path: "/subscriptions/sub_01h/charge"},
		// adicu's 500 to a wrong api_token: its words name no fault.
		{src: "https://github.com/adicu/data.adicu.com/issues/23", name: "adicu 500 UNKNOWN_ERROR", status: 500, header: jsonCT(),
			body: `{"status_txt": "UNKNOWN_ERROR", "data": null, "status_code": 500}`, path: "/dining"},
	}
}

// missclass2Pending: Kill Bill's answer, measured with the rest, left
// out of the passing table. Its words name two headers made for a key
// and a secret (X-Killbill-ApiKey, X-Killbill-ApiSecret) to a request
// that sent Basic: they are the tenant's, required besides the login,
// but the same words to an API key sent in the query would name where
// that key goes (credential_in_wrong_place), and nothing in the answer
// tells a second credential from the first one's place (the twelfth
// e2e round's authKey answers are pending for the same reason).
func missclass2Pending() []provCase {
	const killbill = "https://github.com/killbill/killbill-client-php/pull/3"
	return []provCase{
		// Kill Bill behind Jetty: Basic sent, its tenant's API key and
		// secret headers not (the PR quotes the page's words; the markup
		// is Jetty's default error page).
		{src: killbill, name: "Kill Bill 401 Jetty Make sure to set the X-Killbill-ApiKey and X-Killbill-ApiSecret headers", status: 401, header: ctHeader("text/html; charset=ISO-8859-1"),
			body: "<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"/>\n<title>Error 401 Unauthorized</title>\n</head>\n<body>\n<h2>HTTP ERROR 401</h2>\n<p>Problem accessing /1.0/kb/accounts/7cf19fd6-3f37-4055-8500-ec6549cd79f3. Reason:\n<pre>    Make sure to set the X-Killbill-ApiKey and X-Killbill-ApiSecret headers</pre></p>\n<hr /><i><small>Powered by Jetty://</small></i>\n</body>\n</html>\n",
			cred: basicCred("admin", "K1llB1ll-adm1n-pw"), path: "/1.0/kb/accounts/7cf19fd6-3f37-4055-8500-ec6549cd79f3", want: RequiredHeaderMissing},
	}
}

// TestHeldoutMissclass2: see missclass2Cases.
func TestHeldoutMissclass2(t *testing.T) {
	runHeldoutRound(t, heldoutRound{name: "missclass2", cases: missclass2Cases(), nonRefusals: missclass2NonRefusals(), pending: missclass2Pending(), gathered: 17})
}
