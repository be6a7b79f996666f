package e2e

import (
	"encoding/base64"
	"fmt"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// The third held-out round's servers: lighttpd, Caddy, Prometheus's web
// configuration (Basic users, and client certificates), Squid as the
// forward proxy a CI runner goes through, Varnish with access rules in its
// VCL, and Tomcat's container-managed security. Each starts on 127.0.0.1
// with its configuration in the test's directory; .ci/run installs them.

const (
	lightyAlice = "Al1ce-Lighty-2026"
	lightyBob   = "B0b-Lighty-2026"
	caddyAlice  = "Al1ce-Caddy-2026"
	caddyKey    = "K3y-Good-Caddy-2026"
	caddyToken  = "tok-Good-Caddy-2026"
	caddyReader = "tok-Reader-Caddy-2026"
	promAlice   = "Al1ce-Prom-2026"
	squidPass   = "Pr0xy-Squid-2026"
	varnishKey  = "K3y-Good-Varnish-2026"
	varnishPass = "Al1ce-Varnish-2026"
	tomcatAlice = "Al1ce-Tomcat-2026"
	tomcatBob   = "B0b-Tomcat-2026"
)

// bcrypt hashes (cost 5, so that a refused password costs the server
// little) of caddyAlice and promAlice, made with golang.org/x/crypto/bcrypt;
// squidHash is `openssl passwd -apr1 -salt authspec` of squidPass.
const (
	caddyHash = "$2a$05$U7bx0X1/10HOTAfqGn0I6e6e/LK25nknkWUjMTb5LpeV58E8GXkqe"
	promHash  = "$2a$05$Tr3XSXHgFuO4iThk1S4YfeFIwaNCl9CY6IwvZvLM1yfcqaeKu9qcm"
	squidHash = "$apr1$authspec$2gb7LKw5fhrpMSqr5zuGx/"
)

// readableByOthers opens dir (and its parent, t.TempDir's) to the user a
// server started as root drops to (Apache's nobody, Squid's proxy,
// Varnish's vcache), which reads its files at request time.
func readableByOthers(t *testing.T, dir string) {
	if os.Geteuid() != 0 {
		return
	}
	for _, d := range []string{dir, filepath.Dir(dir)} {
		if err := os.Chmod(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
}

// startLighttpd serves lighttpd's mod_auth (Basic on /private/, Digest on
// /digest/, /ops/ for alice only: lighttpd answers bob there with 401) and
// mod_access (/admin/ denied to all, /internal/ outside 10.0.0.0/8).
func startLighttpd(t *testing.T) string {
	bin := need(t, "lighttpd", "/usr/sbin/lighttpd")
	dir, port := t.TempDir(), freePort(t)
	for _, p := range []string{"private", "digest", "ops", "admin", "internal"} {
		write(t, filepath.Join(dir, "www", p, "index.html"), "ok\n")
	}
	write(t, filepath.Join(dir, "users"), "alice:"+lightyAlice+"\nbob:"+lightyBob+"\n")
	write(t, filepath.Join(dir, "lighttpd.conf"), fmt.Sprintf(`server.document-root = "%[1]s/www"
server.bind = "127.0.0.1"
server.port = %[2]d
server.modules = ("mod_access", "mod_auth", "mod_authn_file")
index-file.names = ("index.html")
server.errorlog = "%[1]s/error.log"
auth.backend = "plain"
auth.backend.plain.userfile = "%[1]s/users"
auth.require = (
  "/private/" => ("method" => "basic", "realm" => "Private", "require" => "valid-user"),
  "/digest/" => ("method" => "digest", "realm" => "vault", "require" => "valid-user"),
  "/ops/" => ("method" => "basic", "realm" => "Ops", "require" => "user=alice"),
)
$HTTP["url"] =~ "^/admin/" { url.access-deny = ("") }
$HTTP["remote-ip"] != "10.0.0.0/8" { $HTTP["url"] =~ "^/internal/" { url.access-deny = ("") } }
`, dir, port))
	base := startHTTP(t, dir, port, "/", nil, bin, "-D", "-f", filepath.Join(dir, "lighttpd.conf"))
	return base
}

// startCaddy serves Caddy's basicauth (/private/), a bare 403 (/admin/), a
// remote_ip rule with its own words (/partners/), a header key checked by
// a matcher (/keys/, X-API-Key) and forward_auth to a second site of the
// same Caddy that checks bearer tokens as an auth service does (/orders/:
// RFC 6750 challenges; the reader token may not POST), and forward_auth to
// an auth service that is down (/billing/).
func startCaddy(t *testing.T) string {
	bin := need(t, "caddy")
	dir, port, authPort := t.TempDir(), freePort(t), freePort(t)
	write(t, filepath.Join(dir, "Caddyfile"), fmt.Sprintf(`{
	admin off
	auto_https off
}
http://127.0.0.1:%[1]d {
	basicauth /private/* {
		alice %[3]s
	}
	respond /private/* "ok" 200
	respond /admin/* 403
	@outside {
		path /partners/*
		not remote_ip 10.0.0.0/8
	}
	respond @outside "Access denied: your IP address is not allowed" 403
	@badkey {
		path /keys/*
		not header X-API-Key %[4]s
	}
	header @badkey Content-Type application/json
	respond @badkey `+"`"+`{"error":"missing or invalid X-API-Key header"}`+"`"+` 401
	route /orders/* {
		forward_auth 127.0.0.1:%[2]d {
			uri /verify
		}
		respond "ok" 200
	}
	route /billing/* {
		forward_auth 127.0.0.1:%[7]d {
			uri /verify
		}
		respond "ok" 200
	}
	respond "ok" 200
}
http://127.0.0.1:%[2]d {
	@good header Authorization "Bearer %[5]s"
	@reader header Authorization "Bearer %[6]s"
	@none not header Authorization *
	@write header X-Forwarded-Method POST
	handle @good {
		respond 200
	}
	handle @reader {
		route {
			header @write Content-Type application/json
			respond @write `+"`"+`{"error":"insufficient_scope","error_description":"orders.write is required"}`+"`"+` 403
			respond 200
		}
	}
	handle @none {
		header WWW-Authenticate `+"`"+`Bearer realm="orders"`+"`"+`
		respond 401
	}
	handle {
		header WWW-Authenticate `+"`"+`Bearer realm="orders", error="invalid_token", error_description="The access token is invalid or has expired"`+"`"+`
		respond 401
	}
}
`, port, authPort, caddyHash, caddyKey, caddyToken, caddyReader, freePort(t)))
	// Caddy keeps its data and configuration under HOME/XDG directories.
	env := []string{"HOME=" + dir, "XDG_DATA_HOME=" + filepath.Join(dir, "data"), "XDG_CONFIG_HOME=" + filepath.Join(dir, "config")}
	base := startHTTP(t, dir, port, "/", env, bin, "run", "--adapter", "caddyfile", "--config", filepath.Join(dir, "Caddyfile"))
	return base
}

// startPrometheus serves two Prometheus servers with web configuration
// files: one behind Basic users (alice), the other behind TLS that requires
// a client certificate of its own CA (and alice too). It returns the first
// one's URL and, as {{tls_base}}, {{ca}}, {{client_cert}},
// {{client_key}}, {{expired_cert}}, {{expired_key}}, {{stranger_cert}}
// and {{stranger_key}}, the second's URL and the PEM files a suite needs.
func startPrometheus(t *testing.T) (string, map[string]string) {
	bin := need(t, "prometheus")
	ca, other := newCA(t, "authspec test CA"), newCA(t, "another CA")
	server := ca.issue(t, "127.0.0.1", true, time.Now().Add(24*time.Hour))
	client := ca.issue(t, "ci-runner", false, time.Now().Add(24*time.Hour))
	expired := ca.issue(t, "ci-runner-2025", false, time.Now().Add(-24*time.Hour))
	stranger := other.issue(t, "ci-runner", false, time.Now().Add(24*time.Hour))
	users := fmt.Sprintf("basic_auth_users:\n  alice: %s\n", promHash)
	base := runPrometheus(t, bin, "http", users)
	tlsDir := t.TempDir()
	write(t, filepath.Join(tlsDir, "ca.pem"), ca.certPEM)
	write(t, filepath.Join(tlsDir, "server.pem"), server.certPEM)
	write(t, filepath.Join(tlsDir, "server-key.pem"), server.keyPEM)
	tlsBase := runPrometheus(t, bin, "https", fmt.Sprintf(`tls_server_config:
  cert_file: %[1]s/server.pem
  key_file: %[1]s/server-key.pem
  client_auth_type: RequireAndVerifyClientCert
  client_ca_file: %[1]s/ca.pem
%[2]s`, tlsDir, users))
	return base, map[string]string{"tls_base": tlsBase, "ca": ca.certPEM, "client_cert": client.certPEM, "client_key": client.keyPEM,
		"expired_cert": expired.certPEM, "expired_key": expired.keyPEM, "stranger_cert": stranger.certPEM, "stranger_key": stranger.keyPEM}
}

// runPrometheus starts one Prometheus with webConfig on a free port and
// waits for its listener (a TCP connect: a TLS server refuses an HTTP
// probe without a certificate).
func runPrometheus(t *testing.T, bin, scheme, webConfig string) string {
	dir, port := t.TempDir(), freePort(t)
	write(t, filepath.Join(dir, "prometheus.yml"), "global: {}\n")
	write(t, filepath.Join(dir, "web.yml"), webConfig)
	start(t, dir, nil, bin, "--config.file="+filepath.Join(dir, "prometheus.yml"), "--web.config.file="+filepath.Join(dir, "web.yml"),
		fmt.Sprintf("--web.listen-address=127.0.0.1:%d", port), "--storage.tsdb.path="+filepath.Join(dir, "data"))
	waitTCP(t, fmt.Sprintf("127.0.0.1:%d", port), startupWait)
	return fmt.Sprintf("%s://127.0.0.1:%d", scheme, port)
}

// waitTCP polls addr until it accepts a connection.
func waitTCP(t *testing.T, addr string, within time.Duration) {
	t.Helper()
	deadline := time.Now().Add(within)
	for {
		c, err := net.DialTimeout("tcp", addr, time.Second)
		if err == nil {
			c.Close()
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s did not accept connections within %s: %v", addr, within, err)
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// startSquid serves Squid as the forward proxy a CI runner must go
// through: Basic proxy credentials (user "ci", squidPass) checked by its
// basic_ncsa_auth helper, and an ACL that denies paths under /blocked/.
// Behind it, go-httpbin as the API. It returns the API's URL (what a suite
// names) and, as {{proxy}} and {{proxy_host}}, the proxy's URL and address.
func startSquid(t *testing.T) (string, map[string]string) {
	bin := need(t, "squid", "/usr/sbin/squid")
	helper := need(t, "/usr/lib/squid/basic_ncsa_auth")
	dir, port := t.TempDir(), freePort(t)
	readableByOthers(t, dir)
	write(t, filepath.Join(dir, "passwd"), "ci:"+squidHash+"\n")
	write(t, filepath.Join(dir, "squid.conf"), fmt.Sprintf(`http_port 127.0.0.1:%[2]d
visible_hostname authspec-proxy
pid_filename %[1]s/squid.pid
cache_log %[1]s/cache.log
access_log none
cache deny all
coredump_dir %[1]s
shutdown_lifetime 0 seconds
pinger_enable off
icp_port 0
htcp_port 0
cache_effective_user proxy
auth_param basic program %[3]s %[1]s/passwd
auth_param basic realm corp-proxy
acl authed proxy_auth REQUIRED
acl blocked urlpath_regex ^/blocked/
http_access deny blocked
http_access allow authed
http_access deny all
`, dir, port, helper))
	start(t, dir, nil, bin, "-N", "-f", filepath.Join(dir, "squid.conf"))
	waitTCP(t, fmt.Sprintf("127.0.0.1:%d", port), startupWait)
	host := fmt.Sprintf("127.0.0.1:%d", port)
	return startHTTPBin(t), map[string]string{"proxy": "http://" + host, "proxy_host": host}
}

// startVarnish serves Varnish in front of go-httpbin, refusing in its VCL
// as teams write it: client.ip ACLs (/admin/ with Varnish's own words,
// /partners/ with a message of its own), an X-API-Key header (/keys/:
// "Missing API key", "Invalid API key"), a Basic password that keeps a
// staging site private (/private/), and a backend that is down (/down/).
// Varnish's synthetic pages carry Retry-After: 5, refusals too.
func startVarnish(t *testing.T) string {
	bin := need(t, "varnishd", "/usr/sbin/varnishd")
	origin, err := url.Parse(startHTTPBin(t))
	if err != nil {
		t.Fatal(err)
	}
	dir, port, gone := t.TempDir(), freePort(t), freePort(t)
	readableByOthers(t, dir)
	basic := "Basic " + base64.StdEncoding.EncodeToString([]byte("alice:"+varnishPass))
	write(t, filepath.Join(dir, "default.vcl"), fmt.Sprintf(`vcl 4.1;
backend default { .host = "127.0.0.1"; .port = "%[1]s"; }
backend gone { .host = "127.0.0.1"; .port = "%[2]d"; }
acl office { "10.0.0.0"/8; }
sub vcl_recv {
  if (req.url ~ "^/admin/" && client.ip !~ office) { return (synth(403, "Forbidden")); }
  if (req.url ~ "^/partners/" && client.ip !~ office) { return (synth(403, "Access denied: your IP address is not allowed")); }
  if (req.url ~ "^/keys/") {
    if (!req.http.X-API-Key) { return (synth(401, "Missing API key")); }
    if (req.http.X-API-Key != "%[3]s") { return (synth(401, "Invalid API key")); }
    set req.url = "/status/200";
  }
  if (req.url ~ "^/private/") {
    if (req.http.Authorization != "%[4]s") { return (synth(401, "Restricted")); }
    set req.url = "/status/200";
  }
  if (req.url ~ "^/down/") { set req.backend_hint = gone; }
  return (pass);
}
sub vcl_synth {
  if (resp.status == 401 && req.url ~ "^/private/") { set resp.http.WWW-Authenticate = {"Basic realm="staging""}; }
}
`, origin.Port(), gone, varnishKey, basic))
	base := startHTTP(t, dir, port, "/status/200", nil, bin, "-F", "-a", fmt.Sprintf("127.0.0.1:%d", port), "-f", filepath.Join(dir, "default.vcl"),
		"-n", filepath.Join(dir, "work"), "-s", "malloc,16m")
	return base
}

// startTomcat serves Tomcat's container-managed security: a web
// application with BASIC login and roles (/api/admin/ for the admin role,
// /api/orders/ for reader: alice has both, bob reader only), one with
// DIGEST (/vault/), and one behind a RemoteAddrValve that allows
// 10.0.0.0/8 (/internal/). Users come from a MemoryRealm.
func startTomcat(t *testing.T) string {
	bin := need(t, "/usr/share/tomcat10/bin/catalina.sh")
	dir, port := t.TempDir(), freePort(t)
	write(t, filepath.Join(dir, "conf", "server.xml"), fmt.Sprintf(`<Server port="-1">
  <Service name="Catalina">
    <Connector address="127.0.0.1" port="%d" protocol="HTTP/1.1"/>
    <Engine name="Catalina" defaultHost="localhost">
      <Realm className="org.apache.catalina.realm.MemoryRealm" pathname="conf/tomcat-users.xml"/>
      <Host name="localhost" appBase="webapps" unpackWARs="false" autoDeploy="false"/>
    </Engine>
  </Service>
</Server>
`, port))
	write(t, filepath.Join(dir, "conf", "tomcat-users.xml"), fmt.Sprintf(`<tomcat-users>
  <user username="alice" password="%s" roles="admin,reader"/>
  <user username="bob" password="%s" roles="reader"/>
</tomcat-users>
`, tomcatAlice, tomcatBob))
	constraint := func(path, role string) string {
		return fmt.Sprintf(`<security-constraint><web-resource-collection><web-resource-name>%[1]s</web-resource-name>
<url-pattern>/%[1]s/*</url-pattern></web-resource-collection><auth-constraint><role-name>%[2]s</role-name></auth-constraint></security-constraint>
`, path, role)
	}
	// Each application names its own default servlet and JSON's media
	// type: the server needs no conf/web.xml of the system's.
	// No container initializer (Jasper's scans every jar for tag
	// libraries: 8 of a deployment's 9 s on a busy machine) and no jar
	// scanning: these applications are a web.xml and JSON files.
	app := func(name, security, valve string, paths ...string) {
		write(t, filepath.Join(dir, "webapps", name, "META-INF", "context.xml"),
			`<Context containerSciFilter=".*"><JarScanner scanClassPath="false" scanManifest="false"/>`+valve+`</Context>`+"\n")
		for _, p := range paths {
			write(t, filepath.Join(dir, "webapps", name, p, "index.json"), `{"ok":true}`+"\n")
		}
		write(t, filepath.Join(dir, "webapps", name, "WEB-INF", "web.xml"), `<web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
<servlet><servlet-name>default</servlet-name><servlet-class>org.apache.catalina.servlets.DefaultServlet</servlet-class></servlet>
<servlet-mapping><servlet-name>default</servlet-name><url-pattern>/</url-pattern></servlet-mapping>
<mime-mapping><extension>json</extension><mime-type>application/json</mime-type></mime-mapping>
<welcome-file-list><welcome-file>index.json</welcome-file></welcome-file-list>
`+security+`</web-app>
`)
	}
	app("api", constraint("admin", "admin")+constraint("orders", "reader")+
		`<login-config><auth-method>BASIC</auth-method><realm-name>api</realm-name></login-config>
<security-role><role-name>admin</role-name></security-role><security-role><role-name>reader</role-name></security-role>
`, "", "admin", "orders")
	app("vault", constraint("secrets", "reader")+
		`<login-config><auth-method>DIGEST</auth-method><realm-name>vault</realm-name></login-config>
<security-role><role-name>reader</role-name></security-role>
`, "", "secrets")
	app("internal", "", `<Valve className="org.apache.catalina.valves.RemoteAddrValve" allow="10\.\d+\.\d+\.\d+"/>`, "reports")
	for _, d := range []string{"logs", "temp", "work"} {
		if err := os.MkdirAll(filepath.Join(dir, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	// A JVM that compiles little (C1 only) starts sooner; nothing here
	// runs long enough to need more.
	start(t, dir, []string{"CATALINA_HOME=/usr/share/tomcat10", "CATALINA_BASE=" + dir, "CATALINA_PID=" + filepath.Join(dir, "tomcat.pid"),
		"JAVA_OPTS=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"}, bin, "run")
	base := fmt.Sprintf("http://127.0.0.1:%d", port)
	waitHTTP(t, base+"/api/", 2*startupWait) // a JVM starts slowly on a busy machine
	return base
}
