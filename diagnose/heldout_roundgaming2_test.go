package diagnose

import (
	"testing"

	"github.com/authspec/authspec/vocab"
)

// roundgaming2Cases: a second held-out round on gaming and esports APIs,
// answers no corpus held: Nakama (Heroic Labs' open-source game server:
// its gRPC gateway, its RPC handler and its console), Lichess's OAuth
// scopes, osu!'s API (osu-web), Modrinth's labrinth, PlayFab's Entra ID
// calls and throttling, Twitch Helix chat moderation and a wrong scheme,
// itch.io's server-side API, CurseForge's Core API, Epic's game services
// (missing_action, forbidden 1003) and Battle.net's old Mashery gateway.
// Most bodies are byte for byte from the servers' own source at a commit
// (Nakama, lila, osu-web, labrinth); the others are quoted in issue threads
// or the provider's documentation, and a comment says where a status or an
// envelope is not from the source. Expectations were set from the catalog
// (docs/diagnosis.md) before the diagnosis code was read; a comment says
// why where two codes could fit. First run, before any fix: first cause
// right in 29 of 33 (refusals 24 of 27, non-refusals 5 of 6). Misses:
// Nakama's "Server key invalid" to a server key sent as Basic's user name
// with an empty password read credential_missing (the empty password
// taken for a missing one); osu!'s "your account has been disabled" read
// deprecated_auth_method; Epic's missing_action "Login is banned or does
// not posses the action 'PLAY'" read credential_rejected; Modrinth's 410
// api_deprecated ("an outdated version of Modrinth's API") read
// deprecated_auth_method where it must get no cause.
func roundgaming2Cases() []provCase {
	const (
		nakama    = "https://github.com/heroiclabs/nakama/blob/73ad9c15d64e75eba241a80211ba1adb94019010/server/"
		lila      = "https://github.com/lichess-org/lila/blob/d99cb8dbe029922d13c0a243b4320e0c5b917744/modules/oauth/src/main/OAuthServer.scala"
		osuWeb    = "https://github.com/ppy/osu-web/blob/3f5de518e87e9a9a3fb75334f691b548989edc6e/"
		labrinth  = "https://github.com/modrinth/code/blob/1b08d2741bd78258254f849fbd13755d785f6d4c/apps/labrinth/src/routes/mod.rs"
		labAuth   = "https://github.com/modrinth/code/blob/89180db6bc90985a401d987320d4462f25482480/apps/labrinth/src/auth/validate.rs"
		playfabEn = "https://github.com/MicrosoftDocs/playfab-docs/blob/61763f704e3af5582049911db977110685581493/playfab-docs/identity/dev-identity/authentication/entra-id-api-authentication.md"
	)
	json := jsonCT
	// grpcStatus: grpc-gateway v2's default error body for a gRPC status,
	// as Nakama's gateway marshals it (the envelope is the library's, the
	// code and message Nakama's source).
	grpcStatus := func(code, msg string) string {
		return `{"code":` + code + `,"message":"` + msg + `","details":[]}`
	}
	// nakamaRPC: the RPC handler's own bytes (api_rpc.go's fixed bodies).
	nakamaRPC := func(msg, code string) string {
		return `{"error":"` + msg + `","message":"` + msg + `","code":` + code + `}`
	}
	// The server key is Basic's user name with a literal password: "" (the
	// runner sends no password value to diagnose for it).
	serverKey := &Credential{Name: "nakama_server", Type: vocab.CredBasic, Values: []Value{
		{Source: "NAKAMA_SERVER_KEY", Value: "nk_srv_7Qm2Xv9Lp4Rt8Wz3", EnvFile: ".env.staging", Field: vocab.FieldUsername}}}
	session := bearer("NAKAMA_SESSION_TOKEN", makeJWT(map[string]any{"tid": "a4d1c2e0-5f6b-4c7d-8e9f-0a1b2c3d4e5f", "uid": "8f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b", "usn": "player1", "exp": 1999999999}))
	httpKey := apiKey("NAKAMA_HTTP_KEY", "nk_http_Wq8ZbV3kLmN0pQrS7tUv", "", "http_key")
	console := basicCred("admin", "Wq8ZbV3kLmN0pQrS")
	consoleToken := bearer("NAKAMA_CONSOLE_TOKEN", makeJWT(map[string]any{"uid": "3c2b1a09-8f7e-6d5c-4b3a-2910f8e7d6c5", "usn": "analyst", "acl": "AAE=", "exp": 1999999999}))
	lichess := bearer("LICHESS_TOKEN", "lip_Wq8ZbV3kLmN0pQrS7tUv")
	osu := bearer("OSU_ACCESS_TOKEN", makeJWT(map[string]any{"aud": "31337", "sub": "2", "scopes": []string{"public"}, "exp": 1999999999}))
	modrinth := bearer("MODRINTH_PAT", "mrp_Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8")
	entra := bearer("PLAYFAB_ENTRA_TOKEN", makeJWT(map[string]any{"aud": "448adbda-b8d8-4f33-a1b0-ac58cf44d4c1", "scp": "plugin", "exp": 1999999999}))
	playfabSecret := apiKey("PLAYFAB_SECRET_KEY", "Q7WZP2LX9RT3VB8NC1MF6GH5JK0LQ2WS9ED4RF5TG6YH7UJ8IK", "X-SecretKey", "")
	twitch := bearer("TWITCH_ACCESS_TOKEN", "cfabdegwdoklmawdzdo98xt2fo512y")
	itchKey := "Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i"
	curse := apiKey("CF_API_KEY", "$2a$10$Wq8ZbV3kLmN0pQrS7tUvXe1b2c3d4e5f6g7h8i9j0kLmN0pQrS7tU", "x-api-key", "")
	epic := bearer("EPIC_ACCESS_TOKEN", "eg1~Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g")
	epicErr := func(code, msg, vars string, num, service, intent string) string {
		return `{"errorCode":"` + code + `","errorMessage":"` + msg + `","messageVars":` + vars + `,"numericErrorCode":` + num + `,"originatingService":"` + service + `","intent":"` + intent + `"}`
	}
	return []provCase{
		// Nakama's gRPC gateway: the authentication calls take the server
		// key as Basic's user name; every other call takes a session token.
		{src: nakama + "api.go", name: "Nakama 401 code 16 Server key invalid", status: 401,
			header: json(), body: grpcStatus("16", "Server key invalid"), cred: serverKey, method: "POST", path: "/v2/account/authenticate/device?create=true", want: CredentialRejected},
		{src: nakama + "api.go", name: "Nakama 401 code 16 Server key required, nothing sent", status: 401,
			header: json(), body: grpcStatus("16", "Server key required"), method: "POST", path: "/v2/account/authenticate/custom?create=true", want: NoCredentialsSent},
		{src: nakama + "api.go", name: "Nakama 401 code 16 Auth token invalid (session token)", status: 401,
			header: json(), body: grpcStatus("16", "Auth token invalid"), cred: session, path: "/v2/account", want: CredentialRejected},
		{src: nakama + "api.go", name: "Nakama 401 code 16 Auth token required, nothing sent", status: 401,
			header: json(), body: grpcStatus("16", "Auth token required"), path: "/v2/friend", want: NoCredentialsSent},
		// A leaderboard whose writes only the server's runtime may make: the
		// player's session is known and refused this operation.
		{src: nakama + "api_leaderboard.go", name: "Nakama 403 code 7 Leaderboard only allows authoritative score submissions", status: 403,
			header: json(), body: grpcStatus("7", "Leaderboard only allows authoritative score submissions."), cred: session, method: "POST", path: "/v2/leaderboard/weekly_kills", want: PermissionDenied},
		// Nakama's RPC handler writes its own bodies.
		{src: nakama + "api_rpc.go", name: "Nakama RPC 401 HTTP key invalid (http_key in the query)", status: 401,
			header: json(), body: nakamaRPC("HTTP key invalid", "16"), cred: httpKey, method: "POST", path: "/v2/rpc/grant_reward?unwrap=true", want: CredentialRejected},
		{src: nakama + "api_rpc.go", name: "Nakama RPC 401 Auth token or HTTP key required, nothing sent", status: 401,
			header: json(), body: nakamaRPC("Auth token or HTTP key required", "16"), method: "POST", path: "/v2/rpc/grant_reward", want: NoCredentialsSent},
		{src: nakama + "api_rpc.go", name: "Nakama RPC 401 Auth token invalid (session token)", status: 401,
			header: json(), body: nakamaRPC("Auth token invalid", "16"), cred: session, method: "POST", path: "/v2/rpc/claim_daily", want: CredentialRejected},
		// Nakama's console (its own gateway, the same envelope).
		{src: nakama + "console.go", name: "Nakama console 401 code 16 Console authentication invalid.", status: 401,
			header: json(), body: grpcStatus("16", "Console authentication invalid."), cred: console, path: "/v2/console/account", want: CredentialRejected},
		// A console user whose role lacks this page: the word Unauthorized
		// opens a permission sentence.
		{src: nakama + "console.go", name: "Nakama console 403 code 7 Unauthorized: you do not have permissions to access this resource.", status: 403,
			header: json(), body: grpcStatus("7", "Unauthorized: you do not have permissions to access this resource."), cred: consoleToken, method: "DELETE", path: "/v2/console/account/8f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b", want: PermissionDenied},

		// Lichess (lila): a token without the endpoint's scope gets 403 with
		// both lists in headers; the scope is named (jsonError's envelope
		// and the headers from the controller that calls OAuthServer).
		{src: lila, name: "Lichess 403 Missing scope: challenge:write with X-Accepted-OAuth-Scopes", status: 403,
			header: json("X-OAuth-Scopes", "preference:read", "X-Accepted-OAuth-Scopes", "challenge:write"), body: `{"error":"Missing scope: challenge:write"}`,
			cred: lichess, method: "POST", path: "/api/challenge/maia1", want: ServerInsufficientScope},
		{src: lila, name: "Lichess 401 Missing authorization header, nothing sent", status: 401,
			header: json("X-OAuth-Scopes", "", "X-Accepted-OAuth-Scopes", "board:play"), body: `{"error":"Missing authorization header"}`, method: "POST", path: "/api/board/seek", want: NoCredentialsSent},

		// osu! API v2 (osu-web). The sentence names no scope (as the
		// corpus's "Invalid scope(s) provided."): permission_denied.
		{src: osuWeb + "app/Http/Middleware/RequireScopes.php", name: "osu! 403 error A required scope is missing.", status: 403,
			header: json(), body: `{"error":"A required scope is missing."}`, cred: osu, method: "POST", path: "/api/v2/chat/new", want: PermissionDenied},
		// A banned or login-blocked user's token: the account, not a
		// permission (as MinIO's "Your account is disabled").
		{src: osuWeb + "app/Http/Middleware/CheckUserBanStatus.php", name: "osu! 403 error Uh-oh! It looks like your account has been disabled.", status: 403,
			header: json(), body: `{"error":"Uh-oh! It looks like your account has been disabled."}`, cred: osu, path: "/api/v2/me", want: CredentialRejected},

		// Modrinth (labrinth): an unknown, expired or under-scoped token all
		// read InvalidCredentials; a missing header reads InvalidAuthMethod.
		{src: labrinth, name: "Modrinth 401 unauthorized Invalid Authentication Credentials (a PAT)", status: 401,
			header: json(), body: `{"error":"unauthorized","description":"Authentication Error: Invalid Authentication Credentials"}`, cred: modrinth, method: "PATCH", path: "/v2/project/AABBCCDD", want: CredentialRejected},
		{src: labAuth, name: "Modrinth 401 unauthorized Authentication method was not valid, nothing sent", status: 401,
			header: json(), body: `{"error":"unauthorized","description":"Authentication Error: Authentication method was not valid"}`, path: "/v2/user", want: NoCredentialsSent},
		{src: labrinth, name: "Modrinth 429 ratelimit_error You are being rate-limited", status: 429,
			header: json(), body: `{"error":"ratelimit_error","description":"You are being rate-limited. Please wait 3000 milliseconds. 0/300 remaining."}`, cred: modrinth, path: "/v2/search?query=sodium", want: RateLimited},

		// PlayFab. The Entra ID article's example error responses
		// (Troubleshooting): a signed-in developer who is not a title admin,
		// and a token PlayFab does not accept.
		{src: playfabEn, name: "PlayFab 403 NotAuthorizedByTitle 1191 Developer does not have admin permission", status: 403,
			header: json(), body: "{\n    \"code\": 403,\n    \"status\": \"Forbidden\",\n    \"error\": \"NotAuthorizedByTitle\",\n    \"errorCode\": 1191,\n    \"errorMessage\": \"Developer does not have admin permission for this title.\"\n}",
			cred: entra, method: "POST", path: "/Server/GetTime", want: PermissionDenied},
		{src: playfabEn, name: "PlayFab 401 NotAuthenticated 1074 Invalid Authorization header, an Entra token sent", status: 401,
			header: json(), body: "{\n    \"code\": 401,\n    \"status\": \"Unauthorized\",\n    \"error\": \"NotAuthenticated\",\n    \"errorCode\": 1074,\n    \"errorMessage\": \"Invalid \\\"Authorization\\\" header.\"\n}",
			cred: entra, method: "POST", path: "/Server/GetPlayerProfile", want: CredentialRejected},
		{src: "https://github.com/MicrosoftDocs/playfab-docs/blob/7fc00c1f135fc4f880503b73cc1d179419df839f/playfab-docs/features/throttling/best-practices.md", name: "PlayFab 429 APIClientRequestRateLimitExceeded 1199", status: 429,
			header: json("Retry-After", "8"), body: "{ \n  \"code\": 429, \n  \"status\": \"TooManyRequests\", \n  \"retryAfterSeconds\": 8, \n  \"error\": \"APIClientRequestRateLimitExceeded\", \n  \"errorCode\": 1199, \n  \"errorMessage\": \"The client has exceeded the maximum API request rate and is being throttled\" \n} ",
			cred: playfabSecret, method: "POST", path: "/Server/GetUserData", want: RateLimited},

		// Twitch Helix. A token sent under the OAuth scheme (Helix reads only
		// Bearer) is answered as missing: the server did not read it where
		// it went. No challenge names a scheme, so scheme_mismatch's
		// evidence is absent; credential_in_wrong_place is the catalog's
		// "sent where the server does not read it" (as the corpus's SP-API
		// and Kong answers that call a sent token missing).
		{src: "https://github.com/twitchdev/issues/issues/105", name: "Twitch 401 OAuth token is missing, a token sent under the OAuth scheme", status: 401,
			header: json(), body: "{\n  \"error\": \"Unauthorized\",\n  \"status\": 401,\n  \"message\": \"OAuth token is missing\"\n}",
			cred: headerCred("Authorization", "TWITCH_ACCESS_TOKEN", "OAuth cfabdegwdoklmawdzdo98xt2fo512y"), path: "/helix/streams?user_login=shroud", want: CredentialInWrongPlace},
		{src: "https://github.com/twitchdev/issues/issues/659", name: "Twitch 403 Forbidden You don't have permission to perform that action (delete chat messages)", status: 403,
			header: json(), body: "{\n  \"error\": \"Forbidden\",\n  \"message\": \"You don't have permission to perform that action.\",\n  \"status\": 403\n}",
			cred: twitch, method: "DELETE", path: "/helix/moderation/chat?broadcaster_id=11111&moderator_id=44322889", want: PermissionDenied},

		// itch.io's server-side API takes the key in the path. The thread
		// quotes the body, not the status; itch.io answers its API errors
		// 400 (itchio/itch#2203 quotes "itch.io API error (400)").
		{src: "https://github.com/itchio/itch/issues/1118", name: "itch.io 400 errors invalid key, the key in the path", status: 400,
			header: json(), body: `{"errors":["invalid key"]}`, path: "/api/1/" + itchKey + "/game/428139/download_keys?user_id=1234",
			secrets: map[string]string{"ITCHIO_API_KEY": itchKey}, want: CredentialRejected},

		// CurseForge's Core API refuses a key with an empty 403 from behind
		// CloudFront (X-Cache: Error from cloudfront says the origin's
		// error passed through, not a CDN block page). A bare 403 with a
		// key sent: permission_denied, the catalog's reading of 403.
		{src: "https://github.com/itzg/docker-minecraft-server/issues/3591", name: "CurseForge 403 empty body through CloudFront, a key sent", status: 403,
			header: map[string]string{"Content-Length": "0", "Connection": "keep-alive", "X-Cache": "Error from cloudfront", "Via": "1.1 abe6c7fc77ee6c935374263239ff784c.cloudfront.net (CloudFront)", "X-Amz-Cf-Pop": "WAW51-P3", "X-Amz-Cf-Id": "-q4m2BXKab8m3DAuKbfTFH0nC8DjZnSk0YKlS_W_P5OZSv-azI70zQ=="},
			cred:   curse, path: "/v1/mods/search?gameId=432&slug=better-mc-neoforge-bmc5&classId=4471", want: PermissionDenied},

		// Epic's game services. A login that lacks the action PLAY (or is
		// banned, the sentence says either): the service knows the caller
		// and refuses the operation.
		{src: "https://github.com/qlaffont/fortnite-api/issues/129", name: "Epic 403 missing_action 1023 Login is banned or does not posses the action PLAY", status: 403,
			header: json(), body: epicErr("errors.com.epicgames.common.missing_action", "Login is banned or does not posses the action 'PLAY' needed to perform the requested operation for platform ''", `["PLAY",""]`, "1023", "fortnite", "prod-live"),
			cred: epic, path: "/fortnite/api/stats/accountId/4735ce9132924caf8a5b17789b40f79c/bulk/window/alltime", want: PermissionDenied},
		{src: "https://github.com/LeleDerGrasshalmi/FortniteEndpointsDocumentation/issues/141", name: "Epic 403 errors.com.epicgames.forbidden 1003 Forbidden (prm-dialogue)", status: 403,
			header: json(), body: epicErr("errors.com.epicgames.forbidden", "Forbidden", "[]", "1003", "prm-dialogue", "prod"),
			cred: epic, method: "POST", path: "/api/v1/fortnite-br/surfaces/motd/target", want: PermissionDenied},

		// Battle.net's old Mashery gateway: a client-credentials token on the
		// user endpoint, which needs a user's authorization.
		{src: "https://github.com/LogansUA/blizzard-api-php-client/issues/28", name: "Battle.net Mashery 403 Forbidden detail Not Authorized", status: 403,
			header: json(), body: `{"code":403, "type":"Forbidden", "detail":"Not Authorized"}`, cred: bearer("BNET_ACCESS_TOKEN", "USVb2zXq7pR2vT9mK4nB8cW3zL6yF1aQ"), path: "/account/user", want: PermissionDenied},
	}
}

