package runner_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/authspec/authspec/results"
	"github.com/authspec/authspec/secret"
	"github.com/authspec/authspec/secret/secrettest"
)

// A token endpoint's refusal says its status as authspec renders it,
// whatever the secrets: a token_url whose query value is "401" (query
// values are secrets, a short one replaced as a whole word) leaves
// "answered 401" as written, and the client secret and query value are
// not shown.
func TestTokenErrorStatusKeptLiteral(t *testing.T) {
	const clientSecret = "cs_Refused1234567"
	srv := coreServer(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusUnauthorized)
		_, _ = w.Write([]byte(`{"error":"invalid_client","error_description":"client authentication failed"}`))
	})
	s, opt := wordsSuite(t, "token refused", srv.URL, "CLIENT_SECRET="+clientSecret+"\n", `credentials:
  m: { type: oauth2_client_credentials, token_url: "${base_url}/token?tenant=401", client_id: cid, client_secret: "${CLIENT_SECRET}" }
scenarios:
  - name: reads
    auth: m
    request: { method: GET, path: /v1/me }
`)
	rep := coreRun(t, opt, s)
	r := coreResult(t, rep, "staging", "reads")
	coreWantStatus(t, r, results.Errored)
	msg := secret.Render(opt.Redactor, r.Message)
	if want := "answered 401: invalid_client (client authentication failed)"; !strings.Contains(msg, want) {
		t.Errorf("message %q\nwant it to hold %q", msg, want)
	}
	if !strings.Contains(msg, "/token?tenant=[m.token_url query tenant sha256:") {
		t.Errorf("message %q\nwant the token_url's query value as its label", msg)
	}
	secrettest.NoForms(t, msg, clientSecret)
	requireRedacts(t, opt.Redactor, "401")
}
