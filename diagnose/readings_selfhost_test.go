package diagnose

import "testing"

// TestSelfhostReadings: the general readings the self-hosted servers
// round (heldout_selfhost_test.go) called for, each tried on paraphrases
// another server could send with the same meaning (other words, order,
// status) and on the neighbours it must leave alone.
func TestSelfhostReadings(t *testing.T) {
	tok := bearer("API_TOKEN", "opq_7Hd92kLmQ4pXrT")
	bare := headerCred("Authorization", "API_TOKEN", "opq_7Hd92kLmQ4pXrT")
	runReadings(t, []readingCase{
		// An account that is not active: the credential is not accepted,
		// whatever the status and wording.
		{name: "the account is locked", status: 403, body: `{"message":"The account is locked. Contact your administrator."}`, cred: tok, want: CredentialRejected},
		{name: "user has been deactivated", status: 401, body: `{"detail":"User has been deactivated"}`, cred: tok, want: CredentialRejected},
		{name: "your access was suspended", status: 403, body: `{"error":"Your access was suspended by an administrator"}`, cred: tok, want: CredentialRejected},
		{name: "login pending approval", status: 403, body: `{"error":"Your account is pending approval"}`, cred: tok, want: CredentialRejected},
		// A feature of the account said disabled is not the account.
		{name: "a feature disabled for the account", status: 403, body: `{"error":"Webhooks for this account is disabled on your plan"}`, cred: tok, want: PermissionDenied,
			never: []string{CredentialRejected}},
		// A role the caller must have, on the 401 some servers use for it.
		{name: "you need to be an administrator, 401", status: 401, body: `{"message":"You need to be an administrator to manage users"}`, cred: tok, want: PermissionDenied},
		{name: "caller must be a project maintainer, 401", status: 401, body: `{"error":"Caller must be a project maintainer"}`, cred: tok, want: PermissionDenied},
		{name: "admin privileges are required, 400", status: 400, body: `{"error":"Admin privileges are required"}`, cred: tok, want: PermissionDenied},
		{name: "you must be logged in, nothing sent", status: 401, body: `{"error":"You must be logged in"}`, want: NoCredentialsSent},
		// The credential said not to reach what was called.
		{name: "API key does not give access to the admin API", status: 401, body: `{"error":"This API key does not give access to the admin API"}`, cred: tok, want: PermissionDenied},
		{name: "token does not allow access, 403", status: 403, body: `{"message":"The token does not allow access to this endpoint"}`, cred: tok, want: PermissionDenied},
		// The call outside the token's scopes, or a scope limited.
		{name: "outside of the token's granted scopes", status: 403, body: `{"error":"The request is outside of the token's granted scopes"}`, cred: tok, want: ServerInsufficientScope},
		{name: "not within the authorized scopes, 401", status: 401, body: `{"message":"Operation not within the authorized scopes"}`, cred: tok, want: ServerInsufficientScope},
		{name: "key's scopes are restricted to read", status: 403, body: `{"message":"This key's scopes are restricted to read:packages"}`, cred: tok, want: ServerInsufficientScope},
		// A user needed behind the credential (an app token sent).
		{name: "requires a signed-in user, 403", status: 403, body: `{"errors":[{"message":"This mutation requires a signed-in user"}]}`, cred: tok, want: PermissionDenied},
		{name: "user access token required, 400", status: 400, body: `{"error":{"message":"A user access token is required for this call","code":190}}`, cred: tok, want: PermissionDenied},
		{name: "requires an authenticated user, nothing sent", status: 401, body: `{"error":"This method requires an authenticated user"}`, want: NoCredentialsSent},
		{name: "requires an authenticated user to a token, 401", status: 401, body: `{"error":"This method requires an authenticated user"}`, cred: tok, want: CredentialRejected},
		// The Authorization header's format refused: a local finding about
		// its shape says why; without one, the credential was refused.
		{name: "malformed Authorization header to a bare token", status: 401, body: `{"message":"Malformed Authorization header"}`, cred: bare, want: PrefixMissing},
		{name: "wrong format of the Authorization header to a doubled scheme", status: 401, body: `{"error":"Wrong format of the Authorization header"}`,
			cred: bearer("API_TOKEN", "Bearer opq_7Hd92kLmQ4pXrT"), want: PrefixDoubled},
		{name: "unrecognized Authorization header to a bare token", status: 401, body: `{"error":"Unrecognized authorization header"}`, cred: bare, want: PrefixMissing},
		{name: "Authorization header is invalid to a well-formed bearer", status: 401, body: `{"error":"Authorization header is invalid"}`, cred: tok, want: CredentialRejected},
		{name: "token format appears incorrect to a bare token", status: 401, body: `{"error":{"message":"An auth token was sent but its format appears incorrect","code":401}}`, cred: bare, want: PrefixMissing},
		// The action, a guest or a session not elevated refused: the caller
		// is known, also in a 200 envelope or an unmarked page.
		{name: "only moderators can, in a 200 ok:false", status: 200, body: `{"ok":false,"error":"Only moderators can delete posts"}`, cred: tok, want: PermissionDenied},
		{name: "you need to be an owner, in a 200 success:false", status: 200, body: `{"success":false,"message":"You need to be an owner of this project"}`, cred: tok, want: PermissionDenied},
		{name: "guests are not permitted, HTML page", status: 403, header: map[string]string{"Content-Type": "text/html"},
			body: "<html><head><title>Guests are not permitted</title></head><body></body></html>", cred: tok, want: PermissionDenied, never: []string{BlockedByProxy}},
		{name: "sudo mode required", status: 403, body: `{"message":"Sudo mode required for this operation"}`, cred: tok, want: PermissionDenied},
		{name: "the operation is not permitted, 200", status: 200, body: `{"ok":false,"error":"The operation is not permitted"}`, cred: tok, want: PermissionDenied},
		// The token said invalid, the header only where it was: not the
		// header's format (a key of another environment comes first, as
		// the logistics corpus's Amadeus case checks).
		{name: "token in the Authorization header is invalid", status: 401, body: `{"errors":[{"detail":"The access token provided in the Authorization header is invalid"}]}`,
			cred: withOther(bearer("API_TOKEN", "opq_7Hd92kLmQ4pXrT"), "production", "opq_7Hd92kLmQ4pXrT"), want: CredentialFromOtherEnvironment},
		// The caller's address refused, on a 401 or 403 only.
		{name: "request from untrusted IP, 403", status: 403, body: `{"message":"Request from untrusted IP 203.0.113.7"}`, cred: tok, want: IPRestricted},
		{name: "IP address is not recognized, 401", status: 401, body: `{"errors":[{"message":"IP address is not recognized","extensions":{"code":"UNAUTHORIZED"}}]}`, cred: tok, want: IPRestricted},
		{name: "invalid IP address in a field, 400", status: 400, body: `{"errors":{"allowed_ips":["Invalid IP address"]}}`, cred: tok, want: "", never: []string{IPRestricted}},
		// A region said wrong, with the one expected.
		{name: "the region is incorrect, expected", status: 400, header: map[string]string{"Content-Type": "application/xml"},
			body: "<Error><Code>AuthorizationHeaderMalformed</Code><Message>The region is incorrect; expected 'ap-southeast-2'.</Message></Error>", cred: tok, want: RegionMismatch},
	})
}
