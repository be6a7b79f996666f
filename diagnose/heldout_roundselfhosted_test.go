package diagnose

import (
	"testing"
	"time"
)

// roundselfhostedCases: a held-out round on self-hosted applications'
// HTTP APIs (NetBox, GLPI, Navidrome's Subsonic API, OpenProject,
// Plausible, n8n, ntfy, Nextcloud WebDAV, Apache Airflow, Metabase), none
// of them in a corpus before (Nextcloud only with its OCS and app
// routes). Each answer is as the server's source writes it (the file is
// the case's src, at a commit), or as a test or fixture of the server or
// of a client shows it; a comment says where an envelope was put
// together from the source's parts. Gathered and given their expected
// first cause from the catalog (docs/diagnosis.md) before the diagnosis
// code was read; a comment says why when two codes could fit.
// First run, before any fix: first cause right in 34 of 41 (refusals 27
// of 34, non-refusals 7 of 7 given no cause). Misses: a 400 that says the
// session token parameter is missing or empty, nothing sent (no cause); a
// token under a scheme word with an underscore ('user_token <token>')
// read as whitespace inside the credential; a 400 that says no API client
// matches the caller's IP address (no cause); a 400 'missing parameter
// app_token' beside the user token (no cause); a way of logging in with
// credentials said disabled, read as a refused credential; a 200 whose
// Subsonic envelope says status failed with 'Wrong username or password'
// (code 40) or 'User is not authorized for the given operation' (code
// 50), no cause. After the readings the misses lacked
// (readings_roundselfhosted_test.go): 41 of 41, none on changed
// expectations: a failure flag inside an API's response object named
// "<api>-response", and an error object's text under a failure flag read
// as the flag's own text; an identity not authorized for the operation or
// action it asked for; a parameter named for a session, user or app token
// (or an app key) said missing, in either order; the app's own token or
// key said missing beside a user's credential (not one named for an app)
// as a header besides the credential; a scheme word of short words joined
// by underscores ("user_token <token>") is no whitespace inside the
// credential; nothing configured (an API client, a key, a range) said to
// match the caller's own IP address, on any status; a login with a
// password or credentials said switched off.
func roundselfhostedCases(now time.Time) []provCase {
	_ = now
	json := jsonCT
	text := func(extra ...string) map[string]string { return ctHeader("text/plain; charset=utf-8", extra...) }

	// NetBox: DRF answers 403 (SessionAuthentication comes first, so no
	// challenge) with the detail TokenAuthentication raised.
	const netboxSrc = "https://github.com/netbox-community/netbox/blob/3be0fc4c361c8c33135feda3ea63fa003f994a73/netbox/netbox/api/authentication.py"
	netbox := headerCred("Authorization", "NETBOX_TOKEN", "Token 0f3c9e1a7b2d4c6e8f0a1b3c5d7e9f12a4b6c8d0")

	// GLPI's legacy REST API answers [code, message]; returnError appends
	// the documentation link when its docmessage flag is set.
	const glpiSrc = "https://github.com/glpi-project/glpi/blob/8d87c781874190b085250ce335309601092511e8/src/Api/API.php"
	glpiSession := headerValues("glpi_session", "GLPI_APP_TOKEN", "App-Token", "dGhpcyBpcyBhbiBhcHAgdG9rZW4gZm9yIGNp", "GLPI_SESSION_TOKEN", "Session-Token", "83af7e620c83a50a18d3eac2f6ed05a3")
	glpiUser := headerCred("Authorization", "GLPI_USER_TOKEN", "user_token q56hqkniwot8wntb3z1qarka5atf365taaa2uyjrn")

	// Navidrome answers every Subsonic error with 200 and status failed;
	// the envelope is the one its JSON writer gives (a client's notes
	// quote it byte for byte: id 15078231264's ping endpoint comment).
	const naviSrc = "https://github.com/navidrome/navidrome/blob/f3e2b0f7c67aa84844a3d2644f4037101f11ee1b/server/subsonic/responses/errors.go"
	subsonic := func(code, msg string) string {
		return `{"subsonic-response":{"status":"failed","version":"1.16.1","type":"navidrome","serverVersion":"0.53.1-FREEBSD (1ba390a)","openSubsonic":true,"error":{"code":` + code + `,"message":"` + msg + `"}}}`
	}
	naviPass := apiKey("NAVIDROME_PASSWORD", "Hq7vLm2XpR9sTz4K", "", "p")
	const naviPath = "/rest/getPlaylists.view?u=ci-bot&v=1.16.1&c=authspec&f=json"

	// OpenProject API v3 errors through ErrorRepresenter.
	const opSrc = "https://github.com/opf/openproject/blob/bc2ffce7821dc6f001d6ad56c6e2f7c3f7afd6d3/lib/api/errors/unauthorized.rb"
	hal := func(extra ...string) map[string]string {
		return ctHeader("application/hal+json; charset=utf-8", extra...)
	}
	opErr := func(id, msg string) string {
		return `{"_type":"Error","errorIdentifier":"urn:openproject-org:api:v3:errors:` + id + `","message":"` + msg + `"}`
	}
	opKey := basicCred("apikey", "5c1f0e2d9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d")

	// Plausible's Stats API plug (its test asserts each body).
	const plausibleSrc = "https://github.com/plausible/analytics/blob/67235626b0c308165b1a07f8d4adf860027cdfc5/lib/plausible_web/plugs/authorize_stats_api.ex"
	plausible := bearer("PLAUSIBLE_API_KEY", "x3Q9mZ7kLp2VnR8sT4wB6yD1fH5jK0cE-aG3iM7oQ9uS2wY4zA6cE8gI0kM2oQ4s")

	// n8n's public API: express-openapi-validator's security handler.
	const n8nSrc = "https://github.com/n8n-io/n8n/blob/a7dc6ec759da887e0b2b073d751c1740671ff766/packages/cli/src/public-api/index.ts"
	n8nKey := apiKey("N8N_API_KEY", "n8n_api_4f1d0c9b8a7e6f5d4c3b2a19081726354f6e5d4c3b2a1908", "X-N8N-API-KEY", "")

	// ntfy's errHTTP as JSON (code, http, error, link), newline ended.
	const ntfySrc = "https://github.com/binwiederhier/ntfy/blob/6bfe4a97797bcb3f513f63b5dcc944decb60d926/server/errors.go"
	ntfyTok := bearer("NTFY_TOKEN", "tk_AgQdq7mVBoFD37zQVN29RhuMzNIz2")

	// Apache Airflow 2's REST API: connexion problems.
	const airflowSrc = "https://github.com/apache/airflow/blob/afc2b663c16c95dad623f8eadb2d9f122a7ffff2/airflow/api_connexion/exceptions.py"
	airflowLogin := basicCred("ci-runner", "Nq4tV8wZ2xB6yC0d")

	// Metabase's generic 401 ring response.
	const metabaseSrc = "https://github.com/metabase/metabase/blob/dd5f332293596c999c40b8e55772202f15d66b26/src/metabase/api/response.clj"

	return []provCase{
		// NetBox.
		{src: netboxSrc, name: "NetBox 403 detail Invalid token", status: 403, header: json(), body: `{"detail":"Invalid token"}`,
			cred: netbox, path: "/api/dcim/sites/", want: CredentialRejected},
		{src: netboxSrc, name: "NetBox 403 detail Token expired", status: 403, header: json(), body: `{"detail":"Token expired"}`,
			cred: netbox, path: "/api/dcim/sites/", want: TokenExpired},
		// The token's user is deactivated: the credential is not active
		// (as the selfhost round read an account disabled).
		{src: netboxSrc, name: "NetBox 403 detail User inactive", status: 403, header: json(), body: `{"detail":"User inactive"}`,
			cred: netbox, path: "/api/dcim/sites/", want: CredentialRejected},
		{src: netboxSrc, name: "NetBox 403 Source IP is not allowed to use this token", status: 403, header: json(),
			body: `{"detail":"Source IP 203.0.113.7 is not allowed to use this token."}`, cred: netbox, path: "/api/dcim/devices/", want: IPRestricted},
		// LOGIN_REQUIRED with nothing sent: DRF's own sentence.
		{src: "https://github.com/nautobot/nautobot/blob/22ed4f1b534a9f31810e8673acb64ec663cb4808/docs/api/authentication.md", name: "NetBox 403 Authentication credentials were not provided, nothing sent", status: 403,
			header: json(), body: "{\n    \"detail\": \"Authentication credentials were not provided.\"\n}", path: "/api/dcim/sites/", want: NoCredentialsSent},

		// GLPI.
		{src: glpiSrc, name: "GLPI 401 ERROR_SESSION_TOKEN_INVALID session_token seems invalid", status: 401, header: json(),
			body: `["ERROR_SESSION_TOKEN_INVALID","session_token seems invalid"]`, cred: glpiSession, path: "/apirest.php/Computer", want: CredentialRejected},
		{src: glpiSrc, name: "GLPI 401 ERROR_RIGHT_MISSING You don't have permission", status: 401, header: json(),
			body: `["ERROR_RIGHT_MISSING","You don't have permission to perform this action."]`, cred: glpiSession, method: "DELETE", path: "/apirest.php/Computer/12", want: PermissionDenied},
		{src: glpiSrc, name: "GLPI 400 ERROR_SESSION_TOKEN_MISSING, nothing sent", status: 400, header: json(),
			body: `["ERROR_SESSION_TOKEN_MISSING","parameter session_token is missing or empty; view documentation in your browser at https://glpi.example.com/apirest.php/#ERROR_SESSION_TOKEN_MISSING"]`,
			path: "/apirest.php/Computer", want: NoCredentialsSent},
		{src: glpiSrc, name: "GLPI 401 ERROR_GLPI_LOGIN_USER_TOKEN parameter user_token seems invalid", status: 401, header: json(),
			body: `["ERROR_GLPI_LOGIN_USER_TOKEN","parameter user_token seems invalid"]`, cred: glpiUser, path: "/apirest.php/initSession", want: CredentialRejected},
		// returnError with an empty HTTP code answers 400.
		{src: glpiSrc, name: "GLPI 400 ERROR_NOT_ALLOWED_IP no active API client matching your IP", status: 400, header: json(),
			body: `["ERROR_NOT_ALLOWED_IP","There isn't an active API client matching your IP address in the configuration (203.0.113.7)"]`, cred: glpiUser, path: "/apirest.php/initSession", want: IPRestricted},
		// The user token was sent, the App-Token header the API client
		// requires was not (checkAppToken; GLPI's JavaScript client's nock
		// fixture shows the same envelope with the link).
		{src: glpiSrc, name: "GLPI 400 ERROR_APP_TOKEN_PARAMETERS_MISSING missing parameter app_token", status: 400, header: json(),
			body: `["ERROR_APP_TOKEN_PARAMETERS_MISSING","missing parameter app_token; view documentation in your browser at https://glpi.example.com/apirest.php/#ERROR_APP_TOKEN_PARAMETERS_MISSING"]`,
			cred: glpiUser, path: "/apirest.php/initSession", want: RequiredHeaderMissing},
		// Login and password refused as a way in: the catalog's "Basic
		// with a password ... disabled".
		{src: glpiSrc, name: "GLPI 400 ERROR_LOGIN_WITH_CREDENTIALS_DISABLED", status: 400, header: json(),
			body: `["ERROR_LOGIN_WITH_CREDENTIALS_DISABLED","usage of initSession resource with credentials is disabled"]`,
			cred: basicCred("glpi-ci", "Vb7nM3kQ9wE2rT5y"), path: "/apirest.php/initSession", want: DeprecatedAuthMethod},

		// Navidrome (Subsonic API): 200 with the refusal in the body.
		{src: naviSrc, name: "Navidrome 200 subsonic error 40 Wrong username or password", status: 200, header: json(),
			body: subsonic("40", "Wrong username or password"), cred: naviPass, path: naviPath, want: CredentialRejected},
		{src: "https://github.com/navidrome/navidrome/blob/b3ded07500d3b8edaf4f2a0b8d45ec951a6fa78b/server/subsonic/api.go", name: "Navidrome 200 subsonic error 50 User is not authorized for the given operation", status: 200, header: json(),
			body: subsonic("50", "User is not authorized for the given operation"), cred: naviPass, path: "/rest/deletePlaylist.view?u=ci-bot&v=1.16.1&c=authspec&f=json&id=7", want: PermissionDenied},

		// OpenProject.
		{src: "https://github.com/opf/openproject/blob/6e01b27f182a2ec9178726185ccd8429a92c1bac/lib/api/root.rb", name: "OpenProject 401 Unauthenticated You did not provide the correct credentials", status: 401, header: hal(),
			body: opErr("Unauthenticated", "You did not provide the correct credentials."), cred: opKey, path: "/api/v3/work_packages", want: CredentialRejected},
		// The spec's body for a request without credentials.
		{src: "https://github.com/opf/openproject/blob/9b3a08a30e23a0a016138a865e2421640f7a210b/spec/requests/api/v3/authentication_spec.rb", name: "OpenProject 401 You need to be authenticated, nothing sent", status: 401, header: hal(),
			body: `{"_embedded":{},"_type":"Error","errorIdentifier":"urn:openproject-org:api:v3:errors:Unauthenticated","message":"You need to be authenticated to access this resource."}`,
			path: "/api/v3/users/5", want: NoCredentialsSent},
		{src: opSrc, name: "OpenProject 403 MissingPermission You are not authorized", status: 403, header: hal(),
			body: opErr("MissingPermission", "You are not authorized to access this resource."), cred: opKey, method: "DELETE", path: "/api/v3/projects/3", want: PermissionDenied},

		// Plausible.
		{src: plausibleSrc, name: "Plausible 401 Missing API key, nothing sent", status: 401, header: json(),
			body: `{"error":"Missing API key. Please use a valid Plausible API key as a Bearer Token."}`, path: "/api/v1/stats/aggregate?site_id=example.com&metrics=visitors", want: NoCredentialsSent},
		// The same sentence for an unknown key and a key without the
		// site: the key comes first in the words.
		{src: plausibleSrc, name: "Plausible 401 Invalid API key or site ID", status: 401, header: json(),
			body: `{"error":"Invalid API key or site ID. Please make sure you're using a valid API key with access to the site you've requested."}`,
			cred: plausible, path: "/api/v1/stats/aggregate?site_id=example.com&metrics=visitors", want: CredentialRejected},
		{src: plausibleSrc, name: "Plausible 429 Your API key is limited to 600 requests per hour", status: 429, header: json(),
			body: `{"error":"Too many API requests. Your API key is limited to 600 requests per hour."}`, cred: plausible, path: "/api/v1/stats/timeseries?site_id=example.com", want: RateLimited},
		// A subscription the site's owner lacks: a plan, not the key.
		{src: plausibleSrc, name: "Plausible 402 site is locked due to missing active subscription", status: 402, header: json(),
			body: `{"error":"This Plausible site is locked due to missing active subscription. In order to access it, the site owner should subscribe to a suitable plan"}`,
			cred: plausible, path: "/api/v1/stats/aggregate?site_id=example.com&metrics=visitors", want: PermissionDenied},

		// n8n public API.
		{src: n8nSrc, name: "n8n 401 'X-N8N-API-KEY' header required, nothing sent", status: 401, header: json(),
			body: `{"message":"'X-N8N-API-KEY' header required"}`, path: "/api/v1/workflows", want: NoCredentialsSent},
		// The key went as a bearer token: the server names the header it
		// reads.
		{src: n8nSrc, name: "n8n 401 'X-N8N-API-KEY' header required, the key sent as Bearer", status: 401, header: json(),
			body: `{"message":"'X-N8N-API-KEY' header required"}`, cred: bearer("N8N_API_KEY", "n8n_api_4f1d0c9b8a7e6f5d4c3b2a19081726354f6e5d4c3b2a1908"),
			path: "/api/v1/workflows", want: CredentialInWrongPlace},
		{src: n8nSrc, name: "n8n 401 unauthorized, a key it does not know", status: 401, header: json(),
			body: `{"message":"unauthorized"}`, cred: n8nKey, path: "/api/v1/workflows", want: CredentialRejected},
		// A key without the scope the route needs (scoped API keys).
		{src: "https://github.com/n8n-io/n8n/blob/b1e26438aaed560f251946d66463d89e473b16a0/packages/cli/src/public-api/v1/shared/middlewares/global.middleware.ts", name: "n8n 403 Forbidden, a key without the route's scope", status: 403, header: json(),
			body: `{"message":"Forbidden"}`, cred: n8nKey, method: "POST", path: "/api/v1/source-control/pull", want: PermissionDenied},

		// ntfy.
		{src: ntfySrc, name: "ntfy 401 40101 unauthorized with an access token", status: 401, header: json(),
			body: "{\"code\":40101,\"http\":401,\"error\":\"unauthorized\",\"link\":\"https://ntfy.sh/docs/publish/#authentication\"}\n", cred: ntfyTok, method: "POST", path: "/alerts", want: CredentialRejected},
		{src: ntfySrc, name: "ntfy 403 40301 forbidden (no write access to the topic)", status: 403, header: json(),
			body: "{\"code\":40301,\"http\":403,\"error\":\"forbidden\",\"link\":\"https://ntfy.sh/docs/publish/#authentication\"}\n", cred: ntfyTok, method: "POST", path: "/ops-private", want: PermissionDenied},
		{src: ntfySrc, name: "ntfy 429 42901 limit reached: too many requests", status: 429, header: json(),
			body: "{\"code\":42901,\"http\":429,\"error\":\"limit reached: too many requests, please be nice\",\"link\":\"https://ntfy.sh/docs/publish/#limitations\"}\n", cred: ntfyTok, method: "POST", path: "/alerts", want: RateLimited},

		// Nextcloud WebDAV (sabre/dav), an app password refused: the
		// message joins every backend's refusal (the server's own test
		// fixture, SyncServiceTest).
		{src: "https://github.com/nextcloud/server/blob/8c7d7d7746e76b77ad86cee3aae5dbd4d1bcd896/apps/dav/tests/unit/CardDAV/SyncServiceTest.php", name: "Nextcloud WebDAV 401 Sabre NotAuthenticated, Username or password was incorrect", status: 401,
			header: ctHeader("application/xml; charset=utf-8", "WWW-Authenticate", `Basic realm="Nextcloud", charset="UTF-8"`),
			body:   "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<d:error xmlns:d=\"DAV:\" xmlns:s=\"http://sabredav.org/ns\">\n  <s:exception>Sabre\\DAV\\Exception\\NotAuthenticated</s:exception>\n  <s:message>No public access to this resource., Username or password was incorrect, No 'Authorization: Bearer' header found. Either the client didn't send one, or the server is mis-configured, Username or password was incorrect</s:message>\n</d:error>",
			cred:   basicCred("ci-sync", "Kx8Pq-2Lm4N-7Rt9V-3Wz6B-5Yc1D"), method: "PROPFIND", path: "/remote.php/dav/files/ci-sync/", want: CredentialRejected},

		// Apache Airflow 2 (basic_auth backend): the problem carries the
		// backend's Basic challenge.
		{src: airflowSrc, name: "Airflow 401 Unauthenticated problem, nothing sent", status: 401,
			header: ctHeader("application/problem+json", "WWW-Authenticate", "Basic"),
			body:   "{\n  \"detail\": null,\n  \"status\": 401,\n  \"title\": \"Unauthorized\",\n  \"type\": \"https://airflow.apache.org/docs/apache-airflow/2.9.3/stable-rest-api-ref.html#section/Errors/Unauthenticated\"\n}\n",
			path:   "/api/v1/dags", want: NoCredentialsSent},
		{src: airflowSrc, name: "Airflow 401 Unauthenticated problem, a wrong password", status: 401,
			header: ctHeader("application/problem+json", "WWW-Authenticate", "Basic"),
			body:   "{\n  \"detail\": null,\n  \"status\": 401,\n  \"title\": \"Unauthorized\",\n  \"type\": \"https://airflow.apache.org/docs/apache-airflow/2.9.3/stable-rest-api-ref.html#section/Errors/Unauthenticated\"\n}\n",
			cred:   airflowLogin, path: "/api/v1/dags", want: CredentialRejected},
		{src: airflowSrc, name: "Airflow 403 PermissionDenied problem", status: 403, header: ctHeader("application/problem+json"),
			body: `{"detail":null,"status":403,"title":"Forbidden","type":"https://airflow.apache.org/docs/apache-airflow/2.11.2/stable-rest-api-ref.html#section/Errors/PermissionDenied"}`,
			cred: airflowLogin, method: "PATCH", path: "/api/v1/dags/etl_daily", want: PermissionDenied},

		// Metabase: the same word whether the API key is unknown or
		// nothing was sent.
		{src: metabaseSrc, name: "Metabase 401 Unauthenticated, an API key refused", status: 401, header: text(),
			body: "Unauthenticated", cred: apiKey("METABASE_API_KEY", "mb_Qw3rTy7UiOp1AsDf5GhJkL9ZxCvBnM2q4W6e8R0t", "X-API-Key", ""), path: "/api/card", want: CredentialRejected},
		{src: metabaseSrc, name: "Metabase 401 Unauthenticated, nothing sent", status: 401, header: text(),
			body: "Unauthenticated", path: "/api/card", want: NoCredentialsSent},
	}
}

