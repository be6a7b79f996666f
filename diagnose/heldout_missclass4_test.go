package diagnose

import (
	"net/http"
	"testing"
)

// missclass4: the blind misses of the newest rounds classified, a fresh
// set gathered to measure the classes still mended one answer at a time,
// and the class-wide changes (readings_missclass4_test.go).
//
// The classes. The blind misses of roundagrilog (9), roundmedia2 (6),
// roundlegalcrm (12), roundsecurity2 (3), roundproptech (9),
// roundtravelins (3 and 1 late), roundfamous6 (6) and the e2e fourteenth
// round (4 and 1 late): 54, one line each in their doc comments, each
// counted once, in the class of what the reading lacked:
//   - A: a 2xx (or XML) failure whose words the other statuses' rows
//     read, or whose shape no reader knew, 20. Shape 12: Pardot's <rsp
//     stat="fail"><err> (6), Kaltura's exception object and its "Quota
//     limit exceeded" (2), a JSON-RPC error with no code, an XML root's
//     error attribute, PACER's loginResult, a 400 nesting code 403.
//     Words 8: vtiger's INVALID_SESSIONID and SESSION_LEFT_IDLE,
//     USER_MUST_RELOGIN, failCode 401 "Invalid access to current
//     interface!", ACCESS_FREQUENCY_IS_TOO_HIGH, "operation not allowed
//     for demo user" in a GraphQL 200, the late Expedia "doesn't have the
//     right access level" in a 200, Gigya's "Unauthorized user" (pending);
//   - B: a header or field named beside a verdict, or the reason carried
//     in a header, 9: "The 'Duffel-Version' header needs to be set",
//     "No such organization" to an OpenAI-Organization header, EspoCRM's
//     X-Status-Reason (2), a hash "in the Authorization header doesn't
//     match up" (read as a missing scheme), a password in X-Password
//     under Basic, "Incorrect authorization scheme" (2), a platform id
//     "not specified";
//   - C: a permission, plan, account or network state read as the
//     status's default, 13: an account "not authorized for" a feature on
//     a 400 (2), a 402 "no method of payment", remote access off on a 401,
//     a request token "not approved by the user" (422), EspoCRM's second
//     step, a private network or service perimeter (3, read as a
//     permission), Drive's storage and folder limits (2), roles required
//     beside the roles held (2, read as a plain permission);
//   - D: a verdict the families held in another form, 7: "use a real API
//     key", REJECTED_APIKEY_INVALID glued, "does not recognize this
//     client_id and client_secret", "Invalid token or token is not
//     present", "Cannot find user" at a login, SERVICE_UNKNOWN, a method
//     "not valid or authorized for this endpoint";
//   - E: a token named that is not the credential, 2 (a package's
//     address token, a delivery token "required", pending);
//   - F: the rest, 3 (a 302 to an identity-aware proxy's login page, a
//     program's fault answered with 401, TMDB's "Email not verified").
//
// Which come back after missclass3. Class A, the largest here as there
// (16 and 3 then), and why missclass3's change did not reach it:
// missclass3 made the rights families read "on any status the analysis
// reaches", but a 2xx is not read by the rows. Whether a failed 2xx is a
// refusal is judged by two word lists of its own, envelopeWordsRE for a
// code's message, an XML error element and a coded Error object, and
// flaggedWords for a failure flag and the walk, each a smaller copy of
// the families, and every family a round adds must be copied into them
// by hand (roundtravelins' late access level was, roundproptech's demo
// user had to be, missclass3's own rights forms were not): the same
// sentence read as a permission under a 400 and as nothing under
// {"code":405,"msg":…}. Probed before the change: "You do not have
// permission to view this report", "User is missing one or more roles:
// X" and "Your plan does not include access to this endpoint" read
// permission_denied on a 400 or under "success":false, nothing under a
// failed numeric code. Class B (9, as missclass3's 9) keeps coming for
// the reason missclass3 gave (headers named by purpose, each with its
// own verdict); no single form to widen, not changed here. Class C
// keeps coming where a form is not among the families' (missclass3 took
// the rights forms it had met; the 401 default still wins over "not
// currently able to query this endpoint").
//
// The changes. (1) Class A, as data: the "no permission words" row's
// and the "plan" row's patterns are named once (noPermissionWordsPattern,
// planRowPattern, with their unless) and read by the rows and by
// envelopeRefusal, the gate of every coded envelope, so the permission
// and plan families read the same in a 2xx failure as on any other
// status; money said insufficient stays the call's business in a 200
// (Geth's gas, a card's authorization), as envelopeWordsRE's
// "insufficient" already took a right; and a request said beyond or
// outside the scope of the caller's permissions is one more right lacked
// (beyondRightsPattern). (2) Twin forms of verdicts the families held:
// a credential "not (currently) able to / unable to / cannot" query,
// access or call this endpoint or API (tokenNotForOperationPattern,
// beside "cannot be used for this endpoint"); access said disallowed
// only as the alternative to the credential's own fault ("Invalid API
// key or access to this API has been disallowed", as NuGet's "invalid …
// or does not have permission" already was; hedgedPermissionPattern,
// now the "access disallowed" row's unless too); a daily or request
// quota said reached (limitReachedRE, beside "exceeded your daily
// request quota"). (3) The plan row's words read under a failure flag
// too (flaggedWords, planRowWords): Shodan's "Please upgrade your API
// plan" and GitHub's "Upgrade to GitHub Pro", listed as known metamorphic
// changes that read nothing under "success":false, now read the plan, as
// on their 401 and 403. (4) The authentication method or mechanism said
// unsupported, with no other kind named, is one reading,
// deprecated_auth_method (the catalog's "the method used ... is
// disabled", whose fix is to switch to the documented method), where
// otherKindPattern's "unsupported authentication" read it as another
// scheme asked for first (scheme_mismatch needs the other scheme named);
// "Unsupported authentication type" and X's "Unsupported Authentication"
// title beside the supported types stay scheme_mismatch. (5) Class E
// and the task's "token record" candidate: a 404 saying a key or token
// does not exist or is unknown, to a request whose path names a key or
// token record by its id (/api_keys/<id>, /tokens/<uid>/authorize), is
// that record not found, no cause (notCredentialRecordNotFound, the
// rejected credential words' when); missclass3's pending OCPI "Unknown
// Token" moves to its non-refusals. The same words on a 401, or on a 404
// to a path naming no such record, keep the credential's reading.
//
// The fresh set: 23 answers from maps (LocationIQ, openrouteservice,
// Utah's UGRC), weather (Open-Meteo, Weather Underground), gaming (IGDB
// v3 and v4), sports data and betting (TheSports, Pinnacle), ticketing
// (StubHub), food (Yelp) and Unkey's key management, none in a corpus
// (grepped by provider and by the body's words; openrouteservice's
// "Access to this API has been disallowed" is Tyk's, already held, and
// was left out), expectations from the catalog before any change.
// Nonprofit, HR/payroll and food-delivery providers (Action Network,
// GlobalGiving, HiBob, DoorDash Drive, Uber Eats) showed no public error
// body in the time there was.
// Before any change (main at 3622b09): first cause right in 16 of 23
// (refusals 12 of 19, non-refusals 4 of 4). Misses: UGRC's 400 "Invalid
// API key. The IP you provided does not match …" (credential_rejected);
// openrouteservice's 403 "Daily quota reached or API key unauthorized"
// (permission_denied) and "Invalid API key or access to this API has
// been disallowed" (permission_denied); Weather Underground's 200
// keynotfound and invalidfeature (nothing); Yelp's 401 "not currently
// able to query this endpoint" (credential_rejected); TheSports' 200
// {"code":405,"msg":"Beyond the scope of account permissions."}
// (nothing). After: 20 of 23 (refusals 16 of 19, non-refusals 4 of 4),
// the three left pending (missclass4Pending says why). An upper bound,
// not a blind rate: the classes were chosen from the rounds' records and
// probed with paraphrases before the set was run. Measured with
// `go test ./diagnose -run 'TestHeldoutMissclass4$' -count=1 -v | grep -E 'right in|pending:'`.

