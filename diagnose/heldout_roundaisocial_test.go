package diagnose

import (
	"strconv"
	"testing"
)

// roundaisocialCases: a held-out round on AI model and ML platform
// providers (OpenAI, Google Gemini and Vertex, Groq, xAI, OpenRouter,
// ElevenLabs, AssemblyAI, Qdrant, LangSmith) and social media APIs (X v2,
// Meta Graph, LinkedIn v1 and v2, Bluesky/AT Protocol, Mastodon, TikTok,
// Pinterest, Telegram Bot API, Discord): answers not in the corpora
// before, other statuses, codes, endpoints or versions of providers
// already there, and providers that were not. Gathered and given their
// expected first cause from the catalog before the diagnosis code was
// read; a comment says why when two codes could fit, and where a body is
// an envelope from the provider's reference around words quoted in an
// issue. First run, before any fix: first cause right in 38 of 41
// (refusals 31 of 34, non-refusals 7 of 7 given no cause). Misses: an API
// key said to be of a legacy kind, to be generated anew, read as a plain
// refusal; a Graph action "deemed abusive or otherwise disallowed" given
// no cause; Graph's 190/467 with its invalid_token challenge read as
// server_invalid_token, which is what the catalog says of an invalid_token
// answer (and what the commerce round's Graph challenge expects): that
// expectation was mine in error and is changed, 1 on the blind
// expectations. After the readings the misses lacked: 41 of 41 (a
// credential the request used named as of a legacy kind, "Using legacy API
// key"; the action attempted said disallowed, also after a judgment,
// "deemed abusive or is otherwise disallowed"). Paraphrases and
// neighbours in readings_roundaisocial_test.go, with a third reading the
// metamorphic check asked for: a verdict offered beside "missing"
// ("missing/wrong") judges the value looked for, so a bare key refused so
// is the key's fault before its scheme.
func roundaisocialCases() []provCase {
	const (
		telegramToken = "7306628415:AAGx2Qm9Lw4Rt6Yp8Zs1Vb3Nc5Df7Hj9Kl0"
		graphDocs     = "https://developers.facebook.com/docs/graph-api/guides/error-handling/"
	)
	json := jsonCT
	problem := func(extra ...string) map[string]string { return ctHeader("application/problem+json", extra...) }
	text := func(extra ...string) map[string]string { return ctHeader("text/plain; charset=utf-8", extra...) }
	xUser := bearer("X_USER_TOKEN", "TlpSeTBIVXZGVjNocnBNeE5uancwek9VSFB0ZlFXbG4zWGpEQ09XX2JTN1BaOjE2NTA1MjEzMDkyNDg6MTowOmF0OjE")
	xApp := bearer("X_BEARER_TOKEN", "AAAAAAAAAAAAAAAAAAAAAMLheAAAAAAA0%2BuSeid%2BULvsea4JtiGRiSDSJSI%3DEUifiRBkKG5E2XzMDjRfl76ZC9Ub0wnz4XsNiRVBChTYbJcE3F")
	langsmith := apiKey("LANGSMITH_API_KEY", "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", "x-api-key", "")
	gemini := apiKey("GEMINI_API_KEY", "AIzaSyD4x7Qm2Lw9Rt6Yp8Zs1Vb3Nc5Df7Hj9Kl0", "x-goog-api-key", "")
	groq := bearer("GROQ_API_KEY", "gsk_Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9j0kLmN0pQrS7t")
	graphToken := bearer("FB_PAGE_TOKEN", "EAAGm0PX4ZCpsBAKZCqZBZBZCx7Qm2Lw9Rt6Yp8Zs1Vb3Nc5Df7Hj9Kl0Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g")
	graphErr := func(msg string, code, sub int) string {
		s := `{"error":{"message":"` + msg + `","type":"OAuthException","code":` + strconv.Itoa(code)
		if sub > 0 {
			s += `,"error_subcode":` + strconv.Itoa(sub)
		}
		return s + `,"fbtrace_id":"AbCdEfGhIjKlMnOpQrStUvW"}}`
	}
	linkedin := bearer("LINKEDIN_ACCESS_TOKEN", "AQXdSP_W41_UPs5ioT_t8HESyODB4FqbkJ8LrV_5mff4gPODzOYR")
	assemblyai := headerCred("Authorization", "ASSEMBLYAI_API_KEY", "5f3c9e1a7b2d4c6e8f0a1b3c5d7e9f12")
	qdrantKey := apiKey("QDRANT_API_KEY", "qd_Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g", "api-key", "")
	const qdrantSrc = "https://github.com/qdrant/qdrant/blob/0631a97d0bbcb576a8495857926d0c5684c99349/src/common/auth/mod.rs"
	return []provCase{
		// X API v2.
		// The monthly product cap, on a 429 whose per-window counter is far
		// from zero: the catalog's rate_limited ("a usage counter at its
		// limit", and a 429), not a permission.
		{src: "https://github.com/xdevplatform/xdk/issues/25", name: "X v2 429 UsageCapExceeded Monthly product cap", status: 429,
			header: json("Content-Type", "application/json; charset=utf-8", "x-rate-limit-limit", "40000", "x-rate-limit-remaining", "39999"),
			body:   "{\n    \"account_id\": \"<redacted>\",\n    \"product_name\": \"standard-basic\",\n    \"title\": \"UsageCapExceeded\",\n    \"period\": \"Monthly\",\n    \"scope\": \"Product\",\n    \"detail\": \"Usage cap exceeded: Monthly product cap\",\n    \"type\": \"https://api.twitter.com/2/problems/usage-capped\"\n}",
			cred:   xUser, path: "/2/users/1580531219391905792/liked_tweets", want: RateLimited},
		{src: "https://github.com/plhery/node-twitter-api-v2/issues/425", name: "X v2 401 problem+json Unauthorized about:blank", status: 401,
			header: problem("cache-control", "no-cache, no-store, max-age=0", "server", "tsa_f"),
			body:   `{"title":"Unauthorized","type":"about:blank","status":401,"detail":"Unauthorized"}`,
			cred:   xApp, path: "/2/tweets/search/recent?query=JavaScript&media.fields=url", want: CredentialRejected},
		// A bare Forbidden to a user-context token that was read: the
		// catalog's "authenticated, but not allowed".
		{src: "https://github.com/plhery/node-twitter-api-v2/issues/265", name: "X v2 403 problem+json Forbidden about:blank, an OAuth 2.0 user token", status: 403,
			header: problem("cache-control", "no-cache, no-store, max-age=0", "server", "tsa_d"),
			body:   `{"title":"Forbidden","type":"about:blank","status":403,"detail":"Forbidden"}`,
			cred:   xUser, path: "/2/users/me", want: PermissionDenied},

		// LangSmith.
		{src: "https://github.com/langchain-ai/langsmith-sdk/issues/666", name: "LangSmith 401 detail Invalid token", status: 401,
			header: json(), body: `{"detail":"Invalid token"}`, cred: langsmith, method: "POST", path: "/runs/batch", want: CredentialRejected},
		// An old kind of key no longer taken: the catalog's
		// deprecated_auth_method names "a legacy API key type".
		{src: "https://github.com/langchain-ai/langsmith-sdk/issues/1201", name: "LangSmith 401 Using legacy API key, generate a new one", status: 401,
			header: json(), body: `{"detail":"Using legacy API key. Please generate a new API key."}`, cred: langsmith, method: "POST", path: "/runs/multipart", want: DeprecatedAuthMethod},
		{src: "https://github.com/docker/genai-stack/issues/36", name: "LangSmith 401 detail Invalid auth", status: 401,
			header: json(), body: `{"detail":"Invalid auth"}`, cred: langsmith, method: "POST", path: "/runs", want: CredentialRejected},
		{src: "https://github.com/langchain-ai/langsmith-sdk/issues/2492", name: "LangSmith 403 error Forbidden (a personal and an organisation workspace)", status: 403,
			header: json(), body: "{\"error\":\"Forbidden\"}\n", cred: langsmith, method: "POST", path: "/runs/multipart", want: PermissionDenied},

		// Telegram Bot API: a flood limit, the token in the path.
		{src: "https://github.com/tdlib/telegram-bot-api/issues/184", name: "Telegram 429 Too Many Requests: retry after, parameters.retry_after", status: 429,
			header: json(), body: "{\n    \"ok\": false,\n    \"error_code\": 429,\n    \"description\": \"Too Many Requests: retry after 2282\",\n    \"parameters\": {\n        \"retry_after\": 2282\n    }\n}",
			method: "POST", path: "/bot" + telegramToken + "/forwardMessage", secrets: map[string]string{"TELEGRAM_TOKEN": telegramToken}, want: RateLimited},

		// Google Gemini and Vertex AI quotas. The issue prints the
		// Python client's dict; the JSON is that dict as the API sends it.
		{src: "https://github.com/google-gemini/gemini-cli/issues/8437", name: "Gemini 429 RESOURCE_EXHAUSTED free tier QuotaFailure", status: 429,
			header: json("Content-Type", "application/json; charset=UTF-8"),
			body:   `{"error":{"code":429,"message":"You exceeded your current quota, please check your plan and billing details. For more information on this error, head to: https://ai.google.dev/gemini-api/docs/rate-limits.","status":"RESOURCE_EXHAUSTED","details":[{"@type":"type.googleapis.com/google.rpc.QuotaFailure","violations":[{"quotaMetric":"generativelanguage.googleapis.com/generate_content_free_tier_input_token_count","quotaId":"GenerateContentInputTokensPerModelPerMinute-FreeTier","quotaDimensions":{"location":"global","model":"gemini-2.5-flash-preview-image"}},{"quotaMetric":"generativelanguage.googleapis.com/generate_content_free_tier_requests","quotaId":"GenerateRequestsPerMinutePerProjectPerModel-FreeTier","quotaDimensions":{"location":"global","model":"gemini-2.5-flash-preview-image"}}]}]}}`,
			cred:   gemini, method: "POST", path: "/v1beta/models/gemini-2.5-flash-image-preview:generateContent", want: RateLimited},
		{src: "https://github.com/continuedev/continue/issues/10560", name: "Gemini 429 Resource has been exhausted (e.g. check quota)", status: 429,
			header: json("Content-Type", "application/json; charset=UTF-8"), body: "{\n  \"error\": {\n    \"code\": 429,\n    \"message\": \"Resource has been exhausted (e.g. check quota).\",\n    \"status\": \"RESOURCE_EXHAUSTED\"\n  }\n}\n",
			cred: gemini, method: "POST", path: "/v1beta/models/gemini-3-pro-preview:streamGenerateContent?alt=sse", want: RateLimited},

		// Groq and xAI: tokens per minute or day. The Groq TPD line is
		// printed bare in the issue; the envelope is the one its TPM
		// answer (the case before it) carries.
		{src: "https://github.com/crewAIInc/crewAI/issues/494", name: "Groq 429 rate_limit_exceeded tokens per minute (TPM)", status: 429,
			header: json("retry-after", "59"), body: `{"error":{"message":"Rate limit reached for model ` + "`llama3-70b-8192`" + ` in organization ` + "`org_123`" + ` on tokens per minute (TPM): Limit 5000, Used 5747, Requested ~4251. Please try again in 59.977s. Visit https://console.groq.com/docs/rate-limits for more information.","type":"tokens","code":"rate_limit_exceeded"}}`,
			cred: groq, method: "POST", path: "/openai/v1/chat/completions", want: RateLimited},
		{src: "https://github.com/continuedev/continue/issues/10920", name: "Groq 429 tokens per day (TPD), Need more tokens? Upgrade to Dev Tier", status: 429,
			header: json(), body: `{"error":{"message":"Rate limit reached for model ` + "`llama-3.3-70b-versatile`" + ` in organization ` + "`org_01kjh7p9n8f1qs6nz2bz77vy6b`" + ` service tier ` + "`on_demand`" + ` on tokens per day (TPD): Limit 100000, Used 97050, Requested 3619. Please try again in 9m38.016s. Need more tokens? Upgrade to Dev Tier today at https://console.groq.com/settings/billing","type":"tokens","code":"rate_limit_exceeded"}}`,
			cred: groq, method: "POST", path: "/openai/v1/chat/completions", want: RateLimited},
		// The issue quotes xAI's sentence; the {code, error} envelope is the
		// one xAI's other answers in the corpora carry.
		{src: "https://github.com/cline/cline/issues/4826", name: "xAI 429 too many tokens for team, Tokens per Minute (actual/limit)", status: 429,
			header: json(), body: `{"code":"Some resource has been exhausted","error":"Too many tokens for team e9fe19cb-de96-4c57-9ffb-2f1b9c631ce2 and model grok-4-0709. Your team's rate limit is — Tokens per Minute (actual/limit): 65605/16000. You can view your team rate limits at https://console.x.ai."}`,
			cred: bearer("XAI_API_KEY", "xai-Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9j0kLmN0pQrS7tUvXyZa1b2c3d4e5"), method: "POST", path: "/v1/chat/completions", want: RateLimited},

		// OpenRouter: the key's user is gone.
		{src: "https://github.com/Fosowl/agenticSeek/issues/407", name: "OpenRouter 401 User not found", status: 401,
			header: json(), body: `{"error":{"message":"User not found.","code":401}}`,
			cred: bearer("OPENROUTER_API_KEY", "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"), method: "POST", path: "/api/v1/chat/completions", want: CredentialRejected},

		// OpenAI: a token from another issuer (an Azure key or token sent
		// to api.openai.com). The issue quotes the sentence; the envelope is
		// OpenAI's error object. No expect_claims and no JWT sent, so the
		// catalog's jwt_wrong_issuer cannot apply: credential_rejected.
		{src: "https://github.com/vibrantlabsai/ragas/issues/1047", name: "OpenAI 401 invalid_issuer: token not from a valid issuer", status: 401,
			header: json(), body: "{\n  \"error\": {\n    \"message\": \"Your authentication token is not from a valid issuer.\",\n    \"type\": \"invalid_request_error\",\n    \"param\": null,\n    \"code\": \"invalid_issuer\"\n  }\n}\n",
			cred: bearer("OPENAI_API_KEY", "7f3e9c1a5b2d4e6f8a0b2c4d6e8f0a1b"), method: "POST", path: "/v1/chat/completions", want: CredentialRejected},
		{src: "https://github.com/FoundationAgents/MetaGPT/issues/523", name: "OpenAI 429 rate_limit_exceeded tokens per min (TPM)", status: 429,
			header: json("x-ratelimit-remaining-tokens", "0"), body: "{\n    \"error\": {\n        \"message\": \"Rate limit reached for gpt-4 in organization org-uVqpjtJiKqvVJMVfvpaounIh on tokens per min (TPM): Limit 10000, Used 8554, Requested 3082. Please try again in 9.816s. Visit https://platform.openai.com/account/rate-limits to learn more.\",\n        \"type\": \"tokens\",\n        \"param\": null,\n        \"code\": \"rate_limit_exceeded\"\n    }\n}\n",
			cred: bearer("OPENAI_API_KEY", "sk-proj-Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9j0kLmN0pQrS7tUvXyZa1b2c"), method: "POST", path: "/v1/chat/completions", want: RateLimited},

		// ElevenLabs: a plan's concurrency limit. The sentence is quoted in
		// the issue; the {detail:{status,message}} envelope is ElevenLabs'
		// error object.
		{src: "https://github.com/rogeriochaves/bmo/issues/5", name: "ElevenLabs 429 too_many_concurrent_requests", status: 429,
			header: json(), body: `{"detail":{"status":"too_many_concurrent_requests","message":"Too many concurrent requests. Your current subscription is associated with a maximum of 2 concurrent requests (running in parallel). This is done such that a single user does not overwhelm our systems and affect other users negatively. Please upgrade your subscription or contact sales if you want to increase this limit."}}`,
			cred: apiKey("ELEVENLABS_API_KEY", "sk_7f3e9c1a5b2d4e6f8a0b2c4d6e8f0a1b3c5d7e9f1a3b5c7d", "xi-api-key", ""), method: "POST", path: "/v1/text-to-speech/21m00Tcm4TlvDq8ikWAM", want: RateLimited},

		// AssemblyAI documents its key bare in Authorization, and answers
		// the same sentence whether the key is missing or wrong.
		{src: "https://github.com/AssemblyAI/assemblyai-python-sdk/blob/02dac14c495de6c11182a3c4bb0d8135b4f8791e/tests/unit/test_llm_gateway.py", name: "AssemblyAI 401 API token missing/invalid, a key sent", status: 401,
			header: json(), body: `{"error": "Authentication error, API token missing/invalid", "status": "error", "request_id": "req-abc-125"}`,
			cred: assemblyai, path: "/v2/transcript", want: CredentialRejected},
		{src: "https://github.com/AssemblyAI/assemblyai-python-sdk/blob/02dac14c495de6c11182a3c4bb0d8135b4f8791e/tests/unit/test_llm_gateway.py", name: "AssemblyAI 401 API token missing/invalid, nothing sent", status: 401,
			header: json(), body: `{"error": "Authentication error, API token missing/invalid", "status": "error", "request_id": "req-abc-125"}`,
			path: "/v2/transcript", want: NoCredentialsSent},

		// Qdrant: plain text from its auth layer.
		{src: qdrantSrc, name: "Qdrant 401 Must provide an API key or an Authorization bearer token, nothing sent", status: 401,
			header: text(), body: "Must provide an API key or an Authorization bearer token", path: "/collections", want: NoCredentialsSent},
		{src: qdrantSrc, name: "Qdrant 401 Invalid API key or JWT", status: 401,
			header: text(), body: "Invalid API key or JWT", cred: qdrantKey, path: "/collections", want: CredentialRejected},

		// LinkedIn.
		// The app called v2 with OAuth 1.0a values and no bearer token:
		// nothing the server reads as an OAuth 2.0 token was sent.
		{src: "https://github.com/oauth-io/sdk-node/issues/27", name: "LinkedIn v2 401 Empty oauth2 access token, nothing sent", status: 401,
			header: json(), body: `{"serviceErrorCode":401,"message":"Empty oauth2 access token","status":401}`, path: "/v2/me", want: NoCredentialsSent},
		{src: "https://github.com/scribejava/scribejava/issues/773", name: "LinkedIn v1 401 errorCode 0 Invalid access token.", status: 401,
			header: json(), body: "{\n \"errorCode\": 0,\n \"message\": \"Invalid access token.\",\n \"requestId\": \"PK3SG0IT82\",\n \"status\": 401,\n \"timestamp\": 1497034919749\n}",
			cred: linkedin, method: "POST", path: "/v1/people/~/shares?format=json", want: CredentialRejected},
		{src: "https://github.com/zyra/cordova-plugin-linkedin/issues/19", name: "LinkedIn v1 401 Unable to verify access token, oauth2_access_token in the query", status: 401,
			header: json(), body: "{\n   \"ErrorCode\": 0,\n   \"Message\": \"Unable to verify access token\",\n   \"RequestId\": \"PFV0F28P6B\",\n   \"Status\": 401,\n   \"Timestamp\": 1498049496692\n}",
			cred: apiKey("LINKEDIN_ACCESS_TOKEN", "AQXdSP_W41_UPs5ioT_t8HESyODB4FqbkJ8LrV_5mff4gPODzOYR", "", "oauth2_access_token"), path: "/v1/people/~:(id,first-name)?format=json", want: CredentialRejected},

		// Bluesky / AT Protocol.
		// AuthMissing on a 400, the words a PDS sends without a session
		// token: modelled with nothing sent.
		{src: "https://github.com/bluesky-social/cookbook/issues/52", name: "Bluesky 400 AuthMissing Authentication Required, nothing sent", status: 400,
			header: json("Content-Type", "application/json; charset=utf-8"), body: `{"error":"AuthMissing","message":"Authentication Required"}`,
			method: "POST", path: "/xrpc/com.atproto.repo.createRecord", want: NoCredentialsSent},
		{src: "https://github.com/bluesky-social/pds/issues/16", name: "Bluesky PDS 401 AuthenticationRequired to the admin's Basic login", status: 401,
			header: json("Content-Type", "application/json; charset=utf-8"), body: `{"error":"AuthenticationRequired","message":"Authentication Required"}`,
			cred: basicCred("admin", "Wq8ZbV3kLmN0pQrS7tUv"), method: "POST", path: "/xrpc/com.atproto.server.createInviteCode", want: CredentialRejected},

		// Meta Graph API. The issues quote the message; the envelope is the
		// Graph error object with its documented code and subcode.
		// The user's session ended: the token is invalid, not expired. The
		// challenge says invalid_token, which the catalog reads as
		// server_invalid_token (expected credential_rejected blind).
		{src: "https://github.com/pdir/social-feed-bundle/issues/48", name: "Graph 400 OAuthException 190/467 session invalid because the user logged out", status: 400,
			header: json("WWW-Authenticate", `OAuth "Facebook Platform" "invalid_token" "Error validating access token: The session is invalid because the user logged out."`),
			body:   graphErr("Error validating access token: The session is invalid because the user logged out.", 190, 467),
			cred:   graphToken, path: "/v19.0/me/accounts", want: ServerInvalidToken},
		{src: "https://github.com/jveldboom/facebook-gallery/issues/27", name: "Graph 400 OAuthException 190 may be because the user logged out or a system error", status: 400,
			header: json(), body: graphErr("Error validating access token: This may be because the user logged out or may be due to a system error.", 190, 0),
			cred: graphToken, path: "/v19.0/1234567890/albums", want: CredentialRejected},
		{src: graphDocs, name: "Graph 400 (#32) Page request limit reached", status: 400,
			header: json(), body: graphErr("(#32) Page request limit reached", 32, 0), cred: graphToken, path: "/v19.0/1234567890/feed", want: RateLimited},
		// A policy's block on an action of a token that was read:
		// authenticated, not allowed.
		{src: graphDocs, name: "Graph 400 (#368) action deemed abusive or otherwise disallowed", status: 400,
			header: json(), body: graphErr("The action attempted has been deemed abusive or is otherwise disallowed", 368, 0),
			cred: graphToken, method: "POST", path: "/v19.0/1234567890/feed", want: PermissionDenied},

		// Mastodon's throttle, from its rate-limit documentation.
		{src: "https://docs.joinmastodon.org/api/rate-limits/", name: "Mastodon 429 Too many requests with X-RateLimit headers", status: 429,
			header: json("X-RateLimit-Limit", "300", "X-RateLimit-Remaining", "0", "X-RateLimit-Reset", "2026-12-07T15:35:00.000000Z"), body: `{"error":"Too many requests"}`,
			cred: bearer("MASTODON_ACCESS_TOKEN", "ZA-Yj3aBD8U8Cm7lKUp-lm9O9BmDgdhHzDeqsY8tlL0"), path: "/api/v1/timelines/home", want: RateLimited},

		// TikTok and Pinterest limits, in their documented envelopes.
		{src: "https://developers.tiktok.com/doc/tiktok-api-v2-error-handling", name: "TikTok 429 rate_limit_exceeded", status: 429,
			header: json(), body: `{"error":{"code":"rate_limit_exceeded","message":"API rate limit was exceeded, only 600 requests per minute are allowed","log_id":"202206221854370101130062072500FFA2"}}`,
			cred: bearer("TIKTOK_ACCESS_TOKEN", "act.example12345Example12345Example"), method: "POST", path: "/v2/video/list/", want: RateLimited},
		{src: "https://developers.pinterest.com/docs/reference/v5/", name: "Pinterest 429 code 8 You have exceeded your rate limit", status: 429,
			header: json(), body: `{"code":8,"message":"You have exceeded your rate limit. Try again later."}`,
			cred: bearer("PINTEREST_ACCESS_TOKEN", "pina_AMAZXWYWACXOGAIAGDAGQCXHKPRPBBQBACGSPSSJMV3QQEI7BOGBQZ4MRBJYBT6BTDCGUI5LN4HTSA"), path: "/v5/boards", want: RateLimited},

		// Discord: a user account that must verify itself first. Users'
		// tokens go bare in Authorization, as Discord documents. Known and
		// not allowed until verified: permission_denied.
		{src: "https://github.com/NightfallGT/EZ-Discord-Raider/issues/5", name: "Discord 403 40002 You need to verify your account", status: 403,
			header: json(), body: `{"message": "You need to verify your account in order to perform this action.", "code": 40002}`,
			cred: headerCred("Authorization", "DISCORD_USER_TOKEN", "ODk1NDQwNjc2ODc2MjU1MjMz.YZ-zIh.Wq8ZbV3kLmN0pQrS7tUvXyZa1b2"), method: "POST", path: "/api/v9/invites/abcdef", want: PermissionDenied},
	}
}

