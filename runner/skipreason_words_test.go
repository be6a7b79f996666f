package runner_test

import (
	"net/http"
	"testing"

	"github.com/authspec/authspec/results"
	"github.com/authspec/authspec/secret"
	"github.com/authspec/authspec/secret/secrettest"
)

// A scenario's skip: reason is the suite's text as written: a short
// password "test" (replaced in other text as a whole word) leaves it
// intact, and the API key sent elsewhere shows in no form.
func TestSkipReasonKeptAsWritten(t *testing.T) {
	srv := coreServer(t, func(w http.ResponseWriter, r *http.Request) {})
	s, opt := wordsSuite(t, "skips", srv.URL, "PW=test\nKEY=skip-key-Qw8Er7Ty6Ui5\n", `credentials:
  b: { type: basic, username: admin, password: "${PW}" }
  k: { type: api_key, header: X-Key, key: "${KEY}" }
scenarios:
  - { name: sends b, auth: b, request: { method: GET, path: /b } }
  - { name: sends k, auth: k, request: { method: GET, path: /k } }
  - { name: later, auth: k, skip: "the test API is down", request: { method: GET, path: /later } }
`)
	rep := coreRun(t, opt, s)
	r := coreResult(t, rep, "staging", "later")
	coreWantStatus(t, r, results.Skipped)
	got := secret.Render(opt.Redactor, r.Message)
	if want := "the test API is down"; got != want {
		t.Errorf("skip reason %q, want %q", got, want)
	}
	secrettest.NoForms(t, got, "skip-key-Qw8Er7Ty6Ui5")
	requireRedacts(t, opt.Redactor, "test")
}
