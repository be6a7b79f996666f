package diagnose

import (
	"testing"
	"time"
)

// TestRoundedu2Readings: the readings the roundedu2 round added, each in
// words another server could send for the same thing, with the neighbour
// it must leave alone.
func TestRoundedu2Readings(t *testing.T) {
	tok := bearer("ACCESS_TOKEN", "tk_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4")
	login := basicCred("ci-bot", "Wq8ZbV3kLmN0pQrS")
	cookie := headerCred("Cookie", "SESSION_COOKIE", "sid=9f3c2e1a7b5d4c6e8f0a1b3c5d7e9f12")
	jwt := bearer("JWT", makeJWT(map[string]any{"sub": "svc", "exp": time.Now().Add(time.Hour).Unix()}))
	runReadings(t, []readingCase{
		// A password said expired: the password is the credential to change.
		{"your password has expired, on a 403", 403, nil, `{"message":"Your password has expired. Please change it at the sign-in page."}`, login, CredentialRejected, []string{TokenExpired}},
		{"expired password in a 200 beside a password code", 200, nil, `{"error":"Expired password, set a new one first","errorcode":"expiredpassword"}`, login, CredentialRejected, nil},
		// A password to change before a token is given, in a 200.
		{"must change password before a token, 200", 200, nil, `{"error":"You must change your password before getting a token.","errorcode":"passwordchangerequired"}`, login, CredentialRejected, nil},
		{"a password policy's validation in a 200 is no refusal", 200, nil, `{"error":"Password is too short","errorcode":"passwordtooshort"}`, login, "", nil},
		{"a password accepted and to be changed is held back, not expired", 403, nil, `{"message":"User is required to change their password."}`, login, PermissionDenied, []string{CredentialRejected}},
		// An exception object beside a failure flag, alone or first of a batch.
		{"batch's first answer an exception about the token", 200, nil, `[{"error":true,"exception":{"message":"Invalid token - token not found","errorcode":"invalidtoken"}}]`, tok, CredentialRejected, nil},
		{"exception object beside error true", 200, nil, `{"error":true,"exception":{"message":"Sitzung abgelaufen","errorcode":"invalidsesskey"}}`, cookie, TokenExpired, nil},
		{"batch's exception about a parameter is no refusal", 200, nil, `[{"error":true,"exception":{"message":"Invalid parameter value detected","errorcode":"invalidparameter"}}]`, tok, "", nil},
		{"a batch whose first call succeeded is not read by its second", 200, nil, `[{"error":false,"data":{"courses":[]}},{"error":true,"exception":{"message":"Invalid parameter value detected","errorcode":"invalidparameter"}}]`, tok, "", nil},
		// A session said logged out or expired, either way round.
		{"session logged out or expired", 401, nil, `{"message":"The session has been signed out or has timed out."}`, cookie, TokenExpired, nil},
		{"session expired or you were logged out", 401, nil, `{"error":"Your session has expired or you have been logged out."}`, cookie, TokenExpired, nil},
		{"logged out by an administrator is no lifetime", 401, nil, `{"error":"You have been logged out by an administrator."}`, cookie, CredentialRejected, []string{TokenExpired}},
		// A JWT claim written as code or named claim, said invalid.
		{"the aud as code is incorrect", 401, nil, "{\"error\":\"Invalid token: the `aud` is incorrect\"}", jwt, JWTWrongAudience, nil},
		{"the quoted iss is invalid", 401, nil, `{"errors":{"type":"unauthorized","message":"Invalid access token field/s: the \"iss\" is invalid"}}`, jwt, JWTWrongIssuer, nil},
		{"a currency AUD said invalid is data", 400, nil, `{"error":"currency AUD is invalid for this merchant"}`, jwt, "", []string{JWTWrongAudience}},
		// A credential not linked to the place the request addresses.
		{"token not associated with this course", 401, nil, `{"error":"Access token is not associated with this course"}`, tok, PermissionDenied, nil},
		{"key not linked to the requested workspace, on a 401", 401, nil, `{"message":"This API key is not linked to the requested workspace."}`, tok, PermissionDenied, nil},
		{"a key not associated with this account is another account's", 401, nil, `{"message":"API key is not associated with this account"}`, tok, CredentialRejected, []string{PermissionDenied}},
	})
}
