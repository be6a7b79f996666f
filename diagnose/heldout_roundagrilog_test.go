package diagnose

import "testing"

// roundagrilogCases: a held-out round on agriculture and shipping APIs.
// Agriculture (John Deere Operations Center, Climate FieldView, CNH, AGCO,
// Agworld, Trimble Ag) again had no public error answer to be found (the
// SDKs and guides describe a 403 for an organisation not connected, never
// its body), so the round is shipping and freight: UPS's REST APIs (its
// published OpenAPI examples and issue threads), USPS's v3 APIs, Canada
// Post, DHL Parcel Germany, Geotab, Sendle, Sendcloud, FedEx, with the
// non-refusals the same servers send (EasyPost's recorded cassettes,
// MyDHL, Australia Post). Answers not in the corpora before: new
// providers, or new codes, endpoints or shapes of ones already there.
// Where a body is rebuilt around quoted words (an OpenAPI example written
// as YAML, an envelope from a client library's fixture, a status the
// source does not give) a comment says so. Gathered and given their
// expected first cause from the catalog before the diagnosis code was
// read; a comment says why where two codes could fit. First run, before
// any fix: first cause right in 31 of 40 (refusals 19 of 27, the token
// endpoint 1 of 1, non-refusals 11 of 12 given no cause). Misses: an
// account number "not authorized for" a feature on a 400 (twice); "Invalid
// token or token is not present" to a token sent, read as a credential in
// the wrong place; a 401 about the package's address token not in the
// user's profile, read as the credential refused; a JSON-RPC error whose
// words say "Incorrect ... login credentials @ 'db'" with no error code; a
// 200 XML root whose error attribute says "Log-in failed"; a platform id
// said "not specified"; a 402 saying the key's account has no method of
// payment; and a 400 "Token is required for request" about a business
// token (a delivery token) read as a credential in the wrong place. After
// the readings the misses lacked: 39 of 40 (refusals 27 of 27, the token
// endpoint 1 of 1, non-refusals 10 of 10 in the passing table; the
// delivery token's 400 is pending, roundagrilogPending): an account or
// merchant not authorized or enabled for a feature it names; a fault
// offered as "invalid X or X is not present"; the account said to have no
// way to pay; a platform or partner id said not specified; what the
// request names said to match none of the caller's own; wrong login
// credentials with a product named before them in a 2xx error object; an
// XML root whose error attribute holds words, and log-in as a login word.
// One miss was of this round's making: the rebuilt MyGeotab envelope had
// no JSON-RPC code (the server sends -32000, mg-api-js#42), and it was
// read once its words were (refusedTextRE), the envelope kept as rebuilt.
func roundagrilogCases() []provCase {
	const (
		upsSpec  = "https://github.com/UPS-API/api-documentation/blob/e6f36df4da29ac1b448c898a79aac48f653bbb44/"
		karrio   = "https://github.com/karrioapi/karrio/blob/deea10f8568b2d48c71bbcc11ec11c62cdaf2a6a/modules/connectors/"
		cpCodes  = "https://ux.canadapost-postescanada.ca/info/mc/business/productsservices/developers/messagescodetables.jsf"
		sendleGH = "https://github.com/GeorgeValergas/sendle-api/blob/1384b43f7b22e34b3a8a1d1a745648cb0040b070/spec/support/helpers.rb"
	)
	json := jsonCT
	xml := func(extra ...string) map[string]string { return ctHeader("application/xml", extra...) }
	upsTok := bearer("UPS_ACCESS_TOKEN", "kV9xQ2mL7pR4sT6wY8zA1bC3dE5fG7hJ9kL2mN4pQ6rS8tU0vW2xY4zA6bC8dE0f")
	uspsTok := bearer("USPS_ACCESS_TOKEN", "Tq3Wz8Lm1Np5Rv7Xb9Cd2Fg4Hj6Kl0Mn3Pq5Rs7Tu9Vw1Xy3Za5Bc7De9Fg1Hj3K")
	fedexTok := bearer("FEDEX_ACCESS_TOKEN", "Rk2Vn7Bq4Xz9Lm1Pw6Ty3Hs8Gd5Jc0Fa2Mu7Ne4Qb9Wo1Ki6Zr3Yl8Xp5Cv0Bn2D")
	cpKey := basicCred("6e93d53968881714", "0bfa9fcb9853d1f51ee57a")
	cpMessages := func(code, desc string) string {
		return "<messages xmlns=\"http://www.canadapost.ca/ws/messages\">\n    <message>\n        <code>" + code + "</code>\n        <description>" + desc + "</description>\n    </message>\n</messages>\n"
	}
	return []provCase{
		// UPS REST (OAuth 2). An account number not enabled for a feature
		// answers 400 with words about the account: the credential is fine,
		// the account may not do this.
		{src: "https://github.com/UPS-API/api-documentation/issues/61", name: "UPS 400 9190033 account not authorized for Dangerous Goods shipments", status: 400,
			header: json(), body: "{\n  \"response\": {\n    \"errors\": [\n      {\n        \"code\": \"9190033\",\n        \"message\": \"Your UPS Account number is not authorized for Dangerous Goods shipments.\"\n      }\n    ]\n  }\n}",
			cred: upsTok, method: "POST", path: "/api/dangerousgoods/v1/acceptanceauditprecheck", want: PermissionDenied},
		// The status is not in the fixture; UPS answers its request errors
		// with 400.
		{src: karrio + "ups/tests/ups/test_document.py", name: "UPS Paperless 400 9590018 account not authorized for user generated forms", status: 400,
			header: json(), body: `{"response":{"errors":[{"code":"9590018","message":"Your UPS Account number is not authorized for user generated forms functionality."}]}}`,
			cred: upsTok, method: "POST", path: "/api/paperlessdocuments/v1/upload", want: PermissionDenied},
		// UPS's OpenAPI examples, written as YAML there: the body below is
		// that example as JSON, with the APIErrorCode and APIErrorMsg
		// headers the documents declare.
		{src: upsSpec + "InteractiveDescriptionGuidance.yaml", name: "UPS 401 UJ0001 Invalid token or token is not present, a token sent", status: 401,
			header: json("APIErrorCode", "UJ0001", "APIErrorMsg", "Invalid token or token is not present"),
			body:   `{"response":{"errors":[{"code":"UJ0001","message":"Invalid token or token is not present"}]}}`,
			cred:   upsTok, method: "POST", path: "/api/description-guidance/v1/sessions", want: CredentialRejected},
		{src: upsSpec + "InteractiveDescriptionGuidance.yaml", name: "UPS 401 UJ0001 Invalid token or token is not present, nothing sent", status: 401,
			header: json("APIErrorCode", "UJ0001", "APIErrorMsg", "Invalid token or token is not present"),
			body:   `{"response":{"errors":[{"code":"UJ0001","message":"Invalid token or token is not present"}]}}`,
			method: "POST", path: "/api/description-guidance/v1/sessions", want: NoCredentialsSent},
		{src: upsSpec + "ProtectedDeliveryToken.yaml", name: "UPS 403 40301 You do not have permission to access this resource", status: 403,
			header: json(), body: `{"errors":[{"code":"40301","message":"You do not have permission to access this resource."}]}`,
			cred: upsTok, method: "POST", path: "/api/protecteddelivery/v1/token", want: PermissionDenied},
		{src: upsSpec + "CommerceGuard.yaml", name: "UPS CommerceGuard 401 UNAUTHORIZED Invalid credentials", status: 401,
			header: json(), body: `{"response":{"errors":[{"code":"UNAUTHORIZED","message":"Invalid credentials"}]}}`,
			cred: upsTok, method: "POST", path: "/api/commerceguard/v1/chargebacks", want: CredentialRejected},
		{src: upsSpec + "CommerceGuard.yaml", name: "UPS CommerceGuard 403 UNSUPPORTED Merchant does not have permission for this product", status: 403,
			header: json(), body: `{"response":{"errors":[{"code":"UNSUPPORTED","message":"Merchant does not have permission for this product"}]}}`,
			cred: upsTok, method: "POST", path: "/api/commerceguard/v1/chargebacks", want: PermissionDenied},
		// "invalid/expired or could not be verified": the words leave open
		// whether the lifetime ran out, so the catalog's token_expired (the
		// server's words say it expired) does not plainly fit; the token was
		// not accepted.
		{src: upsSpec + "GlobalCheckout.yaml", name: "UPS GlobalCheckout 401 UJ0001 token invalid/expired or could not be verified", status: 401,
			header: json(), body: `{"response":{"errors":[{"code":"UJ0001","message":"The token was invalid/expired or could not be verified"}]}}`,
			cred: upsTok, method: "POST", path: "/api/globalcheckout/v1/quotes", want: CredentialRejected},
		// A 401 whose words are about the package, not the caller's token:
		// the package's address is not in this user's profile, so this user
		// may not change its delivery. The bearer token was read.
		{src: upsSpec + "DeliveryIntercept.yaml", name: "UPS DeliveryIntercept 401 605 package address token not in the user's profile", status: 401,
			header: json(), body: `{"response":{"transactionId":"ASR1212","statusCode":"401","errors":[{"code":"605","message":"Package address token does not match any tokens in the user's profile."}]}}`,
			cred: upsTok, method: "POST", path: "/api/deliveryintercept/v1/redirect/address", want: PermissionDenied},
		{src: upsSpec + "DeliveryDefense-Ready.yaml", name: "UPS DeliveryDefense 401 errorCode errorMessage Invalid Authentication Information", status: 401,
			header: json(), body: `{"errorCode":"401","errorMessage":"Invalid Authentication Information."}`,
			cred: upsTok, method: "POST", path: "/api/deliverydefense/v1/address-score", want: CredentialRejected},

		// USPS v3 behind Apigee: a raised fault named for access control on
		// a rates endpoint the app's products do not include. Nothing names
		// an address or allowlist, so not ip_restricted.
		{src: "https://github.com/USPS/api-examples/issues/22", name: "USPS prices v3 403 Apigee fault Raise-Fault-Access-Control", status: 403,
			header: json(), body: "{\n    \"fault\": {\n        \"faultstring\": \"Raising fault. Fault name : Raise-Fault-Access-Control\",\n        \"detail\": {\n            \"errorcode\": \"steps.raisefault.RaiseFault\"\n        }\n    }\n}",
			cred: uspsTok, method: "POST", path: "/prices/v3/base-rates/search", want: PermissionDenied},
		{src: "https://github.com/verbb/postie/issues/167", name: "USPS prices v3 403 contract not authorized, base-rates-list", status: 403,
			header: json(), body: "{\n \"apiVersion\": \"/prices/v3\",\n \"error\": {\n \"code\": \"403\",\n \"message\": \"The requested contract information is not authorized to access, /prices/v3/base-rates-list/search.\",\n \"errors\": [{\"title\":\"The requested contract information is not authorized to access, /prices/v3/base-rates-list/search.\",\"detail\":\"\"}]\n }\n }\n \n",
			cred: uspsTok, method: "POST", path: "/prices/v3/base-rates-list/search", want: PermissionDenied},

		// FedEx: the body's words carry nothing ("not able to retrieve the
		// message"); the code says the account number may not be used by
		// this credential. The thread quotes code and message only: the
		// envelope is FedEx's, the status the 403 its documents give
		// authorization errors.
		{src: "https://github.com/PipedreamHQ/pipedream/pull/18309", name: "FedEx Ship 403 SHIPMENT.ACCOUNTNUMBER.UNAUTHORIZED", status: 403,
			header: json(), body: `{"transactionId":"b1c9e4f2-7a3d-4e8b-9c1f-2d5a6b7c8e90","errors":[{"code":"SHIPMENT.ACCOUNTNUMBER.UNAUTHORIZED","message":"We are not able to retrieve the message for the warning or error."}]}`,
			cred: fedexTok, method: "POST", path: "/ship/v1/shipments", want: PermissionDenied},

		// Geotab's JSON-RPC answers 200 with an error object.
		{src: "https://github.com/Geotab/mg-api-js/pull/42", name: "MyGeotab JSON-RPC 200 InvalidUserException Incorrect login credentials", status: 200,
			header: json(), body: "{\n    \"error\": {\n        \"message\": \"Incorrect login credentials\",\n        \"code\": -32000,\n        \"data\": {\n            \"id\": \"0dfed192-151c-4d8f-8769-3e0690e3a2cf\",\n            \"type\": \"InvalidUserException\",\n            \"requestIndex\": 0\n        },\n        \"name\": \"JSONRPCError\",\n        \"errors\": [\n            {\n                \"message\": \"Incorrect login credentials\",\n                \"name\": \"InvalidUserException\"\n            }\n        ]\n    },\n    \"jsonrpc\": \"2.0\",\n    \"requestIndex\": 0\n}",
			cred: bearer("GEOTAB_SESSION_ID", "Zt4Lq8Wm2Xp6Rv0Nb3Kc"), method: "POST", path: "/apiv1", want: CredentialRejected},
		// The issue prints the errors as a JavaScript object; rebuilt as the
		// JSON-RPC error the server sent, with its words.
		{src: "https://github.com/Geotab/mg-api-node/issues/1", name: "MyGeotab JSON-RPC 200 Incorrect MyGeotab login credentials @ database", status: 200,
			header: json(), body: `{"error":{"message":"Incorrect MyGeotab login credentials @ 'dbanme'","name":"JSONRPCError","errors":[{"message":"Incorrect MyGeotab login credentials @ 'dbanme'","name":"InvalidUserException"}]},"jsonrpc":"2.0"}`,
			cred: bearer("GEOTAB_SESSION_ID", "Zt4Lq8Wm2Xp6Rv0Nb3Kc"), method: "POST", path: "/apiv1", want: CredentialRejected},

		// DHL Germany's legacy tracking answers 200 with the refusal in the
		// root element's attributes.
		{src: "https://github.com/dreipunktnull/dhl-shipment-tracking/issues/1", name: "DHL Sendungsverfolgung 200 XML code 5 error Log-in failed", status: 200,
			header: ctHeader("text/xml;charset=UTF-8"),
			body:   "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<data name=\"piece-shipment-list\" request-id=\"e0728416-56c8-4f6a-b891-c1d6ee904728\" code=\"5\" error=\"Log-in failed\">\n    <data name=\"piece-shipment\" searched-piece-code=\"00340434161094042557\" piece-code=\"00340434161094042557\" piece-id=\"\" recipient-name=\"\" recipient-street=\"\" recipient-city=\"\" status=\"\" short-status=\"\" delivery-event-flag=\"\" division=\"\" recipient-id=\"\" product-code=\"\" product-key=\"\" product-name=\"\" international-flag=\"0\" piece-status=\"5\" piece-status-desc=\"Log-in failed\"/>\n</data>",
			cred:   basicCred("acme-dev", "Qw8Zb3Lm0pRs5Tu"), path: "/rest/sendungsverfolgung?xml=%3Cdata%20request%3D%22d-get-piece%22%2F%3E", want: CredentialRejected},
		// DHL Parcel DE (the developer portal's gateway): a key not
		// subscribed to this API, which the catalog's credential_rejected
		// covers ("not enabled for this API").
		{src: karrio + "dhl_parcel_de/tests/dhl_parcel_de/test_shipment.py", name: "DHL Parcel DE 401 Unauthorized for given resource", status: 401,
			header: json(), body: "{\n  \"title\": \"Unauthorized\",\n  \"statusCode\": 401,\n  \"detail\": \"Unauthorized for given resource.\"\n}\n",
			cred: apiKey("DHL_API_KEY", "pQ7rS9tU1vW3xY5zA7bC9dE1fG3hJ5kL", "dhl-api-key", ""), method: "POST", path: "/parcel/de/shipping/v2/orders", want: CredentialRejected},

		// Canada Post's REST services answer XML messages. The envelope is
		// the one karrio's fixtures hold; E002 and AA004 are from those
		// fixtures, the other descriptions from Canada Post's code table;
		// the statuses are not given by either (401 for the key, 403 for
		// what the key may not do, 400 for the missing platform header,
		// 429 for the throttle).
		{src: karrio + "canadapost/tests/canadapost/test_tracking.py", name: "Canada Post 401 E002 AAA Authentication Failure", status: 401,
			header: xml(), body: cpMessages("E002", "AAA Authentication Failure"), cred: cpKey, path: "/vis/track/pin/1371134583769923/summary", want: CredentialRejected},
		{src: karrio + "canadapost/tests/canadapost/test_rate.py", name: "Canada Post 403 AA004 cannot mail on behalf of the requested customer", status: 403,
			header: xml(), body: cpMessages("AA004", "You cannot mail on behalf of the requested customer."), cred: cpKey, method: "POST", path: "/rs/ship/price", want: PermissionDenied},
		// A development key against the production endpoint: no key marker
		// for test_key_in_production, and the catalog has no other cause for
		// an environment's key at the other's URL; the key was refused.
		{src: cpCodes, name: "Canada Post 401 AA002 username and password do not match the endpoint", status: 401,
			header: xml(), body: cpMessages("AA002", "The username and password of the request do not match the endpoint. E.g. development key against production endpoint or vice versa."),
			cred: cpKey, method: "POST", path: "/rs/ship/price", want: CredentialRejected},
		// The key belongs to another customer than the one in the path:
		// "belongs to another account" is credential_rejected's.
		{src: cpCodes, name: "Canada Post 401 AA003 API key does not match the mailed-by customer number", status: 401,
			header: xml(), body: cpMessages("AA003", "The API key in the \"Authorization\" header does not match the mailed-by customer number in the request."),
			cred: cpKey, path: "/rs/0008035465/0008035465/shipment", want: CredentialRejected},
		{src: cpCodes, name: "Canada Post 401 AA001 the user id has been deactivated", status: 401,
			header: xml(), body: cpMessages("AA001", "The user id for the request has been deactivated. If you withdrew from the Developer Program, rejoin the program."),
			cred: cpKey, method: "POST", path: "/rs/ship/price", want: CredentialRejected},
		// The code table: "The platform-id header variable is empty or not
		// present".
		{src: cpCodes, name: "Canada Post 400 AA005 Platform id not specified", status: 400,
			header: xml(), body: cpMessages("AA005", "Platform id not specified"), cred: cpKey, method: "POST", path: "/rs/0008035465/0008035465/shipment", want: RequiredHeaderMissing},
		{src: cpCodes, name: "Canada Post 429 Server Rejected by SLM Monitor", status: 429,
			header: xml(), body: cpMessages("Server", "Rejected by SLM Monitor"), cred: cpKey, method: "POST", path: "/rs/ship/price", want: RateLimited},

		// Sendle (HTTP Basic: Sendle ID and API key).
		{src: sendleGH, name: "Sendle 401 unauthorised Sendle ID or API key incorrect", status: 401,
			header: json(), body: `{"error":"unauthorised","error_description":"The authorisation details are not valid. Either the Sendle ID or API key are incorrect."}`,
			cred: basicCred("acme_shipping", "Wq8ZbV3kLmN0pQrS7tUvXyZa"), method: "POST", path: "/api/orders", want: CredentialRejected},
		// The account behind the key may not book: the catalog's
		// permission_denied ("lacks ... plan feature"), not the key.
		{src: sendleGH, name: "Sendle 402 payment_required no method of payment", status: 402,
			header: json(), body: `{"error":"payment_required","error_description":"The account associated with this API key has no method of payment. Please go to your Account Settings in your Sendle Dashboard and add a payment method."}`,
			cred: basicCred("acme_shipping", "Wq8ZbV3kLmN0pQrS7tUvXyZa"), method: "POST", path: "/api/orders", want: PermissionDenied},

		// Sendcloud (HTTP Basic: public and secret key).
		{src: "https://github.com/Webador/sendcloud/blob/7dfa79f42f2a1d9a78715954acaf97cdd5bd8b3a/test/ClientTest.php", name: "Sendcloud 401 Invalid username/password", status: 401,
			header: json(), body: `{"error":{"message":"Invalid username/password.","request":"api/v2/user","code":401}}`,
			cred: basicCred("3f1d6384391f45ce9b2a7c5e", "8c4e2a1f6b3d9e7c5a1b4d2f"), path: "/api/v2/user", want: CredentialRejected},
	}
}

