package diagnose

import (
	"testing"
	"time"
)

// roundcmsCases: a held-out round on CMS, headless CMS and site builders
// (Ghost Admin and Content APIs, Directus, Payload, WordPress REST with
// application passwords and the JWT plugin, Drupal's OAuth server
// (league/oauth2-server, also Laravel Passport's), Contentful CDA and
// CMA, Sanity, Hygraph, DatoCMS, Webflow), answers not in the corpora
// before: other statuses, codes, endpoints or versions of providers
// already there, and providers that were not. Several come from the
// servers' own tests and recordings (Ghost's e2e snapshots, Payload's
// integration tests, Contentful's VCR cassettes); where a body is built
// from a server's source (its code, message and status inside the
// server's error envelope) the case says so. Gathered and given their
// expected first cause from the catalog before the diagnosis code was
// read; a comment says why when two codes could fit. First run, before
// any fix: first cause right in 38 of 48 (refusals 32 of 41, non-refusals
// 6 of 7 given no cause). Misses: Ghost's words naming the scheme it
// reads ("Authorization: Ghost [token]") to a Bearer token; a 400 saying
// the JWT's key id is missing (no cause); a JWT refused as older than
// the server's maximum age; application passwords said not available
// (the method disabled); "Cookie check failed" (the anti-CSRF nonce
// missing); a JWT's iss said not to match the server; OAuth's
// access_denied on a resource server's 401, read as a grant's refusal
// whatever its hint says (revoked token, missing Authorization header,
// token not verified) x3; a 403 saying the server's JWT support is not
// configured, given permission_denied. After the readings the misses
// lacked (readings_roundcms_test.go): 48 of 48 (the Authorization header
// written out with another scheme; a JWT's kid missing or unknown; a JWT
// too old; a kind of credential said not available; a cookie's nonce
// check failed; iss or aud by their short names not matching; OAuth's
// access_denied with no more than the RFC's definition on a 401; the
// server's own authentication not configured: no cause).
func roundcmsCases(now time.Time) []provCase {
	const (
		ghostAdmin   = "https://github.com/TryGhost/Ghost/blob/0a773ff52cf012963d8034f1dae3ce51c74b2414/ghost/core/core/server/services/auth/api-key/admin.js"
		directus     = "https://github.com/directus/directus/blob/0532b55f96e2186890ad6fdd7b869445a5c3e082/packages/errors/src/errors/"
		payloadMCP   = "https://github.com/payloadcms/payload/blob/db7543c2121f0b672e33436447122b5e09ea4f2b/test/plugin-mcp/int.spec.ts"
		payloadAuth  = "https://github.com/payloadcms/payload/blob/db7543c2121f0b672e33436447122b5e09ea4f2b/packages/payload/src/errors/Forbidden.ts"
		wpUser       = "https://github.com/WordPress/wordpress-develop/blob/1c661b982e4f736b8328df5d7663198bbb4bcfe4/src/wp-includes/user.php"
		wpRest       = "https://github.com/WordPress/wordpress-develop/blob/1c661b982e4f736b8328df5d7663198bbb4bcfe4/src/wp-includes/rest-api.php"
		wpJWTPlugin  = "https://github.com/Tmeister/wp-api-jwt-auth/blob/a2eca837138581802eca0985f7399838f0d66b24/public/class-jwt-auth-public.php"
		league       = "https://github.com/thephpleague/oauth2-server/blob/9d2f6fc0a0b5aa1bb02506971d3a4ecff2c6526c/src/AuthorizationValidators/BearerTokenValidator.php"
		cfCDA        = "https://github.com/contentful/contentful.rb/blob/ba141b5132849132adeec9bd0409ec6ced85cb23/spec/fixtures/"
		cfCMA        = "https://github.com/contentful/contentful-management.rb/blob/8940acde56f8fd2f7e3de024d5c85e295a27ba99/spec/fixtures/"
		datoErrors   = "https://www.datocms.com/docs/content-management-api/errors"
		webflowError = "https://developers.webflow.com/data/v2.0.0/reference/error-handling"
	)
	json := jsonCT
	ghostCT := func() map[string]string {
		return ctHeader("application/json; charset=utf-8", "X-Powered-By", "Express")
	}
	ghostErr := func(msg, typ, code string) string {
		return `{"errors":[{"message":"` + msg + `","context":null,"type":"` + typ + `","details":null,"property":null,"help":null,"code":"` + code + `","id":"5c91e460-b27b-11ed-b16a-f7290cb584e9","ghostErrorCode":null}]}`
	}
	ghostJWT := func(claims map[string]any) *Credential {
		return headerCred("Authorization", "GHOST_ADMIN_JWT", "Ghost "+makeJWT(claims))
	}
	fresh := map[string]any{"aud": "/admin/", "iat": now.Unix(), "exp": now.Add(5 * time.Minute).Unix()}
	directusErr := func(msg, code string) string {
		return `{"errors":[{"message":"` + msg + `","extensions":{"code":"` + code + `"}}]}`
	}
	directusToken := bearer("DIRECTUS_TOKEN", "Xq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e")
	payloadJWT := headerCred("Authorization", "PAYLOAD_JWT", "JWT "+makeJWT(map[string]any{"id": "66f1c2b9e3d4a4e8f9b7c1a2", "collection": "users", "email": "editor@example.com", "exp": now.Add(2 * time.Hour).Unix()}))
	wpApp := basicCred("ci-bot", "abcdEFGHijklMNOPqrstUVWX")
	wpErr := func(code, msg string, status string) string {
		return `{"code":"` + code + `","message":"` + msg + `","data":{"status":` + status + `}}`
	}
	wpJWT := func(claims map[string]any) *Credential { return bearer("WP_JWT", makeJWT(claims)) }
	wpClaims := map[string]any{"iss": "https://blog.example.com", "iat": now.Add(-time.Hour).Unix(), "nbf": now.Add(-time.Hour).Unix(), "exp": now.Add(6 * 24 * time.Hour).Unix(), "data": map[string]any{"user": map[string]any{"id": "1"}}}
	leagueErr := func(hint string) string {
		return `{"error":"access_denied","error_description":"The resource owner or authorization server denied the request.","hint":"` + hint + `","message":"The resource owner or authorization server denied the request."}`
	}
	drupalToken := bearer("DRUPAL_ACCESS_TOKEN", makeJWT(map[string]any{"aud": "9a3c2b1d-4e5f-4a6b-8c7d-1e2f3a4b5c6d", "jti": "6f1c2b9e3d4a4e8f9b7c1a2d3e4f5a6b7c8d9e0f", "sub": "7", "scope": "authenticated", "exp": now.Add(time.Hour).Unix()}))
	cfDelivery := bearer("CONTENTFUL_DELIVERY_TOKEN", "b4c0n73n7fu1a9f3c2e1d0b8a7c6e5f4d3c2b1a0f9e8d7c6b")
	cfManagement := bearer("CONTENTFUL_MANAGEMENT_TOKEN", "CFPAT-Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9j0k")
	cfMgmtCT := func(extra ...string) map[string]string {
		return ctHeader("application/vnd.contentful.management.v1+json", extra...)
	}
	datoErr := func(id, code string) string {
		return `{"data":[{"id":"` + id + `","type":"api_error","attributes":{"code":"` + code + `","doc_url":"https://www.datocms.com/docs/content-management-api/errors#` + code + `","details":{}}}]}`
	}
	webflowToken := bearer("WEBFLOW_TOKEN", "9f3c2e1d0b8a7c6e5f4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f")
	return []provCase{
		// Ghost Content API.
		// The e2e snapshot of a Content API call without its key.
		{src: "https://github.com/TryGhost/Ghost/blob/0a773ff52cf012963d8034f1dae3ce51c74b2414/ghost/core/test/e2e-api/content/__snapshots__/key_authentication.test.js.snap", name: "Ghost Content API 403 NoPermissionError Authorization failed, nothing sent", status: 403,
			header: ghostCT(), body: `{"errors":[{"code":null,"context":"Unable to determine the authenticated member or integration. Check the supplied Content API Key and ensure cookies are being passed through if member auth is failing.","details":null,"ghostErrorCode":null,"help":null,"id":"0e8f2d6a-3c1b-4f5e-9a7d-2b4c6e8f0a1c","message":"Authorization failed","property":null,"type":"NoPermissionError"}]}`,
			path: "/ghost/api/content/posts/", want: NoCredentialsSent},
		// The documentation's example of an unrecognised key (the key goes
		// in the query string, as the Content API reads it).
		{src: "https://docs.ghost.org/content-api/errors", name: "Ghost Content API 401 Unknown Content API Key", status: 401,
			header: ghostCT(), body: "{\n    \"errors\": [\n        {\n            \"message\": \"Unknown Content API Key\",\n            \"errorType\": \"UnauthorizedError\"\n        }\n    ]\n}",
			cred: apiKey("GHOST_CONTENT_API_KEY", "22444f78447824223cefc48062", "", "key"), path: "/ghost/api/content/posts/", want: CredentialRejected},

		// Ghost Admin API: the bodies are Ghost's error envelope (as its
		// e2e snapshots show it) around admin.js's messages and codes.
		// A JWT sent as Bearer: Ghost's words name the scheme it reads
		// ("Authorization: Ghost [token]"). No WWW-Authenticate comes with
		// it, but the catalog's scheme_mismatch is "the server asks for
		// another authentication scheme", which is what the words say;
		// prefix_missing would need no scheme at all.
		{src: ghostAdmin, name: "Ghost Admin API 401 INVALID_AUTH_HEADER, a JWT sent as Bearer", status: 401,
			header: ghostCT(), body: ghostErr(`Authorization header format is \"Authorization: Ghost [token]\"`, "UnauthorizedError", "INVALID_AUTH_HEADER"),
			cred: bearer("GHOST_ADMIN_JWT", makeJWT(fresh)), path: "/ghost/api/admin/posts/", want: SchemeMismatch},
		{src: ghostAdmin, name: "Ghost Admin API 401 UNKNOWN_ADMIN_API_KEY", status: 401,
			header: ghostCT(), body: ghostErr("Unknown Admin API Key", "UnauthorizedError", "UNKNOWN_ADMIN_API_KEY"),
			cred: ghostJWT(fresh), path: "/ghost/api/admin/site/", want: CredentialRejected},
		// The kid of a Content API key signed the JWT: the key exists but
		// is not an admin key; the server refuses the credential.
		{src: ghostAdmin, name: "Ghost Admin API 401 INVALID_API_KEY_TYPE", status: 401,
			header: ghostCT(), body: ghostErr("Invalid API Key type", "UnauthorizedError", "INVALID_API_KEY_TYPE"),
			cred: ghostJWT(fresh), method: "POST", path: "/ghost/api/admin/posts/", want: CredentialRejected},
		// A JWT without a kid header: a malformed credential, refused.
		{src: ghostAdmin, name: "Ghost Admin API 400 MISSING_ADMIN_API_KID Admin API kid missing.", status: 400,
			header: ghostCT(), body: ghostErr("Admin API kid missing.", "BadRequestError", "MISSING_ADMIN_API_KID"),
			cred: ghostJWT(fresh), path: "/ghost/api/admin/posts/", want: CredentialRejected},
		{src: ghostAdmin, name: "Ghost Admin API 401 INVALID_JWT jwt expired", status: 401,
			header: ghostCT(), body: ghostErr("Invalid token: jwt expired", "UnauthorizedError", "INVALID_JWT"),
			cred: ghostJWT(map[string]any{"aud": "/admin/", "iat": now.Add(-20 * time.Minute).Unix(), "exp": now.Add(-15 * time.Minute).Unix()}), path: "/ghost/api/admin/posts/", want: JWTExpired},
		// Ghost refuses JWTs older than five minutes whatever their exp
		// says: the server's words say the token's lifetime ran out.
		// jwt_expired cannot fire (exp is ahead); token_expired is the
		// catalog's "the server says the token expired" (refresh it).
		{src: ghostAdmin, name: "Ghost Admin API 401 INVALID_JWT maxAge exceeded", status: 401,
			header: ghostCT(), body: ghostErr("Invalid token: maxAge exceeded", "UnauthorizedError", "INVALID_JWT"),
			cred: ghostJWT(map[string]any{"aud": "/admin/", "iat": now.Add(-10 * time.Minute).Unix(), "exp": now.Add(time.Hour).Unix()}), path: "/ghost/api/admin/posts/", want: TokenExpired},
		// The JWT's aud is another API's path (jsonwebtoken's message for
		// the audience regexp Ghost checks).
		{src: ghostAdmin, name: "Ghost Admin API 401 INVALID_JWT jwt audience invalid", status: 401,
			header: ghostCT(), body: ghostErr(`Invalid token: jwt audience invalid. expected: /\\/?admin\\/?$/`, "UnauthorizedError", "INVALID_JWT"),
			cred: ghostJWT(map[string]any{"aud": "/v2/content/", "iat": now.Unix(), "exp": now.Add(5 * time.Minute).Unix()}), path: "/ghost/api/admin/posts/", want: JWTWrongAudience},

		// Directus: the bodies are Directus's error envelope around the
		// error classes' messages, codes and statuses.
		// A static token Directus does not know is refused as credentials.
		{src: directus + "invalid-credentials.ts", name: "Directus 401 INVALID_CREDENTIALS with a static token", status: 401,
			header: json(), body: directusErr("Invalid user credentials.", "INVALID_CREDENTIALS"), cred: directusToken, path: "/items/articles", want: CredentialRejected},
		// The token's user is suspended: the credential is read and refused.
		{src: "https://github.com/directus/directus/blob/872f151e82e294ac684391a6c945d96a06554395/packages/errors/src/errors/user-suspended.ts", name: "Directus 401 USER_SUSPENDED", status: 401,
			header: json(), body: directusErr("User suspended.", "USER_SUSPENDED"), cred: directusToken, path: "/users/me", want: CredentialRejected},
		{src: directus + "hit-rate-limit.ts", name: "Directus 429 REQUESTS_EXCEEDED Too many requests, retry after 1m.", status: 429,
			header: json(), body: directusErr("Too many requests, retry after 1m.", "REQUESTS_EXCEEDED"), cred: directusToken, path: "/items/articles", want: RateLimited},
		// Directus 10+ names the collection; the same words whether the
		// collection is missing or forbidden.
		{src: "https://github.com/directus/directus/blob/028222e2f074975b54ebdb8982b4d9cb5ba7da4e/packages/errors/src/errors/forbidden.ts", name: "Directus 403 FORBIDDEN permission to access collection, nothing sent", status: 403,
			header: json(), body: `{"errors":[{"message":"You don't have permission to access collection \"articles\" or it does not exist. Queried in root.","extensions":{"reason":"You don't have permission to access collection \"articles\" or it does not exist. Queried in root.","code":"FORBIDDEN"}}]}`,
			path: "/items/articles", want: NoCredentialsSent},
		{src: "https://github.com/directus/directus/blob/028222e2f074975b54ebdb8982b4d9cb5ba7da4e/packages/errors/src/errors/forbidden.ts", name: "Directus 403 FORBIDDEN permission to access collection, a token sent", status: 403,
			header: json(), body: `{"errors":[{"message":"You don't have permission to access collection \"articles\" or it does not exist. Queried in root.","extensions":{"reason":"You don't have permission to access collection \"articles\" or it does not exist. Queried in root.","code":"FORBIDDEN"}}]}`,
			cred: directusToken, method: "POST", path: "/items/articles", want: PermissionDenied},

		// Payload CMS: the integration test's assertions (status and
		// message) inside Payload's {"errors":[{"message"}]} envelope.
		{src: payloadMCP, name: "Payload 401 Unauthorized, you must be logged in, a wrong API key sent", status: 401,
			header: json(), body: `{"errors":[{"message":"Unauthorized, you must be logged in to make this request."}]}`,
			cred: headerCred("Authorization", "PAYLOAD_API_KEY", "users API-Key fake8f3c2e1d-0b8a-4c6e-9f4d-3c2b1a0f9e8dkey"), method: "POST", path: "/api/mcp", want: CredentialRejected},
		{src: payloadAuth, name: "Payload 403 You are not allowed to perform this action, a JWT sent", status: 403,
			header: json(), body: `{"errors":[{"message":"You are not allowed to perform this action."}]}`, cred: payloadJWT, method: "DELETE", path: "/api/posts/66f1c2b9e3d4a4e8f9b7c1a3", want: PermissionDenied},
		{src: payloadAuth, name: "Payload 403 You are not allowed to perform this action, nothing sent", status: 403,
			header: json(), body: `{"errors":[{"message":"You are not allowed to perform this action."}]}`, method: "POST", path: "/api/posts", want: NoCredentialsSent},

		// WordPress REST API with application passwords: user.php's
		// errors, given status 401 by rest_application_password_check_errors,
		// in WordPress REST's error envelope.
		{src: wpUser, name: "WordPress 401 incorrect_password invalid application password", status: 401,
			header: json(), body: wpErr("incorrect_password", "The provided password is an invalid application password.", "401"), cred: wpApp, path: "/wp-json/wp/v2/users/me", want: CredentialRejected},
		{src: wpUser, name: "WordPress 401 invalid_username Unknown username", status: 401,
			header: json(), body: wpErr("invalid_username", "<strong>Error:</strong> Unknown username. Check again or try your email address.", "401"), cred: wpApp, path: "/wp-json/wp/v2/posts", want: CredentialRejected},
		// The site turned application passwords off: the method is disabled.
		{src: wpUser, name: "WordPress 401 application_passwords_disabled", status: 401,
			header: json(), body: wpErr("application_passwords_disabled", "Application passwords are not available.", "401"), cred: wpApp, method: "POST", path: "/wp-json/wp/v2/posts", want: DeprecatedAuthMethod},
		// Cookie authentication without the X-WP-Nonce header: the nonce is
		// the anti-CSRF header the catalog's required_header_missing names.
		{src: wpRest, name: "WordPress 403 rest_cookie_invalid_nonce Cookie check failed", status: 403,
			header: json(), body: wpErr("rest_cookie_invalid_nonce", "Cookie check failed", "403"),
			cred: headerCred("Cookie", "WP_LOGGED_IN_COOKIE", "wordpress_logged_in_3f2a1b=ci-bot%7C1765000000%7CWq8ZbV3kLmN0pQrS7tUv%7Ca1b2c3d4e5f6"), method: "POST", path: "/wp-json/wp/v2/posts", want: RequiredHeaderMissing},
		{src: "https://github.com/WordPress/wordpress-develop/blob/1c661b982e4f736b8328df5d7663198bbb4bcfe4/src/wp-includes/rest-api/endpoints/class-wp-rest-users-controller.php", name: "WordPress 401 rest_not_logged_in, nothing sent", status: 401,
			header: json(), body: wpErr("rest_not_logged_in", "You are not currently logged in.", "401"), path: "/wp-json/wp/v2/users/me", want: NoCredentialsSent},
		// Logged in through the application password, then refused: 403
		// (rest_authorization_required_code).
		{src: "https://github.com/WordPress/wordpress-develop/blob/1c661b982e4f736b8328df5d7663198bbb4bcfe4/src/wp-includes/rest-api/class-wp-rest-server.php", name: "WordPress 403 rest_forbidden Sorry, you are not allowed to do that.", status: 403,
			header: json(), body: wpErr("rest_forbidden", "Sorry, you are not allowed to do that.", "403"), cred: wpApp, path: "/wp-json/wp/v2/settings", want: PermissionDenied},

		// The WordPress JWT Authentication plugin (wp-api-jwt-auth): its
		// codes and messages, all 403, in WordPress REST's envelope.
		// Byte for byte from a client's recorded error.
		{src: "https://github.com/crifan/crifanLibPython/blob/3b117e4e368a49976ba2f2bad78ded28c602a570/python3/crifanLib/thirdParty/crifanWordpress.py", name: "WordPress JWT plugin 403 jwt_auth_invalid_token Expired token", status: 403,
			header: json(), body: `{"code":"jwt_auth_invalid_token","message":"Expired token","data":{"status":403}}`,
			cred: wpJWT(map[string]any{"iss": "https://www.crifan.com", "iat": now.Add(-9 * 24 * time.Hour).Unix(), "exp": now.Add(-2 * 24 * time.Hour).Unix(), "data": map[string]any{"user": map[string]any{"id": "1"}}}),
			path: "/wp-json/wp/v2/categories?search=x", want: JWTExpired},
		// The token was issued by another site (staging's token on
		// production). No expect_claims, but the server's words say the
		// issuer is not its own, which is the catalog's jwt_wrong_issuer.
		{src: wpJWTPlugin, name: "WordPress JWT plugin 403 jwt_auth_bad_iss", status: 403,
			header: json(), body: wpErr("jwt_auth_bad_iss", "The iss do not match with this server", "403"),
			cred:   wpJWT(map[string]any{"iss": "https://staging.blog.example.com", "iat": now.Add(-time.Hour).Unix(), "exp": now.Add(24 * time.Hour).Unix(), "data": map[string]any{"user": map[string]any{"id": "1"}}}),
			method: "POST", path: "/wp-json/jwt-auth/v1/token/validate", want: JWTWrongIssuer},
		// The plugin reads "Bearer %s"; the token went bare.
		{src: wpJWTPlugin, name: "WordPress JWT plugin 403 jwt_auth_bad_auth_header, a bare token", status: 403,
			header: json(), body: wpErr("jwt_auth_bad_auth_header", "Authorization header malformed.", "403"),
			cred: headerCred("Authorization", "WP_JWT", makeJWT(wpClaims)), path: "/wp-json/wp/v2/posts?status=draft", want: PrefixMissing},
		// firebase/php-jwt's message for a token signed with another secret.
		{src: wpJWTPlugin, name: "WordPress JWT plugin 403 jwt_auth_invalid_token Signature verification failed", status: 403,
			header: json(), body: wpErr("jwt_auth_invalid_token", "Signature verification failed", "403"), cred: wpJWT(wpClaims), method: "POST", path: "/wp-json/wp/v2/posts", want: CredentialRejected},

		// league/oauth2-server's resource server (Drupal's simple_oauth,
		// Laravel Passport): accessDenied's payload with the validator's
		// hints, status 401.
		{src: league, name: "Drupal simple_oauth 401 access_denied Access token has been revoked", status: 401,
			header: json(), body: leagueErr("Access token has been revoked"), cred: drupalToken, path: "/jsonapi/node/article", want: CredentialRejected},
		{src: league, name: "Drupal simple_oauth 401 access_denied Missing Authorization header, nothing sent", status: 401,
			header: json(), body: leagueErr(`Missing \"Authorization\" header`), path: "/jsonapi/node/article", want: NoCredentialsSent},
		// Signed by another key (the token's exp is ahead, so no local
		// expiry reading).
		{src: league, name: "Drupal simple_oauth 401 access_denied Access token could not be verified", status: 401,
			header: json(), body: leagueErr("Access token could not be verified"), cred: drupalToken, method: "PATCH", path: "/jsonapi/node/article/5f1a2b3c-4d5e-6f7a-8b9c-0d1e2f3a4b5c", want: CredentialRejected},

		// Contentful: recorded answers (VCR cassettes) and the SDK's error
		// fixtures.
		{src: cfCDA + "vcr_cassettes/ratelimit.yml", name: "Contentful CDA 429 RateLimitExceeded Ratelimit Exceeded", status: 429,
			header: ctHeader("application/vnd.contentful.delivery.v1+json", "Server", "nginx/1.1.19", "Via", "1.1 varnish"),
			body:   "{\n  \"sys\": {\n    \"type\": \"Error\",\n    \"id\": \"RateLimitExceeded\"\n  },\n  \"message\": \"Ratelimit Exceeded\",\n  \"requestId\": \"85f-649640521\"\n}\n",
			cred:   cfDelivery, path: "/spaces/cfexampleapi/environments/master/entries?sys.id=nyancat", want: RateLimited},
		{src: cfCMA + "vcr_cassettes/entry/too_many_requests.yml", name: "Contentful CMA 429 RateLimitExceeded the Organization's rate limit", status: 429,
			header: cfMgmtCT("Server", "nginx", "X-Powered-By", "Express"),
			body:   "{\n  \"sys\": {\n    \"type\": \"Error\",\n    \"id\": \"RateLimitExceeded\"\n  },\n  \"message\": \"You have exceeded the rate limit of the Organization this Space belongs to by making too many API requests within a short timespan. Please wait a moment before trying the request again.\",\n  \"details\": {\n    \"errors\": [\n      {\n        \"details\": \"You have exceeded the rate limit of the Organization this Space belongs to by making too many API requests within a short timespan. Please wait a moment before trying the request again.\"\n      }\n    ]\n  }\n}\n",
			cred:   cfManagement, method: "POST", path: "/spaces/286arvy86ry9/entries", want: RateLimited},
		// Creating a space: the token's user may not, or the plan is full;
		// either way the credential is known and not allowed.
		{src: cfCMA + "vcr_cassettes/space/create_when_limit_has_been_reached.yml", name: "Contentful CMA 403 Forbidden not authorized to do this action or exceeded your plan limits", status: 403,
			header: cfMgmtCT("Server", "nginx", "X-Contentful-Request-Id", "85f-1334430994"),
			body:   "{\n  \"sys\":{\n    \"type\":\"Error\",\n    \"id\":\"Forbidden\"\n  },\n  \"requestId\":\"85f-1334430994\",\n  \"message\":\"You are not authorized to do this action or exceeded your plan limits.\"}\n",
			cred:   cfManagement, method: "POST", path: "/spaces", want: PermissionDenied},
		{src: cfCMA + "json_responses/default_403.json", name: "Contentful CMA 403 AccessDenied without a message", status: 403,
			header: cfMgmtCT(), body: "{\n  \"sys\": {\n    \"type\": \"Error\",\n    \"id\": \"AccessDenied\"\n  },\n  \"requestId\": \"85f-351076632\"\n}\n",
			cred: cfManagement, method: "DELETE", path: "/spaces/286arvy86ry9/content_types/post", want: PermissionDenied},
		{src: cfCMA + "json_responses/default_401.json", name: "Contentful CMA 401 Unauthorized without a message", status: 401,
			header: cfMgmtCT(), body: "{\n  \"sys\": {\n    \"type\": \"Error\",\n    \"id\": \"Unauthorized\"\n  },\n  \"requestId\": \"85f-351076632\"\n}\n",
			cred: cfManagement, path: "/spaces/286arvy86ry9/entries", want: CredentialRejected},

		// Sanity: a token whose role may read but not create. The thread
		// shows the body with its inner quotes unescaped; here as JSON.
		{src: "https://github.com/adrianhajdin/project_professional_portfolio/issues/24", name: "Sanity 403 mutationError Insufficient permissions; permission create required", status: 403,
			header: json(), body: `{"error":{"description":"the mutation(s) failed: Insufficient permissions; permission \"create\" required","items":[{"error":{"description":"Insufficient permissions; permission \"create\" required","permission":"create","type":"insufficientPermissionsError"},"index":0}],"type":"mutationError"}}`,
			cred: bearer("SANITY_API_TOKEN", "skQ2hpY2tlbkZpbmdlcnMxMjM0NTY3ODkwYWJjZGVmZ2hpamtsbW5vcA"), method: "POST", path: "/v2021-10-21/data/mutate/production", want: PermissionDenied},

		// Hygraph (GraphCMS): a permanent auth token without the create and
		// update permissions; the GraphQL answer carries 403.
		{src: "https://github.com/adrianhajdin/project_graphql_blog/issues/48", name: "Hygraph 403 Mutation failed due to permission errors", status: 403,
			header: json(), body: `{"errors":[{"message":"Mutation failed due to permission errors","extensions":{"code":"403","failedActions":[{"action":"create","model":"Comment","stage":"DRAFT"},{"action":"update","model":"Post","stage":"DRAFT"}]}}],"data":null,"extensions":{"requestId":"cl87cg1f45rwc0ezs00jhmkep"}}`,
			cred:   bearer("GRAPHCMS_TOKEN", makeJWT(map[string]any{"version": 3, "aud": []string{"https://api-eu-central-1.graphcms.com/v2/cl4b2c3d4e5f6/master"}, "iss": "https://management.graphcms.com/"})),
			method: "POST", path: "/v2/cl4b2c3d4e5f6/master", want: PermissionDenied},

		// DatoCMS CMA: codes as DatoCMS answers them (no message at all),
		// in its documented api_error envelope.
		{src: datoErrors, name: "DatoCMS 401 INVALID_AUTHORIZATION_HEADER, a wrong token", status: 401,
			header: json(), body: datoErr("5413bc", "INVALID_AUTHORIZATION_HEADER"),
			cred: bearer("DATOCMS_API_TOKEN", "faeb9172e232a75339242faafb9e56de8c8f13b735f7090964"), path: "/items?page[limit]=5", want: CredentialRejected},
		// Nothing sent: DatoCMS names the site, not the credential.
		{src: datoErrors, name: "DatoCMS 401 INVALID_SITE, nothing sent", status: 401,
			header: json(), body: datoErr("02f293", "INVALID_SITE"), path: "/items?page[limit]=5", want: NoCredentialsSent},

		// Webflow Data API v2: its error object (code, message,
		// externalReference, details) as clients log it.
		{src: webflowError, name: "Webflow 401 not_authorized Request not authorized", status: 401,
			header: json(), body: `{"message":"Request not authorized","code":"not_authorized","externalReference":null,"details":[]}`,
			cred: webflowToken, path: "/v2/sites/580e63e98c9a982ac9b8b741/collections", want: CredentialRejected},
		// The server names the scope the token lacks.
		{src: webflowError, name: "Webflow 403 missing_scopes OAuthForbidden", status: 403,
			header: json(), body: `{"message":"OAuthForbidden: You are missing the following scopes - 'cms:read'","code":"missing_scopes","externalReference":null,"details":[]}`,
			cred: webflowToken, path: "/v2/collections/580e64008c9a982ac9b8b754/items", want: ServerInsufficientScope},
	}
}

