package e2e

import "testing"

// The twelfth held-out round on real servers (VictoriaMetrics 1.79 with
// vmauth in front of it, ZNC 1.8's web interface, Apt-Cacher NG 3.7's
// maintenance page), written the way the first eleven were: each
// scenario's first cause was decided from docs/diagnosis.md, the server's
// documentation and its answer (read with curl) before authspec was run on
// it, and before the diagnosis code was read. Where two causes could fit,
// a comment says which was chosen and why. "pass" marks a scenario whose
// credential is right: it must pass.
//
// First run, unchanged: first cause right for 35 of 46 (10 of them
// passes). Misses: vmauth's 400 `cannot find the provided auth token
// "…" in config` read nothing (a wrong password, a wrong token, the token
// as a Basic password: credential_rejected wanted); VictoriaMetrics' 400
// `invalid authKey "". It must match the value from -snapshotAuthKey …`
// read nothing to a call without the key (no_credentials_sent wanted) and
// to the key in an X-Auth-Key header (credential_in_wrong_place wanted);
// its 401 "The provided authKey doesn't match -metricsAuthKey" to the key
// in a header read as credential_rejected (credential_in_wrong_place
// wanted); vmauth's 400 "missing route" to a token routed elsewhere read
// nothing (permission_denied wanted); ZNC's 302 to its login page read
// nothing, to no credential (no_credentials_sent wanted) and to a forged
// session cookie (credential_rejected wanted); Apt-Cacher NG's "200 Not
// Authorized" plain text to a Bearer token passed (credential_rejected
// wanted), and its 403 page "Forbidden file type or location" read as
// blocked_by_proxy, then permission_denied (none wanted).
//
// After general readings (diagnose/, TestServerReadings12): 41 of 46,
// five pending. The credential provided said not found ("cannot find the
// provided auth token", "could not find the supplied API key") is unknown
// to the server; a credential quoted empty after its fault (`invalid
// authKey ""`) found nothing where the server reads it, so one sent
// elsewhere went to the wrong place (the "no credential found" row); a
// file type said forbidden or not allowed is refused to every caller (a
// business rule: no permission, and no proxy's page); a short plain-text
// 2xx that opens with a refusal sentence ("Not Authorized. …") is one.
// Pending, with no honest general reading: the call without its authKey
// now reads credential_in_wrong_place (Basic went in the Authorization
// header, accepted, and the server reads a second credential that was not
// sent: no general reading tells a second credential from the first's
// place); the metrics key in a header (the words judge "the provided
// authKey", a name that differs from X-Auth-Key, as a key read and
// refused would be named); vmauth's "missing route" (the same words are a
// gateway's for a path that does not exist); ZNC's redirects to "/", which
// name no login page.
//
// Late: 7 scenarios written after the fixes (three of them, the blocked
// user, vmauth's reload key and the cache's unreachable mirror, read with
// curl while the servers were set up; none run through authspec before),
// run once: 7 of 7.

