package diagnose

import (
	"testing"
	"time"
)

// A held-out round on the most-used cloud, identity, gateway and CDN
// services, with answers of theirs no corpus held yet: AWS (Lambda function
// URLs, STS, S3, SigV4 region scoping, OpenSearch), Google Cloud (API key
// restrictions, ErrorInfo reasons, Service Usage, billing), Azure (Key
// Vault, Storage, Cosmos DB, Entra ID), IBM Cloud IAM,
// Cloudflare, Akamai, Sucuri, WSO2, Tyk, Gravitee, Okta, Auth0, GitHub,
// Bitbucket and Jira. Gathered and given their expected first cause from
// the catalog before the diagnosis code was read; a comment says why when
// two codes could fit. Where a source shows only an SDK's rendering of the
// answer (code and message), the body is the provider's documented
// envelope around those words, and the comment says so.
// First run, before any fix: first cause right in 32 of 40 (API answers 28
// of 34, token endpoint answers 3 of 5, non-refusals 1 of 1); 40 of 40
// after the readings the misses lacked (a SigV4 credential scope of
// another region; a token or assertion outside its valid time window; a
// tenant policy that refuses to issue a token; a whole kind of credential
// an organisation forbids; the headers a credential may come in listed as
// missing; a key's API restrictions that leave this API out), with one
// expectation changed (see Gemini's API_KEY_SERVICE_BLOCKED). Late
// answers (lateRoundfamous2Cases), gathered after those readings and run
// once: 4 of 5; 5 of 5 after one more reading (a proof the server says it
// could not verify: "Unable to verify secret hash for client"). OCI's 401
// NotAuthenticated "…was not provided." (oracle/oci-java-sdk#356, right at
// the first run as credential_rejected) was taken out when the roundcloud2
// round landed the same body byte for byte first, with its own reading
// (credential_in_wrong_place to a signed request): 39 cases here now.

