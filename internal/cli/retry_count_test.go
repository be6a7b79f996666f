package cli

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
)

// A retried request was sent every time: the 503 that a retry replaced
// counts in the console's request table, in authspec_requests_total and in
// the JSON step (replaced_status_codes), while the test case is reported
// once, with its final answer.
func TestRetriedAttemptsAreCounted(t *testing.T) {
	const token = "tok_retry_count_0123456789"
	var calls atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if calls.Add(1) == 1 { // the token is sent, so outputs must hide it
			w.WriteHeader(http.StatusServiceUnavailable)
		}
	}))
	defer srv.Close()
	dir, suite := writeSuite(t, `version: 1
name: Retry
environments:
  local: { base_url: "${API_URL}" }
credentials:
  svc: { type: bearer, token: "${TOKEN}" }
defaults:
  retry: { attempts: 3, delay: 1ms, on: [503] }
scenarios:
  - name: retried read
    auth: svc
    request: { method: GET, path: /v1/accounts }
    expect: { status: 200 }
`)
	env := func(k string) string { return map[string]string{"API_URL": srv.URL, "TOKEN": token}[k] }
	jsonPath, metricsPath := filepath.Join(dir, "r.json"), filepath.Join(dir, "r.prom")
	var out bytes.Buffer
	if code := Main([]string{"run", "--no-color", "--json", jsonPath, "--metrics", metricsPath, suite}, nil, &out, &out, env); code != 0 {
		t.Fatalf("exit %d\n%s", code, out.String())
	}
	js, _ := os.ReadFile(jsonPath)
	prom, _ := os.ReadFile(metricsPath)
	for name, text := range map[string]string{"console": out.String(), "json": string(js), "metrics": string(prom)} {
		if strings.Contains(text, token) || strings.Contains(text, "tok_retry") {
			t.Errorf("%s shows the token:\n%s", name, text)
		}
	}
	// environment  endpoint  requests  2xx  401  403  other  no response
	if fields := tableRow(out.String(), "GET /v1/accounts"); strings.Join(fields, " ") != "2 1 0 0 1 0" {
		t.Errorf("request table row %q, want requests 2, 2xx 1, other 1:\n%s", fields, out.String())
	}
	for _, want := range []string{
		`authspec_requests_total{code="2xx",endpoint="GET /v1/accounts",environment="local"} 1`,
		`authspec_requests_total{code="other",endpoint="GET /v1/accounts",environment="local"} 1`,
	} {
		if !strings.Contains(string(prom), want) {
			t.Errorf("metrics lack %s:\n%s", want, prom)
		}
	}
	var rep struct {
		Results []struct {
			Status string
			Steps  []struct {
				StatusCode int   `json:"status_code"`
				Replaced   []int `json:"replaced_status_codes"`
			}
		}
	}
	if err := json.Unmarshal(js, &rep); err != nil {
		t.Fatal(err)
	}
	if len(rep.Results) != 1 || rep.Results[0].Status != "passed" || len(rep.Results[0].Steps) != 1 ||
		rep.Results[0].Steps[0].StatusCode != 200 || len(rep.Results[0].Steps[0].Replaced) != 1 || rep.Results[0].Steps[0].Replaced[0] != 503 {
		t.Errorf("json results: %+v\n%s", rep.Results, js)
	}
}

// tableRow is the numbers of the console request-table row for endpoint.
func tableRow(console, endpoint string) []string {
	for _, l := range strings.Split(console, "\n") {
		if i := strings.Index(l, endpoint); i >= 0 && strings.HasPrefix(strings.TrimSpace(l), "local") {
			return strings.Fields(l[i+len(endpoint):])
		}
	}
	return nil
}
