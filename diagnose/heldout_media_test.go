package diagnose

import (
	"testing"
	"time"

	"github.com/authspec/authspec/vocab"
)

// The held-out round on social, media and maps APIs (Meta Graph and
// Instagram, X, LinkedIn, Spotify, YouTube, Google Maps Platform,
// OpenWeather). Each expectation was decided from docs/diagnosis.md alone,
// before the answers were first run; where two codes could fit, the
// comment says why this one.

// oauth1Header is an OAuth 1.0a user-context Authorization header as X's
// clients send it (the values of X's own documentation example).
const oauth1Header = `OAuth oauth_consumer_key="xvz1evFS4wEEPTGEFPHBog", oauth_nonce="kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg", oauth_signature="tnnArxj06cWHq44gCs1OSKk%2FjLY%3D", oauth_signature_method="HMAC-SHA1", oauth_timestamp="1318622958", oauth_token="370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb", oauth_version="1.0"`

func socialCases() []provCase {
	fbToken := apiKey("FB_PAGE_TOKEN", "EAAGm0PX4ZCpsBAKq9Lm2Vb7NcRt8YwP4sWq8ZbV3kLmN0pQrS7tUv", "", "access_token")
	linkedin := bearer("LINKEDIN_ACCESS_TOKEN", "AQV8h3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9j0kLmN0pQrS7tUvXyZa1b2c3")
	xUser := headerCred("Authorization", "X_OAUTH_HEADER", oauth1Header)
	mapsKey := apiKey("GOOGLE_MAPS_KEY", "AIzaSyB3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h", "", "key")
	owm := apiKey("OWM_API_KEY", "3f9a1c7e5b2d4f6a8c0e1b3d5f7a9c2e", "", "appid")
	spotify := bearer("SPOTIFY_ACCESS_TOKEN", "BQD3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9j0kLmN0pQrS7tUvXy")
	return []provCase{
		// Meta Graph API.
		{src: "https://github.com/snarfed/bridgy/issues/59", name: "Facebook 400 OAuthException 190/463 Session has expired", status: 400,
			header: jsonCT(), body: "{\n   \"error\" : {\n      \"error_subcode\" : 463,\n      \"type\" : \"OAuthException\",\n      \"code\" : 190,\n      \"message\" : \"Error validating access token: Session has expired on Feb 7, 2014 9:54am. The current time is Feb 8, 2014 8:58am.\"\n   }\n}",
			cred: fbToken, path: "/me/posts", want: TokenExpired},
		// The status as facebook-android-sdk#582 logs it for the same error.
		{src: "https://github.com/pellaeon/fb-post-bulk-privacy-edit/issues/12", name: "Facebook 403 (#4) Application request limit reached", status: 403,
			header: jsonCT(), body: `{"error":{"message":"(#4) Application request limit reached","type":"OAuthException","is_transient":true,"code":4,"fbtrace_id":"HJZvd\/uujRi"}}`,
			cred: fbToken, path: "/me/posts", want: RateLimited},
		{src: "https://github.com/marclave/InstaBot/issues/7", name: "Instagram 400 OAuthPermissionsException requires scope=likes", status: 400,
			header: jsonCT(), body: `{"meta":{"error_type":"OAuthPermissionsException","code":400,"error_message":"This request requires scope=likes, but this access token is not authorized with this scope. The user must re-authorize your application with scope=likes to be granted write permissions."}}`,
			cred: apiKey("INSTAGRAM_TOKEN", "1234567.1677ed0.0a1b2c3d4e5f67890a1b2c3d4e5f6789", "", "access_token"), method: "POST", path: "/v1/media/657988443280050001_25025320/likes", want: ServerInsufficientScope},

		// X (Twitter).
		{src: "https://github.com/ChimeraCoder/anaconda/issues/251", name: "X v1.1 401 code 89 Invalid or expired token", status: 401,
			// "invalid or expired" does not say it expired: the token is not accepted.
			header: jsonCT(), body: `{"errors":[{"code":89,"message":"Invalid or expired token."}]}`,
			cred: xUser, method: "POST", path: "/1.1/friendships/create.json", want: CredentialRejected},
		{src: "https://github.com/twitter/twurl/issues/70", name: "X v1.1 401 code 32 Could not authenticate you", status: 401,
			header: jsonCT(), body: `{"errors":[{"code":32,"message":"Could not authenticate you."}]}`,
			cred: xUser, method: "POST", path: "/1.1/statuses/update.json", want: CredentialRejected},
		{src: "https://github.com/FeedHive/twitter-api-client/issues/105", name: "X v2 403 Unsupported Authentication: OAuth 1.0a user context sent, app-only required", status: 403,
			// The server names the other scheme it wants: a scheme mismatch told in words.
			header: map[string]string{"Content-Type": "application/problem+json", "Server": "tsa_b"},
			body:   "{\n  \"title\": \"Unsupported Authentication\",\n  \"detail\": \"Authenticating with OAuth 1.0a User Context is forbidden for this endpoint.  Supported authentication types are [OAuth 2.0 Application-Only].\",\n  \"type\": \"https://api.twitter.com/2/problems/unsupported-authentication\",\n  \"status\": 403\n}",
			cred:   xUser, path: "/2/tweets/search/all", want: SchemeMismatch},
		{src: "https://github.com/xdevplatform/samples/issues/160", name: "X v2 403 Client Forbidden client-not-enrolled", status: 403,
			// The token is read; the app lacks the access level (a plan matter).
			header: jsonCT(), body: `{"client_id":"27316216","detail":"When authenticating requests to the Twitter API v2 endpoints, you must use keys and tokens from a Twitter developer App that is attached to a Project. You can create a project via the developer portal.","registration_url":"https://developer.twitter.com/en/docs/projects/overview","title":"Client Forbidden","required_enrollment":"Appropriate Level of API Access","reason":"client-not-enrolled","type":"https://api.twitter.com/2/problems/client-forbidden"}`,
			cred: bearer("X_BEARER_TOKEN", "AAAAAAAAAAAAAAAAAAAAAMLheAAAAAAA0%2BuSeid%2BULvsea4JtiGRiSDSJSI%3DEUifiRBkKG5E2XzMDjRfl76ZC9Ub0wnz4XsNiRVBChTYbJcE3F"), method: "POST", path: "/2/tweets/search/stream/rules", want: PermissionDenied},

		// LinkedIn.
		{src: "https://github.com/xcarpentier/react-native-linkedin/issues/80", name: "LinkedIn 401 65600 Invalid access token", status: 401,
			header: jsonCT(), body: `{"serviceErrorCode":65600,"message":"Invalid access token","status":401}`,
			cred: linkedin, path: "/v2/connections", want: CredentialRejected},
		{src: "https://github.com/decioferreira/omniauth-linkedin-oauth2/issues/81", name: "LinkedIn 401 65601 REVOKED_ACCESS_TOKEN", status: 401,
			header: jsonCT(), body: `{"status":401,"serviceErrorCode":65601,"code":"REVOKED_ACCESS_TOKEN","message":"The token used in the request has been revoked by the user"}`,
			cred: linkedin, path: "/v2/userinfo", want: CredentialRejected},
		{src: "https://github.com/Light-it-labs/laravel-linkedin-share/issues/9", name: "LinkedIn 403 100 Not enough permissions to access POST /ugcPosts", status: 403,
			// No scope named: the token lacks a permission for this operation.
			header: jsonCT(), body: `{"serviceErrorCode":100,"message":"Not enough permissions to access: POST /ugcPosts","status":403}`,
			cred: linkedin, method: "POST", path: "/v2/ugcPosts", want: PermissionDenied},

		// Spotify.
		{src: "https://github.com/kmille/deezer-downloader/issues/159", name: "Spotify 401 No token provided", status: 401,
			header: jsonCT(), body: "{\n  \"error\": {\n    \"status\": 401,\n    \"message\": \"No token provided\"\n  }\n}",
			path: "/v1/playlists/7hkduGkMRHv6hy05nPdM45/tracks", want: NoCredentialsSent},
		{src: "https://github.com/spotipy-dev/spotipy/issues/688", name: "Spotify 403 plain User not approved for app", status: 403,
			// The user behind the token is known and not allowed into this app.
			body: "User not approved for app", cred: spotify, path: "/v1/me", want: PermissionDenied},

		// YouTube Data API.
		{src: "https://github.com/1v/dislike-truck/issues/32", name: "YouTube 401 missing credential: API key sent where an OAuth token is required", status: 401,
			// The key was read; the method wants another kind of credential
			// (an OAuth 2 access token), so moving the key would not help.
			header: jsonCT(), body: "{\n  \"error\": {\n    \"code\": 401,\n    \"message\": \"Request is missing required authentication credential. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.\",\n    \"errors\": [\n      {\n        \"message\": \"Login Required.\",\n        \"domain\": \"global\",\n        \"reason\": \"required\",\n        \"location\": \"Authorization\",\n        \"locationType\": \"header\"\n      }\n    ],\n    \"status\": \"UNAUTHENTICATED\"\n  }\n}",
			cred: apiKey("YOUTUBE_API_KEY", "AIzaSyD4kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h", "", "key"), method: "POST", path: "/youtube/v3/videos/rate", want: SchemeMismatch},

		// Google Maps Platform answers 200 with status REQUEST_DENIED.
		{src: "https://github.com/b13/geocoding/issues/13", name: "Google Maps 200 REQUEST_DENIED key not authorized to use this API", status: 200,
			// The key is known; its API restrictions leave this API out.
			header: jsonCT(), body: "{\n   \"error_message\" : \"This API key is not authorized to use this service or API.\",\n   \"results\" : [],\n   \"status\" : \"REQUEST_DENIED\"\n}",
			cred: mapsKey, path: "/maps/api/geocode/json", want: PermissionDenied},
		{src: "https://github.com/akexorcist/GoogleDirectionLibrary/issues/9", name: "Google Maps 200 REQUEST_DENIED this IP is not authorized, empty referer", status: 200,
			header: jsonCT(), body: `{"error_message":"This IP, site or mobile application is not authorized to use this API key. Request received from IP address 187.189.154.107, with empty referer","routes":[],"status":"REQUEST_DENIED"}`,
			cred: mapsKey, path: "/maps/api/directions/json", want: IPRestricted},
		{src: "https://github.com/humazed/google_map_location_picker/pull/30", name: "Google Maps 200 REQUEST_DENIED billing not enabled", status: 200,
			// The key is fine; the project lacks a plan feature (billing).
			header: jsonCT(), body: "{\n  \"error_message\": \"You must enable Billing on the Google Cloud Project at https://console.cloud.google.com/project/_/billing/enable Learn more at https://developers.google.com/maps/gmp-get-started\",\n  \"results\": [],\n  \"status\": \"REQUEST_DENIED\"\n}",
			cred: mapsKey, path: "/maps/api/geocode/json", want: PermissionDenied},

		// OpenWeather.
		{src: "https://github.com/adriank/ObjectPath/issues/82", name: "OpenWeather 401 Invalid API key", status: 401,
			header: jsonCT(), body: "{\n\"cod\": 401,\n\"message\": \"Invalid API key. Please see http://openweathermap.org/faq#error401 for more info.\"\n}",
			cred: owm, path: "/data/2.5/box/city", want: CredentialRejected},
		{src: "https://github.com/fatihak/InkyPi/issues/679", name: "OpenWeather 401 One Call 3.0 requires a separate subscription", status: 401,
			// A 401 about the plan, not the key: the key works for other calls.
			header: jsonCT(), body: "{\n   \"cod\":401,\n   \"message\":\"Please note that using One Call 3.0 requires a separate subscription to the One Call by Call plan. Learn more here https://openweathermap.org/price. If you have a valid subscription to the One Call by Call plan, but still receive this error, then please see https://openweathermap.org/faq#error401 for more info.\"\n}",
			cred: owm, path: "/data/3.0/onecall", want: PermissionDenied},
	}
}

