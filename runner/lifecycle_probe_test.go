package runner

import (
	"encoding/base64"
	"net/http"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/authspec/authspec/diagnose"
	"github.com/authspec/authspec/results"
	"github.com/authspec/authspec/suites"
	"github.com/authspec/authspec/vocab"
)

const lcProbeSuite = `version: 1
name: probes
environments:
  staging:
    base_url: "{{S}}"
    env_file: .env.staging
  production:
    base_url: "{{P}}"
    env_file: .env.production
credentials:
  token:
    type: bearer
    token: ${API_TOKEN}
    previous: ${API_TOKEN_PREVIOUS}
scenarios:
  - name: read me
    auth: token
    request: { path: /v1/me }
    probes: {{PROBES}}
`

const (
	lcStgToken = "stg_tok_4hQk29LmPz81"
	lcStgPrev  = "stg_old_9xWv03NbRt55"
	lcPrdToken = "prd_tok_7JdN20KcVe64"
	lcPrdPrev  = "prd_old_1MsB88QyLo27"
)

var lcProbeEnvFiles = map[string]string{
	".env.staging":    "API_TOKEN=" + lcStgToken + "\nAPI_TOKEN_PREVIOUS=" + lcStgPrev + "\n",
	".env.production": "API_TOKEN=" + lcPrdToken + "\nAPI_TOKEN_PREVIOUS=" + lcPrdPrev + "\n",
}

func lcAllSecrets() []string {
	return []string{lcStgToken, lcStgPrev, lcPrdToken, lcPrdPrev, alter(lcStgToken), alter(lcPrdToken)}
}

func TestLCProbesPassWhenAPIChecksToken(t *testing.T) {
	stg, stgSeen := lcServer(t, lcBearerAPI(lcStgToken))
	prd, _ := lcServer(t, lcBearerAPI(lcPrdToken))
	ss := lcLoad(t, lcProbeSuite, lcProbeEnvFiles, "{{S}}", stg.URL, "{{P}}", prd.URL, "{{PROBES}}", "all")
	rep := lcRun(t, ss, Options{Parallel: 4})

	if len(rep.Results) != 10 {
		t.Fatalf("got %d results, want 2 environments × (1 scenario + 4 probes)", len(rep.Results))
	}
	for _, env := range []string{"staging", "production"} {
		lcWant(t, lcResult(t, rep, "read me", env), results.Passed, results.None)
		for _, probe := range vocab.Probes {
			r := lcResult(t, rep, "read me [probe: "+probe+"]", env)
			lcWant(t, r, results.Passed, results.None)
			if r.Probe != probe {
				t.Errorf("%s: Probe = %q, want %q", r.Name, r.Probe, probe)
			}
		}
	}
	// The staging server saw its own token, none, an altered one, the
	// previous one, and production's token (other_env).
	var got []string
	for _, r := range stgSeen.all() {
		got = append(got, r.Header.Get("Authorization"))
	}
	slices.Sort(got)
	want := []string{"", "Bearer " + alter(lcStgToken), "Bearer " + lcPrdToken, "Bearer " + lcStgPrev, "Bearer " + lcStgToken}
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("staging received Authorization %q, want %q", got, want)
	}
	lcNoSecrets(t, rep, lcAllSecrets()...)
}

func TestLCProbeAcceptingAnyTokenIsSecurityFailure(t *testing.T) {
	srv, _ := lcServer(t, func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(200) })
	ss := lcLoad(t, lcProbeSuite, lcProbeEnvFiles, "{{S}}", srv.URL, "{{P}}", srv.URL, "{{PROBES}}", "[no_auth, invalid, previous, other_env]")
	rep := lcRun(t, ss, Options{})

	lcWant(t, lcResult(t, rep, "read me", "staging"), results.Passed, results.None)
	for _, probe := range vocab.Probes {
		r := lcResult(t, rep, "read me [probe: "+probe+"]", "staging")
		lcWant(t, r, results.Failed, results.SecurityFailure)
		if len(r.Diagnosis) == 0 || r.Diagnosis[0].Code != diagnose.CredentialNotChecked {
			t.Errorf("%s: diagnosis %+v, want %s first", r.Name, r.Diagnosis, diagnose.CredentialNotChecked)
		}
		msg := strings.ToLower(r.Message)
		if !strings.Contains(msg, "accepted") || !strings.Contains(msg, "must reject") || !strings.Contains(msg, "200") {
			t.Errorf("%s: message %q does not say the API accepted a credential it must reject", r.Name, r.Message)
		}
	}
	if m := lcResult(t, rep, "read me [probe: invalid]", "staging").Message; !strings.Contains(m, "accepted an altered credential it must reject (expected 401, got 200)") {
		t.Errorf("invalid probe message %q", m)
	}
	lcNoSecrets(t, rep, lcAllSecrets()...)
}

