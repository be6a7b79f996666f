package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/authspec/authspec/secret"
	"github.com/authspec/authspec/secret/secrettest"
)

// TestCoverageWriteFailureKeepsItsWords: coverage's message for an output
// it could not write (here the step summary, a directory) names the
// variable in authspec's words, which a secret the redactor knows
// (one that is that name, or "write") does not rewrite; the path is a value, redacted
// (a directory named with a long secret is shown as its label).
func TestCoverageWriteFailureKeepsItsWords(t *testing.T) {
	const long = "Summary-Dir-S3cret-77q"
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	api := write("openapi.yaml", "openapi: 3.0.3\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /x:\n    get:\n      responses: { '200': { description: ok } }\n")
	suite := write("suites/s.yaml", "version: 1\nname: s\nenvironments: { e: { base_url: \"http://127.0.0.1:1\" } }\n"+
		"scenarios:\n  - { name: x, request: { method: GET, path: /x } }\n")
	summary := filepath.Join(dir, long)
	if err := os.Mkdir(summary, 0o755); err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	c := newCommand(strings.NewReader(""), &out, &errOut, func(k string) string {
		if k == "GITHUB_STEP_SUMMARY" {
			return summary
		}
		return ""
	})
	c.redactor.Add("W", "write")
	c.redactor.Add("S", "GITHUB_STEP_SUMMARY")
	c.redactor.Add("L", long)
	if code := c.exitCode(c.coverage([]string{"--openapi", api, "--github", filepath.Dir(suite)})); code != ExitFailed {
		t.Errorf("exit %d, want %d:\n%s", code, ExitFailed, errOut.String())
	}
	got := errOut.String()
	secrettest.NoForms(t, got+out.String(), long)
	want := "authspec coverage: could not write GITHUB_STEP_SUMMARY: open " + filepath.Dir(summary) + "/" + secret.Label("L", long) + ": is a directory"
	if !strings.Contains(got, want) {
		t.Errorf("stderr %q\nwant it to hold %q", got, want)
	}
}
