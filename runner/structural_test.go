package runner_test

import (
	"errors"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/authspec/authspec/results"
	"github.com/authspec/authspec/runner"
	"github.com/authspec/authspec/secret"
	"github.com/authspec/authspec/secret/secrettest"
	"github.com/authspec/authspec/suites"
)

// An api_key whose header name is a variable (`header: ${KEY_HEADER}`) is
// compared with the headers a request writes once an environment resolves
// it, as loading compares a literal name: where it resolves to a header
// the request writes (its own, or its defaults'), the run stops before
// anything is sent (a structural error, exit 2) naming the header, the
// credential and how it names the header. Neighbours: an environment
// where it resolves to another header runs and sends both; a skipped
// scenario sends nothing, so it replaces nothing; lint (Preflight) stops
// too.
func TestResolvedKeyHeaderOverwritesWritten(t *testing.T) {
	const key = "pk_live_4Rt7Yu9Io1Pa3Sd5"
	var mu sync.Mutex
	var got []http.Header
	srv := coreServer(t, func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		got = append(got, r.Header.Clone())
		mu.Unlock()
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write([]byte(`{"orders":[]}`))
	})
	s := coreSuite(t, `version: 1
name: partner
defaults:
  headers: { X-Partner-Key: from-defaults }
environments:
  staging: { base_url: @A@, vars: { KEY_HEADER: x-api-key, PARTNER_KEY: `+key+` } }
  sandbox: { base_url: @A@, vars: { KEY_HEADER: X-Partner-Key, PARTNER_KEY: `+key+` } }
  prod: { base_url: @A@, vars: { KEY_HEADER: X-Key, PARTNER_KEY: `+key+` } }
credentials:
  partner: { type: api_key, header: "${KEY_HEADER}", key: "${PARTNER_KEY}" }
scenarios:
  - name: orders
    auth: partner
    request: { method: GET, path: /v1/orders, headers: { X-API-Key: written-by-hand } }
  - name: refunds
    auth: partner
    skip: the refunds API is not open yet
    request: { method: GET, path: /v1/refunds, headers: { X-Key: written-by-hand } }
`, "A", srv.URL)
	opt := runner.Options{Getenv: coreNoEnv}
	_, err := runner.Run(t.Context(), []*suites.Suite{s}, opt)
	var errs suites.Errors
	if !errors.As(err, &errs) {
		t.Fatalf("Run error = %v, want suites.Errors", err)
	}
	if len(errs) != 2 {
		t.Fatalf("got %d errors, want 2 (sandbox's defaults header, staging's request header; by position):\n%v", len(errs), errs)
	}
	for i, want := range []struct {
		line int
		text string
	}{
		{4, `header "X-Partner-Key" from defaults is also set by credential "partner" (its header: ${KEY_HEADER} in environment sandbox), whose value would replace this one; scenario "orders" sends that credential`},
		{14, `header "X-API-Key" is also set by credential "partner" (its header: ${KEY_HEADER} in environment staging), whose value would replace this one; to send it as written, set ` + "`auth: none`"},
	} {
		if msg := secret.Plain(errs[i].Error()); errs[i].Pos.Line != want.line || !strings.Contains(msg, want.text) {
			t.Errorf("error %d at line %d: %q\nwant line %d and %q", i, errs[i].Pos.Line, msg, want.line, want.text)
		}
	}
	secrettest.NoForms(t, errs.Error(), key)
	if len(got) != 0 {
		t.Errorf("%d requests sent; want none", len(got))
	}
	if _, err := runner.Preflight([]*suites.Suite{s}, opt); !errors.As(err, &errs) || len(errs) != 2 {
		t.Errorf("Preflight (lint) error = %v, want the same 2 errors", err)
	}

	// prod's header is another: the run goes, sending the key and the
	// header as written, each under its own name (the skipped scenario
	// writes X-Key itself and sends nothing).
	opt.Envs = []string{"prod"}
	rep := coreRun(t, opt, s)
	coreWantStatus(t, coreResult(t, rep, "prod", "orders"), results.Passed)
	if len(got) != 1 || got[0].Get("X-Key") != key || got[0].Get("X-API-Key") != "written-by-hand" || got[0].Get("X-Partner-Key") != "from-defaults" {
		t.Errorf("sent %v; want one request with X-Key, X-API-Key and X-Partner-Key", got)
	}
}

