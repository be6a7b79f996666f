package diagnose

import (
	"testing"
	"time"
)

// roundidpCases: a held-out round on identity providers and their
// management APIs (Logto, SuperTokens core, WorkOS, Microsoft Graph's
// continuous access evaluation, Clerk's Backend API, ZITADEL, FusionAuth,
// Okta's DPoP-bound tokens, Amazon Cognito's IAM-signed and user pool
// APIs, Descope), answers not in the corpora before: other statuses,
// codes, endpoints or versions of providers already there, and providers
// that were not. Several come from the servers' own source or their SDKs'
// test fixtures; where a body is assembled from a server's source or an
// SDK's error text around the quoted words, a comment says so. Gathered
// and given their expected first cause from the catalog before the
// diagnosis code was read; a comment says why when two codes could fit.
// First run, before any fix: first cause right in 27 of 37 (API answers
// 17 of 19, token endpoints 6 of 14, non-refusals 4 of 4 given no cause).
// 42 answers were run blind; five were found afterwards to be in the
// corpora already (Graph's "Access token is empty" and its claims
// challenge, Auth0's "Unknown or invalid refresh token", Okta's E0000007
// for a user, Graph's 404 "Resource could not be discovered"), all five
// read right, and were taken out: the figure is the 37 new ones'. Misses:
// "Authorization type is not supported" to Basic; a 400 that names the
// tenant header to add; a refresh token said expired (AADSTS70043 under
// invalid_grant and under interaction_required, and fosite's hint after
// its generic invalid_grant list); a resource not listed in the client's
// requested permissions under invalid_client; a public client not allowed
// a grant under invalid_grant; an MFA challenge and an SSO connection
// required (WorkOS's code/message and error/description shapes); a DPoP
// proof header said missing at the token endpoint.
// After the readings the misses lacked: 37 of 37, none on the blind
// expectations (the Authorization header's type said not supported; a
// header to add named as an "HTTP request header", and a header whose
// vendor name holds a credential's word inside another, X-FusionAuth-…,
// no longer taken for a credential's; at the token endpoint: a grant said
// expired beside the lifetime it outlived, read before the interaction
// the code asks for; RFC 6749's definition of invalid_grant read out so
// the library's hint decides; "not allowed to use (the) grant"; a resource
// not configured in the client's permissions, whatever the code; a second
// factor asked for with an article, and single sign-on required; a
// header besides the client's credentials said missing).
func roundidpCases(now time.Time) []provCase {
	const (
		logtoAuth = "https://github.com/logto-io/logto/blob/1fbc55441fd28d9e3e7d69c1522e7654dccfe99c/packages/phrases/src/locales/en/errors/auth.ts"
		stWebAPI  = "https://github.com/supertokens/supertokens-core/blob/0c1739bf43a49d0c4a4892ca3f49cd3303ad28ad/src/main/java/io/supertokens/webserver/WebserverAPI.java"
		clerkDocs = "https://clerk.com/docs/errors/backend-api"
	)
	json := jsonCT
	text := func(extra ...string) map[string]string { return ctHeader("text/plain; charset=utf-8", extra...) }
	logtoJWT := func(scope string) *Credential {
		return bearer("LOGTO_M2M_TOKEN", makeJWT(map[string]any{"iss": "https://tenant.logto.app/oidc", "aud": "https://tenant.logto.app/api",
			"sub": "m2m-app-7x", "client_id": "m2m-app-7x", "scope": scope, "iat": now.Add(-time.Minute).Unix(), "exp": now.Add(time.Hour).Unix()}))
	}
	graphJWT := bearer("GRAPH_TOKEN", makeJWT(map[string]any{"iss": "https://sts.windows.net/72f988bf-86f1-41af-91ab-2d7cd011db47/", "aud": "https://graph.microsoft.com",
		"scp": "User.Read Mail.Read", "iat": now.Add(-10 * time.Minute).Unix(), "exp": now.Add(50 * time.Minute).Unix()}))
	stKey := apiKey("SUPERTOKENS_API_KEY", "st-core-key-9f8e7d6c5b4a3210fedcba98", "api-key", "")
	clerkKey := bearer("CLERK_SECRET_KEY", "sk_test_Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g")
	cognitoSigned := headerCred("Authorization", "AWS_SIGV4", "AWS4-HMAC-SHA256 Credential=AKIAZ3Q7EXAMPLEKEY12/20240101/us-east-1/cognito-idp/aws4_request, SignedHeaders=content-type;host;x-amz-date;x-amz-target, Signature=8b1f0e4c2d7a9e3b5f6c1d0a2b4c6e8f0a1b3c5d7e9f1a2b4c6d8e0f2a4b6c8d")
	return []provCase{
		// Logto's Management API (koa-auth). RequestError.toBody gives
		// {code, message}; the bodies are assembled from the phrase files'
		// words and the codes koa-auth throws.
		{src: logtoAuth, name: "Logto Management API 401 auth.authorization_header_missing, nothing sent", status: 401,
			header: json(), body: `{"code":"auth.authorization_header_missing","message":"Authorization header is missing."}`, path: "/api/applications", want: NoCredentialsSent},
		// Basic to an API that reads only Bearer: the words say the type
		// is not supported, which is scheme_mismatch's "the server asks
		// for another authentication scheme" without a challenge.
		{src: logtoAuth, name: "Logto Management API 401 auth.authorization_token_type_not_supported, Basic sent", status: 401,
			header: json(), body: `{"code":"auth.authorization_token_type_not_supported","message":"Authorization type is not supported."}`,
			cred: basicCred("m2m-app-7x", "Lg7pQ2rS9tU4vW6xY8zA1bC3"), path: "/api/applications", want: SchemeMismatch},
		// The token's scope lacks `all` (koa-auth's assertThat): known,
		// not allowed.
		{src: "https://github.com/logto-io/logto/blob/1fbc55441fd28d9e3e7d69c1522e7654dccfe99c/packages/core/src/middleware/koa-auth/index.ts", name: "Logto Management API 403 auth.forbidden, token without the all scope", status: 403,
			header: json(), body: `{"code":"auth.forbidden","message":"Forbidden. Please check your user roles and permissions."}`,
			cred: logtoJWT("read:users"), path: "/api/users", want: PermissionDenied},

		// SuperTokens core answers text/plain.
		{src: stWebAPI, name: "SuperTokens core 401 Invalid API key, api-key header sent", status: 401,
			header: text(), body: "Invalid API key", cred: stKey, path: "/recipe/user", want: CredentialRejected},
		{src: stWebAPI, name: "SuperTokens core 401 Invalid API key, nothing sent", status: 401,
			header: text(), body: "Invalid API key", path: "/recipe/user", want: NoCredentialsSent},
		// A key that is not the SaaS secret may not change protected
		// configuration.
		{src: "https://github.com/supertokens/supertokens-core/blob/0c1739bf43a49d0c4a4892ca3f49cd3303ad28ad/src/main/java/io/supertokens/multitenancy/Multitenancy.java", name: "SuperTokens core 403 Not allowed to modify protected configs", status: 403,
			header: text(), body: "Not allowed to modify protected configs.", cred: stKey, method: "PUT", path: "/recipe/multitenancy/connectionuridomain/v2", want: PermissionDenied},
		// 402 for a feature the license lacks: the catalog's "plan
		// feature" under permission_denied.
		{src: "https://github.com/supertokens/supertokens-core/blob/0c1739bf43a49d0c4a4892ca3f49cd3303ad28ad/src/main/java/io/supertokens/featureflag/exceptions/FeatureNotEnabledException.java", name: "SuperTokens core 402 Cannot use feature multi_tenancy, license key missing", status: 402,
			header: text(), body: "Cannot use feature: multi_tenancy, because the license key is missing, or doesn't have this feature enabled.",
			cred: stKey, method: "PUT", path: "/recipe/multitenancy/tenant/v2", want: PermissionDenied},

		// WorkOS (the SDK's error test fixture).
		{src: "https://github.com/workos/workos-go/blob/27a5c270ebbcab1794aeebd7e1e5bfa65dbb9877/errors_test.go", name: "WorkOS 401 unauthorized Bad API key", status: 401,
			header: json(), body: "{\n\t\t\"code\": \"unauthorized\",\n\t\t\"message\": \"Bad API key\"\n\t}",
			cred: bearer("WORKOS_API_KEY", "sk_test_a1B2c3D4e5F6g7H8i9J0kLmNoPqRsTuV"), path: "/organizations/org_123", want: CredentialRejected},

		// Microsoft Graph, continuous access evaluation: the token was
		// revoked by an event after it was issued (a claims challenge);
		// the catalog's credential_rejected ("revoked or rotated").
		{src: "https://github.com/OfficeDev/office-js/issues/5183", name: "Graph 401 InvalidAuthenticationToken ClaimsChallengeRequiredException", status: 401,
			header: json(), body: `{"error":{"code":"InvalidAuthenticationToken","message":"Exception of type 'Microsoft.Graph.AGS.Contracts.ClaimsChallengeRequiredException' was thrown.","innerError":{"date":"2024-12-11T11:43:06","request-id":"84d8914a-9981-44b1-92ba-00c059f330c9","client-request-id":"84d8914a-9981-44b1-92ba-00c059f330c9"}}}`,
			cred: graphJWT, path: "/v1.0/me/messages/AAMkAGI2", want: CredentialRejected},
		// Clerk's Backend API, as its reference shows the errors envelope.
		{src: clerkDocs, name: "Clerk Backend API 401 authentication_invalid, a secret key sent", status: 401,
			header: json(), body: `{"errors":[{"code":"authentication_invalid","long_message":"Unable to authenticate the request, you need to supply an active session","message":"Invalid authentication"}]}`,
			cred: clerkKey, path: "/v1/organizations", want: CredentialRejected},
		// The key went bare, without Bearer.
		{src: clerkDocs, name: "Clerk Backend API 401 authorization_header_format_invalid, key without Bearer", status: 401,
			header: json(), body: `{"errors":[{"code":"authorization_header_format_invalid","long_message":"Invalid Authorization header format. Must be \"Bearer <YOUR_API_KEY>\"","message":"Invalid Authorization header format"}]}`,
			cred: headerCred("Authorization", "CLERK_SECRET_KEY", "sk_test_Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g"), path: "/v1/users", want: PrefixMissing},
		{src: clerkDocs, name: "Clerk Backend API 403 not_an_admin_in_organization", status: 403,
			header: json(), body: `{"errors":[{"code":"not_an_admin_in_organization","long_message":"Current user is not an administrator in the organization. Only administrators can perform this action.","message":"not an administrator"}]}`,
			cred: clerkKey, method: "PATCH", path: "/v1/organizations/org_21Ufcy98STcA11s3QckIwtwHIES", want: PermissionDenied},
		// A feature the instance has not enabled: the catalog's "plan
		// feature" under permission_denied.
		{src: clerkDocs, name: "Clerk Backend API 403 organizations_not_enabled_in_instance", status: 403,
			header: json(), body: `{"errors":[{"code":"organizations_not_enabled_in_instance","long_message":"The organizations feature is not enabled for your instance. If you want to try it out, contact us at support@clerk.dev.","message":"access denied"}]}`,
			cred: clerkKey, method: "POST", path: "/v1/organizations", want: PermissionDenied},

		// ZITADEL's REST gateway: the gRPC status 7 and the message the
		// authz code throws (the body's envelope assembled around it).
		{src: "https://github.com/zitadel/zitadel/blob/187a98299d04523b10108fa828b2e4b978a0a7fb/internal/api/authz/authorization.go", name: "ZITADEL 403 code 7 No matching permissions found (AUTH-5mWD2)", status: 403,
			header: json(), body: `{"code":7,"message":"No matching permissions found (AUTH-5mWD2)","details":[{"@type":"type.googleapis.com/zitadel.v1.ErrorDetail","id":"AUTH-5mWD2","message":"No matching permissions found"}]}`,
			cred: bearer("ZITADEL_PAT", "dEnGhIjKlMnOpQrStUvWxYz0123456789AbCdEfGhIjKlMnOpQrStUvW"), path: "/management/v1/orgs/me", want: PermissionDenied},

		// FusionAuth reads its raw API key from Authorization; a key not
		// bound to a tenant needs the tenant header, which the words name.
		// The body is FusionAuth's general error as its client test
		// fixture quotes it.
		{src: "https://fusionauth.io/docs/apis/authentication#making-an-api-request-using-a-tenant-id", name: "FusionAuth 400 [TenantIdRequired] X-FusionAuth-TenantId", status: 400,
			header: json(), body: `{"generalErrors":[{"code":"[TenantIdRequired]","message":"A Tenant Id is required to complete this request. To complete this request, you may assign a Tenant to your API key, or add the X-FusionAuth-TenantId HTTP request header with the Tenant Id."}]}`,
			cred: headerCred("Authorization", "FUSIONAUTH_API_KEY", "bf69486b-4733-4470-a592-f1bfce7af580"), path: "/api/user/search", want: RequiredHeaderMissing},

		// Okta's org API with a DPoP-bound token whose proof names another
		// URL. The issue shows the challenge, not the status: RFC 9449's
		// 401 with a DPoP challenge. The token was read and refused for
		// its proof: credential_rejected.
		{src: "https://github.com/okta/okta-sdk-nodejs/issues/453", name: "Okta 401 DPoP challenge invalid_dpop_proof htu claim invalid", status: 401,
			header: json("WWW-Authenticate", `DPoP algs="RS256 RS384 RS512 ES256 ES384 ES512", authorization_uri="http://integrator-8941517.okta.com/oauth2/v1/authorize", realm="http://integrator-8941517.okta.com", scope="okta.groups.read", error="invalid_dpop_proof", error_description="'htu' claim in the DPoP proof JWT is invalid.", resource="/api/v1/groups/00gwsh7e1dYS1VtcJ697/users"`),
			cred:   headerCred("Authorization", "OKTA_DPOP_TOKEN", "DPoP eyJraWQiOiJrMSIsImFsZyI6IlJTMjU2In0.eyJzdWIiOiIwb2F4In0.c2lnbmF0dXJlLWJ5dGVz"), path: "/api/v1/groups/00gwsh7e1dYS1VtcJ697/users", want: CredentialRejected},

		// Amazon Cognito's IAM-signed admin API (the SDK's message; the
		// JSON envelope is the AWS JSON protocol's).
		{src: "https://github.com/aws-samples/aws-ai-intelligent-document-processing/issues/12", name: "Cognito 400 AccessDeniedException not authorized to perform cognito-idp:CreateUserPool", status: 400,
			header: ctHeader("application/x-amz-json-1.1", "x-amzn-ErrorType", "AccessDeniedException:"),
			body:   `{"__type":"AccessDeniedException","message":"User: arn:aws:sts::123456789012:assumed-role/WSParticipantRole/Participant is not authorized to perform: cognito-idp:CreateUserPool on resource: * because no identity-based policy allows the cognito-idp:CreateUserPool action"}`,
			cred:   cognitoSigned, method: "POST", path: "/", want: PermissionDenied},
		// The user pool API counts attempts per user (its access token
		// travels in the body, not a header): a limit, not a refusal.
		{src: "https://github.com/aws-amplify/aws-sdk-android/issues/627", name: "Cognito 400 LimitExceededException Attempt limit exceeded", status: 400,
			header: ctHeader("application/x-amz-json-1.1", "x-amzn-ErrorType", "LimitExceededException:"),
			body:   `{"__type":"LimitExceededException","message":"Attempt limit exceeded, please try after some time."}`, method: "POST", path: "/", want: RateLimited},

		// Descope's management API rate limit (the SDK's test fixture).
		{src: "https://github.com/descope/go-sdk/blob/1eb70cbe11e1c9131e5869ff36e3d0adccedb4c8/descope/api/client_test.go", name: "Descope 429 E130429 with Retry-After", status: 429,
			header: json("Retry-After", "10"), body: `{"errorCode":"E130429"}`,
			cred: bearer("DESCOPE_MANAGEMENT_KEY", "P2aBcDeFgHiJkLmNoPqRsTuVwXyZ:K2aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789"), method: "POST", path: "/v1/mgmt/user/search", want: RateLimited},
	}
}

