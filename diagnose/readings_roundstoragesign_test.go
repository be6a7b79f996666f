package diagnose

import "testing"

// TestRoundstoragesignReadings: the readings the roundstoragesign round
// added, each in words another server could send for the same thing, with
// the neighbour it must leave alone.
func TestRoundstoragesignReadings(t *testing.T) {
	tok := bearer("ACCESS_TOKEN", "tk_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4")
	raw := headerCred("Authorization", "API_TOKEN", "tk_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4")
	text := map[string]string{"Content-Type": "text/plain; charset=utf-8"}
	runReadings(t, []readingCase{
		// The Authorization header said to be provided, nothing sent.
		{"must provide HTTP header Authorization, nothing sent", 400, text, `Error in call to API function "files/upload": Must provide HTTP header "Authorization" or URL parameter "authorization".`, nil, NoCredentialsSent, nil},
		{"please include an Authorization header, nothing sent", 400, nil, `{"error":"Please include an Authorization header."}`, nil, NoCredentialsSent, nil},
		{"an Authorization header of a type is a form asked for", 401, nil, `{"message":"You must provide an Authorization header of the type Basic or Bearer to authenticate correctly."}`, raw, PrefixMissing, []string{NoCredentialsSent}},
		// A token without a scope it names.
		{"token does not have the \"upload\" scope", 403, nil, `{"error":"Your access token does not have the \"upload\" scope"}`, tok, ServerInsufficientScope, nil},
		{"key doesn't have the files.write scope", 403, nil, `{"message":"This key doesn't have the files.write scope."}`, tok, ServerInsufficientScope, nil},
		{"a user without a role is no scope", 403, nil, `{"message":"The user does not have the editor role."}`, tok, PermissionDenied, []string{ServerInsufficientScope}},
		// A transfer or transaction cap exceeded is a rate; a storage cap is not.
		{"download bandwidth cap exceeded", 403, nil, `{"code":"download_cap_exceeded","message":"Cannot download file, download bandwidth or transaction (Class B) cap exceeded.","status":403}`, tok, RateLimited, nil},
		{"transaction cap reached", 403, nil, `{"error":"Daily transaction cap reached for this account"}`, tok, RateLimited, nil},
		{"account storage limit reached is no rate", 403, nil, `{"code":"storage_limit_exceeded","message":"Account storage limit reached"}`, tok, PermissionDenied, []string{RateLimited}},
		{"file size limit exceeded is no rate", 403, nil, `{"code":"file_size_limit_exceeded","message":"File size exceeds the folder owner's file size limit"}`, tok, PermissionDenied, []string{RateLimited}},
		// An origin to list in the app's CORS settings.
		{"origin to safelist in the CORS configuration", 403, nil, `{"code":"cors_origin_not_whitelisted","message":"Access denied - Did you forget to safelist your origin in the CORS configuration of your app?"}`, tok, ReferrerRestricted, []string{IPRestricted}},
		{"origin not allowed, add it to the CORS settings", 403, nil, `{"error":"This origin is not allowed: add it to the allowed origins in your app's CORS settings"}`, tok, ReferrerRestricted, []string{IPRestricted}},
		{"an IP not on the allowlist stays an address", 403, nil, `{"error":"Your IP address is not on the allowlist for this key"}`, tok, IPRestricted, nil},
		// Access from the caller's location said blocked.
		{"access_from_location_blocked", 403, nil, `{"code":"access_from_location_blocked","message":""}`, tok, IPRestricted, nil},
		{"access from your country is blocked", 403, nil, `{"error":"Access from your country is blocked by the account's policy"}`, tok, IPRestricted, nil},
		{"a location record not found is data", 404, nil, `{"error":"Location not found"}`, tok, "", []string{IPRestricted}},
		// Another access point than the account's.
		{"request must be made to correct API access point", 400, nil, `{"code":"INVALID_API_ACCESS_POINT","message":"Request must be made to correct API access point (e.g. use GET /base_uris)."}`, tok, RegionMismatch, nil},
		{"wrong access point for this account", 403, nil, `{"error":"Wrong access point for this account; use the EU host"}`, tok, RegionMismatch, nil},
		// What the key belongs to said removed or suspended.
		{"project marked as removed", 403, nil, `{"error":{"status_code":403,"content":"Project demo is marked as removed.","error_code":"ProjectPublicKeyRemovedError"}}`, tok, CredentialRejected, nil},
		{"the account is marked as deleted", 401, nil, `{"message":"This account is marked as deleted."}`, tok, CredentialRejected, nil},
		{"user_suspended on a 401", 401, nil, `{"error_summary": "user_suspended/..", "error": {".tag": "user_suspended"}}`, tok, CredentialRejected, nil},
		{"the user has been suspended", 401, nil, `{"error":"The user has been suspended"}`, tok, CredentialRejected, nil},
		{"a file marked as removed is data", 404, nil, `{"error":"The file is marked as removed"}`, tok, "", []string{CredentialRejected}},
		// Authentication refused over plain HTTP.
		{"simple authentication over HTTP is forbidden", 400, nil, `{"detail":"Simple authentication over HTTP is forbidden. Please, use HTTPS or signed requests instead."}`, raw, DeprecatedAuthMethod, nil},
		{"basic auth over http is not allowed", 403, nil, `{"error":"Basic auth over http is not allowed"}`, raw, DeprecatedAuthMethod, nil},
		// A header named, with providing.
		{"by providing the X header", 400, text, `You can act for a member by providing the "X-Act-As-User" HTTP header.`, tok, RequiredHeaderMissing, nil},
		{"by sending the Org-Id header", 400, nil, `{"error":"Select the organisation by sending the Org-Id header"}`, tok, RequiredHeaderMissing, nil},
		{"providing the Authorization header is the credential's", 400, nil, `{"error":"Authenticate by providing the X-Api-Key header"}`, tok, "", []string{RequiredHeaderMissing}},
		// A credential of a kind that does not work with this function.
		{"token does not work with this function", 400, text, `This is a team management function. The access token you provided is for a single user account and does not work with this function.`, tok, PermissionDenied, nil},
		{"key cannot be used for this endpoint", 403, nil, `{"error":"A publishable key cannot be used for this endpoint"}`, tok, PermissionDenied, nil},
		// Terms to accept first.
		{"must accept terms of service", 400, nil, `{"code":"terms_of_service_required","message":"User must accept custom terms of service before action can be taken"}`, tok, PermissionDenied, nil},
		{"you need to accept the updated terms of use", 403, nil, `{"error":"You need to accept the updated Terms of Use"}`, tok, PermissionDenied, nil},
		{"terms of service text asked for is data", 422, nil, `{"error":"terms_of_service_url must be a valid URL"}`, tok, "", []string{PermissionDenied}},
		// An expired session on 410 is a resource's.
		{"upload session expired on 410", 410, nil, `{"code":"session_expired","message":""}`, tok, "", []string{TokenExpired}},
		{"the session has expired on 401 stays the login's", 401, nil, `{"error":"session_expired","message":"Your session has expired"}`, tok, TokenExpired, nil},
	})
	// Paraphrases of the RFC 6749 section 5.2 error a token endpoint sends.
	const rfc6749 = "https://datatracker.ietf.org/doc/html/rfc6749#section-5.2"
	runTokenCases(t, []tokenCase{
		{src: rfc6749, name: "grant type unauthorized for this client_id", status: 400,
			body: `{"error":"invalid_request","error_description":"The grant type is unauthorized for this client_id"}`, want: PermissionDenied},
		{src: rfc6749, name: "grant type not enabled for this client", status: 400,
			body: `{"error":"invalid_request","error_description":"Grant type not enabled for this client"}`, want: PermissionDenied},
		{src: rfc6749, name: "unsupported_grant_type with its list stays not allowed", status: 400,
			body: `{"error":"unsupported_grant_type","error_description":"grant_type must be one of client_credentials, refresh_token"}`, want: PermissionDenied},
	})
}

// TestRoundstoragesignLateReadings: the consent reading at a token
// endpoint, by its code alone.
func TestRoundstoragesignLateReadings(t *testing.T) {
	const rfc6749 = "https://datatracker.ietf.org/doc/html/rfc6749#section-5.2"
	runTokenCases(t, []tokenCase{
		{src: rfc6749, name: "bare consent_required", status: 400, body: `{"error":"consent_required"}`, want: PermissionDenied},
		{src: rfc6749, name: "consent_required with a description", status: 400, body: `{"error":"consent_required","error_description":"The user must grant consent to the application"}`, want: PermissionDenied},
		{src: rfc6749, name: "a bare invalid_client stays the client's", status: 401, body: `{"error":"invalid_client"}`, want: CredentialRejected},
	})
}
