package e2e

import (
	"encoding/base64"
	"maps"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/authspec/authspec/results"
	"github.com/authspec/authspec/runner"
)

// A held-out round on the real servers, written the way a new user meets
// them: each scenario's first cause was decided from docs/diagnosis.md and
// the server's answer before authspec was run. Each row starts its server
// ({{base}} is its URL; a start may give more {{NAME}} values, in the suite
// and in the env files), runs one suite in two environments where the
// round needs them, and checks the first cause of each scenario ("none": a
// failure with nothing about authentication in the answer). never lists
// causes that must not appear, as a diagnosis or a warning.
var heldOutCases = []heldOutCase{
	{
		name:  "nginx",
		start: baseOnly(startNginx),
		suite: `version: 1
name: nginx held out
environments:
  staging: { base_url: "{{base}}", env_file: nginx.staging.env }
  production: { base_url: "{{base}}", env_file: nginx.production.env }
credentials:
  ops: { type: basic, username: ops, password: "${OPS_PASSWORD}" }
  deployer: { type: basic, username: "${DEPLOY_USER}", password: "${DEPLOY_PASSWORD}" }
  api: { type: bearer, token: "${API_TOKEN}" }
  api_raw: { type: bearer, token: "${API_HEADER}" }
  quoted: { type: basic, username: ops, password: "${QUOTED_PASSWORD}" }
x-staging: &staging { only: [staging] }
scenarios:
  - { <<: *staging, name: wrong password, auth: ops, request: { path: /private/ } }
  - { <<: *staging, name: no credential, request: { path: /private/ } }
  - { <<: *staging, name: user not in htpasswd, auth: deployer, request: { path: /private/ } }
  - { <<: *staging, name: deny all, auth: api, request: { path: /admin/ } }
  - { only: [production], name: allowed from 10/8 only, auth: api, request: { path: /internal/ } }
  - { <<: *staging, name: auth_request 401, auth: api, request: { path: /sso/ } }
  - { <<: *staging, name: auth_request 403, auth: api, request: { path: /team/ } }
  - <<: *staging
    name: limit_req 503
    auth: api
    steps: [{ request: { path: /limited/ } }, { request: { path: /limited/ } }]
  - <<: *staging
    name: limit_req 429
    auth: api
    steps: [{ request: { path: /limited429/ } }, { request: { path: /limited429/ } }]
  - { <<: *staging, name: hidden location, auth: api, request: { path: /hidden/ } }
  - { <<: *staging, name: map refuses the bearer, auth: api, request: { path: /api/ } }
  - { <<: *staging, name: basic to the bearer map, auth: ops, request: { path: /api/ } }
  - { <<: *staging, name: token holds Bearer already, auth: api_raw, request: { path: /api/ } }
  - { <<: *staging, name: api without credential, request: { path: /api/ } }
  - { <<: *staging, name: json says expired, auth: api, request: { path: /json/ } }
  - { <<: *staging, name: password in quotes, auth: quoted, request: { path: /private/ } }
  - { <<: *staging, name: deny all for a failure scenario, kind: failure, request: { path: /admin/ } }
`,
		files: map[string]string{
			"nginx.staging.env": envList("OPS_PASSWORD=not-the-Ops-password", "DEPLOY_USER=release", "DEPLOY_PASSWORD=Rel3ase-Pass-2026",
				"API_TOKEN=opq_7Hd92kLmQ4pXrT9w", "API_HEADER=Bearer "+nginxToken, `QUOTED_PASSWORD="'`+opsPassword+`'"`),
			"nginx.production.env": envList("OPS_PASSWORD="+opsPassword, "API_TOKEN="+nginxToken),
		},
		want: map[string]string{
			"staging/wrong password": "credential_rejected", "staging/no credential": "no_credentials_sent",
			"staging/user not in htpasswd": "credential_rejected", "staging/deny all": "permission_denied",
			"production/allowed from 10/8 only": "permission_denied", "staging/auth_request 401": "credential_rejected",
			"staging/auth_request 403": "permission_denied", "staging/limit_req 503": "none", "staging/limit_req 429": "rate_limited",
			"staging/hidden location": "none", "staging/map refuses the bearer": "credential_rejected",
			"staging/basic to the bearer map": "scheme_mismatch", "staging/token holds Bearer already": "prefix_doubled",
			"staging/api without credential": "no_credentials_sent", "staging/json says expired": "token_expired",
			// A later batch, after the fixes: the quotes of a pasted value,
			// and nginx's 403 page where a failure scenario expects 401.
			"staging/password in quotes": "quotes_in_credential", "staging/deny all for a failure scenario": "authentication_before_authorization",
		},
		never:   map[string]string{"staging/deny all": "blocked_by_proxy", "production/allowed from 10/8 only": "blocked_by_proxy"},
		secrets: []string{"not-the-Ops-password", "Rel3ase-Pass-2026", "opq_7Hd92kLmQ4pXrT9w", nginxToken, opsPassword},
	},
	{
		name:  "rabbitmq",
		start: baseOnly(startRabbit),
		suite: `version: 1
name: rabbit held out
environments:
  staging: { base_url: "{{base}}", env_file: rabbit.staging.env }
  production: { base_url: "{{base}}", env_file: rabbit.production.env }
credentials:
  admin: { type: basic, username: admin, password: "${ADMIN_PASSWORD}" }
  monitor: { type: basic, username: monitor, password: "${MONITOR_PASSWORD}" }
  monitor_shared: { type: basic, username: monitor, password: "${MONITOR_PASSWORD}", shared: true }
  notag: { type: basic, username: notag, password: "${NOTAG_PASSWORD}" }
  novhost: { type: basic, username: novhost, password: "${NOVHOST_PASSWORD}" }
  app: { type: basic, username: "${APP_USER}", password: "${APP_PASSWORD}" }
  gone: { type: basic, username: gone, password: "${GONE_PASSWORD}" }
  token: { type: bearer, token: "${RABBIT_TOKEN}" }
x-staging: &staging { only: [staging] }
scenarios:
  - { <<: *staging, name: wrong password, auth: admin, request: { path: /api/overview } }
  - { name: monitor lists users, auth: monitor, request: { path: /api/users } }
  - { name: monitor lists users (shared), auth: monitor_shared, request: { path: /api/users } }
  - { <<: *staging, name: no management tag, auth: notag, request: { path: /api/overview } }
  - { <<: *staging, name: no vhost permission, auth: novhost, request: { path: /api/queues/orders } }
  - { <<: *staging, name: no configure permission, auth: app, request: { method: PUT, path: /api/queues/%2F/newq, json: { durable: true } } }
  - { <<: *staging, name: deleted user, auth: gone, request: { path: /api/overview } }
  - { <<: *staging, name: no credential, request: { path: /api/overview } }
  - { <<: *staging, name: bearer to basic, auth: token, request: { path: /api/overview } }
  - { name: app overview, auth: app, request: { path: /api/overview } }
  - { <<: *staging, name: monitor may not delete users, kind: permission, auth: monitor, request: { method: DELETE, path: /api/users/nobody } }
  - { <<: *staging, name: novhost may not read orders, kind: permission, auth: novhost, request: { path: /api/queues/orders } }
`,
		files: map[string]string{
			"rabbit.staging.env": envList("ADMIN_PASSWORD=Not-The-Adm1n-Pass", "MONITOR_PASSWORD="+rabbitMonitorPass, "NOTAG_PASSWORD="+rabbitNotagPass,
				"NOVHOST_PASSWORD="+rabbitNovhostPass, "APP_USER=app_staging", "APP_PASSWORD="+rabbitAppStaging,
				"GONE_PASSWORD="+rabbitGonePass, "RABBIT_TOKEN=rbt_9f8e7d6c5b4a3210"),
			// production copied staging's app password: app_prod refuses it.
			"rabbit.production.env": envList("ADMIN_PASSWORD="+rabbitAdminPass, "MONITOR_PASSWORD="+rabbitMonitorPass,
				"APP_USER=app_prod", "APP_PASSWORD="+rabbitAppStaging),
		},
		want: map[string]string{
			"staging/wrong password": "credential_rejected", "staging/monitor lists users": "permission_denied",
			"production/monitor lists users": "permission_denied", "staging/monitor lists users (shared)": "permission_denied",
			"production/monitor lists users (shared)": "permission_denied", "staging/no management tag": "permission_denied",
			"staging/no vhost permission": "permission_denied", "staging/no configure permission": "permission_denied",
			"staging/deleted user": "credential_rejected", "staging/no credential": "no_credentials_sent",
			"staging/bearer to basic": "scheme_mismatch", "production/app overview": "credential_from_other_environment",
			// Later batch: permission scenarios that RabbitMQ answers with 401.
			"staging/monitor may not delete users": "authentication_before_authorization",
			"staging/novhost may not read orders":  "authentication_before_authorization",
		},
		never: map[string]string{"staging/monitor lists users (shared)": "credential_from_other_environment",
			"production/monitor lists users (shared)": "credential_from_other_environment"},
		secrets: []string{"Not-The-Adm1n-Pass", rabbitMonitorPass, rabbitNotagPass, rabbitNovhostPass, rabbitAppStaging, rabbitGonePass,
			"rbt_9f8e7d6c5b4a3210", rabbitAdminPass},
	},
	{
		name: "registry",
		start: func(t *testing.T) (string, map[string]string) {
			base, pass := startRegistryPassword(t)
			return base, map[string]string{"password": pass}
		},
		suite: `version: 1
name: registry held out
environments:
  staging: { base_url: "{{base}}", env_file: registry.staging.env }
  production: { base_url: "{{base}}", env_file: registry.production.env }
credentials:
  robot: { type: basic, username: docker, password: "${REGISTRY_PASSWORD}" }
  ghost: { type: basic, username: ghost, password: "${GHOST_PASSWORD}" }
  padded: { type: basic, username: docker, password: "${PADDED_PASSWORD}" }
scenarios:
  - { only: [staging], name: catalog wrong password, auth: robot, request: { path: /v2/_catalog } }
  - { only: [staging], name: catalog without credential, request: { path: /v2/_catalog } }
  - { only: [staging], name: repository wrong password, auth: robot, request: { path: /v2/team/app/tags/list } }
  - { only: [staging], name: unknown user, auth: ghost, request: { path: /v2/ } }
  - { only: [production], name: repository not known, auth: robot, request: { path: /v2/team/app/tags/list } }
  - { only: [production], name: trailing space, auth: padded, request: { path: /v2/_catalog } }
  - { only: [staging], name: placeholder, auth: padded, request: { path: /v2/ } }
  - { only: [production], name: password not set, auth: ghost, request: { path: /v2/ } }
`,
		files: map[string]string{
			"registry.staging.env":    envList("REGISTRY_PASSWORD=wrong-registry-pass", "GHOST_PASSWORD=Gh0st-Pass-2026", "PADDED_PASSWORD=changeme"),
			"registry.production.env": envList("REGISTRY_PASSWORD={{password}}", `PADDED_PASSWORD="{{password}} "`),
		},
		want: map[string]string{
			"staging/catalog wrong password": "credential_rejected", "staging/catalog without credential": "no_credentials_sent",
			"staging/repository wrong password": "credential_rejected", "staging/unknown user": "credential_rejected",
			"production/repository not known": "none", "production/trailing space": "whitespace_in_credential",
			"staging/placeholder": "placeholder_credential", "production/password not set": "credential_missing",
		},
		secrets: []string{"wrong-registry-pass", "Gh0st-Pass-2026", "{{password}}"},
	},
	{
		name:  "oidc provider",
		start: baseOnly(startOIDC),
		suite: `version: 1
name: oidc held out
environments:
  staging:
    base_url: "{{base}}"
    env_file: .env
    expect_claims: { aud: orders-api }
credentials:
  machine: { type: oauth2_client_credentials, token_url: "${base_url}/oauth/token", client_id: sid1, client_secret: "${CLIENT_SECRET}" }
  good_machine: { type: oauth2_client_credentials, token_url: "${base_url}/oauth/token", client_id: sid1, client_secret: "${GOOD_SECRET}" }
  stranger: { type: oauth2_client_credentials, token_url: "${base_url}/oauth/token", client_id: billing-service, client_secret: "${STRANGER_SECRET}" }
  service_basic: { type: basic, username: sid1, password: "${GOOD_SECRET}" }
  pasted: { type: bearer, token: "${PASTED_TOKEN}" }
  old_jwt: { type: bearer, token: "${OLD_JWT}" }
  other_aud_jwt: { type: bearer, token: "${OTHER_AUD_JWT}" }
  padded_machine: { type: oauth2_client_credentials, token_url: "${base_url}/oauth/token", client_id: sid1, client_secret: "${PADDED_SECRET}" }
scenarios:
  - { name: wrong client secret, auth: machine, request: { path: /userinfo } }
  - { name: unknown client, auth: stranger, request: { path: /userinfo } }
  - name: password grant
    auth: service_basic
    request: { method: POST, path: /oauth/token, form: { grant_type: password, username: alice, password: "${GOOD_SECRET}" } }
  - { name: machine token reads userinfo, auth: good_machine, request: { path: /userinfo } }
  - { name: pasted opaque token, auth: pasted, request: { path: /userinfo } }
  - { name: userinfo without token, request: { path: /userinfo } }
  - { name: service user introspects, auth: service_basic, request: { method: POST, path: /oauth/introspect, form: { token: abc } } }
  - { name: expired token, auth: old_jwt, request: { path: /userinfo } }
  - { name: token for another audience, auth: other_aud_jwt, request: { path: /userinfo } }
  - { name: secret with a trailing space, auth: padded_machine, request: { path: /userinfo } }
`,
		files: map[string]string{".env": envList("CLIENT_SECRET=not-verysecret-at-all", "GOOD_SECRET=verysecret", "STRANGER_SECRET=B1lling-Secret-2026",
			"PASTED_TOKEN=at_5f0c2e9a8b7d4c1e", "OLD_JWT="+oldJWT, "OTHER_AUD_JWT="+otherAudJWT, `PADDED_SECRET="verysecret "`)},
		want: map[string]string{
			"staging/wrong client secret": "credential_rejected", "staging/unknown client": "credential_rejected",
			// unsupported_grant_type from a client that authenticated: the
			// client is known, the grant is not allowed.
			"staging/password grant": "permission_denied", "staging/machine token reads userinfo": "permission_denied",
			"staging/pasted opaque token": "credential_rejected", "staging/userinfo without token": "no_credentials_sent",
			// "ErrorType=unauthorized_client Parent=client not found"
			"staging/service user introspects": "credential_rejected",
			"staging/expired token":            "jwt_expired", "staging/token for another audience": "jwt_wrong_audience",
			"staging/secret with a trailing space": "whitespace_in_credential",
		},
		secrets: []string{"not-verysecret-at-all", "verysecret", "B1lling-Secret-2026", "at_5f0c2e9a8b7d4c1e", oldJWT, otherAudJWT, jwtSignature},
	},
	{
		name:  "go-httpbin",
		start: baseOnly(startHTTPBin),
		suite: `version: 1
name: httpbin held out
environments:
  staging: { base_url: "{{base}}", env_file: .env }
credentials:
  basic: { type: basic, username: user, password: "${HTTPBIN_PASSWORD}" }
  wrong_user: { type: basic, username: admin, password: "${GOOD_PASSWORD}" }
  token: { type: bearer, token: "${API_TOKEN}" }
  newline: { type: basic, username: user, password: "${NEWLINE_PASSWORD}" }
scenarios:
  - { name: basic-auth wrong user, auth: wrong_user, request: { path: "/basic-auth/user/${GOOD_PASSWORD}" } }
  - { name: hidden-basic-auth wrong password, auth: basic, request: { path: "/hidden-basic-auth/user/${GOOD_PASSWORD}" } }
  - { name: bearer without token, request: { path: /bearer } }
  - { name: basic to bearer, auth: basic, request: { path: /bearer } }
  - { name: bearer to a basic challenge, auth: token, request: { path: /status/401 } }
  - { name: forbidden, auth: token, request: { path: /status/403 } }
  - { name: too many requests, auth: token, request: { path: /status/429 } }
  - { name: proxy asks for credentials, auth: token, request: { path: /status/407 } }
  - { name: basic to digest, auth: basic, request: { path: "/digest-auth/auth/user/${GOOD_PASSWORD}" } }
  - { name: any bearer accepted, auth: token, request: { path: /bearer }, probes: [invalid] }
  - { name: permission not checked, kind: permission, auth: token, request: { path: /status/200 } }
  - { name: permission check answers 401, kind: permission, auth: token, request: { path: /status/401 } }
  - { name: status 401 without credential, request: { path: /status/401 } }
  - { name: password with a newline, auth: newline, request: { path: "/basic-auth/user/${GOOD_PASSWORD}" } }
  - { name: 403 for a failure scenario, kind: failure, request: { path: /status/403 } }
`,
		files: map[string]string{".env": envList("HTTPBIN_PASSWORD=wrong-httpbin-pass", "GOOD_PASSWORD=Httpb1n-Pass-2026", "API_TOKEN=opq_7Hd92kLmQ4pXrT9w",
			`NEWLINE_PASSWORD="Httpb1n-Pass-2026\n"`)},
		want: map[string]string{
			"staging/basic-auth wrong user": "credential_rejected", "staging/hidden-basic-auth wrong password": "none",
			"staging/bearer without token": "no_credentials_sent", "staging/basic to bearer": "scheme_mismatch",
			"staging/bearer to a basic challenge": "scheme_mismatch", "staging/forbidden": "permission_denied",
			"staging/too many requests": "rate_limited", "staging/proxy asks for credentials": "blocked_by_proxy",
			"staging/basic to digest": "scheme_mismatch", "staging/any bearer accepted [probe: invalid]": "credential_not_checked",
			"staging/permission not checked": "credential_not_checked",
			// The server asks for Basic where a Bearer token was sent: that,
			// not the 401-for-403, is what to fix first.
			"staging/permission check answers 401": "scheme_mismatch", "staging/status 401 without credential": "no_credentials_sent",
			"staging/password with a newline": "whitespace_in_credential", "staging/403 for a failure scenario": "authentication_before_authorization",
		},
		secrets: []string{"wrong-httpbin-pass", "Httpb1n-Pass-2026", "opq_7Hd92kLmQ4pXrT9w"},
	},
}

