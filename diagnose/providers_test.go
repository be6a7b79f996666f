package diagnose

import (
	"encoding/json"
	"fmt"
	"maps"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/authspec/authspec/secret"
	"github.com/authspec/authspec/vocab"
)

// runRedactor is the run's redactor: the credential's values and the
// other secrets the suite's variables hold.
func runRedactor(c *Credential, secrets map[string]string) *secret.Redactor {
	r := newRedactor(nil, c).r
	for _, name := range sortedKeys(secrets) {
		r.Add(name, secrets[name])
	}
	return r
}

// provCase is one real auth failure as a provider or server answered it,
// copied from the public page in src: status, headers and body byte for
// byte (secrets in them replaced by made-up values of the same shape).
type provCase struct {
	src    string
	name   string
	status int
	header map[string]string
	body   string
	cred   *Credential
	env    string
	kind   string
	expect string
	method string
	place  func(*http.Request, *Credential)
	path   string // default /v1/accounts
	// secrets the run knows besides the credential's (a token typed into
	// the URL path), as the run's redactor holds them.
	secrets map[string]string
	// clientCert: the environment has a TLS client certificate.
	clientCert bool
	want       string
	never      []string // codes that must not appear at all
}

func jsonCT(extra ...string) map[string]string { return ctHeader("application/json", extra...) }

// ctHeader: an answer's headers, Content-Type ct and extra's name, value
// pairs.
func ctHeader(ct string, extra ...string) map[string]string {
	h := map[string]string{"Content-Type": ct}
	for i := 0; i+1 < len(extra); i += 2 {
		h[extra[i]] = extra[i+1]
	}
	return h
}

