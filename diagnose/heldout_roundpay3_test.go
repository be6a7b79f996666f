package diagnose

import (
	"testing"
	"time"
)

// roundpay3Cases: a held-out round on payments 3 (Adyen's Payout and
// Payments App APIs, Rapyd, Square's v2 codes, GoCardless, Flutterwave's v4
// API, Plaid's Item errors, Lemon Squeezy), answers not in the corpora
// before: providers that were not there (Rapyd) and other codes,
// endpoints or versions of providers that were. Several come from the
// providers' own SDK test fixtures (Adyen's Java library mocks,
// GoCardless's Python client fixtures), which hold the body byte for byte;
// the others from the providers' reference pages and forum threads
// (Adyen's Node library and Checkout.com's Node SDK tests too).
// Gathered and given their expected first cause from the catalog before
// the diagnosis code was read; a comment says why when two codes could
// fit. First run, before any fix: first cause right in 34 of 37
// (refusals 17 of 20, non-refusals 17 of 17 given no cause). Misses: a
// 400 saying the headers required for authentication were missing,
// nothing sent, got no cause; "requires authentication or has invalid
// credentials" to a token sent read as a credential sent elsewhere; a
// 400 saying access to this product was not granted for the account
// got no cause. After the readings the misses lacked: 37 of 37 (the
// headers a request authenticates with, named by purpose, said absent;
// authentication said required or the credentials invalid in one
// breath; access said not granted, the access first).
func roundpay3Cases(now time.Time) []provCase {
	const (
		adyenMocks = "https://github.com/Adyen/adyen-java-api-library/blob/bca8a14bd8bfd031e109bbf12684150f37b17a2b/src/test/resources/mocks/"
		gcFixtures = "https://github.com/gocardless/gocardless-pro-python/blob/d5c83f375d8867d2980745ed1c510f264823d300/tests/fixtures/"
		rapydAuth  = "https://docs.rapyd.net/en/troubleshooting-authentication-and-authorization-errors.html"
		flwErrors  = "https://github.com/wateki/jirani/blob/7d2abdf938818a719df898e2a265493909e73714/docs/payment/flutterwave/errors.md"
		lsErrors   = "https://docs.lemonsqueezy.com/api/getting-started/errors"
	)
	json := jsonCT
	adyenKey := apiKey("ADYEN_API_KEY", "AQEyhmfxKonIYxZGw0m/n3Q5qf3VaY9UCJ1+XWZe9W27jmlZiniYHPZ+YtXG9dYfNdwN0H8QwV1bDb7kfNy1WIxIIkxgBw==-uA0cEVM2qRcT6Hd2vK6m9tPX4RqJ2Yg3KzmcHqpf3wU=-x4G7pEfWZq8bL5nM", "X-API-Key", "")
	rapydKey := headerCred("access_key", "RAPYD_ACCESS_KEY", "rak_9F2C4A7B1E3D5F60817293A4B5C6D7E8")
	squareToken := bearer("SQUARE_ACCESS_TOKEN", "EAAAl8Wq3ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9j0kLmN0pQrS7tUvXy")
	gcToken := bearer("GOCARDLESS_ACCESS_TOKEN", "sandbox_Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8")
	flwToken := bearer("FLW_ACCESS_TOKEN", "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJmbHctY2xpZW50In0.c2lnbmF0dXJlLW9mLXRoZS10b2tlbi1hdC10aGUtaWRw")
	plaidKeys := headerValues("plaid_keys", "PLAID_CLIENT_ID", "PLAID-CLIENT-ID", "5f1a2b3c4d5e6f7a8b9c0d1e", "PLAID_SECRET", "PLAID-SECRET", "a1b2c3d4e5f60718293a4b5c6d7e8f")
	lsKey := bearer("LEMONSQUEEZY_API_KEY", makeJWT(map[string]any{"aud": "94d59cef-dbb8-4ea5-b178-d2540fcd6919", "jti": "4b1f0f2ad7c1e3b5", "sub": "12345",
		"scopes": []string{}, "iat": now.Add(-24 * time.Hour).Unix(), "nbf": now.Add(-24 * time.Hour).Unix(), "exp": now.Add(300 * 24 * time.Hour).Unix()}))
	rapydStatus := func(code, msg, op string) string {
		return "{\n    \"status\": {\n        \"error_code\": \"" + code + "\",\n        \"status\": \"ERROR\",\n        \"message\": \"" + msg + "\",\n        \"response_code\": \"" + code + "\",\n        \"operation_id\": \"" + op + "\"\n    }\n}"
	}
	// Flutterwave's v4 errors: the reference shows the envelope once (a
	// 400); the 401 and 403 put the table's own definition of the code in
	// it.
	flwError := func(typ, code, msg string) string {
		return "{\n    \"status\": \"failed\",\n    \"error\": {\n        \"type\": \"" + typ + "\",\n        \"code\": \"" + code + "\",\n        \"message\": \"" + msg + "\",\n        \"validation_errors\": []\n    }\n}"
	}
	lsUnauthenticated := `{"jsonapi":{"version":"1.0"},"errors":[{"detail":"Unauthenticated.","status":"401","title":"Unauthorized"}]}`
	return []provCase{
		// Adyen: a merchant account the API credential may not act for.
		// The credential authenticated (Adyen answers a wrong key 401 000),
		// and the 403 of type security refuses this merchant account:
		// permission_denied rather than credential_rejected.
		{src: adyenMocks + "payout/payout-error-403.json", name: "Adyen Payout 403 901 Invalid Merchant Account (security)", status: 403,
			header: json(), body: "{\n  \"status\": 403,\n  \"errorCode\": \"901\",\n  \"message\": \"Invalid Merchant Account\",\n  \"errorType\": \"security\"\n}\n",
			cred: adyenKey, method: "POST", path: "/pal/servlet/Payout/v68/payout", want: PermissionDenied},
		{src: adyenMocks + "paymentsapp/boardingToken-error-403.json", name: "Adyen Payments App 403 PA001 Merchant not permitted for this action", status: 403,
			header: json(), body: "{\n  \"status\": 403,\n  \"errorCode\": \"PA001\",\n  \"message\": \"Merchant not permitted for this action.\",\n  \"errorType\": \"security\"\n}",
			cred: adyenKey, method: "POST", path: "/v1/merchants/YourMerchantAccount/generatePaymentsAppBoardingToken", want: PermissionDenied},
		{src: "https://github.com/Adyen/adyen-node-api-library/blob/3b84a188ef071064636a19f53f95f8aa7112dd91/src/__tests__/checkout.spec.ts", name: "Adyen Checkout v71 /payments 403 901 Invalid Merchant Account with a pspReference", status: 403,
			header: json(), body: `{"status":403,"errorCode":"901","message":"Invalid Merchant Account","errorType":"security","pspReference":"H9833RR6FASAAA82"}`,
			cred: adyenKey, method: "POST", path: "/v71/payments", want: PermissionDenied},

		// Checkout.com's Node SDK: the 401 its client reads as an
		// AuthenticationError, to a public key.
		{src: "https://github.com/checkout/checkout-sdk-node/blob/a1d2c7234c9ce6f694d3131e5b100aaa13657d20/test/errors/apiError.js", name: "Checkout.com 401 authentication_error invalid_key", status: 401,
			header: json(), body: `{"error_type":"authentication_error","message":"invalid_key"}`,
			cred: bearer("CKO_PUBLIC_KEY", "pk_sbox_x4g7pefwzq8bl5nmkt3r2vy6ha"), method: "POST", path: "/tokens", want: CredentialRejected},

		// Rapyd signs each request with four headers (access_key, salt,
		// timestamp, signature).
		{src: rapydAuth, name: "Rapyd 400 MISSING_AUTHENTICATION_HEADERS, nothing sent", status: 400,
			header: json(), body: rapydStatus("MISSING_AUTHENTICATION_HEADERS", "The request did not contain the required headers for authentication. The request was rejected. Corrective action: Add authentication headers.", "6e752240-97c4-4238-8ace-1c5f2547ee53"),
			method: "POST", path: "/v1/customers", want: NoCredentialsSent},
		{src: rapydAuth, name: "Rapyd 401 UNAUTHENTICATED_API_CALL check the status of your account", status: 401,
			header: json(), body: rapydStatus("UNAUTHENTICATED_API_CALL", "The request was rejected due to an authentication issue. Corrective action: Check the status of your account in the 'Account Details' page of the Client Portal.", "d183191e-9b61-411d-8b0b-ff13c634b14e"),
			cred: rapydKey, method: "POST", path: "/v1/customers", want: CredentialRejected},
		// The thread quotes the status object its sample printed; Rapyd
		// sends it under "status", as the reference shows.
		{src: "https://community.rapyd.net/t/what-does-this-error-code-means-unauthenticated-api-call/4176", name: "Rapyd 401 UNAUTHENTICATED_API_CALL access_key header is not valid", status: 401,
			header: json(), body: rapydStatus("UNAUTHENTICATED_API_CALL", "access_key header is not valid", "e51d6e12-25b1-439b-ba84-85d5d3adb67c"),
			cred: rapydKey, method: "POST", path: "/v1/customers", want: CredentialRejected},

		// Square v2. The forum post quotes the body; the status is the one
		// the ErrorCode reference gives INSUFFICIENT_SCOPES. The server
		// names the scope the token lacks.
		{src: "https://developer.squareup.com/forums/t/permission-getting-removed-insufficient-scope-issue/26291", name: "Square 403 INSUFFICIENT_SCOPES the merchant must authorize ORDERS_READ", status: 403,
			header: json(), body: `{"errors":[{"category":"AUTHENTICATION_ERROR","code":"INSUFFICIENT_SCOPES","detail":"The merchant has not given your application sufficient permissions to do that. The merchant must authorize your application for the following scopes: ORDERS_READ"}]}`,
			cred: squareToken, method: "PUT", path: "/v2/orders/CAISENgvlJ6jLWAzERDzjyHVybY", want: ServerInsufficientScope},
		{src: "https://developer.squareup.com/docs/build-basics/handling-errors", name: "Square 401 UNAUTHORIZED This request could not be authorized", status: 401,
			header: json(), body: "{\n  \"errors\": [\n    {\n      \"category\": \"AUTHENTICATION_ERROR\",\n      \"code\": \"UNAUTHORIZED\",\n      \"detail\": \"This request could not be authorized.\"\n    }\n  ]\n}",
			cred: squareToken, path: "/v2/locations", want: CredentialRejected},
		// The ErrorCode reference's ACCESS_TOKEN_EXPIRED in the v2 envelope;
		// the detail is worded as the revoked token's ("This access token
		// has been revoked."), not quoted from a recorded answer. The
		// token is opaque: token_expired.
		{src: "https://developer.squareup.com/reference/square/enums/ErrorCode", name: "Square 401 ACCESS_TOKEN_EXPIRED This access token has expired", status: 401,
			header: json(), body: `{"errors":[{"category":"AUTHENTICATION_ERROR","code":"ACCESS_TOKEN_EXPIRED","detail":"This access token has expired."}]}`,
			cred: squareToken, method: "POST", path: "/v2/customers", want: TokenExpired},

		// GoCardless, from the client's fixtures.
		{src: gcFixtures + "unauthorized_error.json", name: "GoCardless 401 unauthorized invalid_api_usage, a token sent", status: 401,
			header: json(), body: gcUnauthorized, cred: gcToken, path: "/customers", want: CredentialRejected},
		{src: gcFixtures + "unauthorized_error.json", name: "GoCardless 401 unauthorized invalid_api_usage, nothing sent", status: 401,
			header: json(), body: gcUnauthorized, path: "/customers", want: NoCredentialsSent},
		// "Insufficient permissions" with the reason insufficient_permissions:
		// no RFC 6750 code and no scope named, so the catalog's
		// permission_denied (the credential lacks a permission).
		{src: gcFixtures + "insufficient_permission.json", name: "GoCardless 403 insufficient_permissions", status: 403,
			header: json(), body: "{\n  \"error\": {\n    \"documentation_url\": \"https://developer.gocardless.com/api-reference#insufficient_permissions\",\n    \"type\": \"invalid_api_usage\",\n    \"request_id\": \"HARDCODED_REQUEST_ID\",\n    \"code\": 403,\n    \"message\": \"Insufficient permissions\",\n    \"errors\": [\n      {\n        \"reason\": \"insufficient_permissions\",\n        \"message\": \"Insufficient permissions\"\n      }\n    ]\n  }\n}\n",
			cred: gcToken, method: "POST", path: "/creditors", want: PermissionDenied},
		{src: gcFixtures + "rate_limit_exceeded.json", name: "GoCardless 429 rate_limit_exceeded", status: 429,
			header: json(), body: "{\n  \"error\": {\n    \"documentation_url\": \"https://developer.gocardless.com/api-reference#rate_limit_exceeded\",\n    \"message\": \"Rate limit exceeded\",\n    \"type\": \"invalid_api_usage\",\n    \"code\": 429,\n    \"errors\": [\n      {\n        \"reason\": \"rate_limit_exceeded\",\n        \"message\": \"Rate limit exceeded\"\n      }\n    ]\n  }\n}\n",
			cred: gcToken, path: "/payments", want: RateLimited},

		// Flutterwave v4 (OAuth access tokens); see flwError.
		{src: flwErrors, name: "Flutterwave v4 401 10401 UNAUTHORIZATION, a token sent", status: 401,
			header: json(), body: flwError("UNAUTHORIZATION", "10401", "The request requires authentication or has invalid credentials."),
			cred: flwToken, method: "POST", path: "/charges", want: CredentialRejected},
		{src: flwErrors, name: "Flutterwave v4 401 10401 UNAUTHORIZATION, nothing sent", status: 401,
			header: json(), body: flwError("UNAUTHORIZATION", "10401", "The request requires authentication or has invalid credentials."),
			method: "POST", path: "/charges", want: NoCredentialsSent},
		{src: flwErrors, name: "Flutterwave v4 403 10403 FORBIDDEN no permission to access the resource", status: 403,
			header: json(), body: flwError("FORBIDDEN", "10403", "The client does not have permission to access the resource."),
			cred: flwToken, path: "/payouts", want: PermissionDenied},

		// Plaid: the API keys are right; the end user did not grant this
		// product's data on the account. Known and not allowed.
		{src: "https://plaid.com/docs/errors/item/", name: "Plaid 400 ITEM_ERROR ACCESS_NOT_GRANTED", status: 400,
			header: json(), body: "{\n \"error_type\": \"ITEM_ERROR\",\n \"error_code\": \"ACCESS_NOT_GRANTED\",\n \"error_message\": \"access to this product was not granted for the account\",\n \"display_message\": \"The user did not grant the necessary permissions for this product on their account.\",\n \"request_id\": \"HNTDNrA8F1shFEW\"\n}",
			cred: plaidKeys, method: "POST", path: "/auth/get", want: PermissionDenied},

		// Lemon Squeezy's JSON:API 401, the reference's own example.
		{src: lsErrors, name: "Lemon Squeezy 401 Unauthenticated., an API key sent", status: 401,
			header: ctHeader("application/vnd.api+json"), body: lsUnauthenticated, cred: lsKey, path: "/v1/users/me", want: CredentialRejected},
		{src: lsErrors, name: "Lemon Squeezy 401 Unauthenticated., nothing sent", status: 401,
			header: ctHeader("application/vnd.api+json"), body: lsUnauthenticated, path: "/v1/stores", want: NoCredentialsSent},
	}
}

