package diagnose

import "testing"

// TestServerReadings4: the general readings the fourth round of real
// servers (Syncthing, Transmission, Monit, Radicale, Tinyproxy;
// e2e/heldout4_test.go) called for, each with the neighbours it must leave
// alone.
func TestServerReadings4(t *testing.T) {
	key := apiKey("API_KEY", "key_9f8e7d6c5b4a3210", "X-API-Key", "")
	tok := bearer("API_TOKEN", "opq_7Hd92kLmQ4pXrT")
	basic := basicCred("alice", "Al1ce-Pass-2026")
	text := map[string]string{"Content-Type": "text/plain; charset=utf-8"}
	html := map[string]string{"Content-Type": "text/html"}
	page := func(title, words string) string {
		return "<html><head><title>" + title + "</title></head><body><h2>" + title + "</h2>" + words + "</body></html>"
	}
	runReadings(t, []readingCase{
		// An anti-CSRF refusal reads by what was sent: a key in a header of
		// its own is exempt where the key is known (refused); a Basic
		// login or a bearer token lacks the header; nothing at all lacks
		// the credential first.
		{name: "CSRF refusal to an X-API-Key", status: 403, header: text, body: "CSRF Error\n", cred: key, want: CredentialRejected},
		{name: "CSRF refusal to a Basic login", status: 403, header: text, body: "CSRF Error\n", cred: basic, want: RequiredHeaderMissing, never: []string{CredentialRejected}},
		{name: "CSRF refusal to a bearer token", status: 403, body: `{"detail":"CSRF Failed: CSRF token missing."}`, cred: tok, want: RequiredHeaderMissing},
		{name: "CSRF refusal, nothing sent", status: 403, header: text, body: "CSRF Error\n", want: NoCredentialsSent},
		// Words that call the CSRF token invalid are not the credential's.
		{name: "invalid CSRF token page", status: 403, header: html, body: page("Forbidden", "Invalid CSRF Token"), cred: basic, want: RequiredHeaderMissing,
			never: []string{CredentialRejected}},
		{name: "invalid access token page", status: 401, header: html, body: page("Unauthorized", "Invalid access token"), cred: tok, want: CredentialRejected},
		// An unmarked page saying the caller's privileges fall short is
		// the application's; with a CDN's marks it stays the CDN's page.
		{name: "page of insufficient privileges", status: 403, header: html, body: page("Forbidden", "You do not have sufficient privileges to access this page"),
			cred: basic, want: PermissionDenied, never: []string{BlockedByProxy}},
		{name: "account without the necessary privileges", status: 403, header: html, body: page("Forbidden", "Your account does not have the necessary privileges."),
			cred: basic, want: PermissionDenied, never: []string{BlockedByProxy}},
		{name: "CDN page with privilege words", status: 403, header: map[string]string{"Content-Type": "text/html", "Server": "cloudflare", "CF-RAY": "8f1e2d3c4b5a6978-FRA"},
			body: page("Access denied", "You do not have sufficient privileges to access this page. Sorry, you have been blocked"), cred: tok, want: BlockedByProxy},
		// A forward proxy's own page names it in Server, also on a 401
		// with a challenge; what it passes on from the API keeps the
		// API's Server and names the proxy in Via.
		{name: "forward proxy's own 401 page", status: 401,
			header: map[string]string{"Content-Type": "text/html", "Server": "squid/5.7", "WWW-Authenticate": `Basic realm="proxy"`},
			body:   page("401 Unauthorized", "The administrator of this proxy has not configured it to service requests from you."), cred: tok,
			want: BlockedByProxy, never: []string{CredentialRejected}},
		{name: "API's 401 through a forward proxy", status: 401,
			header: map[string]string{"Content-Type": "application/json", "Via": "1.1 tinyproxy (tinyproxy/1.11.1)", "WWW-Authenticate": `Bearer realm="api"`},
			body:   `{"error":"unauthorized"}`, cred: tok, want: CredentialRejected, never: []string{BlockedByProxy}},
		// A login locked after failures is a limit on attempts; a count of
		// failures beside a refusal is not.
		{name: "too many unsuccessful login attempts", status: 403, header: html,
			body: "<h1>403: Forbidden</h1><p>Too many unsuccessful login attempts. Please restart transmission-daemon.</p>", cred: basic, want: RateLimited},
		{name: "a count of unsuccessful login attempts", status: 401, header: map[string]string{"Content-Type": "text/html", "WWW-Authenticate": `Basic realm="Transmission"`},
			body: "<h1>401: Unauthorized</h1><p>Unauthorized User. 2 unsuccessful login attempts.</p>", cred: basic, want: CredentialRejected, never: []string{RateLimited}},
		// A 407's words about authentication are the proxy's, whatever
		// was sent to the API.
		{name: "407 that requires authentication, nothing sent", status: 407,
			header: map[string]string{"Content-Type": "text/html", "Proxy-Authenticate": `Basic realm="Tinyproxy"`},
			body:   page("407 Proxy Authentication Required", "This proxy requires authentication."), want: BlockedByProxy},
		{name: "401 that requires authentication, nothing sent", status: 401, body: `{"message":"This endpoint requires authentication."}`, want: NoCredentialsSent},
	})
}
