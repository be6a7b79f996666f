package diagnose

import (
	"encoding/base64"
	"testing"
	"time"
)

// travelCases: a held-out round on travel, mobility, energy, sports and
// everyday consumer APIs (Strava, Fitbit, Garmin, Withings, Netatmo,
// ecobee, Enphase, Tesla Fleet, Hotelbeds, GetYourGuide, Untappd, Yelp,
// Foursquare, Last.fm, Spotify, Eventbrite, Uber). Gathered and given
// their expected first cause from the catalog before the diagnosis code
// was read; a comment says why when two codes could fit, and where the
// source shows the body but not the status (or prints the body as a
// language's dict), which status or JSON spelling the case serves.
// First run, before any fix: first cause right in 30 of 40 (refusals 21
// of 30, token endpoint refusals 6 of 6, non-refusals 3 of 4). Misses:
// Strava's missing field naming a scope's permission; Withings' 200 with
// its own status (601 rate, 503 invalid code); Untappd's 500 meta
// refusals (parameters named missing; a method requiring authentication
// read as a credential not found); Yelp's TOKEN_MISSING with the token in
// a query parameter; a suspended API key read as a permission; Spotify's
// "only valid bearer authentication supported" with Basic sent;
// Eventbrite v1's deprecated endpoint under an "Application Key Error";
// Netatmo's "User usage reached" read as a permission. 40 of 40 after
// the readings the misses lacked, each tried on paraphrases another server
// could send (readings_travel_test.go): a usage said reached; a key said
// suspended with a colon or dash after; a credential said it must be
// supplied, and TOKEN_MISSING-like codes; the only scheme taken named; a
// credential's parameter asked to be passed; an invalid_auth code beside
// "requires authentication"; a scope-like permission said missing in a
// field list; a wait before retrying asked in the body; the parameter or
// header the credential went in named invalid; a route said retired under
// an error about the key; and a 200 JSON whose status or error object
// says the call failed, read as a refusal when one of those says so.
func travelCases(now time.Time) []provCase {
	json := jsonCT
	strava := bearer("STRAVA_ACCESS_TOKEN", "8c3d2fafb8b857d699e7411a2ff8d7a3c4364b38")
	stravaErr := func(message, resource, field, code string) string {
		return `{"message":"` + message + `","errors":[{"resource":"` + resource + `","field":"` + field + `","code":"` + code + `"}]}`
	}
	netatmo := bearer("NETATMO_ACCESS_TOKEN", "5c7a1b2e3f4d5a6b7c8d9e0f|1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d")
	fitbitExpired := "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI0TThaRzIiLCJhdWQiOiIyMjlDSkgiLCJpc3MiOiJGaXRiaXQiLCJ0eXAiOiJhY2Nlc3NfdG9rZW4iLCJzY29wZXMiOiJyd2VpIHJhY3Qgcm51dCBycHJvIHJzbGUiLCJleHAiOjE1MDQzMjk3ODIsImlhdCI6MTUwNDMwMDk4Mn0.vWGGB0KwGCaZh7dNNut7ZBLnYvwUfcxVr4aFV7Fet1I"
	fitbit := bearer("FITBIT_ACCESS_TOKEN", "Fb7Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9")
	fitbitErr := func(errorType, message string) string {
		return `{"errors":[{"errorType":"` + errorType + `","message":"` + message + ` Visit https://dev.fitbit.com/docs/oauth2 for more information on the Fitbit Web API authorization process."}],"success":false}`
	}
	lastfm := apiKey("LASTFM_API_KEY", "6168e725d96eef5856fbf679954abf2b", "", "api_key")
	tesla := bearer("TESLA_ACCESS_TOKEN", makeJWT(map[string]any{
		"iss": "https://auth.tesla.com/oauth2/v3/nts", "aud": []string{"https://fleet-api.prd.na.vn.cloud.tesla.com"},
		"scp": []string{"openid", "offline_access", "user_data"}, "exp": now.Add(8 * time.Hour).Unix(), "iat": now.Add(-time.Minute).Unix(),
	}))
	eventbrite := bearer("EVENTBRITE_PRIVATE_TOKEN", "TOPVXFCAVVQ2AFLYGIRE3KX7MNQW4LZ2")
	return []provCase{
		// Strava: one envelope, the refused thing named by resource,
		// field and code.
		{src: "https://github.com/dblock/slack-strava/issues/31", name: "Strava 401 Authorization Error Athlete access_token invalid", status: 401,
			header: json(), body: stravaErr("Authorization Error", "Athlete", "access_token", "invalid"), cred: strava, path: "/api/v3/athlete/activities?per_page=10", want: CredentialRejected},
		// The missing thing is the permission the activity:read scope
		// grants: the token is valid and lacks a scope.
		{src: "https://github.com/googledatastudio/community-connectors/issues/291", name: "Strava 401 AccessToken activity:read_permission missing", status: 401,
			header: json(), body: stravaErr("Authorization Error", "AccessToken", "activity:read_permission", "missing"), cred: strava, path: "/api/v3/athlete/activities?page=1&per_page=200", want: ServerInsufficientScope},
		{src: "https://github.com/danshannon/javastravav3api/issues/79", name: "Strava 401 Authorization Error Application invalid", status: 401,
			header: json(), body: stravaErr("Authorization Error", "Application", "", "invalid"), cred: strava, path: "/api/v3/athlete", want: CredentialRejected},

		// Fitbit. The expired token is a JWT whose exp is in the past,
		// and the answer echoes it: jwt_expired, not token_expired (the
		// catalog keeps token_expired for opaque tokens).
		{src: "https://github.com/NickHeiner/decomissioned-fitbit-export/issues/18", name: "Fitbit 401 expired_token echoing the JWT", status: 401,
			header: json(), body: fitbitErr("expired_token", "Access token expired: "+fitbitExpired+"."), cred: bearer("FITBIT_ACCESS_TOKEN", fitbitExpired),
			path: "/1/user/-/activities/caloriesBMR/date/today/max.json", want: JWTExpired},
		{src: "https://github.com/NickHeiner/decomissioned-fitbit-export/issues/24", name: "Fitbit 403 insufficient_scope no permission to access sleep data", status: 403,
			header: json(), body: fitbitErr("insufficient_scope", "This application does not have permission to access sleep data."), cred: fitbit, path: "/1/user/-/sleep/minutesAsleep/date/today/max.json", want: ServerInsufficientScope},
		// The client (a Personal app type is needed for intraday data) is
		// not let in by Fitbit: the token is read, the app is not allowed.
		{src: "https://github.com/lukasolson/fitbit-node/issues/16", name: "Fitbit 403 insufficient_permissions API client not authorized by Fitbit", status: 403,
			header: json(), body: fitbitErr("insufficient_permissions", "API client is not authorized by Fitbit to access the resource requested."), cred: fitbit, path: "/1/user/-/activities/heart/date/today/1d/1sec/time/00:00/23:59.json", want: PermissionDenied},
		// Google's error shape on the Fitbit API, with rate-limit headers
		// far from zero: a permission, not a rate.
		{src: "https://github.com/home-assistant/core/issues/169485", name: "Fitbit 403 PERMISSION_DENIED The caller does not have permission", status: 403,
			header: map[string]string{"Content-Type": "application/json; charset=UTF-8", "Server": "ESF", "Fitbit-rate-limit-reset": "1201", "Fitbit-rate-limit-remaining": "121", "Fitbit-rate-limit-limit": "150"},
			body:   "{\n  \"error\": {\n    \"code\": 403,\n    \"message\": \"The caller does not have permission\",\n    \"status\": \"PERMISSION_DENIED\"\n  }\n}", cred: fitbit, path: "/1/user/-/devices.json", want: PermissionDenied},

		// Garmin Connect: the reason only in the challenge, no body.
		{src: "https://github.com/cyberjunky/python-garminconnect/issues/369", name: "Garmin 401 Bearer invalid_token Token is not active (challenge only)", status: 401,
			header: map[string]string{"WWW-Authenticate": `Bearer error="invalid_token", error_description="Token is not active"`}, body: "",
			cred: bearer("GARMIN_DI_TOKEN", "gDi7Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9j0kLmN"), path: "/userprofile-service/socialProfile", want: ServerInvalidToken},

		// Withings answers 200 with its own status in the body. 601 is its
		// rate limit (a wait in seconds, no word "limit"): not the
		// credential. 503 refuses the authorization code sent.
		{src: "https://github.com/kodymallory/MMM-withings/issues/15", name: "Withings 200 status 601 Same arguments in less than 10 seconds (rate)", status: 200,
			header: json(), body: `{"status":601,"body":{"wait_seconds":188},"error":"Same arguments in less than 10 seconds"}`,
			cred: apiKey("WITHINGS_CLIENT_SECRET", "0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9", "", "client_secret"), method: "POST", path: "/v2/oauth2?action=requesttoken", want: RateLimited},
		// Printed as a Python dict in the source; served as JSON.
		{src: "https://github.com/home-assistant/home-assistant.io/issues/34285", name: "Withings 200 status 503 Invalid Params: invalid code", status: 200,
			header: json(), body: `{"status":503,"error":"Invalid Params: invalid code"}`,
			cred: apiKey("WITHINGS_AUTH_CODE", "182e4701321550bd47ba2e9b6873383d805f0cbf", "", "code"), method: "POST", path: "/v2/oauth2?action=requesttoken", want: CredentialRejected},

		// Netatmo: {"error":{"code":N,"message":...}} with 403 for all of
		// them (the status from home-assistant/core#130798's log line).
		{src: "https://github.com/michaelmiklis/netatmo.sh/issues/3", name: "Netatmo 403 code 2 Invalid access token", status: 403,
			header: json(), body: "{\n  \"error\": {\n    \"code\": 2,\n    \"message\": \"Invalid access token\"\n  }\n}", cred: netatmo, method: "POST", path: "/api/getstationsdata", want: CredentialRejected},
		{src: "https://github.com/domoticz/domoticz/issues/6280", name: "Netatmo 403 code 3 Access token expired", status: 403,
			header: json(), body: "{\n\"error\": {\n\"code\": 3,\n\"message\": \"Access token expired\"\n}\n}", cred: netatmo, path: "/api/getstationsdata?&get_favorites=true&", want: TokenExpired},
		{src: "https://github.com/philippelt/netatmo-api-python/issues/103", name: "Netatmo 403 code 13 Operation is forbidden", status: 403,
			header: json(), body: `{"error":{"code":13,"message":"Operation is forbidden"}}`, cred: netatmo, method: "POST", path: "/api/homedata", want: PermissionDenied},

		// ecobee answers an expired token with a 500 and its own status
		// object (code 14), the words saying to refresh.
		{src: "https://github.com/openhab/openhab-addons/issues/9039", name: "ecobee 500 status code 14 Authentication token has expired", status: 500,
			header: json(), body: `{"status":{"code":14,"message":"Authentication token has expired. Refresh your tokens."}}`,
			cred: bearer("ECOBEE_ACCESS_TOKEN", "Vd2QvYjRkZGUtNTZlZC00ZjZkLWE3MzMtOWQyNjFlNDZmMjQw"), path: `/1/thermostat?json={"selection":{"selectionType":"registered"}}`, want: TokenExpired},

		// Enphase Enlighten's login: one word.
		{src: "https://github.com/home-assistant/core/issues/152659", name: "Enphase Enlighten 401 login {\"message\":\"Invalid\"}", status: 401,
			header: json(), body: `{"message":"Invalid"}`, cred: basicCred("owner@example.com", "S0lar-Roof-2025!"), method: "POST", path: "/login/login.json?", want: CredentialRejected},

		// Tesla Fleet: the user did not grant a scope the endpoint needs.
		{src: "https://github.com/teslamotors/vehicle-command/issues/199", name: "Tesla Fleet 403 Unauthorized missing scopes", status: 403,
			header: json(), body: `{"response":null,"error":"Unauthorized missing scopes","error_description":""}`, cred: tesla, path: "/api/1/vehicles/1492932307735693/vehicle_data", want: ServerInsufficientScope},

		// Hotelbeds APItude names the refused key (and echoes it). The
		// status is not in the source; INVALID_DATA is APItude's 400 code.
		{src: "https://github.com/hotelbeds-sdk/hotel-api-sdk-php/issues/182", name: "Hotelbeds 400 INVALID_DATA Incorrect api key (echoed)", status: 400,
			header: json(), body: "{\n\"auditData\": {\n\"timestamp\": \"2020-09-17 15:38:27.934\",\n\"requestHost\": \"90.64.244.186, 130.176.13.90, 10.185.82.141, 10.185.88.75\",\n\"serverId\": \"ip-10-185-88-56.eu-west-1.compute.internal.node.int-hbg-aws-eu-west-1.discovery\",\n\"environment\": \"[awseuwest1, awseuwest1a, ip_10_185_88_56]\",\n\"release\": \"a1824454c6266b1ca71219371afb2891898404ce\",\n\"token\": \"73C2D90A854A4ED0AA1B87DAA48570C0\",\n\"internal\": \"0||||0|0||||||||||||0||||0||0|5d23283d7c94d509b04bd607f66f4871||||\"\n},\n\"error\": {\n\"code\": \"INVALID_DATA\",\n\"message\": \"Incorrect api key: 5d23283d7c94d509b04bd607f66f4871\"\n}\n}",
			cred: headerCred("Api-key", "HOTELBEDS_API_KEY", "5d23283d7c94d509b04bd607f66f4871"), method: "POST", path: "/hotel-api/1.0/hotels", want: CredentialRejected},
		// GetYourGuide partner API; the source shows the errors list.
		{src: "https://github.com/getyourguide/partner-api-spec/issues/73", name: "GetYourGuide 401 errorCode 2420 The access token is invalid.", status: 401,
			header: json(), body: "{\n  \"errors\": [\n    {\n      \"errorCode\": 2420,\n      \"errorMessage\": \"The access token is invalid.\"\n    }\n  ]\n}",
			cred: apiKey("GYG_ACCESS_TOKEN", "3f9c2a1b8e7d6c5b4a3f2e1d0c9b8a7f", "X-ACCESS-TOKEN", ""), path: "/1/tours?cnt_language=en&currency=EUR", want: CredentialRejected},

		// Untappd answers 500 with a meta object. Nothing sent: the
		// words name the two parameters.
		{src: "https://github.com/arei/node-untappd/issues/13", name: "Untappd 500 invalid_param pass client_secret and client_id, nothing sent", status: 500,
			header: json(), body: `{"meta":{"code":500,"error_detail":"Please pass via GET using the parameter 'client_secret' and 'client_id'","error_type":"invalid_param","developer_friendly":"\/v4\/user\/checkins\/","response_time":{"time":0.003,"measure":"seconds"}},"response":[]}`,
			path: "/v4/user/checkins/", want: NoCredentialsSent},
		// The client pair was sent; the method wants a user's access
		// token. No code speaks of the wrong kind of credential, and the
		// words do not say the pair is deprecated: the credential sent is
		// not accepted here, credential_rejected.
		{src: "https://github.com/arei/node-untappd/issues/16", name: "Untappd 500 invalid_auth This method requires authentication, client pair sent", status: 500,
			header: json(), body: `{"meta":{"code":500,"error_detail":"This method requires authentication.","error_type":"invalid_auth","developer_friendly":"","response_time":{"time":0.01,"measure":"seconds"}},"response":[]}`,
			cred: apiKey("UNTAPPD_CLIENT_SECRET", "4F1C8A2E9B7D4E3A8C6F1D2E3F4A5B6C7D8E9F0A", "", "client_secret"), path: "/v4/checkin/recent?limit=10&client_id=0A1B2C3D4E5F60718293A4B5C6D7E8F9A0B1C2D3", want: CredentialRejected},

		// Yelp Fusion: TOKEN_MISSING with nothing sent, and with the token
		// sent as an access_token query parameter (Yelp reads only the
		// Authorization header).
		{src: "https://github.com/stevenmaguire/yelp-php/issues/29", name: "Yelp 401 TOKEN_MISSING, nothing sent", status: 401,
			header: json(), body: `{"error": {"code": "TOKEN_MISSING", "description": "An access token must be supplied in order to use this endpoint."}}`, path: "/v3/businesses/beach-buggy-santa-monica", want: NoCredentialsSent},
		{src: "https://github.com/YelpArchive/yelp-api/issues/184", name: "Yelp 401 TOKEN_MISSING, token in the access_token query parameter", status: 401,
			header: json(), body: `{"error": {"description": "An access token must be supplied in order to use this endpoint.", "code": "TOKEN_MISSING"}}`,
			cred: apiKey("YELP_ACCESS_TOKEN", "GO6xNvaKyG8xkzqPriGbSC738_J5V5vCnbOle1Q_98gvsLnIGl3j-wRlHfjXZJo85j6", "", "access_token"), path: "/v3/businesses/search?term=delis&latitude=37.786882&longitude=-122.399972", want: CredentialInWrongPlace},

		// Foursquare v2: the meta envelope.
		{src: "https://github.com/foauth/foauth.org/issues/30", name: "Foursquare 401 invalid_auth OAuth token invalid or revoked", status: 401,
			header: json(), body: `{"meta":{"code":401,"errorType":"invalid_auth","errorDetail":"OAuth token invalid or revoked."},"response":{}}`,
			cred: apiKey("FOURSQUARE_OAUTH_TOKEN", "QEJ4AQPTMMNB413HGNZ5YDMJSHTOHZHMLZCAQCCLXIX41OMP", "", "oauth_token"), path: "/v2/users/self/checkins?v=20140308", want: CredentialRejected},
		{src: "https://github.com/hybridauth/hybridauth/pull/1135", name: "Foursquare 400 invalid_auth Missing access credentials, empty oauth_token", status: 400,
			header: json(), body: "{\n  \"meta\": {\n    \"code\": 400,\n    \"errorType\": \"invalid_auth\",\n    \"errorDetail\": \"Missing access credentials. See https:\\/\\/developer.foursquare.com\\/docs\\/api\\/configuration\\/authentication for details.\",\n    \"requestId\": \"5e1de7a6c94979001b2c0e3d\"\n  },\n  \"response\": {}\n}",
			path: "/v2/users/self?oauth_token=&v=20140201", want: NoCredentialsSent},

		// Last.fm: numbered errors; a refused call is a 403 (the status
		// the lastfm.el and headphones sources log; the XML one does not
		// show it and gets the same).
		{src: "https://github.com/mihaiolteanu/lastfm.el/issues/6", name: "Last.fm 403 error 10 Invalid API key", status: 403,
			header: json(), body: `{"error":10,"message":"Invalid API key - You must be granted a valid key by last.fm"}`, cred: lastfm, path: "/2.0/?method=artist.getinfo&artist=Nine+Inch+Nails&format=json", want: CredentialRejected},
		{src: "https://github.com/rembo10/headphones/issues/3257", name: "Last.fm 403 error 26 API Key Suspended", status: 403,
			header: json(), body: `{"error":26,"message":"API Key Suspended - This application is not allowed to make requests to the web services"}`, cred: lastfm, path: "/2.0/?format=json&method=artist.getinfo&artist=Nine+Inch+Nails", want: CredentialRejected},
		{src: "https://github.com/arkq/cmusfm/issues/9", name: "Last.fm 403 XML error 9 Invalid session key", status: 403,
			header: map[string]string{"Content-Type": "text/xml; charset=utf-8"}, body: "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<lfm status=\"failed\">\n  <error code=\"9\">Invalid session key - Please re-authenticate</error>\n</lfm>",
			cred: apiKey("LASTFM_SESSION_KEY", "_AijaIJbA789aA7NMXmanQLKalG8zqDY", "", "sk"), method: "POST", path: "/2.0/?method=track.updateNowPlaying", want: CredentialRejected},

		// Spotify's Web API takes only a bearer token; the app's client
		// credentials were sent with Basic (printed as a JS object in the
		// source; served as Spotify's JSON).
		{src: "https://github.com/insane-devs/spotilink/issues/9", name: "Spotify 400 Only valid bearer authentication supported, Basic sent", status: 400,
			header: json(), body: `{"error":{"status":400,"message":"Only valid bearer authentication supported"}}`,
			cred: headerCred("Authorization", "SPOTIFY_CLIENT_AUTH", "Basic "+base64.StdEncoding.EncodeToString([]byte("5f573c9620494bae87890c0f08a60293:212476d9b0f3472eaa762d90b19b0ba8"))),
			path: "/v1/playlists/37i9dQZF1DXcBWIGoYBM5M/tracks", want: SchemeMismatch},

		// Eventbrite. NOT_AUTHORIZED, byte for byte from its help page.
		{src: "https://www.eventbrite.com/support/articles/en_US/Q_A/understanding-errors-in-the-api-response?lg=en_US", name: "Eventbrite 403 NOT_AUTHORIZED", status: 403,
			header: json(), body: `{ "status_code": 403, "error_description": "You do not have permission to access the resource you requested.", "error": "NOT_AUTHORIZED" }`,
			cred: eventbrite, path: "/v3/organizations/211671966941/events/", want: PermissionDenied},
		// The v1 API's answer for every call (the status is not in the
		// source; v1 answered its errors with a 200): an error naming the
		// application key over a route that is gone. endpoint_not_found
		// (the route, in words about the key) rather than
		// deprecated_auth_method (the key is not what was retired).
		{src: "https://www.eventbrite.com/support/articles/en_US/Q_A/understanding-errors-in-the-api-response?lg=en_US", name: "Eventbrite v1 200 Application Key Error: This endpoint has been deprecated", status: 200,
			header: json(), body: `{"error": {"error_type": "Application Key Error", "error_message": "This endpoint has been deprecated."}}`,
			cred: apiKey("EVENTBRITE_APP_KEY", "AGD2XFL4T5CR5AG3IMQZ", "", "app_key"), path: "/json/event_search?city=Greenville", want: EndpointNotFound},
	}
}

