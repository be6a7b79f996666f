package diagnose

import (
	"testing"
	"time"
)

// A held-out round on the most-used APIs, fifth pass, with answers of
// theirs no corpus held yet (other codes, endpoints and products of
// providers already there): Microsoft Graph, AWS IAM Identity Center's
// portal, Azure Key Vault, Azure Storage (SAS and account rules), Azure
// Resource Manager, Dropbox, Slack, GitHub Apps, S3. Gathered and given
// their expected first cause from the catalog before the diagnosis code
// was read; a comment says why when two codes could fit. Where a source
// shows only an SDK's or CLI's rendering of the answer (code and
// message), the body is the provider's documented envelope around those
// words, and the comment says so.
// First run, before any fix: first cause right in 21 of 32 (refusals and
// rate limits 14 of 24, non-refusals 7 of 8 given no cause). Misses:
// Graph's 400 "/me request is only valid with delegated authentication
// flow" to an app token (no cause); Storage's AuthorizationSourceIPMismatch
// (permission_denied before ip_restricted); Storage's 409
// PublicAccessNotPermitted to a request that carried nothing (no cause);
// Storage's 503 ServerBusy "over the account limit" (no cause); Dropbox's
// "Invalid authorization value ... Expecting Bearer <token>" to a bare token
// (credential_rejected before prefix_missing); Slack's
// team_access_not_granted (credential_rejected) and restricted_action (no
// cause); Google Ads' "developer-token parameter is missing" (no cause);
// STS's RegionDisabledException (permission_denied, region_mismatch
// expected); GitHub's 422 "The permissions requested are not granted to
// this installation" (no cause); Key Vault's 403 SecretDisabled
// (permission_denied, none expected).
// After the readings the misses lacked: 28 of 32 (refusals 20 of 24,
// non-refusals 8 of 8), no expectation changed; 4 pending, each with its
// reason in roundfamous5PendingWhy (Graph's /me, Storage's 409, Slack's
// restricted_action, GitHub's 422; the last passes since missclass3, its
// passive "permissions requested are not granted to" read on any status:
// 29 of 32). Readings: an operation said not
// authorized using or from this source IP (ip_restricted, ahead of the
// permission's words); what the caller sends, or how often, said over the
// account's limit (a rate); an operation not allowed on a disabled,
// deleted or expired object (the object's state, no refusal of the
// caller); access said not granted, also as a code (a permission); the
// form the Authorization header should take spelled, the scheme before a
// placeholder (prefix_missing ahead of the header named invalid, to a
// bare token); a developer's own token or key said missing, also with the
// name before "parameter" (required_header_missing beside a user's token);
// a service not activated in this region for the account (region_mismatch).

