package diagnose

import (
	"strings"
	"testing"
	"time"

	"github.com/authspec/authspec/secret"
	"github.com/authspec/authspec/vocab"
)

// TestServerReadings: the general readings the second round of real
// servers (Apache httpd, HAProxy, etcd, InfluxDB; e2e/heldout2_test.go)
// called for, each with the neighbours it must leave alone.
func TestServerReadings(t *testing.T) {
	tok := bearer("API_TOKEN", "opq_7Hd92kLmQ4pXrT")
	bare := bearer("ETCD_TOKEN", "kRnJtZcbWQpXyLhV.3")
	bare.Prefix, bare.NoPrefix = "", true
	key := apiKey("API_KEY", "key_9f8e7d6c5b4a3210", "X-API-Key", "")
	privateToken := headerCred("PRIVATE-TOKEN", "GITLAB_TOKEN", "glpat-4Rz8Qm2LkT9wXy7NbV3c")
	basic := basicCred("alice", "Al1ce-Httpd-2026")
	future := time.Now().Add(24 * time.Hour).Unix()
	reader := bearer("READER_JWT", makeJWT(map[string]any{"sub": "svc", "scope": "orders.read", "exp": future}))
	writer := bearer("WRITER_JWT", makeJWT(map[string]any{"sub": "svc", "scope": "orders.read orders.write", "exp": future}))
	noExp := bearer("NOEXP_JWT", makeJWT(map[string]any{"username": "admin"}))
	bearerInvalid := map[string]string{"WWW-Authenticate": `Bearer realm="api", error="invalid_token"`, "Content-Type": "text/html"}
	basicRealm := map[string]string{"WWW-Authenticate": `Basic realm="InfluxDB"`, "Content-Type": "application/json"}
	// Another environment holds the same password (the e2e round's
	// production copied staging's).
	sharedReader := basicCred("reader", "Re4der-Influx-2026")
	sharedReader.OtherEnvs = []Fingerprinted{{Env: "production", Source: "ADMIN_PASSWORD", Field: vocab.FieldPassword, Fingerprint: secret.Fingerprint("Re4der-Influx-2026")}}
	haproxyDeny := "<html><body><h1>403 Forbidden</h1>\nRequest forbidden by administrative rules.\n</body></html>\n"
	for _, tc := range []struct {
		name   string
		status int
		header map[string]string
		body   string
		cred   *Credential
		method string
		sent   string // the request's body
		scopes []string
		want   string // "": only never is checked
		never  []string
		// runSecret: a value the run redacts besides the credential's (a
		// user name of another credential, "admin", whose password one
		// environment leaves empty).
		runSecret string
	}{
		// A login's password in the body is a credential sent.
		{name: "login body refused", status: 400, body: `{"error":"etcdserver: authentication failed, invalid user ID or password","code":3}`,
			method: "POST", sent: `{"name":"root","password":"not-R00t-Etcd-pass"}`, want: CredentialRejected, never: []string{NoCredentialsSent}},
		{name: "no login in the body", status: 401, body: `{"error":"authentication required"}`, method: "POST", sent: `{"name":"root"}`, want: NoCredentialsSent},
		// An RFC 6750 error in a Bearer challenge judges a bearer token.
		{name: "Basic to a Bearer invalid_token challenge", status: 401, header: bearerInvalid,
			body: `{"error":"invalid_token","error_description":"The access token is invalid"}`, cred: basic, want: SchemeMismatch},
		{name: "Bearer to a Basic challenge, the key read", status: 401, header: map[string]string{"WWW-Authenticate": `Basic realm="Stripe"`},
			body: `{"error":{"message":"Invalid API Key provided: opq_7Hd9****"}}`, cred: tok, want: CredentialRejected, never: []string{SchemeMismatch}},
		// To a credential in another header, RFC 6750 section 3.1 has a
		// server that did not read it send no error code: the code says it
		// read that header (GitLab's PRIVATE-TOKEN).
		{name: "X-API-Key to a Bearer invalid_token challenge", status: 401, header: bearerInvalid,
			body: `{"error":"invalid_token","error_description":"The access token is invalid"}`, cred: key, want: ServerInvalidToken},
		{name: "a token header to a Bearer invalid_token challenge", status: 401,
			header: map[string]string{"WWW-Authenticate": `Bearer realm="gitlab", error="invalid_token", error_description="Token was revoked. You have to re-authorize from the user."`},
			body:   `{"error":"invalid_token","error_description":"Token was revoked. You have to re-authorize from the user."}`, cred: privateToken, want: ServerInvalidToken, never: []string{SchemeMismatch}},
		// A bare token is not faulted when the server took it or judged it.
		{name: "bare token, permission refused", status: 403, body: `{"error":"etcdserver: permission denied","code":7}`, cred: bare, want: PermissionDenied, never: []string{PrefixMissing}},
		{name: "bare token judged invalid, no challenge", status: 401, body: `{"error":"etcdserver: invalid auth token","code":16}`, cred: bare, want: CredentialRejected},
		{name: "bare token to a Bearer challenge", status: 401, header: map[string]string{"WWW-Authenticate": `Bearer realm="api"`}, body: `{"error":"unauthorized"}`, cred: bare, want: PrefixMissing},
		// A token's own checks, refused with 403.
		{name: "invalid JWT signature on a 403", status: 403, header: map[string]string{"Content-Type": "text/html"}, body: "Invalid JWT signature", cred: tok, want: CredentialRejected},
		{name: "unsupported JWT signing algorithm on a 403", status: 403, header: map[string]string{"Content-Type": "text/html"}, body: "Unsupported JWT signing algorithm", cred: tok, want: CredentialRejected},
		{name: "a bare Forbidden stays a permission", status: 403, body: `{"message":"Forbidden"}`, cred: tok, want: PermissionDenied},
		// The role an operation requires.
		{name: "requires admin privilege", status: 403, body: `{"error":"error authorizing query: reader not authorized to execute statement 'CREATE DATABASE audit', requires admin privilege"}`,
			cred: sharedReader, want: PermissionDenied, runSecret: "admin"},
		{name: "requires an admin access token", status: 401, body: `{"message":"This endpoint requires an admin access token"}`, cred: tok, want: CredentialRejected, never: []string{PermissionDenied}},
		// A request that named no user.
		{name: "user name is empty", status: 400, body: `{"error":"etcdserver: user name is empty","code":3}`, method: "POST", sent: `{"key":"YXBwLw=="}`, want: NoCredentialsSent},
		{name: "a sign-up form's user name missing", status: 400, body: `{"error":"username is missing"}`, method: "POST", sent: `{"username":"","email":"ci@example.com"}`, never: []string{NoCredentialsSent}},
		// A deny page says no reason; a scope the token lacks is one.
		{name: "deny page, the token lacks the scope", status: 403, header: map[string]string{"Content-Type": "text/html"}, body: haproxyDeny, cred: reader, method: "POST",
			scopes: []string{"orders.write"}, want: JWTMissingScope},
		{name: "deny page, the token has the scope", status: 403, header: map[string]string{"Content-Type": "text/html"}, body: haproxyDeny, cred: writer, method: "POST",
			scopes: []string{"orders.write"}, want: BlockedByProxy, never: []string{JWTMissingScope}},
		// Words about the token's claims show it was parsed: a Basic
		// challenge on every 401 is not a scheme asked for.
		{name: "token expiration required, Basic challenge", status: 401, header: basicRealm, body: `{"error":"token expiration required"}`, cred: noExp, want: CredentialRejected, never: []string{SchemeMismatch}},
		{name: "Basic challenge, no words", status: 401, header: basicRealm, body: `{"error":"unauthorized"}`, cred: noExp, want: SchemeMismatch},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ex := corpusCase{cred: tc.cred, method: tc.method, scopes: tc.scopes, api: fixed{status: tc.status, header: tc.header, body: tc.body}}.run(t, tc.sent)
			if tc.runSecret != "" {
				r := &secret.Redactor{}
				r.Add("admin.username", tc.runSecret)
				for _, v := range tc.cred.Values {
					r.Add(sourceName(v), v.Value)
				}
				ex.Redactor = r
			}
			causes := Analyze(ex)
			checkCauses(t, causes, tc.cred)
			wantFirst(t, causes, tc.want, tc.never)
		})
	}
}

