package runner_test

import (
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/authspec/authspec/results"
	"github.com/authspec/authspec/runner"
)

// Real 2xx answers that hold auth words as data (a sample of
// diagnose/falsepos_test.go, with the answers that were once misread):
// each passes a happy scenario that asserts only its status.
func TestHappy2xxWithAuthWordsPasses(t *testing.T) {
	bodies := []struct{ src, path, body string }{
		{"https://support.kraken.com/hc/en-us/articles/360001491786-API-error-messages", "/kraken/withdraw", `{"error":["EFunding:Unknown withdraw key"]}`},
		{"https://support.kraken.com/hc/en-us/articles/360001491786-API-error-messages", "/kraken/addorder", `{"error":["EOrder:Orders limit exceeded"]}`},
		{"https://datatracker.ietf.org/doc/html/rfc7662#section-2.2", "/introspect", `{"active":false}`},
		{"https://datatracker.ietf.org/doc/html/rfc6749#section-5.1", "/token", `{"access_token":"2YotnFZFEjr1zCsicMWpAA","token_type":"example","expires_in":3600,"refresh_token":"tGzv3JOkF0XG5Qx2TlKWIA","example_parameter":"example_value"}`},
		{"https://api.slack.com/changelog/2016-09-28-response-metadata-is-on-the-way", "/slack", `{"ok":true,"warnings":["missing_charset"],"response_metadata":{"warnings":["missing_charset"]}}`},
		{"https://github.com/99designs/gqlgen/pull/206", "/graphql", `{"data":null,"errors":[{"message":"Cannot query field \"aa\" on type \"Todo\".","locations":[{"line":6,"column":5}]}]}`},
		{"https://docs.stripe.com/api/checkout/sessions/object", "/stripe", `{"id":"cs_test_a1b2c3","object":"checkout.session","livemode":false,"status":"expired"}`},
	}
	byPath := map[string]string{}
	var yaml strings.Builder
	yaml.WriteString("version: 1\nname: fp\nenvironments:\n  staging: { base_url: @A@ }\ncredentials:\n  svc: { type: bearer, token: tok_7Hq2LmN9pR4sT6vX8zB1cD3f }\nscenarios:\n")
	for _, b := range bodies {
		if !strings.HasPrefix(b.src, "https://") {
			t.Fatalf("%s: no source URL", b.path)
		}
		byPath[b.path] = b.body
		fmt.Fprintf(&yaml, "  - name: %s\n    auth: svc\n    request: { method: GET, path: %s }\n    expect: { status: 200 }\n", b.path, b.path)
	}
	srv := coreServer(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write([]byte(byPath[r.URL.Path]))
	})
	rep := coreRun(t, runner.Options{}, coreSuite(t, yaml.String(), "A", srv.URL))
	for _, b := range bodies {
		r := coreResult(t, rep, "staging", b.path)
		coreWantStatus(t, r, results.Passed)
		if len(r.Diagnosis) > 0 {
			t.Errorf("%s: diagnosis %+v on a passing answer (source %s)", b.path, r.Diagnosis, b.src)
		}
		if strings.Contains(r.Message, "tok_7Hq2LmN9pR4sT6vX8zB1cD3f") {
			t.Errorf("%s: message shows the token", b.path)
		}
	}
}
