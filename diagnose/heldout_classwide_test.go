package diagnose

import (
	"testing"
	"time"
)

// classwideCases: a fresh set gathered to measure the class-wide changes
// of readings_classwide_test.go, none in a corpus before, each given its
// expected first cause from the catalog before any change was made and
// before it was run. Most are built from a server's own source (the
// handler's status and words, in the envelope its framework writes); a
// comment says so, and says what the source does not show.
//
// The classes (heldout_missanalysis_test.go counts them in the rounds'
// records): A, a 401 whose words say a permission, role or plan was
// missing, read as the 401's default credential_rejected; B, a hint
// inferred from the request (a credential in another place than a
// challenge asks, a missing or doubled scheme, whitespace) ranked before
// the server's own words that name another fault; C, a 403 whose words
// say the holder or the key was stopped (banned, revoked, inactive), read
// as the 403's default permission_denied. Neighbours that must keep their
// reading are in the set too: a bare "Unauthorized", a token refused
// because of a doubled or missing scheme or whitespace in it, a key said
// required where it went in another header.
//
// Before any change (main at 5d7e19c): first cause right in 11 of 18, 12
// of 18 once the case's own slip was mended (a token with a line break
// inside, which net/http refuses to send; it now has a space inside).
// Misses: Gatekeeper's 401 "key valid but does not permit this endpoint"
// to a key in the query, and its 401 "gatekeeper key invalid" to the
// same, both read credential_in_wrong_place first (B); its 403 "Your API
// key is currently banned", permission_denied (C); Tyk's 403 "Key is
// inactive, please renew" to its bare key, prefix_missing (B, C); a 401
// "You need to subscribe a plan", credential_rejected (A); Gatekeeper's
// 401 "gatekeeper key required" to a key in X-Api-Key, credential_rejected
// (pendingClasswideCases says why it stays so).
//
// After the changes (readings_classwide_test.go): 17 of 18, the 18th
// pending. Measured with
// `go test ./diagnose -run 'TestHeldoutClasswide$' -count=1 -v | grep -E 'right in|pending:'`.
// Said plainly: the set was gathered and its expectations written before
// any change and before it was run; the changes were chosen from the
// classes the rounds recorded and checked against this set, so 17 of 18
// is the set's score after seeing its misses, not a blind rate.
func classwideCases(now time.Time) []provCase {
	const (
		gatekeeperIssue = "https://github.com/JarvusInnovations/gatekeeper/issues/18"
		gatekeeperBan   = "https://github.com/JarvusInnovations/gatekeeper/blob/525d6d8b36e60c520dd63f29c2e25b87c74a051f/event-handlers/Gatekeeper/ApiRequestHandler/beforeApiRequest/54_reject-banned-key.php"
		gatekeeperRev   = "https://github.com/JarvusInnovations/gatekeeper/blob/52b35c01b990afbf06d991890194a2a9958292e6/event-handlers/Gatekeeper/ApiRequestHandler/beforeApiRequest/52_reject-revoked-key.php"
		inz             = "https://github.com/AozzCry/inz-server/blob/e82c30315cca5e6550585fbf46ae8a1dd903e33f/utils/auth.js"
		planMW          = "https://github.com/Adex360/shopify-checkout-app/blob/f43848c706dbdd0c43169ebbaf263a0db559a1ed/web/src/middleware/plan-middleware.js"
		meanAuth        = "https://github.com/Melad90/MEAN-Project/blob/e7ef0476b2b92673ef48d35634a86ecdcb6fa2b1/backend/middleware/check-auth.js"
	)
	json := jsonCT
	// Gatekeeper (an API gateway) answers a key error with 401, a
	// `WWW-Authenticate: Gatekeeper-Key endpoint="…"` challenge and its
	// framework's JSON::error envelope, {"success":false,"message":…} (the
	// issue shows the body; the handler the status and challenge). It
	// reads the key from `Authorization: Gatekeeper-Key <key>` or the
	// gatekeeperKey query parameter (gatekeeperChallenge, gatekeeperBody).
	gkQueryKey := apiKey("GATEKEEPER_KEY", "67a4334f27c648dce3ab693de1fd8f14", "", "gatekeeperKey")
	gkHeaderKey := headerCred("Authorization", "GATEKEEPER_AUTH", "Gatekeeper-Key 67a4334f27c648dce3ab693de1fd8f14")
	// A Passport session cookie (inz-server).
	session := headerCred("Cookie", "INZ_SESSION", "connect.sid=s%3AQ7wZp2Lx9Rt3Vb8Nc1Mf6Gh5.Jk0Lq2Ws9Ed4Rf5Tg6Yh7Uj8Ik9Ol0")
	shopJWT := bearer("SHOPIFY_SESSION_TOKEN", makeJWT(map[string]any{"iss": "https://demo-shop.myshopify.com/admin", "dest": "https://demo-shop.myshopify.com",
		"sub": "84012", "exp": now.Add(time.Minute).Unix()}))
	meanJWT := makeJWT(map[string]any{"email": "dev@example.com", "userId": "64f1c2", "exp": now.Add(time.Hour).Unix()})
	return []provCase{
		// A: the key is valid and the endpoint not in its list; the key
		// went in the query, where Gatekeeper reads it (the issue's own
		// request), and the challenge names its header scheme.
		{src: gatekeeperIssue, name: "Gatekeeper 401 key valid but does not permit this endpoint, key in the query", status: 401,
			header: gatekeeperChallenge(), body: gatekeeperBody("gatekeeper key valid but does not permit this endpoint"), cred: gkQueryKey,
			path: "/api/flightinfo/v1/gate/a24", want: PermissionDenied},
		// B's neighbour: the key in the query, judged invalid: the server
		// read it there.
		{src: gatekeeperKeys, name: "Gatekeeper 401 gatekeeper key invalid, key in the query", status: 401,
			header: gatekeeperChallenge(), body: gatekeeperBody("gatekeeper key invalid"), cred: gkQueryKey,
			path: "/api/flightinfo/v1/gate/a24", want: CredentialRejected},
		// Neighbour: a key sent as Bearer where the challenge names
		// Gatekeeper-Key, so none was found.
		{src: gatekeeperKeys, name: "Gatekeeper 401 key required, key sent as Bearer", status: 401,
			header: gatekeeperChallenge(), body: gatekeeperBody("gatekeeper key required for this endpoint"),
			cred: bearer("GATEKEEPER_KEY", "67a4334f27c648dce3ab693de1fd8f14"),
			path: "/api/flightinfo/v1/gate/a24", want: SchemeMismatch},
		// C: the key banned or revoked, 403 (the handlers' JSON::error with
		// a status; no challenge).
		{src: gatekeeperBan, name: "Gatekeeper 403 API key currently banned", status: 403,
			header: json(), body: gatekeeperBody("Your API key is currently banned from using this service"), cred: gkHeaderKey,
			path: "/api/flightinfo/v1/gate/a24", want: CredentialRejected},
		{src: gatekeeperRev, name: "Gatekeeper 403 provided gatekeeper key is revoked", status: 403,
			header: json(), body: gatekeeperBody("provided gatekeeper key is revoked"), cred: gkHeaderKey,
			path: "/api/flightinfo/v1/gate/a24", want: CredentialRejected},

		// A: Flask-JWT-Extended's role decorator returns a dict and 401.
		{src: "https://github.com/sproul-club/server/blob/4eb975d247f04c90d9d7872abe1f4f677d01583a/flask_utils/role_enforcer.py", name: "Flask 401 You are not allowed to access this endpoint!", status: 401,
			header: json(), body: `{"status":"error","reason":"You are not allowed to access this endpoint!"}`,
			cred:   bearer("SPROUL_TOKEN", makeJWT(map[string]any{"identity": map[string]any{"role": "student"}, "exp": now.Add(time.Hour).Unix()})),
			method: "POST", path: "/api/admin/club/approve", want: PermissionDenied},

		// inz-server's Passport checks, Express res.json, a session cookie
		// sent. A: not an admin; neighbours: banned (the holder stopped, a
		// 401: credential_rejected) and not logged in (the session not
		// accepted).
		{src: inz, name: "Express 401 Not an admin.", status: 401, header: json(), body: `{"message":"Not an admin."}`,
			cred: session, method: "DELETE", path: "/product/64f1c2", want: PermissionDenied},
		{src: inz, name: "Express 401 You are banned.", status: 401, header: json(), body: `{"message":"You are banned."}`,
			cred: session, path: "/user/orders", want: CredentialRejected},
		{src: inz, name: "Express 401 Not logged in., a cookie sent", status: 401, header: json(), body: `{"message":"Not logged in."}`,
			cred: session, path: "/user/orders", want: CredentialRejected},

		// C and B: Tyk reads its key bare in Authorization (no scheme:
		// prefix_missing is the hint) and answers a key made inactive by
		// its policy with 403 in its default error template.
		{src: "https://github.com/TykTechnologies/tyk/blob/7ce00dd2815bd4030f78a5031fe2d377f71b2545/gateway/mw_key_expired_check.go", name: "Tyk 403 Key is inactive, please renew, key bare in Authorization", status: 403,
			header: json(), body: "{\n    \"error\": \"Key is inactive, please renew\"\n}",
			cred: headerCred("Authorization", "TYK_KEY", "5191604d97ff4ecf699293039c124f72"), path: "/httpbin/get", want: CredentialRejected},

		// A: a Shopify app's plan check, Express res.send of an object, 401,
		// the app's session token sent.
		{src: planMW, name: "Express 401 You need to subscribe a plan", status: 401, header: json(),
			body: `{"error":"You need to subscribe a plan"}`, cred: shopJWT, method: "POST", path: "/api/checkout-rules", want: PermissionDenied},
		{src: planMW, name: "Express 401 Please consider upgrade your plan", status: 401, header: json(),
			body: `{"error":"Please consider upgrade your plan. You cannot perform such actions with that plan"}`, cred: shopJWT, method: "POST", path: "/api/checkout-rules", want: PermissionDenied},
		// Neighbour: the same refusal of a plan said only "Unauthorized"
		// (Express res.send of a string): the words name nothing, the 401
		// reads as a refused credential.
		{src: "https://github.com/bdcorps/stripe-subscriptions-nodejs/blob/e94ac58eb57444b83262a69f045716be9fe6cf4a/src/middleware/hasPlan.js", name: "Express 401 text Unauthorized", status: 401,
			header: ctHeader("text/html; charset=utf-8"), body: "Unauthorized", cred: session, path: "/pro", want: CredentialRejected},

		// B's neighbours: the middleware takes what follows the first space
		// as the token, so "Bearer Bearer <jwt>" verifies the word Bearer
		// and a bare token verifies nothing; both answer the same 401.
		{src: meanAuth, name: "Express 401 Auth Failed token error!, Bearer twice", status: 401, header: json(),
			body: `{"message":"Auth Failed token error!"}`, cred: bearer("MEAN_TOKEN", "Bearer "+meanJWT), method: "POST", path: "/api/posts", want: PrefixDoubled},
		{src: meanAuth, name: "Express 401 Auth Failed token error!, token bare", status: 401, header: json(),
			body: `{"message":"Auth Failed token error!"}`, cred: headerCred("Authorization", "MEAN_TOKEN", meanJWT), method: "POST", path: "/api/posts", want: PrefixMissing},
		// express-jwt's UnauthorizedError, a token pasted with a space
		// inside it (first written with a line break, which net/http refuses
		// to send: the case's own slip, counted in the blind run).
		{src: "https://github.com/valiknet18/faculty-system-backend/blob/a88e996f4ca4a399de9ce4ce0671a1cff0c50615/src/api/middlewares/errors.js", name: "express-jwt 401 invalid token, a space inside the token", status: 401,
			header: json(), body: `{"message":"invalid token"}`, cred: bearer("FACULTY_TOKEN", meanJWT[:40]+" "+meanJWT[40:]), path: "/api/groups", want: WhitespaceInCredential},

		// A: the words the issue quotes, answered with 401; the envelope
		// ({"message": …}) is not shown there.
		{src: "https://github.com/PhilanthropyDataCommons/service/issues/2421", name: "PDC 401 Authenticated user does not have permission", status: 401,
			header: json(), body: `{"message":"Authenticated user does not have permission to perform this action."}`,
			cred: bearer("PDC_TOKEN", makeJWT(map[string]any{"sub": "7c1e", "exp": now.Add(time.Hour).Unix()})), method: "POST", path: "/proposals", want: PermissionDenied},
	}
}

