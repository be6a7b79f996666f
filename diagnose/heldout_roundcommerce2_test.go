package diagnose

import (
	"testing"
	"time"
)

// roundcommerce2Cases: a second held-out round on e-commerce platforms,
// marketplaces and their seller APIs (WooCommerce, PrestaShop, Shopware,
// Sylius, Saleor, commercetools, Salesforce Commerce Cloud, Shopify's
// GraphQL Admin API, Allegro, Etsy, Walmart Marketplace), answers not in
// the corpora before. Several are built from the servers' own source where
// the answer is a fixed string (WooCommerce's REST authentication class,
// PrestaShop's WebserviceRequest, Shopware's exceptions): the status,
// challenge and words are the source's, the envelope around them is the
// server's error writer, and a comment says so. Gathered and given their
// expected first cause from the catalog before the diagnosis code was
// read; a comment says why when two codes could fit. First run, before
// any fix: first cause right in 33 of 40 (refusals 23 of 30, token
// endpoints 3 of 3, non-refusals 7 of 7 given no cause). That run came
// after one correction of the request model, not of an expectation: the
// PrestaShop key was first modelled as Basic with an empty password
// variable, which authspec's preflight stops (credential_missing) before
// anything is sent; it is now the header the webservice clients send
// (20 of 30 refusals with the first model). Misses: a key said to lack
// read or write permissions on a 401 (WooCommerce, twice); a key with no
// permission, or a resource not allowed with this key, on a 401
// (PrestaShop, twice); a method not allowed with this key on a 405; a JWT
// under the scheme "Authorization" refused with "JWT Token not found"
// beside a Bearer challenge (credential_rejected, not scheme_mismatch); a
// GraphQL 200 whose error says the permissions needed (no cause). After
// the readings the misses lacked: 40 of 40 (a credential "provided" or
// "used" that lacks a permission; no permission for, or not allowed
// with, this key or token, whatever the status; a key or token said not
// active; the permissions an operation needs, listed, also as a GraphQL
// error; a JWT said not found under a scheme the challenge does not name).
func roundcommerce2Cases(now time.Time) []provCase {
	const (
		woo     = "https://github.com/woocommerce/woocommerce/blob/1d0cbc81874b852362da6388a175fc6a0111ad1f/includes/class-wc-rest-authentication.php"
		presta  = "https://github.com/PrestaShop/PrestaShop/blob/0692635f0789a8e683624d3b82ac5a644023dab3/classes/webservice/WebserviceRequest.php"
		allegro = "https://github.com/allegro/allegro-api/issues/"
		ctMock  = "https://github.com/labd/commercetools-node-mock/blob/fefbfc78d328ead616e85978e917eba8f3e26e10/src/oauth/server.ts"
	)
	json := jsonCT
	xml := func(extra ...string) map[string]string { return ctHeader("text/xml;charset=utf-8", extra...) }
	// PrestaShop writes its errors through WebserviceOutputXML; the
	// challenge is the one authenticate() sets on every key error.
	prestaChallenge := []string{"WWW-Authenticate", `Basic realm="Welcome to PrestaShop Webservice, please enter the authentication key as the login. No password required."`}
	prestaErrors := func(pairs ...string) string {
		b := "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<prestashop xmlns:xlink=\"http://www.w3.org/1999/xlink\">\n<errors>\n"
		for i := 0; i+1 < len(pairs); i += 2 {
			b += "<error>\n<code><![CDATA[" + pairs[i] + "]]></code>\n<message><![CDATA[" + pairs[i+1] + "]]></message>\n</error>\n"
		}
		return b + "</errors>\n</prestashop>\n"
	}
	// The key is the Basic user name with no password, as the webservice
	// clients send it (an empty password variable would stop authspec's
	// preflight before anything is sent).
	prestaKey := headerCred("Authorization", "PRESTASHOP_WS_AUTH", "Basic SzdRMk05WDRXMVo4QzNWNkIwTjVKN0gyRzRGOEQxUzM6")
	// WooCommerce's WP_Error as the WordPress REST server writes it.
	wooErr := func(code, msg string, status string) string {
		return `{"code":"` + code + `","message":"` + msg + `","data":{"status":` + status + `}}`
	}
	wooKey := basicCred("ck_4f1c8a2e9b7d4e3a8c6f1d2e3f4a5b6c7d8e9f0a", "cs_9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d")
	wooOAuth := headerCred("Authorization", "WC_OAUTH_HEADER", `OAuth oauth_consumer_key="ck_4f1c8a2e9b7d4e3a8c6f1d2e3f4a5b6c7d8e9f0a", oauth_nonce="a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6", oauth_signature="Q2hpY2tlbkZpbmdlcnNRMmhwWTJ0bGJr%3D", oauth_signature_method="HMAC-SHA256", oauth_timestamp="1733560000"`)
	allegroJWT := bearer("ALLEGRO_ACCESS_TOKEN", makeJWT(map[string]any{"user_name": "49549705", "scope": []string{"allegro:api:billing:read", "allegro:api:sale:offers:read"},
		"allegro_api": true, "exp": now.Add(11 * time.Hour).Unix(), "client_id": "27cc5bf303e640b0be895670553fd2be"}))
	shopifyGQL := apiKey("SHOPIFY_ACCESS_TOKEN", "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", "X-Shopify-Access-Token", "")
	return []provCase{
		// WooCommerce REST API v3 over HTTPS: the consumer key and secret
		// go as Basic. A real key with the wrong secret.
		{src: woo, name: "WooCommerce 401 Consumer secret is invalid, Basic challenge", status: 401,
			header: json("WWW-Authenticate", `Basic realm="WooCommerce API. Use a consumer key in the username field and a consumer secret in the password field."`),
			body:   wooErr("woocommerce_rest_authentication_error", "Consumer secret is invalid.", "401"), cred: wooKey, path: "/wp-json/wc/v3/orders", want: CredentialRejected},
		// A read-only key that writes: WooCommerce says so with a 401.
		{src: woo, name: "WooCommerce 401 The API key provided does not have write permissions", status: 401,
			header: json(), body: wooErr("woocommerce_rest_authentication_error", "The API key provided does not have write permissions.", "401"),
			cred: wooKey, method: "POST", path: "/wp-json/wc/v3/products", want: PermissionDenied},
		{src: woo, name: "WooCommerce 401 The API key provided does not have read permissions", status: 401,
			header: json(), body: wooErr("woocommerce_rest_authentication_error", "The API key provided does not have read permissions.", "401"),
			cred: wooKey, path: "/wp-json/wc/v3/customers", want: PermissionDenied},

		// PrestaShop webservice: the key is the Basic user name.
		{src: presta, name: "PrestaShop 401 code 16 Please enter the authentication key, nothing sent", status: 401,
			header: xml(prestaChallenge...), body: prestaErrors("16", "Please enter the authentication key as the login. No password required"),
			path: "/api/products", want: NoCredentialsSent},
		// A key of the wrong length: the server read it and refused it.
		{src: presta, name: "PrestaShop 401 code 18 Invalid authentication key format", status: 401,
			header: xml(prestaChallenge...), body: prestaErrors("18", "Invalid authentication key format"),
			cred: headerCred("Authorization", "PRESTASHOP_WS_AUTH", "Basic SzdRMk05WDRXMVo4QzNWNkIwTjU6"), path: "/api/products", want: CredentialRejected},
		// A disabled key gets both errors; the first says the key itself
		// is not active (a revoked credential), not a missing permission.
		{src: "https://github.com/PrestaShop/PrestaShop/blob/0f6615dc6542aa91db69ca66a9fb0e19d9c1625e/tests/Integration/Behaviour/Features/Scenario/Webservice/Endpoints/addresses.feature", name: "PrestaShop 401 codes 20 and 21 Authentification key is not active", status: 401,
			header: xml(prestaChallenge...), body: prestaErrors("20", "Authentification key is not active", "21", "No permission for this authentication key"),
			cred: prestaKey, path: "/api/addresses", want: CredentialRejected},
		{src: presta, name: "PrestaShop 401 code 21 No permission for this authentication key (an enabled key)", status: 401,
			header: xml(prestaChallenge...), body: prestaErrors("21", "No permission for this authentication key"),
			cred: prestaKey, path: "/api/addresses", want: PermissionDenied},
		// checkResource() answers 401 with no challenge.
		{src: presta, name: "PrestaShop 401 code 26 Resource of type customers is not allowed with this authentication key", status: 401,
			header: xml(), body: prestaErrors("26", `Resource of type "customers" is not allowed with this authentication key`),
			cred: prestaKey, path: "/api/customers", want: PermissionDenied},
		{src: presta, name: "PrestaShop 405 code 25 Method DELETE is not allowed for the resource with this authentication key", status: 405,
			header: xml(), body: prestaErrors("25", "Method DELETE is not allowed for the resource products with this authentication key"),
			cred: prestaKey, method: "DELETE", path: "/api/products/12", want: PermissionDenied},
		{src: presta, name: "PrestaShop 403 code 132 No permission for this key on this shop", status: 403,
			header: xml(), body: prestaErrors("132", "No permission for this key on this shop"),
			cred: prestaKey, path: "/api/products?id_shop=2", want: PermissionDenied},

		// Shopware 6 Admin API: an integration whose ACL role lacks the
		// privilege. It names privileges (an ACL role's), not OAuth
		// scopes: the catalog's permission_denied (a role or permission),
		// rather than server_insufficient_scope.
		{src: "https://github.com/shopware/shopware/blob/9bd0dbf7be832a32e82010801169be2792ad3a40/src/Core/Framework/Api/Exception/MissingPrivilegeException.php", name: "Shopware 403 FRAMEWORK__MISSING_PRIVILEGE_ERROR Missing privilege", status: 403,
			header: json(), body: `{"errors":[{"status":"403","code":"FRAMEWORK__MISSING_PRIVILEGE_ERROR","title":"Forbidden","detail":"{\"message\":\"Missing privilege\",\"missingPrivileges\":[\"product:update\"]}","meta":{"parameters":[]}}]}`,
			cred:   bearer("SHOPWARE_ADMIN_TOKEN", makeJWT(map[string]any{"aud": "SWIAQ0VXZKJPBKRPV3VHMJNQMG", "sub": "", "scopes": []string{"write"}, "exp": now.Add(10 * time.Minute).Unix()})),
			method: "PATCH", path: "/api/product/0190a8f0c6e77a4fb0f3e0a5d2c1b3a4", want: PermissionDenied},
		// The sales-channel API with an access key of no known origin: a
		// 500 whose words say the key is invalid (the test names the 500).
		{src: "https://github.com/shopware/shopware/blob/1f1d4d44f8d99ed3a0235c58ea36b24ea72780bd/src/Core/Checkout/Test/Cart/SalesChannel/SalesChannelCartControllerTest.php", name: "Shopware 500 FRAMEWORK__API_INVALID_ACCESS_KEY Access key is invalid and could not be identified", status: 500,
			header: json(), body: `{"errors":[{"status":"500","code":"FRAMEWORK__API_INVALID_ACCESS_KEY","title":"Internal Server Error","detail":"Access key is invalid and could not be identified.","meta":{"parameters":[]}}]}`,
			cred: apiKey("SHOPWARE_ACCESS_KEY", "XXSC1A2B3C4D5E6F7G8H9I0J1K2L3M", "sw-access-key", ""), path: "/sales-channel-api/v1/checkout/cart", want: CredentialRejected},

		// Sylius: the JWT sent under the scheme "Authorization". Lexik's
		// JWT bundle answers with a Bearer challenge (its
		// JWTAuthenticationFailureResponse); the body is the issue's.
		{src: "https://github.com/Sylius/Sylius/issues/14757", name: "Sylius 401 JWT Token not found, the JWT under another scheme", status: 401,
			header: json("WWW-Authenticate", "Bearer"), body: `{"code":401,"message":"JWT Token not found"}`,
			cred: headerCred("Authorization", "SYLIUS_ADMIN_TOKEN", "Authorization "+makeJWT(map[string]any{"username": "api@example.com", "roles": []string{"ROLE_API_ACCESS"}, "exp": now.Add(time.Hour).Unix()})),
			path: "/api/v2/admin/channels?page=1&itemsPerPage=30", want: SchemeMismatch},
		{src: "https://github.com/Sylius/Sylius-Standard/issues/119", name: "Sylius 403 Access Denied. to an OAuth token without ROLE_API_ACCESS", status: 403,
			header: json(), body: `{"code":403,"message":"Access Denied."}`,
			cred: bearer("SYLIUS_OAUTH_TOKEN", "MDk2ZDBmNmQ1YzJhNDE4ZTc0YjI3ZDk5MTQ4MDcyNzM1NDM4NGU3NmQ0NGE3MzY5NGE4"), path: "/api/products", want: PermissionDenied},

		// Saleor GraphQL: a 200 with the errors of a field that needs a
		// permission. The message is the issue's; the envelope is
		// Saleor's GraphQL error shape.
		{src: "https://github.com/saleor/saleor-docs/issues/1403", name: "Saleor 200 GraphQL PermissionDenied you need one of the following permissions", status: 200,
			header: json(), body: `{"data":{"orderCreateFromCheckout":null},"errors":[{"message":"To access this path, you need one of the following permissions: HANDLE_CHECKOUTS","locations":[{"line":2,"column":3}],"path":["orderCreateFromCheckout"],"extensions":{"exception":{"code":"PermissionDenied"}}}]}`,
			cred:   bearer("SALEOR_TOKEN", makeJWT(map[string]any{"iss": "https://shop.example.com/graphql/", "token": "Hq3kLmN0", "type": "access", "is_staff": true, "exp": now.Add(5 * time.Minute).Unix()})),
			method: "POST", path: "/graphql/", want: PermissionDenied},

		// commercetools: a client whose scopes lack the one the endpoint needs.
		{src: "https://github.com/commercetools/sunrise-spa/issues/267", name: "commercetools 403 insufficient_scope One of the following scopes is missing", status: 403,
			header: json(), body: "{\n  \"statusCode\": 403,\n  \"message\": \"Insufficient scope. One of the following scopes is missing: manage_customers.\",\n  \"errors\": [\n    {\n      \"code\": \"insufficient_scope\",\n      \"message\": \"Insufficient scope. One of the following scopes is missing: manage_customers.\"\n    }\n  ],\n  \"error\": \"insufficient_scope\",\n  \"error_description\": \"Insufficient scope. One of the following scopes is missing: manage_customers.\"\n}",
			cred: bearer("CTP_ACCESS_TOKEN", "Qm9yZ2VzX2tlMXV6Yk5vYjRnTGw2d2RqVEZSeFp3cjNL"), method: "POST", path: "/sunrise-spa/customers/password-token", want: ServerInsufficientScope},

		// Salesforce Commerce Cloud.
		{src: "https://github.com/storefront-foundation/react-storefront/issues/137", name: "SCAPI 403 Forbidden: your shopper JWT is valid, but you have no permissions", status: 403,
			header: json(), body: `{"type":"https://api.commercecloud.salesforce.com/documentation/error/v1/errors/forbidden","title":"Forbidden","detail":"Your shopper JWT is valid, but you have no permissions to access the resource."}`,
			cred: bearer("SLAS_SHOPPER_TOKEN", makeJWT(map[string]any{"isb": "uido:ecom::upn:Guest::uidn:Guest User::gcid:abmuc2wupJxeoRxuo3kqYYmbhI::chid:RefArch", "sub": "cc-slas::zzkc_001::scid:4a3f8e2c-1b5d-4c6e-9f7a-0b1c2d3e4f5a::usid:0f9e8d7c-6b5a-4f3e-2d1c-0b9a8f7e6d5c", "exp": now.Add(30 * time.Minute).Unix()})),
			path: "/product/shopper-products/v1/organizations/f_ecom_zzkc_001/categories/root?siteId=RefArch&levels=2", want: PermissionDenied},
		// The sandbox API answers an opaque token it cannot use with
		// invalid_token and the token itself as the description.
		{src: "https://github.com/SalesforceCommerceCloud/sfcc-ci/issues/88", name: "SFCC sandbox API 401 invalid_token whose description is the token", status: 401,
			header: json(), body: "{ \"error\": \"invalid_token\",\n  \"error_description\": \"3f2b9c1e-7a4d-4e8f-9b6c-2d1a0e5f7c3b\" }",
			cred: bearer("SFCC_AM_TOKEN", "3f2b9c1e-7a4d-4e8f-9b6c-2d1a0e5f7c3b"), path: "/api/v1/sandboxes", want: ServerInvalidToken},

		// Shopify GraphQL Admin API: 200 with ACCESS_DENIED.
		{src: "https://github.com/Shopify/function-examples/issues/164", name: "Shopify 200 GraphQL ACCESS_DENIED the shop must have access to the feature", status: 200,
			header: json(), body: "{\n  \"data\": {\n    \"checkoutServerExtensionCreate\": null\n  },\n  \"errors\": [\n    {\n      \"message\": \"Access denied for checkoutServerExtensionCreate field. Required access: The shop must have access to checkout server extensions.\",\n      \"locations\": [\n        {\n          \"line\": 2,\n          \"column\": 3\n        }\n      ],\n      \"path\": [\n        \"checkoutServerExtensionCreate\"\n      ],\n      \"extensions\": {\n        \"code\": \"ACCESS_DENIED\",\n        \"documentation\": \"https://shopify.dev/api/usage/access-scopes\",\n        \"requiredAccess\": \"The shop must have access to checkout server extensions.\"\n      }\n    }\n  ],\n  \"extensions\": {\n    \"cost\": {\n      \"requestedQueryCost\": 10,\n      \"actualQueryCost\": 10,\n      \"throttleStatus\": {\n        \"maximumAvailable\": 1000,\n        \"currentlyAvailable\": 990,\n        \"restoreRate\": 50\n      }\n    }\n  }\n}",
			cred: shopifyGQL, method: "POST", path: "/admin/api/2023-01/graphql.json", want: PermissionDenied},
		{src: "https://github.com/Shopify/graphql-js-client/issues/141", name: "Shopify 200 GraphQL ScriptTagCreate access denied", status: 200,
			header: json(), body: "{\n  \"data\": {\n    \"scriptTagCreate\": null\n  },\n  \"errors\": [\n    {\n      \"message\": \"ScriptTagCreate access denied\",\n      \"locations\": [\n        {\n          \"line\": 2,\n          \"column\": 3\n        }\n      ],\n      \"path\": [\n        \"scriptTagCreate\"\n      ]\n    }\n  ],\n  \"extensions\": {\n    \"cost\": {\n      \"requestedQueryCost\": 10,\n      \"actualQueryCost\": 10,\n      \"throttleStatus\": {\n        \"maximumAvailable\": 1000,\n        \"currentlyAvailable\": 990,\n        \"restoreRate\": 50\n      }\n    }\n  }\n}",
			cred: shopifyGQL, method: "POST", path: "/admin/api/2020-07/graphql.json", want: PermissionDenied},

		// Allegro REST API.
		{src: allegro + "11939", name: "Allegro 403 AccessDenied No access to the specified resource (a scope the token lacks)", status: 403,
			header: ctHeader("application/vnd.allegro.public.v1+json"), body: `{"errors":[{"code":"AccessDenied","message":"Access is denied","details":null,"path":null,"userMessage":"No access to the specified resource.","metadata":{}}]}`,
			cred: allegroJWT, path: "/order/checkout-forms", want: PermissionDenied},
		{src: allegro + "9107", name: "Allegro 403 AccessDenied to a client_credentials token (no user)", status: 403,
			header: ctHeader("application/vnd.allegro.public.v1+json"), body: "{\n    \"errors\": [\n        {\n            \"code\": \"AccessDenied\",\n            \"message\": \"Access is denied\",\n            \"details\": null,\n            \"path\": null,\n            \"userMessage\": \"No access to the specified resource.\"\n        }\n    ]\n}",
			cred: bearer("ALLEGRO_APP_TOKEN", makeJWT(map[string]any{"scope": []string{"allegro:api:sale:offers:read"}, "allegro_api": true, "exp": now.Add(11 * time.Hour).Unix(), "client_id": "0b362d641e7c4ad786c3c1ed7eef0b04"})),
			path: "/sale/offers", want: PermissionDenied},
		// The JWT's exp has passed; read locally, that comes first.
		{src: allegro + "13741", name: "Allegro 401 invalid_token Access token expired: <the token>", status: 401,
			header: json(), body: "{\n  \"error\": \"invalid_token\",\n  \"error_description\": \"Access token expired: eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9...\"\n}",
			cred: bearer("ALLEGRO_ACCESS_TOKEN", makeJWT(map[string]any{"user_name": "49549705", "allegro_api": true, "exp": now.Add(-40 * time.Minute).Unix()})),
			path: "/order/checkout-forms?offset=0&limit=100&status=READY_FOR_PROCESSING", want: JWTExpired},

		// Etsy Open API v3: a key Etsy no longer recognises.
		{src: "https://github.com/etsy/open-api/issues/498", name: "Etsy 400 Invalid API key", status: 400,
			header: json(), body: "{\n    \"error\": \"Invalid API key\"\n}",
			cred: apiKey("ETSY_API_KEY", "1aa2bb33c44d55e66f77g88h", "x-api-key", ""), path: "/v3/application/openapi-ping", want: CredentialRejected},

		// WooCommerce over plain HTTP takes OAuth 1.0a, also from the
		// Authorization header: a signed request whose timestamp is
		// outside the 15-minute window, and one whose nonce was used. The
		// signed credential was read and refused.
		{src: woo, name: "WooCommerce 401 Invalid timestamp (OAuth 1.0a header)", status: 401,
			header: json(), body: wooErr("woocommerce_rest_authentication_error", "Invalid timestamp.", "401"),
			cred: wooOAuth, path: "/wp-json/wc/v3/orders", want: CredentialRejected},
		{src: woo, name: "WooCommerce 401 Invalid nonce - nonce has already been used", status: 401,
			header: json(), body: wooErr("woocommerce_rest_authentication_error", "Invalid nonce - nonce has already been used.", "401"),
			cred: wooOAuth, path: "/wp-json/wc/v3/orders", want: CredentialRejected},

		// Magento 2 integration tokens signed as OAuth 1.0a.
		{src: "https://github.com/aaditya/magento-api-rest/issues/5", name: "Magento 401 The signature is invalid. Verify and try again.", status: 401,
			header: json(), body: `{"message":"The signature is invalid. Verify and try again."}`,
			cred: headerCred("Authorization", "MAGENTO_OAUTH", `OAuth oauth_consumer_key="q8zbv3klmn0pqrs7tuvxyza1b2c3d4e5", oauth_nonce="kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgm", oauth_signature="tnnArxj06cWHq44gCs1OSKk%2FjLY%3D", oauth_signature_method="HMAC-SHA256", oauth_timestamp="1603286400", oauth_token="w1x2y3z4a5b6c7d8e9f0g1h2i3j4k5l6", oauth_version="1.0"`),
			path: "/rest/V1/products?searchCriteria=all", want: CredentialRejected},

		// commercetools' words, as its maintained API mock writes them
		// (statusCode, message and errors[].code).
		{src: ctMock, name: "commercetools 401 invalid_token This endpoint requires an access token, nothing sent", status: 401,
			header: json(), body: `{"statusCode":401,"message":"This endpoint requires an access token. You can get one from the authorization server.","errors":[{"code":"invalid_token","message":"This endpoint requires an access token. You can get one from the authorization server."}]}`,
			path: "/my-project/products", want: NoCredentialsSent},
		{src: ctMock, name: "commercetools 401 invalid_token invalid_token, a token sent", status: 401,
			header: json(), body: `{"statusCode":401,"message":"invalid_token","errors":[{"code":"invalid_token","message":"invalid_token"}]}`,
			cred: bearer("CTP_ACCESS_TOKEN", "Qm9yZ2VzX2tlMXV6Yk5vYjRnTGw2d2RqVEZSeFp3cjNL"), path: "/my-project/products", want: ServerInvalidToken},

		// Walmart Canada: the signature headers sent, the answer asks for
		// Basic client id and secret in the Authorization header. The
		// catalog's credential_in_wrong_place: the credential went in
		// other headers than the one the server's words name.
		{src: "https://github.com/highsidelabs/walmart-api-php/issues/5", name: "Walmart 401 UNAUTHORIZED.GMP_GATEWAY_API incorrect authorization header, signature headers sent", status: 401,
			header: json(), body: `{"error":[{"code":"UNAUTHORIZED.GMP_GATEWAY_API","field":"UNAUTHORIZED","description":"Unauthorized","info":"Unauthorized token or incorrect authorization header. Please verify correct format: \"Authorization: Basic Base64Encode(clientId:clientSecret)\" For more information, see https://developer.walmart.com/#/apicenter/marketPlace/latest#apiAuthentication.","severity":"ERROR","category":"DATA","causes":[],"errorIdentifiers":{}}]}`,
			cred: headerValues("walmart_signature", "WALMART_CONSUMER_ID", "WM_CONSUMER.ID", "a1462bb4-7fb7-4a3c-9d2e-8f1b0c6d5e4a",
				"WALMART_SIGNATURE", "WM_SEC.AUTH_SIGNATURE", "Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9j0kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9j0kLm=="),
			path: "/v3/ca/orders", want: CredentialInWrongPlace},
	}
}

