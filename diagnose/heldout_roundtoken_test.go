package diagnose

import (
	"testing"
	"time"
)

// A held-out round on OAuth2/OIDC token endpoints and identity providers
// (Auth0, Cognito, Login with Amazon, Apple, ZITADEL, Ory Hydra,
// IdentityServer, FusionAuth, WSO2, Entra ID, Google, Okta, Keycloak,
// Salesforce, Xero, Intuit, Zoom, Dropbox, Spotify, Twitch, Strava, Slack,
// Atlassian, SoundCloud, Databricks, Monzo) and the APIs that refuse the
// tokens they issue. Gathered and given their expected first cause from
// the catalog before the diagnosis code was read; a comment says why when
// two codes could fit. First run, before any fix: first cause right in 30
// of 41 (token endpoint answers 29 of 39, API refusals 1 of 2); 41 of 41
// after the readings the misses lacked (a grant said expired and only
// that; a second factor or an interaction the grant cannot give; the
// client authentication method named against the one used; a resource or
// audience refused like a scope; a presented refresh token said invalid
// whatever the code; server_error and temporarily_unavailable as the
// endpoint's own failure unless the status is 401 or 403; an issuer
// validation that failed). Late answers (lateRoundtokenTokenCases),
// gathered after those readings and run once: 6 of 6.