// roundcmsNonRefusals: answers of the same servers that speak of keys,
// tokens or permissions but refuse nothing the credential could fix: a
// validation failure, a version conflict, a route or record that does not
// exist, and a server whose own JWT secret is not configured.
func roundcmsNonRefusals() []fpCase {
	cfMgmt := "https://github.com/contentful/contentful-management.rb/blob/8940acde56f8fd2f7e3de024d5c85e295a27ba99/spec/fixtures/"
	return []fpCase{
		{src: cfMgmt + "json_responses/422_details.json", name: "Contentful CMA 422 ValidationFailed", status: 422,
			header: ctHeader("application/vnd.contentful.management.v1+json"), path: "/spaces/286arvy86ry9/locales",
			body: "{\n  \"requestId\": \"044bb23356babe4f11a3f7f1e77c762a\",\n  \"message\":\"The resource you sent in the body is invalid.\",\n  \"details\":{\n    \"errors\":[\n      {\n        \"name\":\"taken\",\n        \"path\":\"display_code\",\n        \"value\":\"en-US\"\n      },\n      {\n        \"name\":\"fallback locale creates a loop\",\n        \"path\":\"fallback_code\",\n        \"value\":\"en-US\"\n      }\n    ]\n  },\n  \"sys\":{\n    \"type\":\"Error\",\n    \"id\":\"ValidationFailed\"\n  }\n}\n"},
		{src: cfMgmt + "vcr_cassettes/content_type/activate_with_invalid_version.yml", name: "Contentful CMA 409 VersionMismatch", status: 409,
			header: ctHeader("application/vnd.contentful.management.v1+json"), path: "/spaces/286arvy86ry9/content_types/5DSpuKrl04eMAGQoQckeIq/published",
			body: "{\n  \"sys\": {\n    \"type\": \"Error\",\n    \"id\": \"VersionMismatch\"\n  }\n}\n"},
		{src: "https://github.com/directus/directus/blob/13a2b355a884e4a62f80a30b81ec7ce7b600b1a6/packages/errors/src/errors/route-not-found.ts", name: "Directus 404 ROUTE_NOT_FOUND", status: 404,
			header: jsonCT(), path: "/itemz/articles", body: `{"errors":[{"message":"Route /itemz/articles doesn't exist.","extensions":{"code":"ROUTE_NOT_FOUND"}}]}`},
		{src: "https://github.com/TryGhost/Ghost/blob/0a773ff52cf012963d8034f1dae3ce51c74b2414/ghost/core/test/e2e-api/content/__snapshots__/key_authentication.test.js.snap", name: "Ghost Content API 404 NotFoundError Resource not found", status: 404,
			header: ctHeader("application/json; charset=utf-8"), path: "/ghost/api/content/explore/",
			body: `{"errors":[{"code":null,"context":null,"details":null,"ghostErrorCode":null,"help":null,"id":"0e8f2d6a-3c1b-4f5e-9a7d-2b4c6e8f0a1d","message":"Resource not found","property":null,"type":"NotFoundError"}]}`},
		{src: "https://github.com/payloadcms/payload/blob/db7543c2121f0b672e33436447122b5e09ea4f2b/packages/payload/src/errors/NotFound.ts", name: "Payload 404 Not Found", status: 404,
			header: jsonCT(), path: "/api/posts/66f1c2b9e3d4a4e8f9b7c1a4", body: `{"errors":[{"message":"Not Found"}]}`},
		{src: "https://github.com/WordPress/wordpress-develop/blob/1c661b982e4f736b8328df5d7663198bbb4bcfe4/src/wp-includes/rest-api/endpoints/class-wp-rest-posts-controller.php", name: "WordPress 404 rest_post_invalid_id Invalid post ID.", status: 404,
			header: jsonCT(), path: "/wp-json/wp/v2/posts/999999", body: `{"code":"rest_post_invalid_id","message":"Invalid post ID.","data":{"status":404}}`},
		// The site's wp-config.php has no JWT_AUTH_SECRET_KEY: a 403 that
		// no credential can fix (the server's configuration).
		{src: "https://github.com/Tmeister/wp-api-jwt-auth/blob/a2eca837138581802eca0985f7399838f0d66b24/public/class-jwt-auth-public.php", name: "WordPress JWT plugin 403 jwt_auth_bad_config", status: 403,
			header: jsonCT(), path: "/wp-json/jwt-auth/v1/token/validate", body: `{"code":"jwt_auth_bad_config","message":"JWT is not configured properly, please contact the admin","data":{"status":403}}`},
	}
}