// roundcommerce2NonRefusals: answers of the same servers that speak of
// keys, tokens or access but refuse nothing: a record or resource that
// does not exist, a disabled webservice (a 503), a value the server cannot
// decode.
func roundcommerce2NonRefusals() []fpCase {
	const presta = "https://github.com/PrestaShop/PrestaShop/blob/0692635f0789a8e683624d3b82ac5a644023dab3/classes/webservice/WebserviceRequest.php"
	xml := ctHeader("text/xml;charset=utf-8")
	prestaErr := func(code, msg string) string {
		return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<prestashop xmlns:xlink=\"http://www.w3.org/1999/xlink\">\n<errors>\n<error>\n<code><![CDATA[" + code + "]]></code>\n<message><![CDATA[" + msg + "]]></message>\n</error>\n</errors>\n</prestashop>\n"
	}
	return []fpCase{
		{src: presta, name: "PrestaShop 404 code 87 Id(s) not exists", status: 404, header: xml, path: "/api/products/999", body: prestaErr("87", "Id(s) not exists: 999")},
		{src: presta, name: "PrestaShop 400 code 27 Resource of type does not exists, did you mean", status: 400, header: xml, path: "/api/prodcts",
			body: prestaErr("27", `Resource of type "prodcts" does not exists. Did you mean: "products"? The full list is: "addresses", "carriers", "products"`)},
		// A method the resource never takes, whatever the key: the
		// neighbour of code 25 above.
		{src: presta, name: "PrestaShop 405 code 101 Method PUT is not allowed for the resource configurations", status: 405, header: xml, path: "/api/configurations/1",
			body: prestaErr("101", "Method PUT is not allowed for the resource configurations")},
		{src: presta, name: "PrestaShop 503 code 22 The PrestaShop webservice is disabled", status: 503, header: xml, path: "/api/products",
			body: prestaErr("22", "The PrestaShop webservice is disabled. Please activate it in the PrestaShop Back Office")},
		{src: "https://github.com/woocommerce/woocommerce/blob/9915a5b14267dada43ff619d7479032c8708f0de/includes/rest-api/Controllers/Version2/class-wc-rest-products-v2-controller.php", name: "WooCommerce 404 woocommerce_rest_product_invalid_id Invalid ID", status: 404,
			header: jsonCT(), path: "/wp-json/wc/v3/products/99999999", body: `{"code":"woocommerce_rest_product_invalid_id","message":"Invalid ID.","data":{"status":404}}`},
		{src: "https://github.com/airbytehq/airbyte/issues/6240", name: "Amazon Ads 400 The request input is invalid. Advertiser ID cannot be decrypted", status: 400,
			header: jsonCT(), path: "/v2/sp/campaigns", body: "{\n  \"code\": \"400\",\n  \"details\": \" The request input is invalid. Advertiser ID cannot be decrypted\",\n  \"requestId\": \"0FQ4Z8K2Y7B3M9W1X5C6\"\n}"},
		{src: "https://github.com/davidtsadler/ebay-sdk-examples/issues/42", name: "eBay 404 25710 We didn't find the entity you are requesting", status: 404,
			header: jsonCT(), path: "/sell/inventory/v1/inventory_item/123",
			body: `{"errors":[{"errorId":25710,"domain":"API_INVENTORY","subdomain":"Selling","category":"REQUEST","message":"We didn't find the entity you are requesting. Please verify the request"}]}`},
	}
}

