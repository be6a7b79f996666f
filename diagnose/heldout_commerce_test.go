package diagnose

import (
	"fmt"
	"testing"
	"time"
)

// commerceCases: a held-out round on e-commerce, marketplace, advertising
// and social APIs (Shopify, BigCommerce, Amazon SP-API, eBay, Etsy, Mercado
// Libre, Meta Graph, Instagram, Google Ads, LinkedIn, X, TikTok, Reddit,
// Pinterest, YouTube). Gathered, and given their expected first cause from
// the catalog, before the diagnosis code was read; a comment says why when
// two codes could fit. Bodies are the sources' bytes; where a source printed
// a decoded object (a Python dict, a PHP array) it is written back as the
// JSON or XML the API sends. First run, before any fix: 28 of 46 (and 6
// of the 7 non-refusals below left unread; 34 of 53 in all); 46 of 46 and
// 7 of 7 after the readings the misses lacked (phrases.go, rules.go,
// response.go: a 402, envelopes of a 2xx in XML or with a numeric code,
// Meta's positional challenge).
func commerceCases(now time.Time) []provCase {
	shopify := apiKey("SHOPIFY_ACCESS_TOKEN", "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", "X-Shopify-Access-Token", "")
	bigcommerce := apiKey("BIGCOMMERCE_ACCESS_TOKEN", "t7r2m9x4q1w8z5c3v6b0n4j7h2g5f8d", "X-Auth-Token", "")
	spapi := headerCred("x-amz-access-token", "SP_API_ACCESS_TOKEN", "Atza|IwEBIJk8bV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9j0kLmN0pQrS7tUvXy")
	ebay := bearer("EBAY_USER_TOKEN", "v^1.1#i^1#p^3#r^1#f^0#I^3#t^Ul4xMF84OkE5QkVGQzY2Q0Y1RjQ0RkJCRjE5NUJDNEY0QTlFMDlDXzFfMSNFXjI2MA==")
	ebayIAF := headerCred("X-EBAY-API-IAF-TOKEN", "EBAY_IAF_TOKEN", "v^1.1#i^1#f^0#r^1#I^3#p^3#t^H4sIAAAAAAAAAOVYe2wURRjv9ZlSWxJCKBGi52JIEPdu9vaeW")
	etsy := bearer("ETSY_ACCESS_TOKEN", "12345678.Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9j0kLmN0pQrS7tUvXyZa1b2c3d4e5")
	meli := bearer("MELI_ACCESS_TOKEN", "APP_USR-5961429306344932-081011-3f2e1d0c9b8a7f6e5d4c3b2a1f0e9d8c-295295916")
	fbQuery := apiKey("FB_ACCESS_TOKEN", "EAAGm0PX4ZCpsBAJq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6gZDZD", "", "access_token")
	fbPage := bearer("FB_PAGE_TOKEN", "EAAGm0PX4ZCpsBAKq9Lm2Vb7NcRt8YwP4sWq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6gZDZD")
	fbApp := apiKey("FB_APP_TOKEN", "875877299126123|Wq8ZbV3kLmN0pQrS7tUvXyZa1b2", "", "access_token")
	instagram := apiKey("INSTAGRAM_TOKEN", "2843179.1677ed0.4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e", "", "access_token")
	googleAds := bearer("GOOGLE_ADS_TOKEN", "ya29.a0AfB_byA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8S9t0U1v2W3x4Y5z6")
	linkedin := bearer("LINKEDIN_ACCESS_TOKEN", "AQXk9Lm2Vb7NcRt8YwP4sWq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9j0")
	xUser := headerCred("Authorization", "X_OAUTH_HEADER", `OAuth oauth_consumer_key="xvz1evFS4wEEPTGEFPHBog", oauth_nonce="kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg", oauth_signature="tnnArxj06cWHq44gCs1OSKk%2FjLY%3D", oauth_signature_method="HMAC-SHA1", oauth_timestamp="1318622958", oauth_token="370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb", oauth_version="1.0"`)
	tiktok := bearer("TIKTOK_ACCESS_TOKEN", "act.3f2e1d0c9b8a7f6e5d4c3b2a1f0e9d8cWq8ZbV3kLmN0pQrS7tUv!4608.va")
	tiktokBiz := headerCred("Access-Token", "TIKTOK_BUSINESS_TOKEN", "1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b")
	reddit := bearer("REDDIT_ACCESS_TOKEN", "eyJhbGciOiJSUzI1NiIsImtpZCI6IlNIQTI1NjpzS3dsMnlsV0VtMjVmcXhwTU40cWY4MXE2OWFFdWFyMnpLMUdhVGxjdWNZIiwidHlwIjoiSldUIn0.opaque.Wq8ZbV3kLmN0pQrS7tUv")
	pinterest := bearer("PINTEREST_ACCESS_TOKEN", "pina_AMAYZ4AWABGSMAIAGBAPGDSC5O7YHEQBQBIQCDO7KFKEMW3OJZEIAHQV4IGRGZUHCQZR6RAIAAAAA")
	youtube := bearer("YOUTUBE_ACCESS_TOKEN", "ya29.a0AfB_byC7kLmN0pQrS2tUvWxYz4b5c6d7e8f9g0h1i2j3k4l5m6n7o8")
	// An iOS Limited Login token: an OpenID Connect ID token, not a Graph
	// access token.
	limitedLogin := bearer("FB_LIMITED_LOGIN_TOKEN", makeJWT(map[string]any{"iss": "https://www.facebook.com", "aud": "875877299126123", "sub": "10158843562123456",
		"iat": now.Add(-time.Minute).Unix(), "exp": now.Add(time.Hour).Unix(), "nonce": "f3a9c1e7"}))
	fbErr := func(msg, typ string, code int, extra string) string {
		return fmt.Sprintf(`{"error":{"message":%q,"type":%q,"code":%d%s,"fbtrace_id":"AkLl12hQO-eJrTGPABAL-o6"}}`, msg, typ, code, extra)
	}
	spErr := func(code, msg, details string) string {
		return "{\n  \"errors\": [\n    {\n      \"message\": \"" + msg + "\",\n     \"code\": \"" + code + "\",\n     \"details\": \"" + details + "\"\n    }\n  ]\n}"
	}
	ebayXML := func(call, short, long, code string) string {
		return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<" + call + "Response xmlns=\"urn:ebay:apis:eBLBaseComponents\">\n    <Timestamp>2015-07-04T06:29:40.490Z</Timestamp>\n    <Ack>Failure</Ack>\n    <Errors>\n        <ShortMessage>" + short + "</ShortMessage>\n        <LongMessage>" + long + "</LongMessage>\n        <ErrorCode>" + code + "</ErrorCode>\n        <SeverityCode>Error</SeverityCode>\n        <ErrorClassification>RequestError</ErrorClassification>\n    </Errors>\n    <Version>1199</Version>\n    <Build>E1199_CORE_API_19146596_R1</Build>\n</" + call + "Response>\n"
	}
	amzn := func(errType string) map[string]string {
		return jsonCT("x-amzn-RequestId", "252b173d-0120-4747-b400-18bc541bfeaf", "x-amzn-ErrorType", errType, "x-amz-apigw-id", "YX_W6FQsIAMFoOg=")
	}
	return []provCase{
		// Shopify. A shop frozen for unpaid bills: the token is fine, the
		// store's plan is not (permission, as a plan feature; a deactivated
		// account in earlier rounds was a rejected credential, but there
		// the account itself was gone).
		{src: "https://github.com/Shopify/shopify-cli/issues/1770", name: "Shopify 402 Unavailable Shop (frozen for unpaid bills)", status: 402,
			header: jsonCT(), body: `{"errors":"Unavailable Shop"}`, cred: shopify, path: "/admin/api/2021-10/themes.json", want: PermissionDenied},
		{src: "https://github.com/MONEI/Shopify-api-node/issues/588", name: "Shopify 403 api_client does not have the required permission(s)", status: 403,
			header: jsonCT(), body: `{"errors":"The api_client does not have the required permission(s)."}`, cred: shopify, method: "POST", path: "/admin/api/2023-01/fulfillments.json", want: PermissionDenied},

		// BigCommerce: the scope word is there (as in the earlier round's
		// "scope does not include this resource").
		{src: "https://github.com/NangoHQ/nango/issues/7026", name: "BigCommerce 403 You don't have a required scope to access the endpoint", status: 403,
			header: jsonCT(), body: `{"status":403,"title":"You don't have a required scope to access the endpoint","type":"https://developer.bigcommerce.com/api-docs/getting-started/api-status-codes","errors":{}}`,
			cred: bigcommerce, path: "/stores/abc123/v3/orders", want: ServerInsufficientScope},

		// Amazon SP-API. The bare "Access to requested resource is denied"
		// (code Unauthorized, no details) is a 403 about the app's or role's
		// access, not about the token's validity (the FAQ: IAM role, app not
		// authorized): permission, though the code word says Unauthorized.
		{src: "https://github.com/amzn/selling-partner-api-docs/issues/261", name: "SP-API 403 Unauthorized Access to requested resource is denied, no details", status: 403,
			header: amzn("AccessDeniedException"), body: spErr("Unauthorized", "Access to requested resource is denied.", ""), cred: spapi, path: "/orders/v0/orders", want: PermissionDenied},
		{src: "https://github.com/amzn/selling-partner-api-docs/issues/2147", name: "SP-API 403 access token revoked, malformed or invalid", status: 403,
			header: amzn("AccessDeniedException"), body: spErr("Unauthorized", "Access to requested resource is denied.", "The access token you provided is revoked, malformed or invalid."),
			cred: spapi, path: "/orders/v0/orders", want: CredentialRejected},
		// The token was sent in x-amz-access-token and the API did not see
		// it (a signing library dropping or renaming the header): the header
		// did not reach the API, as a JWT plugin's "Authorization header not
		// found" in the office round.
		{src: "https://github.com/amzn/selling-partner-api-models/issues/945", name: "SP-API 403 Access token is missing in the request header, one sent", status: 403,
			header: amzn("AccessDeniedException"), body: spErr("Unauthorized", "Access to requested resource is denied.", "Access token is missing in the request header."),
			cred: spapi, path: "/sellers/v1/marketplaceParticipations", want: CredentialInWrongPlace},
		{src: "https://github.com/amzn/selling-partner-api-models/issues/746", name: "SP-API 429 QuotaExceeded TooManyRequestsException", status: 429,
			header: amzn("TooManyRequestsException"), body: "{\n  \"errors\": [\n    {\n      \"message\": \"You exceeded your quota for the requested resource.\",\n     \"code\": \"QuotaExceeded\"\n    }\n  ]\n}",
			cred: spapi, path: "/orders/v0/orders/113-0000000-0000000/buyerInfo", want: RateLimited},

		// eBay: REST, and the Trading and Shopping APIs' 200 with
		// Ack=Failure.
		{src: "https://github.com/hendt/ebay-api/issues/58", name: "eBay 403 1100 Access denied Insufficient permissions (a scope missing, none named)", status: 403,
			header: jsonCT(), body: "{\n  \"errors\": [\n    {\n      \"errorId\": 1100,\n      \"domain\": \"ACCESS\",\n      \"category\": \"REQUEST\",\n      \"message\": \"Access denied\",\n      \"longMessage\": \"Insufficient permissions to fulfill the request.\"\n    }\n  ]\n}",
			cred: ebay, path: "/sell/fulfillment/v1/order", want: PermissionDenied},
		{src: "https://github.com/bjjb/ebayr/pull/13", name: "eBay Trading 200 Ack Failure 931 Auth token is invalid", status: 200,
			header: map[string]string{"Content-Type": "text/xml;charset=utf-8"}, body: ebayXML("GeteBayOfficialTime", "Auth token is invalid.", "Validation of the authentication token in API request failed.", "931"),
			cred: ebayIAF, method: "POST", path: "/ws/api.dll", want: CredentialRejected},
		{src: "https://github.com/hendt/ebay-api/issues/164", name: "eBay Trading 200 Ack Failure 932 Auth token is hard expired", status: 200,
			header: map[string]string{"Content-Type": "text/xml;charset=utf-8"}, body: ebayXML("GetMyeBaySelling", "Auth token is hard expired.", "Auth token is hard expired, User needs to generate a new token for this application.", "932"),
			cred: ebayIAF, method: "POST", path: "/ws/api.dll", want: TokenExpired},
		{src: "https://github.com/timotheus/ebaysdk-python/issues/375", name: "eBay Shopping 200 Ack Failure 1.33 Token not available in request, none sent", status: 200,
			header: map[string]string{"Content-Type": "text/xml;charset=utf-8"}, body: ebayXML("GetSingleItem", "Token not available in request.", "Token not available in request. Please specify a valid token as HTTP header.", "1.33"),
			method: "POST", path: "/shopping", want: NoCredentialsSent},

		// Etsy: RFC 6750 words in the body.
		{src: "https://github.com/etsy/open-api/issues/519", name: "Etsy 401 invalid_token access token is expired", status: 401,
			header: jsonCT(), body: "{\n    \"error\":\"invalid_token\",\n    \"error_description\":\"access token is expired\"\n}", cred: etsy, path: "/v3/application/shops/10051834/receipts", want: TokenExpired},
		{src: "https://github.com/etsy/open-api/issues/345", name: "Etsy 401 invalid_token access_token is invalid", status: 401,
			header: jsonCT(), body: "{\n    \"error\": \"invalid_token\",\n    \"error_description\": \"access_token is invalid\"\n}", cred: etsy, method: "POST", path: "/v3/application/shops/10051834/listings", want: ServerInvalidToken},
		{src: "https://github.com/etsy/open-api/issues/588", name: "Etsy 403 User does not own Shop", status: 403,
			header: jsonCT(), body: `{"error":"User does not own Shop 31415926"}`, cred: etsy, path: "/v3/application/shops/31415926/listings", want: PermissionDenied},

		// Mercado Libre.
		{src: "https://github.com/ctmil/meli_oerp/issues/112", name: "Mercado Libre 401 code unauthorized invalid access token", status: 401,
			header: jsonCT(), body: `{"code":"unauthorized","message":"invalid access token"}`, cred: meli, method: "PUT", path: "/items/MLC1300000000", want: CredentialRejected},
		// The server's word is invalid_token (in message, with a misleading
		// error "not_found"); credential_rejected would also be fair.
		{src: "https://github.com/mercadolibre/api/issues/69", name: "Mercado Libre 401 message invalid_token error not_found, token in the query", status: 401,
			header: jsonCT(), body: `{"message":"invalid_token","cause":[],"error":"not_found","status":401}`,
			cred: apiKey("MELI_ACCESS_TOKEN", "APP_USR-5961429306344932-032810-9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d-123456789", "", "access_token"), path: "/questions/3087487431", want: ServerInvalidToken},
		{src: "https://github.com/mercadolibre/golang-restclient/issues/9", name: "Mercado Libre 403 forbidden to a token /users/me accepts", status: 403,
			header: jsonCT("x-cache", "Error from cloudfront"), body: "{\n\t\"message\": \"forbidden\",\n\t\"error\": \"forbidden\",\n\t\"status\": 403,\n\t\"cause\": []\n}",
			cred: meli, path: "/sites/MLB/search", want: PermissionDenied},

		// Meta Graph API: OAuthException for nearly everything, a challenge
		// in the OAuth scheme whatever the request sent.
		{src: "https://github.com/daroczig/fbRads/issues/74", name: "Graph 400 OAuth Facebook Platform invalid_token challenge, token in the query", status: 400,
			header: map[string]string{"Content-Type": "application/json; charset=UTF-8", "WWW-Authenticate": `OAuth "Facebook Platform" "invalid_token" "Invalid OAuth access token."`, "x-fb-trace-id": "Ei0ogx/rZAH"},
			body:   `{"error":{"message":"Invalid OAuth access token.","type":"OAuthException","code":190,"fbtrace_id":"Ei0ogx/rZAH"}}`, cred: fbQuery, path: "/v2.10/act_10155883602248117/", want: ServerInvalidToken},
		// An app token cannot ask for "me": the server does not take this
		// token as an active user token (permission_denied would say the
		// caller is known and lacks a grant; the fix is another token).
		{src: "https://github.com/pablobarbera/Rfacebook/issues/123", name: "Graph 400 invalid_request An active access token must be used, an app token sent", status: 400,
			header: map[string]string{"Content-Type": "application/json; charset=UTF-8", "WWW-Authenticate": `OAuth "Facebook Platform" "invalid_request" "An active access token must be used to query information about the current user."`},
			body:   fbErr("An active access token must be used to query information about the current user.", "OAuthException", 2500, ""), cred: fbApp, path: "/v2.8/me", want: CredentialRejected},
		{src: "https://github.com/Charca/bootbot/issues/154", name: "Graph 400 190/460 session invalidated: the user changed their password", status: 400,
			header: jsonCT(), body: fbErr("Error validating access token: The session has been invalidated because the user changed their password or Facebook has changed the session for security reasons.", "OAuthException", 190, `,"error_subcode":460`),
			cred: fbPage, method: "POST", path: "/v3.1/me/messages", want: CredentialRejected},
		// The user removed the app: the token is revoked, not a missing grant.
		{src: "https://github.com/yongjhih/RetroFacebook/issues/21", name: "Graph 400 190/458 user has not authorized application (app removed)", status: 400,
			header: jsonCT(), body: fbErr("Error validating access token: The user has not authorized application 875877299126123.", "OAuthException", 190, `,"error_subcode":458`),
			cred: fbPage, path: "/v2.3/me", want: CredentialRejected},
		{src: "https://github.com/ballerina-platform/ballerina-lang/issues/2913", name: "Graph 403 (#200) user hasn't authorized the application to perform this action", status: 403,
			header: jsonCT(), body: `{"error":{"message":"(#200) The user hasn't authorized the application to perform this action","type":"OAuthException","code":200,"fbtrace_id":"F2+nGYsbU2v"}}`,
			cred: fbPage, method: "POST", path: "/v2.9/me/feed", want: PermissionDenied},
		{src: "https://github.com/minimaxir/facebook-ad-library-scraper/issues/6", name: "Graph 400 (#10) Application does not have permission, Authorization and login needed", status: 400,
			header: jsonCT(), body: "{\n    \"error\": {\n        \"message\": \"Application does not have permission for this action\",\n        \"type\": \"OAuthException\",\n        \"code\": 10,\n        \"error_subcode\": 2332002,\n        \"is_transient\": false,\n        \"error_user_title\": \"Authorization and login needed\",\n        \"error_user_msg\": \"To access the API, you'll need to follow the steps at facebook.com/ads/library/api.\",\n        \"fbtrace_id\": \"AOxlW9wwYGgl5evOXSPcbiD\"\n    }\n}",
			cred: fbQuery, path: "/v7.0/ads_archive", want: PermissionDenied},
		{src: "https://github.com/jaredhanson/passport-facebook/issues/36", name: "Graph 400 (#5) Unauthorized source IP address", status: 400,
			header: jsonCT(), body: `{"error":{"message":"(#5) Unauthorized source IP address","type":"OAuthException","code":5}}`, cred: fbQuery, path: "/me", want: IPRestricted},
		{src: "https://github.com/node-facebook/facebook-node-sdk/issues/105", name: "Graph 400 104 An access token is required, none sent", status: 400,
			header: jsonCT(), body: `{"error":{"message":"An access token is required to request this resource.","type":"OAuthException","code":104,"fbtrace_id":"BvsKVSG1Xo1"}}`,
			path: "/v2.5/4", want: NoCredentialsSent},
		// A second value besides the token (appsecret_proof, a parameter):
		// the catalog's nearest is the required header.
		{src: "https://github.com/yschimke/okurl/issues/314", name: "Graph 400 API calls with a community access token require an appsecret_proof", status: 400,
			header: jsonCT(), body: `{"error":{"message":"API calls with a community access token require an appsecret_proof and an appsecret_time argument","type":"GraphMethodException","code":100}}`,
			cred: fbPage, path: "/community/members", want: RequiredHeaderMissing},
		// Graph's 404-hiding shape, on a 400: "does not exist, cannot be
		// loaded due to missing permissions".
		{src: "https://github.com/roughike/flutter_facebook_login/issues/44", name: "Graph 400 100/33 Unsupported get request: does not exist or missing permissions", status: 400,
			header: jsonCT(), body: fbErr("Unsupported get request. Object with ID '1234567890123' does not exist, cannot be loaded due to missing permissions, or does not support this operation. Please read the Graph API documentation at https://developers.facebook.com/docs/graph-api", "GraphMethodException", 100, `,"error_subcode":33`),
			cred: fbPage, path: "/v3.1/1234567890123", want: NotFoundHidesPermission},
		// A well-formed, fresh JWT that is not a Graph access token at all:
		// no claim is at fault, the server cannot parse it.
		{src: "https://github.com/facebook/facebook-ios-sdk/issues/2576", name: "Graph 400 190 Cannot parse access token, a Limited Login ID token sent", status: 400,
			header: jsonCT(), body: "{\n    \"error\": {\n        \"message\": \"Invalid OAuth access token - Cannot parse access token\",\n        \"type\": \"OAuthException\",\n        \"code\": 190,\n        \"fbtrace_id\": \"A9xnjd1iwrUx8qFJt1sld_Q\"\n    }\n}",
			cred: limitedLogin, path: "/v22.0/me", want: CredentialRejected},

		// Instagram (legacy API shapes, meta envelope).
		{src: "https://github.com/marclave/InstaBot/issues/5", name: "Instagram 429 OAuthRateLimitException maximum number of requests per hour", status: 429,
			header: jsonCT(), body: `{"meta":{"error_type":"OAuthRateLimitException","code":429,"error_message":"The maximum number of requests per hour has been exceeded. You have made 38 requests of the 30 allowed in the last hour."}}`,
			cred: instagram, method: "POST", path: "/v1/media/657988443280050001_25025320/likes", want: RateLimited},
		{src: "https://github.com/facebookarchive/python-instagram/pull/34", name: "Instagram 400 with code 420 OAuthRateLimitException", status: 400,
			header: map[string]string{"Content-Type": "application/json", "Server": "nginx"}, body: `{"code": 420, "error_type": "OAuthRateLimitException", "error_message": "You have exceeded the maximum number of requests per hour. You have performed a total of 5001 requests in the last hour. Our general maximum request limit is set at 5000 requests per hour."}`,
			cred: instagram, path: "/v1/users/self/media/recent", want: RateLimited},
		{src: "https://github.com/smashballoon/instagram-feed/issues/18", name: "Instagram 400 OAuthPermissionsException client has not been approved", status: 400,
			header: jsonCT(), body: `{"meta": {"code": 400, "error_type": "OAuthPermissionsException", "error_message": "This client has not been approved to access this resource."}}`,
			cred: instagram, path: "/v1/users/self/media/recent", want: PermissionDenied},
		// The app is in sandbox mode and this user is not one of its
		// testers: the key is no test key in production.
		{src: "https://github.com/gedex/ginsta/issues/6", name: "Instagram 403 OAuthForbiddenException You are not a sandbox user of this client", status: 403,
			header: jsonCT(), body: `{"code": 403, "error_message": "You are not a sandbox user of this client", "error_type": "OAuthForbiddenException"}`,
			cred: instagram, path: "/v1/users/self", want: PermissionDenied},

		// Google Ads (REST: the GoogleAdsFailure in error.details).
		// The top message says "missing required authentication credential"
		// but a token was sent; the detail says its Google account has no
		// Ads account: the credential belongs to the wrong account.
		{src: "https://github.com/cohnen/mcp-google-ads/issues/7", name: "Google Ads 401 NOT_ADS_USER under 'missing required authentication credential'", status: 401,
			header: jsonCT(), body: "{\n  \"error\": {\n    \"code\": 401,\n    \"message\": \"Request is missing required authentication credential. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.\",\n    \"status\": \"UNAUTHENTICATED\",\n    \"details\": [\n      {\n        \"@type\": \"type.googleapis.com/google.ads.googleads.v19.errors.GoogleAdsFailure\",\n        \"errors\": [\n          {\n            \"errorCode\": {\n              \"authenticationError\": \"NOT_ADS_USER\"\n            },\n            \"message\": \"The Google account (@gmail.com user) that generated the OAuth access tokens is not associated with any Ads accounts. Create a new account, or add the Google account to an existing Ads account.\"\n          }\n        ],\n        \"requestId\": \"Z4Q_KggHsDHwTzYYp-_H2A\"\n      }\n    ]\n  }\n}",
			cred: googleAds, path: "/v19/customers:listAccessibleCustomers", want: CredentialRejected},
		// The note names the login-customer-id header, but as a condition
		// (if a manager account is used): the error is the permission.
		{src: "https://github.com/googleads/google-ads-php/issues/804", name: "Google Ads 403 USER_PERMISSION_DENIED with a login-customer-id note", status: 403,
			header: jsonCT(), body: "{\n  \"error\": {\n    \"code\": 403,\n    \"message\": \"The caller does not have permission\",\n    \"status\": \"PERMISSION_DENIED\",\n    \"details\": [\n      {\n        \"@type\": \"type.googleapis.com/google.ads.googleads.v10.errors.GoogleAdsFailure\",\n        \"errors\": [\n          {\n            \"errorCode\": {\n              \"authorizationError\": \"USER_PERMISSION_DENIED\"\n            },\n            \"message\": \"User doesn't have permission to access customer. Note: If you're accessing a client customer, the manager's customer id must be set in the 'login-customer-id' header. See https://developers.google.com/google-ads/api/docs/concepts/call-structure#cid\"\n          }\n        ],\n        \"requestId\": \"c9ugRp4PtwqWRcea9Gd9Cw\"\n      }\n    ]\n  }\n}",
			cred: googleAds, method: "POST", path: "/v10/customers/2797882929/googleAds:search", want: PermissionDenied},
		// A developer token at test-account level used on a live account:
		// the token is the same, its access level must be raised (permission);
		// test_key_in_production would send the user looking for another key.
		{src: "https://github.com/googleads/google-ads-php/issues/563", name: "Google Ads 403 DEVELOPER_TOKEN_NOT_APPROVED only approved for test accounts", status: 403,
			header: jsonCT(), body: "{\n  \"error\": {\n    \"code\": 403,\n    \"message\": \"The caller does not have permission\",\n    \"status\": \"PERMISSION_DENIED\",\n    \"details\": [\n      {\n        \"@type\": \"type.googleapis.com/google.ads.googleads.v14.errors.GoogleAdsFailure\",\n        \"errors\": [\n          {\n            \"errorCode\": {\n              \"authorizationError\": \"DEVELOPER_TOKEN_NOT_APPROVED\"\n            },\n            \"message\": \"The developer token is only approved for use with test accounts. To access non-test accounts, apply for Basic or Standard access.\"\n          }\n        ],\n        \"requestId\": \"is8lCkce8eKvVk5qLeKJXQ\"\n      }\n    ]\n  }\n}",
			cred: googleAds, env: "production", method: "POST", path: "/v14/customers/1012152333/googleAds:searchStream", want: PermissionDenied},

		// LinkedIn.
		{src: "https://github.com/Automattic/wp-calypso/issues/32007", name: "LinkedIn 429 101 Resource level throttle limit", status: 429,
			header: jsonCT(), body: `{"serviceErrorCode":101,"message":"Resource level throttle limit for calls to this resource is reached.","status":429}`, cred: linkedin, path: "/v2/me", want: RateLimited},
		{src: "https://github.com/decioferreira/omniauth-linkedin-oauth2/issues/17", name: "LinkedIn v1 401 The token used in the request is expired", status: 401,
			header: jsonCT(), body: `{ "errorCode": 0, "message": "The token used in the request is expired.", "requestId": "5LVAAP7YZ2", "status": 401, "timestamp": 1392084765723 }`,
			cred: linkedin, path: "/v1/people/~:(id,first-name,last-name)", want: TokenExpired},

		// X: the app's OAuth 1.0a permissions are read-only.
		{src: "https://github.com/plhery/node-twitter-api-v2/issues/493", name: "X v2 403 oauth1-permissions app not configured with the appropriate permissions", status: 403,
			header: map[string]string{"Content-Type": "application/problem+json", "Server": "tsa_b"}, body: `{"title":"Forbidden","status":403,"detail":"Your client app is not configured with the appropriate oauth1 app permissions for this endpoint.","type":"https://api.twitter.com/2/problems/oauth1-permissions"}`,
			cred: xUser, method: "POST", path: "/2/tweets", want: PermissionDenied},

		// TikTok: v2 (error object, 401 for both token and scope) and the
		// Business API (HTTP 200, a numeric code).
		{src: "https://github.com/SocialiteProviders/Providers/issues/1198", name: "TikTok 401 scope_not_authorized", status: 401,
			header: jsonCT(), body: `{"data":{},"error":{"code":"scope_not_authorized","message":"The user did not authorize the scope required for completing this request.","log_id":"202404232251330F3F3C1B2A09870C6D5E"}}`,
			cred: tiktok, path: "/v2/user/info/", want: ServerInsufficientScope},
		// "Invalid, please refresh": the words say invalid, not expired.
		{src: "https://developers.tiktok.com/doc/tiktok-api-v2-error-handling", name: "TikTok 401 access_token_invalid", status: 401,
			header: jsonCT(), body: `{"data":{},"error":{"code":"access_token_invalid","message":"Access token is invalid, please refresh token and retry","log_id":"20220829194722CBE87ED59D524E727021"}}`,
			cred: tiktok, method: "POST", path: "/v2/video/list/", want: CredentialRejected},
		{src: "https://www.volcengine.com/article/1422075", name: "TikTok Business 200 code 40105 Access token is incorrect or has been revoked", status: 200,
			header: jsonCT(), body: `{"code":40105,"message":"Access token is incorrect or has been revoked.","request_id":"2026061015295501023125104093255","data":{}}`,
			cred: tiktokBiz, path: "/open_api/v1.3/business/get/", want: CredentialRejected},

		// Reddit: a private community, answered 403 with a reason.
		{src: "https://github.com/not-an-aardvark/snoowrap/issues/254", name: "Reddit 403 reason private", status: 403,
			header: jsonCT(), body: `{"reason":"private","message":"Forbidden","error":403}`, cred: reddit, path: "/r/inviteonly/random", want: PermissionDenied},

		// Pinterest. A sandbox token against the production API: the server
		// does not say so, only that authentication failed.
		{src: "https://github.com/pinterest/pinterest-python-generated-api-client/issues/31", name: "Pinterest 401 code 2 Authentication failed (a sandbox token on the live API)", status: 401,
			header: map[string]string{"content-type": "application/json", "x-content-type-options": "nosniff", "x-envoy-upstream-service-time": "0", "cache-control": "no-cache, no-store, must-revalidate", "x-pinterest-rid": "1337919202421304", "X-CDN": "fastly", "Pinterest-Generated-By": "tpp-api-canary-0a019891"},
			body:   `{"code":2,"message":"Authentication failed.","status":"failure"}`, cred: pinterest, env: "production", path: "/v5/ad_accounts/549755885175/analytics", want: CredentialRejected},
		{src: "https://github.com/pinterest/api-quickstart/issues/97", name: "Pinterest 401 code 3 token does not have sufficient permissions, scopes", status: 401,
			header: jsonCT(), body: `{"code": 3, "message": "Your token does not have sufficient permissions to perform this operation. Please ensure your token is authorized with the correct set of scopes."}`,
			cred: pinterest, path: "/v5/pins/1040190845164935873", want: ServerInsufficientScope},

		// YouTube Data API.
		{src: "https://github.com/ShareX/ShareX/issues/7612", name: "YouTube upload 403 insufficient_scope challenge", status: 403,
			header: map[string]string{"Content-Type": "application/json; charset=UTF-8", "Server": "UploadServer", "WWW-Authenticate": `Bearer realm="https://accounts.google.com/", error="insufficient_scope", scope="https://www.googleapis.com/auth/youtube https://www.googleapis.com/auth/youtubepartner https://www.googleapis.com/auth/youtube.force-ssl https://www.googleapis.com/auth/youtube.upload"`},
			body:   "{\n  \"error\": {\n    \"code\": 403,\n    \"message\": \"Request had insufficient authentication scopes.\",\n    \"errors\": [\n      {\n        \"message\": \"Insufficient Permission\",\n        \"domain\": \"global\",\n        \"reason\": \"insufficientPermissions\"\n      }\n    ],\n    \"status\": \"PERMISSION_DENIED\"\n  }\n}\n",
			cred:   youtube, method: "POST", path: "/upload/youtube/v3/videos", want: ServerInsufficientScope},
		// "May not be properly authorized" on a 403 with reason forbidden:
		// the token was accepted and the upload refused.
		{src: "https://github.com/tokland/youtube-upload/issues/166", name: "YouTube 403 youtube.common forbidden Access forbidden, may not be properly authorized", status: 403,
			header: jsonCT(), body: "{\n \"error\": {\n  \"errors\": [\n   {\n    \"domain\": \"youtube.common\",\n    \"reason\": \"forbidden\",\n    \"message\": \"Access forbidden. The request may not be properly authorized.\"\n   }\n  ],\n  \"code\": 403,\n  \"message\": \"Access forbidden. The request may not be properly authorized.\"\n }\n}",
			cred: youtube, method: "POST", path: "/upload/youtube/v3/videos", want: PermissionDenied},
	}
}