// An env file that cannot be parsed stops the run before anything is
// sent, in every environment (local's cases are fine, and wait too): the
// plan lays out the cases and checks them (clear text, header clashes)
// before it stops, so that one run reports every structural error, but
// sends none of them.
func TestEnvFileFailureSendsNothing(t *testing.T) {
	const token = "unterminated-tok-Xy7Q2w"
	hits := &coreCounter{}
	srv := coreServer(t, func(w http.ResponseWriter, r *http.Request) { hits.hit(r.URL.Path) })
	dir := t.TempDir()
	coreWrite(t, dir, ".env.staging", "API_TOKEN=\""+token+"\n")
	s := coreSuiteIn(t, dir, "suite.yaml", `version: 1
name: broken env file
environments:
  staging: { base_url: @A@, env_file: .env.staging }
  local: { base_url: @A@, vars: { API_TOKEN: local-tok-8Hj3Kd9s } }
credentials: { tok: { type: bearer, token: "${API_TOKEN}" } }
scenarios:
  - name: read
    auth: tok
    request: { method: GET, path: /v1/me }
`, "A", srv.URL)
	_, err := runner.Run(t.Context(), []*suites.Suite{s}, runner.Options{Getenv: coreNoEnv})
	var errs suites.Errors
	if !errors.As(err, &errs) || len(errs) != 1 || !strings.Contains(errs[0].Msg, ".env.staging cannot be parsed") {
		t.Fatalf("Run error = %v, want the env file's error alone", err)
	}
	secrettest.NoForms(t, errs.Error(), token)
	if hits.total() != 0 {
		t.Errorf("requests sent: %s; want none", hits)
	}
}

// An api_key whose query parameter name is a variable (`query:
// ${KEY_PARAM}`) is compared at run time with the query parameters a
// request writes, as a header name written as a variable is: where it
// resolves to one the request writes, the run stops before anything is
// sent. Query names are case-sensitive, so an environment where it
// resolves to another case (API_KEY) runs and sends both. The name
// comes from an env file, so it is a secret: the error shows it as a
// label, and the sentence around it is intact.
func TestResolvedKeyQueryOverwritesWritten(t *testing.T) {
	const key = "pk_live_7Hg5Fd3Sa1Qw9Er2"
	hits := &coreCounter{}
	var mu sync.Mutex
	var queries []string
	srv := coreServer(t, func(w http.ResponseWriter, r *http.Request) {
		hits.hit(r.URL.Path)
		mu.Lock()
		queries = append(queries, r.URL.RawQuery)
		mu.Unlock()
	})
	dir := t.TempDir()
	coreWrite(t, dir, ".env.staging", "KEY_PARAM=api_key\nPARTNER_KEY="+key+"\n")
	coreWrite(t, dir, ".env.prod", "KEY_PARAM=API_KEY\nPARTNER_KEY="+key+"\n")
	s := coreSuiteIn(t, dir, "suite.yaml", `version: 1
name: partner
environments:
  staging: { base_url: @A@, env_file: .env.staging }
  prod: { base_url: @A@, env_file: .env.prod }
credentials:
  partner: { type: api_key, query: "${KEY_PARAM}", key: "${PARTNER_KEY}" }
scenarios:
  - name: orders
    auth: partner
    request: { method: GET, path: /v1/orders, query: { api_key: written-by-hand, page: "2" } }
`, "A", srv.URL)
	opt := runner.Options{Getenv: coreNoEnv, Redactor: &secret.Redactor{}}
	_, err := runner.Run(t.Context(), []*suites.Suite{s}, opt)
	var errs suites.Errors
	if !errors.As(err, &errs) || len(errs) != 1 {
		t.Fatalf("Run error = %v, want one error (staging's query parameter)", err)
	}
	out := secret.Render(opt.Redactor, errs.Error())
	want := `suite.yaml:11:65: query parameter "[KEY_PARAM sha256:` + secret.Fingerprint("api_key") + `]" is also set by credential "partner" (its query: ${KEY_PARAM} in environment staging), whose value would replace this one; to send it as written, set ` + "`auth: none`"
	if !strings.Contains(out, want) {
		t.Errorf("error:\n%s\nwant it to hold:\n%s", out, want)
	}
	secrettest.NoForms(t, out, key)
	if hits.total() != 0 {
		t.Errorf("requests sent: %s; want none", hits)
	}
	if _, err := runner.Preflight([]*suites.Suite{s}, opt); !errors.As(err, &errs) || len(errs) != 1 {
		t.Errorf("Preflight (lint) error = %v, want the same error", err)
	}

	opt.Envs = []string{"prod"}
	rep := coreRun(t, opt, s)
	coreWantStatus(t, coreResult(t, rep, "prod", "orders"), results.Passed)
	if len(queries) != 1 || !strings.Contains(queries[0], "api_key=written-by-hand") || !strings.Contains(queries[0], "API_KEY="+key) {
		t.Errorf("sent queries %q; want one with api_key as written and API_KEY the key", queries)
	}
}