// travelTokenCases: token endpoint refusals of the round (Netatmo, Strava,
// Uber). Strava's come in its own envelope, without error or
// error_description.
func travelTokenCases() []tokenCase {
	return []tokenCase{
		{src: "https://github.com/philippelt/netatmo-api-python/issues/93", name: "Netatmo token 400 invalid_grant", status: 400,
			body: `{"error":"invalid_grant"}`, want: CredentialRejected},
		{src: "https://github.com/philippelt/netatmo-api-python/issues/85", name: "Netatmo token 400 invalid_client", status: 400,
			body: `{"error":"invalid_client"}`, want: CredentialRejected},
		{src: "https://github.com/stanford-oval/thingpedia-common-devices/issues/42", name: "Uber token 401 invalid_grant", status: 401,
			body: `{"error": "invalid_grant"}`, want: CredentialRejected},
		{src: "https://github.com/dreeveapp/dreeve/issues/1449", name: "Strava token 400 RefreshToken refresh_token invalid", status: 400,
			body: `{"message":"Bad Request","errors":[{"resource":"RefreshToken","field":"refresh_token","code":"invalid"}]}`, want: CredentialRejected},
		{src: "https://github.com/yihong0618/running_page/issues/523", name: "Strava token 400 AuthorizationCode code invalid", status: 400,
			body: "{\n    \"message\": \"Bad Request\",\n    \"errors\": [\n        {\n            \"resource\": \"AuthorizationCode\",\n            \"field\": \"code\",\n            \"code\": \"invalid\"\n        }\n    ]\n}", want: CredentialRejected},
		{src: "https://github.com/dreeveapp/dreeve/issues/372", name: "Strava token 400 Application client_id invalid", status: 400,
			body: "{\n    \"message\": \"Bad Request\",\n    \"errors\": [{\n        \"resource\": \"Application\",\n        \"field\": \"client_id\",\n        \"code\": \"invalid\"\n    }]\n}", want: CredentialRejected},
	}
}

