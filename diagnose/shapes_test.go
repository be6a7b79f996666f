package diagnose

import "testing"

// TestAnswerShapes: refusals in the shapes providers, gateways and
// frameworks document (Square, Shopify, Zendesk, Okta, Azure Storage,
// GCP, API Gateway, Kong, Apigee, Envoy, OpenAI, PayPal, Dropbox, Zoom,
// Jira, Consul, Jenkins, Django REST framework, FastAPI, express-jwt,
// Google Maps, Elasticsearch, Vault, WordPress, GraphQL …), written
// from their documentation rather than copied byte for byte: the sourced,
// byte-for-byte cases are providerCorpus. Each must put its cause first.
func TestAnswerShapes(t *testing.T) {
	tok := bearer("API_TOKEN", "opq_7Hd92kLmQ4pXrT")
	key := apiKey("API_KEY", "key_9f8e7d6c5b4a3210", "X-API-Key", "")
	cases := []struct {
		name   string
		status int
		header map[string]string
		body   string
		cred   *Credential
		want   string
	}{
		{"slack token_revoked", 200, nil, `{"ok":false,"error":"token_revoked"}`, tok, CredentialRejected},
		{"slack account_inactive", 200, nil, `{"ok":false,"error":"account_inactive"}`, tok, CredentialRejected},
		{"gh pat not accessible", 403, nil, `{"message":"Resource not accessible by personal access token","documentation_url":"https://docs.github.com/rest","status":"403"}`, tok, PermissionDenied},
		{"gh requires auth", 401, nil, `{"message":"Requires authentication","documentation_url":"https://docs.github.com/rest"}`, key, CredentialInWrongPlace},
		{"square unauthorized", 401, nil, `{"errors":[{"category":"AUTHENTICATION_ERROR","code":"UNAUTHORIZED","detail":"This request could not be authorized."}]}`, tok, CredentialRejected},
		{"square expired", 401, nil, `{"errors":[{"category":"AUTHENTICATION_ERROR","code":"ACCESS_TOKEN_EXPIRED","detail":"The access token has expired."}]}`, tok, TokenExpired},
		{"square scopes", 403, nil, `{"errors":[{"category":"AUTHENTICATION_ERROR","code":"INSUFFICIENT_SCOPES","detail":"The merchant has not given your application sufficient permissions to do that. The application must request the following scopes: PAYMENTS_WRITE"}]}`, tok, ServerInsufficientScope},
		{"shopify invalid", 401, nil, `{"errors":"[API] Invalid API key or access token (unrecognized login or wrong password)"}`, headerCred("X-Shopify-Access-Token", "T", "shpat_abcdef0123456789"), CredentialRejected},
		{"shopify scope", 403, nil, `{"errors":"[API] This action requires merchant approval for write_products scope."}`, headerCred("X-Shopify-Access-Token", "T", "shpat_abcdef0123456789"), ServerInsufficientScope},
		{"zendesk 401", 401, nil, `{"error":"Couldn't authenticate you"}`, basicCred("me@example.com/token", "zdtok_abcdef0123"), CredentialRejected},
		{"zendesk 403", 403, nil, `{"error":"Forbidden","description":"You do not have access to this page. Please contact the account owner of this help desk for further help."}`, tok, PermissionDenied},
		{"intercom 401", 401, nil, `{"type":"error.list","request_id":"000on04dld2tovn1vlu0","errors":[{"code":"token_unauthorized","message":"Not authorized to access resource"}]}`, tok, CredentialRejected},
		{"okta 403", 403, nil, `{"errorCode":"E0000006","errorSummary":"You do not have permission to perform the requested action","errorLink":"E0000006","errorId":"oaeXXX","errorCauses":[]}`, headerCred("Authorization", "OKTA", "SSWS 00QCjAl4MlV-WPXM-ABCDEFGHIJ"), PermissionDenied},
		{"azure storage authfailed", 403, map[string]string{"Content-Type": "application/xml"}, `<?xml version="1.0" encoding="utf-8"?><Error><Code>AuthenticationFailed</Code><Message>Server failed to authenticate the request. Make sure the value of Authorization header is formed correctly including the signature.
RequestId:a1b2c3d4-0001-0002-0003-000000000000
Time:2024-01-01T00:00:00.0000000Z</Message><AuthenticationErrorDetail>The MAC signature found in the HTTP request 'abc' is not the same as any computed signature.</AuthenticationErrorDetail></Error>`, headerCred("Authorization", "AZ", "SharedKey acct:abcdefghijklmnop="), CredentialRejected},
		{"azure sas expired", 403, map[string]string{"Content-Type": "application/xml"}, `<?xml version="1.0" encoding="utf-8"?><Error><Code>AuthenticationFailed</Code><Message>Server failed to authenticate the request. Make sure the value of Authorization header is formed correctly including the signature.</Message><AuthenticationErrorDetail>Signature not valid in the specified time frame: Start [Mon, 01 Jan 2024 00:00:00 GMT] - Expiry [Mon, 01 Jan 2024 01:00:00 GMT] - Current [Tue, 02 Jan 2024 00:00:00 GMT]</AuthenticationErrorDetail></Error>`, apiKey("SAS", "sv=2021&sig=abcdefghij", "", "sig"), TokenExpired},
		{"gcp perm", 403, nil, `{"error":{"code":403,"message":"The caller does not have permission","status":"PERMISSION_DENIED"}}`, tok, PermissionDenied},
		{"gcp unauth", 401, map[string]string{"WWW-Authenticate": `Bearer realm="https://accounts.google.com/"`}, `{"error":{"code":401,"message":"Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.","status":"UNAUTHENTICATED"}}`, tok, CredentialRejected},
		{"apigw sigv4 parse of bearer", 403, map[string]string{"x-amzn-ErrorType": "IncompleteSignatureException"}, `{"message":"Invalid key=value pair (missing equal-sign) in Authorization header (hashed with SHA-256 and encoded with Base64): 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG='."}`, tok, EndpointNotFound},
		{"apigw authorizer 401", 401, nil, `{"message":"Unauthorized"}`, tok, CredentialRejected},
		{"kong acl", 403, nil, `{"message":"You cannot consume this service"}`, key, PermissionDenied},
		{"kong jwt exp", 401, nil, `{"exp":"token expired"}`, tok, TokenExpired},
		{"apigee invalid access token", 401, nil, `{"fault":{"faultstring":"Invalid access token","detail":{"errorcode":"oauth.v2.InvalidAccessToken"}}}`, tok, CredentialRejected},
		{"apigee failed to resolve", 401, nil, `{"fault":{"faultstring":"Failed to resolve API Key variable request.queryparam.apikey","detail":{"errorcode":"steps.oauth.v2.FailedToResolveAPIKey"}}}`, key, CredentialInWrongPlace},
		{"apigee token expired", 401, nil, `{"fault":{"faultstring":"Access Token expired","detail":{"errorcode":"keymanagement.service.access_token_expired"}}}`, tok, TokenExpired},
		{"cloudflare 10000", 403, nil, `{"success":false,"errors":[{"code":10000,"message":"Authentication error"}],"messages":[],"result":null}`, tok, CredentialRejected},
		{"alb waf", 403, map[string]string{"Content-Type": "text/html", "Server": "awselb/2.0"}, "<html>\r\n<head><title>403 Forbidden</title></head>\r\n<body>\r\n<center><h1>403 Forbidden</h1></center>\r\n</body>\r\n</html>\r\n", tok, BlockedByProxy},
		{"envoy rbac", 403, map[string]string{"Content-Type": "text/plain", "Server": "envoy"}, `RBAC: access denied`, tok, PermissionDenied},
		{"envoy jwt expired", 401, map[string]string{"Content-Type": "text/plain", "WWW-Authenticate": `Bearer realm="http://x/", error="invalid_token"`}, `Jwt is expired`, tok, TokenExpired},
		{"envoy jwt missing", 401, map[string]string{"Content-Type": "text/plain"}, `Jwt is missing`, key, CredentialInWrongPlace},
		{"openai no key", 401, nil, `{"error":{"message":"You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY), or as the password field (with blank username) if you're accessing the API from your browser and are prompted for a username and password. You can obtain an API key from https://platform.openai.com/account/api-keys.","type":"invalid_request_error","param":null,"code":null}}`, key, CredentialInWrongPlace},
		{"openai bad key", 401, nil, `{"error":{"message":"Incorrect API key provided: sk-proj-****abcd. You can find your API key at https://platform.openai.com/account/api-keys.","type":"invalid_request_error","param":null,"code":"invalid_api_key"}}`, tok, CredentialRejected},
		{"paypal perm", 403, nil, `{"name":"NOT_AUTHORIZED","message":"Authorization failed due to insufficient permissions.","debug_id":"abc123","details":[{"issue":"PERMISSION_DENIED","description":"You do not have permission to access or perform operations on this resource."}]}`, tok, PermissionDenied},
		{"dropbox expired", 401, nil, `{"error_summary": "expired_access_token/", "error": {".tag": "expired_access_token"}}`, tok, TokenExpired},
		{"dropbox invalid", 401, nil, `{"error_summary": "invalid_access_token/", "error": {".tag": "invalid_access_token"}}`, tok, CredentialRejected},
		{"dropbox malformed 400", 400, map[string]string{"Content-Type": "text/plain"}, `Error in call to API function "files/list_folder": The given OAuth 2 access token is malformed.`, tok, CredentialRejected},
		// An RFC 6749 error code that says nothing of the credential
		// (invalid_request) must not silence the words next to it.
		{"invalid_request 400 about the token", 400, nil, `{"error":"invalid_request","error_description":"The access token is invalid"}`, tok, CredentialRejected},
		{"invalid_request 400 about the key", 400, nil, `{"error":"invalid_request","error_description":"Invalid API key provided"}`, key, CredentialRejected},
		{"zoom invalid", 401, nil, `{"code":124,"message":"Invalid access token."}`, tok, CredentialRejected},
		{"zoom expired", 401, nil, `{"code":124,"message":"Access token is expired."}`, tok, TokenExpired},
		{"jira 404", 404, nil, `{"errorMessages":["Issue does not exist or you do not have permission to see it."],"errors":{}}`, basicCred("me@example.com", "ATATT3xFfGF0abcdef"), NotFoundHidesPermission},
		{"jira xsrf", 403, nil, `XSRF check failed`, basicCred("me@example.com", "ATATT3xFfGF0abcdef"), RequiredHeaderMissing},
		{"consul acl not found", 403, map[string]string{"Content-Type": "text/plain"}, `ACL not found`, headerCred("X-Consul-Token", "CT", "b1gs33cr3t-0000-1111"), CredentialRejected},
		{"jenkins crumb", 403, map[string]string{"Content-Type": "text/html"}, `<html><head><title>Error 403 No valid crumb was included in the request</title></head><body><h2>HTTP ERROR 403 No valid crumb was included in the request</h2></body></html>`, basicCred("admin", "11abcdef0123456789"), RequiredHeaderMissing},
		{"drf not provided", 401, map[string]string{"WWW-Authenticate": "Token"}, `{"detail":"Authentication credentials were not provided."}`, tok, SchemeMismatch},
		{"drf not provided header", 401, nil, `{"detail":"Authentication credentials were not provided."}`, key, CredentialInWrongPlace},
		{"fastapi not authenticated", 401, map[string]string{"WWW-Authenticate": "Bearer"}, `{"detail":"Not authenticated"}`, key, SchemeMismatch},
		{"express-jwt", 401, nil, `{"message":"No authorization token was found"}`, key, CredentialInWrongPlace},
		{"maps not authorized", 200, nil, `{"error_message":"This API key is not authorized to use this service or API.","results":[],"status":"REQUEST_DENIED"}`, apiKey("MAPS_KEY", "AIzaSyB-1a2b3c4d5e6f7g8h9i0jKlMnOpQrStU", "", "key"), PermissionDenied},
		{"maps invalid", 200, nil, `{"error_message":"The provided API key is invalid. ","results":[],"status":"REQUEST_DENIED"}`, apiKey("MAPS_KEY", "AIzaSyB-1a2b3c4d5e6f7g8h9i0jKlMnOpQrStU", "", "key"), CredentialRejected},
		{"azure cog", 401, nil, `{"error":{"code":"401","message":"Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource."}}`, apiKey("K", "0123456789abcdef0123456789abcdef", "Ocp-Apim-Subscription-Key", ""), CredentialRejected},
		{"es 401", 401, map[string]string{"WWW-Authenticate": `Basic realm="security" charset="UTF-8"`}, `{"error":{"root_cause":[{"type":"security_exception","reason":"unable to authenticate user [elastic] for REST request [/_search]","header":{"WWW-Authenticate":["Basic realm=\"security\" charset=\"UTF-8\"","ApiKey"]}}],"type":"security_exception","reason":"unable to authenticate user [elastic] for REST request [/_search]"},"status":401}`, basicCred("elastic", "changeme-not-1234"), CredentialRejected},
		{"es 403", 403, nil, `{"error":{"root_cause":[{"type":"security_exception","reason":"action [indices:data/read/search] is unauthorized for user [reader] with effective roles [viewer] on indices [logs], this action is granted by the index privileges [read,all]"}],"type":"security_exception","reason":"action [indices:data/read/search] is unauthorized for user [reader] with effective roles [viewer] on indices [logs], this action is granted by the index privileges [read,all]"},"status":403}`, basicCred("reader", "r3ader-Pa55"), PermissionDenied},
		{"twitter v1 89", 401, nil, `{"errors":[{"code":89,"message":"Invalid or expired token."}]}`, tok, CredentialRejected},
		{"vault 403", 403, nil, `{"errors":["permission denied"]}`, headerCred("X-Vault-Token", "VT", "hvs.CAESIabcdef0123456789"), PermissionDenied},
		{"discord missing access", 403, nil, `{"message": "Missing Access", "code": 50001}`, headerCred("Authorization", "DT", "Bot MTk4NjIyNDgzNDcxOTI1MjQ4.Cl2FMQ.ZnCjm1XVW7vRze4b7Cq4se7kKWs"), PermissionDenied},
		{"wordpress not logged in", 401, nil, `{"code":"rest_not_logged_in","message":"You are not currently logged in.","data":{"status":401}}`, basicCred("admin", "abcd efgh ijkl mnop"), CredentialInWrongPlace},
		{"heroku", 401, nil, `{"id":"unauthorized","message":"Invalid credentials provided."}`, tok, CredentialRejected},
		{"pagerduty", 401, nil, `{"error":{"message":"Authentication Required","code":2006}}`, headerCred("Authorization", "PD", "Token token=y_NbAkKc66ryYTWUXYEu"), CredentialRejected},
		{"sendgrid 403 scopes", 403, nil, `{"errors":[{"field":null,"message":"access forbidden"}]}`, tok, PermissionDenied},
		{"mailgun 401", 401, map[string]string{"Content-Type": "text/plain"}, `Forbidden`, basicCred("api", "key-3ax6xnjp29jd6fds4gc373sgvjxteol0"), CredentialRejected},
		{"linear", 400, nil, `{"errors":[{"message":"Authentication required, not authenticated","extensions":{"type":"authentication error","code":"AUTHENTICATION_ERROR","userPresentableMessage":"You need to authenticate to access this operation."}}]}`, tok, CredentialRejected},
		{"graphql 200 unauth", 200, nil, `{"errors":[{"message":"This endpoint requires you to be authenticated.","extensions":{"code":"UNAUTHENTICATED"}}],"data":null}`, tok, CredentialRejected},
		{"google unregistered callers", 403, nil, `{"error":{"code":403,"message":"Method doesn't allow unregistered callers (callers without established identity). Please use API Key or other form of API consumer identity to call this API.","status":"PERMISSION_DENIED"}}`, headerCred("X-Goog-Api-Key-Typo", "K", "AIzaSyB-1a2b3c4d5e6f7g8h9i0jKlMnOpQrStU"), CredentialInWrongPlace},
		{"google ip restriction", 403, nil, `{"error":{"code":403,"message":"The provided API key has an IP address restriction. The originating IP address of the call (203.0.113.7) violates this restriction.","status":"PERMISSION_DENIED"}}`, apiKey("K", "AIzaSyB-1a2b3c4d5e6f7g8h9i0jKlMnOpQrStU", "", "key"), IPRestricted},
		{"google android app blocked", 403, nil, `{"error":{"code":403,"message":"Requests from this Android client application <empty> are blocked.","status":"PERMISSION_DENIED"}}`, apiKey("K", "AIzaSyB-1a2b3c4d5e6f7g8h9i0jKlMnOpQrStU", "", "key"), ReferrerRestricted},
		{"azure arm expired", 401, nil, `{"error":{"code":"ExpiredAuthenticationToken","message":"The access token expiry UTC time '1/1/2024 1:00:00 AM' is earlier than current UTC time '1/1/2024 2:00:00 AM'."}}`, tok, TokenExpired},
		{"azure arm authorization failed", 403, nil, `{"error":{"code":"AuthorizationFailed","message":"The client 'a1b2' with object id 'a1b2' does not have authorization to perform action 'Microsoft.Resources/subscriptions/resourcegroups/read' over scope '/subscriptions/0000' or the scope is invalid. If access was recently granted, please refresh your credentials."}}`, tok, PermissionDenied},
		{"s3 invalid access key id", 403, map[string]string{"Content-Type": "application/xml"}, `<?xml version="1.0" encoding="UTF-8"?><Error><Code>InvalidAccessKeyId</Code><Message>The AWS Access Key Id you provided does not exist in our records.</Message><AWSAccessKeyId>AKIAEXAMPLE0000</AWSAccessKeyId></Error>`, headerCred("Authorization", "SIG", "AWS4-HMAC-SHA256 Credential=AKIAEXAMPLE0000/20240101/us-east-1/s3/aws4_request, SignedHeaders=host, Signature=abcdef0123456789"), CredentialRejected},
		{"s3 access denied", 403, map[string]string{"Content-Type": "application/xml"}, `<?xml version="1.0" encoding="UTF-8"?><Error><Code>AccessDenied</Code><Message>Access Denied</Message><RequestId>ABC</RequestId></Error>`, headerCred("Authorization", "SIG", "AWS4-HMAC-SHA256 Credential=AKIAEXAMPLE0000/20240101/us-east-1/s3/aws4_request, SignedHeaders=host, Signature=abcdef0123456789"), PermissionDenied},
		{"presigned url expired", 403, map[string]string{"Content-Type": "application/xml"}, `<?xml version="1.0" encoding="UTF-8"?><Error><Code>AccessDenied</Code><Message>Request has expired</Message><X-Amz-Expires>3600</X-Amz-Expires></Error>`, apiKey("SIG", "abcdef0123456789abcdef", "", "X-Amz-Signature"), TokenExpired},
		{"akamai signature", 401, nil, `{"type":"https://problems.luna.akamaiapis.net/-/pep-authn/deny","title":"Not authorized","status":401,"detail":"The signature does not match","instance":"https://akab-x.luna.akamaiapis.net/ccu/v3/invalidate/url"}`, headerCred("Authorization", "EG", "EG1-HMAC-SHA256 client_token=akab-x;access_token=akab-y;timestamp=20240101T00:00:00+0000;nonce=n;signature=abc="), CredentialRejected},
		{"auth0 bad audience", 401, nil, `{"statusCode":401,"error":"Unauthorized","message":"Bad audience: https://api.example.com","attributes":{"error":"Bad audience: https://api.example.com"}}`, tok, JWTWrongAudience},
		{"tyk key expired", 403, nil, `{"error": "Key has expired, please renew"}`, key, CredentialRejected},
		{"apim quota", 403, nil, `{ "statusCode": 403, "message": "Out of call volume quota. Quota will be replenished in 00:00:59." }`, apiKey("K", "0123456789abcdef0123456789abcdef", "Ocp-Apim-Subscription-Key", ""), RateLimited},
		{"iis 403 page", 403, map[string]string{"Content-Type": "text/html", "Server": "Microsoft-IIS/10.0"}, `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd"><html><head><title>403 - Forbidden: Access is denied.</title></head><body><div id="header"><h1>Server Error</h1></div><div id="content"><fieldset><h2>403 - Forbidden: Access is denied.</h2><h3>You do not have permission to view this directory or page using the credentials that you supplied.</h3></fieldset></div></body></html>`, tok, PermissionDenied},
		{"tomcat 403 page", 403, map[string]string{"Content-Type": "text/html;charset=utf-8"}, `<!doctype html><html lang="en"><head><title>HTTP Status 403 – Forbidden</title></head><body><h1>HTTP Status 403 – Forbidden</h1><hr class="line" /><p><b>Type</b> Status Report</p><p><b>Description</b> The server understood the request but refuses to authorize it.</p><hr class="line" /><h3>Apache Tomcat/9.0.71</h3></body></html>`, tok, PermissionDenied},
		{"azure front door waf", 403, map[string]string{"Content-Type": "text/html", "X-Azure-Ref": "0abc"}, `<!DOCTYPE html><html><head><title>Azure WAF</title></head><body><h2>The request is blocked.</h2><p>0abcdef</p></body></html>`, tok, BlockedByProxy},
		{"pypi 403", 403, map[string]string{"Content-Type": "text/html"}, `<html><head><title>403 Invalid or non-existent authentication information. See https://pypi.org/help/#invalid-auth for more information.</title></head><body><h1>403 Invalid or non-existent authentication information. See https://pypi.org/help/#invalid-auth for more information.</h1></body></html>`, basicCred("__token__", "pypi-AgEIcHlwaS5vcmcabcdef"), CredentialRejected},
		{"openai geo", 403, nil, `{"error":{"code":"unsupported_country_region_territory","message":"Country, region, or territory not supported","param":null,"type":"request_forbidden"}}`, tok, IPRestricted},
		{"zoho invalid oauth token", 401, nil, `{"code":"INVALID_TOKEN","details":{},"message":"invalid oauth token","status":"error"}`, tok, CredentialRejected},
		{"shopify graphql access denied", 200, nil, "{\"errors\":[{\"message\":\"Access denied for products field. Required access: `read_products` access scope.\",\"extensions\":{\"code\":\"ACCESS_DENIED\",\"documentation\":\"https://shopify.dev/api/usage/access-scopes\"}}]}", headerCred("X-Shopify-Access-Token", "T", "shpat_abcdef0123456789"), ServerInsufficientScope},
		{"github graphql insufficient scopes", 200, nil, `{"errors":[{"type":"INSUFFICIENT_SCOPES","locations":[{"line":1,"column":9}],"message":"Your token has not been granted the required scopes to execute this query. The 'login' field requires one of the following scopes: ['read:org'], but your token has only been granted the: ['repo'] scopes. Please modify your token's scopes at: https://github.com/settings/tokens."}]}`, tok, ServerInsufficientScope},
		{"anthropic header required", 401, nil, `{"type":"error","error":{"type":"authentication_error","message":"x-api-key header is required"}}`, tok, CredentialInWrongPlace},
		{"k8s forbidden", 403, nil, `{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"pods is forbidden: User \"system:serviceaccount:default:reader\" cannot list resource \"pods\" in API group \"\" in the namespace \"default\"","reason":"Forbidden","details":{"kind":"pods"},"code":403}`, tok, PermissionDenied},
		{"ghcr denied", 403, nil, `{"errors":[{"code":"DENIED","message":"requested access to the resource is denied"}]}`, basicCred("ci-bot", "ghp_abcdef0123456789abcdef"), PermissionDenied},
		{"sendgrid v2 permission wrong credentials", 401, nil, `{"errors":["Permission denied, wrong credentials"],"message":"error"}`, basicCred("apikey", "SG.abcdef.ghijkl"), CredentialRejected},
		{"stripe live object, test key in staging", 404, nil, `{"error":{"code":"resource_missing","message":"No such customer: 'cus_5tJLN1RqCwTM7R'; a similar object exists in live mode, but a test mode key was used to make this request.","param":"id","type":"invalid_request_error"}}`, bearer("STRIPE_KEY", "sk_test_51HaZ3xKq9Lm2Vb7NcAso0"), PermissionDenied},
		{"stripe test object, live key in staging", 404, nil, `{"error":{"code":"resource_missing","message":"No such customer: 'cus_5tJLN1RqCwTM7R'; a similar object exists in test mode, but a live mode key was used to make this request.","param":"id","type":"invalid_request_error"}}`, bearer("STRIPE_KEY", "sk_live_51HaZ3xKq9Lm2Vb7NcAso0"), LiveKeyOutsideProduction},
		{"twilio test credentials", 403, nil, `{"code": 20008, "message": "Resource not accessible with Test Account Credentials", "more_info": "https://www.twilio.com/docs/errors/20008", "status": 403}`, basicCred("ACtest0123456789abcdef0123456789ab", "0123456789abcdef0123456789abcdef"), PermissionDenied},
		{"twilio no credentials provided", 401, nil, `{"code":20003,"message":"Authentication Error - No credentials provided","more_info":"https://www.twilio.com/docs/errors/20003","status":401}`, headerCred("X-Twilio-Auth", "T", "ACabcdef0123456789:secret0123456789"), CredentialInWrongPlace},
		{"missing api key", 401, nil, `{"error":"Missing API key"}`, apiKey("K", "key_9f8e7d6c5b4a3210", "X-Key", ""), CredentialInWrongPlace},
		{"authorization header is missing", 401, nil, `{"message":"Authorization header is missing"}`, apiKey("K", "key_9f8e7d6c5b4a3210", "X-API-Key", ""), CredentialInWrongPlace},
		{"missing api key, nothing sent", 401, nil, `{"error":"Missing API key"}`, nil, NoCredentialsSent},
		{"facebook invalid token 400", 400, nil, `{"error":{"message":"Invalid OAuth access token - Cannot parse access token","type":"OAuthException","code":190,"fbtrace_id":"AbCdEfGh"}}`, tok, CredentialRejected},
		{"facebook session expired", 400, nil, `{"error":{"message":"Error validating access token: Session has expired on Tuesday, 02-Jan-24 00:00:00 PST. The current time is Wednesday, 03-Jan-24 00:00:00 PST.","type":"OAuthException","code":190,"error_subcode":463,"fbtrace_id":"AbCdEfGh"}}`, tok, TokenExpired},
		{"facebook permission", 400, nil, `{"error":{"message":"(#200) Requires pages_read_engagement permission to manage the object","type":"OAuthException","code":200,"fbtrace_id":"AbCdEfGh"}}`, tok, ServerInsufficientScope},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ex := corpusCase{api: fixed{status: tc.status, header: tc.header, body: tc.body}, cred: tc.cred}.run(t, "")
			causes := Analyze(ex)
			if got := codesOf(causes); len(got) == 0 || got[0] != tc.want {
				t.Errorf("status %d: first cause %v, want %s\n%s", tc.status, got, tc.want, dump(causes))
			}
			assertNoSecret(t, causeTexts(causes), tc.cred)
		})
	}
}
