package diagnose

import (
	"testing"
	"time"
)

// roundsocialCases: a held-out round on social, content, commerce-platform
// and marketing APIs, both their resource APIs and their token endpoints
// (Shopify Admin GraphQL and REST, Etsy, Bluesky/AT Protocol XRPC,
// Threads, Tumblr, Reddit, WordPress.com and the WordPress REST API,
// Strapi, Twitch Helix, Vimeo, LinkedIn, eBay, Amazon Ads, Medium).
// Answers already in a corpus byte for byte were left out; each case is
// another answer of its provider (another status, code, endpoint or
// version). Gathered and given their expected first cause from the catalog
// before the diagnosis code was read; a comment says why when two codes
// could fit. First run, before any fix: first cause right in 36 of 41
// (refusals 20 of 24, token endpoint refusals 10 of 11, non-refusals 6 of
// 6 given no cause). 41 of 41 after the readings the misses lacked, none
// an expectation changed: a token said revoked under a code that says
// expired (Bluesky's ExpiredToken "Token has been revoked"); a token's
// scope said bad ("Bad token scope"); the application's client id asked
// for beside a token sent (Twitch's "Client ID is missing"); a token
// endpoint's words that say invalid_scope without the code ("invalid
// scope requested"); a validation error that wraps a refusal's status
// (WordPress's rest_invalid_param holding rest_forbidden_status with
// status 401). Paraphrases and neighbours in readings_roundsocial_test.go.
func roundsocialCases(now time.Time) []provCase {
	shopify := headerCred("X-Shopify-Access-Token", "SHOPIFY_ADMIN_TOKEN", "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")
	bskyClaims := func(scope string, exp time.Time) map[string]any {
		return map[string]any{"scope": scope, "sub": "did:plc:u5cwb2mwiv2bfq53cjufe6yn", "aud": "did:web:bsky.social", "iat": exp.Add(-2 * time.Hour).Unix(), "exp": exp.Unix()}
	}
	bskyAccess := bearer("BSKY_ACCESS_JWT", makeJWT(bskyClaims("com.atproto.access", now.Add(90*time.Minute))))
	xrpc := func(extra ...string) map[string]string {
		return jsonCT(append([]string{"Content-Type", "application/json; charset=utf-8", "X-Powered-By", "Express", "Access-Control-Allow-Origin", "*"}, extra...)...)
	}
	etsy := apiKey("ETSY_KEYSTRING", "1aa2bb33c44d55eeeffff6666g", "x-api-key", "")
	wpcom := bearer("WPCOM_ACCESS_TOKEN", "fA7zhN8if3sI96C9k1xKYI6L97gPf0uixcgt20D0zOxkViEPT6WjbM9xxq")
	return []provCase{
		// Shopify Admin GraphQL: a 200 whose errors[] refuses one field.
		// The required access is a feature of the shop, not a scope: the
		// token is read and not allowed this operation.
		{src: "https://github.com/Shopify/function-examples/issues/164", name: "Shopify GraphQL 200 ACCESS_DENIED: the shop must have access to checkout server extensions", status: 200,
			header: jsonCT(), body: "{\n  \"data\": {\n    \"checkoutServerExtensionCreate\": null\n  },\n  \"errors\": [\n    {\n      \"message\": \"Access denied for checkoutServerExtensionCreate field. Required access: The shop must have access to checkout server extensions.\",\n      \"locations\": [\n        {\n          \"line\": 2,\n          \"column\": 3\n        }\n      ],\n      \"path\": [\n        \"checkoutServerExtensionCreate\"\n      ],\n      \"extensions\": {\n        \"code\": \"ACCESS_DENIED\",\n        \"documentation\": \"https://shopify.dev/api/usage/access-scopes\",\n        \"requiredAccess\": \"The shop must have access to checkout server extensions.\"\n      }\n    }\n  ],\n  \"extensions\": {\n    \"cost\": {\n      \"requestedQueryCost\": 10,\n      \"actualQueryCost\": 10,\n      \"throttleStatus\": {\n        \"maximumAvailable\": 1000,\n        \"currentlyAvailable\": 990,\n        \"restoreRate\": 50\n      }\n    }\n  }\n}",
			cred: shopify, method: "POST", path: "/admin/api/2023-01/graphql.json", want: PermissionDenied},
		// No code, no scope named: an operation "access denied" to a
		// token that was read.
		{src: "https://github.com/Shopify/graphql-js-client/issues/141", name: "Shopify GraphQL 200 ScriptTagCreate access denied, no extensions", status: 200,
			header: jsonCT(), body: "{\n  \"data\": {\n    \"scriptTagCreate\": null\n  },\n  \"errors\": [\n    {\n      \"message\": \"ScriptTagCreate access denied\",\n      \"locations\": [\n        {\n          \"line\": 2,\n          \"column\": 3\n        }\n      ],\n      \"path\": [\n        \"scriptTagCreate\"\n      ]\n    }\n  ],\n  \"extensions\": {\n    \"cost\": {\n      \"requestedQueryCost\": 10,\n      \"actualQueryCost\": 10,\n      \"throttleStatus\": {\n        \"maximumAvailable\": 1000,\n        \"currentlyAvailable\": 990,\n        \"restoreRate\": 50\n      }\n    }\n  }\n}",
			cred: shopify, method: "POST", path: "/admin/api/2020-07/graphql.json", want: PermissionDenied},
		// The client prints Shopify's "errors" string as it came; the token
		// lacks the unauthenticated scopes storefront tokens need, but the
		// words name an eligibility, not a scope: permission_denied.
		{src: "https://github.com/Shopify/shopify-api-js/issues/375", name: "Shopify 403 Token must be eligible to manage storefront tokens", status: 403,
			header: jsonCT(), body: `{"errors":"Token must be eligible to manage storefront tokens."}`,
			cred: shopify, method: "POST", path: "/admin/api/2022-04/storefront_access_tokens.json", want: PermissionDenied},

		// Bluesky / AT Protocol XRPC: {"error","message"}, a 400 for an
		// expired or refused token.
		// The access JWT's exp is past: the catalog gives token_expired to
		// an opaque token and jwt_expired to a JWT whose exp says so.
		{src: "https://github.com/Preloading/TwitterAPIBridge/issues/2", name: "Bluesky 400 ExpiredToken Token has expired (an access JWT past its exp)", status: 400,
			header: xrpc(), body: `{"error":"ExpiredToken","message":"Token has expired"}`,
			cred: bearer("BSKY_ACCESS_JWT", makeJWT(bskyClaims("com.atproto.access", now.Add(-10*time.Minute)))), path: "/xrpc/app.bsky.feed.getTimeline?limit=50", want: JWTExpired},
		// The code says expired, the words say revoked: the refresh JWT is
		// within its exp, so it was revoked (a newer session replaced it);
		// credential_rejected, not token_expired.
		{src: "https://github.com/mikf/gallery-dl/issues/8646", name: "Bluesky 400 ExpiredToken Token has been revoked at refreshSession", status: 400,
			header: xrpc(), body: `{"error":"ExpiredToken","message":"Token has been revoked"}`,
			cred: bearer("BSKY_REFRESH_JWT", makeJWT(bskyClaims("com.atproto.refresh", now.Add(60*24*time.Hour)))), method: "POST", path: "/xrpc/com.atproto.server.refreshSession", want: CredentialRejected},
		// An app password's session is valid but its scope does not reach
		// this method: the token lacks a scope.
		{src: "https://github.com/bluesky-social/goat/issues/24", name: "Bluesky 400 InvalidToken Bad token scope (app password session)", status: 400,
			header: xrpc(), body: `{"error":"InvalidToken","message":"Bad token scope"}`,
			cred: bearer("BSKY_ACCESS_JWT", makeJWT(bskyClaims("com.atproto.appPass", now.Add(90*time.Minute)))), method: "POST", path: "/xrpc/com.atproto.identity.requestPlcOperationSignature", want: ServerInsufficientScope},
		{src: "https://github.com/MarshalX/atproto/issues/165", name: "Bluesky 400 InvalidToken Token could not be verified", status: 400,
			header: xrpc(), body: `{"error":"InvalidToken","message":"Token could not be verified"}`,
			cred: bskyAccess, path: "/xrpc/com.atproto.server.getAccountInviteCodes?createAvailable=true&includeUsed=true", want: CredentialRejected},
		// A real rate limit on createSession (30 per 5 minutes per
		// account), headers as atproto#3436 shows them for the same limit.
		{src: "https://github.com/snarfed/bridgy/issues/2106", name: "Bluesky 429 RateLimitExceeded on createSession", status: 429,
			header: xrpc("RateLimit-Limit", "10", "RateLimit-Remaining", "0", "RateLimit-Reset", "1737648164", "RateLimit-Policy", "10;w=86400"), body: `{"error":"RateLimitExceeded","message":"Rate Limit Exceeded"}`,
			method: "POST", path: "/xrpc/com.atproto.server.createSession", want: RateLimited},

		// Threads: Graph's 100/33 under its own exception type. Another
		// user's threads are not the token's to read; read as the Graph
		// corpus reads the same words.
		{src: "https://github.com/fbsamples/threads_api/issues/27", name: "Threads 400 THApiException 100/33 Object with ID 'zuck' does not exist or missing permissions", status: 400,
			header: jsonCT(), body: "{\n    \"error\": {\n        \"message\": \"Unsupported get request. Object with ID 'zuck' does not exist, cannot be loaded due to missing permissions, or does not support this operation\",\n        \"type\": \"THApiException\",\n        \"code\": 100,\n        \"error_subcode\": 33,\n        \"fbtrace_id\": \"ABS21gIHjhhDwZmPSzb09_r\"\n    }\n}",
			cred: apiKey("THREADS_ACCESS_TOKEN", "THAAGx7Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9j0kLmN0pQrS7tUvXyZa1b2c3d", "", "access_token"), path: "/v1.0/zuck/threads?fields=id,text", want: NotFoundHidesPermission},

		// Tumblr: meta.status/msg, and later an errors[] list.
		{src: "https://github.com/michaelhelmick/python-tumblpy/issues/23", name: "Tumblr 401 meta Not Authorized, an OAuth 1.0a post", status: 401,
			header: jsonCT(), body: `{"meta":{"status":401,"msg":"Not Authorized"},"response":[]}`,
			cred:   headerCred("Authorization", "TUMBLR_OAUTH", `OAuth oauth_consumer_key="brVeh51SIEuLgQIJqRwmJYJMNdXHSvk0R3GiN0ETcaDYrEqH1B", oauth_nonce="1370012345678", oauth_signature="Wq8ZbV3kLmN0pQrS7tUvXyZa1b2%3D", oauth_signature_method="HMAC-SHA1", oauth_timestamp="1370012345", oauth_token="kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9j0kLmN0pQrS7tUvX", oauth_version="1.0"`),
			method: "POST", path: "/v2/blog/lapekkk.tumblr.com/post", want: CredentialRejected},
		{src: "https://github.com/bbolli/tumblr-utils/issues/244", name: "Tumblr 401 errors[] Unauthorized Got an error, an api_key", status: 401,
			header: jsonCT(), body: `{"meta":{"status":401,"msg":"Unauthorized"},"errors":[{"title":"Unauthorized","code":0,"detail":"Got an error. Try again."}],"response":[]}`,
			cred: apiKey("TUMBLR_API_KEY", "q8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9j0kLmN0pQr", "", "api_key"), path: "/v2/blog/example.tumblr.com/posts?reblog_info=true", want: CredentialRejected},

		// Etsy Open API v3: the x-api-key must be "keystring:shared_secret"
		// since 2026; the keystring alone is refused. The key sent is not
		// accepted in that form: credential_rejected.
		{src: "https://github.com/HelpCode-ai/anythingmcp/pull/637", name: "Etsy 403 Shared secret is required in x-api-key header", status: 403,
			header: jsonCT(), body: `{"error":"Shared secret is required in x-api-key header."}`,
			cred: etsy, path: "/v3/application/openapi-ping", want: CredentialRejected},
		{src: "https://github.com/HelpCode-ai/anythingmcp/pull/637", name: "Etsy 403 Invalid API key: should be in the format keystring:shared_secret", status: 403,
			header: jsonCT(), body: `{"error":"Invalid API key: should be in the format 'keystring:shared_secret'."}`,
			cred: etsy, path: "/v3/application/shops/7177635", want: CredentialRejected},

		// Reddit: a bare Forbidden to a token that was accepted for the
		// login a moment before.
		{src: "https://github.com/andrewbanchich/shreddit/issues/23", name: "Reddit 403 error 403 Forbidden listing a user's posts", status: 403,
			header: jsonCT(), body: `{"error":403,"message":"Forbidden"}`,
			cred: bearer("REDDIT_ACCESS_TOKEN", "eyJhbGciOiJSUzI1NiIsImtpZCI6IlNIQTI1NjpzS3dsMnlsV0VtMjVmcXhwTU40cWY4MXE2OWFFdWFyMnpLMUdhVGxjdWNZIiwidHlwIjoiSldUIn0.opaque.Wq8ZbV3kLmN0"), path: "/user/example_user/submitted?limit=100", want: PermissionDenied},

		// WordPress.com REST and the WordPress REST API.
		{src: "https://github.com/snarfed/bridgy/issues/308", name: "WordPress.com 403 unauthorized API calls to this blog have been disabled", status: 403,
			header: jsonCT(), body: `{ "error": "unauthorized", "message": "API calls to this blog have been disabled." }`,
			cred: wpcom, path: "/rest/v1/sites/78618526?pretty=true", want: PermissionDenied},
		// The thread shows the body only; WordPress.com answers
		// authorization_required with 403. The token sent is not an active
		// one: credential_rejected.
		{src: "https://github.com/Automattic/wpcom-connect-examples/issues/1", name: "WordPress.com 403 authorization_required An active access token must be used", status: 403,
			header: jsonCT(), body: `{"error":"authorization_required","message":"An active access token must be used to query information about the current user."}`,
			cred: wpcom, path: "/rest/v1/me/", want: CredentialRejected},
		// A validation 400 whose detail is a 401: the status filter is
		// forbidden to an anonymous caller. Nothing was sent, and the
		// answer says authentication would change it: no_credentials_sent.
		{src: "https://github.com/ArunPrakashG/wordpress_client/issues/73", name: "WordPress 400 rest_invalid_param with rest_forbidden_status 401, nothing sent", status: 400,
			header: jsonCT(), body: `{"code":"rest_invalid_param","message":"Parâmetro(s) inválido(s): status","data":{"status":400,"params":{"status":"O status é proibido."},"details":{"status":{"code":"rest_forbidden_status","message":"O status é proibido.","data":{"status":401}}}}}`,
			path: "/wp-json/wp/v2/posts?status=future", want: NoCredentialsSent},

		// Strapi v4.
		{src: "https://github.com/strapi/strapi/issues/18672", name: "Strapi 401 UnauthorizedError, an API token not recognised", status: 401,
			header: jsonCT(), body: `{"data":null,"error":{"status":401,"name":"UnauthorizedError","message":"Unauthorized","details":{}}}`,
			cred: bearer("STRAPI_API_TOKEN", "4f2b9c1d7e6a5b8c3d0e9f1a2b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c"), path: "/api/articles", want: CredentialRejected},
		// A plugin route answered without a data wrapper; the token was
		// missing from the plugin's settings, so nothing was sent.
		{src: "https://github.com/manishkatyan/strapi-stripe/issues/106", name: "Strapi plugin 403 ForbiddenError, nothing sent", status: 403,
			header: jsonCT(), body: "{\n    \"status\": 403,\n    \"name\": \"ForbiddenError\",\n    \"message\": \"Forbidden\",\n    \"details\": {}\n}",
			path: "/strapi-stripe/getSettings", want: NoCredentialsSent},

		// Twitch Helix needs a Client-Id header beside the token.
		{src: "https://github.com/pilcrowonpaper/arctic/pull/35", name: "Twitch 401 Client ID is missing, a token sent", status: 401,
			header: jsonCT(), body: `{"error":"Unauthorized","status":401,"message":"Client ID is missing"}`,
			cred: bearer("TWITCH_ACCESS_TOKEN", "pfzn88vavmt9hlgy6c33aonf2imako"), path: "/helix/users", want: RequiredHeaderMissing},

		// Vimeo: an unauthenticated (client credentials) token on a /me
		// route. The challenge names invalid_token: the token was read and
		// refused; the words say it carries no user.
		{src: "https://github.com/vimeo/laravel/issues/53", name: "Vimeo 401 8003 No user credentials were provided, Bearer invalid_token", status: 401,
			header: map[string]string{"Content-Type": "application/vnd.vimeo.error+json", "WWW-Authenticate": `Bearer error="invalid_token"`, "Server": "nginx"},
			body:   `{"error":"Something strange occurred. Please contact the app owners.","link":null,"developer_message":"No user credentials were provided.","error_code":8003}`,
			cred:   bearer("VIMEO_ACCESS_TOKEN", "0f9e8d7c6b5a49382716a5b4c3d2e1f0"), path: "/me/videos?per_page=10", want: ServerInvalidToken},

		// WooCommerce answers 401 with this code when the keys logged no
		// one in (here a caching plugin dropped the Authorization header
		// of a POST); another message of the same code as the corpus's.
		{src: "https://github.com/woocommerce/woocommerce-rest-api/issues/110", name: "WooCommerce 401 woocommerce_rest_cannot_view Sorry, you cannot view this resource", status: 401,
			header: jsonCT(), body: `{"code":"woocommerce_rest_cannot_view","message":"Sorry, you cannot view this resource.","data":{"status":401}}`,
			cred: basicCred("ck_504cf404b8e009f8dbc6d71ebce362b009403689", "cs_59aab2d4c6db8e48c6cd632b48d703f8a5101d9f"), method: "POST", path: "/wp-json/wc/v3/products", want: CredentialRejected},
		// Twitch's revoke endpoint takes the token as a form field; none
		// was sent.
		{src: "https://github.com/nicklaw5/helix/blob/2c69497762010209bf809edaafb267eefc391c3b/authentication_test.go", name: "Twitch revoke 400 missing oauth token, nothing sent", status: 400,
			header: jsonCT(), body: `{"status":400,"message":"missing oauth token"}`,
			method: "POST", path: "/oauth2/revoke?client_id=hof5gwx0su6owfnys0yan9c87zr6t", want: NoCredentialsSent},

		// LinkedIn: the OpenID userinfo route to a token without the openid
		// product; no scope named, as the corpus's ugcPosts case.
		{src: "https://github.com/linkedin-developers/linkedin-api-js-client/issues/35", name: "LinkedIn 403 ACCESS_DENIED Not enough permissions to access userinfo.GET.NO_VERSION", status: 403,
			header: jsonCT(), body: `{"status":403,"serviceErrorCode":100,"code":"ACCESS_DENIED","message":"Not enough permissions to access: userinfo.GET.NO_VERSION"}`,
			cred: bearer("LINKEDIN_ACCESS_TOKEN", "AQXq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9j0kLmN0pQrS7tUvXyZa1b2c3d4e5f6g"), path: "/v2/userinfo", want: PermissionDenied},
	}
}

