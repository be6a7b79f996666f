package diagnose

import (
	"strconv"
	"testing"
	"time"
)

// logisticsCases: a held-out round on logistics, travel, maps, weather and
// government/open-data APIs (FedEx, UPS, USPS, DHL, EasyPost, Amadeus,
// Sabre, Mapbox, Google Maps Platform, TomTom, Uber, OpenWeatherMap,
// AccuWeather, api.data.gov and NASA, Companies House, HMRC Making Tax
// Digital, Ordnance Survey). Gathered and given their expected first cause
// from the catalog before the diagnosis code was read; a comment says why
// when two codes could fit. First run, before any fix: first cause right
// in 40 of 53 (refusals 30 of 43, token endpoint refusals 4 of 4,
// non-refusals 6 of 6 given no cause); 53 of 53 after the readings the
// misses lacked (an XML error or JSON Fault envelope in a 200, an RFC
// 6750 code as an error item's title, a 503 that names a usage limit,
// scope, rate, inactive-key, no-authentication and unknown-operation
// phrase families, a caller named by its id), one expectation corrected
// (the Amadeus token of another environment, below).
func logisticsCases(now time.Time) []provCase {
	fedexJWT := func(exp time.Duration) *Credential {
		return bearer("FEDEX_ACCESS_TOKEN", makeJWT(map[string]any{"scope": []string{"CXS-TP"}, "client_id": "l7a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6",
			"iat": now.Add(exp - time.Hour).Unix(), "exp": now.Add(exp).Unix(), "jti": "8f3c2a1b-4d5e-6f70-8192-a3b4c5d6e7f8"}))
	}
	ups := bearer("UPS_ACCESS_TOKEN", "eyJraWQiOiI2NGM0YjYyMC0yZmFhLTQzNTYtYjA0MS1mM2EwZjM2Y2Q5ZjEiLCJ0eXAiOiJKV1QiLCJhbGciOiJSUzM4NCJ9.opaque.Qw8ErTy7UiOpAsDfGhJkLzXc")
	usps := bearer("USPS_ACCESS_TOKEN", "AAIgNjFlYzI0ZDQ0ZWI2NDkzZWE3MzY1YjRiN2Q5ZWE0ZjQ2")
	uspsUser := apiKey("USPS_USERID", "325ACMEX1234", "", "USERID")
	googleKey := apiKey("GOOGLE_MAPS_API_KEY", "AIzaSyD4rZ8Qm2LkT9wXy7NbV3cD1fG4hJ6kL8m", "", "key")
	amadeus := bearer("AMADEUS_ACCESS_TOKEN", "AnUoGcz9nQW4rZ8Qm2LkT9wXy7Nb")
	uber := bearer("UBER_ACCESS_TOKEN", "KA.eyJ2ZXJzaW9uIjoyLCJpZCI6IlF3OEVyVHk3VWlPcEFzRGZHaEprTHpYYyJ9.Wq8ZbV3kLmN0pQrS7tUv")
	hmrc := bearer("HMRC_ACCESS_TOKEN", "2b6e5f7a9c1d3e4f8a0b2c4d6e8f0a1b")
	apiDataGov := apiKey("DATA_GOV_API_KEY", "Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i", "", "api_key")
	accu := apiKey("ACCUWEATHER_API_KEY", "Qw8ErTy7UiOpAsDfGhJkLzXcVbNm1234", "", "apikey")
	tomtom := apiKey("TOMTOM_API_KEY", "Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e", "", "key")
	googleErr := func(code int, msg, status, reason, service string) string {
		return `{"error":{"code":` + strconv.Itoa(code) + `,"message":"` + msg + `","errors":[{"message":"` + msg + `","domain":"global","reason":"forbidden"}],"status":"` + status +
			`","details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"` + reason + `","domain":"googleapis.com","metadata":{"service":"` + service + `","consumer":"projects/620831776016"}}]}}`
	}
	denied := func(msg string) string {
		return "{\n   \"error_message\" : \"" + msg + "\",\n   \"results\" : [],\n   \"status\" : \"REQUEST_DENIED\"\n}\n"
	}
	uspsXML := func(desc string) string {
		return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Number>80040B1A</Number><Description>" + desc + "</Description><Source>USPSCOM::DoAuth</Source></Error>"
	}
	xmlCT := map[string]string{"Content-Type": "text/xml"}
	return []provCase{
		// FedEx REST (OAuth bearer JWTs that live an hour).
		{src: "https://developer.fedex.com/api/en-us/catalog/track/v1/docs.html", name: "FedEx 401 NOT.AUTHORIZED.ERROR Access token expired", status: 401,
			header: jsonCT(), body: `{"transactionId":"624deea6-b709-470c-8c39-4b5511281492","errors":[{"code":"NOT.AUTHORIZED.ERROR","message":"Access token expired. Please modify your request and try again."}]}`,
			// The JWT's exp and the server's words agree; the local reading is the sharper one.
			cred: fedexJWT(-10 * time.Minute), method: "POST", path: "/track/v1/trackingnumbers", want: JWTExpired},
		// "Could not authorize your credentials" could read as a refused
		// credential, but a 403 that says to check the permissions is one.
		{src: "https://developer.fedex.com/api/en-us/catalog/ship/v1/docs.html", name: "FedEx 403 FORBIDDEN.ERROR check your permissions", status: 403,
			header: jsonCT(), body: `{"transactionId":"a2d00d73-d5ab-425b-9137-0a9021402edc","errors":[{"code":"FORBIDDEN.ERROR","message":"We could not authorize your credentials. Please check your permissions and try again."}]}`,
			cred: fedexJWT(50 * time.Minute), method: "POST", path: "/ship/v1/shipments", want: PermissionDenied},

		// UPS (OAuth since 2024, the legacy access key before).
		{src: "https://github.com/alexeybusygin/ShippingRates/issues/66", name: "UPS 401 250002 Invalid Authentication Information", status: 401,
			header: jsonCT(), body: `{"response":{"errors":[{"code":"250002","message":"Invalid Authentication Information."}]}}`,
			cred: ups, method: "POST", path: "/api/rating/v2403/Shop", want: CredentialRejected},
		// The legacy JSON API answered its Fault in a 200.
		{src: "https://github.com/TA2k/ioBroker.parcel/issues/45", name: "UPS legacy 200 Fault 250003 Invalid Access License number", status: 200,
			header: jsonCT(), body: `{"Fault":{"faultcode":"Client","faultstring":"An exception has been raised as a result of client data.","detail":{"Errors":{"ErrorDetail":{"Severity":"Authentication","PrimaryErrorCode":{"Code":"250003","Description":"Invalid Access License number"},"Location":{"LocationElementName":"p2:AccessLicenseNumber"}}}}}}`,
			cred: headerCred("AccessLicenseNumber", "UPS_ACCESS_KEY", "3D8B1F2A4C6E8A0B"), method: "POST", path: "/rest/Track", want: CredentialRejected},

		// USPS: the v3 OAuth APIs and the Web Tools XML API (errors in a 200).
		// invalid_token is named (as the error's title), so the OAuth reading;
		// credential_rejected would also be fair.
		{src: "https://github.com/USPS/api-examples/issues/68", name: "USPS v3 401 invalid_token Missing or malformed access token, one sent", status: 401,
			header: jsonCT(), body: "{\n  \"apiVersion\": \"/addresses/v3/\",\n  \"error\": {\n    \"code\": \"401\",\n    \"message\": \"Missing or malformed access token.\",\n    \"errors\": [\n      {\n        \"title\": \"invalid_token\",\n        \"detail\": \"The access token presented with the request is missing or malformed (not a JWT).\",\n        \"source\": \"Access Token\"\n      }\n    ]\n  }\n}",
			cred: usps, path: "/addresses/v3/address", want: ServerInvalidToken},
		{src: "https://github.com/PipedreamHQ/pipedream/issues/10839", name: "USPS Web Tools 200 80040B1A username and/or password is incorrect", status: 200,
			header: xmlCT, body: uspsXML("Authorization failure.  Perhaps username and/or password is incorrect."), cred: uspsUser, path: "/ShippingAPI.dll", want: CredentialRejected},
		{src: "https://github.com/VinceG/USPS-php-api/issues/50", name: "USPS Web Tools 200 User is not authorized to use API", status: 200,
			header: xmlCT, body: uspsXML("API Authorization failure. User 325ACMEX1234 is not authorized to use API OpenDistributePriorityV2."), cred: uspsUser, path: "/ShippingAPI.dll", want: PermissionDenied},
		// An API name the protocol does not know: a wrong route, in
		// authorization words (a test-mode account sees it too, which
		// would make it a permission).
		{src: "https://github.com/litecommerce/core/issues/18", name: "USPS Web Tools 200 RateV4 is not a valid API name for this protocol", status: 200,
			header: xmlCT, body: uspsXML("API Authorization failure. RateV4 is not a valid API name for this protocol."), cred: uspsUser, path: "/ShippingAPI.dll", want: EndpointNotFound},
		// A shared default user ID refused: the credential, though the
		// words could also suggest an address allowlist.
		{src: "https://github.com/Automattic/woocommerce-services/issues/2485", name: "USPS Web Tools 200 not authorized to connect to this server", status: 200,
			header: xmlCT, body: uspsXML("Authorization failure.  You are not authorized to connect to this server."), cred: uspsUser, path: "/ShippingAPI.dll", want: CredentialRejected},

		// DHL Parcel DE (Apache in front of the SOAP gateway), EasyPost.
		{src: "https://github.com/netresearch/dhl-module-shipping-m2/issues/72", name: "DHL CIG 401 Apache page, Basic realm CIG Production Services", status: 401,
			header: map[string]string{"Content-Type": "text/html; charset=iso-8859-1", "Server": "Apache", "WWW-Authenticate": `Basic realm="CIG Production Services"`},
			body:   "<!DOCTYPE HTML PUBLIC \"-//IETF//DTD HTML 2.0//EN\">\n<html><head>\n<title>401 Unauthorized</title>\n</head><body>\n<h1>Unauthorized</h1>\n<p>This server could not verify that you\nare authorized to access the document\nrequested.  Either you supplied the wrong\ncredentials (e.g., bad password), or your\nbrowser doesn't understand how to supply\nthe credentials required.</p>\n</body></html>\n",
			cred:   basicCred("acme-shop_1", "Wq8ZbV3kLmN0pQrS7tUv"), method: "POST", path: "/services/production/soap", want: CredentialRejected},
		{src: "https://github.com/EasyPost/easypost-python/issues/77", name: "EasyPost 401 APIKEY.INACTIVE no longer active", status: 401,
			header: jsonCT(), body: `{"error":{"code":"APIKEY.INACTIVE","message":"This api key is no longer active. Please use a different api key or reactivate this key.","errors":[]}}`,
			cred: keyAsUser("EASYPOST_API_KEY", "EZAK4f2e1d0c9b8a7f6e5d4c3b2a1f0e9d8cWq8ZbV3kLmN0pQ"), method: "POST", path: "/v2/addresses", want: CredentialRejected},

		// Travel: Amadeus, Sabre.
		{src: "https://github.com/amadeus4dev/amadeus-node/issues/186", name: "Amadeus 401 code 701 Wrong authentication credentials", status: 401,
			header: map[string]string{"Content-Type": "application/vnd.amadeus+json"}, body: `{"errors":[{"status":401,"code":701,"title":"Wrong authentication credentials.","source":{"pointer":"uri"}}]}`,
			cred: amadeus, path: "/v1/shopping/flight-destinations", want: CredentialRejected},
		// A test-environment token sent to production (its value is
		// staging's). Expected before the run: credential_rejected, the
		// shared value a hint. Corrected after it (counted a miss in the
		// first-run score): the catalog puts the shared value after the
		// server only when the server names something more specific, and
		// "invalid access token" is all another environment's token gets,
		// so the shared value is the sharper reading.
		{src: "https://github.com/amadeus4dev/amadeus-java/issues/247", name: "Amadeus 401 38190 in production with the test environment's token", status: 401,
			header: map[string]string{"Content-Type": "application/vnd.amadeus+json"}, body: `{"errors":[{"code":38190,"title":"Invalid access token","detail":"The access token provided in the Authorization header is invalid","status":401}]}`,
			cred: withOther(bearer("AMADEUS_ACCESS_TOKEN", "TgAu9Wq8ZbV3kLmN0pQrS7tUvXyZ"), "staging", "TgAu9Wq8ZbV3kLmN0pQrS7tUvXyZ"), env: "production",
			path: "/v1/reference-data/airlines", want: CredentialFromOtherEnvironment},
		{src: "https://github.com/patrickafoley/SACS-Ruby", name: "Sabre 401 ERR.2SG.SEC.INVALID_CREDENTIALS", status: 401,
			header: jsonCT(), body: `{"status":"NotProcessed","type":"Validation","errorCode":"ERR.2SG.SEC.INVALID_CREDENTIALS","timeStamp":"2014-11-10T23:07:44.372-06:00","message":"Authentication failed due to invalid credentials"}`,
			cred: bearer("SABRE_TOKEN", "T1RLAQLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9j0kWq8ZbV3k"), path: "/v1/shop/flights", want: CredentialRejected},
		{src: "https://github.com/SabreDevStudio/sabre-dev-studio-node/issues/14", name: "Sabre 403 ERR.2SG.SEC.NOT_AUTHORIZED no access privileges", status: 403,
			header: jsonCT(), body: `{"status":"NotProcessed","type":"Validation","errorCode":"ERR.2SG.SEC.NOT_AUTHORIZED","timeStamp":"2017-01-19T02:06:48.595-06:00","message":"Authorization failed due to no access privileges"}`,
			cred: bearer("SABRE_TOKEN", "T1RLAQLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9j0kWq8ZbV3k"), method: "POST", path: "/v2.0.0/passenger/records", want: PermissionDenied},

		// Maps: Mapbox, Google Maps Platform, TomTom.
		{src: "https://github.com/mapbox/mapbox-sdk-js/issues/281", name: "Mapbox 403 This API requires a token with styles:list scope", status: 403,
			header: jsonCT(), body: `{"message":"This API requires a token with styles:list scope."}`,
			cred: apiKey("MAPBOX_TOKEN", "pk.eyJ1IjoiYWNtZSIsImEiOiJjbHF3ZXJ0eTEyMyJ9.Wq8ZbV3kLmN0pQrS7tUvXy", "", "access_token"), path: "/styles/v1/acme", want: ServerInsufficientScope},
		{src: "https://github.com/impress-org/wp-business-reviews/issues/229", name: "Google Places 200 REQUEST_DENIED keys with referer restrictions", status: 200,
			header: jsonCT(), body: denied("API keys with referer restrictions cannot be used with this API."), cred: googleKey, path: "/maps/api/place/details/json", want: ReferrerRestricted},
		{src: "https://github.com/vivet/GoogleApi/issues/412", name: "Google Places (New) 403 Requests from referer <empty> are blocked", status: 403,
			header: jsonCT(), body: googleErr(403, `Requests from referer \u003cempty\u003e are blocked.`, "PERMISSION_DENIED", "API_KEY_HTTP_REFERRER_BLOCKED", "places.googleapis.com"),
			cred: apiKey("GOOGLE_MAPS_API_KEY", "AIzaSyD4rZ8Qm2LkT9wXy7NbV3cD1fG4hJ6kL8m", "X-Goog-Api-Key", ""), method: "POST", path: "/v1/places:searchText", want: ReferrerRestricted},
		// An expired API key is replaced, not refreshed (as Stripe's).
		{src: "https://github.com/JulianNorton/weather-10kb-wxkb/issues/62", name: "Google Geocoding 200 REQUEST_DENIED The provided API key is expired", status: 200,
			header: jsonCT(), body: denied("The provided API key is expired."), cred: googleKey, path: "/maps/api/geocode/json", want: CredentialRejected},
		{src: "https://github.com/dkahle/ggmap/issues/213", name: "Google Geocoding 200 REQUEST_DENIED The provided API key is invalid", status: 200,
			header: jsonCT(), body: denied("The provided API key is invalid."), cred: googleKey, path: "/maps/api/geocode/json", want: CredentialRejected},
		{src: "https://github.com/cbail/ids704/issues/2", name: "Google Geocoding 200 REQUEST_DENIED You must use an API key, none sent", status: 200,
			header: jsonCT(), body: denied("You must use an API key to authenticate each request to Google Maps Platform APIs. For additional information, please refer to http://g.co/dev/maps-no-account"),
			path: "/maps/api/geocode/json", want: NoCredentialsSent},
		{src: "https://github.com/streaak/keyhacks/issues/3", name: "Google Directions 200 REQUEST_DENIED This API project is not authorized to use this API", status: 200,
			header: jsonCT(), body: denied("This API project is not authorized to use this API."), cred: googleKey, path: "/maps/api/directions/json", want: PermissionDenied},
		// The same Google API key restriction that Maps Platform keys carry.
		{src: "https://github.com/firebase/quickstart-android/issues/1008", name: "Google API 403 key has an IP address restriction", status: 403,
			header: jsonCT(), body: "{\n  \"error\": {\n    \"code\": 403,\n    \"message\": \"The provided API key has an IP address restriction. The originating IP address of the call (2405:204:1308:bc95:b493:506c:3596:86fa) violates this restriction.\",\n    \"errors\": [\n      {\n        \"message\": \"The provided API key has an IP address restriction. The originating IP address of the call (2405:204:1308:bc95:b493:506c:3596:86fa) violates this restriction.\",\n        \"domain\": \"global\",\n        \"reason\": \"forbidden\"\n      }\n    ],\n    \"status\": \"PERMISSION_DENIED\"\n  }\n}\n",
			cred: googleKey, path: "/v1/projects/acme/namespaces/firebase:fetch", want: IPRestricted},
		// TomTom sits behind Mashery, which answers its own one-line pages.
		{src: "https://github.com/CartoDB/dataservices-api/issues/545", name: "TomTom 403 Developer Over Qps", status: 403,
			header: map[string]string{"Content-Type": "text/xml"}, body: "<h1>Developer Over Qps</h1>", cred: tomtom, path: "/search/2/geocode/Berlin.json", want: RateLimited},
		{src: "https://github.com/CartoDB/dataservices-api/pull/523", name: "TomTom 403 Developer Inactive", status: 403,
			header: map[string]string{"Content-Type": "text/xml"}, body: "<h1>Developer Inactive</h1>", cred: tomtom, path: "/search/2/geocode/Berlin.json", want: CredentialRejected},

		// Uber.
		{src: "https://github.com/stevenmaguire/uber-php/issues/14", name: "Uber 401 Invalid OAuth 2.0 credentials provided", status: 401,
			header: jsonCT(), body: `{"message":"Invalid OAuth 2.0 credentials provided.","code":"unauthorized"}`, cred: uber, path: "/v1.2/me", want: CredentialRejected},
		{src: "https://github.com/uber/uber-ios-sdk/issues/192", name: "Uber 401 endpoint requires at least one of the following scopes", status: 401,
			header: jsonCT(), body: `{"message":"This endpoint requires at least one of the following scopes: request.delegate.tos_accept, request, request.delegate","code":"unauthorized"}`,
			cred: uber, method: "POST", path: "/v1.2/requests", want: ServerInsufficientScope},
		{src: "https://github.com/shernshiou/node-uber/issues/7", name: "Uber 401 Missing scope: request", status: 401,
			header: jsonCT(), body: `{"message":"Missing scope: request","code":"unauthorized"}`, cred: uber, method: "POST", path: "/v1/requests", want: ServerInsufficientScope},
		// The server token went in a header of its own name; Uber reads
		// only Authorization.
		{src: "https://github.com/OAuthSwift/OAuthSwift/issues/292", name: "Uber 401 No authentication provided, token in a server_token header", status: 401,
			header: jsonCT(), body: `{"message":"No authentication provided.","code":"unauthorized"}`,
			cred: headerCred("server_token", "UBER_SERVER_TOKEN", "JA.VUNmGAAAAAAAEgASAAAABwAIAAwAAAAAAAAAEgAAAAAAAAG8AAAAFAAAAAAADgAQAAQAAAAIAAwAAAAOAAAAkAAAABwAAAAEAAAAEAAAAHQ"),
			path: "/v1/products", want: CredentialInWrongPlace},

		// Weather.
		{src: "https://github.com/dglent/meteo-qt/issues/162", name: "OpenWeatherMap 429 account temporary blocked, requests limitation", status: 429,
			header: jsonCT(), body: `{"cod":429, "message": "Your account is temporary blocked due to exceeding of requests limitation of your subscription type. Please choose the proper subscription https://openweathermap.org/price"}`,
			cred: apiKey("OWM_APPID", "2b07989e82de77d0ef5b9a1c3e5f7a9b", "", "appid"), path: "/data/2.5/forecast", want: RateLimited},
		{src: "https://github.com/home-assistant/core/issues/61812", name: "AccuWeather 401 Api Authorization failed", status: 401,
			header: jsonCT(), body: "{\n  \"Code\": \"Unauthorized\",\n  \"Message\": \"Api Authorization failed\",\n  \"Reference\": \"/currentconditions/v1/locationKey?apikey=REDACTED&language=en-us&details=false\"\n}",
			cred: accu, path: "/currentconditions/v1/226081", want: CredentialRejected},
		// AccuWeather answers its daily quota with a 503.
		{src: "https://github.com/home-assistant/core/issues/39314", name: "AccuWeather 503 The allowed number of requests has been exceeded", status: 503,
			header: jsonCT(), body: `{"Code":"ServiceUnavailable","Message":"The allowed number of requests has been exceeded.","Reference":"/currentconditions/v1/226081?apikey=REDACTED&details=true"}`,
			cred: accu, path: "/currentconditions/v1/226081", want: RateLimited},

		// Government and open data: api.data.gov (NASA, regulations.gov,
		// FEC), Companies House, HMRC, Ordnance Survey.
		{src: "https://github.com/GSA/api.data.gov/issues/219", name: "api.data.gov 403 API_KEY_INVALID", status: 403,
			header: jsonCT(), body: `{"error":{"code":"API_KEY_INVALID","message":"An invalid api_key was supplied. Get one at http://api.data.gov"}}`, cred: apiDataGov, path: "/ed/collegescorecard/v1/schools", want: CredentialRejected},
		{src: "https://github.com/regulationsgov/developers/issues/76", name: "api.data.gov 403 API_KEY_UNAUTHORIZED for the given service", status: 403,
			header: jsonCT(), body: "{\n  \"error\": {\n    \"code\": \"API_KEY_UNAUTHORIZED\",\n    \"message\": \"The api_key supplied is not authorized to access the given service. Contact us at https://www.regulations.gov/contactUs for assistance\"\n  }\n}",
			cred: apiDataGov, path: "/regulations/v3/documents.json", want: PermissionDenied},
		{src: "https://github.com/fecgov/openFEC/issues/958", name: "api.data.gov 403 API_KEY_MISSING, none sent", status: 403,
			header: jsonCT(), body: `{"error":{"code":"API_KEY_MISSING","message":"No api_key was supplied. Get one at https://api.data.gov/signup/"}}`, path: "/v1/candidates", want: NoCredentialsSent},
		{src: "https://github.com/nasa/api-docs/issues/210", name: "NASA 429 OVER_RATE_LIMIT, X-Ratelimit-Remaining 0", status: 429,
			header: jsonCT("Retry-After", "2870", "X-Ratelimit-Limit", "2000", "X-Ratelimit-Remaining", "0", "X-Api-Umbrella-Request-Id", "cbvmsfhfnun3pivit1og"),
			body:   `{"error":{"code":"OVER_RATE_LIMIT","message":"You have exceeded your rate limit. Try again later or contact us at https://api.nasa.gov:443/contact/ for assistance"}}`,
			cred:   apiKey("NASA_API_KEY", "XKSoS8Bv05ij8JH8UWa7eqMavXgGfFStcc6Pu3KH", "", "api_key"), path: "/neo/rest/v1/feed", want: RateLimited},
		{src: "https://github.com/co-cddo/api-catalogue/issues/225", name: "Companies House 401 Invalid Authorization ch:service", status: 401,
			header: jsonCT(), body: "{\n\"error\": \"Invalid Authorization\",\n\"type\": \"ch:service\"\n}", cred: keyAsUser("CH_API_KEY", "5d4c3b2a-1f0e-4d8c-9b7a-6f5e4d3c2b1a"), path: "/company/00000006", want: CredentialRejected},
		{src: "https://github.com/hmrc/api-example-nodejs-client/issues/11", name: "HMRC 401 INVALID_CREDENTIALS with a Bearer challenge", status: 401,
			header: jsonCT("WWW-Authenticate", `Bearer realm="HMRC API Platform"`), body: `{"code": "INVALID_CREDENTIALS", "message": "Invalid Authentication information provided"}`,
			cred: hmrc, path: "/hello/application", want: CredentialRejected},
		{src: "https://github.com/hmrc/vat-api/issues/300", name: "HMRC 401 MISSING_CREDENTIALS, none sent", status: 401,
			header: jsonCT(), body: `{ "code" : "MISSING_CREDENTIALS", "message" : "Authentication information is not provided" }`, path: "/organisations/vat/666429721/liabilities", want: NoCredentialsSent},
		{src: "https://github.com/hmrc/self-assessment-api/issues/800", name: "HMRC 401 INVALID_SCOPE", status: 401,
			header: jsonCT(), body: "{\n    \"code\": \"INVALID_SCOPE\",\n    \"message\": \"Can not access the required resource. Ensure this token has all the required scopes.\"\n}", cred: hmrc, path: "/hello/user", want: ServerInsufficientScope},
		{src: "https://github.com/hmrc/vat-api/issues/390", name: "HMRC 403 CLIENT_OR_AGENT_NOT_AUTHORISED", status: 403,
			header: jsonCT(), body: `{"code":"CLIENT_OR_AGENT_NOT_AUTHORISED","message":"The client and/or agent is not authorised."}`, cred: hmrc, path: "/organisations/vat/666041662/liabilities", want: PermissionDenied},
		{src: "https://github.com/hmrc/vat-api/issues/250", name: "HMRC 403 RESOURCE_FORBIDDEN application not subscribed to the API", status: 403,
			header: jsonCT(), body: `{"code":"RESOURCE_FORBIDDEN","message":"The application is not subscribed to the API which it is attempting to invoke."}`, cred: hmrc, method: "POST", path: "/vat/666429721/returns", want: PermissionDenied},
		// A key was sent, in the header the API documents: "missing or
		// unsupported" is its refusal, not a key that did not arrive.
		{src: "https://github.com/OrdnanceSurvey/OS-Data-Hub-API-Demos/pull/19", name: "Ordnance Survey NGD 401 Missing or unsupported API key provided", status: 401,
			header: jsonCT(), body: `{"code": 401,"description": "Missing or unsupported API key provided.","errorSource": "OS NGD API"}`,
			cred: apiKey("OS_API_KEY", "Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e", "key", ""), path: "/features/ngd/ofa/v1/collections/bld-fts-buildingpart-1/items", want: CredentialRejected},
	}
}

