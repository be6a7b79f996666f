package diagnose

import (
	"strconv"
	"testing"
	"time"
)

// roundmedia2Cases: a held-out round on media, streaming and publishing
// APIs (TMDB v3 and v4, Last.fm, Giphy, Deezer, Plex.tv, Medium, Vimeo,
// Getty Images, Unsplash, Trakt, YouTube Analytics, Spotify, Jellyfin,
// Kaltura, Imgur, Podcast Index, Mixcloud, SoundCloud), answers not in the corpora before: providers that were not
// there, and other codes or endpoints of those that were. TMDB's bodies are
// its documented status codes (code, HTTP status, message) in the envelope
// its API answers; the others come from issue threads and the providers'
// docs, and a comment says where a status or envelope was not shown.
// Gathered and given their expected first cause from the catalog before
// the diagnosis code was read; a comment says why when two codes could
// fit.
//
// First run, before any fix: first cause right in 38 of 40. Twelve of
// those 40 were then found to be answers the corpora already held (TMDB's
// status codes 7, 10, 25, 31, 34, 35, 36 and 39, Last.fm's errors 9, 10 and
// 26; a grep for the providers had missed them) and were taken out: on the
// 28 left, 26 of 28 (refusals 22 of 24, non-refusals 4 of 4). Misses: a
// 200 whose error object says "Quota limit exceeded" (type Exception, code
// 4) read as no failure; a 200 whose error object has code INVALID_KS and
// "Invalid KS" read as no failure. Thirteen replacement answers (TMDB's
// codes 14, 32, 33, 37 and 41, Last.fm's 14 and 15, Imgur, Podcast Index,
// Mixcloud, SoundCloud) were gathered after the first two readings were
// written and after parts of diagnose/ had been read, their expectations
// set from the catalog, and run once on main's code without this round's
// readings: 9 of 13. Misses: TMDB's "Email not verified" read as
// permission_denied (left pending, roundmedia2Pending); a request token
// "not approved by the user" in a 422 read as nothing; a 400 whose nested
// error object says code 403 Forbidden read as nothing; "The hash in the
// Authorization header doesn't match up" to a hash sent bare read as a
// missing scheme first. All 41 on main's code: 35 of 41 (refusals 29 of
// 35, non-refusals 6 of 6).
//
// After the readings the misses lacked: 40 of 40 in the passing table
// (refusals 34 of 34, non-refusals 6 of 6), one pending. The readings: a
// quota's limit said exceeded is a rate limit when the words open the
// text or follow a request's noun; a body typed as an exception, with its
// code and text, says the call failed, so its text may name the
// credential's own parameter invalid; a token, app or caller not approved
// by the user or owner it acts for is not allowed; a hash, digest or
// signature said not to match is refused, and the value sent bare in
// Authorization is then the API's own signature, no scheme missing; an
// error object's code 401 or 403 nested in a validation answer is the
// refusal.
func roundmedia2Cases(now time.Time) []provCase {
	const (
		tmdbDocs  = "https://developer.themoviedb.org/docs/errors"
		lastfmErr = "https://www.last.fm/api/errorcodes"
		deezerErr = "https://developers.deezer.com/api/errors"
	)
	json := jsonCT
	text := func(extra ...string) map[string]string { return ctHeader("text/plain; charset=utf-8", extra...) }
	tmdbKey := apiKey("TMDB_API_KEY", "7c1f0e9b3a5d48e6b2f4c8a0d9e1f3b5", "", "api_key")
	// TMDB's v4 read access token is a JWT without exp.
	tmdbV4 := bearer("TMDB_READ_TOKEN", makeJWT(map[string]any{"aud": "7c1f0e9b3a5d48e6b2f4c8a0d9e1f3b5", "sub": "5f1a2b3c4d5e6f7a8b9c0d1e",
		"scopes": []string{"api_read", "api_write"}, "version": 1}))
	lastfmKey := apiKey("LASTFM_API_KEY", "b25b959554ed76058ac220b7b2e0a026", "", "api_key")
	giphyKey := apiKey("GIPHY_API_KEY", "Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4E", "", "api_key")
	deezerTok := apiKey("DEEZER_ACCESS_TOKEN", "frXq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9j0kLmN0pQ", "", "access_token")
	return []provCase{
		// "Authentication failed" with words about permissions: the key is
		// read, and the service refused to it. The catalog's
		// permission_denied names 401s that speak of permission.
		{src: tmdbDocs, name: "TMDB 401 status_code 3 Authentication failed: no permissions to access the service", status: 401,
			header: json(), body: tmdbStatus(3, "Authentication failed: You do not have permissions to access the service."), cred: tmdbKey, path: "/3/account", want: PermissionDenied},
		{src: tmdbDocs, name: "TMDB 401 status_code 17 Session denied", status: 401,
			header: json(), body: tmdbStatus(17, "Session denied."), cred: tmdbKey, method: "POST", path: "/3/movie/550/rating?session_id=79191836ddaa0da3df76a5ffef6f07ad6ab0c641", want: CredentialRejected},
		{src: tmdbDocs, name: "TMDB 401 status_code 30 Invalid username and/or password", status: 401,
			header: json(), body: tmdbStatus(30, "Invalid username and/or password: You did not provide a valid login."), cred: tmdbKey, method: "POST", path: "/3/authentication/token/validate_with_login", want: CredentialRejected},
		{src: tmdbDocs, name: "TMDB v4 401 status_code 38 no permission to edit this resource", status: 401,
			header: json(), body: tmdbStatus(38, "You don't have permission to edit this resource."), cred: tmdbV4, method: "PUT", path: "/4/list/8234567", want: PermissionDenied},
		// A suspended user: the credential's account is not enabled.
		{src: tmdbDocs, name: "TMDB 403 status_code 45 This user has been suspended", status: 403,
			header: json(), body: tmdbStatus(45, "This user has been suspended."), cred: tmdbV4, path: "/4/account/5f1a2b3c4d5e6f7a8b9c0d1e/lists", want: CredentialRejected},
		// Replacements (see the doc comment): TMDB's login and request
		// token codes.
		{src: tmdbDocs, name: "TMDB 401 status_code 14 Authentication failed.", status: 401,
			header: json(), body: tmdbStatus(14, "Authentication failed."), cred: tmdbKey, path: "/3/account/21234/favorite/movies", want: CredentialRejected},
		// "Either expired or invalid" says neither: credential_rejected,
		// as for Spotify's "Missing/invalid/expired access token".
		{src: tmdbDocs, name: "TMDB 401 status_code 33 Invalid request token, either expired or invalid", status: 401,
			header: json(), body: tmdbStatus(33, "Invalid request token: The request token is either expired or invalid."), cred: tmdbKey, method: "POST", path: "/3/authentication/session/new", want: CredentialRejected},
		// The user has not approved the token: known, not allowed yet, as
		// a token the user did not grant writing (status_code 36).
		{src: tmdbDocs, name: "TMDB v4 422 status_code 41 request token not approved by the user", status: 422,
			header: json(), body: tmdbStatus(41, "This request token hasn't been approved by the user."), cred: tmdbV4, method: "POST", path: "/4/auth/access_token", want: PermissionDenied},

		// Last.fm answers its errors with 403 (the status in the issue
		// threads and client fixtures; the words are its error codes
		// page's).
		// A token the user has not authorized yet (auth.getSession too
		// early): not allowed, as TMDB's code 41.
		{src: lastfmErr, name: "Last.fm 403 error 14 Unauthorized Token - This token has not been authorized", status: 403,
			header: json(), body: `{"message":"Unauthorized Token - This token has not been authorized","error":14}`,
			cred: lastfmKey, path: "/2.0/?method=auth.getSession&token=6f1c2b9e3d4a4e8f9b7c1a2d3e4f5a6b&format=json", want: PermissionDenied},
		{src: lastfmErr, name: "Last.fm 403 error 15 This token has expired", status: 403,
			header: json(), body: `{"message":"This token has expired","error":15}`,
			cred: lastfmKey, path: "/2.0/?method=auth.getSession&token=6f1c2b9e3d4a4e8f9b7c1a2d3e4f5a6b&format=json", want: TokenExpired},
		// A signature made with the wrong shared secret.
		{src: "https://github.com/FTLam11/Audio-Station-Scrobbler/issues/3", name: "Last.fm 403 error 13 Invalid method signature supplied", status: 403,
			header: json(), body: `{"message":"Invalid method signature supplied","error":13}`,
			cred: apiKey("LASTFM_SESSION_KEY", "d580d57f32848f5dcf574d1ce18d78b2", "", "sk"), method: "POST", path: "/2.0/?method=track.scrobble&format=json", want: CredentialRejected},
		{src: lastfmErr, name: "Last.fm 429 error 29 Rate limit exceeded", status: 429,
			header: json(), body: `{"message":"Rate limit exceeded - Your IP has made too many requests in a short period","error":29}`,
			cred: lastfmKey, path: "/2.0/?method=artist.getinfo&artist=Cher&format=json", want: RateLimited},

		// Giphy.
		{src: "https://github.com/projectdiscovery/nuclei-templates/pull/6112", name: "Giphy 401 meta Unauthorized, an invalid api_key", status: 401,
			header: json(), body: "{\n      \"data\": [],\n      \"meta\": {\n        \"status\": 401,\n        \"msg\": \"Unauthorized\",\n        \"response_id\": \"\"\n      }\n    }",
			cred: giphyKey, path: "/v1/gifs/trending?limit=5", want: CredentialRejected},
		{src: "https://github.com/Giphy/GiphyAPI/issues/164", name: "Giphy 403 Invalid authentication credentials", status: 403,
			header: json(), body: `{"message":"Invalid authentication credentials"}`, cred: giphyKey, path: "/v1/gifs/search?q=love&limit=5", want: CredentialRejected},
		// The issue quotes the words; 429 is the gateway's status for them.
		{src: "https://github.com/Giphy/GiphyAPI/issues/185", name: "Giphy 429 API rate limit exceeded", status: 429,
			header: json(), body: `{"message":"API rate limit exceeded"}`, cred: giphyKey, path: "/v1/gifs/search?q=cat", want: RateLimited},

		// Deezer answers its errors with 200 and an error object (client
		// fixtures record these bytes; the codes are its errors page's).
		{src: deezerErr, name: "Deezer 200 OAuthException Invalid OAuth access token code 300", status: 200,
			header: json(), body: `{"error":{"type":"OAuthException","message":"Invalid OAuth access token.","code":300}}`, cred: deezerTok, path: "/user/me/playlists", want: CredentialRejected},
		{src: deezerErr, name: "Deezer 200 Exception Quota limit exceeded code 4", status: 200,
			header: json(), body: `{"error":{"type":"Exception","message":"Quota limit exceeded","code":4}}`, cred: deezerTok, path: "/search?q=daft+punk", want: RateLimited},

		// Imgur's envelope: the error under data, success false, the
		// status repeated.
		{src: "https://github.com/ShareX/ShareX/issues/1191", name: "Imgur 403 The access token provided is invalid.", status: 403,
			header: json(), body: `{"data":{"error":"The access token provided is invalid.","request":"\/3\/image","method":"POST"},"success":false,"status":403}`,
			cred: bearer("IMGUR_ACCESS_TOKEN", "9f3c1e7b5d2a4c6e8f0a1b3c5d7e9f1a2b4c6d8e"), method: "POST", path: "/3/image", want: CredentialRejected},
		// An authorized upload refused as Forbidden inside a 400 (the
		// account was kept from uploading): the inner 403 is a refusal
		// of a known caller.
		{src: "https://github.com/ShareX/ShareX/issues/3171", name: "Imgur 400 ImgurException code 403 Forbidden, an authorized upload", status: 400,
			header: json(), body: `{"data":{"error":{"code":403,"message":"Forbidden","type":"ImgurException","exception":[]},"request":"\/3\/image","method":"POST"},"success":false,"status":400}`,
			cred: bearer("IMGUR_ACCESS_TOKEN", "9f3c1e7b5d2a4c6e8f0a1b3c5d7e9f1a2b4c6d8e"), method: "POST", path: "/3/image", want: PermissionDenied},

		// Podcast Index: a key, and a SHA-1 of key, secret and date in
		// Authorization (the bodies' words are quoted in the issues; the
		// content type is not shown).
		{src: "https://github.com/comster/podcast-index-api/issues/5", name: "Podcast Index 401 the hash in the Authorization header doesn't match up", status: 401,
			header: text(), body: "The hash in the Authorization header doesn't match up.  \nPlease check your hash compute code: https://podcastindex-org.github.io/docs-api/#overview--authentication-details",
			cred: headerValues("podcastindex", "PODCASTINDEX_API_KEY", "X-Auth-Key", "UXKCGDSYGUUEVQJSYDZH", "PODCASTINDEX_AUTH_HASH", "Authorization", "8a1f0e2b9c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f"),
			path: "/api/1.0/search/byterm?q=javascript", want: CredentialRejected},
		{src: "https://github.com/Podcastindex-org/docs-api/issues/66", name: "Podcast Index 401 Authorization header value either not set or blank, nothing sent", status: 401,
			header: text(), body: "Authorization header value either not set or blank.  Please see: https://podcastindex-org.github.io/docs-api/#overview--authentication-details",
			path: "/api/1.0/search/byperson?q=adam%20curry&pretty", want: NoCredentialsSent},

		// Mixcloud's /me without a token (the PR quotes the body; a 401 is
		// assumed).
		{src: "https://github.com/emillon/mixcloud/pull/10", name: "Mixcloud 401 OAuthException An access_token is required, nothing sent", status: 401,
			header: json(), body: `{"error": {"message": "An access_token is required to access this resource.", "type": "OAuthException"}}`, path: "/me/", want: NoCredentialsSent},

		// SoundCloud: the token went in an "Authentication" header; the
		// server names Authorization (issue 239 shows the body's start
		// byte for byte; its end is the same sentence closed).
		{src: "https://github.com/soundcloud/api/issues/207", name: "SoundCloud 401 A request must contain the Authorization header, the token in Authentication", status: 401,
			header: json(), body: `{"code":401,"message":"A request must contain the Authorization header. For details please refer to https://developers.soundcloud.com/blog/security-updates-api.","link":"https://developers.soundcloud.com/docs/api/explorer/open-api","status":"401 - Unauthorized","errors":[{"error_message":"A request must contain the Authorization header. For details please refer to https://developers.soundcloud.com/blog/security-updates-api."}],"error":null}`,
			cred: headerCred("Authentication", "SOUNDCLOUD_TOKEN", "OAuth 2-111-222-Wq8ZbV3kLmN0pQrS7tUv"), path: "/me", want: CredentialInWrongPlace},

		// Plex.tv's account API.
		{src: "https://github.com/ThioJoe/Plex-Show-Subtitles-On-Rewind/issues/7", name: "Plex.tv 401 errors code 1001 User could not be authenticated", status: 401,
			header: json(), body: `{"errors":[{"code":1001,"message":"User could not be authenticated","status":401}]}`,
			cred: apiKey("PLEX_TOKEN", "xZq8bV3kLmN0pQrS7tUv", "X-Plex-Token", ""), path: "/api/v2/resources?includeHttps=1", want: CredentialRejected},

		// Medium: the issues quote the bodies, not the status (401 is
		// Medium's status for token errors).
		{src: "https://github.com/Medium/medium-sdk-nodejs/issues/35", name: "Medium 401 errors 6005 Application not found (integration token)", status: 401,
			header: json(), body: "{\n    \"errors\": [\n        {\n            \"message\": \"Application not found\",\n            \"code\": 6005\n        }\n    ]\n}",
			cred: bearer("MEDIUM_INTEGRATION_TOKEN", "2a5f9e1c7b3d4e6f8a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3"), path: "/v1/me", want: CredentialRejected},
		{src: "https://github.com/andremueller/md-publisher/issues/1", name: "Medium 401 errors 6000 An access token is required, nothing sent", status: 401,
			header: json(), body: `{"errors":[{"message":"An access token is required.","code":6000}]}`, path: "/v1/me", want: NoCredentialsSent},

		// Vimeo.
		{src: "https://github.com/nguyenduyducds/WebSiteWpr/blob/6b96de78a954017aba975f8669a43f95c90f8c2d/FIX_VIMEO_TOKEN_401.md", name: "Vimeo 401 You must provide a valid authenticated access token", status: 401,
			header: ctHeader("application/vnd.vimeo.error+json"), body: `{"error":"You must provide a valid authenticated access token."}`,
			cred: bearer("VIMEO_ACCESS_TOKEN", "864ebfba0855016fd5fd76729ad004c5"), path: "/me/videos", want: CredentialRejected},

		// Getty Images behind API Gateway and CloudFront: an expired
		// sandbox key. The issue shows the headers and a 23-byte body,
		// which is API Gateway's {"message":"Forbidden"}.
		{src: "https://github.com/gettyimages/gettyimages-api/issues/1", name: "Getty Images 403 ForbiddenException behind CloudFront, an expired key", status: 403,
			header: json("x-amzn-RequestId", "6d42d68e-5c0a-44d6-9ef5-a8e0e4760067", "x-amzn-ErrorType", "ForbiddenException", "x-amz-apigw-id", "HsdOBGRPPHcFVyg=",
				"X-Cache", "Error from cloudfront", "Via", "1.1 30679409511c27f2f2de20e193b58ee5.cloudfront.net (CloudFront)", "X-Amz-Cf-Pop", "MAA50-C1",
				"X-Amz-Cf-Id", "8bCpl4HrgbhkjPk-AEvDmlpKpAd0UUNYSMfLnNfBGG_hT-KqBVJNzw=="),
			body: `{"message":"Forbidden"}`, cred: apiKey("GETTY_API_KEY", "k3q8zbv3klmn0pqrs7tuvxya", "Api-Key", ""), path: "/v3/search/images?phrase=books", want: CredentialRejected},

		// Unsplash answers its hourly limit with a 403 and a plain sentence.
		{src: "https://github.com/varietywalls/variety/issues/457", name: "Unsplash 403 text Rate Limit Exceeded", status: 403,
			header: text(), body: "Rate Limit Exceeded", cred: headerCred("Authorization", "UNSPLASH_ACCESS_KEY", "Client-ID 072e9f1c5b3d4a6e8f0a1b2c3d4e515a"), path: "/photos/random?count=10", want: RateLimited},

		// Trakt names invalid_token in its challenge (the body was not
		// quoted).
		{src: "https://github.com/sharkykh/tppm/issues/64", name: "Trakt 401 invalid_token challenge The access token is invalid", status: 401,
			header: json("WWW-Authenticate", `Bearer realm="Trakt", error="invalid_token", error_description="The access token is invalid"`), body: "",
			cred: bearer("TRAKT_ACCESS_TOKEN", "a8f3c1e9b7d54f2a6c0e8b1d3f5a7c9e2b4d6f8a0c1e3b5d7f9a2c4e6b8d0f1a"), path: "/users/me", want: ServerInvalidToken},

		// YouTube Analytics: a token whose user does not own the channel
		// asked for (the issue quotes the errors array of Google's
		// envelope).
		{src: "https://github.com/googleapis/google-api-php-client/issues/1138", name: "YouTube Analytics 403 forbidden Forbidden (another user's channel)", status: 403,
			header: json(), body: `{"error":{"errors":[{"domain":"global","reason":"forbidden","message":"Forbidden"}],"code":403,"message":"Forbidden"}}`,
			cred: bearer("YT_ANALYTICS_TOKEN", "ya29.a0AfH6SMBq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9j0"), path: "/v2/reports?ids=channel%3D%3DUCiMg06DjcUk5FRiM3g5sqoQ&startDate=2024-01-01&endDate=2024-01-31&metrics=views", want: PermissionDenied},

		// Spotify's error object with another sentence (the title
		// quotes it; the envelope is Spotify's error object).
		{src: "https://github.com/kaaes/spotify-web-api-android/issues/136", name: "Spotify 401 Invalid access token", status: 401,
			header: json(), body: `{"error":{"status":401,"message":"Invalid access token"}}`,
			cred: bearer("SPOTIFY_TOKEN", "BQDjriAcf5p-0RbxnfXRQfIW1I2Gn_ogzzyl7vNAYh0XWhT8M-vRb2b3P8TUYOvzIDfxd783UkjJ5z"), path: "/v1/me/playlists", want: CredentialRejected},

		// Jellyfin 10.5 answered the exception's message (its log quotes
		// it) as the 401's body. "Invalid or expired" does not say which:
		// credential_rejected, as for Spotify's "Missing/invalid/expired".
		{src: "https://github.com/jellyfin/jellyfin/issues/2704", name: "Jellyfin 401 Access token is invalid or expired", status: 401,
			header: text(), body: "Access token is invalid or expired.",
			cred: apiKey("JELLYFIN_API_KEY", "4f2a6c0e8b1d3f5a7c9e2b4d6f8a0c1e", "X-Emby-Token", ""), path: "/Users/Me", want: CredentialRejected},

		// Kaltura answers a bad KS with 200 and a KalturaAPIException that
		// quotes the KS (the issue shows the PHP-serialized result; this
		// is its JSON format).
		{src: "https://github.com/kaltura/platform-install-packages/issues/403", name: "Kaltura 200 KalturaAPIException INVALID_KS quoting the KS", status: 200,
			header: json(), body: `{"code":"INVALID_KS","message":"Invalid KS \"YThhNjRlNDM5NzkyNzk4MTg0MzNmOTNjZjRkYzA2NzRhNTIwNmEwMHwtMjstMjsxNDU3NzkyMzQyOzI7MjE0MzY7Ow==\" Error \"-1,INVALID_STR\"","objectType":"KalturaAPIException","args":{"KSID":"YThhNjRlNDM5NzkyNzk4MTg0MzNmOTNjZjRkYzA2NzRhNTIwNmEwMHwtMjstMjsxNDU3NzkyMzQyOzI7MjE0MzY7Ow==","ERR_CODE":"-1","ERR_DESC":"INVALID_STR"}}`,
			cred:   apiKey("KALTURA_KS", "YThhNjRlNDM5NzkyNzk4MTg0MzNmOTNjZjRkYzA2NzRhNTIwNmEwMHwtMjstMjsxNDU3NzkyMzQyOzI7MjE0MzY7Ow==", "", "ks"),
			method: "POST", path: "/api_v3/service/userrole/action/add?format=1", want: CredentialRejected},
	}
}

