package diagnose

import "testing"

// TestRoundidpReadings: the readings the roundidp round added to the API
// rows, each in words another server could send for the same thing, with
// the neighbour it must leave alone.
func TestRoundidpReadings(t *testing.T) {
	login := basicCred("ci-bot", "Lg7pQ2rS9tU4vW6xY8zA1bC3")
	key := headerCred("Authorization", "API_KEY", "bf69486b-4733-4470-a592-f1bfce7af580")
	tok := bearer("ACCESS_TOKEN", "tk_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4")
	runReadings(t, []readingCase{
		// The Authorization header's type or scheme said not supported.
		{"unsupported authorization type, Basic sent", 401, nil, `{"error":"Unsupported authorization type"}`, login, SchemeMismatch, nil},
		{"authorization header type not supported, Basic sent", 401, nil, `{"message":"Authorization header type not supported"}`, login, SchemeMismatch, nil},
		{"authentication scheme among other faults, the challenge offering Bearer", 401,
			map[string]string{"Content-Type": "text/plain", "WWW-Authenticate": `Basic realm="ci", Bearer realm="ci"`},
			"Invalid authentication request or authentication scheme is not supported", tok, CredentialRejected, nil},
		// A header to add named with "HTTP request header", its name
		// holding a credential's word inside another (a vendor's name).
		{"add the HTTP request header named for a tenant", 400, nil, `{"message":"To complete this request, add the X-Acme-Tenant HTTP request header."}`, key, RequiredHeaderMissing, nil},
		{"send a request header whose vendor name holds auth", 400, nil, `{"error":"Please send the X-Okauth-Org request header"}`, tok, RequiredHeaderMissing, nil},
		// A principal refused an action in a policy's words, "not
		// permitted" or "not allowed" for "not authorized".
		{"principal is not allowed to perform an action", 400, nil, `{"__type":"AccessDeniedException","Message":"User: arn:aws:sts::123456789012:assumed-role/ci/runner is not allowed to perform: dynamodb:PutItem on resource: table/orders"}`, tok, PermissionDenied, nil},
		{"principal is not permitted to perform an action", 400, nil, `{"message":"User: arn:aws:iam::123456789012:user/ci is not permitted to perform: s3:PutObject on resource: arn:aws:s3:::logs/x"}`, tok, PermissionDenied, nil},
		{"a job not permitted to run is the business's answer", 409, nil, `{"message":"The job is not permitted to run while another run is in progress"}`, tok, "", nil},
		// A kind of token named as the only one taken is no scheme (late).
		{"only access tokens accepted, in an invalid_token challenge", 401,
			map[string]string{"WWW-Authenticate": `Bearer error="invalid_token", error_description="Only access tokens are accepted"`}, "", tok, ServerInvalidToken, []string{SchemeMismatch}},
		{"only ID tokens allowed for this endpoint", 401, nil, `{"error":"Only ID tokens are allowed for this endpoint"}`, tok, CredentialRejected, []string{SchemeMismatch}},
		{"only bearer tokens accepted to Basic stays a scheme", 401, nil, `{"error":"Only bearer tokens are accepted"}`, login, SchemeMismatch, nil},
		// The role the caller was expected to hold, said not found (late).
		{"necessary role not found on a 401", 401, nil, `{"message":"Necessary role not found."}`, tok, PermissionDenied, nil},
		{"expected role named and not found on a 401", 401, nil, `{"error":"The expected role 'admin' was not found for this user"}`, tok, PermissionDenied, nil},
		{"a role looked up and not found is a lookup's", 404, nil, `{"message":"Role not found"}`, tok, "", nil},
		{"the credential's own header named is no other header", 401, nil, `{"error":"add the X-Auth-Token request header"}`, tok, CredentialRejected, []string{RequiredHeaderMissing}},
	})
}

