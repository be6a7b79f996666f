package diagnose

import (
	"testing"
	"time"
)

// roundobservCases: a held-out round on observability, incident, data,
// database-as-a-service, search and vector APIs (Datadog, New Relic,
// Sentry, Grafana Loki, Dynatrace, Splunk HEC, InfluxDB 2 and 3,
// OpenSearch, Meilisearch, PostgREST and Supabase Storage, Weaviate),
// answers not in the corpora before: other statuses, codes, endpoints or
// versions of providers already there, and providers that were not.
// Several come from the servers' own test fixtures (Meilisearch snapshot
// tests, PostgREST specs, InfluxDB 3 server tests, the OpenSearch security
// plugin's tests, Datadog's recorded cassettes), which show status, body
// and headers byte for byte. Gathered and given their expected first cause
// from the catalog before the diagnosis code was read; a comment says why
// when two codes could fit. First run, before any fix: first cause right
// in 31 of 41 (refusals 22 of 32, the rate-limit look-alike 1 of 1,
// non-refusals 8 of 8 given no cause). Misses: a permission sentence beside
// an insufficient_scope challenge; a channel header said missing; a bare
// token with Invalid authorization; a tenant said missing as "no org id";
// an index a valid key or tenant token may not access (code
// invalid_api_key); a JWT said not in audience, or issued at future; a
// JWT's role said not to exist. After the readings the misses lacked: 41
// of 41 (a tenant or channel said absent; a key or token that cannot
// reach an index or bucket, whatever its error code; a JWT not in
// audience, or issued in the future; the Authorization header named
// invalid without the word header; an identity said not to exist on a
// 401; a permission sentence beside an insufficient_scope code).
func roundobservCases(now time.Time) []provCase {
	const (
		meili    = "https://github.com/meilisearch/meilisearch/blob/5cb2f2e94befc717bbea60fec4a31ee64d2f60fd/crates/meilisearch/tests/auth/errors.rs"
		pgAuth   = "https://github.com/PostgREST/postgrest/blob/4834678902681402a56c490f29947826e7ed5308/test/spec/Feature/Auth/AuthSpec.hs"
		pgErrors = "https://github.com/PostgREST/postgrest/blob/4834678902681402a56c490f29947826e7ed5308/test/spec/Feature/Query/ErrorSpec.hs"
		influx3  = "https://github.com/influxdata/influxdb/blob/d7834110b3680ba8e53d16333d158b18b8847bc7/influxdb3/tests/server/write.rs"
		osBasic  = "https://github.com/opensearch-project/security/blob/bb55e64df32f980c09f5c673ed723c5ae886419b/src/integrationTest/java/org/opensearch/security/http/BasicAuthTests.java"
		ddTape   = "https://github.com/DataDog/datadog-api-client-go/blob/1f7e702c480c2a321fb7837b2ee2f8d5cc615dc9/tests/scenarios/cassettes/TestScenarios/"
	)
	json := jsonCT
	text := func(extra ...string) map[string]string { return ctHeader("text/plain; charset=utf-8", extra...) }
	ddKey := apiKey("DD_API_KEY", "5f3c9e1a7b2d4c6e8f0a1b3c5d7e9f12", "DD-API-KEY", "")
	meiliKey := bearer("MEILI_SEARCH_KEY", "a7c41b5d9e2f8031c6d4e7f9a2b5c8d1e3f60718293a4b5c6d7e8f9a0b1c2d3e")
	tenantToken := bearer("MEILI_TENANT_TOKEN", makeJWT(map[string]any{"searchRules": map[string]any{"catto": nil, "doggo": nil},
		"apiKeyUid": "76cf8b87-fd12-4688-ad34-260d930ca4f4", "exp": now.Add(24 * time.Hour).Unix()}))
	pgJWT := func(claims map[string]any) *Credential { return bearer("PGRST_JWT", makeJWT(claims)) }
	meiliErr := func(msg string) string {
		return "{\n  \"message\": \"" + msg + "\",\n  \"code\": \"invalid_api_key\",\n  \"type\": \"auth\",\n  \"link\": \"https://docs.meilisearch.com/errors#invalid_api_key\"\n}"
	}
	return []provCase{
		// InfluxDB 2 (OSS and Cloud).
		{src: "https://github.com/influxdata/influxdb/issues/20859", name: "InfluxDB 2 401 unauthorized access with a Token", status: 401,
			header: json("X-Platform-Error-Code", "unauthorized"), body: `{"code":"unauthorized","message":"unauthorized access"}`,
			cred:   headerCred("Authorization", "INFLUX_TOKEN", "Token x9Kq2LmN7pR4sT6vW8yZ1aB3cD5eF7gH9jK2lM4nP6qR8sT0uV2wX4yZ6aB8cD0eF2gH4jK6lM8nP0qR2sT4uV6=="),
			method: "POST", path: "/api/v2/write?org=my-org&bucket=my-bucket&precision=ns", want: CredentialRejected},
		{src: "https://github.com/corgan2222/extstats/issues/10", name: "InfluxDB 2.7 401 Unauthorized with build headers, user and password sent", status: 401,
			header: json("Content-Type", "application/json; charset=utf-8", "X-Influxdb-Build", "OSS", "X-Influxdb-Version", "v2.7.1", "X-Platform-Error-Code", "unauthorized"),
			body:   `{"code":"unauthorized","message":"Unauthorized"}`, cred: basicCred("router", "Wq8ZbV3kLmN0pQrS"), method: "POST", path: "/query?q=SHOW+DATABASES", want: CredentialRejected},
		// InfluxDB 3 answers the same sentence whether nothing or a wrong
		// token was sent.
		{src: influx3, name: "InfluxDB 3 401 the request was not authenticated, nothing sent", status: 401,
			header: json(), body: `{"error":"the request was not authenticated"}`, method: "POST", path: "/api/v2/write?bucket=mydb&precision=ns", want: NoCredentialsSent},
		{src: influx3, name: "InfluxDB 3 401 the request was not authenticated, a wrong token sent", status: 401,
			header: json(), body: `{"error":"the request was not authenticated"}`, cred: bearer("INFLUXDB3_TOKEN", "apiv3_Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9j0kLmN0pQrS7tUvXyZa"),
			method: "POST", path: "/api/v2/write?bucket=mydb&precision=ns", want: CredentialRejected},

		// Weaviate with anonymous access disabled, nothing sent.
		{src: "https://github.com/weaviate/weaviate/pull/6947", name: "Weaviate 401 anonymous access not enabled, nothing sent", status: 401,
			header: json(), body: `{"code":401,"message":"anonymous access not enabled, please provide an auth scheme such as OIDC"}`, path: "/v1/meta", want: NoCredentialsSent},

		// Dynatrace names the scope the token lacks.
		{src: "https://github.com/Dynatrace/dynatrace-api/issues/10", name: "Dynatrace 403 Token is missing required scope", status: 403,
			header: json(), body: "{\n    \"error\": {\n        \"code\": 403,\n        \"message\": \"Token is missing required scope. Use one of: ExternalSyntheticIntegration\"\n    }\n}",
			cred:   headerCred("Authorization", "DT_API_TOKEN", "Api-Token dt0c01.ST2EY72KQINMH574WMNVI7YN.G3DFPBEJYMODIDAEX454M7YWBUVEFOWKPRVMWFASS64NFH52PX6BNDVFFM572RZM"),
			method: "POST", path: "/api/v1/synthetic/ext/tests", want: ServerInsufficientScope},

		// Datadog.
		// A bare Forbidden with both keys sent: the 403 reads "not allowed"
		// (the app key's scope or the key's org); nothing says the key is
		// unknown.
		{src: "https://github.com/arcxp/datadog-service-catalog-metadata-provider/issues/80", name: "Datadog 403 errors Forbidden with the us5 status page", status: 403,
			header: json(), body: `{"status":"error","code":403,"errors":["Forbidden"],"statuspage":"http://status.us5.datadoghq.com","twitter":"http://twitter.com/datadogops","email":"support@datadoghq.com"}`,
			cred: ddKey, method: "POST", path: "/api/v2/services/definitions", want: PermissionDenied},
		{src: "https://github.com/DataDog/datadog-ci", name: "Datadog 403 Forbidden, Failed permission authorization checks", status: 403,
			header: json(), body: `{"errors":["Forbidden","Failed permission authorization checks"]}`, cred: ddKey, path: "/api/v1/synthetics/settings", want: PermissionDenied},
		{src: ddTape + "v1/Feature_Authentication/Scenario_Validate_API_key_returns_Forbidden_response.yaml", name: "Datadog 403 API key required, nothing sent", status: 403,
			header: json(), body: `{"errors":["API key required"]}`, path: "/api/v1/validate", want: NoCredentialsSent},
		{src: ddTape + "v2/Feature_RUM_Remote_Config/Scenario_Get_a_RUM_SDK_configuration_returns_Forbidden_response.yaml", name: "Datadog 403 errors title Forbidden (text/plain)", status: 403,
			header: text(), body: "{\"errors\":[{\"title\":\"Forbidden\"}]}\n", cred: ddKey, path: "/api/v2/remote_config/products/rum/configs/aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaaa", want: PermissionDenied},

		// New Relic REST API v2, nothing sent.
		{src: "https://github.com/newrelic/newrelic-client-go/blob/dc87be368874e66d6e82141c48376cf669fcfb8e/internal/http/client_test.go", name: "New Relic REST 401 No API key specified, nothing sent", status: 401,
			header: json(), body: `{"error":{"title": "No API key specified"}}`, path: "/v2/applications.json", want: NoCredentialsSent},

		// Sentry names the scopes in an RFC 6750 challenge beside its bare
		// permission sentence.
		{src: "https://github.com/getsentry/sentry/pull/118612", name: "Sentry 403 permission detail with an insufficient_scope challenge", status: 403,
			header: json("WWW-Authenticate", `Bearer error="insufficient_scope", scope="org:admin org:write"`), body: `{"detail": "You do not have permission to perform this action."}`,
			cred: bearer("SENTRY_AUTH_TOKEN", "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"), method: "PUT", path: "/api/0/organizations/acme/", want: ServerInsufficientScope},

		// Splunk HTTP Event Collector.
		// Indexer acknowledgement is on and the channel header is absent.
		{src: "https://github.com/fluent/fluent-bit-docs/issues/496", name: "Splunk HEC 400 Data channel is missing code 10", status: 400,
			header: json(), body: `{"text":"Data channel is missing","code":10}`,
			cred: headerCred("Authorization", "SPLUNK_HEC_TOKEN", "Splunk 6f1c2b9e-3d4a-4e8f-9b7c-1a2d3e4f5a6b"), method: "POST", path: "/services/collector/event", want: RequiredHeaderMissing},
		// The token went bare, without the Splunk scheme.
		{src: "https://github.com/fluent/fluent-bit/pull/12043", name: "Splunk HEC 401 Invalid authorization code 3, the token without its scheme", status: 401,
			header: json(), body: `{"text":"Invalid authorization","code":3}`,
			cred: headerCred("Authorization", "SPLUNK_HEC_TOKEN", "6f1c2b9e-3d4a-4e8f-9b7c-1a2d3e4f5a6b"), method: "POST", path: "/services/collector/event", want: PrefixMissing},

		// Grafana Loki in multi-tenant mode: the tenant header is missing.
		// The words do not name the header, but "org id" is the tenant the
		// catalog's required_header_missing speaks of.
		{src: "https://github.com/grafana/loki/blob/65e30f8488e8a5ea2013c6881675f8103a8f6bc7/docs/sources/operations/multi-tenancy.md", name: "Loki 401 no org id (X-Scope-OrgID missing)", status: 401,
			header: text("X-Content-Type-Options", "nosniff"), body: "no org id\n", cred: basicCred("181770", "glc_Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g"), method: "POST", path: "/loki/api/v1/push", want: RequiredHeaderMissing},

		// Meilisearch: a valid key or tenant token refused for one index.
		{src: meili, name: "Meilisearch 403 the API key cannot access the index", status: 403,
			header: json(), body: meiliErr("The API key cannot acces the index `doggo`, authorized indexes are [\\\"dog\\\"]."), cred: meiliKey, method: "POST", path: "/indexes/doggo/search", want: PermissionDenied},
		{src: meili, name: "Meilisearch 403 the tenant token cannot access the index", status: 403,
			header: json(), body: meiliErr("The provided tenant token cannot acces the index `dog`, allowed indexes are [\\\"catto\\\", \\\"doggo\\\"]."), cred: tenantToken, method: "POST", path: "/indexes/dog/search", want: PermissionDenied},
		{src: meili, name: "Meilisearch 403 the tenant token's parent key cannot access the index", status: 403,
			header: json(), body: meiliErr("The API key used to generate this tenant token cannot acces the index `doggo`."), cred: tenantToken, method: "POST", path: "/indexes/doggo/search", want: PermissionDenied},

		// PostgREST (Supabase's REST layer).
		{src: pgAuth, name: "PostgREST 401 42501 permission denied for table, anonymous, Bearer challenge", status: 401,
			header: json("WWW-Authenticate", "Bearer"), body: `{"hint":null,"details":null,"code":"42501","message":"permission denied for table authors_only"}`, path: "/authors_only", want: NoCredentialsSent},
		{src: pgAuth, name: "PostgREST 401 PGRST301 Expected 3 parts in JWT, invalid_token challenge", status: 401,
			header: json("WWW-Authenticate", `Bearer error="invalid_token", error_description="Expected 3 parts in JWT; got 2"`),
			body:   `{"message":"Expected 3 parts in JWT; got 2","code":"PGRST301","hint":null,"details":null}`,
			cred:   bearer("PGRST_JWT", "ey9zdGdyZXN0X3Rlc3RfYXV0aG9yIiwiaWQiOiJqZG9lIn0.y4vZuu1dDdwAl0-S00MCRWRYMlJ5YAMSir6Es6WtWx0"), path: "/authors_only", want: ServerInvalidToken},
		// The JWT's exp is in the past; read locally, that comes first.
		{src: pgAuth, name: "PostgREST 401 PGRST303 JWT expired", status: 401,
			header: json("WWW-Authenticate", `Bearer error="invalid_token", error_description="JWT expired"`),
			body:   `{"message":"JWT expired","code":"PGRST303","hint":null,"details":null}`,
			cred:   bearer("PGRST_JWT", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJleHAiOjE0NDY2NzgxNDksInJvbGUiOiJwb3N0Z3Jlc3RfdGVzdF9hdXRob3IiLCJpZCI6Impkb2UifQ.f8__E6VQwYcDqwHmr9PG03uaZn8Zh1b0vbJ9DYS0AdM"),
			path:   "/authors_only", want: JWTExpired},
		// No expect_claims in the suite, but the server says the JWT's
		// audience is not its own: the catalog's jwt_wrong_audience says
		// exactly that (server_invalid_token would need the invalid_token
		// code, which this answer does not carry).
		{src: "https://github.com/PostgREST/postgrest/blob/4834678902681402a56c490f29947826e7ed5308/test/spec/Feature/Auth/AudienceJwtSecretSpec.hs", name: "PostgREST 401 PGRST303 JWT not in audience", status: 401,
			header: json(), body: `{"code":"PGRST303","details":null,"hint":null,"message":"JWT not in audience"}`,
			cred: pgJWT(map[string]any{"exp": 9999999999, "role": "postgrest_test_author", "id": "jdoe", "aud": "notyouraudience"}), path: "/authors_only", want: JWTWrongAudience},
		{src: pgErrors, name: "PostgREST 401 PGRST301 No suitable key or wrong key type (signed with another secret)", status: 401,
			header: json(), body: `{"code":"PGRST301","details":"None of the keys was able to decode the JWT","hint":null,"message":"No suitable key or wrong key type"}`,
			cred: pgJWT(map[string]any{"role": "postgrest_test_author"}), path: "/authors_only", want: CredentialRejected},
		{src: pgErrors, name: "PostgREST 401 PGRST301 JWT cryptographic operation failed (random token)", status: 401,
			header: json(), body: `{"code":"PGRST301","details":null,"hint":null,"message":"JWT cryptographic operation failed"}`,
			cred: bearer("PGRST_JWT", "quifquirndsjagnrgniur.fonvoienqhhdj.iuqvnvhojah"), path: "/authors_only", want: CredentialRejected},
		// The JWT names a database role that does not exist: the token is
		// read and its identity refused, credential_rejected rather than a
		// missing permission.
		{src: pgErrors, name: "PostgREST 401 22023 role does not exist (the JWT's role claim)", status: 401,
			header: json(), body: `{"code":"22023","details":null,"hint":null,"message":"role \"not existing\" does not exist"}`,
			cred: pgJWT(map[string]any{"role": "not existing"}), path: "/authors_only", want: CredentialRejected},
		{src: pgErrors, name: "PostgREST 401 PGRST303 JWT not yet valid (nbf ahead)", status: 401,
			header: json(), body: `{"code":"PGRST303","details":null,"hint":null,"message":"JWT not yet valid"}`,
			cred: pgJWT(map[string]any{"nbf": now.Add(35 * time.Second).Unix()}), path: "/authors_only", want: JWTNotYetValid},
		// iat in the future: a clock difference, which the catalog puts
		// under jwt_not_yet_valid ("this machine's clock, or the issuer's,
		// is wrong").
		{src: pgErrors, name: "PostgREST 401 PGRST303 JWT issued at future", status: 401,
			header: json(), body: `{"code":"PGRST303","details":null,"hint":null,"message":"JWT issued at future"}`,
			cred: pgJWT(map[string]any{"iat": now.Add(35 * time.Second).Unix()}), path: "/authors_only", want: JWTNotYetValid},

		{src: pgAuth, name: "PostgREST 403 42501 permission denied for table, a JWT role sent", status: 403,
			header: json(), body: `{"hint":null,"details":null,"code":"42501","message":"permission denied for table private_table"}`,
			cred: bearer("PGRST_JWT", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJyb2xlIjoicG9zdGdyZXN0X3Rlc3RfYXV0aG9yIn0.Xod-F15qsGL0WhdOCr2j3DdKuTw9QJERVgoFD3vGaWA"), path: "/private_table", want: PermissionDenied},
		// A claim of the wrong type: the token is read and refused.
		{src: pgErrors, name: "PostgREST 401 PGRST303 The JWT 'exp' claim must be a number", status: 401,
			header: json(), body: `{"code":"PGRST303","details":null,"hint":null,"message":"The JWT 'exp' claim must be a number"}`,
			cred: pgJWT(map[string]any{"exp": "tomorrow", "role": "postgrest_test_author"}), path: "/authors_only", want: CredentialRejected},

		// Supabase Storage answers row-level security with 400, a 403 in
		// the body and the code AccessDenied.
		{src: "https://github.com/supabase/storage/blob/4fa61fba9371c4bd40cbb81509f07bcb3af21683/src/test/object.test.ts", name: "Supabase Storage 400 statusCode 403 row-level security, AccessDenied", status: 400,
			header: json(), body: `{"statusCode":"403","error":"Unauthorized","message":"new row violates row-level security policy","code":"AccessDenied"}`,
			cred:   bearer("SUPABASE_ANON_KEY", makeJWT(map[string]any{"iss": "supabase", "role": "anon", "iat": now.Add(-time.Hour).Unix(), "exp": now.Add(24 * time.Hour).Unix()})),
			method: "POST", path: "/object/bucket2/authenticated/casestudy.png", want: PermissionDenied},

		// OpenSearch security plugin, Basic only.
		{src: osBasic, name: "OpenSearch 401 Unauthorized with a Basic challenge, nothing sent", status: 401,
			header: text("WWW-Authenticate", `Basic realm="OpenSearch Security"`), body: "Unauthorized", path: "/_plugins/_security/authinfo", want: NoCredentialsSent},
		// The same answer to a bearer token: the challenge names Basic.
		{src: osBasic, name: "OpenSearch 401 Unauthorized with a Basic challenge, a bearer token sent", status: 401,
			header: text("WWW-Authenticate", `Basic realm="OpenSearch Security"`), body: "Unauthorized",
			cred: bearer("OPENSEARCH_TOKEN", "Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9j0"), path: "/_plugins/_security/authinfo", want: SchemeMismatch},

		// A look-alike that is a real limit: Loki's query queue is full.
		{src: "https://github.com/grafana/loki/blob/65e30f8488e8a5ea2013c6881675f8103a8f6bc7/docs/sources/operations/troubleshooting/troubleshoot-operations.md", name: "Loki 429 too many outstanding requests", status: 429,
			header: text(), body: "too many outstanding requests\n", cred: basicCred("181770", "glc_Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g"), path: "/loki/api/v1/query_range", want: RateLimited},
	}
}

// roundobservNonRefusals: answers of the same servers that speak of keys,
// tokens or tenants but refuse nothing: an API key object not found, a key
// that already exists, an invalid expiry date for a new key, two tenant
// headers, a monitor not found, a login function returning a token.
func roundobservNonRefusals() []fpCase {
	const meiliKeys = "https://github.com/meilisearch/meilisearch/blob/5cb2f2e94befc717bbea60fec4a31ee64d2f60fd/crates/meilisearch/tests/auth/api_keys.rs"
	return []fpCase{
		{src: "https://github.com/meilisearch/meilisearch/blob/5cb2f2e94befc717bbea60fec4a31ee64d2f60fd/crates/meilisearch/tests/auth/errors.rs", name: "Meilisearch 404 api_key_not_found", status: 404, header: jsonCT(),
			path: "/keys/d0552b41d0552b41536279a0ad88bd595327b96f01176a60c2243e906c52ac02375f9bc4",
			body: "{\n  \"message\": \"API key `d0552b41d0552b41536279a0ad88bd595327b96f01176a60c2243e906c52ac02375f9bc4` not found.\",\n  \"code\": \"api_key_not_found\",\n  \"type\": \"invalid_request\",\n  \"link\": \"https://docs.meilisearch.com/errors#api_key_not_found\"\n}"},
		{src: meiliKeys, name: "Meilisearch 409 api_key_already_exists", status: 409, header: jsonCT(), path: "/keys",
			body: "{\n  \"message\": \"`uid` field value `[uuid]` is already an existing API key.\",\n  \"code\": \"api_key_already_exists\",\n  \"type\": \"invalid_request\",\n  \"link\": \"https://docs.meilisearch.com/errors#api_key_already_exists\"\n}"},
		{src: meiliKeys, name: "Meilisearch 400 invalid_api_key_expires_at (a date in the past for a new key)", status: 400, header: jsonCT(), path: "/keys",
			body: "{\n  \"message\": \"Invalid value at `.expiresAt`: `2010-11-13T00:00:00Z` is not a valid date. It should follow the RFC 3339 format to represents a date or datetime in the future or specified as a null value. e.g. 'YYYY-MM-DD' or 'YYYY-MM-DD HH:MM:SS'.\\n\",\n  \"code\": \"invalid_api_key_expires_at\",\n  \"type\": \"invalid_request\",\n  \"link\": \"https://docs.meilisearch.com/errors#invalid_api_key_expires_at\"\n}"},
		{src: "https://github.com/grafana/loki/blob/65e30f8488e8a5ea2013c6881675f8103a8f6bc7/docs/sources/operations/troubleshooting/troubleshoot-operations.md", name: "Loki 400 multiple org IDs present", status: 400,
			header: ctHeader("text/plain; charset=utf-8"), body: "multiple org IDs present\n", path: "/loki/api/v1/push"},
		{src: "https://github.com/grafana/loki/blob/65e30f8488e8a5ea2013c6881675f8103a8f6bc7/docs/sources/operations/troubleshooting/troubleshoot-operations.md", name: "Loki 400 tenant ID is too long", status: 400,
			header: ctHeader("text/plain; charset=utf-8"), body: "tenant ID is too long: max 150 characters\n", path: "/loki/api/v1/push"},
		{src: "https://github.com/DataDog/datadog-api-client-go/blob/1f7e702c480c2a321fb7837b2ee2f8d5cc615dc9/tests/scenarios/cassettes/TestScenarios/v1/Feature_Dashboard_Lists/Scenario_Get_a_dashboard_list_returns_Not_Found_response.yaml", name: "Datadog 404 Manual Dashboard List not found", status: 404,
			header: jsonCT(), body: `{"errors":["Manual Dashboard List with id 0 not found"]}`, path: "/api/v1/dashboard/lists/manual/0"},
		{src: "https://github.com/DataDog/datadog-api-client-go/blob/1f7e702c480c2a321fb7837b2ee2f8d5cc615dc9/tests/scenarios/cassettes/TestScenarios/v1/Feature_Monitors/Scenario_Get_a_monitors_details_returns_Monitor_Not_Found_error_response.yaml", name: "Datadog 404 Monitor not found", status: 404,
			header: jsonCT(), body: `{"errors":["Monitor not found"]}`, path: "/api/v1/monitor/9999999"},
		{src: "https://github.com/PostgREST/postgrest/blob/4834678902681402a56c490f29947826e7ed5308/test/spec/Feature/Auth/AuthSpec.hs", name: "PostgREST 200 a login function returning a token", status: 200,
			header: ctHeader("application/vnd.pgrst.object+json; charset=utf-8"), path: "/rpc/login",
			body: `{"token":"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJyb2xuYW1lIjoicG9zdGdyZXN0X3Rlc3RfYXV0aG9yIiwiaWQiOiJqZG9lIn0.KO-0PGp_rU-utcDBP6qwdd-Th2Fk-ICVt01I7QtTDWs"}`},
	}
}

// TestHeldoutRoundobserv reports top-1 on the observability, data and
// search round: the refusals as runProviderCases serves them, and the
// non-refusals, which must get no cause.
func TestHeldoutRoundobserv(t *testing.T) {
	runHeldoutRound(t, heldoutRound{name: "roundobserv", cases: roundobservCases(time.Now()), nonRefusals: roundobservNonRefusals()})
}

// lateRoundobservCases: answers gathered after the fixes above, looked at
// for the first time and run once before any change: late: first cause
// right in 6 of 6 (refusals 4 of 4, non-refusals 2 of 2).
func lateRoundobservCases() []provCase {
	const pg = "https://github.com/PostgREST/postgrest/blob/4834678902681402a56c490f29947826e7ed5308/test/spec/Feature/Auth/"
	return []provCase{
		// Meilisearch's multi-search names the query whose key it refused.
		{src: "https://github.com/meilisearch/meilisearch/blob/5cb2f2e94befc717bbea60fec4a31ee64d2f60fd/crates/meilisearch/tests/auth/tenant_token_multi_search.rs", name: "Meilisearch 403 invalid_api_key inside .queries[0]", status: 403,
			header: jsonCT(), body: "{\"message\":\"Inside `.queries[0]`: The provided API key is invalid.\",\"code\":\"invalid_api_key\",\"type\":\"auth\",\"link\":\"https://docs.meilisearch.com/errors#invalid_api_key\"}",
			cred: bearer("MEILI_SEARCH_KEY", "a7c41b5d9e2f8031c6d4e7f9a2b5c8d1e3f60718293a4b5c6d7e8f9a0b1c2d3e"), method: "POST", path: "/multi-search", want: CredentialRejected},
		// PostgREST with no anonymous role, nothing sent.
		{src: pg + "NoAnonSpec.hs", name: "PostgREST 401 PGRST302 Anonymous access is disabled", status: 401,
			header: jsonCT("WWW-Authenticate", "Bearer"), body: `{"hint":null,"details":null,"code":"PGRST302","message":"Anonymous access is disabled"}`, path: "/items", want: NoCredentialsSent},
		// Atlas Administration API: the key's access list must hold the
		// caller's address for this resource.
		{src: "https://github.com/isamarietr/mdb-snapshot-export/blob/main/README.md", name: "Atlas 403 RESOURCE_REQUIRES_ACCESS_LIST", status: 403,
			header: jsonCT(), body: "{\n    \"detail\": \"This resource requires access through an access list of ip ranges.\",\n    \"error\": 403,\n    \"errorCode\": \"RESOURCE_REQUIRES_ACCESS_LIST\",\n    \"parameters\": [\n        \"100.40.199.197\"\n    ],\n    \"reason\": \"Forbidden\"\n}",
			cred: basicCred("qwertyui", "5f3c9e1a-7b2d-4c6e-8f0a-1b3c5d7e9f12"), method: "POST", path: "/api/atlas/v1.0/groups/5f1a2b3c4d5e6f7a8b9c0d1e/clusters/Cluster0/backup/restoreJobs", want: IPRestricted},
		// InfluxDB 3 reads "Basic <token> whee": a word after the token in
		// the header's value. The value itself has whitespace inside.
		{src: "https://github.com/influxdata/influxdb/blob/d7834110b3680ba8e53d16333d158b18b8847bc7/influxdb3/tests/server/auth.rs", name: "InfluxDB 3 400 Authorization header was malformed (a word after the token)", status: 400,
			header: jsonCT(), body: `{"error": "Authorization header was malformed, the request was not in the form of 'Authorization: <auth-scheme> <token>', supported auth-schemes are Bearer, Token and Basic"}`,
			cred: headerCred("Authorization", "INFLUXDB3_AUTH", "Basic apiv3_Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g whee"), path: "/api/v3/write_lp?db=foo&precision=s", want: WhitespaceInCredential},
	}
}

// lateRoundobservNonRefusals: a server that lacks its own JWT secret
// answers a token with 500: the server's configuration, not the token.
func lateRoundobservNonRefusals() []fpCase {
	return []fpCase{
		{src: "https://github.com/PostgREST/postgrest/blob/4834678902681402a56c490f29947826e7ed5308/test/spec/Feature/Auth/NoJwtSecretSpec.hs", name: "PostgREST 500 PGRST300 Server lacks JWT secret", status: 500,
			header: jsonCT(), body: `{"hint":null,"details":null,"code":"PGRST300","message":"Server lacks JWT secret"}`, path: "/authors_only"},
		{src: "https://github.com/DataDog/datadog-api-client-go/blob/1f7e702c480c2a321fb7837b2ee2f8d5cc615dc9/tests/scenarios/cassettes/TestScenarios/v1/Feature_Monitors/Scenario_Get_all_monitors_returns_Bad_Request_response.yaml", name: "Datadog 400 Invalid group_state filters", status: 400,
			header: jsonCT(), body: `{"errors":["Invalid group_state filters."]}`, path: "/api/v1/monitor?group_states=notanoption"},
	}
}

// TestHeldoutRoundobservLate: see lateRoundobservCases.
func TestHeldoutRoundobservLate(t *testing.T) {
	runProviderCases(t, "roundobserv late answers", lateRoundobservCases())
	runFalsePositives(t, "roundobserv late non-refusals", lateRoundobservNonRefusals())
}
