package diagnose

import (
	"testing"
	"time"
)

// TestRoundmarketingReadings: the readings the roundmarketing round added,
// each in words another server could send for the same thing, with the
// neighbour it must leave alone.
func TestRoundmarketingReadings(t *testing.T) {
	tok := bearer("ACCESS_TOKEN", "tk_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4")
	key := apiKey("API_KEY", "ak_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4", "X-Api-Key", "")
	inQuery := apiKey("API_KEY", "ak_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4", "", "key")
	missingAt := `{"error":{"code":401,"message":"The request does not carry valid authentication credentials.","errors":[{"reason":"required","location":"Authorization","locationType":"header"}],"status":"UNAUTHENTICATED","details":[{"reason":"CREDENTIALS_MISSING"}]}}`
	runReadings(t, []readingCase{
		// A second factor the account's policy requires, not set up by
		// the user behind the credential.
		{"enable two-factor authentication to access", 403, nil, `{"message":"Enable two-factor authentication to access this workspace."}`, tok, PermissionDenied, nil},
		{"MFA is not enabled for this user", 401, nil, `{"error":"MFA is not enabled for this user"}`, tok, PermissionDenied, nil},
		{"not enrolled in multi-factor authentication", 403, nil, `{"detail":"User is not enrolled in multi-factor authentication."}`, tok, PermissionDenied, nil},
		{"a code asked for is a header's", 401, nil, `{"message":"Must specify two-factor authentication OTP code."}`, tok, RequiredHeaderMissing, []string{PermissionDenied}},
		// A permission named like an identifier, which the caller must
		// make sure to have: a scope.
		{"ensure your app has the permission", 403, nil, `{"error":{"message":"Please ensure your app has the pages_read_engagement permission."}}`, tok, ServerInsufficientScope, nil},
		{"make sure the token has files.write permission", 403, nil, `{"message":"Make sure the token has files.write permission"}`, tok, ServerInsufficientScope, nil},
		{"a permission in words is no scope", 403, nil, `{"message":"Make sure you have permission to access this board."}`, tok, PermissionDenied, []string{ServerInsufficientScope}},
		// The key or account said linked to another datacenter or region.
		{"account registered to region eu1", 401, nil, `{"message":"This account is registered to region eu1."}`, tok, RegionMismatch, nil},
		{"key tied to data center eu2", 403, nil, `{"error":"API key is tied to data center 'eu2'"}`, key, RegionMismatch, nil},
		{"a key linked to a project is no region", 403, nil, `{"error":"This API key is linked to project 'acme-prod'"}`, key, PermissionDenied, []string{RegionMismatch}},
		// A field or column that keys records is data.
		{"invalid key field", 400, nil, `{"replyCode":1,"replyText":"Invalid key field: external_id"}`, tok, "", nil},
		{"unknown key column", 400, nil, `{"message":"Unknown key column 'email' for this table"}`, tok, "", nil},
		{"an invalid key stays refused", 401, nil, `{"message":"Invalid key"}`, key, CredentialRejected, nil},
		{"invalid keys for record", 400, nil, `{"message":"Invalid keys for record 42"}`, tok, "", nil},
		{"duplicate keys for row", 400, nil, `{"status":400,"message":"Duplicate keys for row 3"}`, tok, "", nil},
		// Under a false success flag, the first item of an errors list,
		// whose code is a number.
		{"success false, errors list, token invalid", 200, nil, `{"success":false,"errors":[{"code":"1002","message":"The access token provided is invalid"}]}`, tok, CredentialRejected, nil},
		{"ok false, errors list, API key expired", 200, nil, `{"ok":false,"errors":[{"code":"4010","message":"API key expired"}]}`, key, CredentialRejected, nil},
		// The web framework's default 401 text under a failure flag.
		{"success false, could not verify that you are authorized", 200, nil, `{"success":false,"message":"This server could not verify that you are authorized to access the document you requested."}`, tok, CredentialRejected, nil},
		{"status error, could not verify that you are authorized", 200, nil, `{"status":"error","message":"The server could not verify that you are authorized to access the URL requested."}`, tok, CredentialRejected, nil},
		{"ok false, a field to verify is the request's", 200, nil, `{"ok":false,"message":"Could not verify the e-mail address you entered."}`, tok, "", nil},
		{"success false, errors list, record not found", 200, nil, `{"success":false,"errors":[{"code":"1004","message":"Lead not found"}]}`, tok, "", nil},
		// A 404 whose error type is authorization hides the resource.
		{"404 type authorization", 404, nil, `{"errors":[{"type":"authorization","code":"campaign-invalid"}]}`, tok, NotFoundHidesPermission, nil},
		{"404 category permission", 404, nil, `{"error":{"category":"permission","message":"Not found"}}`, tok, NotFoundHidesPermission, nil},
		{"404 type validation is data", 404, nil, `{"errors":[{"type":"validation","code":"campaign-invalid"}]}`, tok, "", []string{NotFoundHidesPermission}},
		// The error's location fields name the header the credential went
		// in: the server looked there.
		{"location Authorization header, bearer sent", 401, nil, missingAt, tok, CredentialRejected, []string{CredentialInWrongPlace}},
		{"locationType before location, key header sent", 401, nil, `{"errors":[{"message":"No API key provided","locationType":"header","location":"X-Api-Key"}]}`, key, CredentialRejected, []string{CredentialInWrongPlace}},
		{"location names a header the key did not go in", 401, nil, missingAt, inQuery, CredentialInWrongPlace, nil},
	})
}

// TestRoundmarketingAudiencePath: an audience said invalid to a request
// whose path addresses audiences is that audience (an advertiser's list of
// users), not a token's; elsewhere it is still the token's.
func TestRoundmarketingAudiencePath(t *testing.T) {
	tok := bearer("ACCESS_TOKEN", "tk_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4")
	jwt := bearer("JWT", makeJWT(map[string]any{"sub": "svc", "aud": "api://other", "exp": time.Now().Add(time.Hour).Unix()}))
	notAudience := []string{JWTWrongAudience}
	runPathReadings(t, []pathReading{
		{"/2026-07/audiences/34896/contactlist", readingCase{"audience invalid under /audiences", 400, nil, `{"errors":[{"code":"audience-invalid","detail":"Invalid audience"}]}`, tok, "", notAudience}},
		{"/v2/customaudiences/9", readingCase{"audience does not match under /customaudiences", 403, nil, `{"message":"The audience does not match your ad account"}`, tok, PermissionDenied, notAudience}},
		{"/v1/reports", readingCase{"invalid audience elsewhere is the token's", 401, nil, `{"error":"Invalid audience"}`, jwt, JWTWrongAudience, nil}},
	})
}
