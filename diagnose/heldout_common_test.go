package diagnose

import "time"

// commonProviderCases: a fifth held-out round on the providers a user is
// most likely to test (payment, chat, identity, cloud), in answer forms
// (other error codes, other shapes) the earlier rounds did not hold.
func commonProviderCases() []provCase {
	discord := headerCred("Authorization", "DISCORD_TOKEN", "Bot MTk4NjIyNDgzNDcxOTI1MjQ4.Cl2FMQ.ZnCjm1XVW7vRze4b7Cq4se7kKWs")
	google := bearer("GOOGLE_TOKEN", "ya29.a0AfB_byC4rZ8Qm2LkT9wXy7NbV3cD1fG4hJ6kL8mN0pQrS2tUvWxYz")
	sigV4 := headerCred("Authorization", "AWS_SIGV4", "AWS4-HMAC-SHA256 Credential=AKIA4R37VMPCEXAMPLE/20240101/us-east-1/sts/aws4_request, SignedHeaders=host;x-amz-date, Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7")
	mailgun := basicCred("api", "key-3f2e1d0c9b8a7f6e5d4c3b2a1f0e9d8c")
	mailchimp := basicCred("anystring", "3f2e1d0c9b8a7f6e5d4c3b2a1f0e9d8c-us21")
	return []provCase{
		{src: "https://docs.stripe.com/error-codes#api-key-expired", name: "Stripe 401 api_key_expired (a key is rotated, not refreshed)", status: 401,
			header: jsonCT(), body: `{"error":{"code":"api_key_expired","doc_url":"https://stripe.com/docs/error-codes/api-key-expired","message":"Expired API Key provided: sk_live_*********************8YwP4s","type":"invalid_request_error"}}`,
			cred: bearer("STRIPE_SECRET_KEY", "sk_live_51HaZ3xKq9Lm2Vb7NcRt8YwP4s"), env: "production", path: "/v1/charges", want: CredentialRejected},
		{src: "https://developer.paypal.com/api/rest/responses/#link-authenticationerrors", name: "PayPal 401 AUTHENTICATION_FAILURE", status: 401,
			header: jsonCT(), body: `{"name":"AUTHENTICATION_FAILURE","message":"Authentication failed due to invalid authentication credentials or a missing Authorization header.","links":[{"href":"https://developer.paypal.com/docs/api/overview/#error","rel":"information_link"}]}`,
			cred: bearer("PAYPAL_ACCESS_TOKEN", "A21AAKq9Lm2Vb7NcRt8YwP4sWq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g"), path: "/v2/checkout/orders", want: CredentialRejected},
		{src: "https://developer.squareup.com/reference/square/enums/ErrorCode", name: "Square 401 ACCESS_TOKEN_REVOKED", status: 401,
			header: jsonCT(), body: `{"errors":[{"category":"AUTHENTICATION_ERROR","code":"ACCESS_TOKEN_REVOKED","detail":"This access token has been revoked."}]}`,
			cred: bearer("SQUARE_ACCESS_TOKEN", "EAAAEWq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9j0kLmN0pQrS7tUvXy"), path: "/v2/payments", want: CredentialRejected},
		{src: "https://discord.com/developers/docs/topics/opcodes-and-status-codes#json-json-error-codes", name: "Discord 403 Missing Permissions 50013", status: 403,
			header: jsonCT(), body: `{"message": "Missing Permissions", "code": 50013}`, cred: discord, method: "PUT", path: "/api/v10/guilds/81384788765712384/members/53908232506183680/roles/41771983423143936", want: PermissionDenied},
		{src: "https://community.auth0.com/t/expired-token-received-for-json-web-token-validation/", name: "Auth0 401 Expired token received for JSON Web Token validation", status: 401,
			header: jsonCT(), body: `{"statusCode":401,"error":"Unauthorized","message":"Expired token received for JSON Web Token validation","attributes":{"error":"Expired token received for JSON Web Token validation"}}`,
			cred: bearer("AUTH0_MGMT_TOKEN", makeJWT(map[string]any{"iss": "https://acme.eu.auth0.com/", "aud": "https://acme.eu.auth0.com/api/v2/", "sub": "svc@clients", "exp": time.Now().Add(-2 * time.Hour).Unix()})), path: "/api/v2/users", want: JWTExpired},
		{src: "https://www.keycloak.org/docs/latest/server_admin/#_oidc", name: "Keycloak 401 invalid_grant Invalid user credentials", status: 401,
			header: jsonCT(), body: `{"error":"invalid_grant","error_description":"Invalid user credentials"}`,
			cred: basicCred("ci-user", "Wq8ZbV3kLmN0pQrS"), method: "POST", path: "/realms/acme/protocol/openid-connect/token", want: CredentialRejected},
		{src: "https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_roles.html", name: "AWS STS 403 not authorized to perform sts:AssumeRole", status: 403,
			header: map[string]string{"Content-Type": "text/xml"}, body: "<ErrorResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">\n  <Error>\n    <Type>Sender</Type>\n    <Code>AccessDenied</Code>\n    <Message>User: arn:aws:iam::123456789012:user/ci is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::123456789012:role/deploy</Message>\n  </Error>\n  <RequestId>c6104cbe-af31-11e0-8154-cbc7ccf896c7</RequestId>\n</ErrorResponse>\n",
			cred: sigV4, method: "POST", path: "/", want: PermissionDenied},
		{src: "https://repost.aws/knowledge-center/api-gateway-troubleshoot-403-forbidden", name: "API Gateway 403 execute-api:Invoke with an explicit deny", status: 403,
			header: jsonCT("x-amzn-ErrorType", "AccessDeniedException"), body: `{"Message":"User: arn:aws:sts::123456789012:assumed-role/ci/session is not authorized to perform: execute-api:Invoke on resource: arn:aws:execute-api:us-east-1:********6789:a1b2c3d4e5/prod/GET/orders with an explicit deny"}`,
			cred: sigV4, path: "/prod/orders", want: PermissionDenied},
		{src: "https://learn.microsoft.com/en-us/troubleshoot/azure/azure-storage/blobs/authentication/storage-troubleshoot-403-errors", name: "Azure Blob 403 AuthorizationPermissionMismatch", status: 403,
			header: map[string]string{"Content-Type": "application/xml", "x-ms-error-code": "AuthorizationPermissionMismatch", "Server": "Windows-Azure-Blob/1.0 Microsoft-HTTPAPI/2.0"},
			body:   "\ufeff<?xml version=\"1.0\" encoding=\"utf-8\"?><Error><Code>AuthorizationPermissionMismatch</Code><Message>This request is not authorized to perform this operation using this permission.\nRequestId:5d4d9a3c-601e-0045-2f6b-8f5a2c000000\nTime:2024-03-01T10:12:43.1234567Z</Message></Error>",
			cred:   bearer("AZURE_TOKEN", "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.opaque-Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g"), path: "/container/report.csv", want: PermissionDenied},
		{src: "https://learn.microsoft.com/en-us/answers/questions/1193484/missing-role-permissions-on-the-request", name: "Microsoft Graph 403 Missing role permissions, requires one of", status: 403,
			header: jsonCT(), body: `{"error":{"code":"Forbidden","message":"Missing role permissions on the request. API requires one of 'ChannelMessage.Read.All, Group.Read.All, Group.ReadWrite.All'. Roles on the request 'User.Read.All'.","innerError":{"date":"2024-03-01T10:12:43","request-id":"0b7d9f1c-3a2e-4c5d-8e6f-7a8b9c0d1e2f","client-request-id":"0b7d9f1c-3a2e-4c5d-8e6f-7a8b9c0d1e2f"}}}`,
			cred: opaqueToken(), path: "/v1.0/teams/a1b2/channels/19:abc/messages", want: ServerInsufficientScope},
		{src: "https://cloud.google.com/docs/authentication/troubleshoot-adc", name: "Google 401 UNAUTHENTICATED reason ACCESS_TOKEN_EXPIRED", status: 401,
			header: jsonCT("WWW-Authenticate", `Bearer realm="https://accounts.google.com/", error="invalid_token"`), body: `{"error":{"code":401,"message":"Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.","status":"UNAUTHENTICATED","details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"ACCESS_TOKEN_EXPIRED","domain":"googleapis.com","metadata":{"service":"drive.googleapis.com","method":"google.apps.drive.v3.DriveFiles.List"}}]}}`,
			cred: google, path: "/drive/v3/files", want: TokenExpired},
		{src: "https://developers.hubspot.com/docs/api/usage-details#rate-limits", name: "HubSpot 429 ten_secondly_rolling limit", status: 429,
			header: jsonCT(), body: `{"status":"error","message":"You have reached your ten_secondly_rolling limit.","errorType":"RATE_LIMIT","correlationId":"c033cdaa-2c40-4a64-ae48-b4cec88dad24","policyName":"TEN_SECONDLY_ROLLING","requestId":"3d3e35b7-0dae-4b9f-a6e3-9c230cbcf8dd"}`,
			cred: bearer("HUBSPOT_TOKEN", "pat-na1-0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d"), path: "/crm/v3/objects/contacts", want: RateLimited},
		{src: "https://developer.okta.com/docs/guides/implement-oauth-for-okta/main/#scopes-and-supported-endpoints", name: "Okta 403 insufficient_scope challenge, empty body", status: 403,
			header: map[string]string{"WWW-Authenticate": `Bearer authorization_uri="https://acme.okta.com/oauth2/v1/authorize", realm="IdpMyAccountAPI", scope="okta.users.read", error="insufficient_scope", error_description="The access token provided does not contain the required scopes.", resource="/api/v1/users"`},
			cred:   bearer("OKTA_TOKEN", "eyJraWQiOiJXcThaYlYzayIsImFsZyI6IlJTMjU2In0.opaque.Wq8ZbV3kLmN0pQrS7tUv"), path: "/api/v1/users", want: ServerInsufficientScope},
		// Mail, CRM token endpoints, chat bots, object storage.
		{src: "https://github.com/mailgun/mailgun.js/issues/227", name: "Mailgun 401 Invalid private key", status: 401,
			header: jsonCT(), body: `{"message":"Invalid private key"}`, cred: mailgun, path: "/v4/address/validate", want: CredentialRejected},
		{src: "https://github.com/mailgun/mailgun.js/issues/393", name: "Mailgun 401 with a bare Forbidden body", status: 401,
			header: map[string]string{"Content-Type": "text/plain; charset=utf-8"}, body: "Forbidden", cred: mailgun, method: "POST", path: "/v3/mg.example.com/messages", want: CredentialRejected},
		{src: "https://github.com/hitobito/hitobito/issues/3712", name: "Mailchimp 403 User Disabled, account deactivated", status: 403,
			header: map[string]string{"Content-Type": "application/problem+json; charset=utf-8"}, body: `{"type":"https://mailchimp.com/developer/marketing/docs/errors/","title":"User Disabled","status":403,"detail":"This account has been deactivated.","instance":"5d4d9a3c-601e-0045-2f6b-8f5a2c1b0e7d"}`,
			cred: mailchimp, path: "/3.0/lists", want: CredentialRejected},
		{src: "https://github.com/brandonseydel/MailChimp.Net/issues/634", name: "Mailchimp 403 user does not have access to the requested operation", status: 403,
			header: map[string]string{"Content-Type": "application/problem+json; charset=utf-8"}, body: `{"type":"https://mailchimp.com/developer/marketing/docs/errors/","title":"Forbidden","status":403,"detail":"User does not have access to the requested operation","instance":"5d4d9a3c-601e-0045-2f6b-8f5a2c1b0e7d"}`,
			cred: mailchimp, method: "POST", path: "/3.0/lists", want: PermissionDenied},
		{src: "https://github.com/omniphx/forrest/issues/364", name: "Salesforce token 400 invalid_grant authentication failure", status: 400,
			header: jsonCT(), body: `{"error":"invalid_grant","error_description":"authentication failure"}`,
			cred: basicCred("3MVG9Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g", "Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9j0"), method: "POST", path: "/services/oauth2/token", want: CredentialRejected},
		{src: "https://github.com/microsoft/botframework-sdk/issues/6000", name: "Bot Framework 401 Authorization has been denied for this request", status: 401,
			header: jsonCT(), body: "{\n    \"message\": \"Authorization has been denied for this request.\"\n}", cred: opaqueToken(), method: "POST", path: "/apis/v3/conversations/a1b2/activities/c3d4", want: CredentialRejected},
		{src: "https://github.com/s3tools/s3cmd/issues/297", name: "S3 400 InvalidToken malformed or otherwise invalid", status: 400,
			header: map[string]string{"Content-Type": "application/xml", "Server": "AmazonS3"}, body: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>InvalidToken</Code><Message>The provided token is malformed or otherwise invalid.</Message><RequestId>6FD6FD119D9C816C</RequestId><HostId>xFrE98R4i4nagXH35KlRKbc0qnqSA3voMemHJ5xN92ehP3w7QZeqsQ9O94iJhGdeBOmz0S5aS9A=</HostId></Error>",
			cred: sigV4, path: "/reports/2024.csv", want: CredentialRejected},
		{src: "https://cloud.google.com/run/docs/troubleshooting#unauthorized-client", name: "Cloud Run 403 Google Frontend page, caller lacks run.invoker", status: 403,
			header: map[string]string{"Content-Type": "text/html; charset=UTF-8", "Server": "Google Frontend"},
			body:   "\n<html><head>\n<meta http-equiv=\"content-type\" content=\"text/html;charset=utf-8\">\n<title>403 Forbidden</title>\n</head>\n<body text=#000000 bgcolor=#ffffff>\n<h1>Error: Forbidden</h1>\n<h2>Your client does not have permission to get URL <code>/orders</code> from this server.</h2>\n<h2></h2>\n</body></html>\n",
			cred:   bearer("ID_TOKEN", makeJWT(map[string]any{"iss": "https://accounts.google.com", "aud": "https://orders-abc123-uc.a.run.app", "sub": "1234567890", "exp": time.Now().Add(time.Hour).Unix()})), path: "/orders", want: PermissionDenied},
		{src: "https://cloud.google.com/apigee/docs/api-platform/reference/policies/oauthv2-policy#runtime-errors", name: "Apigee 403 steps.oauth.v2.InsufficientScope, Required scope(s)", status: 403,
			header: jsonCT(), body: `{"fault":{"faultstring":"Required scope(s) : orders.write","detail":{"errorcode":"steps.oauth.v2.InsufficientScope"}}}`,
			cred: opaqueToken(), method: "POST", path: "/v1/orders", want: ServerInsufficientScope},
	}
}
