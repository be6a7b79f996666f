package e2e

import (
	"bytes"
	"crypto/sha1"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/http"
	"path/filepath"
	"testing"
)

// The eighth held-out round's servers: ejabberd's HTTP API (mod_http_api:
// HTTP Basic with a JID and its password, or an OAuth token from
// ejabberd's own /oauth/token, each checked against api_permissions),
// Deluge's web UI (a JSON-RPC endpoint behind a password login and a
// session cookie, whose refusals are 200 answers) and Netdata's agent
// (its management API behind a key in X-Auth-Token, and an address
// list). Each starts on 127.0.0.1 with its configuration in the test's
// directory; .ci/run installs them from Debian.

const (
	ejabberdAdmin = "Adm1n-Ejab-2026"
	ejabberdBob   = "B0b-Ejab-2026"
	delugePass    = "D3luge-Web-2026"
	netdataKey    = "6f1c2a4e-9b3d-4e8f-a2c1-5d7e9f0b1c3a"
)

// startEjabberd serves ejabberd's HTTP API (/api) and its OAuth endpoint
// (/oauth) with two users made at boot: admin@localhost may call every
// command, bob@localhost only the public ones (status). Its tokens, issued
// through the API once it is up: {{admin_token}} (scope ejabberd:admin),
// {{sasl_token}} (admin's, scope sasl_auth), {{bob_token}} (bob's, scope
// ejabberd:admin), {{expired_token}} (admin's, expired a second after
// it was issued) and {{revoked_token}} (admin's, revoked once issued).
func startEjabberd(t *testing.T) (string, map[string]string) {
	erl := need(t, "erl")
	need(t, "ejabberdctl", "/usr/sbin/ejabberdctl")
	need(t, "/var/lib/dpkg/info/erlang-p1-oauth2.list")
	dir, port := t.TempDir(), freePort(t)
	write(t, filepath.Join(dir, "ejabberd.yml"), fmt.Sprintf(`hosts: [localhost]
loglevel: warning
acme: { auto: false }
auth_method: internal
listen:
  - { port: %d, ip: "127.0.0.1", module: ejabberd_http, request_handlers: { /api: mod_http_api, /oauth: ejabberd_oauth } }
acl:
  admin: { user: admin@localhost }
api_permissions:
  "public commands":
    who: { ip: 127.0.0.1/8 }
    what: [status]
  "admin access":
    who:
      access: { allow: [{ acl: admin }] }
      oauth: { scope: "ejabberd:admin", access: { allow: [{ acl: admin }] } }
    what: ["*", "!stop", "!start"]
oauth_expire: 3600
oauth_access: all
modules:
  mod_admin_extra: {}
  mod_roster: {}
`, port))
	users := fmt.Sprintf(`[ok = ejabberd_auth:try_register(U, <<"localhost">>, P) || {U, P} <- [{<<"admin">>, <<"%s">>}, {<<"bob">>, <<"%s">>}]]`,
		ejabberdAdmin, ejabberdBob)
	start(t, dir, []string{"HOME=" + dir, "EJABBERD_CONFIG_PATH=" + filepath.Join(dir, "ejabberd.yml"),
		"EJABBERD_LOG_PATH=" + filepath.Join(dir, "ejabberd.log"), "ERL_LIBS=/usr/lib/x86_64-linux-gnu"},
		erl, "-noinput", "-mnesia", "dir", `"`+filepath.Join(dir, "spool")+`"`, "-s", "ejabberd", "-eval", users)
	base := fmt.Sprintf("http://127.0.0.1:%d", port)
	// The listener answers before the users exist: ready is admin's
	// password working.
	req, _ := http.NewRequest(http.MethodGet, base+"/api/registered_users?host=localhost", nil)
	req.SetBasicAuth("admin@localhost", ejabberdAdmin)
	waitStatus(t, req, http.StatusOK, startupWait)
	admin := []string{"admin@localhost", ejabberdAdmin}
	issue := func(jid string, ttl int, scope string) string {
		var out struct{ Token string }
		body := fmt.Sprintf(`{"jid":%q,"ttl":%d,"scopes":%q}`, jid, ttl, scope)
		_, b := postBody(t, base+"/api/oauth_issue_token", "application/json", body, admin, http.StatusOK)
		if err := json.Unmarshal(b, &out); err != nil || out.Token == "" {
			t.Fatalf("ejabberd issued no token: %v", err)
		}
		return out.Token
	}
	vars := map[string]string{"admin_token": issue("admin@localhost", 86400, "ejabberd:admin"),
		"sasl_token": issue("admin@localhost", 86400, "sasl_auth"), "bob_token": issue("bob@localhost", 86400, "ejabberd:admin"),
		"expired_token": issue("admin@localhost", 1, "ejabberd:admin"), "revoked_token": issue("admin@localhost", 86400, "ejabberd:admin")}
	post(t, base+"/api/oauth_revoke_token", "application/json", fmt.Sprintf(`{"token":%q}`, vars["revoked_token"]), admin, http.StatusOK)
	// Ready when the one-second token is refused.
	req, _ = http.NewRequest(http.MethodGet, base+"/api/registered_users?host=localhost", nil)
	req.Header.Set("Authorization", "Bearer "+vars["expired_token"])
	waitStatus(t, req, http.StatusUnauthorized, startupWait)
	return base, vars
}

