package runner

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/authspec/authspec/results"
)

// lcOAuth is a token endpoint (/oauth2/token) and an API (everything
// else) that accepts the tokens it issued until they expire on clock.
type lcOAuth struct {
	clock     *lcClock
	expiresIn int
	// expiresRaw, when set, is answered as expires_in as it is ("abc",
	// json.Number("9223372036854775807")); the API then never expires
	// the token.
	expiresRaw any
	fail       string // a JSON error body the token endpoint answers 401 with
	badSecret  string // a client secret answered with invalid_client
	perCall    time.Duration
	onAPI      func(tok string, w http.ResponseWriter) bool // true: handled

	mu      sync.Mutex
	fetches map[string]int // client_id → token requests
	forms   []url.Values
	basic   []string // raw Basic user and password as received, "user\x00pass"
	expiry  map[string]time.Time
	apiToks []string
}

func (o *lcOAuth) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path == "/oauth2/token" {
		o.token(w, r)
		return
	}
	tok, _ := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	o.mu.Lock()
	o.apiToks = append(o.apiToks, tok)
	exp, ok := o.expiry[tok]
	o.mu.Unlock()
	if o.onAPI != nil && o.onAPI(tok, w) {
		return
	}
	if !ok || (!exp.IsZero() && !o.clock.Now().Before(exp)) {
		w.Header().Set("WWW-Authenticate", `Bearer error="invalid_token"`)
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	o.clock.Advance(o.perCall)
}

func (o *lcOAuth) token(w http.ResponseWriter, r *http.Request) {
	time.Sleep(30 * time.Millisecond) // let concurrent scenarios pile up
	_ = r.ParseForm()
	user, pass, basic := r.BasicAuth()
	id := r.PostForm.Get("client_id")
	if basic {
		id, _ = url.QueryUnescape(user)
	}
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.fetches == nil {
		o.fetches, o.expiry = map[string]int{}, map[string]time.Time{}
	}
	o.fetches[id]++
	o.forms = append(o.forms, r.PostForm)
	if basic {
		o.basic = append(o.basic, user+"\x00"+pass)
	}
	secret := r.PostForm.Get("client_secret")
	if basic {
		secret, _ = url.QueryUnescape(pass)
	}
	w.Header().Set("Content-Type", "application/json")
	if o.badSecret != "" && secret == o.badSecret {
		w.WriteHeader(http.StatusUnauthorized)
		_, _ = w.Write([]byte(`{"error":"invalid_client"}`))
		return
	}
	if o.fail != "" {
		w.WriteHeader(http.StatusUnauthorized)
		_, _ = w.Write([]byte(o.fail))
		return
	}
	tok := fmt.Sprintf("at_%s_%d_Zq81Lm", base64.RawURLEncoding.EncodeToString([]byte(id)), o.fetches[id])
	resp := map[string]any{"access_token": tok, "token_type": "Bearer"}
	o.expiry[tok] = time.Time{}
	if o.expiresIn > 0 {
		resp["expires_in"] = o.expiresIn
		o.expiry[tok] = o.clock.Now().Add(time.Duration(o.expiresIn) * time.Second)
	}
	if o.expiresRaw != nil {
		resp["expires_in"] = o.expiresRaw
	}
	_ = json.NewEncoder(w).Encode(resp)
}

// snapshot returns what the server recorded, under its lock.
func (o *lcOAuth) snapshot() (fetches map[string]int, forms []url.Values, basic, apiToks []string) {
	o.mu.Lock()
	defer o.mu.Unlock()
	fetches = map[string]int{}
	for k, v := range o.fetches {
		fetches[k] = v
	}
	return fetches, append(forms, o.forms...), append(basic, o.basic...), append(apiToks, o.apiToks...)
}

func (o *lcOAuth) tokens() []string {
	o.mu.Lock()
	defer o.mu.Unlock()
	var out []string
	for tok := range o.expiry {
		out = append(out, tok)
	}
	return out
}

const (
	lcStgID     = "stg client:1"
	lcStgSecret = "s3cr%t:+/stg_Q8w"
	lcPrdID     = "prd-client-7"
	lcPrdSecret = "prd_S3cret+/=Lq"
)

const lcOAuthSuite = `version: 1
name: oauth
environments:
  staging: { base_url: "{{S}}", env_file: .env.staging }
  production: { base_url: "{{S}}", env_file: .env.production }
credentials:
  machine:
    type: oauth2_client_credentials
    token_url: ${base_url}/oauth2/token
    client_id: ${CLIENT_ID}
    client_secret: ${CLIENT_SECRET}
    scopes: [accounts.read, accounts.write]
    audience: payments
    params: { resource: "https://api.example.test" }
  machine_body:
    type: oauth2_client_credentials
    token_url: ${base_url}/oauth2/token
    client_id: ${CLIENT_ID}_body
    client_secret: ${CLIENT_SECRET}
    auth_style: body
scenarios:
{{SCENARIOS}}`