// roundfamous5Cases: the API refusals and look-alike answers (secrets
// replaced by made-up values of the same shape).
func roundfamous5Cases(now time.Time) []provCase {
	json := jsonCT
	xml := func(extra ...string) map[string]string { return ctHeader("application/xml", extra...) }
	armErr := func(code, msg string) string {
		return `{"error":{"code":"` + code + `","message":"` + msg + `"}}`
	}
	appToken := bearer("GRAPH_ACCESS_TOKEN", makeJWT(map[string]any{"aud": "https://graph.microsoft.com", "iss": "https://sts.windows.net/2ac36096-05f9-482e-ae23-1bdb78adb0bb/",
		"roles": []string{"User.Read.All"}, "appid": "0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9", "iat": now.Add(-5 * time.Minute).Unix(), "exp": now.Add(55 * time.Minute).Unix()}))
	vaultToken := func(iss string) *Credential {
		return bearer("AZURE_ACCESS_TOKEN", makeJWT(map[string]any{"aud": "https://vault.azure.net", "iss": iss,
			"appid": "f969f52b-c6a6-41c7-b6ef-949c1f227b1d", "iat": now.Add(-5 * time.Minute).Unix(), "exp": now.Add(55 * time.Minute).Unix()}))
	}
	armToken := bearer("AZURE_ACCESS_TOKEN", makeJWT(map[string]any{"aud": "https://management.azure.com/", "iss": "https://sts.windows.net/72f988bf-86f1-41af-91ab-2d7cd011db47/",
		"iat": now.Add(-5 * time.Minute).Unix(), "exp": now.Add(55 * time.Minute).Unix()}))
	sas := apiKey("AZURE_STORAGE_SAS_SIG", "pw0GRd4oaURPwQ9choUoWnXxjYEsimipq64yu1otAVE=", "", "sig")
	ssoToken := headerCred("x-amz-sso_bearer_token", "AWS_SSO_ACCESS_TOKEN", "aoaAAAAAGZ7Qm4xR2Lp9Vw3Kc8Tn5Yb1Hs6Jd0Fg4Ea7Uz2Xq-Rm9Wo3Pi5Ln8Kb1Jh7Gf0Ds4Ca")
	ssoPath := "/federation/credentials?account_id=123456789012&role_name=AdministratorAccess"
	slack := bearer("SLACK_BOT_TOKEN", "xoxb-2841-93650-Q2hpY2tlbkZpbmdlcnM")
	gcp := bearer("GOOGLE_ACCESS_TOKEN", "ya29.a0AfB_byHq2Lm7Xv4Rp9Wn3Bc8Yd1Hs6Jf0Ga5ZeUoPiKlMnBvCxZ")
	return []provCase{
		// Microsoft Graph.
		// An app-only token (client credentials) calling /me: the token is
		// good and read; this route is not for that kind of caller. The
		// caller is known and refused this operation (permission_denied).
		// The source shows the body up to innerError; the rest is Graph's
		// documented innerError.
		{src: "https://github.com/microsoftgraph/msgraph-sdk-php/issues/1163", name: "Graph 400 BadRequest /me request is only valid with delegated authentication flow (app token)", status: 400,
			header: json(), body: `{"error":{"code":"BadRequest","message":"/me request is only valid with delegated authentication flow.","innerError":{"date":"2023-03-05T10:12:44","request-id":"5e2a9c1b-7d3f-4a6e-8b0c-1f2e3d4c5b6a","client-request-id":"5e2a9c1b-7d3f-4a6e-8b0c-1f2e3d4c5b6a"}}}`,
			cred: appToken, path: "/v1.0/me", want: PermissionDenied},

		// AWS IAM Identity Center (SSO) portal: GetRoleCredentials with the
		// portal's bearer token. The words say not found or invalid, not
		// expired: credential_rejected.
		{src: "https://github.com/61418/aws-sso-util/issues/74", name: "AWS SSO portal 401 UnauthorizedException Session token not found or invalid", status: 401,
			header: json(), body: `{"message":"Session token not found or invalid","__type":"com.amazonaws.switchboard.portal#UnauthorizedException"}`,
			cred: ssoToken, path: ssoPath, want: CredentialRejected},
		// The role name is not one the user is assigned in that account:
		// known, not allowed. The source shows the CLI's code and message;
		// the body is the portal's JSON error around them.
		{src: "https://github.com/aws/aws-sam-cli/issues/2129", name: "AWS SSO portal 403 ForbiddenException No access", status: 403,
			header: json(), body: `{"message":"No access","__type":"com.amazonaws.switchboard.portal#ForbiddenException"}`,
			cred: ssoToken, path: ssoPath, want: PermissionDenied},

		// Azure Key Vault. The sources show the SDK's rendering (status,
		// code, message, inner code); the body is Key Vault's error object.
		// The vault's policy wants the caller to come through an
		// on-behalf-of flow: the caller is known and refused this way of
		// calling; nothing says the method is deprecated, so
		// permission_denied.
		{src: "https://github.com/SparebankenVest/azure-key-vault-to-kubernetes/issues/232", name: "Key Vault 403 ForbiddenByPolicy the policy requires the caller to use on-behalf-of flow", status: 403,
			header: json(), body: `{"error":{"code":"Forbidden","message":"The policy requires the caller 'appid=f969f52b-c6a6-41c7-b6ef-949c1f227b1d;oid=66d10cbf-3a73-4326-9a8d-b1b082e7c3fc;iss=https://sts.windows.net/f33abe27-86cd-46d6-ae2b-b918362ab160/' to use on-behalf-of (OBO) flow. For more information on OBO, please see https://go.microsoft.com/fwlink/?linkid=2152310","innerError":{"code":"ForbiddenByPolicy"}}}`,
			cred: vaultToken("https://sts.windows.net/f33abe27-86cd-46d6-ae2b-b918362ab160/"), path: "/secrets/secret-sync?api-version=7.4", want: PermissionDenied},
		// A token of another tenant than the vault's: the server names the
		// issuers it expects and the one it found (jwt_wrong_issuer, as
		// STS's "No OpenIDConnect provider found ... for <issuer>").
		// WWW-Authenticate is the challenge Key Vault documents on 401.
		{src: "https://github.com/MicrosoftDocs/azure-docs/issues/75410", name: "Key Vault 401 AKV10032 Invalid issuer, expected one of, found", status: 401,
			header: json("WWW-Authenticate", `Bearer authorization="https://login.windows.net/72f988bf-86f1-41af-91ab-2d7cd011db47", resource="https://vault.azure.net"`),
			body:   `{"error":{"code":"Unauthorized","message":"AKV10032: Invalid issuer. Expected one of https://sts.windows.net/72f988bf-86f1-41af-91ab-2d7cd011db47/, https://sts.windows.net/f8cdef31-a31e-4b4a-93e4-5f571e91255a/, https://sts.windows.net/e2d54eb5-3869-4f70-8578-dee5fc7331f4/, found https://sts.windows.net/2ac36096-05f9-482e-ae23-1bdb78adb0bb/."}}`,
			cred:   vaultToken("https://sts.windows.net/2ac36096-05f9-482e-ae23-1bdb78adb0bb/"), path: "/secrets/mySecret?api-version=7.4", method: "PUT", want: JWTWrongIssuer},

		// Azure Storage: shared access signatures and account rules.
		// An account SAS signed for services only (srt=s) used to list
		// containers' blobs: the signature is good and does not cover this
		// resource type, a permission it lacks.
		{src: "https://github.com/Azure/azure-storage-azcopy/issues/1480", name: "Azure Blob 403 AuthorizationResourceTypeMismatch, SAS without the resource type", status: 403,
			header: xml("x-ms-error-code", "AuthorizationResourceTypeMismatch"), body: "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Error>\n  <Code>AuthorizationResourceTypeMismatch</Code>\n  <Message>This request is not authorized to perform this operation using this resource type.\nRequestId:4d805d68-4265-457e-ba25-1abb42fc87a1\nTime:2024-05-24T14:59:51.010Z</Message>\n</Error>",
			cred: sas, path: "/devstoreaccount1?comp=list&sv=2021-12-02&ss=b&srt=s&sp=rwl&se=2030-01-01T00%3A00%3A00Z", want: PermissionDenied},
		{src: "https://github.com/microsoft/AzureStorageExplorer/issues/6203", name: "Azure Table 403 odata.error AuthorizationResourceTypeMismatch, SAS without the resource type", status: 403,
			header: ctHeader("application/json;odata=minimalmetadata;streaming=true;charset=utf-8"), body: `{"odata.error":{"code":"AuthorizationResourceTypeMismatch","message":{"lang":"en-US","value":"This request is not authorized to perform this operation using this resource type.\nRequestId:a1792d4d-8002-00f0-0763-edaf75000000\nTime:2022-10-31T20:04:32.4606223Z"}}}`,
			cred: sas, path: "/Tables?sv=2021-06-08&ss=bfqt&srt=s&sp=rwdlacupiyx&se=2030-01-01T00%3A00%3A00Z", want: PermissionDenied},
		// A SAS signed for the blob service used on the queue service. The
		// words are Storage's documented ones; the body is its XML error.
		{src: "https://learn.microsoft.com/en-us/rest/api/storageservices/common-rest-api-error-codes", name: "Azure Queue 403 AuthorizationServiceMismatch, SAS for another service", status: 403,
			header: xml("x-ms-error-code", "AuthorizationServiceMismatch"), body: "<?xml version=\"1.0\" encoding=\"utf-8\"?><Error><Code>AuthorizationServiceMismatch</Code><Message>This request is not authorized to perform this operation using this service.\nRequestId:7c1e2f3a-4b5c-6d7e-8f90-a1b2c3d4e5f6\nTime:2024-03-11T09:21:07.1234567Z</Message></Error>",
			cred: sas, path: "/orders/messages?sv=2022-11-02&ss=b&srt=sco&sp=rwdlac&se=2030-01-01T00%3A00%3A00Z", want: PermissionDenied},
		// A SAS with sip= (an allowed address range) used from elsewhere.
		// Documented words; the body is Storage's XML error.
		{src: "https://learn.microsoft.com/en-us/rest/api/storageservices/common-rest-api-error-codes", name: "Azure Blob 403 AuthorizationSourceIPMismatch, SAS used from another IP", status: 403,
			header: xml("x-ms-error-code", "AuthorizationSourceIPMismatch"), body: "<?xml version=\"1.0\" encoding=\"utf-8\"?><Error><Code>AuthorizationSourceIPMismatch</Code><Message>This request is not authorized to perform this operation using this source IP 203.0.113.57.\nRequestId:9a8b7c6d-5e4f-3a2b-1c0d-e9f8a7b6c5d4\nTime:2024-03-11T09:24:51.7654321Z</Message></Error>",
			cred: sas, path: "/exports/2024/report.csv?sv=2022-11-02&sr=b&sp=r&sip=198.51.100.0-198.51.100.255&se=2030-01-01T00%3A00%3A00Z", want: IPRestricted},
		// Anonymous read on an account that forbids anonymous access: the
		// request carried nothing and the account requires authorization.
		// Documented status and words; the body is Storage's XML error.
		{src: "https://learn.microsoft.com/en-us/azure/storage/blobs/anonymous-read-access-prevent", name: "Azure Blob 409 PublicAccessNotPermitted, nothing sent", status: 409,
			header: xml("x-ms-error-code", "PublicAccessNotPermitted"), body: "<?xml version=\"1.0\" encoding=\"utf-8\"?><Error><Code>PublicAccessNotPermitted</Code><Message>Public access is not permitted on this storage account.\nRequestId:2f3e4d5c-6b7a-4890-9a1b-2c3d4e5f6a7b\nTime:2024-03-11T09:30:12.3456789Z</Message></Error>",
			path: "/public-assets/logo.png", want: NoCredentialsSent},
		// The account's scalability target: a limit (documented words; the
		// body is Storage's XML error).
		{src: "https://learn.microsoft.com/en-us/rest/api/storageservices/common-rest-api-error-codes", name: "Azure Blob 503 ServerBusy Operations per second is over the account limit", status: 503,
			header: xml("x-ms-error-code", "ServerBusy"), body: "<?xml version=\"1.0\" encoding=\"utf-8\"?><Error><Code>ServerBusy</Code><Message>Operations per second is over the account limit.\nRequestId:6a5b4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d\nTime:2024-03-11T09:33:40.9876543Z</Message></Error>",
			cred: sas, path: "/telemetry/batch-000917.json?sv=2022-11-02&sr=c&sp=w&se=2030-01-01T00%3A00%3A00Z", method: "PUT", want: RateLimited},

		// Azure Resource Manager: the caller may act on the resource, and
		// not on a resource in another subscription it links to (another
		// tenant's, or a scope it has no role on): known, not allowed.
		{src: "https://github.com/Azure/azure-cli-extensions/issues/7143", name: "ARM 403 LinkedAuthorizationFailed the current tenant is not authorized to access linked subscription", status: 403,
			header: json(), body: armErr("LinkedAuthorizationFailed", "The client has permission to perform action 'Microsoft.Network/virtualNetworks/write' on scope '/subscriptions/f0dc2b34-dfad-40e4-83e0-2309fed8d00b/resourceGroups/jaredgorthy-testResources/providers/Microsoft.Network/networkManagers/jaredgorthy/connectivityConfigurations/testCrossTenantFeature', however the current tenant '72f988bf-86f1-41af-91ab-2d7cd011db47' is not authorized to access linked subscription 'b7a6ea8b-8aac-46e2-9cd9-0d22ff8778bc'."),
			cred: armToken, method: "PUT", path: "/subscriptions/f0dc2b34-dfad-40e4-83e0-2309fed8d00b/resourceGroups/jaredgorthy-testResources/providers/Microsoft.Network/networkManagers/jaredgorthy/connectivityConfigurations/testCrossTenantFeature?api-version=2023-05-01", want: PermissionDenied},
		// The source shows the SDK's code and message; the body is ARM's
		// error object around them.
		{src: "https://github.com/Azure/aad-pod-identity/issues/613", name: "ARM 403 LinkedAuthorizationFailed no permission on the linked scope", status: 403,
			header: json(), body: armErr("LinkedAuthorizationFailed", "The client '3f2e1d0c-9b8a-4776-8564-a3b2c1d0e9f8' with object id '7a6b5c4d-3e2f-4109-8a7b-6c5d4e3f2a1b' has permission to perform action 'Microsoft.Compute/virtualMachineScaleSets/write' on scope '/subscriptions/0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e/resourceGroups/MC_elephant_elephant_eastus/providers/Microsoft.Compute/virtualMachineScaleSets/aks-agentpool-88148177-vmss'; however, it does not have permission to perform action 'Microsoft.ManagedIdentity/userAssignedIdentities/assign/action' on the linked scope(s) '/subscriptions/0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e/resourcegroups/elephant/providers/Microsoft.ManagedIdentity/userAssignedIdentities/elephant' or the linked scope(s) are invalid."),
			cred: armToken, method: "PATCH", path: "/subscriptions/0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e/resourceGroups/MC_elephant_elephant_eastus/providers/Microsoft.Compute/virtualMachineScaleSets/aks-agentpool-88148177-vmss?api-version=2019-07-01", want: PermissionDenied},

		// Dropbox: the access token sent bare in Authorization (the server
		// echoes its first characters and the form it expects). Plain text,
		// Server: envoy, as the source's headers show.
		{src: "https://github.com/RonRadtke/react-native-blob-util/issues/293", name: "Dropbox 400 Invalid authorization value in HTTP header Authorization, Expecting Bearer <oauth2-access-token> (bare token)", status: 400,
			header: ctHeader("text/plain; charset=utf-8", "Server", "envoy"), body: `Error in call to API function "files/upload": Invalid authorization value in HTTP header "Authorization": "sl.Bl...".  Expecting "Bearer <oauth2-access-token>".`,
			cred: headerCred("Authorization", "DROPBOX_TOKEN", "sl.Bl7Kq2Xv9Rp4Wn8Bc3Yd6Hs1Jf5Ga0ZeUoPiKlMnBvCxZq7Lm2Xv9Rp4Wn8Bc3Yd6Hs1Jf5Ga0ZeUoPiKlMnBvCxZq7Lm2Xv9Rp4Wn8Bc3Yd6Hs1Jf5"), method: "POST", path: "/2/files/upload", want: PrefixMissing},

		// Slack Web API: error codes as the methods' references document
		// them (200, ok:false).
		// A token of one workspace of an Enterprise org not granted the
		// workspace the call names: known, not allowed.
		{src: "https://api.slack.com/methods/conversations.history", name: "Slack 200 team_access_not_granted", status: 200,
			header: json(), body: `{"ok":false,"error":"team_access_not_granted"}`, cred: slack, path: "/api/conversations.history?channel=C0123456789", want: PermissionDenied},
		// A workspace preference forbids the authenticated user the action.
		{src: "https://api.slack.com/methods/chat.postMessage", name: "Slack 200 restricted_action", status: 200,
			header: json(), body: `{"ok":false,"error":"restricted_action"}`, cred: slack, method: "POST", path: "/api/chat.postMessage", want: PermissionDenied},

		// Google Workspace Admin SDK: a service account's token without
		// domain-wide delegation to an administrator (or a user who is not
		// one): known, not allowed. The sources show the client's rendering
		// (403, message, reason); the body is Google's v1 error envelope.
		{src: "https://github.com/googleapis/google-cloud-go/issues/6923", name: "Admin SDK Directory 403 forbidden Not Authorized to access this resource/api", status: 403,
			header: json(), body: "{\n  \"error\": {\n    \"code\": 403,\n    \"message\": \"Not Authorized to access this resource/api\",\n    \"errors\": [\n      {\n        \"message\": \"Not Authorized to access this resource/api\",\n        \"domain\": \"global\",\n        \"reason\": \"forbidden\"\n      }\n    ]\n  }\n}\n",
			cred: gcp, path: "/admin/directory/v1/users?customer=my_customer&maxResults=10", want: PermissionDenied},
		// Google Ads API (REST). The sources show the gRPC or library
		// rendering (code and message); the bodies are the REST error with
		// its GoogleAdsFailure details.
		// The developer-token header was not sent: the API requires it
		// besides the OAuth token.
		{src: "https://github.com/google/megalista/issues/106", name: "Google Ads 400 DEVELOPER_TOKEN_PARAMETER_MISSING developer-token parameter is missing", status: 400,
			header: json(), body: `{"error":{"code":400,"message":"Request contains an invalid argument.","status":"INVALID_ARGUMENT","details":[{"@type":"type.googleapis.com/google.ads.googleads.v11.errors.GoogleAdsFailure","errors":[{"errorCode":{"requestError":"DEVELOPER_TOKEN_PARAMETER_MISSING"},"message":"developer-token parameter is missing."}],"requestId":"ciDlQz5F_Uv9FWBewaSZuw"}]}}`,
			cred: gcp, method: "POST", path: "/v11/customers/1234567890/offlineUserDataJobs:create", want: RequiredHeaderMissing},
		// A developer token used with an OAuth client of another Cloud
		// project: both credentials are good, the pairing is not allowed.
		{src: "https://github.com/Opteo/google-ads-api/issues/155", name: "Google Ads 403 DEVELOPER_TOKEN_PROHIBITED Developer token is not allowed with project", status: 403,
			header: json(), body: `{"error":{"code":403,"message":"The caller does not have permission","status":"PERMISSION_DENIED","details":[{"@type":"type.googleapis.com/google.ads.googleads.v17.errors.GoogleAdsFailure","errors":[{"errorCode":{"authorizationError":"DEVELOPER_TOKEN_PROHIBITED"},"message":"Developer token is not allowed with project '412345678277'."}],"requestId":"Hx2Qm4Lp9Vw3Kc8Tn5Yb1A"}]}}`,
			cred: gcp, method: "POST", path: "/v17/customers/1234567890/customerClients:mutate", want: PermissionDenied},
		// Vertex AI. A model name the project cannot use or that does not
		// exist: the words name both, "does not have access" among them
		// (the catalog's not_found_hides_permission: a 404 whose words
		// speak of the access the caller lacks). The source shows the
		// message inside the client's rendering; the body is Google's
		// error around it.
		{src: "https://github.com/genkit-ai/genkit/issues/4688", name: "Vertex AI 404 Publisher Model was not found or your project does not have access to it", status: 404,
			header: json(), body: "{\n  \"error\": {\n    \"code\": 404,\n    \"message\": \"Publisher Model `projects/740989871600/locations/us-central1/publishers/google/models/gemini-1.0-pro-002` was not found or your project does not have access to it. Please ensure you are using a valid model version. For more information, see: https://cloud.google.com/vertex-ai/generative-ai/docs/learn/model-versions\",\n    \"status\": \"NOT_FOUND\"\n  }\n}\n",
			cred: gcp, method: "POST", path: "/v1/projects/740989871600/locations/us-central1/publishers/google/models/gemini-1.0-pro-002:generateContent", want: NotFoundHidesPermission},
		{src: "https://github.com/GoogleCloudPlatform/Open_Data_QnA/issues/61", name: "Vertex AI 429 RESOURCE_EXHAUSTED Quota exceeded for generate_content_requests_per_minute_per_project_per_base_model", status: 429,
			header: json(), body: "{\n  \"error\": {\n    \"code\": 429,\n    \"message\": \"Quota exceeded for aiplatform.googleapis.com/generate_content_requests_per_minute_per_project_per_base_model with base model: gemini-pro. Please submit a quota increase request. https://cloud.google.com/vertex-ai/docs/generative-ai/quotas-genai.\",\n    \"status\": \"RESOURCE_EXHAUSTED\"\n  }\n}\n",
			cred: gcp, method: "POST", path: "/v1/projects/open-data-qna/locations/us-central1/publishers/google/models/gemini-pro:generateContent", want: RateLimited},

		// AWS STS: the regional endpoint is not activated for the account.
		// The catalog's region_mismatch: the account does not work in the
		// region the base URL names (the fix is another region's endpoint,
		// or activating this one). The source shows the SDK's code,
		// message and 403; the body is STS's XML error.
		{src: "https://github.com/aws/aws-cdk/issues/11474", name: "STS 403 RegionDisabledException STS is not activated in this region for account", status: 403,
			header: ctHeader("text/xml"), body: "<ErrorResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">\n  <Error>\n    <Type>Sender</Type>\n    <Code>RegionDisabledException</Code>\n    <Message>STS is not activated in this region for account:123456789012. Your account administrator can activate STS in this region using the IAM Console.</Message>\n  </Error>\n  <RequestId>8c2f4e6a-1b3d-4f5a-9c7e-0d2b4f6a8c1e</RequestId>\n</ErrorResponse>\n",
			cred:   headerCred("Authorization", "AWS_SIGV4", "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20201114/ap-east-1/sts/aws4_request, SignedHeaders=host;x-amz-date, Signature=fe5f80f77d5fa3beca038a248ff027d0445342fe2855ddc963176630326f1024"),
			method: "POST", path: "/?Action=GetCallerIdentity&Version=2011-06-15", want: RegionMismatch},

		// Salesforce: the user's profile lacks "API Enabled". The source
		// is a vendor's table of Salesforce's code and message; the body
		// is Salesforce's REST error list and 403 its documented status.
		{src: "https://github.com/AdobeDocs/marketo.pt-BR/blob/main/help/marketo/product-docs/marketo-sales-connect/crm/salesforce-integration/salesforce-diagnostics.md", name: "Salesforce 403 API_CURRENTLY_DISABLED API is disabled for this User", status: 403,
			header: json(), body: `[{"message":"API is disabled for this User","errorCode":"API_CURRENTLY_DISABLED"}]`,
			cred: bearer("SF_ACCESS_TOKEN", "00D5g000004Xy2Z!AQ8AQLm2Xv7Rp4Wn9Bc3Yd6Hs1Jf5Ga0ZeUoPiKlMnBvCxZq7Lm2"), path: "/services/data/v60.0/sobjects/Account/describe", want: PermissionDenied},

		// GitHub Apps: an installation access token asked with permissions
		// the installation was not granted. The source shows the message;
		// the body is GitHub's error object (documentation_url, status).
		{src: "https://github.com/peter-murray/workflow-application-token-action/issues/48", name: "GitHub 422 The permissions requested are not granted to this installation", status: 422,
			header: json("X-GitHub-Media-Type", "github.v3; format=json"), body: `{"message":"The permissions requested are not granted to this installation.","documentation_url":"https://docs.github.com/rest/apps/apps#create-an-installation-access-token-for-an-app","status":"422"}`,
			cred:   bearer("GITHUB_APP_JWT", makeJWT(map[string]any{"iss": "1234567", "iat": now.Add(-time.Minute).Unix(), "exp": now.Add(9 * time.Minute).Unix()})),
			method: "POST", path: "/app/installations/41223344/access_tokens", want: PermissionDenied},
	}
}