// roundtokenTokenCases: token endpoints' answers to a client credentials,
// refresh token or password grant, byte for byte as the sources show them.
func roundtokenTokenCases() []tokenCase {
	return []tokenCase{
		// Auth0.
		{src: "https://github.com/auth0/auth0-python/issues/173", name: "Auth0 403 access_denied client not authorized to access the API (no client grant)", status: 403,
			body: `{"error":"access_denied","error_description":"Client is not authorized to access \"https://acme.eu.auth0.com/api/v2/\". You might probably want to create a \"client-grant\" associated to this API. See: https://auth0.com/docs/api/v2#!/Client_Grants/post_client_grants"}`, want: PermissionDenied},
		// access_denied reads as permission_denied at a token endpoint,
		// but a 401 whose only word is "Unauthorized" names no grant,
		// scope or API: the client itself was not authenticated (Auth0
		// answers a wrong client secret this way). credential_rejected.
		{src: "https://github.com/auth0/node-auth0/issues/682", name: "Auth0 401 access_denied Unauthorized", status: 401,
			body: `{"error":"access_denied","error_description":"Unauthorized"}`, want: CredentialRejected},
		{src: "https://github.com/devdennysegura/flutter-auth0/issues/35", name: "Auth0 403 unauthorized_client password-realm grant not allowed", status: 403,
			body: `{"error":"unauthorized_client","error_description":"Grant type 'http://auth0.com/oauth/grant-type/password-realm' not allowed for the client.","error_uri":"https://auth0.com/docs/clients/client-grant-types"}`, want: PermissionDenied},

		// Amazon Cognito, Login with Amazon, Apple.
		{src: "https://github.com/amazon-archives/amazon-cognito-auth-js/issues/206", name: "Cognito 400 bare invalid_client", status: 400,
			body: `{"error":"invalid_client"}`, want: CredentialRejected},
		// The words speak of a revoked permission, but what is refused is
		// the refresh token (the grant parameter): credential_rejected.
		{src: "https://github.com/amzn/selling-partner-api-models/issues/2997", name: "Login with Amazon 400 invalid grant parameter refresh_token, user may have revoked", status: 400,
			body: `{"error_description":"The request has an invalid grant parameter : refresh_token. User may have revoked or didn't grant the permission.","error":"invalid_grant"}`, want: CredentialRejected},
		{src: "https://github.com/mikebronner/laravel-sign-in-with-apple/issues/9", name: "Apple 400 invalid_client (client secret JWT past its lifetime)", status: 400,
			body: `{"error":"invalid_client"}` + "\n", want: CredentialRejected},

		// ZITADEL, Ory Hydra, IdentityServer, FusionAuth, WSO2.
		{src: "https://github.com/zitadel/zitadel/issues/9961", name: "ZITADEL 401 invalid_client client not found", status: 401,
			body: `{"error":"invalid_client","error_description":"client not found"}`, want: CredentialRejected},
		// Hydra names the method it accepts and the one it got: the secret
		// went in the form while the client reads it from Basic (and the
		// reverse below). credential_in_wrong_place.
		{src: "https://github.com/appsup-dart/openid_client/issues/69", name: "Hydra 401 invalid_client supports client_secret_basic, client_secret_post requested", status: 401,
			body: `{"error":"invalid_client","error_description":"Client authentication failed (e.g., unknown client, no client authentication included, or unsupported authentication method). The OAuth 2.0 Client supports client authentication method 'client_secret_basic', but method 'client_secret_post' was requested. You must configure the OAuth 2.0 client's 'token_endpoint_auth_method' value to accept 'client_secret_post'.","status_code":401}`, want: CredentialInWrongPlace},
		{src: "https://github.com/perses/perses-operator/pull/431", name: "Hydra 401 invalid_client supports client_secret_post, client_secret_basic requested", status: 401,
			body: `{"error":"invalid_client","error_description":"Client authentication failed (e.g., unknown client, no client authentication included, or unsupported authentication method). The OAuth 2.0 Client supports client authentication method 'client_secret_post', but method 'client_secret_basic' was requested. You must configure the OAuth 2.0 client's 'token_endpoint_auth_method' value to accept 'client_secret_basic'.","status_code":401}`, want: CredentialInWrongPlace},
		{src: "https://github.com/DuendeArchive/IdentityServer4/issues/4057", name: "IdentityServer 400 bare invalid_client", status: 400,
			body: `{"error":"invalid_client"}`, want: CredentialRejected},
		{src: "https://github.com/DuendeArchive/IdentityServer4/issues/2498", name: "IdentityServer 400 bare unauthorized_client (grant type not allowed)", status: 400,
			body: `{"error":"unauthorized_client"}`, want: PermissionDenied},
		{src: "https://github.com/FusionAuth/fusionauth-issues/issues/3197", name: "FusionAuth 400 invalid_grant password grant, user unable to login", status: 400,
			body: "{\n    \"error\": \"invalid_grant\",\n    \"error_description\": \"The user is unable to login. Authentication server responded with 400 status code.\",\n    \"error_reason\": \"unknown\"\n}", want: CredentialRejected},
		{src: "https://github.com/wso2/product-is/issues/6569", name: "WSO2 401 invalid_client no valid OAuth client for client_id", status: 401,
			body: `{"error_description":"A valid OAuth client could not be found for client_id: Ujin_7oc14NI23N_1tZtD9WTNUEa","error":"invalid_client"}`, want: CredentialRejected},
		{src: "https://github.com/monzo/docs/pull/31", name: "Monzo 400 unauthorized_client no permission to use the grant", status: 400,
			body: "{\n    \"error\":\"unauthorized_client\",\n    \"error_description\":\"Client does not have permission to use the requested grant\",\n    \"message\":\"Client does not have permission to use the requested grant\"\n}", want: PermissionDenied},

		// Entra ID.
		{src: "https://github.com/Azure/azure-cli/issues/14244", name: "Entra ID 400 AADSTS700082 refresh token expired due to inactivity", status: 400,
			body: `{"error":"invalid_grant","error_description":"AADSTS700082: The refresh token has expired due to inactivity. The token was issued on 2020-02-26T21:52:54.2810613Z and was inactive for 90.00:00:00.\r\nTrace ID: 6e94ade5-10de-4d67-909a-14d845813500\r\nCorrelation ID: 0e87b495-1e24-4882-be85-d012c216f4f6\r\nTimestamp: 2020-07-06 22:31:52Z","error_codes":[700082],"timestamp":"2020-07-06 22:31:52Z","trace_id":"6e94ade5-10de-4d67-909a-14d845813500","correlation_id":"0e87b495-1e24-4882-be85-d012c216f4f6","error_uri":"https://login.microsoftonline.com/error?code=700082"}`, want: TokenExpired},
		// The user's password was right; a policy demands a second factor
		// the grant cannot give. No header would satisfy it
		// (required_header_missing speaks of headers): the caller is known
		// and refused this way in. permission_denied.
		{src: "https://github.com/AzureAD/microsoft-authentication-library-for-go/issues/398", name: "Entra ID 400 AADSTS50076 must use multi-factor authentication", status: 400,
			body: `{"error":"invalid_grant","error_description":"AADSTS50076: Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access '00000003-0000-0000-c000-000000000000'.\r\n","error_uri":"https://login.microsoftonline.com/error?code=50076","suberror":"basic_action"}`, want: PermissionDenied},
		{src: "https://github.com/juunas11/aspnetcore2aadauth/issues/6", name: "Entra ID 400 AADSTS50079 interaction_required, user must use MFA", status: 400,
			body: `{"error":"interaction_required","error_description":"AADSTS50079: The user is required to use multi-factor authentication.\r\nTrace ID: 5c8ce2fc-1720-45c1-899a-0a6d0e965600\r\nCorrelation ID: e421d7f3-0160-4431-bc41-d675aa4007e8\r\nTimestamp: 2018-03-16 15:03:39Z","error_codes":[50079],"timestamp":"2018-03-16 15:03:39Z","trace_id":"5c8ce2fc-1720-45c1-899a-0a6d0e965600","correlation_id":"e421d7f3-0160-4431-bc41-d675aa4007e8","claims":"{\"access_token\":{\"capolids\":{\"essential\":true,\"values\":[\"59866338-815e-41e6-9613-0ec6218e5c3d\"]}}}","suberror":"basic_action"}`, want: PermissionDenied},
		// The token was asked for a resource this tenant does not hold:
		// the request's audience is wrong, not the client's secret. Like
		// invalid_scope, permission_denied.
		{src: "https://github.com/rootinc/laravel-azure-middleware/issues/51", name: "Entra ID 400 AADSTS500011 invalid_resource, resource principal not found in the tenant", status: 400,
			body: `{"error":"invalid_resource","error_description":"AADSTS500011: The resource principal named {id} was not found in the tenant named {id} This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You might have sent your authentication request to the wrong tenant.\r\nTrace ID: \r\nCorrelation ID: \r\nTimestamp: 2021-06-01 09:55:53Z","error_codes":[500011],"timestamp":"2021-06-01 09:55:53Z","trace_id":"","correlation_id":"","error_uri":"https://login.microsoftonline.com/error?code=500011"}`, want: PermissionDenied},

		// Google, Okta, Keycloak.
		// "Expired or revoked" gives two readings and the answer does not
		// say which: the refresh token is refused. credential_rejected
		// rather than token_expired (as for Spotify's
		// "Missing/invalid/expired").
		{src: "https://github.com/GeneralTask/task-manager/pull/2169", name: "Google 400 invalid_grant Token has been expired or revoked", status: 400,
			body: "{\n  \"error\": \"invalid_grant\",\n  \"error_description\": \"Token has been expired or revoked.\"\n}", want: CredentialRejected},
		{src: "https://github.com/okta/okta-react-native/issues/109", name: "Okta 400 invalid_grant refresh token is invalid or expired", status: 400,
			body: `{"error":"invalid_grant","error_description":"The refresh token is invalid or expired."}`, want: CredentialRejected},
		// A stale refresh token was superseded by a newer one (rotation):
		// refused, not expired.
		{src: "https://github.com/marcospereirampj/python-keycloak/issues/53", name: "Keycloak 400 invalid_grant Stale refresh token", status: 400,
			body: `{"error":"invalid_grant","error_description":"Stale refresh token"}`, want: CredentialRejected},

		// Salesforce, Xero, Intuit.
		{src: "https://github.com/restforce/restforce/issues/81", name: "Salesforce 400 invalid_grant expired access/refresh token", status: 400,
			body: `{"error":"invalid_grant","error_description":"expired access/refresh token"}`, want: TokenExpired},
		// unauthorized_client, but the words say the client is unknown:
		// the catalog's exception, credential_rejected.
		{src: "https://github.com/XeroAPI/xero-python/issues/110", name: "Xero 400 unauthorized_client Unknown client or client not enabled", status: 400,
			body: `{"error":"unauthorized_client","error_description":"Unknown client or client not enabled"}`, want: CredentialRejected},
		{src: "https://github.com/intuit/oauth-jsclient/issues/77", name: "Intuit 400 bare invalid_grant (refresh token not found)", status: 400,
			body: `{"error":"invalid_grant"}`, want: CredentialRejected},

		// Zoom, Strava, Twitch, Slack: token endpoints with their own shapes.
		{src: "https://github.com/JubaerHossain/zoom-laravel/issues/3", name: "Zoom 400 reason Invalid client_id or client_secret", status: 400,
			body: `{"reason":"Invalid client_id or client_secret","error":"invalid_client"}`, want: CredentialRejected},
		{src: "https://github.com/dreeveapp/dreeve/issues/372", name: "Strava 400 Bad Request, Application client_id invalid", status: 400,
			body: "{\n    \"message\": \"Bad Request\",\n    \"errors\": [{\n        \"resource\": \"Application\",\n        \"field\": \"client_id\",\n        \"code\": \"invalid\"\n    }]\n}", want: CredentialRejected},
		{src: "https://github.com/Radioh/ha_twitch_helix/issues/3", name: "Twitch 403 invalid client secret", status: 403,
			body: `{"status":403,"message":"invalid client secret"}`, want: CredentialRejected},
		{src: "https://github.com/slackapi/python-slack-sdk/issues/690", name: "Slack oauth.v2.access 200 ok false invalid_client_id", status: 200,
			body: `{"ok":false,"error":"invalid_client_id"}`, want: CredentialRejected},
		{src: "https://github.com/yannickglt/alfred-slack/issues/69", name: "Slack oauth.access 200 ok false invalid_auth", status: 200,
			body: `{"ok":false,"error":"invalid_auth"}`, want: CredentialRejected},

		// Dropbox, Spotify, Atlassian.
		{src: "https://github.com/nextcloud/integration_dropbox/issues/34", name: "Dropbox 400 invalid_grant refresh token is invalid or revoked", status: 400,
			body: `{"error": "invalid_grant", "error_description": "refresh token is invalid or revoked"}`, want: CredentialRejected},
		{src: "https://github.com/boly38/node-mongotools/issues/94", name: "Dropbox 400 invalid_grant refresh token is malformed", status: 400,
			body: `{"error": "invalid_grant", "error_description": "refresh token is malformed"}`, want: CredentialRejected},
		{src: "https://github.com/novatorem/novatorem/issues/81", name: "Spotify 400 invalid_grant Refresh token revoked", status: 400,
			body: `{"error": "invalid_grant", "error_description": "Refresh token revoked"}`, want: CredentialRejected},
		{src: "https://developer.atlassian.com/cloud/jira/platform/oauth-2-3lo-apps/#how-do-i-get-a-new-access-token--if-my-access-token-expires-or-is-revoked-", name: "Atlassian 403 invalid_grant Unknown or invalid refresh token", status: 403,
			body: `{"error": "invalid_grant", "error_description": "Unknown or invalid refresh token."}`, want: CredentialRejected},
		// unauthorized_client whose words say the refresh token is
		// invalid: the catalog's exception, credential_rejected.
		{src: "https://github.com/ParabolInc/parabol/issues/11849", name: "Atlassian 403 unauthorized_client refresh_token is invalid", status: 403,
			body: `{"error":"unauthorized_client","error_description":"refresh_token is invalid"}`, want: CredentialRejected},

		// Look-alikes that are not refusals of the credential.
		{src: "https://github.com/soundcloud/api/issues/148", name: "SoundCloud 429 rate_limit_exceeded on the client credentials token request", status: 429,
			body: "{\n  \"code\":429,\n  \"message\":\"rate_limit_exceeded\",\n  \"link\":\"https://developers.soundcloud.com/docs/api/rate-limits#errors\",\n  \"status\":\"429 - Too Many Requests\",\n  \"errors\":[\n    {\"error_message\":\"rate_limit_exceeded\"}\n  ],\n  \"error\":null,\n  \"error_code\":\"rate_limit_exceeded\"\n}", want: RateLimited},
		{src: "https://github.com/zitadel/zitadel/issues/9745", name: "ZITADEL 500 server_error Errors.Internal (no cause)", status: 500,
			body: "{\n    \"error\": \"server_error\",\n    \"error_description\": \"Errors.Internal\"\n}", want: ""},
		{src: "https://github.com/Azure/azure-sdk-for-python/issues/14241", name: "Entra ID 503 temporarily_unavailable AADSTS90033 transient error (no cause)", status: 503,
			body: `{"error":"temporarily_unavailable","error_description":"AADSTS90033: A transient error has occurred. Please try again.\r\nTrace ID: 7c3280d4-5d54-4240-bc1b-97a405a38000\r\nCorrelation ID: 1409d806-a8f8-4ba5-a6e5-1b7c68e497ce\r\nTimestamp: 2020-09-28 21:43:07Z","error_codes":[90033],"timestamp":"2020-09-28 21:43:07Z","trace_id":"7c3280d4-5d54-4240-bc1b-97a405a38000","correlation_id":"1409d806-a8f8-4ba5-a6e5-1b7c68e497ce"}`, want: ""},
		{src: "https://github.com/databricks/databricks-sdk-go/issues/1072", name: "Databricks 503 TEMPORARILY_UNAVAILABLE at /oidc/v1/token (no cause)", status: 503,
			body: `{"message":"The service at /oidc/v1/token is temporarily unavailable. Please try again later. [TraceId: -]","error_code":"TEMPORARILY_UNAVAILABLE"}`, want: ""},
		{src: "https://api.slack.com/methods/oauth.v2.access", name: "Slack oauth.v2.access 200 ok true with a token (issued, no cause)", status: 200,
			body: `{"ok": true, "access_token": "xoxb-17653672481-19874698323-pdFZKVeTuE8sk7oOcBrzbqgy", "token_type": "bot", "scope": "commands,incoming-webhook", "bot_user_id": "U0KRQLJ9H", "app_id": "A0KRD7HC3", "team": {"name": "Slack Softball Team", "id": "T9TK3CUKW"}, "enterprise": {"name": "slack-sports", "id": "E12345678"}, "authed_user": {"id": "U1234", "scope": "chat:write", "access_token": "xoxp-1234", "token_type": "user"}}`, want: ""},
	}
}

