// Command compare measures authspec as whole processes against the
// baselines in this folder, in one run on one machine, so that the ratios
// hold however fast the machine is: authspec run against a bare net/http
// loop sending the same requests to go-httpbin on 127.0.0.1, and authspec
// lint against a bare yaml.v3 parse of the same file. Each pair runs A, B,
// A, B … after a warm-up; medians and the median of the pairwise ratios
// are printed. See bench/README.md.
package main

import (
	"context"
	"flag"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"time"

	"github.com/authspec/authspec/internal/benchsuite"
	"github.com/mccutchen/go-httpbin/v2/httpbin"
)

// token is what the suites send; go-httpbin's /bearer echoes it back, so
// the redactor has real work to do on every response.
const token = "bench-token-5f0c1e9a7b2d4c68"

func main() {
	runs := flag.Int("runs", 5, "counted runs of each command")
	n := flag.Int("n", 2000, "test cases in the run comparison")
	big := flag.Int("big", 10000, "test cases in the memory and lint comparison")
	only := flag.String("only", "", "run only the pairs whose name holds this text (\"files vs\": the lint of 1,000 files against one)")
	flag.Parse()
	if err := run(*runs, *n, *big, *only); err != nil {
		fmt.Fprintln(os.Stderr, "compare:", err)
		os.Exit(1)
	}
}

func run(runs, n, big int, only string) error {
	dir, err := os.MkdirTemp("", "authspec-bench")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	bin := func(name string) string { return filepath.Join(dir, name) }
	for name, pkg := range map[string]string{"authspec": "./cmd/authspec", "bareloop": "./bench/bareloop", "yamlparse": "./bench/yamlparse"} {
		if out, err := exec.Command("go", "build", "-o", bin(name), pkg).CombinedOutput(); err != nil {
			return fmt.Errorf("go build %s: %v\n%s", pkg, err, out)
		}
	}
	url, stop, err := serveHTTPBin()
	if err != nil {
		return err
	}
	defer stop()

	small := filepath.Join(dir, "small.yaml")
	large := filepath.Join(dir, "large.yaml")
	split := filepath.Join(dir, "split")
	if err := writeSuite(small, 0, n); err != nil {
		return err
	}
	if err := writeSuite(large, 0, big); err != nil {
		return err
	}
	if err := os.Mkdir(split, 0o755); err != nil {
		return err
	}
	const files = 1000
	for f := range files {
		if err := writeSuite(filepath.Join(split, fmt.Sprintf("s%04d.yaml", f)), f*(big/files), big/files); err != nil {
			return err
		}
	}
	env := append(os.Environ(), "BENCH_URL="+url, "BENCH_TOKEN="+token)
	run := func(args ...string) []string { return append([]string{bin("authspec"), "run", "--no-color"}, args...) }

	fmt.Printf("go-httpbin at %s; %d counted runs of each command after one warm-up\n\n", url, runs)
	fmt.Printf("%-34s %9s %9s %9s   %s\n", "command", "wall s", "cpu s", "rss MiB", "ratio A/B: wall, cpu")
	pairs := []struct {
		name string
		a, b []string
	}{
		{fmt.Sprintf("run --parallel 8, %d cases", n), run("--parallel", "8", small),
			[]string{bin("bareloop"), "-url", url, "-token", token, "-n", fmt.Sprint(n), "-c", "8"}},
		{fmt.Sprintf("run --parallel 1, %d cases", n), run("--parallel", "1", small),
			[]string{bin("bareloop"), "-url", url, "-token", token, "-n", fmt.Sprint(n), "-c", "1"}},
		{fmt.Sprintf("run --parallel 8, %d cases", big), run("--parallel", "8", large),
			[]string{bin("bareloop"), "-url", url, "-token", token, "-n", fmt.Sprint(big), "-c", "8"}},
		{fmt.Sprintf("lint, %d scenarios in 1 file", big), []string{bin("authspec"), "lint", large},
			[]string{bin("yamlparse"), large}},
		{fmt.Sprintf("lint, %d files vs 1 file", files), []string{bin("authspec"), "lint", split},
			[]string{bin("authspec"), "lint", large}},
	}
	for _, p := range pairs {
		if !strings.Contains(p.name, only) {
			continue
		}
		a, b, ratio, err := measurePair(p.a, p.b, env, runs)
		if err != nil {
			return fmt.Errorf("%s: %w", p.name, err)
		}
		fmt.Printf("%-34s %9.3f %9.3f %9.1f   %.2f×, %.2f×\n", "A: "+p.name, a.wall, a.cpu, a.rss, ratio.wall, ratio.cpu)
		fmt.Printf("%-34s %9.3f %9.3f %9.1f\n", "B: "+baseName(p.b), b.wall, b.cpu, b.rss)
	}
	return nil
}

