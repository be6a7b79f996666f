package cli

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/authspec/authspec/secret/secrettest"
)

const tokenSuite = `version: 1
name: Machine
environments:
  staging: { base_url: "${API_URL}", env_file: .env }
credentials:
  machine:
    type: oauth2_client_credentials
    token_url: ${API_URL}/oauth/token
    client_id: ${CLIENT_ID}
    client_secret: ${CLIENT_SECRET}
    scopes: [accounts.read]
scenarios:
  - name: machine reads who it is
    auth: machine
    request: { method: GET, path: /v1/me }
  - name: machine lists the admins
    auth: machine
    request: { method: GET, path: /v1/admins }
`

// The OAuth2 token request (client credentials grant) is a request
// authspec sent: --verbose shows it, the failure's request list names it,
// the console's, JSON's, HTML's and the step summary's request tables and
// authspec_requests_total count it, with what was sent and answered
// intact, and neither the client secret nor the tokens the endpoint
// returned appear in any output in any form.
func TestTokenRequestsAreShownAndCounted(t *testing.T) {
	const clientID, clientSecret = "machine-client-7", "cs_9f8e7d6c5b4a39281706f5e4"
	const access, refresh = "at_eyJ0eXAiOiJhdCJ9_4b7c1d9e2f6a8b3c5d0e", "rt_7a1c9e3b5d2f4a6c8e0b1d3f"
	var tokenHits, apiHits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/oauth/token" {
			tokenHits.Add(1)
			if id, pw, ok := r.BasicAuth(); !ok || id != clientID || pw != clientSecret || r.PostFormValue("grant_type") != "client_credentials" {
				w.WriteHeader(http.StatusUnauthorized)
				return
			}
			w.Header().Set("Content-Type", "application/json")
			_, _ = w.Write([]byte(`{"access_token":"` + access + `","token_type":"bearer","expires_in":3600,"refresh_token":"` + refresh + `","scope":"accounts.read"}`))
			return
		}
		apiHits.Add(1)
		switch {
		case r.Header.Get("Authorization") != "Bearer "+access:
			w.WriteHeader(http.StatusUnauthorized)
		case r.URL.Path == "/v1/admins":
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(http.StatusForbidden)
			_, _ = w.Write([]byte(`{"error":"insufficient_scope","message":"admins.read required"}`))
		default:
			_, _ = w.Write([]byte(`{"subject":"machine"}`))
		}
	}))
	defer srv.Close()
	outputs, code := runTokenSuite(t, srv.URL, clientID, clientSecret)
	if code != ExitFailed || tokenHits.Load() != 1 || apiHits.Load() != 2 {
		t.Fatalf("exit %d (want %d), %d token and %d API requests (want 1 and 2)\n%s", code, ExitFailed, tokenHits.Load(), apiHits.Load(), outputs["console"])
	}
	const endpoint = "POST ${API_URL}/oauth/token"
	port := strings.TrimPrefix(srv.URL, "http://127.0.0.1")
	for name, want := range map[string][]string{
		"console": {
			// --verbose: the token request, before the step that needed it.
			"token request: POST http://127.0.0.1" + port + "/oauth/token -> 200  (",
			"> Authorization: Basic [machine sha256:",
			"> Content-Type: application/x-www-form-urlencoded",
			"> grant_type=client_credentials&scope=accounts.read",
			`< {"access_token":"[machine.access_token sha256:`,
			`"token_type":"bearer","expires_in":3600,"refresh_token":"[machine.refresh_token sha256:`,
			"step 1: GET http://127.0.0.1" + port + "/v1/me -> 200  (",
			"> Authorization: Bearer [machine.access_token sha256:",
			// the failure's requests: its own, not the token another case
			// may have fetched.
			"requests:\n       1. GET http://127.0.0.1" + port + "/v1/admins -> 403  (",
		},
		"JSON":         {`"url": "http://127.0.0.1` + port + `/oauth/token"`},
		"HTML":         {endpoint},
		"metrics":      {`authspec_requests_total{code="2xx",endpoint="` + endpoint + `",environment="staging"} 1`, `authspec_requests_total{code="403",endpoint="GET /v1/admins",environment="staging"} 1`},
		"step summary": {"| staging | POST \\${API\\_URL}/oauth/token | 1 | 1 | 0 | 0 | 0 | 0 |"},
	} {
		for _, w := range want {
			if !strings.Contains(outputs[name], w) {
				t.Errorf("%s lacks %q\n%s", name, w, outputs[name])
			}
		}
	}
	// The request table: the token request is a row of its own.
	for _, row := range []string{`staging +POST \$\{API_URL\}/oauth/token +1 +1 +0 +0 +0 +0\n`, `staging +GET /v1/me +1 +1 +0 +0 +0 +0\n`, `staging +GET /v1/admins +1 +0 +0 +1 +0 +0\n`} {
		if !regexp.MustCompile(row).MatchString(outputs["console"]) {
			t.Errorf("the request table has no row %s\n%s", row, outputs["console"])
		}
	}
	if i, j := strings.Index(outputs["console"], "token request: POST"), strings.Index(outputs["console"], "step 1: GET"); i < 0 || j < i {
		t.Errorf("the token request is not shown before the step that needed it\n%s", outputs["console"])
	}
	// The JSON report: the run's one token request, with its environment.
	var doc struct {
		TokenRequests []struct {
			Environment string `json:"environment"`
			Endpoint    string `json:"endpoint"`
			StatusCode  int    `json:"status_code"`
		} `json:"token_requests"`
	}
	if err := json.Unmarshal([]byte(outputs["JSON"]), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.TokenRequests) != 1 || doc.TokenRequests[0].StatusCode != 200 || doc.TokenRequests[0].Environment != "staging" || doc.TokenRequests[0].Endpoint != endpoint {
		t.Errorf("token requests: %+v", doc.TokenRequests)
	}
	noSecrets(t, outputs, clientID, clientSecret, access, refresh)
}