// travelNonRefusals: answers of the same providers that look like auth
// but are not: rate limits (one of them a 403, Strava's older status for
// it), a usage cap said in Netatmo's error object, a vehicle asleep.
func travelNonRefusals() []fpCase {
	return []fpCase{
		{src: "https://github.com/dblock/slack-strava/issues/38", name: "Strava 429 Rate Limit Exceeded", status: 429, header: jsonCT(),
			body: `{"message":"Rate Limit Exceeded","errors":[{"resource":"Application","field":"rate limit","code":"exceeded"}]}`, want: RateLimited},
		// Printed by the Python client as "403 Client Error: Forbidden
		// [Rate Limit Exceeded: [...]]"; served as Strava's JSON.
		{src: "https://github.com/stravalib/stravalib/issues/60", name: "Strava 403 Rate Limit Exceeded (older status)", status: 403, header: jsonCT(),
			body: `{"message":"Rate Limit Exceeded","errors":[{"resource":"Application","field":"rate limit","code":"exceeded"}]}`, want: RateLimited},
		// Printed as a PHP array; served as Netatmo's JSON and status.
		{src: "https://github.com/potsky/Netatmo/issues/18", name: "Netatmo 403 code 26 User usage reached", status: 403, header: jsonCT(),
			body: `{"error":{"code":26,"message":"User usage reached"}}`, want: RateLimited},
		{src: "https://github.com/teslamotors/vehicle-command/issues/10", name: "Tesla Fleet 408 vehicle unavailable: offline or asleep", status: 408, header: jsonCT(),
			body: "{\n    \"response\": null,\n    \"error\": \"vehicle unavailable: vehicle is offline or asleep\",\n    \"error_description\": \"\"\n}"},
	}
}

