package e2e

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
)

// The thirteenth held-out round's servers: Webdis (Redis over HTTP: ACLs
// that enable commands per Basic login or per network, in front of a
// Redis 7 whose own ACL refuses some commands to the login Webdis uses),
// Jetty 9's servlet security (BASIC, DIGEST and FORM logins, roles,
// a page no role may see, one that needs TLS, and its DoSFilter) and
// Yaws's <auth> directories (Basic realms, one allowed from 10.0.0.0/8
// only). Each starts on 127.0.0.1 with its configuration in the test's
// directory; .ci/run installs them from Debian.

const (
	webdisWriter = "Webdis-Writer-Pass-2026"
	webdisAdmin  = "Webdis-Admin-Pass-2026"
	redisPass    = "Redis-Default-Pass-2026"
	jettyAdmin   = "Jetty-Admin-Pass-2026"
	jettyErin    = "Jetty-Erin-Pass-2026"
	jettyNobody  = "Jetty-Nobody-Pass-2026"
	yawsOps      = "Yaws-Ops-Pass-2026"
	yawsErin     = "Yaws-Erin-Pass-2026"
)

// startWebdis serves Webdis in front of a Redis 7 of its own. Webdis's ACL
// allows GET and PING to anyone, SET, DEL and INCR to writer, every
// command to admin, and KEYS from 10.0.0.0/8 only; it logs in to Redis as
// the default user, whom Redis's own ACL refuses FLUSHALL and CONFIG (so
// admin's FLUSHALL gets Redis's NOPERM in a 200). {{nostore_base}} is a
// second Webdis whose Redis is not running.
func startWebdis(t *testing.T) (string, map[string]string) {
	webdis := need(t, "webdis")
	redis := need(t, "redis-server")
	dir, redisPort := t.TempDir(), freePort(t)
	write(t, filepath.Join(dir, "redis.conf"), fmt.Sprintf(`bind 127.0.0.1
port %d
daemonize no
save ""
appendonly no
dir %s
user default on >%s ~* &* +@all -flushall -config
`, redisPort, dir, redisPass))
	start(t, dir, nil, redis, filepath.Join(dir, "redis.conf"))
	conf := func(dir string, port, redisPort int) string {
		return fmt.Sprintf(`{
  "redis_host": "127.0.0.1", "redis_port": %[2]d, "redis_auth": %[3]q,
  "http_host": "127.0.0.1", "http_port": %[1]d, "threads": 2, "daemonize": false, "database": 0,
  "acl": [
    {"disabled": ["*"]},
    {"enabled": ["GET", "PING"]},
    {"http_basic_auth": "writer:%[4]s", "enabled": ["SET", "DEL", "INCR"]},
    {"http_basic_auth": "admin:%[5]s", "enabled": ["*"]},
    {"ip": "10.0.0.0/8", "enabled": ["KEYS"]}
  ],
  "verbosity": 3, "logfile": %[6]q
}
`, port, redisPort, redisPass, webdisWriter, webdisAdmin, filepath.Join(dir, "webdis.log"))
	}
	port := freePort(t)
	write(t, filepath.Join(dir, "webdis.json"), conf(dir, port, redisPort))
	// Webdis listens before it has its Redis connections: PING answers
	// once Redis is reachable.
	base := startHTTP(t, dir, port, "/PING", nil, webdis, filepath.Join(dir, "webdis.json"))
	noStore := filepath.Join(dir, "nostore")
	storePort, closed := freePort(t), freePort(t)
	write(t, filepath.Join(noStore, "webdis.json"), conf(noStore, storePort, closed))
	return base, map[string]string{"nostore_base": startHTTP(t, noStore, storePort, "/", nil, webdis, filepath.Join(noStore, "webdis.json"))}
}

