package runner

import (
	"net/http"
	"strings"
	"testing"

	"github.com/authspec/authspec/results"
	"github.com/authspec/authspec/secret"
)

// The runner asks diagnose about a 3xx it did not follow. A redirect to
// the login page is a credential in the Authorization header not read
// there only when the request was meant to succeed: the API below reads
// the bearer token (the scenario passes) and answers any other with a 302
// to /login, so its probes and its failure scenario were refused, not
// misplaced: their first cause says the refusal came as that redirect
// where 401 was expected, and what to expect instead (probe_status for the
// probes, expect.status for the scenario). A redirect the scenario expects
// gets no cause even when another of its assertions fails.
func TestLoginRedirectCauses(t *testing.T) {
	srv, _ := lcServer(t, func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") == "Bearer tok_R3dir3ct_9a8b" && r.URL.Path != "/form-only" {
			w.WriteHeader(http.StatusOK)
			return
		}
		w.Header().Set("Location", "/login")
		w.WriteHeader(http.StatusFound)
	})
	ss := lcLoad(t, lcRedirectSuite, map[string]string{".env": lcRedirectEnv + "WRONG=tok_Wr0ng_5e4f\n"}, "{{A}}", srv.URL,
		"{{SCENARIOS}}", `  - { name: reads, auth: bearer, follow_redirects: false, request: { path: /x }, probes: [no_auth, invalid] }
  - { name: wrong token, kind: failure, follow_redirects: false, request: { path: /x, headers: { Authorization: "Bearer ${WRONG}" } } }
  - { name: expected redirect, auth: bearer, follow_redirects: false, request: { path: /form-only }, expect: { status: 302, headers: { Location: { contains: /dashboard } } } }
  - { name: form only, auth: bearer, follow_redirects: false, request: { path: /form-only } }
`)
	rep := lcRun(t, ss, Options{})
	want := map[string]string{ // the first cause, "" for none
		"reads [probe: no_auth]": "authentication_before_authorization", "reads [probe: invalid]": "authentication_before_authorization",
		"wrong token": "authentication_before_authorization", "expected redirect": "", "form only": "credential_in_wrong_place",
	}
	// What each refused step is told to expect instead.
	toExpect := map[string]string{"reads [probe: no_auth]": "probe_status: [302]", "reads [probe: invalid]": "probe_status: [302]", "wrong token": "expect: { status: 302 }"}
	lcWant(t, lcResult(t, rep, "reads", ""), results.Passed, results.None)
	for name, code := range want {
		r := lcResult(t, rep, name, "")
		lcWant(t, r, results.Failed, results.None)
		got := ""
		if len(r.Diagnosis) > 0 {
			got = r.Diagnosis[0].Code
		}
		if got != code {
			t.Errorf("%s: first cause %q, want %q", name, got, code)
		}
		if w := toExpect[name]; w != "" && got != "" && !strings.Contains(secret.Plain(r.Diagnosis[0].Message), w) {
			t.Errorf("%s: %q does not say %q", name, secret.Plain(r.Diagnosis[0].Message), w)
		}
		for _, d := range r.Diagnosis {
			if d.Code == "credential_in_wrong_place" && name != "form only" {
				t.Errorf("%s: %s offered for a request meant to be refused: %q", name, d.Code, secret.Plain(d.Message))
			}
		}
	}
	if r := lcResult(t, rep, "form only", ""); len(r.Diagnosis) > 0 && !strings.Contains(secret.Plain(r.Diagnosis[0].Message), "to its login page /login") {
		t.Errorf("form only: %q does not name the login page", secret.Plain(r.Diagnosis[0].Message))
	}
	// What a user reads, the console and the JSON, names the login page
	// and shows neither token, the right one nor the wrong one, in any form.
	secrets := append([]string{"tok_Wr0ng_5e4f"}, lcRedirectSecrets...)
	console, json := rdDiagOutput(t, rep)
	for name, text := range map[string]string{"console": console, "json": json} {
		if !strings.Contains(text, "to its login page /login") {
			t.Errorf("%s output does not name the login page:\n%s", name, text)
		}
		noSecretForms(t, text, secrets...)
	}
	lcNoSecrets(t, rep, secrets...)
}