// roundcommerce2TokenCases: token endpoints' refusals of a client
// credentials request (the client's id and secret sent as Basic).
func roundcommerce2TokenCases() []tokenCase {
	return []tokenCase{
		{src: "https://github.com/labd/commercetools-go-sdk/blob/f9e68ad0e296e64f0c7bfe422ad9b67553eed8a5/commercetools/client_test.go", name: "commercetools 401 invalid_client Please provide valid client credentials using HTTP Basic Authentication", status: 401,
			body: "{\n\t\t\"statusCode\": 401,\n\t\t\"message\": \"Please provide valid client credentials using HTTP Basic Authentication.\",\n\t\t\"errors\": [\n\t\t\t{\n\t\t\t\t\"code\": \"invalid_client\",\n\t\t\t\t\"message\": \"Please provide valid client credentials using HTTP Basic Authentication.\"\n\t\t\t}\n\t\t],\n\t\t\"error\": \"invalid_client\",\n\t\t\"error_description\": \"Please provide valid client credentials using HTTP Basic Authentication.\"\n\t}",
			want: CredentialRejected},
		{src: "https://github.com/jenkinsci/osf-builder-suite-for-sfcc-deploy-plugin/issues/12", name: "SFCC Account Manager 401 invalid_client Client authentication failed", status: 401,
			body: `{"error_description":"Client authentication failed","error":"invalid_client"}`, want: CredentialRejected},
		// The source quotes the error and its description; the body is
		// eBay's RFC 6749 object around them.
		{src: "https://github.com/pajaydev/ebay-node-api/issues/81", name: "eBay 401 invalid_client client authentication failed", status: 401,
			body: `{"error":"invalid_client","error_description":"client authentication failed"}`, want: CredentialRejected},
	}
}