// TestHeldoutTravel reports top-1 on the travel, mobility, energy, sports
// and consumer round: the refusals as runProviderCases serves them, the
// token endpoint refusals as the runner reads a client credentials
// refusal, and the non-refusals, which must get no cause (or the rate).
func TestHeldoutTravel(t *testing.T) {
	cases := travelCases(time.Now())
	if n := len(cases) + len(travelTokenCases()) + len(travelNonRefusals()); n < 40 {
		t.Fatalf("%d cases, want at least 40", n)
	}
	runProviderCases(t, "travel held-out corpus", cases)
	runTokenCases(t, travelTokenCases())
	runFalsePositives(t, "travel non-refusals", travelNonRefusals())
}

// lateTravelCases: answers of the same category gathered after the
// round's fixes, run once unchanged before any further reading;
// expectations from the catalog. First run: 4 of 5 (refusals 1 of 2,
// token endpoint 1 of 1, non-refusals 2 of 2). The miss: an account said
// inactive ("Account Inactive" on a 403) read as a permission; 5 of 5
// after one general reading: an account said inactive is switched off,
// like a developer, key or app said so (the credential's account).
func lateTravelCases() []provCase {
	return []provCase{
		// SENEC's wallbox proxy: an empty 401 with only a session cookie
		// set, to the app's bearer token.
		{src: "https://github.com/marq24/ha-senec-v3/issues/217", name: "SENEC wallbox proxy 401 empty body, JSESSIONID set", status: 401,
			header: map[string]string{"Content-Length": "0", "X-Content-Type-Options": "nosniff", "Cache-Control": "no-cache, no-store, max-age=0, must-revalidate", "Set-Cookie": "JSESSIONID=04711FFD5DADE79190F53A905190A311; Path=/; Secure; HttpOnly"},
			cred:   bearer("SENEC_APP_TOKEN", "eyJraWQiOiJzZW5lYyJ9.opaque.Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c"), method: "POST", path: "/wallbox/api/v1/systems/wallboxes/search", want: CredentialRejected},
		// A football data API's account switched off (printed as a Python
		// dict; served as JSON with the status its code names): the key's
		// account, not a permission.
		{src: "https://github.com/jokecamp/FootballData/issues/1", name: "Football data 403 Account Inactive", status: 403,
			header: jsonCT(), body: `{"status": "error", "message": "Account Inactive", "code": 403}`,
			cred: apiKey("FOOTBALL_API_KEY", "9df97b651e4244bbb8da6d50a6156d2b", "X-Auth-Token", ""), path: "/v1/fixtures", want: CredentialRejected},
	}
}