// startJetty serves three web applications from Jetty 9 (Debian's
// jetty9, run from its start.jar with a base in the test's directory),
// each with the same HashLoginService users: admin (roles admin, user),
// erin (user) and nobody (no role). /api logs in with BASIC: /api/user/
// needs the user role, /api/admin/ admin, /api/nobody/ is closed to every
// role, /api/secure/ needs TLS (no TLS port is configured, so Jetty
// refuses instead of redirecting), /api/limited/ lets one request a second
// through its DoSFilter, /api/open/ is public. /digest and /form guard
// /user/ with DIGEST and with a FORM login (login.html, error.html).
func startJetty(t *testing.T) string {
	java := need(t, "java")
	startJar := need(t, "/usr/share/jetty9/start.jar")
	dir, port := t.TempDir(), freePort(t)
	write(t, filepath.Join(dir, "start.ini"), fmt.Sprintf(`--module=server,http,deploy,security,servlets
jetty.http.host=127.0.0.1
jetty.http.port=%d
jetty.httpConfig.securePort=0
`, port))
	write(t, filepath.Join(dir, "realm.properties"), fmt.Sprintf("admin: %s,admin,user\nerin: %s,user\nnobody: %s\n", jettyAdmin, jettyErin, jettyNobody))
	constraint := func(name, roles, extra string, patterns ...string) string {
		var urls strings.Builder
		for _, p := range patterns {
			fmt.Fprintf(&urls, "<url-pattern>%s</url-pattern>", p)
		}
		return fmt.Sprintf("  <security-constraint><web-resource-collection><web-resource-name>%s</web-resource-name>%s</web-resource-collection>\n    <auth-constraint>%s</auth-constraint>%s</security-constraint>\n",
			name, urls.String(), roles, extra)
	}
	app := func(name, login, filters string, constraints ...string) {
		appDir := filepath.Join(dir, "apps", name)
		write(t, filepath.Join(dir, "webapps", name+".xml"), fmt.Sprintf(`<?xml version="1.0"?>
<!DOCTYPE Configure PUBLIC "-//Jetty//Configure//EN" "http://www.eclipse.org/jetty/configure_9_3.dtd">
<Configure class="org.eclipse.jetty.webapp.WebAppContext">
  <Set name="contextPath">/%s</Set>
  <Set name="war">%s</Set>
  <Get name="securityHandler"><Set name="loginService">
    <New class="org.eclipse.jetty.security.HashLoginService">
      <Set name="name">authspec</Set><Set name="config">%s</Set>
    </New>
  </Set></Get>
</Configure>
`, name, appDir, filepath.Join(dir, "realm.properties")))
		write(t, filepath.Join(appDir, "WEB-INF", "web.xml"), fmt.Sprintf(`<?xml version="1.0" encoding="UTF-8"?>
<web-app xmlns="http://xmlns.jcp.org/xml/ns/javaee" version="3.1">
%s%s  <login-config>%s<realm-name>authspec</realm-name></login-config>
  <security-role><role-name>admin</role-name></security-role><security-role><role-name>user</role-name></security-role>
</web-app>
`, filters, strings.Join(constraints, ""), login))
		for _, p := range []string{"user", "admin", "nobody", "secure", "limited", "open"} {
			write(t, filepath.Join(appDir, p, "index.txt"), p+"\n")
		}
	}
	user := "<role-name>user</role-name>"
	app("api", "<auth-method>BASIC</auth-method>", `  <filter><filter-name>dos</filter-name><filter-class>org.eclipse.jetty.servlets.DoSFilter</filter-class>
    <init-param><param-name>maxRequestsPerSec</param-name><param-value>1</param-value></init-param>
    <init-param><param-name>delayMs</param-name><param-value>-1</param-value></init-param></filter>
  <filter-mapping><filter-name>dos</filter-name><url-pattern>/limited/*</url-pattern></filter-mapping>
`, constraint("admin", "<role-name>admin</role-name>", "", "/admin/*"), constraint("user", user, "", "/user/*", "/limited/*"),
		constraint("nobody", "", "", "/nobody/*"),
		constraint("secure", user, "\n    <user-data-constraint><transport-guarantee>CONFIDENTIAL</transport-guarantee></user-data-constraint>", "/secure/*"))
	app("digest", "<auth-method>DIGEST</auth-method>", "", constraint("user", user, "", "/user/*"))
	app("form", "<auth-method>FORM</auth-method><form-login-config><form-login-page>/login.html</form-login-page><form-error-page>/error.html</form-error-page></form-login-config>",
		"", constraint("user", user, "", "/user/*"))
	write(t, filepath.Join(dir, "apps", "form", "login.html"),
		`<html><body><form method="POST" action="j_security_check"><input name="j_username"><input name="j_password" type="password"></form></body></html>`+"\n")
	write(t, filepath.Join(dir, "apps", "form", "error.html"), "<html><body>Login failed</body></html>\n")
	// The JIT's first tier alone and the serial collector: the JVM
	// starts Jetty in 12 s instead of 20 at a load average of 20 on two
	// cores, and the few requests of the suite need no faster code.
	return startHTTP(t, dir, port, "/api/open/index.txt", nil, java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
		"-Djava.io.tmpdir="+dir, "-jar", startJar, "jetty.home="+filepath.Dir(startJar), "jetty.base="+dir)
}

// startYaws serves Yaws (run by erl, as its yaws script does, without the
// script's daemon) with three <auth> directories: /private/ (realm staff:
// ops and erin), /office/ (ops, and only from 10.0.0.0/8) and /both/
// (erin, from 127.0.0.1). The root is public.
func startYaws(t *testing.T) string {
	erl := need(t, "erl")
	ebin := need(t, "/usr/lib/yaws/ebin")
	dir, port := t.TempDir(), freePort(t)
	for _, p := range []string{"private", "office", "both"} {
		write(t, filepath.Join(dir, "www", p, "index.txt"), p+"\n")
	}
	write(t, filepath.Join(dir, "www", "index.html"), "<html><body>public</body></html>\n")
	write(t, filepath.Join(dir, "logs", "README"), "Yaws's logs\n")
	write(t, filepath.Join(dir, "yaws.conf"), fmt.Sprintf(`logdir = %[1]s/logs
<server localhost>
  port = %[2]d
  listen = 127.0.0.1
  docroot = %[1]s/www
  <auth>
    dir = /private
    realm = staff
    user = ops:%[3]s
    user = erin:%[4]s
  </auth>
  <auth>
    dir = /office
    realm = office
    user = ops:%[3]s
    allow = 10.0.0.0/8
    deny = all
    order = deny,allow
  </auth>
  <auth>
    dir = /both
    realm = both
    user = erin:%[4]s
    allow = 127.0.0.1
    deny = all
    order = deny,allow
  </auth>
</server>
`, dir, port, yawsOps, yawsErin))
	// One scheduler thread (+S 1:1): the VM starts in 1.2 s instead of 2.1
	// on a loaded machine, and a dozen requests need no more.
	return serveHTTP(t, dir, port, nil, erl, "+S", "1:1", "-noshell", "-pa", ebin, "-run", "yaws", "-conf", filepath.Join(dir, "yaws.conf"),
		"-yaws", "id", fmt.Sprintf("authspec%d", port))
}