// roundagrilogTokenCases: token endpoints of the same round.
func roundagrilogTokenCases() []tokenCase {
	return []tokenCase{
		// The issue quotes error and description joined by a comma;
		// rebuilt as the RFC 6749 body they come from.
		{src: "https://github.com/USPS/api-examples/issues/33", name: "USPS OAuth v1 invalid_client InvalidApiKeyForGivenResource", status: 401,
			body: `{"error":"invalid_client","error_description":"InvalidApiKeyForGivenResource: The client application credentials provided in the request are missing, invalid, inactive or not approved for access."}`,
			want: CredentialRejected},
	}
}

// roundagrilogNonRefusals: answers of the same servers that refuse
// nothing, several speaking of tokens that are business data (UPS's
// delivery and address tokens).
func roundagrilogNonRefusals() []fpCase {
	const (
		easypost = "https://github.com/EasyPost/easypost-python/blob/8fcf5e4b354fc652c95ec21d6c5495bb67f781a1/tests/cassettes/"
		karrio   = "https://github.com/karrioapi/karrio/blob/deea10f8568b2d48c71bbcc11ec11c62cdaf2a6a/modules/connectors/"
		upsSpec  = "https://github.com/UPS-API/api-documentation/blob/e6f36df4da29ac1b448c898a79aac48f653bbb44/"
	)
	epCT := ctHeader("application/json; charset=utf-8")
	return []fpCase{
		{src: easypost + "test_beta_referral_customer_refund_by_payment_log.yaml", name: "EasyPost 422 TRANSACTION.DOES_NOT_EXIST", status: 422, header: epCT,
			body: `{"error": {"code": "TRANSACTION.DOES_NOT_EXIST", "message": "We could not find a transaction with that id.", "errors": []}}`, path: "/beta/referral_customers/refunds"},
		{src: easypost + "test_event_retrieve_payload.yaml", name: "EasyPost 404 PAYLOAD.NOT_FOUND", status: 404, header: epCT,
			body: `{"error": {"code": "PAYLOAD.NOT_FOUND", "message": "The payload(s) could not be found.", "errors": []}}`,
			path: "/v2/events/evt_f31be862fac311ef9aa4710dd2aee3b7/payloads/payload_11111111111111111111111111111111"},
		{src: easypost + "test_address_verify_invalid_address.yaml", name: "EasyPost 422 ADDRESS.VERIFY.FAILURE", status: 422, header: epCT,
			body: `{"error": {"code": "ADDRESS.VERIFY.FAILURE", "message": "Unable to verify address.", "errors": [{"code": "E.ADDRESS.NOT_FOUND", "field": "address", "message": "Address not found", "suggestion": null}, {"code": "E.HOUSE_NUMBER.MISSING", "field": "street1", "message": "House number is missing", "suggestion": null}]}}`,
			path: "/v2/addresses/adr_d1b02f48fac311efa7f0ac1f6bc539ae/verify"},
		{src: "https://github.com/Webador/sendcloud/blob/7dfa79f42f2a1d9a78715954acaf97cdd5bd8b3a/test/ClientTest.php", name: "Sendcloud 400 shipped parcels can no longer be cancelled", status: 400,
			header: jsonCT(), body: `{"status":"failed","message":"Shipped parcels, or parcels being shipped, can no longer be cancelled."}`, path: "/api/v2/parcels/2784972/cancel"},
		{src: karrio + "australiapost/tests/australiapost/test_shipment.py", name: "Australia Post 400 44003 DANGEROUS_GOODS_NOT_SUPPORTED_BY_PRODUCT_ERROR", status: 400,
			header: jsonCT(), body: "{\n    \"errors\": [\n        {\n            \"code\": \"44003\",\n            \"name\": \"DANGEROUS_GOODS_NOT_SUPPORTED_BY_PRODUCT_ERROR\",\n            \"field\": \"shipments[0].items[0]\",\n            \"message\": \"The product T28S specified in an item has indicated that dangerous goods will be included in the parcel, however, the product does not allow dangerous goods to be sent using the service.  Please choose a product that allows dangerous goods to be included within the parcel to be sent.\"\n        }\n    ]\n}\n",
			path: "/shipping/v1/shipments"},
		{src: "https://github.com/TA2k/ioBroker.parcel/issues/40", name: "UPS My Choice 400 10011 Missing addressToken value", status: 400,
			header: jsonCT(), body: `{"response":{"transId":"XXXXXXXXXX","addressToken":"","shipments":[],"errors":[{"code":"10011","message":"Missing addressToken value"}]},"isError":true,"isWarning":false,"success":false}`,
			path: "/mychoice/v1/shipments/details/AddressToken?loc=de_DE"},
		// The issue gives the body, not the status: UPS answers an invalid
		// inquiry number with 400.
		{src: "https://github.com/UPS-API/api-documentation/issues/12", name: "UPS Tracking 400 TV1002 Invalid inquiry number", status: 400,
			header: jsonCT(), body: "{\n  \"response\": {\n    \"errors\": [\n      {\n        \"code\": \"TV1002\",\n        \"message\": \"Invalid inquiry number\"\n      }\n    ]\n  }\n}",
			path: "/api/track/v1/details/1Z12345E020527168"},
		{src: upsSpec + "DeliveryDefense-Ready.yaml", name: "UPS DeliveryDefense 400 One or more validation errors occurred", status: 400,
			header: ctHeader("application/problem+json"), body: `{"type":"https://tools.ietf.org/html/rfc7231#section-6.5.1","title":"One or more validation errors occurred.","status":400,"traceId":"00-c6bf8291d14e90ddd363d057cc837f39-897c1324fd309af2-00","errors":{"ZipCode":["The ZipCode field is required."]}}`,
			path: "/api/deliverydefense/v1/address-score"},
		{src: karrio + "canadapost/tests/canadapost/test_rate.py", name: "Canada Post 400 Server cvc-particle schema error", status: 400,
			header: ctHeader("application/xml"), body: "<messages xmlns=\"http://www.canadapost.ca/ws/messages\">\n    <message>\n        <code>Server</code>\n        <description>/rs/ship/price: cvc-particle 3.1: in element {http://www.canadapost.ca/ws/ship/rate-v4}parcel-characteristics with anonymous type, found &lt;/parcel-characteristics> (in namespace http://www.canadapost.ca/ws/ship/rate-v4), but next item should be any of [{http://www.canadapost.ca/ws/ship/rate-v4}weight, {http://www.canadapost.ca/ws/ship/rate-v4}dimensions, {http://www.canadapost.ca/ws/ship/rate-v4}unpackaged, {http://www.canadapost.ca/ws/ship/rate-v4}mailing-tube, {http://www.canadapost.ca/ws/ship/rate-v4}oversized]</description>\n    </message>\n</messages>\n",
			path: "/rs/ship/price"},
		{src: karrio + "mydhl/tests/mydhl/test_tracking.py", name: "MyDHL 404 No shipments found for the given tracking number", status: 404,
			header: ctHeader("application/problem+json"), body: "{\n  \"status\": 404,\n  \"title\": \"Not Found\",\n  \"detail\": \"No shipments found for the given tracking number\",\n  \"instance\": \"/tracking?shipmentTrackingNumber=9356579890\"\n}",
			path: "/mydhlapi/tracking?shipmentTrackingNumber=9356579890"},
		// A 200 whose one result carries an error object: a tracking number
		// not found, trimmed to that result from the fixture.
		{src: karrio + "fedex/tests/fedex/test_tracking.py", name: "FedEx Track 200 trackResults error TRACKING.TRACKINGNUMBER.NOTFOUND", status: 200,
			header: jsonCT(), body: "{\n  \"transactionId\": \"624deea6-b709-470c-8c39-4b5511281492\",\n  \"customerTransactionId\": \"AnyCo_order123456789\",\n  \"output\": {\n    \"completeTrackResults\": [\n      {\n        \"trackingNumber\": \"39936862321\",\n        \"trackResults\": [\n          {\n            \"trackingNumberInfo\": {\n              \"trackingNumber\": \"39936862321\",\n              \"trackingNumberUniqueId\": \"\",\n              \"carrierCode\": \"\"\n            },\n            \"error\": {\n              \"code\": \"TRACKING.TRACKINGNUMBER.NOTFOUND\",\n              \"message\": \"Tracking number cannot be found. Please correct the tracking number and try again.\"\n            }\n          }\n        ]\n      }\n    ],\n    \"alerts\": \"TRACKING.DATA.NOTFOUND -  Tracking data unavailable\"\n  }\n}",
			path: "/track/v1/trackingnumbers"},
	}
}