func TestLCProbePreviousSkipped(t *testing.T) {
	srv, seen := lcServer(t, lcBearerAPI(lcStgToken))
	for name, tc := range map[string]struct{ cred, env string }{
		"no previous field": {"token: ${API_TOKEN}", "API_TOKEN=" + lcStgToken + "\n"},
		"previous empty":    {"token: ${API_TOKEN}\n    previous: ${API_TOKEN_PREVIOUS}", "API_TOKEN=" + lcStgToken + "\nAPI_TOKEN_PREVIOUS=\n"},
		"previous unset":    {"token: ${API_TOKEN}\n    previous: ${API_TOKEN_PREVIOUS}", "API_TOKEN=" + lcStgToken + "\n"},
	} {
		t.Run(name, func(t *testing.T) {
			before := len(seen.all())
			ss := lcLoad(t, `version: 1
name: prev
environments:
  staging: { base_url: "{{S}}", env_file: .env }
credentials:
  token:
    type: bearer
    {{CRED}}
scenarios:
  - name: read me
    auth: token
    request: { path: /v1/me }
    probes: [previous]
`, map[string]string{".env": tc.env}, "{{S}}", srv.URL, "{{CRED}}", tc.cred)
			rep := lcRun(t, ss, Options{})
			lcWant(t, lcResult(t, rep, "read me", ""), results.Passed, results.None)
			r := lcResult(t, rep, "read me [probe: previous]", "")
			lcWant(t, r, results.Skipped, results.None)
			if !strings.Contains(r.Message, "previous") || len(r.Steps) != 0 {
				t.Errorf("skip reason %q (steps %d): want a reason naming previous and nothing sent", r.Message, len(r.Steps))
			}
			if n := len(seen.all()) - before; n != 1 {
				t.Errorf("server got %d requests, want 1 (the scenario only)", n)
			}
			lcNoSecrets(t, rep, lcStgToken)
		})
	}
}

func TestLCProbeInvalidKeepsShape(t *testing.T) {
	jwt := lcJWT(`{"alg":"HS256","typ":"JWT"}`, `{"sub":"svc","exp":4102444800}`) + ".c2lnbmF0dXJlX2FiY18xMjM"
	srv, seen := lcServer(t, func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(401) })
	ss := lcLoad(t, `version: 1
name: shape
environments:
  staging: { base_url: "{{S}}", env_file: .env }
credentials:
  jwt: { type: bearer, token: "${JWT}" }
  key: { type: api_key, header: X-API-Key, key: "${KEY}" }
  qkey: { type: api_key, query: api_key, key: "${KEY}" }
scenarios:
  - { name: jwt, auth: jwt, kind: failure, request: { path: /jwt }, probes: [invalid] }
  - { name: key, auth: key, kind: failure, request: { path: /key }, probes: [invalid] }
  - { name: qkey, auth: qkey, kind: failure, request: { path: /qkey }, probes: [invalid] }
`, map[string]string{".env": "JWT=" + jwt + "\nKEY=sk_live_abc123\n"}, "{{S}}", srv.URL)
	rep := lcRun(t, ss, Options{Parallel: 1})
	for _, r := range rep.Results {
		lcWant(t, r, results.Passed, results.None)
	}
	b64url := regexp.MustCompile(`^[A-Za-z0-9_-]+$`)
	var sentJWT, sentKey, sentQuery []string
	for _, r := range seen.all() {
		switch r.URL.Path {
		case "/jwt":
			sentJWT = append(sentJWT, strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer "))
		case "/key":
			sentKey = append(sentKey, r.Header.Get("X-API-Key"))
		case "/qkey":
			sentQuery = append(sentQuery, r.URL.Query().Get("api_key"))
		}
	}
	if len(sentJWT) != 2 || len(sentKey) != 2 || len(sentQuery) != 2 {
		t.Fatalf("want 2 requests per scenario, got %q %q %q", sentJWT, sentKey, sentQuery)
	}
	for _, v := range sentJWT {
		if v == jwt {
			continue
		}
		parts := strings.Split(v, ".")
		if len(parts) != 3 || !strings.HasPrefix(v, strings.Join(strings.Split(jwt, ".")[:2], ".")+".") {
			t.Errorf("altered JWT %q is not header.payload.signature of the original", v)
		}
		for _, p := range parts {
			if !b64url.MatchString(p) {
				t.Errorf("altered JWT part %q is not base64url", p)
			}
		}
	}
	for _, v := range append(sentKey, sentQuery...) {
		if v == "sk_live_abc123" {
			continue
		}
		if !strings.HasPrefix(v, "sk_live_") || len(v) != len("sk_live_abc123") {
			t.Errorf("altered key %q lost the prefix sk_live_ or the length", v)
		}
	}
	if slices.Index(sentKey, "sk_live_abc123") < 0 || sentKey[0] == sentKey[1] {
		t.Errorf("header key: want the key and an altered one, got %q", sentKey)
	}
	lcNoSecrets(t, rep, jwt, "sk_live_abc123", alter(jwt), alter("sk_live_abc123"))
}

