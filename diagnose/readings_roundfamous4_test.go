package diagnose

import (
	"testing"
	"time"
)

// TestRoundfamous4Readings: the readings the roundfamous4 round added,
// each in words another server could send for the same thing, with the
// neighbour it must leave alone.
func TestRoundfamous4Readings(t *testing.T) {
	tok := bearer("ACCESS_TOKEN", "tk_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4")
	login := basicCred("ci-bot@acme.example", "Tq7-Wz9Lp2Rt8Vb1Nc6Mf5Gh0Jk4")
	sigv2 := headerCred("Authorization", "SIGNED_AUTH", "AWS AKIAIOSFODNN7EXAMPLE:frJIUN8DYpKDtOLCwo//yllqDzg=")
	jwt := bearer("ID_TOKEN", makeJWT(map[string]any{"iss": "https://gitlab.acme.example", "aud": "https://api.acme.example", "sub": "project_path:acme/infra",
		"exp": time.Now().Add(time.Hour).Unix()}))
	xml := map[string]string{"Content-Type": "application/xml"}
	basicChallenge := map[string]string{"Content-Type": "application/json", "WWW-Authenticate": `Basic realm="api.acme.example"`}
	bearerChallenge := map[string]string{"Content-Type": "application/json", "WWW-Authenticate": `Bearer error="invalid_token", error_description="token not found"`}
	runReadings(t, []readingCase{
		// The way of signing or authenticating the request used, said not
		// (or no longer) supported.
		{"the signing method you used is no longer supported", 400, xml, `<Error><Code>InvalidRequest</Code><Message>The signing method you used is no longer supported; sign requests with Signature Version 4.</Message></Error>`, sigv2, DeprecatedAuthMethod, nil},
		{"the authentication mechanism provided is not supported", 401, nil, `{"message":"The authentication mechanism provided is not supported. Please use OAuth 2.0."}`, tok, DeprecatedAuthMethod, nil},
		{"a payment method not supported is the request's data", 400, nil, `{"message":"The payment method you provided is not supported"}`, tok, "", []string{DeprecatedAuthMethod}},
		// The resource must be addressed at the endpoint the answer names.
		{"a 301 without Location: must be accessed through the specified endpoint", 301, xml, `<Error><Code>PermanentRedirect</Code><Message>The container you are attempting to access must be accessed through the specified endpoint.</Message><Endpoint>eu.storage.acme.example</Endpoint></Error>`, tok, RegionMismatch, nil},
		{"must be addressed using the regional endpoint", 400, nil, `{"error":"This account must be addressed using the regional endpoint eu.api.acme.example"}`, tok, RegionMismatch, nil},
		{"a 301 that goes somewhere is a hop", 301, map[string]string{"Content-Type": "text/html", "Location": "https://api.acme.example/v2/"}, `<html><body>Moved Permanently. The resource must be accessed through the specified endpoint.</body></html>`, tok, "", nil},
		// No identity provider trusted for the JWT's issuer.
		{"no OIDC provider configured for the issuer", 401, nil, `{"error":"No OIDC provider configured for issuer https://gitlab.acme.example"}`, jwt, JWTWrongIssuer, nil},
		{"no trusted identity provider matches the token issuer", 400, nil, `{"message":"No trusted identity provider matches the token issuer"}`, jwt, JWTWrongIssuer, nil},
		{"no identity provider for an e-mail domain is a sign-in's", 400, nil, `{"error":"No identity provider found for domain acme.example"}`, login, "", []string{JWTWrongIssuer}},
		// The user or account not confirmed yet.
		{"account not yet confirmed", 403, nil, `{"error":"Account not yet confirmed."}`, login, PermissionDenied, nil},
		{"this user has not been confirmed", 400, nil, `{"code":"USER_NOT_CONFIRMED","message":"This user has not been confirmed"}`, login, PermissionDenied, nil},
		{"a payment not confirmed is data", 400, nil, `{"message":"Payment not confirmed."}`, tok, "", []string{PermissionDenied}},
		// The account not signed up for the service.
		{"signup_required: not signed up for this service", 403, nil, `{"error":"signup_required","message":"This account has not signed up for this service"}`, tok, PermissionDenied, nil},
		{"a reason spelled serviceSignupRequired", 401, nil, `{"error":{"code":401,"message":"Unauthorized","errors":[{"reason":"serviceSignupRequired","message":"Unauthorized"}]}}`, tok, PermissionDenied, nil},
		{"continued use requires signup, nothing sent", 403, nil, `{"error":{"code":403,"message":"Daily Limit for Unauthenticated Use Exceeded. Continued use requires signup."}}`, nil, NoCredentialsSent, nil},
		// A licence the tenant, account or user does not have.
		{"the user does not have a valid Exchange Online license", 403, nil, `{"error":{"code":"Forbidden","message":"The user does not have a valid Exchange Online license."}}`, tok, PermissionDenied, nil},
		{"no license assigned to this user", 403, nil, `{"message":"No license assigned to this user"}`, tok, PermissionDenied, nil},
		{"a licence field the form requires is data", 422, nil, `{"message":"The license field is required."}`, tok, "", []string{PermissionDenied}},
		// A period's credits used up: a limit that renews.
		{"maximum email credits exceeded", 401, nil, `{"errors":[{"message":"Maximum email credits exceeded for this month"}]}`, tok, RateLimited, nil},
		{"credit limit reached", 403, nil, `{"error":"Credit limit reached"}`, tok, RateLimited, nil},
		{"insufficient credits to buy stays the plan's", 402, nil, `{"error":"Insufficient credits. Purchase more credits to continue."}`, tok, PermissionDenied, []string{RateLimited}},
		// An error code that names the credential and judges it: the server
		// read it, and its own Basic challenge is no scheme mismatch.
		{"token_unauthorized under a Basic challenge, a Bearer token sent", 401, basicChallenge, `{"errors":[{"code":"token_unauthorized","message":"Not authorized to access resource"}]}`, tok, CredentialRejected, []string{SchemeMismatch}},
		{"key_invalid under a Basic challenge, a Bearer token sent", 401, basicChallenge, `{"code":"key_invalid","message":"Request not authorized"}`, tok, CredentialRejected, []string{SchemeMismatch}},
		{"TokenUnauthorized in CamelCase under a Basic challenge", 401, basicChallenge, `{"errors":[{"code":"TokenUnauthorized","message":"Not authorized to access resource"}]}`, tok, CredentialRejected, []string{SchemeMismatch}},
		{"a bare Unauthorized under a Basic challenge names the scheme", 401, basicChallenge, `{"message":"Unauthorized"}`, tok, SchemeMismatch, nil},
		// A caller not approved for, or not given a role of, the
		// application.
		{"the signed in user is not assigned to a role for the application", 403, nil, `{"error":{"code":"Forbidden","message":"The signed in user 'jdoe@acme.example' is not assigned to a role for the application 'reports-api'."}}`, tok, PermissionDenied, nil},
		{"client is not administrator approved for this API", 403, nil, `{"message":"Client is not administrator approved for this API"}`, tok, PermissionDenied, nil},
		{"a role not assigned to any user is data", 400, nil, `{"message":"Role is not assigned to any user"}`, tok, "", []string{PermissionDenied}},
		// RFC 6750's invalid_token whose description says the token was
		// not found: the RFC's reading.
		{"invalid_token, the access token was not found", 401, nil, `{"error":"invalid_token","error_description":"The access token was not found"}`, tok, ServerInvalidToken, nil},
		{"invalid_token challenge beside a token not found", 401, bearerChallenge, `{"message":"Token not found"}`, tok, ServerInvalidToken, nil},
		{"a token not found without the RFC's code is refused", 401, nil, `{"message":"Access token not found"}`, tok, CredentialRejected, nil},
	})
	runTokenCases(t, []tokenCase{
		{src: "https://github.com/Azure-Samples/active-directory-dotnet-daemon/issues/10", name: "a user not assigned to a role for the application", status: 400,
			body: `{"error":"invalid_grant","error_description":"User is not assigned to a role for the application"}`, want: PermissionDenied},
		{src: "https://github.com/forcedotcom/cli/issues/3260", name: "a client not admin approved for this app", status: 400,
			body: `{"error":"access_denied","error_description":"client is not admin-approved to use this app"}`, want: PermissionDenied},
		{src: "https://github.com/vdesabou/kafka-docker-playground/issues/4178", name: "an authentication failure stays refused", status: 400,
			body: `{"error":"invalid_grant","error_description":"authentication failure"}`, want: CredentialRejected},
	})
}
