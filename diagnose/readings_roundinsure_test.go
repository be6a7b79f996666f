package diagnose

import "testing"

// TestRoundinsureReadings: the readings the roundinsure round added or
// widened, each in words another server could send for the same thing,
// with the neighbour it must leave alone.
func TestRoundinsureReadings(t *testing.T) {
	tok := bearer("ACCESS_TOKEN", "tk_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4")
	key := apiKey("API_KEY", "k_7Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4Q7wZp2Lx9", "X-Api-Key", "")
	runReadings(t, []readingCase{
		// A scope said not to have been granted, in the passive.
		{"token has not been granted the required scope", 403, nil, `{"error":"This token has not been granted the required scope for this endpoint"}`, tok, ServerInsufficientScope, nil},
		{"app hasn't been granted the necessary scopes", 403, nil, `{"message":"The app hasn't been granted the necessary scopes to call this API"}`, tok, ServerInsufficientScope, nil},
		{"access not granted is a permission, not a scope", 403, nil, `{"message":"This application has not been granted access to this resource"}`, tok, PermissionDenied, []string{ServerInsufficientScope}},
		// A way of authenticating not permitted for the credential sent.
		{"authentication method not permitted for this API key", 403, nil, `{"message":"The authentication method used is not permitted for this API key"}`, key, DeprecatedAuthMethod, nil},
		{"auth mechanism not allowed for the given token", 401, nil, `{"error":"Auth mechanism not allowed for the given token; use request signing"}`, tok, DeprecatedAuthMethod, nil},
		{"a key not allowed this HTTP method is no auth method", 403, nil, `{"message":"This API key is not allowed to use this method"}`, key, PermissionDenied, []string{DeprecatedAuthMethod}},
		// The user or account behind the credential stopped or unknown.
		{"user associated with this API key is inactive", 403, nil, `{"message":"The user associated with this API key is set as inactive."}`, key, CredentialRejected, nil},
		{"account tied to this token could not be identified", 401, nil, `{"error":"The account tied to this token could not be identified"}`, tok, CredentialRejected, nil},
		{"owner's access turned off", 403, nil, `{"detail":"The member linked to the API key has their portal access turned off"}`, key, CredentialRejected, nil},
		{"the owner lacking a permission stays a permission", 403, nil, `{"message":"The user associated with this token does not have permission to list invoices"}`, tok, PermissionDenied, []string{CredentialRejected}},
		// The credential itself not set up yet.
		{"API key has not been properly set up", 403, nil, `{"message":"Your API key has not been properly set up. Please contact API support."}`, key, CredentialRejected, nil},
		{"token is not yet provisioned", 403, nil, `{"error":"This token is not yet provisioned."}`, tok, CredentialRejected, nil},
		{"a key not enabled for a product names the product", 403, nil, `{"message":"This API key is not activated for the Geocoding product"}`, key, PermissionDenied, []string{CredentialRejected}},
		// A plan's service level, or a feature disabled for the caller's
		// account or user.
		{"not available at the key's service level", 403, nil, `{"message":"This endpoint is not available at your current subscription's access level"}`, key, PermissionDenied, nil},
		{"not available at the service level, in a 200 failure flag", 200, nil, `{"success":false,"message":"The report is not available at the current API key's service level."}`, key, PermissionDenied, nil},
		{"feature disabled for the current user's account", 200, nil, `{"ok":false,"error":"This feature is disabled for the current user's account"}`, tok, PermissionDenied, nil},
		{"endpoint disabled for this organization", 403, nil, `{"detail":"This endpoint has been disabled for this organization"}`, tok, PermissionDenied, []string{CredentialRejected}},
		{"a webhook disabled for the account is no refusal in a 200", 200, nil, `{"success":false,"message":"Webhook delivery is disabled for this account"}`, tok, "", nil},
		// A 405 whose words restrict the caller.
		{"405 token has read-only access", 405, nil, `{"message":"Your token has read-only access; write requests are refused"}`, tok, PermissionDenied, nil},
		{"405 you are forbidden from using this method", 405, nil, `{"error":"You are forbidden from using this method on this resource"}`, key, PermissionDenied, nil},
		{"405 the caller is not permitted to write", 405, nil, `{"message":"The key is not permitted to write to this collection"}`, key, PermissionDenied, nil},
		{"405 a route without the method is no refusal", 405, nil, `{"message":"The POST method is not allowed for this endpoint"}`, tok, "", []string{PermissionDenied}},
	})
}
