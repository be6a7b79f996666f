package runner_test

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"regexp"
	"strings"
	"testing"

	"github.com/authspec/authspec/results"
	"github.com/authspec/authspec/runner"
	"github.com/authspec/authspec/secret"
	"github.com/authspec/authspec/secret/secrettest"
	"github.com/authspec/authspec/suites"
)

// URLs that become plain http to another host only once variables resolve
// are structural errors, exactly like literal ones: exit 2, nothing sent.
func TestInsecureAfterResolutionIsStructural(t *testing.T) {
	const yaml = `version: 1
name: Insecure
environments:
  remote:
    base_url: https://api.example.com
credentials:
  machine:
    type: oauth2_client_credentials
    token_url: ${TOKEN_ENDPOINT}
    client_id: id
    client_secret: ${CLIENT_SECRET}
  tok:
    type: bearer
    token: ${API_TOKEN}
scenarios:
  - name: oauth
    auth: machine
    request: { method: GET, path: /v1/me }
  - name: absolute url
    auth: tok
    request: { method: GET, url: "${OTHER_API}/v1/me" }
  - name: no credentials, so plain http is fine
    request: { method: GET, url: "${OTHER_API}/health" }
`
	env := map[string]string{
		"TOKEN_ENDPOINT": "http://auth.example.com/token",
		"OTHER_API":      "http://other.example.com",
		"CLIENT_SECRET":  "cs_secret_value",
		"API_TOKEN":      "tok_secret_value",
	}
	getenv := func(k string) (string, bool) { v, ok := env[k]; return v, ok }
	s := coreSuite(t, yaml)
	_, err := runner.Run(context.Background(), []*suites.Suite{s}, runner.Options{Getenv: getenv})
	var errs suites.Errors
	if !errors.As(err, &errs) {
		t.Fatalf("Run error = %v, want suites.Errors", err)
	}
	if len(errs) != 2 {
		t.Fatalf("got %d errors, want 2 (token_url and url):\n%v", len(errs), errs)
	}
	for i, want := range []string{"token_url resolves to", "url resolves to"} {
		if msg := secret.Plain(errs[i].Error()); !strings.Contains(msg, want) || !strings.Contains(msg, "allow_insecure: true") {
			t.Errorf("error %d = %q, want %q and allow_insecure", i, msg, want)
		}
	}
	if errs[0].Pos.Line != 9 || errs[1].Pos.Line != 21 {
		t.Errorf("positions %d, %d; want lines 9 (token_url) and 21 (url)", errs[0].Pos.Line, errs[1].Pos.Line)
	}
	for _, secret := range []string{"cs_secret_value", "tok_secret_value"} {
		if strings.Contains(errs.Error(), secret) {
			t.Errorf("error text contains the secret %q", secret)
		}
	}

	// allow_insecure on the environment lifts both.
	allowed := coreSuite(t, strings.Replace(yaml, "base_url: https://api.example.com", "base_url: https://api.example.com\n    allow_insecure: true", 1))
	// Nothing may be sent to example.com from a test: Preflight plans
	// (and checks) everything without sending.
	opt := runner.Options{Getenv: getenv}
	if _, err := runner.Preflight([]*suites.Suite{allowed}, opt); err != nil {
		t.Fatalf("with allow_insecure: %v", err)
	}
}

// A token_url that resolves to plain http to another host is refused only
// in an environment whose scenarios send that credential: production
// never reaches the token endpoint here, so nothing there is an error,
// and lan allows plain http.
func TestInsecureTokenURLOnlyWhereUsed(t *testing.T) {
	const yaml = `version: 1
name: Token URL
environments:
  lan:
    base_url: http://192.0.2.10
    allow_insecure: true
  production:
    base_url: https://api.example.com
credentials:
  machine:
    type: oauth2_client_credentials
    token_url: ${TOKEN_ENDPOINT}
    client_id: app
    client_secret: ${CLIENT_SECRET}
scenarios:
  - name: lan only
    auth: machine
    only: [lan]
    request: { method: GET, path: /v1/me }
  - name: health
    request: { method: GET, path: /health }
`
	s := coreSuite(t, yaml)
	env := map[string]string{"TOKEN_ENDPOINT": "http://192.0.2.10/token", "CLIENT_SECRET": "cs_secret_value"}
	getenv := func(k string) (string, bool) { v, ok := env[k]; return v, ok }
	// Preflight plans and checks everything without sending.
	if _, err := runner.Preflight([]*suites.Suite{s}, runner.Options{Getenv: getenv}); err != nil {
		t.Fatalf("Preflight: %v; want no error (production never uses machine)", err)
	}
	used := coreSuite(t, strings.Replace(yaml, "only: [lan]", "only: [lan, production]", 1))
	_, err := runner.Preflight([]*suites.Suite{used}, runner.Options{Getenv: getenv})
	if msg := fmt.Sprint(err); !strings.Contains(secret.Plain(msg), "token_url resolves to") || !strings.Contains(msg, "production") || strings.Contains(msg, "environment lan") {
		t.Errorf("Preflight with production using machine: %v; want one token_url error for production", err)
	}
	// The selection of the run, not only only:, says what is sent: with
	// --filter or --kind leaving out the scenario that uses machine, the
	// token endpoint is never reached. (Preflight with --filter builds the
	// test cases as a run does; with --kind alone it does not.)
	usedFailure := coreSuite(t, strings.Replace(yaml, "only: [lan]", "only: [lan, production]\n    kind: failure", 1))
	for _, opt := range []runner.Options{{Filter: regexp.MustCompile("^health$")}, {Filter: regexp.MustCompile("^lan"), Envs: []string{"lan"}}, {Kinds: []string{"happy"}}} {
		opt.Getenv = getenv
		if _, err := runner.Preflight([]*suites.Suite{usedFailure}, opt); err != nil {
			t.Errorf("Preflight with --filter %v --kind %v --env %v: %v; want no error (the selection never sends machine to production)", opt.Filter, opt.Kinds, opt.Envs, err)
		}
	}
}