// providerCorpus: the held-out style corpus of real answers. Each case is
// served by an httptest stand-in and analyzed as the runner would.
func providerCorpus() []provCase {
	now := time.Now()
	expiredJWT := makeJWT(map[string]any{"iss": "https://login.example.com/", "aud": "api://payments", "sub": "svc",
		"iat": now.Add(-3 * time.Hour).Unix(), "exp": now.Add(-2 * time.Hour).Unix()})
	freshJWT := makeJWT(map[string]any{"iss": "https://login.example.com/", "aud": "https://datalake.azure.net/", "sub": "svc",
		"iat": now.Add(-time.Minute).Unix(), "exp": now.Add(time.Hour).Unix()})
	slackTok := bearer("SLACK_BOT_TOKEN", "xoxb-2841-93650-Q2hpY2tlbkZpbmdlcnM")
	// The password (not the user name) has staging's value.
	rabbitShared := inEnvFile(basicCred("monitor", "Sh4red-Rabbit-Pass"), "rabbit.production.env")
	rabbitShared.OtherEnvs = []Fingerprinted{{Env: "staging", Source: "ADMIN_PASSWORD", Field: vocab.FieldPassword, Fingerprint: secret.Fingerprint("Sh4red-Rabbit-Pass")}}
	return append([]provCase{
		// Chat and messaging: 200 with an auth error in the body.
		{src: "https://hexdocs.pm/slack/Slack.Web.Auth.html", name: "Slack invalid_auth", status: 200,
			header: jsonCT(), body: `{"ok":false,"error":"invalid_auth"}`, cred: slackTok, want: CredentialRejected},
		{src: "https://github.com/golang/oauth2/issues/174", name: "Slack not_authed, token in access_token", status: 200,
			header: jsonCT(), body: `{"ok":false,"error":"not_authed"}`, cred: apiKey("SLACK_TOKEN", "xoxp-2841-93650-Q2hpY2tlbkZpbmdlcnM", "", "access_token"), want: CredentialInWrongPlace},
		{src: "https://github.com/Inumedia/SlackAPI/pull/241", name: "Slack missing_scope with needed/provided", status: 200,
			header: jsonCT(), body: `{"ok":false,"error":"missing_scope","needed":"chat:write","provided":"channels:read,users:read"}`, cred: slackTok, want: ServerInsufficientScope},
		{src: "https://github.com/slackapi/bolt-js/issues/1968", name: "Slack token_expired (rotation)", status: 200,
			header: jsonCT(), body: `{"ok":false,"error":"token_expired","response_metadata":{}}`, cred: bearer("SLACK_BOT_TOKEN", "xoxe.xoxb-1-MS0yLTI4NDEtOTM2NTA"), want: TokenExpired},
		{src: "https://api.slack.com/docs/rate-limits", name: "Slack ratelimited", status: 429,
			header: jsonCT("Retry-After", "30"), body: `{"ok":false,"error":"ratelimited"}`, cred: slackTok, want: RateLimited},
		{src: "https://github.com/discord/discord-api-docs/issues/602", name: "Discord bot token without the Bot prefix", status: 401,
			header: jsonCT(), body: `{"message": "401: Unauthorized", "code": 0}`, cred: headerCred("Authorization", "DISCORD_TOKEN", "MTk4NjIyNDgzNDcxOTI1MjQ4.Cl2FMQ.ZnCjm1XVW7vRze4b7Cq4se7kKWs"), want: PrefixMissing},
		{src: "https://github.com/twilio/twilio-php/issues/380", name: "Twilio 20003 Authenticate", status: 401,
			header: jsonCT("WWW-Authenticate", `Basic realm="Twilio API"`), body: `{"code": 20003, "message": "Authenticate", "more_info": "https://www.twilio.com/docs/errors/20003", "status": 401}`,
			cred: basicCred("SK679251dde54ae13ed6cabeeb1e5ffcf2", "7a1b3c5d7e9f0a2b4c6d8e0f1a3b5c7d"), want: CredentialRejected},

		// Payment.
		{src: "https://github.com/stripe/stripe-node/issues/361", name: "Stripe invalid key, Basic challenge to a Bearer key", status: 401,
			header: jsonCT("WWW-Authenticate", `Basic realm="Stripe"`), body: `{"error":{"message":"Invalid API Key provided: sk_test_**********************Aso0","type":"invalid_request_error"}}`,
			cred: bearer("STRIPE_KEY", "sk_test_51HaZ3xKq9Lm2Vb7NcAso0"), want: CredentialRejected},
		{src: "https://github.com/salesforce/tough-cookie/issues/45", name: "Stripe: Authorization header set to null", status: 401,
			header: jsonCT("WWW-Authenticate", `Basic realm="Stripe"`), body: `{"error":{"message":"You did not provide an API key, though you did set your Authorization header to \"null\". Using Bearer auth, your Authorization header should look something like 'Authorization: Bearer YOUR_SECRET_KEY'. See https://stripe.com/docs/api#authentication for details, or we can help at https://support.stripe.com/.","type":"invalid_request_error"}}`,
			cred: headerCred("Authorization", "STRIPE_AUTH", "null"), want: PlaceholderCredential},
		{src: "https://github.com/gadelkareem/skeleton/issues/20", name: "Stripe: no API key sent", status: 401,
			header: jsonCT("WWW-Authenticate", `Basic realm="Stripe"`), body: `{"status":401,"message":"You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY'). See https://stripe.com/docs/api#authentication for details, or we can help at https://support.stripe.com/.","type":"invalid_request_error"}`,
			want: NoCredentialsSent},
		{src: "https://github.com/stripe/stripe-node/issues/2246", name: "Stripe restricted key lacks a permission", status: 403,
			header: jsonCT(), body: `{"error":{"message":"The provided key 'rk_test_*********************************************************************************************qs8Kgd' does not have the required permissions for this endpoint on account 'acct_1PJBLEBBLEfV'. Having the 'rak_accounts_kyc_id_numbers_read' permission would allow this request to continue.","type":"invalid_request_error"}}`,
			cred: bearer("STRIPE_KEY", "rk_test_51PJ7J3APDiQs8KgdAb12"), want: ServerInsufficientScope},
		{src: "https://github.com/mollie/PrestaShop/issues/263", name: "Mollie: test key, live payment (404)", status: 404,
			header: jsonCT(), body: `{"status":404,"title":"Not Found","detail":"Payment tr_9usne3vffa exists, but the wrong mode is used. Try switching live / test API keys.","_links":{"documentation":{"href":"https://docs.mollie.com/guides/handling-errors","type":"text/html"}}}`,
			cred: bearer("MOLLIE_KEY", "test_n7kRCUWjhHd3kw8Gx2Qp4s"), env: "production", want: TestKeyInProduction},

		// CRM.
		{src: "https://github.com/forcedotcom/postman-salesforce-apis/issues/40", name: "Salesforce INVALID_SESSION_ID", status: 401,
			header: jsonCT(), body: `[{"message":"Session expired or invalid","errorCode":"INVALID_SESSION_ID"}]`,
			cred: bearer("SF_ACCESS_TOKEN", "00D7F0000001I8v!ARgAQOG9W.wPt01KwmHU58D15"), want: TokenExpired},
		{src: "https://github.com/HubSpot/hubspot-api-nodejs/issues/432", name: "HubSpot: Bearer Bearer pat-", status: 401,
			header: jsonCT(), body: `{"category":"INVALID_AUTHENTICATION","correlationId":"f0ee980f-a446-4189-b004-ff06d08bf4e3","message":"Authentication credentials not found. This API supports OAuth 2.0 authentication and you can find more details at https://developers.hubspot.com/docs/methods/auth/oauth-overview","status":"error"}`,
			cred: bearer("HUBSPOT_TOKEN", "Bearer pat-na1-1f2e3d4c-5b6a-4789-9abc-def012345678"), want: PrefixDoubled},
		{src: "https://github.com/HubSpot/hubspot-api-nodejs/issues/268", name: "HubSpot MISSING_SCOPES", status: 403,
			header: jsonCT(), body: `{"status":"error","message":"This app hasn't been granted all required scopes to make this call. Read more about required scopes here: https://developers.hubspot.com/scopes.","correlationId":"2f1c7c5e-0b55-4b8f-9a0e-2f0a5a1b9d11","errors":[{"message":"One or more of the following scopes are required.","context":{"requiredScopes":["contacts"]}}],"links":{"scopes":"https://developers.hubspot.com/scopes"},"category":"MISSING_SCOPES"}`,
			cred: bearer("HUBSPOT_TOKEN", "pat-na1-1f2e3d4c-5b6a-4789-9abc-def012345678"), want: ServerInsufficientScope},

		// Mail.
		{src: "https://github.com/sendgrid/sendgrid-php/issues/793", name: "SendGrid revoked key", status: 401,
			header: jsonCT("Server", "nginx"), body: `{"errors":[{"message":"The provided authorization grant is invalid, expired, or revoked","field":null,"help":null}]}`,
			cred: bearer("SENDGRID_API_KEY", "SG.akawjndajkwhasdfasdf.kuahwdjkabwkuydbawkjydbhailu"), want: CredentialRejected},
		{src: "https://github.com/sendgrid/sendgrid-csharp/issues/185", name: "SendGrid access forbidden", status: 403,
			header: jsonCT("Server", "nginx"), body: `{"errors":[{"field":null,"message":"access forbidden"}]}`,
			cred: bearer("SENDGRID_API_KEY", "SG.akawjndajkwhasdfasdf.kuahwdjkabwkuydbawkjydbhailu"), want: PermissionDenied},
		{src: "https://postmarkapp.com/developer/api/overview#error-codes", name: "Postmark: token not in X-Postmark-Server-Token", status: 401,
			header: jsonCT(), body: `{"ErrorCode":10,"Message":"No Account or Server API tokens were supplied in the HTTP headers. Please add a header for either X-Postmark-Server-Token or X-Postmark-Account-Token."}`,
			cred: bearer("POSTMARK_TOKEN", "4f1c8a2e-9b7d-4e3a-8c6f-1d2e3f4a5b6c"), want: CredentialInWrongPlace},

		// Cloud.
		{src: "https://www.tech-reader.blog/2025/12/aws-api-gateway-error-missing.html", name: "AWS API Gateway Missing Authentication Token with a key sent", status: 403,
			header: jsonCT("x-amzn-ErrorType", "MissingAuthenticationTokenException"), body: `{"message":"Missing Authentication Token"}`,
			cred: apiKey("GATEWAY_KEY", "Zk9yV2hhdEl0c1dvcnRoMTIzNDU2", "x-api-key", ""), want: EndpointNotFound},
		{src: "https://www.tech-reader.blog/2026/01/aws-api-gateway-error-403-forbidden-vs.html", name: "AWS API Gateway bare Forbidden", status: 403,
			header: jsonCT("x-amzn-ErrorType", "ForbiddenException"), body: `{"message":"Forbidden"}`,
			cred: apiKey("GATEWAY_KEY", "Zk9yV2hhdEl0c1dvcnRoMTIzNDU2", "x-api-key", ""), want: CredentialRejected},
		{src: "https://github.com/jsoma/flatware/issues/10", name: "S3 signed for the wrong region", status: 400,
			header: map[string]string{"Content-Type": "application/xml", "Server": "AmazonS3", "x-amz-bucket-region": "eu-central-1"},
			body:   `<?xml version="1.0" encoding="UTF-8"?>` + "\n" + `<Error><Code>AuthorizationHeaderMalformed</Code><Message>The authorization header is malformed; the region 'us-east-1' is wrong; expecting 'eu-central-1'</Message><Region>eu-central-1</Region><RequestId>D5F2662865713BDC</RequestId><HostId>BisYpzkFJqTt3Aw5Lb9PtSGxim8A1nu7ndZrVp04DNNiga64JePe2gpklGTp6DWeycle6MJ4wI8=</HostId></Error>`,
			cred:   headerCred("Authorization", "AWS_SIGV4", "AWS4-HMAC-SHA256 Credential=AKIAEXAMPLE123/20160427/us-east-1/s3/aws4_request, SignedHeaders=host;x-amz-date, Signature=fe5f80f77d5fa3beca038a248ff027d0445342fe2855ddc963176630326f1024"), want: RegionMismatch},
		{src: "https://github.com/YouCount/youcount.github.io/issues/14", name: "Google API key restricted to referrers", status: 403,
			header: jsonCT(), body: `{"error":{"code":403,"message":"Requests from referer https://youcount.github.io/ are blocked.","errors":[{"message":"Requests from referer https://youcount.github.io/ are blocked.","domain":"global","reason":"forbidden"}],"status":"PERMISSION_DENIED","details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"API_KEY_HTTP_REFERRER_BLOCKED","domain":"googleapis.com","metadata":{"service":"youtube.googleapis.com","consumer":"projects/620831776016"}}]}}`,
			cred: apiKey("YOUTUBE_KEY", "AIzaSyD-9tSrke72PouQMnMX-a7eZSW0jkFMBWY", "", "key"), want: ReferrerRestricted},
		{src: "https://github.com/kwent/react-google-contacts/issues/6", name: "Google insufficient scopes", status: 403,
			header: jsonCT("WWW-Authenticate", `Bearer realm="https://accounts.google.com/", error="insufficient_scope", scope="https://www.googleapis.com/auth/contacts"`),
			body:   "{\n  \"error\": {\n    \"code\": 403,\n    \"message\": \"Request had insufficient authentication scopes.\",\n    \"status\": \"PERMISSION_DENIED\"\n  }\n}\n",
			cred:   bearer("GOOGLE_TOKEN", "ya29.a0AfH6SMBx3-qW8mZ9kLp2"), want: ServerInsufficientScope},
		{src: "https://github.com/MicrosoftDocs/azure-docs/issues/15130", name: "Azure APIM: key sent in the wrong header", status: 401,
			header: jsonCT(), body: `{ "statusCode": 401, "message": "Access denied due to missing subscription key. Make sure to include subscription key when making requests to an API." }`,
			cred: apiKey("APIM_KEY", "0123456789abcdef0123456789abcdef", "X-API-Key", ""), want: CredentialInWrongPlace},
		{src: "https://github.com/felixrieseberg/project-oxford/issues/24", name: "Azure APIM invalid subscription key", status: 401,
			header: jsonCT(), body: `{ "statusCode": 401, "message": "Access denied due to invalid subscription key. Make sure to provide a valid key for an active subscription." }`,
			cred: apiKey("APIM_KEY", "0123456789abcdef0123456789abcdef", "Ocp-Apim-Subscription-Key", ""), want: CredentialRejected},
		{src: "https://github.com/JetBrains/azure-tools-for-intellij/issues/16", name: "Azure ARM token for the wrong audience", status: 401,
			header: jsonCT("WWW-Authenticate", `Bearer authorization_uri="https://login.windows.net/", error="invalid_token", error_description="The access token has been obtained for wrong audience or resource."`),
			body:   `{"error":{"code":"InvalidAuthenticationTokenAudience","message":"The access token has been obtained for wrong audience or resource 'https://datalake.azure.net/'. It should exactly match with one of the allowed audiences 'https://management.core.windows.net/','https://management.core.windows.net','https://management.azure.com/','https://management.azure.com'."}}`,
			cred:   bearer("AZURE_TOKEN", freshJWT), want: JWTWrongAudience},
		{src: "https://github.com/AzureAD/azure-activedirectory-identitymodel-extensions-for-dotnet/issues/1368", name: "ASP.NET JwtBearer: lifetime validation failed", status: 401,
			header: map[string]string{"WWW-Authenticate": `Bearer error="invalid_token", error_description="The token expired at '03/30/2020 02:28:05'"`},
			cred:   bearer("API_TOKEN", expiredJWT), want: JWTExpired},

		// Identity providers.
		{src: "https://github.com/mbegan/Okta-PSModule/issues/65", name: "Okta E0000011 invalid token", status: 401,
			header: jsonCT(), body: `{"errorCode":"E0000011","errorSummary":"Invalid token provided","errorLink":"E0000011","errorId":"oae5F52UwRnQsOUuKlNn7nhkw","errorCauses":[]}`,
			cred: headerCred("Authorization", "OKTA_API_TOKEN", "SSWS 00QCjAl4MlV-WPXM-ABCDEFGHIJKLMNOPQRSTUVWXYZ"), want: CredentialRejected},

		// Gateways.
		{src: "https://github.com/Kong/kong/issues/2874", name: "Kong: no API key found (sent under another name)", status: 401,
			header: jsonCT("WWW-Authenticate", `Key realm="kong"`), body: "{\n  \"message\":\"No API key found in request\"\n}",
			cred: apiKey("KONG_KEY", "big_secret_2874_value", "X-Api-Key", ""), want: CredentialInWrongPlace},
		{src: "https://github.com/Kong/kong/issues/2013", name: "Kong: invalid key, Key challenge", status: 401,
			header: jsonCT("WWW-Authenticate", `Key realm="kong"`), body: `{"message":"Invalid authentication credentials"}`,
			cred: apiKey("KONG_KEY", "foobar-key-20130124", "apikey", ""), want: CredentialRejected},
		{src: "https://github.com/apigee-127/a127-samples/pull/15", name: "Apigee InvalidApiKey", status: 401,
			header: jsonCT(), body: `{"fault":{"faultstring":"Invalid ApiKey","detail":{"errorcode":"oauth.v2.InvalidApiKey"}}}`,
			cred: apiKey("APIGEE_KEY", "kpp9cjuhvbrzfytrnm25rdfx", "", "apikey"), want: CredentialRejected},
		{src: "https://github.com/apigee-127/a127-samples/pull/16", name: "Apigee key not valid for this resource", status: 401,
			header: jsonCT(), body: `{"fault":{"faultstring":"Invalid ApiKey for given resource","detail":{"errorcode":"oauth.v2.InvalidApiKeyForGivenResource"}}}`,
			cred: apiKey("APIGEE_KEY", "kpp9cjuhvbrzfytrnm25rdfx", "", "apikey"), want: PermissionDenied},
		{src: "https://github.com/NCRCounterpointAPI/APIGuide/issues/21", name: "NCR: key expected in the APIKey header", status: 401,
			header: jsonCT(), body: `{"ErrorCode":"ERROR_INVALID_APIKEY","Message":"No APIKey provided. This request requires a valid, not expired APIKey value to be passed in via an \"APIKey\" header value."}`,
			cred: apiKey("NCR_KEY", "c2VjcmV0LWtleS0xMjM0NTY3OA", "X-API-Key", ""), want: CredentialInWrongPlace},
		{src: "https://github.com/cline/cline/issues/12", name: "Anthropic invalid x-api-key", status: 401,
			header: jsonCT(), body: `{"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"}}`,
			cred: apiKey("ANTHROPIC_API_KEY", "sk-ant-api03-AbCdEfGhIjKlMnOp", "x-api-key", ""), want: CredentialRejected},

		// CDN and WAF, and a web server that is neither.
		{src: "https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-1xxx-errors/error-1020/", name: "Cloudflare block page", status: 403,
			header: map[string]string{"Content-Type": "text/html; charset=UTF-8", "Server": "cloudflare", "CF-RAY": "8a1b2c3d4e5f6789-FRA"}, body: cloudflarePage,
			cred: bearer("API_TOKEN", "opq_7Hd92kLmQ4pXrT"), want: BlockedByProxy},
		{src: "https://github.com/HubSpot/hubspot-api-ruby/issues/181", name: "Akamai Access Denied page", status: 403,
			header: map[string]string{"Content-Type": "text/html", "Server": "AkamaiGHost"}, body: akamaiPage,
			cred: apiKey("API_KEY", "key_9f8e7d6c5b4a3210", "X-API-Key", ""), want: BlockedByProxy},
		{src: "https://github.com/nginx/nginx/blob/master/src/http/ngx_http_special_response.c", name: "nginx default 403 page (deny rule)", status: 403,
			header: map[string]string{"Content-Type": "text/html", "Server": "nginx/1.22.1"}, body: nginxPage,
			cred: bearer("API_TOKEN", "opq_7Hd92kLmQ4pXrT"), want: PermissionDenied},

		// GitHub.
		{src: "https://github.com/scala-steward-org/scala-steward-action/issues/173", name: "GitHub SAML SSO required", status: 403,
			header: jsonCT("X-GitHub-SSO", "required; url=https://github.com/orgs/dream11/sso?authorization_request=AABPPMVAZOW4VH6MZVB5C327SGSJFA5PN5ZGOYLONF5GC5DJN5XF62LEZYANRKI6VVRXEZLEMVXHI2LBNRPWSZGODYP2WONPMNZGKZDFNZ2GSYLML52HS4DFVNHWC5LUNBAWGY3FONZQ", "X-OAuth-Scopes", "repo", "X-Accepted-OAuth-Scopes", "repo"),
			body:   `{"message":"Resource protected by organization SAML enforcement. You must grant your Personal Access token access to this organization.","documentation_url":"https://docs.github.com/articles/authenticating-to-a-github-organization-with-saml-single-sign-on/"}`,
			cred:   bearer("GITHUB_TOKEN", "ghp_R4nd0mT0kenV4lue1234567890abcdEF"), want: SSOAuthorizationRequired},
		{src: "https://github.com/fwouts/prmonitor/issues/1042", name: "GitHub GraphQL SAML failure in a 200", status: 200,
			header: jsonCT("X-GitHub-SSO", "partial-results; organizations=21955855", "X-Accepted-OAuth-Scopes", "repo"),
			body:   `{"data":{"repository":{"pullRequest":null}},"errors":[{"type":"FORBIDDEN","path":["repository","pullRequest"],"extensions":{"saml_failure":true},"locations":[{"line":4,"column":13}],"message":"Resource protected by organization SAML enforcement. You must grant your Personal Access token access to this organization."}]}`,
			cred:   bearer("GITHUB_TOKEN", "ghp_R4nd0mT0kenV4lue1234567890abcdEF"), method: "POST", want: SSOAuthorizationRequired},
		{src: "https://docs.github.com/en/rest/using-the-rest-api/troubleshooting-the-rest-api#404-not-found-for-an-existing-resource", name: "GitHub 404 for a private repository", status: 404,
			header: jsonCT("X-OAuth-Scopes", "read:user", "X-Accepted-OAuth-Scopes", "repo"), body: `{"message":"Not Found","documentation_url":"https://docs.github.com/rest/repos/repos#get-a-repository","status":"404"}`,
			cred: bearer("GITHUB_TOKEN", "ghp_R4nd0mT0kenV4lue1234567890abcdEF"), want: NotFoundHidesPermission},
		{src: "https://docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api", name: "GitHub 403 rate limit", status: 403,
			header: jsonCT("X-RateLimit-Limit", "60", "X-RateLimit-Remaining", "0", "X-RateLimit-Used", "60", "X-RateLimit-Reset", "1893456000"),
			body:   `{"message":"API rate limit exceeded for 127.0.0.1. (But here's the good news: Authenticated requests get a higher rate limit. Check out the documentation for more details.)","documentation_url":"https://docs.github.com/rest/overview/resources-in-the-rest-api#rate-limiting"}`,
			cred:   bearer("GITHUB_TOKEN", "ghp_R4nd0mT0kenV4lue1234567890abcdEF"), want: RateLimited},
		{src: "https://github.com/scala-steward-org/scala-steward-action/issues/173", name: "GitHub Bad credentials", status: 401,
			header: jsonCT(), body: `{"message":"Bad credentials","documentation_url":"https://docs.github.com/rest"}`,
			cred: bearer("GITHUB_TOKEN", "ghp_R4nd0mT0kenV4lue1234567890abcdEF"), want: CredentialRejected},

		// Servers people run themselves.
		{src: "https://github.com/rabbitmq/rabbitmq-server/blob/main/deps/rabbitmq_management/src/rabbit_mgmt_util.erl", name: "RabbitMQ not administrator, password shared with staging", status: 401,
			header: jsonCT(), body: `{"error":"not_authorised","reason":"Not administrator user"}`, cred: rabbitShared, env: "production", want: PermissionDenied},
		{src: "https://github.com/rabbitmq/rabbitmq-server/blob/main/deps/rabbitmq_management/src/rabbit_mgmt_util.erl", name: "RabbitMQ not administrator for a permission scenario, password shared with staging", status: 401,
			header: jsonCT(), body: `{"error":"not_authorised","reason":"Not administrator user"}`, cred: rabbitShared, env: "production", kind: "permission", expect: "403", method: "DELETE",
			want: AuthenticationBeforeAuthorization},
		{src: "https://github.com/rabbitmq/rabbitmq-server/blob/main/deps/rabbitmq_management/src/rabbit_mgmt_util.erl", name: "RabbitMQ user without permission on the virtual host", status: 401,
			header: jsonCT(), body: `{"error":"not_authorised","reason":"User not authorised to access virtual host"}`, cred: basicCred("orders-app", "N0vhost-User-Pass-26"), want: PermissionDenied},
		{src: "https://distribution.github.io/distribution/spec/auth/token/", name: "Docker registry wants a Bearer token, got Basic", status: 401,
			header: jsonCT("WWW-Authenticate", `Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:samalba/my-app:pull,push"`, "Docker-Distribution-Api-Version", "registry/2.0"),
			body:   `{"errors":[{"code":"UNAUTHORIZED","message":"access to the requested resource is not authorized","detail":[{"Type":"repository","Name":"samalba/my-app","Action":"pull"},{"Type":"repository","Name":"samalba/my-app","Action":"push"}]}]}`,
			cred:   basicCred("ci-bot", "dckr_pat_9f8e7d6c5b4a3210"), want: SchemeMismatch},
		{src: "https://github.com/code-specialist/fastapi-keycloak/issues/65", name: "Keycloak resource server: token from another realm", status: 401,
			header: map[string]string{"WWW-Authenticate": `Bearer realm="master", error="invalid_token", error_description="Invalid token issuer. Expected 'http://localhost:8080/realms/master'"`},
			cred:   bearer("KC_TOKEN", freshJWT), want: JWTWrongIssuer},
		{src: "https://github.com/Altinn/altinn-studio/issues/3739", name: "Azure APIM: no key at all", status: 401,
			header: jsonCT(), body: `{"statusCode": 401, "message": "Access denied due to missing subscription key. Make sure to include subscription key when making requests to an API."}`,
			want: NoCredentialsSent},
	}, moreProviderCases()...)
}