// roundidpTokenCases: token endpoints' answers (client credentials,
// refresh token and password grants), read as the runner reads a token
// endpoint's refusal.
func roundidpTokenCases() []tokenCase {
	const (
		fosite = "https://github.com/ory/fosite/blob/a5f0b09bf31c17297b25637bb3fec2ff7a55b159/"
		workos = "https://github.com/workos/workos-go/blob/27a5c270ebbcab1794aeebd7e1e5bfa65dbb9877/"
		grant  = "The provided authorization grant (e.g., authorization code, resource owner credentials) or refresh token is invalid, expired, revoked, does not match the redirection URI used in the authorization request, or was issued to another client."
	)
	return []tokenCase{
		// Entra ID.
		{src: "https://github.com/nais/device/issues/45", name: "Entra ID 400 invalid_grant AADSTS70043 refresh token expired by sign-in frequency", status: 400,
			body: `{"error":"invalid_grant","error_description":"AADSTS70043: The refresh token has expired or is invalid due to sign-in frequency checks by conditional access. The token was issued on 2020-06-03T07:09:26.9675714Z and the maximum allowed lifetime for this request is 82800.\r\nTrace ID: 39de2a28-2749-4a6e-8aeb-f05d97ad0701\r\nCorrelation ID: 672adb9a-e472-40ac-a220-c48f11499d90\r\nTimestamp: 2020-06-04 06:17:23Z","error_codes":[70043],"timestamp":"2020-06-04 06:17:23Z","trace_id":"39de2a28-2749-4a6e-8aeb-f05d97ad0701","correlation_id":"672adb9a-e472-40ac-a220-c48f11499d90","suberror":"token_expired"}`,
			want: TokenExpired},
		// The same words under interaction_required: the catalog's
		// token_expired (the words say the token expired) rather than the
		// interaction a grant cannot give.
		{src: "https://github.com/KelvinTegelaar/CIPP/issues/1156", name: "Entra ID 400 interaction_required AADSTS70043 refresh token expired", status: 400,
			body: `{"error":"interaction_required","error_description":"AADSTS70043: The refresh token has expired or is invalid due to sign-in frequency checks by conditional access. The token was issued on 2021-11-10T02:49:07.6225734Z and the maximum allowed lifetime for this request is 3600."}`,
			want: TokenExpired},
		{src: "https://github.com/spencerwooo/onedrive-cf-index/issues/100", name: "Entra ID 400 invalid_scope AADSTS70011 the scope does not exist", status: 400,
			body: "{\n  \"error\": \"invalid_scope\",\n  \"error_description\": \"AADSTS70011: The provided value for the input parameter 'scope' is not valid. The scope 'offline_access$20Files.Read Files.Read.All' does not exist.\\r\\nTrace ID: 405cf278-c93a-461b-a7cd-c1ebaba23f00\\r\\nCorrelation ID: f814c053-4336-4622-b75a-547b38b77d34\\r\\nTimestamp: 2021-02-15 12:09:58Z\",\n  \"error_codes\": [\n    70011\n  ],\n  \"timestamp\": \"2021-02-15 12:09:58Z\",\n  \"trace_id\": \"405cf278-c93a-461b-a7cd-c1ebaba23f00\",\n  \"correlation_id\": \"f814c053-4336-4622-b75a-547b38b77d34\"\n}",
			want: PermissionDenied},
		// invalid_client, but the words say the client asked for a
		// resource its registration does not list: the catalog's
		// "invalid_resource ... an audience it may not have". The
		// issue quotes error: description; the JSON is Entra's envelope.
		{src: "https://github.com/Azure/azure-cli/issues/33887", name: "Entra ID 400 invalid_client AADSTS650057 resource not listed in the requested permissions", status: 400,
			body: `{"error":"invalid_client","error_description":"AADSTS650057: Invalid resource. The client has requested access to a resource which is not listed in the requested permissions in the client's application registration. Client app ID: 04b07795-8ddb-461a-bbee-02f9e1bf7b46(Microsoft Azure CLI). Resource value from request: api://ingestion.pensieve. Resource app ID: 242092bf-f250-404c-8db8-c6742842d9a1. List of valid resources from app registration: . Trace ID: a4123e99-7804-43ec-bc12-19f752001000 Correlation ID: a200ff84-77e6-4d70-9555-fd64eec05bd2 Timestamp: 2026-08-13 07:44:09Z","error_codes":[650057]}`,
			want: PermissionDenied},
		// The client has no service principal in this tenant: not
		// enabled here, like AADSTS700016's application not found.
		{src: "https://github.com/Azure/Commercial-Marketplace-SaaS-Accelerator/issues/830", name: "Entra ID 401 invalid_client AADSTS7000229 missing service principal in the tenant", status: 401,
			body: `{"error":"invalid_client","error_description":"AADSTS7000229: The client application 3f1c2b9e-3d4a-4e8f-9b7c-1a2d3e4f5a6b is missing service principal in the tenant 72f988bf-86f1-41af-91ab-2d7cd011db47. See instructions here: https://go.microsoft.com/fwlink/?linkid=2225119 Trace ID: 1f6a92a9-f3a8-4071-889a-6a2ea88d9500 Correlation ID: 0d1a5c28-3487-4767-a690-9cc680689523 Timestamp: 2025-06-09 09:07:41Z","error_codes":[7000229]}`,
			want: CredentialRejected},

		// Ory Hydra (fosite's errors: the description and the hint the
		// handler adds, joined as Hydra writes them).
		{src: fosite + "handler/oauth2/flow_refresh.go", name: "Hydra 400 invalid_grant The refresh token expired", status: 400,
			body: `{"error":"invalid_grant","error_description":"` + grant + ` The refresh token expired.","status_code":400}`, want: TokenExpired},
		{src: fosite + "handler/oauth2/flow_client_credentials.go", name: "Hydra 400 invalid_grant public client may not use client_credentials", status: 400,
			body: `{"error":"invalid_grant","error_description":"` + grant + ` The OAuth 2.0 Client is marked as public and is thus not allowed to use authorization grant 'client_credentials'.","status_code":400}`, want: PermissionDenied},
		{src: fosite + "client_authentication.go", name: "Hydra 401 invalid_client unable to verify the client_assertion", status: 401,
			body: `{"error":"invalid_client","error_description":"Client authentication failed (e.g., unknown client, no client authentication included, or unsupported authentication method). Unable to verify the integrity of the 'client_assertion' value.","status_code":401}`, want: CredentialRejected},

		// WorkOS User Management's authenticate endpoint (the SDK's test
		// fixtures): a second factor or an SSO connection the grant
		// cannot give.
		{src: workos + "errors_test.go", name: "WorkOS 422 mfa_challenge the user must complete an MFA challenge", status: 422,
			body: "{\n\t\t\"code\": \"mfa_challenge\",\n\t\t\"message\": \"The user must complete an MFA challenge to finish authenticating.\",\n\t\t\"pending_authentication_token\": \"YQyCkYfuVw2mI3tzSrk2C1Y7S\",\n\t\t\"authentication_factors\": [\n\t\t\t{\"id\": \"auth_factor_01FVYZ5QM8N98T9ME5BCB2BBMJ\", \"type\": \"totp\"}\n\t\t]\n\t}",
			want: PermissionDenied},
		{src: workos + "errors_test.go", name: "WorkOS 422 sso_required must authenticate using a matching connection", status: 422,
			body: "{\n\t\t\"error\": \"sso_required\",\n\t\t\"error_description\": \"User must authenticate using one of the matching connections.\",\n\t\t\"connection_ids\": [\"conn_01DRF1T7JN6GXS8KHS0WYWX1YD\"],\n\t\t\"email\": \"marcelina.davis@example.com\",\n\t\t\"pending_authentication_token\": \"YQyCkYfuVw2mI3tzSrk2C1Y7S\"\n\t}",
			want: PermissionDenied},
		{src: workos + "session_helpers_test.go", name: "WorkOS 400 invalid_grant Refresh token is invalid", status: 400,
			body: `{"error":"invalid_grant","error_description":"Refresh token is invalid."}`, want: CredentialRejected},

		// Logto's client credentials grant (node-oidc-provider's errors,
		// the words Logto's grant throws).
		{src: "https://github.com/logto-io/logto/blob/1fbc55441fd28d9e3e7d69c1522e7654dccfe99c/packages/core/src/oidc/grants/client-credentials.ts", name: "Logto token 400 invalid_scope requested scope is not allowed", status: 400,
			body: `{"error":"invalid_scope","error_description":"requested scope is not allowed","scope":"all"}`, want: PermissionDenied},
		// No resource (audience) named: the catalog's invalid_target is
		// permission_denied (an audience the client may not have).
		{src: "https://github.com/logto-io/logto/blob/1fbc55441fd28d9e3e7d69c1522e7654dccfe99c/packages/core/src/oidc/grants/client-credentials.ts", name: "Logto token 400 invalid_target neither resource nor organization_id", status: 400,
			body: "{\"error\":\"invalid_target\",\"error_description\":\"both `resource` and `organization_id` are not provided\"}", want: PermissionDenied},

		// Okta: a DPoP-bound client asked for a token without the DPoP
		// header.
		{src: "https://github.com/okta/okta-sdk-dotnet/issues/697", name: "Okta token 400 invalid_dpop_proof The DPoP proof JWT header is missing", status: 400,
			body: `{"error":"invalid_dpop_proof","error_description":"The DPoP proof JWT header is missing."}`, want: RequiredHeaderMissing},
	}
}

