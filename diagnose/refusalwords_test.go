package diagnose

import "testing"

// TestRefusalWords: the phrase families of refusalwords.go, each read the
// same in a 200 failure envelope, on the other 4xx and in an HTML page's
// headline; and the failures in the same envelopes that are the
// business's, not a refusal.
func TestRefusalWords(t *testing.T) {
	tok := bearer("API_TOKEN", "opq_7Hd92kLmQ4pXrT")
	key := apiKey("API_KEY", "key_9f8e7d6c5b4a3210", "X-API-Key", "")
	html := map[string]string{"Content-Type": "text/html"}
	runReadings(t, []readingCase{
		// callerRefusedPattern in a 200 {"ok": false} or {"success": false}.
		{"no access, ok false", 200, nil, `{"ok":false,"error":"You do not have access to the app example."}`, tok, PermissionDenied, []string{CredentialRejected}},
		{"not accessible by integration, ok false", 200, nil, `{"ok":false,"error":"Resource not accessible by integration"}`, tok, PermissionDenied, []string{CredentialRejected}},
		{"insufficient privileges, success false", 200, nil, `{"success":false,"message":"Insufficient privileges to complete the operation."}`, tok, PermissionDenied, nil},
		{"cannot consume this service, ok false", 200, nil, `{"ok":false,"error":"You cannot consume this service"}`, key, PermissionDenied, nil},
		{"must have admin rights, ok false", 200, nil, `{"ok":false,"error":"Must have admin rights to Repository."}`, tok, PermissionDenied, nil},
		{"does not own, success false", 200, nil, `{"success":false,"message":"User does not own Shop 31415926"}`, tok, PermissionDenied, nil},
		{"not a sandbox user, ok false", 200, nil, `{"ok":false,"error":"You are not a sandbox user of this client"}`, tok, PermissionDenied, nil},
		{"not registered for this application", 200, nil, `{"ok":false,"error":"The user is not registered for this application."}`, tok, PermissionDenied, nil},
		{"not enabled for this organization", 200, nil, `{"ok":false,"error":"The REST API is not enabled for this Organization."}`, tok, PermissionDenied, nil},
		{"RBAC access denied", 200, nil, `{"ok":false,"error":"RBAC: access denied"}`, tok, PermissionDenied, []string{CredentialRejected}},
		{"key not authorized to access a service", 200, nil, `{"ok":false,"error":"The api_key supplied is not authorized to access the given service."}`, key, PermissionDenied, nil},
		{"credentials not sufficient", 200, nil, `{"success":false,"message":"Access credentials are not sufficient to access this resource"}`, tok, PermissionDenied, nil},
		{"missing access", 200, nil, `{"ok":false,"error":"Missing Access"}`, tok, PermissionDenied, nil},
		{"the organization forbids", 200, nil, `{"ok":false,"error":"The 'acme' organization forbids access via a fine-grained personal access tokens if the token's lifetime is greater than 90 days."}`, tok, PermissionDenied, nil},
		{"a separate subscription", 200, nil, `{"ok":false,"error":"Using this endpoint requires a separate subscription to the plan."}`, key, PermissionDenied, nil},
		{"blocked by the user", 200, nil, `{"ok":false,"error":"Forbidden: bot was blocked by the user"}`, tok, PermissionDenied, nil},
		// credentialFaultPattern in the same envelopes.
		{"name or password incorrect, ok false", 200, nil, `{"ok":false,"error":"Name or password is incorrect."}`, basicCred("admin", "Adm1n-Pass-2026"), CredentialRejected, nil},
		{"must log in first, ok false", 200, nil, `{"ok":false,"error":"You must log in first."}`, tok, CredentialRejected, nil},
		{"must be logged in, success false", 200, nil, `{"success":false,"message":"You must be logged in to do this."}`, tok, CredentialRejected, nil},
		{"ACL not found, ok false", 200, nil, `{"ok":false,"error":"ACL not found"}`, tok, CredentialRejected, nil},
		{"an exp claim too far, ok false", 200, nil, `{"ok":false,"error":"'Expiration time' claim ('exp') is too far in the future"}`, tok, CredentialRejected, nil},
		{"an invalid passphrase header", 200, nil, `{"success":false,"message":"Invalid KC-API-PASSPHRASE"}`, key, CredentialRejected, nil},
		{"a valid key header must be sent, though forbidden", 200, nil, "{\"ok\":false,\"error\":\"Forbidden - a valid `x-typesense-api-key` header must be sent.\"}", apiKey("TYPESENSE_KEY", "ts_9f8e7d6c5b4a3210", "X-TYPESENSE-API-KEY", ""), CredentialRejected, []string{PermissionDenied}},
		{"account not active", 200, nil, `{"success":false,"message":"Account not active"}`, key, CredentialRejected, nil},
		{"HTTP Error 401 in an envelope", 200, nil, `{"ok":false,"error":"HTTP Error 401"}`, tok, CredentialRejected, nil},
		{"HTTP Error 403 in an envelope", 200, nil, `{"ok":false,"error":"HTTP Error 403"}`, tok, PermissionDenied, nil},
		// The credential's fault on a 403 is the credential's.
		{"invalid key on a 403", 403, nil, `invalid key`, key, CredentialRejected, nil},
		{"unknown API key on a 403", 403, nil, `{"error":{"message":"Unknown API key 614335564976464"}}`, key, CredentialRejected, nil},
		{"invalid webhook token on a 403", 403, nil, `{"message": "Invalid Webhook Token", "code": 50027}`, tok, CredentialRejected, nil},
		{"credentials missing or invalid on a 403", 403, nil, `{"msg":"Provided credentials are missing or invalid"}`, tok, CredentialRejected, nil},
		{"invalid subscription key on a 403", 403, nil, `{"statusCode":401,"message":"Access denied due to invalid subscription key."}`, key, CredentialRejected, nil},
		{"key authentication failure on a 403", 403, nil, `{"ErrorMessage":"API key authentication/authorization failure. Your API key may be expired."}`, key, CredentialRejected, nil},
		{"a key not valid, no period, on a 403", 403, nil, `The API key provided is not valid`, key, CredentialRejected, nil},
		{"a token not valid for a repository is its scope", 403, nil, `{"message":"This token is not valid for this repository"}`, tok, PermissionDenied, []string{CredentialRejected}},
		// The same words in a page's headline are the API's, not a proxy's.
		{"cannot consume, in a page title", 403, html, `<html><head><title>You cannot consume this service</title></head><body></body></html>`, key, PermissionDenied, []string{BlockedByProxy}},
		{"not accessible, in an h1 under a placeholder title", 403, html, `<html><head><title>Error</title></head><body><h1>Resource not accessible by integration</h1></body></html>`, tok, PermissionDenied, []string{BlockedByProxy}},
		{"an unknown auth key header, in a page", 403, html, `<html><head><title>Unknown X-Auth-Key or X-Auth-Email</title></head><body></body></html>`, key, CredentialRejected, []string{BlockedByProxy}},
		{"HTTP Basic access denied, in a page", 401, html, `<html><head><title>HTTP Basic: Access denied.</title></head><body></body></html>`, basicCred("admin", "Adm1n-Pass-2026"), CredentialRejected, []string{BlockedByProxy}},
		{"the client not authorised, in a page", 403, html, `<html><head><title>The client and/or agent is not authorised.</title></head><body></body></html>`, tok, PermissionDenied, []string{BlockedByProxy}},
		{"a token disabled, in a page", 403, html, `<html><head><title>Token disabled</title></head><body></body></html>`, tok, CredentialRejected, nil},
		{"blocked by the user, in a page", 403, html, `<html><head><title>Forbidden: bot was blocked by the user</title></head><body></body></html>`, tok, PermissionDenied, []string{BlockedByProxy}},
		{"a bare 403 page stays a proxy's", 403, html, `<html><head><title>403 Forbidden</title></head><body></body></html>`, tok, BlockedByProxy, nil},
		// An XML document's entities are read as a page's are.
		{"no access in an XML error, entities", 401, map[string]string{"Content-Type": "application/xml"}, `<?xml version="1.0"?><Error><Message>You don&#39;t have access to this resource.</Message></Error>`, key, PermissionDenied, nil},
		// The business's failures in the same envelopes stay quiet.
		{"a validation error, ok false", 200, nil, `{"ok":false,"error":"The name field is required."}`, tok, "", []string{CredentialRejected, PermissionDenied}},
		{"a business rule with cannot, ok false", 200, nil, `{"ok":false,"error":"You cannot delete a channel with members."}`, tok, "", []string{CredentialRejected, PermissionDenied}},
		{"not found, success false", 200, nil, `{"success":false,"message":"User not found"}`, tok, "", []string{CredentialRejected, PermissionDenied}},
		{"a partition key invalid, ok false", 200, nil, `{"ok":false,"error":"Invalid partition key in the request"}`, tok, "", []string{CredentialRejected}},
		{"a reset token expired, success false", 200, nil, `{"success":false,"message":"The password reset token is invalid or has expired."}`, tok, "", []string{CredentialRejected, TokenExpired}},
		{"an HTTP 404 in an envelope", 200, nil, `{"ok":false,"error":"HTTP Error 404"}`, tok, "", []string{CredentialRejected, PermissionDenied}},
		{"a rate limit, ok false", 200, nil, `{"ok":false,"error":"Rate limit exceeded, retry in 30 seconds"}`, tok, RateLimited, nil},
		{"an ok envelope with data", 200, nil, `{"ok":true,"message":"You do not have access to nothing: all good","data":[]}`, tok, "", []string{PermissionDenied}},
	})
}