// roundaisocialNonRefusals: answers of the same servers that refuse
// nothing a credential could fix: a duplicate post refused with 403, a
// bot polled twice, an alias that does not exist (Graph's OAuthException
// type on a 404), a partial 200 that names records not found, an
// unknown channel, a model that does not exist, an empty message.
func roundaisocialNonRefusals() []fpCase {
	return []fpCase{
		{src: "https://github.com/akrherz/iembot/issues/163", name: "X v2 403 not allowed to create a Tweet with duplicate content", status: 403,
			header: ctHeader("application/json; charset=utf-8", "x-access-level", "read-write", "x-rate-limit-limit", "100", "x-rate-limit-remaining", "98"),
			body:   `{"detail":"You are not allowed to create a Tweet with duplicate content.","type":"about:blank","title":"Forbidden","status":403}`, path: "/2/tweets"},
		{src: "https://github.com/eternnoir/pyTelegramBotAPI/issues/695", name: "Telegram 409 Conflict: terminated by other getUpdates request", status: 409,
			header: jsonCT(), body: `{"ok":false,"error_code":409,"description":"Conflict: terminated by other getUpdates request; make sure that only one bot instance is running"}`, path: "/getUpdates"},
		{src: "https://developers.facebook.com/docs/graph-api/guides/error-handling/", name: "Graph 404 (#803) Some of the aliases you requested do not exist", status: 404,
			header: jsonCT(), body: `{"error":{"message":"(#803) Some of the aliases you requested do not exist: me2","type":"OAuthException","code":803,"fbtrace_id":"AbCdEfGhIjKlMnOpQrStUvW"}}`, path: "/v19.0/me2"},
		{src: "https://docs.x.com/x-api/fundamentals/response-codes-and-errors", name: "X v2 200 partial errors Not Found Error, resource-not-found", status: 200,
			header: ctHeader("application/json; charset=utf-8"), path: "/2/users?ids=1,2244994945",
			body: `{"data":[{"id":"2244994945","name":"Developers","username":"XDevelopers"}],"errors":[{"value":"1","detail":"Could not find user with ids: [1].","title":"Not Found Error","resource_type":"user","parameter":"ids","resource_id":"1","type":"https://api.twitter.com/2/problems/resource-not-found"}]}`},
		{src: "https://discord.com/developers/docs/topics/opcodes-and-status-codes#json", name: "Discord 404 10003 Unknown Channel", status: 404,
			header: jsonCT(), body: `{"message": "Unknown Channel", "code": 10003}`, path: "/api/v10/channels/1234567890123456789/messages"},
		{src: "https://docs.anthropic.com/en/api/errors", name: "Anthropic 404 not_found_error model", status: 404,
			header: jsonCT(), body: `{"type":"error","error":{"type":"not_found_error","message":"model: claude-3-opus-latest"},"request_id":"req_011CSHoEeqs5C35K2UUqR7Fy"}`, path: "/v1/messages"},
		{src: "https://core.telegram.org/bots/api#making-requests", name: "Telegram 400 Bad Request: message text is empty", status: 400,
			header: jsonCT(), body: `{"ok":false,"error_code":400,"description":"Bad Request: message text is empty"}`, path: "/sendMessage"},
	}
}

