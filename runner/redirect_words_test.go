package runner_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/authspec/authspec/results"
	"github.com/authspec/authspec/secret"
	"github.com/authspec/authspec/secret/secrettest"
)

// A redirect to another origin that authspec refuses to follow (it would
// carry a secret in the body or the path) is said in authspec's words,
// which a password "secret" (a short secret, replaced in other text as a
// whole word) does not rewrite: "which carries a secret" and "a secret in
// the path" stay as written, and the password is not shown.
func TestRefusedRedirectKeepsOwnWords(t *testing.T) {
	other := coreServer(t, func(w http.ResponseWriter, r *http.Request) {})
	srv := coreServer(t, func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, other.URL+r.URL.Path, http.StatusPermanentRedirect) // keeps the path, as path-normalising redirects do
	})
	s, opt := wordsSuite(t, "redirect words", srv.URL, "PW=secret\n", `credentials:
  b: { type: basic, username: admin, password: "${PW}" }
scenarios:
  - name: form
    auth: b
    request: { method: POST, path: /form, form: { t: "${PW}" } }
  - name: path
    auth: b
    request: { method: GET, path: "/keys/${PW}" }
`)
	opt.Parallel = 1
	rep := coreRun(t, opt, s)
	for name, what := range map[string]string{
		"form": "the request body, which carries a secret,",
		"path": "a secret in the path",
	} {
		r := coreResult(t, rep, "staging", name)
		coreWantStatus(t, r, results.Failed)
		msg := secret.Render(opt.Redactor, r.Message)
		want := "the server redirected (308) to another origin, " + other.URL + ", and following would send " + what + " there too; authspec did not follow the redirect"
		if !strings.Contains(msg, want) {
			t.Errorf("%s: message %q\nwant it to hold %q", name, msg, want)
		}
		secrettest.NoForms(t, strings.ReplaceAll(msg, "secret", ""), "admin:secret")
	}
	requireRedacts(t, opt.Redactor, "secret")
}
