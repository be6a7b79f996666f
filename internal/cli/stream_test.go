package cli

import (
	"bytes"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// watchedBuffer signals when what was written contains a text.
type watchedBuffer struct {
	mu   sync.Mutex
	b    bytes.Buffer
	want string
	seen chan struct{}
	once sync.Once
}

func (w *watchedBuffer) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	n, err := w.b.Write(p)
	if strings.Contains(w.b.String(), w.want) {
		w.once.Do(func() { close(w.seen) })
	}
	return n, err
}

// The console shows a test case as soon as it and every earlier one are
// done: the second case's server answers only once the first case's line
// is out (or, if it never comes, after a bound, and the test fails).
func TestConsoleStreamsWhileRunning(t *testing.T) {
	out := &watchedBuffer{want: "PASS   first", seen: make(chan struct{})}
	var streamed atomic.Bool
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/second" {
			select {
			case <-out.seen:
				streamed.Store(true)
			case <-time.After(5 * time.Second):
			}
		}
	}))
	defer srv.Close()
	dir := t.TempDir()
	suite := `version: 1
name: S
environments:
  local: { base_url: "${API_URL}" }
scenarios:
  - { name: first, request: { method: GET, path: /first } }
  - { name: second, request: { method: GET, path: /second } }
`
	if err := os.WriteFile(filepath.Join(dir, "s.yaml"), []byte(suite), 0o600); err != nil {
		t.Fatal(err)
	}
	env := func(k string) string { return map[string]string{"API_URL": srv.URL}[k] }
	code := Main([]string{"run", "--no-color", "--parallel", "1", filepath.Join(dir, "s.yaml")}, nil, out, out, env)
	got := out.b.String()
	if code != 0 || !streamed.Load() {
		t.Fatalf("exit %d; the first case was on the console before the second finished: %v\n%s", code, streamed.Load(), got)
	}
	if !strings.Contains(got, "PASS   second") || !strings.Contains(got, "2 passed, 0 failed, 0 errors, 0 skipped") {
		t.Errorf("console:\n%s", got)
	}

	// --quiet: the totals, no line per test case.
	var q bytes.Buffer
	code = Main([]string{"run", "--no-color", "--quiet", filepath.Join(dir, "s.yaml")}, nil, &q, &q, env)
	if code != 0 || strings.Contains(q.String(), "PASS") || !strings.Contains(q.String(), "2 passed, 0 failed") {
		t.Errorf("--quiet: exit %d\n%s", code, q.String())
	}
}

// The progress line shows whenever the console is on a terminal: on stderr
// when that is one, else on stdout (stderr redirected to a log) — but never
// on a stdout that carries the JSON report.
func TestProgressWriter(t *testing.T) {
	tty := openPTY(t)
	var buf bytes.Buffer
	for _, tc := range []struct {
		name           string
		stdout, stderr io.Writer
		jsonToStdout   bool
		want           string // "stdout", "stderr" or ""
	}{
		{"both terminals", tty, tty, false, "stderr"},
		{"stdout redirected", &buf, tty, false, "stderr"},
		{"stderr redirected", tty, &buf, false, "stdout"},
		{"stderr redirected, --json -", tty, &buf, true, ""},
		{"no terminal", &buf, &buf, false, ""},
	} {
		c := newCommand(nil, tc.stdout, tc.stderr, func(string) string { return "" })
		console := c.stdout
		if tc.jsonToStdout {
			console = c.stderr
		}
		got := c.progressWriter(console)
		name := ""
		switch {
		case got == nil:
		case got == c.stderr:
			name = "stderr"
		case got == c.stdout:
			name = "stdout"
		}
		if name != tc.want {
			t.Errorf("%s: progress goes to %q, want %q", tc.name, name, tc.want)
		}
	}
}
