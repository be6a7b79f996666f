package e2e

import (
	"crypto/sha1"
	"encoding/base64"
	"encoding/binary"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// The tenth held-out round's servers: CUPS's scheduler (its /admin pages
// and IPP over HTTP behind Basic, checked by PAM, and the "Local"
// certificate cupsd gives the processes of its own host), rclone's remote
// control API and its restic REST server (Basic users, private
// repositories), and nginx asking for TLS client certificates
// (ssl_verify_client on, optional and optional_no_ca, a CRL). Each starts
// on 127.0.0.1 with its configuration in the test's directory; .ci/run
// installs CUPS and rclone from Debian (nginx is there already).

const (
	rcloneAdmin = "Adm1n-Rcl0ne-2026"
	rcloneAlice = "Al1ce-Rest1c-2026"
	rcloneBob   = "B0b-Rest1c-2026"
	mtlsOps     = "Ops-Mtls-Pass-2026"
)

// startCups serves cupsd on a free port: /admin (AuthType Default,
// Require user @SYSTEM: root, whose Local certificate cupsd writes in its
// state directory), /ops (Basic, user ops only), /kerberos (Negotiate),
// and an IPP policy that asks for @SYSTEM on the printer administration
// operations. PAM checks Basic passwords against the system's users: no
// user of the test has one, so every Basic credential fails. {{local}} is
// root's Local certificate; {{ipp_*}} are IPP requests written as YAML
// double-quoted strings.
func startCups(t *testing.T) (string, map[string]string) {
	bin := needAsRoot(t, "cupsd gives its Local certificate to root only", "cupsd", "/usr/sbin/cupsd")
	dir, port := t.TempDir(), freePort(t)
	readableByOthers(t, dir)
	for _, d := range []string{"state", "cache", "spool", "tmp", "log", "ssl"} {
		if err := os.MkdirAll(filepath.Join(dir, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	write(t, filepath.Join(dir, "cups-files.conf"), fmt.Sprintf(`ServerRoot %[1]s
StateDir %[1]s/state
CacheDir %[1]s/cache
RequestRoot %[1]s/spool
TempDir %[1]s/tmp
AccessLog %[1]s/log/access_log
ErrorLog %[1]s/log/error_log
PageLog %[1]s/log/page_log
ServerKeychain %[1]s/ssl
SystemGroup root
`, dir))
	write(t, filepath.Join(dir, "cupsd.conf"), fmt.Sprintf(`Listen 127.0.0.1:%d
LogLevel warn
Browsing No
RootCertDuration 0
DefaultAuthType Basic
<Location />
  Order allow,deny
  Allow all
</Location>
<Location /admin>
  AuthType Default
  Require user @SYSTEM
</Location>
<Location /ops>
  AuthType Basic
  Require user ops
</Location>
<Location /kerberos>
  AuthType Negotiate
  Require valid-user
</Location>
<Policy default>
  <Limit CUPS-Add-Modify-Printer CUPS-Delete-Printer Pause-Printer Resume-Printer CUPS-Get-Devices>
    AuthType Default
    Require user @SYSTEM
    Order deny,allow
  </Limit>
  <Limit All>
    Order deny,allow
  </Limit>
</Policy>
`, port))
	base := serveHTTP(t, dir, port, nil, bin, "-f", "-c", filepath.Join(dir, "cupsd.conf"), "-s", filepath.Join(dir, "cups-files.conf"))
	cert := filepath.Join(dir, "state", "certs", "0")
	deadline := time.Now().Add(startupWait)
	local, err := os.ReadFile(cert)
	for ; err != nil && time.Now().Before(deadline); local, err = os.ReadFile(cert) {
		time.Sleep(100 * time.Millisecond)
	}
	if err != nil {
		t.Fatalf("cupsd wrote no Local certificate: %v", err)
	}
	printer := "ipp://localhost/printers/lab"
	return base, map[string]string{"local": strings.TrimSpace(string(local)),
		"ipp_get_printers": yamlBytes(ippRequest(0x4002, printer)), "ipp_delete_printer": yamlBytes(ippRequest(0x4004, printer)),
		"ipp_get_devices": yamlBytes(ippRequest(0x400B, printer))}
}

// ippRequest is an IPP/2.0 request of operation op with the attributes
// every request carries (charset, language, printer-uri).
func ippRequest(op uint16, printerURI string) string {
	var b []byte
	b = binary.BigEndian.AppendUint16(b, 0x0200)
	b = binary.BigEndian.AppendUint16(b, op)
	b = binary.BigEndian.AppendUint32(b, 1)
	b = append(b, 0x01) // operation-attributes-tag
	attr := func(tag byte, name, value string) {
		b = append(b, tag)
		b = binary.BigEndian.AppendUint16(b, uint16(len(name)))
		b = append(b, name...)
		b = binary.BigEndian.AppendUint16(b, uint16(len(value)))
		b = append(b, value...)
	}
	attr(0x47, "attributes-charset", "utf-8")
	attr(0x48, "attributes-natural-language", "en")
	attr(0x45, "printer-uri", printerURI)
	return string(append(b, 0x03)) // end-of-attributes-tag
}

// yamlBytes writes s as a YAML double-quoted string, its bytes outside
// printable ASCII as \x escapes (every byte of an IPP request here is
// below 0x80, so each escape is that byte again once YAML reads it).
func yamlBytes(s string) string {
	var sb strings.Builder
	sb.WriteByte('"')
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 || c >= 0x7f || c == '"' || c == '\\' {
			fmt.Fprintf(&sb, `\x%02x`, c)
		} else {
			sb.WriteByte(c)
		}
	}
	sb.WriteByte('"')
	return sb.String()
}

// startRclone serves rclone's remote control API with Basic auth (user
// admin, rcloneAdmin), a second one without any user configured (as
// {{open_base}}: it refuses the calls that need authentication with 403),
// and, as {{restic_base}}, its restic REST server over a directory with
// private repositories behind an htpasswd file (alice, bob: each may use
// only the repository named after them).
func startRclone(t *testing.T) (string, map[string]string) {
	bin := need(t, "rclone")
	dir := t.TempDir()
	conf := filepath.Join(dir, "rclone.conf")
	sha := func(user, pass string) string {
		sum := sha1.Sum([]byte(pass))
		return user + ":{SHA}" + base64.StdEncoding.EncodeToString(sum[:]) + "\n"
	}
	write(t, filepath.Join(dir, "htpasswd"), sha("alice", rcloneAlice)+sha("bob", rcloneBob))
	write(t, filepath.Join(dir, "repos", "bob", ".keep"), "")
	rc := func(port int, name string, args ...string) string {
		sub := filepath.Join(dir, name)
		if err := os.MkdirAll(sub, 0o755); err != nil {
			t.Fatal(err)
		}
		return serveHTTP(t, sub, port, nil, bin, append(args, "--config", conf, fmt.Sprintf("--rc-addr=127.0.0.1:%d", port))...)
	}
	p1, p2, p3 := freePort(t), freePort(t), freePort(t)
	base := rc(p1, "rcd", "rcd", "--rc-user", "admin", "--rc-pass", rcloneAdmin)
	open := rc(p2, "open", "rcd")
	sub := filepath.Join(dir, "restic")
	if err := os.MkdirAll(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	restic := serveHTTP(t, sub, p3, nil, bin, "serve", "restic", filepath.Join(dir, "repos"), "--config", conf,
		fmt.Sprintf("--addr=127.0.0.1:%d", p3), "--htpasswd", filepath.Join(dir, "htpasswd"), "--private-repos")
	return base, map[string]string{"open_base": open, "restic_base": restic}
}

// startNginxMTLS serves nginx over TLS (a server certificate of a test
// CA) asking for client certificates three ways: {{on_base}} with
// ssl_verify_client on and a CRL (/private/ asks for Basic ops too),
// {{optional_base}} with optional (/api/ refuses a caller without a
// verified certificate with 403, /admin/ any subject but CN=admin), and
// {{noca_base}} with optional_no_ca, whose /json/ answers the way an API
// behind it reports $ssl_client_verify. {{plain_base}} is plain HTTP to
// the TLS port. Certificates (PEM): {{ca}}, {{client_*}} (CN=ci-runner),
// {{admin_*}}, {{expired_*}}, {{revoked_*}}, {{stranger_*}} (another CA).
func startNginxMTLS(t *testing.T) (string, map[string]string) {
	bin := need(t, "nginx", "/usr/sbin/nginx")
	dir := t.TempDir()
	ca, other := newCA(t, "authspec test CA"), newCA(t, "another CA")
	server := ca.issue(t, "127.0.0.1", true, time.Now().Add(24*time.Hour))
	day := time.Now().Add(24 * time.Hour)
	certs := map[string]issued{"client": ca.issue(t, "ci-runner", false, day), "admin": ca.issue(t, "admin", false, day),
		"expired": ca.issue(t, "ci-runner", false, time.Now().Add(-24*time.Hour)), "revoked": ca.issue(t, "ci-runner", false, day),
		"stranger": other.issue(t, "ci-runner", false, day)}
	write(t, filepath.Join(dir, "ca.pem"), ca.certPEM)
	write(t, filepath.Join(dir, "crl.pem"), ca.crl(t, certs["revoked"]))
	write(t, filepath.Join(dir, "server.pem"), server.certPEM)
	write(t, filepath.Join(dir, "server-key.pem"), server.keyPEM)
	write(t, filepath.Join(dir, "htpasswd"), "ops:{PLAIN}"+mtlsOps+"\n")
	for _, p := range []string{"ok", "private", "api", "admin"} {
		write(t, filepath.Join(dir, "www", p, "index.html"), "ok\n")
	}
	on, optional, noca := freePort(t), freePort(t), freePort(t)
	write(t, filepath.Join(dir, "nginx.conf"), nginxConfig(dir, fmt.Sprintf(`  ssl_certificate %[1]s/server.pem;
  ssl_certificate_key %[1]s/server-key.pem;
  ssl_client_certificate %[1]s/ca.pem;
  root %[1]s/www;
  server {
    listen 127.0.0.1:%[2]d ssl;
    ssl_verify_client on;
    ssl_crl %[1]s/crl.pem;
    location /private/ { auth_basic "ops"; auth_basic_user_file %[1]s/htpasswd; }
  }
  server {
    listen 127.0.0.1:%[3]d ssl;
    ssl_verify_client optional;
    location /api/ { if ($ssl_client_verify != SUCCESS) { return 403; } }
    location /admin/ { if ($ssl_client_s_dn !~ "CN=admin") { return 403; } }
  }
  server {
    listen 127.0.0.1:%[4]d ssl;
    ssl_verify_client optional_no_ca;
    location /json/ {
      default_type application/json;
      if ($ssl_client_verify = NONE) { return 401 '{"error":"unauthorized","message":"client certificate required"}'; }
      if ($ssl_client_verify != SUCCESS) { return 403 '{"error":"forbidden","message":"client certificate verification: $ssl_client_verify"}'; }
      return 200 '{"ok":true}';
    }
  }
`, dir, on, optional, noca)))
	start(t, dir, nil, bin, "-e", "stderr", "-p", dir, "-c", filepath.Join(dir, "nginx.conf"), "-g", "daemon off;")
	for _, p := range []int{on, optional, noca} {
		waitTCP(t, fmt.Sprintf("127.0.0.1:%d", p), startupWait)
	}
	vars := map[string]string{"on_base": fmt.Sprintf("https://127.0.0.1:%d", on), "optional_base": fmt.Sprintf("https://127.0.0.1:%d", optional),
		"noca_base": fmt.Sprintf("https://127.0.0.1:%d", noca), "plain_base": fmt.Sprintf("http://127.0.0.1:%d", on), "ca": ca.certPEM}
	for name, c := range certs {
		vars[name+"_cert"], vars[name+"_key"] = c.certPEM, c.keyPEM
	}
	return vars["on_base"], vars
}
