package main

import (
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/authspec/authspec/secret/secrettest"
)

// background is the binary running in the background, its output kept.
type background struct {
	cmd            *exec.Cmd
	done           chan error
	stdout, stderr strings.Builder
}

func startBackground(t *testing.T, cmd *exec.Cmd) *background {
	t.Helper()
	bg := &background{cmd: cmd, done: make(chan error, 1)}
	cmd.Stdout, cmd.Stderr = &bg.stdout, &bg.stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { bg.done <- cmd.Wait() }()
	return bg
}

// stop sends sig and expects the process to exit with code within the
// time given (it is killed otherwise).
func (bg *background) stop(t *testing.T, sig os.Signal, within time.Duration, code int) {
	t.Helper()
	if err := bg.cmd.Process.Signal(sig); err != nil {
		t.Fatal(err)
	}
	var err error
	select {
	case err = <-bg.done:
	case <-time.After(within):
		_ = bg.cmd.Process.Kill()
		t.Fatalf("still running %s after %v", within, sig)
	}
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != code {
		t.Fatalf("exit: %v, want exit status %d\nstdout:\n%s\nstderr:\n%s", err, code, bg.stdout.String(), bg.stderr.String())
	}
}

// buildBinary builds authspec into the test's temporary directory:
// signals must reach a real process, not an in-process call. Each test
// that needs one builds it (three do); with the build cache warm a build
// is a link, about half a second.
func buildBinary(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "authspec")
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

const signalToken = "tok_Signal_7b3e91c04d2a58f6"

// A run stopped by SIGTERM or SIGINT stops feeding test cases, marks those
// that never started as skipped, writes both reports (parseable, complete)
// and exits 1. A report left by an earlier run is gone as soon as the run
// starts, so it can never pass for this run's.
func TestSignalStopsRunAndWritesReports(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no SIGTERM on Windows")
	}
	bin := buildBinary(t)
	for _, sig := range []syscall.Signal{syscall.SIGTERM, syscall.SIGINT} {
		t.Run(sig.String(), func(t *testing.T) {
			var inflight atomic.Int64
			release := make(chan struct{})
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				inflight.Add(1)
				select { // bounded: released at the end, or the client goes
				case <-r.Context().Done():
				case <-release:
				case <-time.After(30 * time.Second):
				}
			}))
			defer srv.Close()
			defer close(release)

			dir := t.TempDir()
			var sc strings.Builder
			for i := range 6 {
				fmt.Fprintf(&sc, "  - name: slow %d\n    auth: tok\n    request: { method: GET, path: /slow/%d }\n", i, i)
			}
			suite := "version: 1\nname: Signals\ndefaults: { timeout: 30s }\nenvironments:\n  staging:\n    base_url: " + srv.URL +
				"\ncredentials:\n  tok: { type: bearer, token: \"${API_TOKEN}\" }\nscenarios:\n" + sc.String()
			write(t, filepath.Join(dir, "suites", "a.yaml"), suite)
			junit, js := filepath.Join(dir, "out", "junit.xml"), filepath.Join(dir, "out", "report.json")
			write(t, junit, "<stale/>")
			write(t, js, `{"stale": true}`)

			cmd := exec.Command(bin, "run", "--parallel", "2", "--no-color", "--junit", junit, "--json", js, "suites")
			cmd.Dir = dir
			cmd.Env = append(os.Environ(), "API_TOKEN="+signalToken, "GITHUB_ACTIONS=", "NO_COLOR=1")
			bg := startBackground(t, cmd)
			stdout, stderr := &bg.stdout, &bg.stderr
			for deadline := time.Now().Add(20 * time.Second); inflight.Load() < 2; time.Sleep(10 * time.Millisecond) {
				if time.Now().After(deadline) {
					_ = cmd.Process.Kill()
					t.Fatalf("the run never had 2 requests in flight\n%s", stderr.String())
				}
			}
			for _, f := range []string{junit, js} {
				if _, err := os.Stat(f); !errors.Is(err, os.ErrNotExist) {
					t.Errorf("%s from an earlier run still there while this run is going (err=%v)", f, err)
				}
			}
			bg.stop(t, sig, 20*time.Second, 1)
			if !strings.Contains(stderr.String(), "authspec: interrupted; the reports hold what ran") {
				t.Errorf("stderr does not say the run was interrupted:\n%s", stderr.String())
			}

			var rep struct {
				Totals  struct{ Tests, Skipped int }
				Results []struct{ Scenario, Status, Message string }
			}
			data := read(t, js)
			if err := json.Unmarshal(data, &rep); err != nil {
				t.Fatalf("JSON report does not parse: %v\n%s", err, data)
			}
			if rep.Totals.Tests != 6 || len(rep.Results) != 6 {
				t.Errorf("JSON report has %d tests, %d results; want all 6", rep.Totals.Tests, len(rep.Results))
			}
			if rep.Totals.Skipped != 6 {
				t.Errorf("%d skipped, want all 6: the 2 in flight and the 4 that never started", rep.Totals.Skipped)
			}
			inFlight := 0
			for _, r := range rep.Results {
				switch {
				case r.Status != "skipped":
					t.Errorf("%s is %s, want skipped", r.Scenario, r.Status)
				case r.Message == "interrupted while its request was in flight":
					inFlight++
				case !strings.Contains(r.Message, "interrupted before this test case started"):
					t.Errorf("%s skipped with %q, want the interruption named", r.Scenario, r.Message)
				}
			}
			if inFlight != 2 {
				t.Errorf("%d cases skipped while in flight, want 2", inFlight)
			}
			var ju struct {
				Tests   int `xml:"tests,attr"`
				Skipped int `xml:"skipped,attr"`
			}
			xdata := read(t, junit)
			if err := xml.Unmarshal(xdata, &ju); err != nil {
				t.Fatalf("JUnit report does not parse: %v\n%s", err, xdata)
			}
			if ju.Tests != 6 || ju.Skipped != rep.Totals.Skipped {
				t.Errorf("JUnit: tests=%d skipped=%d; want 6 and %d", ju.Tests, ju.Skipped, rep.Totals.Skipped)
			}
			for name, out := range map[string]string{"stdout": stdout.String(), "stderr": stderr.String(), "json": string(data), "junit": string(xdata)} {
				if strings.Contains(out, signalToken) {
					t.Errorf("%s shows the token", name)
				}
			}
			if !strings.Contains(stdout.String(), "slow 5") {
				t.Errorf("console lost the scenario names:\n%s", stdout.String())
			}
			leftovers, _ := filepath.Glob(filepath.Join(dir, "out", ".*"))
			if len(leftovers) > 0 {
				t.Errorf("temporary files left beside the reports: %v", leftovers)
			}
		})
	}
}

