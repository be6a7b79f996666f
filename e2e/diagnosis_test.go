package e2e

import (
	"context"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	"github.com/authspec/authspec/results"
	"github.com/authspec/authspec/runner"
	"github.com/authspec/authspec/secret"
	"github.com/authspec/authspec/secret/secrettest"
	"github.com/authspec/authspec/suites"
	"github.com/mccutchen/go-httpbin/v2/httpbin"

	_ "github.com/authspec/authspec/internal/golden" // accepts go test -update
)

// run writes a suite and its env files to a fresh directory, runs it, and
// checks the first cause of each named scenario ("none": it failed with no
// diagnosis, an answer that says nothing about authentication; "pass": it
// passed, its credential being right). secrets must not appear in anything
// the diagnosis says. It returns every
// result, by environment/scenario.
func run(t *testing.T, yaml string, files map[string]string, want map[string]string, secrets ...string) map[string]*results.Result {
	t.Helper()
	return runWith(t, runner.Options{}, yaml, files, want, secrets...)
}

// runWith is run with the runner's options (its environments, its
// transport).
func runWith(t *testing.T, opts runner.Options, yaml string, files map[string]string, want map[string]string, secrets ...string) map[string]*results.Result {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		write(t, filepath.Join(dir, name), content)
	}
	write(t, filepath.Join(dir, "suite.yaml"), yaml)
	ss, err := suites.Load(filepath.Join(dir, "suite.yaml"))
	if err != nil {
		t.Fatalf("loading: %v", err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*startupWait)
	defer cancel()
	opts.Getenv = func(string) (string, bool) { return "", false }
	rep, err := runner.Run(ctx, ss, opts)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]*results.Result{}
	for _, r := range rep.Results {
		key := r.Environment + "/" + r.Name
		seen[key] = r
		// Every result, named or not, shows no secret in any form.
		text := r.Message
		for _, c := range r.Diagnosis {
			text += c.Message + strings.Join(c.Evidence, " ")
		}
		for _, w := range r.Warnings {
			text += w.Message
		}
		secrettest.NoForms(t, text, secrets...)
		code, ok := want[key]
		if !ok {
			continue
		}
		if code == "pass" {
			if r.Status != results.Passed {
				t.Errorf("%s: %s %q, causes %v, want it to pass (its credential is right)", key, r.Status, r.Message, codes(r.Diagnosis))
			}
			continue
		}
		if code == "none" && (r.Status == results.Passed || len(r.Diagnosis) > 0) {
			t.Errorf("%s: %s %q, causes %v, want a failure without a diagnosis", key, r.Status, r.Message, codes(r.Diagnosis))
		}
		if code != "none" && (r.Status == results.Passed || len(r.Diagnosis) == 0 || r.Diagnosis[0].Code != code) {
			t.Errorf("%s: %s %q, first cause %v, want %s", key, r.Status, r.Message, codes(r.Diagnosis), code)
			for _, c := range r.Diagnosis {
				t.Logf("  [%s] %s\n      %s", c.Code, c.Message, strings.Join(c.Evidence, "\n      "))
			}
		}
		for _, c := range r.Diagnosis {
			if c.Message == "" || len(c.Evidence) == 0 {
				t.Errorf("%s: cause %s without message or evidence", key, c.Code)
			}
		}
	}
	for key := range want {
		if seen[key] == nil {
			t.Errorf("no result for %s", key)
		}
	}
	return seen
}

func codes(cs []results.Cause) []string {
	var out []string
	for _, c := range cs {
		out = append(out, c.Code)
	}
	return out
}

