package diagnose

import "time"

// cloudCases3: the cloud round's second part, measured on its own before
// any fix it led to (OVH, Scaleway, Hetzner, Vultr, Backblaze B2, Firebase,
// SQS).
func cloudCases3(jwt func(iss, aud string, exp time.Duration) string, sigV4 func(string) *Credential) []provCase {
	b2Expired := func(message string) string {
		return "{\n  \"code\": \"expired_auth_token\",\n  \"message\": \"" + message + "\",\n  \"status\": 401\n}"
	}
	return []provCase{
		// OVH answers 403 for a credential it does not know.
		{src: "https://github.com/ovh/php-ovh/issues/56", name: "OVH 403 INVALID_CREDENTIAL This credential is not valid", status: 403,
			header: jsonCT(), body: `{"errorCode":"INVALID_CREDENTIAL","httpCode":"403 Forbidden","message":"This credential is not valid"}`,
			cred: apiKey("OVH_CONSUMER_KEY", "MtSwSrPpNjqfVSmJhLbPyr2i45lSwPU1", "X-Ovh-Consumer", ""), path: "/1.0/me", want: CredentialRejected},
		{src: "https://github.com/ovh/php-ovh/issues/62", name: "OVH 400 INVALID_SIGNATURE", status: 400,
			header: jsonCT(), body: `{"errorCode":"INVALID_SIGNATURE","httpCode":"400 Bad Request","message":"Invalid signature"}`,
			cred: apiKey("OVH_SIGNATURE", "$1$e2bd7a2b8a7e4bd1f25d2a4c6ae0c4b7a3b6d5e1", "X-Ovh-Signature", ""), path: "/1.0/domain/zone", want: CredentialRejected},
		{src: "https://github.com/trailofbits/algo/issues/1122", name: "Scaleway 401 invalid_auth Authentication error", status: 401,
			header: map[string]string{"Content-Type": "application/json", "Server": "Tengine"}, body: `{"message": "Authentication error", "type": "invalid_auth"}`,
			cred: apiKey("SCW_SECRET_KEY", "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d", "X-Auth-Token", ""), path: "/servers", want: CredentialRejected},
		{src: "https://github.com/aszlig/hetzner/issues/50", name: "Hetzner Robot 401 UNAUTHORIZED", status: 401,
			header: jsonCT(), body: `{"error":{"status":401,"code":"UNAUTHORIZED","message":"Unauthorized"}}`,
			cred: basicCred("#ws+AbCdEfGh", "R0bot-Webservice-Pass"), path: "/server", want: CredentialRejected},
		{src: "https://github.com/sher/ansible-vultr/issues/6", name: "Vultr 403 Your IP is not authorized to use this API key", status: 403,
			header: map[string]string{"Content-Type": "text/html; charset=UTF-8", "Server": "nginx"}, body: "Your IP (203.0.113.7) is not authorized to use this API key",
			cred: apiKey("VULTR_API_KEY", "EXAMPLEKEY4Q2T7V5N8P3R6W9Z1B4D7F", "API-Key", ""), path: "/v1/server/list", want: IPRestricted},
		// B2 reads its token bare in Authorization (no scheme) or in an
		// Authorization query parameter; the code field alone may say why.
		{src: "https://github.com/falense/b2_fuse/issues/8", name: "Backblaze B2 401 expired_auth_token, scheme-less Authorization", status: 401,
			header: jsonCT(), body: b2Expired("Authorization token has expired"),
			cred: headerCred("Authorization", "B2_AUTH_TOKEN", "3_20160510072929_5c2daf8dd724a7e42cd1009b_b88d1324234243813534dfa81df3aaab10a0b74d_001_acct"), method: "POST", path: "/b2api/v1/b2_list_file_names", want: TokenExpired},
		{src: "https://github.com/Backblaze/B2_Command_Line_Tool/issues/582", name: "Backblaze B2 401 expired_auth_token with an empty message", status: 401,
			header: jsonCT(), body: b2Expired(""),
			cred: apiKey("B2_DOWNLOAD_AUTH", "3_20190620084402_8d1f4a2b6c9e0d3f5a7b9c1e_001_20190627051402_0000_dnld", "", "Authorization"), path: "/file/backups/report.csv", want: TokenExpired},
		// Security rules refuse the signed-in user; the body in full as firebase-ruby#69 shows it.
		{src: "https://github.com/step-up-labs/firebase-authentication-dotnet/issues/48", name: "Firebase Realtime Database 401 Permission denied for a signed-in user", status: 401,
			header: map[string]string{"Content-Type": "application/json; charset=utf-8", "Server": "nginx", "Cache-Control": "no-cache", "Access-Control-Allow-Origin": "*"},
			body:   "{\n  \"error\" : \"Permission denied\"\n}\n",
			cred:   apiKey("FIREBASE_ID_TOKEN", jwt("https://securetoken.google.com/settle-up-live", "settle-up-live", time.Hour), "", "auth"), path: "/groups/.json", want: PermissionDenied},
		// Three gateway answers gathered after the fixes, run once unchanged.
		{src: "https://github.com/Kong/kong/issues/3522", name: "Kong ACL 403 You cannot consume this service", status: 403,
			header: jsonCT(), body: `{"message":"You cannot consume this service"}`,
			cred: apiKey("KONG_KEY", "abc123-7f3e9c2a5b8d", "", "apikey"), path: "/", want: PermissionDenied},
		{src: "https://github.com/apache/apisix/issues/910", name: "APISIX key-auth 401 Missing API key found in request, nothing sent", status: 401,
			header: jsonCT(), body: `{"message":"Missing API key found in request"}`, method: "POST", path: "/smartcloud/v1.1.5/devicemanager/deviceinfo/list", want: NoCredentialsSent},
		{src: "https://github.com/envoyproxy/envoy/issues/23830", name: "Envoy RBAC 403 RBAC: access denied", status: 403,
			body: "RBAC: access denied",
			cred: bearer("MESH_TOKEN", jwt("https://issuer.mesh.example", "orders", time.Hour)), path: "/orders", want: PermissionDenied},
		// Status as the same error shows in bbc/sqs-consumer#225 and jeremydaly/serverless-cloudside-plugin#5.
		{src: "https://github.com/DanielDaCosta/apiGateway-sqs-lambda/issues/1", name: "SQS 403 AccessDenied Access to the resource is denied", status: 403,
			header: map[string]string{"Content-Type": "text/xml"},
			body:   `<?xml version="1.0"?><ErrorResponse xmlns="http://queue.amazonaws.com/doc/2009-02-01/"><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>Access to the resource https://sqs.us-east-2.amazonaws.com/apigateway-queue is denied.</Message><Detail/></Error><RequestId>9c786746-e3ce-51b2-92d5-3099f3bf49b6</RequestId></ErrorResponse>`,
			cred:   sigV4("sqs"), method: "POST", path: "/123456789012/apigateway-queue", want: PermissionDenied},
	}
}