// roundsocialTokenCases: the round's token endpoint refusals (Shopify app
// OAuth, Etsy, eBay, Reddit, Bluesky's createSession, Twitch, Vimeo).
func roundsocialTokenCases() []tokenCase {
	return []tokenCase{
		{src: "https://github.com/nozzlegear/ShopifySharp/issues/70", name: "Shopify token 400 invalid_request authorization code not found or already used", status: 400,
			body: `{"error":"invalid_request","error_description":"The authorization code was not found or was already used"}`, want: CredentialRejected},
		{src: "https://github.com/etsy/open-api/issues/519", name: "Etsy token 400 invalid_grant refresh_token is revoked", status: 400,
			body: "{\n    \"error\": \"invalid_grant\",\n    \"error_description\": \"refresh_token is revoked\"\n}", want: CredentialRejected},
		{src: "https://github.com/etsy/open-api/issues/561", name: "Etsy token 400 invalid_grant legacy_token is invalid (no such token)", status: 400,
			body: `{"error":"invalid_grant","error_description":"legacy_token is invalid (no such token)"}`, want: CredentialRejected},
		{src: "https://github.com/hendt/ebay-api/issues/77", name: "eBay token 400 invalid_grant refresh token invalid or issued to another client", status: 400,
			body: `{"error":"invalid_grant","error_description":"the provided authorization refresh token is invalid or was issued to another client"}`, want: CredentialRejected},
		{src: "https://github.com/pajaydev/ebay-node-api/issues/81", name: "eBay token 401 invalid_client client authentication failed", status: 401,
			body: `{"error":"invalid_client","error_description":"client authentication failed"}`, want: CredentialRejected},
		{src: "https://github.com/andrewbanchich/shreddit/issues/163", name: "Reddit token 401 error 401 Unauthorized", status: 401,
			body: `{"error":401,"message":"Unauthorized"}`, want: CredentialRejected},
		{src: "https://github.com/philnash/bsky-bot/issues/9", name: "Bluesky createSession 401 AuthenticationRequired Invalid identifier or password", status: 401,
			body: `{"error":"AuthenticationRequired","message":"Invalid identifier or password"}`, want: CredentialRejected},
		{src: "https://github.com/nicklaw5/helix/blob/2c69497762010209bf809edaafb267eefc391c3b/authentication_test.go", name: "Twitch token 400 invalid client", status: 400,
			body: `{"status":400,"message":"invalid client"}`, want: CredentialRejected},
		{src: "https://github.com/nicklaw5/helix/blob/2c69497762010209bf809edaafb267eefc391c3b/authentication_test.go", name: "Twitch token 400 Invalid refresh token", status: 400,
			body: `{"status":400,"message":"Invalid refresh token"}`, want: CredentialRejected},
		// A scope the client may not be given (here one that does not
		// exist): the catalog reads a token endpoint's refusal of a scope
		// as permission_denied, the client itself being accepted.
		{src: "https://github.com/nicklaw5/helix/blob/2c69497762010209bf809edaafb267eefc391c3b/authentication_test.go", name: "Twitch token 400 invalid scope requested", status: 400,
			body: `{"status":400,"message":"invalid scope requested: 'invalid:scope'"}`, want: PermissionDenied},
		// The thread prints the body only; invalid_client is a 401 (RFC
		// 6749 5.2 when the client authenticated with Basic).
		{src: "https://github.com/vimeo/vimeo.php/issues/147", name: "Vimeo token 401 invalid_client A valid client ID must be provided", status: 401,
			body: `{"error":"invalid_client","error_description":"A valid client ID must be provided along with any request made to Vimeo's API"}`, want: CredentialRejected},
	}
}

