package e2e

// The process side of the real servers the tests start: finding their
// programs (need, needRoot), starting them in their own process group
// (start) and waiting until they answer (waitHTTP, waitStatus,
// serveHTTP). What each server is given to run, its configuration and
// users, is in servers_test.go and the heldout files.

import (
	"context"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/authspec/authspec/internal/tooltest"
)

// need finds an installed program. Without it the test skips, except
// under CI, where a missing install step must fail loudly.
func need(t *testing.T, names ...string) string {
	t.Helper()
	for _, n := range names {
		if p, err := exec.LookPath(n); err == nil {
			return p
		}
		if filepath.IsAbs(n) {
			if _, err := os.Stat(n); err == nil {
				return n
			}
		}
	}
	if os.Getenv("CI") != "" {
		t.Fatalf("%s is not installed (see .ci/run)", names[0])
	}
	t.Skipf("%s is not installed", names[0])
	return ""
}

// needAsRoot is need for a server that checks its logins with something
// only root may do (a setuid helper PAM runs, a certificate written for
// root alone; why says what): it finds the program first, so that under
// CI=true a missing one fails whoever runs the tests, then skips t unless
// it runs as root. Not being root is no failure under CI=true: who runs
// the tests is the machine's choice. .ci/run, run by a user who may use
// sudo without a password (GitHub's runner), runs these tests again as
// root, those listed in testdata/asroot.txt: a test that calls this
// without being listed there fails, root or not, so that the run as root
// cannot miss it.
func needAsRoot(t *testing.T, why string, names ...string) string {
	t.Helper()
	if !listedAsRoot(t, t.Name()) {
		t.Fatalf("%s calls needAsRoot but is not listed in e2e/testdata/asroot.txt, the tests .ci/run runs as root: add it", t.Name())
	}
	bin := need(t, names...)
	if os.Geteuid() != 0 {
		t.Skipf("%s: not root, skipped whatever $CI says; run the e2e tests as root to include it (sudo -E go test ./e2e -run '%s')", why, asRootPattern([]string{t.Name()}))
	}
	return bin
}

// asRootList reads testdata/asroot.txt: one TestFunction/subtest a line,
// blank lines and # comments aside. A name holds only letters, digits,
// '_' and '-' (t.Name() writes a space as '_'), so that .ci/run may put it
// in a -test.run pattern as written.
func asRootList(t *testing.T) []string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "asroot.txt"))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for i, line := range strings.Split(string(b), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if !asRootName.MatchString(line) {
			t.Fatalf("testdata/asroot.txt:%d: %q is no TestFunction/subtest of letters, digits, '_' and '-'", i+1, line)
		}
		names = append(names, line)
	}
	return names
}

var asRootName = regexp.MustCompile(`^Test[A-Za-z0-9_-]*/[A-Za-z0-9_-]+$`)

func listedAsRoot(t *testing.T, name string) bool {
	return slices.Contains(asRootList(t), name)
}

// asRootPattern is the -test.run pattern that runs exactly names, as
// .ci/run builds it from testdata/asroot.txt.
func asRootPattern(names []string) string {
	parts := make([]string, len(names))
	for i, n := range names {
		fn, sub, _ := strings.Cut(n, "/")
		parts[i] = "^" + fn + "$/^" + sub + "$"
	}
	return strings.Join(parts, "|")
}

// freePort is a port for a real server, told on its command line: see
// tooltest.FreePort for why it is not simply port 0's.
func freePort(t *testing.T) int { return tooltest.FreePort(t) }

// start runs a server in its own process group and stops the whole group
// (and so every process it started) when the test ends.
func start(t *testing.T, dir string, env []string, name string, args ...string) {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	log, err := os.Create(filepath.Join(dir, filepath.Base(name)+".log"))
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stdout, cmd.Stderr = log, log
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	go func() { _ = cmd.Wait(); close(done) }()
	t.Cleanup(func() {
		_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGTERM)
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
			<-done
		}
		log.Close()
		if t.Failed() {
			b, _ := os.ReadFile(log.Name())
			t.Logf("%s log:\n%s", filepath.Base(name), tail(string(b), 3000))
		}
	})
}

func tail(s string, n int) string {
	if len(s) > n {
		return "…" + s[len(s)-n:]
	}
	return s
}

// startupWait bounds how long a real server may take to start answering.
// It is a readiness wait, not a measurement: CI runs the race-enabled
// tests of every package beside these servers on two cores, where a
// server that starts in 2 s on a quiet machine can take a minute.
const startupWait = 100 * time.Second

// waitHTTP polls url until it answers (any status) or the deadline passes.
func waitHTTP(t *testing.T, url string, within time.Duration) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodGet, url, nil)
	waitStatus(t, req, 0, within)
}

// waitStatus sends req (a copy of it each time) until it is answered with
// status (any status when 0) or the deadline passes: a server that listens
// before it is ready (its users or its configuration still loading) is
// ready when a request that needs them gets its answer.
func waitStatus(t *testing.T, req *http.Request, status int, within time.Duration) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), within)
	defer cancel()
	for {
		resp, err := http.DefaultClient.Do(req.Clone(ctx))
		if err == nil {
			resp.Body.Close()
			if status == 0 || resp.StatusCode == status {
				return
			}
			err = fmt.Errorf("status %d, want %d", resp.StatusCode, status)
		}
		select {
		case <-ctx.Done():
			t.Fatalf("%s %s did not answer within %s: %v", req.Method, req.URL, within, err)
		case <-time.After(200 * time.Millisecond):
		}
	}
}

// serveHTTP starts bin in dir (its HOME too, so that nothing is written
// outside the test's directory) and waits until base answers HTTP; it
// returns base, http://127.0.0.1:port.
func serveHTTP(t *testing.T, dir string, port int, env []string, bin string, args ...string) string {
	t.Helper()
	return serveHTTPAt(t, dir, port, "/", env, bin, args...)
}

// serveHTTPAt is serveHTTP for a server whose root does not answer until
// it is ready (or at all): it waits until base+ready answers.
func serveHTTPAt(t *testing.T, dir string, port int, ready string, env []string, bin string, args ...string) string {
	t.Helper()
	return startHTTP(t, dir, port, ready, append([]string{"HOME=" + dir}, env...), bin, args...)
}

// startHTTP starts bin in dir with env added to this process's
// environment (HOME too: serveHTTPAt sets it to dir) and waits until
// base+ready answers; it returns base, http://127.0.0.1:port.
func startHTTP(t *testing.T, dir string, port int, ready string, env []string, bin string, args ...string) string {
	t.Helper()
	start(t, dir, env, bin, args...)
	base := fmt.Sprintf("http://127.0.0.1:%d", port)
	waitHTTP(t, base+ready, startupWait)
	return base
}
