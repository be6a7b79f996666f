package e2e

import (
	"encoding/base64"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// The eleventh held-out round's servers: NZBGet's RPC API (JSON-RPC and
// XML-RPC behind Basic, three users of three ranks, and a web-form mode
// whose 401 names no scheme), Dovecot's doveadm HTTP API (a Basic password
// beside an API key under its own scheme, X-Dovecot-API, whose value is
// the key in base64) and Cockpit's web service (its /cockpit/login, with
// passwords checked by PAM). Each starts on 127.0.0.1 with its
// configuration in the test's directory; .ci/run installs them from
// Debian.

const (
	nzbControl    = "Ctl-Nzb-Pass-2026"
	nzbRestricted = "View-Nzb-Pass-2026"
	nzbAdd        = "Add-Nzb-Pass-2026"
	dovePassword  = "Dove-Adm-Pass-2026"
	doveAPIKey    = "Dove-Api-Key-2026"
)

// startNzbget serves NZBGet's web server and RPC API with HTTP
// authentication: user nzbget (control: every method), viewer
// (restricted: no saveconfig, protected options hidden) and adder (only
// append and version). {{form_base}} is a second one with FormAuth=yes,
// which answers 401 without a challenge (its web page logs in with a
// form).
func startNzbget(t *testing.T) (string, map[string]string) {
	bin := need(t, "nzbget")
	dir := t.TempDir()
	run := func(name, formAuth string) string {
		sub, port := filepath.Join(dir, name), freePort(t)
		write(t, filepath.Join(sub, "nzbget.conf"), fmt.Sprintf(`MainDir=%[1]s/main
DestDir=${MainDir}/dst
InterDir=${MainDir}/inter
NzbDir=${MainDir}/nzb
QueueDir=${MainDir}/queue
TempDir=${MainDir}/tmp
ScriptDir=${MainDir}/scripts
LockFile=${MainDir}/nzbget.lock
LogFile=${MainDir}/nzbget.log
WebDir=/usr/share/nzbget/webui/
ConfigTemplate=/usr/share/nzbget/webui/nzbget.conf
ControlIP=127.0.0.1
ControlPort=%[2]d
ControlUsername=nzbget
ControlPassword=%[3]s
RestrictedUsername=viewer
RestrictedPassword=%[4]s
AddUsername=adder
AddPassword=%[5]s
FormAuth=%[6]s
SecureControl=no
AuthorizedIP=
OutputMode=log
`, sub, port, nzbControl, nzbRestricted, nzbAdd, formAuth))
		return serveHTTP(t, sub, port, nil, bin, "-s", "-c", filepath.Join(sub, "nzbget.conf"))
	}
	base := run("http", "no")
	return base, map[string]string{"form_base": run("form", "yes")}
}

// startDovecot serves Dovecot's doveadm HTTP API (/doveadm/v1) with a
// password for user doveadm and an API key (sent as "X-Dovecot-API
// <base64 of the key>"); {{keyonly_base}} is a second instance with the
// API key alone, whose challenge names X-Dovecot-API only. No mail
// protocol listens. {{api_key_b64}} is the key as the header carries it.
func startDovecot(t *testing.T) (string, map[string]string) {
	bin := need(t, "dovecot", "/usr/sbin/dovecot")
	dir := t.TempDir()
	readableByOthers(t, dir)
	run := func(name, password string) string {
		sub, port := filepath.Join(dir, name), freePort(t)
		for _, d := range []string{"run", "state", "home"} {
			if err := os.MkdirAll(filepath.Join(sub, d), 0o755); err != nil {
				t.Fatal(err)
			}
		}
		write(t, filepath.Join(sub, "dovecot.conf"), fmt.Sprintf(`base_dir = %[1]s/run
state_dir = %[1]s/state
instance_name = authspec-%[2]s-%[3]d
protocols =
ssl = no
log_path = %[1]s/dovecot.log
default_login_user = %[4]s
default_internal_user = %[4]s
doveadm_password = %[5]s
doveadm_api_key = %[6]s
service doveadm {
  inet_listener http {
    address = 127.0.0.1
    port = %[3]d
  }
}
passdb {
  driver = static
  args = nopassword
}
userdb {
  driver = static
  args = uid=%[7]d gid=%[8]d home=%[1]s/home/%%u
}
`, sub, name, port, userName(), password, doveAPIKey, os.Getuid(), os.Getgid()))
		return serveHTTPAt(t, sub, port, "/doveadm/v1", nil, bin, "-F", "-c", filepath.Join(sub, "dovecot.conf"))
	}
	base := run("adm", dovePassword)
	return base, map[string]string{"keyonly_base": run("keyonly", ""),
		"api_key_b64": base64.StdEncoding.EncodeToString([]byte(doveAPIKey))}
}

// startCockpit serves Cockpit's web service without TLS. Its login,
// /cockpit/login, checks a Basic password with PAM through
// cockpit-session, which only root may run (it is setuid root and
// executable by its group): no user of the test has a password, so every
// Basic login fails, each after PAM's delay of about 2 s; root itself is
// in /etc/cockpit/disallowed-users. Other schemes are not configured.
func startCockpit(t *testing.T) string {
	bin := needAsRoot(t, "cockpit-session, which checks Cockpit's logins, runs for root only", "/usr/lib/cockpit/cockpit-ws")
	dir, port := t.TempDir(), freePort(t)
	write(t, filepath.Join(dir, "cockpit", "cockpit.conf"), "[WebService]\nAllowUnencrypted = true\n")
	return startHTTP(t, dir, port, "/", []string{"HOME=" + dir, "XDG_CONFIG_DIRS=" + dir}, bin,
		"--no-tls", "--address", "127.0.0.1", "--port", fmt.Sprint(port))
}
