package runner_test

import (
	"strings"
	"testing"

	"github.com/authspec/authspec/runner"
	"github.com/authspec/authspec/secret"
	"github.com/authspec/authspec/secret/secrettest"
	"github.com/authspec/authspec/suites"
)

// The *_words tests check that authspec's own words survive a secret that
// is one of them. They share the suite's preamble (wordsSuite) and the
// guard that makes them mean something (requireRedacts).

// wordsSuite loads a suite named name whose environment staging sends to
// base and reads the env file .env, holding env; rest is the YAML after
// the environments (credentials, scenarios), where "@KEY@" is replaced as
// coreSuite does. The options run it with no process environment and a
// fresh redactor.
func wordsSuite(t *testing.T, name, base, env, rest string, kv ...string) (*suites.Suite, runner.Options) {
	t.Helper()
	dir := t.TempDir()
	coreWrite(t, dir, ".env", env)
	s := coreSuiteIn(t, dir, "suite.yaml", "version: 1\nname: "+name+"\nenvironments:\n  staging: { base_url: @BASE@, env_file: .env }\n"+rest,
		append([]string{"BASE", base}, kv...)...)
	return s, runner.Options{Getenv: coreNoEnv, Redactor: &secret.Redactor{}}
}

// requireRedacts stops the test unless r replaces pw, in text authspec
// did not write, by the label it keeps for it: a password the redactor
// left in other text (not known, or too short to be looked for) would
// make a check that the password did not rewrite authspec's words pass
// without showing anything.
func requireRedacts(t testing.TB, r *secret.Redactor, pw string) {
	t.Helper()
	if !r.Known(pw) {
		t.Fatalf("the run did not make %q a secret: the test shows nothing", pw)
	}
	label := secret.Plain(string(r.Value("", pw)))
	if got, want := secret.Render(r, "a "+pw+" here"), "a "+label+" here"; got != want {
		t.Fatalf("the redactor gives %q for %q in other text, want %q: the test shows nothing", got, pw, want)
	}
}

// wordAndLongSecret runs out, which returns what a run showed, with a
// secret that is one of authspec's words (word) and with a long one: each
// time the output holds every want, authspec's words kept literal, and no
// form of the long secret is shown (a secret that is a word of the
// message is in it as authspec's word, so only the long one can be
// looked for).
func wordAndLongSecret(t *testing.T, word string, out func(t *testing.T, v string) string, want ...string) {
	t.Helper()
	for name, v := range map[string]string{"a word of the message": word, "long secret": "Long-Secret-Q8w2-7731"} {
		t.Run(name, func(t *testing.T) {
			got := out(t, v)
			for _, w := range want {
				if !strings.Contains(got, w) {
					t.Errorf("output lacks %q:\n%s", w, got)
				}
			}
			if v != word {
				secrettest.NoForms(t, got, v)
			}
		})
	}
}
