package diagnose

import "testing"

// TestRoundbankReadings: the readings the roundbank round added, each in
// words another server could send for the same thing, with the neighbour
// it must leave alone.
func TestRoundbankReadings(t *testing.T) {
	tok := bearer("ACCESS_TOKEN", "tk_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4")
	consent := headerCred("Consent-ID", "CONSENT_ID", "Hx7Kq2Lm9Np4Rs6Tv8Wy1Za3Bc5De7Fg9")
	login := basicCred("psu-ci", "Wq8ZbV3kLmN0pQrS")
	runReadings(t, []readingCase{
		// A client certificate said missing, or absent from the request
		// though mandated, to an environment that has none.
		{"missing certificate, said alone", 401, nil, `{"error":"Missing certificate."}`, tok, NoCredentialsSent, nil},
		{"certificate not presented but mandatory", 403, nil, `{"message":"Certificate was not presented in the request, but is mandatory for this API"}`, tok, NoCredentialsSent, nil},
		{"a certificate number missing is a field", 400, nil, `{"error":"Missing certificate number in the request body"}`, tok, "", []string{NoCredentialsSent, CredentialRejected}},
		// A request's own signature said missing, or mandated and absent.
		{"http message signature required but missing", 401, nil, `{"message":"HTTP message signature is required but missing"}`, consent, RequiredHeaderMissing, nil},
		{"missing request signature", 400, nil, `{"error":"Missing request signature"}`, consent, RequiredHeaderMissing, nil},
		{"a JWT's signature missing is the token's", 401, nil, `{"error":"The JWT signature is missing"}`, tok, CredentialRejected, []string{RequiredHeaderMissing}},
		// A caller said not to have the correct or required role, on a 401.
		{"app does not have the required admin role", 401, nil, `{"message":"The app does not have the required admin role for this operation"}`, tok, PermissionDenied, nil},
		{"caller doesn't have the appropriate role", 401, nil, `{"detail":"Caller doesn't have the appropriate billing role."}`, tok, PermissionDenied, nil},
		{"an invalid role claim is the token's", 401, nil, `{"error":"Invalid role claim in token"}`, tok, CredentialRejected, []string{PermissionDenied}},
		// A credential, consent or grant known and not valid for what was addressed.
		{"API key not valid for the requested endpoint", 401, nil, `{"message":"This API key is not valid for the requested endpoint"}`, tok, PermissionDenied, nil},
		{"grant not valid for this operation", 401, nil, `{"error":"The grant you used is not valid for this operation"}`, tok, PermissionDenied, nil},
		{"a token not valid, full stop, is refused", 401, nil, `{"error":"The token is not valid."}`, tok, CredentialRejected, []string{PermissionDenied}},
		// A credential said only authorized for some use.
		{"key only authorized to read", 403, nil, `{"message":"Your API key is only authorized to read"}`, tok, PermissionDenied, nil},
		{"token only allowed for the reporting API, on a 400", 400, nil, `{"error":"This token is only allowed for the reporting API"}`, tok, PermissionDenied, nil},
		{"only allowed for some addresses is an address's", 403, nil, `{"error":"This key is only allowed for whitelisted IPs"}`, tok, IPRestricted, nil},
		{"only authorized for a referrer is the referrer's", 403, nil, `{"error":"Token is only authorized for the referrer https://example.com"}`, tok, ReferrerRestricted, nil},
		// A client not enabled in the API environment it called.
		{"account not enabled for the production environment", 400, nil, `{"error":"Your account is not enabled for the production environment"}`, tok, PermissionDenied, nil},
		{"client not authorized in this environment", 403, nil, `{"message":"Client not authorized to call payments in this environment. See which environments your client is approved for."}`, tok, PermissionDenied, nil},
		{"an environment variable is the server's", 500, nil, `{"error":"Environment variable DATABASE_URL is not set"}`, tok, "", []string{PermissionDenied}},
		// A kind of credential retired from a version or date of the API on.
		{"API keys cannot be used since version 3", 400, nil, `{"message":"API keys cannot be used since version 3 of the API. Use OAuth tokens instead."}`, tok, DeprecatedAuthMethod, nil},
		{"access token no longer usable as of a date", 401, nil, `{"error":"The access token can no longer be used as of 2024-01-01; authenticate with a client certificate"}`, tok, DeprecatedAuthMethod, nil},
		{"API keys cannot be used after version 2 of the API", 400, nil, `{"message":"API keys cannot be used after version 2 of the API; use OAuth"}`, tok, DeprecatedAuthMethod, nil},
		{"a token that cannot be used after a date has ended", 401, nil, `{"error":"This token cannot be used after 2024-05-01T00:00:00Z"}`, tok, CredentialRejected, []string{DeprecatedAuthMethod}},
		{"a token of another kind is a permission", 403, nil, `{"error":"This token cannot be used for this endpoint. Please use a user token instead."}`, tok, PermissionDenied, []string{DeprecatedAuthMethod}},
		// A consent or grant said expired with words between.
		{"consent you gave has expired", 401, nil, `{"error":"The consent you gave to this app has expired. Ask the user to authorize again."}`, consent, TokenExpired, nil},
		{"grant issued to this client is expired", 401, nil, `{"message":"Grant issued to this client is expired"}`, tok, TokenExpired, nil},
		{"access to a feature expired is the plan's", 403, nil, `{"error":"Your access to this feature has expired; renew your subscription"}`, tok, PermissionDenied, []string{TokenExpired}},
		// A credential that cannot be matched: unknown, on any status.
		{"token could not be matched, on a 400", 400, nil, `{"error":"The access token could not be matched to any client"}`, tok, CredentialRejected, nil},
		{"consent id cannot be recognized, on a 403", 403, nil, `{"message":"Consent-ID cannot be recognized"}`, consent, CredentialRejected, nil},
		{"a search key not matched is data", 400, nil, `{"error":"The search key could not be matched"}`, tok, "", []string{CredentialRejected}},
		// A password or one-time code said not correct.
		{"PIN or TAN is incorrect", 401, nil, `{"message":"PIN or TAN is incorrect"}`, login, CredentialRejected, nil},
		{"password was not correct in a 200 ok:false", 200, nil, `{"ok":false,"error":"The password was not correct"}`, login, CredentialRejected, nil},
		{"a new password not valid is a field", 400, nil, `{"error":"The new password is not valid: use at least 12 characters"}`, tok, "", []string{CredentialRejected}},
	})
	// With a client certificate in the environment: a certificate said
	// missing was not taken, and one said not to match is the wrong one.
	runReadingsIn(t, readingEnv{clientCert: true}, []readingCase{
		{"missing certificate to an environment that has one", 401, nil, `{"error":"Missing certificate: retry with your client certificate."}`, tok, CredentialRejected, []string{NoCredentialsSent}},
		{"client certificate does not match the consent's", 403, nil, `{"message":"Client certificate does not match the one registered for this consent"}`, consent, CredentialRejected, nil},
		{"presented certificate doesn't match", 401, nil, `{"error":"The presented certificate doesn't match the client"}`, tok, CredentialRejected, nil},
		{"an upstream certificate is the server's", 502, nil, `{"error":"upstream certificate does not match the host name"}`, tok, "", []string{CredentialRejected}},
	})
}
