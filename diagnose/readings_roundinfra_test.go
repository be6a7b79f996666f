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
		// An operation named as what the caller is unauthorized to do.
		{"unauthorized to access a repository, action: pull", 401, map[string]string{"Content-Type": "application/json", "WWW-Authenticate": `Basic realm="registry"`}, `{"errors":[{"code":"UNAUTHORIZED","message":"unauthorized to access repository: team/app, action: pull"}]}`, basic, PermissionDenied, nil},
		{"not authorized to push to this repository", 403, nil, `{"message":"You are not authorized to push to this repository"}`, tok, PermissionDenied, nil},
		{"denied to delete a project, action=delete", 401, nil, `{"error":"denied to modify project infra, action=delete"}`, tok, PermissionDenied, nil},
		{"unauthorized to access this API stays the credential", 401, nil, `{"message":"Unauthorized to access this API"}`, tok, CredentialRejected, []string{PermissionDenied}},
		// An account that lives at another host of the provider.
		{"account not associated with this subdomain", 400, nil, `{"result":"error","msg":"Account is not associated with this subdomain","code":"BAD_REQUEST"}`, basic, RegionMismatch, nil},
		{"a user not registered on this server", 401, nil, `{"error":"This user is not registered on this server"}`, basic, RegionMismatch, nil},
		{"a key that does not belong to this realm", 403, nil, `{"message":"API key does not belong to this realm"}`, key, RegionMismatch, nil},
		{"an account not associated with this project is a permission", 403, nil, `{"message":"Account is not associated with this project"}`, tok, PermissionDenied, []string{RegionMismatch}},
	})
}

// TestRoundinfraPathReadings: readings that weigh what the request's path
// addresses: a key asked about as data, against a key refused as the
// credential; a 404 with scope headers for a token that holds every scope.
func TestRoundinfraPathReadings(t *testing.T) {
	runFalsePositives(t, "key resources", []fpCase{
		{src: "https://example.com/paraphrase", name: "an API key asked about by its id, not found", status: 404,
			header: jsonCT(), body: `{"error":"API key not found"}`, path: "/v1/api-keys/ak_9f8e7d6c"},
		{src: "https://example.com/paraphrase", name: "an SSH key deleted by its id, not found", status: 404,
			header: jsonCT(), body: `{"message":"The requested SSH key was not found"}`, path: "/v2/account/ssh-keys/4821"},
		{src: "https://example.com/paraphrase", name: "a 404 with accepted scopes to a token with every scope", status: 404,
			header: jsonCT("X-Accepted-Oauth-Scopes", "linodes:read_only", "X-Oauth-Scopes", "*"), body: `{"errors": [{"reason": "Not found"}]}`, path: "/v4/linode/instances/999"},
	})
	runProviderCases(t, "key refused as the credential", []provCase{
		{src: "https://github.com/XWJR-Ops/zabbix-RDS-monitor/issues/9", name: "an access key not found on a call that names none", status: 404,
			header: jsonCT(), body: `{"Code":"InvalidAccessKeyId.NotFound","Message":"Specified access key is not found."}`, cred: apiKey("ACCESS_KEY_ID", "LTAI5tQw8ZbV3kLmN0pQrS7t", "", "AccessKeyId"), path: "/?Action=DescribeRegions", want: CredentialRejected},
		{src: "https://github.com/linode/linodego/blob/676b9dbeacf05d88a69ef25c2968be2497d363b4/test/integration/fixtures/TestReservedIPAddresses_InsufficientPermissions.yaml#L410", name: "a 404 with accepted scopes to a token with some scopes", status: 404,
			header: jsonCT("X-Accepted-Oauth-Scopes", "repo", "X-Oauth-Scopes", "read:user"), body: `{"message":"Not Found"}`, cred: bearer("GH_TOKEN", "ghp_Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g"), path: "/repos/acme/private", want: NotFoundHidesPermission},
	})
}
