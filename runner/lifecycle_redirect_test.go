package runner

import (
	"encoding/base64"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/authspec/authspec/results"
	"github.com/authspec/authspec/secret"
	"github.com/authspec/authspec/suites"
)

const lcRedirectSuite = `version: 1
name: redirects
environments:
  staging: { base_url: "{{A}}", env_file: .env }
credentials:
  bearer: { type: bearer, token: "${TOKEN}" }
  hkey: { type: api_key, header: X-API-Key, key: "${KEY}" }
  qkey: { type: api_key, query: api_key, key: "${KEY}" }
  custom: { type: header, headers: { X-Custom-Auth: "${CUSTOM}" } }
  admin: { type: basic, username: root, password: "${PASSWORD}" }
scenarios:
{{SCENARIOS}}`

const lcRedirectEnv = "TOKEN=tok_R3dir3ct_9a8b\nKEY=key_Lk29Xp44Qw\nCUSTOM=cst_Hh72Vb10\nPASSWORD=pw_Zx81Nn66\n"

var lcRedirectSecrets = []string{"tok_R3dir3ct_9a8b", "key_Lk29Xp44Qw", "cst_Hh72Vb10", "pw_Zx81Nn66",
	base64.StdEncoding.EncodeToString([]byte("root:pw_Zx81Nn66"))}

// lcCredsIn lists which of the suite's credentials a request carries.
func lcCredsIn(r *http.Request) []string {
	var out []string
	if r.Header.Get("Authorization") != "" {
		out = append(out, "Authorization")
	}
	for _, h := range []string{"X-API-Key", "X-Custom-Auth"} {
		if r.Header.Get(h) != "" {
			out = append(out, h)
		}
	}
	if r.URL.Query().Has("api_key") {
		out = append(out, "api_key")
	}
	// Go sets Referer to the previous URL on a redirect: with a query key
	// that is the credential again.
	if strings.Contains(r.Header.Get("Referer"), "api_key") {
		out = append(out, "Referer")
	}
	return out
}

func lcRedirectScenarios(path, extra string) string {
	var b strings.Builder
	for _, c := range []string{"bearer", "hkey", "qkey", "custom", "admin"} {
		b.WriteString("  - { name: " + c + ", auth: " + c + ", request: { path: " + path + " }" + extra + " }\n")
	}
	return b.String()
}

func TestLCRedirectToOtherHostDropsCredentials(t *testing.T) {
	b, bSeen := lcServer(t, func(w http.ResponseWriter, r *http.Request) {})
	// B is addressed as localhost: another host name, even for this machine.
	bURL := strings.Replace(b.URL, "127.0.0.1", "localhost", 1)
	a, aSeen := lcServer(t, func(w http.ResponseWriter, r *http.Request) {
		// Keeps the query, as many path-normalising redirects do.
		http.Redirect(w, r, bURL+"/landing?"+r.URL.RawQuery, http.StatusFound)
	})
	ss := lcLoad(t, lcRedirectSuite, map[string]string{".env": lcRedirectEnv}, "{{A}}", a.URL,
		"{{SCENARIOS}}", lcRedirectScenarios("/start", ""))
	rep := lcRun(t, ss, Options{Parallel: 1})
	for _, r := range rep.Results {
		lcWant(t, r, results.Passed, results.None)
	}
	if got := aSeen.all(); len(got) != 5 {
		t.Fatalf("A got %d requests, want 5", len(got))
	}
	for _, r := range aSeen.all() {
		if len(lcCredsIn(r)) == 0 {
			t.Errorf("A got a request without its credential: %v", r.Header)
		}
	}
	if got := bSeen.all(); len(got) != 5 {
		t.Fatalf("B got %d requests, want 5 (every redirect followed)", len(got))
	}
	for _, r := range bSeen.all() {
		if c := lcCredsIn(r); len(c) > 0 {
			t.Errorf("B (another host) received %v: %s %v", c, r.URL, r.Header)
		}
	}
	lcNoSecrets(t, rep, lcRedirectSecrets...)
}

