package e2e

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// The sixth held-out round's servers: Rspamd's controller (a Password
// header, read-only and write passwords), Janus's HTTP API and Admin API
// (secrets in each request's JSON body, errors in a 200), the Glances web
// server (Basic) and Icinga 2's REST API (Basic over TLS, API users with
// permissions). Each starts on 127.0.0.1 with its configuration in the
// test's directory; .ci/run installs them.

const (
	rspamdRead   = "R3ad-Rspamd-2026"
	rspamdWrite  = "Wr1te-Rspamd-2026"
	janusAPI     = "Ap1-Janus-2026"
	janusAdmin   = "Adm1n-Janus-2026"
	glancesPass  = "Gl4nces-Pass-2026"
	icingaRoot   = "R00t-Icinga-2026"
	icingaViewer = "V1ewer-Icinga-2026"
)

// startRspamd serves Rspamd's controller alone: rspamdRead for reading,
// rspamdWrite (enable_password) for writing, no secure_ip (the stock
// configuration trusts 127.0.0.1 without a password). A one-line TLD list
// and no Hyperscan keep its start near a second.
func startRspamd(t *testing.T) string {
	bin := need(t, "rspamd")
	dir, port := t.TempDir(), freePort(t)
	write(t, filepath.Join(dir, "tld.dat"), "com\n")
	write(t, filepath.Join(dir, "rspamd.conf"), fmt.Sprintf(`options { url_tld = %[1]q; disable_hyperscan = true; pidfile = %[2]q; dbdir = %[3]q; }
logging { type = "console"; level = "error"; }
worker "controller" { bind_socket = "127.0.0.1:%[4]d"; password = %[5]q; enable_password = %[6]q; count = 1; }
`, filepath.Join(dir, "tld.dat"), filepath.Join(dir, "rspamd.pid"), dir, port, rspamdRead, rspamdWrite))
	args := []string{"-f", "-c", filepath.Join(dir, "rspamd.conf")}
	if os.Geteuid() == 0 {
		// -i lets its workers run as root; -u and -g keep it from looking
		// for the package's _rspamd user.
		args = append(args, "-i", "-u", "root", "-g", "root")
	}
	return serveHTTP(t, dir, port, nil, bin, args...)
}

// startJanus serves Janus's HTTP transport (api_secret janusAPI) and, as
// {{admin_base}}, its Admin API (admin_secret janusAdmin), with the echo
// test plugin only.
func startJanus(t *testing.T) (string, map[string]string) {
	bin := need(t, "janus")
	libs, _ := filepath.Glob("/usr/lib/*/janus")
	if len(libs) == 0 {
		libs = []string{"/usr/lib/janus"}
	}
	dir, port, admin := t.TempDir(), freePort(t), freePort(t)
	write(t, filepath.Join(dir, "janus.jcfg"), fmt.Sprintf(`general: {
	configs_folder = %[1]q
	plugins_folder = "%[2]s/plugins"
	transports_folder = "%[2]s/transports"
	events_folder = "%[2]s/events"
	loggers_folder = "%[2]s/loggers"
	debug_level = 3
	admin_secret = %[3]q
	api_secret = %[4]q
}
plugins: { disable = "libjanus_audiobridge.so,libjanus_duktape.so,libjanus_lua.so,libjanus_nosip.so,libjanus_recordplay.so,libjanus_sip.so,libjanus_streaming.so,libjanus_textroom.so,libjanus_videocall.so,libjanus_videoroom.so,libjanus_voicemail.so" }
transports: { disable = "libjanus_mqtt.so,libjanus_nanomsg.so,libjanus_pfunix.so,libjanus_rabbitmq.so,libjanus_websockets.so" }
events: { broadcast = false }
loggers: { disable = "libjanus_jsonlog.so" }
media: {}
nat: {}
`, dir, libs[0], janusAdmin, janusAPI))
	write(t, filepath.Join(dir, "janus.transport.http.jcfg"), fmt.Sprintf(`general: { json = "plain", base_path = "/janus", http = true, port = %d, ip = "127.0.0.1", https = false }
admin: { admin_base_path = "/admin", admin_http = true, admin_port = %d, admin_ip = "127.0.0.1", admin_https = false }
`, port, admin))
	write(t, filepath.Join(dir, "janus.plugin.echotest.jcfg"), "general: {}\n")
	base := serveHTTP(t, dir, port, nil, bin, "-C", filepath.Join(dir, "janus.jcfg"), "-F", dir, "-o")
	adminBase := fmt.Sprintf("http://127.0.0.1:%d", admin)
	waitHTTP(t, adminBase+"/", startupWait)
	return base, map[string]string{"admin_base": adminBase}
}

