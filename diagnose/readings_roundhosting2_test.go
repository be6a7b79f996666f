package diagnose

import "testing"

// TestRoundhosting2Readings: the readings the hosting, CDN, secrets, CI
// and registries round added, each in words other servers use for the
// same thing, with the neighbours they must leave alone.
func TestRoundhosting2Readings(t *testing.T) {
	tok := bearer("API_TOKEN", "opq_7Hd92kLmQ4pXrTz8Wq")
	password := basicCred("deployer", "Rk7pW2qZ9xL4mN8vB3cT")
	queryKey := apiKey("API_TOKEN", "Xk3Pq8Rw2Tz5Vb7Nm1Lc", "", "apiToken")
	text := map[string]string{"Content-Type": "text/plain; charset=UTF-8"}
	runReadings(t, []readingCase{
		// Access said to need a token, to a password: the way of
		// authenticating is refused, not the password.
		{"content access protected by token, to a password", 401, text, "Content access is protected by token", password, DeprecatedAuthMethod, nil},
		{"repository requires token authentication, to a password", 401, nil, `{"message":"This repository requires token authentication"}`, password, DeprecatedAuthMethod, nil},
		// The kind of credential named as the only one taken is the kind
		// reading's (scheme_mismatch), as before.
		{"only token-based authentication is accepted, to a password", 403, nil, `{"error":"Only token-based authentication is accepted for uploads"}`, password, SchemeMismatch, nil},
		{"a token is required for this endpoint, to a password", 401, nil, `{"errors":[{"detail":"An API token is required to access this endpoint"}]}`, password, DeprecatedAuthMethod, nil},
		{"token authentication required, to a password", 401, nil, `{"message":"Token authentication required"}`, password, DeprecatedAuthMethod, nil},
		{"use an access token instead of your password", 401, nil, `{"message":"Please use an access token instead of your password"}`, password, DeprecatedAuthMethod, nil},
		{"this endpoint only accepts API tokens, to a password", 401, nil, `{"message":"This endpoint only accepts API tokens"}`, password, DeprecatedAuthMethod, nil},
		{"a token instead of a password, as one fault of a list, is the credential refused", 401, text, "HTTP Basic: Access denied. The provided password or token is incorrect or your account has 2FA enabled and you must use a personal access token instead of a password.", password, CredentialRejected, []string{DeprecatedAuthMethod}},
		{"token authentication required, to a token, is the token refused", 401, nil, `{"message":"Token authentication required"}`, tok, CredentialRejected, []string{DeprecatedAuthMethod}},
		{"token authentication required, nothing sent", 401, nil, `{"message":"Token authentication required"}`, nil, NoCredentialsSent, []string{DeprecatedAuthMethod}},
		{"protected by token, to a token, is the token refused", 401, text, "Content access is protected by token", tok, CredentialRejected, []string{DeprecatedAuthMethod}},
		{"protected by token, nothing sent", 401, text, "Content access is protected by token", nil, NoCredentialsSent, []string{DeprecatedAuthMethod}},
		{"a password said wrong is not the method", 401, nil, `{"message":"Invalid password for token-protected repository"}`, password, CredentialRejected, []string{DeprecatedAuthMethod}},

		// The app installation a token rests on is gone or suspended: the
		// token is refused, whatever the answer's code.
		{"the requested installation does not exist, in a registry DENIED", 403, nil, `{"errors":[{"code":"DENIED","message":"permission_denied: The requested installation does not exist."}]}`, tok, CredentialRejected, nil},
		{"this installation has been suspended", 403, nil, `{"message":"This installation has been suspended.","documentation_url":"https://docs.github.com/rest"}`, tok, CredentialRejected, nil},
		{"installation not found, on a 401", 401, nil, `{"error":"installation not found"}`, tok, CredentialRejected, nil},
		{"an installation_not_found code on a 403", 403, nil, `{"error":"installation_not_found"}`, tok, CredentialRejected, nil},
		{"an installation looked up as data is a 404", 404, nil, `{"message":"Installation not found"}`, tok, "", nil},
		{"an installation that exists already is a conflict", 409, nil, `{"message":"Installation already exists for this account"}`, tok, "", nil},

		// A credential named by its camelCase parameter (apiToken,
		// accessToken) is a credential, whatever the status.
		{"missing or invalid username/apiToken, on a 406", 406, nil, `{"status":"error","message":"Missing or invalid username/apiToken in request"}`, queryKey, CredentialRejected, nil},
		{"accessToken is invalid, on a 422", 422, nil, `{"message":"accessToken is invalid"}`, tok, CredentialRejected, nil},
		{"invalid apiKey, on a 400", 400, nil, `{"error":"Invalid apiKey"}`, queryKey, CredentialRejected, nil},
		{"a 406 about the payload is not a refusal", 406, nil, `{"status":"error","message":"Missing payload parameter"}`, queryKey, "", nil},
		{"a field named apiTokenName is validation", 422, nil, `{"errors":{"apiTokenName":["has already been taken"]}}`, tok, "", nil},

		// A token valid for another crate, bucket or site (scoped
		// elsewhere), or of a kind that does not do this action: a
		// permission, even in a 200 that carries only the words.
		{"not valid for crate, in a 200 ok:false", 200, nil, "{\"error\":\"The provided access token is not valid for crate `bar`\",\"ok\":false}", tok, PermissionDenied, nil},
		{"a token not valid for a bucket", 403, nil, `{"message":"This token is not valid for bucket backups"}`, tok, PermissionDenied, nil},
		{"a token not valid, for nothing named, is refused", 401, nil, `{"message":"The provided access token is not valid"}`, tok, CredentialRejected, []string{PermissionDenied}},
		{"tokens do not support creating, in a 200 success:false", 200, nil, `{"message":"Trusted Publishing tokens do not support creating new crates. Publish the crate manually, first","success":false}`, tok, PermissionDenied, nil},
		{"read-only keys do not allow deleting", 403, nil, `{"error":"Read-only keys do not allow deleting projects"}`, tok, PermissionDenied, nil},
		{"this token does not permit publishing", 401, nil, `{"message":"This token does not permit publishing new versions"}`, tok, PermissionDenied, nil},
		{"a key kind that does not support authenticating is no permission", 401, nil, `{"message":"This key does not support authenticating with Basic"}`, tok, CredentialRejected, []string{PermissionDenied}},
	})
}

