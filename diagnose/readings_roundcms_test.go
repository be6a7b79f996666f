package diagnose

import (
	"testing"
	"time"
)

// TestRoundcmsReadings: the readings the roundcms round added, each in
// words another server could send for the same thing, with the neighbour
// it must leave alone.
func TestRoundcmsReadings(t *testing.T) {
	tok := bearer("ACCESS_TOKEN", "tk_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4")
	bare := headerCred("Authorization", "ACCESS_TOKEN", "tk_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4")
	jwt := bearer("JWT", makeJWT(map[string]any{"sub": "svc", "iss": "https://id.example.com", "exp": time.Now().Add(time.Hour).Unix()}))
	login := basicCred("ci-bot", "Wq8ZbV3kLmN0pQrS7tUvXyZa")
	cookie := headerCred("Cookie", "SESSION_COOKIE", "session=Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c")
	signed := headerValues("exchange_key", "EXCHANGE_KEY", "X-Api-Key", "ak_Wq8ZbV3kLmN0pQrS7tUv", "EXCHANGE_SIGN", "X-Api-Sign", "c2lnbmF0dXJlLW9mLXRoZS1yZXF1ZXN0")
	runReadings(t, []readingCase{
		// The Authorization header written out with another scheme than the
		// one sent.
		{"header written out with Token to a Bearer", 401, nil, `{"detail":"Expected header Authorization: Token <api_key>"}`, tok, SchemeMismatch, nil},
		{"format shown with ApiKey to a Bearer", 401, nil, `{"message":"Invalid header. Use the format Authorization: ApiKey {key}"}`, tok, SchemeMismatch, nil},
		{"the scheme sent, written out, is no mismatch", 401, nil, `{"message":"Invalid authorization header. Format is Authorization: Bearer [token]"}`, tok, CredentialRejected, []string{SchemeMismatch}},
		{"a form named without the header is a date's", 400, nil, `{"error":"invalid_request","message":"date must be in the format YYYY <MM> <DD>"}`, tok, "", []string{SchemeMismatch}},
		{"a bare token stays the missing prefix's", 401, nil, `{"message":"Authorization header format is \"Authorization: Bearer <token>\""}`, bare, PrefixMissing, []string{SchemeMismatch}},
		// A JWT's key id (kid) missing or unknown: the token refused.
		{"missing kid in the token header", 401, nil, `{"error":"invalid_request","message":"missing kid in JWT header"}`, jwt, CredentialRejected, nil},
		{"kid not found, on a 400", 400, nil, `{"error":"Token kid not found"}`, jwt, CredentialRejected, nil},
		{"a child's record is no key id", 404, nil, `{"error":"No kid found with that id"}`, jwt, "", nil},
		{"nor a child not found", 404, nil, `{"error":"Kid not found"}`, jwt, "", nil},
		// A JWT refused for its age, not its exp.
		{"token is too old", 401, nil, `{"message":"Token is too old"}`, jwt, TokenExpired, nil},
		{"exceeds the maximum age", 401, nil, `{"error":"JWT exceeds the maximum age"}`, jwt, TokenExpired, nil},
		{"a max_age parameter is validation", 400, nil, `{"error":"invalid_request","error_description":"max_age must be a positive integer"}`, jwt, "", []string{TokenExpired}},
		// The iss or aud claim, by its short name, said not to match.
		{"iss does not match", 401, nil, `{"message":"Token iss does not match the expected value"}`, jwt, JWTWrongIssuer, nil},
		{"iss claim mismatch", 403, nil, `{"error":"iss claim mismatch"}`, jwt, JWTWrongIssuer, nil},
		{"aud does not match", 401, nil, `{"message":"aud does not match this API"}`, jwt, JWTWrongAudience, []string{JWTWrongIssuer}},
		// A kind of credential said not available, here or for the account.
		{"API keys are not available for this workspace", 403, nil, `{"error":"API keys are not available for this workspace."}`, tok, DeprecatedAuthMethod, nil},
		{"basic authentication is unavailable", 401, nil, `{"message":"Basic authentication is unavailable."}`, login, DeprecatedAuthMethod, nil},
		{"not available on a plan is the plan's", 403, nil, `{"error":"API keys are not available on the free plan. Upgrade to use the API."}`, tok, PermissionDenied, []string{DeprecatedAuthMethod}},
		// A session cookie's nonce or anti-CSRF companion refused.
		{"cookie verification failed", 403, nil, `{"message":"Cookie verification failed"}`, cookie, RequiredHeaderMissing, nil},
		{"invalid nonce beside a cookie", 403, nil, `{"code":"invalid_nonce","message":"Invalid nonce."}`, cookie, RequiredHeaderMissing, nil},
		{"a signed request's nonce is the signature's", 401, nil, `{"error":["EAPI:Invalid nonce"]}`, signed, CredentialRejected, []string{RequiredHeaderMissing}},
		// OAuth's access_denied on a 401 with no more than the RFC's own
		// definition: the token was refused, whatever the hint says.
		{"access_denied on a 401 with the RFC's definition", 401, nil, `{"error":"access_denied","error_description":"The resource owner or authorization server denied the request."}`, tok, CredentialRejected, nil},
		{"the same with a hint about the signature", 401, nil, `{"error":"access_denied","error_description":"The resource owner or authorization server denied the request.","hint":"Access token could not be verified"}`, tok, CredentialRejected, []string{PermissionDenied}},
		{"access_denied on a 403 stays a permission", 403, nil, `{"error":"access_denied","error_description":"The resource owner or authorization server denied the request."}`, tok, PermissionDenied, nil},
		{"access_denied naming the API it may not call stays a permission", 401, nil, `{"error":"access_denied","error_description":"Client is not authorized to access this API"}`, tok, PermissionDenied, nil},
		// A 2xx whose error says the Authorization header is invalid: the
		// credential refused in the API's own 200 style.
		{"GraphQL 200 Invalid Authorization Header", 200, nil, `{"errors":[{"message":"Invalid Authorization Header","extensions":{"code":"INVALID"}}],"data":null}`, jwt, CredentialRejected, nil},
		{"an errors list saying the header is malformed", 200, nil, `{"errors":[{"message":"Malformed authorization header"}]}`, tok, CredentialRejected, nil},
		{"an errors list saying the header is wrong", 200, nil, `{"errors":[{"message":"Wrong authorization header"}]}`, tok, CredentialRejected, nil},
		{"an import's invalid header row is no refusal", 200, nil, `{"errors":[{"message":"Invalid header row in the uploaded file"}],"data":{"import":null}}`, tok, "", nil},
		// The Authorization header said required, nothing sent.
		{"authorization header is required, nothing sent", 400, nil, `{"name":"Bad Request","message":"Authorization header is required","status":400}`, nil, NoCredentialsSent, nil},
		// "Not authorized to create …" on a 401: an action refused.
		{"not authorized to create as this user on a 401", 401, nil, `{"message":"You are not authorized to create posts as this user."}`, login, PermissionDenied, nil},
		{"not authorized to delete on a 401", 401, nil, `{"error":"Not authorized to delete this entry"}`, tok, PermissionDenied, nil},
		{"not authorized alone on a 401 stays the credential's", 401, nil, `{"error":"Not authorized"}`, tok, CredentialRejected, []string{PermissionDenied}},
		// The server's own authentication not set up, the caller sent to its
		// administrator: no credential fixes it.
		{"authentication is not configured, contact the administrator", 403, nil, `{"message":"Authentication is not configured on this site. Please contact the site administrator."}`, tok, "", nil},
		{"SSO not set up, ask your admin", 401, nil, `{"error":"SSO has not been set up for this instance, ask your admin"}`, login, "", nil},
		{"a scheme not configured with no referral stays the scheme's", 401, nil, `{"error":"oidc auth is not configured, please try another auth scheme"}`, tok, SchemeMismatch, nil},
	})
}