var lcOAuthEnv = map[string]string{
	".env.staging":    "CLIENT_ID='" + lcStgID + "'\nCLIENT_SECRET='" + lcStgSecret + "'\n",
	".env.production": "CLIENT_ID='" + lcPrdID + "'\nCLIENT_SECRET='" + lcPrdSecret + "'\n",
}

// lcScenarios lists n single-request scenarios, alternating between the
// credentials given.
func lcScenarios(n int, creds ...string) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "  - { name: s%02d, auth: %s, request: { path: /v1/r%d } }\n", i, creds[i%len(creds)], i)
	}
	return b.String()
}

func lcOAuthSecrets(o *lcOAuth) []string {
	out := append([]string{lcStgSecret, lcPrdSecret, url.QueryEscape(lcStgSecret), url.QueryEscape(lcPrdSecret)}, o.tokens()...)
	_, _, basic, _ := o.snapshot()
	for _, b := range basic {
		out = append(out, base64.StdEncoding.EncodeToString([]byte(strings.Replace(b, "\x00", ":", 1))))
	}
	return out
}

// lcOAuthRun serves o and runs the OAuth suite with scenarios against it.
func lcOAuthRun(t *testing.T, o *lcOAuth, scenarios string, opt Options) *results.Report {
	t.Helper()
	srv, _ := lcServer(t, o.ServeHTTP)
	return lcRun(t, lcLoad(t, lcOAuthSuite, lcOAuthEnv, "{{S}}", srv.URL, "{{SCENARIOS}}", scenarios), opt)
}

// lcAllPassed checks that every case of rep passed.
func lcAllPassed(t *testing.T, rep *results.Report) {
	t.Helper()
	for _, r := range rep.Results {
		lcWant(t, r, results.Passed, results.None)
	}
}

func TestLCOAuthOneFetchPerCredentialAndEnvironment(t *testing.T) {
	o := &lcOAuth{clock: &lcClock{t: time.Now()}, expiresIn: 3600}
	rep := lcOAuthRun(t, o, lcScenarios(20, "machine", "machine_body"), Options{Parallel: 8, Now: o.clock.Now})

	lcAllPassed(t, rep)
	if len(rep.Results) != 40 {
		t.Fatalf("%d results, want 40", len(rep.Results))
	}
	fetches, forms, basic, _ := o.snapshot()
	want := map[string]int{lcStgID: 1, lcStgID + "_body": 1, lcPrdID: 1, lcPrdID + "_body": 1}
	if fmt.Sprint(fetches) != fmt.Sprint(want) {
		t.Errorf("token fetches per client %v, want %v", fetches, want)
	}
	// Basic by default, id and secret form-encoded first (RFC 6749 section 2.3.1).
	for _, b := range basic {
		user, pass, _ := strings.Cut(b, "\x00")
		if user != url.QueryEscape(lcStgID) && user != url.QueryEscape(lcPrdID) {
			t.Errorf("Basic user %q is not the url-encoded client_id", user)
		}
		if pass != url.QueryEscape(lcStgSecret) && pass != url.QueryEscape(lcPrdSecret) {
			t.Errorf("Basic password %q is not the url-encoded client_secret", pass)
		}
	}
	if len(basic) != 2 {
		t.Errorf("%d Basic token requests, want 2 (machine in each environment)", len(basic))
	}
	// The report has the 4 token requests, whichever of the 40 cases sent
	// each, redacted.
	if trs := rep.TokenRequests(); len(trs) != 4 {
		t.Errorf("%d token requests in the report, want 4", len(trs))
	} else {
		for _, tr := range trs {
			if tr.StatusCode != 200 || tr.Method != "POST" || tr.Endpoint != "POST ${base_url}/oauth2/token" || len(tr.Request.Header) > 0 {
				t.Errorf("token request %s %q -> %d (exchange kept for a passing case: %v)", tr.Environment, tr.Endpoint, tr.StatusCode, len(tr.Request.Header) > 0)
			}
		}
	}
	for _, f := range forms {
		if f.Get("grant_type") != "client_credentials" {
			t.Errorf("grant_type = %q", f.Get("grant_type"))
		}
		if strings.HasSuffix(f.Get("client_id"), "_body") {
			if s := f.Get("client_secret"); s != lcStgSecret && s != lcPrdSecret {
				t.Errorf("auth_style body: client_secret in form = %q", s)
			}
			continue
		}
		if f.Has("client_secret") || f.Has("client_id") {
			t.Errorf("Basic client auth also put client_id/secret in the form: %v", f)
		}
		if f.Get("scope") != "accounts.read accounts.write" || f.Get("audience") != "payments" || f.Get("resource") != "https://api.example.test" {
			t.Errorf("form %v lacks scope, audience or params", f)
		}
	}
	lcNoSecrets(t, rep, lcOAuthSecrets(o)...)
}

