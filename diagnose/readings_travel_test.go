package diagnose

import (
	"encoding/base64"
	"testing"
)

// TestTravelReadings: the readings the travel round's misses lacked, each
// in wordings and envelopes other servers could send (other field names,
// another word order, another status), with the neighbour each must leave
// alone.
func TestTravelReadings(t *testing.T) {
	tok := bearer("API_TOKEN", "opq_7Hd92kLmQ4pXrT")
	key := apiKey("API_KEY", "key_9f8e7d6c5b4a3210", "X-API-Key", "")
	inQuery := apiKey("API_KEY", "key_9f8e7d6c5b4a3210", "", "access_token")
	basicAuth := headerCred("Authorization", "CLIENT_AUTH", "Basic "+base64.StdEncoding.EncodeToString([]byte("client-id:client-secret-9f8e7d")))
	runReadings(t, []readingCase{
		// The caller's account said inactive: switched off, like its key.
		{"an account inactive, on a 403", 403, nil, `{"message":"Account Inactive"}`, key, CredentialRejected, nil},
		{"your account is inactive, on a 401", 401, nil, `{"error":"Your account is inactive. Contact support."}`, key, CredentialRejected, nil},
		{"an account that has been inactive, in a 200 ok:false", 200, nil, `{"ok":false,"error":"This account has been inactive since March; reactivate it to use the API"}`, key, CredentialRejected, nil},
		{"a recipient's account inactive is the business's", 400, nil, `{"message":"The recipient account is inactive"}`, key, "", nil},
		// A usage said reached, without the word "limit".
		{"a user's usage reached, on a 403", 403, nil, `{"error":{"code":26,"message":"User usage reached"}}`, tok, RateLimited, nil},
		{"an application's usage reached", 403, nil, `{"message":"Application usage reached, try again in an hour"}`, key, RateLimited, nil},
		{"daily API usage exceeded, on a 400", 400, nil, `{"error":"Daily API usage exceeded. Try again tomorrow."}`, key, RateLimited, nil},
		{"a storage usage exceeded is the account's data", 403, nil, `{"message":"Storage usage exceeded for this workspace"}`, key, PermissionDenied, []string{RateLimited}},
		// A key said suspended before or after its name, with a dash
		// after it (Last.fm's "API Key Suspended - …").
		{"a suspended API key named first", 401, nil, `{"error":"Suspended API key"}`, key, CredentialRejected, nil},
		{"an API key suspended, a colon after", 403, nil, `{"detail":"API key suspended: contact support to reactivate it"}`, key, CredentialRejected, nil},
		{"an app key suspended, a dash after, on a 403", 403, nil, `{"message":"App key suspended - this application may not call the service"}`, key, CredentialRejected, nil},
		{"a webhook suspended is the API's data", 400, nil, `{"message":"Webhook suspended - too many failed deliveries"}`, key, "", nil},
		// A credential said it must be supplied: none found where the
		// server looks; a valid one asked for is a refusal.
		{"an API key must be provided, sent in the query", 401, nil, `{"message":"An API key must be provided with every request."}`, inQuery, CredentialInWrongPlace, nil},
		{"an API key must be provided, nothing sent", 401, nil, `{"message":"An API key must be provided with every request."}`, nil, NoCredentialsSent, nil},
		{"a token must be included, sent in the query", 401, nil, `{"error":"The access token has to be included in the Authorization header"}`, inQuery, CredentialInWrongPlace, nil},
		{"TOKEN_MISSING alone, sent in the query", 401, nil, `{"error":{"code":"TOKEN_MISSING"}}`, inQuery, CredentialInWrongPlace, nil},
		{"api_key_missing, sent in another header", 401, nil, `{"error":"api_key_missing"}`, key, CredentialInWrongPlace, nil},
		{"a valid token must be supplied is a refusal", 401, nil, `{"message":"A valid token must be supplied"}`, tok, CredentialRejected, []string{CredentialInWrongPlace}},
		{"a reason that must be supplied is validation", 422, nil, `{"message":"A reason must be supplied"}`, tok, "", nil},
		// The scheme named as the only one taken.
		{"only Bearer authentication supported, Basic sent", 401, nil, `{"error":"Only Bearer authentication is supported"}`, basicAuth, SchemeMismatch, nil},
		{"only bearer tokens accepted, Basic sent, on a 400", 400, nil, `{"message":"only bearer tokens are accepted"}`, basicAuth, SchemeMismatch, nil},
		{"only valid bearer authentication, a Bearer token sent", 401, nil, `{"error":{"status":401,"message":"Only valid bearer authentication supported"}}`, tok, CredentialRejected, []string{SchemeMismatch}},
		// A credential's parameter asked to be passed.
		{"pass the api_key parameter, nothing sent", 400, nil, `{"message":"Please pass the 'api_key' parameter"}`, nil, NoCredentialsSent, nil},
		{"pass your access_token as a parameter, nothing sent", 401, nil, `{"error":"You must pass your access_token as a parameter"}`, nil, NoCredentialsSent, nil},
		{"provide the client_id and client_secret parameters, nothing sent", 400, nil, `{"error":"Please provide the client_id and client_secret parameters"}`, nil, NoCredentialsSent, nil},
		{"pass the api_key parameter, a key in a header", 400, nil, `{"message":"Please pass the 'api_key' parameter"}`, key, CredentialInWrongPlace, nil},
		{"pass the date parameter is validation", 400, nil, `{"message":"Please pass the 'date' parameter"}`, nil, "", nil},
		// A scope's permission (an identifier with a colon) said missing.
		{"a scope's permission missing in an error list", 401, nil, `{"message":"Authorization Error","errors":[{"resource":"AccessToken","field":"profile:write_permission","code":"missing"}]}`, tok, ServerInsufficientScope, nil},
		{"a named permission is missing", 401, nil, `{"message":"Permission activity:read is missing"}`, tok, ServerInsufficientScope, nil},
		{"missing_permission with its name beside", 403, nil, `{"error":"missing_permission","permission":"activity:write"}`, tok, ServerInsufficientScope, nil},
		{"a scope's permission missing after a label", 401, nil, `{"errors":[{"code":"missing","field":"Unauthorized: activity:read_permission","resource":"AccessToken"}],"message":"Authorization Error"}`, tok, ServerInsufficientScope, nil},
		{"a field missing from a form is validation", 400, nil, `{"message":"Bad Request","errors":[{"resource":"Activity","field":"name","code":"missing"}]}`, tok, "", nil},
		// The code calls it invalid, in any spelling, beside words that
		// say authentication is required.
		{"InvalidAuth beside requires authentication, a key sent", 401, nil, `{"error":"InvalidAuth","detail":"This method requires authentication."}`, key, CredentialRejected, []string{CredentialInWrongPlace}},
		{"invalid_api_key beside authentication required", 401, nil, `{"code":"invalid_api_key","message":"Authentication required"}`, key, CredentialRejected, []string{CredentialInWrongPlace}},
		{"auth_required beside requires authentication is none found", 401, nil, `{"error_type":"auth_required","error_detail":"This method requires authentication."}`, key, CredentialInWrongPlace, nil},
		// The caller refused in words that name who decided, or an
		// operation forbidden, in a 200 envelope or an HTML page.
		{"not authorized by the provider to access, in a 200 ok:false", 200, nil, `{"ok":false,"error":"API client is not authorized by Acme to access the resource requested."}`, tok, PermissionDenied, nil},
		{"an operation forbidden as a page's heading", 403, map[string]string{"Content-Type": "text/html"}, `<html><body><h1>Operation is forbidden</h1></body></html>`, tok, PermissionDenied, []string{BlockedByProxy}},
		{"a request forbidden by rules is still a proxy's", 403, map[string]string{"Content-Type": "text/html"}, "<html><body><h1>403 Forbidden</h1>\nRequest forbidden by administrative rules.\n</body></html>\n", tok, BlockedByProxy, nil},
		// A wait before retrying asked in the body: a rate, whatever the
		// words and the envelope (Withings' 200 with status 601).
		{"a 200 envelope with a failing status and a wait", 200, nil, `{"status":601,"body":{"wait_seconds":30},"error":"Same request repeated too soon"}`, tok, RateLimited, nil},
		{"retry_after in a 400", 400, nil, `{"code":4290,"message":"Request blocked","retry_after":12}`, key, RateLimited, nil},
		{"retryAfter in an error object, on a 403", 403, nil, `{"error":{"message":"Try again later","retryAfter":45}}`, key, RateLimited, nil},
		{"a wait of zero is no rate", 403, nil, `{"message":"Forbidden","retry_after":0}`, key, PermissionDenied, []string{RateLimited}},
		{"a 200 that succeeded with a wait field is data", 200, nil, `{"status":0,"body":{"wait_seconds":5,"measures":[]}}`, tok, "", nil},
		// The parameter or header the credential went in, named invalid.
		{"the parameter sent named invalid, in a 200 envelope", 200, nil, `{"status":503,"error":"Invalid Params: invalid sk"}`, apiKey("LASTFM_SESSION_KEY", "sk_9f8e7d6c5b4a3210fedc", "", "sk"), CredentialRejected, nil},
		{"the header sent named incorrect, on a 400", 400, nil, `{"message":"incorrect X-Partner-Token"}`, headerCred("X-Partner-Token", "PARTNER_TOKEN", "ptk_9f8e7d6c5b4a3210fedc"), CredentialRejected, nil},
		{"an invalid authorization code names no header", 400, nil, `{"message":"Invalid authorization code."}`, tok, "", []string{CredentialRejected}},
		{"another parameter named invalid is validation", 200, nil, `{"status":503,"error":"Invalid Params: invalid date"}`, apiKey("WITHINGS_CODE", "182e4701321550bd47ba2e9b6873", "", "code"), "", nil},
		// A route gone, said under an error about the key: the route, not
		// the key.
		{"a method retired under an application key error, in a 200", 200, nil, `{"error":{"error_type":"Application Key Error","error_message":"This method has been retired."}}`, key, EndpointNotFound, []string{DeprecatedAuthMethod}},
		{"an endpoint deprecated in an API key error, on a 400", 400, nil, `{"error":"invalid_request","error_description":"API key error: this endpoint is deprecated, use /v3/events"}`, key, EndpointNotFound, []string{DeprecatedAuthMethod}},
		{"API key authentication deprecated is the method", 401, nil, `{"message":"API key authentication is deprecated; use OAuth tokens"}`, key, DeprecatedAuthMethod, []string{EndpointNotFound}},
	})
}
