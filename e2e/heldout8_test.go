package e2e

import "testing"

// The eighth held-out round on real servers (ejabberd 23.01's HTTP API
// and OAuth endpoint, Deluge 2.0's web UI, Netdata 1.37's management
// API), written the way the first seven were: each scenario's first cause
// was decided from docs/diagnosis.md, the server's documentation and its
// answer (read with curl) before authspec was run on it, and before the
// diagnosis code was read. Where two causes could fit, a comment says
// which was chosen and why. "pass" marks a scenario whose credential is
// right: it must pass.
//
// First run, unchanged: first cause right for 35 of 44 (8 of them
// passes). Misses: ejabberd's 403 code 32 "AccessRules: Account does not
// have the right to perform the operation." to a request without
// credential read as permission_denied first (no_credentials_sent
// second), and to a token in ?access_token= as permission_denied; its 400
// invalid_grant "Invalid scope" read as credential_rejected first;
// Deluge's 200 {"result": false} to a wrong password at auth.login and to
// auth.check_session without a session got no cause; Netdata's 403 "Auth
// Error" to an old key, the key under Bearer and the key in the query
// read as permission_denied, and its 403 "You are not allowed to access
// this resource." to an address its list refuses as permission_denied.
//
// After general readings (diagnose/, TestServerReadings8): 40 of 44.
// Words about the caller's rights to a request that carried no
// credential rank after no_credentials_sent (nothing identified a caller;
// a policy's explicit deny of the anonymous caller keeps its rank); "Auth
// Error" reads as "authentication error" does (the key was not
// accepted); an invalid_grant whose description speaks of the scope is
// invalid_scope in other words (permission_denied). Left pending, as no
// general reading tells them apart from the answer alone: ejabberd's 403
// to a token in ?access_token= is the same answer, byte for byte, as a
// token's lacking the right (other APIs do read keys from the query);
// Deluge's {"result": false} says nothing of why; Netdata's "You are not
// allowed to access this resource." names no address.
//
// Late: 9 scenarios written after the fixes (ejabberd's revoked token,
// another user's password, a token request without grant_type, an
// unknown virtual host, a token granted without a scope; Deluge's login
// without its password argument, the password as the session cookie, a
// login sent as text/plain; Netdata's address-list 403 to no key), run
// once: 8 of 9. Miss: Deluge's {"error": {"message": "TypeError:
// Auth.login() missing 1 required positional argument: 'password'"}} read
// as a refusal (no_credentials_sent): a language's error about a call's
// arguments is the call's shape now, whatever names its words hold: 9 of
// 9.