func baseName(args []string) string {
	s := filepath.Base(args[0])
	if len(args) > 1 && !strings.HasPrefix(args[1], "-") && !strings.Contains(args[1], string(filepath.Separator)) {
		s += " " + args[1]
	}
	for i, a := range args {
		if a == "-c" && i+1 < len(args) {
			s += " -c " + args[i+1]
		}
	}
	return s
}

type figures struct{ wall, cpu, rss float64 }

// ratios are the medians of the per-pair ratios a/b. On a machine that
// others share, wall time swings with their load; the CPU time a process
// spent does much less.
type ratios struct{ wall, cpu float64 }

// measurePair runs a and b alternately and returns each one's medians and
// the medians of the per-pair ratios a/b.
func measurePair(a, b, env []string, runs int) (figures, figures, ratios, error) {
	var fa, fb []figures
	var wall, cpu []float64
	for i := -1; i < runs; i++ { // i == -1 is the warm-up
		ra, err := measure(a, env)
		if err != nil {
			return figures{}, figures{}, ratios{}, err
		}
		rb, err := measure(b, env)
		if err != nil {
			return figures{}, figures{}, ratios{}, err
		}
		if i >= 0 {
			fa, fb = append(fa, ra), append(fb, rb)
			wall, cpu = append(wall, ra.wall/rb.wall), append(cpu, ra.cpu/max(rb.cpu, 0.001))
		}
	}
	return medians(fa), medians(fb), ratios{median(wall), median(cpu)}, nil
}

func measure(args, env []string) (figures, error) {
	cmd := exec.Command(args[0], args[1:]...)
	cmd.Env = env
	var out strings.Builder
	cmd.Stdout, cmd.Stderr = &out, &out
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start)
	if err != nil {
		return figures{}, fmt.Errorf("%s: %v\n%s", strings.Join(args, " "), err, tail(out.String()))
	}
	st := cmd.ProcessState
	rss := 0.0
	if ru, ok := st.SysUsage().(*syscall.Rusage); ok {
		rss = float64(ru.Maxrss) / 1024 // kB on Linux
	}
	return figures{wall.Seconds(), (st.UserTime() + st.SystemTime()).Seconds(), rss}, nil
}

func tail(s string) string {
	if len(s) > 2000 {
		return "…" + s[len(s)-2000:]
	}
	return s
}

func medians(fs []figures) figures {
	pick := func(get func(figures) float64) float64 {
		var v []float64
		for _, f := range fs {
			v = append(v, get(f))
		}
		return median(v)
	}
	return figures{pick(func(f figures) float64 { return f.wall }), pick(func(f figures) float64 { return f.cpu }), pick(func(f figures) float64 { return f.rss })}
}

func median(v []float64) float64 {
	slices.Sort(v)
	if len(v) == 0 {
		return 0
	}
	if len(v)%2 == 1 {
		return v[len(v)/2]
	}
	return (v[len(v)/2-1] + v[len(v)/2]) / 2
}

// writeSuite writes a suite of n scenarios numbered from first (see
// benchsuite.Text) that reads its URL and token from the environment.
func writeSuite(path string, first, n int) error {
	return os.WriteFile(path, benchsuite.Text("bench "+filepath.Base(path), "${BENCH_URL}", first, n), 0o644)
}

// serveHTTPBin starts go-httpbin on a free loopback port in this process.
func serveHTTPBin() (string, func(), error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", nil, err
	}
	srv := &http.Server{Handler: httpbin.New(), ReadHeaderTimeout: 5 * time.Second}
	go srv.Serve(ln)
	stop := func() {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		_ = srv.Shutdown(ctx)
	}
	return "http://" + ln.Addr().String(), stop, nil
}