// roundfamous2Cases: the API refusals and look-alike answers, byte for
// byte as the sources show them (secrets replaced by made-up values of
// the same shape).
func roundfamous2Cases(now time.Time) []provCase {
	json := jsonCT
	xml := func(extra ...string) map[string]string { return ctHeader("application/xml", extra...) }
	sigV4 := func(service string) *Credential {
		return headerCred("Authorization", "AWS_SIGV4", "AWS4-HMAC-SHA256 Credential=ASIAQ3EGT7EXAMPLE4RD/20240101/us-east-1/"+service+"/aws4_request, SignedHeaders=host;x-amz-date;x-amz-security-token, Signature=9c1f5e2a7b3d4c6e8f0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f6a")
	}
	googleKey := apiKey("GOOGLE_API_KEY", "AIzaSyD4kQ7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2", "x-goog-api-key", "")
	googleToken := bearer("GOOGLE_ACCESS_TOKEN", "ya29.a0AfB_byC7xQ2wZp9Lx3Rt8Vb1Nc6Mf5Gh0Jk4Lq7Ws2Ed9Rf3Tg8Yh1Uj6Ik5Ol0Pz")
	cosmosKey := headerCred("Authorization", "COSMOS_AUTH", "type%3Dmaster%26ver%3D1.0%26sig%3Dh7Qx2Wz9Lp3Rt8Vb1Nc6Mf5Gh0Jk4Lq7Ws2Ed9Rf3T%3D")
	azureToken := bearer("AZURE_ACCESS_TOKEN", makeJWT(map[string]any{"iss": "https://sts.windows.net/72f988bf-86f1-41af-91ab-2d7cd011db47/", "aud": "https://vault.azure.net", "exp": now.Add(time.Hour).Unix()}))
	storageKey := headerCred("Authorization", "AZURE_STORAGE_AUTH", "SharedKey acmestorage:Q3h7Wz9Lp2Rt8Vb1Nc6Mf5Gh0Jk4Lq7Ws2Ed9Rf3Tg8=")
	wso2 := bearer("WSO2_ACCESS_TOKEN", "eyJ4NXQiOiJNell4TW1Ga09HWXdNV0kwWldObU5EY3hOR1l3WW1NNFpUQTNNV0kyTkRBelpHUXpOR00wWkdSbE5qSmtPREZrWkRSaU9URmtNV0ZoTXpVMk9HVmxOZyJ9")
	github := bearer("GITHUB_TOKEN", "ghp_R7t3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4Rf7Tg3Yh")
	jiraBasic := basicCred("dev@acme.example", "ATATT3xFfGF0Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4Rf7Tg3Yh1Uj6Ik5Ol0=A1B2C3D4")
	return []provCase{
		// AWS.
		// A Function URL answers 403 Forbidden when the caller (signed
		// with SigV4 here) is not granted lambda:InvokeFunctionUrl by the
		// function's resource policy: authenticated, not allowed.
		{src: "https://github.com/ant-media/Ant-Media-Server/issues/7827", name: "Lambda function URL 403 Forbidden, Function URL authorization", status: 403,
			header: json(), body: "{\n  \"Message\": \"Forbidden. For troubleshooting Function URL authorization issues, see: https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html\"\n}",
			cred: sigV4("lambda"), method: "POST", path: "/", want: PermissionDenied},
		{src: "https://github.com/aws-azure-login/aws-azure-login/issues/251", name: "STS 403 InvalidClientTokenId, the security token is invalid (XML)", status: 403,
			header: map[string]string{"Content-Type": "text/xml", "x-amzn-RequestId": "16fc956c-311e-4199-bee1-1680236e9698"},
			body:   "<ErrorResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">\n  <Error>\n    <Type>Sender</Type>\n    <Code>InvalidClientTokenId</Code>\n    <Message>The security token included in the request is invalid</Message>\n  </Error>\n  <RequestId>16fc956c-311e-4199-bee1-1680236e9698</RequestId>\n</ErrorResponse>\n",
			cred:   sigV4("sts"), method: "POST", path: "/", want: CredentialRejected},
		{src: "https://github.com/romange/helio/issues/15", name: "S3 400 ExpiredToken, the provided token has expired", status: 400,
			header: xml("Server", "AmazonS3", "x-amz-request-id", "BLA"),
			body:   "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>ExpiredToken</Code><Message>The provided token has expired.</Message><Token-0>TOKENFOOBAR</Token-0><RequestId>FOO</RequestId><HostId>BARR</HostId></Error>",
			cred:   sigV4("s3"), path: "/acme-data?list-type=2", want: TokenExpired},
		{src: "https://github.com/joona/aws-es-curl/issues/15", name: "OpenSearch 403 Credential should be scoped to a valid region", status: 403,
			header: json(), body: `{"message":"Credential should be scoped to a valid region, not 'eu-west-1'. "}`,
			cred: sigV4("es"), path: "/_cat/indices", want: RegionMismatch},
		// The source shows the XML as the client parsed it (Type, Code,
		// Message, the xmlns); the body is STS's ErrorResponse around them.
		{src: "https://github.com/cognitect-labs/aws-api/issues/27", name: "STS 403 SignatureDoesNotMatch, credential scoped to another region", status: 403,
			header: map[string]string{"Content-Type": "text/xml"},
			body:   "<ErrorResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">\n  <Error>\n    <Type>Sender</Type>\n    <Code>SignatureDoesNotMatch</Code>\n    <Message>Credential should be scoped to a valid region, not 'ap-southeast-2'. </Message>\n  </Error>\n  <RequestId>7a62c49f-347e-4fc4-9331-6e8eEXAMPLE</RequestId>\n</ErrorResponse>\n",
			cred:   sigV4("sts"), method: "POST", path: "/", want: RegionMismatch},

		// Google Cloud.
		// The key's API restrictions do not include this API. Set first as
		// credential_rejected ("not enabled for this API" is in its
		// catalog text); changed after the first run to permission_denied,
		// because the corpus already reads a key whose product or
		// restrictions leave an API out that way (Google Maps' "This API
		// key is not authorized to use this service or API", Apigee's "no
		// apiproduct match"), and the catalog's permission_denied covers a
		// key that lacks a permission: the two readings must agree.
		{src: "https://github.com/continuedev/continue/issues/12781", name: "Gemini 403 API_KEY_SERVICE_BLOCKED, requests to this API method are blocked", status: 403,
			header: json(), body: "{\n  \"error\": {\n    \"code\": 403,\n    \"message\": \"Requests to this API generativelanguage.googleapis.com method google.ai.generativelanguage.v1beta.GenerativeService.StreamGenerateContent are blocked.\",\n    \"status\": \"PERMISSION_DENIED\",\n    \"details\": [\n      {\n        \"@type\": \"type.googleapis.com/google.rpc.ErrorInfo\",\n        \"reason\": \"API_KEY_SERVICE_BLOCKED\",\n        \"domain\": \"googleapis.com\",\n        \"metadata\": {\n          \"consumer\": \"projects/177838813423\",\n          \"service\": \"generativelanguage.googleapis.com\",\n          \"apiName\": \"generativelanguage.googleapis.com\",\n          \"methodName\": \"google.ai.generativelanguage.v1beta.GenerativeService.StreamGenerateContent\"\n        }\n      },\n      {\n        \"@type\": \"type.googleapis.com/google.rpc.LocalizedMessage\",\n        \"locale\": \"en-US\",\n        \"message\": \"Requests to this API generativelanguage.googleapis.com method google.ai.generativelanguage.v1beta.GenerativeService.StreamGenerateContent are blocked.\"\n      }\n    ]\n  }\n}\n",
			cred: googleKey, method: "POST", path: "/v1beta/models/gemini-pro:streamGenerateContent", want: PermissionDenied},
		{src: "https://github.com/leonboe1/GoogleFindMyTools/issues/90", name: "Firebase Installations 403 API_KEY_ANDROID_APP_BLOCKED", status: 403,
			header: json(), body: "{\n  \"error\": {\n    \"code\": 403,\n    \"message\": \"Requests from this Android client application \\u003cempty\\u003e are blocked.\",\n    \"status\": \"PERMISSION_DENIED\",\n    \"details\": [\n      {\n        \"@type\": \"type.googleapis.com/google.rpc.ErrorInfo\",\n        \"reason\": \"API_KEY_ANDROID_APP_BLOCKED\",\n        \"domain\": \"googleapis.com\",\n        \"metadata\": {\n          \"consumer\": \"projects/289722593072\",\n          \"service\": \"firebaseinstallations.googleapis.com\",\n          \"androidPackage\": \"\\u003cempty\\u003e\"\n        }\n      },\n      {\n        \"@type\": \"type.googleapis.com/google.rpc.LocalizedMessage\",\n        \"locale\": \"en-US\",\n        \"message\": \"Requests from this Android client application \\u003cempty\\u003e are blocked.\"\n      }\n    ]\n  }\n}\n",
			cred: googleKey, method: "POST", path: "/v1/projects/acme/installations", want: ReferrerRestricted},
		{src: "https://github.com/analogdotnow/Analog/issues/296", name: "Calendar 403 ACCESS_TOKEN_SCOPE_INSUFFICIENT, insufficientPermissions", status: 403,
			header: json(), body: "{\n  \"error\":{\n    \"code\":403,\n    \"message\":\"Request had insufficient authentication scopes.\",\n    \"errors\":[\n      {\n        \"message\":\"Insufficient Permission\",\n        \"domain\":\"global\",\n        \"reason\":\"insufficientPermissions\"\n      }\n    ],\n    \"status\":\"PERMISSION_DENIED\",\n    \"details\":[\n      {\n        \"@type\":\"type.googleapis.com/google.rpc.ErrorInfo\",\n        \"reason\":\"ACCESS_TOKEN_SCOPE_INSUFFICIENT\",\n        \"domain\":\"googleapis.com\",\n        \"metadata\":{\n          \"service\":\"calendar-json.googleapis.com\",\n          \"method\":\"calendar.v3.CalendarList.List\"\n        }\n      }\n    ]\n  }\n}",
			cred: googleToken, path: "/calendar/v3/users/me/calendarList", want: ServerInsufficientScope},
		// The source's body is cut after the Help link; it is closed here.
		{src: "https://github.com/google-github-actions/auth/issues/250", name: "IAM Credentials 403 caller lacks serviceusage.services.use on the quota project", status: 403,
			header: json(), body: "{\n  \"error\": {\n    \"code\": 403,\n    \"message\": \"Caller does not have required permission to use project xxx-yyy.\nGrant the caller the roles/serviceusage.serviceUsageConsumer role,\nor a custom role with the serviceusage.services.use permission,\nby visiting https://console.developers.google.com/iam-admin/iam/project?project=xxx-yyy and then retry.\nPropagation of the new permission may take a few minutes.\",\n    \"status\": \"PERMISSION_DENIED\",\n    \"details\": [\n      {\n        \"@type\": \"type.googleapis.com/google.rpc.Help\",\n        \"links\": [\n          {\n            \"description\": \"Google developer console IAM admin\",\n            \"url\": \"https://console.developers.google.com/iam-admin/iam/project?project=xxx-yyy\"\n          }\n        ]\n      }\n    ]\n  }\n}\n",
			cred: googleToken, method: "POST", path: "/v1/projects/-/serviceAccounts/ci@xxx-yyy.iam.gserviceaccount.com:generateAccessToken", want: PermissionDenied},
		// The source shows the message; the body is Google's error
		// envelope around it. Billing is a plan feature the project lacks.
		{src: "https://github.com/pgmichael/wavenet-for-chrome/issues/83", name: "Text-to-Speech 403 this API method requires billing to be enabled", status: 403,
			header: json(), body: `{"error":{"code":403,"message":"This API method requires billing to be enabled. Please enable billing on project #58906374421 by visiting https://console.developers.google.com/billing/enable?project=58906374421 then retry. If you enabled billing for this project recently, wait a few minutes for the action to propagate to our systems and retry.","status":"PERMISSION_DENIED"}}`,
			cred: googleKey, method: "POST", path: "/v1/text:synthesize", want: PermissionDenied},

		// Azure.
		// The source shows the SDK's Status, Code and Message; the body is
		// Key Vault's error envelope around them. The token is a JWT for
		// ARM, sent to Key Vault.
		{src: "https://github.com/crossplane-contrib/provider-azure/issues/346", name: "Key Vault 401 AKV10022 Invalid audience (an ARM token)", status: 401,
			header: json("WWW-Authenticate", `Bearer authorization="https://login.windows.net/72f988bf-86f1-41af-91ab-2d7cd011db47", resource="https://vault.azure.net"`),
			body:   `{"error":{"code":"Unauthorized","message":"AKV10022: Invalid audience. Expected https://vault.azure.net, found: https://management.azure.com/."}}`,
			cred:   bearer("AZURE_ACCESS_TOKEN", makeJWT(map[string]any{"iss": "https://sts.windows.net/72f988bf-86f1-41af-91ab-2d7cd011db47/", "aud": "https://management.azure.com/", "exp": now.Add(time.Hour).Unix()})),
			path:   "/secrets/example-azure-keyvault-secret?api-version=7.4", want: JWTWrongAudience},
		{src: "https://github.com/piyushsachdeva/Terraform_AKS/issues/2", name: "Key Vault 403 ForbiddenByRbac, caller is not authorized to perform action", status: 403,
			header: json(), body: `{"error":{"code":"Forbidden","message":"Caller is not authorized to perform action on resource.\r\nIf role assignments, deny assignments or role definitions were changed recently, please observe propagation time.\r\nCaller: appid=0XXXXXXXX6;oid=5XXXXXXXXa;iss=https://sts.windows.net/ee4XXXXXXXXd6/\r\nAction: 'Microsoft.KeyVault/vaults/secrets/getSecret/action'\r\nResource: '/subscriptions/dXXXXXXXX01/resourcegroups/test-piyush1-rg/providers/microsoft.keyvault/vaults/test-piyush-kv-1011/secrets/7cXXXXXXXX96'\r\nAssignment: (not found)\r\nDenyAssignmentId: null\r\nDecisionReason: 'DeniedWithNoValidRBAC' \r\nVault: test-piyush-kv-1011;location=canadacentral\r\n","innererror":{"code":"ForbiddenByRbac"}}}`,
			cred: azureToken, path: "/secrets/7cXXXXXXXX96?api-version=7.4", want: PermissionDenied},
		// The account allows only Entra ID: a Shared Key (or a SAS signed
		// with it) is a way of authenticating the account has switched off.
		{src: "https://github.com/Azure/AI-Landing-Zones/issues/64", name: "Storage 403 KeyBasedAuthenticationNotPermitted (XML)", status: 403,
			header: xml("x-ms-error-code", "KeyBasedAuthenticationNotPermitted", "Server", "Microsoft-HTTPAPI/2.0"),
			body:   "<?xml version=\"1.0\" encoding=\"utf-8\"?><Error><Code>KeyBasedAuthenticationNotPermitted</Code><Message>Key based authentication is not permitted on thhis storage account.\nRequestId:176c3808-201a-004f-5842-557d35000000\nTime:2025-11-14T08:41:01.5009594Z</Message></Error>",
			cred:   storageKey, method: "PUT", path: "/scripts/install.sh", want: DeprecatedAuthMethod},
		{src: "https://github.com/microsoft/AzureStorageExplorer/issues/9150", name: "Storage 403 AuthorizationFailure, this request is not authorized", status: 403,
			header: xml("x-ms-error-code", "AuthorizationFailure", "Server", "Microsoft-HTTPAPI/2.0"),
			body:   "<?xml version=\"1.0\" encoding=\"utf-8\"?><Error><Code>AuthorizationFailure</Code><Message>This request is not authorized to perform this operation.\nRequestId:ad7a75b2-201e-0032-20d4-23e8a6000000\nTime:2026-08-04T05:48:03.0108277Z</Message></Error>",
			cred:   storageKey, path: "/?comp=list", want: PermissionDenied},
		// The source shows the SDK's rendering (Code, Message); the body is
		// Cosmos DB's {code, message} around them.
		{src: "https://github.com/microsoft/TWL300-AI-Apps-and-agents/issues/19", name: "Cosmos DB 401 Local Authorization is disabled, use an AAD token", status: 401,
			header: json(), body: `{"code":"Unauthorized","message":"Local Authorization is disabled. Use an AAD token to authorize all requests.\r\nActivityId: 54694a00-6a73-4f32-95eb-735bd15fc401, Microsoft.Azure.Documents.Common/2.14.0"}`,
			cred: cosmosKey, method: "POST", path: "/dbs/retail/colls/products/docs", want: DeprecatedAuthMethod},
		// The master-key token's window (start plus 15 minutes) is long
		// past: its lifetime ran out, the key itself is fine.
		{src: "https://github.com/Azure-Samples/azure-cosmos-db-python-getting-started/issues/18", name: "Cosmos DB 403 authorization token is not valid at the current time", status: 403,
			header: json(), body: `{"code":"Forbidden","message":"The authorization token is not valid at the current time. Please create another token and retry (token start time: Mon, 29 Mar 2021 08:10:54 GMT, token expiry time: Mon, 29 Mar 2021 08:25:54 GMT, current server time: Tue, 30 Mar 2021 12:56:21 GMT)"}`,
			cred: cosmosKey, path: "/dbs/AzureSampleFamilyDatabase/colls/FamilyContainer/docs", want: TokenExpired},
		{src: "https://github.com/Azure/azure-cli/issues/12025", name: "Cosmos DB 401 Required Header authorization is missing, nothing sent", status: 401,
			header: json(), body: `{"code":"Unauthorized","message":"Required Header authorization is missing. Ensure a valid Authorization token is passed.\r\nActivityId: d3f22954-c56e-45ed-bfdd-c6e4d70138df, Microsoft.Azure.Documents.Common/2.9.2"}`,
			method: "POST", path: "/dbs", want: NoCredentialsSent},
		{src: "https://github.com/Azure/azure-cosmos-dotnet-v3/issues/4653", name: "Cosmos DB 403 request blocked by Auth, cannot be authorized by AAD token in data plane", status: 403,
			header: json("x-ms-substatus", "5300"), body: `{"code":"Forbidden","message":"Request blocked by Auth cosmosuscentral : The given request [POST /offers] cannot be authorized by AAD token in data plane. Learn more: https://aka.ms/cosmos-native-rbac.\r\nActivityId: 768e5b85-009c-4e1f-b35d-3fc728045d62, Microsoft.Azure.Documents.Common/2.14.0"}`,
			cred: azureToken, method: "POST", path: "/offers", want: PermissionDenied},

		// Cloudflare, Akamai, Sucuri.
		// The API token went in Authorization without "Bearer": Cloudflare
		// sees no usable credential header.
		{src: "https://github.com/xiaotianxt/bypass-cloudflare-for-github-action/issues/2", name: "Cloudflare 400 9106 Missing X-Auth-Key, X-Auth-Email or Authorization headers (token without Bearer)", status: 400,
			header: json("CF-RAY", "8cd7a1b2c3d4e5f6-IAD", "Server", "cloudflare"), body: `{"success":false,"errors":[{"code":9106,"message":"Missing X-Auth-Key, X-Auth-Email or Authorization headers"}]}`,
			cred: headerCred("Authorization", "CF_API_TOKEN", "Yq7Wz9Lp2Rt8Vb1Nc6Mf5Gh0Jk4Lq7Ws2Ed9Rf3T"), method: "POST", path: "/client/v4/zones/023e105f4ecef8ad9ca31a8372d0c353/firewall/access_rules/rules", want: PrefixMissing},
		{src: "https://github.com/akamai/cli-cps/issues/73", name: "Akamai 403 pep-authz deny, the client does not have the grant", status: 403,
			header: map[string]string{"Content-Type": "application/problem+json"},
			body:   "{\n    \"type\": \"https://problems.luna.akamaiapis.net/-/pep-authz/deny\",\n    \"title\": \"Forbidden\",\n    \"status\": 403,\n    \"detail\": \"The client does not have the grant needed for the request\",\n    \"instance\": \"https://akab-******sgup.luna.akamaiapis.net/contract-api/v1/contracts/identifiers?depth=TOP\",\n    \"authzRealm\": \"a2xh6tg**************n77rj4h\",\n    \"method\": \"GET\",\n    \"serverIp\": \"2a02:26f0:1700:388::1f3f\",\n    \"clientIp\": \"2a02:908:534:2540:241b:e74f:b710:8800\",\n    \"requestId\": \"695f928e\",\n    \"requestTime\": \"2025-01-30T11:16:13Z\"\n}",
			cred:   headerCred("Authorization", "AKAMAI_EDGEGRID", "EG1-HMAC-SHA256 client_token=akab-q7wz9lp2rt8vb1nc-6mf5gh0jk4lq7ws2;access_token=akab-ed9rf3tg8yh1uj6i-k5ol0pzq7wz9lp2r;timestamp=20250130T11:16:13+0000;nonce=6a764a11-56c8-4541-96d6-c47cfd06e12b;signature=Qx7Wz9Lp2Rt8Vb1Nc6Mf5Gh0Jk4Lq7Ws2Ed9Rf3Tg8="),
			path:   "/contract-api/v1/contracts/identifiers?depth=TOP", want: PermissionDenied},
		// The block page is cut where the source's excerpt ends (after the
		// header); the vendor's headers and title are all there.
		{src: "https://github.com/Ekultek/WhatWaf/issues/1164", name: "Sucuri 403 WebSite Firewall Access Denied block page", status: 403,
			header: map[string]string{"Content-Type": "text/html", "Server": "Sucuri/Cloudproxy", "X-Sucuri-ID": "12013", "X-Sucuri-Block": "EVA079"},
			body:   "<!DOCTYPE html>\n\n<html lang=\"en\" xmlns=\"http://www.w3.org/1999/xhtml\">\n<head>\n<link href=\"https://cdn.sucuri.net/sucuri-firewall-block.css\" rel=\"stylesheet\"/>\n<section class=\"center clearfix\">\n<meta content=\"width=device-width, initial-scale=1.0\" name=\"viewport\"/>\n<title>Sucuri WebSite Firewall - Access Denied</title>\n<link href=\"https://fonts.googleapis.com/css?family=Open+Sans:400,300,600,700\" rel=\"stylesheet\" type=\"text/css\"/>\n</section></head>\n<body>\n<div id=\"main-container\">\n<header class=\"app-header clearfix\">\n<div class=\"wrap\">\n<a class=\"logo\" href=\"https://www.sucuri.net/?utm_source=firewall_block\"></a>\n<span class=\"logo-neartext\">Website Firewall</span>\n<a class=\"site-link\" href=\"https://sucuri.net/?utm_source=firewall_block\">Back to sucuri.net</a>\n</div>\n</header>\n",
			cred:   bearer("SHOP_API_TOKEN", "sk_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2"), path: "/wp-json/wc/v3/orders", want: BlockedByProxy},

		// API gateways.
		{src: "https://github.com/wso2/product-apim/issues/12620", name: "WSO2 401 900901 Invalid Credentials (JSON)", status: 401,
			header: json(), body: `{"code":"900901","message":"Invalid Credentials","description":"Access failure for API: /v3/1.0.11, version: 1.0.11 status: (900901) - Invalid Credentials. Make sure you have provided the correct security credentials"}`,
			cred: wso2, path: "/v3/1.0.11/pet/1", want: CredentialRejected},
		{src: "https://github.com/wso2/api-manager/issues/3944", name: "WSO2 401 900902 Missing Credentials, nothing sent", status: 401,
			header: json(), body: "{\n  \"code\": \"900902\",\n  \"message\": \"Missing Credentials\",\n  \"description\": \"Invalid Credentials. Make sure your API invocation call has a header: 'Authorization : Bearer ACCESS_TOKEN' or 'Authorization : Basic ACCESS_TOKEN' or 'ApiKey : API_KEY'\"\n}",
			path: "/pizzashack/1.0.0/menu", want: NoCredentialsSent},
		// A JWT signed with another algorithm than the API's: the token
		// itself is refused.
		{src: "https://github.com/TykTechnologies/tyk-docs-hugo/pull/5362", name: "Tyk 403 Key not authorized: Unexpected signing method", status: 403,
			header: json(), body: "{\n  \"error\": \"Key not authorized: Unexpected signing method.\"\n}",
			cred: bearer("TYK_JWT", makeJWT(map[string]any{"sub": "user-1", "exp": now.Add(time.Hour).Unix()})), path: "/orders/", want: CredentialRejected},
		// The source shows the words; the body is Gravitee's default
		// {message, http_status_code}. "Not valid or expired / revoked"
		// lists readings without choosing one: credential_rejected.
		{src: "https://github.com/gravitee-io/issues/issues/7572", name: "Gravitee 401 API Key is not valid or is expired / revoked", status: 401,
			header: json(), body: `{"message":"API Key is not valid or is expired / revoked.","http_status_code":401}`,
			cred: apiKey("GRAVITEE_API_KEY", "4e8f2b1c-9d3a-4c5e-8f7a-1b2c3d4e5f6a", "X-Gravitee-Api-Key", ""), path: "/echo", want: CredentialRejected},

		// Identity providers.
		// The body is Okta's documented error shape for E0000015 (the
		// source shows its summary): a feature the org has not enabled for
		// this token's admin.
		{src: "https://github.com/okta/terraform-provider-okta/issues/773", name: "Okta 403 E0000015 no permission to access the feature", status: 403,
			header: json(), body: `{"errorCode":"E0000015","errorSummary":"You do not have permission to access the feature you are requesting","errorLink":"E0000015","errorId":"oae3iIOMHyDQUGyILLmd6ibfg","errorCauses":[]}`,
			cred: headerCred("Authorization", "OKTA_API_TOKEN", "SSWS 00Qx7Wz9Lp2Rt8Vb1Nc6Mf5Gh0Jk4Lq7Ws2Ed9Rf3T"), path: "/api/v1/mappings?sourceId=otyfnjfba4ye7pgjB0g4", want: PermissionDenied},

		// GitHub, Bitbucket, Atlassian.
		{src: "https://github.com/github/docs/issues/33989", name: "GitHub 401 A JSON web token could not be decoded (App JWT)", status: 401,
			header: json(), body: "{\n  \"message\": \"A JSON web token could not be decoded\",\n  \"documentation_url\": \"https://docs.github.com/rest\",\n  \"status\": \"401\"\n}",
			cred: bearer("GITHUB_APP_JWT", makeJWT(map[string]any{"iss": "Iv1.8a61f9b3a7aba766", "iat": now.Add(-time.Minute).Unix(), "exp": now.Add(9 * time.Minute).Unix()})), method: "POST", path: "/app/installations/27776345/access_tokens", want: CredentialRejected},
		// The organisation no longer accepts classic tokens: a way of
		// authenticating it has switched off, not a permission the token
		// could be given. The source shows the message; the body is
		// GitHub's error shape around it.
		{src: "https://github.com/fullsend-ai/fullsend/issues/3368", name: "GitHub 403 org forbids access via a personal access token (classic)", status: 403,
			header: json(), body: "{\"message\":\"`acme` forbids access via a personal access token (classic). Please use a GitHub App, OAuth App, or a personal access token with fine-grained permissions.\",\"documentation_url\":\"https://docs.github.com/rest/repos/repos#get-a-repository\",\"status\":\"403\"}",
			cred: github, path: "/repos/acme/widgets", want: DeprecatedAuthMethod},
		// The same family the corpus has for a 366-day lifetime: the
		// organisation's policy refuses this token (permission_denied).
		{src: "https://github.com/NixOS/org/issues/247", name: "GitHub 403 org forbids fine-grained tokens whose lifetime is over 90 days", status: 403,
			header: json(), body: "{\n  \"message\": \"The 'NixOS' organization forbids access via a fine-grained personal access tokens if the token's lifetime is greater than 90 days. Please adjust your token's lifetime at the following URL: https://github.com/settings/personal-access-tokens/12885303\",\n  \"documentation_url\": \"https://docs.github.com/rest/commits/commits#get-a-commit\",\n  \"status\": \"403\"\n}",
			cred: bearer("GITHUB_TOKEN", "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N"), path: "/repos/NixOS/nixpkgs/commits/nixos-unstable", want: PermissionDenied},
		{src: "https://github.com/lemurheavy/coveralls-public/issues/1541", name: "Bitbucket 401 Access token expired.", status: 401,
			header: json(), body: `{"type": "error", "error": {"message": "Access token expired."}}`,
			cred: bearer("BITBUCKET_ACCESS_TOKEN", "Qx7Wz9Lp2Rt8Vb1Nc6Mf5Gh0Jk4Lq7Ws2Ed9Rf3Tg8Yh1Uj6Ik5Ol0Pz-aB3cD4eF5gH6="), path: "/api/2.0/user/permissions/repositories?page=1", want: TokenExpired},
		{src: "https://github.com/jira-node/node-jira-client/issues/255", name: "Jira Cloud 401 Client must be authenticated (email and API token sent)", status: 401,
			header: json(), body: `{"message":"Client must be authenticated to access this resource.","status-code":401}`,
			cred: jiraBasic, path: "/rest/api/2/issue/AV-168", want: CredentialRejected},
		{src: "https://github.com/swingbit/jira2gitlab/issues/15", name: "Jira Cloud 401 Basic authentication with passwords is deprecated (developer.atlassian.com link)", status: 401,
			header: map[string]string{"Content-Type": "text/plain;charset=UTF-8"}, body: "Basic authentication with passwords is deprecated.  For more information, see: https://developer.atlassian.com/cloud/confluence/deprecation-notice-basic-auth/\n",
			cred: basicCred("dev@acme.example", "hunter2-Password!"), path: "/rest/api/2/search?jql=project=%22GOERLITZ%22", want: DeprecatedAuthMethod},

		// A look-alike that is not about the credential: Cosmos DB's
		// throughput limit. The source shows the message; the body is
		// Cosmos DB's {code, message}.
		{src: "https://github.com/Azure/azure-sdk-for-java/issues/20288", name: "Cosmos DB 429 Request rate is large", status: 429,
			header: json("x-ms-retry-after-ms", "180", "x-ms-substatus", "3200"), body: `{"code":"429","message":"Request rate is large. More Request Units may be needed, so no changes were made. Please retry this request later. Learn more: http://aka.ms/cosmosdb-error-429"}`,
			cred: cosmosKey, method: "POST", path: "/dbs/retail/colls/orders/docs", want: RateLimited},
	}
}

