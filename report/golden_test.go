package report

import (
	"bytes"
	"io"
	"regexp"
	"strings"
	"testing"

	"github.com/authspec/authspec/results"
)

func render(t *testing.T, write func(io.Writer, *results.Report) error) (string, *results.Report) {
	t.Helper()
	r := fixture()
	var b bytes.Buffer
	if err := write(&b, r); err != nil {
		t.Fatal(err)
	}
	return b.String(), r
}

func console(opt ConsoleOptions) func(io.Writer, *results.Report) error {
	return func(w io.Writer, r *results.Report) error { return Console(w, r, opt) }
}

func TestGolden(t *testing.T) {
	cases := []struct {
		file  string
		write func(io.Writer, *results.Report) error
	}{
		{"console.golden", console(ConsoleOptions{})},
		{"console_color.golden", console(ConsoleOptions{Color: true})},
		{"console_verbose_github.golden", console(ConsoleOptions{Verbose: true, GitHubGroups: true})},
		{"junit.golden.xml", JUnit},
		{"json.golden.json", JSON},
		{"github.golden", GitHubAnnotations},
		{"summary.golden.md", StepSummary},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			out, r := render(t, c.write)
			noSecrets(t, r.Redactor, out)
			compareGolden(t, c.file, []byte(out))
			again, _ := render(t, c.write)
			if again != out {
				t.Error("output is not deterministic")
			}
		})
	}
}

var totalsLine = regexp.MustCompile(`(?m)^(\d+) passed, (\d+) failed, (\d+) errors, (\d+) skipped in \S+$`)

func TestConsole(t *testing.T) {
	plain, _ := render(t, console(ConsoleOptions{}))
	if strings.Contains(plain, "\x1b") {
		t.Error("plain console output contains an escape character")
	}
	m := totalsLine.FindStringSubmatch(plain)
	if m == nil || m[1] != "5" || m[2] != "4" || m[3] != "2" || m[4] != "1" {
		t.Errorf("totals line: %q", m)
	}
	for _, want := range []string{
		"Payments API auth [staging]  suites/pay.yaml",
		"  PASS   valid token reads the account  (12ms)",
		"  FAIL   valid token reads the account [probe: previous]  (9ms)  [SecurityFailure]",
		"  ERROR  admin lists users  (error: Unreachable)",
		"  SKIP   legacy export  (skipped: replaced by /v2/export)",
		"[jwt_expired] The token expired 3 days ago",
		"suites/admin.yaml:12  Admin API auth [production]",
	} {
		if !strings.Contains(plain, want) {
			t.Errorf("console output lacks %q", want)
		}
	}
	// Most likely cause first.
	if strings.Index(plain, "[jwt_expired]") > strings.Index(plain, "[server_invalid_token]") {
		t.Error("diagnosis is not in the given order")
	}

	color, _ := render(t, console(ConsoleOptions{Color: true}))
	if !strings.Contains(color, "\x1b[32mPASS") {
		t.Error("colour output has no coloured PASS")
	}
	if !totalsLine.MatchString(color) {
		t.Error("the totals line must stay uncoloured")
	}

	verbose, _ := render(t, console(ConsoleOptions{Verbose: true, GitHubGroups: true}))
	for _, want := range []string{
		"::group::Payments API auth [staging]", "::endgroup::",
		"> Authorization: Bearer [API_TOKEN sha256:",
		"< Set-Cookie: [Set-Cookie sha256:",
		"(body excerpt; ",
	} {
		if !strings.Contains(verbose, want) {
			t.Errorf("verbose output lacks %q", want)
		}
	}
	if strings.Contains(verbose, "s3ss10n_unknown_to_redactor") {
		t.Error("a session cookie was printed")
	}
	if strings.Count(verbose, "::group::") != strings.Count(verbose, "::endgroup::") {
		t.Error("unbalanced groups")
	}
}

func TestConsoleEmpty(t *testing.T) {
	var b bytes.Buffer
	if err := Console(&b, &results.Report{}, ConsoleOptions{}); err != nil {
		t.Fatal(err)
	}
	if got := b.String(); got != "No test cases ran.\n\n0 passed, 0 failed, 0 errors, 0 skipped in 0ms\n" {
		t.Errorf("got %q", got)
	}
}

func TestRequestTable(t *testing.T) {
	rows := requestTable(fixture())
	var got []string
	for _, r := range rows {
		got = append(got, strings.Join(r.cells(nil), "|"))
		if r.Requests != r.S2xx+r.S401+r.S403+r.Other+r.NoResponse {
			t.Errorf("%s %s: columns do not add up", r.Env, r.Endpoint)
		}
	}
	want := []string{
		"staging|GET /v1/accounts/${account_id}|3|2|1|0|0|0",
		"staging|DELETE /v1/accounts/${account_id}|1|0|0|0|1|0",
		"staging|POST /oauth2/token|1|1|0|0|0|0",
		"staging|GET /v1/me|1|1|0|0|0|0",
		"staging|GET /admin/users|1|0|0|0|0|1",
		"staging|DELETE /v1/accounts/1|1|0|0|1|0|0",
		"production|DELETE /v1/accounts/${account_id}|1|0|0|1|0|0",
		"production|GET /admin/users|1|0|1|0|0|0",
		"production|GET /v1/accounts|1|0|0|0|1|0",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("table:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// Data that looks like a workflow command must not become one when the
// console output lands in a GitHub Actions log.
func TestConsoleDefusesWorkflowCommands(t *testing.T) {
	r := fixture()
	r.Results[3].Name = "::error::fake annotation"
	r.Results[3].Failures[1].Actual = "body\n  ::stop-commands::tok\n::add-mask::x"
	r.Results[3].Steps[0].Response.Body = []byte("::warning::from the server")
	var b bytes.Buffer
	if err := Console(&b, r, ConsoleOptions{Verbose: true, GitHubGroups: true}); err != nil {
		t.Fatal(err)
	}
	for _, l := range strings.Split(b.String(), "\n") {
		l = strings.TrimLeft(l, " \t")
		if strings.HasPrefix(l, "::") && !strings.HasPrefix(l, "::group::") && l != "::endgroup::" {
			t.Errorf("data line reads as a workflow command: %q", l)
		}
	}
	if !strings.Contains(b.String(), ": :stop-commands::tok") {
		t.Error("defused line missing")
	}
}