// roundsocialNonRefusals: answers of the same providers that look like
// auth but are not: a server error to a malformed token, a validation
// error that names a scope field or an advertiser, a plain 404, a 200
// carrying a token.
func roundsocialNonRefusals() []fpCase {
	return []fpCase{
		{src: "https://github.com/etsy/open-api/issues/345", name: "Etsy 500 Server Error (to a malformed bearer token)", status: 500, header: jsonCT(),
			body: "{\n    \"error\": \"Server Error\"\n}"},
		{src: "https://github.com/strapi/strapi/issues/23733", name: "Strapi 500 InternalServerError (to an invalid bearer token)", status: 500, header: jsonCT(),
			body: "{\n    \"data\": null,\n    \"error\": {\n        \"status\": 500,\n        \"name\": \"InternalServerError\",\n        \"message\": \"Internal Server Error\"\n    }\n}"},
		// Medium answers its validation errors 400 (as grant_type's 6021
		// in Medium/medium-api-docs#130).
		{src: "https://github.com/Medium/medium-api-docs/issues/132", name: "Medium 400 6007 Unexpected field (scope) specified", status: 400, header: jsonCT(),
			body: `{"errors":[{"message":"Unexpected field (scope) specified","code":6007}]}`},
		{src: "https://github.com/airbytehq/airbyte/issues/6240", name: "Amazon Ads 400 Advertiser ID cannot be decrypted (an agency profile)", status: 400, header: jsonCT(),
			body: "{\n  \"code\": \"400\",\n  \"details\": \" The request input is invalid. Advertiser ID cannot be decrypted\",\n  \"requestId\": \"<omitted>\"\n}", path: "/v2/sp/campaigns"},
		{src: "https://shopify.dev/docs/api/usage/response-codes", name: "Shopify 404 errors Not Found (a product id that does not exist)", status: 404, header: jsonCT(),
			body: `{"errors":"Not Found"}`, path: "/admin/api/2024-01/products/632910392.json"},
		// The documentation's example with its inline comment left out (no
		// server sends one).
		{src: "https://developers.facebook.com/docs/threads/get-started/long-lived-tokens", name: "Threads 200 long-lived token exchange", status: 200, header: jsonCT(),
			body: "{\n  \"access_token\": \"<LONG_LIVED_USER_ACCESS_TOKEN>\",\n  \"token_type\": \"bearer\",\n  \"expires_in\": 5183944\n}"},
	}
}