// heldOutCase is one server of a held-out round.
type heldOutCase struct {
	name    string
	start   func(t *testing.T) (string, map[string]string)
	suite   string
	files   map[string]string
	want    map[string]string
	never   map[string]string // environment/scenario -> a code it must not carry
	secrets []string
	// proxies: environment -> the forward proxy ({{NAME}} values filled)
	// its requests go through, as HTTPS_PROXY sends them for a host that is
	// not this machine (Go never proxies a loopback address from the
	// environment). Each such environment runs on its own.
	proxies map[string]string
	// pending: environment/scenario -> the first cause authspec gave when
	// the round was first run, while a fix is pending; such a miss is
	// logged, not failed, and a pending scenario that is now right fails
	// (so the list is kept honest).
	pending map[string]string
}

func TestHeldOutServers(t *testing.T) { runHeldOut(t, heldOutCases) }

// runHeldOut starts each case's server in parallel and runs its suite.
func runHeldOut(t *testing.T, cases []heldOutCase) {
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			base, vars := tc.start(t)
			fill := func(s string) string {
				s = strings.ReplaceAll(s, "{{base}}", base)
				for k, v := range vars {
					s = strings.ReplaceAll(s, "{{"+k+"}}", v)
				}
				return s
			}
			files := map[string]string{}
			for name, content := range tc.files {
				files[name] = fill(content)
			}
			var secrets []string
			for _, s := range tc.secrets {
				secrets = append(secrets, fill(s))
			}
			want := map[string]string{}
			for key, code := range tc.want {
				if _, ok := tc.pending[key]; !ok {
					want[key] = code
				}
			}
			got := map[string]*results.Result{}
			if len(tc.proxies) == 0 {
				got = run(t, fill(tc.suite), files, want, secrets...)
			}
			for env, proxy := range tc.proxies {
				maps.Copy(got, runWith(t, throughProxy(t, env, fill(proxy)), fill(tc.suite), files, wantIn(want, env), secrets...))
			}
			for key, was := range tc.pending {
				r := got[key]
				if r == nil {
					t.Errorf("no result for %s", key)
					continue
				}
				if cs := codes(r.Diagnosis); len(cs) > 0 && cs[0] == tc.want[key] || len(cs) == 0 && tc.want[key] == "none" && r.Status != results.Passed ||
					tc.want[key] == "pass" && r.Status == results.Passed {
					t.Errorf("%s: pending, but its first cause is now right (%s): take it off the list", key, tc.want[key])
				} else {
					t.Logf("pending miss %s: first cause %v (was %s), want %s", key, cs, was, tc.want[key])
				}
			}
			for key, code := range tc.never {
				r := got[key]
				if r == nil {
					t.Errorf("no result for %s", key)
					continue
				}
				all := codes(r.Diagnosis)
				for _, w := range r.Warnings {
					all = append(all, w.Code)
				}
				if slices.Contains(all, code) {
					t.Errorf("%s carries %s: %v", key, code, all)
				}
			}
		})
	}
}

