package e2e

// The servers several tests start (nginx, RabbitMQ, a Docker registry, an
// OpenID provider) and what each is given to run: its configuration files
// (write, nginxConfig, envList), users and passwords. Starting a process
// and waiting for it is process_test.go's.

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/zitadel/oidc/v3/example/server/exampleop"
	"github.com/zitadel/oidc/v3/example/server/storage"
)

// write writes a server's file, creating its directories.
func write(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

// startNginx serves the refusals teams meet behind nginx: locations that
// its access rules deny (to everyone, or outside 10.0.0.0/8), one behind
// HTTP Basic (user "ops", password opsPassword), auth_request
// subrequests that answer 401 and 403, limit_req (503 by default, 429
// with limit_req_status: one request a minute passes), a location hidden
// with return 404, and an API whose bearer token a map checks (nginxToken;
// /json/ refuses with a JSON body that says the token expired).
func startNginx(t *testing.T) string {
	bin := need(t, "nginx", "/usr/sbin/nginx")
	dir, port := t.TempDir(), freePort(t)
	write(t, filepath.Join(dir, "htpasswd"), "ops:{PLAIN}"+opsPassword+"\n")
	for _, p := range []string{"limited", "limited429"} {
		write(t, filepath.Join(dir, "www", p, "index.html"), "ok\n")
	}
	write(t, filepath.Join(dir, "nginx.conf"), nginxConfig(dir, fmt.Sprintf(`  limit_req_zone $binary_remote_addr zone=slow:1m rate=1r/m;
  limit_req_zone $binary_remote_addr zone=slow429:1m rate=1r/m;
  map $http_authorization $api_ok { "Bearer %[3]s" 1; default 0; }
  server {
    listen 127.0.0.1:%[2]d;
    root %[1]s/www;
    location /admin/ { deny all; }
    location /internal/ { allow 10.0.0.0/8; deny all; }
    location /private/ {
      auth_basic "Restricted";
      auth_basic_user_file %[1]s/htpasswd;
      try_files $uri =404;
    }
    location /sso/ { auth_request /_authn; try_files $uri =404; }
    location /team/ { auth_request /_authz; try_files $uri =404; }
    location = /_authn { internal; return 401; }
    location = /_authz { internal; return 403; }
    location /limited/ { limit_req zone=slow; }
    location /limited429/ { limit_req zone=slow429; limit_req_status 429; }
    location /hidden/ { return 404; }
    location /api/ {
      if ($api_ok = 0) { add_header WWW-Authenticate 'Bearer realm="api"' always; return 401; }
      default_type application/json; return 200 '{"ok":true}';
    }
    location /json/ {
      default_type application/json;
      if ($api_ok = 0) { return 401 '{"error":"invalid_token","error_description":"The access token expired"}'; }
      return 200 '{"ok":true}';
    }
  }
`, dir, port, nginxToken)))
	return startHTTP(t, dir, port, "/", nil, bin, "-e", "stderr", "-p", dir, "-c", filepath.Join(dir, "nginx.conf"), "-g", "daemon off;")
}

// nginxConfig is an nginx configuration that keeps its files in dir and
// logs errors to stderr, with body as its http block's directives. Workers
// run as the test's user (ignored when not root) so they can read the
// files in the test's private directory.
func nginxConfig(dir, body string) string {
	return fmt.Sprintf(`user %[2]s;
error_log stderr;
pid %[1]s/nginx.pid;
events {}
http {
  access_log off;
  client_body_temp_path %[1]s/tmp; proxy_temp_path %[1]s/tmp; fastcgi_temp_path %[1]s/tmp;
  uwsgi_temp_path %[1]s/tmp; scgi_temp_path %[1]s/tmp;
%[3]s}
`, dir, userName(), body)
}

const (
	opsPassword = "Ops-Passw0rd-2026"
	nginxToken  = "api-T0ken-Good-2026"
)

func userName() string {
	if u, err := user.Current(); err == nil {
		return u.Username
	}
	return "nobody"
}

// RabbitMQ users: "monitor" may read but is not an administrator;
// "notag" has no tag (not a management user); "novhost" has no permission
// on the "orders" virtual host; "app_staging" and "app_prod" are
// management users who may not configure (declare queues) on "/"; "gone"
// is deleted once the node is up.
const (
	rabbitAdminPass   = "Adm1n-Rabbit-2026"
	rabbitMonitorPass = "Sh4red-Rabbit-Pass"
	rabbitNotagPass   = "N0tag-User-Pass-26"
	rabbitNovhostPass = "N0vhost-User-Pass-26"
	rabbitAppStaging  = "St4ging-App-Pass-26"
	rabbitAppProd     = "Pr0d-App-Pass-2026"
	rabbitGonePass    = "G0ne-User-Pass-2026"
)

// rabbitHash is RabbitMQ's rabbit_password_hashing_sha256: base64 of a
// 4-byte salt followed by SHA-256(salt + password).
func rabbitHash(pass string) string {
	salt := make([]byte, 4)
	_, _ = rand.Read(salt)
	sum := sha256.Sum256(append(append([]byte(nil), salt...), pass...))
	return base64.StdEncoding.EncodeToString(append(salt, sum[:]...))
}

// startRabbit starts a RabbitMQ node with the management plugin on free
// loopback ports; it returns the management API's base URL.
func startRabbit(t *testing.T) string {
	bin := need(t, "/usr/lib/rabbitmq/bin/rabbitmq-server", "rabbitmq-server")
	dir := t.TempDir()
	amqp, mgmt, dist, epmd := freePort(t), freePort(t), freePort(t), freePort(t)
	write(t, filepath.Join(dir, "enabled_plugins"), "[rabbitmq_management].\n")
	write(t, filepath.Join(dir, "defs.json"), fmt.Sprintf(`{
 "users": [
  {"name": "admin", "password_hash": %q, "hashing_algorithm": "rabbit_password_hashing_sha256", "tags": ["administrator"]},
  {"name": "monitor", "password_hash": %q, "hashing_algorithm": "rabbit_password_hashing_sha256", "tags": ["monitoring"]},
  {"name": "notag", "password_hash": %q, "hashing_algorithm": "rabbit_password_hashing_sha256", "tags": []},
  {"name": "novhost", "password_hash": %q, "hashing_algorithm": "rabbit_password_hashing_sha256", "tags": ["management"]},
  {"name": "app_staging", "password_hash": %q, "hashing_algorithm": "rabbit_password_hashing_sha256", "tags": ["management"]},
  {"name": "app_prod", "password_hash": %q, "hashing_algorithm": "rabbit_password_hashing_sha256", "tags": ["management"]},
  {"name": "gone", "password_hash": %q, "hashing_algorithm": "rabbit_password_hashing_sha256", "tags": ["management"]}
 ],
 "vhosts": [{"name": "/"}, {"name": "orders"}],
 "permissions": [
  {"user": "admin", "vhost": "/", "configure": ".*", "write": ".*", "read": ".*"},
  {"user": "admin", "vhost": "orders", "configure": ".*", "write": ".*", "read": ".*"},
  {"user": "monitor", "vhost": "/", "configure": "", "write": "", "read": ".*"},
  {"user": "novhost", "vhost": "/", "configure": "", "write": "", "read": ""},
  {"user": "app_staging", "vhost": "/", "configure": "", "write": ".*", "read": ".*"},
  {"user": "app_prod", "vhost": "/", "configure": "", "write": ".*", "read": ".*"}
 ]
}`, rabbitHash(rabbitAdminPass), rabbitHash(rabbitMonitorPass), rabbitHash(rabbitNotagPass), rabbitHash(rabbitNovhostPass),
		rabbitHash(rabbitAppStaging), rabbitHash(rabbitAppProd), rabbitHash(rabbitGonePass)))
	write(t, filepath.Join(dir, "rabbitmq.conf"), fmt.Sprintf(`listeners.tcp.default = 127.0.0.1:%d
management.tcp.ip = 127.0.0.1
management.tcp.port = %d
load_definitions = %s
loopback_users = none
`, amqp, mgmt, filepath.Join(dir, "defs.json")))
	node := fmt.Sprintf("authspec%d@localhost", mgmt)
	env := []string{
		"HOME=" + dir, "RABBITMQ_BASE=" + dir, "RABBITMQ_MNESIA_BASE=" + filepath.Join(dir, "mnesia"),
		"RABBITMQ_LOG_BASE=" + filepath.Join(dir, "log"), "RABBITMQ_NODENAME=" + node,
		"RABBITMQ_NODE_IP_ADDRESS=127.0.0.1", fmt.Sprintf("RABBITMQ_NODE_PORT=%d", amqp),
		fmt.Sprintf("RABBITMQ_DIST_PORT=%d", dist), fmt.Sprintf("ERL_EPMD_PORT=%d", epmd), "ERL_EPMD_ADDRESS=127.0.0.1",
		"RABBITMQ_ENABLED_PLUGINS_FILE=" + filepath.Join(dir, "enabled_plugins"),
		"RABBITMQ_CONFIG_FILE=" + filepath.Join(dir, "rabbitmq"), "RABBITMQ_PID_FILE=" + filepath.Join(dir, "rabbit.pid"),
		"RABBITMQ_LOGS=-",
	}
	// The node starts an epmd daemon on its own port, outside the node's
	// process group; stop that one. Cleanups run last-in first-out, so this
	// one, registered before start's, runs once the node has stopped: epmd
	// refuses -kill while a node is registered ("living nodes in
	// database"), and it may take a moment to notice that the node left.
	t.Cleanup(func() {
		p, err := exec.LookPath("epmd")
		if err != nil {
			return
		}
		for range 25 {
			// It exits 0 when it refuses, too: read what it says.
			out, _ := exec.Command(p, "-port", fmt.Sprint(epmd), "-kill").CombinedOutput()
			if s := string(out); strings.HasPrefix(s, "Killed") || strings.Contains(s, "Cannot connect") {
				return
			}
			time.Sleep(200 * time.Millisecond)
		}
		t.Logf("the epmd on port %d did not stop", epmd)
	})
	start(t, dir, env, bin)
	base := fmt.Sprintf("http://127.0.0.1:%d", mgmt)
	waitHTTP(t, base+"/api/overview", 3*startupWait) // an Erlang node boots slowly on a busy machine
	// The listener opens before the definitions (the users) are imported,
	// and they are imported one by one: admin can already answer while
	// "gone", the last user, does not exist yet (its DELETE answered 404
	// once). So wait until admin can delete "gone".
	req, _ := http.NewRequest(http.MethodDelete, base+"/api/users/gone", nil)
	req.SetBasicAuth("admin", rabbitAdminPass)
	waitStatus(t, req, http.StatusNoContent, startupWait)
	return base
}

// startRegistry serves a Docker registry behind htpasswd: a file it
// creates itself with a random password for user "docker".
func startRegistry(t *testing.T) string {
	base, _ := startRegistryPassword(t)
	return base
}

// registryPasswordRE finds the password the registry logs when it
// provisions its htpasswd file.
var registryPasswordRE = regexp.MustCompile(`password=(\S+) user=docker`)

// startRegistryPassword is startRegistry, and the password it generated for
// "docker" (read from its log).
func startRegistryPassword(t *testing.T) (base, password string) {
	bin := need(t, "docker-registry", "registry")
	dir, port := t.TempDir(), freePort(t)
	write(t, filepath.Join(dir, "config.yml"), fmt.Sprintf(`version: 0.1
log: { level: warn }
storage: { filesystem: { rootdirectory: %s/data } }
http: { addr: "127.0.0.1:%d" }
auth:
  htpasswd: { realm: authspec-registry, path: %s/htpasswd }
`, dir, port, dir))
	start(t, dir, nil, bin, "serve", filepath.Join(dir, "config.yml"))
	base = fmt.Sprintf("http://127.0.0.1:%d", port)
	waitHTTP(t, base+"/v2/", startupWait)
	// The file, and so the log line, exists before the listener answers.
	b, _ := os.ReadFile(filepath.Join(dir, filepath.Base(bin)+".log"))
	m := registryPasswordRE.FindSubmatch(b)
	if m == nil {
		t.Fatalf("the registry logged no password for docker:\n%s", tail(string(b), 2000))
	}
	return base, string(m[1])
}

// startOIDC serves the zitadel/oidc example OpenID provider in this
// process, on 127.0.0.1 only (its own main listens on every interface);
// its client credentials client is sid1 / verysecret.
func startOIDC(t *testing.T) string {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := ln.Addr().(*net.TCPAddr).Port
	issuer := fmt.Sprintf("http://localhost:%d/", port)
	logger := slog.New(slog.NewTextHandler(io.Discard, nil))
	store := storage.NewStorage(storage.NewUserStore(issuer))
	srv := &http.Server{Handler: exampleop.SetupServer(issuer, store, logger, false), ReadHeaderTimeout: 5 * time.Second}
	go srv.Serve(ln)
	t.Cleanup(func() { _ = srv.Close() })
	base := fmt.Sprintf("http://127.0.0.1:%d", port)
	waitHTTP(t, base+"/.well-known/openid-configuration", startupWait)
	return base
}

func envList(kv ...string) string { return strings.Join(kv, "\n") + "\n" }
