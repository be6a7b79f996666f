package diagnose

import "testing"

// TestRoundagrilogReadings: the readings the roundagrilog round added or
// widened, each in words another server could send for the same thing,
// with the neighbour it must leave alone.
func TestRoundagrilogReadings(t *testing.T) {
	tok := bearer("ACCESS_TOKEN", "tk_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4")
	key := apiKey("SHIP_API_KEY", "Zp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4Q7w", "X-API-Key", "")
	login := basicCred("acme_shipping", "Wq8ZbV3kLmN0pQrS7tUvXyZa")
	xml := map[string]string{"Content-Type": "text/xml"}
	runReadings(t, []readingCase{
		// An account (or its user, merchant) said not authorized or not
		// enabled for a feature it names: the account may not do it.
		{"account not enabled for international shipping", 400, nil, `{"message":"Your account is not enabled for international shipping."}`, tok, PermissionDenied, nil},
		{"merchant not authorized for a functionality", 400, nil, `{"errors":[{"message":"Merchant is not authorized for recurring billing functionality"}]}`, tok, PermissionDenied, nil},
		{"a card not authorized for purchases is the business's", 400, nil, `{"message":"Card is not authorized for online purchases"}`, tok, "", []string{PermissionDenied}},

		// A fault offered as "invalid X or X is not present": the server
		// does not tell the two apart, so a credential sent was refused, not
		// sent in the wrong place.
		{"invalid key or key is missing, a key sent", 401, nil, `{"error":"Invalid API key or API key is missing"}`, key, CredentialRejected, []string{CredentialInWrongPlace}},
		{"invalid access token or access token not present", 401, nil, `{"message":"Invalid access token or access token not present"}`, tok, CredentialRejected, []string{CredentialInWrongPlace}},
		{"a token said missing alone is still the place", 401, nil, `{"message":"Token is missing"}`, tok, CredentialInWrongPlace, nil},

		// The account said to have no way to pay: its billing, not the key.
		{"account has no payment method", 402, nil, `{"error":"Your account has no payment method. Add one in your billing settings."}`, key, PermissionDenied, nil},
		{"no payment method on file for the account", 402, nil, `{"message":"No payment method on file for your account"}`, key, PermissionDenied, nil},
		{"a customer without a payment method is the business's", 400, nil, `{"message":"The customer has no default payment method"}`, key, "", []string{PermissionDenied}},

		// An integrator's platform or partner id said absent, besides the
		// credential.
		{"partner id is missing", 401, nil, `{"error":"Partner ID is missing"}`, login, RequiredHeaderMissing, nil},
		{"platform id not provided", 400, xml, `<messages><message><code>E1</code><description>Platform id not provided</description></message></messages>`, login, RequiredHeaderMissing, nil},
		{"an invalid platform id is no missing header", 400, nil, `{"message":"Platform id is invalid"}`, login, "", []string{RequiredHeaderMissing}},

		// What the request names said to match none of the caller's own:
		// the caller is known, the object is another's.
		{"address matches none on your account", 401, nil, `{"message":"The address does not match any of the addresses on your account."}`, tok, PermissionDenied, nil},
		{"reference matches none in the user's profile", 401, nil, `{"errors":[{"code":"605","message":"Shipment reference does not match any shipments in the user's profile."}]}`, tok, PermissionDenied, nil},
		{"a password that does not match is refused", 401, nil, `{"message":"The password does not match"}`, login, CredentialRejected, []string{PermissionDenied}},

		// Login credentials said wrong in a 2xx's error object, a product
		// named before them.
		{"200 error object invalid login credentials", 200, nil, `{"error":{"message":"Invalid login credentials","name":"RpcError"},"jsonrpc":"2.0"}`, tok, CredentialRejected, nil},
		{"200 error object wrong Acme sign-in credentials", 200, nil, `{"error":{"message":"Wrong Acme sign-in credentials"}}`, tok, CredentialRejected, nil},
		{"200 error object about a carrier's credentials", 200, nil, `{"error":{"message":"Incorrect UPS credentials for carrier account ca_123"}}`, tok, "", []string{CredentialRejected}},

		// An XML root that carries an error attribute with words: the call
		// failed, its words read as an envelope's; log-in and sign-in are
		// logins.
		{"200 XML root error Login failed", 200, xml, `<?xml version="1.0"?><response code="7" error="Login failed"/>`, login, CredentialRejected, nil},
		{"200 XML root error sign-in failed", 200, xml, `<?xml version="1.0"?><result error="Sign-in failed for this user"><items/></result>`, login, CredentialRejected, nil},
		{"200 XML root with error 0 is a success", 200, xml, `<?xml version="1.0"?><response error="0" status="ok"><item login="failed-deliveries"/></response>`, login, "", nil},
		{"200 XML failed status, its error said Log-in failed", 200, xml, `<?xml version="1.0"?><rsp stat="fail"><err code="5" msg="Log-in failed"/></rsp>`, login, CredentialRejected, nil},
	})
}
