package diagnose

import "testing"

// TestRoundworkgovReadings: the readings the roundworkgov round added,
// each in words another server could send for the same thing, with the
// neighbour it must leave alone.
func TestRoundworkgovReadings(t *testing.T) {
	key := apiKey("API_KEY", "Xq9vT2kLm8Rb4Nw6Pz3Hc7Jd5Fs1Ga0E", "X-Api-Key", "")
	tok := bearer("ACCESS_TOKEN", "tk_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4")
	html := map[string]string{"Content-Type": "text/html"}
	runReadings(t, []readingCase{
		// The host of a link the server gives is not the caller's address.
		{"key not authorized, a contact link on an address", 403, nil, `{"error":{"code":"API_KEY_UNAUTHORIZED","message":"The api_key supplied is not authorized to access the given service. Contact us at http://10.0.4.7:8080/contact/ for assistance"}}`, key, PermissionDenied, []string{IPRestricted}},
		{"not allowed, a docs link on an address", 403, nil, `{"message":"This key is not allowed to read reports, see https://192.168.10.20/docs/keys#scopes"}`, key, PermissionDenied, []string{IPRestricted}},
		{"an address said not allowed stays the address's", 403, nil, `{"message":"Requests from 203.0.113.9 are not allowed"}`, key, IPRestricted, nil},
		// A page whose headline is the API's error code is the API's.
		{"NOT_AUTHORIZED_FOR_THIS_SERVICE as a page headline", 403, html, "<html><body><h1>NOT_AUTHORIZED_FOR_THIS_SERVICE</h1><p>Contact us.</p></body></html>", key, PermissionDenied, []string{BlockedByProxy}},
		{"KEY_NOT_PERMITTED_FOR_ROUTE as a page headline", 403, html, "<html><body><h1>KEY_NOT_PERMITTED_FOR_ROUTE</h1></body></html>", key, PermissionDenied, []string{BlockedByProxy}},
		{"a WAF's page with a code headline stays the WAF's", 403, map[string]string{"Content-Type": "text/html", "CF-RAY": "8a1b2c3d4e5f6789-FRA"}, "<html><body><h1>REQUEST_BLOCKED</h1></body></html>", key, BlockedByProxy, nil},
		// A problem type's URN or URL is not the permission a token lacks.
		{"missing permission with a URN type", 403, map[string]string{"Content-Type": "application/problem+json"}, `{"type":"urn:problem-type:acme:missingPermission","title":"Missing Permission","detail":"Not permitted to delete this invoice"}`, tok, PermissionDenied, []string{ServerInsufficientScope}},
		{"missing permission with another URN type", 403, map[string]string{"Content-Type": "application/problem+json"}, `{"title":"Missing permission","type":"urn:problem:gov.example:missing-permission","detail":"Not permitted to read this record"}`, tok, PermissionDenied, []string{ServerInsufficientScope}},
		{"a permission named like a scope stays a scope", 403, nil, `{"message":"Missing permission: invoices:write"}`, tok, ServerInsufficientScope, nil},
		// A header that must be supplied, sent or included.
		{"header must be supplied", 400, nil, `{"error":"X-Correlation-ID header must be supplied"}`, tok, RequiredHeaderMissing, nil},
		{"header must be included", 400, nil, `{"message":"The Idempotency-Key header must be included in every POST request"}`, tok, RequiredHeaderMissing, nil},
		{"header is not supplied", 400, nil, `{"message":"The X-Tenant-ID header is not supplied or invalid"}`, tok, RequiredHeaderMissing, nil},
		{"the Authorization header must be supplied is the credential's", 401, nil, `{"message":"Authorization header must be supplied"}`, nil, NoCredentialsSent, []string{RequiredHeaderMissing}},
		// A "status" object in a 2xx whose code says the call failed.
		{"status object 401, description invalid access token", 200, nil, `{"status":{"code":401,"description":"Invalid access token"}}`, tok, CredentialRejected, nil},
		{"status object 470, details token revoked", 200, nil, `{"status":{"code":470,"description":"Operation failed","details":["Token has been revoked."]}}`, tok, CredentialRejected, nil},
		{"status object 200 speaks of a token issued", 200, nil, `{"status":{"code":200,"description":"Authentication completed","details":["Access token issued."]}}`, tok, "", nil},
		{"status object 450 about an invoice is no refusal", 200, nil, `{"status":{"code":450,"description":"Invoice number already used","details":["Duplicate invoice 2026/001."]}}`, tok, "", nil},
		// The calling client said not recognised or not onboarded (late).
		{"client not recognised", 403, nil, `{"detail":"Client not recognised."}`, tok, CredentialRejected, nil},
		{"application not onboarded for this API", 401, nil, `{"message":"Application not onboarded for this API"}`, tok, CredentialRejected, nil},
		{"a client record not recognised on a 404 is data", 404, nil, `{"message":"Client not recognised: 'C-1042'"}`, tok, "", []string{CredentialRejected}},
		// A ban in effect on the account (late).
		{"a ban in place on this account", 403, nil, `{"message":"A ban is in place on this account"}`, tok, CredentialRejected, nil},
		{"an API ban in effect on your account", 403, nil, `{"error":"An API ban is in effect on your account until 12:00 UTC"}`, tok, CredentialRejected, nil},
		{"a ban on a thread is no account's", 403, nil, `{"message":"A posting ban is in effect on this thread"}`, tok, PermissionDenied, []string{CredentialRejected}},
	})
}