// startDeluge serves Deluge's web UI with the password delugePass (its
// salted SHA-1, as Deluge stores it) and no daemon: the web UI's own
// methods (web.get_hosts, auth.*) answer without one.
func startDeluge(t *testing.T) string {
	bin := need(t, "deluge-web")
	dir, port := t.TempDir(), freePort(t)
	salt := "c26ab3bbd8b137f99cd83c2c1c0963bcc1a35cad"
	sum := sha1.Sum([]byte(salt + delugePass))
	write(t, filepath.Join(dir, "web.conf"), fmt.Sprintf(`{"file": 2, "format": 1}{"pwd_salt": %q, "pwd_sha1": %q,
"session_timeout": 3600, "interface": "127.0.0.1", "port": %d, "https": false, "first_login": false, "default_daemon": ""}
`, salt, hex.EncodeToString(sum[:]), port))
	return serveHTTP(t, dir, port, nil, bin, "-d", "-c", dir, "-i", "127.0.0.1", "-p", fmt.Sprint(port), "-L", "warning")
}

// startNetdata serves a Netdata agent that collects nothing, its
// management API key netdataKey, management allowed from the addresses
// allow matches (Netdata's simple patterns).
func startNetdata(t *testing.T, allow string) string {
	bin := need(t, "netdata", "/usr/sbin/netdata")
	dir, port := t.TempDir(), freePort(t)
	write(t, filepath.Join(dir, "lib", "netdata.api.key"), netdataKey)
	write(t, filepath.Join(dir, "cache", ".keep"), "")
	var plugins bytes.Buffer
	for _, p := range []string{"proc", "diskspace", "cgroups", "tc", "idlejitter", "timex", "statsd", "checks", "apps", "go.d", "python.d", "charts.d", "ebpf"} {
		fmt.Fprintf(&plugins, "  %s = no\n", p)
	}
	write(t, filepath.Join(dir, "netdata.conf"), fmt.Sprintf(`[global]
  run as user = %[3]s
  hostname = ci
[db]
  mode = ram
[directories]
  config = %[1]s
  stock config = /usr/lib/netdata/conf.d
  lib = %[1]s/lib
  cache = %[1]s/cache
  log = %[1]s
  home = %[1]s
[logs]
  debug = %[1]s/debug.log
  error = %[1]s/error.log
  access = none
[plugins]
  enable running new plugins = no
%[5]s[ml]
  enabled = no
[registry]
  enabled = no
[cloud]
  enabled = no
[web]
  bind to = 127.0.0.1:%[2]d
  allow management from = %[4]s
`, dir, port, userName(), allow, plugins.String()))
	return serveHTTPAt(t, dir, port, "/api/v1/info", nil, bin, "-D", "-c", filepath.Join(dir, "netdata.conf"))
}
