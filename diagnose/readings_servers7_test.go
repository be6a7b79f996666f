package diagnose

import "testing"

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
	runReadings(t, []readingCase{
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