// roundagrilogPending: measured blind with the rest and left out of the
// passing tables. UPS's Protected Delivery Token API answers a request
// without its delivery token (a value it issued, sent as the request's
// data) with a 400 "Token is required for request"; a bearer token went in
// the Authorization header, and the reading is "no credential found" (the
// credential in the wrong place). The same words at an API whose token is
// the credential ("Token is required", Splunk HEC's and ArcGIS's) mean the
// credential is missing, and nothing in these bytes names the delivery
// token: no general reading tells them apart, so none was forced. Its
// want is "" (no cause): runPending logs what it reads, and cannot report
// it fixed, as it only compares a first cause.
func roundagrilogPending() []provCase {
	return []provCase{
		{src: "https://github.com/UPS-API/api-documentation/blob/e6f36df4da29ac1b448c898a79aac48f653bbb44/ProtectedDeliveryToken.yaml", name: "UPS 400 50001 Token is required for request (a delivery token)", status: 400,
			header: jsonCT(), body: `{"errors":[{"code":"50001","message":"Token is required for request"}]}`,
			cred: bearer("UPS_ACCESS_TOKEN", "kV9xQ2mL7pR4sT6wY8zA1bC3dE5fG7hJ9kL2mN4pQ6rS8tU0vW2xY4zA6bC8dE0f"), method: "POST", path: "/api/protecteddelivery/v1/token/validate"},
	}
}

