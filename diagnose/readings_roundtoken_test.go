package diagnose

import (
	"testing"
	"time"
)

// TestRoundtokenReadings: the readings the token endpoint round added,
// each in words other identity providers use for the same thing, with the
// neighbour it must leave alone.
func TestRoundtokenReadings(t *testing.T) {
	const src = "https://example.com/paraphrase"
	runTokenCases(t, []tokenCase{
		// A grant said expired, and only that: refresh it.
		{src: src, name: "refresh token expired", status: 400, body: `{"error":"invalid_grant","error_description":"Refresh token expired"}`, want: TokenExpired},
		{src: src, name: "the refresh token has expired", status: 400, body: `{"error":"invalid_grant","error_description":"The refresh token has expired."}`, want: TokenExpired},
		{src: src, name: "an expired_token code alone", status: 400, body: `{"error":"expired_token"}`, want: TokenExpired},
		{src: src, name: "RFC 6749's list of faults is not an expiry", status: 400, body: `{"error":"invalid_grant","error_description":"The provided authorization grant (e.g., authorization code, resource owner credentials) or refresh token is invalid, expired, revoked, does not match the redirection URI used in the authorization request, or was issued to another client."}`, want: CredentialRejected},
		{src: src, name: "an expired client secret is rotated, not refreshed", status: 401, body: `{"error":"invalid_client","error_description":"The client secret has expired."}`, want: CredentialRejected},
		// A second factor or an interaction the grant cannot give.
		{src: src, name: "mfa_required", status: 403, body: `{"error":"mfa_required","error_description":"Multifactor authentication required","mfa_token":"Fe26.2*SERVER_1569494016*a8b9c0"}`, want: PermissionDenied},
		{src: src, name: "must enroll in two-factor", status: 400, body: `{"error":"invalid_grant","error_description":"User must enroll in two-factor authentication"}`, want: PermissionDenied},
		{src: src, name: "a wrong one-time code is a refused credential", status: 403, body: `{"error":"invalid_grant","error_description":"Invalid otp_code."}`, want: CredentialRejected},
		{src: src, name: "an invalid MFA code is a refused credential", status: 400, body: `{"error":"invalid_grant","error_description":"The MFA code is invalid"}`, want: CredentialRejected},
		// The client authentication method named against the one used.
		{src: src, name: "client_secret_post not allowed for this client", status: 401, body: `{"error":"invalid_client","error_description":"The client_secret_post authentication method is not allowed for this client."}`, want: CredentialInWrongPlace},
		{src: src, name: "client_secret_basic not supported, expected post", status: 400, body: `{"error":"invalid_client","error_description":"Client authentication method client_secret_basic is not supported; expected client_secret_post"}`, want: CredentialInWrongPlace},
		{src: src, name: "an unsupported method among other faults names none", status: 401, body: `{"error":"invalid_client","error_description":"Client authentication failed (e.g., unknown client, no client authentication included, or unsupported authentication method)."}`, want: CredentialRejected},
		// A resource or audience refused, as a scope is.
		{src: src, name: "invalid_target", status: 400, body: `{"error":"invalid_target","error_description":"The requested resource is not allowed for this client"}`, want: PermissionDenied},
		// What was presented said invalid, whatever the code.
		{src: src, name: "unauthorized_client, invalid refresh token", status: 400, body: `{"error":"unauthorized_client","error_description":"Invalid refresh token"}`, want: CredentialRejected},
		{src: src, name: "access_denied, the assertion was revoked", status: 400, body: `{"error":"access_denied","error_description":"The assertion has been revoked"}`, want: CredentialRejected},
		{src: src, name: "a refresh_token grant not allowed stays a permission", status: 400, body: `{"error":"unauthorized_client","error_description":"The refresh_token grant is not allowed for this client"}`, want: PermissionDenied},
		// The endpoint's own trouble, or its throttle.
		{src: src, name: "temporarily_unavailable on a 400", status: 400, body: `{"error":"temporarily_unavailable","error_description":"The server is busy"}`, want: ""},
		{src: src, name: "slow_down on a 400", status: 400, body: `{"error":"slow_down"}`, want: RateLimited},
		{src: src, name: "too_many_requests on a 400", status: 400, body: `{"error":"too_many_requests"}`, want: RateLimited},
		{src: src, name: "a daily quota exceeded on a 403", status: 403, body: `{"error":"access_denied","error_description":"Daily quota exceeded for this client"}`, want: RateLimited},
		{src: src, name: "neighbour: a request limit in the words of a scope", status: 400, body: `{"error":"invalid_scope","error_description":"The scope rate.read is not allowed for this client"}`, want: PermissionDenied},
	})
	jwt := bearer("ACCESS_TOKEN", makeJWT(map[string]any{"iss": "https://idp.example.com", "aud": "api", "sub": "svc", "exp": time.Now().Add(time.Hour).Unix()}))
	runReadings(t, []readingCase{
		{"issuer validation failed", 401, nil, `{"message":"IDX10205: Issuer validation failed."}`, jwt, JWTWrongIssuer, nil},
		{"the token issuer does not match", 401, nil, `{"error":"invalid_token","error_description":"The token issuer does not match the expected issuer"}`, jwt, JWTWrongIssuer, nil},
		{"a signature that did not match is no issuer", 401, nil, `{"message":"The signature did not match"}`, jwt, CredentialRejected, []string{JWTWrongIssuer}},
	})
}
