package diagnose

import "testing"

// TestServerReadings11: the general readings the eleventh round of real
// servers (NZBGet, Dovecot's doveadm API, Cockpit; e2e/heldout11_test.go)
// called for, each in paraphrases another server could send and with the
// neighbours it must leave alone. A data: URI's base64 is no words; an
// XML-RPC fault is an error envelope; "Access denied" alone in a 2xx to a
// Basic login is the call denied, not the login; a challenge scheme of the
// server's own that names no header credential asks for the
// Authorization header; "Authentication disabled" says the way of
// authenticating is switched off.
func TestServerReadings11(t *testing.T) {
	tok := bearer("API_TOKEN", "opq_7Hd92kLmQ4pXrT")
	login := basicCred("viewer", "View-Nzb-Pass-2026")
	key := apiKey("API_KEY", "Dove-Api-Key-2026", "X-API-Key", "")
	html := map[string]string{"Content-Type": "text/html; charset=utf8"}
	xmlCT := map[string]string{"Content-Type": "text/xml"}
	page := func(title, extra string) string {
		return "<!DOCTYPE html>\n<html>\n<head>\n<title>" + title + "</title>\n" + extra + "</head>\n<body><h1>" + title + "</h1></body>\n</html>\n"
	}
	// Base64 that spells words by chance: "cidr" in Cockpit's logo,
	// "WhiteList" and "AllowList" in the others.
	logo := `<img src="data:image/png;base64,EXnMF1GU1ZPHCKOqewuFQtJYa5twvHu5gCj0GI7SG1YBuXPnzm5jrd3jkSSSCIdr6eXa32NEZLdnktAiPEcYVd1tRKTRJwnr9/Gw==">`
	font := `<style>@font-face{font-family:x;src:url(data:font/woff2;charset=utf-8;base64,d09GMgABAAAAAllowListAAAAAoAAAAAB+QAAAJH) format("woff2")}</style>`
	runReadings(t, []readingCase{
		{"login page whose logo spells cidr", 401, html, page("Authentication failed", logo), login, CredentialRejected, []string{IPRestricted}},
		{"font whose base64 spells allowlist", 401, html, page("401 Unauthorized", font), tok, CredentialRejected, []string{IPRestricted}},
		{"avatar whose base64 spells whitelist", 403, nil, `{"error":"forbidden","message":"You may not delete this project","owner_avatar":"data:image\/png;base64,iVBORw0KGgoWhiteListAAAANSUhEUgAAAAE="}`, tok, PermissionDenied, []string{IPRestricted}},
		// Neighbour: a page that says so in words, beside an image.
		{"page that names the CIDR range, with a logo", 403, html, page("Your IP address is not in the allowed CIDR range", logo), tok, IPRestricted, nil},
	})
	fault := func(code, words string) string {
		return `<?xml version="1.0"?>
<methodResponse>
<fault><value><struct>
<member><name>faultCode</name><value><i4>` + code + `</i4></value></member>
<member><name>faultString</name><value><string>` + words + `</string></value></member>
</struct>
</value></fault>
</methodResponse>`
	}
	runReadings(t, []readingCase{
		// An XML-RPC fault is an error envelope: its faultString's words
		// refuse, in a 200.
		{"xml-rpc fault access denied to a login", 200, xmlCT, fault("401", "Access denied"), login, PermissionDenied, []string{CredentialRejected}},
		{"xml-rpc fault incorrect password", 200, xmlCT, fault("403", "Incorrect username or password."), login, CredentialRejected, nil},
		{"xml-rpc fault in a bare value", 200, xmlCT, "<?xml version=\"1.0\"?><methodResponse><fault><value><struct><member><name>faultCode</name><value><int>2</int></value></member><member><name>faultString</name><value>Invalid API key</value></member></struct></value></fault></methodResponse>", tok, CredentialRejected, nil},
		// Neighbours: a fault about the request's data refuses nothing; a
		// faultCode's member name is no fault's words.
		{"xml-rpc fault about a post id", 200, xmlCT, fault("404", "Invalid post ID."), login, "", nil},
		{"xml-rpc result that names faultString", 200, xmlCT, "<?xml version=\"1.0\"?><methodResponse><params><param><value><struct><member><name>faultString</name><value><string>Access denied</string></value></member></struct></value></param></params></methodResponse>", login, "", nil},
	})
	runReadings(t, []readingCase{
		// "Access denied" alone in a 2xx to a Basic login: the login
		// passed, the call was denied.
		{"json-rpc access denied with code 401 to a login", 200, nil, `{"version":"1.1","error":{"name":"JSONRPCError","code":401,"message":"Access denied"}}`, login, PermissionDenied, []string{CredentialRejected}},
		{"json-rpc access is denied to a login", 200, nil, `{"jsonrpc":"2.0","id":7,"error":{"code":-32000,"message":"Error: Access is denied."}}`, login, PermissionDenied, []string{CredentialRejected}},
		// Neighbours: the same words to a token may be the token's; words
		// that name the credential are its refusal.
		{"json-rpc access denied to a token", 200, nil, `{"version":"1.1","error":{"name":"JSONRPCError","code":401,"message":"Access denied"}}`, tok, CredentialRejected, nil},
		{"json-rpc access denied, invalid credentials, to a login", 200, nil, `{"jsonrpc":"2.0","error":{"code":401,"message":"Access denied: invalid credentials"}}`, login, CredentialRejected, []string{PermissionDenied}},
		{"HTTP Basic: Access denied in a 200 envelope", 200, nil, `{"error":"HTTP Basic: Access denied.","ok":false}`, login, CredentialRejected, []string{PermissionDenied}},
	})
	runReadings(t, []readingCase{
		// A scheme of the server's own that names no header credential,
		// to a key sent in a header: the Authorization header is asked
		// for.
		{"doveadm challenges to an x-api-key header", 401, map[string]string{"WWW-Authenticate": `X-Dovecot-API, Basic Realm="doveadm"`}, "", key, SchemeMismatch, nil},
		{"hawk challenge to an x-api-key header", 401, map[string]string{"WWW-Authenticate": `Hawk`, "Content-Type": "text/plain"}, "Unauthorized", key, SchemeMismatch, nil},
		// Neighbours: a scheme that names a key, or the header sent,
		// describes what was sent; a session scheme asks for no header.
		{"ApiKey challenge to an x-api-key header", 401, map[string]string{"WWW-Authenticate": `ApiKey realm="api"`}, `{"message":"Unauthorized"}`, key, CredentialRejected, []string{SchemeMismatch}},
		{"challenge named as the header sent", 401, map[string]string{"WWW-Authenticate": `X-API-Key realm="api"`}, `{"message":"Unauthorized"}`, key, CredentialRejected, []string{SchemeMismatch}},
		{"session challenge to an x-api-key header", 401, map[string]string{"WWW-Authenticate": `Session realm="console"`}, `{"message":"Unauthorized"}`, key, CredentialRejected, []string{SchemeMismatch}},
	})
	runReadings(t, []readingCase{
		// "Authentication disabled": the way of authenticating is switched
		// off on this server.
		{"cockpit authentication disabled page", 401, html, page("Authentication disabled", ""), tok, DeprecatedAuthMethod, nil},
		{"authentication method is disabled", 401, nil, `{"message":"Authentication method is disabled."}`, login, DeprecatedAuthMethod, nil},
		{"this authentication scheme has been disabled", 401, map[string]string{"Content-Type": "text/plain"}, "Unauthorized: this authentication scheme has been disabled", tok, DeprecatedAuthMethod, nil},
		// Neighbour: a setting of the account's, not the method.
		{"two-factor authentication disabled", 403, nil, `{"message":"Two-factor authentication disabled: enable it in your security settings to use this endpoint"}`, tok, PermissionDenied, []string{DeprecatedAuthMethod}},
	})
}