// TestDefaultPageQuotedOnce: a web server's own error page is evidence
// once: nginx's 403 page says "403 Forbidden" in its title and its h1,
// which the status line already says; the evidence quoted it three times,
// and with the page's markup.
func TestDefaultPageQuotedOnce(t *testing.T) {
	tok := bearer("API_TOKEN", "opq_7Hd92kLmQ4pXrT")
	for _, tc := range []struct {
		name, body string
		header     map[string]string
		status     int
	}{
		{"nginx 403", nginxPage, map[string]string{"Content-Type": "text/html", "Server": "nginx/1.22.1"}, 403},
		{"HAProxy 403", "<html><body><h1>403 Forbidden</h1>\nRequest forbidden by administrative rules.\n</body></html>\n", map[string]string{"Content-Type": "text/html"}, 403},
		{"Apache 403", "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\" \"http://www.w3.org/TR/html4/strict.dtd\">\n<html><head>\n<title>403 Forbidden</title>\n</head><body>\n<h1>Forbidden</h1>\n<p>You don't have permission to access this resource.</p>\n</body></html>\n",
			map[string]string{"Content-Type": "text/html; charset=iso-8859-1", "Server": "Apache/2.4.71 (Debian)"}, 403},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ex := corpusCase{cred: tok, api: fixed{status: tc.status, header: tc.header, body: tc.body}}.run(t, "")
			causes := Analyze(ex)
			checkCauses(t, causes, tok)
			if len(causes) == 0 {
				t.Fatal("no cause")
			}
			lines := strings.Split(strings.ToLower(secret.Plain(strings.Join(causes[0].Evidence, "\n"))), "\n")
			ev := strings.Join(lines, " | ")
			var quotes []string
			for _, l := range lines {
				if i := strings.Index(l, `"`); i >= 0 && strings.HasSuffix(l, `"`) && !strings.HasPrefix(l, "sent ") {
					quotes = append(quotes, l[i+1:len(l)-1])
				}
			}
			for i, q := range quotes {
				if q == "403 forbidden" {
					t.Errorf("the evidence quotes %q, which its status line says:\n%s", q, ev)
				}
				for _, o := range quotes[i+1:] {
					if strings.Contains(o, q) || strings.Contains(q, o) {
						t.Errorf("the evidence quotes the same words twice (%q, %q):\n%s", q, o, ev)
					}
				}
			}
			if strings.Contains(ev, "<h1>") || strings.Contains(ev, "<title>") {
				t.Errorf("the evidence quotes the page's markup:\n%s", ev)
			}
			if !strings.Contains(ev, "matches ") {
				t.Errorf("the evidence lost the row it matched:\n%s", ev)
			}
		})
	}
}
