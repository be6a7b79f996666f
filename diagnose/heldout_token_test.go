package diagnose

import (
	"testing"
	"time"
)

// TestHeldoutTokenCorpus: token endpoints' real refusals (Entra ID,
// Google, GitHub, Okta, Keycloak) gathered independently of the rules;
// each expected first cause was decided from the catalog before the case
// was run.
func TestHeldoutTokenCorpus(t *testing.T) {
	runTokenCases(t, []tokenCase{
		{src: "https://learn.microsoft.com/en-us/troubleshoot/entra/entra-id/app-integration/error-code-aadsts700016-unauthorized-client-application-not-found", name: "Entra ID AADSTS700016 application not found in the directory", status: 400,
			body: `{"error":"unauthorized_client","error_description":"AADSTS700016: Application with identifier '6731de76-14a6-49ae-97bc-6eba6914391e' was not found in the directory 'contoso.onmicrosoft.com'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.","error_codes":[700016]}`, want: CredentialRejected},
		{src: "https://learn.microsoft.com/en-us/answers/questions/1350893/aadsts7000222-the-provided-client-secret-keys-for", name: "Entra ID AADSTS7000222 client secret keys expired", status: 401,
			body: `{"error":"invalid_client","error_description":"AADSTS7000222: The provided client secret keys for app '6731de76-14a6-49ae-97bc-6eba6914391e' are expired. Visit the Azure portal to create new keys for your app: https://aka.ms/NewClientSecret, or consider using certificate credentials for added security: https://aka.ms/certCreds.","error_codes":[7000222]}`, want: CredentialRejected},
		{src: "https://learn.microsoft.com/en-us/troubleshoot/entra/entra-id/app-integration/error-code-aadsts65001-user-or-administrator-has-not-consented", name: "Entra ID AADSTS65001 not consented", status: 400,
			body: `{"error":"invalid_grant","error_description":"AADSTS65001: The user or administrator has not consented to use the application with ID '6731de76-14a6-49ae-97bc-6eba6914391e' named 'orders-api'. Send an interactive authorization request for this user and resource.","error_codes":[65001],"suberror":"consent_required"}`, want: PermissionDenied},
		{src: "https://learn.microsoft.com/en-us/entra/identity-platform/reference-error-codes", name: "Entra ID AADSTS50126 invalid username or password", status: 400,
			body: `{"error":"invalid_grant","error_description":"AADSTS50126: Error validating credentials due to invalid username or password.","error_codes":[50126]}`, want: CredentialRejected},
		{src: "https://github.com/googleapis/google-api-nodejs-client/issues/1540", name: "Google invalid_client The OAuth client was not found", status: 401,
			body: `{"error":"invalid_client","error_description":"The OAuth client was not found."}`, want: CredentialRejected},
		{src: "https://developers.google.com/identity/protocols/oauth2/service-account#error-codes", name: "Google unauthorized_client, delegation not authorized for the scopes", status: 401,
			body: `{"error":"unauthorized_client","error_description":"Client is unauthorized to retrieve access tokens using this method, or client not authorized for any of the scopes requested."}`, want: PermissionDenied},
		{src: "https://docs.github.com/en/apps/oauth-apps/maintaining-oauth-apps/troubleshooting-oauth-app-access-token-request-errors#incorrect-client-credentials", name: "GitHub incorrect_client_credentials answered with 200", status: 200,
			body: `{"error":"incorrect_client_credentials","error_description":"The client_id and/or client_secret passed are incorrect.","error_uri":"https://docs.github.com/apps/managing-oauth-apps/troubleshooting-oauth-app-access-token-request-errors/#incorrect-client-credentials"}`, want: CredentialRejected},
		{src: "https://developer.okta.com/docs/reference/api/oidc/#response-example-error-2", name: "Okta invalid_client secret invalid", status: 401,
			body: `{"error":"invalid_client","error_description":"The client secret supplied for a confidential client is invalid."}`, want: CredentialRejected},
		{src: "https://devforum.okta.com/t/the-client-is-not-authorized-to-use-the-provided-grant-type/", name: "Okta unauthorized_client grant type not configured", status: 400,
			body: `{"error":"unauthorized_client","error_description":"The client is not authorized to use the provided grant type. Configured grant types: [authorization_code]."}`, want: PermissionDenied},
		{src: "https://github.com/keycloak/keycloak/discussions/9817", name: "Keycloak unauthorized_client no service account", status: 400,
			body: `{"error":"unauthorized_client","error_description":"Client not enabled to retrieve service account"}`, want: PermissionDenied},
		{src: "https://github.com/googleapis/google-auth-library-nodejs/issues/1044", name: "Google invalid_grant Invalid JWT Signature (service account key deleted)", status: 400,
			body: `{"error":"invalid_grant","error_description":"Invalid JWT Signature."}`, want: CredentialRejected},
		{src: "https://learn.microsoft.com/en-us/entra/identity-platform/reference-error-codes", name: "Entra ID AADSTS700027 client assertion invalid signature", status: 401,
			body: `{"error":"invalid_client","error_description":"AADSTS700027: Client assertion contains an invalid signature. [Reason - The key was not found.]","error_codes":[700027]}`, want: CredentialRejected},
		{src: "https://learn.microsoft.com/en-us/entra/identity-platform/v2-oauth2-client-creds-grant-flow#error-response", name: "Entra ID AADSTS1002012 invalid_scope without /.default", status: 400,
			body: `{"error":"invalid_scope","error_description":"AADSTS1002012: The provided value for scope User.Read is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).","error_codes":[1002012]}`, want: PermissionDenied},
	})
}