// roundtokenCases: APIs refusing a token an identity provider issued.
func roundtokenCases(now time.Time) []provCase {
	hubspot := bearer("HUBSPOT_ACCESS_TOKEN", "CJSP5qf1KhICAQEYs-gDIIGOBii1hQIyGQAf3xBKmlwHjX7OIpuIFEavB2-qYAGQsF4")
	swa := bearer("ACCESS_TOKEN", makeJWT(map[string]any{"iss": "https://preview-env.centralus.5.azurestaticapps.net/.auth", "aud": "api", "sub": "user", "exp": now.Add(time.Hour).Unix()}))
	return []provCase{
		{src: "https://github.com/ToolJet/ToolJet/issues/17192", name: "HubSpot 401 EXPIRED_AUTHENTICATION OAuth token expired hours ago", status: 401,
			header: jsonCT(), body: "{\n  \"status\": \"error\",\n  \"statusCode\": 401,\n  \"statusMessage\": \"Unauthorized\",\n  \"message\": \"The OAuth token used to make this call expired 5 hour(s) ago.\",\n  \"category\": \"EXPIRED_AUTHENTICATION\",\n  \"correlationId\": \"019f601e-af3d-7912-b920-31130b6240c9\"\n}", cred: hubspot, path: "/crm/v3/objects/contacts", want: TokenExpired},
		// The token comes from another issuer (a preview environment's):
		// the answer names the issuer check that failed.
		{src: "https://github.com/Azure/static-web-apps/issues/1581", name: "Azure Static Web Apps 401 IDX10205 issuer validation failed", status: 401,
			header: jsonCT(), body: "{\n    \"code\": 401,\n    \"message\": \"IDX10205: Issuer validation failed. Issuer: 'https://**********.centralus.5.azurestaticapps.net/.auth'. Did not match: validationParameters.ValidIssuer: 'https://***********.5.azurestaticapps.net/.auth' or validationParameters.ValidIssuers: 'null' or validationParameters.ConfigurationManager.CurrentConfiguration.Issuer: 'Null'. For more details, see https://aka.ms/IdentityModel/issuer-validation. \"\n}", cred: swa, path: "/api/items", want: JWTWrongIssuer},
	}
}