func write(t *testing.T, path, data string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

func read(t *testing.T, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// A reader that goes away before the run ends (authspec run … | head)
// does not take the reports with it: writes to the closed stdout fail,
// the run goes on, and the JUnit and JSON reports hold every test case.
// Go's default, dying of SIGPIPE at the first such write, left none.
func TestClosedStdoutStillWritesReports(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no SIGPIPE on Windows")
	}
	bin := buildBinary(t)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") != "Bearer "+signalToken {
			w.Header().Set("WWW-Authenticate", `Bearer realm="pipe"`)
			w.WriteHeader(http.StatusUnauthorized)
		}
	}))
	defer srv.Close()

	dir := t.TempDir()
	var sc strings.Builder
	for i := range 5 {
		fmt.Fprintf(&sc, "  - name: reads %d\n    auth: tok\n    request: { method: GET, path: /r/%d }\n    probes: [no_auth]\n", i, i)
	}
	write(t, filepath.Join(dir, "suites", "a.yaml"), "version: 1\nname: Pipe\nenvironments:\n  staging:\n    base_url: "+srv.URL+
		"\ncredentials:\n  tok: { type: bearer, token: \"${API_TOKEN}\" }\nscenarios:\n"+sc.String())
	junit, js := filepath.Join(dir, "junit.xml"), filepath.Join(dir, "report.json")

	cmd := exec.Command(bin, "run", "--no-color", "--junit", junit, "--json", js, "suites")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "API_TOKEN="+signalToken, "GITHUB_ACTIONS=", "NO_COLOR=1")
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	_ = out.Close() // the reader is gone before authspec writes its first line
	err = cmd.Wait()
	if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
		t.Fatalf("authspec died of %v when its stdout was closed: %v\nstderr:\n%s", ws.Signal(), err, stderr.String())
	}
	// Every test case passed, but the console could not be written: exit
	// 1, saying so, as for any report that could not be written.
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != 1 || !strings.Contains(stderr.String(), "authspec: console: ") {
		t.Fatalf("exit: %v, want exit status 1 and the console's write error named\nstderr:\n%s", err, stderr.String())
	}

	var rep struct {
		Totals  struct{ Tests, Passed int }
		Results []struct{ Scenario string }
	}
	data := read(t, js)
	if err := json.Unmarshal(data, &rep); err != nil {
		t.Fatalf("JSON report does not parse: %v\n%s", err, data)
	}
	if rep.Totals.Tests != 10 || rep.Totals.Passed != 10 || len(rep.Results) != 10 {
		t.Errorf("JSON report: %d tests, %d passed, %d results; want 10 of each", rep.Totals.Tests, rep.Totals.Passed, len(rep.Results))
	}
	xdata := read(t, junit)
	var ju struct {
		Tests int `xml:"tests,attr"`
	}
	if err := xml.Unmarshal(xdata, &ju); err != nil || ju.Tests != 10 {
		t.Errorf("JUnit report: tests=%d (err %v), want 10\n%s", ju.Tests, err, xdata)
	}
	secrettest.NoForms(t, stderr.String()+string(data)+string(xdata), signalToken)
	for _, want := range []string{"reads 4 [probe: no_auth]", `"suite": "Pipe"`} {
		if !strings.Contains(string(data), want) {
			t.Errorf("JSON report lacks %q", want)
		}
	}
}