var heldOut12Cases = []heldOutCase{
	{
		name:  "victoriametrics",
		start: startVictoria,
		suite: `version: 1
name: victoriametrics held out
environments:
  vm: { base_url: "{{base}}", env_file: .env }
  vmauth: { base_url: "{{vmauth_base}}", env_file: .env }
credentials:
  vm: { type: basic, username: vm, password: "${VM_PASSWORD}", shared: true }
  wrong: { type: basic, username: vm, password: "${WRONG_PASSWORD}", shared: true }
  stranger: { type: basic, username: grafana, password: "${VM_PASSWORD}", shared: true }
  bearer: { type: bearer, token: "${VM_PASSWORD}", shared: true }
  metrics_key: { type: api_key, query: authKey, key: "${METRICS_KEY}", shared: true }
  wrong_metrics_key: { type: api_key, query: authKey, key: "${WRONG_KEY}", shared: true }
  metrics_key_header: { type: api_key, header: X-Auth-Key, key: "${METRICS_KEY}", shared: true }
  flags_key: { type: api_key, query: authKey, key: "${FLAGS_KEY}", shared: true }
  alice: { type: basic, username: alice, password: "${ALICE_PASSWORD}", shared: true }
  wrong_alice: { type: basic, username: alice, password: "${WRONG_PASSWORD}", shared: true }
  token: { type: bearer, token: "${READER_TOKEN}", shared: true }
  wrong_token: { type: bearer, token: "${WRONG_TOKEN}", shared: true }
  token_as_password: { type: basic, username: reader, password: "${READER_TOKEN}", shared: true }
  token_in_query: { type: api_key, query: access_token, key: "${READER_TOKEN}", shared: true }
  capital: { type: basic, username: VM, password: "${VM_PASSWORD}", shared: true }
  wrong_flags_key: { type: api_key, query: authKey, key: "${WRONG_KEY}", shared: true }
  alice_as_bearer: { type: bearer, token: "${ALICE_PASSWORD}", shared: true }
x-vm: &vm { only: [vm] }
x-auth: &auth { only: [vmauth] }
x-query: &query { path: /api/v1/query, query: { query: up } }
scenarios:
  - { <<: *vm, name: query without a credential, request: *query }
  - { <<: *vm, name: query with a wrong password, auth: wrong, request: *query }
  - { <<: *vm, name: query as an unknown user, auth: stranger, request: *query }
  - { <<: *vm, name: password as a bearer token, auth: bearer, request: *query }
  - { <<: *vm, name: query, auth: vm, request: *query }
  - { <<: *vm, name: snapshot without its key, auth: vm, request: { path: /snapshot/create } }
  - { <<: *vm, name: snapshot with a wrong key, auth: vm, request: { path: /snapshot/create, query: { authKey: "${WRONG_KEY}" } } }
  - { <<: *vm, name: snapshot with its key, auth: vm, request: { path: /snapshot/create, query: { authKey: "${SNAPSHOT_KEY}" } } }
  - { <<: *vm, name: snapshot key in a header, auth: vm, request: { path: /snapshot/create, headers: { X-Auth-Key: "${SNAPSHOT_KEY}" } } }
  - { <<: *vm, name: delete series with the snapshot key, auth: vm, request: { method: POST, path: /api/v1/admin/tsdb/delete_series, query: { "match[]": up, authKey: "${SNAPSHOT_KEY}" } } }
  - { <<: *vm, name: metrics with a wrong key, auth: wrong_metrics_key, request: { path: /metrics } }
  - { <<: *vm, name: metrics key in a header, auth: metrics_key_header, request: { path: /metrics } }
  - { <<: *vm, name: metrics with its key, auth: metrics_key, request: { path: /metrics } }
  - { <<: *vm, name: flags with its key, auth: flags_key, request: { path: /flags } }
  - { <<: *vm, name: query that does not parse, auth: vm, request: { path: /api/v1/query, query: { query: "up{" } } }
  - { <<: *vm, name: path that does not exist, auth: vm, request: { path: /nothing } }
  - { <<: *vm, name: failure check that sends the password, kind: failure, auth: vm, request: *query }
  - { <<: *auth, name: proxy without a credential, request: *query }
  - { <<: *auth, name: proxy query as alice, auth: alice, request: *query }
  - { <<: *auth, name: proxy with a wrong password, auth: wrong_alice, request: *query }
  - { <<: *auth, name: proxy query with the token, auth: token, request: *query }
  - { <<: *auth, name: proxy with a wrong token, auth: wrong_token, request: *query }
  - { <<: *auth, name: token to a path it is not routed to, auth: token, request: { path: /api/v1/series, query: { "match[]": up } } }
  - { <<: *auth, name: token as a basic password, auth: token_as_password, request: *query }
  - { <<: *auth, name: token in the query, auth: token_in_query, request: *query }
  - { <<: *auth, name: proxy path that does not exist, auth: alice, request: { path: /nothing } }
  - { <<: *vm, name: user name in another case, auth: capital, request: *query }
  - { <<: *vm, name: flags with a wrong key, auth: wrong_flags_key, request: { path: /flags } }
  - { <<: *auth, name: reload with a wrong key, auth: wrong_flags_key, request: { path: /-/reload } }
  - { <<: *auth, name: password as a bearer token through the proxy, auth: alice_as_bearer, request: *query }
`,
		files: map[string]string{".env": envList("VM_PASSWORD="+vmPassword, "WRONG_PASSWORD=not-the-Vm-Pass", "SNAPSHOT_KEY="+vmSnapshotKey,
			"METRICS_KEY="+vmMetricsKey, "FLAGS_KEY="+vmFlagsKey, "WRONG_KEY=not-a-Vm-Auth-Key", "ALICE_PASSWORD="+vmauthAlice,
			"READER_TOKEN="+vmauthToken, "WRONG_TOKEN=vma-Tok3n-Wrong-2026")},
		want: map[string]string{
			// 401 with an empty body and WWW-Authenticate: Basic
			// realm="VictoriaMetrics" to each of these.
			"vm/query without a credential": "no_credentials_sent", "vm/query with a wrong password": "credential_rejected",
			"vm/query as an unknown user": "credential_rejected", "vm/password as a bearer token": "scheme_mismatch",
			"vm/query": "pass",
			// 400 `…; invalid authKey "". It must match the value from
			// -snapshotAuthKey command line flag`: Basic let the request
			// in, and the key this endpoint reads (the authKey query
			// argument) was not sent. no_credentials_sent ("no … API key
			// header or parameter") over credential_rejected: the words
			// quote an empty key, no value was judged.
			"vm/snapshot without its key": "no_credentials_sent",
			// The same 400 quoting the wrong key (the answer echoes it).
			"vm/snapshot with a wrong key": "credential_rejected", "vm/snapshot with its key": "pass",
			// The key in an X-Auth-Key header: the 400 quotes the empty
			// authKey the query held; the key went where it is not read.
			"vm/snapshot key in a header": "credential_in_wrong_place",
			// A key, but the snapshot endpoint's, not -deleteAuthKey's: 400
			// quoting it.
			"vm/delete series with the snapshot key": "credential_rejected",
			// 401 "The provided authKey doesn't match -metricsAuthKey", no
			// challenge: to a wrong key in the query, and to the right key
			// in a header (the query's authKey, read, was empty).
			"vm/metrics with a wrong key": "credential_rejected", "vm/metrics key in a header": "credential_in_wrong_place",
			"vm/metrics with its key": "pass", "vm/flags with its key": "pass",
			// 422 {"status":"error","errorType":"422","error":"error when
			// executing query=…"}; 400 `unsupported path requested`.
			"vm/query that does not parse": "none", "vm/path that does not exist": "none",
			"vm/failure check that sends the password": "credential_not_checked",
			// vmauth: 401 "missing `Authorization` request header" with
			// Basic realm="Restricted".
			"vmauth/proxy without a credential": "no_credentials_sent",
			"vmauth/proxy query as alice":       "pass", "vmauth/proxy query with the token": "pass",
			// 400 `cannot find the provided auth token "Basic …" in config`
			// (the header echoed whole) to a wrong password, a wrong token,
			// and the token sent as a Basic password.
			"vmauth/proxy with a wrong password": "credential_rejected", "vmauth/proxy with a wrong token": "credential_rejected",
			"vmauth/token as a basic password": "credential_rejected",
			// 400 `cannot determine targetURL: missing route for
			// "/api/v1/series?…"`: the token is known, and its entry routes
			// only /api/v1/query and /api/v1/labels. permission_denied (the
			// caller may not reach this path) over none, though the words
			// speak of a route, not of the caller.
			"vmauth/token to a path it is not routed to": "permission_denied",
			// The token in ?access_token=: the 401 asks for the
			// Authorization header.
			"vmauth/token in the query": "credential_in_wrong_place",
			// The backend's 400 `unsupported path requested`, relayed.
			"vmauth/proxy path that does not exist": "none",
			// Late: 401 with the Basic challenge to "VM" (user names
			// compared as written); 401 "The provided authKey doesn't match
			// -flagsAuthKey" to a wrong key; vmauth's 400 `invalid authKey
			// "…". It must match the value from -reloadAuthKey command line
			// flag`, and its 400 `cannot find the provided auth token
			// "Bearer …"` to alice's password as a Bearer token (no
			// challenge names Basic there).
			"vm/user name in another case": "credential_rejected", "vm/flags with a wrong key": "credential_rejected",
			"vmauth/reload with a wrong key": "credential_rejected", "vmauth/password as a bearer token through the proxy": "credential_rejected",
		},
		// Pending (see the round's comment): a second credential not sent
		// beside an accepted login, a key's name in the words that is not
		// the header it went in, and a route the credential is not given.
		pending: map[string]string{"vm/snapshot without its key": "none", "vm/metrics key in a header": "credential_rejected",
			"vmauth/token to a path it is not routed to": "none"},
		never: map[string]string{"vm/path that does not exist": "credential_rejected", "vm/query that does not parse": "credential_rejected",
			"vmauth/proxy path that does not exist": "endpoint_not_found"},
		secrets: []string{vmPassword, "not-the-Vm-Pass", vmSnapshotKey, vmMetricsKey, vmFlagsKey, "not-a-Vm-Auth-Key", vmauthAlice, vmauthToken,
			"vma-Tok3n-Wrong-2026"},
	},
	{
		name:  "znc",
		start: startZNC,
		suite: `version: 1
name: znc held out
environments:
  web: { base_url: "{{base}}", env_file: .env }
credentials:
  admin: { type: basic, username: admin, password: "${ADMIN_PASSWORD}" }
  wrong: { type: basic, username: admin, password: "${WRONG_PASSWORD}" }
  stranger: { type: basic, username: mallory, password: "${ADMIN_PASSWORD}" }
  bearer: { type: bearer, token: "${ADMIN_PASSWORD}" }
  erin: { type: basic, username: erin, password: "${ERIN_PASSWORD}" }
  ops: { type: basic, username: ops, password: "${OPS_PASSWORD}" }
  gone: { type: basic, username: gone, password: "${GONE_PASSWORD}" }
  session: { type: api_key, header: Cookie, key: "${FORGED_SESSION}" }
x-users: &users { path: /mods/global/webadmin/listusers }
scenarios:
  - { name: users without a credential, follow_redirects: false, request: *users }
  - { name: users with a wrong password, auth: wrong, request: *users }
  - { name: users as an unknown user, auth: stranger, request: *users }
  - { name: password as a bearer token, auth: bearer, request: *users }
  - { name: users as admin, auth: admin, request: *users }
  - { name: users as a user who is not admin, auth: erin, request: *users }
  - { name: global settings as a user who is not admin, auth: erin, request: { path: /mods/global/webadmin/settings } }
  - { name: traffic as a user, auth: erin, request: { path: /mods/global/webadmin/traffic } }
  - { name: user edits the admin's account, auth: erin, request: { path: /mods/global/webadmin/edituser, query: { user: admin } } }
  - { name: user allowed from another network, auth: ops, request: { path: /mods/global/webadmin/traffic } }
  - { name: page that does not exist, auth: admin, request: { path: /nothing } }
  - { name: forged session cookie, auth: session, follow_redirects: false, request: *users }
  - { name: users as a permission check, kind: permission, auth: erin, request: *users }
  - { name: blocked user, auth: gone, request: { path: /mods/global/webadmin/traffic } }
  - { name: editing the admin's account as a permission check, kind: permission, auth: erin, request: { path: /mods/global/webadmin/edituser, query: { user: admin } } }
`,
		files: map[string]string{".env": envList("ADMIN_PASSWORD="+zncAdmin, "WRONG_PASSWORD=not-the-Znc-Pass", "ERIN_PASSWORD="+zncErin,
			"OPS_PASSWORD="+zncOps, "GONE_PASSWORD="+zncGone, "FORGED_SESSION={{port}}-SessionId=9f2c4e6a8b0d1f3e5a7c9e1b3d5f7a9c2e4b6d8f0a1c3e5b7d9f1a3c5e7b9d0f")},
		want: map[string]string{
			// A 302 to / (the login form) for a request without a
			// credential or session; the scenario does not follow it.
			"web/users without a credential": "no_credentials_sent",
			// 401, Basic realm="ZNC", "HTTP Basic authentication attempted
			// with invalid credentials" (an HTML page).
			"web/users with a wrong password": "credential_rejected", "web/users as an unknown user": "credential_rejected",
			// The same 401 to a Bearer token: the challenge asks for Basic.
			"web/password as a bearer token": "scheme_mismatch",
			"web/users as admin":             "pass",
			// 403 "You need to be an admin to access this page".
			"web/users as a user who is not admin": "permission_denied", "web/global settings as a user who is not admin": "permission_denied",
			"web/traffic as a user": "pass",
			// 404 Not Implemented, "The requested module does not
			// acknowledge web requests": webadmin declines another user's
			// page to a user who is not admin. Nothing in it speaks of the
			// caller: none.
			"web/user edits the admin's account": "none",
			// ops may log in from 10.0.0.0/8 only: the same 401 as a wrong
			// password (the answer cannot tell them apart, so
			// credential_rejected over ip_restricted).
			"web/user allowed from another network": "credential_rejected",
			// 404 "The requested URL was not found on this server."
			"web/page that does not exist": "none",
			// A session ZNC never issued: the same 302 to the login form.
			"web/forged session cookie": "credential_rejected",
			// kind: permission, and the 403: what the scenario expects.
			"web/users as a permission check": "pass",
			// Late: gone, blocked by blockuser, gets the 401 of a wrong
			// password; the 404 "does not acknowledge web requests" where a
			// permission scenario expects 403.
			"web/blocked user": "credential_rejected", "web/editing the admin's account as a permission check": "not_found_hides_permission",
		},
		// Pending: a redirect to the site's root, which names no login.
		pending: map[string]string{"web/users without a credential": "none", "web/forged session cookie": "none"},
		never:   map[string]string{"web/page that does not exist": "not_found_hides_permission", "web/user edits the admin's account": "credential_rejected"},
		secrets: []string{zncAdmin, "not-the-Znc-Pass", zncErin, zncOps, zncGone, "9f2c4e6a8b0d1f3e5a7c9e1b3d5f7a9c2e4b6d8f0a1c3e5b7d9f1a3c5e7b9d0f"},
	},
	{
		name:  "apt-cacher-ng",
		start: baseOnly(startAcng),
		suite: `version: 1
name: apt-cacher-ng held out
environments:
  cache: { base_url: "{{base}}", env_file: .env }
credentials:
  admin: { type: basic, username: acng, password: "${ADMIN_PASSWORD}" }
  wrong: { type: basic, username: acng, password: "${WRONG_PASSWORD}" }
  stranger: { type: basic, username: admin, password: "${ADMIN_PASSWORD}" }
  bearer: { type: bearer, token: "${ADMIN_PASSWORD}" }
x-count: &count { path: /acng-report.html, query: { doCount: Count Data } }
scenarios:
  - { name: count without a credential, request: *count }
  - { name: count with a wrong password, auth: wrong, request: *count }
  - { name: count as an unknown user, auth: stranger, request: *count }
  - { name: count with the password, auth: admin, request: *count }
  - { name: password as a bearer token, auth: bearer, request: *count }
  - { name: file type the cache does not serve, auth: admin, request: { path: /downloads/tool.txt } }
  - { name: public report as a failure check, kind: failure, auth: wrong, request: { path: /acng-report.html } }
  - { name: package from a mirror the cache cannot reach, auth: admin, request: { path: /debian/pool/main/h/hello/hello_2.10-3_amd64.deb } }
`,
		files: map[string]string{".env": envList("ADMIN_PASSWORD="+acngPassword, "WRONG_PASSWORD=not-the-Acng-Pass")},
		want: map[string]string{
			// 401 "Not Authorized. Please contact Apt-Cacher NG
			// administrator for further questions." with Basic realm="For
			// login data, see AdminAuth in Apt-Cacher NG config files".
			"cache/count without a credential": "no_credentials_sent", "cache/count with a wrong password": "credential_rejected",
			"cache/count as an unknown user": "credential_rejected", "cache/count with the password": "pass",
			// "200 Not Authorized", text/plain "Not Authorized. To start
			// this action, an administrator password must be set and you
			// must be logged in.", no challenge: the action was refused to
			// the Bearer token. No scheme named: credential_rejected.
			"cache/password as a bearer token": "credential_rejected",
			// 403 "Forbidden file type or location": a path the cache does
			// not serve, to anyone.
			"cache/file type the cache does not serve": "none",
			// The report page itself is public: 200 to a wrong password.
			"cache/public report as a failure check": "credential_not_checked",
			// Late: 503 "Host not found" (the cache's page) for a package
			// of a mirror it cannot resolve: nothing about the credential.
			"cache/package from a mirror the cache cannot reach": "none",
		},
		never:   map[string]string{"cache/file type the cache does not serve": "permission_denied"},
		secrets: []string{acngPassword, "not-the-Acng-Pass"},
	},
}

func TestHeldOutServers12(t *testing.T) { runHeldOut(t, heldOut12Cases) }