// TestHeldoutRoundaisocial reports top-1 on the AI and social round: the
// refusals as runProviderCases serves them, and the non-refusals, which
// must get no cause.
func TestHeldoutRoundaisocial(t *testing.T) {
	runHeldoutRound(t, heldoutRound{name: "roundaisocial", cases: roundaisocialCases(), nonRefusals: roundaisocialNonRefusals()})
}

// lateRoundaisocialCases: answers gathered after the fixes above, looked
// at for the first time and run once before any change: late: first
// cause right in 7 of 7 (refusals 4 of 4, non-refusals 3 of 3 given no
// cause).
func lateRoundaisocialCases() []provCase {
	const vllm = "https://github.com/vllm-project/vllm/issues/22407"
	// vLLM's OpenAI-compatible server answers any /v1 request whose
	// Authorization is not "Bearer <its --api-key>" with this body (its
	// authentication middleware); the issue shows the 401.
	const vllmBody = `{"error":"Unauthorized"}`
	return []provCase{
		// The server has no API-key authentication set up and asks for
		// another scheme: the commerce round's Weaviate OIDC answer expects
		// scheme_mismatch, and this is its API-key twin.
		{src: "https://github.com/weaviate/weaviate/pull/8962", name: "Weaviate 401 apikey auth is not configured, try another auth scheme", status: 401,
			header: jsonCT(), body: `{"code":401,"message":"apikey auth is not configured, please try another auth scheme or set up weaviate with apikey configured"}`,
			cred: bearer("WEAVIATE_API_KEY", "Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6"), path: "/v1/schema", want: SchemeMismatch},
		// The sentence is what Deepgram's SDK prints as the answer's
		// err_msg; the {err_code, err_msg, request_id} envelope is
		// Deepgram's error object.
		{src: "https://github.com/deepgram-devs/deepgram-ai-agent-demo/issues/62", name: "Deepgram 403 account does not have the required scope for this project", status: 403,
			header: jsonCT(), body: `{"err_code":"FORBIDDEN","err_msg":"Your account does not have the required scope to perform that action for this project.","request_id":"5d4d9a3c-601e-4045-8f6b-8f5a2c3d4e5f"}`,
			cred: headerCred("Authorization", "DEEPGRAM_API_KEY", "Token 7f3e9c1a5b2d4e6f8a0b2c4d6e8f0a1b3c5d7e9f"), method: "POST", path: "/v1/projects/3f2e1d0c-9b8a-4f7e-6d5c-4b3a2f1e0d9c/keys", want: ServerInsufficientScope},
		{src: vllm, name: "vLLM 401 error Unauthorized, nothing sent", status: 401,
			header: jsonCT(), body: vllmBody, path: "/v1/models", want: NoCredentialsSent},
		{src: vllm, name: "vLLM 401 error Unauthorized, a wrong key sent", status: 401,
			header: jsonCT(), body: vllmBody, cred: bearer("VLLM_API_KEY", "sk-vllm-Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c"), method: "POST", path: "/v1/chat/completions", want: CredentialRejected},
	}
}