// TestHeldoutRoundcommerce2 reports top-1 on the second commerce round:
// the refusals as runProviderCases serves them, and the non-refusals,
// which must get no cause.
func TestHeldoutRoundcommerce2(t *testing.T) {
	runHeldoutRound(t, heldoutRound{name: "roundcommerce2", cases: roundcommerce2Cases(time.Now()),
		tokens: roundcommerce2TokenCases(), nonRefusals: roundcommerce2NonRefusals()})
}

// lateRoundcommerce2Cases: answers gathered after the fixes above, their
// expected first cause set from the catalog first, run once before any
// change: late: first cause right in 4 of 5 (refusals 3 of 4, the
// non-refusal given no cause). Miss: Saleor's GraphQL 200 "You do not have
// permission to perform this action" under extensions.exception.code
// PermissionDenied (no cause); after it the nested exception code is read
// as the other GraphQL codes are: 5 of 5.
func lateRoundcommerce2Cases() []provCase {
	// eBay's Trading API answers 200 with Ack Failure; the sources quote
	// the messages, the envelope is the Trading API's.
	ebayXML := func(call, short, long, code string) string {
		return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<" + call + "Response xmlns=\"urn:ebay:apis:eBLBaseComponents\">\n    <Timestamp>2021-06-07T14:02:11.220Z</Timestamp>\n    <Ack>Failure</Ack>\n    <Errors>\n        <ShortMessage>" + short + "</ShortMessage>\n        <LongMessage>" + long + "</LongMessage>\n        <ErrorCode>" + code + "</ErrorCode>\n        <SeverityCode>Error</SeverityCode>\n        <ErrorClassification>RequestError</ErrorClassification>\n    </Errors>\n    <Version>1199</Version>\n    <Build>E1199_CORE_API_19146596_R1</Build>\n</" + call + "Response>\n"
	}
	iaf := headerCred("X-EBAY-API-IAF-TOKEN", "EBAY_IAF_TOKEN", "v^1.1#i^1#r^0#p^3#I^3#f^0#t^H4sIAAAAAAAAAOVYbWwURRjeu15rsIAfGEkMIbqJ")
	xml := ctHeader("text/xml;charset=utf-8")
	return []provCase{
		{src: "https://github.com/hendt/ebay-api/issues/77", name: "eBay Trading 200 Ack Failure Invalid IAF token", status: 200,
			header: xml, body: ebayXML("RelistFixedPriceItem", "Invalid IAF token.", "IAF token supplied is invalid.", "21916984"),
			cred: iaf, method: "POST", path: "/ws/api.dll", want: CredentialRejected},
		{src: "https://github.com/timotheus/ebaysdk-python/issues/294", name: "eBay Trading 200 Ack Failure This Token has been revoked by App", status: 200,
			header: xml, body: ebayXML("GetUser", "This Token has been revoked by App.", "This Token has been revoked by App. The end user must complete the Auth &amp; Auth consent flow again to generate a valid token.", "21917053"),
			cred: iaf, method: "POST", path: "/ws/api.dll", want: CredentialRejected},
		// The source shows the words in a screenshot; the body is the
		// smallest JSON that carries them. An opaque token whose life ran
		// out: token_expired.
		{src: "https://github.com/PipedreamHQ/pipedream/issues/9252", name: "Lightspeed Retail 401 Token has expired", status: 401,
			header: jsonCT(), body: `{"message":"Token has expired"}`,
			cred: bearer("LIGHTSPEED_ACCESS_TOKEN", "4f1c8a2e9b7d4e3a8c6f1d2e3f4a5b6c7d8e9f0a"), path: "/API/V3/Account/123456/Item.json", want: TokenExpired},
		// Saleor's GraphQL permission error; the message is the issue's,
		// the envelope Saleor's.
		{src: "https://github.com/saleor/saleor/issues/8101", name: "Saleor 200 GraphQL You do not have permission to perform this action", status: 200,
			header: jsonCT(), body: `{"errors":[{"message":"You do not have permission to perform this action","locations":[{"line":2,"column":3}],"path":["draftOrderCreate"],"extensions":{"exception":{"code":"PermissionDenied"}}}],"data":{"draftOrderCreate":null}}`,
			cred:   headerCred("Authorization", "SALEOR_TOKEN", "JWT "+makeJWT(map[string]any{"email": "customer@example.com", "type": "access", "exp": time.Now().Add(5 * time.Minute).Unix()})),
			method: "POST", path: "/graphql/", want: PermissionDenied},
	}
}

