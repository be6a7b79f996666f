package diagnose

import "testing"

// TestMissclass3Readings: missclass3's class-wide reading, a caller said
// to lack a right in the forms the permission families lacked
// (rightsLackedPattern, rightNouns, the not-granted passive with what
// asked between), each on a status with no default reading, where a
// form the families lack shows; and the neighbours it must leave alone.
// Also a credential whose kind a place names ("server token"), which
// the region's "wrong server" read (found by TestMetamorphic on the
// set's OCPI answer).
func TestMissclass3Readings(t *testing.T) {
	tok := bearer("ACCESS_TOKEN", "tk_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4")
	key := apiKey("API_KEY", "ak_4Rt8Yu2Io6Pa0Sd3Fg7Hj1Kl5Zx9Cv", "X-Api-Key", "")
	xml := map[string]string{"Content-Type": "application/xml"}
	runReadings(t, []readingCase{
		// The right said insufficient, as a title or with what it is for.
		{"insufficient privileges on a 400", 400, nil, `{"errors":[{"title":"Insufficient Privileges","status":"400"}]}`, tok, PermissionDenied, nil},
		{"insufficient permissions for this resource on a 422", 422, nil, `{"message":"User has insufficient permissions for this resource."}`, tok, PermissionDenied, nil},
		{"insufficient rights in an XML 500", 500, xml, `<error><message>Insufficient rights to access the requested meter.</message></error>`, key, PermissionDenied, nil},
		{"insufficient stock is the business's", 422, nil, `{"error":{"code":"INSUFFICIENT_STOCK","message":"Insufficient stock for item 42"}}`, tok, "", []string{PermissionDenied}},
		// A holder missing rights, or a right named missing with its name.
		{"account is missing the required roles", 400, nil, `{"error":"Account is missing the required roles: FleetManager"}`, tok, PermissionDenied, nil},
		{"missing permission: meters.read", 400, nil, `{"detail":"Missing permission: meters.read"}`, key, PermissionDenied, nil},
		{"a bare missing role is a form's field", 400, nil, `{"error":"Missing role"}`, tok, "", []string{PermissionDenied}},
		{"user is missing permissions for the report, 422", 422, nil, `{"message":"User is missing permissions for this report."}`, tok, PermissionDenied, nil},
		{"a body missing its roles field is a form's", 400, nil, `{"message":"The request body is missing the roles field"}`, tok, "", []string{PermissionDenied}},
		{"a policy missing its permissions array is a form's", 422, nil, `{"message":"Policy is missing required permissions array"}`, tok, "", []string{PermissionDenied}},
		// "does not have permission to <do>" with the holder's id before it.
		{"service principal with an id does not have permission to perform", 409, nil, `{"error":{"code":"AuthorizationFailed","message":"The service principal '0f1e2d3c' with object id '0f1e2d3c' does not have permission to perform action 'Microsoft.Storage/write'."}}`, tok, PermissionDenied, nil},
		{"user 4211 does not have permission to view", 400, nil, `{"error":"User 4211 does not have permission to view this farm."}`, tok, PermissionDenied, nil},
		{"a token revoked or lacking permission stays refused", 403, nil, `{"message":"The token is revoked or lacks permission to read this meter."}`, tok, CredentialRejected, nil},
		{"a key invalid, expired, or without permission stays refused", 403, map[string]string{"Content-Type": "text/plain"}, `The API key given is invalid, has expired, or does not have permission to access this package.`, key, CredentialRejected, nil},
		// A plan or tier said not to have access to a privilege or feature.
		{"plan does not have access to the feature", 400, nil, `{"message":"Your plan does not have access to this feature: bulk export"}`, tok, PermissionDenied, nil},
		// The not-granted passive with what asked for the permissions between.
		{"permissions requested are not granted to this app, 422", 422, nil, `{"message":"The permissions requested are not granted to this app."}`, tok, PermissionDenied, nil},
		{"permissions required were not granted by the user, 400", 400, nil, `{"error":"The permissions required were not granted by the user."}`, tok, PermissionDenied, nil},
		{"a token not granted access stays refused", 401, nil, `{"message":"Invalid token: access not granted"}`, tok, CredentialRejected, nil},
		// The metamorphic run's find on the set's OCPI answer: a credential
		// whose kind a place names is judged, not where the account lives.
		{"incorrect server token is the credential's", 400, nil, `{"status_code":2001,"status_message":"Incorrect server token"}`, tok, CredentialRejected, []string{RegionMismatch}},
		{"wrong cluster key is the credential's", 401, nil, `{"error":"Wrong cluster key"}`, key, CredentialRejected, []string{RegionMismatch}},
		{"the wrong server stays a region's", 401, nil, `{"error":"You have accessed the wrong server. Use eu.example.com."}`, tok, RegionMismatch, nil},
		{"permissions requested not granted yet is pending", 400, nil, `{"error":"authorization_pending","error_description":"The permissions requested have not been granted yet"}`, tok, "", []string{PermissionDenied}},
	})
}

// TestMissclass3VerdictReadings: missclass3's second class-wide reading,
// a credential refused in the forms the refused-credential families
// lacked beside their twins (credentialVerdictFormsPattern), each on a
// 400 or 422, where a 401's default no longer hides the form; and the
// neighbours it must leave alone.
func TestMissclass3VerdictReadings(t *testing.T) {
	tok := bearer("ACCESS_TOKEN", "tk_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4")
	key := apiKey("API_KEY", "ak_4Rt8Yu2Io6Pa0Sd3Fg7Hj1Kl5Zx9Cv", "X-Api-Key", "")
	login := basicCred("grower", "Tr4ctor-Seas0n-77")
	text := map[string]string{"Content-Type": "text/plain"}
	runReadings(t, []readingCase{
		// The check said failed after its noun.
		{"token verification failed on a 400", 400, nil, `{"error":"Token verification failed"}`, tok, CredentialRejected, nil},
		{"verification of the JWT failed on a 422", 422, nil, `{"message":"Verification of the JWT failed."}`, tok, CredentialRejected, nil},
		{"api key validation failed in plain text", 400, text, `API key validation failed`, key, CredentialRejected, nil},
		{"an e-mail verification failed is the account's data", 400, nil, `{"error":"Email verification failed: the link has expired"}`, tok, "", []string{CredentialRejected}},
		// A login pair or a credential said not to match.
		{"username and password do not match on a 422", 422, nil, `{"message":"Username and password do not match."}`, login, CredentialRejected, nil},
		{"key and secret do not match on a 400", 400, nil, `{"error":{"message":"API key and secret do not match"}}`, key, CredentialRejected, nil},
		{"the signatures do not match", 400, nil, `{"error":"The signatures do not match."}`, key, CredentialRejected, nil},
		{"a password and its confirmation not matching is a form's", 422, nil, `{"message":"Password and password confirmation do not match."}`, login, "", []string{CredentialRejected}},
		{"new passwords that do not match are a form's", 400, nil, `{"error":"The new passwords do not match"}`, tok, "", []string{CredentialRejected}},
		// The login said invalid or incorrect without its pair.
		{"invalid login on a 400", 400, nil, `{"error":"Invalid login."}`, login, CredentialRejected, nil},
		{"login incorrect in plain text", 400, text, `Login incorrect`, login, CredentialRejected, nil},
		{"the login details are incorrect on a 422", 422, nil, `{"message":"The login details are incorrect"}`, login, CredentialRejected, nil},
		{"an invalid login name is a form's field", 422, nil, `{"message":"Invalid login name: use 3 to 20 letters"}`, tok, "", []string{CredentialRejected}},
	})
}