// TestHeldoutGatewayCorpus: API gateways' own refusals (Azure API
// Management, Apigee, Kong, AWS API Gateway) in answers no other table
// holds.
func TestHeldoutGatewayCorpus(t *testing.T) {
	jwt := bearer("ACCESS_TOKEN", makeJWT(map[string]any{"iss": "https://login.microsoftonline.com/7f3c/v2.0", "aud": "api://orders", "sub": "svc", "exp": time.Now().Add(time.Hour).Unix()}))
	expired := bearer("ACCESS_TOKEN", makeJWT(map[string]any{"iss": "orders-consumer", "sub": "svc", "exp": time.Now().Add(-time.Hour).Unix()}))
	apigeeKey := apiKey("APIGEE_KEY", "Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e", "x-apikey", "")
	runProviderCases(t, "held-out gateway corpus", []provCase{
		{src: "https://learn.microsoft.com/en-us/azure/api-management/api-management-howto-protect-backend-with-aad", name: "Azure APIM 401 validate-jwt access token missing or invalid", status: 401,
			header: jsonCT(), body: `{ "statusCode": 401, "message": "Unauthorized. Access token is missing or invalid." }`, cred: jwt, path: "/orders", want: CredentialRejected},
		{src: "https://learn.microsoft.com/en-us/azure/api-management/rate-limit-policy", name: "Azure APIM 429 rate limit is exceeded", status: 429,
			header: jsonCT("Retry-After", "5"), body: `{ "statusCode": 429, "message": "Rate limit is exceeded. Try again in 5 seconds." }`, cred: jwt, path: "/orders", want: RateLimited},
		{src: "https://cloud.google.com/apigee/docs/api-platform/reference/policies/verify-api-key-policy#runtime-errors", name: "Apigee 401 no API product match for the key", status: 401,
			header: jsonCT(), body: `{"fault":{"faultstring":"Invalid API call as no apiproduct match found","detail":{"errorcode":"keymanagement.service.InvalidAPICallAsNoApiProductMatchFound"}}}`, cred: apigeeKey, path: "/v1/orders", want: PermissionDenied},
		{src: "https://docs.konghq.com/hub/kong-inc/jwt/", name: "Kong jwt 401 Invalid signature", status: 401,
			header: jsonCT("Server", "kong/3.4.2"), body: `{"message":"Invalid signature"}`, cred: jwt, path: "/orders", want: CredentialRejected},
		{src: "https://docs.konghq.com/hub/kong-inc/jwt/", name: "Kong jwt 401 exp token expired", status: 401,
			header: jsonCT("Server", "kong/3.4.2"), body: `{"exp":"token expired"}`, cred: expired, path: "/orders", want: JWTExpired},
		{src: "https://repost.aws/knowledge-center/api-gateway-401-error-lambda-authorizer", name: "API Gateway 401 Unauthorized from a Lambda authorizer", status: 401,
			header: jsonCT("x-amzn-ErrorType", "UnauthorizedException"), body: `{"message":"Unauthorized"}`, cred: jwt, path: "/prod/orders", want: CredentialRejected},
		{src: "https://repost.aws/knowledge-center/api-gateway-403-error-lambda-authorizer", name: "API Gateway 403 authorizer policy denies the resource", status: 403,
			header: jsonCT("x-amzn-ErrorType", "AccessDeniedException"), body: `{"Message":"User is not authorized to access this resource"}`, cred: jwt, path: "/prod/orders", want: PermissionDenied},
	})
}

