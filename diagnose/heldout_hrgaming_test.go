package diagnose

import (
	"testing"
	"time"
)

// hrgamingCases: a held-out round on HR, payroll, scheduling, education,
// gaming and streaming APIs (BambooHR, Gusto, ADP, Calendly, Cal.com,
// Zoom, Canvas LMS, Moodle web services, Blackboard, Steam Web API, Twitch
// Helix, Riot Games, Discord, Spotify, Epic Online Services, Xbox Live,
// PlayFab, Battle.net). Gathered and given their expected first cause from
// the catalog before the diagnosis code was read; a comment says why when
// two codes could fit. First run, before any fix: first cause right in 40
// of 53 (refusals 31 of 43, token endpoint refusals 4 of 4, non-refusals 5
// of 6 given no cause); 53 of 53 after the readings the misses lacked (an
// exception object in a 200, JSON or XML, read by its error code whatever
// the message's language; an access-control exception; a 404 whose code
// names a missing permission; a scope said missing unnamed; a list of
// faults written with slashes; a credential the answer asks to verify; a
// credential parameter said missing; a caller not authorized to perform
// an action; an Authorization scheme with a version, XBL3.0).
func hrgamingCases(now time.Time) []provCase {
	twitch := bearer("TWITCH_ACCESS_TOKEN", "pfzn88vavmt9hlgy6c33aonf2imako")
	spotify := bearer("SPOTIFY_ACCESS_TOKEN", "BQDj9v8Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9j0kLmN0pQrS7tUvXyZa1b2c3d4e5f6g")
	moodle := apiKey("MOODLE_WSTOKEN", "5ee41bb0f11b8f1c04412f2cb5c1a6c6", "", "wstoken")
	canvas := bearer("CANVAS_API_TOKEN", "7~nwWgNpGyKZZevEv3uMXvtMDLZejBXpO79yhAjxTqaqD1ldF5Oajqtq6DhZYVe8DM")
	zoom := bearer("ZOOM_ACCESS_TOKEN", "zm_s2s_Qw8ErTy7UiOpAsDfGhJkLzXcVbNm1234Wq8ZbV3k")
	riot := apiKey("RIOT_API_KEY", "RGAPI-3f2e1d0c-9b8a-4f6e-5d4c-3b2a1f0e9d8c", "X-Riot-Token", "")
	steam := apiKey("STEAM_WEB_API_KEY", "F8457BA7E0190EABEA5FB1D9D1281948", "", "key")
	discordBot := headerCred("Authorization", "DISCORD_BOT_TOKEN", "Bot MzA5NDQwNjc2ODc2MjU1MjMz.C-zIhQ.Wq8ZbV3kLmN0pQrS7tUvXyZa1b2")
	bnet := bearer("BNET_ACCESS_TOKEN", "USVb2zXq7pR2vT9mK4nB8cW3zL6yF1aQ")
	json := jsonCT
	twitchErr := func(status, msg string) string {
		return `{"error":"Unauthorized","status":` + status + `,"message":"` + msg + `"}`
	}
	moodleErr := func(exception, code, msg string) string {
		return `{"exception":"` + exception + `","errorcode":"` + code + `","message":"` + msg + `"}`
	}
	riotErr := func(msg, code string) string {
		return `{"status":{"message":"` + msg + `","status_code":` + code + `}}`
	}
	return []provCase{
		// Twitch Helix.
		{src: "https://github.com/true-dubach/node-twitch-webhook/issues/18", name: "Twitch 401 OAuth token is missing, nothing sent", status: 401,
			header: json(), body: twitchErr("401", "OAuth token is missing"), path: "/helix/streams", want: NoCredentialsSent},
		// The token belongs to another application than the Client-Id sent
		// (or none was sent): required_header_missing could fit when the
		// header is absent, but the words do not name a header, and with one
		// sent the pair is what is refused. credential_rejected.
		{src: "https://github.com/swiftyspiffy/twitch-token-generator/issues/10", name: "Twitch 401 Client ID and OAuth token do not match", status: 401,
			header: json(), body: twitchErr("401", "Client ID and OAuth token do not match"), cred: twitch, path: "/helix/streams/key", want: CredentialRejected},
		{src: "https://github.com/twitchdev/issues/issues/756", name: "Twitch 401 Invalid OAuth token, helix error envelope", status: 401,
			header: json(), body: twitchErr("401", "Invalid OAuth token"), cred: twitch, path: "/helix/users", want: CredentialRejected},
		{src: "https://github.com/twitchdev/issues/issues/836", name: "Twitch 401 missing scope moderator:read:follows", status: 401,
			header: json(), body: `{"data":[],"error":"Unauthorized","message":"missing scope moderator:read:follows","status":401}`, cred: twitch, path: "/helix/channels/followers", want: ServerInsufficientScope},
		{src: "https://github.com/anxdpanic/plugin.video.twitch/issues/372", name: "Twitch 401 missing required oauth scope", status: 401,
			header: json(), body: twitchErr("401", "missing required oauth scope"), cred: twitch, path: "/kraken/videos/followed", want: ServerInsufficientScope},

		// Spotify Web API.
		{src: "https://github.com/wardbox/spotishell/issues/18", name: "Spotify 401 The access token expired", status: 401,
			header: json(), body: "{\n  \"error\": {\n    \"status\": 401,\n    \"message\": \"The access token expired\"\n  }\n}", cred: spotify, path: "/v1/search", want: TokenExpired},
		// "Missing/invalid/expired" lists three readings; the token was sent,
		// and nothing says which: credential_rejected rather than
		// token_expired.
		{src: "https://github.com/jwilsson/spotify-web-api-php/issues/288", name: "Spotify 401 Missing/invalid/expired access token", status: 401,
			header: json(), body: `{"error":{"status":401,"message":"Missing/invalid/expired access token"}}`, cred: spotify, path: "/v1/search", want: CredentialRejected},
		{src: "https://github.com/spotify/web-api/issues/387", name: "Spotify 403 Insufficient client scope", status: 403,
			header: json(), body: "{\n  \"error\" : {\n    \"status\" : 403,\n    \"message\" : \"Insufficient client scope\"\n  }\n}", cred: spotify, method: "POST", path: "/v1/users/acme/playlists/37i9dQZF1DX/tracks", want: ServerInsufficientScope},
		// An app in development mode refuses users not on its allow list:
		// the token is fine, the user is not allowed.
		{src: "https://github.com/JohnnyCrazy/SpotifyAPI-NET/issues/700", name: "Spotify 403 User not registered in the Developer Dashboard", status: 403,
			header: map[string]string{"Content-Type": "text/plain; charset=utf-8"}, body: "User not registered in the Developer Dashboard", cred: spotify, path: "/v1/me", want: PermissionDenied},
		{src: "https://developer.spotify.com/documentation/web-api/concepts/rate-limits", name: "Spotify 429 API rate limit exceeded, Retry-After", status: 429,
			header: json("Retry-After", "27"), body: `{"error":{"status":429,"message":"API rate limit exceeded"}}`, cred: spotify, path: "/v1/artists", want: RateLimited},

		// Moodle web services answer 200 with an exception object (JSON or XML).
		{src: "https://github.com/dualcube/moodle-enrol_stripepayment/issues/120", name: "Moodle 200 invalidtoken exception (JSON)", status: 200,
			header: json(), body: moodleErr("moodle_exception", "invalidtoken", "Invalid token - token not found"), cred: moodle, path: "/webservice/rest/server.php?wsfunction=core_webservice_get_site_info&moodlewsrestformat=json", want: CredentialRejected},
		{src: "https://github.com/mudrd8mz/node-moodle-client/issues/12", name: "Moodle 200 invalidtoken exception (XML)", status: 200,
			header: map[string]string{"Content-Type": "application/xml; charset=utf-8"}, body: "<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n<EXCEPTION class=\"moodle_exception\">\n<ERRORCODE>invalidtoken</ERRORCODE>\n<MESSAGE>Invalid token - token not found</MESSAGE>\n</EXCEPTION>\n",
			cred: moodle, method: "POST", path: "/webservice/rest/server.php?wsfunction=core_user_create_users", want: CredentialRejected},
		{src: "https://github.com/Myddleware/myddleware/issues/395", name: "Moodle 200 accessexception: access to the function is not allowed", status: 200,
			header: json(), body: "{\n    \"exception\": \"webservice_access_exception\",\n    \"errorcode\": \"accessexception\",\n    \"message\": \"Access control exception\",\n    \"debuginfo\": \"Access to the function core_webservice_get_site_info() is not allowed.\\n                     There could be multiple reasons for this:\\n                     1. The service linked to the user token does not contain the function.\\n                     2. The service is user-restricted and the user is not listed.\\n                     3. The service is IP-restricted and the user IP is not listed.\\n                     4. The service is time-restricted and the time has expired.\\n                     5. The token is time-restricted and the time has expired.\\n                     6. The service requires a specific capability which the user does not have.\\n                     7. The function is called with username/password (no user token is sent)\\n                     and none of the services has the function to allow the user.\\n                     These settings can be found in Administration > Site administration\\n                     > Plugins > Web services > External services and Manage tokens.\"\n}",
			cred: moodle, path: "/webservice/rest/server.php?wsfunction=core_webservice_get_site_info&moodlewsrestformat=json", want: PermissionDenied},
		{src: "https://github.com/catalyst/moodle-auth_userkey/issues/90", name: "Moodle 200 accessexception: missing capability webservice/rest:use", status: 200,
			header: json(), body: `{"exception":"webservice_access_exception","errorcode":"accessexception","message":"Access control exception (You are not allowed to use the rest protocol (missing capability: webservice\/rest:use))","debuginfo":"You are not allowed to use the rest protocol (missing capability: webservice\/rest:use)"}`,
			cred: moodle, method: "POST", path: "/webservice/rest/server.php", want: PermissionDenied},
		// The message is localised (French); the exception and code are not.
		{src: "https://github.com/catalyst/moodle-webservice_restful/issues/14", name: "Moodle 200 accessexception with a French message", status: 200,
			header: json(), body: moodleErr("webservice_access_exception", "accessexception", "Exception du contrôle d'accès"), cred: moodle, path: "/webservice/rest/server.php?wsfunction=core_course_get_courses&moodlewsrestformat=json", want: PermissionDenied},

		// Canvas LMS.
		{src: "https://github.com/instructure/canvas-lms/issues/1912", name: "Canvas 401 Invalid access token.", status: 401,
			header: json(), body: "{\n    \"errors\": [\n        {\n            \"message\": \"Invalid access token.\"\n        }\n    ]\n}", cred: canvas, path: "/api/v1/accounts/1/users", want: CredentialRejected},
		{src: "https://github.com/hypothesis/lms/issues/2287", name: "Canvas 401 Insufficient scopes on access token.", status: 401,
			header: json(), body: `{"errors":[{"message":"Insufficient scopes on access token."}],"error_report_id":1099}`, cred: canvas, path: "/api/v1/courses/125/files", want: ServerInsufficientScope},
		{src: "https://github.com/davekats/canvas-student-data-export/issues/45", name: "Canvas 401 user authorization required, a token sent", status: 401,
			header: json(), body: `{"errors":[{"message":"user authorization required"}]}`, cred: canvas, path: "/api/v1/courses/182727", want: CredentialRejected},
		// Canvas answers 401 for an action the (valid) user may not take.
		{src: "https://github.com/tl-its-umich-edu/canvas-course-manager-next/pull/306", name: "Canvas 401 user not authorized to perform that action", status: 401,
			header: json(), body: `{"status":"unauthorized","errors":[{"message":"user not authorized to perform that action"}]}`, cred: canvas, path: "/api/v1/sections/4411/enrollments", want: PermissionDenied},

		// Zoom.
		{src: "https://github.com/MacsiDigital/laravel-zoom/issues/22", name: "Zoom 401 code 124 Invalid access token.", status: 401,
			header: json(), body: `{"code":124,"message":"Invalid access token."}`, cred: zoom, path: "/v2/users", want: CredentialRejected},
		{src: "https://github.com/tl-its-umich-edu/remote-office-hours-queue/issues/512", name: "Zoom 401 code 124 Access token is expired.", status: 401,
			header: json(), body: `{"code":124,"message":"Access token is expired."}`, cred: zoom, method: "POST", path: "/v2/users/me/meetings", want: TokenExpired},
		{src: "https://github.com/JubaerHossain/zoom-laravel/issues/15", name: "Zoom 400 code 4711 token does not contain scopes", status: 400,
			header: json(), body: `{"code":4711,"message":"Invalid access token, does not contain scopes:[user:read:list_users:admin]."}`, cred: zoom, path: "/v2/users?page_size=300&status=active", want: ServerInsufficientScope},
		{src: "https://developers.zoom.us/docs/api/rate-limits/", name: "Zoom 429 maximum per-second rate limit", status: 429,
			header: json("X-RateLimit-Category", "Light", "X-RateLimit-Type", "QPS"), body: `{"code":429,"message":"You have reached the maximum per-second rate limit for this API. Try again later."}`, cred: zoom, path: "/v2/users", want: RateLimited},

		// Riot Games.
		{src: "https://github.com/RiotGames/developer-relations/issues/1107", name: "Riot 401 Unknown apikey", status: 401,
			header: json(), body: riotErr("Unknown apikey", "401"), cred: riot, path: "/lol/summoner/v4/summoners/by-puuid/abc", want: CredentialRejected},
		// A bare Forbidden: Riot means an expired development key as well as
		// a route the key is not approved for; nothing in the answer tells
		// which, so the 403's reading (not allowed) stands.
		{src: "https://github.com/RiotGames/developer-relations/issues/516", name: "Riot 403 Forbidden (route not approved for the key)", status: 403,
			header: json(), body: riotErr("Forbidden", "403"), cred: riot, path: "/lol/match/v5/matches/by-puuid/abc/ids", want: PermissionDenied},
		{src: "https://github.com/taycaldwell/riot-api-java/pull/101", name: "Riot 401 Unauthorized, no key sent", status: 401,
			header: json(), body: riotErr("Unauthorized", "401"), path: "/lol/status/v3/shard-data", want: NoCredentialsSent},
		{src: "https://developer.riotgames.com/docs/portal#web-apis_rate-limiting", name: "Riot 429 Rate limit exceeded, X-Rate-Limit-Type application", status: 429,
			header: json("Retry-After", "12", "X-Rate-Limit-Type", "application", "X-App-Rate-Limit", "20:1,100:120", "X-App-Rate-Limit-Count", "21:1,37:120"), body: riotErr("Rate limit exceeded", "429"),
			cred: riot, path: "/lol/league/v4/entries/RANKED_SOLO_5x5/IRON/I", want: RateLimited},

		// Steam Web API.
		{src: "https://github.com/BeepIsla/csgo-commend-bot/issues/54", name: "Steam 403 HTML Please verify your key= parameter", status: 403,
			header: map[string]string{"Content-Type": "text/html; charset=UTF-8"}, body: "<html><head><title>Forbidden</title></head><body><h1>Forbidden</h1>Access is denied. Retrying will not help. Please verify your <pre>key=</pre> parameter.</body></html>",
			cred: steam, path: "/ISteamUser/GetPlayerBans/v1/?steamids=76561198114346529", want: CredentialRejected},
		{src: "https://github.com/koraktor/steam-condenser/issues/306", name: "Steam 400 Required parameter 'key' is missing, nothing sent", status: 400,
			header: map[string]string{"Content-Type": "text/html; charset=UTF-8"}, body: "<html><head><title>Bad Request</title></head><body><h1>Bad Request</h1>Required parameter 'key' is missing</body></html>",
			path: "/ISteamUser/GetFriendList/v1/?steamid=76561197960435530", want: NoCredentialsSent},

		// Discord.
		{src: "https://github.com/discord/discord-api-docs/issues/602", name: "Discord 401 the bot token sent without its Bot scheme", status: 401,
			header: json(), body: `{"message": "401: Unauthorized", "code": 0}`, cred: headerCred("Authorization", "DISCORD_BOT_TOKEN", "MzA5NDQwNjc2ODc2MjU1MjMz.C-zIhQ.Wq8ZbV3kLmN0pQrS7tUvXyZa1b2"), path: "/api/v10/users/@me", want: PrefixMissing},
		{src: "https://github.com/discord-net/Discord.Net/issues/891", name: "Discord 401 Unauthorized (the client secret in place of the token)", status: 401,
			header: json(), body: `{"message": "401: Unauthorized", "code": 0}`, cred: discordBot, path: "/api/v10/users/@me", want: CredentialRejected},
		{src: "https://discord.com/developers/docs/topics/opcodes-and-status-codes#json-json-error-codes", name: "Discord 403 Missing Access 50001, channel messages", status: 403,
			header: json(), body: `{"message": "Missing Access", "code": 50001}`, cred: discordBot, path: "/api/v10/channels/81384788765712384/messages", want: PermissionDenied},
		{src: "https://discord.com/developers/docs/topics/rate-limits#exceeding-a-rate-limit", name: "Discord 429 You are being rate limited", status: 429,
			header: json("X-RateLimit-Limit", "5", "X-RateLimit-Remaining", "0", "X-RateLimit-Reset-After", "64.57", "X-RateLimit-Scope", "user", "Retry-After", "65"),
			body:   `{"message": "You are being rate limited.", "retry_after": 64.57, "global": false}`, cred: discordBot, method: "POST", path: "/api/v10/channels/81384788765712384/messages", want: RateLimited},

		// Epic Online Services, Xbox Live, PlayFab, Battle.net.
		{src: "https://github.com/LeleDerGrasshalmi/FortniteEndpointsDocumentation/issues/424", name: "Epic 401 token_verification_failed 1031", status: 401,
			header: json(), body: "{\n   \"errorCode\":\"errors.com.epicgames.common.authentication.token_verification_failed\",\n   \"errorMessage\":\"Sorry we couldn't validate your token. Please try with a new token.\",\n   \"messageVars\":[],\n   \"numericErrorCode\":1031,\n   \"originatingService\":\"friends\",\n   \"intent\":\"prod\"\n}",
			cred: bearer("EPIC_ACCESS_TOKEN", "eg1~Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g"), path: "/friends/api/v1/8f3c2a1b4d5e6f70/summary", want: CredentialRejected},
		// The Microsoft account has no Xbox profile: the user token is read
		// and refused for this account, with a code and no words.
		{src: "https://github.com/Voxelum/x-minecraft-launcher/issues/1445", name: "Xbox XSTS 401 XErr 2148916233 (no Xbox account)", status: 401,
			header: json(), body: `{"Identity":"0","XErr":2148916233,"Message":"","Redirect":"https://start.ui.xboxlive.com/CreateAccount"}`,
			cred: headerCred("Authorization", "XBL_USER_TOKEN", "XBL3.0 x=1234567890123456789;eyJlbmMiOiJBMTI4Q0JDK0hTMjU2In0.opaque.Wq8ZbV3kLmN0"), method: "POST", path: "/xsts/authorize", want: CredentialRejected},
		{src: "https://github.com/PlayFab/UnrealBlueprintSDK/issues/9", name: "PlayFab 401 NotAuthenticated 1074, no session ticket sent", status: 401,
			header: json(), body: `{"code":401,"status":"Unauthorized","error":"NotAuthenticated","errorCode":1074,"errorMessage":"This API method does not allow anonymous callers."}`,
			method: "POST", path: "/Client/GetTitleData", want: NoCredentialsSent},
		{src: "https://github.com/benweier/blizzard.js/issues/84", name: "Battle.net 401 BLZWEBAPI00000401 Unauthorized", status: 401,
			header: json(), body: `{"code":401,"type":"BLZWEBAPI00000401","detail":"Unauthorized"}`, cred: bnet, path: "/profile/wow/character/amanthul/charni", want: CredentialRejected},
		{src: "https://github.com/Nighthawk42/bnet_auth_tool/issues/2", name: "Battle.net 401 invalid_token Invalid SSO token.", status: 401,
			header: json(), body: `{"error":"invalid_token","error_description":"Invalid SSO token."}`, cred: bnet, method: "POST", path: "/oauth/sso", want: ServerInvalidToken},

		// Scheduling: Calendly, Cal.com.
		{src: "https://developer.calendly.com/api-docs/", name: "Calendly 401 Unauthenticated: The access token is invalid", status: 401,
			header: json(), body: `{"title":"Unauthenticated","message":"The access token is invalid"}`, cred: bearer("CALENDLY_PAT", "eyJraWQiOiIxY2UxZTEzNjE3ZGNmNzY2YjNjZWJjY2Y4ZGM1YmFmYThhNjVlNjg0MDIzZjdjMzJiZTgzNDliMjM4MDEzNWI0IiwidHlwIjoiUEFUIiwiYWxnIjoiRVMyNTYifQ.opaque.Wq8ZbV3kLmN0"), path: "/users/me", want: CredentialRejected},
		{src: "https://github.com/calcom/cal.diy/issues/21351", name: "Cal.com 401 OAuth client not found given the access token", status: 401,
			header: json(), body: "{\n  \"status\": \"error\",\n  \"timestamp\": \"2025-05-13T07:36:27.475Z\",\n  \"path\": \"/v2/me\",\n  \"error\": {\n    \"code\": \"UnauthorizedException\",\n    \"message\": \"ApiAuthStrategy - access token - OAuth client not found given the access token\",\n    \"details\": {\n      \"message\": \"ApiAuthStrategy - access token - OAuth client not found given the access token\",\n      \"error\": \"Unauthorized\",\n      \"statusCode\": 401\n    }\n  }\n}",
			cred: bearer("CAL_ACCESS_TOKEN", "eyJhbGciOiJIUzI1NiJ9.opaque.Wq8ZbV3kLmN0pQrS7tUv"), path: "/v2/me", want: CredentialRejected},

		// HR and payroll: BambooHR, Gusto, ADP.
		// BambooHR says why in a header, not the body; the key is the Basic
		// user name with the password "x".
		{src: "https://documentation.bamboohr.com/docs/api-details", name: "BambooHR 401 X-BambooHR-Error-Message: Invalid API key", status: 401,
			header: map[string]string{"Content-Type": "text/html; charset=UTF-8", "X-BambooHR-Error-Message": "Invalid API key"},
			cred:   basicCred("a1b2c3d4e5f60718293a4b5c6d7e8f9012345678", "x"), path: "/api/gateway.php/acme/v1/employees/directory", want: CredentialRejected},
		// A 404 whose category names the missing permission: the endpoint is
		// for another product tier the application is not let into.
		{src: "https://docs.gusto.com/app-integrations/docs/error-categories", name: "Gusto 404 category missing_permissions (Gusto Embedded endpoint)", status: 404,
			header: json(), body: "{\n  \"errors\": [\n    {\n      \"error_key\": \"request\",\n      \"category\": \"missing_permissions\",\n      \"message\": \"This endpoint is part of Gusto Embedded. Please contact developer@gusto.com if you'd like to have more information and use it for production. Note, this may require you to enter a different agreement with Gusto.\"\n    }\n  ]\n}",
			cred: bearer("GUSTO_ACCESS_TOKEN", "Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9j0"), method: "POST", path: "/v1/companies/7756341740/payrolls", want: NotFoundHidesPermission},
		{src: "https://github.com/adplabs/adp-connection-NET/issues/16", name: "ADP 403 confirmMessage protocolStatusCode 403", status: 403,
			header: json("Server", "ADP API"), body: "{\n   \"confirmMessage\":{\n      \"confirmMessageID\":{\n         \"idValue\":\"70b6e7d7-66e5-4a75-b08f-170d805e10df\",\n         \"schemeName\":\"confirmMessageID\",\n         \"schemeAgencyName\":\"Marketplace\"\n      },\n      \"createDateTime\":\"2018-08-04T13:40:43.211Z\",\n      \"protocolStatusCode\":{\n         \"codeValue\":403\n      },\n      \"protocolCode\":{\n         \"codeValue\":\"http\"\n      },\n      \"requestStatusCode\":{\n         \"codeValue\":\"failed\"\n      },\n      \"requestMethodCode\":{\n         \"codeValue\":\"POST\"\n      },\n      \"requestLink\":{\n         \"href\":\"/events/core/v1/consumer-application-subscription-credentials.read\",\n         \"rel\":\"related\",\n         \"method\":\"POST\"\n      }\n   }\n}",
			cred: bearer("ADP_ACCESS_TOKEN", "b8da7f74-e594-41eb-9b59-dff09ee900f1"), method: "POST", path: "/events/core/v1/consumer-application-subscription-credentials.read", want: PermissionDenied},
	}
}

