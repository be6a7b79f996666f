package diagnose

import "testing"

// TestRoundgaming2Readings: the readings the roundgaming2 round added or
// narrowed, each in words another server could send for the same thing,
// with the neighbour it must leave alone.
func TestRoundgaming2Readings(t *testing.T) {
	tok := bearer("ACCESS_TOKEN", "tk_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4")
	runReadings(t, []readingCase{
		// An account said stopped after an exclamation or a hedge.
		{"it seems your login has been disabled", 401, nil, `{"error":"Oops! It seems your login has been disabled."}`, tok, CredentialRejected, []string{DeprecatedAuthMethod}},
		{"it appears that this user has been disabled", 403, nil, `{"message":"It appears that this user has been disabled. Contact an administrator."}`, tok, CredentialRejected, []string{DeprecatedAuthMethod}},
		{"a feature of the account said disabled is no account stopped", 403, nil, `{"message":"It looks like webhooks for this account are disabled."}`, tok, PermissionDenied, []string{CredentialRejected}},
		// An account's state offered beside a right it lacks: the lack speaks.
		{"suspended or lacks the permission", 403, nil, `{"message":"The user is suspended or lacks the permission billing:write"}`, tok, PermissionDenied, []string{CredentialRejected}},
		{"banned or does not have the role", 403, nil, `{"error":"This login is banned or does not have the role needed for this call"}`, tok, PermissionDenied, []string{CredentialRejected}},
		{"a stopped account said alone stays the credential's", 403, nil, `{"message":"Your account has been suspended. Contact support."}`, tok, CredentialRejected, nil},
		{"banned or does not exist is the credential's twice", 401, nil, `{"message":"The account is banned or does not exist."}`, tok, CredentialRejected, nil},
		// An outdated version of the API is no way of authenticating.
		{"a deprecated version of the API, 410", 410, nil, `{"message":"You are using a deprecated version of the API; please update your client to v3."}`, tok, "", []string{DeprecatedAuthMethod}},
		{"code api_version_deprecated", 410, nil, `{"error":"api_version_deprecated","message":"This version is no longer available"}`, tok, "", []string{DeprecatedAuthMethod}},
		{"an auth method deprecated stays the method's", 401, nil, `{"message":"API key authentication is deprecated, use OAuth 2.0 tokens"}`, tok, DeprecatedAuthMethod, nil},
	})
}