// A header-clash error found at run time holds a name that came from an
// environment (a secret when an env file gives it): the name is redacted,
// and authspec's own sentence and the credential's name are not, even
// when the secret is a word the sentence uses ("credential", "this").
func TestResolvedClashKeepsOwnWords(t *testing.T) {
	for _, name := range []string{"credential", "this", "X-Hidden-Hdr-Q7w8e9r0"} {
		t.Run(name, func(t *testing.T) {
			const key = "pk_live_2Zx4Cv6Bn8Mm0Lk9"
			dir := filepath.Join(t.TempDir(), name) // the suite's path holds the secret's word too
			if err := os.Mkdir(dir, 0o755); err != nil {
				t.Fatal(err)
			}
			coreWrite(t, dir, ".env", "KEY_HEADER="+name+"\nPARTNER_KEY="+key+"\n")
			s := coreSuiteIn(t, dir, "suite.yaml", `version: 1
name: partner
environments:
  staging: { base_url: http://127.0.0.1:1, env_file: .env }
credentials:
  partner: { type: api_key, header: "${KEY_HEADER}", key: "${PARTNER_KEY}" }
scenarios:
  - name: orders
    auth: partner
    request: { method: GET, path: /v1/orders, headers: { `+name+`: "${PARTNER_KEY}" } }
`)
			opt := runner.Options{Getenv: coreNoEnv, Redactor: &secret.Redactor{}}
			_, err := runner.Run(t.Context(), []*suites.Suite{s}, opt)
			var errs suites.Errors
			if !errors.As(err, &errs) || len(errs) != 1 {
				t.Fatalf("Run error = %v, want one error", err)
			}
			out := secret.Render(opt.Redactor, errs.Error())
			want := `header "[KEY_HEADER sha256:` + secret.Fingerprint(name) + `]" is also set by credential "partner" (its header: ${KEY_HEADER} in environment staging), whose value would replace this one; to send it as written, set ` + "`auth: none` on this step or scenario, else remove it"
			if !strings.Contains(out, want) {
				t.Errorf("error:\n%s\nwant it to hold:\n%s", out, want)
			}
			at := filepath.Join(dir, "suite.yaml") + ":10:"
			if !strings.HasPrefix(out, at) {
				t.Errorf("error:\n%s\nwant it to start with the suite's path as written, %s", out, at)
			}
			secrettest.NoForms(t, out, key)
			if !strings.Contains(want, name) { // "credential" and "this" are words of the sentence
				secrettest.NoForms(t, strings.TrimPrefix(out, at), name)
			}
			requireRedacts(t, opt.Redactor, name)
		})
	}
}
