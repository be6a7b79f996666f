package diagnose

import (
	"testing"

	"github.com/authspec/authspec/vocab"
)

// TestRoundhealthiotReadings: the readings the roundhealthiot round
// added, each in words another server could send for the same thing, with
// the neighbour it must leave alone.
func TestRoundhealthiotReadings(t *testing.T) {
	tok := bearer("ACCESS_TOKEN", "tk_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4")
	signed := &Credential{Name: "device_api", Type: vocab.CredHeader, Values: []Value{
		{Source: "DEVICE_TOKEN", Value: "4be0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8", EnvFile: ".env.staging", Field: "Authorization"},
		{Source: "DEVICE_SIGN", Value: "c2lnbmF0dXJlLW9mLXRoZS1yZXF1ZXN0LXRlc3Q=", EnvFile: ".env.staging", Field: "X-Request-Sign"}}}
	htmlCT := map[string]string{"Content-Type": "text/html"}
	bare := headerCred("Authorization", "DEVICE_TOKEN", "4be0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8")
	runReadings(t, []readingCase{
		// A request that signs itself (a sign or signature header beside a
		// bare token in Authorization) follows its API's own scheme: the
		// status's reading comes first, the missing scheme only a hint.
		{"signed request, bare token, 401", 401, nil, `{"message":"Unauthorized"}`, signed, CredentialRejected, nil},
		{"signed request, bare token, 403", 403, nil, `{"error":"Forbidden"}`, signed, PermissionDenied, nil},
		{"the same bare token unsigned lacks its scheme", 401, nil, `{"message":"Unauthorized"}`, bare, PrefixMissing, nil},
		// The app's authorization, consent or grant said revoked, also on a
		// 500 (ecobee's status.code 2).
		{"application has been revoked on a 500", 500, nil, `{"status":{"code":2,"message":"Not authorized. Application has been revoked."}}`, tok, CredentialRejected, nil},
		{"authorization was revoked by the user", 401, nil, `{"error":"Authorization was revoked by the user"}`, tok, CredentialRejected, nil},
		{"consent has been revoked", 403, nil, `{"message":"Consent has been revoked."}`, tok, CredentialRejected, nil},
		{"an invitation revoked is data", 400, nil, `{"message":"This invitation has been revoked"}`, tok, "", []string{CredentialRejected}},
		// A key not registered, paired or enrolled with what it acts on.
		{"public key not paired with the vehicle on a 500", 500, nil, `{"response":null,"error":"vehicle rejected request: your public key has not been paired with the vehicle","error_description":""}`, tok, CredentialRejected, nil},
		{"signing key not enrolled with this device", 403, nil, `{"error":"signing key is not enrolled with this device"}`, tok, CredentialRejected, nil},
		{"a device token not registered is a push service's data", 400, nil, `{"error":"device token is not registered"}`, tok, "", []string{CredentialRejected}},
		// A token of another kind demanded by its kind.
		{"must use an app access token", 400, nil, `{"error":"Bad Request","status":400,"message":"auth must use app access token to create webhook subscription"}`, tok, CredentialRejected, nil},
		{"an application access token is required", 403, nil, `{"message":"An application access token is required for this endpoint"}`, tok, CredentialRejected, nil},
		{"a user token required stays a permission", 403, nil, `{"error":"A user token is required"}`, tok, PermissionDenied, nil},
		// The permission a call needs said granted by none of the token's
		// scopes.
		{"not granted by any of the provided scopes", 403, nil, `{"message":"read permission for 'Encounter' is not granted by any of the provided scopes: [[patient/Patient.read]]"}`, tok, ServerInsufficientScope, nil},
		{"not permitted by any of the passed scopes", 403, nil, `{"issue":[{"severity":"error","code":"forbidden","details":{"text":"Requested interaction is not permitted by any of the passed scopes."}}],"resourceType":"OperationOutcome"}`, tok, ServerInsufficientScope, nil},
		{"not permitted by the policy stays a permission", 403, nil, `{"message":"This interaction is not permitted by the access policy."}`, tok, PermissionDenied, []string{ServerInsufficientScope}},
		// What was called said to miss the authorization or permission it
		// needs, also under a 200's failure flag and as a page's headline.
		{"subscription missing proper authorization", 403, nil, `{"error":"Forbidden","status":403,"message":"subscription missing proper authorization"}`, tok, PermissionDenied, nil},
		{"missing proper authorization under ok:false", 200, nil, `{"ok":false,"error":"subscription missing proper authorization"}`, tok, PermissionDenied, nil},
		{"missing required permissions as a page", 403, htmlCT, `<html><head><title>Error</title></head><body><h1>Webhook missing required permissions.</h1></body></html>`, tok, PermissionDenied, []string{BlockedByProxy}},
		{"a missing authorization header is no permission", 401, nil, `{"message":"Missing required authorization header"}`, tok, CredentialInWrongPlace, []string{PermissionDenied}},
		// A JWT is a token, a privilege a permission, under a 200's flag.
		{"invalid or expired jwt under ok:false", 200, nil, `{"ok":false,"error":"invalid or expired jwt"}`, tok, CredentialRejected, nil},
		{"jwt malformed under success:false", 200, nil, `{"success":false,"message":"jwt malformed"}`, tok, CredentialRejected, nil},
		{"no privileges under success:false", 200, nil, `{"success":false,"msg":"No privileges. Your subscription to cloud development plan has expired."}`, tok, PermissionDenied, nil},
		{"a JWT's field in a form error is data", 400, nil, `{"success":false,"message":"jwt_audience must be a URL"}`, tok, "", nil},
	})
	runTokenCases(t, []tokenCase{
		// The resource or audience asked for refused in words, under a code
		// other than invalid_resource.
		{src: "https://www.rfc-editor.org/rfc/rfc8707", name: "invalid_request Invalid resource", status: 400,
			body: `{"error":"invalid_request","error_description":"Invalid resource"}`, want: PermissionDenied},
		{src: "https://www.rfc-editor.org/rfc/rfc8707", name: "access_denied unknown audience", status: 403,
			body: `{"error":"access_denied","error_description":"Unknown audience: https://api.example.com"}`, want: PermissionDenied},
		{src: "https://www.rfc-editor.org/rfc/rfc6749#section-4.3", name: "invalid resource owner credentials stay refused", status: 400,
			body: `{"error":"invalid_grant","error_description":"Invalid resource owner credentials"}`, want: CredentialRejected},
		{src: "https://www.rfc-editor.org/rfc/rfc6749#section-5.2", name: "invalid_client beside a resource stays the client's", status: 401,
			body: `{"error":"invalid_client","error_description":"Invalid resource server client credentials"}`, want: CredentialRejected},
	})
}
