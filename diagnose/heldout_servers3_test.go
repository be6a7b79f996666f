package diagnose

import (
	"fmt"
	"testing"
	"time"
)

// servers3Cases: the answers of the third real-server round
// (e2e/heldout3_test.go: lighttpd 1.4.69, Caddy 2.6.2, Prometheus 2.42,
// Varnish 7.1, Tomcat 10.1) as curl showed them, byte for byte, kept here
// so that the metamorphic test varies them too. Their first causes are the
// e2e round's, decided before authspec ran on them; the two Varnish pages
// were misses there, fixed by the readings TestServerReadings3 checks.
// The round's answers that are no refusal (Varnish's 503 for a backend
// that is down, Prometheus's 500 for its disabled admin API) stay in e2e.
func servers3Cases(now time.Time) []provCase {
	key := apiKey("API_KEY", "K3y-Old-Varnish-2025", "X-API-Key", "")
	alice := basicCred("alice", "not-Al1ce-Lighty-pass")
	tok := bearer("API_TOKEN", "opq_Tomcat_7Hd92kLmQ4pX")
	varnish := func(status int, reason, xid string) (map[string]string, string) {
		return map[string]string{"Content-Type": "text/html; charset=utf-8", "Server": "Varnish", "X-Varnish": xid, "Retry-After": "5"},
			fmt.Sprintf("<!DOCTYPE html>\n<html>\n  <head>\n    <title>%[1]d %[2]s</title>\n  </head>\n  <body>\n    <h1>Error %[1]d %[2]s</h1>\n"+
				"    <p>%[2]s</p>\n    <h3>Guru Meditation:</h3>\n    <p>XID: %[3]s</p>\n    <hr>\n    <p>Varnish cache server</p>\n  </body>\n</html>\n", status, reason, xid)
	}
	lighty := func(status int, text string) string {
		return "<?xml version=\"1.0\" encoding=\"iso-8859-1\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\"\n         \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">\n" +
			"<html xmlns=\"http://www.w3.org/1999/xhtml\" xml:lang=\"en\" lang=\"en\">\n <head>\n  <title>" + fmt.Sprint(status) + " " + text + "</title>\n </head>\n <body>\n  <h1>" + fmt.Sprint(status) + " " + text + "</h1>\n </body>\n</html>\n"
	}
	tomcatStyle := `<style type="text/css">body {font-family:Tahoma,Arial,sans-serif;} h1, h2, h3, b {color:white;background-color:#525D76;} h1 {font-size:22px;} h2 {font-size:16px;} h3 {font-size:14px;} p {font-size:12px;} a {color:black;} .line {height:1px;background-color:#525D76;border:none;}</style>`
	tomcat := func(title, rest string) string {
		return `<!doctype html><html lang="en"><head><title>HTTP Status ` + title + `</title>` + tomcatStyle + `</head><body><h1>HTTP Status ` + title +
			`</h1><hr class="line" /><p><b>Type</b> Status Report</p>` + rest + `<hr class="line" /><h3>Apache Tomcat/10.1.60 (Debian)</h3></body></html>`
	}
	tomcat401 := tomcat("401 – Unauthorized", `<p><b>Description</b> The request has not been applied to the target resource because it lacks valid authentication credentials for that resource.</p>`)
	tomcat403 := tomcat("403 – Forbidden", `<p><b>Message</b> Access to the requested resource has been denied</p><p><b>Description</b> The server understood the request but refuses to authorize it.</p>`)
	aclH, aclB := varnish(403, "Forbidden", "2")
	ipH, ipB := varnish(403, "Access denied: your IP address is not allowed", "32770")
	missingH, missingB := varnish(401, "Missing API key", "4")
	invalidH, invalidB := varnish(401, "Invalid API key", "32772")
	lightyBasic := map[string]string{"Content-Type": "text/html", "Server": "lighttpd/1.4.69", "WWW-Authenticate": `Basic realm="Private", charset="UTF-8"`}
	lightyDigest := map[string]string{"Content-Type": "text/html", "Server": "lighttpd/1.4.69",
		"WWW-Authenticate": `Digest realm="vault", charset="UTF-8", algorithm=MD5, nonce="6b156513:86d395791fbe150284565085a7984a54", qop="auth"`}
	tomcatH := map[string]string{"Content-Type": "text/html;charset=utf-8", "Content-Language": "en", "Cache-Control": "private"}
	tomcatBasic := map[string]string{"Content-Type": "text/html;charset=utf-8", "Content-Language": "en", "Cache-Control": "private", "WWW-Authenticate": `Basic realm="api"`}
	promBasic := map[string]string{"Content-Type": "text/plain; charset=utf-8", "Www-Authenticate": "Basic", "X-Content-Type-Options": "nosniff"}
	const (
		vcl    = "https://varnish-cache.org/docs/7.1/users-guide/vcl-built-in-subs.html"
		lt     = "https://redmine.lighttpd.net/projects/lighttpd/wiki/Mod_auth"
		lta    = "https://redmine.lighttpd.net/projects/lighttpd/wiki/Mod_access"
		tc     = "https://tomcat.apache.org/tomcat-10.1-doc/realm-howto.html"
		tcv    = "https://tomcat.apache.org/tomcat-10.1-doc/config/valve.html#Remote_Address_Valve"
		prom   = "https://prometheus.io/docs/prometheus/latest/configuration/https/"
		promMg = "https://prometheus.io/docs/prometheus/latest/management_api/"
		caddy  = "https://caddyserver.com/docs/caddyfile/directives/basicauth"
	)
	return []provCase{
		{src: vcl, name: "Varnish ACL 403 Forbidden page with Retry-After", status: 403, header: aclH, body: aclB, cred: key, path: "/admin/", want: BlockedByProxy, never: []string{RateLimited}},
		{src: vcl, name: "Varnish ACL 403 naming the IP address", status: 403, header: ipH, body: ipB, cred: key, path: "/partners/", want: IPRestricted, never: []string{RateLimited}},
		{src: vcl, name: "Varnish 401 Missing API key, nothing sent", status: 401, header: missingH, body: missingB, path: "/keys/", want: NoCredentialsSent},
		{src: vcl, name: "Varnish 401 Invalid API key", status: 401, header: invalidH, body: invalidB, cred: key, path: "/keys/", want: CredentialRejected, never: []string{RateLimited}},
		{src: lt, name: "lighttpd 401 Basic, wrong password", status: 401, header: lightyBasic, body: lighty(401, "Unauthorized"), cred: alice, path: "/private/", want: CredentialRejected},
		{src: lt, name: "lighttpd 401 Digest to a Basic header", status: 401, header: lightyDigest, body: lighty(401, "Unauthorized"), cred: alice, path: "/digest/", want: SchemeMismatch},
		{src: lta, name: "lighttpd 403 url.access-deny", status: 403, header: map[string]string{"Content-Type": "text/html", "Server": "lighttpd/1.4.69"},
			body: lighty(403, "Forbidden"), cred: alice, path: "/admin/", want: PermissionDenied, never: []string{BlockedByProxy}},
		{src: tc, name: "Tomcat 401 BASIC, nothing sent", status: 401, header: tomcatBasic, body: tomcat401, path: "/api/orders/", want: NoCredentialsSent},
		{src: tc, name: "Tomcat 401 BASIC to a bearer token", status: 401, header: tomcatBasic, body: tomcat401, cred: tok, path: "/api/orders/", want: SchemeMismatch},
		{src: tc, name: "Tomcat 403 user without the role", status: 403, header: tomcatH, body: tomcat403, cred: basicCred("bob", "B0b-Tomcat-2026"), path: "/api/admin/",
			want: PermissionDenied, never: []string{BlockedByProxy}},
		{src: tcv, name: "Tomcat 403 RemoteAddrValve", status: 403, header: tomcatH, body: tomcat("403 – Forbidden", `<p><b>Description</b> The server understood the request but refuses to authorize it.</p>`),
			cred: basicCred("alice", "Al1ce-Tomcat-2026"), path: "/internal/reports/", want: PermissionDenied, never: []string{BlockedByProxy}},
		{src: caddy, name: "Caddy 401 JSON, X-API-Key sent as a bearer token", status: 401, header: map[string]string{"Content-Type": "application/json", "Server": "Caddy"},
			body: `{"error":"missing or invalid X-API-Key header"}`, cred: bearer("GOOD_KEY", "K3y-Good-Caddy-2026"), path: "/keys/", want: CredentialInWrongPlace},
		{src: caddy, name: "Caddy 403 remote_ip with its own words", status: 403, header: map[string]string{"Content-Type": "text/plain; charset=utf-8", "Server": "Caddy"},
			body: "Access denied: your IP address is not allowed", cred: key, path: "/partners/", want: IPRestricted, never: []string{BlockedByProxy}},
		{src: prom, name: "Prometheus 401 Unauthorized, wrong password", status: 401, header: promBasic, body: "Unauthorized\n", cred: basicCred("alice", "not-Al1ce-Prom-pass"),
			path: "/api/v1/query", want: CredentialRejected},
		{src: promMg, name: "Prometheus 403 Lifecycle API is not enabled", status: 403, header: map[string]string{"Content-Type": "text/plain; charset=utf-8"},
			body: "Lifecycle API is not enabled.", cred: basicCred("alice", "Al1ce-Prom-2026"), method: "POST", path: "/-/reload", want: PermissionDenied},
	}
}

func TestHeldoutServers3(t *testing.T) {
	runProviderCases(t, "third real-server round's answers", servers3Cases(time.Now()))
}