// TestHeldoutRoundsocial reports top-1 on the social, content, commerce and
// marketing round: the refusals as runProviderCases serves them, the token
// endpoint refusals as the runner reads a client credentials refusal, and
// the non-refusals, which must get no cause.
func TestHeldoutRoundsocial(t *testing.T) {
	runHeldoutRound(t, heldoutRound{name: "roundsocial", cases: roundsocialCases(time.Now()), tokens: roundsocialTokenCases(), nonRefusals: roundsocialNonRefusals()})
}

// lateRoundsocialCases: answers of the same category gathered after the
// round's fixes, run once unchanged before any further reading;
// expectations from the catalog. First run: 4 of 6 (refusals 3 of 5,
// non-refusals 1 of 1), HubSpot's case included. That case (a 401 "The
// OAuth token used to make this call expired 20354 day(s) ago", expire
// time 1970-01-01, expected credential_rejected) is removed: its
// expectation contradicted roundfamous1's HubSpot "expired 19884 day(s)
// ago" (token_expired), and the server's words are kept: token_expired.
// The 5 that remain: 4 of 5 on the first run (refusals 3 of 4,
// non-refusals 1 of 1); 5 of 5 after one general reading: a 200 whose
// result_code is 0 carries its refusal in result_message (ActiveCampaign's
// v1 API in JSON).
func lateRoundsocialCases() []provCase {
	return []provCase{
		// Instagram's own Graph host: the user left the media permission
		// unchecked when connecting; the body is truncated in the thread
		// after its code (the trace id is made up).
		{src: "https://github.com/Dymantic/laravel-instagram-feed/issues/60", name: "Instagram 403 IGApiException code 10 Application does not have permission for this action", status: 403,
			header: jsonCT(), body: `{"error":{"message":"Application does not have permission for this action","type":"IGApiException","code":10,"fbtrace_id":"AbX9kLmN0pQrS7tUvXyZa1b"}}`,
			cred: apiKey("INSTAGRAM_ACCESS_TOKEN", "IGQVJWq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9j0kLmN0pQrS7tUvXyZa1b2c3d4e5f6g", "", "access_token"), path: "/3730017507122069/media?fields=id,caption,media_type,media_url,permalink,timestamp&limit=100", want: PermissionDenied},
		// ActiveCampaign's v1 API in JSON: the same key lists and adds
		// lists, so it is known; this call is refused.
		{src: "https://github.com/ActiveCampaign/activecampaign-api-php/issues/8", name: "ActiveCampaign 200 JSON result_code 0 You are not authorized to access this file", status: 200,
			header: jsonCT(), body: `{"result_code":0,"result_message":"You are not authorized to access this file","result_output":"json"}`,
			cred: apiKey("AC_API_KEY", "9d2f0b7c4e1a8f3b6c5d2e9a0f1b4c7d5e8f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9", "", "api_key"), method: "POST", path: "/admin/api.php?api_action=contact_sync&api_output=json", want: PermissionDenied},
		{src: "https://github.com/GetResponse/getresponse-api-php/issues/9", name: "GetResponse 403 1023 Access Forbidden! You have no access to campaign", status: 403,
			header: jsonCT(), body: `{"httpStatus":403,"code":1023,"codeDescription":"Access forbidden","message":"Access Forbidden! You have no access to campaign: rmpnews","moreInfo":"https://apidocs.getresponse.com/en/v3/errors/1023","context":[],"uuid":"d9368cbc-680a-4102-9f08-633e5728c101"}`,
			cred: apiKey("GETRESPONSE_API_KEY", "api-key 7c4e1a8f3b6c5d2e9a0f1b4c7d5e8f1a", "X-Auth-Token", ""), method: "POST", path: "/v3/contacts", want: PermissionDenied},
		{src: "https://github.com/Mailtrain-org/mailtrain/issues/923", name: "Mailtrain 403 Permission denied, an access_token", status: 403,
			header: jsonCT(), body: `{"error":"Permission denied","data":[]}`,
			cred: apiKey("MAILTRAIN_ACCESS_TOKEN", "c5307ece2415b203c48fcbfdc8c97bf07a4bb884", "", "access_token"), method: "POST", path: "/api/subscribe/8", want: PermissionDenied},
	}
}

// lateRoundsocialNonRefusals: a late answer that is not a refusal: a token
// request's parameter said invalid.
func lateRoundsocialNonRefusals() []fpCase {
	return []fpCase{
		{src: "https://github.com/Medium/medium-api-docs/issues/130", name: "Medium 400 6021 grant_type was invalid", status: 400, header: jsonCT(),
			body: `{"errors":[{"message":"grant_type was invalid.","code":6021}]}`, path: "/v1/tokens"},
	}
}

// TestHeldoutRoundsocialLate: see lateRoundsocialCases.
func TestHeldoutRoundsocialLate(t *testing.T) {
	runProviderCases(t, "roundsocial late answers", lateRoundsocialCases())
	runFalsePositives(t, "roundsocial late non-refusals", lateRoundsocialNonRefusals())
}