// pendingClasswideCases: measured blind with the rest and left out of the
// passing table. Gatekeeper says "gatekeeper key required" to a key sent
// in X-Api-Key, a header it does not read (credential_in_wrong_place,
// read as credential_rejected): the missing-key rows read "API key
// required" and "a key is required", not a key named by the product
// ("gatekeeper key"), a word that could as well name the request's own
// data (an idempotency key required); its custom challenge
// (Gatekeeper-Key) cannot be told from one that describes what was sent
// (Kong's Key realm="kong" to its apikey header), so it says nothing of
// the place either. No honest general reading: left pending. Checked
// again (diagleftovers8): "Gatekeeper-Key" has "key" as one of its
// words, as ApiKey and X-API-Key do (headerCredentialScheme), schemes
// that describe a key header sent; and "<word> key required" is as often
// the request's data (an idempotency key, a partition key) as the
// credential: the same bytes still mean two causes.
func pendingClasswideCases() []provCase {
	return []provCase{
		{src: gatekeeperKeys, name: "Gatekeeper 401 key required, key in X-Api-Key", status: 401,
			header: gatekeeperChallenge(), body: gatekeeperBody("gatekeeper key required for this endpoint"),
			cred: apiKey("GATEKEEPER_KEY", "67a4334f27c648dce3ab693de1fd8f14", "X-Api-Key", ""),
			path: "/api/flightinfo/v1/gate/a24", want: CredentialInWrongPlace},
	}
}

// TestHeldoutClasswide: see classwideCases.
func TestHeldoutClasswide(t *testing.T) {
	runHeldoutRound(t, heldoutRound{name: "classwide", cases: classwideCases(time.Now()), pending: pendingClasswideCases(), gathered: 18})
}

// gatekeeperKeys: Gatekeeper's request handler, where it reads the key and
// answers its absence or fault.
const gatekeeperKeys = "https://github.com/JarvusInnovations/gatekeeper/blob/d2abbdd3d7682ad669855f506bd1ac48bf044ed5/php-classes/Gatekeeper/ApiRequestHandler.php"

// gatekeeperChallenge and gatekeeperBody: Gatekeeper's 401 to a key
// error, its challenge naming its header scheme and its framework's
// JSON::error envelope.
func gatekeeperChallenge() map[string]string {
	return jsonCT("WWW-Authenticate", `Gatekeeper-Key endpoint="flightinfo"`)
}

func gatekeeperBody(msg string) string { return `{"success":false,"message":"` + msg + `"}` }