// gcUnauthorized: GoCardless's 401, as its Python client's fixture holds it.
const gcUnauthorized = "{\n  \"error\": {\n    \"documentation_url\": \"https://developer.gocardless.com/api-reference#unauthorized\",\n    \"message\": \"Unauthorized\",\n    \"type\": \"invalid_api_usage\",\n    \"errors\": [\n      {\n        \"reason\": \"unauthorized\",\n        \"message\": \"Unauthorized\"\n      }\n    ],\n    \"code\": 401,\n    \"request_id\": \"HARDCODED_REQUEST_ID\"\n  }\n}\n"

// roundpay3NonRefusals: answers of the same servers that refuse nothing
// about the credential: validation errors (a reference missing, a
// pspReference not valid, a document not an object, a field not a
// number), records not found, a payment declined, a mandate in the wrong
// state, micro-deposit checks a user failed, and 5xx.
func roundpay3NonRefusals() []fpCase {
	const (
		adyenMocks = "https://github.com/Adyen/adyen-java-api-library/blob/bca8a14bd8bfd031e109bbf12684150f37b17a2b/src/test/resources/mocks/"
		gcFixtures = "https://github.com/gocardless/gocardless-pro-python/blob/d5c83f375d8867d2980745ed1c510f264823d300/tests/fixtures/"
		plaidInput = "https://plaid.com/docs/errors/invalid-input/"
	)
	json := jsonCT()
	return []fpCase{
		{src: adyenMocks + "authentication-result-error-invalid-psp.json", name: "Adyen 422 15_011 pspReference is not a valid pspReference", status: 422, header: json,
			path: "/pal/servlet/Payment/v68/getAuthenticationResult", body: "{\n  \"status\": 422,\n  \"errorCode\": \"15_011\",\n  \"message\": \"pspReference is not a valid pspReference\",\n  \"errorType\": \"validation\"\n}\n"},
		{src: adyenMocks + "recurring/disable-error-803.json", name: "Adyen Recurring 422 803 PaymentDetail not found", status: 422, header: json,
			path: "/pal/servlet/Recurring/v68/disable", body: "{\n  \"status\": 422,\n  \"errorCode\": \"803\",\n  \"message\": \"PaymentDetail not found\",\n  \"errorType\": \"validation\"\n}"},
		{src: adyenMocks + "payout/payout-error-422.json", name: "Adyen Payout 422 130 Reference Missing", status: 422, header: json,
			path: "/pal/servlet/Payout/v68/payout", body: "{\n  \"status\": 422,\n  \"errorCode\": \"130\",\n  \"message\": \"Reference Missing\",\n  \"errorType\": \"validation\"\n}\n"},
		{src: adyenMocks + "paymentsapp/paymentsAppList-error-500.json", name: "Adyen Payments App 500 PA002 internal server error", status: 500, header: json,
			path: "/v1/merchants/YourMerchantAccount/paymentsApps", body: "{\n  \"status\": 500,\n  \"errorCode\": \"PA002\",\n  \"message\": \"An internal server error occurred.\",\n  \"errorType\": \"api\"\n}"},
		// Rapyd's error table gives the words; the status object is the
		// one its troubleshooting page shows.
		{src: "https://docs.rapyd.net/en/general-errors.html", name: "Rapyd 400 ERROR_AMOUNT_MUST_BE_POSITIVE The request was rejected", status: 400, header: json, path: "/v1/payments",
			body: "{\n    \"status\": {\n        \"error_code\": \"ERROR_AMOUNT_MUST_BE_POSITIVE\",\n        \"status\": \"ERROR\",\n        \"message\": \"The request attempted an operation that requires an amount, but the amount was negative or zero. The request was rejected. Corrective action: Use a positive decimal number.\",\n        \"response_code\": \"ERROR_AMOUNT_MUST_BE_POSITIVE\",\n        \"operation_id\": \"2f0b7f6e-93a1-4c59-8f0e-5d1c2b3a4f60\"\n    }\n}"},
		{src: plaidInput, name: "Plaid 400 INVALID_INPUT TOO_MANY_VERIFICATION_ATTEMPTS", status: 400, header: json, path: "/link/token/create",
			body: "{\n\"error_type\": \"INVALID_INPUT\",\n\"error_code\": \"TOO_MANY_VERIFICATION_ATTEMPTS\",\n\"error_message\": \"\",\n\"display_message\": null,\n\"request_id\": \"HNTDNrA8F1shFEW\"\n}"},
		{src: plaidInput, name: "Plaid 400 INVALID_INPUT INCORRECT_DEPOSIT_AMOUNTS", status: 400, header: json, path: "/link/token/create",
			body: "{\n\"error_type\": \"INVALID_INPUT\",\n\"error_code\": \"INCORRECT_DEPOSIT_AMOUNTS\",\n\"error_message\": \"\",\n\"display_message\": null,\n\"request_id\": \"HNTDNrA8F1shFEW\"\n}"},
		{src: gcFixtures + "invalid_api_usage_error.json", name: "GoCardless 400 invalid_api_usage Invalid document structure", status: 400, header: json, path: "/customers",
			body: "{\n  \"error\": {\n    \"message\": \"Invalid document structure\",\n    \"documentation_url\": \"https://developer.gocardless.com/pro#invalid_document_structure\",\n    \"type\": \"invalid_api_usage\",\n    \"request_id\": \"bd271b37-a2f5-47c8-b461-040dfe0e9cb1\",\n    \"code\": 400,\n    \"errors\": [\n      {\n        \"message\": \"Root element must be an object.\"\n      }\n    ]\n  }\n}\n"},
		{src: gcFixtures + "invalid_state_error.json", name: "GoCardless 422 invalid_state mandate_not_inactive", status: 422, header: json, path: "/mandates/MD123/actions/reinstate",
			body: "{\n  \"error\": {\n    \"code\": 422,\n    \"documentation_url\": \"https://developer.gocardless.com/pro#mandate_not_inactive\",\n    \"errors\": [\n      {\n        \"message\": \"Mandate is already active or being submitted\",\n        \"reason\": \"mandate_not_inactive\"\n      }\n    ],\n    \"message\": \"Mandate is already active or being submitted\",\n    \"request_id\": \"9aac0445-fd1e-4dc2-8854-a5a6afbaaeae\",\n    \"type\": \"invalid_state\"\n  }\n}\n"},
		{src: gcFixtures + "validation_failed_error.json", name: "GoCardless 422 validation_failed branch_code must be a number", status: 422, header: json, path: "/customer_bank_accounts",
			body: "{\n  \"error\": {\n    \"documentation_url\": \"https://developer.gocardless.com/pro#validation_failed\",\n    \"message\": \"Validation failed\",\n    \"type\": \"validation_failed\",\n    \"code\": 422,\n    \"request_id\": \"dd50eaaf-8213-48fe-90d6-5466872efbc4\",\n    \"errors\": [\n      {\n        \"message\": \"must be a number\",\n        \"field\": \"branch_code\",\n        \"request_pointer\": \"/customer_bank_accounts/branch_code\"\n      }, {\n        \"message\": \"is invalid\",\n        \"field\": \"country_code\",\n        \"request_pointer\": \"/customer_bank_accounts/country_code\"\n      }\n    ]\n  }\n}\n"},
		{src: gcFixtures + "gocardless_error.json", name: "GoCardless 500 type gocardless Uh-oh!", status: 500, header: json, path: "/payments",
			body: "{\n  \"error\": {\n    \"message\": \"Uh-oh!\",\n    \"documentation_url\": \"https://developer.gocardless.com/pro#internal_error\",\n    \"type\": \"gocardless\",\n    \"request_id\": \"41a59cf8-ca4c-474c-9931-7f01fb547bc7\",\n    \"code\": 500\n  }\n}\n"},
		{src: "https://github.com/wateki/jirani/blob/7d2abdf938818a719df898e2a265493909e73714/docs/payment/flutterwave/errors.md", name: "Flutterwave v4 400 10400 REQUEST_NOT_VALID Invalid card number", status: 400, header: json, path: "/charges",
			body: "{\n    \"status\": \"failed\",\n    \"error\": {\n        \"type\": \"REQUEST_NOT_VALID\",\n        \"code\": \"10400\",\n        \"message\": \"Invalid card number\",\n        \"validation_errors\": []\n    }\n}"},
		{src: "https://github.com/checkout/checkout-sdk-node/blob/a1d2c7234c9ce6f694d3131e5b100aaa13657d20/test/errors/apiError.js", name: "Checkout.com 404 not_found resource_not_found", status: 404, header: json, path: "/tokens",
			body: `{"error_type":"not_found","message":"resource_not_found"}`},
		{src: "https://github.com/checkout/checkout-sdk-node/blob/a1d2c7234c9ce6f694d3131e5b100aaa13657d20/test/disputes/disputes-unit.js", name: "Checkout.com 422 request_invalid paging_limit_invalid", status: 422, header: json, path: "/disputes?limit=-1",
			body: `{"request_id":"0HLUQS5FNKDTF:00000001","error_type":"request_invalid","error_codes":["paging_limit_invalid"]}`},
		{src: "https://apidocs.chargebee.com/docs/api/error-handling?lang=java", name: "Chargebee 404 resource_not_found Plan is not present", status: 404, header: json, path: "/api/v2/subscriptions",
			body: "{\n\"message\":\"Plan is not present\",\n\"type\":\"invalid_request\",\n\"api_error_code\":\"resource_not_found\",\n\"param\":\"item_id\",\n\"error_cause_id\": \"gateway.general.decline\"\n}"},
		{src: "https://apidocs.chargebee.com/docs/api/error-handling?lang=java", name: "Chargebee 400 payment_processing_failed card declined", status: 400, header: json, path: "/api/v2/subscriptions",
			body: "{\n\"message\": \"Subscription cannot be created as we are not able to collect EUR 10,00 from your card on file. Error message: (card_declined) Your card was declined.\",\n\"type\": \"payment\",\n\"api_error_code\": \"payment_processing_failed\",\n\"error_cause_id\": \"gateway.general.decline\"\n}"},
		{src: "https://github.com/razorpay/razorpay-python/blob/b56ac018bf023e2b244a73a4bda2ea861115edcf/tests/mocks/bad_request_error.json", name: "Razorpay 400 BAD_REQUEST_ERROR The amount is invalid", status: 400, header: json, path: "/v1/orders",
			body: "{\n   \"error\": {\n      \"code\": \"BAD_REQUEST_ERROR\",\n      \"description\": \"The amount is invalid\",\n      \"field\": \"amount\"\n   }\n}"},
	}
}

