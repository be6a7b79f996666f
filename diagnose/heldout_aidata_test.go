package diagnose

import (
	"net/http"
	"testing"
	"time"

	"github.com/authspec/authspec/vocab"
)

// aidataCases: a held-out round on AI, data-platform and observability APIs
// (OpenAI, Anthropic, Cohere, Hugging Face, Mistral, Replicate, Snowflake,
// Databricks, MongoDB Atlas, Supabase, Firebase, Datadog, Sentry, New
// Relic, Grafana Cloud, Splunk HEC). Gathered, and given their expected
// first cause from docs/diagnosis.md, before the diagnosis code was read;
// a comment says why when two codes could fit. aidataNonRefusals holds the
// answers of the same providers that look like auth but are not.
func aidataCases(now time.Time) []provCase {
	openai := bearer("OPENAI_API_KEY", "sk-proj-Hq2LmN9pR4sT6vX8zB1cD3fG5hJ7kL9mN0pQrS2tUvWxYz4b5c6d7e8f9g0h1i2SJh4")
	anthropicOAuth := bearer("ANTHROPIC_AUTH_TOKEN", "sk-ant-oat01-Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9j0kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9j0kLmN0pQr")
	hf := bearer("HF_TOKEN", "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")
	databricks := bearer("DATABRICKS_TOKEN", "dapi0a1b2c3d4e5f60718293a4b5c6d7e8f9-3")
	atlas := basicCred("xkqvbnmt", "9f3c1e7a-5b2d-4c8e-a1f0-6d4b3a2c1e0f")
	snowflakeOAuth := func() *Credential {
		return bearer("SNOWFLAKE_OAUTH_TOKEN", "ver:1-hint:4271953-ETMsDgAAAY8qLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9j0kLmN0pQ")
	}
	snowflakeHeaders := func(r *http.Request, c *Credential) {
		applyCredential(r, c)
		r.Header.Set("X-Snowflake-Authorization-Token-Type", "OAUTH")
	}
	splunk := headerCred("Authorization", "SPLUNK_HEC_TOKEN", "Splunk 9f1c2e3d-4b5a-6978-8a9b-0c1d2e3f4a5b")
	grafana := basicCred("1234567", "glc_eyJvIjoiMTAyNDM1IiwibiI6InB1c2gtbWV0cmljcyIsImsiOiJXcThaYlYzayIsIm0iOnsiciI6InVzIn19")
	datadog := &Credential{Name: "datadog_keys", Type: vocab.CredHeader, Values: []Value{
		{Source: "DD_API_KEY", Value: "5f3c9a1e7b2d4c8e0a6f1b3d5c7e9a2b", EnvFile: ".env.staging", Field: "DD-API-KEY"},
		{Source: "DD_APP_KEY", Value: "8e1b4d7a0c3f6e9b2d5a8c1f4e7b0d3a6c9f2e5b", EnvFile: ".env.staging", Field: "DD-APPLICATION-KEY"}}}
	supabaseService := makeJWT(map[string]any{"iss": "supabase", "ref": "qwertyuiopasdfghjklz", "role": "service_role",
		"iat": now.Add(-400 * 24 * time.Hour).Unix(), "exp": now.Add(3000 * 24 * time.Hour).Unix()})
	return []provCase{
		// OpenAI.
		{src: "https://github.com/IIC2440/Syllabus-2025-1/issues/13", name: "OpenAI 401 invalid_api_key Incorrect API key provided (a truncated key)", status: 401,
			header: jsonCT(), body: `{"error":{"message":"Incorrect API key provided: sk-proj-******************************************************************************************************************************************SJh4. You can find your API key at https://platform.openai.com/account/api-keys.","type":"invalid_request_error","param":null,"code":"invalid_api_key"}}`,
			cred: openai, method: "POST", path: "/v1/chat/completions", want: CredentialRejected},
		// The account behind the key is deactivated: no key of it works, so
		// the key is refused (not a permission the key lacks).
		{src: "https://github.com/nat/openplayground/issues/143", name: "OpenAI 401 account_deactivated", status: 401,
			header: jsonCT(), body: `{"error":{"message":"The OpenAI account associated with this API key has been deactivated. If you are the developer for this OpenAI app, please check your email for more information. If you are seeing this error while using another app or site, please reach out to them for more help.","type":"invalid_request_error","param":null,"code":"account_deactivated"}}`,
			cred: openai, method: "POST", path: "/v1/chat/completions", want: CredentialRejected},
		// The key is fine; the OpenAI-Organization header sent with it names
		// another organization. The answer names the header, so the header
		// is the fix (required_header_missing) rather than the key.
		{src: "https://github.com/Azure-Samples/ai-rag-chat-evaluator/issues/76", name: "OpenAI 401 mismatched_organization: OpenAI-Organization header should match", status: 401,
			header: jsonCT(), body: `{"error":{"message":"OpenAI-Organization header should match organization for API key","type":"invalid_request_error","param":null,"code":"mismatched_organization"}}`,
			cred: openai, method: "POST", path: "/v1/chat/completions",
			place: func(r *http.Request, c *Credential) {
				applyCredential(r, c)
				r.Header.Set("OpenAI-Organization", "org-Y6rfake63IhVorgqfPQmGmgt")
			}, want: RequiredHeaderMissing},
		// Refused for where the request comes from (the egress address's
		// country), not for the key: ip_restricted, not region_mismatch (the
		// key belongs to no other region).
		{src: "https://github.com/home-assistant/core/issues/120072", name: "OpenAI 403 unsupported_country_region_territory", status: 403,
			header: jsonCT(), body: `{"error":{"code":"unsupported_country_region_territory","message":"Country, region, or territory not supported","param":null,"type":"request_forbidden"}}`,
			cred: openai, method: "POST", path: "/v1/chat/completions", want: IPRestricted},
		{src: "https://github.com/cursor/cursor/issues/2953", name: "OpenAI 403 model_not_found: project does not have access to model", status: 403,
			header: jsonCT(), body: "{\n    \"error\": {\n        \"message\": \"Project `proj_QRf115YMnQwMUdTI9cu2sWQ8` does not have access to model `gpt-4o-mini`\",\n        \"type\": \"invalid_request_error\",\n        \"param\": null,\n        \"code\": \"model_not_found\"\n    }\n}",
			cred: openai, method: "POST", path: "/v1/chat/completions", want: PermissionDenied},

		// Anthropic.
		{src: "https://github.com/openclaw/openclaw/issues/54350", name: "Anthropic 401 authentication_error Invalid bearer token", status: 401,
			header: jsonCT(), body: `{"type":"error","error":{"type":"authentication_error","message":"Invalid bearer token"},"request_id":"req_011CZAau32QzxDkriovTaFCB"}`,
			cred: anthropicOAuth, method: "POST", path: "/v1/messages", want: CredentialRejected},
		{src: "https://github.com/anthropics/claude-code/issues/79249", name: "Anthropic 401 authentication_error Invalid authentication credentials", status: 401,
			header: jsonCT(), body: `{"type":"error","error":{"type":"authentication_error","message":"Invalid authentication credentials"},"request_id":"req_011CcxEXkC4V93twN7Wd7Be7"}`,
			cred: anthropicOAuth, method: "POST", path: "/v1/messages", want: CredentialRejected},
		// No credits left: a billing matter of the account, like a plan
		// feature (permission_denied); rate_limited would send the user to
		// wait for a reset that never comes. (OpenAI's "exceeded your
		// current quota" is read as a rate limit in the comms round: it
		// names a quota that was exceeded; this names a balance.)
		{src: "https://github.com/anthropics/claude-quickstarts/issues/229", name: "Anthropic 400 credit balance is too low", status: 400,
			header: jsonCT(), body: `{"type":"error","error":{"type":"invalid_request_error","message":"Your credit balance is too low to access the Anthropic API. Please go to Plans & Billing to upgrade or purchase credits."},"request_id":"req_011CbrFTcXhtiMzr3s6EocF7"}`,
			cred:   apiKey("ANTHROPIC_API_KEY", "sk-ant-api03-Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9j0kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9j0kLm-AbCdEfAA", "x-api-key", ""),
			method: "POST", path: "/v1/messages", want: PermissionDenied},

		// Cohere, Mistral.
		{src: "https://github.com/cohere-ai/cohere-toolkit/issues/857", name: "Cohere 401 invalid api token", status: 401,
			header: jsonCT(), body: `{"message":"invalid api token"}`,
			cred: bearer("CO_API_KEY", "Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i"), method: "POST", path: "/v2/chat", want: CredentialRejected},
		{src: "https://github.com/cline/cline/issues/13288", name: "Mistral 401 detail Invalid API Key", status: 401,
			header: jsonCT(), body: `{"detail":"Invalid API Key"}`,
			cred: bearer("MISTRAL_API_KEY", "Zx7Cv9Bn1Mq3We5Rt7Yu9Io1Pa3Sd5Fg"), method: "POST", path: "/v1/chat/completions", want: CredentialRejected},

		// Hugging Face.
		{src: "https://github.com/coreply/coreply/issues/19", name: "Hugging Face router 401 Invalid username or password (a token sent)", status: 401,
			header: jsonCT(), body: `{"error":"Invalid username or password."}`,
			cred: hf, method: "POST", path: "/v1/chat/completions", want: CredentialRejected},
		{src: "https://github.com/ariG23498/gemma3-object-detection/issues/5", name: "Hugging Face 403 GatedRepo: not in the authorized list", status: 403,
			header: jsonCT("X-Error-Code", "GatedRepo", "X-Error-Message", "Access to model google/gemma-3-4b-pt is restricted and you are not in the authorized list. Visit https://huggingface.co/google/gemma-3-4b-pt to ask for access."),
			body:   `{"error":"Access to model google/gemma-3-4b-pt is restricted and you are not in the authorized list. Visit https://huggingface.co/google/gemma-3-4b-pt to ask for access."}`,
			cred:   hf, path: "/google/gemma-3-4b-pt/resolve/main/config.json", want: PermissionDenied},
		{src: "https://github.com/ToTheBeginning/PuLID/issues/97", name: "Hugging Face 401 GatedRepo: must be authenticated, nothing sent", status: 401,
			header: jsonCT("X-Error-Code", "GatedRepo"), body: `{"error":"Access to model black-forest-labs/FLUX.1-dev is restricted. You must have access to it and be authenticated to access it. Please log in."}`,
			path: "/black-forest-labs/FLUX.1-dev/resolve/main/ae.safetensors", want: NoCredentialsSent},
		// The Hub answers 401 RepoNotFound for a private repository when
		// nothing is sent, so as not to confirm it exists.
		{src: "https://github.com/huggingface/huggingface_hub/pull/1202", name: "Hugging Face 401 RepoNotFound hiding a private repo, nothing sent", status: 401,
			header: jsonCT("X-Error-Code", "RepoNotFound", "X-Error-Message", "Repository not found"), body: `{"error":"Repository not found"}`,
			path: "/api/models/acme/private-model/revision/main", want: NoCredentialsSent},
		// Monthly included credits exceeded: a quota that was exceeded and
		// resets (like OpenAI's insufficient_quota in the comms round), so
		// rate_limited rather than a plan permission.
		{src: "https://github.com/huggingface/agents-course/issues/386", name: "Hugging Face 402 exceeded monthly included credits", status: 402,
			header: jsonCT(), body: `{"error":"You have exceeded your monthly included credits for Inference Providers. Subscribe to PRO to get 20x more monthly included credits."}`,
			cred: hf, method: "POST", path: "/v1/chat/completions", want: RateLimited},

		// Replicate.
		{src: "https://github.com/opencodeschool/opencode.school/issues/211", name: "Replicate 402 Insufficient credit", status: 402,
			header: map[string]string{"Content-Type": "application/problem+json"}, body: `{"title":"Insufficient credit","detail":"You have insufficient credit to run this model. Go to https://replicate.com/account/billing#billing to purchase credit.","status":402}`,
			cred: bearer("REPLICATE_API_TOKEN", "r8_Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g"), method: "POST", path: "/v1/models/google/nano-banana-2/predictions", want: PermissionDenied},
		// Replicate hides a version the token may not use behind a 422 (its
		// maintainer: "a 422 if you can't access the requested resource with
		// the provided token"); the words offer permission as the reason. A
		// 422 is no 404, so not not_found_hides_permission.
		{src: "https://github.com/replicate/replicate-python/issues/47", name: "Replicate 422 Invalid version or not permitted", status: 422,
			header: map[string]string{"Content-Type": "application/problem+json"}, body: `{"title":"Invalid version or not permitted","detail":"The specified version does not exist (or perhaps you don't have permission to use it?)","status":422}`,
			cred: bearer("REPLICATE_API_TOKEN", "r8_Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g"), method: "POST", path: "/v1/predictions", want: PermissionDenied},

		// Snowflake SQL API.
		{src: "https://github.com/iqea-ai/duckdb-snowflake/issues/29", name: "Snowflake SQL API 401 390303 Invalid OAuth access token", status: 401,
			header: jsonCT(), body: "{\n  \"code\" : \"390303\",\n  \"message\" : \"Invalid OAuth access token. [5d4d9a3c-601e-4045-8f6b-8f5a2c1b0e7d]\"\n}",
			cred: snowflakeOAuth(), place: snowflakeHeaders, method: "POST", path: "/api/v2/statements", want: CredentialRejected},
		{src: "https://github.com/snowflakedb/snowflake-sqlalchemy/issues/390", name: "Snowflake SQL API 401 390318 OAuth access token expired", status: 401,
			header: jsonCT(), body: "{\n  \"code\" : \"390318\",\n  \"message\" : \"OAuth access token expired. [0b7d9f1c-3a2e-4c5d-8e6f-7a8b9c0d1e2f]\"\n}",
			cred: snowflakeOAuth(), place: snowflakeHeaders, method: "POST", path: "/api/v2/statements", want: TokenExpired},

		// Databricks.
		// "Not sent or of an unsupported type": a token was sent (a
		// workspace PAT to the account API), so it was not accepted for this
		// API: credential_rejected. No other scheme is named, so not
		// scheme_mismatch.
		{src: "https://github.com/PipedreamHQ/pipedream/issues/20701", name: "Databricks 401 Credential was not sent or was of an unsupported type", status: 401,
			header: jsonCT(), body: `{"error_code":401,"message":"Credential was not sent or was of an unsupported type for this API. [ReqId: 3bbb6628-4c9c-4a41-8236-1813f30c8c88]"}`,
			cred: databricks, path: "/api/2.0/accounts/a1b2c3d4/serving-endpoints", want: CredentialRejected},
		// A workspace ACL on a job, not an OAuth scope.
		{src: "https://github.com/databricks/databricks-sdk-py/issues/953", name: "Databricks 403 PERMISSION_DENIED: no Admin or Manage Run or Owner or View permissions on job", status: 403,
			header: jsonCT(), body: `{"details":[{"@type":"type.googleapis.com/google.rpc.RequestInfo","request_id":"4572e565-d3b4-4061-aaba-50280482a1d4","serving_data":""}],"error_code":"PERMISSION_DENIED","message":"User ci@example.com does not have Admin or Manage Run or Owner or View permissions on job 750350742608178"}`,
			cred: databricks, path: "/api/2.2/jobs/get", want: PermissionDenied},
		{src: "https://github.com/databrickslabs/overwatch/issues/1113", name: "Databricks 403 PERMISSION_DENIED This API is reserved to admin users", status: 403,
			header: jsonCT(), body: `{"error_code":"PERMISSION_DENIED","message":"This API is reserved to admin users."}`,
			cred: databricks, path: "/api/2.0/global-init-scripts", want: PermissionDenied},

		// MongoDB Atlas Administration API (HTTP Digest).
		// Basic sent where Atlas asks for Digest.
		{src: "https://github.com/mongodb/terraform-provider-mongodbatlas/issues/1327", name: "Atlas 401 Digest challenge to a Basic request", status: 401,
			header: jsonCT("WWW-Authenticate", `Digest realm="MMS Public API", domain="", nonce="I+xG4xb7bUgq8uMBCuAxZPI+VDDcJ9q1", algorithm=MD5, qop="auth", stale=false`),
			body:   "{\n\"error\" : 401,\n\"reason\" : \"Unauthorized\",\n\"detail\" : \"You are not authorized for this resource.\"\n}",
			cred:   atlas, path: "/api/atlas/v1.0/orgs/64a1b2c3d4e5f6a7b8c9d0e1", want: SchemeMismatch},
		{src: "https://github.com/mongodb/terraform-provider-mongodbatlas/issues/1048", name: "Atlas 403 IP_ADDRESS_NOT_ON_ACCESS_LIST", status: 403,
			header: jsonCT(), body: `{"detail":"IP address 203.0.113.7 is not allowed to access this resource.","error":403,"errorCode":"IP_ADDRESS_NOT_ON_ACCESS_LIST","parameters":["203.0.113.7"],"reason":"Forbidden"}`,
			cred: atlas, path: "/api/atlas/v1.0/groups/5a70b2c3d4e5f6a7b8c9d0e1", want: IPRestricted},
		// The "access list" here is the thing read, not the caller's IP: a
		// read-only key may not read another key's access list.
		{src: "https://github.com/mongodb/terraform-provider-mongodbatlas/issues/3657", name: "Atlas 401 API_KEY_ACCESS_LIST_ACCESS_DENIED", status: 401,
			header: jsonCT(), body: `{"detail":"API key access lists are only accessible by the API key or by a user administrator.","error":401,"errorCode":"API_KEY_ACCESS_LIST_ACCESS_DENIED","parameters":[],"reason":"Unauthorized"}`,
			cred: atlas, path: "/api/atlas/v2/orgs/64a1b2c3d4e5f6a7b8c9d0e1/apiKeys/65b2c3d4e5f6a7b8c9d0e1f2/accessList/198.51.100.4", want: PermissionDenied},

		// Supabase.
		// The body quoted in the source is its message only.
		{src: "https://github.com/dyad-sh/dyad/pull/4173", name: "Supabase 401 Legacy API keys are disabled", status: 401,
			header: jsonCT(), body: `{"message":"Legacy API keys are disabled"}`,
			cred: apiKey("SUPABASE_SERVICE_ROLE_KEY", supabaseService, "apikey", ""), method: "POST", path: "/auth/v1/admin/users", want: DeprecatedAuthMethod},
		{src: "https://github.com/supabase/cli/issues/3266", name: "Supabase PostgREST 401 PGRST301 JWSError Not valid base64url (a mangled key)", status: 401,
			header: jsonCT(), body: `{"code":"PGRST301","details":null,"hint":null,"message":"JWSError (JSONDecodeError \"Not valid base64url\")"}`,
			cred: bearer("SUPABASE_SERVICE_KEY", "sb_key_provided_at_supabase_start_Wq8ZbV3kLmN0pQrS7tUv"), method: "POST", path: "/rest/v1/site_pages", want: CredentialRejected},

		// Firebase.
		// The web API key is no user login: the security rules refuse.
		{src: "https://github.com/AsifArmanRahman/firebase-rest-api/issues/32", name: "Firestore 403 PERMISSION_DENIED Missing or insufficient permissions", status: 403,
			header: jsonCT(), body: "{\n  \"error\": {\n    \"code\": 403,\n    \"message\": \"Missing or insufficient permissions.\",\n    \"status\": \"PERMISSION_DENIED\"\n  }\n}\n",
			cred: apiKey("FIREBASE_WEB_API_KEY", "AIzaSyBq7Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3", "", "key"), method: "POST",
			path: "/v1/projects/fgsmmpanel/databases/(default)/documents:commit", want: PermissionDenied},
		{src: "https://github.com/android/nowinandroid/issues/1776", name: "Firebase Installations 400 API_KEY_INVALID", status: 400,
			header: jsonCT(), body: "{\n  \"error\": {\n    \"code\": 400,\n    \"message\": \"API key not valid. Please pass a valid API key.\",\n    \"status\": \"INVALID_ARGUMENT\",\n    \"details\": [\n      {\n        \"@type\": \"type.googleapis.com/google.rpc.ErrorInfo\",\n        \"reason\": \"API_KEY_INVALID\",\n        \"domain\": \"googleapis.com\",\n        \"metadata\": {\n          \"service\": \"firebaseinstallations.googleapis.com\"\n        }\n      }\n    ]\n  }\n}\n",
			cred: apiKey("FIREBASE_API_KEY", "AIzaSyDq9Xw8ZbV3kLmN0pQrS7tUvXyZa1b2c3", "x-goog-api-key", ""), method: "POST",
			path: "/v1/projects/nowinandroid-12345/installations", want: CredentialRejected},

		// Datadog.
		// Keys accepted, the application key's role may not write metrics
		// (the maintainer's diagnosis in the thread).
		{src: "https://github.com/DataDog/datadog-sync-cli/issues/301", name: "Datadog 403 errors Forbidden, both keys sent", status: 403,
			header: jsonCT(), body: `{"errors":["Forbidden"]}`, cred: datadog, method: "POST", path: "/api/v2/series", want: PermissionDenied},
		// HAProxy's own 403 page in front of the API (an ACL of the load
		// balancer refused the request): something in front of the API, not
		// the API. A plain web-server default page would not be this cause,
		// but "administrative rules" is a proxy's rule match.
		{src: "https://github.com/DataDog/datadogpy/issues/352", name: "Datadog 403 Request forbidden by administrative rules (HAProxy page)", status: 403,
			header: map[string]string{"Content-Type": "text/html"}, body: "<html><body><h1>403 Forbidden</h1>\nRequest forbidden by administrative rules.\n</body></html>\n",
			cred: datadog, method: "POST", path: "/api/v1/events", want: BlockedByProxy},

		// Sentry, New Relic.
		// "xBasic" is Sentry's way of not triggering a browser prompt, not
		// a scheme it asks for.
		{src: "https://github.com/getsentry/sentry/issues/33938", name: "Sentry 401 Token not found, xBasic challenge", status: 401,
			header: jsonCT("WWW-Authenticate", `xBasic realm="api"`, "X-Sentry-Rate-Limit-Remaining", "319", "X-Sentry-Rate-Limit-Limit", "320", "X-Sentry-Rate-Limit-Reset", "1650921920"),
			body:   `{"detail":"Token not found"}`,
			cred:   bearer("SENTRY_AUTH_TOKEN", "7f3e9c1a5b2d4e8f0a6c1b3d5e7f9a2b4c6d8e0f1a3b5c7d9e1f3a5b7c9d1e3f"), path: "/api/0/projects/", want: CredentialRejected},
		{src: "https://github.com/newrelic/newrelic-client-go/pull/603", name: "New Relic NerdGraph 401 BAD_API_KEY", status: 401,
			header: jsonCT(), body: `{"errors":[{"extensions":{"error_code":"BAD_API_KEY"},"message":"Bad API Key or no API Key provided"}]}`,
			cred: apiKey("NEW_RELIC_API_KEY", "NRAK-7Q2LMN9PR4ST6VX8ZB1CD3FG5HJ", "API-Key", ""), method: "POST", path: "/graphql", want: CredentialRejected},

		// Grafana Cloud.
		{src: "https://github.com/compiler-explorer/infra/issues/1614", name: "Grafana Cloud Prometheus 401 authentication error: invalid token", status: 401,
			header: jsonCT(), body: `{"status":"error","error":"authentication error: invalid token"}`,
			cred: grafana, method: "POST", path: "/api/prom/push", want: CredentialRejected},
		// The token was sent without the instance id as the user name; the
		// gateway tried it as "legacy auth". The credential is malformed,
		// the method (Basic with id:token) is current: credential_rejected,
		// not deprecated_auth_method.
		{src: "https://github.com/grafana-cold-storage/cloud-graphite-scripts/pull/13", name: "Grafana Cloud 401 legacy auth cannot be upgraded (token without instance id)", status: 401,
			header: jsonCT(), body: `{"status":"error","error":"authentication error: legacy auth cannot be upgraded because the host is not found"}`,
			cred: bearer("GRAFANA_CLOUD_TOKEN", "glc_eyJvIjoiMTAyNDM1IiwibiI6InB1c2gtbWV0cmljcyIsImsiOiJXcThaYlYzayIsIm0iOnsiciI6InVzIn19"), method: "POST", path: "/graphite/metrics", want: CredentialRejected},
		{src: "https://github.com/loki4j/loki-logback-appender/issues/39", name: "Grafana Cloud Loki 401 no credentials provided (user:key left in the URL)", status: 401,
			header: jsonCT(), body: `{"status": "error", "error": "no credentials provided"}`,
			method: "POST", path: "/loki/api/v1/push", want: NoCredentialsSent},

		// Splunk HTTP Event Collector.
		{src: "https://github.com/splunk/splunk-operator/issues/372", name: "Splunk HEC 403 Invalid token code 4", status: 403,
			header: jsonCT(), body: `{"text":"Invalid token","code":4}`, cred: splunk, method: "POST", path: "/services/collector", want: CredentialRejected},
		{src: "https://github.com/fluent/fluent-bit/issues/12036", name: "Splunk HEC 401 Token is required code 2, nothing sent", status: 401,
			header: jsonCT(), body: `{"text":"Token is required","code":2}`, method: "POST", path: "/services/collector/event", want: NoCredentialsSent},
		{src: "https://github.com/open-telemetry/opentelemetry-collector/issues/7312", name: "Splunk HEC 403 Token disabled code 1", status: 403,
			header: jsonCT(), body: `{"text":"Token disabled","code":1}`, cred: splunk, method: "POST", path: "/services/collector/event", want: CredentialRejected},
	}
}