// TestHeldoutRoundagrilog reports top-1 on the agriculture and shipping
// round: the refusals as runProviderCases serves them, the token
// endpoints' answers, and the non-refusals, which must get no cause.
func TestHeldoutRoundagrilog(t *testing.T) {
	runHeldoutRound(t, heldoutRound{name: "roundagrilog", cases: roundagrilogCases(), tokens: roundagrilogTokenCases(), nonRefusals: roundagrilogNonRefusals(), pending: roundagrilogPending()})
}

// lateRoundagrilogCases: answers gathered after the fixes above, looked at
// for the first time and run once before any change: late: first cause
// right in 5 of 5 (the refusal 1 of 1, non-refusals 4 of 4 given no
// cause).
func lateRoundagrilogCases() []provCase {
	return []provCase{
		// Postmaster relays Canada Post's AA001; the words say the caller's
		// account is not active, which the catalog's credential_rejected
		// covers (a credential not enabled, for an account stopped).
		{src: "https://github.com/postmaster/postmaster-api/issues/40", name: "Postmaster 400 APIError AA001 Your account is not active", status: 400,
			header: jsonCT(), body: `{"message": "APIError AA001: Your account is not active.", "code": 400, "details": {"body": {"carrier_code": "AA001"}, "code": 102}}`,
			cred: headerCred("Authorization", "POSTMASTER_API_KEY", "Basic dHRfTXpBd01UcFhjVGg4WmJWM2tMbU4wcFE6"), method: "POST", path: "/v1/rates", want: CredentialRejected},
	}
}