func lcJWT(header, payload string) string {
	enc := base64.RawURLEncoding.EncodeToString
	return enc([]byte(header)) + "." + enc([]byte(payload))
}

func TestLCAlter(t *testing.T) {
	jwt := lcJWT(`{"alg":"RS256"}`, `{"sub":"x"}`)
	for _, tc := range []struct {
		in         string
		keepPrefix string
	}{
		{"sk_live_abc123", "sk_live_"},
		{"ghp_Zz9aB0", "ghp_"},
		{jwt + ".c2ln", jwt + "."},
		{jwt + ".", jwt + "."},
		{"plainvalue", ""},
		{"Zz99", ""},
		{"x", ""},
		{"", ""},
		{"key-with-dash-123", "key-with-"},
	} {
		got := alter(tc.in)
		if got == tc.in {
			t.Errorf("alter(%q) = the same value", tc.in)
		}
		if !strings.HasPrefix(got, tc.keepPrefix) {
			t.Errorf("alter(%q) = %q, lost prefix %q", tc.in, got, tc.keepPrefix)
		}
		if strings.Count(tc.in, ".") == 2 {
			if parts := strings.Split(got, "."); len(parts) != 3 || parts[2] == "" {
				t.Errorf("alter(%q) = %q, not three JWT parts", tc.in, got)
			}
		} else if tc.in != "" && len(got) != len(tc.in) {
			t.Errorf("alter(%q) = %q, length %d, want %d", tc.in, got, len(got), len(tc.in))
		}
	}
}

func TestLCProbeStatus(t *testing.T) {
	srv, _ := lcServer(t, func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") != "Bearer "+lcStgToken {
			w.WriteHeader(http.StatusForbidden)
		}
	})
	ss := lcLoad(t, `version: 1
name: probe status
environments:
  staging: { base_url: "{{S}}", env_file: .env }
credentials:
  token: { type: bearer, token: "${API_TOKEN}" }
scenarios:
  - { name: lenient, auth: token, request: { path: /a }, probes: [no_auth, invalid], probe_status: [401, 403] }
  - { name: strict, auth: token, request: { path: /b }, probes: [no_auth] }
`, map[string]string{".env": "API_TOKEN=" + lcStgToken + "\n"}, "{{S}}", srv.URL)
	rep := lcRun(t, ss, Options{})
	lcWant(t, lcResult(t, rep, "lenient [probe: no_auth]", ""), results.Passed, results.None)
	lcWant(t, lcResult(t, rep, "lenient [probe: invalid]", ""), results.Passed, results.None)
	r := lcResult(t, rep, "strict [probe: no_auth]", "")
	lcWant(t, r, results.Failed, results.AssertionFailure)
	if !strings.Contains(r.Message, "403") || !strings.Contains(r.Message, "401") {
		t.Errorf("message %q should show expected 401 and actual 403", r.Message)
	}
	lcNoSecrets(t, rep, lcStgToken, alter(lcStgToken))
}

const lcMatrixSuite = `version: 1
name: matrix
environments:
  staging: { base_url: "{{S}}", env_file: .env }
credentials:
  admin: { type: basic, username: "${ADMIN_USER}", password: "${ADMIN_PASSWORD}" }
  readonly_key: { type: api_key, header: X-API-Key, key: "${READONLY_KEY}" }
scenarios:
  - name: account endpoints
    kind: permission
    matrix:
      credentials: [admin, readonly_key, none]
      requests:
        list accounts:  { request: { method: GET,    path: /v1/accounts },   expect: [200, 200, 401] }
        delete account: { request: { method: DELETE, path: /v1/accounts/1 }, expect: {{DEL}} }
`

