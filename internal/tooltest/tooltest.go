// Package tooltest gives tests the external programs they need (promtool,
// a Prometheus Pushgateway, chromium, …) and starts the servers among them
// on 127.0.0.1. A missing program skips the test on a developer's machine
// and fails it in CI, where .ci/run installs it: a missing install step can
// never hide a skipped test.
package tooltest

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"net"
	"net/http"
	"os"
	"os/exec"
	"strconv"
	"sync"
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
	return "127.0.0.1:" + strconv.Itoa(FreePort(t))
}

// FreePort returns a port free on 127.0.0.1 now, for a server that is
// told its port and binds it later (a Pushgateway, RabbitMQ, nginx …).
// A port the kernel hands out for port 0 could, in that gap, be handed
// out again to any other listener — an httptest server of another
// package's tests running in parallel — and the test would then talk to
// that server. So the port is picked below the kernel's ephemeral range,
// which port 0 never hands out, and never twice in this process.
func FreePort(t testing.TB) int {
	t.Helper()
	low := ephemeralLow()
	portsMu.Lock()
	defer portsMu.Unlock()
	for range 200 {
		p := 10000 + rand.IntN(low-10000)
		if portsGiven[p] {
			continue
		}
		l, err := net.Listen("tcp", "127.0.0.1:"+strconv.Itoa(p))
		if err != nil {
			continue // taken
		}
		l.Close()
		portsGiven[p] = true
		return p
	}
	t.Fatalf("no free port on 127.0.0.1 between 10000 and %d", low)
	return 0
}

var (
	portsMu    sync.Mutex
	portsGiven = map[int]bool{}
)

// ephemeralLow is the first port the kernel hands out for port 0
// (32768 on Linux unless configured otherwise).
func ephemeralLow() int {
	b, err := os.ReadFile("/proc/sys/net/ipv4/ip_local_port_range")
	if err == nil {
		var low, high int
		if _, err := fmt.Sscan(string(b), &low, &high); err == nil && low > 12000 {
			return low
		}
	}
	return 32768
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