// roundidpNonRefusals: answers of the same servers that speak of users,
// applications and tokens but refuse nothing: records not found, a
// missing form field, a username taken.
func roundidpNonRefusals() []fpCase {
	return []fpCase{
		// The issue shows the fields; the JSON is Graph's error envelope.
		{src: "https://github.com/microsoftgraph/microsoft-graph-docs/issues/6059", name: "Graph 404 Request_ResourceNotFound Resource does not exist", status: 404, header: jsonCT(),
			path: "/v1.0/applications/8c14a998-3c8d-4c52-ad09-c9032671ea31",
			body: `{"error":{"code":"Request_ResourceNotFound","message":"Resource '8c14a998-3c8d-4c52-ad09-c9032671ea31' does not exist or one of its queried reference-property objects are not present.","innerError":{"date":"2019-10-23T09:28:27","request-id":"5f20c0fe-279c-4c59-bdd2-1ea5a9613d81"}}}`},
		{src: "https://clerk.com/docs/errors/backend-api", name: "Clerk Backend API 422 form_param_nil Enter name", status: 422, header: jsonCT(),
			path: "/v1/organizations",
			body: `{"errors":[{"code":"form_param_nil","long_message":"Enter name.","message":"Enter name.","meta":{"param_name":"name"}}]}`},
		// ZITADEL's gRPC NotFound (5) through the REST gateway; the
		// envelope assembled around the message a probe recorded.
		{src: "https://github.com/zitadel/zitadel/blob/187a98299d04523b10108fa828b2e4b978a0a7fb/internal/api/authz/authorization.go", name: "ZITADEL 404 code 5 Errors.App.NotExisting", status: 404, header: jsonCT(),
			path: "/management/v1/projects/367086328984109061/apps/oidc",
			body: `{"code":5,"message":"Errors.App.NotExisting (QUERY-pCP8P)","details":[{"@type":"type.googleapis.com/zitadel.v1.ErrorDetail","id":"QUERY-pCP8P","message":"Errors.App.NotExisting"}]}`},
		{src: "https://github.com/logto-io/logto/blob/1fbc55441fd28d9e3e7d69c1522e7654dccfe99c/packages/phrases/src/locales/en/errors/user.ts", name: "Logto Management API 422 user.username_already_in_use", status: 422, header: jsonCT(),
			path: "/api/users",
			body: `{"code":"user.username_already_in_use","message":"This username is already in use."}`},
	}
}