// roundselfhostedNonRefusals: answers the same servers send that are not
// about the credential: no cause.
func roundselfhostedNonRefusals() []fpCase {
	return []fpCase{
		{src: "https://github.com/glpi-project/glpi/blob/8d87c781874190b085250ce335309601092511e8/src/Api/API.php", name: "GLPI 404 ERROR_ITEM_NOT_FOUND Item not found", status: 404,
			header: jsonCT(), body: `["ERROR_ITEM_NOT_FOUND","Item not found"]`, path: "/apirest.php/Computer/99999"},
		{src: "https://github.com/opf/openproject/blob/4911b8a14921efe0c552ab2029389ac12bcaefcb/lib/api/errors/not_found.rb", name: "OpenProject 404 NotFound The requested resource could not be found", status: 404,
			header: ctHeader("application/hal+json; charset=utf-8"), body: `{"_type":"Error","errorIdentifier":"urn:openproject-org:api:v3:errors:NotFound","message":"The requested resource could not be found."}`, path: "/api/v3/work_packages/424242"},
		{src: "https://github.com/opf/openproject/blob/5175efb161d8682786b34b392ad44aa8784c0ac1/lib/api/errors/validation.rb", name: "OpenProject 422 PropertyConstraintViolation Subject can't be blank", status: 422,
			header: ctHeader("application/hal+json; charset=utf-8"), body: `{"_type":"Error","errorIdentifier":"urn:openproject-org:api:v3:errors:PropertyConstraintViolation","message":"Subject can't be blank.","_embedded":{"details":{"attribute":"subject"}}}`, path: "/api/v3/work_packages"},
		{src: "https://github.com/plausible/analytics/blob/67235626b0c308165b1a07f8d4adf860027cdfc5/lib/plausible_web/plugs/authorize_stats_api.ex", name: "Plausible 400 Missing site ID", status: 400,
			header: jsonCT(), body: `{"error":"Missing site ID. Please provide the required site_id parameter with your request."}`, path: "/api/v1/stats/aggregate?metrics=visitors"},
		{src: "https://github.com/binwiederhier/ntfy/blob/6bfe4a97797bcb3f513f63b5dcc944decb60d926/server/errors.go", name: "ntfy 404 40401 page not found", status: 404,
			header: jsonCT(), body: "{\"code\":40401,\"http\":404,\"error\":\"page not found\"}\n", path: "/v1/nope"},
		{src: "https://github.com/navidrome/navidrome/blob/b3ded07500d3b8edaf4f2a0b8d45ec951a6fa78b/server/subsonic/api.go", name: "Navidrome 200 subsonic error 70 data not found", status: 200,
			header: jsonCT(), body: `{"subsonic-response":{"status":"failed","version":"1.16.1","type":"navidrome","serverVersion":"0.53.1-FREEBSD (1ba390a)","openSubsonic":true,"error":{"code":70,"message":"data not found"}}}`,
			path: "/rest/getAlbum.view?u=ci-bot&v=1.16.1&c=authspec&f=json&id=missing"},
		{src: "https://github.com/apache/airflow/blob/afc2b663c16c95dad623f8eadb2d9f122a7ffff2/airflow/api_connexion/exceptions.py", name: "Airflow 404 NotFound DAG not found", status: 404,
			header: ctHeader("application/problem+json"), body: `{"detail":"The DAG with dag_id: etl_dayly was not found","status":404,"title":"DAG not found","type":"https://airflow.apache.org/docs/apache-airflow/2.9.3/stable-rest-api-ref.html#section/Errors/NotFound"}`,
			path: "/api/v1/dags/etl_dayly"},
	}
}