// roundfamous5NonRefusals: answers the same servers send that are no
// refusal of the credential: no cause.
func roundfamous5NonRefusals() []fpCase {
	return []fpCase{
		// The version header holds a value the API does not know: a
		// request error, not the credential's. The source shows the CLI's
		// "Bad Request: <message>"; the body is GitHub's error object.
		{src: "https://github.com/expipiplus1/update-nix-fetchgit/issues/79", name: "GitHub 400 the version in the X-GitHub-Api-Version header is not a supported version", status: 400, header: jsonCT(),
			body: `{"message":"The version you specified in the \"X-GitHub-API-Version\" request header, \"v3\", is not a supported version. The following versions are currently supported: \"2022-11-28\" (most recent).","documentation_url":"https://docs.github.com/rest"}`,
			path: "/repos/expipiplus1/update-nix-fetchgit/commits/0.1.0.0"},
		// The sources show the SDK's code and message; the bodies are Key
		// Vault's and ARM's error objects around them.
		{src: "https://github.com/Azure/azure-sdk-for-js/issues/25489", name: "Key Vault 404 SecretNotFound A secret with (name/id) was not found in this key vault", status: 404, header: jsonCT(),
			body: `{"error":{"code":"SecretNotFound","message":"A secret with (name/id) secret1680785531243 was not found in this key vault. If you recently deleted this secret you may be able to recover it using the correct recovery command. For help resolving this issue, please see https://go.microsoft.com/fwlink/?linkid=2125182"}}`,
			path: "/secrets/secret1680785531243/?api-version=7.4"},
		// A disabled secret: the vault refuses every caller this object,
		// whatever the credential (the record's state, not the caller's).
		{src: "https://github.com/Azure/azure-sdk-for-js/issues/24756", name: "Key Vault 403 SecretDisabled Operation get is not allowed on a disabled secret", status: 403, header: jsonCT(),
			body: `{"error":{"code":"Forbidden","message":"Operation get is not allowed on a disabled secret.","innerError":{"code":"SecretDisabled"}}}`,
			path: "/secrets/secret1675691542607/?api-version=7.4-preview.1"},
		{src: "https://github.com/pulumi/pulumi/issues/3891", name: "ARM 404 ResourceGroupNotFound Resource group could not be found", status: 404, header: jsonCT(),
			body: `{"error":{"code":"ResourceGroupNotFound","message":"Resource group 'xxxrg01' could not be found."}}`,
			path: "/subscriptions/0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e/resourceGroups/xxxrg01/providers/Microsoft.Authorization/locks/no-delete?api-version=2016-09-01"},
		// A subscription not registered for a resource provider: set-up of
		// the subscription, not the caller's rights (ARM's documented
		// words; the body is its error object).
		{src: "https://learn.microsoft.com/en-us/azure/azure-resource-manager/troubleshooting/error-register-resource-provider", name: "ARM 409 MissingSubscriptionRegistration The subscription is not registered to use namespace", status: 409, header: jsonCT(),
			body: `{"error":{"code":"MissingSubscriptionRegistration","message":"The subscription is not registered to use namespace 'Microsoft.ContainerInstance'. See https://aka.ms/rps-not-found for how to register subscriptions.","details":[{"code":"MissingSubscriptionRegistration","target":"Microsoft.ContainerInstance","message":"The subscription is not registered to use namespace 'Microsoft.ContainerInstance'. See https://aka.ms/rps-not-found for how to register subscriptions."}]}}`,
			path: "/subscriptions/0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e/resourceGroups/ci/providers/Microsoft.ContainerInstance/containerGroups/runner?api-version=2023-05-01"},
		// A model that must be called through an inference profile: a
		// request error, whatever the credential (the source shows the
		// body; the status and error type are Bedrock's ValidationException).
		{src: "https://github.com/BerriAI/litellm/issues/7181", name: "Bedrock 400 ValidationException on-demand throughput isn't supported, use an inference profile", status: 400,
			header: ctHeader("application/json", "x-amzn-ErrorType", "ValidationException:http://internal.amazon.com/coral/com.amazon.bedrock/"),
			body:   `{"message":"Invocation of model ID amazon.nova-pro-v1:0 with on-demand throughput isn't supported. Retry your request with the ID or ARN of an inference profile that contains this model."}`,
			path:   "/model/amazon.nova-pro-v1:0/converse"},
		{src: "https://github.com/Azure/WALinuxAgent/issues/2311", name: "Azure Blob 404 BlobNotFound The specified blob does not exist.", status: 404,
			header: ctHeader("application/xml", "Server", "Windows-Azure-Blob/1.0,Microsoft-HTTPAPI/2.0", "x-ms-error-code", "BlobNotFound", "x-ms-version", "2020-08-04"),
			body:   "<?xml version=\"1.0\" encoding=\"utf-8\"?><Error><Code>BlobNotFound</Code><Message>The specified blob does not exist.\nRequestId:2c5cb273-801e-0012-38c1-7c2e2d000000\nTime:2021-07-19T17:13:46.8208200Z</Message></Error>",
			path:   "/vhds/agent-status.json?comp=metadata"},
		// A bucket whose object ownership is "bucket owner enforced" given
		// an ACL: a request the bucket's settings refuse (S3's documented
		// code and words; the body is its XML error).
		{src: "https://docs.aws.amazon.com/AmazonS3/latest/userguide/ensure-object-ownership.html", name: "S3 400 AccessControlListNotSupported The bucket does not allow ACLs", status: 400,
			header: ctHeader("application/xml", "Server", "AmazonS3"), body: `<?xml version="1.0" encoding="UTF-8"?>` + "\n" + `<Error><Code>AccessControlListNotSupported</Code><Message>The bucket does not allow ACLs</Message><RequestId>4B0E6D7A9C2F1E38</RequestId><HostId>q2Xv7Rp4Wn9Bc3Yd6Hs1Jf5Ga0ZeUoPiKlMnBvCxZq7Lm2Xv9Rp4Wn8Bc3Yd6Hs1Jf5Ga0=</HostId></Error>`,
			path: "/site-assets/index.html"},
	}
}