// TestHeldoutRoundidp reports top-1 on the identity providers' round: the
// APIs' refusals, the token endpoints' answers, and the non-refusals,
// which must get no cause.
func TestHeldoutRoundidp(t *testing.T) {
	runHeldoutRound(t, heldoutRound{name: "roundidp", cases: roundidpCases(time.Now()), tokens: roundidpTokenCases(), nonRefusals: roundidpNonRefusals(), gathered: 37})
}

// lateRoundidpCases: answers gathered after the readings above, looked at
// for the first time and run once before any change: late: first cause
// right in 5 of 7 (refusals 3 of 5, non-refusals 2 of 2 given no cause).
// Misses: "Only access tokens are allowed in the authorization header"
// read as a scheme named (scheme_mismatch) beside an invalid_token
// challenge; a 401 "Expected role not found" read as a refused credential.
// 7 of 7 after two general readings: a kind of token named as the only
// one taken (access, refresh, ID tokens) is no Authorization scheme, and
// the scheme check reads the challenge's description the rule read; the
// role the caller was expected to hold said not found or missing is the
// lacking-a-role permission.
func lateRoundidpCases() []provCase {
	const (
		hydraUserinfo = "https://github.com/ory/hydra/blob/83127c5752d907f52dd5f048a734c596c4316477/oauth2/handler_test.go"
		logto         = "https://github.com/logto-io/logto/blob/1fbc55441fd28d9e3e7d69c1522e7654dccfe99c/packages/core/src/"
	)
	hydraTok := bearer("HYDRA_ACCESS_TOKEN", "ory_at_Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g.h7i8j9k0")
	logtoJWT := bearer("LOGTO_TOKEN", "eyJhbGciOiJFUzM4NCIsInR5cCI6ImF0K2p3dCJ9.eyJpc3MiOiJodHRwczovL3RlbmFudC5sb2d0by5hcHAvb2lkYyJ9.c2lnbmF0dXJl")
	return []provCase{
		// Ory Hydra's userinfo: a refresh token sent as the bearer, and a
		// token the introspection refused (the handler test's challenges).
		{src: hydraUserinfo, name: "Hydra userinfo 401 invalid_token Only access tokens are allowed in the authorization header", status: 401,
			header: jsonCT("WWW-Authenticate", `Bearer error="invalid_token",error_description="Only access tokens are allowed in the authorization header."`),
			cred:   hydraTok, path: "/userinfo", want: ServerInvalidToken},
		{src: hydraUserinfo, name: "Hydra userinfo 401 request_unauthorized challenge", status: 401,
			header: jsonCT("WWW-Authenticate", `Bearer error="request_unauthorized",error_description="The request could not be authorized. Check that you provided valid credentials in the right format."`),
			cred:   hydraTok, path: "/userinfo", want: CredentialRejected},
		// Logto's Hasura authn webhook: the user lacks the expected role
		// (a 401 whose words speak of roles: the catalog's permission
		// said with a 401); its envelope as RequestError.toBody gives it.
		{src: logto + "routes/authn.ts", name: "Logto authn 401 auth.expected_role_not_found", status: 401,
			header: jsonCT(), body: `{"code":"auth.expected_role_not_found","message":"Expected role not found. Please check your user roles and permissions."}`,
			cred: logtoJWT, path: "/api/authn/hasura?resource=https%3A%2F%2Fapi.example.com&expectedRole=admin", want: PermissionDenied},
		// A JWT without a subject: read and refused.
		{src: logto + "middleware/koa-auth/index.ts", name: "Logto Management API 401 auth.jwt_sub_missing", status: 401,
			header: jsonCT(), body: "{\"code\":\"auth.jwt_sub_missing\",\"message\":\"Missing `sub` in JWT.\"}",
			cred: logtoJWT, path: "/api/applications", want: CredentialRejected},
		// Clerk's InvalidAuthorization, in the Backend API's envelope.
		{src: "https://clerk.com/docs/errors/backend-api", name: "Clerk Backend API 403 authorization_invalid Unauthorized request", status: 403,
			header: jsonCT(), body: `{"errors":[{"code":"authorization_invalid","long_message":"You are not authorized to perform this request","message":"Unauthorized request"}]}`,
			cred: bearer("CLERK_SECRET_KEY", "sk_test_Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g"), method: "DELETE", path: "/v1/users/user_2NNEqL2nrIRdJ194ndJqAHwEfxC", want: PermissionDenied},
	}
}