// TestHeldoutRoundselfhosted: see roundselfhostedCases.
func TestHeldoutRoundselfhosted(t *testing.T) {
	runHeldoutRound(t, heldoutRound{name: "roundselfhosted", cases: roundselfhostedCases(time.Now()), nonRefusals: roundselfhostedNonRefusals()})
}

// lateRoundselfhostedCases: answers of the same category gathered after
// the fixes (Mattermost, Metabase, Baserow, GLPI, Flask-AppBuilder's API
// behind Apache Superset), looked at for the first time and given their
// expected first cause from the catalog before running once. Late: first
// cause right in 6 of 9 before any change (refusals 5 of 8, the
// non-refusal 1 of 1). Misses: a token said provided in the query string
// and cookie-based authentication said not allowed (header-based asked
// for), both read as a refused credential; a 400 "parameter app_token
// seems wrong", no cause. 9 of 9 after the readings they lacked (the
// server says it does not take the credential where it came; a token
// named with its kind by an underscore, said to seem or appear wrong).
func lateRoundselfhostedCases(now time.Time) []provCase {
	const (
		mmStrings = "https://github.com/mattermost/mattermost/blob/00018c9a85d5f04083f8ce0ba089ba4d3fad2241/server/i18n/en.json"
		fabSrc    = "https://github.com/dpgaspar/Flask-AppBuilder/blob/ceca17f634a6764dfb146ad5535ad2b066f0cb53/flask_appbuilder/api/__init__.py"
	)
	// Mattermost's AppError as ServeHTTP writes it, its detailed error
	// wiped outside developer mode; the messages are en.json's.
	mmErr := func(id, msg string, status string) string {
		return `{"id":"` + id + `","message":"` + msg + `","detailed_error":"","request_id":"p9x4k1w3hjfo8m5ytqzr6c7bda","status_code":` + status + `}`
	}
	mmToken := "q8c5w1hz7jf3xbe9m4k2nrt6ya"
	jwt := bearer("SUPERSET_ACCESS_TOKEN", makeJWT(map[string]any{"sub": "7", "type": "access", "fresh": false, "exp": now.Add(15 * time.Minute).Unix()}))
	return []provCase{
		// A personal session token in the query string: the server takes
		// it there only for OAuth sessions.
		{src: mmStrings, name: "Mattermost 401 token_provided Session is not OAuth but token was provided in the query string", status: 401, header: jsonCT(),
			body: mmErr("api.context.token_provided.app_error", "Session is not OAuth but token was provided in the query string.", "401"),
			cred: apiKey("MM_TOKEN", mmToken, "", "access_token"), path: "/api/v4/users/me", want: CredentialInWrongPlace},
		// A session sent as a cookie to an endpoint that takes only the
		// Authorization header (the CSRF barrier, 401).
		{src: "https://github.com/mattermost/mattermost/blob/b7facfc077894d589c7f1e07b666d85cc0e3bc19/server/channels/api4/access_control.go", name: "Mattermost 401 session_cookie_not_allowed Cookie-based authentication is not allowed", status: 401, header: jsonCT(),
			body: mmErr("api.context.session_cookie_not_allowed.app_error", "Cookie-based authentication is not allowed for this endpoint. Please use header-based authentication.", "401"),
			cred: headerCred("Cookie", "MM_TOKEN", "MMAUTHTOKEN="+mmToken), method: "GET", path: "/api/v4/access_control_policies/p1/activate?active=true", want: CredentialInWrongPlace},
		// Multi-factor authentication enforced and the token's user not
		// enrolled: the token was accepted and the account may not do
		// this until it has a second factor (permission_denied, "a second
		// factor that the grant cannot give"), no header would help.
		{src: mmStrings, name: "Mattermost 403 mfa_required Multi-factor authentication is required on this server", status: 403, header: jsonCT(),
			body: mmErr("api.context.mfa_required.app_error", "Multi-factor authentication is required on this server.", "403"),
			cred: bearer("MM_TOKEN", mmToken), path: "/api/v4/channels", want: PermissionDenied},
		// Metabase's generic 403 (check-403), its message as the body.
		{src: "https://github.com/metabase/metabase/blob/f6e2bb4bab0a3ea82b3a51737efc0e9abee320d5/src/metabase/api/common.clj", name: "Metabase 403 You don't have permissions to do that", status: 403,
			header: ctHeader("text/plain; charset=utf-8"), body: "You don't have permissions to do that.",
			cred: apiKey("METABASE_API_KEY", "mb_Qw3rTy7UiOp1AsDf5GhJkL9ZxCvBnM2q4W6e8R0t", "X-API-Key", ""), method: "POST", path: "/api/database/2/sync_schema", want: PermissionDenied},
		// Baserow's database token without the table: the error code and
		// message are errors.py's; the envelope ("error" beside "detail")
		// is the one Baserow's API documentation shows for this 401.
		{src: "https://github.com/bram2w/baserow/blob/9711d46b29a56cbd43d927948fc5488be53c99ba/backend/src/baserow/contrib/database/api/tokens/errors.py", name: "Baserow 401 ERROR_NO_PERMISSION_TO_TABLE", status: 401, header: jsonCT(),
			body: `{"error":"ERROR_NO_PERMISSION_TO_TABLE","detail":"The token does not have permissions to the table."}`,
			cred: headerCred("Authorization", "BASEROW_DB_TOKEN", "Token 7Hk2pQ9wZx4LmN8vB3cT5yR1sD6fG0jU"), method: "POST", path: "/api/database/rows/table/214/", want: PermissionDenied},
		// The App-Token was sent and is not one an API client has: the
		// value was read and refused.
		{src: "https://github.com/glpi-project/glpi/blob/8d87c781874190b085250ce335309601092511e8/src/Api/API.php", name: "GLPI 400 ERROR_WRONG_APP_TOKEN_PARAMETER parameter app_token seems wrong", status: 400, header: jsonCT(),
			body: `["ERROR_WRONG_APP_TOKEN_PARAMETER","parameter app_token seems wrong; view documentation in your browser at https://glpi.example.com/apirest.php/#ERROR_WRONG_APP_TOKEN_PARAMETER"]`,
			cred: headerValues("glpi_login", "GLPI_APP_TOKEN", "App-Token", "dGhpcyBpcyBhbiBhcHAgdG9rZW4gZm9yIGNp", "GLPI_USER_TOKEN", "Authorization", "user_token q56hqkniwot8wntb3z1qarka5atf365taaa2uyjrn"),
			path: "/apirest.php/initSession", want: CredentialRejected},
		// Flask-AppBuilder's protect(): no JWT at all, then a JWT whose
		// user lacks the permission.
		{src: fabSrc, name: "Superset (Flask-AppBuilder) 401 Not authorized, nothing sent", status: 401, header: jsonCT(),
			body: "{\n  \"message\": \"Not authorized\"\n}\n", path: "/api/v1/chart/", want: NoCredentialsSent},
		{src: fabSrc, name: "Superset (Flask-AppBuilder) 403 Forbidden to a JWT", status: 403, header: jsonCT(),
			body: "{\n  \"message\": \"Forbidden\"\n}\n", cred: jwt, method: "DELETE", path: "/api/v1/dashboard/12", want: PermissionDenied},
	}
}

// lateRoundselfhostedNonRefusals: a NetBox 404 for a record that does not
// exist (Django's get_object_or_404 message through DRF): no cause.
func lateRoundselfhostedNonRefusals() []fpCase {
	return []fpCase{
		{src: "https://github.com/django/django/blob/de6dae19d90505857e4b6ab9f2f0ddcc147b9b46/django/shortcuts.py", name: "NetBox 404 No Site matches the given query", status: 404,
			header: jsonCT(), body: `{"detail":"No Site matches the given query."}`, path: "/api/dcim/sites/999/"},
	}
}

// TestHeldoutRoundselfhostedLate: see lateRoundselfhostedCases.
func TestHeldoutRoundselfhostedLate(t *testing.T) {
	runProviderCases(t, "roundselfhosted late answers", lateRoundselfhostedCases(time.Now()))
	runFalsePositives(t, "roundselfhosted late non-refusals", lateRoundselfhostedNonRefusals())
}
