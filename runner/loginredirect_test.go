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
	lcLoginPageOutput(t, rep, "to its login page /login", "tok_Wr0ng_5e4f")
}

// lcLoginPageOutput: what a user reads, the console and the JSON, says
// want of the login page and shows no token, the right one nor the wrong
// one, in any form.
func lcLoginPageOutput(t *testing.T, rep *results.Report, want, wrong string) {
	t.Helper()
	secrets := append([]string{wrong}, lcRedirectSecrets...)
	console, json := rdDiagOutput(t, rep)
	for name, text := range map[string]string{"console": console, "json": json} {
		if !strings.Contains(text, want) {
			t.Errorf("%s output does not say %q:\n%s", name, want, text)
		}
		noSecretForms(t, text, secrets...)
	}
	lcNoSecrets(t, rep, secrets...)
}

// A login page the client reached by following a redirect (200, with
// follow_redirects: true, the default) is the refusal a step meant to be
// refused expects, in a web application's clothes: the API below answers
// any request without the bearer token with a 303 to /login, whose form
// answers 200. Its probes and its failure scenario, each expecting the
// refusal by default, pass. A failure scenario whose status the user
// wrote (401) fails as an ordinary assertion, no security failure, saying
// to set follow_redirects: false and expect the 303, with the redirect's
// cause. A permission scenario (403 by default) fails as on a 401, no
// security failure either: the request was not authenticated, so the
// permission it checks was never reached. Neighbours: a probe followed to
// another page (200) is still a security failure; a happy scenario that
// ends on the login page (a logout) still passes.
func TestLoginPageFollowed(t *testing.T) {
	const token, wrong = "tok_R3dir3ct_9a8b", "tok_Wr0ng_5e4f"
	srv, _ := lcServer(t, func(w http.ResponseWriter, r *http.Request) {
		switch {
		case r.URL.Path == "/login":
			w.Header().Set("Content-Type", "text/html")
			_, _ = w.Write([]byte(`<form method="post" action="/session"><input name="password" type="password"></form>`))
		case r.URL.Path == "/home":
			_, _ = w.Write([]byte("welcome"))
		case r.URL.Path == "/logout":
			http.Redirect(w, r, "/login", http.StatusFound)
		case r.Header.Get("Authorization") == "Bearer "+token:
			_, _ = w.Write([]byte(`{"ok":true}`))
		case r.URL.Path == "/open":
			http.Redirect(w, r, "/home", http.StatusFound)
		default:
			http.Redirect(w, r, "/login?next="+r.URL.Path, http.StatusSeeOther)
		}
	})
	ss := lcLoad(t, lcRedirectSuite, map[string]string{".env": lcRedirectEnv + "WRONG=" + wrong + "\n"}, "{{A}}", srv.URL,
		"{{SCENARIOS}}", `  - { name: reads, auth: bearer, request: { path: /x }, probes: [no_auth, invalid] }
  - { name: wrong token, kind: failure, request: { path: /x, headers: { Authorization: "Bearer ${WRONG}" } } }
  - { name: wrong token 401, kind: failure, request: { path: /x, headers: { Authorization: "Bearer ${WRONG}" } }, expect: { status: 401 } }
  - { name: no permission, kind: permission, request: { path: /admin, headers: { Authorization: "Bearer ${WRONG}" } } }
  - { name: open, auth: bearer, request: { path: /open }, probes: [no_auth] }
  - { name: logout, auth: bearer, request: { path: /logout } }
`)
	rep := lcRun(t, ss, Options{})
	for _, name := range []string{"reads", "reads [probe: no_auth]", "reads [probe: invalid]", "wrong token", "open", "logout"} {
		lcWant(t, lcResult(t, rep, name, ""), results.Passed, results.None)
	}
	lcWant(t, lcResult(t, rep, "open [probe: no_auth]", ""), results.Failed, results.SecurityFailure)
	r := lcResult(t, rep, "wrong token 401", "")
	lcWant(t, r, results.Failed, results.AssertionFailure)
	const says = "status: expected 401, got 200: the API refused the request by redirecting it (303) to its login page /login, which authspec followed; set follow_redirects: false and expect 303 to test this refusal"
	if got := secret.Plain(r.Message); got != says {
		t.Errorf("wrong token 401: message %q\nwant %q", got, says)
	}
	if len(r.Diagnosis) == 0 || r.Diagnosis[0].Code != "authentication_before_authorization" ||
		!strings.Contains(secret.Plain(r.Diagnosis[0].Message), "(303 See Other, followed: the page answered 200 OK) to its login page /login") ||
		!strings.Contains(secret.Plain(r.Diagnosis[0].Message), "follow_redirects: false and expect: { status: 303 }") {
		t.Errorf("wrong token 401: diagnosis %+v, want authentication_before_authorization naming the followed 303 and follow_redirects: false", r.Diagnosis)
	}
	r = lcResult(t, rep, "no permission", "")
	lcWant(t, r, results.Failed, results.AssertionFailure)
	const unauthenticated = "status: expected 403, got 200: the API redirected the request (303) to its login page /login, which authspec followed: it did not authenticate the request, as a 401 says, so the permission was never checked"
	if got := secret.Plain(r.Message); got != unauthenticated {
		t.Errorf("no permission: message %q\nwant %q", got, unauthenticated)
	}
	if len(r.Diagnosis) == 0 || r.Diagnosis[0].Code != "authentication_before_authorization" ||
		!strings.Contains(secret.Plain(r.Diagnosis[0].Message), "where 403 was expected: it did not authenticate the request") {
		t.Errorf("no permission: diagnosis %+v, want authentication_before_authorization saying the request was not authenticated", r.Diagnosis)
	}
	lcLoginPageOutput(t, rep, "to its login page /login, which authspec followed", wrong)
}
