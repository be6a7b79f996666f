package diagnose

import "testing"

// TestRoundflagsReadings: the readings the feature flag, analytics and
// data platform round added, each in words other servers use for the same
// thing, with the neighbour it must leave alone.
func TestRoundflagsReadings(t *testing.T) {
	tok := bearer("API_TOKEN", "opq_7Hd92kLmQ4pXrT")
	key := apiKey("API_KEY", "key_9f8e7d6c5b4a3210", "X-API-Key", "")
	bare := headerCred("Authorization", "API_TOKEN", "api-4dfc17e5-2acc-4075-83bf-9a1b2c3d4e5f")
	basic := basicCred("ro_user", "Wq8ZbV3kLmN0pQrS")
	runReadings(t, []readingCase{
		// A token, not only a key, said not found or not to exist when the
		// message opens with it: looked up and gone.
		{"an access token not found, echoed", 403, nil, `{"err":1,"message":"access token not found: 0a1b2c3d4e5f"}`, key, CredentialRejected, nil},
		{"a token not found", 401, nil, `{"error":"Token not found"}`, tok, CredentialRejected, nil},
		{"the access token does not exist", 403, nil, `{"message":"The access token does not exist"}`, tok, CredentialRejected, nil},
		{"a device token not found is data", 403, nil, `{"message":"Device token not found"}`, tok, PermissionDenied, []string{CredentialRejected}},
		{"a token not found on a 404 is data", 404, nil, `{"error":"token not found"}`, tok, "", nil},
		// A scope named by its identifier and said required, or the token
		// said to hold only another one.
		{"a scope required, the token holding another", 403, nil, `{"err":1,"message":"insufficient privileges: post_server_item scope is required but the access token only has post_client_item."}`, key, ServerInsufficientScope, nil},
		{"a colon scope is required", 403, nil, `{"message":"The read:org scope is required for this endpoint"}`, tok, ServerInsufficientScope, nil},
		{"the token only has another scope", 403, nil, `{"error":"forbidden","detail":"This token only has the scope items.read"}`, tok, ServerInsufficientScope, nil},
		{"a scope parameter required is a field", 400, nil, `{"error":"invalid_request","message":"scope parameter is required"}`, tok, "", []string{ServerInsufficientScope}},
		// A credential field written with an underscore said missing, with
		// nothing sent, on a validation status.
		{"access_token is missing, in a 422", 422, nil, "{\n  \"err\": 1,\n  \"message\": \"Invalid format. access_token is missing and it is required.\"\n}", nil, NoCredentialsSent, nil},
		{"access_token was not provided, in a 400", 400, nil, `{"error":"access_token was not provided"}`, nil, NoCredentialsSent, nil},
		{"api_key is missing, in a 400", 400, nil, `{"message":"api_key is missing"}`, nil, NoCredentialsSent, nil},
		{"another field missing stays a validation error", 422, nil, `{"err":1,"message":"Invalid format. title is missing and it is required."}`, nil, "", nil},
		// A 401 whose code names an authorization failure is a permission
		// only when a credential was sent.
		{"AuthorizationFailed with nothing sent", 401, nil, `{"errors":[{"message":"No authorization header supplied.","code":"Neo.ClientError.Security.AuthorizationFailed"}]}`, nil, NoCredentialsSent, []string{PermissionDenied}},
		{"access refused with nothing sent", 401, nil, `{"error":"not_authorised","reason":"Access refused."}`, nil, NoCredentialsSent, []string{PermissionDenied}},
		{"access refused to a login stays a permission", 401, nil, `{"error":"not_authorised","reason":"Access refused."}`, basic, PermissionDenied, nil},
		// Access to a named resource denied: the server took the bare token
		// and refused the operation, so the missing scheme is no cause first.
		{"access to the requested resource was denied, bare token", 403, nil, `{"code":"forbidden","message":"Forbidden. Access to the requested resource was denied."}`, bare, PermissionDenied, nil},
		{"access to this project is denied, bare token", 403, nil, `{"message":"Access to this project is denied"}`, bare, PermissionDenied, nil},
		{"access to the resource denied in a 200 ok:false, bare token", 200, nil, `{"ok":false,"error":"Forbidden. Access to the requested resource was denied."}`, bare, PermissionDenied, nil},
		{"a bare token called invalid stays the refused credential", 401, nil, `{"message":"Invalid token"}`, bare, CredentialRejected, nil},
		// The action said to need a key of another kind: the key was read.
		{"use an API key from an API integration, in a 200 ok:false", 200, nil, `{"ok":false,"error":"To perform this action, use an API key from an API integration."}`, key, PermissionDenied, nil},
		{"to call this endpoint use a server-side key", 403, nil, `{"message":"To call this endpoint, use a server-side API key."}`, key, PermissionDenied, nil},
		{"to access this API you must use an admin token", 401, nil, `{"error":"To access this API you must use an admin token"}`, tok, PermissionDenied, nil},
		{"to use this API provide a key stays the missing one", 401, nil, `{"error":"To use this API, please provide an API key"}`, nil, NoCredentialsSent, []string{PermissionDenied}},
		// The token's user or OAuth application said inactive, opening the
		// message: the token is refused with it, in any envelope.
		{"a user inactive or deleted, in a 200 ok:false", 200, nil, `{"ok":false,"error":"User inactive or deleted"}`, tok, CredentialRejected, nil},
		{"a user application inactive, in a 200 success:false", 200, nil, `{"success":false,"message":"UserApplication inactive or deleted"}`, tok, CredentialRejected, nil},
		{"the user is inactive, on a 403", 403, nil, `{"detail":"The user is inactive"}`, tok, CredentialRejected, nil},
		{"a user named inactive further on is data", 400, nil, `{"error":"Cannot assign the ticket: the user you chose is inactive"}`, tok, "", []string{CredentialRejected}},
	})
}
