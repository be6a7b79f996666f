package diagnose

import (
	"testing"
	"time"
)

// roundapisCases: a held-out round on the public data APIs and AI model
// APIs teams integrate first (TMDB, OMDb, ipstack, HERE, Google Maps,
// Mapbox, RapidAPI, Discogs, Genius, Together, xAI, Perplexity, Groq,
// Gemini, DeepSeek, Jina, AWS Bedrock, Azure AI Foundry), many of them
// taking the key in the query string or a custom header. Gathered and
// given their expected first cause from the catalog before the diagnosis
// code was read; a comment says why when two codes could fit. Bodies are
// as the sources show them; where a source printed only the message of a
// provider whose envelope another source of the same provider shows, the
// case says so. First run, before any fix: first cause right in 32 of 42
// (refusals 26 of 34, non-refusals 6 of 8); 42 of 42 after the readings
// the misses lacked (a request said to exceed the caller's quota, and a
// quota_exceeded code, is a limit; a credential said not granted a
// permission, and an object said private, is a permission; a key said
// leaked or compromised, or the caller named by its key and said
// suspended, is a refused credential whatever the status; a web server's
// own signed page passed on by a CDN is the origin's; the Authorization
// header's shape said while the credential went elsewhere is the wrong
// place; a credential's faults listed with commas name none of them; an
// error object under "success": false read by its type). One expectation
// changed on reflection, with its reason at the case (xAI's spent
// credits, rate_limited to permission_denied).
func roundapisCases(now time.Time) []provCase {
	json := jsonCT
	tmdb := apiKey("TMDB_API_KEY", "8f2c4e6a1b3d5f7a9c0e2b4d6f8a1c3e", "", "api_key")
	tmdbErr := func(code, msg string) string {
		return `{"status_code":` + code + `,"status_message":"` + msg + `","success":false}`
	}
	omdb := apiKey("OMDB_API_KEY", "5c7e9a2b", "", "apikey")
	// The key the Gemini answer echoes is replaced, in the body and in the
	// credential alike, by a made-up one of the same shape.
	geminiKey := "AIzaSyB7kQ2mX9pL4vN8rT1wZ6cF3hJ5dG0sE2a"
	gemini := apiKey("GEMINI_API_KEY", geminiKey, "", "key")
	groq := bearer("GROQ_API_KEY", "gsk_Q8vN2mK7pL4xR9tB6wZ3cF1hJ5dG0sE2aY7uI4oP6qW9eR3tY")
	deepseek := bearer("DEEPSEEK_API_KEY", "sk-40b7a17adc70e1f29b8c4d5e683215c6")
	bedrock := bearer("AWS_BEARER_TOKEN_BEDROCK", "ABSKQmVkcm9ja0FQSUtleS1hYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0")
	here := apiKey("HERE_API_KEY", "Zq4xR7tB2wN9mK5pL8vC3hJ6dG1sE0aY4uI7oP2qW5e", "", "apiKey")
	discogs := headerCred("Authorization", "DISCOGS_TOKEN", "Discogs token=QmWnEbRvTcYxUzIaOpSdFgHjKlZxCvBnMqWe")
	genius := bearer("GENIUS_ACCESS_TOKEN", "Xk9mQ2pL7vN4rT1wZ6cF3hJ8dG5sE0aY2uI7oP4qW9eR1tYbV3nM6")
	xai := bearer("XAI_API_KEY", "xai-7Hq2LmN9pR4sT6vX8zB1cD3fG5hJ7kL9mN1pQ3rS5tV7wX9yZ1aB3cD5eF7gH9")
	azure := bearer("AZURE_AI_TOKEN", "eyQmFzZTY0LW9wYXF1ZS1mb3VuZHJ5LXRva2VuLTQ4MmYxYzlk")
	return []provCase{
		// TMDB: the key in api_key, every error in one envelope.
		{src: "https://github.com/popcorntime/popcorntime/issues/1198", name: "TMDB 401 status_code 7 Invalid API key", status: 401,
			header: json(), body: tmdbErr("7", "Invalid API key: You must be granted a valid key."), cred: tmdb, path: "/3/movie/550", want: CredentialRejected},
		// The account behind the key is suspended: the key is known but
		// refused; the fix is at the provider, as for a revoked key.
		{src: "https://developer.themoviedb.org/docs/errors", name: "TMDB 401 status_code 10 Suspended API key", status: 401,
			header: json(), body: tmdbErr("10", "Suspended API key: Access to your account has been suspended, contact TMDB."), cred: tmdb, path: "/3/movie/550", want: CredentialRejected},
		// No scope is named: the user did not grant the token writing;
		// permission_denied rather than server_insufficient_scope.
		{src: "https://developer.themoviedb.org/docs/errors", name: "TMDB 401 status_code 36 token not granted write permission", status: 401,
			header: json(), body: tmdbErr("36", "This token hasn't been granted write permission by the user."), cred: tmdb, method: "POST", path: "/4/list", want: PermissionDenied},
		{src: "https://developer.themoviedb.org/docs/errors", name: "TMDB 401 status_code 39 This resource is private", status: 401,
			header: json(), body: tmdbErr("39", "This resource is private."), cred: tmdb, path: "/4/list/8251", want: PermissionDenied},

		{src: "https://developer.themoviedb.org/docs/errors", name: "TMDB 401 status_code 31 Account disabled", status: 401,
			header: json(), body: tmdbErr("31", "Account disabled: Your account is no longer active. Contact TMDB if this is an error."), cred: tmdb, path: "/3/account", want: CredentialRejected},
		{src: "https://developer.themoviedb.org/docs/errors", name: "TMDB 401 status_code 35 Invalid token (v4 bearer)", status: 401,
			header: json(), body: tmdbErr("35", "Invalid token."), cred: bearer("TMDB_READ_ACCESS_TOKEN", "eyJhbGciOiJIUzI1NiJ9.eyJhdWQiOiI4ZjJjNGU2YTFiM2Q1ZjdhIn0.Qk3mP9xR2vT6wZ1cF4hJ7dG0sE3aY5uI8o"), path: "/4/account/4bc889XXXX/lists", want: CredentialRejected},

		// OMDb: the key in apikey.
		{src: "https://github.com/omdbapi/OMDb-API/issues/316", name: "OMDb 401 Invalid API key!", status: 401,
			header: json(), body: `{"Response":"False","Error":"Invalid API key!"}`, cred: omdb, path: "/?t=titanic", want: CredentialRejected},
		{src: "https://github.com/omdbapi/OMDb-API/issues/107", name: "OMDb 401 No API key provided, nothing sent", status: 401,
			header: json(), body: `{"Response":"False","Error":"No API key provided."}`, path: "/?t=titanic", want: NoCredentialsSent},

		// ipstack (apilayer) answers 200 with an error object.
		{src: "https://github.com/blacklanternsecurity/bbot/issues/830", name: "ipstack 200 missing_access_key, nothing sent", status: 200,
			header: json(), body: `{"success":false,"error":{"code":101,"type":"missing_access_key","info":"You have not supplied an API Access Key. [Required format: access_key=YOUR_ACCESS_KEY]"}}`,
			path: "/134.201.250.155", want: NoCredentialsSent},

		// HERE.
		// Valid credentials of a plan that does not include this service
		// (Explore credentials for Navigate): permission_denied.
		{src: "https://github.com/heremaps/here-sdk-examples/issues/189", name: "HERE 403 These credentials do not authorize access", status: 403,
			header: json(), body: `{"error":"Forbidden","error_description":"These credentials do not authorize access"}`, cred: here, path: "/v8/routes?transportMode=car", want: PermissionDenied},

		// Mapbox.
		{src: "https://github.com/mapbox/mapbox-sdk-js/issues/478", name: "Mapbox 401 Not Authorized - No Token, nothing sent", status: 401,
			header: json(), body: `{"message":"Not Authorized - No Token"}`, path: "/geocoding/v5/mapbox.places/paris.json", want: NoCredentialsSent},

		// Polygon (now Massive): a plan without this data (the source
		// shows it as a browser renders JSON; the bytes are JSON).
		{src: "https://github.com/alpacahq/alpaca-trade-api-python/issues/354", name: "Polygon 403 NOT_AUTHORIZED You are not entitled to this data", status: 403,
			header: json(), body: `{"status":"NOT_AUTHORIZED","request_id":"69ee041d94e67ebaffc03ac5c64cfcb8","message":"You are not entitled to this data. Please upgrade your plan at https://polygon.io/pricing"}`,
			cred: apiKey("POLYGON_API_KEY", "Qk3mP9xR2vT6wZ1cF4hJ7dG0sE3aY5uI", "", "apiKey"), path: "/v1/open-close/FCEL/2020-01-04", want: PermissionDenied},

		// RapidAPI: the key is known, not subscribed to this API (a plan).
		{src: "https://github.com/hermanzdosilovic/online-compiler/issues/1", name: "RapidAPI 403 You are not subscribed to this API", status: 403,
			header: json(), body: `{"message":"You are not subscribed to this API."}`, cred: apiKey("RAPIDAPI_KEY", "9a8b7c6d5emsh4f3a2b1c0d9e8f7ap1a2b3cjsn4d5e6f7a8b9c", "X-RapidAPI-Key", ""),
			method: "POST", path: "/submissions", want: PermissionDenied},

		// Discogs.
		{src: "https://github.com/clementine-player/Clementine/issues/4735", name: "Discogs 401 You must authenticate, nothing sent", status: 401,
			header: json(), body: `{"message": "You must authenticate to access this resource."}`, path: "/database/search?artist=gas&release_title=pop&type=master", want: NoCredentialsSent},
		// Authenticated, not the owner (the source prints the SDK's message;
		// the envelope is the one of the 401 above).
		{src: "https://github.com/bartve/disconnect/issues/16", name: "Discogs 403 not allowed, authenticate as the owner", status: 403,
			header: json(), body: `{"message": "You are not allowed to view this resource. Please authenticate as the owner to view this content."}`, cred: discogs,
			path: "/users/acme/collection/folders/1/releases", want: PermissionDenied},

		// Genius.
		{src: "https://github.com/zyrouge/node-genius-lyrics/issues/34", name: "Genius 401 invalid_token expired, revoked, malformed", status: 401,
			header: json(), body: `{"error":"invalid_token","error_description":"The access token provided is expired, revoked, malformed or invalid for other reasons."}`,
			cred: genius, path: "/search?q=kendrick", want: ServerInvalidToken},
		// A token was sent (another service's), and the answer says one is
		// required: the token sent was not taken as one; credential_rejected,
		// not no_credentials_sent.
		{src: "https://github.com/DuncteBot/java-timed-lyrics/issues/3", name: "Genius 401 This call requires an access_token, a token sent", status: 401,
			header: json(), body: `{"meta":{"status":401,"message":"This call requires an access_token. Please see: https://genius.com/developers"}}`,
			cred: bearer("GENIUS_ACCESS_TOKEN", "ya29.a0AfB_byADjeO6IlwyY8o818ZI2DOEABfO7Qk3mP9xR2vT"), path: "/search?q=bohemian+rhapsody", want: CredentialRejected},

		// AI model APIs.
		{src: "https://github.com/harshitv804/LawGPT/issues/4", name: "Together 401 invalid_api_key", status: 401,
			header: json(), body: `{ "error": { "message": "Invalid API key provided. You can find your API key at https://api.together.xyz/settings/api-keys.", "type": "invalid_request_error", "param": null, "code": "invalid_api_key" } }`,
			cred: bearer("TOGETHER_API_KEY", "tgp_v1_Hq2LmN9pR4sT6vX8zB1cD3fG5hJ7kL9mN1pQ3rS5tV7w"), method: "POST", path: "/v1/chat/completions", want: CredentialRejected},
		// xAI answers a bad key with 400 (the source prints the status and
		// the message; the envelope, code and error, is xAI's as its 403
		// below shows).
		{src: "https://github.com/continuedev/continue/issues/10778", name: "xAI 400 Incorrect API key provided", status: 400,
			header: json(), body: `{"code":"Client specified an invalid argument","error":"Incorrect API key provided: na***ys. You can obtain an API key from https://console.x.ai."}`, cred: xai, method: "POST", path: "/v1/chat/completions", want: CredentialRejected},
		// A team without credits: a billing state of a known team; the
		// catalog's plan feature, permission_denied.
		{src: "https://github.com/griptape-ai/griptape-nodes-engine/issues/1079", name: "xAI 403 newly created team has no credits", status: 403,
			header: json(), body: `{"code": "The caller does not have permission to execute the specified operation", "error": "Your newly created teams doesn't have any credits yet. You can purchase credits on https://console.x.ai/team/c853730f-fe0f-4537-b8a2-0e6e33c8342d."}`,
			cred: xai, method: "POST", path: "/v1/chat/completions", want: PermissionDenied},
		// A team's credits spent or its monthly spending limit reached (the
		// source prints the status and message; the envelope is xAI's 403).
		// Expected rate_limited before the first run; changed on reflection:
		// the answer asks to purchase credits or raise the spending limit,
		// a billing action in the console, not a wait for a reset, which
		// the catalog reads as a plan feature (permission_denied), as it
		// reads Anthropic's "credit balance is too low".
		{src: "https://github.com/warpdotdev/warp/issues/14867", name: "xAI 403 team used all credits or reached its monthly spending limit", status: 403,
			header: json(), body: `{"code":"The caller does not have permission to execute the specified operation","error":"Your team 8c268de0-42ec-4474-b4b6-4c92c1f97827 has either used all available credits or reached its monthly spending limit. To continue making API requests, please purchase more credits or raise your spending limit."}`,
			cred: xai, method: "POST", path: "/v1/responses", want: PermissionDenied},
		// openresty's own 401 page with Cloudflare's challenge script: a
		// web server's default page, not a WAF block; the key was refused.
		{src: "https://github.com/perplexityai/api-discussion/issues/281", name: "Perplexity 401 openresty Authorization Required page", status: 401,
			header: map[string]string{"Content-Type": "text/html", "Server": "cloudflare", "CF-RAY": "930dc0abc8f136da-AMS"},
			body:   "<html>\n<head><title>401 Authorization Required</title></head>\n<body>\n<center><h1>401 Authorization Required</h1></center>\n<hr><center>openresty/1.27.4</center>\n<script>(function(){function c(){var b=a.contentDocument||a.contentWindow.document;if(b){var d=b.createElement('script');d.innerHTML=\"window.__CF$cv$params={r:'930dc0abc8f136da',t:'MTc0NDc0NDMyNy4wMDAwMDA='};var a=document.createElement('script');a.nonce='';a.src='/cdn-cgi/challenge-platform/scripts/jsd/main.js';document.getElementsByTagName('head')[0].appendChild(a);\";b.getElementsByTagName('head')[0].appendChild(d)}}if(document.body){var a=document.createElement('iframe');a.height=1;a.width=1;a.style.position='absolute';a.style.top=0;a.style.left=0;a.style.border='none';a.style.visibility='hidden';document.body.appendChild(a);if('loading'!==document.readyState)c();else if(window.addEventListener)document.addEventListener('DOMContentLoaded',c);else{var e=document.onreadystatechange||function(){};document.onreadystatechange=function(b){e(b);'loading'!==document.readyState&&(document.onreadystatechange=e,c())}}}})();</script></body>\n</html>\n",
			cred:   bearer("PERPLEXITY_API_KEY", "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"), method: "POST", path: "/chat/completions", want: CredentialRejected},
		// Cloudflare's headers are in front of the API; the body is the API's.
		{src: "https://github.com/ag5826000/resume-commentor/issues/4", name: "Groq 401 Invalid API Key behind Cloudflare", status: 401,
			header: json("Server", "cloudflare", "CF-RAY", "91b0c10e4a051b5a-NBO", "Via", "1.1 google", "X-Groq-Region", "us-west-1", "Cache-Control", "private, max-age=0, no-store, no-cache, must-revalidate"),
			body:   `{"error":{"message":"Invalid API Key","type":"invalid_request_error","code":"invalid_api_key"}}`, cred: groq, method: "POST", path: "/openai/v1/chat/completions", want: CredentialRejected},
		{src: "https://github.com/deepseek-ai/DeepSeek-R1/issues/82", name: "DeepSeek 401 Authentication Fails (no such user)", status: 401,
			header: json(), body: "{\n    \"error\": {\n        \"message\": \"Authentication Fails (no such user)\",\n        \"type\": \"authentication_error\",\n        \"param\": null,\n        \"code\": \"invalid_request_error\"\n    }\n}", cred: deepseek, method: "POST", path: "/chat/completions", want: CredentialRejected},
		// The key went in x-api-key (an Anthropic-style client) while the
		// server reads Authorization: Bearer (the message as the source
		// prints it, in DeepSeek's envelope of the case above).
		{src: "https://github.com/continuedev/continue/issues/10056", name: "DeepSeek 401 auth header format should be Bearer, key in x-api-key", status: 401,
			header: json(), body: `{"error":{"message":"Authentication Fails (auth header format should be Bearer sk-...)","type":"authentication_error","param":null,"code":"invalid_request_error"}}`,
			cred: apiKey("DEEPSEEK_API_KEY", "sk-40b7a17adc70e1f29b8c4d5e683215c6", "x-api-key", ""), method: "POST", path: "/chat/completions", want: CredentialInWrongPlace},
		{src: "https://github.com/BerriAI/litellm/issues/10403", name: "DeepSeek 401 Authentication Fails, Your api key is invalid", status: 401,
			header: json(), body: `{"error":{"message":"Authentication Fails, Your api key: ****cd15 is invalid","type":"authentication_error","param":null,"code":"invalid_request_error"}}`,
			cred: bearer("DEEPSEEK_API_KEY", "sk-fc7b1c9e2f4a6d8b0c3e5f7a9b1dcd15"), method: "POST", path: "/chat/completions", want: CredentialRejected},
		// An empty Authorization: Bearer was sent; here nothing is.
		{src: "https://github.com/tinyhumansai/openhuman/issues/3354", name: "Cohere 401 no api key supplied, nothing sent", status: 401,
			header: json(), body: `{"message":"no api key supplied"}`, method: "POST", path: "/v2/embed", want: NoCredentialsSent},
		// An Azure OpenAI key sent as a bearer token: the words list
		// missing, invalid, wrong audience and expired; a credential was
		// sent and nothing says which; credential_rejected.
		{src: "https://github.com/MuiseDestiny/zotero-gpt/issues/412", name: "Azure OpenAI 401 Access token is missing, invalid, audience is incorrect, or have expired", status: 401,
			header: json(), body: `{"statusCode":401,"message":"Unauthorized. Access token is missing, invalid, audience is incorrect (https://cognitiveservices.azure.com), or have expired."}`,
			cred: bearer("AZURE_OPENAI_API_KEY", "4f2b9c1d7e6a5b8c3d0e9f1a2b7c6d5e"), method: "POST", path: "/openai/deployments/gpt-4o/chat/completions?api-version=2024-02-15-preview", want: CredentialRejected},
		{src: "https://github.com/jina-ai/reader/issues/1217", name: "Jina 401 Invalid Jina API key", status: 401,
			header: json(), body: `{"error":"Invalid Jina API key, please check your API key at https://jina.ai"}`,
			cred: bearer("JINA_API_KEY", "jina_7b1c9e2f4a6d8b0c3e5f7a9b1d3f5a7c"), path: "/?q=Jina+AI", want: CredentialRejected},

		// Google Gemini: google.rpc statuses.
		// PERMISSION_DENIED, but the key itself is what is refused (Google
		// blocked it as leaked): a new key, credential_rejected.
		{src: "https://github.com/continuedev/continue/issues/11541", name: "Gemini 403 Your API key was reported as leaked", status: 403,
			header: json(), body: "{\n  \"error\": {\n    \"code\": 403,\n    \"message\": \"Your API key was reported as leaked. Please use another API key.\",\n    \"status\": \"PERMISSION_DENIED\"\n  }\n}\n",
			cred: gemini, method: "POST", path: "/v1beta/models/gemini-2.5-pro:generateContent", want: CredentialRejected},
		// The key (the consumer) is suspended: the key is refused, whatever
		// the status says.
		{src: "https://github.com/google/generative-ai-docs/issues/356", name: "Gemini 403 Consumer api_key has been suspended", status: 403,
			header: json(), body: "{\n  \"error\": {\n    \"code\": 403,\n    \"message\": \"Permission denied: Consumer 'api_key:" + geminiKey + "' has been suspended.\",\n    \"status\": \"PERMISSION_DENIED\",\n    \"details\": [\n      {\n        \"@type\": \"type.googleapis.com/google.rpc.ErrorInfo\",\n        \"reason\": \"CONSUMER_SUSPENDED\",\n        \"domain\": \"googleapis.com\",\n        \"metadata\": {\n          \"service\": \"generativelanguage.googleapis.com\",\n          \"consumer\": \"projects/578829824020\"\n        }\n      }\n    ]\n  }\n}\n",
			cred: gemini, method: "POST", path: "/v1beta/models/gemini-pro:generateContent", want: CredentialRejected},
		{src: "https://github.com/gemini-cli-extensions/nanobanana/issues/16", name: "Gemini 403 Permission denied on resource project, CONSUMER_INVALID", status: 403,
			header: json(), body: "[{\n    \"error\": {\n      \"code\": 403,\n      \"message\": \"Permission denied on resource project polynomial-coda-466015-e4.\",\n      \"errors\": [\n        {\n          \"message\": \"Permission denied on resource project polynomial-coda-466015-e4.\",\n          \"domain\": \"global\",\n          \"reason\": \"forbidden\"\n        }\n      ],\n      \"status\": \"PERMISSION_DENIED\",\n      \"details\": [\n        {\n          \"@type\": \"type.googleapis.com/google.rpc.ErrorInfo\",\n          \"reason\": \"CONSUMER_INVALID\",\n          \"domain\": \"googleapis.com\",\n          \"metadata\": {\n            \"containerInfo\": \"polynomial-coda-466015-e4\",\n            \"service\": \"cloudaicompanion.googleapis.com\",\n            \"consumer\": \"projects/polynomial-coda-466015-e4\"\n          }\n        },\n        {\n          \"@type\": \"type.googleapis.com/google.rpc.LocalizedMessage\",\n          \"locale\": \"en-US\",\n          \"message\": \"Permission denied on resource project polynomial-coda-466015-e4.\"\n        },\n        {\n          \"@type\": \"type.googleapis.com/google.rpc.Help\",\n          \"links\": [\n            {\n              \"description\": \"Google developers console\",\n              \"url\": \"https://console.developers.google.com\"\n            }\n          ]\n        }\n      ]\n    }\n  }\n  ]",
			cred: bearer("GEMINI_OAUTH_TOKEN", "ya29.a0AeXRPp7Hq2LmN9pR4sT6vX8zB1cD3fG5hJ7kL9mN1pQ3rS5t"), method: "POST", path: "/v1internal:generateContent", want: PermissionDenied},

		// AWS Bedrock (its API keys are bearer tokens; the SigV4 answers
		// are the same).
		{src: "https://github.com/gaiin-platform/amplify-genai-backend/issues/62", name: "Bedrock 403 AccessDeniedException no access to the model", status: 403,
			header: json("x-amzn-ErrorType", "AccessDeniedException:http://internal.amazon.com/coral/com.amazon.bedrock/"),
			body:   `{"message":"You don't have access to the model with the specified model ID."}`, cred: bedrock, method: "POST", path: "/model/anthropic.claude-3-5-sonnet-20240620-v1:0/converse", want: PermissionDenied},
		{src: "https://github.com/ministryofjustice/modernisation-platform-environments/pull/18323", name: "Bedrock 403 Model access is denied, Marketplace actions not authorized", status: 403,
			header: json("x-amzn-ErrorType", "AccessDeniedException:http://internal.amazon.com/coral/com.amazon.bedrock/"),
			body:   `{"message":"Model access is denied due to IAM user or service role is not authorized to perform the required AWS Marketplace actions (aws-marketplace:ViewSubscriptions, aws-marketplace:Subscribe) to enable access to this model. Refer to the Amazon Bedrock documentation for further details. Your AWS Marketplace subscription for this model cannot be completed at this time. If you recently fixed this issue, try again after 5 minutes."}`,
			cred:   bedrock, method: "POST", path: "/model/anthropic.claude-sonnet-4-20250514-v1:0/converse", want: PermissionDenied},

		// Azure AI Foundry answers a missing role with 401 PermissionDenied.
		{src: "https://github.com/davrous/AzureAgentToM365/issues/3", name: "Azure AI Foundry 401 PermissionDenied principal lacks the data action", status: 401,
			header: json(), body: `{"error":{"code":"PermissionDenied","message":"The principal XXXXXXXXXXXXXXXX lacks the required data action Microsoft.CognitiveServices/accounts/AIServices/agents/read to perform GET /api/projects/{projectName}/assistants/{assistantId} operation. For instructions on granting the necessary permissions, see https://aka.ms/FoundryPermissions."}}`,
			cred: azure, path: "/api/projects/support/assistants/asst_4f2b9c1d", want: PermissionDenied},
	}
}