// missclass4Cases: the fresh set's refusals and rate limits (secrets
// replaced by made-up values of the same shape), each given its expected
// first cause from the catalog before any change and before it was run.
func missclass4Cases() []provCase {
	json := jsonCT
	text := func() map[string]string { return ctHeader("text/plain; charset=utf-8") }
	igdbClient := func(r *http.Request, c *Credential) {
		applyCredential(r, c)
		r.Header.Set("Client-ID", "abcdefg1234567hijklmn890opqrs")
	}
	liq := apiKey("LOCATIONIQ_KEY", "pk.3f9c2a7e1b5d8046a2c9e7f1b3d5a8c0", "", "key")
	ors := apiKey("ORS_API_KEY", "5b3ce3597851110001cf6248a1b2c3d4e5f60718293a4b5c6d7e8f90", "Authorization", "")
	thesports := apiKey("THESPORTS_SECRET", "e4c1b7a9d2f8063e5a1c9b7d3f2e8a06", "", "secret")
	unkeyRoot := bearer("UNKEY_ROOT_KEY", "unkey_3ZfG7hK2mN9pQ4rS6tV8wX1yB5cD")
	return []provCase{
		// Gaming: IGDB v4 (Twitch) answered a request whose Authorization
		// carried the application's client secret instead of an app access
		// token (the issue quotes the body as axios printed it; its keys and
		// words are the server's, the JSON around them rebuilt). Client-ID
		// was sent. The tips name headers the request carried; the token
		// itself was refused: credential_rejected.
		{src: "https://github.com/twitchtv/igdb-api-node/issues/63", name: "IGDB 401 Authorization Failure. Have you tried: tips naming Client-ID and Bearer", status: 401, header: json(),
			body: `{"message":"Authorization Failure. Have you tried:","Tip 1":"Ensure you are sending Authorization and Client-ID as headers.","Tip 2":"Ensure Authorization value starts with 'Bearer ', including the space","Tip 3":"Ensure Authorization value ends with the App Access Token you generated, NOT your Client Secret.","Docs":"https://api-docs.igdb.com/#authentication","Discord":"https://discord.gg/igdb"}`,
			cred: bearer("TWITCH_CLIENT_SECRET", "k9x2m4p7q1w8e5r3t6y0u2i4o6p8a1"), place: igdbClient, method: "POST", path: "/v4/games", want: CredentialRejected},
		// IGDB v3 (3scale) to a key sent in the user-key header it names:
		// the key was read and refused.
		{src: "https://github.com/igdb/api/issues/57", name: "IGDB v3 401 Invalid User key or no user key, place it in the user-key header", status: 401, header: json(),
			body: "[\n  {\n    \"title\": \"Unauthorized\",\n    \"status\": 401,\n    \"cause\": \"Invalid User key or no user key\",\n    \"details\": \"Place your key in the header of the requests ex: \\\"user-key\\\": YOURKEY\"\n  }\n]",
			cred: apiKey("IGDB_USER_KEY", "7d2f9a4c1e8b6305f2a7c9e1d4b8f630", "user-key", ""), path: "/games/", want: CredentialRejected},
		// openrouteservice's gateway (its 403, the comment quotes
		// the body): the daily quota comes first in the words; the key's
		// own fault is the alternative. rate_limited.
		{src: "https://github.com/chatziko/location-guard/issues/67", name: "openrouteservice 403 Daily quota reached or API key unauthorized", status: 403, header: json(),
			body: "{\n  \"error\": \"Daily quota reached or API key unauthorized\"\n}",
			cred: ors, path: "/geocode/search?text=Heidelberg", want: RateLimited},
		// openrouteservice's 403 in plain text (the issue quotes the body):
		// the key said invalid first, access disallowed the alternative,
		// as NuGet's "invalid, has expired, or does not have permission"
		// stays the credential's.
		{src: "https://github.com/GIScience/openrouteservice/issues/1934", name: "openrouteservice 403 text Invalid API key or access to this API has been disallowed", status: 403, header: text(),
			body: "Invalid API key or access to this API has been disallowed",
			cred: ors, method: "POST", path: "/v2/directions/driving-car/geojson", want: CredentialRejected},
		// LocationIQ's error table (docs): the words in {"error": …}, the
		// envelope LocationIQ answers with; each status from the table.
		{src: "https://docs.locationiq.com/docs/errors", name: "LocationIQ 401 Invalid key", status: 401, header: json(),
			body: `{"error":"Invalid key"}`, cred: liq, path: "/v1/search?q=Empire%20State%20Building&format=json", want: CredentialRejected},
		{src: "https://docs.locationiq.com/docs/errors", name: "LocationIQ 401 Key not active - Please write to", status: 401, header: json(),
			body: `{"error":"Key not active - Please write to hello@locationiq.com"}`, cred: liq, path: "/v1/search?q=Berlin&format=json", want: CredentialRejected},
		// The service is not enabled on this token: the key is known, the
		// product is not its (permission_denied, as a plan's feature).
		{src: "https://docs.locationiq.com/docs/errors", name: "LocationIQ 403 Service not enabled", status: 403, header: json(),
			body: `{"error":"Service not enabled"}`, cred: liq, path: "/v1/matrix/driving/13.388860,52.517037;13.397634,52.529407", want: PermissionDenied},
		{src: "https://docs.locationiq.com/docs/errors", name: "LocationIQ 429 Rate Limited Day", status: 429, header: json(),
			body: `{"error":"Rate Limited Day"}`, cred: liq, path: "/v1/reverse?lat=48.8584&lon=2.2945&format=json", want: RateLimited},
		// Weather: Open-Meteo's customer API to a key whose plan lacks the
		// endpoint (the issue quotes the words; {"error":true,"reason":…}
		// is Open-Meteo's error envelope). A plan's feature:
		// permission_denied.
		{src: "https://github.com/open-meteo/open-meteo/issues/1812", name: "Open-Meteo 403 This API endpoint requires the API Professional or Enterprise plan", status: 403, header: json(),
			body: `{"error":true,"reason":"This API endpoint requires the API Professional or Enterprise plan"}`,
			cred: apiKey("OPEN_METEO_KEY", "Zq7Lm2Xc9Vb4Nn1Aa8Ss6Dd3", "", "apikey"), path: "/v1/archive?latitude=52.52&longitude=13.41&start_date=2024-01-01&end_date=2024-01-31&hourly=temperature_2m", want: PermissionDenied},
		// Ticketing: StubHub's (viagogo) API to a bearer token on an
		// inventory endpoint (the issue quotes the body; the status is not
		// shown: 401, what viagogo's reference gives for a token it does
		// not accept). A key said not to exist: credential_rejected.
		{src: "https://github.com/viagogo/stubhub-api-docs/issues/24", name: "StubHub 401 The API key you provided does not exist.", status: 401, header: json(),
			body: `{"title":"The API key you provided does not exist." }`,
			cred: bearer("STUBHUB_ACCESS_TOKEN", "eyJhbGciOiJub25lIn0.eyJzdWIiOiJzZWxsZXIifQ.c2ln"), path: "/sellers/listings", want: CredentialRejected},
		// Sports betting: Pinnacle's API to an account without API access
		// (the issue quotes the body; the status is not shown: 403, what
		// Pinnacle's docs give for it). The account is known; the API is
		// not among what it may use: permission_denied.
		{src: "https://github.com/pinnacleapi/pinnacleapi-documentation/issues/24", name: "Pinnacle 403 NO_API_ACCESS Account not permitted to access the API", status: 403, header: json(),
			body: "{\n    \"code\": \"NO_API_ACCESS\",\n    \"message\": \"Account not permitted to access the API\"\n}",
			cred: basicCred("PA1234567", "Pinn-7Hq2LmN9"), path: "/v1/sports", want: PermissionDenied},
		// Food: Yelp Fusion to a key that may not query this endpoint (the
		// issue quotes the body; 401 is Yelp's status for the code in its
		// docs). The token is read, the endpoint is not its:
		// permission_denied.
		{src: "https://github.com/Yelp/yelp-fusion/issues/698", name: "Yelp 401 UNAUTHORIZED_ACCESS_TOKEN not currently able to query this endpoint", status: 401, header: json(),
			body: `{"error": {"code": "UNAUTHORIZED_ACCESS_TOKEN", "description": "The access token provided is not currently able to query this endpoint."}}`,
			cred: bearer("YELP_API_KEY", "ufPLTrJmBMXsP3DRGzZ6fuSHhIoR0tLYwtiSUR7pBxxZhuaWGxtEuVLcmbDj7nK73ARUvxlR58WQMWmimRwZmFlH"), path: "/v3/businesses/search?term=arts&location=Sacramento", want: PermissionDenied},
		// Sports data: TheSports' API answers its refusals in a 200 with
		// "err" or code/msg (its help centre lists the bodies; the status is
		// not shown: 200, as its data answers). An address not on the
		// whitelist: ip_restricted.
		{src: "https://www.thesports.com/it/helpcenter/-1/58", name: "TheSports 200 err IP is not authorized to access", status: 200, header: json(),
			body: `{"err": "IP is not authorized to access, please contact our business staff."}`,
			cred: thesports, path: "/v1/football/team/list?user=demo", want: IPRestricted},
		// The same help page's code 405: beyond the account's permissions
		// (its first reason is a request limit, but the words say
		// permissions): permission_denied.
		{src: "https://www.thesports.com/it/helpcenter/-1/58", name: "TheSports 200 code 405 Beyond the scope of account permissions", status: 200, header: json(),
			body: `{"code": 405, "msg": "Beyond the scope of account permissions."}`,
			cred: thesports, path: "/v1/football/season/recent/table/detail?user=demo", want: PermissionDenied},
		// Unkey's API, its documented error bodies (each page's example):
		// the root key sent was not found, a 401 (the credential).
		{src: "https://unkey.com/docs/api-reference/errors-v2/unkey/authentication/key_not_found", name: "Unkey 401 authentication key_not_found The provided API key was not found", status: 401, header: json(),
			body: "{\n  \"meta\": {\n    \"requestId\": \"req_2c9a0jf23l4k567\"\n  },\n  \"error\": {\n    \"detail\": \"The provided API key was not found\",\n    \"status\": 401,\n    \"title\": \"Unauthorized\",\n    \"type\": \"https://unkey.com/docs/api-reference/errors-v2/unkey/authentication/key_not_found\"\n  }\n}",
			cred: unkeyRoot, method: "POST", path: "/v2/apis.listKeys", want: CredentialRejected},
		// The workspace the root key belongs to is disabled: the key is
		// refused for its account's state (credential_rejected).
		{src: "https://unkey.com/docs/api-reference/errors-v2/unkey/authorization/workspace_disabled", name: "Unkey 403 workspace_disabled The workspace associated with this API key has been disabled", status: 403, header: json(),
			body: "{\n  \"meta\": {\n    \"requestId\": \"req_2c9a0jf23l4k567\"\n  },\n  \"error\": {\n    \"detail\": \"The workspace associated with this API key has been disabled\",\n    \"status\": 403,\n    \"title\": \"Forbidden\",\n    \"type\": \"https://unkey.com/docs/api-reference/errors-v2/unkey/authorization/workspace_disabled\"\n  }\n}",
			cred: unkeyRoot, method: "POST", path: "/v2/apis.listKeys", want: CredentialRejected},
	}
}

