package report

import (
	"bytes"
	"strings"
	"testing"
)

// Streamed, the console holds the same lines as written at once; the
// preflight block moves after the test cases (it leads the summary).
func TestConsoleStreamGolden(t *testing.T) {
	r := fixture()
	var b bytes.Buffer
	clears := 0
	s := NewConsoleStream(&b, r.Redactor, ConsoleOptions{GitHubGroups: true}, func() { clears++ })
	for i, res := range r.Results {
		s.Result(res)
		if i == 0 && !strings.Contains(b.String(), "PASS   valid token reads the account  (12ms)\n") {
			t.Fatalf("the first result was not written at once:\n%s", b.String())
		}
	}
	if err := s.Finish(r, nil); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	noSecrets(t, r.Redactor, out)
	if clears != len(r.Results)+1 {
		t.Errorf("progress cleared %d times, want before each of %d writes", clears, len(r.Results)+1)
	}
	var whole bytes.Buffer
	if err := Console(&whole, r, ConsoleOptions{GitHubGroups: true}); err != nil {
		t.Fatal(err)
	}
	for _, l := range strings.Split(whole.String(), "\n") {
		if !strings.Contains(out, l) {
			t.Errorf("streamed console lacks %q", l)
		}
	}
	compareGolden(t, "console_stream.golden", []byte(out))
}

// --quiet: failures and the summary only.
func TestConsoleQuietGolden(t *testing.T) {
	out, r := render(t, console(ConsoleOptions{Quiet: true}))
	noSecrets(t, r.Redactor, out)
	for _, gone := range []string{"PASS ", "SKIP ", "Preflight", "Payments API auth [staging]  suites/pay.yaml"} {
		if strings.Contains(out, gone) {
			t.Errorf("quiet console shows %q", gone)
		}
	}
	for _, want := range []string{"Failures", "1) valid token reads the account [probe: previous]", "Requests by environment and endpoint",
		"5 passed, 4 failed, 2 errors, 1 skipped in 2.50s"} {
		if !strings.Contains(out, want) {
			t.Errorf("quiet console lacks %q", want)
		}
	}
	var b bytes.Buffer
	s := NewConsoleStream(&b, r.Redactor, ConsoleOptions{Quiet: true}, nil)
	for _, res := range r.Results {
		s.Result(res)
	}
	if b.Len() != 0 {
		t.Errorf("quiet streamed %q", b.String())
	}
	if err := s.Finish(r, nil); err != nil || b.String() != out {
		t.Errorf("quiet stream differs from quiet console (%v)", err)
	}
	compareGolden(t, "console_quiet.golden", []byte(out))
}
