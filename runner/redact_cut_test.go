package runner_test

import (
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/authspec/authspec/results"
	"github.com/authspec/authspec/runner"
	"github.com/authspec/authspec/secret"
)

// A secret echoed after more padding than any excerpt keeps is redacted
// in the whole text before the cut: not one character of it shows in the
// diagnosis, the failures or the kept bodies. The second secret here is a
// capture, which only the run's redactor knows.
func TestSecretAfterPaddingNeverLeaks(t *testing.T) {
	for n := 180; n <= 300; n += 5 { // the secrets straddle every cut
		secretAfterPadding(t, strings.Repeat("padding ", n/8+1)[:n])
	}
}

func secretAfterPadding(t *testing.T, pad string) {
	const token = "envfile-token-value-0123456789"
	const session = "sess_9f8e7d6c5b4a3210fedcba98"
	srv := coreServer(t, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/login" {
			io.WriteString(w, `{"session":"`+session+`"}`)
			return
		}
		w.Header().Set("WWW-Authenticate", `Bearer error="invalid_token", error_description="`+pad+session+`"`)
		w.WriteHeader(401)
		io.WriteString(w, `{"message":"`+pad+`token `+token+` and session `+strings.ReplaceAll(session, "_", `\u005F`)+` were rejected"}`)
	})
	dir := t.TempDir()
	coreWrite(t, dir, ".env.a", "API_TOKEN="+token+"\n")
	red := &secret.Redactor{}
	rep := coreRun(t, runner.Options{Redactor: red}, coreSuiteIn(t, dir, "s.yaml", `version: 1
name: padding
environments: { a: { base_url: @A@, env_file: .env.a } }
credentials: { tok: { type: bearer, token: "${API_TOKEN}" } }
scenarios:
  - name: read after login
    auth: tok
    steps:
      - request: { method: POST, path: /login }
        capture: { sid: session }
      - request: { method: GET, path: /v1/me, headers: { X-Session: "${sid}" } }
        expect: { status: 200, body: { id: { exists: true } } }
`, "A", srv.URL))
	r := coreResult(t, rep, "a", "read after login")
	if r.Status != results.Failed || len(r.Diagnosis) == 0 {
		t.Fatalf("status %s, diagnosis %+v: want a failure with a diagnosis", r.Status, r.Diagnosis)
	}
	var texts []string
	texts = append(texts, r.Message)
	for _, c := range r.Diagnosis {
		texts = append(texts, c.Message)
		texts = append(texts, c.Evidence...)
	}
	for _, f := range r.Failures {
		texts = append(texts, f.Message, f.Actual, f.Expected)
	}
	for _, s := range r.Steps {
		texts = append(texts, string(s.Response.Body))
	}
	all := strings.Join(texts, "\n")
	for _, v := range []string{token, session} {
		for n := 6; n <= len(v); n++ { // any 6 characters in a row of it
			for i := 0; i+n <= len(v); i += n {
				if part := v[i : i+n]; strings.Contains(all, part) {
					t.Fatalf("%q (part of a secret) shows in:\n%s", part, all)
				}
			}
		}
	}
	if !strings.Contains(all, "padding padding") {
		t.Errorf("the server's words are gone:\n%s", all)
	}
}