// commerceNonRefusals: answers from the same providers that look like auth
// and are not (a pagination token, an API version, a media URL, an outage
// behind an OAuth-scheme challenge): no cause is wanted.
func commerceNonRefusals() []fpCase {
	return []fpCase{
		{src: "https://github.com/amzn/selling-partner-api-models/issues/562", name: "SP-API 400 InvalidInput NextToken not valid, token duration is 25 minutes", status: 400, header: jsonCT(),
			body: `{"errors":[{"code":"InvalidInput","message":"Token is not valid, token duration is 25 minutes.","details":""}]}`},
		{src: "https://github.com/amzn/selling-partner-api-docs/issues/2222", name: "SP-API 400 InvalidInput could not decode your NextToken", status: 400, header: jsonCT(),
			body: "{\n\"errors\": [\n{\n\"code\": \"InvalidInput\",\n\"message\": \"We could not decode your NextToken. Possible reasons include: a transmission error, improper quoting or a truncation problem.\",\n\"details\": \"\"\n}\n]\n}"},
		{src: "https://github.com/ComposioHQ/composio/issues/3113", name: "LinkedIn 426 NONEXISTENT_VERSION Requested version is not active", status: 426, header: jsonCT(),
			body: "{\n  \"status\": 426,\n  \"code\": \"NONEXISTENT_VERSION\",\n  \"message\": \"Requested version 20241101 is not active\"\n}"},
		{src: "https://github.com/gitroomhq/postiz-app/issues/1129", name: "Instagram 400 OAuthException 9004 Only photo or video can be accepted", status: 400, header: jsonCT(),
			body: `{"error":{"message":"Only photo or video can be accepted as media type.","type":"OAuthException","code":9004,"error_subcode":2207052,"is_transient":false,"error_user_title":"Media download has failed.","error_user_msg":"The media could not be fetched from this uri: https:\/\/postiz.example.tv\/uploads\/2025\/12\/19\/6712fadbcb45ec9f99f10610a1f9d943ed.jpg.","fbtrace_id":"AlpttEYXJ6vKWCf1NCKRVks"}}`},
		{src: "https://github.com/jstolpe/instagram-graph-api-php-sdk/issues/22", name: "Graph 400 OAuthException (#12) singular published story API is deprecated", status: 400, header: jsonCT(),
			body: "{\n  \"error\": {\n    \"message\": \"(#12) singular published story API is deprecated for versions v2.4 and higher\",\n    \"type\": \"OAuthException\",\n    \"code\": 12,\n    \"fbtrace_id\": \"A4ZmN3pQrS7tUvXyZa1b2c3\"\n  }\n}"},
		{src: "https://github.com/facebookarchive/php-graph-sdk/issues/1102", name: "Graph 500 unknown_error under an OAuth challenge, is_transient", status: 500,
			header: map[string]string{"Content-Type": "application/json; charset=UTF-8", "WWW-Authenticate": `OAuth "Facebook Platform" "unknown_error" "An unexpected error has occurred. Please retry your request later."`, "x-app-usage": `{"call_count":0,"total_cputime":0,"total_time":0}`, "facebook-api-version": "v2.12"},
			body:   `{"error":{"message":"An unexpected error has occurred. Please retry your request later.","type":"OAuthException","is_transient":true,"code":2,"fbtrace_id":"G3l3jRt3Uzo"}}`},
		{src: "https://github.com/facebook/facebook-nodejs-business-sdk/issues/84", name: "Graph (#2) Service temporarily unavailable, OAuthException type", status: 503, header: jsonCT(),
			body: "{\n  \"error\": {\n    \"message\": \"(#2) Service temporarily unavailable\",\n    \"type\": \"OAuthException\",\n    \"is_transient\": true,\n    \"code\": 2,\n    \"fbtrace_id\": \"DwmNHd5eHYr\"\n  }\n}"},
	}
}