func TestProviderCorpus(t *testing.T) {
	cases := providerCorpus()
	if len(cases) < 40 {
		t.Fatalf("%d cases, want at least 40", len(cases))
	}
	runProviderCases(t, "provider corpus", cases)
}

// corpusCase is pc as the corpora's runs send it: its request, and a
// server that answers its answer.
func (pc provCase) corpusCase() corpusCase {
	return corpusCase{name: pc.name, cred: pc.cred, env: pc.env, kind: pc.kind, expect: pc.expect, method: pc.method, place: pc.place, want: pc.want,
		path: pc.path, clientCert: pc.clientCert, api: fixed{status: pc.status, header: pc.header, body: pc.body}}
}

// runProviderCases serves each case by httptest, analyzes the exchange as
// the runner would, and checks the first cause; it logs the top-1 figure.
func runProviderCases(t *testing.T, label string, cases []provCase) {
	t.Helper()
	right, read := 0, 0
	var misses []string
	for i, pc := range cases {
		checkSource(t, pc.name, pc.src)
		if !sampled(i) {
			continue
		}
		read++
		t.Run(pc.name, func(t *testing.T) {
			ex, causes := analyzeProvCase(t, pc)
			got := codesOf(causes)
			for _, c := range pc.never {
				if slices.Contains(got, c) {
					t.Errorf("%s must not appear: %v", c, got)
				}
			}
			if len(got) > 0 && got[0] == pc.want {
				right++
			} else {
				misses = append(misses, fmt.Sprintf("%s: got %v, want %s", pc.name, got, pc.want))
				t.Errorf("status %d: first cause %v, want %s (source %s)\n%s", ex.StatusCode, got, pc.want, pc.src, dump(causes))
			}
		})
	}
	checkRead(t, label, read, len(cases))
	t.Logf("%s: first cause right in %d of %d", label, right, read)
}