// lateRoundcommerce2NonRefusals: a WordPress REST validation error of
// WooCommerce's collection parameters (the words and envelope are WordPress
// core's rest_invalid_param).
func lateRoundcommerce2NonRefusals() []fpCase {
	return []fpCase{
		{src: "https://github.com/WordPress/wordpress-develop/blob/6.4.0/src/wp-includes/rest-api/class-wp-rest-request.php", name: "WooCommerce 400 rest_invalid_param Invalid parameter(s): per_page", status: 400,
			header: jsonCT(), path: "/wp-json/wc/v3/orders?per_page=500",
			body: `{"code":"rest_invalid_param","message":"Invalid parameter(s): per_page","data":{"status":400,"params":{"per_page":"per_page must be between 1 (inclusive) and 100 (inclusive)"},"details":{"per_page":{"code":"rest_out_of_bounds","message":"per_page must be between 1 (inclusive) and 100 (inclusive)","data":null}}}}`},
	}
}

// TestHeldoutRoundcommerce2Late: see lateRoundcommerce2Cases.
func TestHeldoutRoundcommerce2Late(t *testing.T) {
	runProviderCases(t, "roundcommerce2 late answers", lateRoundcommerce2Cases())
	runFalsePositives(t, "roundcommerce2 late non-refusals", lateRoundcommerce2NonRefusals())
}