// TestHeldoutCommerce: the commerce round's answers, every first cause
// right (runProviderCases), and its look-alikes given no cause
// (runFalsePositives).
func TestHeldoutCommerce(t *testing.T) {
	cases := commerceCases(time.Now())
	if len(cases) < 40 {
		t.Fatalf("%d cases, want at least 40", len(cases))
	}
	runProviderCases(t, "commerce held-out corpus", cases)
	runFalsePositives(t, "commerce look-alikes", commerceNonRefusals())
}

// commerceLateCases: answers gathered after the round's fixes, run once
// unchanged before any further reading; expectations from the catalog.
func commerceLateCases() []provCase {
	tiktokShop := apiKey("TIKTOK_SHOP_TOKEN", "ROW_Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9j0kLmN0pQ", "x-tts-access-token", "")
	amazonAds := bearer("AMAZON_ADS_TOKEN", "Atza|IwEBIKq9Lm2Vb7NcRt8YwP4sWq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8")
	return []provCase{
		{src: "https://github.com/etsy/open-api/issues/598", name: "Etsy 403 insufficient_scope Insufficient scope", status: 403,
			header: jsonCT(), body: `{"error":"insufficient_scope","error_description":"Insufficient scope"}`,
			cred: bearer("ETSY_ACCESS_TOKEN", "53888612.Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9j0kLmN0pQrS7tUvXy"), path: "/v3/application/users/53888612/shops", want: ServerInsufficientScope},
		// TikTok Shop signals success by code 0 in the body, not by status
		// (the openlinker spike); the thread quotes the body.
		{src: "https://github.com/phamkhanhminhman97/shopee-tiktok-lazada-api/issues/2", name: "TikTok Shop 200 code 105002 access token is expired", status: 200,
			header: jsonCT(), body: `{"code":105002,"message":"access token is expired, please refresh it","request_id":"20241203004336CF1A955E95622E054EF3"}`,
			cred: tiktokShop, path: "/order/202309/orders/search", want: TokenExpired},
		// The app lacks the API package (a permission of the app, granted
		// in the partner center).
		{src: "https://github.com/EcomPHP/tiktokshop-php/issues/40", name: "TikTok Shop 200 code 105005 you should apply auth pkg for this api", status: 200,
			header: jsonCT(), body: `{"code":105005,"message":"you should apply auth pkg for this api","request_id":"20240710170328026B85572D809D2BFFC5"}`,
			cred: tiktokShop, path: "/api/shop/get_authorized_shop", want: PermissionDenied},
		{src: "https://github.com/airbytehq/airbyte/issues/8773", name: "Meta Marketing 400 (#80004) too many calls to this ad-account", status: 400,
			header: jsonCT(), body: "{\n        \"error\": {\n          \"message\": \"(#80004) There have been too many calls to this ad-account. Wait a bit and try again. For more info, please refer to https://developers.facebook.com/docs/graph-api/overview/rate-limiting.\",\n          \"type\": \"OAuthException\",\n          \"code\": 80004,\n          \"error_subcode\": 2446079,\n          \"fbtrace_id\": \"AFm-w0VSqFxoRyuKXJgg48H\"\n        }\n      }",
			cred: bearer("FB_MARKETING_TOKEN", "EAAGm0PX4ZCpsBAMq9Lm2Vb7NcRt8YwP4sWq8ZbV3kLmN0pQrS7tUvZDZD"), path: "/v12.0/act_1234567890/insights", want: RateLimited},
		// A client not yet onboarded to the Advertising API.
		{src: "https://github.com/amzn/amazon-advertising-api-php-sdk/issues/10", name: "Amazon Ads 401 code 401 Authentication failed", status: 401,
			header: jsonCT(), body: `{"code":"401","details":"Authentication failed","requestId":"K144VZX9J0CCDG4229C5"}`,
			cred: amazonAds, path: "/v2/profiles", want: CredentialRejected},
		// The profile header (Amazon-Advertising-API-Scope) missing: a
		// header besides the token, whose name says "scope" (no OAuth
		// scope is lacking). The thread quotes the words; the body is in
		// the API's {code, details} shape.
		{src: "https://github.com/amzn/amazon-advertising-api-php-sdk/issues/11", name: "Amazon Ads 400 Scope header is missing", status: 400,
			header: jsonCT(), body: `{"code":"400","details":"Scope header is missing","requestId":"7QJ0FN8N4MQXH3WQ2JZB"}`,
			cred: amazonAds, path: "/v2/sp/campaigns", want: RequiredHeaderMissing},
		{src: "https://github.com/amzn/selling-partner-api-models/issues/1561", name: "SP-API 403 Unauthorized Access to the resource is forbidden", status: 403,
			header: jsonCT("x-amzn-ErrorType", "AccessDeniedException"), body: `{"errors":[{"code":"Unauthorized","message":"Access to the resource is forbidden","details":""}]}`,
			cred: headerCred("x-amz-access-token", "SP_API_ACCESS_TOKEN", "Atza|IwEBIP4sWq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9j0kLmN0pQrS7tUv"), path: "/fba/inventory/v1/summaries", want: PermissionDenied},
		// The gRPC status the thread quotes, as the REST interface sends it.
		{src: "https://github.com/Opteo/google-ads-api/issues/352", name: "Google Ads 403 API has not been used in project before or it is disabled", status: 403,
			header: jsonCT(), body: "{\n  \"error\": {\n    \"code\": 403,\n    \"message\": \"Google Ads API has not been used in project 123456789012 before or it is disabled. Enable it by visiting https://console.developers.google.com/apis/api/googleads.googleapis.com/overview?project=123456789012 then retry. If you enabled this API recently, wait a few minutes for the action to propagate to our systems and retry.\",\n    \"status\": \"PERMISSION_DENIED\"\n  }\n}",
			cred: bearer("GOOGLE_ADS_TOKEN", "ya29.a0AfB_byZ9y8X7w6V5u4T3s2R1q0P9o8N7m6L5k4J3i2H1g0F"), method: "POST", path: "/v15/customers/1234567890/googleAds:search", want: PermissionDenied},
	}
}

// TestHeldoutCommerceLate: the late answers. First run, unchanged: 6 of 8
// (TikTok Shop's 200 "you should apply auth pkg for this api" was left
// unread, and Amazon Ads' 400 "Scope header is missing" too); now 8 of 8:
// being told to apply for access to this API is a plan or enrolment
// matter (in an envelope too), and a named header "is missing" is a
// required header unless it is the credential's.
func TestHeldoutCommerceLate(t *testing.T) {
	runProviderCases(t, "commerce late answers", commerceLateCases())
}