// lateRoundaisocialNonRefusals: X refusing a duplicate post, in v1.1's
// errors list and in its web GraphQL's AuthorizationError of kind
// Permissions in a 200: the business rule, no credential at fault; and
// Mastodon's validation error for an empty status.
func lateRoundaisocialNonRefusals() []fpCase {
	return []fpCase{
		{src: "https://docs.joinmastodon.org/methods/statuses/#create", name: "Mastodon 422 Validation failed: Text can't be blank", status: 422,
			header: jsonCT(), body: `{"error":"Validation failed: Text can't be blank"}`, path: "/api/v1/statuses"},
		{src: "https://github.com/edsu/anon/issues/111", name: "X v1.1 403 code 187 Status is a duplicate", status: 403,
			header: jsonCT(), body: `{"errors":[{"code":187,"message":"Status is a duplicate."}]}`, path: "/1.1/statuses/update.json"},
		{src: "https://github.com/fa0311/twitter-openapi/issues/32", name: "X GraphQL 200 AuthorizationError kind Permissions: Status is a duplicate (187)", status: 200,
			header: jsonCT(), path: "/i/api/graphql/SoVnbfCycZ7fERGCwpZkYA/CreateTweet",
			body: "{\n    \"errors\": [\n        {\n            \"message\": \"Authorization: Status is a duplicate. (187)\",\n            \"locations\": [\n                {\n                    \"line\": 18,\n                    \"column\": 3\n                }\n            ],\n            \"path\": [\n                \"create_tweet\"\n            ],\n            \"extensions\": {\n                \"name\": \"AuthorizationError\",\n                \"source\": \"Client\",\n                \"code\": 187,\n                \"kind\": \"Permissions\",\n                \"tracing\": {\n                    \"trace_id\": \"e549137014dc4ab3\"\n                }\n            },\n            \"code\": 187,\n            \"kind\": \"Permissions\",\n            \"name\": \"AuthorizationError\",\n            \"source\": \"Client\",\n            \"tracing\": {\n                \"trace_id\": \"e549137014dc4ab3\"\n            }\n        }\n    ],\n    \"data\": {}\n}"},
	}
}

// TestHeldoutRoundaisocialLate: see lateRoundaisocialCases.
func TestHeldoutRoundaisocialLate(t *testing.T) {
	runProviderCases(t, "roundaisocial late answers", lateRoundaisocialCases())
	runFalsePositives(t, "roundaisocial late non-refusals", lateRoundaisocialNonRefusals())
}
