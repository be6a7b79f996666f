package e2e

import "testing"

// The sixth held-out round on real servers (Rspamd's controller, Janus's
// HTTP and Admin APIs, the Glances web server, Icinga 2's REST API),
// written the way the first five were: each scenario's first cause was
// decided from docs/diagnosis.md, the server's documentation and its
// answer (read with curl) before authspec was run on it, and before the
// diagnosis code was read. Where two causes could fit, a comment says
// which was chosen and why. "pass" marks a scenario whose credential is
// right: it must pass.
//
// First run, unchanged: first cause right for 31 of 47 (10 of them
// passes). Misses: Rspamd's 401 {"error":"Unauthorized"} to the read-only
// password writing (two) read as credential_rejected; Janus's 200
// {"janus": "error", "error": {"code": 403, "reason": "Unauthorized
// request (wrong or missing secret/token)"}} got no cause at all (six:
// nothing sent, a stale or wrong secret, the secret as a bearer token, the
// API's secret at the Admin API); Glances's 401 "Access denied" page with
// Basic realm="private" read as blocked_by_proxy first (five); Icinga's
// 404 "No objects found." and "The requested path … could not be found"
// to a viewer that may not write got no cause (three).
//
// After general readings (diagnose/): a 401 that challenges
// (WWW-Authenticate) without a product's marks is the server asking for a
// credential, not a WAF's block page, whatever the page says; an error
// object's "reason" beside a refusal's status code (403 in Janus's 200) is
// its text: 41 of 47. Left pending, as no general reading tells them
// apart from the answer alone: Rspamd's 401 {"error":"Unauthorized"} to
// the read-only password writing is byte for byte its answer to a wrong
// password (only another scenario of the run shows the password accepted);
// Icinga's 404 "No objects found." to the viewer is what root gets for a
// host that does not exist, and its 404 for a route the viewer lacks a
// permission for says the path may not exist; Glances's Basic challenge to
// the password in X-API-Key is the fifth round's PowerDNS pending case
// (a server that reads both X-API-Key and Basic answers a stale key so).
//
// Late: 9 scenarios written after the fixes (quoted passwords at Rspamd
// and Glances, a user name in capitals at Glances, the admin secret at
// Janus's API, another user's password at Icinga, permission scenarios
// whose read-only password or wrong password met a 401, a failure scenario
// that met Janus's refusal in a 200, a permission scenario that met
// Icinga's 404 "No objects found."), run once: 8 of 9. The ninth, the 404
// to a permission scenario, got no cause; reading since: a 404 where only
// a permission refusal (403) was expected is that refusal hidden
// (not_found_hides_permission): 9 of 9.

