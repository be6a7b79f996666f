package e2e

import "testing"

// The fourteenth held-out round on real servers (h2o 2.2's mruby
// handlers, Apache Traffic Server 9.2 as a reverse proxy in front of an
// h2o, json-server-auth 2.1's JWT guards), written the way the first
// thirteen were: each scenario's first cause was decided from
// docs/diagnosis.md, the server's documentation and its answer (read with
// curl) before authspec was run on it, and before the diagnosis code was
// read. Where two causes could fit, a comment says which was chosen and
// why. "pass" marks a scenario whose credential is right: it must pass.
//
// One fault of the round's own setup was mended before the count: an
// edit of the suite dropped h2o's "team page as ops" (no result for it).
// uWSGI's internal routing and BusyBox's httpd were tried first, blind
// the same way: 26 of 26 right (Basic challenges, bare 403s and 404s the
// earlier rounds read already); they were left out to keep the round at
// three servers, and json-server-auth, whose answers are words, taken
// instead.
//
// First run, unchanged: first cause right for 53 of 57 (h2o 21 of 21,
// Traffic Server 14 of 14, json-server-auth 18 of 22; 17 of them passes).
// Misses, all json-server-auth's: its 401 "Incorrect authorization
// scheme" to Basic and to the token under "Token" read credential_rejected
// (scheme_mismatch wanted); its 400 "Cannot find user" to a login read
// nothing (credential_rejected wanted); its 401 "Cannot read properties
// of undefined (reading 'userId')" (its owner guard crashed on a post that
// does not exist) read credential_rejected (no cause wanted).
//
// After general readings (diagnose/, TestServerReadings14 and
// TestLoginUserUnknown14): 57 of 57. The Authorization type or scheme
// said wrong (incorrect, invalid, unknown) names another scheme; a login
// (a password posted to a login or authentication endpoint) answered that
// its user is not found, unknown or does not exist was refused; a
// program's own fault (a JavaScript TypeError's "Cannot read properties
// of undefined", .NET's "Object reference not set", Python's
// "'NoneType' object has no attribute", Go's nil pointer dereference)
// answered with 401 or 403 to a request that carried a credential gets
// no cause, as a 5xx does.
//
// Late: 8 scenarios written after the fixes (h2o 2, Traffic Server 2,
// json-server-auth 4), none run through authspec or read with curl
// before, run once: 7 of 8. The miss: h2o's 401 (Basic realm="staff") to
// the password in an X-Password header read credential_rejected
// (credential_in_wrong_place wanted). Mended after the count, in general
// words (TestServerReadings14): a credential in a header named for a
// password, under challenges that are all Basic, went where a password is
// not read; a key header under a Basic challenge is still not read so
// (the sixth round's pending Monit case).

