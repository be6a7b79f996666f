package e2e

import "testing"

// The tenth held-out round on real servers (CUPS 2.4's scheduler, rclone
// 1.60's remote control API and restic REST server, nginx 1.22 asking for
// TLS client certificates), written the way the first nine were: each
// scenario's first cause was decided from docs/diagnosis.md, the server's
// documentation and its answer (read with curl) before authspec was run on
// it, and before the diagnosis code was read. Where two causes could fit,
// a comment says which was chosen and why. "pass" marks a scenario whose
// credential is right: it must pass.
//
// One fault of the round's own setup was mended before the count: the
// rclone and nginx suites read one .env in every environment, and their
// credentials lacked shared: true, so credential_from_other_environment
// came first in five scenarios (as the suite asked).
//
// First run, unchanged: first cause right for 39 of 43 (6 of them
// passes). Misses: nginx's 400 "The SSL certificate error" got no cause
// for an expired certificate (certificate_expiring wanted) and a revoked
// one (credential_rejected wanted); its 403 page (ssl_verify_client
// optional, a location that wants a verified certificate) to an
// environment without a certificate read as permission_denied
// (no_credentials_sent wanted); rclone's 403 "authentication must be set
// up on the rc server to use …" to a password read as permission_denied
// (credential_rejected wanted).
//
// After general readings (diagnose/, TestServerReadings10): 43 of 43. A
// 4xx that says the client certificate failed its checks ("The SSL
// certificate error", "client certificate verification failed",
// "untrusted client certificate") is the environment's certificate
// refused, or its expiry when it had expired (the runner now tells
// diagnose the certificate's notAfter); a 401/403 without words after the
// server asked for a client certificate in the handshake is the
// certificate not sent, when the environment has none and sent nothing
// else (the runner keeps what each connection's handshake showed, for
// steps that reuse it: runner/conncert.go); a server that says it has no authentication
// set up could check no credential sent (credential_rejected).
//
// Late: 8 scenarios written after the fixes, each read with curl first,
// run once: 6 of 8. Misses: another CA's certificate to the optional
// server's /api/ got its 403 page, read as permission_denied (Go's client
// kept the certificate back, its CA not among those the server named:
// credential_rejected wanted); CUPS's 401 to "local …" (its scheme is
// "Local", compared case by case) read as credential_rejected
// (scheme_mismatch wanted). A second run showed the no-certificate 403 at
// /admin/ right or wrong by whether the step reused the connection of an
// earlier one (no handshake, so no "asked"): mended by the
// per-connection record above. After a general fix (a refusal when the environment's
// certificate was kept back is that certificate refused): 7 of 8. Left
// pending: the lower-case scheme, as the same 401 answers a forged
// certificate under the right scheme, and most servers take a scheme in
// any case.

