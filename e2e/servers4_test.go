package e2e

import (
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"testing"
)

// The fourth held-out round's servers: Syncthing's REST API, the
// Transmission daemon's RPC, Monit's web interface, Radicale (CalDAV and
// CardDAV) and Tinyproxy as the forward proxy a CI runner goes through.
// Each starts on 127.0.0.1 with its configuration in the test's directory,
// in well under a second to a few seconds; .ci/run installs them.

const (
	syncKey      = "K3y-Good-Sync-2026"
	syncAlice    = "Al1ce-Sync-2026"
	transAlice   = "Al1ce-Trans-2026"
	monitAlice   = "Al1ce-Monit-2026"
	monitBob     = "B0b-Monit-2026"
	radicaleAl   = "Al1ce-Radicale-2026"
	radicaleBob  = "B0b-Radicale-2026"
	tinyPass     = "Pr0xy-Tiny-2026"
	monitCSRFTok = "0123456789abcdef0123456789abcdef"
)

// syncHash is the bcrypt hash (cost 5) of syncAlice, made with
// golang.org/x/crypto/bcrypt: Syncthing's configuration keeps the GUI
// password hashed.
const syncHash = "$2a$05$MLA9barVJrNfYNEcsLZAgOHDoRQbWv.awqJ/CEMmkAvlLJsLFLXWm"

// startSyncthing serves two Syncthing instances: one with a GUI user
// (alice) and an API key, as a desktop install has them, and, as
// {{key_base}}, one with an API key only (no GUI user), as headless
// installs often run. Neither announces, relays nor listens beyond
// 127.0.0.1.
func startSyncthing(t *testing.T) (string, map[string]string) {
	bin := need(t, "syncthing")
	base := runSyncthing(t, bin, "<user>alice</user><password>"+syncHash+"</password>")
	return base, map[string]string{"key_base": runSyncthing(t, bin, "")}
}

func runSyncthing(t *testing.T, bin, user string) string {
	dir, port := t.TempDir(), freePort(t)
	// Version 36 is the configuration this Syncthing (1.19) writes; a newer
	// one makes it refuse to start.
	write(t, filepath.Join(dir, "config.xml"), fmt.Sprintf(`<configuration version="36">
  <gui enabled="true" tls="false"><address>127.0.0.1:%d</address>%s<apikey>%s</apikey></gui>
  <options>
    <listenAddress>tcp://127.0.0.1:%d</listenAddress>
    <globalAnnounceEnabled>false</globalAnnounceEnabled>
    <localAnnounceEnabled>false</localAnnounceEnabled>
    <relaysEnabled>false</relaysEnabled>
    <natEnabled>false</natEnabled>
    <urAccepted>-1</urAccepted>
    <autoUpgradeIntervalH>0</autoUpgradeIntervalH>
    <crashReportingEnabled>false</crashReportingEnabled>
    <startBrowser>false</startBrowser>
  </options>
</configuration>
`, port, user, syncKey, freePort(t)))
	return serveHTTP(t, dir, port, []string{"STNODEFAULTFOLDER=1", "STNOUPGRADE=1"}, bin, "serve", "--home="+dir, "--no-browser", "--no-restart")
}

// startTransmission serves two Transmission daemons with RPC
// authentication (alice): one whose address whitelist allows
// 127.0.0.1, and, as {{lan_base}}, one that allows 10.* only, as a NAS
// set up for its home network has it. No DHT, LPD, uTP or port mapping;
// peers on 127.0.0.1.
//
// A third, as {{locked_base}}, has met 100 wrong passwords (a script
// retrying in a loop): Transmission then refuses every request until it
// is restarted.
func startTransmission(t *testing.T) (string, map[string]string) {
	bin := need(t, "transmission-daemon")
	locked := runTransmission(t, bin, "127.0.0.1")
	for range 100 {
		post(t, locked+"/transmission/rpc", "application/json", `{"method":"session-get"}`, []string{"alice", "not-Al1ce-Trans-pass"}, http.StatusUnauthorized, http.StatusForbidden)
	}
	return runTransmission(t, bin, "127.0.0.1"), map[string]string{"lan_base": runTransmission(t, bin, "10.*"), "locked_base": locked}
}

