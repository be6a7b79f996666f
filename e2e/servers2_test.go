package e2e

import (
	"bytes"
	"crypto/hmac"
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"path/filepath"
	"slices"
	"testing"
	"time"
)

// The second held-out round's servers: Apache httpd, HAProxy, etcd's
// JSON gateway and InfluxDB 1.x, each started on 127.0.0.1 with real
// authentication configured. .ci/run installs them.

const (
	apacheAlice   = "Al1ce-Httpd-2026"
	apacheBob     = "B0b-Httpd-Pass-26"
	apacheToken   = "api-T0ken-Httpd-26"
	haproxyAlice  = "Al1ce-Hapx-2026"
	haproxyKey    = "K3y-Good-Hapx-2026"
	haproxySecret = "jwt-Shared-Hapx-2026"
	etcdRoot      = "R00t-Etcd-Pass-26"
	etcdReader    = "Re4der-Etcd-2026"
	influxAdmin   = "Adm1n-Influx-2026"
	influxReader  = "Re4der-Influx-2026"
	influxProd    = "Pr0d-Reader-Influx-26"
	influxSecret  = "influx-Shared-Secret-26"
)

// startApache serves Apache httpd's own access control: Basic (/private/),
// Digest (/digest/), a group (/staff/: alice only; Apache answers a known
// user outside it with 401) and a user with AuthzSendForbiddenOnFailure
// (/ops/: 403), Require ip (/internal/, and /partners/ with an error page
// of its own), Require all denied (/admin/), and a bearer token checked by
// mod_rewrite with an RFC 6750 challenge (/api/). Users alice and bob.
func startApache(t *testing.T) string {
	bin := need(t, "apache2", "/usr/sbin/apache2", "httpd")
	dir, port := t.TempDir(), freePort(t)
	readableByOthers(t, dir)
	for _, p := range []string{"private", "digest", "staff", "ops", "internal", "partners", "admin", "api"} {
		write(t, filepath.Join(dir, "www", p, "index.html"), "ok\n")
	}
	write(t, filepath.Join(dir, "htpasswd"), "alice:"+shaPassword(apacheAlice)+"\nbob:"+shaPassword(apacheBob)+"\n")
	ha1 := md5.Sum([]byte("alice:vault:" + apacheAlice))
	write(t, filepath.Join(dir, "htdigest"), "alice:vault:"+hex.EncodeToString(ha1[:])+"\n")
	write(t, filepath.Join(dir, "groups"), "admins: alice\n")
	mods := ""
	for _, m := range []string{"mpm_event", "authz_core", "authz_host", "authz_user", "authz_groupfile", "authn_core", "authn_file",
		"auth_basic", "auth_digest", "dir", "headers", "rewrite"} {
		mods += fmt.Sprintf("LoadModule %s_module /usr/lib/apache2/modules/mod_%s.so\n", m, m)
	}
	write(t, filepath.Join(dir, "httpd.conf"), fmt.Sprintf(`ServerRoot %[1]s
DefaultRuntimeDir %[1]s
PidFile %[1]s/httpd.pid
Listen 127.0.0.1:%[2]d
ServerName localhost
ErrorLog /dev/stderr
User nobody
Group nogroup
%[3]s
DocumentRoot %[1]s/www
DirectoryIndex index.html
<Location /private/>
  AuthType Basic
  AuthName "Private"
  AuthUserFile %[1]s/htpasswd
  Require valid-user
</Location>
<Location /digest/>
  AuthType Digest
  AuthName "vault"
  AuthDigestProvider file
  AuthUserFile %[1]s/htdigest
  Require valid-user
</Location>
<Location /staff/>
  AuthType Basic
  AuthName "Staff"
  AuthUserFile %[1]s/htpasswd
  AuthGroupFile %[1]s/groups
  Require group admins
</Location>
<Location /ops/>
  AuthType Basic
  AuthName "Ops"
  AuthUserFile %[1]s/htpasswd
  Require user alice
  AuthzSendForbiddenOnFailure On
</Location>
<Location /internal/>
  Require ip 10.0.0.0/8
</Location>
<Location /partners/>
  Require ip 10.0.0.0/8
  ErrorDocument 403 "Your IP address is not on this API's allowlist."
</Location>
<Location /admin/>
  Require all denied
</Location>
<Location /api/>
  RewriteEngine On
  RewriteCond %%{HTTP:Authorization} !^Bearer\ %[4]s$
  RewriteRule ^ - [R=401,L]
  Header always set WWW-Authenticate "Bearer realm=\"api\", error=\"invalid_token\"" "expr=%%{REQUEST_STATUS} == 401"
  ErrorDocument 401 '{"error":"invalid_token","error_description":"The access token is invalid"}'
</Location>
`, dir, port, mods, apacheToken))
	base := startHTTP(t, dir, port, "/", nil, bin, "-f", filepath.Join(dir, "httpd.conf"), "-DFOREGROUND")
	return base
}