// missclass4Pending: answers of the fresh set measured with the rest and
// left out of the passing table, no general reading forced (see the
// classification above).
func missclass4Pending() []provCase {
	json := jsonCT
	wu := apiKey("WUNDERGROUND_KEY", "b8e924a1c6f3d027", "", "key")
	return []provCase{
		// Pending: the address's mismatch is said after the key's verdict,
		// "Invalid API key." first; reading the second sentence's "the IP
		// you provided does not match what the API is receiving" as an
		// allowlist would take any "IP … does not match" (a form's
		// address field) for one. Read credential_rejected.
		// Maps: Utah's UGRC geocoding API to a key whose referrer/IP pattern
		// does not match the caller's address (the issue quotes the body).
		{src: "https://github.com/agrc/palletjack/issues/32", name: "UGRC 400 Invalid API key. The IP you provided does not match", status: 400, header: json(),
			body: `{"status":400,"message":"Invalid API key. The IP you provided does not match what the API is receiving. Double check your API key or create a new one using 10.72.30.1 as the pattern."}`,
			cred: apiKey("UGRC_API_KEY", "AGRC-7F3A9C21845702", "", "apiKey"), path: "/api/v1/geocode/326%20east%20south%20temple/84111", want: IPRestricted},
		// Pending: Weather Underground's error object names its kind in a
		// code glued in lower case (keynotfound, invalidfeature), which the
		// walk takes for another error's kind ("another error's object") and
		// whose words it then leaves out; splitting lower-case glued codes
		// would need a dictionary. Read as no failure.
		// Weather Underground's API answered its errors in a 200 with
		// response.error {type, description} (the gist lists the types and
		// descriptions from WU's forum; the envelope is WU's response
		// object, rebuilt). A key that does not exist is the credential
		// refused.
		{src: "https://gist.github.com/afelicioni/c9337d92dada467b7d3a", name: "Weather Underground 200 keynotfound this key does not exist", status: 200, header: json(),
			body: "{\n  \"response\": {\n  \"version\":\"0.1\",\n  \"termsofService\":\"http://www.wunderground.com/weather/api/d/terms.html\",\n  \"features\": {\n  }\n\t,\n\t\"error\": {\n\t\t\"type\": \"keynotfound\"\n\t\t,\"description\": \"this key does not exist\"\n\t}\n\t}\n}\n",
			cred: wu, path: "/api/b8e924a1c6f3d027/conditions/q/CA/San_Francisco.json", want: CredentialRejected},
		// The same envelope for a feature the key's rate plan does not
		// include: a plan's feature, permission_denied.
		{src: "https://gist.github.com/afelicioni/c9337d92dada467b7d3a", name: "Weather Underground 200 invalidfeature a requested feature is not valid due to exceeding rate plan", status: 200, header: json(),
			body: "{\n  \"response\": {\n  \"version\":\"0.1\",\n  \"termsofService\":\"http://www.wunderground.com/weather/api/d/terms.html\",\n  \"features\": {\n  }\n\t,\n\t\"error\": {\n\t\t\"type\": \"invalidfeature\"\n\t\t,\"description\": \"a requested feature is not valid due to exceeding rate plan\"\n\t}\n\t}\n}\n",
			cred: wu, path: "/api/b8e924a1c6f3d027/hourly10day/q/CA/San_Francisco.json", want: PermissionDenied},
	}
}