// lateRoundagrilogNonRefusals: the same servers' answers that refuse
// nothing, gathered late with lateRoundagrilogCases.
func lateRoundagrilogNonRefusals() []fpCase {
	const karrio = "https://github.com/karrioapi/karrio/blob/deea10f8568b2d48c71bbcc11ec11c62cdaf2a6a/modules/connectors/"
	return []fpCase{
		// The issue quotes the SOAP Body; the Envelope around it is
		// SOAP's, the status the 500 a SOAP fault comes with.
		{src: "https://github.com/postnl/postnl-magento2/issues/347", name: "PostNL CIF 500 SOAP fault 25001 kenmerksrt and optionsrt mandatory", status: 500,
			header: ctHeader("text/xml; charset=utf-8"),
			body:   "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body>\n    <s:Fault>\n      <faultcode>s:CIF Framework Message Interceptor</faultcode>\n      <faultstring xml:lang=\"en-US\">Check CIFException in the detail section</faultstring>\n      <detail>\n        <CifException xmlns=\"http://postnl.nl/cif/services/common/\">\n          <Errors>\n            <ExceptionData>\n              <Description i:nil=\"true\"/>\n              <ErrorMsg>Validation failed for shipment: 3STOTAxxxxxxxxx, Messages:\n                3STOTAxxxxxxxxx: {[25001]\n                Both kenmerksrt and optionsrt are mandatory for a valid ProductOption}\n            </ErrorMsg>\n              <ErrorNumber>25001</ErrorNumber>\n            </ExceptionData>\n          </Errors>\n        </CifException>\n      </detail>\n    </s:Fault>\n  </s:Body></s:Envelope>",
			path:   "/shipment/v2_2/label"},
		{src: karrio + "ups/tests/ups/test_tracking.py", name: "UPS Tracking 200 warnings TW0001 Tracking Information Not Found", status: 200,
			header: jsonCT(), body: "{\n    \"trackResponse\": {\n        \"shipment\": [\n            {\n                \"warnings\": [\n                    {\"code\": \"TW0001\", \"message\": \"Tracking Information Not Found\"}\n                ]\n            }\n        ]\n    }\n}",
			path: "/api/track/v1/details/1Z5338FF0107231059"},
		{src: karrio + "australiapost/tests/australiapost/test_tracking.py", name: "Australia Post Tracking 200 ESB-10001 Invalid tracking ID", status: 200,
			header: jsonCT(), body: "{\n  \"tracking_results\": [\n    {\n      \"tracking_id\": \"7XX1000\",\n      \"errors\": [\n        {\n          \"code\": \"ESB-10001\",\n          \"name\": \"Invalid tracking ID\"\n        }\n      ]\n    }\n  ]\n}\n",
			path: "/shipping/v1/track?tracking_ids=7XX1000"},
		// A carrier's refusal relayed in a rates answer: the ShipEngine
		// call succeeded, one carrier account may not do this. The issue
		// quotes the errors list; the rate_response around it is
		// ShipEngine's.
		{src: "https://github.com/ShipEngine/shipengine-dotnet/issues/71", name: "ShipEngine 200 rate_response carrier error no permissions to create reseller consignments", status: 200,
			header: jsonCT(), body: `{"rate_response":{"rates":[],"invalid_rates":[],"errors":[{"error_source":"carrier","error_type":"business_rules","error_code":"unspecified","message":"A shipping carrier error occurred: You do not have permissions to create reseller consignments (Generic, Carrier Error Code: GEN_ERROR). length must be between 0 and 200 (Validation, Carrier Error Code: VAL_DIMENSION_MAX). width must be between 0 and 200 (Validation, Carrier Error Code: VAL_DIMENSION_MAX). height must be between 0 and 200 (Validation, Carrier Error Code: VAL_DIMENSION_MAX). (520, dc94a6f6-3c6b-4db7-91f6-6353fa26e076)","carrier_id":"unknown","carrier_code":"unknown","carrier_name":"unknown"},{"error_source":"carrier","error_type":"business_rules","error_code":"unspecified","message":"A shipping carrier error occurred: There are no valid services available.","carrier_id":"se-5497981","carrier_code":"fedex","carrier_name":"FedEx"}]}}`,
			path: "/v1/rates"},
	}
}

// TestHeldoutRoundagrilogLate: see lateRoundagrilogCases.
func TestHeldoutRoundagrilogLate(t *testing.T) {
	runProviderCases(t, "roundagrilog late answers", lateRoundagrilogCases())
	runFalsePositives(t, "roundagrilog late non-refusals", lateRoundagrilogNonRefusals())
}
