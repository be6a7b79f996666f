package e2e

import (
	"crypto/pbkdf2"
	"crypto/sha512"
	"encoding/base64"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// The fifth held-out round's servers: PowerDNS's HTTP API (X-API-Key) and
// web server (Basic), aria2's JSON-RPC (a secret in the call's params, or
// the deprecated RPC user), Icecast's admin interface, dnsdist's web
// server and API, Kea's Control Agent, and qBittorrent's Web API (a
// session cookie from a login, an anti-CSRF Origin check and a ban after
// failed logins). Each starts on 127.0.0.1 with its configuration in the
// test's directory; .ci/run installs them.

const (
	pdnsKey    = "PdnsK3y-Good-2026"
	pdnsWeb    = "PdnsW3b-Pass-2026"
	ariaSecret = "Ar1a-Secret-2026"
	ariaAlice  = "Al1ce-Aria-2026"
	iceAdmin   = "Adm1n-Ice-2026"
	iceSource  = "S0urce-Ice-2026"
	ddKey      = "DdAp1-Key-2026"
	ddWeb      = "DdW3b-Pass-2026"
	keaAlice   = "Al1ce-Kea-2026"
	qbtAlice   = "Al1ce-Qbt-2026"
)

// startPowerDNS serves the PowerDNS authoritative server's API (key
// pdnsKey) and web server (password pdnsWeb) over an SQLite database made
// from the schema its backend package ships. DNS on 127.0.0.1 only; no
// security poll (a DNS query to the Internet).
func startPowerDNS(t *testing.T) string {
	bin := need(t, "pdns_server", "/usr/sbin/pdns_server")
	sqlite := need(t, "sqlite3")
	// The package's file itself, not its /usr/share/doc link: slim images
	// (path-exclude=/usr/share/doc/*) install without the link. need finds
	// a file by its absolute path.
	schema := need(t, "/usr/share/pdns-backend-sqlite3/schema/schema.sqlite3.sql")
	dir, port := t.TempDir(), freePort(t)
	db := filepath.Join(dir, "pdns.db")
	cmd := exec.Command(sqlite, db, ".read "+schema)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("sqlite3: %v: %s", err, out)
	}
	write(t, filepath.Join(dir, "pdns.conf"), fmt.Sprintf(`launch=gsqlite3
gsqlite3-database=%[1]s
local-address=127.0.0.1
local-port=%[2]d
socket-dir=%[3]s
api=yes
api-key=%[4]s
webserver=yes
webserver-address=127.0.0.1
webserver-port=%[5]d
webserver-allow-from=127.0.0.1
webserver-password=%[6]s
security-poll-suffix=
guardian=no
daemon=no
disable-syslog=yes
`, db, freePort(t), dir, pdnsKey, port, pdnsWeb))
	return serveHTTP(t, dir, port, nil, bin, "--config-dir="+dir)
}

// startAria2 serves two aria2 RPC servers: one with --rpc-secret
// (ariaSecret, sent as "token:…" first in each call's params) and, as
// {{basic_base}}, one with the deprecated --rpc-user alice and
// --rpc-passwd (HTTP Basic).
func startAria2(t *testing.T) (string, map[string]string) {
	bin := need(t, "aria2c")
	run := func(auth ...string) string {
		dir, port := t.TempDir(), freePort(t)
		return serveHTTP(t, dir, port, nil, bin, append([]string{"--no-conf", "--enable-rpc", fmt.Sprintf("--rpc-listen-port=%d", port),
			"--dir=" + dir, "--quiet=true", "--enable-dht=false", "--enable-dht6=false", "--bt-enable-lpd=false"}, auth...)...)
	}
	return run("--rpc-secret=" + ariaSecret), map[string]string{"basic_base": run("--rpc-user=alice", "--rpc-passwd="+ariaAlice)}
}

// startIcecast serves Icecast's admin interface (user admin, iceAdmin;
// sources use iceSource). Icecast refuses to run as root: as root it
// drops to nobody.
func startIcecast(t *testing.T) string {
	bin := need(t, "icecast2")
	dir, port := t.TempDir(), freePort(t)
	logs := filepath.Join(dir, "log")
	security := ""
	if os.Geteuid() == 0 {
		security = "<security><chroot>0</chroot><changeowner><user>nobody</user><group>nogroup</group></changeowner></security>"
	}
	if err := os.MkdirAll(logs, 0o755); err != nil {
		t.Fatal(err)
	}
	write(t, filepath.Join(dir, "icecast.xml"), fmt.Sprintf(`<icecast>
  <limits><clients>10</clients><sources>2</sources></limits>
  <authentication>
    <source-password>%[1]s</source-password>
    <admin-user>admin</admin-user>
    <admin-password>%[2]s</admin-password>
  </authentication>
  <hostname>127.0.0.1</hostname>
  <location>test</location><admin>ops@example.com</admin>
  <listen-socket><port>%[3]d</port><bind-address>127.0.0.1</bind-address></listen-socket>
  <paths>
    <basedir>/usr/share/icecast2</basedir><logdir>%[4]s</logdir>
    <webroot>/usr/share/icecast2/web</webroot><adminroot>/usr/share/icecast2/admin</adminroot>
  </paths>
  <logging><errorlog>error.log</errorlog><accesslog>access.log</accesslog><loglevel>2</loglevel></logging>
  %[5]s
</icecast>
`, iceSource, iceAdmin, port, logs, security))
	if security != "" {
		readableByOthers(t, dir)
		if err := os.Chmod(logs, 0o777); err != nil {
			t.Fatal(err)
		}
	}
	return serveHTTP(t, dir, port, nil, bin, "-c", filepath.Join(dir, "icecast.xml"))
}