// diagnosisCases are real servers answering real requests: each row starts
// one, runs a suite against it ({{base}} is its URL) and checks the first
// cause of each named scenario; secrets must not appear in the diagnosis.
var diagnosisCases = []struct {
	name    string
	start   func(t *testing.T) string // the server's base URL
	suite   string
	files   map[string]string // env files beside the suite
	want    map[string]string // environment/scenario -> first cause
	secrets []string
}{
	{
		// nginx: its own default 403 page is a refusal by its access rules,
		// not a WAF; a wrong Basic password is a rejected credential.
		name:  "nginx",
		start: startNginx,
		suite: `version: 1
name: nginx
environments:
  staging: { base_url: {{base}}, env_file: .env.staging }
credentials:
  token: { type: bearer, token: "${API_TOKEN}" }
  ops: { type: basic, username: ops, password: "${OPS_PASSWORD}" }
scenarios:
  - name: admin area
    auth: token
    request: { method: GET, path: /admin/ }
  - name: private area
    auth: ops
    request: { method: GET, path: /private/ }
`,
		files:   map[string]string{".env.staging": envList("API_TOKEN=opq_7Hd92kLmQ4pXrT9w", "OPS_PASSWORD=not-the-Ops-password")},
		want:    map[string]string{"staging/admin area": "permission_denied", "staging/private area": "credential_rejected"},
		secrets: []string{"opq_7Hd92kLmQ4pXrT9w", "not-the-Ops-password"},
	},
	{
		// RabbitMQ management: a monitoring user asking for the user list
		// gets 401 "Not administrator user". Staging and production share
		// that password: the server's words (a permission) come first, the
		// shared value is a hint.
		name:  "rabbitmq",
		start: startRabbit,
		suite: `version: 1
name: rabbit
environments:
  staging: { base_url: {{base}}, env_file: rabbit.staging.env }
  production: { base_url: {{base}}, env_file: rabbit.production.env }
credentials:
  monitor: { type: basic, username: monitor, password: "${ADMIN_PASSWORD}" }
  wrong: { type: basic, username: admin, password: "${WRONG_PASSWORD}" }
scenarios:
  - name: list users
    auth: monitor
    request: { method: GET, path: /api/users }
  - name: wrong password
    only: [staging]
    auth: wrong
    request: { method: GET, path: /api/overview }
`,
		files: map[string]string{
			"rabbit.staging.env":    envList("ADMIN_PASSWORD="+rabbitMonitorPass, "WRONG_PASSWORD=Not-The-Adm1n-Pass"),
			"rabbit.production.env": envList("ADMIN_PASSWORD=" + rabbitMonitorPass),
		},
		want: map[string]string{
			"staging/list users": "permission_denied", "production/list users": "permission_denied",
			"staging/wrong password": "credential_rejected",
		},
		secrets: []string{rabbitMonitorPass, "Not-The-Adm1n-Pass"},
	},
	{
		// The Docker registry behind htpasswd: a bearer token gets a Basic
		// challenge (the scheme is wrong), a wrong password is rejected.
		name:  "registry",
		start: startRegistry,
		suite: `version: 1
name: registry
environments:
  staging: { base_url: {{base}}, env_file: .env }
credentials:
  token: { type: bearer, token: "${REGISTRY_TOKEN}" }
  robot: { type: basic, username: docker, password: "${REGISTRY_PASSWORD}" }
scenarios:
  - name: bearer to htpasswd
    auth: token
    request: { method: GET, path: /v2/ }
  - name: wrong password
    auth: robot
    request: { method: GET, path: /v2/ }
`,
		files:   map[string]string{".env": envList("REGISTRY_TOKEN=dckr_pat_9f8e7d6c5b4a3210", "REGISTRY_PASSWORD=wrong-registry-pass")},
		want:    map[string]string{"staging/bearer to htpasswd": "scheme_mismatch", "staging/wrong password": "credential_rejected"},
		secrets: []string{"dckr_pat_9f8e7d6c5b4a3210", "wrong-registry-pass"},
	},
	{
		// An OpenID provider's token endpoint refuses a wrong client secret.
		name:  "oidc provider",
		start: startOIDC,
		suite: `version: 1
name: oidc
environments:
  staging: { base_url: {{base}}, env_file: .env }
credentials:
  machine:
    type: oauth2_client_credentials
    token_url: ${base_url}/oauth/token
    client_id: sid1
    client_secret: "${CLIENT_SECRET}"
scenarios:
  - name: userinfo
    auth: machine
    request: { method: GET, path: /userinfo }
`,
		files:   map[string]string{".env": envList("CLIENT_SECRET=not-verysecret-at-all")},
		want:    map[string]string{"staging/userinfo": "credential_rejected"},
		secrets: []string{"not-verysecret-at-all"},
	},
	{
		// go-httpbin: a default Basic challenge on every 401 is not a scheme
		// mismatch for an API key header; a token in the query where a
		// Bearer header is asked is in the wrong place.
		name:  "go-httpbin",
		start: startHTTPBin,
		suite: `version: 1
name: httpbin
environments:
  staging: { base_url: {{base}}, env_file: .env }
credentials:
  key: { type: api_key, header: X-API-Key, key: "${API_KEY}" }
  qtoken: { type: api_key, query: access_token, key: "${API_TOKEN}" }
  basic: { type: basic, username: user, password: "${HTTPBIN_PASSWORD}" }
scenarios:
  - name: key to a 401
    auth: key
    request: { method: GET, path: /status/401 }
  - name: token in the query
    auth: qtoken
    request: { method: GET, path: /bearer }
  - name: wrong basic password
    auth: basic
    request: { method: GET, path: /basic-auth/user/passwd }
`,
		files: map[string]string{".env": envList("API_KEY=key_9f8e7d6c5b4a3210", "API_TOKEN=opq_7Hd92kLmQ4pXrT9w", "HTTPBIN_PASSWORD=wrong-httpbin-pass")},
		want: map[string]string{"staging/key to a 401": "credential_rejected", "staging/token in the query": "credential_in_wrong_place",
			"staging/wrong basic password": "credential_rejected"},
		secrets: []string{"key_9f8e7d6c5b4a3210", "opq_7Hd92kLmQ4pXrT9w", "wrong-httpbin-pass"},
	},
}

