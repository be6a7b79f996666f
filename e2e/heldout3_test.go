package e2e

import "testing"

// The third held-out round on real servers (lighttpd, Caddy, Prometheus's
// web configuration, Squid as a forward proxy, Varnish, Tomcat), written
// the way the first two were: each scenario's first cause was decided
// from docs/diagnosis.md and the server's answer (read with curl) before
// authspec was run on it, and before the diagnosis code was read. Where
// two causes could fit, a comment says which was chosen and why.
//
// First run, unchanged: first cause right for 51 of 62. Six of the
// misses were the round's own setup, fixed before anything else: Caddy
// ran its catch-all handle before the reader's route (the reader's POST got
// the invalid_token 401, not the auth service's 403), and the Squid and
// Prometheus suites' environments (one server reached through the proxy
// with no, a wrong and the right proxy password; over plain HTTP and
// mutual TLS) shared their credentials without shared: true, so the
// shared-value hint came first. With those fixed, 57 of 62. Misses: Varnish's
// 403 pages, read as a rate limit first because every synthetic page of
// Varnish carries Retry-After: 5 (two); and the client certificate the
// TLS server required and did not get, or refused (three): authspec
// reports the failed handshake as an error with its reason, no cause.
//
// After two general readings (diagnose/): a Retry-After is evidence beside
// a limit's headers or words, no limit by itself on a 403; an HTML page
// without a product's marks whose headline refuses the caller's IP address
// is the API's allowlist (ip_restricted), not a proxy's block page: 59 of
// 62. 62 of 62 after a general reading in the runner: a handshake refused
// after the server asked for a client certificate is explained by the
// environment's certificate (none: no_credentials_sent; expired:
// certificate_expiring; of a CA the server does not name, or refused:
// credential_rejected), also when TLS 1.3 lets the server's alert be lost
// to the reset that follows it.
//
// Late: 8 answers gathered after the fixes (a token in the query to
// lighttpd's Basic challenge, Caddy's forward_auth to a service that is
// down, a password with a trailing newline and a server certificate of an
// untrusted CA at Prometheus, a no-credential check that met Squid's 407,
// a Basic header to Varnish's key check, a bearer token to Tomcat's DIGEST
// and Tomcat's 403 where a failure scenario expects 401), run once
// unchanged: 8 of 8 (one setup slip, a credential written after the suite's
// x-staging anchor, fixed before lighttpd's one ran).

