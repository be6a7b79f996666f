package diagnose

import "testing"

// TestSpellingReadings: the same fault in another writer's spelling or
// answer shape reads as it does in the usual one: contractions
// (plainWords), British spelling, a 200 {"status":"error"} envelope, a
// body that is one JSON string, a GraphQL UNAUTHENTICATED code whose
// message reads as a permission.
func TestSpellingReadings(t *testing.T) {
	tok := bearer("API_TOKEN", "opq_7Hd92kLmQ4pXrT")
	basicChallenge := map[string]string{"Content-Type": "application/json", "WWW-Authenticate": `Basic realm="Stripe"`}
	runReadings(t, []readingCase{
		{"aren't a server admin", 401, jsonCT(), `{"error":"unauthorized","reason":"You aren't a server admin."}`, tok, PermissionDenied, nil},
		{"signature can't be verified", 403, jsonCT(), `{"message":"HMAC signature can’t be verified"}`, tok, CredentialRejected, nil},
		{"key isn't valid", 403, map[string]string{"Content-Type": "text/plain"}, `The API key provided isn't valid.`, tok, CredentialRejected, nil},
		{"token hasn't been granted the scopes, GraphQL 200", 200, jsonCT(), `{"data":null,"errors":[{"message":"Your token hasn't been granted the required scopes to execute this query."}]}`, tok, ServerInsufficientScope, nil},
		{"issue doesn't exist or you don't have permission", 404, jsonCT(), `{"errorMessages":["Issue doesn't exist or you don't have permission to see it."],"errors":{}}`, tok, NotFoundHidesPermission, nil},
		{"insufficient authorisation", 401, jsonCT(), `{"errorMessage":"Insufficient authorisation to perform request."}`, tok, CredentialRejected, nil},
		{"200 status:error, invalid key", 200, jsonCT(), `{"status":"error","message":"The security token included in the request is invalid."}`, tok, CredentialRejected, nil},
		{"200 status:fail, no permission", 200, jsonCT(), `{"status":"fail","message":"User is not authorized to access this resource with an explicit deny"}`, tok, PermissionDenied, nil},
		{"a JSON string body, Basic challenge to a Bearer key", 401, basicChallenge, `"Invalid API Key provided: sk_test_****Aso0"`, tok, CredentialRejected, nil},
		{"GraphQL UNAUTHENTICATED, words of a permission", 200, jsonCT(), `{"data":null,"errors":[{"extensions":{"code":"UNAUTHENTICATED"},"message":"Sorry, you cannot list resources."}]}`, tok, CredentialRejected, nil},
		// Cloudflare's plain-text code with what a client wraps around it.
		{"Cloudflare code after Error:", 403, map[string]string{"Content-Type": "text/plain"}, "Error: error code: 1010", tok, BlockedByProxy, nil},
		{"Cloudflare code with a period and a help link", 403, map[string]string{"Content-Type": "text/plain"}, "error code: 1020. See https://docs.example.com/errors for details.", tok, BlockedByProxy, nil},
		{"Cloudflare code with a request id", 403, map[string]string{"Content-Type": "text/plain"}, "error code: 1010 (request id: 5d4d9a3c-601e, time: 2024-03-01T10:12:43Z)", tok, BlockedByProxy, nil},
		// synonymWords: the rows' words said otherwise.
		{"security token not valid on a 403", 403, jsonCT(), `{"message":"The security token included in the request is not valid."}`, tok, CredentialRejected, nil},
		{"credentials were missing, one sent", 401, jsonCT(), `{"detail":"Authentication credentials were missing."}`, tok, CredentialInWrongPlace, nil},
		{"no access key found, one sent", 401, jsonCT(), `{"message":"No Access key found in request"}`, tok, CredentialInWrongPlace, nil},
		{"access key not valid, or not activated", 403, jsonCT(), `{"error":"Access key not valid, or not yet activated."}`, tok, CredentialRejected, nil},
		{"invalid_token code over a secret key", 403, jsonCT(), `{"error":{"code":"invalid_token","detail":"Invalid or revoked Secret key.","type":"request_error"}}`, tok, CredentialRejected, nil},
		{"team-only access key", 400, jsonCT(), `{"errors":[{"error":"BadRequestError","message":"Can't send to this recipient using a team-only Access key"}],"status_code":400}`, tok, PermissionDenied, nil},
		{"session is invalid on a 403", 403, jsonCT(), `{"errorCode":"E0000005","errorSummary":"Session is invalid"}`, tok, CredentialRejected, nil},
		{"authentication method forbidden on this route", 403, jsonCT(), `{"message":"The used authentication method is forbidden on this route."}`, tok, DeprecatedAuthMethod, nil},
		{"scope header not supplied", 400, jsonCT(), `{"code":"400","details":"Scope header is not supplied"}`, tok, RequiredHeaderMissing, nil},
		// "API-Key" hyphenated, as a header name is written: the same key.
		{"no API-Key found, a token sent", 401, jsonCT(), `{"message":"No API-Key found in headers or querystring"}`, tok, CredentialInWrongPlace, nil},
		{"did not provide an API-Key, a token sent", 401, jsonCT(), `{"error":"You did not provide an API-Key."}`, tok, CredentialInWrongPlace, nil},
		{"neighbour: an invalid API-Key is refused, not missing", 401, jsonCT(), `{"message":"Invalid API-Key"}`, tok, CredentialRejected, nil},
		{"an IP not authorized to use this API-Key", 200, jsonCT(), `{"error_message":"This IP is not authorized to use this API-Key. Request received from IP address 198.51.100.7","status":"REQUEST_DENIED"}`, tok, IPRestricted, nil},
		{"neighbour: a user not authorized for the action", 403, jsonCT(), `{"message":"User is not authorized to perform this action"}`, tok, PermissionDenied, nil},
		// A request id in parentheses after a bare "Token disabled".
		{"token disabled, a request id after it", 403, jsonCT(), `{"text":"Token disabled (request id: 5d4d9a3c-601e, time: 2024-03-01T10:12:43Z)","code":1}`, tok, CredentialRejected, nil},
		{"neighbour: token disabled for an operation, a request id after it", 403, jsonCT(), `{"message":"Token disabled for write operations (request id: 5d4d9a3c-601e)"}`, tok, PermissionDenied, nil},
		// "privileges" for "permissions", "permitted" for "authorized", "unrecognized" for "invalid".
		{"a project not permitted to use this API", 200, jsonCT(), `{"error_message":"This API project is not permitted to use this API.","results":[],"status":"REQUEST_DENIED"}`, tok, PermissionDenied, nil},
		{"neighbour: an app not authorized to use this key", 200, jsonCT(), `{"error_message":"This app is not authorized to use this API key.","status":"REQUEST_DENIED"}`, tok, CredentialRejected, nil},
		{"a key without the required privileges", 403, jsonCT(), `{"error":{"message":"The provided key does not have the required privileges for this endpoint on account 'acct_1PJBLEBBLEfV'. Having the 'rak_accounts_kyc_id_numbers_read' permission would allow this request to continue.","type":"invalid_request_error"}}`, tok, ServerInsufficientScope, nil},
		{"neighbour: a key without the required role", 403, jsonCT(), `{"error":{"message":"The provided key does not have the required role for this endpoint."}}`, tok, PermissionDenied, nil},
		{"an object not loadable for missing privileges", 400, jsonCT(), `{"error":{"code":100,"error_subcode":33,"message":"Unsupported get request. Object with ID '1234567890123' does not exist, cannot be loaded due to missing privileges, or does not support this operation.","type":"GraphMethodException"}}`, tok, NotFoundHidesPermission, nil},
		{"neighbour: an object not loadable for missing access, a 404", 404, jsonCT(), `{"error":{"message":"Object with ID '1234567890123' does not exist, cannot be loaded due to missing access."}}`, tok, NotFoundHidesPermission, nil},
		{"an unrecognized audience", 401, jsonCT(), `{"error":{"code":"InvalidAuthenticationToken","message":"Access token validation failure. Unrecognized audience."}}`, tok, JWTWrongAudience, nil},
		{"neighbour: an unrecognized token, no audience", 401, jsonCT(), `{"error":{"code":"InvalidAuthenticationToken","message":"Access token validation failure. Unrecognized token."}}`, tok, CredentialRejected, nil},
		// The login scheme named as what refused, whatever refusal word follows.
		{"HTTP Basic: permission denied on a 401", 401, map[string]string{"Content-Type": "text/html; charset=utf-8"}, "HTTP Basic: permission denied.\n", tok, CredentialRejected, nil},
		{"HTTP Digest: not allowed on a 401", 401, map[string]string{"Content-Type": "text/plain"}, "HTTP Digest: not allowed", tok, CredentialRejected, nil},
		{"neighbour: a bare permission denied on a 401", 401, map[string]string{"Content-Type": "text/plain"}, "Permission denied.", tok, PermissionDenied, nil},
		// A scope written as a resource path is where a role applies.
		{"over scope a path, or the scope is incorrect", 403, jsonCT(), `{"error":{"code":"AuthorizationFailed","message":"The client 'ci@example.com' does not have authorization to perform action 'Example.Storage/accounts/write' over scope '/subscriptions/1a2b/resourcegroups/rg' or the scope is incorrect."}}`, tok, PermissionDenied, nil},
		{"at scope a path, the scope is incorrect", 403, jsonCT(), `{"message":"The role binding does not allow action projects.get at scope \"/projects/acme/zones/z1\"; the scope is incorrect or the role is missing."}`, tok, PermissionDenied, nil},
		{"neighbour: the scope provided is incorrect", 403, jsonCT(), `{"message":"The scope provided is incorrect"}`, tok, ServerInsufficientScope, nil},
		// The address named as what was refused, in any words for it, ahead of the permission's words after it.
		{"an IP address not authorized to access this resource", 403, jsonCT(), `{"detail":"IP address 198.51.100.7 is not authorized to access this resource.","errorCode":"ADDRESS_REFUSED"}`, tok, IPRestricted, nil},
		{"an IPv6 address not allowed to access", 401, jsonCT(), `{"message":"IP 2001:db8::7 is not allowed to access this project."}`, tok, IPRestricted, nil},
		{"neighbour: a user not authorized to access this resource", 403, jsonCT(), `{"detail":"User ci@example.com is not authorized to access this resource."}`, tok, PermissionDenied, nil},
		// Two-factor authentication said required for an operation or an organisation: the account's policy, in any envelope.
		{"2FA required to publish, 200 ok:false", 200, jsonCT(), `{"ok":false,"error":"Two-factor authentication or granular access token with bypass 2fa enabled is required to publish packages."}`, tok, PermissionDenied, nil},
		{"MFA required for this organization, 200 success:false", 200, jsonCT(), `{"success":false,"message":"Multi-factor authentication is required for this organization."}`, tok, PermissionDenied, nil},
		{"neighbour: a 2FA code is required", 200, jsonCT(), `{"success":false,"message":"Two-factor authentication code is required"}`, tok, RequiredHeaderMissing, nil},
		// A 401's own definition after refusal words: no caller was known.
		{"not authorized, authentication expected and failed, 200 ok:false", 200, jsonCT(), `{"ok":false,"error":"The requester is not authorized to access the resource. This is similar to 403 but is used in cases where authentication is expected but has failed or has not been provided."}`, tok, CredentialRejected, nil},
		{"not authorized, authentication required and not yet provided, 200 status:error", 200, jsonCT(), `{"status":"error","message":"Not authorized: authentication is required and has not yet been provided."}`, tok, CredentialRejected, nil},
		{"neighbour: the requester not authorized to access, 200 success:false", 200, jsonCT(), `{"success":false,"message":"The requester is not authorized to access the resource."}`, tok, PermissionDenied, nil},
		// The datacenter said wrong in other words: the key's suffix decides.
		{"an incorrect datacenter, a key of another", 401, jsonCT(), `{"title":"API Key Invalid","status":401,"detail":"Your API key may be invalid, or you've attempted to access the incorrect datacenter."}`, basicCred("anystring", "3f2e1d0c9b8a7f6e5d4c3b2a1f0e9d8c-us21"), RegionMismatch, nil},
		{"an invalid datacenter, a key of another", 401, jsonCT(), `{"title":"API Key Invalid","status":401,"detail":"Your API key may be invalid, or you've attempted to access the invalid datacenter."}`, basicCred("anystring", "3f2e1d0c9b8a7f6e5d4c3b2a1f0e9d8c-us21"), RegionMismatch, nil},
		{"neighbour: an invalid datacenter, a key that names none", 401, jsonCT(), `{"title":"API Key Invalid","status":401,"detail":"Your API key may be invalid, or you've attempted to access the invalid datacenter."}`, tok, CredentialRejected, nil},
	})
}

