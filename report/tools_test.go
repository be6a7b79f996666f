package report

import (
	"net"
	"os"
	"os/exec"
	"strconv"
	"testing"
)

// tool finds an external program a test needs. Missing, the test is
// skipped on a developer's machine and fails in CI, where .ci/run installs
// it: a missing install step can never hide a skipped test.
func tool(t *testing.T, name, pkg string) string {
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

// freeAddr is a 127.0.0.1 address with a port nothing listens on now.
func freeAddr(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return "127.0.0.1:" + strconv.Itoa(l.Addr().(*net.TCPAddr).Port)
}