// throughProxy runs environment env only, its requests sent through the
// forward proxy at proxy (credentials in its user information).
func throughProxy(t *testing.T, env, proxy string) runner.Options {
	u, err := url.Parse(proxy)
	if err != nil {
		t.Fatal(err)
	}
	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.Proxy = http.ProxyURL(u)
	return runner.Options{Envs: []string{env}, Transport: tr}
}

// wantIn is the part of want about environment env.
func wantIn(want map[string]string, env string) map[string]string {
	out := map[string]string{}
	for key, code := range want {
		if strings.HasPrefix(key, env+"/") {
			out[key] = code
		}
	}
	return out
}

// baseOnly adapts a server that needs nothing but its URL.
func baseOnly(start func(t *testing.T) string) func(t *testing.T) (string, map[string]string) {
	return func(t *testing.T) (string, map[string]string) { return start(t), nil }
}

// JWTs decoded, never verified: one that expired on 2025-12-05, one
// issued for another API (it expires in 2030).
var (
	jwtSignature = "c2lnbmF0dXJlLW5vdC1jaGVja2Vk"
	oldJWT       = jwt(`{"iss":"http://localhost/","sub":"sid1","aud":"orders-api","exp":1764950400,"iat":1764946800}`)
	otherAudJWT  = jwt(`{"iss":"http://localhost/","sub":"sid1","aud":"billing-api","exp":1893456000,"iat":1764946800}`)
)

func jwt(claims string) string {
	enc := base64.RawURLEncoding.EncodeToString
	return enc([]byte(`{"alg":"RS256","typ":"JWT","kid":"key1"}`)) + "." + enc([]byte(claims)) + "." + jwtSignature
}