// roundfamous5PendingWhy: the answers measured blind with the rest and
// left out of the passing table, each with why no general reading was
// forced (their want is the catalog's expectation, not met yet).
var roundfamous5PendingWhy = map[string]string{
	// The words say the route serves one kind of caller only (a user's
	// delegated token, not an app's): the general reading holds "only
	// valid with <kind of> authentication" against the token's kind (an
	// app-only JWT carries roles and no scp), which no reading does yet;
	// the words alone, on a 400, could be a request field's.
	"Graph 400 BadRequest /me request is only valid with delegated authentication flow (app token)": "the route's kind of caller is not held against the token's kind",
	// A 409 is read as the data's conflict; anonymous access said off
	// for the account ("Public access is not permitted") to a request
	// that carried nothing wants a reading of anonymous access refused on
	// any status, which would touch every 409.
	"Azure Blob 409 PublicAccessNotPermitted, nothing sent": "anonymous access refused on a 409 is not read",
	// The code has no credential or permission word: a 2xx envelope is
	// taken for a refusal only on auth words, and "restricted" alone
	// names many businesses' states (a restricted channel, account or
	// product); widening that list needs the full metamorphic run.
	"Slack 200 restricted_action": "a 2xx code of restriction alone is not read as a refusal",
}

// roundfamous5Split parts the round's answers into the passing table and
// the pending ones (roundfamous5PendingWhy).
func roundfamous5Split(now time.Time) (passing, pending []provCase) {
	for _, c := range roundfamous5Cases(now) {
		if _, ok := roundfamous5PendingWhy[c.name]; ok {
			pending = append(pending, c)
		} else {
			passing = append(passing, c)
		}
	}
	return passing, pending
}