// startDnsdist serves dnsdist's web server: Basic with any user name and
// ddWeb, or the API key ddKey in X-API-Key; its API is read-only (the
// default). Its one backend is down; no security poll.
func startDnsdist(t *testing.T) string {
	bin := need(t, "dnsdist")
	dir, port := t.TempDir(), freePort(t)
	write(t, filepath.Join(dir, "dnsdist.conf"), fmt.Sprintf(`setLocal("127.0.0.1:%d")
newServer({address="127.0.0.1:%d", healthCheckMode="down"})
setSecurityPollSuffix("")
webserver("127.0.0.1:%d")
setWebserverConfig({password=%q, apiKey=%q, acl="127.0.0.1/32", apiRequiresAuthentication=true})
setAPIWritable(false)
`, freePort(t), freePort(t), port, ddWeb, ddKey))
	return serveHTTP(t, dir, port, nil, bin, "--supervised", "--disable-syslog", "-C", filepath.Join(dir, "dnsdist.conf"))
}

// startKea serves Kea's Control Agent with Basic authentication (alice)
// and no control sockets: commands for the DHCP servers find none.
func startKea(t *testing.T) string {
	bin := need(t, "kea-ctrl-agent", "/usr/sbin/kea-ctrl-agent")
	dir, port := t.TempDir(), freePort(t)
	write(t, filepath.Join(dir, "kea.json"), fmt.Sprintf(`{ "Control-agent": {
  "http-host": "127.0.0.1", "http-port": %d,
  "authentication": { "type": "basic", "realm": "kea-control-agent",
    "clients": [ { "user": "alice", "password": %q } ] },
  "loggers": [ { "name": "kea-ctrl-agent", "output_options": [ { "output": "stdout" } ], "severity": "INFO" } ]
} }
`, port, keaAlice))
	// Its PID file and logger lock default to /run/kea and /var/run/kea.
	return serveHTTP(t, dir, port, []string{"KEA_PIDFILE_DIR=" + dir, "KEA_LOCKFILE_DIR=none"}, bin, "-c", filepath.Join(dir, "kea.json"))
}

// startQBittorrent serves two qBittorrent Web APIs (user alice, qbtAlice;
// three failed logins ban the address for an hour) and, as {{banned_base}},
// returns the second after three failed logins from 127.0.0.1. No DHT,
// LSD, PeX, UPnP or country lookup (a download).
func startQBittorrent(t *testing.T) (string, map[string]string) {
	bin := need(t, "qbittorrent-nox")
	salt := []byte("authspec-qbt-16b")
	key, err := pbkdf2.Key(sha512.New, qbtAlice, salt, 100000, 64)
	if err != nil {
		t.Fatal(err)
	}
	hash := base64.StdEncoding.EncodeToString(salt) + ":" + base64.StdEncoding.EncodeToString(key)
	run := func() string {
		dir, port := t.TempDir(), freePort(t)
		write(t, filepath.Join(dir, "qBittorrent", "config", "qBittorrent.conf"), fmt.Sprintf(`[LegalNotice]
Accepted=true

[BitTorrent]
Session\DHTEnabled=false
Session\LSDEnabled=false
Session\PeXEnabled=false
Session\Port=%d
Session\Interface=lo
Session\InterfaceName=lo

[Preferences]
Connection\UPnP=false
Connection\ResolvePeerCountries=false
WebUI\Address=127.0.0.1
WebUI\Port=%d
WebUI\Username=alice
WebUI\Password_PBKDF2="@ByteArray(%s)"
WebUI\MaxAuthenticationFailCount=3
WebUI\BanDuration=3600
WebUI\CSRFProtection=true
WebUI\LocalHostAuth=true
`, freePort(t), port, hash))
		return serveHTTP(t, dir, port, nil, bin, "--profile="+dir)
	}
	banned := run()
	for range 3 {
		post(t, banned+"/api/v2/auth/login", "application/x-www-form-urlencoded", "username=alice&password=not-Al1ce-Qbt-pass", nil, 200)
	}
	return run(), map[string]string{"banned_base": banned}
}