// roundapisNonRefusals: answers of the same APIs that look like auth
// refusals but are not: a 404 for a film or city that does not exist, a
// 400 for a bad parameter, and quotas said on 401, 429 (rate_limited).
func roundapisNonRefusals() []fpCase {
	return []fpCase{
		{src: "https://gist.github.com/bob454522", name: "TMDB 404 status_code 34 resource not found", status: 404, header: jsonCT(),
			body: `{"success":false,"status_code":34,"status_message":"The resource you requested could not be found."}`},
		{src: "https://github.com/csparpa/pyowm/pull/83", name: "OpenWeatherMap 404 Error: Not found city", status: 404, header: jsonCT(),
			body: `{"message": "Error: Not found city", "cod": "404"}`},
		{src: "https://github.com/briandowns/openweathermap/issues/97", name: "OpenWeatherMap 400 wrong latitude", status: 400, header: jsonCT(),
			body: `{"cod":"400","message":"wrong latitude"}`},
		// A character quota spent, answered 401.
		{src: "https://github.com/Significant-Gravitas/AutoGPT/issues/263", name: "ElevenLabs 401 quota_exceeded", status: 401, header: jsonCT(),
			body: `{"detail":{"status":"quota_exceeded","message":"This request exceeds your quota. You have 11 characters remaining, while 70 characters are required for this request.","character_used":10059,"character_limit":10000}}`,
			want: RateLimited},
		// OMDb answers its daily limit with 401.
		{src: "https://github.com/omdbapi/OMDb-API/issues/55", name: "OMDb 401 Request limit reached!", status: 401, header: jsonCT(),
			body: `{"Response":"False","Error":"Request limit reached!"}`, want: RateLimited},
		{src: "https://github.com/chatboxai/chatbox/issues/646", name: "Azure OpenAI 404 DeploymentNotFound", status: 404, header: jsonCT(),
			body: `{"error":{"code":"DeploymentNotFound","message":"The API deployment for this resource does not exist. If you created the deployment within the last 5 minutes, please wait a moment and try again."}}`},
		{src: "https://developer.themoviedb.org/docs/errors", name: "TMDB 429 status_code 25 request count over the limit", status: 429, header: jsonCT(),
			body: `{"status_code":25,"status_message":"Your request count (#) is over the allowed limit of (40).","success":false}`, want: RateLimited},
	}
}

