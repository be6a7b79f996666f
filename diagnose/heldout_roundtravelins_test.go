package diagnose

import "testing"

// roundtravelinsCases: a held-out round on travel and insurance APIs
// (Duffel, Amadeus Self-Service, Sabre REST, Hotelbeds, GetYourGuide,
// Booking.com's Demand API; Axle for insurance), answers not in the
// corpora before: other codes, statuses or endpoints of providers already
// there, and providers that were not. Duffel's come from its Ruby
// client's spec fixtures (byte for byte), Amadeus's from its published
// OpenAPI documents' examples, GetYourGuide's from its partner API spec;
// Sabre's, Hotelbeds's, Booking.com's and Axle's error tables give the
// status and code or words, and a comment says where the envelope around
// them is rebuilt or the body is empty because the docs show none. Most
// other providers of the category (Expedia Rapid, Skyscanner, Kiwi
// Tequila, Lufthansa, Viator, Travelport, Socotra, Guidewire, Canopy
// Connect) had no public error answer to be found in the gathering
// window. Gathered and given their expected first cause from the catalog
// before the diagnosis code was read; a comment says why when two codes
// could fit. 41 answers: the other providers' public pages gave status
// tables without bodies, so the guard counts what was gathered.
// First run, before any fix (each answer run once, in three batches as
// they were gathered): first cause right in 38 of 41 (refusals 24 of 27,
// non-refusals 14 of 14 given no cause). Misses: a header said "needs to
// be set" to a valid version (Duffel's missing_version_header, read as
// nothing); a gateway's 403 whose only words are the code SERVICE_UNKNOWN
// (read as the 403's permission_denied); a 405 whose words say the method
// is "not valid or authorized for this endpoint" (read as nothing).
// After the readings the misses lacked (TestRoundtravelinsReadings): 41 of
// 41. A header named in quotes and said to need setting ("The 'X'
// header needs to be set", "has to be") or the code missing_version_header
// is a required header; an error code that names the service, endpoint,
// route or operation unknown or not found (SERVICE_UNKNOWN,
// unknown_endpoint) on a 401 or 403 is the route's; the request's method
// said not valid or authorized for the endpoint or route (on a 401, 403
// or 405) is the route's too.
func roundtravelinsCases() []provCase {
	const (
		duffelRuby = "https://github.com/duffelhq/duffel-api-ruby/blob/52b98026fcc2d0dcfc339724b3ab2cf38c020d1b/spec/fixtures/"
		amadeusOAS = "https://github.com/amadeus4dev/amadeus-open-api-specification/blob/d64e4c75f6f1a352824cddead504b3d582bc1b53/spec/json/"
		sabreErrs  = "https://developer.sabre.com/docs/rest_apis/air/search/instaflights_search/errors"
		gygErrors  = "https://github.com/getyourguide/partner-api-spec/blob/6c4a995dddb381327322b16fa07fce8bba45a047/spec/components/schema/errors.yaml"
		rapidSpec  = "https://github.com/ExpediaGroup/rapid-java-sdk/blob/7fcc20a670fa5f89e1e3901588ffe2a76697b5bd/code/transformedSpecs.yaml"
	)
	duffelToken := bearer("DUFFEL_ACCESS_TOKEN", "duffel_live_Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9j0")
	duffelErr := func(status, typ, title, msg, code string) string {
		return "{\n    \"meta\": {\n        \"status\": " + status + ",\n        \"request_id\": \"FsJ5lRhA8bGdqKMAA0eh\"\n    },\n    \"errors\": [\n        {\n            \"type\": \"" + typ + "\",\n            \"title\": \"" + title + "\",\n            \"message\": \"" + msg + "\",\n            \"documentation_url\": \"https://duffel.com/docs/api/overview/errors\",\n            \"code\": \"" + code + "\"\n        }\n    ]\n}"
	}
	amaToken := bearer("AMADEUS_ACCESS_TOKEN", "CpjU0sEenniHCgPDrndzOSWFk5mN")
	amaRestricted := "{\n        \"errors\": [\n          {\n            \"status\": 401,\n            \"code\": 20,\n            \"title\": \"RESTRICTED\",\n            \"detail\": \"Query unauthorized\"\n          }\n        ]\n      }"
	sabreToken := bearer("SABRE_TOKEN", "T1RLAQLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9j0kWq8ZbV3k")
	// Sabre's REST envelope as the sacs_ruby spec shows it around
	// ERR.2SG.SEC.INVALID_CREDENTIALS; the docs' table gives the code and
	// status of the others, not their message, so none is invented.
	sabreErr := func(code string) string {
		return `{"status":"NotProcessed","type":"Validation","errorCode":"` + code + `","timeStamp":"2026-11-10T23:07:44.372-06:00"}`
	}
	gygToken := apiKey("GYG_ACCESS_TOKEN", "3f9c2a1b8e7d6c5b4a3f2e1d0c9b8a7f", "X-ACCESS-TOKEN", "")
	axle := headerValues("axle_client", "AXLE_CLIENT_ID", "x-client-id", "cli_7XqP2mN9rT4vB8kL", "AXLE_CLIENT_SECRET", "x-client-secret", "sk_Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e")
	return []provCase{
		// Duffel. The fixture's 401 when nothing was sent.
		{src: duffelRuby + "authentication_error.json", name: "Duffel 401 missing_authorization_header, nothing sent", status: 401,
			header: jsonCT(), body: duffelErr("401", "authentication_error", "Missing authorization header", "The 'Authorization' header needs to be set and contain a valid API token.", "missing_authorization_header"),
			method: "POST", path: "/air/offer_requests", want: NoCredentialsSent},
		// The same answer to a token sent in an X-Api-Key header: the body
		// names the Authorization header, so the token went where it is
		// not read.
		{src: duffelRuby + "authentication_error.json", name: "Duffel 401 missing_authorization_header, the token in X-Api-Key", status: 401,
			header: jsonCT(), body: duffelErr("401", "authentication_error", "Missing authorization header", "The 'Authorization' header needs to be set and contain a valid API token.", "missing_authorization_header"),
			cred: apiKey("DUFFEL_ACCESS_TOKEN", "duffel_live_Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9j0", "X-Api-Key", ""), method: "POST", path: "/air/offer_requests", want: CredentialInWrongPlace},
		// The version header is missing (the fixture's meta says 400).
		{src: duffelRuby + "invalid_request_error.json", name: "Duffel 400 missing_version_header Duffel-Version", status: 400,
			header: jsonCT(), body: "{\n    \"meta\": {\n        \"status\": 400,\n        \"request_id\": \"FsJ5mIzW3k3Hfy0AAoKC\"\n    },\n    \"errors\": [\n        {\n            \"type\": \"invalid_request_error\",\n            \"title\": \"Missing version header\",\n            \"message\": \"The 'Duffel-Version' header needs to be set to a valid API version.\",\n            \"documentation_url\": \"https://duffel.com/docs/api/overview/errors\",\n            \"code\": \"missing_version_header\"\n        }\n    ]\n}",
			cred: duffelToken, method: "POST", path: "/air/offer_requests", want: RequiredHeaderMissing},
		// A rate limit answered 400, as the fixture's meta has it.
		{src: duffelRuby + "rate_limit_error.json", name: "Duffel 400 rate_limit_error rate_limit_exceeded", status: 400,
			header: jsonCT(), body: "{\n    \"meta\": {\n        \"status\": 400,\n        \"request_id\": \"FsJ5mIzW3k3Hfy0AAoKC\"\n    },\n    \"errors\": [\n        {\n            \"type\": \"rate_limit_error\",\n            \"title\": \"Rate limit exceeded\",\n            \"message\": \"Too many requests hit the API too quickly. Please retry your request after the time specified in the `ratelimit-reset` header.\",\n            \"documentation_url\": \"https://duffel.com/docs/api/overview/errors\",\n            \"code\": \"rate_limit_exceeded\"\n        }\n    ]\n}",
			cred: duffelToken, method: "POST", path: "/air/offer_requests", want: RateLimited},
		// An unknown token; the body as a public write-up quotes Duffel's
		// answer (one line, documentation_url first), src the page it
		// links.
		{src: "https://duffel.com/docs/api/overview/response-handling", name: "Duffel 401 access_token_not_found", status: 401,
			header: jsonCT(), body: `{"errors":[{"documentation_url":"https://duffel.com/docs/api/overview/response-handling","title":"Access token not found","type":"authentication_error","message":"The access token you have used is not a valid API access token","code":"access_token_not_found"}],"meta":{"request_id":"GMnF1mMwiWcBR68BZJ2I","status":401}}`,
			cred: duffelToken, method: "POST", path: "/air/offer_requests", want: CredentialRejected},

		// Amadeus Self-Service: the OpenAPI documents' 401 example, code 20
		// RESTRICTED "Query unauthorized". A token sent: credential_rejected
		// (a 401 says the credential was not accepted; nothing names a
		// permission).
		{src: amadeusOAS + "HotelRatings_v2_swagger_specification.json", name: "Amadeus Hotel Ratings 401 code 20 RESTRICTED Query unauthorized", status: 401,
			header: ctHeader("application/vnd.amadeus+json"), body: amaRestricted, cred: amaToken, path: "/v2/e-reputation/hotel-sentiments?hotelIds=TELONMFS,ADNYCCTB", want: CredentialRejected},
		{src: amadeusOAS + "OnDemandFlightStatus_v2_swagger_specification.json", name: "Amadeus Flight Status 401 code 20 RESTRICTED, nothing sent", status: 401,
			header: ctHeader("application/vnd.amadeus+json"), body: amaRestricted, path: "/v2/schedule/flights?carrierCode=AZ&flightNumber=319&scheduledDepartureDate=2026-12-20", want: NoCredentialsSent},
		{src: amadeusOAS + "TransferBook_v1_swagger_specification.json", name: "Amadeus Transfer Booking 401 code 20 RESTRICTED, a token sent", status: 401,
			header: ctHeader("application/vnd.amadeus+json"), body: amaRestricted, cred: amaToken, method: "POST", path: "/v1/ordering/transfer-orders?offerId=2094123123", want: CredentialRejected},

		// Sabre REST (the docs' common-errors table; envelope rebuilt, see
		// sabreErr). Credentials missing, nothing sent.
		{src: sabreErrs, name: "Sabre 401 ERR.2SG.SEC.MISSING_CREDENTIALS, nothing sent", status: 401,
			header: jsonCT(), body: sabreErr("ERR.2SG.SEC.MISSING_CREDENTIALS"), path: "/v1/shop/flights?origin=JFK&destination=LAX&departuredate=2026-12-20", want: NoCredentialsSent},
		// The same code to a token sent without its scheme ("verify
		// whether you use the correct data type"): prefix_missing.
		{src: sabreErrs, name: "Sabre 401 ERR.2SG.SEC.MISSING_CREDENTIALS, the token without Bearer", status: 401,
			header: jsonCT(), body: sabreErr("ERR.2SG.SEC.MISSING_CREDENTIALS"),
			cred: headerCred("Authorization", "SABRE_TOKEN", "T1RLAQLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9j0kWq8ZbV3k"), path: "/v1/shop/flights?origin=JFK&destination=LAX&departuredate=2026-12-20", want: PrefixMissing},
		// A 403 for a service the gateway does not know (a URL without its
		// version segment): the catalog's endpoint_not_found, a gateway
		// answering a wrong path in words of authorization.
		{src: sabreErrs, name: "Sabre 403 ERR.2SG.CLIENT.SERVICE_UNKNOWN (no version in the path)", status: 403,
			header: jsonCT(), body: sabreErr("ERR.2SG.CLIENT.SERVICE_UNKNOWN"), cred: sabreToken, path: "/shop/flights?origin=JFK&destination=LAX&departuredate=2026-12-20", want: EndpointNotFound},
		// A wrong method, said "not valid or authorized for this endpoint"
		// (the table's words, in a rebuilt envelope): endpoint_not_found.
		{src: sabreErrs, name: "Sabre 405 Method is not valid or authorized for this endpoint", status: 405,
			header: jsonCT(), body: `{"status":"NotProcessed","type":"Validation","timeStamp":"2026-11-10T23:07:44.372-06:00","message":"Method is not valid or authorized for this endpoint"}`,
			cred: sabreToken, method: "DELETE", path: "/v1/shop/flights", want: EndpointNotFound},
		// The token endpoint, a wrong client secret (the table's words in
		// the envelope of the corpus's other Sabre token answer).
		{src: sabreErrs, name: "Sabre token 401 invalid_client Wrong clientID or clientSecret", status: 401,
			header: jsonCT(), body: `{"error":"invalid_client","error_description":"Wrong clientID or clientSecret"}`,
			cred: basicCred("VjE6cHJvZDpERVZDRU5URVI6RVhU", "Wq8ZbV3kLmN0pQrS"), method: "POST", path: "/v2/auth/token", want: CredentialRejected},

		// Hotelbeds's newer error page answers a wrong key or X-Signature
		// with 401 Not Authorized (the corpus has the older 403); the body
		// is Mashery's short message, as for the 403.
		{src: "https://developer.hotelbeds.com/docs/read/API_Errors", name: "Hotelbeds 401 Not Authorized (key or X-Signature)", status: 401,
			header: ctHeader("text/xml", "X-Mashery-Error-Code", "ERR_401_NOT_AUTHORIZED"), body: "<h1>Not Authorized</h1>",
			cred:   headerValues("hotelbeds", "HOTELBEDS_API_KEY", "Api-key", "7a1b3c5d7e9f0a2b4c6d8e0f1a3b5c7d", "HOTELBEDS_SIGNATURE", "X-Signature", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"),
			method: "POST", path: "/hotel-api/1.0/hotels", want: CredentialRejected},

		// GetYourGuide's partner API: the 4XX envelope with every field
		// its schema's examples give.
		{src: gygErrors, name: "GetYourGuide 401 errorCode 25 Unauthorized. The access token is invalid.", status: 401,
			header: jsonCT(), body: `{"descriptor":"GetYourGuide AG","apiVersion":"1","method":"getBookingByHashAction","date":"2026-11-10T12:00:00Z","status":"ERROR","query":"cnt_language=en&currency=eur","errors":[{"errorCode":25,"errorMessage":"Unauthorized. The access token is invalid."}],"helpURL":"https://api.getyourguide.com/doc"}`,
			cred: gygToken, path: "/1/bookings/abcdef?cnt_language=en&currency=eur", want: CredentialRejected},
		// 403 and 429 "do not provide additional information": empty.
		{src: gygErrors, name: "GetYourGuide 403 no body", status: 403, cred: gygToken, method: "POST", path: "/1/carts", want: PermissionDenied},
		{src: gygErrors, name: "GetYourGuide 429 no body", status: 429, cred: gygToken, path: "/1/tours?cnt_language=en&currency=EUR", want: RateLimited},

		// Booking.com's Demand API blocks a partner's keys for a minute
		// with 429 (the docs show no body).
		{src: "https://developers.booking.com/demand/docs/development-guide/error-handling", name: "Booking.com Demand API 429 partner blocked for a minute", status: 429,
			cred: bearer("BOOKING_DEMAND_KEY", "Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9j0"), method: "POST", path: "/3.1/accommodations/search", want: RateLimited},

		// Axle (insurance verification): keys of the sandbox sent to the
		// production base URL answer 401 (the docs show no body); nothing
		// says which environment, so credential_rejected.
		{src: "https://docs.axle.insure/api-reference/overview.md", name: "Axle 401 keys of the other environment (no body)", status: 401,
			cred: axle, path: "/policy/pol_1a2b3c4d", want: CredentialRejected},
		{src: "https://docs.axle.insure/api-reference/overview.md", name: "Axle 429 Too Many Requests (no body)", status: 429,
			cred: axle, path: "/policy/pol_1a2b3c4d", want: RateLimited},
		// Expedia Rapid: the OpenAPI document's examples (YAML in the
		// source, written here as the JSON the API sends). The 401 names
		// the parts of the signed Authorization header it read, values
		// included; the credential is that header, so the echo is its own.
		{src: rapidSpec, name: "Expedia Rapid 401 request_unauthenticated, the signature's fields echoed", status: 401,
			header: jsonCT("Region", "us-east-1"), body: `{"type":"request_unauthenticated","message":"Data required to authenticate your request is missing or inaccurate. Ensure that your request follows the guidelines in our documentation.","fields":[{"name":"apikey","type":"header","value":"jaj3982k239dka328e"},{"name":"signature","type":"header","value":"129d75332614a5bdbe0c7eb540e95a65f9d85a5b53dabb38d19b37fad6312a2bd25c12ee5a82831d55112087e1b"},{"name":"timestamp","type":"header","value":"198284729"},{"name":"servertimestamp","type":"server","value":"198284729"}]}`,
			cred: headerCred("Authorization", "RAPID_AUTHORIZATION", "EAN APIKey=jaj3982k239dka328e,Signature=129d75332614a5bdbe0c7eb540e95a65f9d85a5b53dabb38d19b37fad6312a2bd25c12ee5a82831d55112087e1b,timestamp=198284729"),
			path: "/v3/properties/availability?checkin=2026-12-20&checkout=2026-12-22&currency=USD&language=en-US&country_code=US&occupancy=2&property_id=12345&rate_plan_count=1&sales_channel=website&sales_environment=hotel_only", want: CredentialRejected},
		{src: rapidSpec, name: "Expedia Rapid 401 request_unauthenticated, nothing sent", status: 401,
			header: jsonCT("Region", "us-east-1"), body: `{"type":"request_unauthenticated","message":"Data required to authenticate your request is missing or inaccurate. Ensure that your request follows the guidelines in our documentation."}`,
			path: "/v3/regions?language=en-US&include=standard", want: NoCredentialsSent},
		// "Could not be authorized" on a 403: authenticated, not allowed.
		{src: rapidSpec, name: "Expedia Rapid 403 request_unauthorized Your request could not be authorized.", status: 403,
			header: jsonCT("Region", "us-east-1"), body: `{"type":"request_unauthorized","message":"Your request could not be authorized."}`,
			cred:   headerCred("Authorization", "RAPID_AUTHORIZATION", "EAN APIKey=jaj3982k239dka328e,Signature=129d75332614a5bdbe0c7eb540e95a65f9d85a5b53dabb38d19b37fad6312a2bd25c12ee5a82831d55112087e1b,timestamp=198284729"),
			method: "POST", path: "/v3/itineraries", want: PermissionDenied},
		{src: rapidSpec, name: "Expedia Rapid 429 too_many_requests capacity for this type of request", status: 429,
			header: jsonCT("Region", "us-east-1"), body: `{"type":"too_many_requests","message":"You have reached your capacity for this type of request."}`,
			cred: headerCred("Authorization", "RAPID_AUTHORIZATION", "EAN APIKey=jaj3982k239dka328e,Signature=129d75332614a5bdbe0c7eb540e95a65f9d85a5b53dabb38d19b37fad6312a2bd25c12ee5a82831d55112087e1b,timestamp=198284729"),
			path: "/v3/properties/content?language=en-US", want: RateLimited},
		// TripIt's OAuth 1.0a access-token step: the request token it was
		// given is not one TripIt knows (it names the key it read).
		{src: "https://github.com/tripit/api/issues/7", name: "TripIt 401 XML 106.1 invalid token key at access_token", status: 401,
			header: ctHeader("application/xml"), body: `<Response><Error><code>401</code><detailed_error_code>106.1</detailed_error_code><description>invalid token key: 4bad9458f0a0336ceda0efe18e76fb361bb19b34</description></Error></Response>`,
			cred:   headerCred("Authorization", "TRIPIT_OAUTH", `OAuth oauth_consumer_key="9d7016992599289c0f8e30bf8bb813dc721f6e74", oauth_token="4bad9458f0a0336ceda0efe18e76fb361bb19b34", oauth_signature="CzTn4KkoENaT%2BuXIQXrxrYz3pnM%3D"`),
			method: "POST", path: "/oauth/access_token", want: CredentialRejected},

		// Booking.com's Connectivity API (promotions): the table's error
		// texts; the page shows no envelope, so the text alone.
		{src: "https://developers.booking.com/connectivity/docs/promotions-troubleshooting/", name: "Booking.com Connectivity 401 Authentication failed. Please check your credentials.", status: 401,
			header: ctHeader("text/plain"), body: "Authentication failed. Please check your credentials.", cred: basicCred("machine-account-7731", "Wq8ZbV3kLmN0pQrS7tUv"),
			path: "/hotels/promotions?hotel_id=1234567", want: CredentialRejected},
		// A hotel the machine account is not connected to: authenticated,
		// not allowed.
		{src: "https://developers.booking.com/connectivity/docs/promotions-troubleshooting/", name: "Booking.com Connectivity 403 Access denied (a hotel not connected)", status: 403,
			header: ctHeader("text/plain"), body: "Access denied", cred: basicCred("machine-account-7731", "Wq8ZbV3kLmN0pQrS7tUv"),
			method: "POST", path: "/hotels/promotions?hotel_id=7654321", want: PermissionDenied},
	}
}

// roundtravelinsNonRefusals: answers of the same servers that refuse
// nothing: validation errors, an action on a resource in the wrong state,
// a missing query parameter, a system error, a 5xx HTML page.
func roundtravelinsNonRefusals() []fpCase {
	const (
		duffelRuby = "https://github.com/duffelhq/duffel-api-ruby/blob/52b98026fcc2d0dcfc339724b3ab2cf38c020d1b/spec/fixtures/"
		amadeusOAS = "https://github.com/amadeus4dev/amadeus-open-api-specification/blob/d64e4c75f6f1a352824cddead504b3d582bc1b53/spec/json/"
		booking    = "https://developers.booking.com/demand/docs/support/error-handling/error-codes"
		sabreErrs  = "https://developer.sabre.com/docs/rest_apis/air/search/instaflights_search/errors"
		rapidSpec  = "https://github.com/ExpediaGroup/rapid-java-sdk/blob/7fcc20a670fa5f89e1e3901588ffe2a76697b5bd/code/transformedSpecs.yaml"
	)
	return []fpCase{
		{src: rapidSpec, name: "Expedia Rapid 400 invalid_input language.required", status: 400, header: jsonCT(), path: "/v3/properties/content",
			body: `{"type":"invalid_input","message":"An invalid request was sent in, please check the nested errors for details.","errors":[{"type":"language.required","message":"A language is required. Supported languages are: [ar-SA, cs-CZ, da-DK, de-DE, el-GR, en-US, es-ES, es-MX, fi-FI, fr-CA, fr-FR, hr-HR, hu-HU, id-ID, is-IS, it-IT, ja-JP, lt-LT, ko-KR, ms-MY, nb-NO, nl-NL, pl-PL, pt-BR, pt-PT, ru-RU, sk-SK, sv-SE, th-TH, tr-TR, uk-UA, vi-VN, zh-CN, zh-TW]","fields":[{"name":"language","type":"querystring"}]}]}`},
		{src: rapidSpec, name: "Expedia Rapid 404 resource_not_found Itinerary was not found", status: 404, header: jsonCT(), path: "/v3/itineraries/8999989898988",
			body: `{"type":"resource_not_found","message":"Itinerary was not found with provided request."}`},
		// A plain-HTTP call: the service wants TLS, nothing about the
		// credential.
		{src: rapidSpec, name: "Expedia Rapid 426 upgrade_required This service requires the use of TLS.", status: 426, header: jsonCT(), path: "/v3/regions",
			body: `{"type":"upgrade_required","message":"This service requires the use of TLS."}`},
		{src: rapidSpec, name: "Expedia Rapid 500 unknown_internal_error", status: 500, header: jsonCT(), path: "/v3/properties/availability",
			body: `{"type":"unknown_internal_error","message":"An internal server error has occurred."}`},
		{src: rapidSpec, name: "Expedia Rapid 503 service_unavailable", status: 503, header: jsonCT(), path: "/v3/properties/availability",
			body: `{"type":"service_unavailable","message":"This service is currently unavailable."}`},
		{src: duffelRuby + "validation_error.json", name: "Duffel 422 validation_required slices", status: 422, header: jsonCT(), path: "/air/offer_requests",
			body: "{\n    \"meta\": {\n        \"status\": 422,\n        \"request_id\": \"FsJylo0rd-49aeQAAUaB\"\n    },\n    \"errors\": [\n        {\n            \"type\": \"validation_error\",\n            \"title\": \"Required field\",\n            \"source\": {\n                \"pointer\": \"/slices\",\n                \"field\": \"slices\"\n            },\n            \"message\": \"Field 'slices' can't be blank\",\n            \"documentation_url\": \"https://duffel.com/docs/api/overview/errors\",\n            \"code\": \"validation_required\"\n        }\n    ]\n}"},
		{src: duffelRuby + "invalid_state_error.json", name: "Duffel 400 invalid_state_error invalid_order_create_type", status: 400, header: jsonCT(), path: "/air/orders",
			body: "{\n    \"meta\": {\n        \"status\": 400,\n        \"request_id\": \"FsJ5mIzW3k3Hfy0AAoKC\"\n    },\n    \"errors\": [\n        {\n            \"code\": \"invalid_order_create_type\",\n            \"documentation_url\": \"https://duffel.com/docs/api/overview/errors\",\n            \"message\": \"The specified `type` was incorrect.\",\n            \"title\": \"Invalid order create type\",\n            \"type\": \"invalid_state_error\"\n        }\n    ]\n}"},
		// The spec serves it with status 514 and text/html.
		{src: duffelRuby + "error.html", name: "Duffel 514 HTML Error: Server Error", status: 514, header: ctHeader("text/html"), path: "/air/offer_requests",
			body: "<h1>Error: Server Error</h1><h2>The server encountered a temporary error and could not complete your request.<p>Please try again in 30 seconds.</h2>\n"},
		{src: amadeusOAS + "AirlineRoutes_v1_swagger_specification.json", name: "Amadeus 400 32171 MANDATORY DATA MISSING airlineCode", status: 400, header: ctHeader("application/vnd.amadeus+json"), path: "/v1/airline/destinations",
			body: "{\n  \"errors\": [\n    {\n      \"status\": 400,\n      \"code\": 32171,\n      \"title\": \"MANDATORY DATA MISSING\",\n      \"detail\": \"Missing mandatory query parameter 'airlineCode\"\n    }\n  ]\n}"},
		{src: amadeusOAS + "HotelRatings_v2_swagger_specification.json", name: "Amadeus 500 141 SYSTEM ERROR HAS OCCURRED", status: 500, header: ctHeader("application/vnd.amadeus+json"), path: "/v2/e-reputation/hotel-sentiments?hotelIds=TELONMFS",
			body: "{\n  \"errors\": [\n    {\n      \"status\": 500,\n      \"code\": 141,\n      \"title\": \"SYSTEM ERROR HAS OCCURRED\"\n    }\n  ]\n}"},
		{src: "https://developers.booking.com/demand/docs/support/error-handling/http-4xx-scenarios", name: "Booking.com Demand API 400 missing_parameter checkin", status: 400, header: jsonCT(), path: "/3.1/accommodations/search",
			body: "{\n  \"request_id\": \"01gw5aaj8dkh7fvgwa7phs916x\",\n  \"errors\": [\n    {\n      \"id\": \"missing_parameter\",\n      \"message\": \"Parameter 'checkin' is missing.\"\n    }\n  ]\n}"},
		{src: booking, name: "Booking.com Demand API 400 conflicting_parameters city and country", status: 400, header: jsonCT(), path: "/3.1/accommodations/search",
			body: "{\n  \"request_id\": \"01gw5m6dfme725bbvcthz0gde0\",\n  \"errors\": [\n    {\n      \"id\": \"conflicting_parameters\",\n      \"message\": \"Parameters city and country are mutually exclusive.\"\n    }\n  ]\n}"},
		// Sabre's table's words in the envelope rebuilt as above.
		{src: sabreErrs, name: "Sabre 404 Response does not contain any data", status: 404, header: jsonCT(), path: "/v1/shop/flights?origin=JFK&destination=LAX&departuredate=2026-12-20",
			body: `{"status":"NotProcessed","type":"Application","timeStamp":"2026-11-10T23:07:44.372-06:00","message":"Response does not contain any data"}`},
		{src: sabreErrs, name: "Sabre 400 ERR.2SG.CLIENT.INVALID_REQUEST", status: 400, header: jsonCT(), path: "/v1/shop/flights?origin=JFK",
			body: `{"status":"NotProcessed","type":"Validation","errorCode":"ERR.2SG.CLIENT.INVALID_REQUEST","timeStamp":"2026-11-10T23:07:44.372-06:00"}`},
	}
}

// TestHeldoutRoundtravelins reports top-1 on the travel and insurance
// round: the refusals as runProviderCases serves them, and the
// non-refusals, which must get no cause.
func TestHeldoutRoundtravelins(t *testing.T) {
	runHeldoutRound(t, heldoutRound{name: "roundtravelins", cases: roundtravelinsCases(), nonRefusals: roundtravelinsNonRefusals(), gathered: 41})
}

// lateRoundtravelinsCases: answers gathered after the fixes above, looked
// at for the first time and run once before any change: late: first cause
// right in 4 of 5 (refusals 3 of 4, the non-refusal 1 of 1). The miss:
// Booking Retrieval's error 1003 "The user account provided doesn't have
// the right access level" in a 200, read as nothing: a holder said not to
// have the right, required or sufficient level of access, permission or
// privilege (or that level said insufficient) is a permission
// (accessLevelLackedPattern, in the permission family and in the words a
// 2xx's failure envelope or XML error element is read by). After: 5 of 5.
// Expedia's lodging supply APIs: Booking Retrieval answers in an XML
// document whose Error element carries the table's code and words (the
// page gives the element's shape, <Error code="…">message</Error>, around
// which the document is rebuilt; modelled as a 200, as the document is the
// answer); the Product API's JSON errors list, byte for byte from its
// page, on the 403 its HTTP table gives an authorization error.
func lateRoundtravelinsCases() []provCase {
	const (
		br      = "https://developers.expediagroup.com/supply/lodging/docs/booking_apis/booking_retrieval/reference/error-messaging"
		product = "https://developers.expediagroup.com/supply/lodging/docs/property_mgmt_apis/product/reference/error-messaging"
	)
	eqc := basicCred("EQCacme_hotels", "Wq8ZbV3kLmN0pQrS7tUv")
	brErr := func(code, msg string) string {
		return `<?xml version="1.0" encoding="UTF-8"?><BookingRetrievalRS xmlns="http://www.expediaconnect.com/EQC/BR/2014/01"><Error code="` + code + `">` + msg + `</Error></BookingRetrievalRS>`
	}
	xml := ctHeader("text/xml; charset=utf-8")
	return []provCase{
		{src: br, name: "Expedia Booking Retrieval 200 Error 1001 Authentication error: invalid username or password", status: 200,
			header: xml, body: brErr("1001", "Authentication error: invalid username or password"), cred: eqc, method: "POST", path: "/eqc/br", want: CredentialRejected},
		{src: br, name: "Expedia Booking Retrieval 200 Error 1000 Access denied: not authorized to use this API", status: 200,
			header: xml, body: brErr("1000", "Access denied: You are not authorized to use this API. Please contact Expedia Group to gain access."), cred: eqc, method: "POST", path: "/eqc/br", want: PermissionDenied},
		{src: br, name: "Expedia Booking Retrieval 200 Error 1003 the user account doesn't have the right access level", status: 200,
			header: xml, body: brErr("1003", "The user account provided doesn't have the right access level"), cred: eqc, method: "POST", path: "/eqc/br", want: PermissionDenied},
		{src: product, name: "Expedia Product API 403 code 1000 not authorized to manage this property", status: 403,
			header: jsonCT(), body: "{\n \"errors\": [\n {\n \"code\": 1000,\n \"message\": \"Access denied: your account is not authorized to manage this property.\"\n }\n ]\n}",
			cred: eqc, path: "/products/properties/12345", want: PermissionDenied},
	}
}

// lateRoundtravelinsNonRefusals: Amadeus's 404 for a query that found
// nothing.
func lateRoundtravelinsNonRefusals() []fpCase {
	return []fpCase{
		{src: "https://github.com/amadeus4dev/amadeus-open-api-specification/blob/d64e4c75f6f1a352824cddead504b3d582bc1b53/spec/json/AirportCitySearch_v1_swagger_specification.json", name: "Amadeus 404 1797 NOT FOUND no response found for this query parameter", status: 404,
			header: ctHeader("application/vnd.amadeus+json"), path: "/v1/reference-data/locations?subType=AIRPORT&keyword=ZZZZ",
			body: "{\n  \"errors\": [\n    {\n      \"status\": 404,\n      \"code\": 1797,\n      \"title\": \"NOT FOUND\",\n      \"detail\": \"no response found for this query parameter\",\n      \"source\": {\n        \"parameter\": \"airport\"\n      }\n    }\n  ]\n}"},
	}
}

// TestHeldoutRoundtravelinsLate: see lateRoundtravelinsCases.
func TestHeldoutRoundtravelinsLate(t *testing.T) {
	runProviderCases(t, "roundtravelins late answers", lateRoundtravelinsCases())
	runFalsePositives(t, "roundtravelins late non-refusals", lateRoundtravelinsNonRefusals())
}
