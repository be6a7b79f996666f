package e2e

import "testing"

// The fourth held-out round on real servers (Syncthing's REST API,
// Transmission's RPC, Monit, Radicale, Tinyproxy as a forward proxy),
// written the way the first three were: each scenario's first cause was
// decided from docs/diagnosis.md and the server's answer (read with curl)
// before authspec was run on it, and before the diagnosis code was read.
// Where two causes could fit, a comment says which was chosen and why.
// "pass" marks a scenario whose credential is right: it must pass.
//
// One setup slip was fixed before Tinyproxy's suite ran: two scenarios of
// the same name (one per proxy environment list), which the suite loader
// refuses. First run, unchanged: first cause right for 44 of 48 (6 of them
// passes). Misses: Syncthing without a GUI user answers "CSRF Error" (403)
// to no key and to a stale key, read as a missing anti-CSRF header first
// (two); Monit's 403 page to its read-only user, read as a proxy's page
// because the request carried a Cookie (blocked_by_proxy first); and
// Tinyproxy's 401 with WWW-Authenticate: Basic realm="Tinyproxy" to a wrong
// proxy password, read as the API asking for Basic (scheme_mismatch). Also
// against never: credential_rejected as a later cause beside
// required_header_missing (Monit's "Invalid CSRF Token", Transmission's
// 409), and beside the Tinyproxy miss.
//
// After general readings (diagnose/): an anti-CSRF refusal reads by what
// was sent (a key in a header of its own, which such checks exempt, was
// refused; with nothing sent the missing credential comes first, the
// token after it), and words that call a CSRF token invalid are not the
// credential's; an unmarked page saying the caller's privileges fall
// short is the application's; a forward proxy's own page names it in
// Server (tinyproxy, squid), and then the status says nothing about the
// API's credential: 48 of 48, and nothing of never.
//
// Late: 7 scenarios written after the fixes (Syncthing's "CSRF Error" to a
// failure scenario, a password with a trailing newline, Transmission's
// lockout after a retry loop and its session id under another header
// name, a quoted password at Monit, a token in the query to Radicale,
// Tinyproxy's 407 to a failure scenario), run once: 4 of 7. The misses,
// fixed after: the anti-CSRF reading for nothing sent outranked the
// 403-for-401 swap of a scenario that sent nothing on purpose; a 407's
// "This proxy requires authentication." read as the API's missing
// credential; and "Too many unsuccessful login attempts" was no limit.