// lateTravelTokenCases: a late token endpoint refusal (ecobee's, its
// description quoted in the source's exception; served as the RFC 6749
// JSON it comes in).
func lateTravelTokenCases() []tokenCase {
	return []tokenCase{
		{src: "https://github.com/i8beef/Ecobee/issues/11", name: "ecobee token 400 invalid_grant the grant, token or credentials are invalid", status: 400,
			body: `{"error":"invalid_grant","error_description":"The grant, token or credentials are invalid, expired, revoked, do not match redirection URI used in the authorization request, or was issued to another client."}`, want: CredentialRejected},
	}
}

// lateTravelNonRefusals: late answers that are not refusals: Fitbit's
// rate limit, and its validation error about a limit on data points.
func lateTravelNonRefusals() []fpCase {
	return []fpCase{
		{src: "https://github.com/yghokim/omnitrack_android/issues/104", name: "Fitbit 429 errorType system Too Many Requests", status: 429, header: jsonCT(),
			body: `{"errors":[{"errorType":"system","fieldName":"n\/a","message":"Too Many Requests"}],"success":false}`, want: RateLimited},
		{src: "https://github.com/NickHeiner/decomissioned-fitbit-export/issues/25", name: "Fitbit 422 validation: data points queried exceeds limit", status: 422, header: jsonCT(),
			body: `{"errors":[{"errorType":"validation","fieldName":"Request","message":"The number of data points queried exceeds limit."}]}`},
	}
}

// TestHeldoutTravelLate: see lateTravelCases.
func TestHeldoutTravelLate(t *testing.T) {
	runProviderCases(t, "travel late answers", lateTravelCases())
	runTokenCases(t, lateTravelTokenCases())
	runFalsePositives(t, "travel late non-refusals", lateTravelNonRefusals())
}