// tmdbStatus is TMDB's error envelope: its status code and message.
func tmdbStatus(code int, msg string) string {
	return `{"status_code":` + strconv.Itoa(code) + `,"status_message":"` + msg + `","success":false}`
}

// roundmedia2NonRefusals: answers of the same servers that refuse
// nothing: a record not found, invalid parameters, a lookup with no data,
// identifiers that do not exist.
func roundmedia2NonRefusals() []fpCase {
	const tmdbDocs = "https://developer.themoviedb.org/docs/errors"
	return []fpCase{
		{src: tmdbDocs, name: "TMDB 422 status_code 5 Invalid parameters", status: 422, header: jsonCT(),
			body: tmdbStatus(5, "Invalid parameters: Your request parameters are incorrect."), path: "/3/discover/movie?primary_release_date.gte=yesterday"},
		{src: tmdbDocs, name: "TMDB 404 status_code 6 Invalid id", status: 404, header: jsonCT(),
			body: tmdbStatus(6, "Invalid id: The pre-requisite id is invalid or not found."), path: "/3/tv/0/season/1"},
		// Deleting a session that does not exist: the session is the
		// resource addressed, not the caller's credential.
		{src: tmdbDocs, name: "TMDB 404 status_code 37 The requested session could not be found", status: 404, header: jsonCT(),
			body: tmdbStatus(37, "The requested session could not be found."), path: "/3/authentication/session"},
		{src: "https://github.com/Giphy/GiphyAPI/issues/236", name: "Giphy 404 meta Not Found", status: 404, header: jsonCT(),
			body: "{\n  \"data\": [],\n  \"meta\": {\n    \"msg\": \"Not Found\",\n    \"status\": 404,\n    \"response_id\": \"...\",\n    \"error_code\": \"404\"\n  }\n}", path: "/v1/gifs/xH0BU4VyKF40qLqjma"},
		{src: "https://developers.deezer.com/api/errors", name: "Deezer 200 DataException no data code 800", status: 200, header: jsonCT(),
			body: `{"error":{"type":"DataException","message":"no data","code":800}}`, path: "/artist/999999999999"},
		{src: "https://github.com/kappaflow/twitchcm/issues/1", name: "Twitch 400 Invalid username(s), email(s), or ID(s). Bad Identifiers.", status: 400, header: jsonCT(),
			body: `{"error":"Bad Request","status":400,"message":"Invalid username(s), email(s), or ID(s). Bad Identifiers."}`, path: "/helix/users?id=monkeys_forever"},
	}
}