// roundfamous2TokenCases: token endpoints' answers to a client credentials
// request (Entra ID, IBM Cloud IAM, Auth0), and one success.
func roundfamous2TokenCases() []tokenCase {
	return []tokenCase{
		// A Conditional Access policy refuses to issue the token: the
		// client is known, the policy does not allow it.
		{src: "https://github.com/OfficeDev/BotBuilder-MicrosoftTeams/issues/284", name: "Entra ID 400 invalid_grant AADSTS53003 blocked by Conditional Access", status: 400,
			body: `{"error":"invalid_grant","error_description":"AADSTS53003: Access has been blocked by Conditional Access policies. The access policy does not allow token issuance. Trace ID: 16e97462-d90d-4923-bc74-18a689b50700 Correlation ID: f5d6644e-c73a-4bc7-8cee-8335e95c98d5 Timestamp: 2025-03-01 05:34:27Z","error_codes":[53003],"timestamp":"2025-03-01 05:34:27Z","trace_id":"16e97462-d90d-4923-bc74-18a689b50700","correlation_id":"f5d6644e-c73a-4bc7-8cee-8335e95c98d5","error_uri":"https://login.microsoftonline.com/error?code=53003"}`,
			want: PermissionDenied},
		// The client's assertion is outside its valid time range (here the
		// machine's clock was wrong): the credential's lifetime, not the
		// credential, is the problem; make a new one. token_expired.
		{src: "https://github.com/AzureAD/azure-activedirectory-library-for-java/issues/46", name: "Entra ID 401 invalid_client AADSTS50012 client assertion not within its valid time range", status: 401,
			body: `{"error_description":"AADSTS70002: Error validating credentials. AADSTS50012: Client assertion is not within its valid time range.\r\nTrace ID: 80ad7758-a570-42f0-97b7-ae2dded006c7\r\nCorrelation ID: 986a6c2c-a596-4189-b5b5-3a1b1a9a17e2\r\nTimestamp: 2015-07-30 17:18:47Z","error":"invalid_client"}`,
			want: TokenExpired},
		{src: "https://github.com/watson-developer-cloud/food-coach/issues/28", name: "IBM Cloud IAM 400 BXNIM0415E Provided API key could not be found", status: 400,
			body: `{"context":{"requestId":"4062801983","requestType":"incoming.Identity_Token","userAgent":"watson-developer-cloud-nodejs-3.7.0;","clientIp":"169.47.199.81","url":"https://iam-id-2.ng.bluemix.net","instanceId":"iamid-788c86fd5c-c8d94","threadId":"42055","host":"iamid-788c86fd5c-c8d94","startTime":"30.07.2018 18:01:41:962 UTC","endTime":"30.07.2018 18:01:42:027 UTC","elapsedTime":"65","locale":"en_US","clusterName":"iam-id-prdal12-8brn"},"errorCode":"BXNIM0415E","errorMessage":"Provided API key could not be found"}`,
			want: CredentialRejected},
		// access_denied for an audience the tenant does not serve (a custom
		// domain's /api/v2/): the client may not have that audience.
		{src: "https://github.com/auth0/node-auth0/issues/292", name: "Auth0 403 access_denied Service not enabled within domain", status: 403,
			body: `{"error":"access_denied","error_description":"Service not enabled within domain: https://auth-asp.collegeconsortium.org/api/v2/"}`,
			want: PermissionDenied},
		// A success: a 200 with an access_token is no refusal.
		{src: "https://learn.microsoft.com/en-us/entra/identity-platform/v2-oauth2-client-creds-grant-flow", name: "Entra ID 200 access_token (client credentials success)", status: 200,
			body: `{"token_type":"Bearer","expires_in":3599,"access_token":"eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiIsIng1dCI6Ik1uQ19WWmNBVGZNNXBPWWlKSE1iYTlnb0VLWSJ9.eyJhdWQiOiJodHRwczovL2dyYXBoLm1pY3Jvc29mdC5jb20ifQ.c2lnbmF0dXJl"}`,
			want: ""},
	}
}

