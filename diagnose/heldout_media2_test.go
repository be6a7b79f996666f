package diagnose

import "time"

// dataCases: the media round's data, search, content and AI APIs
// (Snowflake, Databricks, Supabase, Hasura, Elasticsearch, Algolia,
// Meilisearch, Pinecone, Weaviate, Contentful, Sanity, Strapi, Mux, Gemini,
// Mistral, ElevenLabs, Deepgram, Replicate). Expectations decided from
// docs/diagnosis.md before the first run.
func dataCases(now time.Time) []provCase {
	snowflakeJWT := makeJWT(map[string]any{"iss": "MYORG-MYACCOUNT.CI_USER.SHA256:Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9j0=", "sub": "MYORG-MYACCOUNT.CI_USER",
		"iat": now.Add(-time.Minute).Unix(), "exp": now.Add(58 * time.Minute).Unix()})
	supabaseKey := makeJWT(map[string]any{"iss": "supabase", "ref": "abcdefghijklmnopqrst", "role": "service_role",
		"iat": now.Add(-24 * time.Hour).Unix(), "exp": now.Add(3650 * 24 * time.Hour).Unix()})
	meili := bearer("MEILI_API_KEY", "d0552b41536279a0ad88bd595327b96f01176a60c2243e906c52ac02375f9bc4")
	mistral := bearer("MISTRAL_API_KEY", "Xq7pR2vT9mK4nB8cW3zL6yF1hJ5dG0sA")
	eleven := apiKey("ELEVENLABS_API_KEY", "sk_3f2e1d0c9b8a7f6e5d4c3b2a1f0e9d8c7b6a5f4e3d2c1b0a", "xi-api-key", "")
	deepgram := tokenScheme("DEEPGRAM_API_KEY", "3f2e1d0c9b8a7f6e5d4c3b2a1f0e9d8c7b6a5f4e")
	algolia := twoHeaders("X-Algolia-Application-Id", "BH4D9OD16A", "X-Algolia-API-Key", "59ff39ed48d0820010c7e09fc4b677bf")
	return []provCase{
		// Warehouses and databases behind an HTTP API.
		{src: "https://github.com/slothflowlabs/duckle/issues/22", name: "Snowflake SQL API 401 390144 JWT token is invalid", status: 401,
			header: jsonCT(), body: `{ "code" : "390144", "message" : "JWT token is invalid. [7fb87e37-2f26-4a10-9f9c-72276ea898bf]" }`,
			cred: bearer("SNOWFLAKE_JWT", snowflakeJWT), method: "POST", path: "/api/v2/statements", want: CredentialRejected},
		{src: "https://github.com/databricks/databricks-sdk-go/issues/873", name: "Databricks 403 Invalid access token", status: 403,
			// A 403 whose words say the token is not valid: rejected, not a missing permission.
			header: map[string]string{"Content-Type": "application/json; charset=utf-8", "Server": "databricks", "X-Databricks-Reason-Phrase": "Invalid access token."},
			body:   "{\n  \"error_code\": 403,\n  \"message\": \"Invalid access token.\"\n}",
			cred:   bearer("DATABRICKS_TOKEN", "dapi0123456789abcdef0123456789abcdef-2"), path: "/api/2.0/secrets/scopes/list", want: CredentialRejected},
		// The status as nuxt-modules/supabase#195 shows it for the same body.
		{src: "https://github.com/supabase-community/supabase-csharp/issues/108", name: "Supabase 401 Invalid API key, hint anon or service_role", status: 401,
			header: jsonCT(), body: "{\"message\":\"Invalid API key\",\"hint\":\"Double check your Supabase `anon` or `service_role` API key.\"}",
			cred: apiKey("SUPABASE_SERVICE_ROLE_KEY", supabaseKey, "apikey", ""), path: "/rest/v1/users", want: CredentialRejected},
		// The status as hasura/graphql-engine#71 ("throw 401 ... for access key mismatch or not found").
		{src: "https://github.com/hasura/graphql-engine/issues/5563", name: "Hasura 401 invalid x-hasura-admin-secret", status: 401,
			header: jsonCT(), body: `{"path":"$","error":"invalid x-hasura-admin-secret/x-hasura-access-key","code":"access-denied"}`,
			cred: headerCred("x-hasura-admin-secret", "HASURA_GRAPHQL_ADMIN_SECRET", "sifr7xib9Ipu2ruQ"), method: "POST", path: "/v1/metadata", want: CredentialRejected},
		{src: "https://github.com/hasura/graphql-engine/issues/5563", name: "Hasura 401 admin secret required but not found, secret sent as a Bearer token", status: 401,
			header: jsonCT(), body: `{"path":"$","error":"x-hasura-admin-secret/x-hasura-access-key required, but not found","code":"access-denied"}`,
			cred: bearer("HASURA_GRAPHQL_ADMIN_SECRET", "sifr7xib9Ipu2ruQ"), method: "POST", path: "/v1/metadata", want: CredentialInWrongPlace},

		// Search.
		{src: "https://github.com/magenx/Magento-2-server-installation/issues/170", name: "Elasticsearch 403 security_exception action is unauthorized for user with roles", status: 403,
			header: jsonCT(), body: `{"error":{"root_cause":[{"type":"security_exception","reason":"action [indices:data/read/search] is unauthorized for user [magento_indexer] with roles [magento_indexer] on indices [magento_product_1], this action is granted by the index privileges [read,all]"}],"type":"security_exception","reason":"action [indices:data/read/search] is unauthorized for user [magento_indexer] with roles [magento_indexer] on indices [magento_product_1], this action is granted by the index privileges [read,all]"},"status":403}`,
			cred: basicCred("magento_indexer", "Ix7pR2vT9mK4nB8c"), method: "POST", path: "/magento_product_1/_search", want: PermissionDenied},
		{src: "https://github.com/algolia/docsearch-configs/issues/4407", name: "Algolia 403 Method not allowed with this API key, PUT index settings", status: 403,
			header: jsonCT(), body: `{"message":"Method not allowed with this API key","status":403}`,
			cred: algolia, method: "PUT", path: "/1/indexes/zowe/settings", want: PermissionDenied},
		{src: "https://github.com/mmistakes/minimal-mistakes/issues/1868", name: "Algolia 403 Index not allowed with this API key", status: 403,
			header: jsonCT(), body: `{"message":"Index not allowed with this API key","status":403}`,
			cred: algolia, method: "POST", path: "/1/indexes/*/batch", want: PermissionDenied},
		// Status as the Meilisearch error specification gives it.
		{src: "https://github.com/meilisearch/specifications/blob/develop/text/0061-error-format-and-definitions.md", name: "Meilisearch 403 invalid_api_key, listing indexes", status: 403,
			header: jsonCT(), body: "{\n    \"message\": \"The provided API key is invalid.\",\n    \"code\": \"invalid_api_key\",\n    \"type\": \"auth\",\n    \"link\": \"https://docs.meilisearch.com/errors#invalid_api_key\"\n}",
			cred: meili, path: "/indexes", want: CredentialRejected},
		{src: "https://blog.csdn.net/qq_32649581/article/details/139619662", name: "Meilisearch 401 missing_authorization_header, key sent without Bearer", status: 401,
			header: jsonCT(), body: `{"message":"The Authorization header is missing. It must use the bearer authorization method.","code":"missing_authorization_header","type":"auth","link":"https://docs.meilisearch.com/errors#missing_authorization_header"}`,
			cred: headerCred("Authorization", "MEILI_MASTER_KEY", "Xq7pR2vT9mK4nB8cW3zL6yF1"), path: "/keys", want: PrefixMissing},
		// An older server still reads X-Meili-API-Key (status as its specification).
		{src: "https://github.com/meilisearch/meilisearch/issues/3807", name: "Meilisearch 401 The X-MEILI-API-KEY header is missing, Bearer sent", status: 401,
			header: jsonCT(), body: `{"message":"The X-MEILI-API-KEY header is missing.","code":"missing_authorization_header","type":"auth","link":"https://docs.meilisearch.com/errors#missing_authorization_header"}`,
			cred: meili, path: "/keys", want: CredentialInWrongPlace},
		{src: "https://github.com/Significant-Gravitas/AutoGPT/issues/541", name: "Pinecone 401 API key invalid for the environment", status: 401,
			// The key lives in another environment (a cloud region) than the one called.
			header: map[string]string{"WWW-Authenticate": `API key is missing or invalid for the environment "northamerica-northeast1-gcp". Check that the correct environment is specified.`, "Server": "envoy"},
			body:   `API key is missing or invalid for the environment "northamerica-northeast1-gcp". Check that the correct environment is specified.`,
			cred:   apiKey("PINECONE_API_KEY", "8f3e2d1c-0b9a-4f8e-7d6c-5b4a3f2e1d0c", "Api-Key", ""), path: "/databases", want: RegionMismatch},
		{src: "https://github.com/muleyprasad/weaviate-studio/issues/31", name: "Weaviate 401 oidc auth is not configured, try another auth scheme", status: 401,
			header: jsonCT(), body: `{"code":401,"message":"oidc auth is not configured, please try another auth scheme or set up weaviate with OIDC configured"}`,
			cred: bearer("WEAVIATE_API_KEY", "Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6"), path: "/v1/meta", want: SchemeMismatch},

		// Content platforms.
		// A Delivery token sent to the Management API; status as contentful-export#98.
		{src: "https://github.com/carrot/sprout-static-cms/issues/7", name: "Contentful 403 AccessTokenInvalid on the Management API", status: 403,
			header: map[string]string{"Content-Type": "application/vnd.contentful.management.v1+json"}, body: `{"sys":{"type":"Error","id":"AccessTokenInvalid"},"requestId":"9e1-614553853","message":"The access token you sent could not be found or is invalid."}`,
			cred: apiKey("CONTENTFUL_TOKEN", "a070fc38c0a22fcf9d211c4fd8c2e745870b0e297a2c1eb24ca5eef8b8484ab2", "", "access_token"), path: "/spaces/78zejdkeep0n", want: CredentialRejected},
		// Headers and fields as the client logs them; rate-limit headers far from zero.
		{src: "https://github.com/sanity-io/squizzy/issues/20", name: "Sanity 401 SIO-401-ANF Session not found, a bearer token", status: 401,
			header: jsonCT("X-Ratelimit-Limit-Second", "50", "X-Ratelimit-Remaining-Second", "49", "Ratelimit-Remaining", "49", "Ratelimit-Limit", "50"),
			body:   `{"errorCode":"SIO-401-ANF","message":"Session not found","statusCode":401,"error":"Unauthorized"}`,
			cred:   bearer("SANITY_API_TOKEN", "skQ2hpY2tlbkZpbmdlcnMxMjM0NTY3ODkwYWJjZGVmZ2hpamtsbW5vcA"), method: "POST", path: "/v1/data/mutate/production", want: CredentialRejected},
		{src: "https://github.com/strapi/strapi/issues/18672", name: "Strapi 403 ForbiddenError with an API token", status: 403,
			header: jsonCT(), body: `{"data":null,"error":{"status":403,"name":"ForbiddenError","message":"Forbidden","details":{}}}`,
			cred: bearer("STRAPI_API_TOKEN", "a3f1c9e7b5d2f4a6c8e0b1d3f5a7c9e2b4d6f8a0c2e4b6d8f0a2c4e6b8d0f2a4"), method: "POST", path: "/api/articles", want: PermissionDenied},
		{src: "https://github.com/muxinc/mux-php/issues/15", name: "Mux 401 unauthorized Unauthorized request", status: 401,
			header: jsonCT(), body: `{"error":{"type":"unauthorized","messages":["Unauthorized request"]}}`,
			cred: basicCred("44c8e1f2-3a4b-5c6d-7e8f-9a0b1c2d3e4f", "Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9j0kLmN0pQrS7tUvXy"), method: "POST", path: "/video/v1/assets", want: CredentialRejected},

		// AI.
		{src: "https://github.com/continuedev/continue/issues/10290", name: "Gemini 400 API key not valid, API_KEY_INVALID", status: 400,
			header: jsonCT(), body: "{\n  \"error\": {\n    \"code\": 400,\n    \"message\": \"API key not valid. Please pass a valid API key.\",\n    \"status\": \"INVALID_ARGUMENT\",\n    \"details\": [\n      {\n        \"@type\": \"type.googleapis.com/google.rpc.ErrorInfo\",\n        \"reason\": \"API_KEY_INVALID\",\n        \"domain\": \"googleapis.com\",\n        \"metadata\": {\n          \"service\": \"generativelanguage.googleapis.com\"\n        }\n      },\n      {\n        \"@type\": \"type.googleapis.com/google.rpc.LocalizedMessage\",\n        \"locale\": \"en-US\",\n        \"message\": \"API key not valid. Please pass a valid API key.\"\n      }\n    ]\n  }\n}\n",
			cred: apiKey("GEMINI_API_KEY", "AIzaSyC7kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h", "x-goog-api-key", ""), method: "POST", path: "/v1beta/models/gemini-pro:generateContent", want: CredentialRejected},
		{src: "https://github.com/cline/cline/issues/1734", name: "Mistral 401 Unauthorized with request_id (Codestral key on the main API)", status: 401,
			header: map[string]string{"Content-Type": "application/json; charset=utf-8"}, body: "{\n  \"message\":\"Unauthorized\",\n  \"request_id\":\"c61f2f15feca71626a990e3740f99245\"\n}",
			cred: mistral, method: "POST", path: "/v1/chat/completions", want: CredentialRejected},
		{src: "https://github.com/nextcloud/integration_openai/issues/332", name: "Mistral 401 detail Unauthorized", status: 401,
			header: jsonCT(), body: `{"detail":"Unauthorized"}`,
			cred: mistral, path: "/v1/models", want: CredentialRejected},
		{src: "https://github.com/danielmiessler/LifeOS/issues/667", name: "ElevenLabs 401 missing_permissions user_read", status: 401,
			// The key is valid and lacks a named permission (a scope).
			header: jsonCT(), body: `{"detail":{"status":"missing_permissions","message":"The API key you used is missing the permission user_read to execute this operation."}}`,
			cred: eleven, path: "/v1/user", want: ServerInsufficientScope},
		{src: "https://github.com/danielmiessler/LifeOS/issues/667", name: "ElevenLabs 401 invalid_api_key", status: 401,
			header: jsonCT(), body: `{"detail":{"status":"invalid_api_key","message":"Invalid API key"}}`,
			cred: eleven, path: "/v1/user", want: CredentialRejected},
		{src: "https://github.com/Natively-AI-assistant/natively-cluely-ai-assistant/issues/369", name: "Deepgram 401 INVALID_AUTH Invalid credentials", status: 401,
			header: jsonCT(), body: `{"err_code":"INVALID_AUTH","err_msg":"Invalid credentials.","request_id":"019f5990-aa76-7d53-a2ca-a90ec21c5919"}`,
			cred: deepgram, method: "POST", path: "/v1/listen", want: CredentialRejected},
		{src: "https://github.com/deepgram-devs/nextjs-live-transcription/pull/38", name: "Deepgram 400 BAD_REQUEST Invalid credentials", status: 400,
			header: jsonCT(), body: `{"err_code":"BAD_REQUEST","err_msg":"Invalid credentials."}`,
			cred: deepgram, method: "POST", path: "/v1/auth/grant", want: CredentialRejected},
		{src: "https://github.com/replicate/replicate-python/issues/47", name: "Replicate 401 Unauthenticated, no token", status: 401,
			header: jsonCT(), body: `{"title":"Unauthenticated","detail":"You did not pass an authentication token","status":401}`,
			method: "POST", path: "/v1/predictions", want: NoCredentialsSent},
	}
}
