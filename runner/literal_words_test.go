package runner_test

import (
	"context"
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"

	"github.com/authspec/authspec/report"
	"github.com/authspec/authspec/results"
	"github.com/authspec/authspec/runner"
	"github.com/authspec/authspec/secret"
	"github.com/authspec/authspec/secret/secrettest"
	"github.com/authspec/authspec/suites"
)

// authspec's own words and the file:line:col it points at are literal:
// a secret that is one of them (a short token "exist", "suite") rewrites
// none, in the preflight's findings nor in a cause's evidence.
func TestRunnerWordsAndPositionsLiteral(t *testing.T) {
	for _, tc := range []struct {
		name, env string
		vars      map[string]string
		want      []string
	}{
		{"an env file that does not exist", ", env_file: .env.missing", map[string]string{"OTHER_TOKEN": "exist"},
			[]string{"/.env.missing does not exist; API_KEY, missing in environment \"a\", would have been looked for there [credential_missing]"}},
		{"an env file that does not exist, beside a long secret", ", env_file: .env.missing", map[string]string{"OTHER_TOKEN": "Long-Other-Token-77x1"},
			[]string{"/.env.missing does not exist; API_KEY, missing in environment \"a\", would have been looked for there [credential_missing]"}},
		{"a newline's evidence", "", map[string]string{"API_KEY": "line-one-abc\nInjected-yes", "OTHER_TOKEN": "suite"},
			[]string{"[whitespace_in_credential] API_KEY has a newline inside", "/suite.yaml:4:55\n"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			srv := coreServer(t, func(w http.ResponseWriter, r *http.Request) {})
			s := coreSuite(t, "version: 1\nname: words\nenvironments: { a: { base_url: @A@@ENV@ } }\n"+
				"credentials: { k: { type: api_key, header: X-Api-Key, key: \"${API_KEY}\" } }\n"+
				"scenarios:\n  - { name: c, auth: k, request: { method: GET, path: /x, headers: { X-Other: \"${OTHER_TOKEN}\" } } }\n",
				"A", srv.URL, "ENV", tc.env)
			rep := coreRun(t, runner.Options{Redactor: &secret.Redactor{},
				Getenv: func(k string) (string, bool) { v, ok := tc.vars[k]; return v, ok }}, s)
			var c strings.Builder
			if err := report.Console(&c, rep, report.ConsoleOptions{}); err != nil {
				t.Fatal(err)
			}
			for _, v := range tc.vars {
				if len(v) >= 8 { // a short one is one of the words, as authspec's
					secrettest.NoForms(t, c.String(), append(strings.Split(v, "\n"), v)...)
				}
			}
			for _, w := range tc.want {
				if !strings.Contains(c.String(), w) {
					t.Errorf("console output lacks %q:\n%s", w, c.String())
				}
			}
		})
	}
}

// A certificate the environment does not trust: the sentence that says so
// is authspec's, whatever a secret's value ("trust"); the certificate's
// names stay values.
func TestRunnerTLSDetailLiteral(t *testing.T) {
	wordAndLongSecret(t, "trust", func(t *testing.T, token string) string {
		srv := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {}))
		t.Cleanup(srv.Close)
		srv.Config.ErrorLog = log.New(io.Discard, "", 0) // the refused handshake, expected
		s := coreSuite(t, "version: 1\nname: words\nenvironments: { a: { base_url: @A@ } }\n"+
			"scenarios:\n  - { name: c, request: { method: GET, path: /x, headers: { X-Other: \"${OTHER_TOKEN}\" } } }\n", "A", srv.URL)
		rep := coreRun(t, runner.Options{Redactor: &secret.Redactor{},
			Getenv: func(k string) (string, bool) { return token, k == "OTHER_TOKEN" }}, s)
		var c strings.Builder
		if err := report.Console(&c, rep, report.ConsoleOptions{}); err != nil {
			t.Fatal(err)
		}
		return c.String()
	}, "TLS: TLS handshake failed: the server's certificate (O=Acme Co, issued by O=Acme Co) is signed by a CA this environment does not trust; set tls.ca_file")
}

