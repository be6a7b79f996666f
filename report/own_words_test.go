package report

import (
	"bytes"
	"io"
	"strings"
	"testing"

	"github.com/authspec/authspec/results"
	"github.com/authspec/authspec/secret"
	"github.com/authspec/authspec/vocab"
)

// TestOwnWordsInEverySink: a secret equal to a word of a cause code, a
// kind, a probe, a method, a severity, a status or a suite file's path
// never rewrites it, in any sink; a message's values are still redacted.
func TestOwnWordsInEverySink(t *testing.T) {
	sinks := []struct {
		name  string
		write func(io.Writer, *results.Report) error
		want  []string
	}{
		{"console", console(ConsoleOptions{Verbose: true}), []string{"[credential_rejected] the API did not accept the credential (credential)", "[credential_too_short]", "GET ", "suites/words.yaml:9:5: warning: "}},
		{"junit", JUnit, []string{"[credential_rejected]", "the API did not accept the credential (credential)", `file="suites/words.yaml"`}},
		{"json", JSON, []string{`"cause": "credential_rejected"`, `"cause": "credential_too_short"`, `"kind": "happy"`, `"probe": "invalid"`, `"method": "GET"`, `"credential": "credential"`, `"severity": "warning"`, `"file": "suites/words.yaml"`, `"status": "failed"`}},
		{"github", GitHubAnnotations, []string{"[credential_rejected] the API did not accept the credential (credential)", "::warning file=suites/words.yaml,line=9,col=5,title=credential_too_short"}},
		{"summary", StepSummary, []string{"`credential_rejected`", "- **warning** `credential_too_short` suites/words.yaml:9:5: ", "| Words | failed |"}},
		{"metrics", Metrics, []string{`cause="credential_rejected"`}},
	}
	for _, word := range []string{"credential", "rejected", "happy", "invalid", "GET", "too", "warning", "failed", "suites", "words"} {
		for _, s := range sinks {
			t.Run(word+"/"+s.name, func(t *testing.T) {
				r := ownWordsReport(word)
				var b bytes.Buffer
				if err := s.write(&b, r); err != nil {
					t.Fatal(err)
				}
				out := b.String()
				for _, w := range s.want {
					if !strings.Contains(out, w) {
						t.Errorf("%s output lacks %q:\n%s", s.name, w, out)
					}
				}
				if strings.Contains(out, "sha256:"+secret.Fingerprint(word)+"]_") || strings.Contains(out, "_[") {
					t.Errorf("a cause code was rewritten:\n%s", out)
				}
				if strings.Contains(out, "server echoed "+word) {
					t.Errorf("the value in a message was not redacted:\n%s", out)
				}
			})
		}
	}
}

// ownWordsReport is one failed probe whose secret is word.
func ownWordsReport(word string) *results.Report {
	red := &secret.Redactor{}
	red.Add("ADMIN_PASSWORD", word)
	msg := string(secret.Textf("the API did not accept the credential%s: server echoed %s", secret.Lit(" (credential)"), word))
	return &results.Report{Redactor: red, StartedAt: fixedStart, Results: []*results.Result{{
		Suite: "Words", File: "suites/words.yaml", Line: 12, ScenarioKind: vocab.KindHappy, Environment: "local",
		Scenario: "admin lists users", Name: "admin lists users [probe: invalid]", Probe: vocab.ProbeInvalid, Credential: "credential",
		Status: results.Failed, Kind: results.AssertionFailure, Message: "status: expected 2xx, got 401 Unauthorized",
		Steps:     []results.Step{{Method: "GET", URL: "http://127.0.0.1:1/admin/users", Endpoint: "GET /admin/users", StatusCode: 401}},
		Diagnosis: []results.Cause{{Code: "credential_rejected", Message: msg}},
		Warnings: []results.Finding{{File: "suites/words.yaml", Line: 9, Col: 5, Severity: results.SeverityWarning,
			Code: "credential_too_short", Message: "ADMIN_PASSWORD is short", Env: "local", Credential: "credential"}},
	}}, Findings: []results.Finding{{File: "suites/words.yaml", Line: 9, Col: 5, Severity: results.SeverityWarning,
		Code: "credential_too_short", Message: "ADMIN_PASSWORD is short", Env: "local", Credential: "credential", Variable: "ADMIN_PASSWORD"}}}
}