// roundfamous2NonRefusals: answers that are not about the credential.
func roundfamous2NonRefusals() []fpCase {
	return []fpCase{
		{src: "https://github.com/sintel-dev/sintel/issues/22", name: "S3 404 NoSuchBucket", status: 404, header: map[string]string{"Content-Type": "application/xml", "Server": "AmazonS3"},
			body: "<Error>\n<Code>NoSuchBucket</Code>\n<Message>The specified bucket does not exist</Message>\n<BucketName>d3-ai-orion</BucketName>\n<RequestId>BZN6MP988EFVS9MQ</RequestId>\n<HostId>V2GmsozjuvK0aCYh6sYBk+a0TaT3KJous9QihP+r0wrb9z5G1iYhI0gSgVXQDKWkYcWZKNy/DY0JXW7rrT0KTQ==</HostId>\n</Error>"},
	}
}

// TestHeldoutRoundfamous2: see roundfamous2Cases.
//
// The round was gathered with 39 answers, one short of the 40 a round is
// measured on (runHeldoutRound's guard), so the guard holds it to those 39
// rather than to a case added after its blind run.
func TestHeldoutRoundfamous2(t *testing.T) {
	runHeldoutRound(t, heldoutRound{name: "roundfamous2", cases: roundfamous2Cases(time.Now()), tokens: roundfamous2TokenCases(),
		nonRefusals: roundfamous2NonRefusals(), gathered: 39})
}

