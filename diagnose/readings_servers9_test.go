package diagnose

import (
	"testing"
	"time"
)

// TestServerReadings9: the general readings the ninth round of real
// servers (webhook, Prosody's HTTP upload, Fossil's JSON API;
// e2e/heldout9_test.go) called for, each with the neighbours it must
// leave alone.
func TestServerReadings9(t *testing.T) {
	now := time.Now()
	html := map[string]string{"Content-Type": "text/html; charset=utf-8"}
	tok := bearer("API_TOKEN", "opq_7Hd92kLmQ4pXrT")
	jwtFor := func(exp time.Time) *Credential {
		return bearer("UPLOAD_TOKEN", makeJWT(map[string]any{"sub": "alice@localhost", "slot": "late", "iat": exp.Add(-5 * time.Minute).Unix(), "exp": exp.Unix()}))
	}
	expired, fresh := jwtFor(now.Add(-time.Minute)), jwtFor(now.Add(time.Hour))
	gone := `<!DOCTYPE html><html><head><title>410 Gone</title></head><body><h1>410 Gone</h1><p>That's all I know.</p></body></html>`
	runReadings(t, []readingCase{
		// An envelope's result code and text, the code written with the
		// product's name before its number: the text is read as any
		// envelope's, here a capability the operation requires, in
		// quotes.
		{"resultCode FOSSIL-2002 requires 'o' permissions", 200, nil, `{"resultCode":"FOSSIL-2002","resultText":"Requires 'o' permissions.","command":"branch/list"}`, tok, PermissionDenied, nil},
		{"result_code E403 requires 'billing:write' access", 200, nil, `{"result_code":"E403","result_message":"This call requires 'billing:write' access."}`, tok, PermissionDenied, nil},
		{"resultCode with resultMsg, two capabilities in quotes", 200, nil, `{"resultCode":"API-1002","resultMsg":"Requires \"deploy\" or \"release\" rights"}`, tok, PermissionDenied, nil},
		{"resultCode login failed", 200, nil, `{"resultCode":"ERR-2104","resultText":"Login failed - no match found"}`, tok, CredentialRejected, nil},
		// Neighbours: the same envelope about a thing not found or a
		// command unknown is no refusal; a code of 0 is no failure.
		{"resultCode page not found", 200, nil, `{"resultCode":"FOSSIL-3006","resultText":"Wiki page not found: NoSuchPage"}`, tok, "", nil},
		{"resultCode unknown command", 200, nil, `{"resultCode":"FOSSIL-1102","resultText":"Unknown command: everything"}`, tok, "", nil},
		{"resultCode 0 with words about a role", 200, nil, `{"resultCode":"OK-0","resultText":"Export requires 'o' permissions; granted"}`, tok, "", nil},
		// A role or capability required, to a request that carried no
		// credential: nothing identified a caller, so the credential not
		// sent comes first.
		{"requires 'h' access, nothing sent", 200, nil, `{"resultCode":"FOSSIL-2002","resultText":"Check-in timeline requires 'h' access."}`, nil, NoCredentialsSent, nil},
		{"requires admin privileges, nothing sent", 403, nil, `{"error":"This operation requires admin privileges"}`, nil, NoCredentialsSent, nil},
		// Neighbour: the same words to a token are a permission.
		{"requires admin privileges to a token", 403, nil, `{"error":"This operation requires admin privileges"}`, tok, PermissionDenied, nil},
		// A 410 Gone to a request whose JWT had expired when it was sent:
		// the token's own exp says why the thing it granted is gone.
		{"410 page, expired JWT", 410, html, gone, expired, JWTExpired, nil},
		{"410 slot no longer available, expired JWT", 410, nil, `{"error":"upload slot no longer available"}`, expired, JWTExpired, nil},
		// Neighbours: the same 410 to a token still valid, or to an
		// opaque token, is the resource's, not the credential's.
		{"410 page, fresh JWT", 410, html, gone, fresh, "", nil},
		{"410 page, opaque token", 410, html, gone, tok, "", nil},
	})
}