// TestHeldoutMedia reports top-1 on the social, media, maps, data, search,
// content and AI round; see runProviderCases for how each is served.
func TestHeldoutMedia(t *testing.T) {
	cases := append(socialCases(), dataCases(time.Now())...)
	if len(cases) < 40 {
		t.Fatalf("%d cases, want at least 40", len(cases))
	}
	runProviderCases(t, "media held-out corpus", cases)
}

// tokenScheme is a bearer-type credential whose scheme is Token (Deepgram,
// Replicate), as prefix: Token writes it.
func tokenScheme(src, val string) *Credential {
	c := bearer(src, val)
	c.Prefix = "Token"
	return c
}

// twoHeaders is a header credential that sends an id and a key (Algolia).
func twoHeaders(idHeader, id, keyHeader, key string) *Credential {
	return &Credential{Name: "search_key", Type: vocab.CredHeader, Values: []Value{
		{Source: "ALGOLIA_APP_ID", Value: id, EnvFile: ".env.staging", Field: idHeader},
		{Source: "ALGOLIA_API_KEY", Value: key, EnvFile: ".env.staging", Field: keyHeader}}}
}

// lateMediaCases: answers gathered after the round's fixes, run once
// unchanged before any further reading; expectations from the catalog.
func lateMediaCases() []provCase {
	return []provCase{
		{src: "https://github.com/sesser/Instaphp/pull/46", name: "Instagram 400 OAuthAccessTokenException access_token provided is invalid", status: 400,
			header: jsonCT(), body: `{"meta":{"error_type":"OAuthAccessTokenException","code":400,"error_message":"The access_token provided is invalid."}}`,
			cred: apiKey("INSTAGRAM_TOKEN", "1234567.1677ed0.0a1b2c3d4e5f67890a1b2c3d4e5f6789", "", "access_token"), path: "/v1/users/self/media/recent", want: CredentialRejected},
		{src: "https://github.com/ajsmithsw/PlacesSearchBar/issues/22", name: "Google Places 200 OVER_QUERY_LIMIT daily request quota", status: 200,
			header: jsonCT(), body: "{\n   \"error_message\" : \"You have exceeded your daily request quota for this API. If you did not set a custom daily request quota, verify your project has an active billing account: http://g.co/dev/maps-no-account\",\n   \"predictions\" : [],\n   \"status\" : \"OVER_QUERY_LIMIT\"\n}",
			cred: apiKey("GOOGLE_MAPS_KEY", "AIzaSyB3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h", "", "key"), path: "/maps/api/place/autocomplete/json", want: RateLimited},
		{src: "https://github.com/gpustack/gpustack/issues/1479", name: "GPUStack 401 Invalid authentication credentials", status: 401,
			header: jsonCT(), body: `{"code":401,"reason":"Unauthorized","message":"Invalid authentication credentials"}`,
			cred: bearer("GPUSTACK_API_KEY", "gpustack_e748dc18c016076a_7dfb18e6d2a383317040a52f723d2c48"), method: "POST", path: "/v1/chat/completions", want: CredentialRejected},
		// The answer alone names the load balancer's deny rule; that the
		// rule refuses password logins is not in it.
		{src: "https://github.com/ddevault/RedditSharp/issues/218", name: "Reddit 403 Request forbidden by administrative rules to a password login", status: 403,
			header: map[string]string{"Content-Type": "text/html"}, body: "<html><body><h1>403 Forbidden</h1>\nRequest forbidden by administrative rules.\n</body></html>",
			cred: basicCred("ci-bot", "Wq8ZbV3kLmN0pQrS"), path: "/message/unread", want: BlockedByProxy},
		{src: "https://github.com/elastic/cloud-on-k8s/issues/7148", name: "Elasticsearch 403 assigned roles were not found", status: 403,
			header: jsonCT(), body: `{"error":{"root_cause":[{"type":"security_exception","reason":"action [cluster:monitor/main] is unauthorized for user [fluent] with effective roles [] (assigned roles [all,manage,monitor] were not found), this action is granted by the cluster privileges [monitor,manage,all]"}],"type":"security_exception","reason":"action [cluster:monitor/main] is unauthorized for user [fluent] with effective roles [] (assigned roles [all,manage,monitor] were not found), this action is granted by the cluster privileges [monitor,manage,all]"},"status":403}`,
			cred: basicCred("fluent", "Ix7pR2vT9mK4nB8c"), path: "/", want: PermissionDenied},
		{src: "https://github.com/pdaddyo/soundbounce-v2/issues/82", name: "Spotify 403 Player command failed: Premium required", status: 403,
			header: jsonCT(), body: "{\n  \"error\" : {\n    \"status\" : 403,\n    \"message\" : \"Player command failed: Premium required\",\n    \"reason\" : \"PREMIUM_REQUIRED\"\n  }\n}",
			cred: bearer("SPOTIFY_ACCESS_TOKEN", "BQD3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9j0kLmN0pQrS7tUvXy"), method: "PUT", path: "/v1/me/player/play", want: PermissionDenied},
	}
}