// TestRoundhosting2TokenReadings: a token endpoint (or a token exchange)
// that refuses without RFC 6749's code, in a list of errors, at 422.
func TestRoundhosting2TokenReadings(t *testing.T) {
	runTokenCases(t, []tokenCase{
		{src: "https://github.com/pypi/warehouse/blob/main/warehouse/oidc/views.py", name: "a 422 errors list whose item says the token is invalid", status: 422,
			body: `{"message":"Token request failed","errors":[{"code":"invalid-token","detail":"token signature could not be verified"}]}`, want: CredentialRejected},
		{src: "https://jsonapi.org/format/#error-objects", name: "a 422 errors list whose item says the token expired", status: 422,
			body: `{"errors":[{"status":"422","title":"Unprocessable Entity","detail":"The token has expired"}]}`, want: TokenExpired},
		{src: "https://jsonapi.org/format/#error-objects", name: "a 404 errors list stays the endpoint's", status: 404,
			body: `{"errors":[{"code":"not_found","description":"no such endpoint"}]}`, want: ""},
		{src: "https://datatracker.ietf.org/doc/html/rfc6749#section-5.2", name: "a 422 with RFC 6749's code reads as its code", status: 422,
			body: `{"error":"invalid_scope","error_description":"scope publish is not allowed"}`, want: PermissionDenied},
	})
}