// logisticsTokenCases: the round's token endpoint refusals of a client
// credentials request (FedEx, UPS, HMRC, Sabre).
func logisticsTokenCases() []tokenCase {
	return []tokenCase{
		{src: "https://developer.fedex.com/api/en-us/catalog/authorization/v1/docs.html", name: "FedEx token 401 NOT.AUTHORIZED.ERROR client credentials not valid", status: 401,
			body: `{"transactionId":"b8da7f74-e594-41eb-9b59-dff09ee900f1","errors":[{"code":"NOT.AUTHORIZED.ERROR","message":"The given client credentials were not valid. Please modify your request and try again."}]}`, want: CredentialRejected},
		{src: "https://github.com/karrioapi/karrio/issues/503", name: "UPS token 401 10401 ClientId is Invalid", status: 401,
			body: `{"response":{"errors":[{"code":"10401","message":"ClientId is Invalid"}]}}`, want: CredentialRejected},
		{src: "https://github.com/hmrc/vat-api/issues/680", name: "HMRC token 401 invalid_client invalid client id or secret", status: 401,
			body: `{"error":"invalid_client","error_description":"invalid client id or secret"}`, want: CredentialRejected},
		// Sent, but not in Sabre's double base64 form: refused as invalid.
		{src: "https://github.com/jacekhonkisz/tindertravel", name: "Sabre token 401 invalid_client Credentials are missing or the syntax is not correct", status: 401,
			body: `{"error":"invalid_client","error_description":"Credentials are missing or the syntax is not correct"}`, want: CredentialRejected},
	}
}

