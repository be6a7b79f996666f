package diagnose

import (
	"testing"
	"time"
)

// TestServerReadings7: the general readings the seventh round of real
// servers (Jupyter Server, Verdaccio, Node-RED; e2e/heldout7_test.go)
// called for, each with the neighbours it must leave alone.
func TestServerReadings7(t *testing.T) {
	basic := basicCred("node-red-admin", "Wq8ZbV3kLmN0pQrS")
	grant := func(code, desc string) string {
		if desc == "" {
			return `{"error":"` + code + `"}`
		}
		return `{"error":"` + code + `","error_description":"` + desc + `"}`
	}
	token := bearer("JUPYTER_TOKEN", "Jup-T0ken-2025-77b1e0")
	token.Prefix = "token"
	tok := bearer("API_TOKEN", "opq_7Hd92kLmQ4pXrT")
	key := apiKey("API_KEY", "key_9f8e7d6c5b4a3210", "X-API-Key", "")
	xsrf := `{"message": "'_xsrf' argument missing from POST", "reason": null}`
	exp := func(d time.Duration) *Credential {
		return bearer("SESSION_TOKEN", makeJWT(map[string]any{"name": "alice", "iat": time.Now().Add(-48 * time.Hour).Unix(), "exp": time.Now().Add(d).Unix()}))
	}
	verdaccio := map[string]string{"Content-Type": "application/json; charset=utf-8", "WWW-Authenticate": "Basic, Bearer"}
	runReadings(t, []readingCase{
		// Anti-CSRF words in a field's own spelling (Tornado's and
		// Jupyter's _xsrf, Express's _csrf, Django's X-CSRFToken) are
		// anti-CSRF words: to a key in a header of its own, the key was
		// not accepted; to Basic or a token in Authorization, a header is
		// missing; to nothing, nothing was sent.
		{"_xsrf argument missing to a key header", 403, nil, xsrf, key, CredentialRejected, nil},
		{"invalid _csrf token to a key header", 403, map[string]string{"Content-Type": "text/html"}, "<pre>ForbiddenError: invalid _csrf token</pre>", key, CredentialRejected, nil},
		{"_xsrf argument missing to Basic", 403, nil, xsrf, basic, RequiredHeaderMissing, []string{CredentialRejected}},
		{"X-CSRFToken missing to Basic", 403, nil, `{"detail":"CSRF Failed: X-CSRFToken header is missing."}`, basic, RequiredHeaderMissing, []string{CredentialRejected}},
		{"_xsrf argument missing to a token in Authorization", 403, nil, xsrf, token, RequiredHeaderMissing, nil},
		{"_xsrf argument missing, nothing sent", 403, nil, xsrf, nil, NoCredentialsSent, nil},
		// Neighbour: a bare Forbidden to a token is still a permission.
		{"Forbidden to a stale token", 403, nil, `{"message": "Forbidden", "reason": null}`, token, PermissionDenied, nil},
		// A JWT whose exp has passed met words that found no credential:
		// the expiry first (middleware drops a token it cannot verify).
		{"no credentials provided to an expired JWT", 401, verdaccio, "{\n  \"error\": \"no credentials provided\"\n}", exp(-time.Hour), JWTExpired, nil},
		{"No token provided to an expired JWT", 401, nil, `{"message":"No token provided"}`, exp(-30 * time.Minute), JWTExpired, nil},
		// Neighbours: the same words to a JWT still valid, or to an opaque
		// token, are the place.
		{"no credentials provided to a valid JWT", 401, verdaccio, "{\n  \"error\": \"no credentials provided\"\n}", exp(30 * 24 * time.Hour), CredentialInWrongPlace, nil},
		{"no credentials provided to an opaque token", 401, verdaccio, "{\n  \"error\": \"no credentials provided\"\n}", tok, CredentialInWrongPlace, nil},
		// An RFC 6749 error in a 501 is a token endpoint refusing the grant
		// (oauth2orize answers unsupported_grant_type so): the client is
		// known, the grant is not allowed.
		{"501 unsupported_grant_type, a public client", 501, nil, grant("unsupported_grant_type", "Unsupported grant type: client_credentials"), nil, PermissionDenied, nil},
		{"501 unsupported_grant_type, a client in Basic", 501, nil, grant("unsupported_grant_type", "Unsupported grant type: password"), basic, PermissionDenied, nil},
		{"501 unsupported_grant_type without words", 501, nil, grant("unsupported_grant_type", ""), basic, PermissionDenied, nil},
		// Neighbours: a 501 without OAuth's codes is a feature the server
		// lacks; an OAuth code that is no grant error says nothing of one.
		{"501 Not Implemented in JSON", 501, nil, `{"error":"Not Implemented","message":"PATCH is not supported"}`, basic, "", nil},
		{"501 unsupported_response_type", 501, nil, grant("unsupported_response_type", "Unsupported response type: token"), nil, "", nil},
	})
}
