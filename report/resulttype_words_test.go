package report

import (
	"bytes"
	"io"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/authspec/authspec/internal/golden"
	"github.com/authspec/authspec/results"
	"github.com/authspec/authspec/secret"
	"github.com/authspec/authspec/secret/secrettest"
	"github.com/authspec/authspec/vocab"
)

// TestResultTypeKeptInEverySink: a result's type (CredentialMissing,
// TokenEndpoint, SecurityFailure) is authspec's vocabulary: long secrets
// "credential", "endpoint" and "security", which are matched inside words,
// leave it as written in every sink, and the values of the messages are
// still redacted.
func TestResultTypeKeptInEverySink(t *testing.T) {
	const echoed = "Zx9-echoed-Secret-Value-77"
	red := &secret.Redactor{}
	red.Add("ADMIN_PASSWORD", "credential")
	red.Add("TENANT", "endpoint")
	red.Add("TEAM_KEY", "security")
	red.Add("API_TOKEN", echoed)
	result := func(name string, st results.Status, k results.Kind, msg string) *results.Result {
		return &results.Result{Suite: "Types", File: "suites/types.yaml", Line: 7, ScenarioKind: vocab.KindHappy, Environment: "local",
			Scenario: name, Name: name, Credential: "admin", Status: st, Kind: k, Duration: 3 * time.Millisecond,
			Message: string(secret.Textf("%s %s", secret.Lit(msg), echoed))}
	}
	r := &results.Report{Redactor: red, StartedAt: fixedStart, Results: []*results.Result{
		result("needs a variable", results.Errored, results.CredentialMissing, "nothing sent; the server echoed"),
		result("gets a token", results.Errored, results.TokenEndpoint, "the token endpoint echoed"),
		result("no key is refused", results.Failed, results.SecurityFailure, "accepted; the server echoed"),
	}}
	for _, s := range []struct {
		file  string
		write func(io.Writer, *results.Report) error
		want  []string
	}{
		{"console.golden", console(ConsoleOptions{Verbose: true}), []string{"(error: CredentialMissing)", "(error: TokenEndpoint)", "[SecurityFailure]",
			"CredentialMissing: nothing sent; the server echoed [API_TOKEN sha256:", "TokenEndpoint: the token endpoint echoed [API_TOKEN sha256:", "SecurityFailure: accepted; the server echoed [API_TOKEN sha256:"}},
		{"junit.golden.xml", JUnit, []string{`type="CredentialMissing"`, `type="TokenEndpoint"`, `type="SecurityFailure"`}},
		{"json.golden.json", JSON, []string{`"type": "CredentialMissing"`, `"type": "TokenEndpoint"`, `"type": "SecurityFailure"`}},
		{"github.golden", GitHubAnnotations, []string{"::error file=suites/types.yaml,line=7,title=needs a variable [local]::CredentialMissing: nothing sent",
			"::error file=suites/types.yaml,line=7,title=gets a token [local]::TokenEndpoint: the token endpoint echoed", "::error file=suites/types.yaml,line=7,title=no key is refused [local]::SecurityFailure: accepted"}},
		{"summary.golden.md", StepSummary, []string{"| error (CredentialMissing) |", "| error (TokenEndpoint) |", "| failed (SecurityFailure) |"}},
	} {
		t.Run(s.file, func(t *testing.T) {
			var b bytes.Buffer
			if err := s.write(&b, r); err != nil {
				t.Fatal(err)
			}
			out := b.String()
			for _, w := range s.want {
				if !strings.Contains(out, w) {
					t.Errorf("output lacks %q:\n%s", w, out)
				}
			}
			secrettest.NoForms(t, out, echoed)
			golden.Compare(t, filepath.Join("testdata", "resulttype_words", s.file), []byte(out))
		})
	}
	if got := red.Redact("CredentialMissing TokenEndpoint SecurityFailure"); strings.Count(got, "sha256:") != 3 {
		t.Fatalf("the redactor leaves the secrets inside words (%q): the test shows nothing", got)
	}
}