// missclass4NonRefusals: the same servers' answers that are no refusal
// and must get no cause.
func missclass4NonRefusals() []fpCase {
	return []fpCase{
		// Unkey: the key record the request names (keyId in the body) does
		// not exist, a 404 of its data, not the root key that authenticated
		// the call.
		{src: "https://unkey.com/docs/api-reference/errors-v2/unkey/data/key_not_found", name: "Unkey 404 data key_not_found The requested API key could not be found", status: 404, header: jsonCT(),
			body: "{\n  \"meta\": {\n    \"requestId\": \"req_2c9a0jf23l4k567\"\n  },\n  \"error\": {\n    \"detail\": \"The requested API key could not be found\",\n    \"status\": 404,\n    \"title\": \"Not Found\",\n    \"type\": \"https://unkey.com/docs/api-reference/errors-v2/unkey/data/key_not_found\"\n  }\n}",
			path: "/v2/keys.getKey"},
		{src: "https://docs.locationiq.com/docs/errors", name: "LocationIQ 404 Unable to geocode", status: 404, header: jsonCT(),
			body: `{"error":"Unable to geocode"}`, path: "/v1/search?q=zzqxv&format=json"},
		{src: "https://docs.locationiq.com/docs/errors", name: "LocationIQ 400 Invalid Request", status: 400, header: jsonCT(),
			body: `{"error":"Invalid Request"}`, path: "/v1/reverse?lat=91&format=json"},
		// Weather Underground's 200 for a place it does not know (the same
		// gist's type and description, the same envelope).
		{src: "https://gist.github.com/afelicioni/c9337d92dada467b7d3a", name: "Weather Underground 200 querynotfound No cities match your search query", status: 200, header: jsonCT(),
			body: "{\n  \"response\": {\n  \"version\":\"0.1\",\n  \"termsofService\":\"http://www.wunderground.com/weather/api/d/terms.html\",\n  \"features\": {\n  \"conditions\": 1\n  }\n\t,\n\t\"error\": {\n\t\t\"type\": \"querynotfound\"\n\t\t,\"description\": \"No cities match your search query\"\n\t}\n\t}\n}\n",
			path: "/api/b8e924a1c6f3d027/conditions/q/ZZ/Nowhere.json"},
	}
}

// TestHeldoutMissclass4: see the classification above.
func TestHeldoutMissclass4(t *testing.T) {
	runHeldoutRound(t, heldoutRound{name: "missclass4", cases: missclass4Cases(), nonRefusals: missclass4NonRefusals(), pending: missclass4Pending(), gathered: 23})
}
