package diagnose

import (
	"strings"
	"testing"
)

// TestPhraseFamilies: each phrase family of phrases.go read in wordings
// that are not the held-out answers it came from, and the nearby wordings
// it must leave alone.
func TestPhraseFamilies(t *testing.T) {
	tok := bearer("API_TOKEN", "opq_7Hd92kLmQ4pXrT")
	key := apiKey("API_KEY", "key_9f8e7d6c5b4a3210", "X-API-Key", "")
	basic := basicCred("ci-bot", "Wq8ZbV3kLmN0pQrS")
	for _, tc := range []struct {
		name   string
		status int
		body   string
		cred   *Credential
		want   string
		never  []string
	}{
		// otherKindPattern
		{"supported methods named", 401, `{"message":"Supported authentication methods are: Bearer token"}`, basic, SchemeMismatch, nil},
		{"a scheme switched off", 401, `{"error":"Basic authentication is not enabled on this server"}`, basic, SchemeMismatch, nil},
		{"unsupported authentication code", 403, `{"code":"unsupported_authentication","message":"Use a user token"}`, tok, SchemeMismatch, nil},
		{"OAuth token expected, nothing sent", 401, `{"error":{"message":"Request is missing required authentication credential. Expected OAuth 2 access token."}}`, nil, NoCredentialsSent, []string{SchemeMismatch}},
		{"OAuth token expected, a token refused", 401, `{"error":{"message":"Request had invalid authentication credentials. Expected OAuth 2 access token."}}`, tok, CredentialRejected, []string{SchemeMismatch}},
		// namedPermissionPattern
		{"requires scope:", 403, `{"error":"This action requires scope: files.write"}`, tok, ServerInsufficientScope, nil},
		{"missing the permission 'x:y'", 401, `{"message":"Token is missing the permission 'repo:status'"}`, tok, ServerInsufficientScope, nil},
		{"missing a role-like permission", 403, `{"message":"ci-bot is missing the Administer permission"}`, tok, PermissionDenied, []string{ServerInsufficientScope}},
		{"a token with a named scope", 403, `{"message":"This endpoint requires a token with orders:write scope."}`, tok, ServerInsufficientScope, nil},
		{"one of the listed scopes", 401, `{"message":"This call needs one of the following scopes: read_orders, write_orders"}`, tok, ServerInsufficientScope, nil},
		{"a token with a valid signature is no scope", 401, `{"message":"Requires a token with a valid signature"}`, tok, CredentialRejected, []string{ServerInsufficientScope}},
		// billingPattern
		{"paid plan required", 403, `{"message":"This feature requires a paid plan."}`, key, PermissionDenied, nil},
		{"billing off, on a 401", 401, `{"error":"Billing is not enabled for this account"}`, key, PermissionDenied, nil},
		{"subscription key is not a subscription", 401, `{"statusCode":401,"message":"Access denied due to invalid subscription key. Make sure to provide a valid key for an active subscription."}`, key, CredentialRejected, []string{PermissionDenied}},
		{"a subscription key is a credential", 401, `{"message":"This API requires a valid subscription key."}`, key, "", []string{PermissionDenied}},
		// credentialHeaderMissingPattern
		{"credential header missing", 401, `{"error":"X-Api-Token header is missing"}`, tok, CredentialInWrongPlace, nil},
		{"other header missing", 400, `{"message":"X-Request-Id header is missing"}`, tok, "", []string{CredentialInWrongPlace}},
		// regionNamedPattern
		{"region id named", 401, `{"message":"Key not valid for the region eu-west-1"}`, key, RegionMismatch, nil},
		{"environment that is not a region", 401, `{"message":"Authentication credentials are invalid for the environment \"sandbox\""}`, key, CredentialRejected, []string{RegionMismatch}},
		// unknownCredentialPattern
		{"error id in one word", 401, `{"code":"ApiKeyInvalid"}`, key, CredentialRejected, nil},
		{"not found or revoked, on a 403", 403, `{"message":"The API key you provided was not found or is revoked."}`, key, CredentialRejected, nil},
		{"switched off for good, on a 403", 403, `{"error":"This access token was disabled by its owner"}`, tok, CredentialRejected, nil},
		{"requests blocked are not a key blocked", 403, `{"error":{"message":"Requests from referer https://ci.example.com are blocked."}}`, key, ReferrerRestricted, []string{CredentialRejected}},
		{"a key inactive, on a 403", 403, `{"message":"This API key is inactive"}`, key, CredentialRejected, nil},
		{"a customer inactive is data", 400, `{"message":"Customer is inactive"}`, key, "", []string{CredentialRejected}},
		// limitReachedRE
		{"an account over its rate limit, on a 403", 403, `{"message":"Account Over Rate Limit"}`, key, RateLimited, nil},
		{"a number of calls exceeded", 403, `{"message":"The maximum number of calls has been exceeded for today"}`, key, RateLimited, nil},
		{"a number of line items is no rate", 400, `{"message":"The number of line items exceeded the maximum of 50"}`, key, "", []string{RateLimited}},
		{"API limit reached on a 403", 403, `{"error":"Daily API limit reached"}`, key, RateLimited, nil},
		{"usage limit reached on a 400", 400, `{"message":"Usage limit has been reached for this key"}`, key, RateLimited, nil},
		{"quota exceeded in other words", 403, `{"message":"You have exceeded the monthly request quota of your plan"}`, key, RateLimited, nil},
		{"a seat limit is no rate limit", 403, `{"message":"Seat limit reached for this workspace"}`, tok, PermissionDenied, []string{RateLimited}},
		// authorizationCodePattern
		{"authorization failed as a code, on a 401", 401, `{"code":"AuthorizationFailed","message":"Request failed"}`, tok, PermissionDenied, nil},
		{"authorization denied in a sentence", 401, `{"message":"Authorization has been denied for this request."}`, tok, CredentialRejected, []string{PermissionDenied}},
		{"authentication unsuccessful as a code, on a 403", 403, `{"Title":"Forbidden","Detail":"AuthenticationUnsuccessful"}`, tok, CredentialRejected, nil},
		// lacksScopePattern
		{"token does not carry the scopes", 403, `{"error":"This token doesn't carry the required scopes"}`, tok, ServerInsufficientScope, nil},
		{"a role is no scope", 403, `{"error":"The user does not have the required role"}`, tok, PermissionDenied, []string{ServerInsufficientScope}},
		// wrongClusterPattern
		{"another shard", 401, `{"message":"This account lives on another shard; call its own host"}`, key, RegionMismatch, nil},
		{"issued by another server is an issuer", 401, `{"message":"The token was issued by another server"}`, tok, "", []string{RegionMismatch}},
		// accessExpiredPattern, planExpiredPattern
		{"consent expired", 401, `{"error":"Consent has expired, ask the user to authorise again"}`, tok, TokenExpired, nil},
		{"expiry in a one-word code", 401, `{"code":"AuthExpiredError"}`, tok, TokenExpired, nil},
		{"a trial that expired is the plan's", 403, `{"message":"Your trial access has expired. Upgrade your plan to continue."}`, key, PermissionDenied, []string{TokenExpired}},
		{"expired JWT, words in that order", 401, `{"message":"BAD_TOKEN: Invalid JWT token. Bad claims. Expired JWT"}`, tok, TokenExpired, nil},
		// a challenge quoted in the body, a credential said invalid after a colon
		{"challenge quoted in a message", 401, `{"message":"Bearer error=\"invalid_token\", error_description=\"The token is revoked\""}`, tok, ServerInvalidToken, nil},
		{"token: invalid", 401, `{"error":"token: invalid"}`, tok, CredentialRejected, nil},
		// a credential of a named kind required
		{"API key required, a token sent", 401, `{"message":"API key required"}`, tok, CredentialInWrongPlace, nil},
		{"a framework's default 401 sentence", 401, `{"code":401,"message":"Credentials are required to access this resource."}`, tok, CredentialRejected, []string{CredentialInWrongPlace}},
		// identityNotAuthorizedPattern
		{"the app named, on a 401", 401, `{"error":"This application is not permitted to delete records"}`, tok, PermissionDenied, nil},
		{"the user named, in a 200 error", 200, `{"ok":false,"error":"user_unauthorized","message":"User unauthorized to access this board"}`, tok, PermissionDenied, nil},
		{"an anonymous caller named", 401, `{"message":"Anonymous user is not authorized to access this resource"}`, tok, CredentialRejected, []string{PermissionDenied}},
		{"not authorized to use a key is the key's restriction", 401, `{"error_message":"This app is not authorized to use this API key."}`, key, CredentialRejected, []string{PermissionDenied}},
		// methodNotAllowedHerePattern
		{"a scheme off for this endpoint", 403, `{"error":"Authentication scheme basic is not enabled for this endpoint"}`, basic, DeprecatedAuthMethod, nil},
		// regionRegisteredPattern
		{"app registered elsewhere", 403, `{"error":"Your app is not registered in this region; use the EU host"}`, tok, RegionMismatch, nil},
		{"told the base URL to use", 400, `{"error":"wrong host, use base URL https://api.eu.example.com"}`, tok, RegionMismatch, nil},
		// issuer named as one of two faults
		{"issuer or signature", 401, `{"error_description":"Invalid signature or issuer."}`, tok, CredentialRejected, []string{JWTWrongIssuer}},
		// headerMissingPattern
		{"a named header missing, besides the token", 400, `{"message":"Tenant header is missing"}`, tok, RequiredHeaderMissing, nil},
		{"a credential header missing is the credential's", 401, `{"message":"Authorization header is missing"}`, key, CredentialInWrongPlace, []string{RequiredHeaderMissing}},
		// applyForAccessPattern
		{"told to apply for access to this API, in a 200 envelope", 200, `{"code":4003,"msg":"please apply for access permission to use this api"}`, tok, PermissionDenied, nil},
		{"told to apply a coupon is no access", 200, `{"code":4004,"msg":"you should apply the coupon for this order"}`, tok, "", []string{PermissionDenied}},
		// revokedMalformedPattern
		{"a key said revoked after words, on a 403", 403, `{"message":"The API key you supplied is revoked"}`, key, CredentialRejected, nil},
		{"a card token revoked is the body's", 400, `{"message":"The card token you provided is revoked"}`, key, "", []string{CredentialRejected}},
		// tokenUsedExpiredPattern
		{"the token sent with the call has expired", 401, `{"message":"The token sent with this call has expired"}`, tok, TokenExpired, nil},
		{"a session already expired", 401, `{"error":"Session has already expired, log in again"}`, tok, TokenExpired, nil},
		{"the token used is invalid or expired: a list", 401, `{"message":"The token used in the request is invalid or expired"}`, tok, CredentialRejected, []string{TokenExpired}},
		// credentialNotInRequestPattern
		{"API key not in the request, none sent", 401, `{"message":"API key not present in the request"}`, nil, NoCredentialsSent, nil},
		{"token not in the headers, a key sent", 401, `{"error":"Access token not found in request headers"}`, key, CredentialInWrongPlace, nil},
		{"invalid or not found in the request: a list", 401, `{"error":"Access token invalid or not found in the request"}`, tok, CredentialRejected, []string{CredentialInWrongPlace}},
		// validCredentialRequiredPattern
		{"an active token required, none sent", 400, `{"error":{"message":"An active access token must be used to query this resource.","type":"OAuthException"}}`, nil, NoCredentialsSent, nil},
		// proofRequiredPattern
		{"a signature parameter besides the key", 401, `{"error":"Requests require a signature parameter"}`, key, RequiredHeaderMissing, nil},
		{"an id parameter is the request's", 400, `{"message":"This endpoint requires the id parameter"}`, tok, "", []string{RequiredHeaderMissing}},
		// notApprovedPattern
		{"an app not approved for the endpoint", 403, `{"error":"This app has not been approved for this endpoint"}`, tok, PermissionDenied, nil},
		{"a user who removed the app revoked its token", 400, `{"error":{"message":"Error validating access token: The user has not authorized application 123.","type":"OAuthException","code":190}}`, tok, CredentialRejected, []string{PermissionDenied}},
		// scopeNotGrantedPattern
		{"the user has not granted the scope", 403, `{"error":"The user has not granted the scope this call needs"}`, tok, ServerInsufficientScope, nil},
		{"a key without enough permissions, on a 401", 401, `{"message":"This key doesn't have enough permissions for this operation"}`, key, ServerInsufficientScope, nil},
		{"a token without the required privileges", 403, `{"errors":[{"detail":"this token does not have the required privileges to perform this action"}]}`, tok, ServerInsufficientScope, nil},
		// notOwnerPattern, mfaPolicyPattern, websiteOnlyPattern: a known
		// caller refused, whatever envelope says it
		{"not an owner, in a 200", 200, `{"success":false,"message":"This crate exists but you don't seem to be an owner."}`, tok, PermissionDenied, nil},
		{"only owners may, in a 200", 200, `{"ok":false,"error":"Only owners have permission to do this"}`, tok, PermissionDenied, nil},
		{"MFA the account lacks, in a 200", 200, `{"success":false,"message":"Gem requires MFA enabled; You do not have MFA enabled yet."}`, tok, PermissionDenied, nil},
		{"an action kept for the website, in a 200", 200, `{"ok":false,"error":"this action can only be performed on the crates.io website"}`, tok, PermissionDenied, nil},
		// "sign up for an account" to a request: the key names no account
		{"sign up for an account, a key sent", 401, `{"message":"Access Denied. Please sign up for an account at https://example.com"}`, key, CredentialRejected, nil},
		{"sign up for an account, nothing sent", 401, `{"message":"Access Denied. Please sign up for an account at https://example.com"}`, nil, NoCredentialsSent, nil},
		{"a user without sufficient permissions is a role", 403, `{"message":"The user does not have sufficient permissions for this project"}`, tok, PermissionDenied, []string{ServerInsufficientScope}},
		// hiddenByPermissionPattern
		{"hidden for missing access, on a 400", 400, `{"message":"Resource does not exist or cannot be loaded because of missing access"}`, tok, NotFoundHidesPermission, nil},
		// apiVersionDeprecatedPattern
		{"an API version deprecated is no method", 400, `{"message":"This API version is deprecated; use v3"}`, tok, "", []string{DeprecatedAuthMethod}},
		{"a key in the query deprecated is the method", 400, `{"message":"Passing the API key as a query parameter is deprecated"}`, key, DeprecatedAuthMethod, nil},
		// limitReachedRE, maximum number of calls
		{"maximum number of calls exceeded on a 400", 400, `{"error":"Maximum number of API calls per hour has been exceeded"}`, key, RateLimited, nil},
		// an RFC 6750 code as a body's message
		{"invalid_token as the message", 401, `{"message":"invalid_token","status":401}`, tok, ServerInvalidToken, nil},
		// "Expected OAuth 2 access token" to a Bearer token: that kind, refused
		{"OAuth token expected and missing, a Bearer token sent", 401, `{"error":{"message":"Request is missing required authentication credential. Expected OAuth 2 access token, login cookie or other valid authentication credential."}}`, tok, CredentialRejected, []string{SchemeMismatch}},
		// 402 Payment Required
		{"a card declined on a 402 is no account matter", 402, `{"error":{"code":"card_declined","message":"Your card was declined."}}`, key, "", []string{PermissionDenied}},
		// 2xx envelopes: a numeric code, an XML Ack or resultCode
		{"a numeric code with a refused token, in a 200", 200, `{"errcode":42001,"errmsg":"access_token expired"}`, tok, TokenExpired, nil},
		{"a numeric code with a business error, in a 200", 200, `{"code":10002,"message":"Order not found","data":{}}`, tok, "", []string{CredentialRejected}},
		{"an XML Ack Failure refusing the call, in a 200", 200, `<?xml version="1.0"?><AddItemResponse><Ack>Failure</Ack><Errors><ShortMessage>Authentication/Authorization Failed</ShortMessage><LongMessage>You do not have permissions to make this API call</LongMessage><ErrorCode>10002</ErrorCode></Errors></AddItemResponse>`, tok, PermissionDenied, nil},
		{"an XML resultCode Error refusing the login, in a 200", 200, `<?xml version="1.0" encoding="utf-8"?><ErrorResponse><messages><resultCode>Error</resultCode><message><code>E00007</code><text>User authentication failed due to invalid authentication values.</text></message></messages></ErrorResponse>`, basic, CredentialRejected, nil},
		{"an XML Ack Failure for a business error, in a 200", 200, `<?xml version="1.0"?><GetItemResponse><Ack>Failure</Ack><Errors><ShortMessage>Item not found.</ShortMessage></Errors></GetItemResponse>`, tok, "", []string{CredentialRejected}},
		// 2xx bodies: a failure flag, an error object, a list of results
		{"success false with a key text", 200, `{"success":false,"code":2001,"msg":"access key not exist"}`, tok, CredentialRejected, nil},
		{"success false with a business error", 200, `{"success":false,"msg":"device offline"}`, tok, "", []string{CredentialRejected}},
		{"JSON-RPC error object, not authorized", 200, `{"jsonrpc":"2.0","id":1,"error":{"code":-32001,"message":"Not authorized to call this method"}}`, tok, CredentialRejected, nil},
		{"JSON-RPC error object, a business error", 200, `{"jsonrpc":"2.0","id":1,"error":{"code":-32602,"message":"Invalid params"}}`, tok, "", []string{CredentialRejected}},
		{"list whose first result is an auth error", 200, `[{"error":{"type":1,"address":"/groups","description":"unauthorized user"}},{"success":{"/groups/1/name":"x"}}]`, tok, CredentialRejected, nil},
		// identityNotAuthorizedPattern with the caller's id
		{"a user named by id", 403, `{"message":"User 'ci-bot' is not allowed to delete this project"}`, tok, PermissionDenied, nil},
		// unknownOperationPattern
		{"an unknown API name", 404, `{"error":"Unknown API name: widgets.list"}`, tok, EndpointNotFound, nil},
		{"a field name is no operation", 400, `{"message":"'foo' is not a valid field name"}`, tok, "", []string{EndpointNotFound}},
		// noAuthProvidedPattern
		{"no authentication provided, a token sent", 401, `{"message":"No authentication provided.","code":"unauthorized"}`, tok, CredentialInWrongPlace, nil},
		{"authentication information missing, nothing sent", 401, `{"code":"MISSING_CREDENTIALS","message":"Authentication information is not provided"}`, nil, NoCredentialsSent, nil},
		{"authentication information refused is no absence", 401, `{"code":"INVALID_CREDENTIALS","message":"Invalid Authentication information provided"}`, tok, CredentialRejected, []string{CredentialInWrongPlace}},
		// headerNamedPattern
		{"the key's header named, another sent", 401, `{"error":"A valid 'Api-Key' needs to be provided in the 'Headers' in order to use this API."}`, key, CredentialInWrongPlace, nil},
		{"the key's header named, that one sent", 401, `{"error":"A valid 'X-API-Key' needs to be provided in the 'Headers' in order to use this API."}`, key, CredentialRejected, []string{CredentialInWrongPlace}},
		// a usage limit in words on any 4xx
		{"quota exceeded on a 402", 402, `{"status":{"code":402,"message":"quota exceeded"}}`, key, RateLimited, nil},
		// an RFC 6750 code as an error item's title or code
		{"invalid_token as an error's title", 401, `{"error":{"code":"401","errors":[{"title":"invalid_token","detail":"The access token is malformed (not a JWT)."}]}}`, tok, ServerInvalidToken, nil},
		{"a provider's INVALID_TOKEN code", 401, `{"code":"INVALID_TOKEN","message":"invalid oauth token"}`, tok, CredentialRejected, []string{ServerInvalidToken}},
		{"invalid_token naming an API key", 403, `{"error":{"type":"request_error","code":"invalid_token","detail":"Invalid or revoked API key."}}`, key, CredentialRejected, []string{ServerInvalidToken}},
		// bodyCredentialPattern, dataKeyPattern: data named like a credential
		{"a verification token that expired is the body's", 400, `{"message":"The email verification token has expired."}`, tok, "", []string{TokenExpired, CredentialRejected}},
		{"an invitation token refused is the body's", 400, `{"message":"This invitation token is invalid"}`, tok, "", []string{CredentialRejected}},
		{"a refresh token refused is a credential", 401, `{"error":"The refresh token is invalid"}`, tok, CredentialRejected, nil},
		{"a new password below the policy", 400, `{"message":"Invalid password: password is too short"}`, basic, "", []string{CredentialRejected}},
		{"a login password refused is a credential", 401, `{"message":"Invalid password"}`, basic, CredentialRejected, nil},
		{"a partition key is data", 400, `{"message":"The provided partition key is invalid"}`, key, "", []string{CredentialRejected}},
		// secretStorePattern: a store of secrets the API serves is data
		{"a wrong path of a secrets engine is the request's", 404, `{"errors":[],"warnings":["Invalid path for a versioned K/V secrets engine."]}`, key, "", []string{CredentialRejected}},
		{"an invalid client secret is a credential", 401, `{"message":"Invalid client secret"}`, key, CredentialRejected, nil},
		{"an API key is a credential", 400, `{"message":"The provided key is invalid"}`, key, CredentialRejected, nil},
		{"an account's primary key is a credential", 401, `{"message":"The primary key is invalid"}`, key, CredentialRejected, nil},
		{"a page token refused is the query's", 400, `{"error":{"code":400,"message":"The page token is invalid.","status":"INVALID_ARGUMENT"}}`, tok, "", []string{CredentialRejected, TokenExpired}},
		{"a next_token that expired is the query's", 400, `{"message":"next_token has expired, start the listing again"}`, tok, "", []string{TokenExpired}},
		{"a card token code is the body's", 400, `{"error":{"code":"card_token_expired"}}`, tok, "", []string{TokenExpired}},
		{"an access token code that expired is the credential", 401, `{"error":"access_token_expired"}`, tok, TokenExpired, nil},
		// businessFundsPattern: money moved is short, not the API's bill
		{"a card declined for funds is the payment's", 402, `{"error":{"type":"card_error","code":"card_declined","message":"The card was declined: insufficient funds."}}`, key, "", []string{PermissionDenied}},
		{"a balance short for an order is the trade's", 400, `{"msg":"Insufficient balance for this order."}`, key, "", []string{PermissionDenied}},
		// businessRulePattern: a 403 any credential would meet
		{"a duplicate status, on a 403", 403, `{"errors":[{"code":187,"message":"Status is a duplicate."}]}`, tok, "", []string{PermissionDenied}},
		{"an archived project, on a 403", 403, `{"message":"This project is archived and cannot be modified"}`, tok, "", []string{PermissionDenied}},
		{"a token not allowed to post is a permission", 403, `{"message":"This token is not allowed to create posts"}`, tok, PermissionDenied, nil},
		{"a project being deleted, on a 403", 403, `{"message":"project \"demo\" is being deleted, no new resources can be created"}`, tok, "", []string{PermissionDenied}},
		{"an action not allowed in the order's current state", 403, `{"message":"Cancel is not allowed for the order's current state."}`, tok, "", []string{PermissionDenied}},
		{"an admission webhook's denial is the object's", 403, `{"message":"admission webhook \"policy.example.com\" denied the request: image tag latest is not allowed"}`, tok, "", []string{PermissionDenied}},
		{"a namespace's quota count", 403, `{"message":"persistentvolumeclaims \"data\" is forbidden: exceeded quota: storage, requested: requests.storage=10Gi, used: requests.storage=95Gi, limited: requests.storage=100Gi"}`, tok, "", []string{PermissionDenied, RateLimited}},
		{"a Kubernetes RBAC refusal is a permission", 403, `{"kind":"Status","message":"pods is forbidden: User \"system:serviceaccount:ci:runner\" cannot list resource \"pods\" in API group \"\" in the namespace \"prod\"","reason":"Forbidden","code":403}`, tok, PermissionDenied, nil},
		// otherPartyAccountPattern
		{"a recipient's account suspended is the recipient's", 400, `{"error":"The recipient account has been suspended"}`, tok, "", []string{CredentialRejected}},
		// slowDownRE: RFC 8628's slow_down, S3's SlowDown
		{"device flow slow_down is a rate", 400, `{"error":"slow_down","error_description":"Polling too frequently"}`, tok, RateLimited, nil},
		{"S3 SlowDown is a rate", 503, `<Error><Code>SlowDown</Code><Message>Please reduce your request rate.</Message></Error>`, key, RateLimited, nil},
		// creditsPattern, resourceQuotaPattern, limitReachedRE with credits
		{"no funds left, on a 402", 402, `{"error":"Insufficient balance: add credits to continue"}`, key, PermissionDenied, []string{RateLimited}},
		{"buy more credits, on a 403", 403, `{"message":"You are out of credits. Buy more credits in the dashboard."}`, key, PermissionDenied, []string{CredentialRejected}},
		{"a monthly credit quota exceeded is a limit", 402, `{"message":"You have exceeded your monthly included credits."}`, tok, RateLimited, []string{PermissionDenied}},
		{"a count of objects at its quota is no plan matter", 400, `{"message":"The cluster exceeds your account quota of 3 clusters. Upgrade your plan to add more."}`, key, "", []string{PermissionDenied, RateLimited}},
		{"maximum number of projects reached", 403, `{"message":"Maximum number of projects reached. Upgrade your plan."}`, tok, PermissionDenied, []string{RateLimited}},
		// adminOnlyPattern
		{"kept for administrators, on a 401", 401, `{"detail":"Audit logs are only available to organization owners.","reason":"Unauthorized"}`, tok, PermissionDenied, nil},
		{"reserved to admins, on a 401", 401, `{"message":"This endpoint is reserved for admin users"}`, basic, PermissionDenied, nil},
		{"an admin key named is no role", 401, `{"message":"Invalid admin API key"}`, key, CredentialRejected, []string{PermissionDenied}},
		// headerMismatchPattern
		{"project header of another account", 401, `{"error":{"message":"OpenAI-Project header should match project for API key"}}`, key, RequiredHeaderMissing, nil},
		{"a credential header that does not match is the credential", 401, `{"message":"X-Api-Key header does not match any key"}`, key, CredentialRejected, []string{RequiredHeaderMissing}},
		// legacyDisabledPattern
		{"legacy tokens switched off", 401, `{"error":"Legacy access tokens have been disabled for this workspace"}`, tok, DeprecatedAuthMethod, nil},
		{"one key disabled is the key", 401, `{"error":"This API key has been disabled"}`, key, CredentialRejected, []string{DeprecatedAuthMethod}},
		{"not eligible for the legacy endpoint", 401, `{"message":"This app is not eligible to use the legacy token endpoint. Use the OAuth 2.0 endpoint."}`, key, DeprecatedAuthMethod, nil},
		// headerViaPattern: "none found" naming the header it was sent in
		{"none found in the header it was sent in", 401, `{"message":"No API key provided. Pass it via the X-API-Key header."}`, key, CredentialRejected, []string{CredentialInWrongPlace}},
		{"none found in another header", 401, `{"message":"No API key provided. Pass it via the X-API-Key header."}`, tok, CredentialInWrongPlace, nil},
		// unknownCredentialPattern, bare
		{"key not found or disabled, on a 400", 400, `{"message":"The specified Integrator Key was not found or is disabled."}`, tok, CredentialRejected, nil},
		{"key revoked, bare", 403, `{"status":"error","message":"API key revoked."}`, key, CredentialRejected, nil},
		{"token disabled for an operation is no revoked token", 403, `{"message":"Token disabled for write operations"}`, tok, PermissionDenied, []string{CredentialRejected}},
		// "bad … or no … provided": the server does not tell them apart
		{"bad token or none", 401, `{"error":"Bad token or no token provided"}`, tok, CredentialRejected, []string{CredentialInWrongPlace}},
		{"no key provided, a token sent", 401, `{"error":"No API key provided"}`, tok, CredentialInWrongPlace, nil},
		// an account, organization or workspace switched off; an unknown key
		{"workspace suspended, on a 400", 400, `{"error":{"message":"This workspace has been suspended for non-payment.","type":"invalid_request_error"}}`, tok, CredentialRejected, nil},
		{"organization restricted, on a 403", 403, `{"message":"Your organization is restricted. Contact support."}`, key, CredentialRejected, nil},
		{"an organization that restricts access is a policy", 403, `{"message":"The organization has restricted access to this app"}`, tok, PermissionDenied, []string{CredentialRejected}},
		{"API key not found, nothing sent", 401, `{"message":"API key not found"}`, nil, NoCredentialsSent, []string{CredentialRejected}},
		{"API key not found, one sent in the query", 400, `{"message":"API key not found. Please pass a valid API key."}`, apiKey("API_KEY", "AIzaSyBq7Wq8ZbV3kLmN0pQrS7tUv", "", "key"), CredentialRejected, nil},
		// permissionsPreventedPattern, "do not have the following permissions"
		{"the following permissions, on a 400", 400, `{"error":{"code":"Internal_ServerError","message":"You do not have the following permissions on Page Customers: Execute."}}`, tok, PermissionDenied, nil},
		{"permissions prevented the action, on a 400", 400, `{"error":{"code":"Internal_ServerError","message":"Sorry, the current permissions prevented the action."}}`, tok, PermissionDenied, nil},
		{"permissions prevented the action, in a 200 envelope", 200, `{"ok":false,"error":"The current permissions prevented the action."}`, tok, PermissionDenied, nil},
		// permission offered as the reason, on a 422
		{"a permission offered on a 422", 422, `{"detail":"The model does not exist (or you do not have permission to use it)"}`, tok, PermissionDenied, nil},
		{"a 404 that hides it stays hidden", 404, `{"message":"Not found, or you don't have permission to view it"}`, tok, NotFoundHidesPermission, nil},
		// secondFactorPattern: a one-time code asked for, not a token that
		// skips it offered
		{"one-time code required", 401, `{"message":"OTP code is required for this request"}`, basic, RequiredHeaderMissing, nil},
		{"must provide the 2FA code", 403, `{"error":"You must provide your two-factor code with this request"}`, basic, RequiredHeaderMissing, nil},
		{"no OTP code provided, the key read", 401, `{"message":"You have enabled multifactor authentication but no OTP code provided."}`, key, RequiredHeaderMissing, nil},
		{"an OTP code refused is not one missing", 401, `{"message":"Your OTP code is incorrect. Please check it and retry."}`, key, CredentialRejected, []string{RequiredHeaderMissing}},
		{"2FA required of the organization's members is a policy", 403, `{"message":"Two-factor authentication is required for this organization"}`, tok, PermissionDenied, []string{RequiredHeaderMissing}},
		{"2FA or a token that bypasses it", 403, `{"error":"Two-factor authentication or an automation token with bypass 2fa is required to publish."}`, tok, PermissionDenied, []string{RequiredHeaderMissing}},
		// methodRemovedPattern, valueInvalidPattern
		{"password authentication removed", 401, `{"message":"Support for password authentication was removed. Use a token."}`, basic, DeprecatedAuthMethod, nil},
		{"basic with a password not supported for this account", 401, `{"error":"Requests using basic authentication with username and password are not supported"}`, basic, DeprecatedAuthMethod, nil},
		{"a token refused, passwords recalled", 401, `{"message":"Invalid username or token. Password authentication is not supported."}`, basic, CredentialRejected, []string{DeprecatedAuthMethod, SchemeMismatch}},
		// alreadyPublishedPattern: a registry's rule about versions
		{"publish over a published version, on a 403", 403, `{"error":"You cannot publish over the previously published versions: 2.0.1."}`, tok, "", []string{PermissionDenied}},
		{"a publish permission missing is a permission", 403, `{"error":"You do not have permission to publish \"acme\". Are you logged in as the correct user?"}`, tok, PermissionDenied, nil},
		// identityNotAuthorizedPattern, with the caller's name
		{"the user named in quotes", 403, `{"message":"The user 'ci-bot' isn't allowed to push to this repository"}`, tok, PermissionDenied, nil},
		// otherKindPattern: a kind that cannot serve as the one taken
		{"a personal token cannot be a bearer", 401, `{"message":"Personal access tokens cannot be used as a bearer token; exchange it first"}`, tok, SchemeMismatch, nil},
		{"a token that cannot be used for this action", 403, `{"message":"This token cannot be used for deleting repositories"}`, tok, PermissionDenied, []string{SchemeMismatch}},
		// scopedElsewherePattern
		{"token not valid for this repository", 403, `{"message":"This token is not valid for this repository"}`, tok, PermissionDenied, []string{CredentialRejected}},
		{"token not valid, no project named", 403, `{"message":"Token is not valid"}`, tok, CredentialRejected, nil},
		{"key not valid for a region", 401, `{"message":"Key not valid for the region eu-west-1"}`, key, RegionMismatch, []string{PermissionDenied}},
		// missingScopePattern, verifyCredentialPattern,
		// credentialParamMissingPattern, a caller not authorized to
		// perform an action
		{"a scope said missing, unnamed", 401, `{"message":"missing required oauth scope"}`, tok, ServerInsufficientScope, nil},
		{"a missing scopes list is no word about a scope missing", 403, `{"message":"Missing Permissions"}`, tok, PermissionDenied, []string{ServerInsufficientScope}},
		{"asked to verify the key sent", 403, `{"error":"Access is denied. Please verify your key= parameter."}`, key, CredentialRejected, nil},
		{"asked to check the key's permissions", 403, `{"error":"Please check your key permissions for this project."}`, key, PermissionDenied, []string{CredentialRejected}},
		{"a key parameter missing, nothing sent", 400, `{"error":"Required parameter 'key' is missing"}`, nil, NoCredentialsSent, nil},
		{"an object's key parameter is data", 400, `{"error":"Required parameter 'object_key' is missing"}`, nil, "", []string{NoCredentialsSent}},
		{"a user not authorized to perform that action", 401, `{"errors":[{"message":"user not authorized to perform that action"}]}`, tok, PermissionDenied, nil},
		{"a user not authorized, no action named", 401, `{"errors":[{"message":"user not authorized"}]}`, tok, CredentialRejected, []string{PermissionDenied}},
		{"a slash list of faults is no expiry", 401, `{"error":{"status":401,"message":"Missing/invalid/expired access token"}}`, tok, CredentialRejected, []string{TokenExpired}},
		{"a slash list of faults on a 403 is the token's", 403, `{"error":{"status":403,"message":"Missing/incorrect/expired access token"}}`, tok, CredentialRejected, []string{TokenExpired}},
		{"an object that does not belong to the caller", 401, `{"error":{"code":"UnauthorizedException","message":"These credentials do not belong to you"}}`, tok, PermissionDenied, nil},
		{"a key of another account is the key's", 401, `{"message":"This API key does not belong to this account"}`, key, CredentialRejected, []string{PermissionDenied}},
		// originRestrictedPattern: the key's or project's restrictions on
		// where requests come from
		{"origin not on the allowlist", 403, `{"jsonrpc":"2.0","id":1,"error":{"code":-32600,"message":"Unspecified origin not on whitelist."}}`, key, ReferrerRestricted, nil},
		{"rejected by the project's settings", 403, `{"jsonrpc":"2.0","id":1,"error":{"code":-32002,"message":"rejected due to project ID settings"}}`, key, ReferrerRestricted, nil},
		{"a user agent not allowed for this key", 403, `{"message":"User agent is not allowed for this API key"}`, key, ReferrerRestricted, nil},
		{"an email domain not allowed is data", 400, `{"message":"The email domain is not allowed for sign-up"}`, key, "", []string{ReferrerRestricted}},
		// unknownCredentialPattern: an app or project inactive
		{"an app inactive, on a 403", 403, `App is inactive. Please create a new app or contact support.`, key, CredentialRejected, nil},
		// a missing project id is a missing credential, also in a limit
		{"project id not provided, nothing sent, on a 429", 429, `{"jsonrpc":"2.0","error":{"code":-32005,"message":"legacy access request rate exceeded","data":{"reason":"project ID not provided"}}}`, nil, NoCredentialsSent, nil},
		{"an anonymous limit that names no credential", 429, `{"message":"API rate limit exceeded for 203.0.113.7."}`, nil, RateLimited, nil},
		// a key's field validated is no refused key
		{"a key's field validated", 400, "{\"message\":\"Invalid value at `.expiresAt`: not a valid date.\",\"code\":\"invalid_api_key_expires_at\",\"type\":\"invalid_request\"}", key, "", []string{CredentialRejected}},
		{"invalid_api_key as a code", 403, `{"message":"The provided API key is invalid.","code":"invalid_api_key","type":"auth"}`, key, CredentialRejected, nil},
		// a status 0 envelope in a 200 (block explorer APIs)
		{"status 0 NOTOK, invalid key", 200, `{"status":"0","message":"NOTOK","result":"Invalid API Key"}`, key, CredentialRejected, nil},
		{"status 0 NOTOK, rate limit", 200, `{"status":"0","message":"NOTOK","result":"Max rate limit reached"}`, key, RateLimited, nil},
		{"status 0 NOTOK, a wrong API-Key", 200, `{"status":"0","message":"NOTOK","result":"Wrong API-Key"}`, key, CredentialRejected, nil},
		{"an app inactive in a 200 ok:false", 200, `{"ok":false,"error":"App is inactive. Please create a new app."}`, key, CredentialRejected, nil},
		{"a key's field validated, code in one word", 400, `{"message":"Invalid value at .expiresAt","code":"InvalidApiKeyExpiresAt"}`, key, "", []string{CredentialRejected}},
		{"the token is missing, one sent in another header", 401, `{"error_description":"The token is missing","error":"invalid_request"}`, headerCred("X-Token", "T", "c0lWMnk8ncEVqpBvW7fNq390Vxu1gGHX"), CredentialInWrongPlace, nil},
		{"status 0 that says what happened", 200, `{"status":"0","message":"No transactions found","result":[]}`, key, "", []string{CredentialRejected, RateLimited}},
		{"status 0 NOTOK about data", 200, `{"status":"0","message":"NOTOK","result":"Error! Invalid address format"}`, key, "", []string{CredentialRejected, RateLimited}},
		// an API token said invalid
		{"invalid API token", 403, `{"message":"Invalid API token: it has been rotated"}`, tok, CredentialRejected, nil},
		// faultListPattern (two faults named), a key "provided is not valid",
		// noAccessToThisPattern, planFeaturePattern, limits reached in a
		// data API's 200 notice or errors object, a body code that is 429
		{"expired or signature invalid is no expiry", 401, `{"message":"Token has expired or signature is invalid"}`, tok, CredentialRejected, []string{TokenExpired}},
		{"a key provided is not valid", 403, `{"message":"The API key provided is not valid."}`, key, CredentialRejected, nil},
		{"no access to this resource, on a 401", 401, `{"error":"You don't have access to this resource."}`, key, PermissionDenied, nil},
		{"access to this resource needs a key, nothing sent", 401, `{"error":"Access to this resource requires an API key."}`, nil, NoCredentialsSent, []string{PermissionDenied}},
		{"a premium endpoint in a 200 notice", 200, `{"Information":"This is a premium endpoint. Subscribe to a plan to unlock it."}`, key, PermissionDenied, nil},
		{"free plans without access", 403, `{"message":"Free plans do not have access to this season."}`, key, PermissionDenied, []string{CredentialRejected}},
		{"call frequency in a 200 notice", 200, `{"Note":"Our standard API call frequency is 5 calls per minute."}`, key, RateLimited, nil},
		{"a notice beside data is no refusal", 200, `{"Note":"Our standard API call frequency is 5 calls per minute.","Meta Data":{"1. Symbol":"IBM"},"Time Series (Daily)":{}}`, key, "", []string{RateLimited}},
		{"a daily request limit in an errors object", 200, `{"errors":{"requests":"You have reached the request limit for the day."},"response":[]}`, key, RateLimited, nil},
		{"a field error in an errors object is no refusal", 200, `{"errors":{"league":"The League field must contain an integer."},"response":[]}`, key, "", []string{CredentialRejected, RateLimited}},
		{"credits for the current minute under code 429", 200, `{"code":429,"message":"You have run out of API credits for the current minute.","status":"error"}`, key, RateLimited, nil},
		{"the API calls limit reached under code 429", 200, `{"code":429,"message":"You have reached the API calls limit.","status":"error"}`, key, RateLimited, nil},
		{"a banned key under meta.status 403", 200, `{"meta":{"requests":0,"status":403,"message":"The provided API key has been banned"}}`, key, CredentialRejected, nil},
		{"a meta status 200 with a message is no refusal", 200, `{"meta":{"status":200,"message":"Request successful"},"data":[]}`, key, "", []string{CredentialRejected}},
		{"an allotted message quota exceeded on a 402", 402, `{"message":"You have exceeded your allotted message quota."}`, key, RateLimited, []string{PermissionDenied}},
		// operationUnauthorizedPattern, scopeDisabledPattern, a maximum
		// quota reached, an address or an app secret refused inside a
		// numeric-code envelope (the intl round), and their neighbours
		{"an API unauthorized in a 200 envelope", 200, `{"errcode":48001,"errmsg":"api unauthorized"}`, key, PermissionDenied, []string{CredentialRejected}},
		{"a method not authorized in a 200 envelope", 200, `{"code":1003,"msg":"This method is not authorized for the app"}`, key, PermissionDenied, nil},
		{"an API version in a 200 envelope is no refusal", 200, `{"code":1001,"message":"api version unsupported"}`, key, "", []string{PermissionDenied, CredentialRejected}},
		{"a scope disabled for the app", 403, `{"msg":"My App disabled [account_email] scopes for [USER_ME] API. Enable it first.","code":-3}`, tok, ServerInsufficientScope, nil},
		{"not callable with the current token scopes", 403, `{"error":"This method cannot be called with the current token scopes"}`, tok, ServerInsufficientScope, nil},
		{"a feature disabled for the app is no scope", 403, `{"message":"App disabled this feature. Contact the owner."}`, tok, PermissionDenied, []string{ServerInsufficientScope}},
		{"the maximum daily API quota reached, in a 200 envelope", 200, `{"errcode":45011,"errmsg":"reached maximum api daily quota limit"}`, key, RateLimited, nil},
		{"the maximum upload size is no rate", 400, `{"code":1001,"message":"reached maximum upload size limit"}`, key, "", []string{RateLimited}},
		{"an address not on the trusted list, in a 200 envelope", 200, `{"errcode":61004,"errmsg":"access forbidden, your ip is not on the trusted ip list"}`, key, IPRestricted, nil},
		{"an app secret said invalid, in a 200 envelope", 200, `{"errcode":40125,"errmsg":"invalid app secret"}`, key, CredentialRejected, nil},
		{"an error object with error_code and error_msg", 200, `{"error":{"error_code":5,"error_msg":"User authorization failed: access_token has expired."}}`, tok, TokenExpired, nil},
		{"an error object about a parameter is no refusal", 200, `{"error":{"error_code":100,"error_msg":"One of the parameters specified was missing or invalid: user_ids"}}`, tok, "", []string{CredentialRejected}},
		{"an Error object whose Code names an auth failure", 200, `{"Response":{"Error":{"Code":"AuthFailure.InvalidSecretId","Message":"Invalid key (not a cloud API key type)."},"RequestId":"r-1"}}`, tok, CredentialRejected, nil},
		{"an Error object about a record is no refusal", 200, `{"Response":{"Error":{"Code":"ResourceNotFound.NoDataOfRecord","Message":"Record does not exist."},"RequestId":"r-1"}}`, tok, "", []string{CredentialRejected}},
		{"a client id said not to exist, sent in the query", 401, `{"errorMessage":"Not Exist Client ID : Authentication failed.","errorCode":"024"}`, apiKey("CLIENT_ID", "Zq8RmT2vXp4sWn6y", "", "client_id"), CredentialInWrongPlace, nil},
		{"a client id that does not exist is refused", 401, `{"error":"The client id does not exist"}`, key, CredentialRejected, []string{CredentialInWrongPlace}},
		{"a bad authorization as a code word, on a 403", 403, `{"errors":[{"type":"oauth","value":"bad_authorization"}]}`, tok, CredentialRejected, nil},
		{"an invalid authorization code is no refused credential", 400, `{"message":"Invalid authorization code."}`, tok, "", []string{CredentialRejected}},
		{"auth failed with the key, on a 403", 403, `{"title":"Auth Failed","detail":"Auth failed with api-key: 0100 customer-id: 42"}`, key, CredentialRejected, nil},
		{"an access key not found, on a 404", 404, `{"Code":"InvalidAccessKeyId.NotFound","Message":"Specified access key is not found."}`, key, CredentialRejected, []string{NotFoundHidesPermission}},
		{"a file not found or without access stays hidden", 404, `{"message":"The file was not found or you do not have access to it"}`, key, NotFoundHidesPermission, nil},
		{"live credentials not authorized for this use", 401, `{"message":"Unauthorized use of live credentials","error":"unauthorized","status":401}`, tok, PermissionDenied, nil},
		// localWords: a refusal in another language
		{"Chinese: a token said invalid, in a 200 envelope", 200, `{"errcode":40014,"errmsg":"无效的令牌"}`, tok, CredentialRejected, nil},
		{"Chinese: a token expired, in a 200 envelope", 200, `{"code":1002,"msg":"令牌已过期"}`, tok, TokenExpired, nil},
		{"Chinese: no permission, in a 200 envelope", 200, `{"errcode":60011,"errmsg":"无权限访问"}`, tok, PermissionDenied, nil},
		{"Chinese: a phone number said invalid is no credential", 400, `{"code":1001,"msg":"无效的手机号码"}`, tok, "", nil},
		{"Japanese: an access token expired, on a 401", 401, `{"message":"アクセストークンの有効期限が切れています"}`, tok, TokenExpired, nil},
		{"Japanese: a record not found is data", 404, `{"messages":["処理対象のレコードが存在しません"]}`, tok, "", nil},
		{"Korean: a token expired, on a 401", 401, `{"message":"토큰이 만료되었습니다."}`, tok, TokenExpired, nil},
		{"Russian: a token invalid, in a 200 envelope", 200, `{"error_code":401,"error_msg":"Недействительный токен"}`, tok, CredentialRejected, nil},
		{"Spanish: an access token expired, on a 401", 401, `{"mensaje":"Token de acceso expirado"}`, tok, TokenExpired, nil},
		{"Spanish: an email said invalid is data", 422, `{"mensaje":"Correo electrónico inválido"}`, tok, "", nil},
		{"Portuguese: a token invalid, on a 401", 401, `{"mensagem":"Token inválido"}`, tok, CredentialRejected, nil},
		{"German: access refused, in a 200 envelope", 200, `{"code":403,"message":"Zugriff verweigert"}`, tok, PermissionDenied, nil},
		{"German: a key missing, one sent in another header", 401, `{"fehler":"API-Schlüssel fehlt"}`, key, CredentialInWrongPlace, nil},
		{"French: a token expired, on a 401", 401, `{"erreur":"Le jeton a expiré"}`, tok, TokenExpired, nil},
		// signatureRefusedPattern
		{"the request's signature not valid, on a 400", 400, `{"code":-1,"msg":"The signature of this request is not valid."}`, key, CredentialRejected, nil},
		{"a sign error in a 200 retCode envelope", 200, `{"retCode":10004,"retMsg":"Sign error","result":{}}`, key, CredentialRejected, nil},
		{"a document's signature field is no request signature", 400, `{"message":"The signature field is not valid: draw it again"}`, key, "", []string{CredentialRejected}},
		{"an illegal signature, on a 400", 400, `{"status":1090,"msg":"Illegal API signature"}`, key, CredentialRejected, nil},
		// requestFreshnessPattern
		{"the request's timestamp ahead of the server, on a 400", 400, `{"code":-1021,"msg":"Timestamp for this request was 1000ms ahead of the server's time."}`, key, CredentialRejected, nil},
		{"a nonce that must grow, in a 200 ok:false", 200, `{"ok":false,"error":"nonce must be increasing"}`, key, CredentialRejected, nil},
		{"a data timestamp out of range is no refusal", 400, `{"message":"startTime timestamp is outside the allowed range"}`, key, "", []string{CredentialRejected}},
		// ipNotAllowedPattern
		{"an unmatched IP in a 200 retCode envelope", 200, `{"retCode":10010,"retMsg":"Unmatched IP"}`, key, IPRestricted, nil},
		{"access from this IP refused, on a 403", 403, `{"error":"This key does not allow access from this IP."}`, key, IPRestricted, nil},
		{"an IP reported beside another fault", 401, `{"message":"Invalid API key","clientIp":"198.51.100.7"}`, key, CredentialRejected, []string{IPRestricted}},
		// credentialHeaderMissingPattern, the header named after the key
		{"key missing from a named header, sent bare in Authorization", 401, `{"message":"Token missing from x-auth-token header"}`, headerCred("Authorization", "RAW_TOKEN", "abc123def456ghi789"), CredentialInWrongPlace, nil},
		// unknownCredentialPattern: a key's id said not to exist
		{"a key id that does not exist, on a 403", 403, `{"message":"access_key_id does not exist"}`, key, CredentialRejected, nil},
		{"a stored object's key that does not exist is data", 404, `{"message":"The specified key does not exist."}`, key, "", []string{CredentialRejected}},
		// identityNotAuthorizedPattern: a caller said forbidden and no more
		{"an account said forbidden, on a 401", 401, `{"code":4011,"message":"account is forbidden"}`, key, PermissionDenied, nil},
		// withoutWarnings: a warning beside the errors refuses nothing
		{"a version warning beside a signature error", 401, `{"errors":[{"id":"authentication_error","message":"invalid signature"}],"warnings":[{"id":"missing_version","message":"Please supply API version (YYYY-MM-DD) as CB-VERSION header"}]}`, key, CredentialRejected, []string{RequiredHeaderMissing}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ex := corpusCase{cred: tc.cred, api: fixed{status: tc.status, header: jsonCT(), body: tc.body}}.run(t, "")
			causes := Analyze(ex)
			checkCauses(t, causes, tc.cred)
			wantFirst(t, causes, tc.want, tc.never)
		})
	}
}

// TestMessageInNestedDetail: a FastAPI-style body puts the words in
// detail.message; they are what the server said.
func TestMessageInNestedDetail(t *testing.T) {
	key := apiKey("API_KEY", "sk_3f2e1d0c9b8a7f6e5d4c3b2a", "xi-api-key", "")
	ex := corpusCase{cred: key, api: fixed{status: 401, header: jsonCT(), body: `{"detail":{"status":"missing_permissions","message":"The API key you used is missing the permission voices_read to execute this operation."}}`}}.run(t, "")
	causes := Analyze(ex)
	checkCauses(t, causes, key)
	if len(causes) == 0 || !strings.Contains(strings.Join(causes[0].Evidence, "\n"), "missing the permission voices_read to execute this operation") {
		t.Errorf("the server's words are not in the evidence:\n%s", dump(causes))
	}
}