func TestLCRedirectOnSameHostKeepsCredentials(t *testing.T) {
	srv, seen := lcServer(t, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/start" {
			http.Redirect(w, r, "/landing?"+r.URL.RawQuery, http.StatusFound)
		}
	})
	ss := lcLoad(t, lcRedirectSuite, map[string]string{".env": lcRedirectEnv}, "{{A}}", srv.URL,
		"{{SCENARIOS}}", lcRedirectScenarios("/start", ""))
	rep := lcRun(t, ss, Options{Parallel: 1})
	for _, r := range rep.Results {
		lcWant(t, r, results.Passed, results.None)
	}
	landed := 0
	for _, r := range seen.all() {
		if r.URL.Path == "/landing" {
			landed++
			if len(lcCredsIn(r)) == 0 {
				t.Errorf("same-host redirect lost the credential: %s %v", r.URL, r.Header)
			}
		}
	}
	if landed != 5 {
		t.Errorf("%d requests landed, want 5", landed)
	}
	lcNoSecrets(t, rep, lcRedirectSecrets...)
}

func TestLCFollowRedirectsFalse(t *testing.T) {
	b, bSeen := lcServer(t, func(w http.ResponseWriter, r *http.Request) {})
	a, _ := lcServer(t, func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, b.URL+"/landing", http.StatusFound)
	})
	ss := lcLoad(t, lcRedirectSuite, map[string]string{".env": lcRedirectEnv}, "{{A}}", a.URL,
		"{{SCENARIOS}}", lcRedirectScenarios("/start", ", follow_redirects: false, expect: { status: 302, headers: { Location: { contains: /landing } } }"))
	rep := lcRun(t, ss, Options{})
	for _, r := range rep.Results {
		lcWant(t, r, results.Passed, results.None)
		if len(r.Steps) != 1 || r.Steps[0].StatusCode != http.StatusFound {
			t.Errorf("%s: steps %+v, want one 302", r.Name, r.Steps)
		}
	}
	if n := len(bSeen.all()); n != 0 {
		t.Errorf("the redirect was followed %d times", n)
	}
	lcNoSecrets(t, rep, lcRedirectSecrets...)
}

// A redirect from https to plain http on the same host name (ports 443 →
// 80) keeps the host but would send the credential in clear text.
func TestLCRedirectDowngradeDropsCredentials(t *testing.T) {
	p := &plan{opt: &Options{Redactor: &secret.Redactor{}}}
	c := &testCase{sc: &suites.Scenario{}, st: &envState{opt: &Options{Transport: &http.Transport{}}}}
	sent := &sentCred{headers: []string{"Authorization", "X-API-Key"}, query: "api_key"}
	client := &p.attempt(c, &built{}, sent).client
	for _, tc := range []struct {
		from, to string
		keep     bool
	}{
		{"https://api.example.test/a", "https://api.example.test/b?api_key=k", true},
		{"https://api.example.test/a", "http://api.example.test/b?api_key=k", false},
		{"https://api.example.test/a", "https://evil.example.test/b?api_key=k", false},
		{"https://api.example.test/a", "https://API.example.test/b?api_key=k", true},
	} {
		via := httptest.NewRequest(http.MethodGet, tc.from, nil)
		req := httptest.NewRequest(http.MethodGet, tc.to, nil)
		req.Header.Set("Authorization", "Bearer x")
		req.Header.Set("X-API-Key", "k")
		if err := client.CheckRedirect(req, []*http.Request{via}); err != nil {
			t.Fatal(err)
		}
		if kept := len(lcCredsIn(req)) == 3; kept != tc.keep {
			t.Errorf("%s → %s: credentials %v, want kept=%v", tc.from, tc.to, lcCredsIn(req), tc.keep)
		}
	}
}

const lcInsecureSuite = `version: 1
name: insecure
environments:
  production:
    base_url: "{{BASE}}"
    env_file: .env
{{ALLOW}}
credentials:
  token: { type: bearer, token: "${TOKEN}" }
scenarios:
  - { name: read, auth: token, request: { {{REQ}} } }
`

func lcInsecureLoad(t *testing.T, base, allow, req string) ([]*suites.Suite, error) {
	t.Helper()
	src := strings.NewReplacer("{{BASE}}", base, "{{ALLOW}}", allow, "{{REQ}}", req).Replace(lcInsecureSuite)
	dir := lcFiles(t, map[string]string{"suite.yaml": src, ".env": "TOKEN=tok_Insecure_55Aa\nAPI=http://example.invalid\n"})
	return suites.Load(filepath.Join(dir, "suite.yaml"))
}