// analyzeProvCase serves pc's answer by httptest and analyzes the exchange
// as the runner would (its secrets redacted as the runner redacts them),
// and checks what every cause shows a user (checkCauses), pc.secrets
// among the values none may show.
func analyzeProvCase(t *testing.T, pc provCase) (Exchange, []Cause) {
	t.Helper()
	ex := pc.corpusCase().run(t, "")
	var extra []string
	if len(pc.secrets) > 0 {
		ex.Redactor = runRedactor(pc.cred, pc.secrets)
		extra = slices.Collect(maps.Values(pc.secrets))
	}
	causes := Analyze(ex)
	checkCauses(t, causes, pc.cred, extra...)
	return ex, causes
}

// tokenCase is a token endpoint's real refusal of a client credentials
// request, served as the source shows and read the way the runner reads it.
type tokenCase struct {
	src, name string
	status    int
	body      string
	want      string
}

func TestProviderTokenCorpus(t *testing.T) {
	cases := []tokenCase{
		{src: "https://github.com/code-specialist/fastapi-keycloak/issues/65", name: "Keycloak unauthorized_client: invalid client secret", status: 401,
			body: `{"error":"unauthorized_client","error_description":"Invalid client secret"}`, want: CredentialRejected},
		{src: "https://github.com/keycloak/keycloak/issues/16923", name: "Keycloak unauthorized_client: invalid client credentials", status: 401,
			body: `{"error":"unauthorized_client","error_description":"Invalid client or Invalid client credentials"}`, want: CredentialRejected},
		{src: "https://github.com/keycloak/keycloak/issues/31294", name: "Entra ID invalid_client: secret ID instead of value", status: 401,
			body: `{"error":"invalid_client","error_description":"AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID."}`, want: CredentialRejected},
		{src: "https://auth0.com/docs/get-started/applications/application-access-to-apis-client-credentials", name: "Auth0 access_denied: no client grant for the API", status: 403,
			body: `{"error":"access_denied","error_description":"Client is not authorized to access \"https://api.example.com\". You need to create a \"client-grant\" associated to this API. See: https://auth0.com/docs/api/v2#!/Client_Grants/post_client_grants"}`, want: PermissionDenied},
		{src: "https://github.com/auth0-samples/auth0-angular-samples/issues/201", name: "Auth0 401 access_denied Unauthorized: the client failed to authenticate", status: 401,
			body: `{"error":"access_denied","error_description":"Unauthorized"}`, want: CredentialRejected},
		{src: "https://github.com/auth0/ruby-auth0/issues/190", name: "Auth0 unauthorized_client: grant type not allowed", status: 403,
			body: `{"error":"unauthorized_client","error_description":"Grant type 'client_credentials' not allowed for the client.","error_uri":"https://auth0.com/docs/clients/client-grant-types"}`, want: PermissionDenied},
	}
	runTokenCases(t, cases)
}

