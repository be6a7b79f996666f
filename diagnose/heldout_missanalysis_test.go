package diagnose

import (
	"testing"
	"time"
)

// missanalysisCases: a fresh late set gathered to measure the structural
// changes of the miss analysis (readings_missanalysis_test.go): answers of
// any category, none in a corpus before, each given its expected first
// cause from the catalog before any change was made and before it was
// run. Several are built from a server's own source (the handler's status
// and words, in the envelope its framework writes); a comment says so, and
// says where a status is not shown by the source.
//
// The analysis: the blind misses every held-out round recorded in its doc
// comment (about 425, counted from the comments; many rounds name the
// reading a miss lacked, not what was read instead) fall into a few
// structural classes. No cause at all, where a refusal's words sat in a
// shape or status the rows did not read (a 2xx envelope: JSON code/msg,
// XML, GraphQL, plain text; a 400; a 5xx): 116. Words a family did not
// cover (a narrower subject list, a word of time between verb and state,
// a plural): 103. The 401's fallback, credential_rejected, where the words
// said a permission, role, plan or limit: 65. A hint (a missing prefix,
// whitespace, a challenge's scheme) ranked before the server's own words:
// 56. The 403's fallback, permission_denied, where the words said the
// credential or its account was stopped (suspended, blocked, disabled,
// banned): 33. The rest: the cases' own slips and changed expectations
// (16), answers no reading can tell apart (15), non-refusals given a cause
// (13), other languages (7). Each round mended its misses one reading at a
// time, and a reading's subject list or status gate stayed as narrow as
// the answer that asked for it, so the next round's answers met the same
// class in other words.
//
// The changes, each a class rather than one answer: the holders of a
// credential said stopped are every holder (project, team, company,
// developer, app beside account, user, organisation) with a word of time
// allowed between the verb and the state; "authentication failed", a
// token timed out or empty, in every language of the local table (only
// Japanese and Korean had the first); and a 2xx whose whole body is one
// short line of plain text that names the credential's fault is read like
// the envelopes already are.
//
// Fresh set, on main before the changes (777a1eb, and again on a0d7902):
// first cause right in 13 of 19 (misses: ElasticView's three 200
// {"code":…,"msg":…} answers in Chinese, no cause; Lessn More's plain-text 200 "Invalid API key", no
// cause; RapidPro's 400 "your account is currently suspended", no cause;
// Iron.io's 403 "Your project has been suspended", permission_denied).
// With the changes: 19 of 19. Measured with
// `go test ./diagnose -run 'TestHeldoutMissanalysis$' -count=1 -v | grep 'right in'`.
// Said plainly: the set was gathered and its expectations written before
// any change, but its misses were seen before the changes were chosen;
// the classes come from the rounds' records, and the Chinese words of the
// local table's new row are the fresh set's own, so 19 of 19 is an upper
// bound, not a blind rate.
func missanalysisCases(now time.Time) []provCase {
	const (
		elasticView = "https://github.com/go-libraries/ElasticView/blob/3b3a0a935f5c185369af66ec1977fd8cf1d06476/middleware/jwt.go"
		openclaude  = "https://github.com/Gitlawb/openclaude/issues/1356"
	)
	json := jsonCT
	// ElasticView's JWT middleware answers through its Response writer:
	// HTTP 200, {"code": <its own code>, "msg": <TOKEN_ERROR's text>,
	// "data": []} (middleware/Exception.go, platform-basic-libs/response).
	evBody := func(code, msg string) string { return `{"code":` + code + `,"msg":"` + msg + `","data":[]}` }
	evToken := headerCred("X-Token", "EV_TOKEN", "c2Vzc2lvbi0xNzAwMDAwMDAwLWFkbWluLTk4NzY1NDMyMQ")
	return []provCase{
		// "Token authentication failed" in Chinese, in a 200 envelope.
		{src: elasticView, name: "ElasticView 200 code 40002 Token鉴权失败", status: 200, header: json(),
			body: evBody("40002", "Token鉴权失败"), cred: evToken, path: "/api/es/PingAction", want: CredentialRejected},
		// "Token timed out": an opaque token's lifetime, token_expired.
		{src: elasticView, name: "ElasticView 200 code 40003 Token已超时", status: 200, header: json(),
			body: evBody("40003", "Token已超时"), cred: evToken, path: "/api/es/PingAction", want: TokenExpired},
		// "Token may not be empty", nothing sent.
		{src: elasticView, name: "ElasticView 200 code 40001 Token不能为空, nothing sent", status: 200, header: json(),
			body: evBody("40001", "Token不能为空"), path: "/api/es/PingAction", want: NoCredentialsSent},

		// Blotre's challenge for an expired opaque token (the thread shows
		// the status and header, no body).
		{src: "https://github.com/Blotre/blotre/issues/10", name: "Blotre 401 invalid_token Access token is expired", status: 401,
			header: map[string]string{"WWW-Authenticate": `Bearer error="invalid_token" error_description="Access token is expired"`},
			cred:   bearer("BLOTRE_TOKEN", "7f3a9c2e5b8d1f4a6c0e9b2d5f8a1c3e"), path: "/v0/api/stream", want: TokenExpired},
		// Basecamp's words for an expired OAuth token; the thread shows
		// the body, its docs the 401.
		{src: "https://github.com/basecamp/bc-api/issues/48", name: "Basecamp 401 OAuth token expired (old age)", status: 401, header: json(),
			body: "{\n    \"error\": \"OAuth token expired (old age). Refresh your token or acquire a new one at <a href=\\\"https://launchpad.37signals.com/authorization/new\\\">https://launchpad.37signals.com/authorization/new</a>\"\n}",
			cred: bearer("BASECAMP_TOKEN", "BAhbB0kiAbh7ImNsaWVudF9pZCI6IjRmYjNhN2E5In0"), path: "/999999999/projects.json", want: TokenExpired},
		// GPix: the issue masks the key as [KEY] and shows no status; served
		// as the 200 of its other answers, its own error flag set.
		{src: "https://github.com/theapache64/GPix/issues/4", name: "GPix 200 error true Invalid API KEY", status: 200, header: json(),
			body: "{\n  \"error_code\": 1,\n  \"error\": true,\n  \"message\": \"Invalid API KEY: [KEY]\"\n}",
			cred: apiKey("GPIX_API_KEY", "9b1d5e7f3a2c4b6d", "Authorization", ""), path: "/gpix/v1/search", want: CredentialRejected},
		// Lessn More: a plain-text 200 to a key in the query.
		{src: "https://github.com/alanhogan/lessnmore/issues/55", name: "Lessn More 200 text Invalid API key", status: 200,
			header: ctHeader("text/plain; charset=utf-8"), body: "Invalid API key",
			cred: apiKey("LESSN_API_KEY", "5f0c8a7e2b9d4c1a", "", "api"), path: "/-/", want: CredentialRejected},
		// RapidPro: Django REST framework's Response of a string, 400, for a
		// suspended organisation (its account), the token sent.
		{src: "https://github.com/nyaruka/rapidpro/pull/573", name: "RapidPro 400 your account is currently suspended", status: 400, header: json(),
			body: `"Sorry, your account is currently suspended. To enable sending messages, please contact support."`,
			cred: headerCred("Authorization", "RAPIDPRO_TOKEN", "Token 3c9f1a7e5b2d8c4f6a0e9b1d3f5a7c2e"), method: "POST", path: "/api/v1/broadcasts.json", want: CredentialRejected},
		// IronMQ: the thread quotes the words and the status; the envelope
		// is Iron.io's {"msg": …} (not shown there).
		{src: "https://github.com/iron-io/docs/issues/223", name: "Iron.io 403 Your project has been suspended", status: 403, header: json(),
			body: `{"msg":"Your project has been suspended"}`,
			cred: headerCred("Authorization", "IRON_TOKEN", "OAuth Xq8vB2nR5tK9mW3zL7cF1hJ4"), method: "POST", path: "/3/projects/5f1e2d3c4b5a69788796a5b4/queues/jobs/messages", want: CredentialRejected},
		{src: openclaude, name: "OpenAI-style 401 api_key_required, nothing sent", status: 401, header: json(),
			body: `{"error":{"message":"API key required","type":"authentication_error","code":"api_key_required"}}`, method: "POST", path: "/v1/chat/completions", want: NoCredentialsSent},
		{src: openclaude, name: "OpenAI-style 401 api_key_invalid", status: 401, header: json(),
			body: `{"error":{"message":"Invalid API key","type":"authentication_error","code":"api_key_invalid"}}`,
			cred: bearer("PROVIDER_API_KEY", "sk-or-v1-4e7a1c9b2d5f8e3a6c0b9d2f5a8e1c4b"), method: "POST", path: "/v1/chat/completions", want: CredentialRejected},
		// Heroku's answer to no credential, as a client's recorded cassette
		// holds it.
		{src: "https://github.com/atmos/hubot-deploy-heroku/blob/90f398373df3feca2693b04ae368f984885ba891/test/cassettes/heroku_account.coffee", name: "Heroku 401 no credentials in your Authorization header, nothing sent", status: 401, header: json(),
			body: "{\"id\":\"unauthorized\",\"error\":\"There were no credentials in your `Authorization` header. Try `Authorization: Bearer <OAuth access token>` or `Authorization: Basic <base64-encoded email + \\\":\\\" + password>`.\"}",
			path: "/account", want: NoCredentialsSent},
		// A revoked token, said in Spanish (Express's res.json).
		{src: "https://github.com/valentinovaldebenito/Gestor-de-Pagos-NodeJS/blob/259d648aba010277eb3afb903484eee010c21cc7/middlewares/isTokenRevoked.js", name: "Express 401 Token revocado", status: 401,
			header: json(), body: `{"message":"Token revocado. Debes iniciar sesión nuevamente."}`,
			cred: bearer("PAGOS_TOKEN", makeJWT(map[string]any{"sub": "42", "exp": now.Add(time.Hour).Unix()})), path: "/api/pagos", want: CredentialRejected},
		// A JWT its verifier refused, on a 403.
		{src: "https://github.com/swastiksahoo153/News-Aggregator-API/blob/159a7030c32472bf78bfeb81d882ed8b973198b9/src/controllers/authenticationHelper.js", name: "Express 403 Invalid JWT token", status: 403,
			header: json(), body: `{"message":"Invalid JWT token"}`,
			cred: bearer("NEWS_JWT", makeJWT(map[string]any{"id": "64f1", "exp": now.Add(time.Hour).Unix()})), path: "/news", want: CredentialRejected},
		// Flask's Response of a string (text/html by default), nothing sent.
		{src: "https://github.com/GitHubNoskcaj211/ml-projects-project/blob/c130b7d01cadc166a30d8d78739194eff81dd714/backend/blueprints/errors.py", name: "Flask 401 API Key required., nothing sent", status: 401,
			header: ctHeader("text/html; charset=utf-8"), body: "API Key required.", path: "/get_n_recommendations", want: NoCredentialsSent},
		// FastAPI's HTTPException bodies.
		{src: "https://github.com/tensora-ai/cc-predict/blob/5941b898e3436cffd6cabc1b1876ce60be70e005/app/utils/auth_utils.py", name: "FastAPI 403 Invalid API Key", status: 403,
			header: json(), body: `{"detail":"Invalid API Key"}`, cred: apiKey("CC_PREDICT_KEY", "a41c9e7b3f2d8c6e", "key", ""), method: "POST", path: "/predict", want: CredentialRejected},
		{src: "https://github.com/homostultus39/amnezia-cluster-api/blob/5f0977c19c3b90956f16c2e17a19488b389f2719/src/api/v1/deps/exceptions/auth.py", name: "FastAPI 401 Invalid API key", status: 401,
			header: json(), body: `{"detail":"Invalid API key"}`, cred: apiKey("AMNEZIA_API_KEY", "e8b3d1f7a2c94e6b", "X-API-Key", ""), path: "/api/v1/clients", want: CredentialRejected},
		// A daily quota spent, its code as the whole detail, on a 429.
		{src: "https://github.com/Raghav-afk25/deadline_api/blob/273ebdb7ff3d40f5c10c2f82ed8431bcf729d55c/app/auth.py", name: "FastAPI 429 daily_quota_exceeded", status: 429,
			header: json(), body: `{"detail":"daily_quota_exceeded"}`, cred: apiKey("DEADLINE_KEY", "7c2e9a4f1b8d3e6a", "", "key"), path: "/deadline", want: RateLimited},
		// Open edX: DRF's PermissionDenied with the role the call needs.
		{src: "https://github.com/openedx/edx-platform/blob/0f4edfb9d161e2eee4381e9995d4f77838e1f2ae/lms/djangoapps/teams/views.py", name: "Open edX 403 you must be course staff", status: 403,
			header: json(), body: `{"detail":"To manage team membership of course-v1:edX+DemoX+Demo_Course, you must be course staff."}`,
			cred: bearer("EDX_TOKEN", "b7e2c9f4a1d8e3b6c0f5a2d9e4b1c8f3"), method: "POST", path: "/api/team/v0/bulk_team_membership/course-v1:edX+DemoX+Demo_Course", want: PermissionDenied},
	}
}

// TestHeldoutMissanalysis: see missanalysisCases.
func TestHeldoutMissanalysis(t *testing.T) {
	runHeldoutRound(t, heldoutRound{name: "missanalysis", cases: missanalysisCases(time.Now()), gathered: 19})
}