func TestLCInsecureBaseURL(t *testing.T) {
	_, err := lcInsecureLoad(t, "http://example.com", "", "path: /v1/me")
	var errs suites.Errors
	if !errors.As(err, &errs) || !strings.Contains(err.Error(), "allow_insecure") || !strings.Contains(err.Error(), "example.com") {
		t.Fatalf("Load: %v, want suites.Errors naming example.com and allow_insecure", err)
	}
	if !regexp.MustCompile(`suite\.yaml:5:\d+: `).MatchString(err.Error()) {
		t.Errorf("error %q does not point at base_url (line 5)", err)
	}
	if strings.Contains(err.Error(), "tok_Insecure_55Aa") {
		t.Errorf("error shows the token: %v", err)
	}
	// A literal absolute url: on a step is checked the same way.
	if _, err := lcInsecureLoad(t, "https://api.example.com", "", "url: http://example.com/v1/me"); err == nil || !strings.Contains(err.Error(), "allow_insecure") {
		t.Errorf("step url over http: Load = %v, want an allow_insecure error", err)
	}
	// Opted in: it loads, and planning raises nothing (Preflight plans
	// without sending anything to example.com).
	ss, err := lcInsecureLoad(t, "http://example.com", "    allow_insecure: true", "path: /v1/me")
	if err != nil {
		t.Fatalf("allow_insecure: true: %v", err)
	}
	if _, err := Preflight(ss, Options{Getenv: func(string) (string, bool) { return "tok_Insecure_55Aa", true }}); err != nil {
		t.Errorf("allow_insecure: true: Preflight = %v", err)
	}
}

// A base_url or url built from variables can only be judged once resolved:
// Run refuses before sending anything.
func TestLCInsecureURLFromVariable(t *testing.T) {
	ss, err := lcInsecureLoad(t, "${API}", "", "path: /v1/me")
	if err != nil {
		t.Fatalf("load: %v", err)
	}
	_, err = Run(t.Context(), ss, Options{Getenv: func(string) (string, bool) { return "", false }})
	var errs suites.Errors
	if !errors.As(err, &errs) || !strings.Contains(err.Error(), "allow_insecure") {
		t.Fatalf("Run: %v, want suites.Errors mentioning allow_insecure", err)
	}
	if strings.Contains(err.Error(), "tok_Insecure_55Aa") {
		t.Errorf("error shows the token: %v", err)
	}

	ss, err = lcInsecureLoad(t, "https://127.0.0.1:1", "", "url: \"${API}/v1/me\"")
	if err != nil {
		t.Fatalf("load: %v", err)
	}
	rep, err := Run(t.Context(), ss, Options{Getenv: func(string) (string, bool) { return "", false }})
	if err == nil {
		r := rep.Results[0]
		if r.Status != results.Errored || !strings.Contains(r.Message, "allow_insecure") || len(r.Steps) != 0 {
			t.Errorf("step url from a variable over http: %s/%s %q (steps %d); want an error naming allow_insecure, nothing sent",
				r.Status, r.Kind, r.Message, len(r.Steps))
		}
		lcNoSecrets(t, rep, "tok_Insecure_55Aa")
	} else if !strings.Contains(err.Error(), "allow_insecure") {
		t.Errorf("Run: %v, want an error naming allow_insecure", err)
	}
}

// A token endpoint that redirects to another host must not get the client
// secret there: not in Basic, and not in a re-sent form body (307).
func TestLCTokenEndpointRedirectKeepsSecret(t *testing.T) {
	const secret = "cs_Redir_88Kk1"
	var mu sync.Mutex
	var got []string // what the other host received
	b, _ := lcServer(t, func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		mu.Lock()
		defer mu.Unlock()
		got = append(got, r.Header.Get("Authorization")+" "+string(body))
	})
	bURL := strings.Replace(b.URL, "127.0.0.1", "localhost", 1)
	a, _ := lcServer(t, func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, bURL+"/token", http.StatusTemporaryRedirect)
	})
	for _, style := range []string{"basic", "body"} {
		ss := lcLoad(t, `version: 1
name: token redirect
environments:
  staging: { base_url: "{{A}}", env_file: .env }
credentials:
  machine: { type: oauth2_client_credentials, token_url: "${base_url}/oauth2/token", client_id: app, client_secret: "${SECRET}", auth_style: {{STYLE}} }
scenarios:
  - { name: me, auth: machine, request: { path: /v1/me } }
`, map[string]string{".env": "SECRET=" + secret + "\n"}, "{{A}}", a.URL, "{{STYLE}}", style)
		rep := lcRun(t, ss, Options{})
		lcWant(t, rep.Results[0], results.Errored, results.TokenEndpoint)
		lcNoSecrets(t, rep, secret)
	}
	mu.Lock()
	defer mu.Unlock()
	for _, g := range got {
		if strings.Contains(g, "Basic") || strings.Contains(g, "client_secret") {
			t.Errorf("the other host received the client credentials: %q", g)
		}
	}
}