// An interrupted run says so in authspec's words, for the case in flight
// and the cases not started, whatever a secret's value ("interrupted").
func TestRunnerInterruptedWordsLiteral(t *testing.T) {
	wordAndLongSecret(t, "interrupted", func(t *testing.T, token string) string {
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		srv := coreServer(t, func(w http.ResponseWriter, r *http.Request) {
			cancel()
			<-r.Context().Done()
		})
		s := coreSuite(t, "version: 1\nname: words\nenvironments: { a: { base_url: @A@ } }\nscenarios:\n"+
			"  - { name: c1, request: { method: GET, path: /x, headers: { X-Other: \"${OTHER_TOKEN}\" } } }\n"+
			"  - { name: c2, request: { method: GET, path: /x } }\n", "A", srv.URL)
		rep, err := runner.Run(ctx, []*suites.Suite{s}, runner.Options{Parallel: 1, Redactor: &secret.Redactor{},
			Getenv: func(k string) (string, bool) { return token, k == "OTHER_TOKEN" }})
		if err != nil {
			t.Fatal(err)
		}
		var c strings.Builder
		if err := report.Console(&c, rep, report.ConsoleOptions{}); err != nil {
			t.Fatal(err)
		}
		return c.String()
	}, "interrupted while its request was in flight", "the run was interrupted before this test case started")
}

// A base_url from the environment that has no host: the preflight's error
// is authspec's sentence, whatever a secret's value ("host"), and the only
// one.
func TestRunnerBaseURLCheckLiteral(t *testing.T) {
	wordAndLongSecret(t, "host", func(t *testing.T, pw string) string {
		s, opt := wordsSuite(t, "base words", `"${BASE_URL}"`, "PW="+pw+"\nBASE_URL=http://\n", `credentials:
  b: { type: basic, username: admin, password: "${PW}" }
scenarios:
  - { name: c, auth: b, request: { method: GET, path: /x } }
`)
		_, err := runner.Run(context.Background(), []*suites.Suite{s}, opt)
		if err == nil {
			t.Fatal("the run started with a base_url that has no host")
		}
		requireRedacts(t, opt.Redactor, pw)
		msg := secret.Render(opt.Redactor, err.Error())
		if strings.Contains(msg, "\n") {
			// Only that: no "base_url resolves to http:, which would send
			// credentials in clear text" for a URL that goes nowhere.
			t.Errorf("more errors than the missing host's:\n%s", msg)
		}
		return msg
	}, "suite.yaml:4:24: base_url has no host (after resolving ${BASE_URL})")
}

// A `matches` pattern valid at load that is not once its variables are in
// (a repeat count ${N} of 1001) fails its step in authspec's words, which a
// secret that is one of them ("expression") does not rewrite, stating the
// pattern as the suite wrote it: the expanded pattern holds each value
// escaped for the regexp (a token "Secret.Part…" as "Secret\.Part…"), a
// form the redactor does not look for.
func TestExpandedRegexpErrorShowsNoValue(t *testing.T) {
	const want = `matches: the regular expression "^${TOKEN}{${N}}$" is not valid once its variables are filled in: invalid repeat count`
	for name, token := range map[string]string{"dotted": "Secret.Part.Q8w2-7731", "word": "expression"} {
		t.Run(name, func(t *testing.T) { // not the token: it would be in the suite's path
			srv := coreServer(t, func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Type", "application/json")
				io.WriteString(w, `{"id":"x"}`)
			})
			s, opt := wordsSuite(t, "regexp words", srv.URL, "TOKEN="+token+"\nN=1001\n", `scenarios:
  - name: c
    request: { method: GET, path: /x, headers: { X-Token: "${TOKEN}" } }
    expect: { body: { id: { matches: "^${TOKEN}{${N}}$" } } }
`)
			rep := coreRun(t, opt, s)
			coreWantStatus(t, coreResult(t, rep, "staging", "c"), results.Failed)
			requireRedacts(t, opt.Redactor, token)
			var c strings.Builder
			if err := report.Console(&c, rep, report.ConsoleOptions{}); err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(c.String(), want) {
				t.Errorf("console output lacks %q:\n%s", want, c.String())
			}
			if token != "expression" { // that one is a word of the message
				secrettest.NoForms(t, c.String(), token)
				if escaped := regexp.QuoteMeta(token); strings.Contains(c.String(), escaped) {
					t.Errorf("console output holds the token escaped for the regexp, %q:\n%s", escaped, c.String())
				}
			}
		})
	}
}
