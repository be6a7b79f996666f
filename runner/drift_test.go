package runner_test

import (
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/authspec/authspec/diagnose"
	"github.com/authspec/authspec/openapi"
	"github.com/authspec/authspec/report"
	"github.com/authspec/authspec/results"
	"github.com/authspec/authspec/runner"
	"github.com/authspec/authspec/secret"
	"github.com/authspec/authspec/secret/secrettest"
	"github.com/authspec/authspec/suites"
)

// driftSuite: every scenario's request is declared by hand below, as the
// command would from the suite's OpenAPI document.
const driftSuite = `version: 1
name: drift
environments:
  local: { base_url: "@URL@", vars: { token: drift-token-value-123 } }
credentials:
  user: { type: bearer, token: "${token}" }
scenarios:
  - name: secured without credentials
    request: { method: GET, path: /secured }
  - name: secured probed
    auth: user
    request: { method: GET, path: /secured }
    probes: [no_auth]
  - name: secured with a credential
    auth: user
    request: { method: GET, path: /secured }
  - name: secured with a hand-written header
    request: { method: GET, path: /secured, headers: { Authorization: "Bearer ${token}" } }
  - name: public refuses
    request: { method: GET, path: /public-refuses }
  - name: public refusal expected
    kind: failure
    request: { method: GET, path: /public-refuses }
  - name: public answers
    request: { method: GET, path: /public }
  - name: undeclared
    request: { method: GET, path: /undeclared }
  - name: matrix
    matrix:
      credentials: [user, none]
      requests:
        read: { request: { method: GET, path: /secured }, expect: [200, 200] }
`

func TestDrift(t *testing.T) {
	srv := coreServer(t, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/public-refuses" {
			w.Header().Set("WWW-Authenticate", `Bearer realm="api"`)
			w.WriteHeader(http.StatusUnauthorized)
			return
		}
		w.Write([]byte(`{"ok":true}`))
	})
	s := coreSuite(t, driftSuite, "URL", srv.URL)
	doc := suites.Pos{File: "openapi.yaml", Line: 12, Col: 5}
	secured := suites.DeclaredOperation{Operation: "GET /secured", Document: doc, Secured: true, Schemes: []string{"bearerAuth"}, Headers: []string{"Authorization"}}
	public := suites.DeclaredOperation{Operation: "GET /public", Document: doc, Public: true, Headers: []string{"Authorization"}}
	declared := suites.Declared{}
	for _, sc := range s.Scenarios {
		reqs := []*suites.Request{}
		for _, st := range sc.Steps {
			reqs = append(reqs, &st.Request)
		}
		if sc.Matrix != nil {
			reqs = append(reqs, &sc.Matrix.Rows[0].Request)
		}
		for _, req := range reqs {
			switch {
			case req.Path.Raw == "/secured":
				declared[req.Pos] = secured
			case strings.HasPrefix(req.Path.Raw, "/public"):
				declared[req.Pos] = public
			}
		}
	}
	rep := coreRun(t, runner.Options{Declared: declared}, s)

	cases := []struct {
		name   string
		status results.Status
		kind   results.Kind
		cause  string // the first cause of the diagnosis
		msg    string // in the message
	}{
		{"secured without credentials", results.Failed, results.SecurityFailure, diagnose.CredentialNotChecked,
			"security failure: GET /secured answered 200 to a request without credentials, but the OpenAPI document declares it secured by bearerAuth (openapi.yaml:12:5)"},
		{"secured probed [probe: no_auth]", results.Failed, results.SecurityFailure, diagnose.CredentialNotChecked, "declares it secured by bearerAuth"},
		{"secured probed", results.Passed, results.None, "", ""},
		{"secured with a credential", results.Passed, results.None, "", ""},
		{"secured with a hand-written header", results.Passed, results.None, "", ""},
		{"public refuses", results.Failed, results.AssertionFailure, diagnose.SpecDrift,
			"GET /public answered 401 to a request without credentials, but the OpenAPI document declares it public (openapi.yaml:12:5)"},
		{"public refusal expected", results.Failed, results.AssertionFailure, diagnose.SpecDrift, "declares it public"},
		{"public answers", results.Passed, results.None, "", ""},
		{"undeclared", results.Passed, results.None, "", ""},
		{"matrix [read as user]", results.Passed, results.None, "", ""},
		{"matrix [read as none]", results.Failed, results.SecurityFailure, diagnose.CredentialNotChecked, "declares it secured"},
	}
	red := rep.Redactor
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := coreResult(t, rep, "local", tc.name)
			coreWantStatus(t, r, tc.status)
			if r.Kind != tc.kind {
				t.Errorf("kind %s, want %s", r.Kind, tc.kind)
			}
			msg := secret.Render(red, r.Message)
			if !strings.Contains(msg, tc.msg) {
				t.Errorf("message %q, want it to contain %q", msg, tc.msg)
			}
			if tc.cause == "" {
				return
			}
			if len(r.Diagnosis) == 0 || r.Diagnosis[0].Code != tc.cause {
				t.Fatalf("diagnosis %+v, want %s first", r.Diagnosis, tc.cause)
			}
			all := secret.Plain(r.Message)
			for _, c := range r.Diagnosis {
				all += secret.Plain(c.Message) + strings.Join(c.Evidence, " ")
			}
			if strings.Contains(all, "drift-token-value-123") {
				t.Errorf("the token appears in %q", all)
			}
			if !strings.Contains(all, "openapi.yaml:12:5") {
				t.Errorf("the diagnosis does not say where the document declares the operation: %q", all)
			}
		})
	}
}