// lateRoundidpNonRefusals: an identity not found by Kratos's admin API
// and a client registration's validation error (the servers' snapshots).
func lateRoundidpNonRefusals() []fpCase {
	return []fpCase{
		{src: "https://github.com/ory/kratos/blob/b86338da04a040247a07f46100a86dcfb3875909/selfservice/strategy/code/.snapshots/TestAdminStrategy-description=should_not_be_able_to_recover_an_account_that_does_not_exist.json",
			name: "Kratos admin 404 Unable to locate the resource, could not find identity", status: 404, header: jsonCT(), path: "/admin/recovery/code",
			body: "{\n  \"error\": {\n    \"code\": 404,\n    \"message\": \"Unable to locate the resource\",\n    \"reason\": \"could not find identity\",\n    \"status\": \"Not Found\"\n  }\n}"},
		{src: "https://github.com/ory/hydra/blob/83127c5752d907f52dd5f048a734c596c4316477/client/.snapshots/TestHandler-common-case=create_clients-case=7-description=setting_skip_consent_fails_for_dynamic_registration.json",
			name: "Hydra 400 invalid_request skip_consent cannot be set for dynamic client registration", status: 400, header: jsonCT(), path: "/oauth2/register",
			body: "{\n  \"error\": \"invalid_request\",\n  \"error_description\": \"'skip_consent' cannot be set for dynamic client registration\"\n}"},
	}
}

// TestHeldoutRoundidpLate: see lateRoundidpCases.
func TestHeldoutRoundidpLate(t *testing.T) {
	runProviderCases(t, "roundidp late answers", lateRoundidpCases())
	runFalsePositives(t, "roundidp late non-refusals", lateRoundidpNonRefusals())
}