// TestHeldoutRoundcms reports top-1 on the CMS round: the refusals as
// runProviderCases serves them, and the non-refusals, which must get no
// cause.
func TestHeldoutRoundcms(t *testing.T) {
	runHeldoutRound(t, heldoutRound{name: "roundcms", cases: roundcmsCases(time.Now()), nonRefusals: roundcmsNonRefusals()})
}

// lateRoundcmsCases: answers gathered after the fixes above, looked at for
// the first time and run once before any change: late: first cause right
// in 4 of 5 (refusals 3 of 4, non-refusals 1 of 1). Miss: a GraphQL 200
// whose error says the Authorization header is invalid (no cause), read
// since as the credential refused in a 2xx: 5 of 5 after.
func lateRoundcmsCases(now time.Time) []provCase {
	return []provCase{
		// Sanity: a token of another project sent to this project's host.
		// The thread quotes the words; the envelope is Sanity's (as its
		// Session not found answer shows it).
		{src: "https://github.com/lvidor/biosag-energy-website/blob/1f9bd9664ca663b97c67b019d980b4c390a65b92/PROJECT_SPECIFIC_TOKEN.md", name: "Sanity 401 Session does not match project host", status: 401,
			header: jsonCT(), body: `{"message":"Session does not match project host","statusCode":401,"error":"Unauthorized"}`,
			cred: bearer("SANITY_TOKEN", "skQ2hpY2tlbkZpbmdlcnMxMjM0NTY3ODkwYWJjZGVmZ2hpamtsbW5vcA"), method: "POST", path: "/v2021-06-07/data/mutate/production", want: CredentialRejected},
		// Craft CMS's GraphQL Authentication plugin refuses a JWT signed
		// with another secret inside a GraphQL answer (200, errors): the
		// plugin's message and code in webonyx/graphql-php's error shape.
		{src: "https://github.com/jamesedmonston/graphql-authentication/blob/14c2f749a4043c23c36cf6f96bce0efd488219de/src/services/TokenService.php", name: "Craft GraphQL Authentication 200 errors Invalid Authorization Header", status: 200,
			header: jsonCT(), body: `{"errors":[{"message":"Invalid Authorization Header","extensions":{"code":"INVALID"},"locations":[{"line":1,"column":3}],"path":["viewer"]}],"data":{"viewer":null}}`,
			cred: bearer("CRAFT_JWT", makeJWT(map[string]any{"sub": "12", "schemaId": 2, "iat": now.Add(-time.Minute).Unix(), "exp": now.Add(time.Hour).Unix()})), method: "POST", path: "/api", want: CredentialRejected},
		// Craft CMS 3.5 with no public schema: a query without a token. The
		// thread names status and words; the body is Yii's JSON error.
		{src: "https://github.com/craftcms/cms/issues/6444", name: "Craft CMS 400 Missing Authorization header, nothing sent", status: 400,
			header: jsonCT(), body: `{"name":"Bad Request","message":"Missing Authorization header","code":0,"status":400}`, method: "POST", path: "/api", want: NoCredentialsSent},
		// The application password was sent, but the server (Apache without
		// the rewrite rule) dropped the header, so WordPress saw no user and
		// answered 401 in words about permission. authspec cannot see the
		// header dropped; the catalog reads a 401 in words about a
		// permission as permission_denied.
		{src: "https://github.com/WordPress/application-passwords/issues/67", name: "WordPress 401 rest_cannot_create, an application password sent", status: 401,
			header: jsonCT(), body: "{\n    \"code\": \"rest_cannot_create\",\n    \"message\": \"Sorry, you are not allowed to create posts as this user.\",\n    \"data\": {\n        \"status\": 401\n    }\n}",
			cred: basicCred("ci-bot", "abcdEFGHijklMNOPqrstUVWX"), method: "POST", path: "/wp-json/wp/v2/posts", want: PermissionDenied},
	}
}

// lateRoundcmsNonRefusals: a content type id that does not exist, answered
// 404 with "Invalid resource id".
func lateRoundcmsNonRefusals() []fpCase {
	return []fpCase{
		{src: "https://github.com/contentful/contentful.rb/blob/ba141b5132849132adeec9bd0409ec6ced85cb23/spec/fixtures/vcr_cassettes/not_found.yml", name: "Contentful CDA 404 NotFound Invalid resource id", status: 404,
			header: ctHeader("application/vnd.contentful.delivery.v1+json", "Server", "Contentful"), path: "/spaces/cfexampleapi/environments/master/content_types/not%20found",
			body: "{\n  \"sys\": {\n    \"type\": \"Error\",\n    \"id\": \"NotFound\"\n  },\n  \"message\": \"Invalid resource id\",\n  \"requestId\": \"77047700ec63ba7bdf3b4f3b66770004\"\n}\n"},
	}
}

// TestHeldoutRoundcmsLate: see lateRoundcmsCases.
func TestHeldoutRoundcmsLate(t *testing.T) {
	runProviderCases(t, "roundcms late answers", lateRoundcmsCases(time.Now()))
	runFalsePositives(t, "roundcms late non-refusals", lateRoundcmsNonRefusals())
}
