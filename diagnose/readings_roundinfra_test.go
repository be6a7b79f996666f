package diagnose

import "testing"

// TestRoundinfraReadings: the readings the infrastructure round added,
// each in words other servers use for the same thing, with the neighbour
// it must leave alone.
func TestRoundinfraReadings(t *testing.T) {
	tok := bearer("API_TOKEN", "opq_7Hd92kLmQ4pXrT")
	key := apiKey("API_KEY", "key_9f8e7d6c5b4a3210", "X-API-Key", "")
	basic := basicCred("ci-bot", "Wq8ZbV3kLmN0pQrS")
	text := map[string]string{"Content-Type": "text/plain; charset=utf-8"}
	runReadings(t, []readingCase{
		// A second factor asked for by the kind of its code.
		{"TOTP required, in a code", 400, nil, `{"success":false,"error":"TOTP Required [totp-required]","errorType":"totp-required"}`, tok, RequiredHeaderMissing, nil},
		{"an MFA code is required", 403, nil, `{"message":"MFA code is required for this operation"}`, tok, RequiredHeaderMissing, nil},
		{"a HOTP code required", 401, nil, `{"error":"HOTP code required"}`, basic, RequiredHeaderMissing, nil},
		{"a TOTP code sent and refused is not one asked for", 400, nil, `{"success":false,"error":"TOTP Invalid [totp-invalid]","errorType":"totp-invalid"}`, tok, "", []string{RequiredHeaderMissing}},
		// The user's password switched off, not password authentication.
		{"your password has been disabled", 401, nil, `{"result":"error","msg":"Your password has been disabled and needs to be reset","code":"PASSWORD_RESET_REQUIRED"}`, basic, CredentialRejected, []string{DeprecatedAuthMethod}},
		{"an API password has been disabled", 401, nil, `{"error":"Your API password has been disabled"}`, basic, CredentialRejected, []string{DeprecatedAuthMethod}},
		{"a password disabled, in a 200 ok:false", 200, nil, `{"ok":false,"error":"Your password has been disabled"}`, basic, CredentialRejected, nil},
		{"password authentication is disabled stays the method", 401, nil, `{"result":"error","msg":"Password authentication is disabled in this organization","code":"PASSWORD_AUTH_DISABLED"}`, basic, DeprecatedAuthMethod, nil},
		// Absent or invalid in one breath: a credential sent was refused.
		{"no credentials provided or are invalid", 401, nil, `{"code":401,"message":"Unauthorized: No credentials provided or are invalid."}`, tok, CredentialRejected, []string{CredentialInWrongPlace}},
		{"no API key provided, or it is invalid", 401, nil, `{"error":"No API key provided, or it is invalid"}`, key, CredentialRejected, []string{CredentialInWrongPlace}},
		{"no token found or the token is expired", 401, text, "No token found or the token is expired", tok, CredentialRejected, []string{CredentialInWrongPlace}},
		{"no credentials provided alone stays the wrong place", 401, nil, `{"message":"No credentials provided"}`, tok, CredentialInWrongPlace, nil},
		// A level of access the credential lacks, even on a 401.
		{"token without write access, on a 401", 401, nil, `{"status":401,"message":"Unauthorized Request, token does not have write access to the Vault"}`, tok, PermissionDenied, nil},
		{"you don't have push access", 403, nil, `{"message":"You don't have push access to this repository"}`, tok, PermissionDenied, nil},
		{"a key without read permission, on a 401", 401, nil, `{"error":"API key does not have read permission on this bucket"}`, key, PermissionDenied, nil},
		{"a token without a valid signature is the token", 401, nil, `{"error":"token does not have a valid signature"}`, tok, CredentialRejected, []string{PermissionDenied}},
		// A 403 that is a form's field errors about data.
		{"a 403 field error about a region", 403, map[string]string{"Content-Type": "application/json", "X-Oauth-Scopes": "*"}, `{"errors":[{"reason":"region is not valid","field":"region"}]}`, tok, "", nil},
		{"a 403 field error about a permission stays one", 403, nil, `{"errors":[{"reason":"You do not have permission to create Linodes","field":"type"}]}`, tok, PermissionDenied, nil},
		{"a 403 field error naming the token stays the credential", 403, nil, `{"errors":[{"reason":"Invalid Token","field":"token"}]}`, tok, CredentialRejected, nil},
	})
}