// roundgaming2NonRefusals: answers of the same servers that are not about
// the credential and must get no cause: an RPC not registered or named,
// a resource a hook disabled, a leaderboard ID refused as a value, an API
// version retired, a route that does not exist.
func roundgaming2NonRefusals() []fpCase {
	const (
		nakama   = "https://github.com/heroiclabs/nakama/blob/73ad9c15d64e75eba241a80211ba1adb94019010/server/"
		labrinth = "https://github.com/modrinth/code/blob/1b08d2741bd78258254f849fbd13755d785f6d4c/apps/labrinth/src/routes/mod.rs"
	)
	return []fpCase{
		{src: nakama + "api_rpc.go", name: "Nakama RPC 404 RPC function not found", status: 404, header: jsonCT(), path: "/v2/rpc/grant_rewards",
			body: `{"error":"RPC function not found","message":"RPC function not found","code":5}`},
		{src: nakama + "api_rpc.go", name: "Nakama RPC 400 RPC ID must be set", status: 400, header: jsonCT(), path: "/v2/rpc/",
			body: `{"error":"RPC ID must be set","message":"RPC ID must be set","code":3}`},
		{src: nakama + "api_authenticate.go", name: "Nakama 404 code 5 Requested resource was not found (disabled by a hook)", status: 404, header: jsonCT(), path: "/v2/account/authenticate/apple",
			body: `{"code":5,"message":"Requested resource was not found.","details":[]}`},
		{src: nakama + "api_leaderboard.go", name: "Nakama 400 code 3 Invalid leaderboard ID.", status: 400, header: jsonCT(), path: "/v2/leaderboard/",
			body: `{"code":3,"message":"Invalid leaderboard ID.","details":[]}`},
		{src: labrinth, name: "Modrinth 410 api_deprecated outdated version of the API", status: 410, header: jsonCT(), path: "/api/v1/mod",
			body: `{"error":"api_deprecated","description":"You are using an application that uses an outdated version of Modrinth's API. Please either update it or switch to another application. For developers: https://docs.modrinth.com/api/#versioning"}`},
		{src: "https://github.com/modrinth/code/blob/069071497d20fd13dd54c85e9ea40e04e60da566/apps/labrinth/src/routes/not_found.rs", name: "Modrinth 404 not_found the requested route does not exist", status: 404, header: jsonCT(), path: "/v2/projects_random",
			body: `{"error":"not_found","description":"the requested route does not exist"}`},
	}
}

// TestHeldoutRoundgaming2 reports top-1 on the second gaming round: the
// refusals as runProviderCases serves them, and the non-refusals, which
// must get no cause. The round gathered 33 answers (a short round).
func TestHeldoutRoundgaming2(t *testing.T) {
	runHeldoutRound(t, heldoutRound{name: "roundgaming2", cases: roundgaming2Cases(), nonRefusals: roundgaming2NonRefusals(), gathered: 33})
}
