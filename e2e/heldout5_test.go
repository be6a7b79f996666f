package e2e

import "testing"

// The fifth held-out round on real servers (PowerDNS's API and web
// server, aria2's JSON-RPC, Icecast's admin interface, dnsdist's web
// server, Kea's Control Agent, qBittorrent's Web API), written the way
// the first four were: each scenario's first cause was decided from
// docs/diagnosis.md, the server's documentation and its answer (read with
// curl) before authspec was run on it, and before the diagnosis code was
// read. Where two causes could fit, a comment says which was chosen and
// why. "pass" marks a scenario whose credential is right: it must pass.
//
// One setup slip was fixed before Icecast's suite ran: its log directory,
// made by the test, was not writable by the user Icecast drops to as root.
// First run, unchanged: first cause right for 48 of 58 (11 of them
// passes). Misses: aria2's 400 {"error":{"code":1,"message":
// "Unauthorized"}} got no cause at all (four: no secret, a wrong one, one
// without "token:", one in Authorization); PowerDNS's challenge
// "X-API-Key realm=…" to its key sent as a bearer token read as
// scheme_mismatch, and its web server's Basic challenge to the key in
// X-API-Key as credential_rejected; qBittorrent's bare 403 "Forbidden" to
// a stale session cookie read as permission_denied, its 200 "Fails." to a
// login with a wrong password or user got no cause (two), and its 401
// "Unauthorized" to a good session sent with another site's Origin read
// as credential_rejected.
//
// After general readings (diagnose/): a 400 envelope that says no more
// than a refusal's status text is the refusal, and a secret the suite
// wrote into the body was sent (so the answer is the secret's, not a
// missing credential's); a challenge whose scheme is a credential header's
// name (X-API-Key) says where a token belongs; a login's 2xx whose whole
// plain-text answer is a failure word refused its password; a refusal that
// gives no reason, to a request carrying another site's Origin or
// Referer, reads as an anti-CSRF check first: 56 of 58. Left pending, as
// no general reading tells them apart: the key in X-API-Key at PowerDNS's
// web server gets 401 with Basic realm="PowerDNS", byte for byte what
// dnsdist answers a stale key in the same header (credential_rejected,
// right there); and qBittorrent's bare 403 "Forbidden" to a stale session
// cookie is what a server answers a valid session that may not.
//
// Late: 8 scenarios written after the fixes (a key with trailing
// whitespace at PowerDNS, a stale key in a permission scenario, a quoted
// password and a user name in capitals at Icecast, a password with a
// trailing space and a wrong one in a permission scenario at Kea, the
// read-only dnsdist API in a permission scenario, qBittorrent's 403 to a
// no-session failure scenario), run once: 7 of 8. The eighth was no
// answer to diagnose: a trailing newline is refused before sending, and a
// trailing space is dropped by HTTP, so the key passed.