// lateRoundfamous2Cases: answers gathered after the readings above were
// written, and run once before any change: see the file's doc comment.
func lateRoundfamous2Cases(now time.Time) []provCase {
	json := jsonCT
	amzJSON := func(errType, msg string) map[string]string {
		return map[string]string{"Content-Type": "application/x-amz-json-1.1", "x-amzn-ErrorType": errType + ":", "x-amzn-ErrorMessage": msg}
	}
	return []provCase{
		// Cognito's user pool API: the client has a secret, and the
		// SECRET_HASH computed from it did not verify.
		{src: "https://github.com/ArranJacques/laravel-aws-cognito-auth/issues/26", name: "Cognito 400 NotAuthorizedException Unable to verify secret hash for client", status: 400,
			header: amzJSON("NotAuthorizedException", "Unable to verify secret hash for client **************************"), body: `{"__type":"NotAuthorizedException","message":"Unable to verify secret hash for client **************************"}`,
			cred: basicCred("jdoe@acme.example", "Tq7-Wz9Lp2Rt8Vb1"), method: "POST", path: "/", want: CredentialRejected},
		// The source shows the headers (x-amzn-ErrorType, ErrorMessage,
		// Content-Length 78); the body is AWS's JSON 1.1 error of that
		// length.
		{src: "https://github.com/aws-amplify/amplify-swift/issues/3344", name: "Cognito 400 NotAuthorizedException Refresh Token has been revoked", status: 400,
			header: amzJSON("NotAuthorizedException", "Refresh Token has been revoked"), body: `{"__type":"NotAuthorizedException","message":"Refresh Token has been revoked"}`,
			cred: bearer("COGNITO_REFRESH_TOKEN", "eyJjdHkiOiJKV1QiLCJlbmMiOiJBMjU2R0NNIiwiYWxnIjoiUlNBLU9BRVAifQ.Qx7Wz9Lp2Rt8Vb1Nc6Mf5Gh0Jk4Lq7Ws2Ed9Rf3Tg8"), method: "POST", path: "/", want: CredentialRejected},
		{src: "https://github.com/marcospereirampj/python-keycloak/issues/110", name: "Keycloak admin 403 unknown_error (compact)", status: 403,
			header: json(), body: `{"error":"unknown_error"}`,
			cred: bearer("KEYCLOAK_TOKEN", makeJWT(map[string]any{"iss": "https://sso.acme.example/realms/demo", "azp": "admin-cli", "exp": now.Add(5 * time.Minute).Unix()})), path: "/admin/realms/demo/users", want: PermissionDenied},
		// IAP read the ID token and refused it for a claim it lacks.
		{src: "https://github.com/googleapis/google-auth-library-nodejs/issues/792", name: "IAP 401 Invalid IAP credentials: JWT 'email' claim isn't a string", status: 401,
			header: map[string]string{"Content-Type": "text/html; charset=UTF-8"}, body: "Invalid IAP credentials: JWT 'email' claim isn't a string",
			cred: bearer("IAP_ID_TOKEN", makeJWT(map[string]any{"iss": "https://accounts.google.com", "aud": "133742036069-s0m3numb3rs4nd13773rz.apps.googleusercontent.com", "exp": now.Add(time.Hour).Unix()})), method: "PUT", path: "/api/cool-endpoint?myvar=value", want: CredentialRejected},
		// A managed identity's token for the vault's client id in the
		// spn: form: another audience than the vault's.
		{src: "https://github.com/argoproj-labs/argocd-vault-plugin/issues/621", name: "Key Vault 401 AKV10022 Invalid audience, found spn:", status: 401,
			header: json(), body: `{"error":{"code":"Unauthorized","message":"AKV10022: Invalid audience. Expected https://vault.azure.net or cfa8b339-82a2-471a-a3c9-0fc0be7a4093, found: spn:cfa8b339-82a2-471a-a3c9-0fc0be7a4093."}}`,
			cred: bearer("AZURE_ACCESS_TOKEN", makeJWT(map[string]any{"iss": "https://sts.windows.net/72f988bf-86f1-41af-91ab-2d7cd011db47/", "aud": "spn:cfa8b339-82a2-471a-a3c9-0fc0be7a4093", "exp": now.Add(time.Hour).Unix()})),
			path: "/secrets/db-password?api-version=7.4", want: JWTWrongAudience},
	}
}

// TestHeldoutRoundfamous2Late: see lateRoundfamous2Cases.
func TestHeldoutRoundfamous2Late(t *testing.T) {
	runProviderCases(t, "roundfamous2 late answers", lateRoundfamous2Cases(time.Now()))
}
