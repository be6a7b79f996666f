package cli

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
	"testing"

	_ "github.com/authspec/authspec/internal/golden" // accepts go test -update
)

const baselineSuite = `version: 1
name: Accounts
environments:
  staging: { base_url: "${API_URL}", env_file: .env, allow_insecure: true }
credentials:
  admin: { type: bearer, token: "${ADMIN_TOKEN}", previous: "${OLD_ADMIN_TOKEN}" }
  readonly_key: { type: api_key, header: X-API-Key, key: "${READONLY_KEY}" }
scenarios:
  - name: admin reads accounts
    auth: admin
    request: { method: GET, path: /v1/accounts }
    probes: [no_auth, previous]
  - name: account endpoints
    kind: permission
    matrix:
      credentials: [admin, readonly_key]
      requests:
        delete account: { request: { method: DELETE, path: /v1/accounts/1 }, expect: [204, 403] }
`

// Two runs against a server whose answers change in between: the second
// run, compared with the first one's JSON, marks its results and lists the
// matrix cell and the probe whose answer changed and the credentials.
func TestBaselineAcrossTwoRuns(t *testing.T) {
	const admin, oldAdmin, key1, key2 = "adm_tok_first_0123456789", "adm_tok_old_9876543210", "ro_key_one_AAAAAAAA", "ro_key_two_BBBBBBBB"
	var broken atomic.Bool // the second run: the key may delete, the old token works
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		auth, key := r.Header.Get("Authorization"), r.Header.Get("X-API-Key")
		switch {
		case auth == "Bearer "+admin, broken.Load() && auth == "Bearer "+oldAdmin:
		case key == key1 || key == key2:
			if r.Method == http.MethodDelete && !broken.Load() {
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
	}))
	defer srv.Close()
	dir := t.TempDir()
	write := func(name, content string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	write("suite.yaml", baselineSuite)
	env := func(k string) string { return map[string]string{"API_URL": srv.URL}[k] }
	run := func(args ...string) (string, int) {
		var out bytes.Buffer
		code := Main(append([]string{"run", "--no-color"}, args...), nil, &out, &out, env)
		return out.String(), code
	}

	write(".env", "ADMIN_TOKEN="+admin+"\nOLD_ADMIN_TOKEN="+oldAdmin+"\nREADONLY_KEY="+key1+"\n")
	prev := filepath.Join(dir, "prev.json")
	out, code := run("--json", prev, "--baseline", filepath.Join(dir, "none-yet.json"), filepath.Join(dir, "suite.yaml"))
	if code != 0 || !strings.Contains(out, "none-yet.json does not exist (a first run?)") {
		t.Fatalf("first run: exit %d\n%s", code, out)
	}

	broken.Store(true)
	write(".env", "ADMIN_TOKEN="+admin+"\nOLD_ADMIN_TOKEN="+oldAdmin+"\nREADONLY_KEY="+key2+"\n")
	cur := filepath.Join(dir, "cur.json")
	summary := filepath.Join(dir, "summary.md")
	env = func(k string) string {
		return map[string]string{"API_URL": srv.URL, "GITHUB_STEP_SUMMARY": summary}[k]
	}
	page := filepath.Join(dir, "report.html")
	out, code = run("--json", cur, "--html", page, "--baseline", prev, "--github", filepath.Join(dir, "suite.yaml"))
	if code != 1 {
		t.Fatalf("second run: exit %d, want 1\n%s", code, out)
	}
	md, _ := os.ReadFile(summary)
	js, _ := os.ReadFile(cur)
	html, _ := os.ReadFile(page)
	for _, text := range []string{out, string(md), string(js), string(html)} {
		for _, s := range []string{admin, oldAdmin, key1, key2} {
			if strings.Contains(text, s) {
				t.Errorf("output shows secret %s", s)
			}
		}
	}
	for _, want := range []string{
		"Since the baseline of ",
		"account endpoints [delete account as readonly_key] [staging]: passed → failed",
		"admin reads accounts [probe: previous] [staging]: passed → failed",
		"readonly_key DELETE /v1/accounts/1: 403 → 204 [staging]",
		"admin [probe: previous] GET /v1/accounts: 401 → 200 [staging]",
		"readonly_key in staging (READONLY_KEY): rotated, fingerprint ",
		"admin in staging (ADMIN_TOKEN): not rotated yet, fingerprint still ",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("console lacks %q", want)
		}
	}
	// The test cases stream as they finish; what follows them leads with
	// the changes.
	if i, j := strings.Index(out, "Since the baseline of "), strings.Index(out, "\nFailures\n"); i < 0 || j < i ||
		strings.Index(out, "PASS   admin reads accounts  (") > i {
		t.Errorf("console does not lead its summary with the changes:\n%s", out)
	}
	if !strings.Contains(string(md), `readonly\_key DELETE /v1/accounts/1: 403 → 204 \[staging\]`) {
		t.Errorf("step summary lacks the changed cell:\n%s", md)
	}
	// The step summary, the page and the JSON report lead with the changes
	// too: before the failures, the grids and the results.
	for _, c := range []struct {
		name, text, changes, then string
	}{
		{"step summary", string(md), "### Changes since the baseline", "### Failures by cause"},
		{"HTML", string(html), `<section id="changes">`, `<section id="causes">`},
		{"HTML", string(html), "<li>readonly_key DELETE /v1/accounts/1: 403 → 204 [staging]</li>", `<section id="matrices">`},
		{"JSON", string(js), `"baseline": {`, `"results": [`},
	} {
		if i, j := strings.Index(c.text, c.changes), strings.Index(c.text, c.then); i < 0 || j < i {
			t.Errorf("%s: %q does not come before %q", c.name, c.changes, c.then)
		}
	}
	var doc struct {
		Baseline struct {
			Counts  map[string]int `json:"counts"`
			Results []struct{ Scenario, Change string }
		} `json:"baseline"`
	}
	if err := json.Unmarshal(js, &doc); err != nil {
		t.Fatal(err)
	}
	var marks []string
	for _, r := range doc.Baseline.Results {
		marks = append(marks, r.Scenario+"="+r.Change)
	}
	want := []string{"admin reads accounts=unchanged", "admin reads accounts [probe: no_auth]=unchanged",
		"admin reads accounts [probe: previous]=new_failure", "account endpoints [delete account as admin]=unchanged",
		"account endpoints [delete account as readonly_key]=new_failure"}
	if !slices.Equal(marks, want) {
		t.Errorf("marks %q\nwant %q", marks, want)
	}

	// A baseline that is not a JSON report stops the run before it sends.
	write("bad.json", "<testsuites/>")
	out, code = run("--baseline", filepath.Join(dir, "bad.json"), filepath.Join(dir, "suite.yaml"))
	if code != ExitInvalid || !strings.Contains(out, "bad.json:1:1: not a JSON report") {
		t.Errorf("bad baseline: exit %d\n%s", code, out)
	}
}