func TestLCOAuthRefreshedBeforeExpiry(t *testing.T) {
	// Each API call advances the clock 5s; a token lives 60s and is renewed
	// when less than the refresh margin remains: calls 1–10 use the first
	// token, calls 11–12 a second one.
	o := &lcOAuth{clock: &lcClock{t: time.Now()}, expiresIn: 60, perCall: 5 * time.Second}
	rep := lcOAuthRun(t, o, lcScenarios(12, "machine"), Options{Parallel: 1, Envs: []string{"staging"}, Now: o.clock.Now})
	lcAllPassed(t, rep)
	fetches, _, _, apiToks := o.snapshot()
	if fetches[lcStgID] != 2 {
		t.Errorf("%d token fetches, want 2", fetches[lcStgID])
	}
	for i, tok := range apiToks {
		if want := i >= 10; strings.HasSuffix(tok, "_2_Zq81Lm") != want {
			t.Errorf("API call %d sent %q; want the refreshed token: %v", i+1, tok, want)
		}
	}
	lcNoSecrets(t, rep, lcOAuthSecrets(o)...)
}

func TestLCOAuthShortLivedTokenRefreshed(t *testing.T) {
	o := &lcOAuth{clock: &lcClock{t: time.Now()}, expiresIn: 1, perCall: 2 * time.Second}
	rep := lcOAuthRun(t, o, lcScenarios(3, "machine"), Options{Parallel: 1, Envs: []string{"staging"}, Now: o.clock.Now})
	lcAllPassed(t, rep)
	if fetches, _, _, _ := o.snapshot(); fetches[lcStgID] != 3 {
		t.Errorf("%d token fetches, want one per scenario (each token expired before the next)", fetches[lcStgID])
	}
	lcNoSecrets(t, rep, lcOAuthSecrets(o)...)
}

func TestLCOAuthRefetchOnceWhenAPISaysExpired(t *testing.T) {
	for _, tc := range []struct {
		name      string
		always    bool
		challenge string
		fetches   int
		status    results.Status
	}{
		{"expired once", false, `Bearer error="invalid_token", error_description="token expired"`, 2, results.Passed},
		{"expired always", true, `Bearer error="invalid_token", error_description="token expired"`, 2, results.Failed},
		{"other 401", false, `Bearer realm="api"`, 1, results.Failed},
	} {
		t.Run(tc.name, func(t *testing.T) {
			o := &lcOAuth{clock: &lcClock{t: time.Now()}}
			var rejected atomic.Int32
			o.onAPI = func(tok string, w http.ResponseWriter) bool {
				if rejected.Add(1) > 1 && !tc.always {
					return false
				}
				w.Header().Set("WWW-Authenticate", tc.challenge)
				w.WriteHeader(http.StatusUnauthorized)
				return true
			}
			rep := lcOAuthRun(t, o, lcScenarios(1, "machine"), Options{Envs: []string{"staging"}, Now: o.clock.Now})
			lcWant(t, rep.Results[0], tc.status, results.None)
			fetches, _, _, apiToks := o.snapshot()
			if fetches[lcStgID] != tc.fetches {
				t.Errorf("%d token fetches, want %d", fetches[lcStgID], tc.fetches)
			}
			if len(apiToks) != tc.fetches || (tc.fetches == 2 && apiToks[0] == apiToks[1]) {
				t.Errorf("API received %q; want %d request(s), each with a new token", apiToks, tc.fetches)
			}
			// The refresh is a token request of the case too.
			if n := len(rep.Results[0].TokenRequests); n != tc.fetches {
				t.Errorf("the case reports %d token requests, want %d", n, tc.fetches)
			}
			lcNoSecrets(t, rep, lcOAuthSecrets(o)...)
			lcNoSecretsInTokenRequests(t, rep, lcOAuthSecrets(o)...)
		})
	}
}

func TestLCOAuthTokenEndpointError(t *testing.T) {
	o := &lcOAuth{clock: &lcClock{t: time.Now()},
		fail: `{"error":"invalid_client","error_description":"Client authentication failed for client ` + lcStgID + `"}`}
	rep := lcOAuthRun(t, o, lcScenarios(2, "machine", "machine_body"), Options{Envs: []string{"staging"}})
	for _, r := range rep.Results {
		lcWant(t, r, results.Errored, results.TokenEndpoint)
		if !strings.Contains(r.Message, "invalid_client") || !strings.Contains(r.Message, "Client authentication failed") {
			t.Errorf("message %q lacks the endpoint's error and description", r.Message)
		}
		if len(r.Diagnosis) == 0 || r.Diagnosis[0].Code != "credential_rejected" {
			t.Errorf("diagnosis %+v, want credential_rejected first", r.Diagnosis)
		}
	}
	if _, _, _, apiToks := o.snapshot(); len(apiToks) != 0 {
		t.Errorf("the API was called without a token: %q", apiToks)
	}
	// The client id is an identifier: shown as written, so a person sees
	// which client the endpoint refused.
	for _, r := range rep.Results {
		if !strings.Contains(r.Message, lcStgID) {
			t.Errorf("message %q does not name the client %q", r.Message, lcStgID)
		}
	}
	lcNoSecrets(t, rep, lcOAuthSecrets(o)...)
}