var heldOut4Cases = []heldOutCase{
	{
		name:  "syncthing",
		start: startSyncthing,
		suite: `version: 1
name: syncthing held out
environments:
  desktop: { base_url: "{{base}}", env_file: .env }
  headless: { base_url: "{{key_base}}", env_file: .env }
credentials:
  key: { type: api_key, header: X-API-Key, key: "${API_KEY}", shared: true }
  stale: { type: api_key, header: X-API-Key, key: "${OLD_KEY}", shared: true }
  key_bearer: { type: bearer, token: "${API_KEY}", shared: true }
  key_query: { type: api_key, query: apikey, key: "${API_KEY}", shared: true }
  alice: { type: basic, username: alice, password: "${GUI_PASSWORD}", shared: true }
  wrong: { type: basic, username: alice, password: "${WRONG_PASSWORD}", shared: true }
x-desktop: &desktop { only: [desktop] }
x-version: &version { path: /rest/system/version }
scenarios:
  - { name: no credential, request: *version }
  - { name: stale key, auth: stale, request: *version }
  - { name: right key, auth: key, request: *version }
  - { <<: *desktop, name: key as a bearer token, auth: key_bearer, request: *version }
  - { <<: *desktop, name: key in the query, auth: key_query, request: *version }
  - { <<: *desktop, name: wrong gui password, auth: wrong, request: *version }
  - { <<: *desktop, name: gui password without the csrf token, auth: alice, request: *version }
  - { <<: *desktop, name: no such folder, auth: key, request: { path: /rest/db/status, query: { folder: photos } } }
  - { only: [headless], name: no-key check, kind: failure, request: *version }
`,
		files: map[string]string{".env": envList("API_KEY="+syncKey, "OLD_KEY=K3y-Old-Sync-2025", "GUI_PASSWORD="+syncAlice,
			"WRONG_PASSWORD=not-Al1ce-Sync-pass")},
		want: map[string]string{
			// 401 "Not Authorized" with Basic realm="Authorization
			// Required", sent on every 401.
			"desktop/no credential": "no_credentials_sent", "desktop/stale key": "credential_rejected",
			// Without a GUI user Syncthing answers any request without a
			// valid key 403 "CSRF Error". No credential: that is the cause,
			// whatever the words (the CSRF token is the browser's way in).
			"headless/no credential": "no_credentials_sent",
			// A stale key in the header Syncthing reads, 403 "CSRF Error":
			// the key was refused; chosen over required_header_missing
			// because an API client's way in is the key, not a CSRF token.
			"headless/stale key": "credential_rejected",
			"desktop/right key":  "pass",
			"headless/right key": "pass",
			// Syncthing 1.19 reads no bearer token; its challenge is Basic.
			"desktop/key as a bearer token": "scheme_mismatch",
			// The challenge asks for the Authorization header; the key went
			// in the query.
			"desktop/key in the query":   "credential_in_wrong_place",
			"desktop/wrong gui password": "credential_rejected",
			// The password was right (a wrong one gets 401); Syncthing's
			// REST API wants X-CSRF-Token beside a GUI login: 403 "CSRF
			// Error".
			"desktop/gui password without the csrf token": "required_header_missing",
			// 404 "no such folder" to a good key.
			"desktop/no such folder": "none",
			// Late: a failure scenario (401 expected) that met the 403 "CSRF
			// Error" of an instance without a GUI user.
			"headless/no-key check": "authentication_before_authorization",
		},
		never: map[string]string{"desktop/gui password without the csrf token": "credential_rejected",
			"desktop/no such folder": "not_found_hides_permission"},
		secrets: []string{syncKey, "K3y-Old-Sync-2025", syncAlice, "not-Al1ce-Sync-pass"},
	},
	{
		name:  "transmission",
		start: startTransmission,
		suite: `version: 1
name: transmission held out
environments:
  nas: { base_url: "{{base}}", env_file: .env }
  lan: { base_url: "{{lan_base}}", env_file: .env }
  locked: { base_url: "{{locked_base}}", env_file: .env }
credentials:
  alice: { type: basic, username: alice, password: "${RPC_PASSWORD}", shared: true }
  wrong: { type: basic, username: alice, password: "${WRONG_PASSWORD}", shared: true }
  admin: { type: basic, username: admin, password: "${RPC_PASSWORD}", shared: true }
  token: { type: bearer, token: "${RPC_TOKEN}", shared: true }
  newline: { type: basic, username: alice, password: "${NEWLINE_PASSWORD}", shared: true }
x-nas: &nas { only: [nas] }
x-rpc: &rpc { method: POST, path: /transmission/rpc, json: { method: session-get } }
scenarios:
  - { <<: *nas, name: no credential, request: *rpc }
  - { <<: *nas, name: wrong password, auth: wrong, request: *rpc }
  - { <<: *nas, name: default user name, auth: admin, request: *rpc }
  - { <<: *nas, name: bearer to basic, auth: token, request: *rpc }
  - { <<: *nas, name: no session id, auth: alice, request: *rpc }
  - <<: *nas
    name: stale session id
    auth: alice
    request: { method: POST, path: /transmission/rpc, headers: { X-Transmission-Session-Id: "${SESSION_ID}" }, json: { method: session-get } }
  - <<: *nas
    name: session id handshake
    auth: alice
    steps:
      - { request: *rpc, expect: { status: 409 }, capture: { sid: "header:X-Transmission-Session-Id" } }
      - request: { method: POST, path: /transmission/rpc, headers: { X-Transmission-Session-Id: "${sid}" }, json: { method: session-get } }
        expect: { status: 200, body: { result: success } }
  - <<: *nas
    name: unknown rpc method
    auth: alice
    steps:
      - { request: *rpc, expect: { status: 409 }, capture: { sid: "header:X-Transmission-Session-Id" } }
      - request: { method: POST, path: /transmission/rpc, headers: { X-Transmission-Session-Id: "${sid}" }, json: { method: torrent-purge } }
        expect: { status: 200, body: { result: success } }
  - { only: [lan], name: address not in the whitelist, auth: alice, request: *rpc }
  - { <<: *nas, name: password with a newline, auth: newline, request: *rpc }
  - { only: [locked], name: after a retry loop, auth: alice, request: *rpc }
  - <<: *nas
    name: session id in another header
    auth: alice
    steps:
      - { request: *rpc, expect: { status: 409 }, capture: { sid: "header:X-Transmission-Session-Id" } }
      - request: { method: POST, path: /transmission/rpc, headers: { X-Session-Id: "${sid}" }, json: { method: session-get } }
`,
		files: map[string]string{".env": envList("RPC_PASSWORD="+transAlice, "WRONG_PASSWORD=not-Al1ce-Trans-pass", "RPC_TOKEN=opq_Trans_7Hd92kLmQ4pX",
			"SESSION_ID=ZRl9uiW2PHUm3DeG04c7KcQT00IvCdUsCuk3ce3yuui6vA2B",
			`NEWLINE_PASSWORD="`+transAlice+`\n"`)},
		want: map[string]string{
			// 401 "Unauthorized User. N unsuccessful login attempts." with
			// Basic realm="Transmission".
			"nas/no credential": "no_credentials_sent", "nas/wrong password": "credential_rejected",
			// admin is the user name of many guides; this daemon's is alice.
			"nas/default user name": "credential_rejected",
			"nas/bearer to basic":   "scheme_mismatch",
			// 409 "Your request had an invalid session-id header", naming
			// X-Transmission-Session-Id: the anti-CSRF header the RPC
			// requires, missing or stale (a stale one is refused like a
			// missing one; the credential itself was accepted).
			"nas/no session id": "required_header_missing", "nas/stale session id": "required_header_missing",
			"nas/session id handshake": "pass",
			// 200 {"result":"method name not recognized"}: nothing about
			// the credential.
			"nas/unknown rpc method": "none",
			// 403 "Unauthorized IP Address. Either disable the IP address
			// whitelist or add your address to it."
			"lan/address not in the whitelist": "ip_restricted",
			// Late: a trailing newline in the password; 403 "Too many
			// unsuccessful login attempts. Please restart
			// transmission-daemon." to the right password after 100 wrong
			// ones: a lockout of the login, chosen as rate_limited (the
			// credential is fine; waiting, or a restart, is the fix);
			// the session id sent under another header name: the 409 again.
			"nas/password with a newline": "whitespace_in_credential", "locked/after a retry loop": "rate_limited",
			"nas/session id in another header": "required_header_missing",
		},
		never: map[string]string{"nas/no session id": "credential_rejected", "nas/stale session id": "credential_rejected",
			"lan/address not in the whitelist": "credential_rejected",
			"locked/after a retry loop":        "credential_rejected"},
		secrets: []string{transAlice, "not-Al1ce-Trans-pass", "opq_Trans_7Hd92kLmQ4pX"},
	},
	{
		name:  "monit",
		start: baseOnly(startMonit),
		suite: `version: 1
name: monit held out
environments:
  staging: { base_url: "{{base}}", env_file: .env }
credentials:
  alice: { type: basic, username: alice, password: "${ALICE_PASSWORD}" }
  wrong: { type: basic, username: alice, password: "${WRONG_PASSWORD}" }
  carol: { type: basic, username: carol, password: "${CAROL_PASSWORD}" }
  bob: { type: basic, username: bob, password: "${BOB_PASSWORD}" }
  token: { type: bearer, token: "${API_TOKEN}" }
  quoted: { type: basic, username: alice, password: "${QUOTED_PASSWORD}" }
x-status: &status { path: /_status, query: { format: xml } }
x-csrf: &csrf { Cookie: "securitytoken=${CSRF}" }
scenarios:
  - { name: no credential, request: *status }
  - { name: wrong password, auth: wrong, request: *status }
  - { name: unknown user, auth: carol, request: *status }
  - { name: bearer to basic, auth: token, request: *status }
  - { name: status, auth: alice, request: *status }
  - name: read-only user runs an action
    auth: bob
    request: { method: POST, path: /_doaction, headers: *csrf, form: { service: monitrc, action: unmonitor, securitytoken: "${CSRF}" } }
  - name: action without the csrf token
    auth: alice
    request: { method: POST, path: /_doaction, form: { service: monitrc, action: unmonitor } }
  - { name: no such service, auth: alice, request: { path: /nginx } }
  - name: invalid action
    auth: alice
    request: { method: POST, path: /monitrc, headers: *csrf, form: { action: reload-all, securitytoken: "${CSRF}" } }
  - { name: password in quotes, auth: quoted, request: *status }
`,
		files: map[string]string{".env": envList("ALICE_PASSWORD="+monitAlice, "WRONG_PASSWORD=not-Al1ce-Monit-pass", "CAROL_PASSWORD=Car0l-Monit-2026",
			"BOB_PASSWORD="+monitBob, "API_TOKEN=opq_Monit_7Hd92kLmQ4pX", "CSRF="+monitCSRFTok,
			`QUOTED_PASSWORD="'`+monitAlice+`'"`)},
		want: map[string]string{
			// Monit's 401 page: "You are not authorized to access monit.
			// Either you supplied the wrong credentials (e.g. bad
			// password), or your browser doesn't understand how to supply
			// the credentials required", to all three: its boilerplate.
			"staging/no credential": "no_credentials_sent", "staging/wrong password": "credential_rejected",
			"staging/unknown user": "credential_rejected", "staging/bearer to basic": "scheme_mismatch",
			"staging/status": "pass",
			// 403 "You do not have sufficient privileges to access this
			// page": bob is read-only.
			"staging/read-only user runs an action": "permission_denied",
			// 403 "Invalid CSRF Token": the password was right, the
			// anti-CSRF token (cookie and form field) missing.
			"staging/action without the csrf token": "required_header_missing",
			// 404 'There is no service named "nginx"', 400 'Invalid action
			// "reload-all"': nothing about the credential.
			"staging/no such service": "none", "staging/invalid action": "none",
			// Late: the quotes of a pasted value travel with the password.
			"staging/password in quotes": "quotes_in_credential",
		},
		never: map[string]string{"staging/read-only user runs an action": "blocked_by_proxy",
			"staging/action without the csrf token": "credential_rejected"},
		secrets: []string{monitAlice, "not-Al1ce-Monit-pass", "Car0l-Monit-2026", monitBob, "opq_Monit_7Hd92kLmQ4pX"},
	},
	{
		name:  "radicale",
		start: baseOnly(startRadicale),
		suite: `version: 1
name: radicale held out
environments:
  staging: { base_url: "{{base}}", env_file: radicale.staging.env }
  production: { base_url: "{{base}}", env_file: radicale.production.env }
credentials:
  alice: { type: basic, username: alice, password: "${ALICE_PASSWORD}" }
  wrong: { type: basic, username: alice, password: "${WRONG_PASSWORD}" }
  dave: { type: basic, username: dave, password: "${DAVE_PASSWORD}" }
  bob: { type: basic, username: bob, password: "${BOB_PASSWORD}" }
  app: { type: basic, username: "${APP_USER}", password: "${APP_PASSWORD}" }
  token: { type: bearer, token: "${API_TOKEN}" }
  token_query: { type: api_key, query: access_token, key: "${API_TOKEN}" }
x-staging: &staging { only: [staging] }
x-home: &home { method: PROPFIND, path: /alice/, headers: { Depth: "0" } }
scenarios:
  - { <<: *staging, name: no credential, request: *home }
  - { <<: *staging, name: wrong password, auth: wrong, request: *home }
  - { <<: *staging, name: unknown user, auth: dave, request: *home }
  - { <<: *staging, name: bearer to basic, auth: token, request: *home }
  - { <<: *staging, name: own collections, auth: alice, request: *home }
  - { <<: *staging, name: another user's collections, auth: bob, request: *home }
  - { <<: *staging, name: no such event, auth: alice, request: { path: /alice/calendar/missing.ics } }
  - { <<: *staging, name: token in the query, auth: token_query, request: *home }
  - { name: app user, auth: app, request: { method: PROPFIND, path: "/${APP_USER}/", headers: { Depth: "0" } } }
`,
		files: map[string]string{
			"radicale.staging.env": envList("ALICE_PASSWORD="+radicaleAl, "WRONG_PASSWORD=not-Al1ce-Radicale-pass", "DAVE_PASSWORD=D4ve-Radicale-2026",
				"BOB_PASSWORD="+radicaleBob, "API_TOKEN=opq_Radicale_7Hd92kLmQ4pX", "APP_USER=alice", "APP_PASSWORD="+radicaleAl),
			// production's app user is bob; its password was copied from
			// staging's (alice's).
			"radicale.production.env": envList("APP_USER=bob", "APP_PASSWORD="+radicaleAl),
		},
		want: map[string]string{
			// Radicale's 401 says "Access to the requested resource
			// forbidden." with Basic realm="Radicale - Password Required",
			// to all four: its words are the 403's, the status and the
			// challenge tell.
			"staging/no credential": "no_credentials_sent", "staging/wrong password": "credential_rejected",
			"staging/unknown user": "credential_rejected", "staging/bearer to basic": "scheme_mismatch",
			"staging/own collections": "pass",
			// 403 "Access to the requested resource forbidden." to bob.
			"staging/another user's collections": "permission_denied",
			// 404 "The requested resource could not be found."
			"staging/no such event": "none",
			"production/app user":   "credential_from_other_environment",
			// Late: a token in the query where the Basic challenge asks for
			// the Authorization header.
			"staging/token in the query": "credential_in_wrong_place",
		},
		never:   map[string]string{"staging/another user's collections": "blocked_by_proxy"},
		secrets: []string{radicaleAl, "not-Al1ce-Radicale-pass", "D4ve-Radicale-2026", radicaleBob, "opq_Radicale_7Hd92kLmQ4pX"},
	},
	{
		name:  "tinyproxy",
		start: startTinyproxy,
		suite: `version: 1
name: tinyproxy held out
environments:
  office: { base_url: "{{base}}", env_file: .env }
  ci: { base_url: "{{base}}", env_file: .env }
  vpn: { base_url: "{{base}}", env_file: .env }
  lan: { base_url: "{{base}}", env_file: .env }
credentials:
  token: { type: bearer, token: "${API_TOKEN}", shared: true }
  wrong: { type: basic, username: user, password: "${WRONG_PASSWORD}", shared: true }
x-vpn: &vpn { only: [vpn] }
scenarios:
  - { name: api behind the proxy, auth: token, request: { path: /bearer } }
  - { <<: *vpn, name: wrong password at the api, auth: wrong, request: { path: "/basic-auth/user/${GOOD_PASSWORD}" } }
  - { <<: *vpn, name: no token at the api, request: { path: /bearer } }
  - { <<: *vpn, name: api forbids, auth: token, request: { path: /status/403 } }
  - { <<: *vpn, name: api rate limit, auth: token, request: { path: /status/429 } }
  - { <<: *vpn, name: path filtered by the proxy, auth: token, request: { path: /blocked/reports } }
  - { <<: *vpn, name: basic to the api's bearer, auth: wrong, request: { path: /bearer } }
  - { <<: *vpn, name: api down behind the proxy, auth: token, request: { url: "http://127.0.0.1:{{gone}}/v1/orders" } }
  - { only: [office], name: no-credential check through the proxy, kind: failure, request: { path: /bearer } }
`,
		files: map[string]string{".env": envList("API_TOKEN=opq_Tiny_7Hd92kLmQ4pX", "WRONG_PASSWORD=wrong-httpbin-pass", "GOOD_PASSWORD=Httpb1n-Pass-2026")},
		// office: no proxy credentials; ci: a wrong proxy password; vpn:
		// the right one; lan: the right one, at a proxy that serves
		// 10.0.0.0/8 only.
		proxies: map[string]string{"office": "{{proxy}}", "ci": "http://ci:not-Pr0xy-Tiny-pass@{{proxy_host}}",
			"vpn": "http://ci:" + tinyPass + "@{{proxy_host}}", "lan": "http://ci:" + tinyPass + "@{{lan_proxy_host}}"},
		want: map[string]string{
			// 407 Proxy Authentication Required, "This proxy requires
			// authentication."
			"office/api behind the proxy": "blocked_by_proxy",
			// Tinyproxy 1.11 answers a wrong proxy password with 401 and
			// WWW-Authenticate: Basic realm="Tinyproxy" (not 407), its page
			// "The administrator of this proxy has not configured it to
			// service requests from you.", Server: tinyproxy: the proxy
			// refused, not the API.
			"ci/api behind the proxy":  "blocked_by_proxy",
			"vpn/api behind the proxy": "pass",
			// The API's own refusals through the proxy (Via: tinyproxy).
			"vpn/wrong password at the api": "credential_rejected", "vpn/no token at the api": "no_credentials_sent",
			"vpn/api forbids": "permission_denied", "vpn/api rate limit": "rate_limited",
			"vpn/basic to the api's bearer": "scheme_mismatch",
			// 403 Filtered, "The request you made has been filtered".
			"vpn/path filtered by the proxy": "blocked_by_proxy",
			// 403 Access denied, "The administrator of this proxy has not
			// configured it to service requests from your host.": the
			// proxy's Allow list; chosen over ip_restricted because the
			// refusal is the proxy's (its page, its Server), not the API's
			// allowlist.
			"lan/api behind the proxy": "blocked_by_proxy",
			// 500 Unable to connect: nothing about any credential.
			"vpn/api down behind the proxy": "none",
			// Late: a no-credential check (401 expected) that met the
			// proxy's 407, not the API.
			"office/no-credential check through the proxy": "blocked_by_proxy",
		},
		never: map[string]string{"ci/api behind the proxy": "credential_rejected", "lan/api behind the proxy": "credential_rejected",
			"vpn/wrong password at the api": "blocked_by_proxy", "vpn/api forbids": "blocked_by_proxy"},
		secrets: []string{"opq_Tiny_7Hd92kLmQ4pX", tinyPass, "not-Pr0xy-Tiny-pass", "wrong-httpbin-pass", "Httpb1n-Pass-2026"},
	},
}

func TestHeldOutServers4(t *testing.T) { runHeldOut(t, heldOut4Cases) }
