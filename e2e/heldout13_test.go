package e2e

import "testing"

// The thirteenth held-out round on real servers (Webdis 0.1.9 in front of
// Redis 7, Jetty 9.4's servlet security, Yaws 2.1's <auth> directories),
// written the way the first twelve were: each scenario's first cause was
// decided from docs/diagnosis.md, the server's documentation and its
// answer (read with curl) before authspec was run on it, and before the
// diagnosis code was read. Where two causes could fit, a comment says
// which was chosen and why. "pass" marks a scenario whose credential is
// right: it must pass.
//
// One fault of the round's own setup was mended before the count: Jetty's
// /api/admin/ constraint was written without its URL pattern (erin read
// the admin page).
//
// First run, unchanged: first cause right for 33 of 46 (10 of them
// passes). Misses: Webdis's empty 403 to a wrong password and to the
// password as a Bearer token read permission_denied (credential_rejected
// wanted); Redis's refusals relayed in a 200 passed: {"FLUSHALL":[false,
// "NOPERM this user has no permissions to run the 'flushall' command"]},
// the same as a text line and in a JSONP callback (permission_denied
// wanted), {"AUTH":[false,"WRONGPASS invalid username-password pair …"]}
// (credential_rejected wanted), and the NOPERM 200 to a permission
// scenario read credential_not_checked (its pass wanted); Jetty's 403
// "!Secure" read permission_denied (none wanted); its FORM login's 303 to
// the login page read nothing, to no credential (no_credentials_sent
// wanted), to Basic (credential_in_wrong_place wanted) and to a forged
// session (credential_rejected wanted), and the 303 to its error page to
// a posted j_password read nothing (credential_rejected wanted); the login
// page reached by following that redirect read credential_not_checked for
// a failure scenario (its pass wanted).
//
// After general readings (diagnose/, TestServerReadings13): 43 of 46,
// three pending. A call's result said as a pair, false and its message,
// refuses when its message does; a one-line plain text that says the
// caller lacks a permission is a refusal; a redirect (not followed) to a
// login page is the request not authenticated, and a credential in the
// Authorization header was not read there (the runner now asks diagnose
// about a 3xx too); a login's redirect to an error page refused it, a
// form's prefixed password field (j_password) being a login's; a page
// served over TLS only ("!Secure", "SSL is required", "HTTPS required")
// refuses a plain-HTTP request for its transport, no cause. Pending, with
// no honest general reading: Webdis's empty 403 is the same bytes to a
// wrong password, a Bearer token and a login its ACL does not enable.
// Later (diagleftovers11): the login page a followed redirect ends on (a
// 200) is the refusal a failure scenario or a probe expects, read by the
// redirect that led there (a request asking for the login page itself
// was redirected nowhere): 44 of 46.
//
// Late: 8 scenarios written after the fixes (the second Webdis, whose
// Redis is not running, added to the setup for one), none run through
// authspec or read with curl before, run once: 8 of 8.