func TestLCOAuthOnSecretBeforeUse(t *testing.T) {
	o := &lcOAuth{clock: &lcClock{t: time.Now()}}
	var mu sync.Mutex
	masked := map[string]bool{}
	finished := 0
	var early []string
	o.onAPI = func(tok string, w http.ResponseWriter) bool {
		mu.Lock()
		defer mu.Unlock()
		if !masked[tok] {
			early = append(early, "API got a token OnSecret had not seen")
		}
		return false
	}
	rep := lcOAuthRun(t, o, lcScenarios(2, "machine"), Options{Envs: []string{"staging"}, Parallel: 1, Now: o.clock.Now,
		OnSecret: func(v string) {
			mu.Lock()
			defer mu.Unlock()
			if finished > 0 && strings.HasPrefix(v, "at_") {
				early = append(early, "token masked after a result existed")
			}
			masked[v] = true
		},
		Progress: func(done, total, failed int) {
			mu.Lock()
			defer mu.Unlock()
			finished = done
		},
	})
	lcAllPassed(t, rep)
	toks := o.tokens()
	if len(toks) != 1 || !masked[toks[0]] {
		t.Errorf("OnSecret did not get the access token %q", toks)
	}
	if len(early) > 0 {
		t.Errorf("%q", early)
	}
	for v := range masked {
		if v == lcStgSecret || v == lcStgID {
			t.Errorf("OnSecret got %q, which was known before the run", v)
		}
	}
	lcNoSecrets(t, rep, lcOAuthSecrets(o)...)
}

func TestLCOAuthPreviousProbe(t *testing.T) {
	const old = "old_S3cret_Pp71"
	for _, tc := range []struct {
		name      string
		badSecret string
		status    results.Status
		typ       results.Kind
	}{
		{"endpoint refuses the old secret", old, results.Passed, results.None},
		{"old secret still works", "", results.Failed, results.SecurityFailure},
	} {
		t.Run(tc.name, func(t *testing.T) {
			o := &lcOAuth{clock: &lcClock{t: time.Now()}, badSecret: tc.badSecret}
			srv, _ := lcServer(t, o.ServeHTTP)
			ss := lcLoad(t, `version: 1
name: oauth previous
environments:
  staging: { base_url: "{{S}}", env_file: .env.staging }
credentials:
  machine:
    type: oauth2_client_credentials
    token_url: ${base_url}/oauth2/token
    client_id: ${CLIENT_ID}
    client_secret: ${CLIENT_SECRET}
    previous: ${CLIENT_SECRET_PREVIOUS}
scenarios:
  - { name: me, auth: machine, request: { path: /v1/me }, probes: all }
`, map[string]string{".env.staging": lcOAuthEnv[".env.staging"] + "CLIENT_SECRET_PREVIOUS=" + old + "\n"}, "{{S}}", srv.URL)
			rep := lcRun(t, ss, Options{Now: o.clock.Now})
			lcWant(t, lcResult(t, rep, "me", ""), results.Passed, results.None)
			lcWant(t, lcResult(t, rep, "me [probe: no_auth]", ""), results.Passed, results.None)
			lcWant(t, lcResult(t, rep, "me [probe: invalid]", ""), results.Passed, results.None)
			lcWant(t, lcResult(t, rep, "me [probe: other_env]", ""), results.Skipped, results.None)
			prev := lcResult(t, rep, "me [probe: previous]", "")
			lcWant(t, prev, tc.status, tc.typ)
			// The probe's own token request, with the old secret.
			want := 200
			if tc.badSecret != "" {
				want = 401
			}
			if len(prev.TokenRequests) != 1 || prev.TokenRequests[0].StatusCode != want {
				t.Errorf("the previous probe's token requests: %+v, want one answered %d", prev.TokenRequests, want)
			}
			lcNoSecrets(t, rep, append(lcOAuthSecrets(o), old, url.QueryEscape(old))...)
			lcNoSecretsInTokenRequests(t, rep, append(lcOAuthSecrets(o), old, url.QueryEscape(old), base64.StdEncoding.EncodeToString([]byte(lcStgID+":"+old)))...)
		})
	}
}
