package runner_test

import (
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/authspec/authspec/results"
	"github.com/authspec/authspec/runner"
)

// happyAnswer is a real 2xx answer a server sends to a scenario whose
// credential is fine.
type happyAnswer struct {
	Src    string            `json:"src"`
	Name   string            `json:"name"`
	Status int               `json:"status"`
	Header map[string]string `json:"header"`
	Body   string            `json:"body"`
}

// Real 2xx answers that hold auth words as data (a sample of
// diagnose/falsepos_test.go, with the answers that were once misread):
// each passes a happy scenario that asserts only its status.
func TestHappy2xxWithAuthWordsPasses(t *testing.T) {
	json := map[string]string{"Content-Type": "application/json"}
	runHappy(t, []happyAnswer{
		{"https://support.kraken.com/hc/en-us/articles/360001491786-API-error-messages", "kraken withdraw", 200, json, `{"error":["EFunding:Unknown withdraw key"]}`},
		{"https://support.kraken.com/hc/en-us/articles/360001491786-API-error-messages", "kraken addorder", 200, json, `{"error":["EOrder:Orders limit exceeded"]}`},
		{"https://datatracker.ietf.org/doc/html/rfc7662#section-2.2", "introspect", 200, json, `{"active":false}`},
		{"https://datatracker.ietf.org/doc/html/rfc6749#section-5.1", "token", 200, json, `{"access_token":"2YotnFZFEjr1zCsicMWpAA","token_type":"example","expires_in":3600,"refresh_token":"tGzv3JOkF0XG5Qx2TlKWIA","example_parameter":"example_value"}`},
		{"https://api.slack.com/changelog/2016-09-28-response-metadata-is-on-the-way", "slack", 200, json, `{"ok":true,"warnings":["missing_charset"],"response_metadata":{"warnings":["missing_charset"]}}`},
		{"https://github.com/99designs/gqlgen/pull/206", "graphql", 200, json, `{"data":null,"errors":[{"message":"Cannot query field \"aa\" on type \"Todo\".","locations":[{"line":6,"column":5}]}]}`},
		{"https://docs.stripe.com/api/checkout/sessions/object", "stripe", 200, json, `{"id":"cs_test_a1b2c3","object":"checkout.session","livemode":false,"status":"expired"}`},
	})
}

// The 2xx answers of every batch of diagnose's third false-positive round
// (testdata/falsepos3*.json: business errors in 2xx envelopes; tokens,
// keys, permissions and scopes as data; verdicts of token and access
// reviews about someone else; 200 exception objects and one-text notices;
// login transactions, device codes, discovery documents; headers of a
// completed SPNEGO or Digest exchange, a rate window's last request) pass
// a happy scenario through the real runner.
func TestHappy2xxRound3Passes(t *testing.T) {
	files, err := filepath.Glob("../diagnose/testdata/falsepos3*.json")
	if err != nil || len(files) == 0 {
		t.Fatalf("no corpus files (%v)", err)
	}
	var all []happyAnswer
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var as []happyAnswer
		if err := json.Unmarshal(raw, &as); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		all = append(all, as...)
	}
	var ok2xx []happyAnswer
	for _, a := range all {
		if a.Status/100 == 2 {
			ok2xx = append(ok2xx, a)
		}
	}
	if len(ok2xx) < 20 {
		t.Fatalf("%d 2xx answers in the corpus, want at least 20", len(ok2xx))
	}
	runHappy(t, ok2xx)
}

// runHappy serves each answer on its own path and runs one scenario per
// answer that expects its status with a good credential: each must pass,
// with no diagnosis and no token in its message.
func runHappy(t *testing.T, answers []happyAnswer) {
	t.Helper()
	const token = "tok_7Hq2LmN9pR4sT6vX8zB1cD3f"
	byPath := map[string]happyAnswer{}
	var yaml strings.Builder
	yaml.WriteString("version: 1\nname: fp\nenvironments:\n  staging: { base_url: @A@ }\ncredentials:\n  svc: { type: bearer, token: " + token + " }\nscenarios:\n")
	for i, a := range answers {
		if !strings.HasPrefix(a.Src, "https://") {
			t.Fatalf("%s: no source URL", a.Name)
		}
		path := fmt.Sprintf("/answer/%d", i)
		byPath[path] = a
		fmt.Fprintf(&yaml, "  - name: %q\n    auth: svc\n    request: { method: GET, path: %s }\n    expect: { status: %d }\n", a.Name, path, a.Status)
	}
	srv := coreServer(t, func(w http.ResponseWriter, r *http.Request) {
		a, ok := byPath[r.URL.Path]
		if !ok {
			http.NotFound(w, r)
			return
		}
		for k, v := range a.Header {
			w.Header().Set(k, v)
		}
		w.WriteHeader(a.Status)
		_, _ = w.Write([]byte(a.Body))
	})
	rep := coreRun(t, runner.Options{}, coreSuite(t, yaml.String(), "A", srv.URL))
	for _, a := range answers {
		r := coreResult(t, rep, "staging", a.Name)
		coreWantStatus(t, r, results.Passed)
		if len(r.Diagnosis) > 0 {
			t.Errorf("%s: diagnosis %+v on a passing answer (source %s)", a.Name, r.Diagnosis, a.Src)
		}
		if strings.Contains(r.Message, token) {
			t.Errorf("%s: message shows the token", a.Name)
		}
	}
}