// aidataNonRefusals: answers of the same providers that speak of tokens,
// keys, quotas or authentication and refuse no credential: a 2xx stream
// carrying an overload, 5xx outages, validation errors about token counts,
// a resource quota. The first cause a careful user expects is none.
func aidataNonRefusals() []fpCase {
	return []fpCase{
		{src: "https://github.com/tailcallhq/forgecode/issues/1185", name: "OpenAI 400 max_tokens is too large", status: 400, header: jsonCT(),
			body: "{\n  \"error\": {\n    \"message\": \"max_tokens is too large: 20480. This model supports at most 16384 completion tokens, whereas you provided 20480.\",\n    \"type\": \"invalid_request_error\",\n    \"param\": \"max_tokens\",\n    \"code\": \"invalid_value\"\n  }\n}"},
		{src: "https://github.com/anthropics/claude-code/issues/3572", name: "Anthropic 529 overloaded_error", status: 529, header: jsonCT(),
			body: `{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}`},
		{src: "https://github.com/Helicone/helicone/pull/4678", name: "Anthropic 200 event stream carrying an overloaded_error", status: 200,
			header: map[string]string{"Content-Type": "text/event-stream; charset=utf-8"},
			body:   "event: error\ndata: {\"type\":\"error\",\"error\":{\"details\":null,\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}              }\n\n"},
		{src: "https://github.com/anthropics/claude-code/issues/61368", name: "Anthropic 500 api_error Internal server error", status: 500, header: jsonCT(),
			body: `{"type":"error","error":{"type":"api_error","message":"Internal server error"},"request_id":"req_011CbGwJbzjfDGN6vNFPYMGA"}`},
		{src: "https://github.com/kwaroran/Risuai/issues/504", name: "Cohere 400 message must be at least 1 token long", status: 400, header: jsonCT(),
			body: `{"message":"invalid request: message must be at least 1 token long or tool results must be specified."}`},
		{src: "https://github.com/Significant-Gravitas/AutoGPT/issues/333", name: "Pinecone 400 index exceeds the project quota of pods", status: 400,
			header: map[string]string{"Content-Type": "text/plain; charset=UTF-8", "Server": "envoy", "X-Envoy-Upstream-Service-Time": "1228"},
			body:   "The index exceeds the project quota of 1 pods by 1 pods. Upgrade your account or change the project settings to increase the quota."},
		{src: "https://github.com/microsoft/azdo-databricks/issues/31", name: "Databricks 503 TEMPORARILY_UNAVAILABLE Authentication is temporarily unavailable", status: 503, header: jsonCT(),
			body: `{"error_code": "TEMPORARILY_UNAVAILABLE", "message": "Authentication is temporarily unavailable. Please try again later."}`},
	}
}