// hrgamingTokenCases: the round's token endpoint refusals (ADP, Epic,
// Blackboard).
func hrgamingTokenCases() []tokenCase {
	return []tokenCase{
		{src: "https://github.com/adplabs/adp-connection-NET/issues/10", name: "ADP token 401 invalid_client the given client credentials were not valid", status: 401,
			body: `{"error":"invalid_client","error_description":"The given client credentials were not valid"}`, want: CredentialRejected},
		// The client's TLS certificate (mTLS) was not the one registered: no
		// code speaks of a missing client certificate, and the client is not
		// accepted; credential_rejected.
		{src: "https://github.com/adplabs/adp-connection-NET/issues/27", name: "ADP token 401 proper client ssl certificate was not presented", status: 401,
			body: `{"error":"invalid_request","error_description":"proper client ssl certificate was not presented"}`, want: CredentialRejected},
		{src: "https://github.com/MixV2/EpicResearch/issues/77", name: "Epic token 400 unauthorized_client not allowed the grant type token_to_token", status: 400,
			body: `{"errorCode":"errors.com.epicgames.common.oauth.unauthorized_client","errorMessage":"Sorry your client is not allowed to use the grant type token_to_token","messageVars":[],"numericErrorCode":1015,"originatingService":"com.epicgames.account.public","intent":"prod","error_description":"Sorry your client is not allowed to use the grant type token_to_token","error":"unauthorized_client"}`, want: PermissionDenied},
		// The application key is real but not registered with this Learn
		// site: not enabled here, credential_rejected.
		{src: "https://github.com/blackboard/BBDN-LTI-Tool-Provider-Node/issues/71", name: "Blackboard token invalid_grant application not registered with site", status: 400,
			body: `{"error":"invalid_grant","error_description":"Application ed94095b-d7ed-4505-a394-fe0fba438c32 not registered with site 5cff1b07-aa18-4423-9025f2c31dd"}`, want: CredentialRejected},
	}
}