func runTransmission(t *testing.T, bin, whitelist string) string {
	dir, port := t.TempDir(), freePort(t)
	write(t, filepath.Join(dir, "settings.json"), fmt.Sprintf(`{
  "rpc-enabled": true, "rpc-bind-address": "127.0.0.1", "rpc-port": %d,
  "rpc-authentication-required": true, "rpc-username": "alice", "rpc-password": %q,
  "rpc-whitelist-enabled": true, "rpc-whitelist": %q,
  "peer-port": %d, "peer-port-random-on-start": false, "bind-address-ipv4": "127.0.0.1", "bind-address-ipv6": "::1",
  "dht-enabled": false, "lpd-enabled": false, "utp-enabled": false, "pex-enabled": false, "port-forwarding-enabled": false,
  "blocklist-enabled": false, "watch-dir-enabled": false, "incomplete-dir-enabled": false,
  "download-dir": %q, "message-level": 1
}
`, port, transAlice, whitelist, freePort(t), filepath.Join(dir, "downloads")))
	return serveHTTP(t, dir, port, nil, bin, "-f", "-g", dir)
}

// startMonit serves Monit's web interface: alice may do everything, bob
// is read-only. Actions are POSTs that carry Monit's CSRF token twice (a
// securitytoken cookie and form field that must match).
func startMonit(t *testing.T) string {
	bin := need(t, "monit")
	dir, port := t.TempDir(), freePort(t)
	rc := filepath.Join(dir, "monitrc")
	write(t, rc, fmt.Sprintf(`set daemon 300
set pidfile %[1]s/monit.pid
set idfile %[1]s/monit.id
set statefile %[1]s/monit.state
set logfile %[1]s/monit.log
set httpd port %[2]d and
    use address 127.0.0.1
    allow alice:"%[3]s"
    allow bob:"%[4]s" read-only
check file monitrc with path %[1]s/monitrc
`, dir, port, monitAlice, monitBob))
	// Monit refuses a control file that others may read.
	if err := os.Chmod(rc, 0o600); err != nil {
		t.Fatal(err)
	}
	return serveHTTP(t, dir, port, nil, bin, "-I", "-c", rc)
}

// startRadicale serves Radicale with users from an htpasswd file (alice,
// bob) and owner_only rights: each user reads and writes their own
// collections only. No delay after a failed login (Radicale's default
// waits a second).
func startRadicale(t *testing.T) string {
	bin := need(t, "radicale")
	dir, port := t.TempDir(), freePort(t)
	write(t, filepath.Join(dir, "users"), "alice:"+radicaleAl+"\nbob:"+radicaleBob+"\n")
	write(t, filepath.Join(dir, "config"), fmt.Sprintf(`[server]
hosts = 127.0.0.1:%[2]d
[auth]
type = htpasswd
htpasswd_filename = %[1]s/users
htpasswd_encryption = plain
delay = 0
[rights]
type = owner_only
[storage]
filesystem_folder = %[1]s/collections
[web]
type = none
`, dir, port))
	return serveHTTP(t, dir, port, nil, bin, "--config", filepath.Join(dir, "config"))
}

// startTinyproxy serves two Tinyproxy forward proxies in front of
// go-httpbin (the API a suite names): one that asks for Basic proxy
// credentials (user "ci", tinyPass) and filters URLs under /blocked/, and
// one whose Allow list has 10.0.0.0/8 only. It returns the API's URL and,
// as {{proxy}}, {{proxy_host}} and {{lan_proxy_host}}, the proxies', and
// as {{gone}} a port where nothing listens.
func startTinyproxy(t *testing.T) (string, map[string]string) {
	bin := need(t, "tinyproxy", "/usr/bin/tinyproxy")
	run := func(extra string) string {
		dir, port := t.TempDir(), freePort(t)
		write(t, filepath.Join(dir, "filter"), "/blocked/\n")
		write(t, filepath.Join(dir, "tinyproxy.conf"), fmt.Sprintf(`Port %[2]d
Listen 127.0.0.1
Timeout 30
MaxClients 20
LogLevel Info
LogFile "%[1]s/tinyproxy.log"
PidFile "%[1]s/tinyproxy.pid"
Filter "%[1]s/filter"
FilterURLs On
%[3]s
`, dir, port, extra))
		start(t, dir, nil, bin, "-d", "-c", filepath.Join(dir, "tinyproxy.conf"))
		host := fmt.Sprintf("127.0.0.1:%d", port)
		waitTCP(t, host, startupWait)
		return host
	}
	host := run("Allow 127.0.0.1\nBasicAuth ci " + tinyPass)
	lan := run("Allow 10.0.0.0/8\nBasicAuth ci " + tinyPass)
	return startHTTPBin(t), map[string]string{"proxy": "http://" + host, "proxy_host": host, "lan_proxy_host": lan,
		"gone": fmt.Sprint(freePort(t))}
}