// logisticsNonRefusals: answers of the same providers that look like auth
// but are not: validation naming a token or credentials field, a route or
// version that does not exist, an outage. No cause is right for them.
func logisticsNonRefusals() []fpCase {
	return []fpCase{
		{src: "https://github.com/alexeybusygin/ShippingRates/issues/101", name: "FedEx 400 ACCOUNT.NUMBER.MISMATCH (payor account)", status: 400, header: jsonCT(),
			body: `{"transactionId":"a2d00d73-d5ab-425b-9137-0a9021402edc","customerTransactionId":"1773680402","errors":[{"code":"ACCOUNT.NUMBER.MISMATCH","message":"Account Number Mismatch -As the payment Type is SENDER, ShippingChargesPayment Payor AccountNumber should match the shipper account number .Please update and try again."}]}`},
		// Shippo validates with Django REST framework field errors.
		{src: "https://github.com/goshippo/shippo-php-client/issues/19", name: "Shippo 400 servicelevel_token not found", status: 400, header: jsonCT(),
			body: `{"servicelevel_token": ["Servicelevel dhl_express_worldwide_eu not found. See https://api.goshippo.com/docs for supported servicelevels."]}`},
		// The caller's own key was accepted; the carrier account it set up
		// has no UPS credentials.
		{src: "https://github.com/postmaster/postmaster-api/issues/49", name: "Postmaster 400 UPS credentials not provided (carrier account)", status: 400, header: jsonCT(),
			body: `{"message": "UPS credentials not provided", "code": 400, "details": {"body": {}, "code": 105}}`},
		// A wrong Accept version makes HMRC's gateway find no such API.
		{src: "https://github.com/hmrc/income-tax-mtd-changelog/issues/16", name: "HMRC 404 MATCHING_RESOURCE_NOT_FOUND (wrong Accept version)", status: 404, header: jsonCT(),
			body: `{ "code": "MATCHING_RESOURCE_NOT_FOUND", "message": "A resource with the name in the request can not be found in the API" }`},
		// Mapbox hides a missing tokens:write scope behind a 404 that says
		// nothing of it: nothing in the answer to read.
		{src: "https://github.com/mapbox/mapbox-sdk-js/issues/291", name: "Mapbox 404 Not Found (token lacks tokens:write, not said)", status: 404, header: jsonCT(),
			body: `{"message":"Not Found"}`},
		{src: "https://github.com/amadeus4dev/developer-guides/issues/72", name: "Amadeus 500 38189 Internal error", status: 500, header: map[string]string{"Content-Type": "application/vnd.amadeus+json"},
			body: `{"errors":[{"code":38189,"title":"Internal error","detail":"An internal error occurred, please contact your administrator","status":500}]}`},
	}
}

