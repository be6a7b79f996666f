package diagnose

import "testing"

// TestRoundsupportReadings: the readings the roundsupport round added,
// each in words another server could send for the same thing, with the
// neighbour it must leave alone.
func TestRoundsupportReadings(t *testing.T) {
	tok := bearer("ACCESS_TOKEN", "tk_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4")
	login := basicCred("ci-bot", "Wq8ZbV3kLmN0pQrS7tUvXyZa")
	key := apiKey("API_KEY", "ak_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4", "X-API-Key", "")
	text := map[string]string{"Content-Type": "text/plain; charset=utf-8"}
	runReadings(t, []readingCase{
		// A way of authenticating switched off, said with "access" or
		// "login".
		{"token access to the API is disabled", 403, nil, `{"message":"Token access to the API is disabled"}`, tok, DeprecatedAuthMethod, nil},
		{"password login is disabled", 401, nil, `{"error":"Password login is disabled for this organization"}`, login, DeprecatedAuthMethod, nil},
		{"the API's access as a whole is no method", 403, nil, `{"error":"API access is disabled for your plan"}`, tok, PermissionDenied, []string{DeprecatedAuthMethod}},
		{"one token disabled is that token's", 401, nil, `{"error":"This token has been disabled"}`, tok, CredentialRejected, []string{DeprecatedAuthMethod}},
		// Basic refused to a user with a second factor.
		{"basic auth not supported with two-factor", 401, nil, `{"message":"Basic authentication is not supported for accounts with two-factor authentication enabled"}`, login, DeprecatedAuthMethod, nil},
		{"2fa not supported via basic auth", 401, text, "2FA is not supported via basic auth, use an API token", login, DeprecatedAuthMethod, nil},
		{"a second factor asked for is no method refused", 401, nil, `{"message":"Two-factor authentication code required"}`, login, RequiredHeaderMissing, []string{DeprecatedAuthMethod}},
		// A route said not found, under 401 or 403.
		{"requested endpoint does not exist, 403", 403, nil, `{"message":"The requested endpoint does not exist"}`, tok, EndpointNotFound, nil},
		{"specified path was not found, 401", 401, text, "The specified path was not found", tok, EndpointNotFound, nil},
		{"not found or no access stays a permission", 403, nil, `{"message":"The requested resource was not found or you do not have access to it"}`, tok, PermissionDenied, []string{EndpointNotFound}},
		{"a key not found is the key's", 401, nil, `{"message":"The specified API key was not found"}`, key, CredentialRejected, []string{EndpointNotFound}},
		// A token not valid for the organisation or workspace named.
		{"apikey not valid for the specified workspace", 401, nil, `{"message":"The apikey is not valid for the specified workspace"}`, key, PermissionDenied, nil},
		{"authtoken not valid for given organization", 401, nil, `{"errorCode":"ORG_MISMATCH","message":"AuthToken not valid for given organization"}`, tok, PermissionDenied, nil},
		{"a token not valid, for nothing named, is refused", 401, nil, `{"errorCode":"INVALID_OAUTH","message":"The OAuthToken is not valid"}`, tok, CredentialRejected, []string{PermissionDenied}},
	})
}