// A happy step sent without credentials to an operation its OpenAPI
// document declares secured, answered 200 {"ok": false, "error":
// "not_authed"}, was refused by the API in its body: no drift, the step
// fails as any happy step on such a body. A 200 {"ok": true} there is
// still the drift's security failure.
func TestDriftRefusalIn2xxHappy(t *testing.T) {
	const token = "xoxb-7Tn3Kd9Wq2Lp5Rz8Vm4B"
	srv := coreServer(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json; charset=utf-8")
		if r.Header.Get("Authorization") == "" && r.URL.Path == "/api/auth.test" {
			_, _ = w.Write([]byte(`{"ok":false,"error":"not_authed"}`))
			return
		}
		_, _ = w.Write([]byte(`{"ok":true,"user":"alice"}`))
	})
	dir := t.TempDir()
	coreWrite(t, dir, "openapi.yaml", `openapi: 3.1.0
info: {title: slack, version: "1"}
security: [{bot: []}]
components:
  securitySchemes:
    bot: {type: http, scheme: bearer}
paths:
  /api/auth.test:
    get: {responses: {"200": {description: ok}}}
  /api/users.list:
    get: {responses: {"200": {description: ok}}}
`)
	s := coreSuiteIn(t, dir, "suite.yaml", `version: 1
name: slack
openapi: openapi.yaml
environments:
  local: { base_url: "@URL@", vars: { token: `+token+` } }
credentials:
  bot: { type: bearer, token: "${token}" }
scenarios:
  - name: whoami
    auth: bot
    request: { method: GET, path: /api/auth.test }
  - name: whoami without credentials
    request: { method: GET, path: /api/auth.test }
  - name: users without credentials
    request: { method: GET, path: /api/users.list }
`, "URL", srv.URL)
	doc, err := openapi.Load(filepath.Join(dir, "openapi.yaml"), openapi.Security)
	if err != nil {
		t.Fatal(err)
	}
	declared, strays := openapi.Declare(doc, s)
	if len(strays) > 0 {
		t.Fatalf("strays %+v", strays)
	}
	rep := coreRun(t, runner.Options{Declared: declared}, s)
	coreWantStatus(t, coreResult(t, rep, "local", "whoami"), results.Passed)

	r := coreResult(t, rep, "local", "whoami without credentials")
	want := "body: the API answered 200 but its body is an auth error (not_authed): the request was refused"
	if r.Status != results.Failed || r.Kind != results.AssertionFailure || secret.Plain(r.Message) != want {
		t.Errorf("whoami without credentials: %s %s %q, want an assertion failure %q", r.Status, r.Kind, secret.Plain(r.Message), want)
	}
	for _, c := range r.Diagnosis {
		if c.Code == diagnose.CredentialNotChecked {
			t.Errorf("whoami without credentials: diagnosed %s: %s", c.Code, secret.Plain(c.Message))
		}
	}

	r = coreResult(t, rep, "local", "users without credentials")
	if r.Kind != results.SecurityFailure || !strings.Contains(secret.Plain(r.Message), "GET /api/users.list answered 200 to a request without credentials, but the OpenAPI document declares it secured by bot") {
		t.Errorf("users without credentials: %s %s %q, want the drift's security failure", r.Status, r.Kind, secret.Plain(r.Message))
	}
	text := resultsText(rep)
	secrettest.NoForms(t, text, token)
	if !strings.Contains(text, want) || !strings.Contains(text, "declares it secured by bot") {
		t.Errorf("the results lack the expected text:\n%s", text)
	}
}