const lcMatrixEnv = "ADMIN_USER=root\nADMIN_PASSWORD=pw_Adm1n_S3cret\nREADONLY_KEY=ro_key_55Hh2Kd0\n"

// lcMatrixAPI: admin may do anything, the read-only key may read (and,
// when keyDeletes, wrongly delete), anyone else gets 401.
func lcMatrixAPI(keyDeletes bool) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		u, p, basic := r.BasicAuth()
		switch {
		case basic && u == "root" && p == "pw_Adm1n_S3cret":
		case r.Header.Get("X-API-Key") == "ro_key_55Hh2Kd0":
			if r.Method == http.MethodDelete && !keyDeletes {
				w.WriteHeader(http.StatusForbidden)
				return
			}
		default:
			w.WriteHeader(http.StatusUnauthorized)
			return
		}
		if r.Method == http.MethodDelete {
			w.WriteHeader(http.StatusNoContent)
		}
	}
}

func TestLCMatrix(t *testing.T) {
	srv, seen := lcServer(t, lcMatrixAPI(false))
	ss := lcLoad(t, lcMatrixSuite, map[string]string{".env": lcMatrixEnv}, "{{S}}", srv.URL, "{{DEL}}", "[204, 403, 401]")
	rep := lcRun(t, ss, Options{Parallel: 1})
	var names []string
	for _, r := range rep.Results {
		names = append(names, r.Name)
		lcWant(t, r, results.Passed, results.None)
	}
	want := []string{
		"account endpoints [list accounts as admin]", "account endpoints [list accounts as readonly_key]", "account endpoints [list accounts as none]",
		"account endpoints [delete account as admin]", "account endpoints [delete account as readonly_key]", "account endpoints [delete account as none]",
	}
	if !slices.Equal(names, want) {
		t.Errorf("names %q, want %q", names, want)
	}
	for _, r := range seen.all() {
		if _, _, basic := r.BasicAuth(); !basic && r.Header.Get("X-API-Key") == "" && r.Header.Get("Authorization") != "" {
			t.Errorf("the none cell sent Authorization %q", r.Header.Get("Authorization"))
		}
	}
	if n := len(seen.all()); n != 6 {
		t.Errorf("server got %d requests, want 6", n)
	}
	lcNoSecrets(t, rep, "pw_Adm1n_S3cret", "ro_key_55Hh2Kd0", base64.StdEncoding.EncodeToString([]byte("root:pw_Adm1n_S3cret")))
}

func TestLCMatrixWrongCellFails(t *testing.T) {
	srv, _ := lcServer(t, lcMatrixAPI(true))
	ss := lcLoad(t, lcMatrixSuite, map[string]string{".env": lcMatrixEnv}, "{{S}}", srv.URL, "{{DEL}}", "[204, 403, 401]")
	rep := lcRun(t, ss, Options{})
	r := lcResult(t, rep, "account endpoints [delete account as readonly_key]", "")
	lcWant(t, r, results.Failed, results.SecurityFailure)
	if !strings.Contains(r.Message, "403") || !strings.Contains(r.Message, "204") {
		t.Errorf("message %q should show expected 403 and actual 204", r.Message)
	}
	if tt := rep.Totals(); tt.Passed != 5 || tt.Failed != 1 || tt.Errors != 0 || tt.Skipped != 0 {
		t.Errorf("totals %s, want 5 passed, 1 failed", tt)
	}
	lcNoSecrets(t, rep, "pw_Adm1n_S3cret", "ro_key_55Hh2Kd0")
}

func TestLCMatrixWrongNumberOfExpectations(t *testing.T) {
	src := strings.NewReplacer("{{S}}", "http://127.0.0.1:1", "{{DEL}}", "[204, 403]").Replace(lcMatrixSuite)
	dir := lcFiles(t, map[string]string{"suite.yaml": src})
	_, err := suites.Load(filepath.Join(dir, "suite.yaml"))
	if err == nil || !strings.Contains(err.Error(), "2 expectations for 3 credentials") {
		t.Fatalf("Load: %v, want an error about 2 expectations for 3 credentials", err)
	}
	if !strings.Contains(err.Error(), "suite.yaml:15:") {
		t.Errorf("error %q does not name the line", err)
	}
}