// startGlances serves the Glances web server's API (no web UI) behind
// Basic: user glances, glancesPass, kept the way glances --password saves
// it (salt$SHA-256(salt + SHA-256 of the password)) in the user's
// configuration directory, so that it asks nothing at start.
func startGlances(t *testing.T) string {
	bin := need(t, "glances")
	dir, port := t.TempDir(), freePort(t)
	inner := sha256.Sum256([]byte(glancesPass))
	salt := "authspecglancessalt"
	outer := sha256.Sum256([]byte(salt + hex.EncodeToString(inner[:])))
	write(t, filepath.Join(dir, "glances", "glances.pwd"), salt+"$"+hex.EncodeToString(outer[:]))
	return serveHTTP(t, dir, port, []string{"XDG_CONFIG_HOME=" + dir}, bin, "-w", "--disable-webui", "--password",
		"-B", "127.0.0.1", "-p", fmt.Sprint(port))
}

// startIcinga serves Icinga 2's REST API over TLS (a certificate of a test
// CA, given as {{ca}}) with two API users: root (every permission) and
// viewer (queries only), and one host, web1. Every path Icinga writes is
// in the test's directory.
func startIcinga(t *testing.T) (string, map[string]string) {
	bin := need(t, "icinga2", "/usr/sbin/icinga2")
	ca := newCA(t, "authspec test CA")
	server := ca.issue(t, "127.0.0.1", true, time.Now().Add(24*time.Hour))
	dir, port := t.TempDir(), freePort(t)
	write(t, filepath.Join(dir, "ca.pem"), ca.certPEM)
	write(t, filepath.Join(dir, "node.pem"), server.certPEM)
	write(t, filepath.Join(dir, "node-key.pem"), server.keyPEM)
	write(t, filepath.Join(dir, "icinga2.conf"), fmt.Sprintf(`object Endpoint "127.0.0.1" { }
object Zone "master" { endpoints = [ "127.0.0.1" ] }
object ApiListener "api" {
  bind_host = "127.0.0.1"
  bind_port = %[1]d
  cert_path = "%[2]s/node.pem"
  key_path = "%[2]s/node-key.pem"
  ca_path = "%[2]s/ca.pem"
}
object ApiUser "root" { password = %[3]q; permissions = [ "*" ] }
object ApiUser "viewer" { password = %[4]q; permissions = [ "objects/query/*", "status/query" ] }
object CheckCommand "dummy" { command = [ "/bin/true" ] }
object Host "web1" { check_command = "dummy"; address = "127.0.0.1"; enable_active_checks = false }
`, port, dir, icingaRoot, icingaViewer))
	group := userName()
	if os.Geteuid() == 0 {
		group = "root"
	}
	args := []string{"daemon", "-c", filepath.Join(dir, "icinga2.conf"), "-DNodeName=127.0.0.1", "-DRunAsUser=" + userName(), "-DRunAsGroup=" + group}
	for _, c := range []string{"DataDir", "LogDir", "CacheDir", "SpoolDir", "InitRunDir"} {
		args = append(args, "-D"+c+"="+dir)
	}
	for c, file := range map[string]string{"StatePath": "icinga2.state", "ObjectsPath": "icinga2.debug", "PidPath": "icinga2.pid",
		"VarsPath": "icinga2.vars", "ModAttrPath": "modified-attributes.conf"} {
		args = append(args, "-D"+c+"="+filepath.Join(dir, file))
	}
	start(t, dir, []string{"HOME=" + dir}, bin, args...)
	waitTCP(t, fmt.Sprintf("127.0.0.1:%d", port), startupWait)
	return fmt.Sprintf("https://127.0.0.1:%d", port), map[string]string{"ca": ca.certPEM}
}
