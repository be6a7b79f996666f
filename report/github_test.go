package report

import (
	"bytes"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/authspec/authspec/results"
	"github.com/authspec/authspec/secret"
)

func TestEscape(t *testing.T) {
	if got := escapeData("100% done\r\nnext: a,b"); got != "100%25 done%0D%0Anext: a,b" {
		t.Errorf("data: %q", got)
	}
	if got := escapeProperty("a%b\r\nc:d,e"); got != "a%25b%0D%0Ac%3Ad%2Ce" {
		t.Errorf("property: %q", got)
	}
}

func TestGitHubAnnotations(t *testing.T) {
	out, _ := render(t, GitHubAnnotations)
	for _, want := range []string{
		"::error file=suites/pay.yaml,line=31,title=valid token reads the account [probe%3A previous] [staging]::SecurityFailure: ",
		"%0A[credential_not_checked] ",
		"::warning file=suites/admin.yaml,line=8,col=12,title=jwt_expiring [production]::ADMIN_TOKEN expires",
		"::error file=suites/pay.yaml,line=17,col=12,title=credential_missing [production]::",
		"title=admin lists users [production]::AssertionFailure: status: expected 200, got 401%0A[jwt_expired] The token expired 3 days ago",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("annotations lack %q\n%s", want, out)
		}
	}
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		if !strings.HasPrefix(l, "::error ") && !strings.HasPrefix(l, "::warning ") {
			t.Errorf("not a workflow command: %q", l)
		}
	}
}

func TestGitHubAnnotationsCap(t *testing.T) {
	st := struct{ File, Name string }{"s.yaml", "S"}
	r := &results.Report{}
	for i := range MaxAnnotations + 7 {
		r.Results = append(r.Results, &results.Result{Suite: st.Name, File: st.File, Environment: "e", Name: fmt.Sprintf("case %d", i),
			Line: i + 1, Status: results.Failed, Message: "status: expected 200, got 500"})
	}
	r.Results = append(r.Results, &results.Result{Suite: st.Name, File: st.File, Environment: "e", Name: "ok", Status: results.Passed})
	var b bytes.Buffer
	if err := GitHubAnnotations(&b, r); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(b.String()), "\n")
	if len(lines) != MaxAnnotations {
		t.Fatalf("%d lines, want %d", len(lines), MaxAnnotations)
	}
	if last := lines[len(lines)-1]; last != "::error::8 more failed test cases not annotated (GitHub shows 10 per step); see the step summary or the JUnit report" {
		t.Errorf("summary line %q", last)
	}
	for i, l := range lines[:MaxAnnotations-1] {
		if !strings.Contains(l, fmt.Sprintf("title=case %d [e]::", i)) {
			t.Errorf("annotation %d is %q, want case %d in order", i, l, i)
		}
	}

	// Exactly 10 fit: no counting line.
	r.Results = r.Results[len(r.Results)-1-MaxAnnotations:] // 10 failures and a pass
	b.Reset()
	if err := GitHubAnnotations(&b, r); err != nil {
		t.Fatal(err)
	}
	if out := b.String(); strings.Count(out, "::error ") != MaxAnnotations || strings.Contains(out, "more failed") {
		t.Errorf("10 failures: want 10 annotations and no counting line:\n%s", out)
	}
}

func TestGitHubMasker(t *testing.T) {
	red := &secret.Redactor{}
	red.Add("A", "known_at_start") // known before the run: the CI system has it
	var b bytes.Buffer
	var mu sync.Mutex
	w := writerFunc(func(p []byte) (int, error) { mu.Lock(); defer mu.Unlock(); return b.Write(p) })
	red.OnAdd(GitHubMasker(w))
	red.AddCredential("B", "line1 long\nline2 long")
	red.AddCredential("C", "100%,done:ok")
	red.AddCredential("D", "short")  // under 8 characters: would mask every "short" in the log
	red.Add("E", "application/json") // not a credential
	mu.Lock()
	out := b.String()
	mu.Unlock()
	for _, want := range []string{"::add-mask::line1 long%0Aline2 long\n",
		"::add-mask::line1 long\n", "::add-mask::line2 long\n", "::add-mask::100%25,done:ok\n"} {
		if !strings.Contains(out, want) {
			t.Errorf("lacks %q in\n%s", want, out)
		}
	}
	if strings.Contains(out, "known_at_start") || strings.Contains(out, "short") || strings.Contains(out, "application/json") {
		t.Errorf("a secret known before the run was masked again:\n%s", out)
	}
}

type writerFunc func([]byte) (int, error)

func (f writerFunc) Write(p []byte) (int, error) { return f(p) }

func TestStepSummary(t *testing.T) {
	out, _ := render(t, StepSummary)
	for _, want := range []string{
		"## authspec: 5 passed, 4 failed, 2 errors, 1 skipped",
		"| valid token reads the account \\[probe: previous\\] | staging | Payments API auth | failed (SecurityFailure) | probe previous: the API accepted the rotated-out credential (200) | `credential_not_checked` | suites/pay.yaml:31 |",
		"| staging | GET /v1/accounts/\\${account\\_id} | 3 | 2 | 1 | 0 | 0 | 0 |",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("summary lacks %q\n%s", want, out)
		}
	}
	if got := mdEscape("a|b<c>*d*`e`_f_$x"); got != "a\\|b\\<c\\>\\*d\\*\\`e\\`\\_f\\_\\$x" {
		t.Errorf("mdEscape: %q", got)
	}
}