// A token endpoint that refuses the client is counted and shown too (its
// 401 in the 401 column, once per test case that asked), and what it
// echoes of the client secret is hidden like any server's text.
func TestRefusedTokenRequestsAreShownAndCounted(t *testing.T) {
	const clientID, clientSecret = "machine-client-8", "cs_0a1b2c3d4e5f60718293a4b5"
	var tokenHits, apiHits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/oauth/token" {
			apiHits.Add(1)
			w.WriteHeader(http.StatusUnauthorized)
			return
		}
		tokenHits.Add(1)
		_, pw, _ := r.BasicAuth()
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusUnauthorized)
		_, _ = w.Write([]byte(`{"error":"invalid_client","error_description":"client secret ` + pw + ` is revoked","basic":"` +
			base64.StdEncoding.EncodeToString([]byte(clientID+":"+pw)) + `"}`))
	}))
	defer srv.Close()
	outputs, code := runTokenSuite(t, srv.URL, clientID, clientSecret)
	if code != ExitFailed || tokenHits.Load() != 2 || apiHits.Load() != 0 {
		t.Fatalf("exit %d (want %d), %d token and %d API requests (want 2 and 0)\n%s", code, ExitFailed, tokenHits.Load(), apiHits.Load(), outputs["console"])
	}
	port := strings.TrimPrefix(srv.URL, "http://127.0.0.1")
	for name, want := range map[string][]string{
		"console": {
			"token request: POST http://127.0.0.1" + port + "/oauth/token -> 401  (",
			`< {"error":"invalid_client","error_description":"client secret [CLIENT_SECRET sha256:`,
			"requests:\n       token request: POST http://127.0.0.1" + port + "/oauth/token -> 401  (",
			"(error: TokenEndpoint)",
		},
		"metrics": {`authspec_requests_total{code="401",endpoint="POST ${API_URL}/oauth/token",environment="staging"} 2`},
	} {
		for _, w := range want {
			if !strings.Contains(outputs[name], w) {
				t.Errorf("%s lacks %q\n%s", name, w, outputs[name])
			}
		}
	}
	if !regexp.MustCompile(`staging +POST \$\{API_URL\}/oauth/token +2 +0 +2 +0 +0 +0\n`).MatchString(outputs["console"]) {
		t.Errorf("the request table does not count the two refused token requests\n%s", outputs["console"])
	}
	noSecrets(t, outputs, clientID, clientSecret)
}

// noSecrets checks that no output holds the client secret, a token or the
// Basic pair, in any form a server or a tool gives a secret back.
func noSecrets(t *testing.T, outputs map[string]string, clientID, clientSecret string, tokens ...string) {
	t.Helper()
	pair := clientID + ":" + clientSecret
	for name, text := range outputs {
		for _, v := range append([]string{clientSecret}, tokens...) {
			for _, e := range append(secrettest.Echoes, secrettest.Containing...) {
				if f := e.Render(v); strings.Contains(text, f) {
					t.Errorf("%s holds a secret (%s): %q", name, e.Name, f)
				}
			}
		}
		for _, enc := range []*base64.Encoding{base64.StdEncoding, base64.RawStdEncoding, base64.URLEncoding, base64.RawURLEncoding} {
			if f := enc.EncodeToString([]byte(pair)); strings.Contains(text, f) {
				t.Errorf("%s holds the Basic pair's base64 %q", name, f)
			}
		}
	}
}

// runTokenSuite runs tokenSuite against the server at url with every
// report, and returns each output by name and the exit code.
func runTokenSuite(t *testing.T, url, clientID, clientSecret string) (map[string]string, int) {
	t.Helper()
	dir := t.TempDir()
	for name, content := range map[string]string{
		"suite.yaml": tokenSuite,
		".env":       "CLIENT_ID=" + clientID + "\nCLIENT_SECRET=" + clientSecret + "\n",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	summary := filepath.Join(dir, "summary.md")
	env := func(k string) string {
		return map[string]string{"API_URL": url, "GITHUB_STEP_SUMMARY": summary}[k]
	}
	jsonPath, htmlPath, promPath, junitPath := filepath.Join(dir, "r.json"), filepath.Join(dir, "r.html"), filepath.Join(dir, "r.prom"), filepath.Join(dir, "r.xml")
	var out bytes.Buffer
	code := Main([]string{"run", "--no-color", "--verbose", "--parallel", "1", "--github", "--json", jsonPath, "--html", htmlPath,
		"--metrics", promPath, "--junit", junitPath, filepath.Join(dir, "suite.yaml")}, nil, &out, &out, env)
	read := func(path string) string {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	outputs := map[string]string{"console": out.String(), "JSON": read(jsonPath), "HTML": read(htmlPath),
		"metrics": read(promPath), "JUnit": read(junitPath), "step summary": read(summary)}
	// ::add-mask:: hands GitHub the tokens first seen at run time so that
	// it hides them in the log: the one line that must carry them.
	outputs["console"] = regexp.MustCompile(`(?m)^::add-mask::.*$`).ReplaceAllString(outputs["console"], "")
	return outputs, code
}