var heldOut13Cases = []heldOutCase{
	{
		name:  "webdis",
		start: startWebdis,
		suite: `version: 1
name: webdis held out
environments:
  cache: { base_url: "{{base}}", env_file: .env }
  nostore: { base_url: "{{nostore_base}}", env_file: .env }
credentials:
  writer: { type: basic, username: writer, password: "${WRITER_PASSWORD}", shared: true }
  wrong: { type: basic, username: writer, password: "${WRONG_PASSWORD}", shared: true }
  bearer: { type: bearer, token: "${WRITER_PASSWORD}", shared: true }
  admin: { type: basic, username: admin, password: "${ADMIN_PASSWORD}", shared: true }
x-cache: &cache { only: [cache] }
x-set: &set { path: /SET/color/blue }
scenarios:
  - { <<: *cache, name: set without a credential, request: *set }
  - { <<: *cache, name: set with a wrong password, auth: wrong, request: *set }
  - { <<: *cache, name: password as a bearer token, auth: bearer, request: *set }
  - { <<: *cache, name: set as writer, auth: writer, request: *set }
  - { <<: *cache, name: get without a credential, request: { path: /GET/color } }
  - { <<: *cache, name: flushall as writer, auth: writer, request: { path: /FLUSHALL } }
  - { <<: *cache, name: flushall as admin, auth: admin, request: { path: /FLUSHALL } }
  - { <<: *cache, name: flushall as text, auth: admin, request: { path: /FLUSHALL.txt } }
  - { <<: *cache, name: flushall through jsonp, auth: admin, request: { path: /FLUSHALL, query: { jsonp: cb } } }
  - { <<: *cache, name: redis login with a wrong password, auth: admin, request: { path: "/AUTH/default/${WRONG_PASSWORD}" } }
  - { <<: *cache, name: unknown command, auth: admin, request: { path: /NOSUCH/x } }
  - { <<: *cache, name: debug command, auth: admin, request: { path: /DEBUG/SLEEP/0 } }
  - { <<: *cache, name: get by delete, auth: admin, request: { method: DELETE, path: /GET/color } }
  - { <<: *cache, name: get as a failure check, kind: failure, auth: wrong, request: { path: /GET/color } }
  - { <<: *cache, name: keys from this network, auth: writer, request: { path: "/KEYS/*" } }
  - { <<: *cache, name: flushall as a permission check, kind: permission, auth: writer, request: { path: /FLUSHALL } }
  - { <<: *cache, name: admin's flushall as a permission check, kind: permission, auth: admin, request: { path: /FLUSHALL } }
  - { <<: *cache, name: del as writer, auth: writer, request: { path: /DEL/color } }
  - { <<: *cache, name: set in a posted body, auth: writer, request: { method: POST, path: /, body: SET/shape/round } }
  - { only: [nostore], name: get while the store is down, auth: writer, request: { path: /GET/color } }
`,
		files: map[string]string{".env": envList("WRITER_PASSWORD="+webdisWriter, "WRONG_PASSWORD=not-the-Webdis-Pass", "ADMIN_PASSWORD="+webdisAdmin)},
		want: map[string]string{
			// 403 with an empty body and no challenge to every request the
			// ACL does not enable: Webdis tells no missing login from a
			// wrong one. The request carried nothing: no_credentials_sent.
			"cache/set without a credential": "no_credentials_sent",
			// The same empty 403 to a wrong password and
			// the password as a Bearer token (no challenge names Basic, so
			// not scheme_mismatch): credential_rejected, the cause the
			// request has, though the answer cannot tell it from a login
			// the ACL does not enable.
			"cache/set with a wrong password":  "credential_rejected",
			"cache/password as a bearer token": "credential_rejected",
			"cache/set as writer":              "pass", "cache/get without a credential": "pass",
			// The empty 403 to writer, whose ACL does not enable FLUSHALL.
			"cache/flushall as writer": "permission_denied",
			// 200 {"FLUSHALL":[false,"NOPERM this user has no permissions
			// to run the 'flushall' command"]}: Redis's own ACL refuses the
			// user Webdis logs in as; the same as text/plain "-NOPERM …"
			// (.txt) and wrapped in a JSONP callback.
			"cache/flushall as admin": "permission_denied",
			"cache/flushall as text":  "permission_denied", "cache/flushall through jsonp": "permission_denied",
			// 200 {"AUTH":[false,"WRONGPASS invalid username-password pair
			// or user is disabled."]}: a Redis login with a wrong password
			// in the path, through an accepted Basic login.
			"cache/redis login with a wrong password": "credential_rejected",
			// 200 {"NOSUCH":[false,"ERR unknown command 'NOSUCH', …"]}: a
			// business error in a 2xx passes.
			"cache/unknown command": "pass",
			// 200 {"DEBUG":[false,"ERR DEBUG command not allowed. If the
			// enable-debug-command option is set to \"local\", …"]}: a
			// command the server's setting disables for every caller (as
			// round twelve's forbidden file type), not the credential's
			// permission: a 2xx with a business error, which passes.
			"cache/debug command": "pass",
			// 405 with an empty body.
			"cache/get by delete":          "none",
			"cache/get as a failure check": "credential_not_checked",
			// KEYS is enabled from 10.0.0.0/8 only: the same empty 403.
			// Nothing names an address: permission_denied over
			// ip_restricted.
			"cache/keys from this network": "permission_denied",
			// kind: permission, and the 403; and the NOPERM in a 200, which
			// the API refused in its body.
			"cache/flushall as a permission check": "pass", "cache/admin's flushall as a permission check": "pass",
			// Late: DEL, enabled for writer, and a command in a POST body;
			// the second Webdis, whose Redis is not running (its 503).
			"cache/del as writer": "pass", "cache/set in a posted body": "pass", "nostore/get while the store is down": "none",
		},
		// Pending: the empty 403 tells no wrong login from one the ACL
		// does not enable.
		pending: map[string]string{"cache/set with a wrong password": "permission_denied", "cache/password as a bearer token": "permission_denied"},
		never:   map[string]string{"cache/unknown command": "permission_denied", "cache/get by delete": "credential_rejected"},
		secrets: []string{webdisWriter, "not-the-Webdis-Pass", webdisAdmin, redisPass},
	},
	{
		name:  "jetty",
		start: baseOnly(startJetty),
		suite: `version: 1
name: jetty held out
environments:
  servlets: { base_url: "{{base}}", env_file: .env }
credentials:
  erin: { type: basic, username: erin, password: "${ERIN_PASSWORD}" }
  wrong: { type: basic, username: erin, password: "${WRONG_PASSWORD}" }
  stranger: { type: basic, username: mallory, password: "${ERIN_PASSWORD}" }
  bearer: { type: bearer, token: "${ERIN_PASSWORD}" }
  admin: { type: basic, username: admin, password: "${ADMIN_PASSWORD}" }
  nobody: { type: basic, username: nobody, password: "${NOBODY_PASSWORD}" }
  session: { type: api_key, header: Cookie, key: "${FORGED_SESSION}" }
  capital: { type: basic, username: ERIN, password: "${ERIN_PASSWORD}" }
x-user: &user { path: /api/user/index.txt }
x-limited: &limited { request: { path: /api/limited/index.txt } }
scenarios:
  - { name: user page without a credential, request: *user }
  - { name: user page with a wrong password, auth: wrong, request: *user }
  - { name: user page as an unknown user, auth: stranger, request: *user }
  - { name: password as a bearer token, auth: bearer, request: *user }
  - { name: user page as erin, auth: erin, request: *user }
  - { name: admin page as a user, auth: erin, request: { path: /api/admin/index.txt } }
  - { name: user page as a login without a role, auth: nobody, request: *user }
  - { name: page closed to every role, auth: admin, request: { path: /api/nobody/index.txt } }
  - { name: page that needs tls, auth: erin, request: { path: /api/secure/index.txt } }
  - name: second request within a second
    auth: erin
    steps: [*limited, *limited, *limited, *limited, *limited]
  - { name: missing page, auth: erin, request: { path: /api/user/missing.txt } }
  - { name: public page as a failure check, kind: failure, auth: wrong, request: { path: /api/open/index.txt } }
  - { name: digest page without a credential, request: { path: /digest/user/index.txt } }
  - { name: basic to a digest login, auth: erin, request: { path: /digest/user/index.txt } }
  - { name: form page without a credential, follow_redirects: false, request: { path: /form/user/index.txt } }
  - { name: basic to a form login, auth: erin, follow_redirects: false, request: { path: /form/user/index.txt } }
  - name: form login with a wrong password
    follow_redirects: false
    request: { method: POST, path: /form/j_security_check, form: { j_username: erin, j_password: "${WRONG_PASSWORD}" } }
  - { name: forged session cookie, auth: session, follow_redirects: false, request: { path: /form/user/index.txt } }
  - { name: form page as a failure check, kind: failure, request: { path: /form/user/index.txt } }
  - { name: user name in another case, auth: capital, request: *user }
  - { name: admin page as a permission check with a wrong password, kind: permission, auth: wrong, request: { path: /api/admin/index.txt } }
  - name: form login with the right password
    follow_redirects: false
    request: { method: POST, path: /form/j_security_check, form: { j_username: erin, j_password: "${ERIN_PASSWORD}" } }
  - { name: limited page as a login without a role, auth: nobody, request: { path: /api/limited/index.txt } }
`,
		files: map[string]string{".env": envList("ERIN_PASSWORD="+jettyErin, "WRONG_PASSWORD=not-the-Jetty-Pass", "ADMIN_PASSWORD="+jettyAdmin,
			"NOBODY_PASSWORD="+jettyNobody, "FORGED_SESSION=JSESSIONID=node0x3v9qk2m7d1f5h8j4l6n0p2r4t.node0")},
		want: map[string]string{
			// 401, WWW-Authenticate: basic realm="authspec" (lower case),
			// Jetty's page "HTTP ERROR 401 Unauthorized".
			"servlets/user page without a credential": "no_credentials_sent", "servlets/user page with a wrong password": "credential_rejected",
			"servlets/user page as an unknown user": "credential_rejected", "servlets/password as a bearer token": "scheme_mismatch",
			"servlets/user page as erin": "pass",
			// 403 "HTTP ERROR 403 !role": the login lacks the role.
			"servlets/admin page as a user": "permission_denied", "servlets/user page as a login without a role": "permission_denied",
			// 403 "HTTP ERROR 403 Forbidden" to admin where the constraint
			// names no role: no one may. The answer is a plain 403 to a
			// login that was accepted: permission_denied.
			"servlets/page closed to every role": "permission_denied",
			// 403 "HTTP ERROR 403 !Secure": the page needs TLS, and no TLS
			// port is configured. Nothing in the catalog is about the
			// transport: none.
			"servlets/page that needs tls": "none",
			// 429 "HTTP ERROR 429 Too Many Requests", DoSFilter:
			// unavailable, to a step that comes within a second of the
			// one before. Five steps, not two: the DoSFilter counts a
			// request when it arrives, and on a loaded machine Jetty's
			// first answer on this path can take longer than the
			// filter's one-second window (with two steps, one run at a
			// load average of 17 failed in Jetty's rows, most likely
			// here; five runs at 9-10 passed).
			"servlets/second request within a second": "rate_limited",
			"servlets/missing page":                   "none",
			"servlets/public page as a failure check": "credential_not_checked",
			// 401 with WWW-Authenticate: Digest realm=…, nonce=…, qop,
			// stale=false; to Basic and to Bearer the same challenge with
			// stale=true (Jetty reads the header as a stale digest): the
			// challenge names another scheme.
			"servlets/digest page without a credential": "no_credentials_sent", "servlets/basic to a digest login": "scheme_mismatch",
			// 303 to /form/login.html;jsessionid=… (not followed).
			"servlets/form page without a credential": "no_credentials_sent",
			// The same 303 to the login page to Basic: the server reads the
			// login from its form (j_security_check), not from the
			// Authorization header. credential_in_wrong_place over
			// scheme_mismatch: there is no challenge naming a scheme.
			"servlets/basic to a form login": "credential_in_wrong_place",
			// 303 to /form/error.html, the form login's error page.
			"servlets/form login with a wrong password": "credential_rejected",
			// A session Jetty never issued: the 303 to the login page.
			"servlets/forged session cookie": "credential_rejected",
			// Followed, the 303 ends on the login page (200): the page was
			// refused, as a failure scenario expects.
			"servlets/form page as a failure check": "pass",
			// Late: 401 to "ERIN" (names compared as written); the 401 of a
			// wrong password where a permission scenario expects 403; a
			// login that succeeded, sent on to the application (303, no
			// login page): no cause; the DoSFilter's page behind a role
			// constraint, !role first.
			"servlets/user name in another case":                              "credential_rejected",
			"servlets/admin page as a permission check with a wrong password": "authentication_before_authorization",
			"servlets/form login with the right password":                     "none",
			"servlets/limited page as a login without a role":                 "permission_denied",
		},
		never: map[string]string{"servlets/missing page": "not_found_hides_permission", "servlets/page that needs tls": "credential_rejected",
			"servlets/basic to a digest login": "token_expired"},
		secrets: []string{jettyErin, "not-the-Jetty-Pass", jettyAdmin, jettyNobody, "node0x3v9qk2m7d1f5h8j4l6n0p2r4t"},
	},
	{
		name:  "yaws",
		start: baseOnly(startYaws),
		suite: `version: 1
name: yaws held out
environments:
  web: { base_url: "{{base}}", env_file: .env }
credentials:
  ops: { type: basic, username: ops, password: "${OPS_PASSWORD}" }
  wrong: { type: basic, username: ops, password: "${WRONG_PASSWORD}" }
  stranger: { type: basic, username: mallory, password: "${OPS_PASSWORD}" }
  bearer: { type: bearer, token: "${OPS_PASSWORD}" }
  erin: { type: basic, username: erin, password: "${ERIN_PASSWORD}" }
x-private: &private { path: /private/index.txt }
scenarios:
  - { name: private page without a credential, request: *private }
  - { name: private page with a wrong password, auth: wrong, request: *private }
  - { name: private page as an unknown user, auth: stranger, request: *private }
  - { name: password as a bearer token, auth: bearer, request: *private }
  - { name: private page as ops, auth: ops, request: *private }
  - { name: office page from this machine, auth: ops, request: { path: /office/index.txt } }
  - { name: shared page as erin, auth: erin, request: { path: /both/index.txt } }
  - { name: shared page as a user its realm does not list, auth: ops, request: { path: /both/index.txt } }
  - { name: missing page, auth: ops, request: { path: /private/nothing.txt } }
  - { name: public page as a failure check, kind: failure, auth: wrong, request: { path: / } }
  - { name: office page as a user it does not list, auth: erin, request: { path: /office/index.txt } }
`,
		files: map[string]string{".env": envList("OPS_PASSWORD="+yawsOps, "WRONG_PASSWORD=not-the-Yaws-Pass", "ERIN_PASSWORD="+yawsErin)},
		want: map[string]string{
			// 401 "401 authentication needed", Basic realm="staff".
			"web/private page without a credential": "no_credentials_sent", "web/private page with a wrong password": "credential_rejected",
			"web/private page as an unknown user": "credential_rejected", "web/password as a bearer token": "scheme_mismatch",
			"web/private page as ops": "pass",
			// 403 "<h1>403 Forbidden</h1>": /office/ allows 10.0.0.0/8
			// only. Nothing names an address: permission_denied over
			// ip_restricted.
			"web/office page from this machine": "permission_denied",
			"web/shared page as erin":           "pass",
			// 401 with Basic realm="both".
			"web/shared page as a user its realm does not list": "credential_rejected",
			// 404 "The requested URL /private/nothing.txt was not found on
			// this server."
			"web/missing page": "none",
			// The root is public: 200 to a wrong password.
			"web/public page as a failure check": "credential_not_checked",
			// Late: erin at /office/, which neither lists her nor allows
			// this address: the address is checked first, the same 403.
			"web/office page as a user it does not list": "permission_denied",
		},
		never:   map[string]string{"web/missing page": "not_found_hides_permission"},
		secrets: []string{yawsOps, "not-the-Yaws-Pass", yawsErin},
	},
}

func TestHeldOutServers13(t *testing.T) { runHeldOut(t, heldOut13Cases) }