// TestRoundidpTokenReadings: the token endpoint's readings the roundidp
// round added or widened, in other servers' words, with neighbours.
func TestRoundidpTokenReadings(t *testing.T) {
	const src = "https://github.com/ory/fosite/blob/a5f0b09bf31c17297b25637bb3fec2ff7a55b159/errors.go"
	const grantDef = "The provided authorization grant (e.g., authorization code, resource owner credentials) or refresh token is invalid, expired, revoked, does not match the redirection URI used in the authorization request, or was issued to another client."
	runTokenCases(t, []tokenCase{
		// A grant said expired beside the lifetime it outlived.
		{src: src, name: "expired or invalid, exceeded its maximum lifetime", status: 400,
			body: `{"error":"invalid_grant","error_description":"The refresh token has expired or is invalid: it exceeded its maximum lifetime."}`, want: TokenExpired},
		{src: src, name: "session expired or invalid, the maximum age named", status: 400,
			body: `{"error":"invalid_grant","error_description":"Session expired or invalid; the maximum age for a session is 12 hours."}`, want: TokenExpired},
		{src: src, name: "invalid or revoked names no expiry", status: 400,
			body: `{"error":"invalid_grant","error_description":"The refresh token is invalid or revoked."}`, want: CredentialRejected},
		// Expired before the interaction the code asks for.
		{src: src, name: "interaction_required to an expired session", status: 400,
			body: `{"error":"interaction_required","error_description":"The session has expired; the maximum allowed lifetime is 8 hours."}`, want: TokenExpired},
		{src: src, name: "interaction_required to sign in again stays an interaction", status: 400,
			body: `{"error":"interaction_required","error_description":"The user must sign in again."}`, want: PermissionDenied},
		// A second factor asked for with an article.
		{src: src, name: "must complete a two-factor challenge", status: 400,
			body: `{"message":"You must complete a two-factor challenge to continue."}`, want: PermissionDenied},
		{src: src, name: "needs to pass an MFA check", status: 403,
			body: `{"error":"invalid_grant","error_description":"The user needs to pass an MFA check."}`, want: PermissionDenied},
		{src: src, name: "a wrong MFA code stays refused", status: 400,
			body: `{"error":"invalid_grant","error_description":"Invalid MFA code"}`, want: CredentialRejected},
		// Single sign-on required.
		{src: src, name: "single sign-on is required", status: 400,
			body: `{"message":"Single sign-on is required for this account"}`, want: PermissionDenied},
		{src: src, name: "must sign in with an identity provider", status: 400,
			body: `{"error":"invalid_grant","error_description":"The user must sign in with an identity provider."}`, want: PermissionDenied},
		{src: src, name: "an SSO connection not found is no sign-in asked", status: 400,
			body: `{"error":"invalid_grant","error_description":"SSO connection not found"}`, want: CredentialRejected},
		// A grant the client may not use, in "not allowed to use" words.
		{src: src, name: "a confidential client therefore not allowed to use grant password", status: 400,
			body: `{"error":"invalid_grant","error_description":"The OAuth client is marked confidential and therefore not allowed to use grant 'password'."}`, want: PermissionDenied},
		{src: src, name: "clients of this type not permitted to use the authorization grant", status: 400,
			body: `{"error":"invalid_grant","error_description":"Clients of this type are not permitted to use the authorization grant refresh_token."}`, want: PermissionDenied},
		{src: src, name: "a grant already used stays refused", status: 400,
			body: `{"error":"invalid_grant","error_description":"The client used an authorization grant that was already used."}`, want: CredentialRejected},
		// RFC 6749's invalid_grant definition read out; the hint decides.
		{src: src, name: "the definition, then session expired", status: 400,
			body: `{"error":"invalid_grant","error_description":"` + grantDef + ` Session has expired."}`, want: TokenExpired},
		{src: src, name: "the definition alone stays refused", status: 400,
			body: `{"error":"invalid_grant","error_description":"` + grantDef + `"}`, want: CredentialRejected},
		// A resource not configured for the client, whatever the code.
		{src: src, name: "invalid_client, a resource not configured for the application", status: 400,
			body: `{"error":"invalid_client","error_description":"The client asked for a resource that is not configured for the application."}`, want: PermissionDenied},
		{src: src, name: "audience not enabled for this client", status: 400,
			body: `{"error":"invalid_request","error_description":"audience not enabled for this client"}`, want: PermissionDenied},
		{src: src, name: "an API key not registered stays refused", status: 401,
			body: `{"error":"invalid_client","error_description":"The API key is not registered for this application"}`, want: CredentialRejected},
		// A header besides the client's credentials said missing.
		{src: src, name: "DPoP header was not provided", status: 400,
			body: `{"error":"invalid_dpop_proof","error_description":"DPoP header was not provided"}`, want: RequiredHeaderMissing},
		{src: src, name: "missing header X-Tenant-Id", status: 400,
			body: `{"error":"invalid_request","error_description":"Missing header: X-Tenant-Id"}`, want: RequiredHeaderMissing},
		{src: src, name: "the Authorization header missing is the client's authentication", status: 401,
			body: `{"error":"invalid_client","error_description":"Authorization header is missing"}`, want: CredentialRejected},
	})
}