// shaPassword is an htpasswd {SHA} entry, which Apache reads everywhere
// (and h2o's Htpasswd, whose $apr1$ code matches no hash in Debian's build).
func shaPassword(p string) string {
	sum := sha1.Sum([]byte(p))
	return "{SHA}" + base64.StdEncoding.EncodeToString(sum[:])
}

// startHAProxy serves HAProxy answering by itself: a userlist behind
// http-request auth (/ops/, user alice), deny (/admin/), a source allowlist
// with its own words (/partners/), a header key checked by an ACL
// (/keys/, X-API-Key), a request-rate limit answered with 429 (/limited/:
// one request a minute passes), a backend without servers (/app/), and
// HS256 JWTs checked as HAProxy's documentation shows (/orders/: the
// algorithm, issuer, audience, signature and expiry, then the scope
// orders.write for POST), each refused with a 403 naming the check.
func startHAProxy(t *testing.T) string {
	bin := need(t, "haproxy", "/usr/sbin/haproxy")
	dir, port := t.TempDir(), freePort(t)
	write(t, filepath.Join(dir, "haproxy.cfg"), fmt.Sprintf(`global
  log stderr format raw local0 warning
defaults
  mode http
  timeout connect 5s
  timeout client 30s
  timeout server 30s
userlist ops_users
  user alice insecure-password %[2]s
frontend web
  bind 127.0.0.1:%[1]d
  stick-table type ip size 100 expire 60s store http_req_rate(60s)
  acl is_ops path_beg /ops/
  acl is_jwt path_beg /orders/
  http-request auth realm ops if is_ops !{ http_auth(ops_users) }
  http-request deny if { path_beg /admin/ }
  http-request track-sc0 src if { path_beg /limited/ }
  http-request deny deny_status 429 if { path_beg /limited/ } { sc_http_req_rate(0) gt 1 }
  http-request return status 403 content-type text/plain string "Access denied: your IP address is not allowed" if { path_beg /partners/ } !{ src 10.0.0.0/8 }
  http-request return status 401 content-type application/json string '{"message":"Invalid or missing X-API-Key header"}' if { path_beg /keys/ } !{ req.hdr(x-api-key) -m str %[3]s }
  http-request set-var(txn.bearer) http_auth_bearer if is_jwt
  http-request set-var(txn.jwt_alg) var(txn.bearer),jwt_header_query('$.alg') if is_jwt
  http-request deny content-type 'text/html' string 'Unsupported JWT signing algorithm' if is_jwt !{ var(txn.jwt_alg) -m str HS256 }
  http-request deny content-type 'text/html' string 'Invalid JWT issuer' if is_jwt !{ var(txn.bearer),jwt_payload_query('$.iss') -m str https://auth.example.test/ }
  http-request deny content-type 'text/html' string 'Invalid JWT audience' if is_jwt !{ var(txn.bearer),jwt_payload_query('$.aud') -m str orders-api }
  http-request deny content-type 'text/html' string 'Invalid JWT signature' if is_jwt !{ var(txn.bearer),jwt_verify(txn.jwt_alg,"%[4]s") -m int 1 }
  http-request set-var(txn.exp) var(txn.bearer),jwt_payload_query('$.exp','int') if is_jwt
  http-request set-var(txn.now) date() if is_jwt
  http-request deny content-type 'text/html' string 'JWT has expired' if is_jwt { var(txn.exp),sub(txn.now) -m int lt 0 }
  http-request set-var(txn.scope) var(txn.bearer),jwt_payload_query('$.scope') if is_jwt
  http-request deny if is_jwt { method POST } !{ var(txn.scope) -m sub orders.write }
  http-request return status 200 content-type application/json string '{"ok":true}' if is_ops || is_jwt || { path_beg /keys/ } || { path_beg /partners/ } || { path_beg /limited/ } || { path /health }
  default_backend app
backend app
`, port, haproxyAlice, haproxyKey, haproxySecret))
	base := startHTTP(t, dir, port, "/health", nil, bin, "-db", "-f", filepath.Join(dir, "haproxy.cfg"))
	return base
}

// hs256 signs claims with secret: the JWTs HAProxy and InfluxDB verify.
func hs256(claims, secret string) string {
	enc := base64.RawURLEncoding.EncodeToString
	signed := enc([]byte(`{"alg":"HS256","typ":"JWT"}`)) + "." + enc([]byte(claims))
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write([]byte(signed))
	return signed + "." + enc(mac.Sum(nil))
}

