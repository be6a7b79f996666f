package e2e

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// The fourteenth held-out round's servers: h2o (its mruby Htpasswd, ACL
// and DoSDetector handlers), Apache Traffic Server as a reverse proxy in
// front of an h2o (remap and ip_allow rules, a header_rewrite key check)
// and json-server-auth (JWT guards on a JSON REST API). Each starts on
// 127.0.0.1 with its configuration in the test's directory; .ci/run
// installs h2o and Traffic Server from Debian, json-server-auth from npm.

const (
	h2oOps    = "H2o-Ops-Pass-2026"
	h2oRoot   = "H2o-Root-Pass-2026"
	h2oApr    = "H2o-Apr-Pass-2026"
	h2oLegacy = "H2o-Legacy-Pass-2026"
)

// Password hashes made once (openssl passwd, crypt(3)), since Go's library
// has no crypt: an Apache MD5 ($apr1$) hash of h2oApr, a SHA-512 crypt
// ($6$) hash of h2oLegacy.
const (
	h2oAprHash    = "$apr1$authspec$N9CRJHZO0LgnUMe7l8OEc1"
	h2oLegacyHash = "$6$authspec14salt$.dhKHax/orEjki5VgQeK0E6thc2FIVOmUXJSx93ip/oI6EIMuIlur7pVs8m9Pw/GAqMvdmc8yA2MkoJ6X/UBp/"
)

// startH2O serves h2o 2.2 with its mruby handlers: /private/ behind
// Htpasswd (realm staff: ops with a {SHA} hash, apr with an $apr1$ one,
// legacy with a $6$ one h2o cannot read), /team/ behind an ACL (503 while
// an X-Maintenance: on header is sent, then Htpasswd, realm team) and
// /team/admin/ behind another file (realm admin: root only), /office/
// allowed from 10.0.0.0/8 only (deny: 403), /limited/ behind a
// DoSDetector that bans a client's second request within a minute, and
// /upstream/ proxied to a port nothing listens on. The rest is public.
func startH2O(t *testing.T) string {
	bin := need(t, "h2o")
	dir, port := t.TempDir(), freePort(t)
	for _, p := range []string{"private", "team", "team/admin", "office", "limited", "open"} {
		write(t, filepath.Join(dir, "www", p, "index.txt"), p+"\n")
	}
	write(t, filepath.Join(dir, "staff.htpasswd"), fmt.Sprintf("ops:%s\napr:%s\nlegacy:%s\n", shaPassword(h2oOps), h2oAprHash, h2oLegacyHash))
	write(t, filepath.Join(dir, "admin.htpasswd"), fmt.Sprintf("root:%s\n", shaPassword(h2oRoot)))
	htpasswd := func(file, realm string) string {
		return fmt.Sprintf("require \"htpasswd.rb\"\n          Htpasswd.new(%q, %q)", filepath.Join(dir, file), realm)
	}
	// h2o switches to user (nobody by default) when started as root; the
	// test's directory is the test's user's alone.
	user := ""
	if os.Geteuid() == 0 {
		user = "user: " + userName() + "\n"
	}
	www := filepath.Join(dir, "www")
	// One thread: h2o runs a handler's mruby in each of its threads, so
	// the DoSDetector's counts (an LRU cache in the handler's object) are
	// per thread, and a scenario's second request on another pooled
	// connection, served by another thread, would not be counted. The
	// default is a thread per core: two here, more on CI's runners.
	write(t, filepath.Join(dir, "h2o.conf"), fmt.Sprintf(`%[1]snum-threads: 1
listen:
  host: 127.0.0.1
  port: %[2]d
pid-file: %[3]s/h2o.pid
error-log: %[3]s/error.log
hosts:
  default:
    paths:
      /private:
        mruby.handler: |
          %[4]s
        file.dir: %[5]s/private
      /team/admin:
        mruby.handler: |
          %[6]s
        file.dir: %[5]s/team/admin
      /team:
        mruby.handler: |
          require "htpasswd.rb"
          acl {
            respond(503, {}, ["Service Unavailable"]) { header("X-Maintenance") == "on" }
            use Htpasswd.new(%[7]q, "team")
          }
        file.dir: %[5]s/team
      /office:
        mruby.handler: |
          acl {
            allow { addr.start_with?("10.") }
            deny
          }
        file.dir: %[5]s/office
      /limited:
        mruby.handler: |
          require "dos_detector.rb"
          DoSDetector.new(:strategy => DoSDetector::CountingStrategy.new(:period => 60, :threshold => 2, :ban_period => 60))
        file.dir: %[5]s/limited
      /upstream:
        proxy.reverse.url: http://127.0.0.1:%[8]d/
      /:
        file.dir: %[5]s
`, user, port, dir, htpasswd("staff.htpasswd", "staff"), www, htpasswd("admin.htpasswd", "admin"),
		filepath.Join(dir, "staff.htpasswd"), freePort(t)))
	return startHTTP(t, dir, port, "/open/index.txt", nil, bin, "-c", filepath.Join(dir, "h2o.conf"))
}

