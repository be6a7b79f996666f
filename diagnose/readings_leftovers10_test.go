package diagnose

import "testing"

// TestLeftovers10PermissionForms: a credential, or the app it is issued
// to, said to lack the required, necessary or sufficient permissions
// lacks a scope, in either grammatical form ("does not have", "lacks");
// a person or a role said so lacks a role. Before, "does not have the
// required permissions" read a scope whoever lacked them and "lacks the
// required permissions" a role whoever did.
func TestLeftovers10PermissionForms(t *testing.T) {
	tok := bearer("API_TOKEN", "opq_7Hd92kLmQ4pXrT9wLv3")
	key := apiKey("API_KEY", "Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2", "X-Api-Key", "")
	runReadings(t, []readingCase{
		// A credential said to lack the required permissions, in either
		// grammatical form, lacks a scope (its grant is its scopes).
		{"token does not have the required permissions", 403, nil, `{"error":"This token does not have the required permissions"}`, tok, ServerInsufficientScope, nil},
		{"token lacks the required permissions", 403, nil, `{"error":"This token lacks the required permissions"}`, tok, ServerInsufficientScope, nil},
		{"key lacks the necessary privileges", 403, nil, `{"message":"The API key lacks the necessary privileges for this endpoint"}`, key, ServerInsufficientScope, nil},
		{"key provided doesn't have sufficient permissions", 403, nil, `{"message":"The key provided doesn't have sufficient permissions to delete records"}`, key, ServerInsufficientScope, nil},
		// A person or a role said so lacks a role: permission_denied, in
		// either form.
		{"you do not have the required permissions", 403, nil, `{"message":"You do not have the required permissions to access this resource."}`, tok, PermissionDenied, []string{ServerInsufficientScope}},
		{"you lack the required permissions", 403, nil, `{"message":"You lack the required permissions to access this resource."}`, tok, PermissionDenied, []string{ServerInsufficientScope}},
		{"user does not have the required privileges", 403, nil, `{"detail":"User does not have the required privileges"}`, tok, PermissionDenied, []string{ServerInsufficientScope}},
		{"your role lacks the required permissions", 403, nil, `{"detail":"Your role lacks the required permissions for this project"}`, tok, PermissionDenied, []string{ServerInsufficientScope}},
		// Neighbours: a credential that lacks a role; a thing that lacks a
		// permission field.
		{"a key without the required role", 403, nil, `{"message":"The provided key does not have the required role for this endpoint."}`, key, PermissionDenied, []string{ServerInsufficientScope}},
		{"a record lacks a permissions field", 400, nil, `{"error":"The record does not have the required permissions field"}`, tok, "", []string{ServerInsufficientScope}},
	})
}

// TestLeftovers10HeaderFormat: the format of one header the credential
// went in said invalid, in any API's words and whatever it names the
// header, is a credential of another kind in that header; a header the
// request did not carry, or every one the credential went in, is not.
func TestLeftovers10HeaderFormat(t *testing.T) {
	tok := bearer("API_TOKEN", "opq_7Hd92kLmQ4pXrT9wLv3")
	key := apiKey("API_KEY", "Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2", "X-Api-Key", "")
	pair := headerValues("api_pair", "API_USER", "X-Api-User", "ops@example.org", "API_KEY", "X-Api-Key", "Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2")
	account := headerValues("account_key", "ACCOUNT_ID", "X-Account-Id", "acct_40213", "ACCOUNT_KEY", "X-Account-Key", "kz_91Lm4Qp8Rt2Vw6Xy0Za3")
	runReadings(t, []readingCase{
		// The format of one header the credential went in said invalid, in
		// any API's words: a credential of another kind in that header.
		{"key header's format invalid beside its user header", 400, nil, `{"errors":[{"message":"Invalid format for X-Api-Key header"}]}`, pair, CredentialInWrongPlace, nil},
		{"key header malformed beside an account id header", 401, nil, `{"error":"X-Account-Key header is malformed"}`, account, CredentialInWrongPlace, nil},
		{"bad format of the Authorization header to a token", 400, nil, `{"message":"Bad format of the Authorization header"}`, tok, CredentialInWrongPlace, nil},
		{"a single key header in the wrong format", 400, nil, `{"message":"Invalid format for X-Api-Key header"}`, key, CredentialInWrongPlace, nil},
		// Neighbours: a header the request did not carry, and every header
		// the credential went in (the values mistyped).
		{"another header's format", 400, nil, `{"message":"Invalid format for X-Request-Id header"}`, pair, "", []string{CredentialInWrongPlace}},
		{"every header of an account pair malformed", 400, nil, `{"errors":["X-Account-Id header is malformed","X-Account-Key header is malformed"]}`, account, CredentialRejected, []string{CredentialInWrongPlace}},
	})
}

// TestLeftovers10PlainTextPermission: a one-line plain text in a 2xx that
// says a permission is lacking is a refusal said as an error, on an error
// line (a code or marker before it, as a store's error relayed as text
// is) or to the caller itself; the same words about a user the request
// named are the answer's data (Redis' ACL DRYRUN, through an HTTP gateway
// that answers as text, says whether the user it names may run a command).
func TestLeftovers10PlainTextPermission(t *testing.T) {
	login := basicCred("admin", "Webdis-Admin-Pass-2026")
	text := map[string]string{"Content-Type": "text/plain"}
	runReadings(t, []readingCase{
		// Refusals: an error line, or the caller told.
		{"noperm error line", 200, text, "-NOPERM this user has no permissions to run the 'config|get' command\r\n", login, PermissionDenied, nil},
		{"noperm without the dash", 200, text, "NOPERM this user has no permissions to run the 'flushall' command\n", login, PermissionDenied, nil},
		{"error label before the lack", 200, text, "Error: this key has no permission to write to this bucket\n", login, PermissionDenied, nil},
		{"you do not have permission", 200, text, "You do not have permission to run this command.\n", login, PermissionDenied, nil},
		{"the token has no write access", 200, text, "This token has no write access to this repository\n", login, PermissionDenied, nil},
		// Data: the same words about the user a dry run names.
		{"acl dryrun's answer for another user", 200, text, "This user has no permissions to run the 'set' command\n", login, "", nil},
		{"acl dryrun's answer about a key", 200, text, "This user has no permissions to access one of the keys used as arguments\n", login, "", nil},
		{"an acronym before the user is no code", 200, text, "IAM user has no permissions to run the 'set' command\n", login, "", nil},
		{"api user has no write access, data", 200, text, "API user has no write access to this bucket\n", login, "", nil},
		{"a code with a digit before the user is an error line", 200, text, "E403 user has no permissions to run the 'flushall' command\n", login, PermissionDenied, nil},
	})
}