// lateRoundtokenTokenCases: answers gathered after the readings above
// were written, run once before any further reading.
func lateRoundtokenTokenCases() []tokenCase {
	return []tokenCase{
		// A disabled user account at the password grant: like a suspended
		// account on an API, the credential is refused.
		{src: "https://github.com/Nerzal/gocloak/issues/427", name: "Keycloak 400 invalid_grant Account disabled", status: 400,
			body: `{"error":"invalid_grant","error_description":"Account disabled"}`, want: CredentialRejected},
		{src: "https://github.com/member-gentei/member-gentei/issues/18", name: "Discord 400 invalid_request Invalid refresh_token in request", status: 400,
			body: `{"error": "invalid_request", "error_description": "Invalid \"refresh_token\" in request."}`, want: CredentialRejected},
		{src: "https://github.com/wohali/oauth2-discord-new/issues/48", name: "Discord 401 bare invalid_client (secret reset)", status: 401,
			body: `{"error":"invalid_client"}`, want: CredentialRejected},
		// Three readings (a mismatch, an expired code, a binding): the code
		// is refused; "expired" is one of them, not the answer.
		{src: "https://github.com/d3xt3r2909/linkedin_login/issues/77", name: "LinkedIn 400 invalid_request code does not match or expired", status: 400,
			body: `{"error":"invalid_request","error_description":"Unable to retrieve access token: appid/redirect uri/code verifier does not match authorization code. Or authorization code expired. Or external member binding exists"}`, want: CredentialRejected},
		// "Incorrect or expired": two readings, credential_rejected.
		{src: "https://docs.github.com/en/apps/creating-github-apps/authenticating-with-a-github-app/refreshing-user-access-tokens", name: "GitHub 200 bad_refresh_token incorrect or expired", status: 200,
			body: `{"error":"bad_refresh_token","error_description":"The refresh token passed is incorrect or expired.","error_uri":"https://docs.github.com/apps/managing-oauth-apps/troubleshooting-oauth-app-access-token-request-errors/#bad-refresh-token"}`, want: CredentialRejected},
		{src: "https://github.com/pennersr/django-allauth/issues/2836", name: "Apple 400 invalid_grant The code has already been used", status: 400,
			body: `{"error": "invalid_grant", "error_description":"The code has already been used"}`, want: CredentialRejected},
	}
}

// TestHeldoutRoundtoken: see roundtokenTokenCases and roundtokenCases.
func TestHeldoutRoundtoken(t *testing.T) {
	runHeldoutRound(t, heldoutRound{name: "roundtoken", cases: roundtokenCases(time.Now()), tokens: roundtokenTokenCases()})
	runTokenCases(t, lateRoundtokenTokenCases())
}
