package report

import (
	"bytes"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/authspec/authspec/results"
)

// countingWriter counts the writes it gets; safe for the stream's timer.
type countingWriter struct {
	mu     sync.Mutex
	b      bytes.Buffer
	writes int
}

func (w *countingWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.writes++
	return w.b.Write(p)
}

func (w *countingWriter) String() string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.b.String()
}

// A result held back (it came right after another) is written when its
// time is up, without waiting for the next result or the end of the run.
func TestConsoleStreamWritesHeldBackResult(t *testing.T) {
	r := fixture()
	var b countingWriter
	s := NewConsoleStream(&b, r.Redactor, ConsoleOptions{}, nil)
	start := time.Now()
	s.Result(r.Results[0])
	s.Result(r.Results[1])
	first, second := strings.TrimSpace(firstLine(t, r, 0)), strings.TrimSpace(firstLine(t, r, 1))
	out := b.String()
	if !strings.Contains(out, first) {
		t.Fatalf("want the first result written at once:\n%s", out)
	}
	// Held back, unless this machine paused so long that its time is up.
	if strings.Contains(out, second) && time.Since(start) < streamEvery {
		t.Fatalf("want the second result held back:\n%s", out)
	}
	deadline := time.Now().Add(5 * time.Second)
	for !strings.Contains(b.String(), second) && time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond)
	}
	out = b.String()
	if !strings.Contains(out, second) {
		t.Fatalf("the held-back result was never written:\n%s", out)
	}
	noSecrets(t, r.Redactor, out)
	if err := s.Finish(r, nil); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(b.String(), second); n != 1 {
		t.Errorf("the second result was written %d times", n)
	}
}

// firstLine is the console's first line for the i-th result of r.
func firstLine(t *testing.T, r *results.Report, i int) string {
	t.Helper()
	var tw textWriter
	writeResult(&tw, r.Redactor, r.Results[i], ConsoleOptions{}, palette{})
	line, _, _ := strings.Cut(tw.b.String(), "\n")
	return line
}

// Streamed, the console holds the same lines as written at once; the
// preflight block moves after the test cases (it leads the summary).
func TestConsoleStreamGolden(t *testing.T) {
	r := fixture()
	var b countingWriter
	clears := 0
	s := NewConsoleStream(&b, r.Redactor, ConsoleOptions{GitHubGroups: true}, func() { clears++ })
	s.every = time.Hour // on a loaded machine a pause between two results must not write them apart
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
	// The results that follow the first at once are held back and written
	// together, here with the summary: two writes, each after a clear.
	if clears != b.writes || b.writes != 2 {
		t.Errorf("%d writes and %d clears of the progress line, want 2 writes, each after a clear", b.writes, clears)
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