// TestHeldoutLogistics reports top-1 on the logistics, travel, maps,
// weather and government round: the refusals as runProviderCases serves
// them, the token endpoint refusals as the runner reads a client
// credentials refusal, and the non-refusals, which must get no cause.
func TestHeldoutLogistics(t *testing.T) {
	cases := logisticsCases(time.Now())
	if n := len(cases) + len(logisticsTokenCases()) + len(logisticsNonRefusals()); n < 40 {
		t.Fatalf("%d cases, want at least 40", n)
	}
	runProviderCases(t, "logistics held-out corpus", cases)
	runTokenCases(t, logisticsTokenCases())
	runFalsePositives(t, "logistics non-refusals", logisticsNonRefusals())
}

// lateLogisticsCases: answers of the same category gathered after the
// round's fixes, run once unchanged before any further reading;
// expectations from the catalog. First run: 3 of 6 (the Postcode API's
// named header, OpenCage's 402 "quota exceeded" and Google's XML
// OVER_QUERY_LIMIT were missed); 6 of 6 after three general readings: a
// header the answer names for the credential, a usage limit in words on
// any 4xx, the refusing <status> of an XML answer.
func lateLogisticsCases() []provCase {
	postcode := apiKey("POSTCODE_API_KEY", "fFaWW96Fl62poebPqFA8M2VwTfmocoJu5Y2XQguq", "X-Api-Key", "")
	return []provCase{
		// Amadeus writes the code and the status as strings here.
		{src: "https://github.com/amadeus4dev/developer-guides/issues/6", name: "Amadeus 429 38194 network rate limit exceeded", status: 429,
			header: map[string]string{"Content-Type": "application/vnd.amadeus+json"}, body: "{\n  \"errors\": [\n    {\n      \"code\": \"38194\",\n      \"title\": \"Too many requests\",\n      \"detail\": \"The network rate limit is exceeded, please try again later\",\n      \"status\": \"429\"\n    }\n  ]\n}",
			cred: bearer("AMADEUS_ACCESS_TOKEN", "AnUoGcz9nQW4rZ8Qm2LkT9wXy7Nb"), path: "/v1/reference-data/locations/airports", want: RateLimited},
		{src: "https://github.com/postnl/postnl-magento1-End-of-life/issues/55", name: "PostNL 400 API key not valid", status: 400,
			header: jsonCT(), body: `{"errors":[{"status":"400","title":"Bad Request","detail":"API key not valid"}]}`,
			cred: apiKey("POSTNL_APIKEY", "Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e", "apikey", ""), path: "/shipment/checkout/v1/postalcodecheck", want: CredentialRejected},
		// A POST to a route that only takes GET, behind AWS API Gateway.
		{src: "https://github.com/postcodeapi/postcodeapi/issues/67", name: "Postcode API 403 Missing Authentication Token for POST on a GET route", status: 403,
			header: jsonCT("x-amzn-ErrorType", "MissingAuthenticationTokenException"), body: `{"message":"Missing Authentication Token"}`,
			cred: postcode, method: "POST", path: "/v2/addresses/", want: EndpointNotFound},
		// The v1 host reads an Api-Key header; the v2 key went in X-Api-Key.
		// (The thread does not show the status; 401 assumed.)
		{src: "https://github.com/postcodeapi/postcodeapi/issues/43", name: "Postcode API v1 401 a valid 'Api-Key' needs to be provided in the 'Headers'", status: 401,
			header: jsonCT(), body: `{"error":"A valid 'Api-Key' needs to be provided in the 'Headers' in order to use this API."}`,
			cred: postcode, path: "/v2/addresses/", want: CredentialInWrongPlace},
		{src: "https://github.com/OpenCageData/python-opencage-geocoder/issues/13", name: "OpenCage 402 quota exceeded, X-RateLimit-Remaining 0", status: 402,
			header: jsonCT("X-RateLimit-Limit", "2500", "X-RateLimit-Remaining", "0", "X-RateLimit-Reset", "1439683200"),
			body:   `{"documentation":"https://opencagedata.com/api","rate":{"limit":2500,"remaining":0,"reset":1439683200},"results":[],"status":{"code":402,"message":"quota exceeded"},"total_results":0}`,
			cred:   apiKey("OPENCAGE_KEY", "0ef06d36b2484fa2af463319dc2523fc", "", "key"), path: "/geocode/v1/json", want: RateLimited},
		// Google's web services answer XML as they answer JSON: a 200 whose
		// status refuses the request.
		{src: "https://github.com/rodazuero/gmapsdistance/issues/30", name: "Google Distance Matrix 200 XML OVER_QUERY_LIMIT", status: 200,
			header: map[string]string{"Content-Type": "application/xml; charset=UTF-8"},
			body:   "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<DistanceMatrixResponse>\n <status>OVER_QUERY_LIMIT</status>\n <error_message>You have exceeded your daily request quota for this API. We recommend registering for a key at the Google Developers Console: https://console.developers.google.com/apis/credentials?project=_</error_message>\n</DistanceMatrixResponse>\n",
			cred:   apiKey("GOOGLE_MAPS_API_KEY", "AIzaSyD4rZ8Qm2LkT9wXy7NbV3cD1fG4hJ6kL8m", "", "key"), path: "/maps/api/distancematrix/xml", want: RateLimited},
	}
}

// TestHeldoutLogisticsLate: see lateLogisticsCases.
func TestHeldoutLogisticsLate(t *testing.T) {
	runProviderCases(t, "logistics late answers", lateLogisticsCases())
}