// hrgamingNonRefusals: answers of the same providers that look like auth
// but are not: validation naming a token field, a deprecated or unknown
// route, an error object in a 200 about a parameter, an outage.
func hrgamingNonRefusals() []fpCase {
	return []fpCase{
		{src: "https://discord.com/developers/docs/reference#error-messages", name: "Discord 400 Invalid Form Body: access_token field required", status: 400, header: jsonCT(),
			body: `{"code": 50035, "errors": {"access_token": {"_errors": [{"code": "BASE_TYPE_REQUIRED", "message": "This field is required"}]}}, "message": "Invalid Form Body"}`},
		{src: "https://docs.gusto.com/app-integrations/docs/error-categories", name: "Gusto 406 invalid_api_version", status: 406, header: jsonCT(),
			body: `{"errors":[{"error_key":"request","category":"invalid_api_version","message":"Invalid API Version ` + "`2023`" + `. Expected format: YYYY-MM-DD"}]}`},
		{src: "https://github.com/zulip/zulip/pull/33057", name: "Zoom 404 code 1001 User does not exist", status: 404, header: jsonCT(),
			body: `{"code":1001,"message":"User does not exist: jane@example.com."}`},
		{src: "https://github.com/atheriel/helm-twitch/issues/3", name: "Twitch 404 endpoint deprecated", status: 404, header: jsonCT(),
			body: `{"error":"Not Found","status":404,"message":"This endpoint is deprecated and will be shutdown on July 28, 2021. Applications that have not accessed this endpoint before June 28, 2021 can no longer call this endpoint. For more information, see https://discuss.dev.twitch.tv/t/deprecation-of-create-and-delete-follows-api-endpoints"}`},
		{src: "https://github.com/catalyst/moodle-auth_userkey/issues/65", name: "Moodle 200 invalid_parameter_exception", status: 200, header: jsonCT(),
			body: `{"exception":"invalid_parameter_exception","errorcode":"invalidparameter","message":"Invalid parameter value detected"}`},
		{src: "https://github.com/Sandertv/gophertunnel/issues/16", name: "Xbox Live 503 Service Unavailable (outage)", status: 503, header: map[string]string{"Content-Type": "text/html"},
			body: "<html><body><h1>503 Service Unavailable</h1>No server is available to handle this request.</body></html>"},
	}
}

