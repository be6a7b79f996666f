package runner

import (
	"bytes"
	"net/http"
	"strings"
	"testing"

	"github.com/authspec/authspec/report"
	"github.com/authspec/authspec/results"
	"github.com/authspec/authspec/secret"
)

// rdDiagBody is a refusal in the words of an API that read a token and
// refused it: what the final server says when the credential never
// reached it, since it got a request with none.
const rdDiagBody = `{"error":"invalid_token","message":"The access token is invalid"}`

// rdDiagAPI answers every request 401 with a Bearer challenge.
func rdDiagAPI(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("WWW-Authenticate", `Bearer realm="api", error="invalid_token"`)
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusUnauthorized)
	_, _ = w.Write([]byte(rdDiagBody))
}

// rdDiagOutput is the console and JSON reports of rep.
func rdDiagOutput(t *testing.T, rep *results.Report) (console, json string) {
	t.Helper()
	var c, j bytes.Buffer
	if err := report.Console(&c, rep, report.ConsoleOptions{}); err != nil {
		t.Fatal(err)
	}
	if err := report.JSON(&j, rep); err != nil {
		t.Fatal(err)
	}
	return c.String(), j.String()
}

// A credential stripped at a redirect to another origin never reached the
// server that refused the request: the first cause says it was not
// forwarded, naming both origins, not that the API refused it.
func TestRedirectDiagnosisCredentialNotForwarded(t *testing.T) {
	b, bSeen := lcServer(t, rdDiagAPI)
	a, _ := lcServer(t, func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, b.URL+"/landing?"+r.URL.RawQuery, http.StatusTemporaryRedirect)
	})
	ss := lcLoad(t, lcRedirectSuite, map[string]string{".env": lcRedirectEnv}, "{{A}}", a.URL,
		"{{SCENARIOS}}", lcRedirectScenarios("/start", ""))
	rep := lcRun(t, ss, Options{Parallel: 1, KeepExchanges: true})
	if len(rep.Results) != 5 {
		t.Fatalf("%d results, want 5", len(rep.Results))
	}
	for _, r := range bSeen.all() {
		if c := lcCredsIn(r); len(c) > 0 {
			t.Fatalf("B (another origin) received %v", c)
		}
	}
	for _, r := range rep.Results {
		lcWant(t, r, results.Failed, results.None)
		if len(r.Diagnosis) == 0 {
			t.Errorf("%s: no diagnosis", r.Name)
			continue
		}
		d := r.Diagnosis[0]
		msg, ev := secret.Plain(d.Message), secret.Plain(strings.Join(d.Evidence, "\n"))
		want := "credential " + r.Name + " was not forwarded to " + b.URL + ": " + a.URL + " redirected the request there (307)"
		if d.Code != "no_credentials_sent" || !strings.Contains(msg, want) {
			t.Errorf("%s: first cause %s %q, want no_credentials_sent saying %q", r.Name, d.Code, msg, want)
		}
		if !strings.Contains(ev, a.URL+" redirected the request (307) to "+b.URL+", another origin") {
			t.Errorf("%s: evidence does not name the hop's origins:\n%s", r.Name, ev)
		}
		for _, c := range r.Diagnosis {
			if c.Code == "credential_rejected" {
				t.Errorf("%s: %s offered for a credential the server never received: %q", r.Name, c.Code, c.Message)
			}
		}
	}
	console, json := rdDiagOutput(t, rep)
	for name, text := range map[string]string{"console": console, "json": json} {
		for _, s := range []string{"no_credentials_sent", "was not forwarded to " + b.URL, a.URL + " redirected the request",
			"authspec never sends a credential across origins", "set base_url to it", "redirects", "bearer", "qkey", "admin"} {
			if !strings.Contains(text, s) {
				t.Errorf("%s output lacks %q:\n%s", name, s, text)
			}
		}
		noSecretForms(t, text, lcRedirectSecrets...)
	}
	lcNoSecrets(t, rep, lcRedirectSecrets...)
}

// A redirect within the origin keeps the credential, and the diagnosis
// stays that of a credential the API read and refused.
func TestRedirectDiagnosisSameOrigin(t *testing.T) {
	srv, _ := lcServer(t, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/start" {
			http.Redirect(w, r, "/landing?"+r.URL.RawQuery, http.StatusTemporaryRedirect)
			return
		}
		rdDiagAPI(w, r)
	})
	ss := lcLoad(t, lcRedirectSuite, map[string]string{".env": lcRedirectEnv}, "{{A}}", srv.URL,
		"{{SCENARIOS}}", lcRedirectScenarios("/start", ""))
	direct := lcLoad(t, lcRedirectSuite, map[string]string{".env": lcRedirectEnv}, "{{A}}", srv.URL,
		"{{SCENARIOS}}", lcRedirectScenarios("/landing", ""))
	rep, want := lcRun(t, ss, Options{Parallel: 1}), lcRun(t, direct, Options{Parallel: 1})
	for i, r := range rep.Results {
		lcWant(t, r, results.Failed, results.None)
		if len(r.Diagnosis) == 0 || len(want.Results[i].Diagnosis) == 0 {
			t.Fatalf("%s: no diagnosis", r.Name)
		}
		got, exp := r.Diagnosis[0], want.Results[i].Diagnosis[0]
		if got.Code != exp.Code || got.Code == "no_credentials_sent" || strings.Contains(got.Message, "not forwarded") {
			t.Errorf("%s: first cause %s %q after a same-origin redirect, want %s as without one", r.Name, got.Code, secret.Plain(got.Message), exp.Code)
		}
	}
	lcNoSecrets(t, rep, lcRedirectSecrets...)
}