var heldOut10Cases = []heldOutCase{
	{
		name:  "cups",
		start: startCups,
		suite: `version: 1
name: cups held out
environments:
  print: { base_url: "{{base}}", env_file: .env }
credentials:
  local: { type: bearer, prefix: Local, token: "${LOCAL_CERT}" }
  forged: { type: bearer, prefix: Local, token: "${FORGED_CERT}" }
  as_bearer: { type: bearer, token: "${LOCAL_CERT}" }
  root: { type: basic, username: root, password: "${WRONG_PASSWORD}" }
  stranger: { type: basic, username: erin, password: "${WRONG_PASSWORD}" }
  ops: { type: basic, username: ops, password: "${WRONG_PASSWORD}" }
  lower: { type: bearer, prefix: local, token: "${LOCAL_CERT}" }
x-ipp: &ipp { Content-Type: application/ipp }
scenarios:
  - { name: admin page without a credential, request: { path: /admin/ } }
  - { name: admin page with a wrong root password, auth: root, request: { path: /admin/ } }
  - { name: admin page as an unknown user, auth: stranger, request: { path: /admin/ } }
  - { name: local certificate as a bearer token, auth: as_bearer, request: { path: /admin/ } }
  - { name: forged local certificate, auth: forged, request: { path: /admin/ } }
  - { name: admin page with the local certificate, auth: local, request: { path: /admin/ } }
  - { name: list printers through admin, auth: local, request: { method: POST, path: /admin/, headers: *ipp, body: {{ipp_get_printers}} } }
  - { name: ops page as root, auth: local, request: { path: /ops/ } }
  - { name: ops page with a wrong password, auth: ops, request: { path: /ops/ } }
  - { name: kerberos page with a password, auth: root, request: { path: /kerberos/ } }
  - { name: kerberos page without a credential, request: { path: /kerberos/ } }
  - { name: list devices without a credential, request: { method: POST, path: /, headers: *ipp, body: {{ipp_get_devices}} } }
  - { name: local certificate with the scheme in lower case, auth: lower, request: { path: /admin/ } }
  - { name: list devices with a wrong root password, auth: root, request: { method: POST, path: /, headers: *ipp, body: {{ipp_get_devices}} } }
`,
		files: map[string]string{".env": envList("LOCAL_CERT={{local}}", "WRONG_PASSWORD=not-the-R00t-Passw0rd", "FORGED_CERT=0123456789ABCDEF0123456789ABCDEF")},
		want: map[string]string{
			// 401 "Unauthorized … Enter your username and password or the
			// root username and password to access this page." with
			// WWW-Authenticate: Basic realm="CUPS", Local trc="y".
			"print/admin page without a credential": "no_credentials_sent",
			// The same 401 to root with a wrong password (PAM refused it)
			// and to a user the system does not have.
			"print/admin page with a wrong root password": "credential_rejected", "print/admin page as an unknown user": "credential_rejected",
			// root's Local certificate under Bearer: the challenge names
			// Basic and Local, not Bearer.
			"print/local certificate as a bearer token": "scheme_mismatch",
			// "Local" with 32 hex digits cupsd never wrote: the same 401.
			"print/forged local certificate": "credential_rejected",
			// The certificate is accepted, and the page is not there (the
			// web interface's CGI programs are another package): 404.
			"print/admin page with the local certificate": "none",
			"print/list printers through admin":           "pass",
			// 403 "Forbidden … Your account does not have the necessary
			// privileges." to root at a location that requires user ops.
			"print/ops page as root": "permission_denied",
			// 401 (Basic realm="CUPS", Local) to ops's wrong password.
			"print/ops page with a wrong password": "credential_rejected",
			// 401 with WWW-Authenticate: Negotiate, Local to a Basic
			// password: another scheme is asked for.
			"print/kerberos page with a password": "scheme_mismatch", "print/kerberos page without a credential": "no_credentials_sent",
			// IPP CUPS-Get-Devices, which the policy gives @SYSTEM only: the
			// HTTP 401 before any IPP answer.
			"print/list devices without a credential": "no_credentials_sent",
			// Late: root's Local certificate under "local" (cupsd reads the
			// scheme case by case): the same 401, whose challenge names
			// "Local", read as another scheme; IPP Get-Devices with root's
			// wrong password: 401.
			"print/local certificate with the scheme in lower case": "scheme_mismatch",
			"print/list devices with a wrong root password":         "credential_rejected",
		},
		never:   map[string]string{"print/admin page with the local certificate": "credential_rejected"},
		pending: map[string]string{"print/local certificate with the scheme in lower case": "credential_rejected"},
		secrets: []string{"{{local}}", "not-the-R00t-Passw0rd", "0123456789ABCDEF0123456789ABCDEF"},
	},
	{
		name:  "rclone",
		start: startRclone,
		suite: `version: 1
name: rclone held out
environments:
  rc: { base_url: "{{base}}", env_file: .env }
  open: { base_url: "{{open_base}}", env_file: .env }
  restic: { base_url: "{{restic_base}}", env_file: .env }
credentials:
  admin: { type: basic, username: admin, password: "${ADMIN_PASSWORD}", shared: true }
  wrong: { type: basic, username: admin, password: "${WRONG_PASSWORD}", shared: true }
  stranger: { type: basic, username: erin, password: "${ADMIN_PASSWORD}", shared: true }
  bearer: { type: bearer, token: "${ADMIN_PASSWORD}", shared: true }
  query: { type: api_key, query: pass, key: "${ADMIN_PASSWORD}", shared: true }
  alice: { type: basic, username: alice, password: "${ALICE_PASSWORD}", shared: true }
  alice_with_bobs: { type: basic, username: alice, password: "${BOB_PASSWORD}", shared: true }
  bob: { type: basic, username: bob, password: "${BOB_PASSWORD}", shared: true }
  capital: { type: basic, username: Admin, password: "${ADMIN_PASSWORD}", shared: true }
x-rc: &rc { only: [rc] }
x-restic: &restic { only: [restic] }
x-noop: &noop { method: POST, path: /rc/noop, json: {} }
scenarios:
  - { <<: *rc, name: noop without a credential, request: *noop }
  - { <<: *rc, name: noop with a wrong password, auth: wrong, request: *noop }
  - { <<: *rc, name: noop as an unknown user, auth: stranger, request: *noop }
  - { <<: *rc, name: password as a bearer token, auth: bearer, request: *noop }
  - { <<: *rc, name: password in the query, auth: query, request: *noop }
  - { <<: *rc, name: version, auth: admin, request: { method: POST, path: /core/version, json: {} } }
  - { <<: *rc, name: list without a remote, auth: admin, request: { method: POST, path: /operations/list, json: {} } }
  - { <<: *rc, name: noop by GET, auth: admin, request: { path: /rc/noop } }
  - { only: [open], name: list remotes without a credential, request: { method: POST, path: /config/listremotes, json: {} } }
  - { only: [open], name: list remotes with a password, auth: admin, request: { method: POST, path: /config/listremotes, json: {} } }
  - { only: [open], name: open version, request: { method: POST, path: /core/version, json: {} } }
  - { <<: *restic, name: alice creates her repository, auth: alice, request: { method: POST, path: /alice/, query: { create: "true" } } }
  - { <<: *restic, name: alice reads bob's repository, auth: alice, request: { path: /bob/config } }
  - { <<: *restic, name: alice reads the root repository, auth: alice, request: { path: /config } }
  - { <<: *restic, name: alice with bob's password, auth: alice_with_bobs, request: { path: /alice/config } }
  - { <<: *restic, name: repository without a credential, request: { path: /alice/config } }
  - { <<: *restic, name: keys without the v2 api, auth: alice, request: { path: /alice/keys/ } }
  - { <<: *restic, name: bob reads alice's repository, auth: bob, request: { path: /alice/config } }
  - { <<: *rc, name: user name in another case, auth: capital, request: *noop }
`,
		files: map[string]string{".env": envList("ADMIN_PASSWORD="+rcloneAdmin, "WRONG_PASSWORD=not-Adm1n-Rcl0ne", "ALICE_PASSWORD="+rcloneAlice,
			"BOB_PASSWORD="+rcloneBob)},
		want: map[string]string{
			// 401 "Unauthorized" (text/plain) with WWW-Authenticate: Basic
			// realm="rclone" to every one of these.
			"rc/noop without a credential": "no_credentials_sent", "rc/noop with a wrong password": "credential_rejected",
			"rc/noop as an unknown user": "credential_rejected", "rc/password as a bearer token": "scheme_mismatch",
			// The password in ?pass=: the challenge asks for Basic.
			"rc/password in the query": "credential_in_wrong_place",
			"rc/version":               "pass",
			// 400 {"error":"Didn't find key \"remote\" in input",…}; 404
			// "Not Found" to GET (the API is POST only).
			"rc/list without a remote": "none", "rc/noop by GET": "none",
			// 403 {"error":"authentication must be set up on the rc server
			// to use \"config/listremotes\" or the --rc-no-auth flag must be
			// in use",…,"status":403}: the server has no user, and this call
			// needs one. Without a credential: no_credentials_sent (the words
			// ask for authentication, none was sent). With a password: the
			// server does not take it (no user is set up to check it
			// against): credential_rejected, over permission_denied (no
			// caller is known).
			"open/list remotes without a credential": "no_credentials_sent", "open/list remotes with a password": "credential_rejected",
			"open/open version":                   "pass",
			"restic/alice creates her repository": "pass",
			// 403 "Forbidden" (text/plain) to alice, logged in, outside her
			// repository (--private-repos).
			"restic/alice reads bob's repository": "permission_denied", "restic/alice reads the root repository": "permission_denied",
			// 401 Basic realm="rclone".
			"restic/alice with bob's password": "credential_rejected", "restic/repository without a credential": "no_credentials_sent",
			// 400 "Restic v2 API required": the listing wants the v2 media
			// type in Accept; the credential was accepted, nothing about it.
			"restic/keys without the v2 api": "none",
			// Late: 403 "Forbidden" to bob in alice's repository; 401 to
			// "Admin" (user names compared as written).
			"restic/bob reads alice's repository": "permission_denied", "rc/user name in another case": "credential_rejected",
		},
		never:   map[string]string{"rc/list without a remote": "credential_rejected", "rc/noop by GET": "endpoint_not_found"},
		secrets: []string{rcloneAdmin, "not-Adm1n-Rcl0ne", rcloneAlice, rcloneBob},
	},
	{
		name:  "nginx-mtls",
		start: startNginxMTLS,
		suite: `version: 1
name: nginx client certificates held out
environments:
  good: { base_url: "{{on_base}}", env_file: .env, tls: { ca_file: certs/ca.pem, cert_file: certs/client.pem, key_file: certs/client-key.pem } }
  admin: { base_url: "{{on_base}}", env_file: .env, tls: { ca_file: certs/ca.pem, cert_file: certs/admin.pem, key_file: certs/admin-key.pem } }
  none: { base_url: "{{on_base}}", env_file: .env, tls: { ca_file: certs/ca.pem } }
  expired: { base_url: "{{on_base}}", env_file: .env, tls: { ca_file: certs/ca.pem, cert_file: certs/expired.pem, key_file: certs/expired-key.pem } }
  revoked: { base_url: "{{on_base}}", env_file: .env, tls: { ca_file: certs/ca.pem, cert_file: certs/revoked.pem, key_file: certs/revoked-key.pem } }
  stranger: { base_url: "{{on_base}}", env_file: .env, tls: { ca_file: certs/ca.pem, cert_file: certs/stranger.pem, key_file: certs/stranger-key.pem } }
credentials:
  wrong_ops: { type: basic, username: ops, password: "${WRONG_PASSWORD}", shared: true }
  ops: { type: basic, username: ops, password: "${OPS_PASSWORD}", shared: true }
scenarios:
  - { only: [none], name: no certificate where one is required, request: { path: /ok/ } }
  - { only: [stranger], name: certificate of another CA, request: { path: /ok/ } }
  - { only: [expired], name: expired certificate, request: { path: /ok/ } }
  - { only: [revoked], name: revoked certificate, request: { path: /ok/ } }
  - { only: [good], name: certificate, request: { path: /ok/ } }
  - { only: [good], name: private page without its password, request: { path: /private/ } }
  - { only: [good], name: private page with a wrong password, auth: wrong_ops, request: { path: /private/ } }
  - { only: [none], name: api without a certificate, request: { url: "{{optional_base}}/api/" } }
  - { only: [good], name: admin area with a runner certificate, request: { url: "{{optional_base}}/admin/" } }
  - { only: [admin], name: admin area, request: { url: "{{optional_base}}/admin/" } }
  - { only: [none], name: json api without a certificate, request: { url: "{{noca_base}}/json/" } }
  - { only: [stranger], name: json api with another CA's certificate, request: { url: "{{noca_base}}/json/" } }
  - { only: [good], name: plain http to the tls port, request: { url: "{{plain_base}}/ok/" } }
  - { only: [good], name: page that does not exist, request: { path: /nothing/ } }
  - { only: [expired], name: expired certificate to the json api, request: { url: "{{noca_base}}/json/" } }
  - { only: [revoked], name: revoked certificate with the private page's password, auth: ops, request: { path: /private/ } }
  - { only: [none], name: admin area without a certificate, request: { url: "{{optional_base}}/admin/" } }
  - { only: [stranger], name: another CA's certificate to the api, request: { url: "{{optional_base}}/api/" } }
`,
		files: map[string]string{".env": envList("WRONG_PASSWORD=not-Ops-Mtls-Pass", "OPS_PASSWORD="+mtlsOps),
			"certs/ca.pem": "{{ca}}", "certs/client.pem": "{{client_cert}}", "certs/client-key.pem": "{{client_key}}",
			"certs/admin.pem": "{{admin_cert}}", "certs/admin-key.pem": "{{admin_key}}",
			"certs/expired.pem": "{{expired_cert}}", "certs/expired-key.pem": "{{expired_key}}",
			"certs/revoked.pem": "{{revoked_cert}}", "certs/revoked-key.pem": "{{revoked_key}}",
			"certs/stranger.pem": "{{stranger_cert}}", "certs/stranger-key.pem": "{{stranger_key}}"},
		want: map[string]string{
			// ssl_verify_client on: 400 "No required SSL certificate was
			// sent" (nginx's page) when the environment has no certificate.
			"none/no certificate where one is required": "no_credentials_sent",
			// 400 "The SSL certificate error" to a certificate of a CA the
			// server does not trust, to one its CRL revokes (refused:
			// credential_rejected) and to an expired one (the environment's
			// certificate has expired: certificate_expiring, as the third
			// round's Prometheus).
			"stranger/certificate of another CA": "credential_rejected", "revoked/revoked certificate": "credential_rejected",
			"expired/expired certificate": "certificate_expiring",
			"good/certificate":            "pass",
			// The certificate is right; /private/ asks for Basic too (401
			// "Authorization Required", Basic realm="ops").
			"good/private page without its password": "no_credentials_sent", "good/private page with a wrong password": "credential_rejected",
			// ssl_verify_client optional, 403 Forbidden (nginx's page) when
			// $ssl_client_verify is not SUCCESS: the server asked for a
			// certificate and the environment has none.
			"none/api without a certificate": "no_credentials_sent",
			// A verified certificate whose subject is not CN=admin: 403.
			"good/admin area with a runner certificate": "permission_denied",
			"admin/admin area":                          "pass",
			// optional_no_ca and an API that reports $ssl_client_verify:
			// 401 {"error":"unauthorized","message":"client certificate
			// required"}; 403 {…"client certificate verification:
			// FAILED:unable to verify the first certificate"}.
			"none/json api without a certificate": "no_credentials_sent", "stranger/json api with another CA's certificate": "credential_rejected",
			// 400 "The plain HTTP request was sent to HTTPS port"; 404.
			"good/plain http to the tls port": "none", "good/page that does not exist": "none",
			// Late: 400 "The SSL certificate error" to the expired
			// certificate at optional_no_ca (only a CA it does not know is
			// let through), to the revoked one beside the right password,
			// and to another CA's at optional; the 403 page to no
			// certificate at /admin/, whose subject check nothing passes.
			"expired/expired certificate to the json api":                  "certificate_expiring",
			"revoked/revoked certificate with the private page's password": "credential_rejected",
			"none/admin area without a certificate":                        "no_credentials_sent",
			"stranger/another CA's certificate to the api":                 "credential_rejected",
		},
		never:   map[string]string{"good/plain http to the tls port": "no_credentials_sent", "good/page that does not exist": "not_found_hides_permission"},
		secrets: []string{"not-Ops-Mtls-Pass", mtlsOps, "{{client_key}}", "{{admin_key}}", "{{expired_key}}", "{{revoked_key}}", "{{stranger_key}}"},
	},
}

func TestHeldOutServers10(t *testing.T) { runHeldOut(t, heldOut10Cases) }
