package diagnose

import "testing"

// TestRoundapisReadings: the readings the public data and AI model APIs
// round added, each in words other servers use for the same thing, with
// the neighbour it must leave alone.
func TestRoundapisReadings(t *testing.T) {
	tok := bearer("API_TOKEN", "opq_7Hd92kLmQ4pXrT")
	key := apiKey("API_KEY", "key_9f8e7d6c5b4a3210", "X-API-Key", "")
	cfHTML := map[string]string{"Content-Type": "text/html", "Server": "cloudflare", "CF-RAY": "930dc0abc8f136da-AMS"}
	runReadings(t, []readingCase{
		// A request said to exceed the caller's usage quota: a limit,
		// whatever the status (a 401 here).
		{"a request exceeds your quota, on a 401", 401, nil, `{"detail":{"status":"quota_exceeded","message":"This request exceeds your quota of 10000. You have 0 credits remaining, while 91 credits are required for this request."}}`, key, RateLimited, nil},
		{"this call exceeds your monthly quota", 403, nil, `{"error":"This call exceeds your monthly quota."}`, tok, RateLimited, nil},
		{"a quota_exceeded code alone", 401, nil, `{"status":"quota_exceeded"}`, key, RateLimited, nil},
		{"an index over the project's quota of pods is no rate", 403, nil, `{"error":{"code":"FORBIDDEN","message":"The index exceeds the project quota of 1 pods by 1 pods. Upgrade your account or change the project settings to increase the quota."}}`, key, PermissionDenied, []string{RateLimited}},
		// A credential said not granted a permission or access by the user
		// or owner: the token was read and lacks it, even on a 401.
		{"a token not granted write permission, on a 401", 401, nil, `{"status_code":36,"status_message":"This token hasn't been granted write permission by the user.","success":false}`, tok, PermissionDenied, nil},
		{"an app that has not been granted access to this endpoint", 403, nil, `{"error":"This application has not been granted access to this endpoint."}`, tok, PermissionDenied, nil},
		{"a key not granted the permission", 401, nil, `{"message":"The API key was not granted the required permission."}`, key, PermissionDenied, nil},
		{"a grant not yet given is no permission", 400, nil, `{"error":"authorization_pending","error_description":"The user has not yet granted the request"}`, tok, "", []string{PermissionDenied}},
		// The object asked for is said private: the caller is known and
		// may not see it.
		{"this resource is private, on a 401", 401, nil, `{"status_code":39,"status_message":"This resource is private.","success":false}`, tok, PermissionDenied, nil},
		{"this playlist is private", 403, nil, `{"error":{"status":403,"message":"This playlist is private"}}`, tok, PermissionDenied, nil},
		{"the repository is private", 401, nil, `{"message":"The repository is private."}`, key, PermissionDenied, nil},
		{"a private key refused stays the credential", 401, nil, `{"error":"The private key is invalid"}`, key, CredentialRejected, []string{PermissionDenied}},
		// A key or token said leaked or compromised is blocked: a new one,
		// whatever the status (Google's PERMISSION_DENIED).
		{"a key reported as leaked under PERMISSION_DENIED", 403, nil, `{"error":{"code":403,"message":"Your API key was reported as leaked. Please use another API key.","status":"PERMISSION_DENIED"}}`, key, CredentialRejected, nil},
		{"a token flagged as compromised", 403, nil, `{"message":"This token has been flagged as compromised and can no longer be used."}`, tok, CredentialRejected, nil},
		{"a key detected as exposed", 401, nil, `{"error":"API key detected as publicly exposed and disabled"}`, key, CredentialRejected, nil},
		{"advice about leaking keys is no refusal of one", 403, nil, `{"message":"Access denied to this project. Do not commit API keys: a leaked key can be abused."}`, key, PermissionDenied, []string{CredentialRejected}},
		// The caller named by its key (Google's "Consumer 'api_key:…'")
		// said suspended: the key is refused.
		{"a consumer named by its key, suspended", 403, nil, `{"error":{"code":403,"message":"Permission denied: Consumer 'api_key:AIzaSyB7kQ2mX9pL4vN8rT1wZ6cF3hJ5dG0sE2a' has been suspended.","status":"PERMISSION_DENIED"}}`, key, CredentialRejected, nil},
		{"a client named by its token, disabled", 403, nil, `{"message":"Client 'token:tk_4f2b9c1d' is disabled."}`, tok, CredentialRejected, nil},
		{"a consumer named by its project, not by a key, stays a permission", 403, nil, `{"error":{"code":403,"message":"Permission denied: Consumer 'project:polynomial-coda-466015' has no access to this model.","status":"PERMISSION_DENIED"}}`, key, PermissionDenied, []string{CredentialRejected}},
		// A web server's own page signed with its name, passed on by a CDN
		// whose headers come with it, is the origin's refusal.
		{"openresty's 401 page behind Cloudflare", 401, cfHTML, "<html>\n<head><title>401 Authorization Required</title></head>\n<body>\n<center><h1>401 Authorization Required</h1></center>\n<hr><center>openresty/1.27.4</center>\n<script>window.__CF$cv$params={r:'930dc0abc8f136da'};</script></body>\n</html>\n", tok, CredentialRejected, []string{BlockedByProxy}},
		{"nginx's 401 page behind CloudFront", 401, map[string]string{"Content-Type": "text/html", "Server": "CloudFront", "X-Cache": "Error from cloudfront"}, "<html>\r\n<head><title>401 Authorization Required</title></head>\r\n<body>\r\n<center><h1>401 Authorization Required</h1></center>\r\n<hr><center>nginx/1.25.3</center>\r\n</body>\r\n</html>\r\n", key, CredentialRejected, []string{BlockedByProxy}},
		{"Apache's 401 page behind Cloudflare", 401, cfHTML, "<!DOCTYPE HTML PUBLIC \"-//IETF//DTD HTML 2.0//EN\">\n<html><head>\n<title>401 Unauthorized</title>\n</head><body>\n<h1>Unauthorized</h1>\n<p>This server could not verify that you\nare authorized to access the document\nrequested.</p>\n<hr>\n<address>Apache/2.4.41 (Ubuntu) Server at api.example.com Port 443</address>\n</body></html>\n", tok, CredentialRejected, []string{BlockedByProxy}},
		{"Cloudflare's own block page stays a block", 403, cfHTML, "<!DOCTYPE html>\n<html><head><title>Attention Required! | Cloudflare</title></head><body><h1>Sorry, you have been blocked</h1><p>You are unable to access example.com</p><span>Cloudflare Ray ID: 930dc0abc8f136da</span></body></html>", tok, BlockedByProxy, nil},
		// The Authorization header's shape said, the credential sent
		// elsewhere and no Authorization header: the wrong place.
		{"auth header format should be Bearer, the key in x-api-key", 401, nil, `{"error":{"message":"Authentication Fails (auth header format should be Bearer sk-...)","type":"authentication_error","param":null,"code":"invalid_request_error"}}`, key, CredentialInWrongPlace, nil},
		{"Authorization header must be in the form Bearer, the key in the query", 401, nil, `{"message":"Authorization header must be in the form 'Bearer <token>'"}`, apiKey("API_KEY", "key_9f8e7d6c5b4a3210", "", "api_key"), CredentialInWrongPlace, nil},
		{"invalid Authorization header format, the key in a custom header", 401, nil, `{"error":"Invalid Authorization header format"}`, key, CredentialInWrongPlace, nil},
		{"the same words to a bare token in Authorization stay the header's shape", 401, nil, `{"message":"Authorization header must be in the form 'Bearer <token>'"}`, headerCred("Authorization", "API_TOKEN", "opq_7Hd92kLmQ4pXrT"), PrefixMissing, []string{CredentialInWrongPlace}},
		// The credential's faults listed with commas: none of them is the
		// reading, a credential sent was refused.
		{"missing, invalid, audience is incorrect, or expired, an opaque key sent", 401, nil, `{"statusCode":401,"message":"Unauthorized. Access token is missing, invalid, audience is incorrect (https://cognitiveservices.azure.com), or have expired."}`, tok, CredentialRejected, []string{JWTWrongAudience, CredentialInWrongPlace}},
		{"API key missing, invalid or expired, a key sent", 401, nil, `{"error":"API key missing, invalid or expired"}`, key, CredentialRejected, []string{CredentialInWrongPlace}},
		{"token missing, expired or revoked, nothing sent", 401, nil, `{"error":"Token missing, expired or revoked"}`, nil, NoCredentialsSent, nil},
		{"an invalid audience alone stays the audience", 401, nil, `{"error":"invalid_token","error_description":"Invalid audience"}`, tok, JWTWrongAudience, nil},
		{"an API key missing alone, a key sent elsewhere", 401, nil, `{"message":"API key missing"}`, key, CredentialInWrongPlace, nil},
		// An error object under "success": false, in a 200 (apilayer's
		// ipstack and its siblings): its type or text refuses the key.
		{"missing_access_key under success false, nothing sent", 200, nil, `{"success":false,"error":{"code":101,"type":"missing_access_key","info":"You have not supplied an API Access Key. [Required format: access_key=YOUR_ACCESS_KEY]"}}`, nil, NoCredentialsSent, nil},
		{"invalid_access_key under success false, a key sent", 200, nil, `{"success":false,"error":{"code":101,"type":"invalid_access_key","info":"You have not supplied a valid API Access Key. [Technical Support: support@apilayer.com]"}}`, apiKey("API_KEY", "key_9f8e7d6c5b4a3210", "", "access_key"), CredentialRejected, nil},
		{"an expired token under ok false", 200, nil, `{"ok":false,"error":{"type":"token_expired","message":"The access token has expired"}}`, tok, TokenExpired, nil},
		{"an invalid IP address under success false is the request's", 200, nil, `{"success":false,"error":{"code":106,"type":"invalid_ip_address","info":"The IP Address supplied is invalid."}}`, key, "", nil},
		{"a field named token_name required is validation", 200, nil, `{"success":false,"error":{"type":"validation_error","info":"The field 'token_name' is required"}}`, tok, "", nil},
		// The same refusals on another status, or in a 200 envelope: the
		// words decide.
		{"these credentials do not authorize access, in a 200 ok:false", 200, nil, `{"error":"These credentials do not authorize access","ok":false}`, key, PermissionDenied, nil},
		{"your token does not authorize access to this endpoint", 401, nil, `{"message":"Your token does not authorize access to this endpoint."}`, tok, PermissionDenied, nil},
		{"this resource is private, in a 200 success:false", 200, nil, `{"message":"This resource is private.","success":false}`, tok, PermissionDenied, nil},
		{"a token not granted write permission, in a 200 ok:false", 200, nil, `{"ok":false,"error":"This token hasn't been granted write permission by the user."}`, tok, PermissionDenied, nil},
		{"a key named by its masked value is invalid, on a 403", 403, nil, `{"error":{"message":"Authentication Fails, Your api key: ****cd15 is invalid","type":"authentication_error"}}`, tok, CredentialRejected, nil},
		{"an access token labelled with its value was revoked", 403, nil, `{"error":"access token: ya29.a0Af… was revoked"}`, tok, CredentialRejected, nil},
		{"an access token quoted without a label is a pagination token's", 400, map[string]string{"Content-Type": "text/xml"}, "<ErrorResponse><Error><Type>Sender</Type><Code>InvalidNextToken</Code><Message>The access token 'a731a0fe-67c8-47d9-bab7-eb218c3232bd' was invalid</Message></Error></ErrorResponse>", tok, "", nil},
		{"authentication fails, on a 403", 403, nil, `{"message":"Authentication fails for this key"}`, key, CredentialRejected, nil},
		{"a token's faults listed, on a 403", 403, nil, `{"statusCode":401,"message":"Unauthorized. Access token is missing, invalid, audience is incorrect (https://cognitiveservices.azure.com), or have expired."}`, tok, CredentialRejected, nil},
		{"a token missing, bad, or expired", 401, nil, `{"message":"Access token is missing, bad, audience is incorrect, or have expired."}`, tok, CredentialRejected, []string{JWTWrongAudience}},
		{"a sort key named invalid is the request's", 400, nil, `{"error":"sort key created_at is invalid"}`, key, "", nil},
		// An endpoint disabled for the caller's subscription or plan.
		{"an endpoint disabled for your subscription, on a 401", 401, nil, `{"message":"This endpoint is disabled for your subscription"}`, key, PermissionDenied, nil},
		{"a feature not enabled for your current plan", 403, nil, `{"error":"This feature is not enabled for your current plan."}`, tok, PermissionDenied, nil},
		{"two-factor disabled for your account is no plan", 400, nil, `{"error":"Two-factor authentication is disabled for your account"}`, tok, "", []string{PermissionDenied}},
		// More results than the plan pages through: the request's size.
		{"too many results for a developer plan", 426, nil, `{"status":"error","code":"maximumResultsReached","message":"You have requested too many results. Developer accounts are limited to a max of 100 results. Please upgrade to a paid plan if you need more results."}`, key, "", []string{PermissionDenied}},
		{"free accounts limited to a maximum of results", 400, nil, `{"error":"Free accounts are limited to a maximum of 1000 results per query. Upgrade your plan to see more."}`, key, "", []string{PermissionDenied}},
		{"a premium feature stays the plan's", 403, nil, `{"error":"Historical results are a premium feature. Upgrade your plan."}`, key, PermissionDenied, nil},
		// The caller's location not served: the address it calls from.
		{"user location is not supported", 400, nil, `{ "error": { "code": 400, "message": "User location is not supported for the API use.", "status": "FAILED_PRECONDITION" } }`, key, IPRestricted, nil},
		{"not available in your country", 403, nil, `{"message":"This service is not available in your country."}`, tok, IPRestricted, nil},
		{"a location not found is data", 404, nil, `{"error":{"code":1006,"message":"No matching location found."}}`, key, "", []string{IPRestricted}},
		{"a location parameter not supported is the request's", 400, nil, `{"error":"The location parameter is not supported for this endpoint"}`, key, "", []string{IPRestricted}},
		// A capitalised Response flag with the text beside it, in a 200.
		{"Response Error over your rate limit, in a 200", 200, nil, `{"Response":"Error","Message":"You are over your rate limit please upgrade your account!","HasWarning":false,"Type":99,"Data":{}}`, key, RateLimited, nil},
		{"Response False Invalid API key, in a 200", 200, nil, `{"Response":"False","Error":"Invalid API key!"}`, apiKey("API_KEY", "5c7e9a2b", "", "apikey"), CredentialRejected, nil},
		{"Response False Movie not found, in a 200", 200, nil, `{"Response":"False","Error":"Movie not found!"}`, apiKey("API_KEY", "5c7e9a2b", "", "apikey"), "", nil},
	})
}
