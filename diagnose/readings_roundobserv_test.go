package diagnose

import (
	"testing"
	"time"
)

// TestRoundobservReadings: the readings the roundobserv round added, each
// in words another server could send for the same thing, with the
// neighbour it must leave alone.
func TestRoundobservReadings(t *testing.T) {
	tok := bearer("ACCESS_TOKEN", "tk_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4")
	login := basicCred("181770", "glc_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4")
	raw := headerCred("Authorization", "HEC_TOKEN", "6f1c2b9e-3d4a-4e8f-9b7c-1a2d3e4f5a6b")
	jwt := bearer("JWT", makeJWT(map[string]any{"sub": "svc", "exp": time.Now().Add(time.Hour).Unix()}))
	text := map[string]string{"Content-Type": "text/plain; charset=utf-8"}
	runReadings(t, []readingCase{
		// A tenant, organisation or channel said absent, besides the credential.
		{"missing org ID", 401, nil, `{"status":"error","error":"missing org ID"}`, login, RequiredHeaderMissing, nil},
		{"tenant ID is missing", 400, nil, `{"message":"Tenant ID is missing from the request"}`, tok, RequiredHeaderMissing, nil},
		{"no tenant id, nothing sent", 401, text, "no tenant id\n", nil, RequiredHeaderMissing, nil},
		{"request channel is missing", 400, nil, `{"text":"Request channel is missing","code":10}`, raw, RequiredHeaderMissing, nil},
		{"two org ids is the value's fault", 400, text, "multiple org IDs present\n", login, "", []string{RequiredHeaderMissing}},
		{"an invalid data channel is no missing header", 400, nil, `{"text":"Invalid data channel","code":11}`, raw, "", []string{RequiredHeaderMissing}},
		// A valid key or token that cannot reach this resource.
		{"token is not allowed to access this bucket", 403, nil, `{"error":"This token is not allowed to access the bucket logs-prod"}`, tok, PermissionDenied, nil},
		{"key cannot access collection, code invalid_key", 403, nil, `{"code":"invalid_key","message":"API key can't access collection orders"}`, tok, PermissionDenied, nil},
		{"an invalid key that cannot access stays refused", 403, nil, `{"message":"Invalid API key: it cannot access the index products"}`, tok, CredentialRejected, nil},
		// A JWT for another audience, in other words.
		{"token audience doesn't match", 401, nil, `{"msg":"Token audience doesn't match request audience"}`, jwt, JWTWrongAudience, nil},
		{"audience mismatch", 401, nil, `{"error":"audience mismatch"}`, jwt, JWTWrongAudience, nil},
		// A JWT refused for a time not reached yet.
		{"token used before issued", 401, nil, `{"error":"Token used before issued"}`, jwt, JWTNotYetValid, nil},
		{"cannot handle token prior to a date", 401, nil, `{"message":"Cannot handle token prior to 2031-01-01T00:00:00+0000"}`, jwt, JWTNotYetValid, nil},
		{"a token not active is no clock", 401, nil, `{"error":"Token is not active"}`, jwt, CredentialRejected, []string{JWTNotYetValid}},
		// The Authorization header itself named invalid, to a bare token.
		{"bad authorization. to a bare token", 401, nil, `{"error":"Bad authorization."}`, raw, PrefixMissing, nil},
		{"invalid authorization code is a grant's", 400, nil, `{"error":"invalid_grant","error_description":"Invalid authorization code"}`, raw, CredentialRejected, nil},
		// The identity a credential names, said not to exist on a 401.
		{"user does not exist on a 401", 401, nil, `{"message":"user \"ci-bot\" does not exist"}`, tok, CredentialRejected, []string{PermissionDenied}},
		{"a role lacking a permission stays a permission", 401, nil, `{"message":"role analyst is not allowed to write"}`, tok, PermissionDenied, nil},
		// A permission sentence beside an insufficient_scope code.
		{"access denied beside insufficient_scope in the body", 403, nil, `{"error":"insufficient_scope","error_description":"You do not have permission to access this resource","scope":"write:orders"}`, tok, ServerInsufficientScope, nil},
	})
}
