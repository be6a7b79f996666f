package diagnose

import (
	"net/http"

	"github.com/authspec/authspec/vocab"
)

// moreProviderCases: answers of the held-out audit's providers and of
// others of the same classes (payment, CRM, mail, chat, cloud, identity,
// gateway, CDN), each as its source shows it.
func moreProviderCases() []provCase {
	atlassian := bearer("JIRA_TOKEN", "eyJraWQiOiJhdGxhc3NpYW4tb2F1dGgi.c2NvcGVk.c2lnbmF0dXJl")
	notion := bearer("NOTION_TOKEN", "secret_Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9j0")
	sigV4 := "AWS4-HMAC-SHA256 Credential=AKIA4R37VMPCEXAMPLE/20220930/us-east-1/s3/aws4_request, SignedHeaders=host;x-amz-content-sha256;x-amz-date, Signature=2d561b2261e68479c01ddea5ccbfc46b475b6057ab85b85173afd55f0d40b592"
	telegramToken := "5555512345:AAH9x-Qw8ErTy7UiOpAsDfGhJkLzXcVbNm1"
	return []provCase{
		// Identity and work management.
		{src: "https://community.atlassian.com/forums/Jira-Service-Management/Jira-Cloud-OAuth-2-0-JQL-API-works-but-granular-scopes-not/qaq-p/3106413", name: "Atlassian 401: scope does not match", status: 401,
			header: jsonCT(), body: `{"code":401,"message":"Unauthorized; scope does not match"}`, cred: atlassian, want: ServerInsufficientScope},
		{src: "https://github.com/jcha0713/astro-notion/issues/6", name: "Notion 404: not shared with the integration", status: 404,
			header: jsonCT(), body: `{"object":"error","status":404,"code":"object_not_found","message":"Could not find database with ID: 6c79d10b-f602-41df-8cfa-f23742d30a2a. Make sure the relevant pages and databases are shared with your integration."}`,
			cred: notion, want: NotFoundHidesPermission},
		{src: "https://github.com/mgmarlow/notion-sdk-ruby/issues/4", name: "Notion 400 missing_version", status: 400,
			header: jsonCT(), body: "{\"object\":\"error\",\"status\":400,\"code\":\"missing_version\",\"message\":\"Notion-Version header failed validation: Notion-Version header should be defined, instead was `undefined`.\"}",
			cred: notion, want: RequiredHeaderMissing},

		{src: "https://github.com/kovetskiy/mark/issues/102", name: "Atlassian 401: Basic with a password is deprecated", status: 401,
			header: map[string]string{"Content-Type": "text/plain", "Server": "AtlassianProxy/1.19.3.1"},
			body:   "Basic authentication with passwords is deprecated.  For more information, see: https://confluence.atlassian.com/cloud/deprecation-of-basic-authentication-with-passwords-for-jira-and-confluence-apis-972355348.html\n",
			cred:   basicCred("devin@example.com", "hunter2-Confluence"), want: DeprecatedAuthMethod},

		// Cloud, CDN and hosting.
		{src: "https://vercel.com/docs/rest-api/errors", name: "Vercel 403 invalidToken", status: 403,
			header: jsonCT(), body: `{"error":{"code":"forbidden","message":"Not authorized","invalidToken":true}}`,
			cred: bearer("VERCEL_TOKEN", "vcp_4Rz8Qm2LkT9wXy7NbV3cD1fG"), want: CredentialRejected},
		{src: "https://github.com/netcccyun/dnsmgr/issues/245", name: "Cloudflare 9103 unknown X-Auth-Key", status: 403,
			header: jsonCT("Server", "cloudflare", "CF-RAY", "86610873f8d987a9-IAD"), body: `{"success":false,"errors":[{"code":9103,"message":"Unknown X-Auth-Key or X-Auth-Email"}],"messages":[],"result":null}`,
			cred: apiKey("CF_API_KEY", "c2547eb745079dac9320b638f5e225cf483cc", "X-Auth-Key", ""), want: CredentialRejected},
		{src: "https://github.com/acmesh-official/acme.sh/issues/6435", name: "Cloudflare 400: API token sent as X-Auth-Key", status: 400,
			header: jsonCT("Server", "cloudflare"), body: `{"success":false,"errors":[{"code":6003,"message":"Invalid request headers","error_chain":[{"code":6103,"message":"Invalid format for X-Auth-Key header"}]}],"messages":[],"result":null}`,
			cred: apiKey("CF_Key", "Xy7NbV3cD1fG4Rz8Qm2LkT9wPq5sHj6uEa0bCd1e", "X-Auth-Key", ""), want: CredentialInWrongPlace},
		{src: "https://github.com/s3tools/s3cmd/issues/1053", name: "AWS SigV4 SignatureDoesNotMatch", status: 403,
			header: map[string]string{"Content-Type": "application/xml", "Server": "AmazonS3"},
			body:   `<?xml version="1.0" encoding="UTF-8"?>` + "\n" + `<Error><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does not match the signature you provided. Check your key and signing method.</Message><AWSAccessKeyId>AKIA4R37VMPCEXAMPLE</AWSAccessKeyId><RequestId>DFB731E92DB5820B</RequestId></Error>`,
			cred:   headerCred("Authorization", "AWS_SIGV4", sigV4), want: CredentialRejected},

		// Payment and banking.
		{src: "https://plaid.com/docs/errors/invalid-input/", name: "Plaid 400 INVALID_API_KEYS", status: 400,
			header: jsonCT(), body: `{"display_message":null,"error_code":"INVALID_API_KEYS","error_message":"invalid client_id or secret provided","error_type":"INVALID_INPUT","request_id":"HNTDNrA8F1shFEW","suggested_action":null}`,
			cred: headerCred("PLAID-SECRET", "PLAID_SECRET", "0f8e7d6c5b4a39281706f5e4d3c2b1"), want: CredentialRejected},

		// Rate limits in the providers' own counters and words.
		{src: "https://github.com/mike4aday/SwiftlySalesforce/issues/29", name: "Salesforce 403 REQUEST_LIMIT_EXCEEDED, api-usage counter full", status: 403,
			header: jsonCT("Sforce-Limit-Info", "api-usage=15000/15000"), body: `[{"message":"TotalRequests Limit exceeded.","errorCode":"REQUEST_LIMIT_EXCEEDED"}]`,
			cred: bearer("SF_ACCESS_TOKEN", "00D7F0000001I8v!ARgAQOG9W.wPt01KwmHU58D15"), want: RateLimited},
		{src: "https://github.com/MONEI/Shopify-api-node/issues/518", name: "Shopify 429, call limit 40/40", status: 429,
			header: jsonCT("X-Shopify-Shop-Api-Call-Limit", "40/40", "Retry-After", "2.0"), body: `{"errors":"Exceeded 2 calls per second for api client. Reduce request rates to resume uninterrupted service."}`,
			cred: headerCred("X-Shopify-Access-Token", "SHOPIFY_TOKEN", "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"), want: RateLimited},

		// Expired tokens, in each provider's words.
		{src: "https://github.com/airbytehq/airbyte/issues/74726", name: "HubSpot 401 EXPIRED_AUTHENTICATION", status: 401,
			header: jsonCT(), body: `{"status":"error","message":"The OAuth token used to make this call expired 0 second(s) ago.","correlationId":"019cd9fe-d093-7d4f-99bc-45975fdcf7c6","category":"EXPIRED_AUTHENTICATION","context":{"expire time":["2026-03-10T23:04:41.164Z"]}}`,
			cred: bearer("HUBSPOT_TOKEN", "CJT1xqPvMRICAQEYs-gDIIGOBii1hQIyGQAf3xBKmlwHjX7OIpuIFEavB2-qYAGQsF4"), want: TokenExpired},
		{src: "https://github.com/microsofthackathons/tdi/issues/24", name: "Microsoft Graph 401 InvalidAuthenticationToken expired", status: 401,
			header: jsonCT("WWW-Authenticate", `Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", client_id="00000003-0000-0000-c000-000000000000"`),
			body:   `{"error":{"code":"InvalidAuthenticationToken","message":"Access token has expired or is not yet valid.","innerError":{"date":"2022-09-23T11:57:49","request-id":"1740feb8-b33a-4c08-a6ee-ab5cfc5a18c4","client-request-id":"1740feb8-b33a-4c08-a6ee-ab5cfc5a18c4"}}}`,
			cred:   bearer("GRAPH_TOKEN", "EwBwA8l6BAAUkj1oAdkTm2ZaBqLS0sGLkLM5a0jLAAQ"), want: TokenExpired},
		{src: "https://github.com/cfn-sphere/cfn-sphere/issues/55", name: "AWS IAM 403 ExpiredToken", status: 403,
			header: map[string]string{"Content-Type": "text/xml"},
			body:   "<ErrorResponse xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\">\n  <Error>\n    <Type>Sender</Type>\n    <Code>ExpiredToken</Code>\n    <Message>The security token included in the request is expired</Message>\n  </Error>\n  <RequestId>689b4496-ca92-11e5-9a31-4932678efe5c</RequestId>\n</ErrorResponse>\n",
			cred:   headerCred("Authorization", "AWS_SIGV4", sigV4), want: TokenExpired},

		// Keys refused, or from the other mode or datacenter.
		{src: "https://github.com/vivet/GoogleApi/issues/375", name: "Google 400 API_KEY_INVALID", status: 400,
			header: jsonCT(), body: "{\n  \"error\": {\n    \"code\": 400,\n    \"message\": \"API key not valid. Please pass a valid API key.\",\n    \"errors\": [\n      {\n        \"message\": \"API key not valid. Please pass a valid API key.\",\n        \"domain\": \"global\",\n        \"reason\": \"badRequest\"\n      }\n    ],\n    \"status\": \"INVALID_ARGUMENT\",\n    \"details\": [\n      {\n        \"@type\": \"type.googleapis.com/google.rpc.ErrorInfo\",\n        \"reason\": \"API_KEY_INVALID\",\n        \"domain\": \"googleapis.com\",\n        \"metadata\": {\n          \"service\": \"translate.googleapis.com\"\n        }\n      }\n    ]\n  }\n}\n",
			cred: apiKey("GOOGLE_API_KEY", "AIzaSyB-1a2b3c4d5e6f7g8h9i0jKlMnOpQrStU", "", "key"), want: CredentialRejected},
		{src: "https://github.com/payolapayments/payola/issues/278", name: "Stripe 404: object in live mode, test key used (production)", status: 404,
			header: jsonCT(), body: `{"error":{"code":"resource_missing","doc_url":"https://stripe.com/docs/error-codes/resource-missing","message":"No such customer: 'cus_5tJLN1RqCwTM7R'; a similar object exists in live mode, but a test mode key was used to make this request.","param":"id","type":"invalid_request_error"}}`,
			cred: bearer("STRIPE_KEY", "sk_test_51HaZ3xKq9Lm2Vb7NcAso0"), env: "production", want: TestKeyInProduction},
		{src: "https://github.com/mailchimp/mc-woocommerce/issues/646", name: "Mailchimp 401: us6 key, base URL of another datacenter", status: 401,
			header: map[string]string{"Content-Type": "application/problem+json; charset=utf-8"},
			body:   `{"type":"http://developer.mailchimp.com/documentation/mailchimp/guides/error-glossary/","title":"API Key Invalid","status":401,"detail":"Your API key may be invalid, or you've attempted to access the wrong datacenter.","instance":"8f2b1c3a-1d2e-4f5a-9b8c-7d6e5f4a3b2c"}`,
			cred:   basicCred("anystring", "610b6dbed585726c243fda6821554ddd-us6"), want: RegionMismatch},

		// Gateways and frameworks that never saw the credential, or saw the
		// wrong route.
		{src: "https://github.com/serverless/serverless/issues/3205", name: "API Gateway parses a Bearer token as SigV4 (route it does not know)", status: 403,
			header: jsonCT("x-amzn-ErrorType", "IncompleteSignatureException"), body: "{\n  \"message\": \"'sometoken-4f1c8a2e9b7d' not a valid key=value pair (missing equal-sign) in Authorization header: 'Bearer sometoken-4f1c8a2e9b7d'.\"\n}",
			cred: bearer("API_TOKEN", "sometoken-4f1c8a2e9b7d"), want: EndpointNotFound},
		{src: "https://github.com/jazzband/djangorestframework-simplejwt/issues/187", name: "Django REST framework: credentials were not provided (header dropped in front)", status: 401,
			header: jsonCT("WWW-Authenticate", `Bearer realm="api"`), body: "{\n    \"detail\": \"Authentication credentials were not provided.\"\n}",
			cred: bearer("API_TOKEN", "eyJhbGciOiJIUzI1NiJ9.c2ltcGxlLWp3dA.c2lnbmF0dXJlLXNpbXBsZQ"), want: CredentialInWrongPlace},
		{src: "https://github.com/RoamJS/roamjs-components/issues/31", name: "GitHub 403: resource not accessible by fine-grained token", status: 403,
			header: jsonCT("X-Accepted-GitHub-Permissions", "pull_requests=write"), body: `{"message":"Resource not accessible by personal access token","documentation_url":"https://docs.github.com/rest/pulls/pulls#create-a-pull-request","status":"403"}`,
			method: http.MethodPost, cred: bearer("GITHUB_TOKEN", "github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz"), want: PermissionDenied},

		// Meetings, identity and payments: scopes, roles and bad tokens.
		{src: "https://github.com/JubaerHossain/zoom-laravel/issues/15", name: "Zoom 400 4711: token lacks scopes", status: 400,
			header: jsonCT(), body: `{"code":4711,"message":"Invalid access token, does not contain scopes:[user:read:list_users:admin]."}`,
			cred: bearer("ZOOM_TOKEN", "eyJzdiI6IjAwMDAwMSIsImFsZyI6IkhTNTEyIn0.e30.c2lnbmF0dXJl"), want: ServerInsufficientScope},
		{src: "https://github.com/MacsiDigital/laravel-zoom/issues/22", name: "Zoom 401 124 invalid access token", status: 401,
			header: jsonCT(), body: `{"code":124,"message":"Invalid access token."}`,
			cred: bearer("ZOOM_TOKEN", "eyJzdiI6IjAwMDAwMSIsImFsZyI6IkhTNTEyIn0.e30.c2lnbmF0dXJl"), want: CredentialRejected},
		{src: "https://github.com/DefGuard/defguard/issues/3556", name: "Okta 403 E0000006 no permission", status: 403,
			header: jsonCT(), body: `{"errorCode":"E0000006","errorSummary":"You do not have permission to perform the requested action","errorLink":"E0000006","errorId":"oae0A0KX4bnQFm2RRBPT-jRxg","errorCauses":[]}`,
			cred: headerCred("Authorization", "OKTA_API_TOKEN", "SSWS 00QCjAl4MlV-WPXM-ABCDEFGHIJKLMNOPQRSTUVWXYZ"), want: PermissionDenied},
		{src: "https://github.com/square/square-nodejs-sdk/issues/10", name: "Square 401: application id sent as the token", status: 401,
			header: jsonCT(), body: "{\"errors\":[{\"category\":\"AUTHENTICATION_ERROR\",\"code\":\"UNAUTHORIZED\",\"detail\":\"The `Authorization` http header of your request was incorrect or expired. The header value is expected to be of the format \\\"Bearer TOKEN\\\" (without quotation marks), where TOKEN is a valid access token (e.g. \\\"Bearer ABC123def456GHI789jkl0\\\"). For more information, see https://developer.squareup.com/docs/build-basics/using-rest-api#__set-the-headers__ .\"}]}",
			cred: bearer("SQUARE_TOKEN", "sandbox-sq0idb-Qw8ErTy7UiOpAsDfGhJkL"), want: CredentialRejected},

		// Chat: the token is part of the URL path.
		{src: "https://github.com/eternnoir/pyTelegramBotAPI/issues/167", name: "Telegram 401, token in the path", status: 401,
			header: jsonCT(), body: `{"ok":false,"error_code":401,"description":"Unauthorized"}`,
			path: "/bot" + telegramToken + "/getMe", secrets: map[string]string{"TELEGRAM_TOKEN": telegramToken}, want: CredentialRejected},

		// Registries and forges.
		{src: "https://github.com/npm/npm-registry-fetch/blob/main/lib/check-response.js", name: "npm 401 asks for a one-time password", status: 401,
			header: jsonCT("WWW-Authenticate", "OTP"), body: `{"error":"You must provide a one-time pass. Upgrade your client to npm@latest in order to use 2FA."}`,
			method: http.MethodPut, cred: bearer("NPM_TOKEN", "npm_Qw8ErTy7UiOpAsDfGhJkLzXcVbNm12345678"), want: RequiredHeaderMissing, never: []string{SchemeMismatch}},
		{src: "https://github.com/python-gitlab/python-gitlab/issues/2732", name: "GitLab 403 insufficient_scope for PRIVATE-TOKEN", status: 403,
			header: jsonCT("WWW-Authenticate", `Bearer realm="Protected by OAuth 2.0", error="insufficient_scope", error_description="The request requires higher privileges than provided by the access token.", scope="api"`),
			body:   `{"error":"insufficient_scope","error_description":"The request requires higher privileges than provided by the access token.","scope":"api"}`,
			cred:   &Credential{Name: "gitlab", Type: vocab.CredHeader, Values: []Value{{Source: "GITLAB_TOKEN", Value: "glpat-Xy7NbV3cD1fG4Rz8Qm2L", Field: "PRIVATE-TOKEN"}}},
			want:   ServerInsufficientScope, never: []string{SchemeMismatch}},
	}
}
