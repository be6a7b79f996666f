package diagnose

import "testing"

// TestServerReadings6: the general readings the sixth round of real
// servers (Rspamd, Janus, Glances, Icinga 2; e2e/heldout6_test.go) called
// for, each with the neighbours it must leave alone.
func TestServerReadings6(t *testing.T) {
	tok := bearer("API_TOKEN", "opq_7Hd92kLmQ4pXrT")
	key := apiKey("API_KEY", "key_9f8e7d6c5b4a3210", "X-API-Key", "")
	basic := basicCred("glances", "Wq8ZbV3kLmN0pQrS")
	page := func(title, words string) string {
		return `<!DOCTYPE HTML><html><head><title>` + title + `</title></head><body><h1>` + title + `</h1><pre>` + words + `</pre></body></html>`
	}
	challenged := func(challenge string) map[string]string {
		return map[string]string{"Content-Type": "text/html; charset=UTF-8", "WWW-Authenticate": challenge}
	}
	html := map[string]string{"Content-Type": "text/html; charset=UTF-8"}
	janus := func(code, reason string) string {
		return `{"janus": "error", "transaction": "t1", "error": {"code": ` + code + `, "reason": "` + reason + `"}}`
	}
	runReadings(t, []readingCase{
		// A 401 that challenges is the server asking for a credential,
		// whatever its page says: no WAF's block.
		{"Access denied page with a Basic challenge", 401, challenged(`Basic realm="private"`), page("Error: 401 Unauthorized", "Access denied"), basic, CredentialRejected, []string{BlockedByProxy}},
		{"Access denied page with a Basic challenge, nothing sent", 401, challenged(`Basic realm="private"`), page("Error: 401 Unauthorized", "Access denied"), nil, NoCredentialsSent, []string{BlockedByProxy}},
		{"request blocked page with a Digest challenge to Basic", 401, challenged(`Digest realm="admin", nonce="abc", qop="auth"`), page("401", "Request blocked: access denied"), basic, SchemeMismatch, []string{BlockedByProxy}},
		{"Access denied page with a Basic challenge to a bearer token", 401, challenged(`Basic realm="private"`), page("Error: 401 Unauthorized", "Access denied"), tok, SchemeMismatch, []string{BlockedByProxy}},
		// Neighbours: a 403 page that says access denied and asks for
		// nothing is still a block page; so is a 401 with a product's marks.
		{"Access denied page on a 403", 403, html, page("Access Denied", "Access denied"), tok, BlockedByProxy, nil},
		{"a CDN's 401 page with a challenge", 401, map[string]string{"Content-Type": "text/html", "CF-RAY": "8c1f2a3b4c5d6e7f-AMS", "WWW-Authenticate": `Basic realm="edge"`},
			page("Attention Required! | Cloudflare", "Sorry, you have been blocked"), basic, BlockedByProxy, nil},
		// An error object's "reason" beside a refusal's status code, in a
		// 200: the refusal.
		{"a 200 error whose reason refuses the secret", 200, nil, janus("403", "Unauthorized request (wrong or missing secret/token)"), key, CredentialRejected, nil},
		{"a 200 error whose reason refuses the secret, nothing sent", 200, nil, janus("403", "Unauthorized request (wrong or missing secret/token)"), nil, NoCredentialsSent, nil},
		{"a 200 error whose reason says the key is invalid", 200, nil, `{"status":"error","error":{"code":401,"reason":"Invalid API key"}}`, key, CredentialRejected, nil},
		// Neighbours: a reason beside another code names the call's own
		// objects, not the caller's.
		{"a 200 error whose reason is a media session gone", 200, nil, janus("458", "No such session 123"), key, "", []string{CredentialRejected}},
		{"a 200 error whose reason is a request not handled", 200, nil, janus("457", "Unhandled request 'frobnicate' at this path"), key, "", nil},
	})
	// A 404 where a permission scenario expected 403: the refusal hidden
	// as not found. Neighbours: the same 404 to a happy or a failure
	// scenario, and to a permission scenario that expects 404 itself.
	const icinga = `{"error":404,"status":"No objects found."}`
	viewer := basicCred("viewer", "V1ewer-Icinga-2026")
	text := map[string]string{"Content-Type": "text/plain"}
	deleteHost := func(kind, expect string) readingEnv {
		return readingEnv{method: "DELETE", path: "/v1/objects/hosts/web1", kind: kind, expect: expect}
	}
	runReadingsIn(t, deleteHost("permission", "403"), []readingCase{
		{"No objects found. to a permission scenario", 404, jsonCT(), icinga, viewer, NotFoundHidesPermission, nil},
		{"a bare Not Found to a permission scenario", 404, text, "Not Found", tok, NotFoundHidesPermission, nil},
		{"an empty 404 to a permission scenario", 404, jsonCT(), "", key, NotFoundHidesPermission, nil},
	})
	runReadingsIn(t, deleteHost("happy", "2xx"), []readingCase{
		{"No objects found. to a happy scenario", 404, jsonCT(), icinga, viewer, "", []string{NotFoundHidesPermission}},
	})
	runReadingsIn(t, deleteHost("failure", "401"), []readingCase{
		{"No objects found. to a failure scenario", 404, jsonCT(), icinga, viewer, "", []string{NotFoundHidesPermission}},
	})
	runReadingsIn(t, deleteHost("permission", "[403, 404]"), []readingCase{
		{"a 404 to a permission scenario that expects 403 or 404", 404, jsonCT(), icinga, viewer, "", []string{NotFoundHidesPermission}},
	})
}