func TestSynonymWords(t *testing.T) {
	for in, want := range map[string]string{
		"no access key found":                             "no api key found",
		"invalid secret key":                              "invalid api key",
		"the aws access key id you provided":              "the aws access key id you provided",
		"check your secret access key. access key: akia…": "check your secret access key. access key: akia…",
		"oauth token required; bearer token expired":      "access token required; access token expired",
		"the token is not valid.":                         "the token is invalid.",
		"this token is not valid for this repository":     "this token is not valid for this repository",
		"credentials were not provided":                   "credentials were missing",
		"the method is forbidden on this route":           "the method is not allowed on this route",
	} {
		if got := synonymWords(in); got != want {
			t.Errorf("synonymWords(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestPlainWords(t *testing.T) {
	for in, want := range map[string]string{
		"you don't have permission":               "you do not have permission",
		"token hasn’t been granted":               "token has not been granted",
		"signature can't be verified":             "signature cannot be verified",
		"we won't accept it; wouldn't you":        "we will not accept it; would not you",
		"client not authorised":                   "client not authorized",
		"unauthorised: no authorisation header":   "unauthorized: no authorization header",
		"unrecognised organisation":               "unrecognized organization",
		"your licence expired":                    "your license expired",
		"otherwise, raise the limit or revise it": "otherwise, raise the limit or revise it",
	} {
		if got := plainWords(in); got != want {
			t.Errorf("plainWords(%q) = %q, want %q", in, got, want)
		}
	}
}
