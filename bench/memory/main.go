// Command memory measures authspec's peak resident memory (the kernel's
// maxrss of the process) when many large responses arrive at once: every
// test case gets a 9 MiB JSON body and asserts on it. It builds
// authspec, serves the bodies from 127.0.0.1, runs each configuration
// once and prints peak RSS beside a baseline from the same run (one test
// case: one body), so the figures compare on any machine. Nothing is
// asserted: it is a measurement. Linux (maxrss in KiB).
//
//	go run ./bench/memory [-body MiB] [-cases 1,64,256] [-parallel 8,64]
package main

import (
	"flag"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
)

func main() {
	bodyMiB := flag.Int("body", 9, "MiB per response body")
	cases := flag.String("cases", "64,256", "test cases per run, comma-separated")
	parallel := flag.String("parallel", "8,64", "--parallel values, comma-separated")
	flag.Parse()
	if err := run(*bodyMiB, ints(*cases), ints(*parallel)); err != nil {
		fmt.Fprintln(os.Stderr, "memory:", err)
		os.Exit(1)
	}
}

func ints(s string) []int {
	var out []int
	for _, f := range strings.Split(s, ",") {
		if n, err := strconv.Atoi(strings.TrimSpace(f)); err == nil && n > 0 {
			out = append(out, n)
		}
	}
	return out
}

func run(bodyMiB int, cases, parallel []int) error {
	dir, err := os.MkdirTemp("", "authspec-memory")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	bin := filepath.Join(dir, "authspec")
	if out, err := exec.Command("go", "build", "-o", bin, "./cmd/authspec").CombinedOutput(); err != nil {
		return fmt.Errorf("go build: %v\n%s", err, out)
	}
	// {"ok": true, "items": ["xxx…", …]}: a JSON document of bodyMiB MiB
	// that body assertions must parse through.
	item := `"` + strings.Repeat("x", 1022) + `"`
	var b strings.Builder
	b.WriteString(`{"ok": true, "items": [`)
	for i := 0; b.Len() < bodyMiB<<20-1100; i++ {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(item)
	}
	b.WriteString(`], "last": "end"}`)
	body := []byte(b.String())
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write(body)
	})}
	go func() { _ = srv.Serve(ln) }()
	defer srv.Close()
	url := "http://" + ln.Addr().String()

	measure := func(n, par int) (int64, error) {
		suite := filepath.Join(dir, fmt.Sprintf("s%d.yaml", n))
		var s strings.Builder
		fmt.Fprintf(&s, "version: 1\nname: memory\nenvironments:\n  local: { base_url: %q }\ndefaults: { timeout: 120s }\nscenarios:\n", url)
		for i := range n {
			fmt.Fprintf(&s, "  - name: big %d\n    request: { path: /big/%d }\n    expect: { body: { ok: true, last: end } }\n", i, i)
		}
		if err := os.WriteFile(suite, []byte(s.String()), 0o644); err != nil {
			return 0, err
		}
		cmd := exec.Command(bin, "run", "--no-color", "--parallel", strconv.Itoa(par), suite)
		out, err := cmd.CombinedOutput()
		if err != nil {
			return 0, fmt.Errorf("authspec run (%d cases, --parallel %d): %v\n%s", n, par, err, out)
		}
		ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage)
		if !ok {
			return 0, fmt.Errorf("no rusage on this platform")
		}
		return ru.Maxrss >> 10, nil // KiB → MiB
	}
	base, err := measure(1, 1)
	if err != nil {
		return err
	}
	fmt.Printf("body %d MiB, body assertions on every case\n", bodyMiB)
	fmt.Printf("%-8s %-10s %14s %10s\n", "cases", "--parallel", "peak RSS MiB", "× baseline")
	fmt.Printf("%-8d %-10d %14d %10.1f\n", 1, 1, base, 1.0)
	for _, par := range parallel {
		for _, n := range cases {
			rss, err := measure(n, par)
			if err != nil {
				return err
			}
			fmt.Printf("%-8d %-10d %14d %10.1f\n", n, par, rss, float64(rss)/float64(base))
		}
	}
	return nil
}