var heldOut14Cases = []heldOutCase{
	{
		name:  "h2o",
		start: baseOnly(startH2O),
		suite: `version: 1
name: h2o held out
environments:
  web: { base_url: "{{base}}", env_file: .env }
credentials:
  ops: { type: basic, username: ops, password: "${OPS_PASSWORD}" }
  wrong: { type: basic, username: ops, password: "${WRONG_PASSWORD}" }
  stranger: { type: basic, username: mallory, password: "${OPS_PASSWORD}" }
  bearer: { type: bearer, token: "${OPS_PASSWORD}" }
  apr: { type: basic, username: apr, password: "${APR_PASSWORD}" }
  legacy: { type: basic, username: legacy, password: "${LEGACY_PASSWORD}" }
  inquery: { type: api_key, query: password, key: "${OPS_PASSWORD}" }
  root: { type: basic, username: root, password: "${ROOT_PASSWORD}" }
  inheader: { type: api_key, header: X-Password, key: "${OPS_PASSWORD}" }
x-private: &private { path: /private/index.txt }
scenarios:
  - { name: private page without a credential, request: *private }
  - { name: private page with a wrong password, auth: wrong, request: *private }
  - { name: private page as an unknown user, auth: stranger, request: *private }
  - { name: password as a bearer token, auth: bearer, request: *private }
  - { name: private page as ops, auth: ops, request: *private }
  - { name: private page as a user with an apr1 hash, auth: apr, request: *private }
  - { name: private page as a user whose hash the server cannot read, auth: legacy, request: *private }
  - { name: password in the query, auth: inquery, request: *private }
  - { name: team page during maintenance, auth: ops, request: { path: /team/index.txt, headers: { X-Maintenance: "on" } } }
  - { name: team page as ops, auth: ops, request: { path: /team/index.txt } }
  - { name: admin page as ops, auth: ops, request: { path: /team/admin/index.txt } }
  - { name: admin page as root, auth: root, request: { path: /team/admin/index.txt } }
  - { name: office page from this machine, auth: ops, request: { path: /office/index.txt } }
  - name: second request within a minute
    auth: ops
    steps: [{ request: { path: /limited/index.txt } }, { request: { path: /limited/index.txt } }]
  - { name: missing private file, auth: ops, request: { path: /private/missing.txt } }
  - { name: password file under the private page, auth: ops, request: { path: /private/.htpasswd } }
  - { name: public page as a failure check, kind: failure, auth: wrong, request: { path: /open/index.txt } }
  - { name: private page as a permission check with a wrong password, kind: permission, auth: wrong, request: *private }
  - { name: unreachable upstream, auth: ops, request: { path: /upstream/status } }
  - { name: office page as a permission check, kind: permission, auth: ops, request: { path: /office/index.txt } }
  - { name: team page as root, auth: root, request: { path: /team/index.txt } }
  - { name: password in a header of its own, auth: inheader, request: *private }
`,
		files: map[string]string{".env": envList("OPS_PASSWORD="+h2oOps, "WRONG_PASSWORD=not-the-H2o-Pass", "APR_PASSWORD="+h2oApr,
			"LEGACY_PASSWORD="+h2oLegacy, "ROOT_PASSWORD="+h2oRoot)},
		want: map[string]string{
			// 401 "Authorization Required" (text/plain, status line "401
			// OK"), WWW-Authenticate: Basic realm="staff", to no
			// credential, a wrong password, an unknown user and a Bearer
			// token alike (Htpasswd reads Basic only).
			"web/private page without a credential": "no_credentials_sent", "web/private page with a wrong password": "credential_rejected",
			"web/private page as an unknown user": "credential_rejected", "web/password as a bearer token": "scheme_mismatch",
			"web/private page as ops": "pass",
			// The same 401 to apr's right password: this build's Htpasswd
			// never matches an $apr1$ hash. The answer refuses the login.
			"web/private page as a user with an apr1 hash": "credential_rejected",
			// 500 "Internal Server Error": Htpasswd raises on a crypt-style
			// ($6$) hash. A server error, nothing about the credential.
			"web/private page as a user whose hash the server cannot read": "none",
			// The password as a query parameter, and the 401's Basic
			// challenge asks for the Authorization header.
			"web/password in the query": "credential_in_wrong_place",
			"web/team page as ops":      "pass",
			// The ACL's respond(503, "Service Unavailable") while
			// X-Maintenance: on is sent: nothing about the credential.
			"web/team page during maintenance": "none",
			// 401 with Basic realm="admin": ops is not in the admin file (a
			// login of another realm): the login was refused.
			"web/admin page as ops": "credential_rejected", "web/admin page as root": "pass",
			// 403 "Forbidden" (the ACL's deny, /office/ allows 10.0.0.0/8).
			// Nothing names an address: permission_denied over ip_restricted.
			"web/office page from this machine": "permission_denied",
			// The DoSDetector's default answer to the second request, 403
			// "Forbidden" text/plain: nothing names a limit, no header
			// counts; the answer is a plain 403 to an accepted login (the
			// page is public, the credential travels anyway):
			// permission_denied, as the catalog reads a bare 403.
			"web/second request within a minute": "permission_denied",
			// 404 "not found" (the file handler; Htpasswd's own for a
			// .ht file): no cause.
			"web/missing private file": "none", "web/password file under the private page": "none",
			"web/public page as a failure check": "credential_not_checked",
			// The 401 of a wrong password where the scenario expects 403.
			"web/private page as a permission check with a wrong password": "authentication_before_authorization",
			// 502 "connection failed" from the proxy.
			"web/unreachable upstream":              "none",
			"web/office page as a permission check": "pass",
			// Late: root is in the admin file only, and /team/ reads the
			// staff file (401, realm team); the password in an X-Password
			// header while the 401's Basic challenge asks for Authorization.
			"web/team page as root": "credential_rejected", "web/password in a header of its own": "credential_in_wrong_place",
		},
		never: map[string]string{"web/missing private file": "not_found_hides_permission", "web/unreachable upstream": "credential_rejected",
			"web/team page during maintenance": "credential_rejected"},
		secrets: []string{h2oOps, "not-the-H2o-Pass", h2oApr, h2oLegacy, h2oRoot, h2oAprHash, h2oLegacyHash},
	},
	{
		name:  "trafficserver",
		start: baseOnly(startATS),
		suite: `version: 1
name: traffic server held out
environments:
  edge: { base_url: "{{base}}", env_file: .env }
credentials:
  ops: { type: basic, username: ops, password: "${OPS_PASSWORD}" }
  wrong: { type: basic, username: ops, password: "${WRONG_PASSWORD}" }
  bearer: { type: bearer, token: "${OPS_PASSWORD}" }
  key: { type: api_key, header: X-Api-Key, key: "${API_KEY}" }
  oldkey: { type: api_key, header: X-Api-Key, key: "${OLD_KEY}" }
  keybearer: { type: bearer, token: "${API_KEY}" }
  keyquery: { type: api_key, query: api_key, key: "${API_KEY}" }
x-private: &private { path: /private/index.txt }
x-keyed: &keyed { path: /keyed/index.txt }
scenarios:
  - { name: private page through the proxy without a credential, request: *private }
  - { name: private page through the proxy with a wrong password, auth: wrong, request: *private }
  - { name: password as a bearer token through the proxy, auth: bearer, request: *private }
  - { name: private page through the proxy as ops, auth: ops, request: *private }
  - { name: office page denied by the proxy, auth: ops, request: { path: /office/index.txt } }
  - { name: delete denied by the proxy, auth: ops, request: { method: DELETE, path: /private/index.txt } }
  - { name: office page denied by the origin, auth: ops, request: { path: /h2o-office/index.txt } }
  - { name: keyed page without a key, request: *keyed }
  - { name: keyed page with a rotated key, auth: oldkey, request: *keyed }
  - { name: keyed page with the key, auth: key, request: *keyed }
  - { name: key as a bearer token, auth: keybearer, request: *keyed }
  - { name: keyed page as a failure check, kind: failure, auth: oldkey, request: *keyed }
  - { name: backend down, auth: ops, request: { path: /gone/status } }
  - { name: office check without a credential, kind: failure, request: { path: /office/index.txt } }
  - { name: key in the query, auth: keyquery, request: *keyed }
  - { name: put denied by the proxy, auth: ops, request: { method: PUT, path: /private/index.txt, body: x } }
`,
		files: map[string]string{".env": envList("OPS_PASSWORD="+h2oOps, "WRONG_PASSWORD=not-the-Ats-Pass", "API_KEY="+atsKey, "OLD_KEY=Ats-Old-Key-2025")},
		want: map[string]string{
			// h2o's 401 "Authorization Required" (Basic realm="staff")
			// relayed by Traffic Server (Server: ATS/9.2.9, Age: 0): the
			// origin's causes.
			"edge/private page through the proxy without a credential":  "no_credentials_sent",
			"edge/private page through the proxy with a wrong password": "credential_rejected",
			"edge/password as a bearer token through the proxy":         "scheme_mismatch",
			"edge/private page through the proxy as ops":                "pass",
			// 403 "Access Denied" (Traffic Server's own page: "You are not
			// allowed to access the document you requested."), from its
			// remap ACL and from ip_allow's method rule: the proxy in front
			// of the origin refused, as Varnish's and HAProxy's deny pages
			// in earlier rounds.
			"edge/office page denied by the proxy": "blocked_by_proxy", "edge/delete denied by the proxy": "blocked_by_proxy",
			// h2o's own 403 "Forbidden" through the proxy: the origin's.
			"edge/office page denied by the origin": "permission_denied",
			// header_rewrite's 401 with Traffic Server's "Error" page
			// ("Could not process this request."), no challenge.
			"edge/keyed page without a key": "no_credentials_sent", "edge/keyed page with a rotated key": "credential_rejected",
			"edge/keyed page with the key": "pass",
			// The same page to the key in Authorization: nothing names the
			// header the key belongs in, so the answer cannot tell it from
			// a wrong key: credential_rejected, the cause the words allow
			// (credential_in_wrong_place would need the server to say
			// where it reads the key).
			"edge/key as a bearer token":         "credential_rejected",
			"edge/keyed page as a failure check": "pass",
			// 502 "Could Not Connect".
			"edge/backend down": "none",
			// A failure scenario (401 expected) met the proxy's 403
			// Access Denied: the proxy refused before the origin could.
			"edge/office check without a credential": "blocked_by_proxy",
			// Late: the key in the query meets the same wordless 401 (as
			// the key as a bearer token: credential_rejected); PUT is
			// denied by ip_allow as DELETE is.
			"edge/key in the query": "credential_rejected", "edge/put denied by the proxy": "blocked_by_proxy",
		},
		never: map[string]string{"edge/private page through the proxy with a wrong password": "blocked_by_proxy",
			"edge/office page denied by the origin": "blocked_by_proxy", "edge/backend down": "credential_rejected"},
		secrets: []string{h2oOps, "not-the-Ats-Pass", atsKey, "Ats-Old-Key-2025"},
	},
	{
		name:  "json-server-auth",
		start: baseOnly(startJSONServerAuth),
		suite: `version: 1
name: json-server-auth held out
environments:
  api: { base_url: "{{base}}", env_file: .env }
credentials:
  olivia: { type: bearer, token: "${OLIVIA_TOKEN}" }
  kim: { type: bearer, token: "${KIM_TOKEN}" }
  expired: { type: bearer, token: "${EXPIRED_TOKEN}" }
  forged: { type: bearer, token: "${FORGED_TOKEN}" }
  opaque: { type: bearer, token: "${OPAQUE_TOKEN}" }
  basic: { type: basic, username: olivia@example.com, password: "${OLIVIA_PASSWORD}" }
  tokenword: { type: bearer, prefix: Token, token: "${OLIVIA_TOKEN}" }
  inquery: { type: api_key, query: access_token, key: "${OLIVIA_TOKEN}" }
  inheader: { type: api_key, header: X-Access-Token, key: "${OLIVIA_TOKEN}" }
  lowercase: { type: bearer, prefix: bearer, token: "${OLIVIA_TOKEN}" }
x-message: &message { path: /messages/1 }
scenarios:
  - { name: message without a credential, request: *message }
  - { name: message as olivia, auth: olivia, request: *message }
  - { name: message with an expired token, auth: expired, request: *message }
  - { name: message with a token signed by another key, auth: forged, request: *message }
  - { name: message with an opaque token, auth: opaque, request: *message }
  - { name: basic to the api, auth: basic, request: *message }
  - { name: token under another scheme word, auth: tokenword, request: *message }
  - { name: token in the query, auth: inquery, request: *message }
  - { name: token in another header, auth: inheader, request: *message }
  - { name: another user's profile, auth: kim, request: { path: /users/1 } }
  - { name: message for another user, auth: kim, request: { method: POST, path: /messages, json: { userId: 1, text: hi } } }
  - { name: write to a read-only collection, auth: olivia, request: { method: POST, path: /notes, json: { text: hi } } }
  - { name: login with a wrong password, request: { method: POST, path: /login, json: { email: olivia@example.com, password: "${WRONG_PASSWORD}" } } }
  - { name: login as an unknown user, request: { method: POST, path: /login, json: { email: nobody@example.com, password: "${OLIVIA_PASSWORD}" } } }
  - { name: login without a password, request: { method: POST, path: /login, json: { email: olivia@example.com } } }
  - name: login then another user's profile
    steps:
      - request: { method: POST, path: /login, json: { email: kim@example.com, password: "${KIM_PASSWORD}" } }
        capture: { access: accessToken }
      - { auth: none, request: { path: /users/1, headers: { Authorization: "Bearer ${access}" } } }
  - { name: missing message, auth: olivia, request: { path: /messages/99 } }
  - { name: delete a missing post, auth: olivia, request: { method: DELETE, path: /posts/99 } }
  - { name: another user's profile as a permission check, kind: permission, auth: kim, request: { path: /users/1 } }
  - { name: message as a failure check with a forged token, kind: failure, auth: forged, request: *message }
  - { name: public posts as a failure check, kind: failure, request: { path: /posts } }
  - { name: register with a short password, request: { method: POST, path: /register, json: { email: new@example.com, password: abc } } }
  - { name: replace another user's message, auth: kim, request: { method: PUT, path: /messages/1, json: { userId: 1, text: mine now } } }
  - { name: scheme in lower case, auth: lowercase, request: *message }
  - { name: register an existing email, request: { method: POST, path: /register, json: { email: kim@example.com, password: "${KIM_PASSWORD}" } } }
  - { name: login with the email in capitals, request: { method: POST, path: /login, json: { email: OLIVIA@EXAMPLE.COM, password: "${OLIVIA_PASSWORD}" } } }
`,
		files: map[string]string{".env": envList("OLIVIA_TOKEN="+jsaOliviaToken, "KIM_TOKEN="+jsaKimToken, "EXPIRED_TOKEN="+jsaExpiredToken,
			"FORGED_TOKEN="+jsaForgedToken, "OPAQUE_TOKEN=opq_Jsa_7Hd92kLmQ4pX", "OLIVIA_PASSWORD="+jsaOlivia, "KIM_PASSWORD="+jsaKim,
			"WRONG_PASSWORD=not-the-Jsa-Pass")},
		want: map[string]string{
			// 401 "Missing authorization header" (a JSON string).
			"api/message without a credential": "no_credentials_sent", "api/message as olivia": "pass",
			// 401 "jwt expired": the JWT's exp is in the past.
			"api/message with an expired token": "jwt_expired",
			// 401 "invalid signature" and 401 "jwt malformed" (a token that
			// is no JWT): the server read the token and refused it. Not
			// server_invalid_token: no invalid_token error code is said.
			"api/message with a token signed by another key": "credential_rejected",
			"api/message with an opaque token":               "credential_rejected",
			// 401 "Incorrect authorization scheme", to Basic and to the
			// token under "Token".
			"api/basic to the api": "scheme_mismatch", "api/token under another scheme word": "scheme_mismatch",
			// 401 "Missing authorization header" while the token went in the
			// query or in another header: the words name the header.
			"api/token in the query": "credential_in_wrong_place", "api/token in another header": "credential_in_wrong_place",
			// 403 "Private resource access: entity must have a reference to
			// the owner id" (kim reads olivia's profile), "Private resource
			// creation: request body must have a reference to the owner id"
			// (kim writes a message as olivia's), "Read only" (a write to a
			// 444 collection): the token is accepted, the operation is not.
			"api/another user's profile": "permission_denied", "api/message for another user": "permission_denied",
			"api/write to a read-only collection": "permission_denied",
			// 400 "Incorrect password" and "Cannot find user" at /login:
			// the login was refused.
			"api/login with a wrong password": "credential_rejected", "api/login as an unknown user": "credential_rejected",
			// 400 "Email and password are required": the request lacks a
			// field; a validation error, no cause.
			"api/login without a password": "none",
			// The token captured at /login, then the 403 of a private
			// resource.
			"api/login then another user's profile": "permission_denied",
			// 404 {}.
			"api/missing message": "none",
			// 401 "Cannot read properties of undefined (reading
			// 'userId')": the owner guard crashed on a post that does not
			// exist and answered its exception's message with 401. The
			// words are a program's error, nothing about the token: no
			// cause.
			"api/delete a missing post":                          "none",
			"api/another user's profile as a permission check":   "pass",
			"api/message as a failure check with a forged token": "pass",
			// Posts are public to read (644): the 200 where a refusal was
			// expected.
			"api/public posts as a failure check": "credential_not_checked",
			// 400 "Password is too short" at /register: validation.
			"api/register with a short password": "none",
			// Late: kim's PUT of olivia's message (403 "Private resource
			// replacement: …"); "bearer" in lower case, which the guard
			// compares as written (401 "Incorrect authorization
			// scheme"); 400 "Email already exists" at /register
			// (validation); the login's email in capitals, which the
			// user list does not hold as written.
			"api/replace another user's message": "permission_denied", "api/scheme in lower case": "scheme_mismatch",
			"api/register an existing email": "none", "api/login with the email in capitals": "credential_rejected",
		},
		never: map[string]string{"api/missing message": "not_found_hides_permission", "api/delete a missing post": "credential_rejected",
			"api/register with a short password": "credential_rejected"},
		secrets: []string{jsaOlivia, jsaKim, "not-the-Jsa-Pass", jsaOliviaToken, jsaKimToken, jsaExpiredToken, jsaForgedToken,
			"opq_Jsa_7Hd92kLmQ4pX", jsaOliviaHash, jsaKimHash},
	},
}

func TestHeldOutServers14(t *testing.T) { runHeldOut(t, heldOut14Cases) }