var heldOut3Cases = []heldOutCase{
	{
		name:  "lighttpd",
		start: baseOnly(startLighttpd),
		suite: `version: 1
name: lighttpd held out
environments:
  staging: { base_url: "{{base}}", env_file: lighty.staging.env }
  production: { base_url: "{{base}}", env_file: lighty.production.env }
credentials:
  wrong: { type: basic, username: alice, password: "${WRONG_PASSWORD}" }
  alice: { type: basic, username: alice, password: "${ALICE_PASSWORD}" }
  carol: { type: basic, username: carol, password: "${CAROL_PASSWORD}" }
  bob: { type: basic, username: bob, password: "${BOB_PASSWORD}" }
  app: { type: basic, username: "${APP_USER}", password: "${APP_PASSWORD}" }
  token: { type: bearer, token: "${API_TOKEN}" }
  token_query: { type: api_key, query: access_token, key: "${API_TOKEN}" }
x-staging: &staging { only: [staging] }
scenarios:
  - { <<: *staging, name: wrong password, auth: wrong, request: { path: /private/ } }
  - { <<: *staging, name: no credential, request: { path: /private/ } }
  - { <<: *staging, name: user not in the file, auth: carol, request: { path: /private/ } }
  - { <<: *staging, name: basic to digest, auth: alice, request: { path: /digest/ } }
  - { <<: *staging, name: bearer to basic, auth: token, request: { path: /private/ } }
  - { <<: *staging, name: user outside require, auth: bob, request: { path: /ops/ } }
  - { <<: *staging, name: access-deny, auth: alice, request: { path: /admin/ } }
  - { <<: *staging, name: remote-ip rule, auth: alice, request: { path: /internal/ } }
  - { name: app user, auth: app, request: { path: /private/ } }
  - { <<: *staging, name: token in the query to basic, auth: token_query, request: { path: /private/ } }
`,
		files: map[string]string{
			"lighty.staging.env": envList("WRONG_PASSWORD=not-Al1ce-Lighty-pass", "ALICE_PASSWORD="+lightyAlice, "CAROL_PASSWORD=Car0l-Lighty-2026",
				"BOB_PASSWORD="+lightyBob, "APP_USER=alice", "APP_PASSWORD="+lightyAlice, "API_TOKEN=opq_Lighty_7Hd92kLmQ4pX"),
			// production's app user is bob; its password was copied from
			// staging's (alice's).
			"lighty.production.env": envList("APP_USER=bob", "APP_PASSWORD="+lightyAlice),
		},
		want: map[string]string{
			"staging/wrong password": "credential_rejected", "staging/no credential": "no_credentials_sent",
			"staging/user not in the file": "credential_rejected",
			// WWW-Authenticate: Digest to a Basic header; Bearer to Basic.
			"staging/basic to digest": "scheme_mismatch", "staging/bearer to basic": "scheme_mismatch",
			// lighttpd answers a known user outside "require" with the same
			// 401 and challenge as a wrong password: nothing in the answer
			// says the user is known, so the credential was refused.
			"staging/user outside require": "credential_rejected",
			// lighttpd's own 403 page for url.access-deny, with or without
			// a remote-ip condition: nothing says why (no IP words).
			"staging/access-deny": "permission_denied", "staging/remote-ip rule": "permission_denied",
			"production/app user": "credential_from_other_environment",
			// Late: the token went in the query where the 401's Basic
			// challenge asks for the Authorization header.
			"staging/token in the query to basic": "credential_in_wrong_place",
		},
		never:   map[string]string{"staging/access-deny": "blocked_by_proxy", "staging/remote-ip rule": "blocked_by_proxy"},
		secrets: []string{"not-Al1ce-Lighty-pass", lightyAlice, "Car0l-Lighty-2026", lightyBob, "opq_Lighty_7Hd92kLmQ4pX"},
	},
	{
		name:  "caddy",
		start: baseOnly(startCaddy),
		suite: `version: 1
name: caddy held out
environments:
  staging: { base_url: "{{base}}", env_file: .env }
credentials:
  wrong: { type: basic, username: alice, password: "${WRONG_PASSWORD}" }
  hashed: { type: basic, username: alice, password: "${HASHED_PASSWORD}" }
  token: { type: bearer, token: "${GOOD_TOKEN}" }
  stale: { type: bearer, token: "${STALE_TOKEN}" }
  reader: { type: bearer, token: "${READER_TOKEN}" }
  key: { type: api_key, header: X-API-Key, key: "${API_KEY}" }
  key_good: { type: api_key, header: X-API-Key, key: "${GOOD_KEY}" }
  key_bearer: { type: bearer, token: "${GOOD_KEY}" }
scenarios:
  - { name: wrong password, auth: wrong, request: { path: /private/ } }
  - { name: no credential, request: { path: /private/ } }
  - { name: the hash as the password, auth: hashed, request: { path: /private/ } }
  - { name: bearer to basicauth, auth: token, request: { path: /private/ } }
  - { name: respond 403, auth: key_good, request: { path: /admin/ } }
  - { name: remote_ip rule, auth: key_good, request: { path: /partners/ } }
  - { name: wrong key, auth: key, request: { path: /keys/ } }
  - { name: no key, request: { path: /keys/ } }
  - { name: key as a bearer token, auth: key_bearer, request: { path: /keys/ } }
  - { name: forward_auth without token, request: { path: /orders/ } }
  - { name: forward_auth stale token, auth: stale, request: { path: /orders/ } }
  - { name: forward_auth reader writes, auth: reader, request: { method: POST, path: /orders/, json: { sku: A1 } } }
  - { name: basic to forward_auth, auth: wrong, request: { path: /orders/ } }
  - { name: forward_auth service down, auth: token, request: { path: /billing/ } }
`,
		// The hash is single-quoted: godotenv expands $ in other values.
		files: map[string]string{".env": envList("WRONG_PASSWORD=not-Al1ce-Caddy-pass", "HASHED_PASSWORD='"+caddyHash+"'",
			"GOOD_TOKEN="+caddyToken, "STALE_TOKEN=tok-Old-Caddy-2025", "READER_TOKEN="+caddyReader, "API_KEY=K3y-Old-Caddy-2025", "GOOD_KEY="+caddyKey)},
		want: map[string]string{
			"staging/wrong password": "credential_rejected", "staging/no credential": "no_credentials_sent",
			// Caddy compares the password with the hash of its Caddyfile;
			// the hash itself was sent: a well-formed password refused.
			"staging/the hash as the password": "credential_rejected",
			"staging/bearer to basicauth":      "scheme_mismatch",
			// An empty 403 from Caddy, the web server itself: no vendor of a
			// WAF, no words.
			"staging/respond 403":    "permission_denied",
			"staging/remote_ip rule": "ip_restricted",
			"staging/wrong key":      "credential_rejected", "staging/no key": "no_credentials_sent",
			// {"error":"missing or invalid X-API-Key header"} while the key
			// went in Authorization.
			"staging/key as a bearer token":      "credential_in_wrong_place",
			"staging/forward_auth without token": "no_credentials_sent",
			// The auth service's challenge: error="invalid_token".
			"staging/forward_auth stale token": "server_invalid_token",
			// 403 {"error":"insufficient_scope",...} from the auth service.
			"staging/forward_auth reader writes": "server_insufficient_scope",
			// A Basic header to a Bearer challenge (with error=invalid_token,
			// which the service sends to any header it cannot use).
			"staging/basic to forward_auth": "scheme_mismatch",
			// Late: Caddy's empty 502 when the auth service is down: nothing
			// about the credential.
			"staging/forward_auth service down": "none",
		},
		never:   map[string]string{"staging/respond 403": "blocked_by_proxy", "staging/remote_ip rule": "blocked_by_proxy"},
		secrets: []string{"not-Al1ce-Caddy-pass", caddyHash, caddyToken, "tok-Old-Caddy-2025", caddyReader, "K3y-Old-Caddy-2025", caddyKey},
	},
	{
		name:  "prometheus",
		start: startPrometheus,
		suite: `version: 1
name: prometheus held out
environments:
  plain: { base_url: "{{base}}", env_file: .env }
  mtls:
    base_url: "{{tls_base}}"
    env_file: .env
    tls: { ca_file: certs/ca.pem, cert_file: certs/client.pem, key_file: certs/client-key.pem }
  nocert:
    base_url: "{{tls_base}}"
    env_file: .env
    tls: { ca_file: certs/ca.pem }
  expired:
    base_url: "{{tls_base}}"
    env_file: .env
    tls: { ca_file: certs/ca.pem, cert_file: certs/expired.pem, key_file: certs/expired-key.pem }
  stranger:
    base_url: "{{tls_base}}"
    env_file: .env
    tls: { ca_file: certs/ca.pem, cert_file: certs/stranger.pem, key_file: certs/stranger-key.pem }
  noca:
    base_url: "{{tls_base}}"
    env_file: .env
    tls: { cert_file: certs/client.pem, key_file: certs/client-key.pem }
credentials:
  alice: { type: basic, username: alice, password: "${PROM_PASSWORD}", shared: true }
  wrong: { type: basic, username: alice, password: "${WRONG_PASSWORD}", shared: true }
  grafana: { type: basic, username: grafana, password: "${GRAFANA_PASSWORD}", shared: true }
  token: { type: bearer, token: "${API_TOKEN}", shared: true }
  newline: { type: basic, username: alice, password: "${NEWLINE_PASSWORD}", shared: true }
x-plain: &plain { only: [plain] }
x-query: &query { path: /api/v1/query, query: { query: up } }
scenarios:
  - { <<: *plain, name: no credential, request: *query }
  - { <<: *plain, name: wrong password, auth: wrong, request: *query }
  - { <<: *plain, name: unknown user, auth: grafana, request: *query }
  - { <<: *plain, name: bearer to basic, auth: token, request: *query }
  - { <<: *plain, name: reload without the lifecycle api, auth: alice, request: { method: POST, path: /-/reload } }
  - { <<: *plain, name: snapshot without the admin api, auth: alice, request: { method: POST, path: /api/v1/admin/tsdb/snapshot } }
  - { <<: *plain, name: query without an expression, auth: alice, request: { path: /api/v1/query } }
  - { <<: *plain, name: remote write not enabled, auth: alice, request: { method: POST, path: /api/v1/write, body: "x" } }
  - { only: [mtls], name: certificate without the password, request: *query }
  - { only: [nocert], name: no client certificate, auth: alice, request: *query }
  - { only: [expired], name: expired client certificate, auth: alice, request: *query }
  - { only: [stranger], name: certificate of another CA, auth: alice, request: *query }
  - { <<: *plain, name: password with a newline, auth: newline, request: *query }
  - { only: [noca], name: server certificate not trusted, auth: alice, request: *query }
`,
		files: map[string]string{".env": envList("PROM_PASSWORD="+promAlice, "WRONG_PASSWORD=not-Al1ce-Prom-pass", "GRAFANA_PASSWORD=Graf4na-Prom-2026",
			"API_TOKEN=opq_Prom_7Hd92kLmQ4pX", `NEWLINE_PASSWORD="`+promAlice+`\n"`),
			"certs/ca.pem": "{{ca}}", "certs/client.pem": "{{client_cert}}", "certs/client-key.pem": "{{client_key}}",
			"certs/expired.pem": "{{expired_cert}}", "certs/expired-key.pem": "{{expired_key}}",
			"certs/stranger.pem": "{{stranger_cert}}", "certs/stranger-key.pem": "{{stranger_key}}"},
		want: map[string]string{
			// 401 "Unauthorized" with a bare Basic challenge, to all three.
			"plain/no credential": "no_credentials_sent", "plain/wrong password": "credential_rejected",
			"plain/unknown user": "credential_rejected",
			// Prometheus knows no other scheme than its Basic challenge.
			"plain/bearer to basic": "scheme_mismatch",
			// 403 "Lifecycle API is not enabled.": the caller got in (the
			// password was right) and the operation is refused; chosen over
			// none because a 403 that refuses an operation to a known caller
			// is permission_denied's meaning, and its evidence shows the words.
			"plain/reload without the lifecycle api": "permission_denied",
			// 500 {"errorType":"unavailable","error":"admin APIs disabled"},
			// 400 bad_data, 404 "remote write receiver needs to be enabled":
			// nothing about the credential.
			"plain/snapshot without the admin api": "none", "plain/query without an expression": "none",
			"plain/remote write not enabled": "none",
			// The certificate is right; the 401 asks for the password.
			"mtls/certificate without the password": "no_credentials_sent",
			// The TLS server requires a client certificate (alert
			// certificate_required) and the environment has none.
			"nocert/no client certificate":       "no_credentials_sent",
			"expired/expired client certificate": "certificate_expiring",
			// A well-formed certificate the server does not trust (alert
			// bad_certificate / unknown_ca): the credential was refused.
			"stranger/certificate of another CA": "credential_rejected",
			// Late: a trailing newline in the password (Prometheus refuses
			// it); the server's certificate is of a CA this environment does
			// not trust (no ca_file): the client refused, nothing about the
			// credential.
			"plain/password with a newline": "whitespace_in_credential", "noca/server certificate not trusted": "none",
		},
		secrets: []string{promAlice, "not-Al1ce-Prom-pass", "Graf4na-Prom-2026", "opq_Prom_7Hd92kLmQ4pX"},
	},
	{
		name:  "squid",
		start: startSquid,
		suite: `version: 1
name: squid held out
environments:
  office: { base_url: "{{base}}", env_file: .env }
  ci: { base_url: "{{base}}", env_file: .env }
  vpn: { base_url: "{{base}}", env_file: .env }
credentials:
  token: { type: bearer, token: "${API_TOKEN}", shared: true }
  proxy_user: { type: basic, username: ci, password: "${PROXY_PASSWORD}", shared: true }
  wrong: { type: basic, username: user, password: "${WRONG_PASSWORD}", shared: true }
scenarios:
  - { only: [office, ci], name: api behind the proxy, auth: token, request: { path: /bearer } }
  - { only: [office], name: proxy password as the api credential, auth: proxy_user, request: { path: /status/200 } }
  - { only: [vpn], name: wrong password at the api, auth: wrong, request: { path: "/basic-auth/user/${GOOD_PASSWORD}" } }
  - { only: [vpn], name: no token at the api, request: { path: /bearer } }
  - { only: [vpn], name: api forbids, auth: token, request: { path: /status/403 } }
  - { only: [vpn], name: api rate limit, auth: token, request: { path: /status/429 } }
  - { only: [vpn], name: path denied by the proxy, auth: token, request: { path: /blocked/reports } }
  - { only: [vpn], name: basic to the api's bearer, auth: wrong, request: { path: /bearer } }
  - { only: [office], name: no-credential check through the proxy, kind: failure, request: { path: /bearer } }
`,
		files: map[string]string{".env": envList("API_TOKEN=opq_Squid_7Hd92kLmQ4pX", "PROXY_PASSWORD="+squidPass, "WRONG_PASSWORD=wrong-httpbin-pass",
			"GOOD_PASSWORD=Httpb1n-Pass-2026")},
		// office: no proxy credentials; ci: a wrong proxy password; vpn:
		// the right one.
		proxies: map[string]string{"office": "{{proxy}}", "ci": "http://ci:not-Pr0xy-Squid-pass@{{proxy_host}}",
			"vpn": "http://ci:" + squidPass + "@{{proxy_host}}"},
		want: map[string]string{
			// 407 Proxy Authentication Required, ERR_CACHE_ACCESS_DENIED.
			"office/api behind the proxy": "blocked_by_proxy", "ci/api behind the proxy": "blocked_by_proxy",
			// The proxy's password went to the API in Authorization; the
			// proxy still asks for it (407), not the API.
			"office/proxy password as the api credential": "blocked_by_proxy",
			// The API's own refusals through the proxy (Via, X-Cache): the
			// API's causes, not the proxy's.
			"vpn/wrong password at the api": "credential_rejected", "vpn/no token at the api": "no_credentials_sent",
			"vpn/api forbids": "permission_denied", "vpn/api rate limit": "rate_limited",
			// 403 ERR_ACCESS_DENIED, Squid's page: the proxy's ACL.
			"vpn/path denied by the proxy":  "blocked_by_proxy",
			"vpn/basic to the api's bearer": "scheme_mismatch",
			// Late: a no-credential check (kind: failure, 401 expected) that
			// met the proxy's 407, not the API.
			"office/no-credential check through the proxy": "blocked_by_proxy",
		},
		never: map[string]string{"office/proxy password as the api credential": "credential_rejected",
			"vpn/wrong password at the api": "blocked_by_proxy", "vpn/api forbids": "blocked_by_proxy"},
		secrets: []string{"opq_Squid_7Hd92kLmQ4pX", squidPass, "not-Pr0xy-Squid-pass", "wrong-httpbin-pass", "Httpb1n-Pass-2026"},
	},
	{
		name:  "varnish",
		start: baseOnly(startVarnish),
		suite: `version: 1
name: varnish held out
environments:
  staging: { base_url: "{{base}}", env_file: .env }
credentials:
  key: { type: api_key, header: X-API-Key, key: "${API_KEY}" }
  key_good: { type: api_key, header: X-API-Key, key: "${GOOD_KEY}" }
  key_bearer: { type: bearer, token: "${GOOD_KEY}" }
  wrong: { type: basic, username: alice, password: "${WRONG_PASSWORD}" }
  user: { type: basic, username: user, password: "${WRONG_PASSWORD}" }
scenarios:
  - { name: wrong key, auth: key, request: { path: /keys/ } }
  - { name: no key, request: { path: /keys/ } }
  - { name: key as a bearer token, auth: key_bearer, request: { path: /keys/ } }
  - { name: wrong password, auth: wrong, request: { path: /private/ } }
  - { name: no credential, request: { path: /private/ } }
  - { name: acl, auth: key_good, request: { path: /admin/ } }
  - { name: acl with its own words, auth: key_good, request: { path: /partners/ } }
  - { name: api refuses the password, auth: user, request: { path: "/basic-auth/user/${GOOD_PASSWORD}" } }
  - { name: api forbids, auth: key_good, request: { path: /status/403 } }
  - { name: api rate limit, auth: key_good, request: { path: /status/429 } }
  - { name: backend down, auth: key_good, request: { path: /down/ } }
  - { name: basic to the key check, auth: wrong, request: { path: /keys/ } }
`,
		files: map[string]string{".env": envList("API_KEY=K3y-Old-Varnish-2025", "GOOD_KEY="+varnishKey, "WRONG_PASSWORD=not-Al1ce-Varnish-pass",
			"GOOD_PASSWORD=Httpb1n-Pass-2026")},
		want: map[string]string{
			// 401 "Invalid API key" (with Retry-After: 5, as on every
			// synthetic page: no rate limit).
			"staging/wrong key": "credential_rejected", "staging/no key": "no_credentials_sent",
			// 401 "Missing API key" while the key went in Authorization.
			"staging/key as a bearer token": "credential_in_wrong_place",
			"staging/wrong password":        "credential_rejected", "staging/no credential": "no_credentials_sent",
			// Varnish, the cache in front of the API, refused with its own
			// Guru Meditation page and no reason: something in front of the
			// API blocked it (as HAProxy's deny in the second round).
			"staging/acl":                    "blocked_by_proxy",
			"staging/acl with its own words": "ip_restricted",
			// The API's own answers through Varnish (Via: 1.1 varnish).
			"staging/api refuses the password": "credential_rejected", "staging/api forbids": "permission_denied",
			"staging/api rate limit": "rate_limited",
			// 503 Backend fetch failed.
			"staging/backend down": "none",
			// Late: 401 "Missing API key" to a Basic header: the key is
			// read from X-API-Key.
			"staging/basic to the key check": "credential_in_wrong_place",
		},
		never: map[string]string{"staging/wrong key": "rate_limited", "staging/no key": "rate_limited",
			"staging/api refuses the password": "blocked_by_proxy", "staging/api forbids": "blocked_by_proxy"},
		secrets: []string{"K3y-Old-Varnish-2025", varnishKey, "not-Al1ce-Varnish-pass", "Httpb1n-Pass-2026"},
	},
	{
		name:  "tomcat",
		start: baseOnly(startTomcat),
		suite: `version: 1
name: tomcat held out
environments:
  staging: { base_url: "{{base}}", env_file: .env }
credentials:
  alice: { type: basic, username: alice, password: "${ALICE_PASSWORD}" }
  bob: { type: basic, username: bob, password: "${BOB_PASSWORD}" }
  wrong: { type: basic, username: bob, password: "${WRONG_PASSWORD}" }
  dave: { type: basic, username: dave, password: "${DAVE_PASSWORD}" }
  token: { type: bearer, token: "${API_TOKEN}" }
scenarios:
  - { name: no credential, request: { path: /api/orders/ } }
  - { name: wrong password, auth: wrong, request: { path: /api/orders/ } }
  - { name: unknown user, auth: dave, request: { path: /api/orders/ } }
  - { name: bearer to basic, auth: token, request: { path: /api/orders/ } }
  - { name: user without the role, auth: bob, request: { path: /api/admin/ } }
  - { name: basic to digest, auth: alice, request: { path: /vault/secrets/ } }
  - { name: remote address valve, auth: alice, request: { path: /internal/reports/ } }
  - { name: no such resource, auth: alice, request: { path: /api/nothing } }
  - { name: bearer to digest, auth: token, request: { path: /vault/secrets/ } }
  - { name: role check for a failure scenario, kind: failure, auth: bob, request: { path: /api/admin/ } }
`,
		files: map[string]string{".env": envList("ALICE_PASSWORD="+tomcatAlice, "BOB_PASSWORD="+tomcatBob, "WRONG_PASSWORD=not-B0b-Tomcat-pass",
			"DAVE_PASSWORD=D4ve-Tomcat-2026", "API_TOKEN=opq_Tomcat_7Hd92kLmQ4pX")},
		want: map[string]string{
			// Tomcat's 401 page says "lacks valid authentication
			// credentials" to all three: its boilerplate.
			"staging/no credential": "no_credentials_sent", "staging/wrong password": "credential_rejected",
			"staging/unknown user": "credential_rejected", "staging/bearer to basic": "scheme_mismatch",
			// 403 "Access to the requested resource has been denied".
			"staging/user without the role": "permission_denied",
			"staging/basic to digest":       "scheme_mismatch",
			// The valve's bare 403 page: nothing says it is the address.
			"staging/remote address valve": "permission_denied",
			"staging/no such resource":     "none",
			// Late: Tomcat's DIGEST challenge to a bearer token; its 403 for
			// a scenario that expects 401.
			"staging/bearer to digest": "scheme_mismatch", "staging/role check for a failure scenario": "authentication_before_authorization",
		},
		never:   map[string]string{"staging/user without the role": "blocked_by_proxy", "staging/remote address valve": "blocked_by_proxy"},
		secrets: []string{tomcatAlice, tomcatBob, "not-B0b-Tomcat-pass", "D4ve-Tomcat-2026", "opq_Tomcat_7Hd92kLmQ4pX"},
	},
}

func TestHeldOutServers3(t *testing.T) { runHeldOut(t, heldOut3Cases) }