// TestHeldoutHrgaming reports top-1 on the HR, scheduling, education,
// gaming and streaming round: the refusals as runProviderCases serves
// them, the token endpoint refusals as the runner reads a client
// credentials refusal, and the non-refusals, which must get no cause.
func TestHeldoutHrgaming(t *testing.T) {
	cases := hrgamingCases(time.Now())
	if n := len(cases) + len(hrgamingTokenCases()) + len(hrgamingNonRefusals()); n < 40 {
		t.Fatalf("%d cases, want at least 40", n)
	}
	runProviderCases(t, "hrgaming held-out corpus", cases)
	runTokenCases(t, hrgamingTokenCases())
	runFalsePositives(t, "hrgaming non-refusals", hrgamingNonRefusals())
}

// lateHrgamingCases: answers of the same category gathered after the
// round's fixes, run once unchanged before any further reading;
// expectations from the catalog. First run: 6 of 8 (refusals 4 of 6,
// non-refusals 2 of 2). Both misses were Cal.com's: the case put a
// cal_live_ key in the harness's default staging environment, so
// live_key_outside_production came first; corrected to production, where
// those users called the API (the case, not the code), "These credentials
// do not belong to you" was still read as a refused credential. 8 of 8
// after one general reading: an object said not to be the caller's is a
// permission (the server knows who "you" are).
func lateHrgamingCases() []provCase {
	calcom := bearer("CAL_API_KEY", "cal_live_8f3c2a1b4d5e6f708192a3b4c5d6e7f8")
	return []provCase{
		// A localised message (Spanish); the error code says the token.
		{src: "https://github.com/catalyst/moodle-auth_userkey/issues/42", name: "Moodle 200 invalidtoken with a Spanish message", status: 200,
			header: jsonCT(), body: `{"exception":"moodle_exception","errorcode":"invalidtoken","message":"Ficha (token) no v\u00e1lida - ficha no encontrada"}`,
			cred: apiKey("MOODLE_WSTOKEN", "9d2f0b7c4e1a8f3b6c5d2e9a0f1b4c7d", "", "wstoken"), method: "POST", path: "/webservice/rest/server.php?wsfunction=auth_userkey_request_login_url&moodlewsrestformat=json", want: CredentialRejected},
		{src: "https://github.com/Lioncat6/OSC-Chat-Tools/issues/32", name: "Spotify 403 the user is not registered for this application", status: 403,
			header: jsonCT(), body: `{"error":{"status":403,"message":"The user is not registered for this application. Please check your settings on https://developer.spotify.com/dashboard."}}`,
			cred: bearer("SPOTIFY_ACCESS_TOKEN", "BQCx7Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9j0kLmN0pQrS7tUvXyZa1b2c3d"), path: "/v1/me", want: PermissionDenied},
		// The calendar credential named in the request (an id, data) is
		// another user's: the caller is known ("you"), the resource is not
		// theirs. credential_rejected could be read from "credentials", but
		// the API key was accepted.
		{src: "https://github.com/calcom/cal.diy/issues/22994", name: "Cal.com 401 These credentials do not belong to you", status: 401,
			header: jsonCT(), body: `{"status":"error","timestamp":"2025-08-09T10:12:43.475Z","path":"/v2/calendars/busy-times","error":{"code":"UnauthorizedException","message":"These credentials do not belong to you"}}`,
			cred: calcom, env: "production", path: "/v2/calendars/busy-times?credentialId=1234&externalId=primary", want: PermissionDenied},
		{src: "https://github.com/calcom/cal.diy/issues/21630", name: "Cal.com 401 HTTP Error 401", status: 401,
			header: jsonCT(), body: "{\n    \"statusCode\": 401,\n    \"message\": \"HTTP Error 401\"\n}", cred: calcom, env: "production", method: "POST", path: "/v2/bookings/4f6e5d4c/reschedule", want: CredentialRejected},
		{src: "https://github.com/MixV2/EpicResearch/issues/156", name: "Epic 401 authentication_failed 1032", status: 401,
			header: jsonCT(), body: `{"errorCode":"errors.com.epicgames.common.authentication.authentication_failed","errorMessage":"Authentication failed for /api/oauth/deviceAuthorization","messageVars":["/api/oauth/deviceAuthorization"],"numericErrorCode":1032,"originatingService":"com.epicgames.account.public","intent":"prod"}`,
			cred: basicCred("98f7e42c2e3a4f86a74eb43fbb41ed39", "0a2449a2-001a-451e-afec-3e812901c4d7"), method: "POST", path: "/account/api/oauth/deviceAuthorization", want: CredentialRejected},
		// Huntflow (recruiting): the reason as a list under "errors".
		{src: "https://github.com/huntflow/api/pull/164", name: "Huntflow 401 Invalid access token, bad_authorization", status: 401,
			header: map[string]string{"Content-Type": "application/json; charset=UTF-8", "Server": "TornadoServer/6.0.3"}, body: "{\n    \"description\": \"Invalid access token\",\n    \"errors\": [\n        {\n            \"type\": \"oauth\",\n            \"value\": [\n                \"bad_authorization\"\n            ]\n        }\n    ]\n}",
			cred: bearer("HUNTFLOW_TOKEN", "4f2b9c1d7e6a5b8c3d0e9f1a2b7c6d5e4f3a2b1c"), path: "/me", want: CredentialRejected},
	}
}

// lateHrgamingNonRefusals: late answers that are not refusals: a code the
// request carried as data said invalid, an outage.
func lateHrgamingNonRefusals() []fpCase {
	return []fpCase{
		{src: "https://github.com/Nighthawk42/bnet_auth_tool/issues/3", name: "Battle.net 400 invalid restore code (data)", status: 400, header: jsonCT(),
			body: `{"errorCode": "BLZBNTARA10000102", "message": "Failed to attach authenticator; invalid restore code."}`},
		{src: "https://github.com/twitchdev/issues/issues/592", name: "Twitch 500 Internal Server Error", status: 500, header: jsonCT(),
			body: `{"error":"Internal Server Error","status":500,"message":""}`},
	}
}

// TestHeldoutHrgamingLate: see lateHrgamingCases.
func TestHeldoutHrgamingLate(t *testing.T) {
	runProviderCases(t, "hrgaming late answers", lateHrgamingCases())
	runFalsePositives(t, "hrgaming late non-refusals", lateHrgamingNonRefusals())
}