// checkSource: a corpus answer names where it comes from, an https URL;
// authspec's own repository is none (a paraphrase written for a reading
// says so with https://example.com/paraphrase).
func checkSource(t *testing.T, name, src string) {
	t.Helper()
	if !strings.HasPrefix(src, "https://") {
		t.Errorf("%s: no source URL", name)
	} else if strings.HasPrefix(src, "https://github.com/authspec/authspec") {
		t.Errorf("%s: source %s is authspec's own repository, not where the answer comes from", name, src)
	}
}

// runTokenCases serves each answer and reads it as the runner reads a
// token endpoint's answer to a client credentials request: a 2xx with an
// access_token is a token (nothing to diagnose); anything else is a
// refusal. A case that wants no cause (want "") must get none, no cause
// may show the client's secret in any form, and it logs the top-1 figure.
func runTokenCases(t *testing.T, cases []tokenCase) {
	t.Helper()
	client := &Credential{Name: "machine", Type: vocab.CredOAuth2CC, Values: []Value{
		{Source: "CLIENT_ID", Value: "svc-payments", Field: vocab.FieldClientID},
		{Source: "CLIENT_SECRET", Value: "o3m6BCkmgVo9ktuFsHm0xmKrez6m6hoc", Field: vocab.FieldClientSecret}}}
	right, read := 0, 0
	for i, tc := range cases {
		checkSource(t, tc.name, tc.src)
		if !sampled(i) {
			continue
		}
		read++
		t.Run(tc.name, func(t *testing.T) {
			srv := fixed{status: tc.status, body: tc.body}
			ex := corpusCase{api: srv, method: "POST", path: "/oauth2/token"}.run(t, "")
			var e struct {
				AccessToken string `json:"access_token"`
			}
			_ = json.Unmarshal(ex.ResponseBody, &e)
			var got []string
			if ex.StatusCode/100 != 2 || e.AccessToken == "" {
				code, desc := TokenAnswer(ex.ResponseBody)
				causes := AnalyzeToken(TokenRefusal{Env: "staging", StatusCode: ex.StatusCode, Error: code, Description: desc, Credential: client})
				assertNoSecret(t, causeTexts(causes), client)
				got = codesOf(causes)
			}
			switch {
			case tc.want == "" && len(got) == 0, tc.want != "" && len(got) > 0 && got[0] == tc.want:
				right++
			default:
				t.Errorf("first cause %v, want %q (source %s)", got, tc.want, tc.src)
			}
		})
	}
	checkRead(t, "token endpoint answers", read, len(cases))
	t.Logf("token endpoint answers: first cause right in %d of %d", right, read)
}