// TestHeldoutAidata reports top-1 on the AI, data-platform and
// observability round (see runProviderCases), and that the same
// providers' non-refusals get no cause (see runFalsePositives). First run,
// before any fix: 30 of the 39 refusals and 6 of the 7 non-refusals, 36 of
// 46; 46 of 46 after the readings of this round (credits and balances as
// billing, a monthly credit quota exceeded as a limit, a count of objects
// at its quota as neither, a header that does not match the credential's
// account, admin-only words on a 401, "you don't have permission to" on
// any 4xx, a bare "Token disabled", legacy keys disabled as a method,
// "bad key or no key provided" as a refused key).
func TestHeldoutAidata(t *testing.T) {
	cases := aidataCases(time.Now())
	fps := aidataNonRefusals()
	if len(cases)+len(fps) < 40 {
		t.Fatalf("%d cases, want at least 40", len(cases)+len(fps))
	}
	runProviderCases(t, "aidata held-out corpus", cases)
	runFalsePositives(t, "aidata non-refusals", fps)
}

// lateAidataCases: answers of the same category gathered after the round's
// fixes, run once unchanged before any further reading; expectations from
// the catalog.
func lateAidataCases() []provCase {
	elastic := headerCred("Authorization", "EC_API_KEY", "ApiKey essu_V3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9j0kLmN0pQ==")
	return []provCase{
		{src: "https://github.com/elastic/terraform-provider-ec/issues/491", name: "Elastic Cloud 401 root.unauthenticated The supplied authentication is invalid", status: 401,
			header: jsonCT(), body: `{"errors":[{"code":"root.unauthenticated","message":"The supplied authentication is invalid"}]}`,
			cred: elastic, path: "/api/v1/deployments/123456789", want: CredentialRejected},
		{src: "https://github.com/elastic/terraform-provider-ec/issues/795", name: "Elastic Cloud 403 root.permission_denied, the user must have the required authorization", status: 403,
			header: jsonCT(), body: `{"errors":[{"code":"root.permission_denied","message":"To access the resource [r:/deployments/4a1b2c3d4e5f], the user must have the required authorization."}]}`,
			cred: elastic, path: "/api/v1/deployments/4a1b2c3d4e5f", want: PermissionDenied},
		{src: "https://github.com/cline/cline/issues/9085", name: "Mistral 429 rate_limited code 1300", status: 429,
			header: jsonCT(), body: `{"object":"error","message":"Rate limit exceeded","type":"rate_limited","param":null,"code":"1300"}`,
			cred: bearer("MISTRAL_API_KEY", "Zx7Cv9Bn1Mq3We5Rt7Yu9Io1Pa3Sd5Fg"), method: "POST", path: "/v1/chat/completions", want: RateLimited},
		// The organization behind the key is restricted: no key of it
		// works (like OpenAI's account_deactivated), so the key is refused.
		{src: "https://github.com/songquanpeng/one-api/issues/271", name: "Groq 400 Organization has been restricted", status: 400,
			header: jsonCT(), body: `{"error":{"message":"Organization has been restricted. Please reach out to support if you believe this was in error.","type":"invalid_request_error"}}`,
			cred: bearer("GROQ_API_KEY", "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"), method: "POST", path: "/openai/v1/chat/completions", want: CredentialRejected},
		{src: "https://github.com/open-assistant-org/open-assistant/issues/80", name: "OpenRouter 402 Insufficient credits", status: 402,
			header: jsonCT(), body: `{"error":{"message":"Insufficient credits. Add more using https://openrouter.ai/settings/credits","code":402,"metadata":{"limit_source":"openrouter_credits","remedy_hint":"Add credits at https://openrouter.ai/settings/credits, or lower max_tokens / prompt size to fit your remaining balance."}}}`,
			cred: bearer("OPENROUTER_API_KEY", "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"), method: "POST", path: "/api/v1/chat/completions", want: PermissionDenied},
		{src: "https://github.com/danilofalcao/jarvis/issues/62", name: "DeepSeek 402 Insufficient Balance", status: 402,
			header: jsonCT(), body: `{"error":{"message":"Insufficient Balance","type":"unknown_error","param":null,"code":"invalid_request_error"}}`,
			cred: bearer("DEEPSEEK_API_KEY", "sk-3f2e1d0c9b8a7f6e5d4c3b2a1f0e9d8c"), method: "POST", path: "/chat/completions", want: PermissionDenied},
		{src: "https://github.com/firebase/firebaseui-web-react/issues/57", name: "Firebase Identity Toolkit 400 API Key not found, key in the query", status: 400,
			header: jsonCT(), body: `{"error":{"code":400,"message":"API Key not found. Please pass a valid API key.","errors":[{"message":"API Key not found. Please pass a valid API key.","domain":"global","reason":"badRequest"}],"status":"INVALID_ARGUMENT"}}`,
			cred: apiKey("FIREBASE_WEB_API_KEY", "AIzaSyBq7Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3", "", "key"), method: "POST", path: "/identitytoolkit/v3/relyingparty/createAuthUri", want: CredentialRejected},
	}
}

// TestHeldoutAidataLate: the round's late answers. First run, unchanged: 5
// of 7 (Groq's 400 "Organization has been restricted" and Identity
// Toolkit's 400 "API Key not found" to a key sent in the query got no
// cause); 7 of 7 after two general readings: an organization, workspace
// or tenant restricted, suspended or banned is a refused credential like
// an account deactivated, and "API key not found" to a request that sent
// one is an unknown key.
func TestHeldoutAidataLate(t *testing.T) {
	runProviderCases(t, "aidata late answers", lateAidataCases())
}