// TestTokenWordings: a token named without its qualifier ("token
// required", "Error validating token", "a personal token … cannot be
// used as a bearer", "Expected OAuth 2 token") reads as the qualified
// words do.
func TestTokenWordings(t *testing.T) {
	tok := bearer("API_TOKEN", "opq_7Hd92kLmQ4pXrT")
	runReadings(t, []readingCase{
		{"a personal token cannot be a bearer", 401, nil, `{"message":"A personal token or organization token cannot be used as a bearer. A proper token must be obtained via /v2/auth/token."}`, tok, SchemeMismatch, nil},
		{"token required, one sent", 401, nil, `{"error_code":"NOT_AUTHORIZED","message":"token required"}`, tok, CredentialInWrongPlace, nil},
		{"a token is required, none sent", 400, nil, `{"error":{"code":104,"message":"An token is required to request this resource.","type":"OAuthException"}}`, nil, NoCredentialsSent, nil},
		{"a CSRF token required is no credential", 403, nil, `{"message":"CSRF token required"}`, tok, RequiredHeaderMissing, []string{CredentialInWrongPlace}},
		{"token missing in the request header, one sent", 403, nil, `{"errors":[{"code":"Unauthorized","details":"token is missing in the request header.","message":"Access to requested resource is denied."}]}`, tok, CredentialInWrongPlace, nil},
		{"error validating token", 400, nil, `{"error":{"code":190,"message":"Error validating token: The session has been invalidated because the user changed their password.","type":"OAuthException"}}`, tok, CredentialRejected, nil},
		{"expected an OAuth 2 token, a bearer sent", 401, map[string]string{"Content-Type": "application/json", "WWW-Authenticate": `Bearer realm="https://accounts.google.com/"`}, `{"error":{"code":401,"message":"Request is missing required authentication credential. Expected OAuth 2 token.","status":"UNAUTHENTICATED"}}`, tok, CredentialRejected, []string{SchemeMismatch}},
	})
}