// TestHeldoutRoundpay3 reports top-1 on the payments 3 round: the
// refusals as runProviderCases serves them, and the non-refusals, which
// must get no cause.
func TestHeldoutRoundpay3(t *testing.T) {
	runHeldoutRound(t, heldoutRound{name: "roundpay3", cases: roundpay3Cases(time.Now()), nonRefusals: roundpay3NonRefusals(), gathered: 37})
}

// lateRoundpay3Cases: answers gathered after the readings above landed,
// looked at for the first time and run once before any change: late:
// first cause right in 5 of 6 (refusals 4 of 4, the token endpoint 0
// of 1, non-refusals 1 of 1). The miss was an expectation, not a
// reading: see lateRoundpay3Tokens.
func lateRoundpay3Cases() []provCase {
	const upBank = "https://github.com/up-banking/api/issues/1"
	upBody := "{\n    \"errors\": [\n        {\n            \"status\": \"401\",\n            \"title\": \"Not Authorized\",\n            \"detail\": \"The request was not authenticated because no valid credential was found in the Authorization header, or the Authorization header was not present.\"\n        }\n    ]\n}"
	return []provCase{
		// The client's log quotes status, title, detail and the
		// documentation link; the body is Mollie's v2 error object around
		// them. A live key, known, not allowed this API.
		{src: "https://github.com/mollie/magento2/issues/689", name: "Mollie 403 Forbidden You are not allowed to use the Terminals API", status: 403,
			header: ctHeader("application/hal+json"), body: `{"status":403,"title":"Forbidden","detail":"You are not allowed to use the Terminals API.","_links":{"documentation":{"href":"https://docs.mollie.com/overview/handling-errors","type":"text/html"}}}`,
			cred: bearer("MOLLIE_API_KEY", "live_Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d"), env: "production", path: "/v2/terminals", want: PermissionDenied},
		// An organization access token on the v1 API, which never took
		// them: the credential is not enabled for this API.
		{src: "https://github.com/mollie/mollie-api-php/issues/330", name: "Mollie v1 401 Unauthorized request to an organization access token", status: 401,
			header: jsonCT(), body: `{"error":{"type":"request","message":"Unauthorized request","links":{"documentation":"https://docs.mollie.com/"}}}`,
			cred: bearer("MOLLIE_ACCESS_TOKEN", "access_Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8"), path: "/v1/settlements", want: CredentialRejected},
		// Up's words do not tell a credential refused from none sent.
		{src: upBank, name: "Up 401 Not Authorized no valid credential or no Authorization header, a token sent", status: 401,
			header: jsonCT(), body: upBody, cred: bearer("UP_TOKEN", "up:yeah:Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9j0kLmN0pQrS7tUvXy"), path: "/api/v1/util/ping", want: CredentialRejected},
		{src: upBank, name: "Up 401 Not Authorized no valid credential or no Authorization header, nothing sent", status: 401,
			header: jsonCT(), body: upBody, path: "/api/v1/util/ping", want: NoCredentialsSent},
	}
}