// roundmedia2Pending: answers measured blind with the rest and left out of
// the passing table. TMDB's "Email not verified" to a login reads as
// permission_denied (unverifiedAccountPattern: "your email address has not
// been verified", a verified account an operation requires, as OpenAI's
// organisation verification); the catalog does not plainly put a login
// refused for an unverified address under either code, and this round
// found no words that tell the two apart, so none was forced.
func roundmedia2Pending() []provCase {
	const tmdbDocs = "https://developer.themoviedb.org/docs/errors"
	json := jsonCT
	tmdbKey := apiKey("TMDB_API_KEY", "7c1f0e9b3a5d48e6b2f4c8a0d9e1f3b5", "", "api_key")
	return []provCase{
		{src: tmdbDocs, name: "TMDB 401 status_code 32 Email not verified", status: 401,
			header: json(), body: tmdbStatus(32, "Email not verified: Your email address has not been verified."), cred: tmdbKey, method: "POST", path: "/3/authentication/token/validate_with_login", want: CredentialRejected},
	}
}

// TestHeldoutRoundmedia2 reports top-1 on the media and publishing round:
// the refusals as runProviderCases serves them, and the non-refusals,
// which must get no cause.
func TestHeldoutRoundmedia2(t *testing.T) {
	runHeldoutRound(t, heldoutRound{name: "roundmedia2", cases: roundmedia2Cases(time.Now()), nonRefusals: roundmedia2NonRefusals(), pending: roundmedia2Pending()})
}