// lateMediaCases2: a second batch gathered after the late answers'
// one fix, run once unchanged.
func lateMediaCases2() []provCase {
	return []provCase{
		{src: "https://github.com/schulzefelix/laravel-bigquery/issues/7", name: "BigQuery 403 accessDenied User does not have bigquery.datasets.create permission", status: 403,
			// An IAM permission of the caller, not a scope of its token.
			header: jsonCT(), body: `{ "error": { "code": 403, "message": "Access Denied: Project alien-house-262216: User does not have bigquery.datasets.create permission in project alien-house-262216.", "errors": [ { "message": "Access Denied: Project alien-house-262216: User does not have bigquery.datasets.create permission in project alien-house-262216.", "domain": "global", "reason": "accessDenied" } ], "status": "PERMISSION_DENIED" } }`,
			cred: bearer("GCP_ACCESS_TOKEN", "ya29.a0AfB_byC4rZ8Qm2LkT9wXy7NbV3cD1fG4hJ6kL8mN0pQrS2tUvWxYz"), method: "POST", path: "/bigquery/v2/projects/alien-house-262216/datasets", want: PermissionDenied},
		{src: "https://github.com/FlowiseAI/Flowise/issues/2144", name: "Pinecone 403 Google Frontend page: client does not have permission to get URL", status: 403,
			header: map[string]string{"Content-Type": "text/html; charset=UTF-8"},
			body:   "<html><head>\n<meta http-equiv=\"content-type\" content=\"text/html;charset=utf-8\">\n<title>403 Forbidden</title>\n</head>\n<body text=#000000 bgcolor=#ffffff>\n<h1>Error: Forbidden</h1>\n<h2>Your client does not have permission to get URL <code>/indexes/gondola-site-gen</code> from this server.</h2>\n<h2></h2>\n</body></html>",
			cred:   apiKey("PINECONE_API_KEY", "8f3e2d1c-0b9a-4f8e-7d6c-5b4a3f2e1d0c", "Api-Key", ""), path: "/indexes/gondola-site-gen", want: PermissionDenied},
		{src: "https://github.com/uwaterloo/OpenData/issues/108", name: "uWaterloo Open Data 403 The provided API key has been banned", status: 403,
			header: jsonCT(), body: "{\n  \"meta\":{\n    \"requests\":0,\n    \"timestamp\":1393392973,\n    \"status\":403,\n    \"message\":\"The provided API key has been banned\",\n    \"method_id\":1381,\n    \"method\":{\n\n    }\n  }\n}",
			cred: apiKey("UW_API_KEY", "ead3606c6f096657ebd283b58bf316b6", "", "key"), path: "/v2/foodservices/locations.json", want: CredentialRejected},
		// The server echoes the key it does not know (the source hides it).
		{src: "https://github.com/cloudinary/cloudinary_npm/issues/288", name: "Cloudinary 401 Unknown API key, echoed", status: 401,
			header: jsonCT(), body: `{"error":{"message":"Unknown API key 614335564976464"}}`,
			cred: apiKey("CLOUDINARY_API_KEY", "614335564976464", "", "api_key"), path: "/v1_1/demo/image/download", want: CredentialRejected},
	}
}

func TestHeldoutMediaLate(t *testing.T) {
	runProviderCases(t, "media late answers", lateMediaCases())
	runProviderCases(t, "media late answers, second batch", lateMediaCases2())
}