var heldOut8Cases = []heldOutCase{
	{
		name:  "ejabberd",
		start: startEjabberd,
		suite: `version: 1
name: ejabberd held out
environments:
  xmpp: { base_url: "{{base}}", env_file: .env }
credentials:
  admin: { type: basic, username: admin@localhost, password: "${ADMIN_PASSWORD}" }
  wrong: { type: basic, username: admin@localhost, password: "${WRONG_PASSWORD}" }
  carol: { type: basic, username: carol@localhost, password: "${ADMIN_PASSWORD}" }
  bare_user: { type: basic, username: admin, password: "${ADMIN_PASSWORD}" }
  bob: { type: basic, username: bob@localhost, password: "${BOB_PASSWORD}" }
  token: { type: bearer, token: "${ADMIN_TOKEN}" }
  stale: { type: bearer, token: "${OLD_TOKEN}" }
  expired: { type: bearer, token: "${EXPIRED_TOKEN}" }
  sasl: { type: bearer, token: "${SASL_TOKEN}" }
  bob_token: { type: bearer, token: "${BOB_TOKEN}" }
  token_scheme: { type: bearer, prefix: Token, token: "${ADMIN_TOKEN}" }
  query: { type: api_key, query: access_token, key: "${ADMIN_TOKEN}" }
  token_as_password: { type: basic, username: admin@localhost, password: "${ADMIN_TOKEN}" }
  password_as_token: { type: bearer, token: "${ADMIN_PASSWORD}" }
  revoked: { type: bearer, token: "${REVOKED_TOKEN}" }
  bob_with_admin_password: { type: basic, username: bob@localhost, password: "${ADMIN_PASSWORD}" }
x-users: &users { method: POST, path: /api/registered_users, json: { host: localhost } }
x-grant: &grant { method: POST, path: /oauth/token }
scenarios:
  - { name: users without credential, request: *users }
  - { name: wrong password, auth: wrong, request: *users }
  - { name: unknown user, auth: carol, request: *users }
  - { name: user without its domain, auth: bare_user, request: *users }
  - { name: admin lists users, auth: admin, request: *users }
  - { name: bob lists users, auth: bob, request: *users }
  - { name: bob asks the status, auth: bob, request: { method: POST, path: /api/status, json: {} } }
  - { name: admin token lists users, auth: token, request: *users }
  - { name: stale token, auth: stale, request: *users }
  - { name: expired token, auth: expired, request: *users }
  - { name: token under another scheme, auth: token_scheme, request: *users }
  - { name: token in the query, auth: query, request: *users }
  - { name: token as a basic password, auth: token_as_password, request: *users }
  - { name: password as a bearer token, auth: password_as_token, request: *users }
  - { name: token with the sasl_auth scope, auth: sasl, request: *users }
  - { name: bob's admin-scoped token, auth: bob_token, request: *users }
  - name: token from the password grant
    steps:
      - request: { <<: *grant, form: { grant_type: password, client_id: ci, scope: "ejabberd:admin", username: admin@localhost, password: "${ADMIN_PASSWORD}" } }
        capture: { access: access_token }
      - request: { <<: *users, headers: { Authorization: "Bearer ${access}" } }
  - name: client credentials grant
    request: { <<: *grant, form: { grant_type: client_credentials, client_id: ci, scope: "ejabberd:admin" } }
  - name: scope the server does not know
    request: { <<: *grant, form: { grant_type: password, client_id: ci, scope: "ejabberd:everything", username: admin@localhost, password: "${ADMIN_PASSWORD}" } }
  - { name: unknown command, auth: admin, request: { method: POST, path: /api/list_everything, json: {} } }
  - { name: missing argument, auth: admin, request: { method: POST, path: /api/registered_users, json: {} } }
  - name: user registered already
    auth: admin
    request: { method: POST, path: /api/register, json: { user: bob, host: localhost, password: "${BOB_PASSWORD}" } }
  - name: new password for an unknown user
    auth: admin
    request: { method: POST, path: /api/change_password, json: { user: nobody, host: localhost, newpass: "${BOB_PASSWORD}" } }
  - { name: wrong password may not list users, kind: permission, auth: wrong, request: *users }
  - { name: no credential is refused, kind: failure, request: *users }
  - { name: revoked token, auth: revoked, request: *users }
  - { name: another user's password, auth: bob_with_admin_password, request: *users }
  - name: token request without a grant type
    request: { <<: *grant, form: { client_id: ci, scope: "ejabberd:admin", username: admin@localhost, password: "${ADMIN_PASSWORD}" } }
  - { name: unknown virtual host, auth: admin, request: { method: POST, path: /api/registered_users, json: { host: nohost.example } } }
  - name: token asked without a scope
    steps:
      - request: { <<: *grant, form: { grant_type: password, client_id: ci, username: admin@localhost, password: "${ADMIN_PASSWORD}" } }
        capture: { access: access_token }
      - request: { <<: *users, headers: { Authorization: "Bearer ${access}" } }
`,
		files: map[string]string{".env": envList("ADMIN_PASSWORD="+ejabberdAdmin, "WRONG_PASSWORD=not-Adm1n-Ejab", "BOB_PASSWORD="+ejabberdBob,
			"ADMIN_TOKEN={{admin_token}}", "OLD_TOKEN=k3v9PqL2mX8rT5wN1yB6cF4hJ7dS0aZe", "EXPIRED_TOKEN={{expired_token}}",
			"SASL_TOKEN={{sasl_token}}", "BOB_TOKEN={{bob_token}}", "REVOKED_TOKEN={{revoked_token}}")},
		want: map[string]string{
			// 403 {"status":"error","code":32,"message":"AccessRules: Account
			// does not have the right to perform the operation."}: ejabberd
			// answers a request no rule lets through, with or without a
			// credential, so; nothing was sent here.
			"xmpp/users without credential": "no_credentials_sent",
			// 401 {"status":"error","code":10,"message":"You are not
			// authorized to call this command."} to a password, a user or
			// a JID it cannot authenticate (no challenge).
			"xmpp/wrong password": "credential_rejected", "xmpp/unknown user": "credential_rejected",
			"xmpp/user without its domain": "credential_rejected",
			"xmpp/admin lists users":       "pass",
			// The 403 of code 32 to bob, whose password is right.
			"xmpp/bob lists users": "permission_denied", "xmpp/bob asks the status": "pass",
			"xmpp/admin token lists users": "pass",
			// 401 code 10 "Oauth Token is invalid or expired." to a token
			// it does not know and to one whose hour ran out alike. Chosen
			// credential_rejected for both: the words do not say which, the
			// catalog's token_expired wants words that say the token
			// expired, and its credential_rejected words that say it is
			// invalid (no RFC 6750 invalid_token code: not
			// server_invalid_token).
			"xmpp/stale token": "credential_rejected", "xmpp/expired token": "credential_rejected",
			// "Token …": 401 code 10 "You are not authorized to call this
			// command.", no challenge naming a scheme; from the answer, the
			// credential was not accepted.
			"xmpp/token under another scheme": "credential_rejected",
			// ?access_token=: the 403 of code 32 that a request without
			// credential meets: ejabberd reads the token from Authorization
			// only. Chosen credential_in_wrong_place over permission_denied:
			// the token never reached the permission check.
			"xmpp/token in the query": "credential_in_wrong_place",
			// The token as Basic's password: 401 code 10; the password as a
			// Bearer token: 401 "Oauth Token is invalid or expired.".
			"xmpp/token as a basic password": "credential_rejected", "xmpp/password as a bearer token": "credential_rejected",
			// A token whose scope (sasl_auth) is not the one the admin rule
			// names, and bob's token of the right scope: the 403 of code 32.
			// permission_denied, not server_insufficient_scope: the answer
			// names no scope.
			"xmpp/token with the sasl_auth scope": "permission_denied", "xmpp/bob's admin-scoped token": "permission_denied",
			"xmpp/token from the password grant": "pass",
			// 400 {"error":"unsupported_grant_type","error_description":
			// "Unsupported grant type"}: the catalog's reading of it.
			"xmpp/client credentials grant": "permission_denied",
			// 400 {"error":"invalid_grant","error_description":"Invalid
			// scope"}: the password is right, the scope is not one the
			// client may have; chosen permission_denied (a grant or scope
			// not allowed) over credential_rejected, since the description
			// speaks of the scope, not of the password.
			"xmpp/scope the server does not know": "permission_denied",
			// 404 {"status":"error","code":40,"message":"Endpoint not
			// found."}, 400 "Request have missing argument: host", 409
			// "User bob@localhost already registered" (code 10090), 404
			// "unknown_user": nothing about the credential.
			"xmpp/unknown command": "none", "xmpp/missing argument": "none", "xmpp/user registered already": "none",
			"xmpp/new password for an unknown user": "none",
			// A permission scenario (403 expected) met the 401 of a wrong
			// password; a failure scenario (401 expected) met the 403 that
			// ejabberd answers a request without credential.
			"xmpp/wrong password may not list users": "authentication_before_authorization",
			"xmpp/no credential is refused":          "authentication_before_authorization",
			// Late: a token revoked through oauth_revoke_token (401 "Oauth
			// Token is invalid or expired."), bob's JID with admin's
			// password (401 code 10); a token request without grant_type:
			// 400 unsupported_grant_type, which the catalog reads as a
			// grant not allowed (permission_denied), though the grant was
			// only left out; 400 "Unknown virtual host"; a token asked
			// without a scope (granted with scope "") then refused with
			// the 403 of code 32.
			"xmpp/revoked token": "credential_rejected", "xmpp/another user's password": "credential_rejected",
			"xmpp/token request without a grant type": "permission_denied", "xmpp/unknown virtual host": "none",
			"xmpp/token asked without a scope": "permission_denied",
		},
		never: map[string]string{"xmpp/unknown command": "endpoint_not_found", "xmpp/new password for an unknown user": "not_found_hides_permission",
			"xmpp/missing argument": "credential_rejected"},
		pending: map[string]string{"xmpp/token in the query": "permission_denied"},
		secrets: []string{ejabberdAdmin, "not-Adm1n-Ejab", ejabberdBob, "{{admin_token}}", "k3v9PqL2mX8rT5wN1yB6cF4hJ7dS0aZe",
			"{{expired_token}}", "{{sasl_token}}", "{{bob_token}}", "{{revoked_token}}"},
	},
	{
		name:  "deluge",
		start: baseOnly(startDeluge),
		suite: `version: 1
name: deluge held out
environments:
  web: { base_url: "{{base}}", env_file: .env }
credentials:
  session: { type: header, headers: { Cookie: "_session_id=${OLD_SESSION}" } }
  basic: { type: basic, username: deluge, password: "${WEB_PASSWORD}" }
  password_cookie: { type: header, headers: { Cookie: "_session_id=${WEB_PASSWORD}" } }
x-ok: &ok { status: 200, body: { error: null } }
x-hosts: &hosts { method: POST, path: /json, json: { method: web.get_hosts, params: [], id: 2 } }
x-login: &login { method: POST, path: /json, json: { method: auth.login, params: ["${WEB_PASSWORD}"], id: 1 } }
scenarios:
  - { name: login, request: *login, expect: { status: 200, body: { result: true } } }
  - name: login with a wrong password
    request: { method: POST, path: /json, json: { method: auth.login, params: ["${WRONG_PASSWORD}"], id: 1 } }
    expect: { status: 200, body: { result: true } }
  - { name: hosts without a session, request: *hosts, expect: *ok }
  - { name: hosts with a stale session, auth: session, request: *hosts, expect: *ok }
  - name: hosts after login
    steps:
      - { request: *login, expect: { status: 200, body: { result: true } }, capture: { cookie: "header:Set-Cookie" } }
      - { request: { <<: *hosts, headers: { Cookie: "${cookie}" } }, expect: *ok }
  - { name: password as basic, auth: basic, request: *hosts, expect: *ok }
  - name: unknown method after login
    steps:
      - { request: *login, expect: { status: 200, body: { result: true } }, capture: { cookie: "header:Set-Cookie" } }
      - { request: { method: POST, path: /json, json: { method: web.nothing, params: [], id: 3 }, headers: { Cookie: "${cookie}" } }, expect: *ok }
  - name: session after logout
    steps:
      - { request: *login, expect: { status: 200, body: { result: true } }, capture: { cookie: "header:Set-Cookie" } }
      - request: { method: POST, path: /json, json: { method: auth.delete_session, params: [], id: 4 }, headers: { Cookie: "${cookie}" } }
        expect: { status: 200, body: { result: true } }
      - { request: { <<: *hosts, headers: { Cookie: "${cookie}" } }, expect: *ok }
  - name: session check without a session
    request: { method: POST, path: /json, json: { method: auth.check_session, params: [], id: 5 } }
    expect: { status: 200, body: { result: true } }
  - { name: request without an id, request: { method: POST, path: /json, json: { method: auth.login, params: ["${WEB_PASSWORD}"] } }, expect: *ok }
  - { name: login without a password, request: { method: POST, path: /json, json: { method: auth.login, params: [], id: 6 } }, expect: { status: 200, body: { result: true } } }
  - { name: password as the session cookie, auth: password_cookie, request: *hosts, expect: *ok }
  - name: login sent as text
    request: { method: POST, path: /json, headers: { Content-Type: text/plain }, body: '{"method": "auth.login", "params": ["${WEB_PASSWORD}"], "id": 7}' }
    expect: { status: 200, body: { result: true } }
`,
		files: map[string]string{".env": envList("WEB_PASSWORD="+delugePass, "WRONG_PASSWORD=not-D3luge-Web", "OLD_SESSION=5e0f3c2a9b8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b")},
		want: map[string]string{
			// {"result": true, "error": null, "id": 1} and a session cookie;
			// a wrong password: {"result": false, "error": null, "id": 1}
			// with 200 (the scenario wants result true).
			"web/login": "pass", "web/login with a wrong password": "credential_rejected",
			// 200 {"result": null, "error": {"message": "Not
			// authenticated", "code": 1}, "id": 2} to every request its
			// session did not authenticate.
			"web/hosts without a session": "no_credentials_sent", "web/hosts with a stale session": "credential_rejected",
			"web/hosts after login": "pass",
			// Deluge reads its session cookie only; the "Not authenticated"
			// names no scheme or place, so from the answer the password was
			// refused (as the seventh round's Jupyter).
			"web/password as basic": "credential_rejected",
			// {"error": {"message": "Unknown method", "code": 2}}: nothing
			// about the credential.
			"web/unknown method after login": "none",
			// The session deleted by auth.delete_session, then used: "Not
			// authenticated"; the cookie was sent as a header the scenario
			// wrote, a credential all the same.
			"web/session after logout": "credential_rejected",
			// {"result": false} from auth.check_session: no session sent.
			"web/session check without a session": "no_credentials_sent",
			// {"error": {"code": 5, "message": "JSONException: Invalid JSON
			// request, missing param 'id' in {…}"}}: the request's shape.
			"web/request without an id": "none",
			// Late: {"error": {"message": "TypeError: Auth.login() missing 1
			// required positional argument: 'password'", "code": 3}}; the
			// password sent as the session cookie ("Not authenticated");
			// {"error": {"code": 5, "message": "JSONException: Invalid JSON
			// request content-type: text/plain"}}.
			"web/login without a password": "none", "web/password as the session cookie": "credential_rejected",
			"web/login sent as text": "none",
		},
		never:   map[string]string{"web/unknown method after login": "endpoint_not_found", "web/request without an id": "credential_rejected"},
		pending: map[string]string{"web/login with a wrong password": "none", "web/session check without a session": "none"},
		secrets: []string{delugePass, "not-D3luge-Web", "5e0f3c2a9b8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b"},
	},
	{
		name:  "netdata",
		start: baseOnly(func(t *testing.T) string { return startNetdata(t, "localhost") }),
		suite: `version: 1
name: netdata held out
environments:
  agent: { base_url: "{{base}}", env_file: .env }
credentials:
  key: { type: api_key, header: X-Auth-Token, key: "${NETDATA_KEY}" }
  old: { type: api_key, header: X-Auth-Token, key: "${OLD_KEY}" }
  bearer: { type: bearer, token: "${NETDATA_KEY}" }
  query: { type: api_key, query: token, key: "${NETDATA_KEY}" }
x-list: &list { path: /api/v1/manage/health, query: { cmd: LIST } }
scenarios:
  - { name: silencers without key, request: *list }
  - { name: old key, auth: old, request: *list }
  - { name: key as a bearer token, auth: bearer, request: *list }
  - { name: key in the query, auth: query, request: *list }
  - { name: key lists silencers, auth: key, request: *list }
  - { name: key silences an alarm, auth: key, request: { path: /api/v1/manage/health, query: { cmd: SILENCE, alarm: disk_full } } }
  - { name: unknown management command, auth: key, request: { path: /api/v1/manage/everything } }
  - { name: chart that does not exist, request: { path: /api/v1/data, query: { chart: nope.chart } } }
`,
		files: map[string]string{".env": envList("NETDATA_KEY="+netdataKey, "OLD_KEY=0b7d4e2f-1a3c-4d5e-8f9a-2b4c6d8e0f1a")},
		want: map[string]string{
			// 403 "Auth Error" (text/plain) to every request its key did not
			// authenticate, no challenge.
			"agent/silencers without key": "no_credentials_sent", "agent/old key": "credential_rejected",
			// Netdata 1.37 reads X-Auth-Token only; "Auth Error" names no
			// scheme or place: credential_rejected, from the answer.
			"agent/key as a bearer token": "credential_rejected", "agent/key in the query": "credential_rejected",
			"agent/key lists silencers": "pass", "agent/key silences an alarm": "pass",
			// 404 "Unsupported v1 API command: manage&#x2F;everything", 404
			// "No metrics where matched to query.".
			"agent/unknown management command": "none", "agent/chart that does not exist": "none",
		},
		never:   map[string]string{"agent/unknown management command": "not_found_hides_permission", "agent/chart that does not exist": "not_found_hides_permission"},
		secrets: []string{netdataKey, "0b7d4e2f-1a3c-4d5e-8f9a-2b4c6d8e0f1a"},
	},
	{
		name:  "netdata-acl",
		start: baseOnly(func(t *testing.T) string { return startNetdata(t, "10.*") }),
		suite: `version: 1
name: netdata address list held out
environments:
  acl: { base_url: "{{base}}", env_file: .env }
credentials:
  key: { type: api_key, header: X-Auth-Token, key: "${NETDATA_KEY}" }
scenarios:
  - { name: key from an address not allowed, auth: key, request: { path: /api/v1/manage/health, query: { cmd: LIST } } }
  - { name: no key from an address not allowed, request: { path: /api/v1/manage/health, query: { cmd: LIST } } }
`,
		files: map[string]string{".env": envList("NETDATA_KEY=" + netdataKey)},
		// 403 "You are not allowed to access this resource.": Netdata's
		// answer to an address its "allow management from" does not
		// match (its documentation), the key right. ip_restricted is the
		// cause; the words do not name an address.
		// Late: the same 403 to no key at all: nothing was sent.
		want:    map[string]string{"acl/key from an address not allowed": "ip_restricted", "acl/no key from an address not allowed": "no_credentials_sent"},
		pending: map[string]string{"acl/key from an address not allowed": "permission_denied"},
		secrets: []string{netdataKey},
	},
}

func TestHeldOutServers8(t *testing.T) { runHeldOut(t, heldOut8Cases) }