// TestHeldoutIdentityCorpus: identity providers' own APIs and the APIs
// they protect (Keycloak admin, Okta, ASP.NET JwtBearer behind Entra ID).
func TestHeldoutIdentityCorpus(t *testing.T) {
	kc := bearer("ACCESS_TOKEN", makeJWT(map[string]any{"iss": "https://sso.example.com/realms/demo", "aud": "account", "sub": "service-account-demoapp", "exp": time.Now().Add(time.Hour).Unix()}))
	graphAud := bearer("ACCESS_TOKEN", makeJWT(map[string]any{"iss": "https://sts.windows.net/7f3c/", "aud": "00000003-0000-0000-c000-000000000000", "sub": "svc", "exp": time.Now().Add(time.Hour).Unix()}))
	okta := headerCred("Authorization", "OKTA_API_TOKEN", "SSWS 00Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i")
	runProviderCases(t, "held-out identity corpus", []provCase{
		{src: "https://github.com/keycloak/terraform-provider-keycloak/issues/640", name: "Keycloak admin 401 HTTP 401 Unauthorized", status: 401,
			header: jsonCT(), body: `{"error":"HTTP 401 Unauthorized"}`, cred: kc, path: "/admin/serverinfo", want: CredentialRejected},
		{src: "https://github.com/keycloak/keycloak/issues/25843", name: "Keycloak admin 403 unknown_error, service account lacks realm-management roles", status: 403,
			header: jsonCT(), body: "{\n    \"error\": \"unknown_error\"\n}", cred: kc, path: "/admin/realms/demo/users", want: PermissionDenied},
		{src: "https://github.com/dotnet/aspnetcore/issues/54513", name: "ASP.NET JwtBearer 401 the audience is invalid (a Graph token sent to the API)", status: 401,
			header: map[string]string{"WWW-Authenticate": `Bearer error="invalid_token", error_description="The audience '00000003-0000-0000-c000-000000000000' is invalid"`}, body: "", cred: graphAud, path: "/api/orders", want: JWTWrongAudience},
		{src: "https://github.com/mbegan/Okta-PSModule/issues/65", name: "Okta 401 E0000011 Invalid token provided (SSWS)", status: 401,
			header: jsonCT(), body: `{"errorCode":"E0000011","errorSummary":"Invalid token provided","errorLink":"E0000011","errorId":"oae5F52UwRnQsOUuKlNn7nhkw","errorCauses":[]}`, cred: okta, path: "/api/v1/users", want: CredentialRejected},
		{src: "https://developer.okta.com/docs/reference/error-codes/#E0000047", name: "Okta 429 E0000047 API call exceeded rate limit", status: 429,
			header: jsonCT("X-Rate-Limit-Limit", "600", "X-Rate-Limit-Remaining", "0", "X-Rate-Limit-Reset", "1704880860"), body: `{"errorCode":"E0000047","errorSummary":"API call exceeded rate limit due to too many requests.","errorLink":"E0000047","errorId":"oaeW4r3F1b0Q2m9yYh6d5c7Xg","errorCauses":[]}`, cred: okta, path: "/api/v1/users", want: RateLimited},
	})
}
