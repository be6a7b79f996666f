package diagnose

import (
	"fmt"
	"testing"
)

// TestServerReadings3: the general readings the third round of real
// servers (lighttpd, Caddy, Prometheus, Squid, Varnish, Tomcat;
// e2e/heldout3_test.go) called for, each with the neighbours it must leave
// alone.
func TestServerReadings3(t *testing.T) {
	key := apiKey("API_KEY", "key_9f8e7d6c5b4a3210", "X-API-Key", "")
	tok := bearer("API_TOKEN", "opq_7Hd92kLmQ4pXrT")
	// varnishPage is Varnish's synthetic page for synth(status, reason),
	// with the Retry-After its built-in VCL adds to every one.
	varnishPage := func(status int, reason string) (map[string]string, string) {
		return map[string]string{"Content-Type": "text/html; charset=utf-8", "Server": "Varnish", "X-Varnish": "32770", "Retry-After": "5"},
			fmt.Sprintf("<!DOCTYPE html>\n<html>\n  <head>\n    <title>%[1]d %[2]s</title>\n  </head>\n  <body>\n    <h1>Error %[1]d %[2]s</h1>\n"+
				"    <p>%[2]s</p>\n    <h3>Guru Meditation:</h3>\n    <p>XID: 32770</p>\n    <hr>\n    <p>Varnish cache server</p>\n  </body>\n</html>\n", status, reason)
	}
	aclHeader, aclPage := varnishPage(403, "Forbidden")
	ipHeader, ipPage := varnishPage(403, "Access denied: your IP address is not allowed")
	keyHeader, keyPage := varnishPage(401, "Invalid API key")
	cloudflare := map[string]string{"Content-Type": "text/html; charset=UTF-8", "Server": "cloudflare", "CF-RAY": "8f1e2d3c4b5a6978-FRA"}
	runReadings(t, []readingCase{
		// Retry-After alone is no rate limit.
		{name: "Varnish ACL page with Retry-After", status: 403, header: aclHeader, body: aclPage, cred: key, want: BlockedByProxy, never: []string{RateLimited}},
		{name: "Varnish 401 with Retry-After", status: 401, header: keyHeader, body: keyPage, cred: key, want: CredentialRejected, never: []string{RateLimited}},
		{name: "JSON 403 with Retry-After", status: 403, header: map[string]string{"Content-Type": "application/json", "Retry-After": "60"},
			body: `{"message":"Forbidden"}`, cred: tok, want: PermissionDenied, never: []string{RateLimited}},
		{name: "secondary rate limit on a 403 with Retry-After", status: 403, header: map[string]string{"Content-Type": "application/json", "Retry-After": "60"},
			body: `{"message":"You have exceeded a secondary rate limit. Please wait a few minutes before you try again."}`, cred: tok, want: RateLimited},
		// A page whose headline refuses the caller's address, without a
		// product's marks, is an allowlist's refusal; with a CDN's marks
		// it stays the CDN's block page.
		{name: "unmarked page refusing the IP address", status: 403, header: ipHeader, body: ipPage, cred: key, want: IPRestricted, never: []string{BlockedByProxy}},
		{name: "CDN page refusing the IP address", status: 403, header: cloudflare,
			body: "<!DOCTYPE html><html><head><title>Access denied | api.example.com used Cloudflare to restrict access</title></head>" +
				"<body><h1>Access denied</h1><h2>The owner of this website has banned your IP address (198.51.100.7).</h2></body></html>",
			cred: key, want: BlockedByProxy},
	})
}
