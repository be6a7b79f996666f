package cli

import (
	"bytes"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/authspec/authspec/internal/tooltest"
	"github.com/authspec/authspec/secret"
)

// authspec run --push-metrics against a real Pushgateway on 127.0.0.1: the
// run's families arrive under job authspec with their types; a gateway that
// cannot be reached makes the run exit 1 after the other reports were
// written, and its URL's password is not echoed.
func TestRunPushesMetrics(t *testing.T) {
	const admin = "adm_tok_push_0123456789"
	gateway := tooltest.Pushgateway(t)
	api := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") != "Bearer "+admin {
			w.WriteHeader(http.StatusUnauthorized)
		}
	}))
	defer api.Close()
	dir, suite := writeSuite(t, `version: 1
name: Accounts
environments:
  staging: { base_url: "${API_URL}", allow_insecure: true }
credentials:
  admin: { type: bearer, token: "${ADMIN_TOKEN}" }
scenarios:
  - name: admin reads accounts
    auth: admin
    request: { method: GET, path: /v1/accounts }
    probes: [no_auth]
`)
	env := func(k string) string { return map[string]string{"API_URL": api.URL, "ADMIN_TOKEN": admin}[k] }
	run := func(args ...string) (string, int) {
		var out bytes.Buffer
		code := Main(append([]string{"run", "--no-color"}, args...), nil, &out, &out, env)
		return out.String(), code
	}

	if out, code := run("--push-metrics", gateway, suite); code != 0 {
		t.Fatalf("exit %d\n%s", code, out)
	}
	resp, err := (&http.Client{Timeout: 5 * time.Second}).Get(gateway + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	got := string(body)
	for _, want := range []string{
		"# TYPE authspec_requests_total counter\n",
		`authspec_requests_total{code="2xx",endpoint="GET /v1/accounts",environment="staging",instance="",job="authspec"} 1` + "\n",
		`authspec_requests_total{code="401",endpoint="GET /v1/accounts",environment="staging",instance="",job="authspec"} 1` + "\n",
		`authspec_testcases{environment="staging",instance="",job="authspec",status="passed",suite="Accounts"} 2` + "\n",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("the gateway does not serve %q", want)
		}
	}
	if strings.Contains(got, admin) {
		t.Error("the gateway holds the token")
	}

	// Nothing listens: exit 1, the JSON report is written all the same,
	// and the URL's password stays out of the message.
	report := filepath.Join(dir, "report.json")
	out, code := run("--json", report, "--push-metrics", "http://ci:gateway-pass-123@"+tooltest.FreeAddr(t), suite)
	if code != ExitFailed || !strings.Contains(out, "--push-metrics") || strings.Contains(out, "gateway-pass-123") {
		t.Errorf("unreachable gateway: exit %d, want %d, with the URL's password hidden:\n%s", code, ExitFailed, out)
	}
	if _, err := os.Stat(report); err != nil {
		t.Errorf("the JSON report was not written: %v", err)
	}
}

// A --push-metrics URL that is refused is echoed without its password,
// whether it parses or not.
func TestCheckPushURLHidesPassword(t *testing.T) {
	for _, tc := range []struct{ raw, want string }{
		{"ftp://ci:pass-secret-1@gw", `"ftp://ci:xxxxx@gw"`},
		{"http://ci:pa%zzss-secret-2@gw:9091", `"http://ci:xxxxx@gw:9091"`},
		{"gw:9091", `"gw:9091"`},
		{"ci:pass-secret-3@gw:9091", `"ci:xxxxx@gw:9091"`}, // no scheme: "ci" parsed as one
	} {
		err := checkPushURL(tc.raw)
		if err == nil {
			t.Fatalf("%s: accepted", tc.raw)
		}
		msg := err.Error()
		if strings.Contains(msg, "secret") || !strings.Contains(msg, tc.want) || !strings.Contains(msg, "want the Pushgateway") {
			t.Errorf("%s: %s", tc.raw, msg)
		}
	}
}

// A --push-metrics URL whose query carries a token (a gateway behind a
// proxy that takes ?token=…) is refused before anything is sent, whether
// it parses or not, and quoted with its query values and fragment hidden:
// a query cannot work, the client appends /metrics/job/authspec after it.
func TestCheckPushURLHidesQuery(t *testing.T) {
	for _, tc := range []struct{ raw, want, why string }{
		{"pushgateway:9091/?token=tok-secret-4", `"pushgateway:9091/?token=xxxxx"`, "want the Pushgateway's http(s) URL"},
		{"ftp://gw/?tok-secret-5", `"ftp://gw/?xxxxx"`, "want the Pushgateway's http(s) URL"},
		{"http://gw:9091/?token=tok-secret-6&job=tok-secret-7", `"http://gw:9091/?token=xxxxx&job=xxxxx"`, "without a query or fragment"},
		{"https://gw/#tok-secret-8", `"https://gw/#xxxxx"`, "without a query or fragment"},
		{"http://ci:pw-secret-9@gw:9091?token=tok-secret-10", `"http://ci:xxxxx@gw:9091?token=xxxxx"`, "without a query or fragment"},
		{"http://gw:9091/?", `"http://gw:9091/?"`, "without a query or fragment"},
	} {
		err := checkPushURL(tc.raw)
		if err == nil {
			t.Errorf("%s: accepted", tc.raw)
			continue
		}
		if e, ok := err.(*exitError); !ok || e.code != ExitInvalid {
			t.Errorf("%s: %v, want exit %d", tc.raw, err, ExitInvalid)
		}
		msg := secret.Plain(err.Error())
		if strings.Contains(msg, "secret") || !strings.Contains(msg, tc.want) || !strings.Contains(msg, tc.why) || !strings.Contains(msg, "--push-metrics") {
			t.Errorf("%s: %s", tc.raw, msg)
		}
	}
	for _, ok := range []string{"http://gw:9091", "https://ci:pw@gw:9091/", "http://127.0.0.1:9091/prefix"} {
		if err := checkPushURL(ok); err != nil {
			t.Errorf("%s: refused: %v", ok, err)
		}
	}
}