var heldOut6Cases = []heldOutCase{
	{
		name:  "rspamd",
		start: baseOnly(startRspamd),
		suite: `version: 1
name: rspamd held out
environments:
  controller: { base_url: "{{base}}", env_file: .env }
credentials:
  read: { type: api_key, header: Password, key: "${READ_PASSWORD}" }
  write: { type: api_key, header: Password, key: "${ENABLE_PASSWORD}" }
  stale: { type: api_key, header: Password, key: "${OLD_PASSWORD}" }
  read_bearer: { type: bearer, token: "${READ_PASSWORD}" }
  read_basic: { type: basic, username: admin, password: "${READ_PASSWORD}" }
  read_query: { type: api_key, query: password, key: "${READ_PASSWORD}" }
  read_quoted: { type: api_key, header: Password, key: "${QUOTED_PASSWORD}" }
x-stat: &stat { path: /stat }
x-reset: &reset { method: POST, path: /statreset }
scenarios:
  - { name: no password, request: *stat }
  - { name: stale password, auth: stale, request: *stat }
  - { name: read password, auth: read, request: *stat }
  - { name: password as a bearer token, auth: read_bearer, request: *stat }
  - { name: password as basic, auth: read_basic, request: *stat }
  - { name: password in the query, auth: read_query, request: *stat }
  - { name: read password resets the statistics, auth: read, request: *reset }
  - { name: read password learns spam, auth: read, request: { method: POST, path: /learnspam, body: "Subject: hi\n\nbuy now" } }
  - { name: enable password resets the statistics, auth: write, request: *reset }
  - { name: no such endpoint, auth: read, request: { path: /stats } }
  - { name: actions not json, auth: write, request: { method: POST, path: /saveactions, body: "[1,2" } }
  - { name: no such map, auth: write, request: { method: POST, path: /savemap, headers: { Map: "99" }, body: "x" } }
  - { name: map without its id, auth: read, request: { path: /getmap } }
  - { name: password in quotes, auth: read_quoted, request: *stat }
  - { name: read password may not reset, kind: permission, auth: read, request: *reset }
`,
		files: map[string]string{".env": envList("READ_PASSWORD="+rspamdRead, "ENABLE_PASSWORD="+rspamdWrite, "OLD_PASSWORD=R3ad-Rspamd-2025",
			`QUOTED_PASSWORD="'`+rspamdRead+`'"`)},
		want: map[string]string{
			// 401 {"error":"Unauthorized"}, no challenge, to every refusal.
			"controller/no password": "no_credentials_sent", "controller/stale password": "credential_rejected",
			"controller/read password": "pass",
			// Rspamd reads the Password header only; the answer names no
			// place (no challenge), so from it the password was refused (as
			// aria2's in the fifth round).
			"controller/password as a bearer token": "credential_rejected", "controller/password as basic": "credential_rejected",
			// Rspamd also reads a password parameter.
			"controller/password in the query": "pass",
			// The read-only password (password) where the documentation
			// asks for enable_password: Rspamd answers the same 401
			// "Unauthorized" as to a wrong one, but the suite's own /stat
			// scenario shows the password accepted. Chosen as
			// permission_denied (the password is known, the write is not
			// allowed), not credential_rejected.
			"controller/read password resets the statistics":   "permission_denied",
			"controller/read password learns spam":             "permission_denied",
			"controller/enable password resets the statistics": "pass",
			// 404 "Not found" (text), 400 {"error":"Cannot parse input"},
			// 404 {"error":"Map id not found"}: nothing about the password.
			"controller/no such endpoint": "none", "controller/actions not json": "none", "controller/no such map": "none",
			// 400 {"error":"Id header missing"}: getmap takes the map's id
			// in a Map header. Chosen as required_header_missing (a header
			// the API requires, named in its words) rather than none.
			"controller/map without its id": "required_header_missing",
			// Late: the quotes of a pasted value; a permission scenario
			// (403 expected) whose read-only password met the 401.
			"controller/password in quotes":          "quotes_in_credential",
			"controller/read password may not reset": "authentication_before_authorization",
		},
		never: map[string]string{"controller/no such endpoint": "credential_rejected", "controller/actions not json": "credential_rejected",
			"controller/no such map": "not_found_hides_permission"},
		// Pending, no general reading: a write method (POST), a password
		// and a bare 401 {"error":"Unauthorized"} are byte for byte Rspamd's
		// answer to a wrong password; that the password works for reads is
		// another scenario's fact, not this request's.
		pending: map[string]string{"controller/read password resets the statistics": "credential_rejected",
			"controller/read password learns spam": "credential_rejected"},
		secrets: []string{rspamdRead, rspamdWrite, "R3ad-Rspamd-2025"},
	},
	{
		name:  "janus",
		start: startJanus,
		suite: `version: 1
name: janus held out
environments:
  api: { base_url: "{{base}}", env_file: .env }
  admin: { base_url: "{{admin_base}}", env_file: .env }
credentials:
  secret_bearer: { type: bearer, token: "${API_SECRET}", shared: true }
x-api: &api { only: [api] }
x-admin: &admin { only: [admin] }
x-success: &success { body: { janus: success } }
scenarios:
  - <<: *api
    name: create without secret
    request: { method: POST, path: /janus, json: { janus: create, transaction: t1 } }
    expect: *success
  - <<: *api
    name: create with a stale secret
    request: { method: POST, path: /janus, json: { janus: create, transaction: t1, apisecret: "${OLD_SECRET}" } }
    expect: *success
  - <<: *api
    name: create
    request: { method: POST, path: /janus, json: { janus: create, transaction: t1, apisecret: "${API_SECRET}" } }
    expect: *success
  - <<: *api
    name: secret as a bearer token
    auth: secret_bearer
    request: { method: POST, path: /janus, json: { janus: create, transaction: t1 } }
    expect: *success
  - { <<: *api, name: server info, request: { path: /janus/info } }
  - <<: *api
    name: attach to a session that is gone
    request: { method: POST, path: /janus/123, json: { janus: attach, plugin: janus.plugin.echotest, transaction: t1, apisecret: "${API_SECRET}" } }
    expect: *success
  - <<: *api
    name: unknown request
    request: { method: POST, path: /janus, json: { janus: frobnicate, transaction: t1, apisecret: "${API_SECRET}" } }
    expect: *success
  - <<: *admin
    name: sessions without secret
    request: { method: POST, path: /admin, json: { janus: list_sessions, transaction: t1 } }
    expect: *success
  - <<: *admin
    name: sessions with a wrong admin secret
    request: { method: POST, path: /admin, json: { janus: list_sessions, transaction: t1, admin_secret: "${WRONG_ADMIN_SECRET}" } }
    expect: *success
  - <<: *admin
    name: api secret to the admin api
    request: { method: POST, path: /admin, json: { janus: list_sessions, transaction: t1, apisecret: "${API_SECRET}" } }
    expect: *success
  - <<: *admin
    name: sessions
    request: { method: POST, path: /admin, json: { janus: list_sessions, transaction: t1, admin_secret: "${ADMIN_SECRET}" } }
    expect: *success
  - <<: *admin
    name: handles of a session that is gone
    request: { method: POST, path: /admin/123, json: { janus: list_handles, transaction: t1, admin_secret: "${ADMIN_SECRET}" } }
    expect: *success
  - <<: *api
    name: admin secret to the api
    request: { method: POST, path: /janus, json: { janus: create, transaction: t1, apisecret: "${ADMIN_SECRET}" } }
    expect: *success
  - <<: *api
    name: no-secret check
    kind: failure
    request: { method: POST, path: /janus, json: { janus: create, transaction: t1 } }
`,
		files: map[string]string{".env": envList("API_SECRET="+janusAPI, "OLD_SECRET=Ap1-Janus-2025", "ADMIN_SECRET="+janusAdmin,
			"WRONG_ADMIN_SECRET=not-Adm1n-Janus-secret")},
		want: map[string]string{
			// 200 {"janus": "error", "error": {"code": 403, "reason":
			// "Unauthorized request (wrong or missing secret/token)"}} to
			// every refusal, on both APIs.
			"api/create without secret": "no_credentials_sent", "api/create with a stale secret": "credential_rejected",
			"api/create": "pass",
			// Janus reads the secret from the request's body only; the
			// answer names no place, so from it the secret was refused.
			"api/secret as a bearer token": "credential_rejected",
			// The server's info needs no secret.
			"api/server info": "pass",
			// {"code": 458, "reason": "No such session 123"} and {"code":
			// 457, "reason": "Unhandled request 'frobnicate' at this path"}
			// in a 200: the secret was right.
			"api/attach to a session that is gone": "none", "api/unknown request": "none",
			"admin/sessions without secret": "no_credentials_sent", "admin/sessions with a wrong admin secret": "credential_rejected",
			// The API's secret (in its apisecret field) is not the admin
			// secret: a credential refused.
			"admin/api secret to the admin api": "credential_rejected",
			"admin/sessions":                    "pass", "admin/handles of a session that is gone": "none",
			// Late: the admin secret where the API's goes; a failure
			// scenario met Janus's refusal in a 200. It was first a failure
			// without a cause (refused, only not with 401); since a refusal
			// in a 2xx body is the refusal a probe or failure step expects
			// (docs/format.md), it passes. Never credential_not_checked,
			// which would call a refusal an acceptance.
			"api/admin secret to the api": "credential_rejected", "api/no-secret check": "pass",
		},
		never: map[string]string{"api/attach to a session that is gone": "credential_rejected", "api/unknown request": "credential_rejected",
			"admin/handles of a session that is gone": "credential_rejected", "api/no-secret check": "credential_not_checked"},
		secrets: []string{janusAPI, "Ap1-Janus-2025", janusAdmin, "not-Adm1n-Janus-secret"},
	},
	{
		name:  "glances",
		start: baseOnly(startGlances),
		suite: `version: 1
name: glances held out
environments:
  monitor: { base_url: "{{base}}", env_file: .env }
credentials:
  glances: { type: basic, username: glances, password: "${GLANCES_PASSWORD}" }
  wrong: { type: basic, username: glances, password: "${WRONG_PASSWORD}" }
  admin: { type: basic, username: admin, password: "${GLANCES_PASSWORD}" }
  token: { type: bearer, token: "${GLANCES_PASSWORD}" }
  key: { type: api_key, header: X-API-Key, key: "${GLANCES_PASSWORD}" }
  capitals: { type: basic, username: Glances, password: "${GLANCES_PASSWORD}" }
  quoted: { type: basic, username: glances, password: "${QUOTED_PASSWORD}" }
x-plugins: &plugins { path: /api/3/pluginslist }
scenarios:
  - { name: no credential, request: *plugins }
  - { name: wrong password, auth: wrong, request: *plugins }
  - { name: another user, auth: admin, request: *plugins }
  - { name: password as a bearer token, auth: token, request: *plugins }
  - { name: password in an api key header, auth: key, request: *plugins }
  - { name: plugins, auth: glances, request: *plugins }
  - { name: unknown plugin, auth: glances, request: { path: /api/3/nope } }
  - { name: unknown item, auth: glances, request: { path: /api/3/cpu/nope } }
  - { name: clear events with POST, auth: glances, request: { method: POST, path: /api/3/events/clear/all } }
  - { name: user name in capitals, auth: capitals, request: *plugins }
  - { name: password in quotes, auth: quoted, request: *plugins }
`,
		files: map[string]string{".env": envList("GLANCES_PASSWORD="+glancesPass, "WRONG_PASSWORD=not-Gl4nces-pass", `QUOTED_PASSWORD="'`+glancesPass+`'"`)},
		want: map[string]string{
			// 401 with Basic realm="private" and an HTML page saying
			// "Access denied".
			"monitor/no credential": "no_credentials_sent", "monitor/wrong password": "credential_rejected",
			"monitor/another user": "credential_rejected", "monitor/password as a bearer token": "scheme_mismatch",
			// The password went in X-API-Key; the challenge asks for Basic in
			// Authorization (as PowerDNS's web server in the fifth round).
			"monitor/password in an api key header": "credential_in_wrong_place",
			"monitor/plugins":                       "pass",
			// 400 "Unknown plugin nope (available plugins: …)", 404
			// "Cannot get item nope in plugin cpu", 405 with Allow: GET:
			// nothing about the password.
			"monitor/unknown plugin": "none", "monitor/unknown item": "none", "monitor/clear events with POST": "none",
			// Late: "Glances" where the user is glances (compared exactly);
			// the quotes of a pasted value.
			"monitor/user name in capitals": "credential_rejected", "monitor/password in quotes": "quotes_in_credential",
		},
		never: map[string]string{"monitor/unknown plugin": "credential_rejected", "monitor/unknown item": "not_found_hides_permission",
			"monitor/clear events with POST": "permission_denied"},
		// Pending, no general reading: as PowerDNS's (heldout5), a Basic
		// challenge to a key in X-API-Key is also what a server that reads
		// both answers a stale key.
		pending: map[string]string{"monitor/password in an api key header": "credential_rejected"},
		secrets: []string{glancesPass, "not-Gl4nces-pass"},
	},
	{
		name:  "icinga",
		start: startIcinga,
		suite: `version: 1
name: icinga held out
environments:
  monitoring:
    base_url: "{{base}}"
    env_file: .env
    tls: { ca_file: certs/ca.pem }
credentials:
  root: { type: basic, username: root, password: "${ROOT_PASSWORD}" }
  wrong: { type: basic, username: root, password: "${WRONG_PASSWORD}" }
  carol: { type: basic, username: carol, password: "${ROOT_PASSWORD}" }
  viewer: { type: basic, username: viewer, password: "${VIEWER_PASSWORD}" }
  token: { type: bearer, token: "${ROOT_PASSWORD}" }
  root_viewer: { type: basic, username: root, password: "${VIEWER_PASSWORD}" }
x-status: &status { path: /v1/status, headers: { Accept: application/json } }
x-comment: &comment
  method: POST
  path: /v1/actions/add-comment
  headers: { Accept: application/json }
  json: { type: Host, filter: 'host.name=="web1"', author: ci, comment: checked }
scenarios:
  - { name: no credential, request: *status }
  - { name: wrong password, auth: wrong, request: *status }
  - { name: unknown user, auth: carol, request: *status }
  - { name: password as a bearer token, auth: token, request: *status }
  - { name: status, auth: root, request: *status }
  - { name: viewer reads web1, auth: viewer, request: { path: /v1/objects/hosts/web1, headers: { Accept: application/json } } }
  - { name: viewer comments on web1, auth: viewer, request: *comment }
  - { name: viewer deletes web1, auth: viewer, request: { method: DELETE, path: /v1/objects/hosts/web1, headers: { Accept: application/json } } }
  - { name: viewer lists config packages, auth: viewer, request: { path: /v1/config/packages, headers: { Accept: application/json } } }
  - { name: root comments on web1, auth: root, request: *comment }
  - name: comment without accept header
    auth: root
    request: { method: POST, path: /v1/actions/add-comment, json: { type: Host, filter: 'host.name=="web1"', author: ci, comment: checked } }
  - { name: no such host, auth: root, request: { path: /v1/objects/hosts/web9, headers: { Accept: application/json } } }
  - name: host with an unknown check command
    auth: root
    request: { method: PUT, path: /v1/objects/hosts/web3, headers: { Accept: application/json }, json: { attrs: { check_command: nope } } }
  - { name: viewer's password for root, auth: root_viewer, request: *status }
  - { name: viewer may not delete web1, kind: permission, auth: viewer, request: { method: DELETE, path: /v1/objects/hosts/web1, headers: { Accept: application/json } } }
  - { name: wrong password may not comment, kind: permission, auth: wrong, request: *comment }
`,
		files: map[string]string{".env": envList("ROOT_PASSWORD="+icingaRoot, "WRONG_PASSWORD=not-R00t-Icinga-pass", "VIEWER_PASSWORD="+icingaViewer),
			"certs/ca.pem": "{{ca}}"},
		want: map[string]string{
			// 401 {"error":401,"status":"Unauthorized. Please check your
			// user credentials."} with Basic realm="Icinga 2".
			"monitoring/no credential": "no_credentials_sent", "monitoring/wrong password": "credential_rejected",
			"monitoring/unknown user": "credential_rejected", "monitoring/password as a bearer token": "scheme_mismatch",
			"monitoring/status": "pass", "monitoring/viewer reads web1": "pass",
			// Icinga hides what an API user may not do: 404 {"error":404,
			// "status":"No objects found."} to the viewer's comment and
			// delete (web1 exists: the viewer read it), 404 "The requested
			// path 'v1/config/packages' could not be found or the request
			// method is not valid for this path." to a route it lacks
			// config/query for.
			"monitoring/viewer comments on web1": "not_found_hides_permission", "monitoring/viewer deletes web1": "not_found_hides_permission",
			"monitoring/viewer lists config packages": "not_found_hides_permission",
			"monitoring/root comments on web1":        "pass",
			// 400 "<h1>Accept header is missing or not set to
			// 'application/json'.</h1>": a header the API requires.
			"monitoring/comment without accept header": "required_header_missing",
			// 404 "No objects found." to root, which may see everything:
			// no such host. 500 {"results":[{"code":500,"errors":["Error:
			// Validation failed … Object 'nope' of type 'CheckCommand' does
			// not exist. …"]}]}: nothing about the password.
			"monitoring/no such host": "none", "monitoring/host with an unknown check command": "none",
			// Late: another user's password; a permission scenario (403
			// expected) that met Icinga's 404 "No objects found." (the
			// scenario's kind says the object is one the viewer may not
			// touch), and one whose wrong password met the 401.
			"monitoring/viewer's password for root":     "credential_rejected",
			"monitoring/viewer may not delete web1":     "not_found_hides_permission",
			"monitoring/wrong password may not comment": "authentication_before_authorization",
		},
		never: map[string]string{"monitoring/host with an unknown check command": "credential_rejected"},
		// Pending, no general reading: a 404 "No objects found." (or a
		// route said not to exist) to the viewer is what root gets for an
		// object that does not exist; the method or credential sent does
		// not tell a hidden object from a missing one.
		pending: map[string]string{"monitoring/viewer comments on web1": "none", "monitoring/viewer deletes web1": "none",
			"monitoring/viewer lists config packages": "none"},
		secrets: []string{icingaRoot, "not-R00t-Icinga-pass", icingaViewer},
	},
}

func TestHeldOutServers6(t *testing.T) { runHeldOut(t, heldOut6Cases) }
