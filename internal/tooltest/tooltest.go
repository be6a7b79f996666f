// Package tooltest gives tests the external programs they need (promtool,
// a Prometheus Pushgateway, chromium, …) and starts the servers among them
// on 127.0.0.1. A missing program skips the test on a developer's machine
// and fails it in CI, where .ci/run installs it: a missing install step can
// never hide a skipped test.
package tooltest

import (
	"bytes"
	"net"
	"net/http"
	"os"
	"os/exec"
	"strconv"
	"testing"
	"time"
)

// Need returns the path of program name, which Debian package pkg installs.
func Need(t testing.TB, name, pkg string) string {
	t.Helper()
	bin, err := exec.LookPath(name)
	if err == nil {
		return bin
	}
	if os.Getenv("CI") != "" {
		t.Fatalf("%s is not on PATH: .ci/run must install it (apt_install %s %s)", name, name, pkg)
	}
	t.Skipf("%s is not on PATH (apt-get install %s)", name, pkg)
	return ""
}

// FreeAddr is a 127.0.0.1 address with a port nothing listens on now.
func FreeAddr(t testing.TB) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return "127.0.0.1:" + strconv.Itoa(l.Addr().(*net.TCPAddr).Port)
}

// Pushgateway starts Debian's prometheus-pushgateway on 127.0.0.1, without
// persistence, stopped when the test ends, and returns its base URL once
// it is ready.
func Pushgateway(t testing.TB) string {
	t.Helper()
	bin := Need(t, "prometheus-pushgateway", "prometheus-pushgateway")
	addr := FreeAddr(t)
	cmd := exec.Command(bin, "--web.listen-address="+addr, "--persistence.file=")
	var logs bytes.Buffer
	cmd.Stdout, cmd.Stderr = &logs, &logs
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = cmd.Process.Kill(); _ = cmd.Wait() })
	base := "http://" + addr
	client := &http.Client{Timeout: 5 * time.Second}
	for range 100 { // at most ~10s
		if resp, err := client.Get(base + "/-/ready"); err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return base
			}
		}
		time.Sleep(100 * time.Millisecond)
	}
	_ = cmd.Process.Kill()
	_ = cmd.Wait() // its output is complete, and read by nothing else
	t.Fatalf("pushgateway did not become ready on %s\n%s", addr, logs.String())
	return ""
}