// --baseline - is refused before anything is sent: it was read as a file
// named "-", which did not exist, and the run went on without comparing.
func TestBaselineDashIsRefused(t *testing.T) {
	var requests atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { requests.Add(1) }))
	defer srv.Close()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "suite.yaml"), []byte(baselineSuite), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, ".env"), []byte("ADMIN_TOKEN=adm_tok_dash_0123456789\nOLD_ADMIN_TOKEN=adm_tok_olddash_012345\nREADONLY_KEY=ro_key_dash_AAAAAAAA\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	env := func(k string) string { return map[string]string{"API_URL": srv.URL}[k] }
	var out bytes.Buffer
	code := Main([]string{"run", "--no-color", "--baseline", "-", filepath.Join(dir, "suite.yaml")}, strings.NewReader("{}"), &out, &out, env)
	if code != ExitInvalid || requests.Load() != 0 {
		t.Errorf("--baseline -: exit %d, %d requests; want exit %d and none\n%s", code, requests.Load(), ExitInvalid, out.String())
	}
	for _, want := range []string{"authspec: --baseline -: the baseline is an earlier run's --json report read from a file; give its path", "nothing was sent"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("missing %q in\n%s", want, out.String())
		}
	}
	if strings.Contains(out.String(), "does not exist") {
		t.Errorf("read as a file named -:\n%s", out.String())
	}
}