// TestHeldoutRoundfamous5: see roundfamous5Cases.
func TestHeldoutRoundfamous5(t *testing.T) {
	passing, pending := roundfamous5Split(time.Now())
	if len(pending) != len(roundfamous5PendingWhy) {
		t.Fatalf("roundfamous5: %d pending answers found, %d named", len(pending), len(roundfamous5PendingWhy))
	}
	// gathered: the round is short (answers of these providers not in a
	// corpus yet are few); the guard holds what it gathered.
	runHeldoutRound(t, heldoutRound{name: "roundfamous5", cases: passing, pending: pending, nonRefusals: roundfamous5NonRefusals(), gathered: 32})
}

// roundfamous5Passing: the round's passing table (allProviderCases).
func roundfamous5Passing(now time.Time) []provCase {
	passing, _ := roundfamous5Split(now)
	return passing
}

// lateRoundfamous5Cases: answers gathered after the readings above were
// written, their expectations set from the catalog first, and run once
// before any change: late: first cause right in 3 of 4 (Bedrock's token
// and agent throttles, Vertex AI's shared-capacity 429). The miss, ARM's
// 400 InvalidTemplateDeployment "Authorization failed for template
// resource … does not have permission to perform action" given no cause,
// is left pending (lateRoundfamous5Pending): a 400 is read as the
// request's own fault, and reading permission words on it needs a rule
// that tells a deployment's authorization failure from a field that
// names a permission, not written this round. Since missclass3 it passes
// (late 4 of 4 after that change): "does not have permission to <do>"
// with the holder's id before it is read as a permission on any status.
func lateRoundfamous5Cases() []provCase {
	gcp := bearer("GOOGLE_ACCESS_TOKEN", "ya29.a0AfB_byHq2Lm7Xv4Rp9Wn3Bc8Yd1Hs6Jf0Ga5ZeUoPiKlMnBvCxZ")
	sigv4 := headerCred("Authorization", "AWS_SIGV4", "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20250512/us-east-1/bedrock/aws4_request, SignedHeaders=host;x-amz-date, Signature=fe5f80f77d5fa3beca038a248ff027d0445342fe2855ddc963176630326f1024")
	arm := bearer("AZURE_ACCESS_TOKEN", "eyJ0eXAiOiJKV1QiLCJhbGciOiJub25lIn0.eyJhdWQiOiJodHRwczovL21hbmFnZW1lbnQuYXp1cmUuY29tLyJ9.")
	return []provCase{
		// Bedrock's token throttle (the source shows the headers and the
		// message; the body is Bedrock's JSON error around it).
		{src: "https://github.com/aws-samples/amazon-bedrock-client-for-mac/issues/99", name: "Bedrock 429 ThrottlingException Too many tokens, please wait before trying again.", status: 429,
			header: ctHeader("application/json", "x-amzn-ErrorType", "ThrottlingException:http://internal.amazon.com/coral/com.amazon.bedrock/"), body: `{"message":"Too many tokens, please wait before trying again."}`,
			cred: sigv4, method: "POST", path: "/model/anthropic.claude-3-7-sonnet-20250219-v1:0/converse", want: RateLimited},
		// Bedrock Agents' rate (the source shows the SDK's code and
		// message; the body is the JSON error around them).
		{src: "https://github.com/awslabs/agent-evaluation/issues/64", name: "Bedrock Agents 429 throttlingException Your request rate is too high", status: 429,
			header: ctHeader("application/json", "x-amzn-ErrorType", "ThrottlingException"), body: `{"message":"Your request rate is too high. Reduce the frequency of requests."}`,
			cred: sigv4, method: "POST", path: "/agents/AGENT1234/agentAliases/ALIAS5678/sessions/s-1/text", want: RateLimited},
		// Vertex AI's shared-capacity 429 (the source shows the body inside
		// the client's rendering).
		{src: "https://github.com/google-gemini/gemini-cli/issues/14811", name: "Vertex AI 429 RESOURCE_EXHAUSTED Resource exhausted. Please try again later.", status: 429,
			header: jsonCT(), body: `{"error":{"code":429,"message":"Resource exhausted. Please try again later. Please refer to https://cloud.google.com/vertex-ai/generative-ai/docs/error-code-429 for more details.","status":"RESOURCE_EXHAUSTED"}}`,
			cred: gcp, method: "POST", path: "/v1/projects/acme-ai/locations/global/publishers/google/models/gemini-2.5-pro:generateContent", want: RateLimited},
		// An ARM deployment whose template assigns a role the caller may
		// not write (the source shows the body; 400 is the status ARM's
		// validation answers InvalidTemplateDeployment with): known, not
		// allowed.
		{src: "https://github.com/Azure-Samples/azure-search-openai-demo/issues/599", name: "ARM 400 InvalidTemplateDeployment Authorization failed for template resource, no permission to write role assignments", status: 400,
			header: jsonCT(), body: `{"code":"InvalidTemplateDeployment","message":"The template deployment failed with error: 'Authorization failed for template resource 'f24506f9-8e57-5059-898e-86700306d8b2' of type 'Microsoft.Authorization/roleAssignments'. The client '6705b63d-4d74-4fe9-b096-291f7f12907c' with object id '6705b63d-4d74-4fe9-b096-291f7f12907c' does not have permission to perform action 'Microsoft.Authorization/roleAssignments/write' at scope '/subscriptions/71d6e437-0bc6-40e9-b79f-6bcdbf924d00/resourceGroups/rg-aes-process-automation/providers/Microsoft.Authorization/roleAssignments/f24506f9-8e57-5059-898e-86700306d8b2'.'."}`,
			cred: arm, method: "PUT", path: "/subscriptions/71d6e437-0bc6-40e9-b79f-6bcdbf924d00/resourcegroups/rg-aes-process-automation/providers/Microsoft.Resources/deployments/main?api-version=2022-09-01", want: PermissionDenied},
	}
}

// TestHeldoutRoundfamous5Late: see lateRoundfamous5Cases.
func TestHeldoutRoundfamous5Late(t *testing.T) {
	var passing, pending []provCase
	for _, c := range lateRoundfamous5Cases() {
		if c.name == lateRoundfamous5Pending {
			pending = append(pending, c)
		} else {
			passing = append(passing, c)
		}
	}
	if lateRoundfamous5Pending != "" && len(pending) != 1 {
		t.Fatalf("roundfamous5 late: the pending answer %q is not among the late answers", lateRoundfamous5Pending)
	}
	runProviderCases(t, "roundfamous5 late answers", passing)
	runPending(t, pending)
}

// lateRoundfamous5Pending: the late answer measured and left out of the
// passing table (see lateRoundfamous5Cases); none since missclass3.
const lateRoundfamous5Pending = ""

// lateRoundfamous5Passing: the late answers that pass (allProviderCases).
func lateRoundfamous5Passing() []provCase {
	var passing []provCase
	for _, c := range lateRoundfamous5Cases() {
		if c.name != lateRoundfamous5Pending {
			passing = append(passing, c)
		}
	}
	return passing
}