// startEtcd serves etcd's v3 JSON gateway with authentication enabled:
// root, and "reader", whose role may only read the keys under app/.
// Clients log in at /v3/auth/authenticate and send the token it returns
// in the Authorization header, without a scheme.
func startEtcd(t *testing.T) string {
	bin := need(t, "etcd")
	dir, client, peer := t.TempDir(), freePort(t), freePort(t)
	cu, pu := fmt.Sprintf("http://127.0.0.1:%d", client), fmt.Sprintf("http://127.0.0.1:%d", peer)
	start(t, dir, nil, bin, "--name", "authspec", "--data-dir", filepath.Join(dir, "data"),
		"--listen-client-urls", cu, "--advertise-client-urls", cu, "--listen-peer-urls", pu,
		"--initial-advertise-peer-urls", pu, "--initial-cluster", "authspec="+pu, "--log-level", "warn")
	waitHTTP(t, cu+"/version", startupWait)
	b64 := func(s string) string { return base64.StdEncoding.EncodeToString([]byte(s)) }
	for _, c := range []struct{ path, body string }{
		{"/v3/auth/user/add", fmt.Sprintf(`{"name":"root","password":%q}`, etcdRoot)},
		{"/v3/auth/user/grant", `{"user":"root","role":"root"}`},
		{"/v3/auth/user/add", fmt.Sprintf(`{"name":"reader","password":%q}`, etcdReader)},
		{"/v3/auth/role/add", `{"name":"app-read"}`},
		{"/v3/auth/role/grant", fmt.Sprintf(`{"name":"app-read","perm":{"permType":"READ","key":%q,"range_end":%q}}`, b64("app/"), b64("app0"))},
		{"/v3/auth/user/grant", `{"user":"reader","role":"app-read"}`},
		{"/v3/auth/enable", `{}`},
	} {
		post(t, cu+c.path, "application/json", c.body, nil, http.StatusOK)
	}
	return cu
}

// startInflux serves InfluxDB 1.x with auth-enabled: the administrator
// "admin", "reader" (may read the metrics database), "reader_prod" (the
// same, with its own password), and JWTs signed with its shared secret.
func startInflux(t *testing.T) string {
	bin := need(t, "influxd")
	dir, port, rpc := t.TempDir(), freePort(t), freePort(t)
	write(t, filepath.Join(dir, "influxdb.conf"), fmt.Sprintf(`reporting-disabled = true
bind-address = "127.0.0.1:%[2]d"
[meta]
  dir = "%[1]s/meta"
[data]
  dir = "%[1]s/data"
  wal-dir = "%[1]s/wal"
  query-log-enabled = false
[http]
  bind-address = "127.0.0.1:%[3]d"
  auth-enabled = true
  log-enabled = false
  shared-secret = "%[4]s"
[monitor]
  store-enabled = false
`, dir, rpc, port, influxSecret))
	base := startHTTP(t, dir, port, "/ping", nil, bin, "-config", filepath.Join(dir, "influxdb.conf"))
	// With no user yet, InfluxDB lets anyone create the first administrator.
	for i, q := range []string{
		fmt.Sprintf("CREATE USER admin WITH PASSWORD '%s' WITH ALL PRIVILEGES", influxAdmin),
		fmt.Sprintf("CREATE USER reader WITH PASSWORD '%s'", influxReader),
		fmt.Sprintf("CREATE USER reader_prod WITH PASSWORD '%s'", influxProd),
		"CREATE DATABASE metrics", "GRANT READ ON metrics TO reader", "GRANT READ ON metrics TO reader_prod",
	} {
		var auth []string
		if i > 0 {
			auth = []string{"admin", influxAdmin}
		}
		// Under load, the query right after the first administrator's
		// creation was once answered 403 (the new user not yet seen by
		// the server's authorizer): a 403 is retried for a while.
		deadline := time.Now().Add(startupWait)
		for post(t, base+"/query", "application/x-www-form-urlencoded", url.Values{"q": {q}}.Encode(), auth, http.StatusOK, http.StatusForbidden) == http.StatusForbidden {
			if time.Now().After(deadline) {
				t.Fatalf("setup %q: still 403 after %s", q, startupWait)
			}
			time.Sleep(200 * time.Millisecond)
		}
	}
	return base
}

// post sends a setup request (as user, password when auth is given),
// wants status or one of also, and returns the status it got.
func post(t *testing.T, url, contentType, body string, auth []string, status int, also ...int) int {
	t.Helper()
	got, _ := postBody(t, url, contentType, body, auth, status, also...)
	return got
}

// postBody is post that also returns the answer's body, for a setup step
// that reads what the server made (a token it issued).
func postBody(t *testing.T, url, contentType, body string, auth []string, status int, also ...int) (int, []byte) {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, url, bytes.NewBufferString(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", contentType)
	if auth != nil {
		req.SetBasicAuth(auth[0], auth[1])
	}
	c := http.Client{Timeout: startupWait}
	resp, err := c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("setup %s: %s: %v", url, resp.Status, err)
	}
	if resp.StatusCode != status && !slices.Contains(also, resp.StatusCode) {
		t.Fatalf("setup %s: %s %s, want %d", url, resp.Status, b, status)
	}
	return resp.StatusCode, b
}