// TestHeldoutRoundapis reports top-1 on the public data and AI model APIs
// round: the refusals as runProviderCases serves them, and the
// non-refusals, which must get no cause or rate_limited.
func TestHeldoutRoundapis(t *testing.T) {
	runHeldoutRound(t, heldoutRound{name: "roundapis", cases: roundapisCases(time.Now()), nonRefusals: roundapisNonRefusals()})
}

// lateRoundapisCases: answers of the same category gathered after the
// round's fixes, run once unchanged before any further reading;
// expectations from the catalog. First run: 2 of 6 (refusals 2 of 4,
// non-refusals 0 of 2; the CryptoCompare 200 was first listed as a
// non-refusal, which the false-positive harness cannot serve with a cause
// for a 2xx, and moved here unchanged). 6 of 6 after four general
// readings: an endpoint or feature disabled or not enabled for the
// caller's subscription, plan or tier is a plan (permission_denied); the
// caller's location or country said not supported is the geo restriction
// (ip_restricted); more results asked for than a plan pages through is the
// request's size, not a plan feature; a capitalised "Response": "False" or
// "Error" flag with its text in "Error" or "Message" is read as an
// {"ok": false} envelope.
func lateRoundapisCases() []provCase {
	json := jsonCT
	cmc := apiKey("CMC_PRO_API_KEY", "b54bcf4d-1bca-4e8e-9a24-22ff2c3d462c", "X-CMC_PRO_API_KEY", "")
	return []provCase{
		{src: "https://github.com/amrrs/coinmarketcapr/issues/33", name: "CoinMarketCap 403 1006 subscription plan doesn't support this endpoint", status: 403,
			header: json(), body: "{\n    \"status\": {\n        \"timestamp\": \"2022-03-09T01:22:54.602Z\",\n        \"error_code\": 1006,\n        \"error_message\": \"Your API Key subscription plan doesn't support this endpoint.\",\n        \"elapsed\": 0,\n        \"credit_count\": 0\n    }\n}",
			cred: cmc, path: "/v1/global-metrics/quotes/historical?convert=USD&count=10&interval=yearly", want: PermissionDenied},
		// Coinranking through RapidAPI: an endpoint the subscription's plan
		// does not include, answered 401.
		{src: "https://github.com/adrianhajdin/project_cryptoverse/issues/54", name: "Coinranking 401 This endpoint is disabled for your subscription", status: 401,
			header: json(), body: `{"message":"This endpoint is disabled for your subscription"}`,
			cred: apiKey("RAPIDAPI_KEY", "3f2e1d0c9bmsh8a7f6e5d4c3b2a1p1f0e9djsn8c7b6a5f4e3d", "X-RapidAPI-Key", ""), path: "/exchanges", want: PermissionDenied},
		// The caller's location (the address it called from) is not served:
		// run from an allowed network, as for an address allowlist.
		{src: "https://github.com/gemini-api-php/client/issues/32", name: "Gemini 400 FAILED_PRECONDITION User location is not supported", status: 400,
			header: json(), body: `{ "error": { "code": 400, "message": "User location is not supported for the API use.", "status": "FAILED_PRECONDITION" } }`,
			cred: apiKey("GEMINI_API_KEY", "AIzaSyC4mQ8xR2vT6wZ1cF9hJ3dG7sE5aY0uI2o", "", "key"), method: "POST", path: "/v1beta/models/gemini-pro:generateContent", want: IPRestricted},
		// A rate limit said in a 200 (the harness serves a 200 that
		// refuses as a refusal).
		{src: "https://github.com/madnight/bitcoin-chart-cli/issues/22", name: "CryptoCompare 200 Response Error over your rate limit", status: 200,
			header: json(), body: `{"Response":"Error","Message":"You are over your rate limit please upgrade your account!","HasWarning":false,"Type":99,"RateLimit":{"calls_made":{"second":1,"minute":1,"hour":1,"day":106,"month":75771,"total_calls":75771},"max_calls":{"second":20,"minute":300,"hour":3000,"day":10000,"month":75000}},"Data":{}}`,
			cred: apiKey("CRYPTOCOMPARE_API_KEY", "9f8e7d6c5b4a39281706f5e4d3c2b1a09f8e7d6c5b4a39281706f5e4d3c2b1a0", "", "api_key"), path: "/data/v2/histoday?fsym=BTC&tsym=CAD", want: RateLimited},
		{src: "https://github.com/dr5hn/countries-states-cities-database/issues/1583", name: "Country State City API Invalid API key", status: 401,
			header: json(), body: "{\n    \"status\": \"error\",\n    \"message\": \"Invalid API key\"\n}",
			cred: apiKey("CSC_API_KEY", "NHhvOEcyWk1q4xR7tB2wN9mK5pL8vC3hJ6dG1sE0", "X-CSCAPI-KEY", ""), path: "/v1/countries", want: CredentialRejected},
	}
}

// lateRoundapisNonRefusals: a late answer that is not a refusal of the
// credential.
func lateRoundapisNonRefusals() []fpCase {
	return []fpCase{
		// More results than a developer plan pages through: a smaller page
		// is the fix, not the credential nor a permission.
		{src: "https://github.com/airbytehq/airbyte/pull/18301", name: "NewsAPI 426 maximumResultsReached", status: 426, header: jsonCT("Server", "cloudflare", "CF-RAY", "75fe0e7ce9899510-JOI"),
			body: `{"status":"error","code":"maximumResultsReached","message":"You have requested too many results. Developer accounts are limited to a max of 100 results. You are trying to request results 90 to 180. Please upgrade to a paid plan if you need more results."}`},
	}
}

// TestHeldoutRoundapisLate: see lateRoundapisCases.
func TestHeldoutRoundapisLate(t *testing.T) {
	runProviderCases(t, "roundapis late answers", lateRoundapisCases())
	runFalsePositives(t, "roundapis late non-refusals", lateRoundapisNonRefusals())
}
