package demoapi_test

import (
	"bufio"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/authspec/authspec/examples/demoapi"
)

// readEnvFile reads the KEY=VALUE lines of an example .env file (no
// quoting or expansion: the example files use neither).
func readEnvFile(t *testing.T, path string) map[string]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	vars := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		k, v, ok := strings.Cut(line, "=")
		if !ok {
			t.Fatalf("%s: bad line %q", path, line)
		}
		vars[k] = v
	}
	return vars
}

// TestEnvFilesMatchDefaultOptions runs every value of the example .env
// files against DefaultOptions (real clock), so the suites and the API
// cannot drift apart. The production REPORTING_JWT must stay expired: it is
// the demo's intentional failure.
func TestEnvFilesMatchDefaultOptions(t *testing.T) {
	for _, tc := range []struct {
		env, account string
		jwtStatus    int
	}{
		{"staging", "acc_123", 200},
		{"production", "acc_9001", 401},
	} {
		t.Run(tc.env, func(t *testing.T) {
			vars := readEnvFile(t, filepath.Join("..", "suites", ".env."+tc.env))
			srv := httptest.NewServer(demoapi.New(demoapi.DefaultOptions(tc.env)))
			defer srv.Close()
			srvs := map[string]*httptest.Server{tc.env: srv}
			acc := "/v1/accounts/" + tc.account
			form := url.Values{"grant_type": {"client_credentials"},
				"client_id": {vars["CLIENT_ID"]}, "client_secret": {vars["CLIENT_SECRET"]}}
			checks := []struct {
				name   string
				call   call
				status int
			}{
				{"API_TOKEN", call{method: "GET", path: acc, headers: bearer(vars["API_TOKEN"])}, 200},
				{"API_TOKEN_PREVIOUS", call{method: "GET", path: acc, headers: bearer(vars["API_TOKEN_PREVIOUS"])}, 401},
				{"READONLY_KEY", call{method: "GET", path: acc, headers: map[string]string{"X-API-Key": vars["READONLY_KEY"]}}, 200},
				{"ADMIN_USER", call{method: "DELETE", path: acc, basic: []string{vars["ADMIN_USER"], vars["ADMIN_PASSWORD"]}}, 204},
				{"CLIENT_ID", call{method: "POST", path: "/oauth2/token", headers: formHeader, body: form.Encode()}, 200},
				{"REPORTING_JWT", call{method: "GET", path: acc, headers: bearer(vars["REPORTING_JWT"])}, tc.jwtStatus},
			}
			for _, c := range checks {
				c.call.env = tc.env
				r := do(t, srvs, c.call)
				if r.status != c.status {
					t.Errorf("%s: status %d, want %d (%s)", c.name, r.status, c.status, r.raw)
				}
				if c.status == 401 && c.name == "REPORTING_JWT" && r.header.Get("WWW-Authenticate") != challengeE {
					t.Errorf("REPORTING_JWT: challenge %q, want %q", r.header.Get("WWW-Authenticate"), challengeE)
				}
			}
		})
	}
}