// lateRoundpay3Tokens: Revolut Business's token endpoint answering
// unauthorized_client with "Failed to authorise client". Blind, it was
// expected credential_rejected (the client refused); authspec said
// permission_denied, and the catalog plainly says so: unauthorized_client
// is a client known but not allowed the grant unless the words say the
// client or its secret was refused, and these only restate the code (not
// authorised), naming no credential refused. The expectation was changed
// after the run, not the reading.
func lateRoundpay3Tokens() []tokenCase {
	return []tokenCase{
		{src: "https://github.com/useme-com/revolut-python/issues/8", name: "Revolut Business token endpoint 400 unauthorized_client Failed to authorise client", status: 400,
			body: "{\n  \"error\": \"unauthorized_client\",\n  \"error_description\": \"Failed to authorise client\"\n}", want: PermissionDenied},
	}
}

// lateRoundpay3NonRefusals: a forward request not found (Checkout.com's
// SDK tests).
func lateRoundpay3NonRefusals() []fpCase {
	return []fpCase{
		{src: "https://github.com/checkout/checkout-sdk-node/blob/a1d2c7234c9ce6f694d3131e5b100aaa13657d20/test/forward/forward-unit.js", name: "Checkout.com 404 not_found forward_request_not_found", status: 404, header: jsonCT(), path: "/forward/fwd_01HK153X00VZ1K15Z3HYC0QGPN",
			body: `{"error_type":"not_found","error_codes":["forward_request_not_found"],"message":"The forward request was not found."}`},
	}
}

// TestHeldoutRoundpay3Late: see lateRoundpay3Cases.
func TestHeldoutRoundpay3Late(t *testing.T) {
	runProviderCases(t, "roundpay3 late answers", lateRoundpay3Cases())
	runTokenCases(t, lateRoundpay3Tokens())
	runFalsePositives(t, "roundpay3 late non-refusals", lateRoundpay3NonRefusals())
}