const atsKey = "Ats-Key-2026"

// startATS serves Apache Traffic Server 9 as a reverse proxy in front of
// an h2o of its own (startH2O's): /office/ is denied to 127.0.0.0/8 by a
// remap ACL, DELETE and PUT from 127.0.0.1 by ip_allow, /keyed/ needs an
// X-Api-Key header (header_rewrite answers 401 otherwise), /gone/ is
// mapped to a port nothing listens on; /h2o-office/ is h2o's own
// /office/, and the rest is h2o as it is. Its directories (a runroot)
// are in the test's directory; the programs and the error page templates
// are Debian's.
func startATS(t *testing.T) string {
	bin := need(t, "traffic_server")
	origin := startH2O(t)
	dir, port := t.TempDir(), freePort(t)
	for _, d := range []string{"run", "log", "cache", "var"} {
		if err := os.MkdirAll(filepath.Join(dir, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	write(t, filepath.Join(dir, "runroot.yaml"), fmt.Sprintf(`prefix: %[1]s
exec_prefix: /usr
bindir: /usr/bin
sbindir: /usr/sbin
sysconfdir: %[1]s/etc
datadir: %[1]s/cache
includedir: /usr/include
libdir: /usr/lib/trafficserver
libexecdir: /usr/lib/trafficserver/modules
localstatedir: %[1]s/var
runtimedir: %[1]s/run
logdir: %[1]s/log
cachedir: %[1]s/cache
`, dir))
	// user_id #-1: stay the user that started it (as root it would switch
	// to trafficserver, who cannot read the test's directory).
	write(t, filepath.Join(dir, "etc", "records.config"), fmt.Sprintf(`CONFIG proxy.config.http.server_ports STRING %d:ip-in=127.0.0.1
CONFIG proxy.config.admin.user_id STRING #-1
CONFIG proxy.config.body_factory.template_sets_dir STRING /etc/trafficserver/body_factory
CONFIG proxy.config.url_remap.remap_required INT 1
CONFIG proxy.config.reverse_proxy.enabled INT 1
CONFIG proxy.config.http.cache.http INT 0
CONFIG proxy.config.diags.output.diag STRING E
`, port))
	write(t, filepath.Join(dir, "etc", "storage.config"), filepath.Join(dir, "cache")+" 16M\n")
	write(t, filepath.Join(dir, "etc", "keycheck.conf"), fmt.Sprintf("cond %%{CLIENT-HEADER:X-Api-Key} =%q [NOT]\nset-status 401\n", atsKey))
	write(t, filepath.Join(dir, "etc", "remap.config"), fmt.Sprintf(`map /office/ %[1]s/open/ @action=deny @src_ip=127.0.0.0-127.255.255.255
map /keyed/ %[1]s/open/ @plugin=header_rewrite.so @pparam=%[2]s
map /h2o-office/ %[1]s/office/
map /gone/ http://127.0.0.1:%[3]d/
map / %[1]s/
`, origin, filepath.Join(dir, "etc", "keycheck.conf"), freePort(t)))
	write(t, filepath.Join(dir, "etc", "ip_allow.yaml"), `ip_allow:
  - { apply: in, ip_addrs: 127.0.0.1, action: deny, methods: [DELETE, PUT] }
  - { apply: in, ip_addrs: 0/0, action: allow, methods: ALL }
  - { apply: in, ip_addrs: "::/0", action: allow, methods: ALL }
`)
	return startHTTP(t, dir, port, "/open/index.txt", nil, bin, "--run-root="+filepath.Join(dir, "runroot.yaml"))
}

// json-server-auth's users (bcrypt hashes it made itself at /register),
// and the key it signs its HS256 tokens with (a constant of its source,
// not configurable).
const (
	jsaOlivia     = "Jsa-Olivia-Pass-2026"
	jsaOliviaHash = "$2a$10$fJtYMUsZRLgbA.bQVdmTdOsIlfJyNguFsT8OIhfJbb41Z7GaMPVdi"
	jsaKim        = "Jsa-Kim-Pass-2026"
	jsaKimHash    = "$2a$10$nkzuV29dEoD.4xpwjhRFDuoPYJfJtYSqVGYsx3g6DU.ba9f2miq/u"
	jsaSigningKey = "json-server-auth-123456"
)

// Tokens json-server-auth verifies or refuses: olivia's (user 1) and
// kim's (user 2) until 2030, olivia's that expired on 2025-12-05, and
// one signed with another key.
var (
	jsaOliviaToken  = hs256(`{"email":"olivia@example.com","iat":1764946800,"exp":1893456000,"sub":"1"}`, jsaSigningKey)
	jsaKimToken     = hs256(`{"email":"kim@example.com","iat":1764946800,"exp":1893456000,"sub":"2"}`, jsaSigningKey)
	jsaExpiredToken = hs256(`{"email":"olivia@example.com","iat":1764946800,"exp":1764950400,"sub":"1"}`, jsaSigningKey)
	jsaForgedToken  = hs256(`{"email":"olivia@example.com","iat":1764946800,"exp":1893456000,"sub":"1"}`, "another-key-2026")
)

// startJSONServerAuth serves json-server-auth 2.1 (json-server 0.17 with
// its guards) on a database of two users, olivia (1) and kim (2): users
// are private to their owner (600), messages readable by any logged-in
// user and written by their owner (640), posts public to read (644),
// notes read-only to all (444).
func startJSONServerAuth(t *testing.T) string {
	bin := need(t, "json-server-auth")
	dir, port := t.TempDir(), freePort(t)
	write(t, filepath.Join(dir, "db.json"), fmt.Sprintf(`{
  "users": [{"id": 1, "email": "olivia@example.com", "password": %q}, {"id": 2, "email": "kim@example.com", "password": %q}],
  "messages": [{"id": 1, "userId": 1, "text": "hello"}],
  "posts": [{"id": 1, "userId": 1, "title": "first"}],
  "notes": [{"id": 1, "text": "read me"}]
}
`, jsaOliviaHash, jsaKimHash))
	write(t, filepath.Join(dir, "routes.json"), `{"/users*": "/600/users$1", "/messages*": "/640/messages$1", "/posts*": "/644/posts$1", "/notes*": "/444/notes$1"}`+"\n")
	// It writes the routes it derives to the temporary directory: TMPDIR
	// keeps them in the test's.
	return serveHTTPAt(t, dir, port, "/posts", []string{"TMPDIR=" + dir}, bin, filepath.Join(dir, "db.json"),
		"--port", fmt.Sprint(port), "--host", "127.0.0.1", "--routes", filepath.Join(dir, "routes.json"), "--quiet")
}