var heldOut5Cases = []heldOutCase{
	{
		name:  "powerdns",
		start: baseOnly(startPowerDNS),
		suite: `version: 1
name: powerdns held out
environments:
  staging: { base_url: "{{base}}", env_file: .env }
credentials:
  key: { type: api_key, header: X-API-Key, key: "${API_KEY}" }
  stale: { type: api_key, header: X-API-Key, key: "${OLD_KEY}" }
  key_bearer: { type: bearer, token: "${API_KEY}" }
  key_query: { type: api_key, query: api-key, key: "${API_KEY}" }
  web: { type: basic, username: admin, password: "${WEB_PASSWORD}" }
  web_wrong: { type: basic, username: admin, password: "${WRONG_PASSWORD}" }
  key_spaced: { type: api_key, header: X-API-Key, key: "${SPACED_KEY}" }
x-server: &server { path: /api/v1/servers/localhost }
x-zones: &zones { method: POST, path: /api/v1/servers/localhost/zones, json: { name: orders.example., kind: Native, nameservers: [ns1.orders.example.] } }
scenarios:
  - { name: no credential, request: *server }
  - { name: stale key, auth: stale, request: *server }
  - { name: right key, auth: key, request: *server }
  - { name: key as a bearer token, auth: key_bearer, request: *server }
  - { name: key in the query, auth: key_query, request: *server }
  - { name: web password to the api, auth: web, request: *server }
  - { name: metrics without credential, request: { path: /metrics } }
  - { name: wrong web password, auth: web_wrong, request: { path: /metrics } }
  - { name: api key to the web server, auth: key, request: { path: /metrics } }
  - { name: no such zone, auth: key, request: { path: /api/v1/servers/localhost/zones/nope.example. } }
  - name: zone name not canonical
    auth: key
    request: { method: POST, path: /api/v1/servers/localhost/zones, json: { name: bad zone, kind: Native } }
  - name: zone created twice
    auth: key
    steps:
      - { request: *zones, expect: { status: 201 } }
      - { request: *zones, expect: { status: 201 } }
  - { name: key with a trailing space, auth: key_spaced, request: *server }
  - { name: stale key may not delete a zone, kind: permission, auth: stale, request: { method: DELETE, path: /api/v1/servers/localhost/zones/orders.example. } }
`,
		files: map[string]string{".env": envList("API_KEY="+pdnsKey, "OLD_KEY=PdnsK3y-Old-2025", "WEB_PASSWORD="+pdnsWeb,
			"WRONG_PASSWORD=not-PdnsW3b-pass", `SPACED_KEY="`+pdnsKey+` "`)},
		want: map[string]string{
			// 401 "Unauthorized" with WWW-Authenticate: X-API-Key
			// realm="PowerDNS".
			"staging/no credential": "no_credentials_sent", "staging/stale key": "credential_rejected",
			"staging/right key": "pass",
			// The challenge names the header the key goes in; the key went
			// in Authorization.
			"staging/key as a bearer token": "credential_in_wrong_place",
			// PowerDNS also reads the key from an api-key parameter.
			"staging/key in the query": "pass",
			// Basic with the web server's password, where the API's
			// challenge asks for its key: chosen as scheme_mismatch (another
			// kind of credential, not the same one elsewhere).
			"staging/web password to the api": "scheme_mismatch",
			// The web server's 401 "Unauthorized" with Basic
			// realm="PowerDNS".
			"staging/metrics without credential": "no_credentials_sent", "staging/wrong web password": "credential_rejected",
			// The key went in X-API-Key; the web server's challenge asks for
			// Basic in Authorization.
			"staging/api key to the web server": "credential_in_wrong_place",
			// 404 "Not Found", 422 {"error": "DNS Name 'bad zone' is not
			// canonical"}, 409 "Conflict": nothing about the key.
			"staging/no such zone": "none", "staging/zone name not canonical": "none", "staging/zone created twice": "none",
			// Late: a key with a trailing space (first written with a
			// trailing newline, which no HTTP client sends in a header: the
			// request was never sent, so that was no answer). Expected as
			// whitespace_in_credential, it passed: HTTP drops a header
			// value's trailing space before PowerDNS compares it (the
			// preflight warning still says so). A permission scenario (403
			// expected) whose stale key met the 401.
			"staging/key with a trailing space":       "pass",
			"staging/stale key may not delete a zone": "authentication_before_authorization",
		},
		never: map[string]string{"staging/no such zone": "not_found_hides_permission",
			"staging/zone name not canonical": "credential_rejected", "staging/zone created twice": "credential_rejected"},
		// Pending, no general reading: the request's facts (GET, the key
		// alone in X-API-Key) and the answer (401, Basic realm="PowerDNS",
		// no words) are byte for byte dnsdist's to a stale key in the same
		// header, where credential_rejected is right.
		pending: map[string]string{"staging/api key to the web server": "credential_rejected"},
		secrets: []string{pdnsKey, "PdnsK3y-Old-2025", pdnsWeb, "not-PdnsW3b-pass"},
	},
	{
		name:  "aria2",
		start: startAria2,
		suite: `version: 1
name: aria2 held out
environments:
  rpc: { base_url: "{{base}}", env_file: .env }
  legacy: { base_url: "{{basic_base}}", env_file: .env }
credentials:
  secret_bearer: { type: bearer, token: "${RPC_SECRET}", shared: true }
  alice: { type: basic, username: alice, password: "${RPC_PASSWORD}", shared: true }
  wrong: { type: basic, username: alice, password: "${WRONG_PASSWORD}", shared: true }
x-rpc: &rpc { only: [rpc] }
x-legacy: &legacy { only: [legacy] }
x-version: &version { method: POST, path: /jsonrpc, json: { jsonrpc: "2.0", id: "1", method: aria2.getVersion } }
scenarios:
  - { <<: *rpc, name: no secret, request: *version }
  - <<: *rpc
    name: wrong secret
    request: { method: POST, path: /jsonrpc, json: { jsonrpc: "2.0", id: "1", method: aria2.getVersion, params: ["token:${OLD_SECRET}"] } }
  - <<: *rpc
    name: secret without its token prefix
    request: { method: POST, path: /jsonrpc, json: { jsonrpc: "2.0", id: "1", method: aria2.getVersion, params: ["${RPC_SECRET}"] } }
  - <<: *rpc
    name: right secret
    request: { method: POST, path: /jsonrpc, json: { jsonrpc: "2.0", id: "1", method: aria2.getVersion, params: ["token:${RPC_SECRET}"] } }
  - { <<: *rpc, name: secret as a bearer token, auth: secret_bearer, request: *version }
  - <<: *rpc
    name: no such download
    request: { method: POST, path: /jsonrpc, json: { jsonrpc: "2.0", id: "1", method: aria2.tellStatus, params: ["token:${RPC_SECRET}", "0123456789abcdef"] } }
  - <<: *rpc
    name: no such method
    request: { method: POST, path: /jsonrpc, json: { jsonrpc: "2.0", id: "1", method: aria2.purgeAll, params: ["token:${RPC_SECRET}"] } }
  - <<: *rpc
    name: nothing to download
    request: { method: POST, path: /jsonrpc, json: { jsonrpc: "2.0", id: "1", method: aria2.addUri, params: ["token:${RPC_SECRET}", []] } }
  - { <<: *legacy, name: no credential, request: *version }
  - { <<: *legacy, name: wrong password, auth: wrong, request: *version }
  - { <<: *legacy, name: bearer to basic, auth: secret_bearer, request: *version }
  - { <<: *legacy, name: rpc user, auth: alice, request: *version }
`,
		files: map[string]string{".env": envList("RPC_SECRET="+ariaSecret, "OLD_SECRET=Ar1a-Secret-2025", "RPC_PASSWORD="+ariaAlice,
			"WRONG_PASSWORD=not-Al1ce-Aria-pass")},
		want: map[string]string{
			// 400 {"error":{"code":1,"message":"Unauthorized"}} to all
			// four: aria2 reads the secret from the call's first param only.
			"rpc/no secret": "no_credentials_sent", "rpc/wrong secret": "credential_rejected",
			// The secret without "token:" is taken as a wrong one; nothing
			// in the answer says how it should be written.
			"rpc/secret without its token prefix": "credential_rejected",
			"rpc/right secret":                    "pass",
			// The secret in Authorization, which aria2 does not read: the
			// answer names no place (no challenge), so from it the secret
			// was refused.
			"rpc/secret as a bearer token": "credential_rejected",
			// 400 "GID 0123456789abcdef is not found", "No such method:
			// aria2.purgeAll", "No URI to download.": the secret was right.
			"rpc/no such download": "none", "rpc/no such method": "none", "rpc/nothing to download": "none",
			// --rpc-user: 401 with Basic realm="aria2" and no body.
			"legacy/no credential": "no_credentials_sent", "legacy/wrong password": "credential_rejected",
			"legacy/bearer to basic": "scheme_mismatch", "legacy/rpc user": "pass",
		},
		never: map[string]string{"rpc/no such download": "credential_rejected", "rpc/no such method": "credential_rejected",
			"rpc/nothing to download": "credential_rejected"},
		secrets: []string{ariaSecret, "Ar1a-Secret-2025", ariaAlice, "not-Al1ce-Aria-pass"},
	},
	{
		name:  "icecast",
		start: baseOnly(startIcecast),
		suite: `version: 1
name: icecast held out
environments:
  radio: { base_url: "{{base}}", env_file: .env }
credentials:
  admin: { type: basic, username: admin, password: "${ADMIN_PASSWORD}" }
  wrong: { type: basic, username: admin, password: "${WRONG_PASSWORD}" }
  source: { type: basic, username: source, password: "${SOURCE_PASSWORD}" }
  token: { type: bearer, token: "${ADMIN_PASSWORD}" }
  quoted: { type: basic, username: admin, password: "${QUOTED_PASSWORD}" }
  capitals: { type: basic, username: Admin, password: "${ADMIN_PASSWORD}" }
x-stats: &stats { path: /admin/stats }
scenarios:
  - { name: no credential, request: *stats }
  - { name: wrong admin password, auth: wrong, request: *stats }
  - { name: source password for admin, auth: source, request: *stats }
  - { name: bearer to basic, auth: token, request: *stats }
  - { name: stats, auth: admin, request: *stats }
  - { name: metadata of a mount not streaming, auth: admin, request: { path: /admin/metadata, query: { mount: /live.ogg, mode: updinfo, song: Test } } }
  - { name: unknown admin command, auth: admin, request: { path: /admin/reloadconfig } }
  - { name: password in quotes, auth: quoted, request: *stats }
  - { name: user name in capitals, auth: capitals, request: *stats }
`,
		files: map[string]string{".env": envList("ADMIN_PASSWORD="+iceAdmin, "WRONG_PASSWORD=not-Adm1n-Ice-pass", "SOURCE_PASSWORD="+iceSource,
			`QUOTED_PASSWORD="'`+iceAdmin+`'"`)},
		want: map[string]string{
			// 401 "You need to authenticate" with Basic realm="Icecast2
			// Server".
			"radio/no credential": "no_credentials_sent", "radio/wrong admin password": "credential_rejected",
			// The source client's user and password are not the admin's:
			// 401 again, as to a wrong password (not a 403).
			"radio/source password for admin": "credential_rejected",
			"radio/bearer to basic":           "scheme_mismatch",
			"radio/stats":                     "pass",
			// 400 "Source does not exist", 400 "Unrecognised command"
			// (HTML): nothing about the credential.
			"radio/metadata of a mount not streaming": "none", "radio/unknown admin command": "none",
			// Late: the quotes of a pasted value; "Admin" where the user is
			// admin (Icecast compares names exactly).
			"radio/password in quotes": "quotes_in_credential", "radio/user name in capitals": "credential_rejected",
		},
		never:   map[string]string{"radio/metadata of a mount not streaming": "credential_rejected", "radio/unknown admin command": "credential_rejected"},
		secrets: []string{iceAdmin, "not-Adm1n-Ice-pass", iceSource},
	},
	{
		name:  "dnsdist",
		start: baseOnly(startDnsdist),
		suite: `version: 1
name: dnsdist held out
environments:
  edge: { base_url: "{{base}}", env_file: .env }
credentials:
  key: { type: api_key, header: X-API-Key, key: "${API_KEY}" }
  stale: { type: api_key, header: X-API-Key, key: "${OLD_KEY}" }
  key_bearer: { type: bearer, token: "${API_KEY}" }
  key_query: { type: api_key, query: api-key, key: "${API_KEY}" }
  web: { type: basic, username: admin, password: "${WEB_PASSWORD}" }
  web_wrong: { type: basic, username: admin, password: "${WRONG_PASSWORD}" }
  web_as_key: { type: api_key, header: X-API-Key, key: "${WEB_PASSWORD}" }
x-server: &server { path: /api/v1/servers/localhost }
scenarios:
  - { name: no credential, request: *server }
  - { name: stale key, auth: stale, request: *server }
  - { name: right key, auth: key, request: *server }
  - { name: web password to the api, auth: web, request: *server }
  - { name: key as a bearer token, auth: key_bearer, request: *server }
  - { name: key in the query, auth: key_query, request: *server }
  - { name: web password as the key, auth: web_as_key, request: *server }
  - { name: wrong web password, auth: web_wrong, request: { path: /jsonstat, query: { command: stats } } }
  - { name: no such server, auth: key, request: { path: /api/v1/servers/backup } }
  - name: change the acl of a read-only api
    auth: key
    request: { method: PUT, path: /api/v1/servers/localhost/config/allow-from, json: { name: allow-from, value: [127.0.0.0/8] } }
  - name: the api refuses writes
    kind: permission
    auth: key
    request: { method: PUT, path: /api/v1/servers/localhost/config/allow-from, json: { name: allow-from, value: [127.0.0.0/8] } }
`,
		files: map[string]string{".env": envList("API_KEY="+ddKey, "OLD_KEY=DdAp1-Key-2025", "WEB_PASSWORD="+ddWeb, "WRONG_PASSWORD=not-DdW3b-pass")},
		want: map[string]string{
			// 401 "<h1>Unauthorized</h1>" with basic realm="PowerDNS", to
			// every refusal.
			"edge/no credential": "no_credentials_sent", "edge/stale key": "credential_rejected",
			"edge/right key": "pass", "edge/web password to the api": "pass",
			// dnsdist reads no bearer token; its challenge is Basic (as
			// Syncthing's in the fourth round: scheme_mismatch).
			"edge/key as a bearer token": "scheme_mismatch",
			// The challenge asks for the Authorization header; the key went
			// in the query.
			"edge/key in the query": "credential_in_wrong_place",
			// The web server's password is not the API key.
			"edge/web password as the key": "credential_rejected",
			"edge/wrong web password":      "credential_rejected",
			// 404 with no body: no such server object.
			"edge/no such server": "none",
			// 405 with no body: setAPIWritable(false), the default. Nothing
			// in the answer tells it from a route that takes no PUT; chosen
			// as none rather than permission_denied.
			"edge/change the acl of a read-only api": "none",
			// Late: a permission scenario (403 expected) met the same 405
			// with no body: nothing in it about the credential.
			"edge/the api refuses writes": "none",
		},
		never:   map[string]string{"edge/no such server": "not_found_hides_permission", "edge/change the acl of a read-only api": "credential_rejected"},
		secrets: []string{ddKey, "DdAp1-Key-2025", ddWeb, "not-DdW3b-pass"},
	},
	{
		name:  "kea",
		start: baseOnly(startKea),
		suite: `version: 1
name: kea held out
environments:
  dhcp: { base_url: "{{base}}", env_file: .env }
credentials:
  alice: { type: basic, username: alice, password: "${AGENT_PASSWORD}" }
  wrong: { type: basic, username: alice, password: "${WRONG_PASSWORD}" }
  carol: { type: basic, username: carol, password: "${CAROL_PASSWORD}" }
  token: { type: bearer, token: "${AGENT_PASSWORD}" }
  spaced: { type: basic, username: alice, password: "${SPACED_PASSWORD}" }
x-list: &list { method: POST, path: /, json: { command: list-commands } }
scenarios:
  - { name: no credential, request: *list }
  - { name: wrong password, auth: wrong, request: *list }
  - { name: unknown user, auth: carol, request: *list }
  - { name: bearer to basic, auth: token, request: *list }
  - { name: list commands, auth: alice, request: *list }
  - name: dhcp4 not reachable
    auth: alice
    request: { method: POST, path: /, json: { command: config-get, service: [dhcp4] } }
    expect: { body: { "0.result": 0 } }
  - name: unknown command
    auth: alice
    request: { method: POST, path: /, json: { command: lease4-get-all } }
    expect: { body: { "0.result": 0 } }
  - { name: body not json, auth: alice, request: { method: POST, path: /, headers: { Content-Type: application/json }, body: "command=list-commands" } }
  - { name: password with a trailing space, auth: spaced, request: *list }
  - { name: wrong password may not shut down, kind: permission, auth: wrong, request: { method: POST, path: /, json: { command: shutdown } } }
`,
		files: map[string]string{".env": envList("AGENT_PASSWORD="+keaAlice, "WRONG_PASSWORD=not-Al1ce-Kea-pass", "CAROL_PASSWORD=Car0l-Kea-2026",
			`SPACED_PASSWORD="`+keaAlice+` "`)},
		want: map[string]string{
			// 401 { "result": 401, "text": "Unauthorized" } with Basic
			// realm="kea-control-agent".
			"dhcp/no credential": "no_credentials_sent", "dhcp/wrong password": "credential_rejected",
			"dhcp/unknown user": "credential_rejected", "dhcp/bearer to basic": "scheme_mismatch",
			"dhcp/list commands": "pass",
			// 200 [{"result": 1, "text": "forwarding socket is not
			// configured for the server type dhcp4"}], 200 [{"result": 2,
			// "text": "'lease4-get-all' command not supported. …"}], 400
			// {"result": 400, "text": "Bad Request"}: the password was right.
			"dhcp/dhcp4 not reachable": "none", "dhcp/unknown command": "none", "dhcp/body not json": "none",
			// Late: a trailing space in the password; a permission scenario
			// (403 expected) whose wrong password met the 401.
			"dhcp/password with a trailing space":   "whitespace_in_credential",
			"dhcp/wrong password may not shut down": "authentication_before_authorization",
		},
		never: map[string]string{"dhcp/dhcp4 not reachable": "credential_rejected", "dhcp/unknown command": "credential_rejected",
			"dhcp/body not json": "credential_rejected"},
		secrets: []string{keaAlice, "not-Al1ce-Kea-pass", "Car0l-Kea-2026"},
	},
	{
		name:  "qbittorrent",
		start: startQBittorrent,
		suite: `version: 1
name: qbittorrent held out
environments:
  desktop: { base_url: "{{base}}", env_file: .env }
  banned: { base_url: "{{banned_base}}", env_file: .env }
credentials:
  session: { type: header, headers: { Cookie: "SID=${OLD_SID}" }, shared: true }
x-desktop: &desktop { only: [desktop] }
x-version: &version { path: /api/v2/app/version }
x-login: &login
  request: { method: POST, path: /api/v2/auth/login, form: { username: alice, password: "${WEBUI_PASSWORD}" } }
  expect: { status: 200, body_contains: Ok. }
  capture: { sid: "header:Set-Cookie" }
scenarios:
  - { <<: *desktop, name: no session, request: *version }
  - { <<: *desktop, name: stale session cookie, auth: session, request: *version }
  - <<: *desktop
    name: wrong password at login
    request: { method: POST, path: /api/v2/auth/login, form: { username: alice, password: "${WRONG_PASSWORD}" } }
    expect: { body_contains: Ok. }
  - <<: *desktop
    name: unknown user at login
    request: { method: POST, path: /api/v2/auth/login, form: { username: admin, password: "${WEBUI_PASSWORD}" } }
    expect: { body_contains: Ok. }
  - <<: *desktop
    name: login then version
    steps: [*login, { request: { path: /api/v2/app/version, headers: { Cookie: "${sid}" } } }]
  - <<: *desktop
    name: dashboard origin
    steps: [*login, { request: { path: /api/v2/app/version, headers: { Cookie: "${sid}", Origin: "https://dashboard.example.com" } } }]
  - <<: *desktop
    name: no such torrent
    steps:
      - *login
      - request: { path: /api/v2/torrents/info, query: { hashes: 0123456789abcdef0123456789abcdef01234567 }, headers: { Cookie: "${sid}" } }
        expect: { body: { "#": { gte: 1 } } }
  - <<: *desktop
    name: no such endpoint
    steps: [*login, { request: { path: /api/v2/torrents/purge, headers: { Cookie: "${sid}" } } }]
  - { <<: *desktop, name: no-session check, kind: failure, request: *version }
  - only: [banned]
    name: login after failed logins
    request: { method: POST, path: /api/v2/auth/login, form: { username: alice, password: "${WEBUI_PASSWORD}" } }
    expect: { body_contains: Ok. }
`,
		files: map[string]string{".env": envList("WEBUI_PASSWORD="+qbtAlice, "WRONG_PASSWORD=not-Al1ce-Qbt-pass", "OLD_SID=b4dUyQk0nT5oVm2R9eLx7wZpHs3Jc6Ag")},
		want: map[string]string{
			// 403 "Forbidden" to a request without a session: nothing sent.
			"desktop/no session": "no_credentials_sent",
			// 403 "Forbidden" to a session cookie the server no longer
			// knows: the credential refused (the answer says nothing of
			// expiry).
			"desktop/stale session cookie": "credential_rejected",
			// 200 "Fails." to a login with a wrong password or user.
			"desktop/wrong password at login": "credential_rejected", "desktop/unknown user at login": "credential_rejected",
			"desktop/login then version": "pass",
			// 401 "Unauthorized" to a good session whose Origin is another
			// host: qBittorrent's anti-CSRF check. Chosen as
			// required_header_missing (the catalog's anti-CSRF cause); the
			// session was right.
			"desktop/dashboard origin": "required_header_missing",
			// 200 [] to a good session; 404 "Not Found".
			"desktop/no such torrent": "none", "desktop/no such endpoint": "none",
			// 403 "Your IP address has been banned after too many failed
			// authentication attempts." to the right password: as
			// Transmission's lockout in the fourth round, rate_limited.
			"banned/login after failed logins": "rate_limited",
			// Late: a failure scenario (401 expected) met the 403
			// "Forbidden" qBittorrent answers a request without a session.
			"desktop/no-session check": "authentication_before_authorization",
		},
		// The dashboard origin's reading is a likelihood (the answer gives
		// no reason), so the status's own reading stays after it.
		never: map[string]string{"banned/login after failed logins": "credential_rejected", "desktop/no such torrent": "credential_rejected"},
		// Pending, no general reading: a session cookie sent and a bare 403
		// "Forbidden" is what a server answers a valid session that may
		// not; only qBittorrent's habit (403 for no session) makes it the
		// cookie refused.
		pending: map[string]string{"desktop/stale session cookie": "permission_denied"},
		secrets: []string{qbtAlice, "not-Al1ce-Qbt-pass", "b4dUyQk0nT5oVm2R9eLx7wZpHs3Jc6Ag"},
	},
}

func TestHeldOutServers5(t *testing.T) { runHeldOut(t, heldOut5Cases) }