// A url that only a capture makes known is judged once resolved: a secret
// in the request's headers (here an API key) is not sent over plain http
// to another host; the step is an error and nothing is dialled.
func TestCleartextSecretToCapturedURL(t *testing.T) {
	srv := coreServer(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprint(w, `{"next": "http://api.example.invalid"}`)
	})
	s := coreSuite(t, `version: 1
name: Captured
environments:
  local:
    base_url: @URL@
scenarios:
  - name: follows a link
    kind: recovery
    steps:
      - request: { method: GET, path: /start }
        capture: { next: next }
      - request:
          method: GET
          url: "${next}/v1/me"
          headers: { X-Api-Key: "${API_KEY}" }
`, "URL", srv.URL)
	var dialled []string
	tr := http.DefaultTransport.(*http.Transport).Clone()
	dial := tr.DialContext
	tr.DialContext = func(ctx context.Context, network, addr string) (net.Conn, error) {
		dialled = append(dialled, addr)
		if !strings.HasPrefix(addr, "127.0.0.1:") {
			return nil, errors.New("test: refusing to dial " + addr)
		}
		return dial(ctx, network, addr)
	}
	const key = "key_Captured_url_39af0d"
	rep := coreRun(t, runner.Options{Transport: tr, Getenv: func(n string) (string, bool) { return key, n == "API_KEY" }}, s)
	r := rep.Results[0]
	if r.Status != results.Errored || !strings.Contains(secret.Plain(r.Message), "step 2: refusing to send ${API_KEY} (a secret) in clear text to ") {
		t.Errorf("status %s, message %q; want an error refusing to send ${API_KEY}", r.Status, r.Message)
	}
	if strings.Contains(r.Message, key) {
		t.Errorf("message shows the key: %q", r.Message)
	}
	for _, a := range dialled {
		if !strings.HasPrefix(a, "127.0.0.1:") {
			t.Errorf("dialled %s", a)
		}
	}
}

// A skipped scenario (skip:) sends nothing, so nothing of it travels in
// clear text: its plain-http url is no error, in a run or in lint, and
// the other scenarios run. Its neighbour, the same scenario not skipped,
// stops the run.
func TestInsecureSkippedScenarioSendsNothing(t *testing.T) {
	hits := &coreCounter{}
	srv := coreServer(t, func(w http.ResponseWriter, r *http.Request) { hits.hit(r.URL.Path) })
	const yaml = `version: 1
name: Skipped
environments:
  local: { base_url: @A@, vars: { OTHER_API: "http://other.example.com", API_TOKEN: tok_skipped_secret_1 } }
credentials: { tok: { type: bearer, token: "${API_TOKEN}" } }
scenarios:
  - name: health
    request: { method: GET, path: /health }
  - name: partner orders
    auth: tok
    skip: the partner API is not open yet
    request: { method: GET, url: "${OTHER_API}/v1/orders" }
`
	s := coreSuite(t, yaml, "A", srv.URL)
	rep := coreRun(t, runner.Options{}, s)
	coreWantStatus(t, coreResult(t, rep, "local", "health"), results.Passed)
	coreWantStatus(t, coreResult(t, rep, "local", "partner orders"), results.Skipped)
	if hits.total() != 1 {
		t.Errorf("requests sent: %s; want /health alone", hits)
	}
	if _, err := runner.Preflight([]*suites.Suite{s}, runner.Options{Getenv: coreNoEnv}); err != nil {
		t.Errorf("Preflight (lint): %v", err)
	}

	sent := coreSuite(t, strings.Replace(yaml, "    skip: the partner API is not open yet\n", "", 1), "A", srv.URL)
	_, err := runner.Run(t.Context(), []*suites.Suite{sent}, runner.Options{Getenv: coreNoEnv})
	var errs suites.Errors
	if !errors.As(err, &errs) || len(errs) != 1 || !strings.Contains(secret.Plain(errs[0].Error()), "url resolves to") {
		t.Errorf("not skipped: Run error = %v, want the url's clear-text error", err)
	}
	if hits.total() != 1 {
		t.Errorf("requests sent: %s; want none more", hits)
	}
	secrettest.NoForms(t, err.Error(), "tok_skipped_secret_1")
	for _, r := range rep.Results {
		secrettest.NoForms(t, r.Message, "tok_skipped_secret_1")
	}
}
