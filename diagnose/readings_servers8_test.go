package diagnose

import "testing"

// TestServerReadings8: the general readings the eighth round of real
// servers (ejabberd, Deluge's web UI, Netdata; e2e/heldout8_test.go)
// called for, each with the neighbours it must leave alone.
func TestServerReadings8(t *testing.T) {
	text := map[string]string{"Content-Type": "text/plain; charset=utf-8"}
	key := apiKey("NETDATA_KEY", "0b7d4e2f-1a3c-4d5e-8f9a-2b4c6d8e0f1a", "X-Auth-Token", "")
	tok := bearer("API_TOKEN", "opq_7Hd92kLmQ4pXrT")
	query := apiKey("ADMIN_TOKEN", "k3v9PqL2mX8rT5wN1yB6cF4hJ7dS0aZe", "", "access_token")
	basic := basicCred("bob@localhost", "B0b-Ejab-2026")
	rights := `{"status":"error","code":32,"message":"AccessRules: Account does not have the right to perform the operation."}`
	grant := func(desc string) string { return `{"error":"invalid_grant","error_description":"` + desc + `"}` }
	runReadings(t, []readingCase{
		// Words about the caller's rights to a request that carried no
		// credential judged an anonymous caller: the credential not sent
		// comes first, the permission after it.
		{"rights, nothing sent", 403, nil, rights, nil, NoCredentialsSent, nil},
		{"no permission to perform this action, nothing sent", 403, nil, `{"detail":"You do not have permission to perform this action."}`, nil, NoCredentialsSent, nil},
		// Neighbours: the same words to a credential that was sent (in
		// Basic, or in the query, which some APIs read) are a permission;
		// a policy's explicit deny of the anonymous caller stays one.
		{"rights to Basic", 403, nil, rights, basic, PermissionDenied, nil},
		{"rights to a token in the query", 403, nil, rights, query, PermissionDenied, nil},
		{"explicit deny of anonymous, nothing sent", 403, nil, `{"__type":"AccessDeniedException","Message":"User: anonymous is not authorized to perform: s3:GetObject with an explicit deny in a resource-based policy"}`, nil, PermissionDenied, nil},
		// "Auth Error" says what "authentication error" says: the key was
		// not accepted.
		{"Auth Error to a key header", 403, text, "Auth Error\n", key, CredentialRejected, nil},
		{"auth error to a token", 401, nil, `{"error":"auth error","detail":"token not accepted"}`, tok, CredentialRejected, nil},
		// Neighbours: nothing sent is still that; "OAuth" is not "auth".
		{"Auth Error, nothing sent", 403, text, "Auth Error\n", nil, NoCredentialsSent, nil},
		{"OAuth error to a token, a permission", 403, nil, `{"message":"OAuth error: you do not have permission to perform this action"}`, tok, PermissionDenied, []string{CredentialRejected}},
		// An invalid_grant whose description speaks of the scope asked for
		// is invalid_scope in other words: the scope is not allowed.
		{"invalid_grant Invalid scope", 400, nil, grant("Invalid scope"), nil, PermissionDenied, nil},
		{"invalid_grant unknown scope requested", 400, nil, grant("Unknown scope requested"), basic, PermissionDenied, nil},
		// Neighbours: invalid_grant about the password or the code is
		// what was presented.
		{"invalid_grant bad password", 400, nil, grant("Invalid resource owner credentials"), basic, CredentialRejected, nil},
		{"invalid_grant expired code", 400, nil, grant("Authorization code is invalid or expired."), basic, CredentialRejected, nil},
		// A language's error about a call's arguments (Python's TypeError
		// in Deluge's JSON-RPC answer) is the call's shape, whatever
		// names it holds.
		{"TypeError missing the password argument", 200, nil, `{"result": null, "error": {"message": "TypeError: Auth.login() missing 1 required positional argument: 'password'", "code": 3}, "id": 1}`, nil, "", nil},
		{"TypeError too many arguments to login", 200, nil, `{"result": null, "error": {"message": "TypeError: login() takes 2 positional arguments but 3 were given", "code": 3}, "id": 1}`, nil, "", nil},
		{"unexpected keyword argument token", 200, nil, `{"result": null, "error": {"message": "TypeError: Auth.check_session() got an unexpected keyword argument 'api_key'", "code": 3}, "id": 5}`, nil, "", nil},
		// Neighbours: the same envelope saying the caller is not
		// authenticated is a refusal.
		{"Not authenticated in a 200, nothing sent", 200, nil, `{"result": null, "error": {"message": "Not authenticated", "code": 1}, "id": 2}`, nil, NoCredentialsSent, nil},
		{"missing api key in a 200", 200, nil, `{"status": "error", "code": 401, "message": "Missing API key"}`, nil, NoCredentialsSent, nil},
	})
}