// The answer to a happy step sent without credentials is read once for a
// refusal in the API's 2xx style, also when its operation is declared
// secured: authErrorIn2xx and the drift check ask the same reading. Each
// reading of a body that says the call failed (an "error" object) builds the
// exchange diagnosis reads (which asks the clock, Options.Now): a declared
// step asks the clock as often as an undeclared one.
func TestDriftReadsA2xxAnswerOnce(t *testing.T) {
	srv := coreServer(t, func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(`{"error":{"type":"not_found","message":"no such channel"}}`)) // a business error, no refusal
	})
	clockReads := func(declare bool) (int, *results.Result) {
		s := coreSuite(t, `version: 1
name: once
environments:
  local: { base_url: "@URL@", vars: { token: once-token-value-5521 } }
credentials:
  user: { type: bearer, token: "${token}" }
scenarios:
  - name: lists channels
    request: { method: GET, path: /channels }
`, "URL", srv.URL)
		declared := suites.Declared{}
		if declare {
			declared[s.Scenarios[0].Steps[0].Request.Pos] = suites.DeclaredOperation{Operation: "GET /channels",
				Document: suites.Pos{File: "openapi.yaml", Line: 3, Col: 5}, Secured: true, Schemes: []string{"bearerAuth"}, Headers: []string{"Authorization"}}
		}
		n := 0
		rep := coreRun(t, runner.Options{Declared: declared, Parallel: 1, Now: func() time.Time { n++; return time.Now() }}, s)
		return n, coreResult(t, rep, "local", "lists channels")
	}
	undeclared, r := clockReads(false)
	coreWantStatus(t, r, results.Passed)
	declared, r := clockReads(true)
	const drift = "GET /channels answered 200 to a request without credentials, but the OpenAPI document declares it secured by bearerAuth"
	if r.Kind != results.SecurityFailure || !strings.Contains(secret.Plain(r.Message), drift) {
		t.Errorf("declared secured: %s %s %q, want the drift's security failure: %q", r.Status, r.Kind, secret.Plain(r.Message), drift)
	}
	if undeclared == 0 || declared != undeclared {
		t.Errorf("the clock was asked %d times for the declared step, %d for the undeclared one: want the same, above 0 (one reading of the answer)", declared, undeclared)
	}
	secrettest.NoForms(t, resultsText(&results.Report{Results: []*results.Result{r}}), "once-token-value-5521")
}

// What a drift failure expects and its evidence are authspec's words: a
// secret that is one of them ("operation", "carried", the status "200")
// rewrites none.
func TestDriftWordsLiteral(t *testing.T) {
	for word, want := range map[string]string{
		"operation": "expected: 401 or 403 (the OpenAPI document declares the operation secured)",
		"carried":   "the request carried no credential (no auth, no credential header or query parameter)",
		"200":       "security failure: GET /secured answered 200 to a request without credentials",
	} {
		t.Run(word, func(t *testing.T) { driftWords(t, word, want) })
	}
}

func driftWords(t *testing.T, word, want string) {
	wordAndLongSecret(t, word, func(t *testing.T, v string) string {
		srv := coreServer(t, func(w http.ResponseWriter, r *http.Request) { w.Write([]byte(`{"ok":true}`)) })
		s := coreSuite(t, "version: 1\nname: drift words\nenvironments: { local: { base_url: \"@URL@\" } }\n"+
			"scenarios:\n  - { name: open, request: { method: GET, path: /secured, headers: { X-Other: \"${OTHER_TOKEN}\" } } }\n", "URL", srv.URL)
		declared := suites.Declared{s.Scenarios[0].Steps[0].Request.Pos: {Operation: "GET /secured", Document: suites.Pos{File: "openapi.yaml", Line: 12, Col: 5},
			Secured: true, Schemes: []string{"bearerAuth"}, Headers: []string{"Authorization"}}}
		rep := coreRun(t, runner.Options{Declared: declared, Redactor: &secret.Redactor{},
			Getenv: func(k string) (string, bool) { return v, k == "OTHER_TOKEN" }}, s)
		requireRedacts(t, rep.Redactor, v)
		var c strings.Builder
		if err := report.Console(&c, rep, report.ConsoleOptions{}); err != nil {
			t.Fatal(err)
		}
		return c.String()
	}, want)
}