func TestDiagnosis(t *testing.T) {
	for _, tc := range diagnosisCases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			base := tc.start(t)
			run(t, strings.ReplaceAll(tc.suite, "{{base}}", base), tc.files, tc.want, tc.secrets...)
		})
	}
}

// startHTTPBin serves go-httpbin in-process.
func startHTTPBin(t *testing.T) string {
	srv := httptest.NewServer(httpbin.New())
	t.Cleanup(srv.Close)
	return srv.URL
}

// TestNginxPageEvidence: nginx's own 403 page is quoted once, without its
// markup: its title and h1 say "403 Forbidden", which the evidence's
// status already says (it quoted the page's words twice, tags and all).
func TestNginxPageEvidence(t *testing.T) {
	base := startNginx(t)
	got := run(t, `version: 1
name: nginx page
environments:
  staging: { base_url: `+base+`, env_file: .env }
credentials:
  token: { type: bearer, token: "${API_TOKEN}" }
scenarios:
  - { name: admin area, auth: token, request: { path: /admin/ } }
`, map[string]string{".env": envList("API_TOKEN=opq_7Hd92kLmQ4pXrT9w")}, map[string]string{"staging/admin area": "permission_denied"}, "opq_7Hd92kLmQ4pXrT9w")
	r := got["staging/admin area"]
	if r == nil || len(r.Diagnosis) == 0 {
		t.Fatal("no diagnosis")
	}
	ev := strings.ToLower(secret.Plain(strings.Join(r.Diagnosis[0].Evidence, "\n")))
	if strings.Contains(ev, `"403 forbidden"`) || strings.Contains(ev, "<h1>") || strings.Contains(ev, "<title>") {
		t.Errorf("the evidence quotes the page's own status line or its markup: %q", ev)
	}
	if !strings.Contains(ev, "matches web server default page (403 forbidden)") {
		t.Errorf("the evidence lost the row and status it read: %q", ev)
	}
}