// lateRoundmedia2Cases: answers gathered after the fixes above, looked at
// for the first time and run once before any change: late: first cause
// right in 5 of 5 (refusals 4 of 4, the non-refusal 1 of 1). A sixth,
// Imgur's invalid token pretty-printed in another issue, was run with
// them (right) and then dropped: the same answer as the round's.
func lateRoundmedia2Cases() []provCase {
	vimeoErr := func(extra ...string) map[string]string {
		return ctHeader("application/vnd.vimeo.error+json", append([]string{"Server", "nginx"}, extra...)...)
	}
	return []provCase{
		// A token without a user (an app's, from client credentials) where
		// an upload needs a user's: a kind of token this endpoint does not
		// take, credential_rejected as for Twitch's "auth must use app
		// access token".
		{src: "https://github.com/vimeo/vimeo.php/issues/185", name: "Vimeo 401 8002 token is missing a user ID (an upload with an app token)", status: 401,
			header: vimeoErr(), body: `{"error":"Unable to upload video. Please get in touch with the app's creator.","link":null,"developer_message":"The authentication token is missing a user ID and must be provided when uploading a video.","error_code":8002}`,
			cred: bearer("VIMEO_ACCESS_TOKEN", "5d2a9f1c7b3e4a6c8e0f2b4d6a8c0e1f"), method: "POST", path: "/me/videos", want: CredentialRejected},
		// The same in Vimeo's older words (the issue quotes the body, not
		// the status).
		{src: "https://github.com/vimeo/vimeo.php/issues/50", name: "Vimeo 401 A valid user token must be passed", status: 401,
			header: vimeoErr(), body: `{"error":"A valid user token must be passed."}`,
			cred: bearer("VIMEO_ACCESS_TOKEN", "5d2a9f1c7b3e4a6c8e0f2b4d6a8c0e1f"), path: "/me/videos?per_page=10", want: CredentialRejected},
		// Adobe Stock's API behind Fastly: a Varnish error page, the
		// CDN's marks in its headers.
		{src: "https://github.com/adobe/legacy-stock-api-docs/issues/31", name: "Adobe Stock 403 Varnish Guru Meditation page (Fastly)", status: 403,
			header: ctHeader("text/html; charset=utf-8", "Server", "openresty", "Via", "1.1 varnish", "X-Cache", "MISS", "X-Cache-Hits", "0", "X-Served-By", "cache-tyo19930-TYO",
				"X-Timer", "S1589194606.299727,VS0,VE0", "Retry-After", "0", "X-Request-Id", "XnXICbwi12FAKdMEOJ5P6DLKp4vMH5hu", "Accept-Ranges", "bytes"),
			body: "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\"\n\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd\">\n<html>\n<head>\n  <title>403 Forbidden</title>\n</head>\n<body>\n  <h1>Error 403 Forbidden</h1>\n  <p>Forbidden</p>\n  <h3>Guru Mediation:</h3>\n  <p>Details: cache-tyo19930-TYO 1589194606 2588172326</p>\n  <hr>\n  <p>Varnish cache server</p>\n</body>\n",
			cred: apiKey("ADOBE_STOCK_API_KEY", "a1b2c3d4e5f60718293a4b5c6d7e8f90", "x-api-key", ""), method: "POST", path: "/Rest/Libraries/1/Content/License?content_id=332726706&license=Standard",
			want: BlockedByProxy},
		// Dailymotion's legacy API names the scope the session lacks (the
		// issue quotes the SDK's message; the envelope and its 403 are
		// the API's error format from its docs).
		{src: "https://github.com/dailymotion/dailymotion-sdk-php/issues/50", name: "Dailymotion 403 Unsufficient scope, scope required: manage_videos", status: 403,
			header: jsonCT(), body: "{\"error\":{\"more_info\":\"https://developer.dailymotion.com/api#error-codes\",\"code\":403,\"message\":\"Unsufficient scope for `POST /user/x1ab2c3/videos', scope required: manage_videos\",\"type\":\"insufficient_scope\"}}",
			cred: bearer("DAILYMOTION_TOKEN", "c3cHBEgcDh0AVgUIBhNGFxwXHxIQBBEJExk"), method: "POST", path: "/me/videos", want: ServerInsufficientScope},
	}
}

// lateRoundmedia2NonRefusals: Vimeo's search out of service, a 503 that
// speaks of no credential.
func lateRoundmedia2NonRefusals() []fpCase {
	return []fpCase{
		{src: "https://github.com/mfilippov/vimeo-dot-net/issues/111", name: "Vimeo 503 7300 Search is currently unavailable", status: 503,
			header: ctHeader("application/vnd.vimeo.error+json"), path: "/videos?query=cats",
			body: `{"error":"An error has occurred while searching for videos. Please try again.","link":null,"developer_message":"Search is currently unavailable. Please retry your request.","error_code":7300}`},
	}
}

// TestHeldoutRoundmedia2Late: see lateRoundmedia2Cases.
func TestHeldoutRoundmedia2Late(t *testing.T) {
	runProviderCases(t, "roundmedia2 late answers", lateRoundmedia2Cases())
	runFalsePositives(t, "roundmedia2 late non-refusals", lateRoundmedia2NonRefusals())
}
