package cli

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/authspec/authspec/internal/benchproc"
	"github.com/authspec/authspec/internal/benchsuite"
)

// The whole lint path in one process (loading, the preflight checks and the
// findings), for the same 10,000 scenarios as one file and as 1,000 files
// of 10: compare BenchmarkLint1kFiles with BenchmarkLint1File from the same
// run. bench/compare measures the same pair as whole processes.
const (
	lintBenchScenarios = 10_000
	lintBenchFiles     = 1000
)

func BenchmarkLint1File(b *testing.B) {
	dir := b.TempDir()
	writeBenchSuite(b, filepath.Join(dir, "one.yaml"), 0, lintBenchScenarios)
	benchLint(b, filepath.Join(dir, "one.yaml"))
}

func BenchmarkLint1kFiles(b *testing.B) {
	dir := b.TempDir()
	per := lintBenchScenarios / lintBenchFiles
	for f := range lintBenchFiles {
		writeBenchSuite(b, filepath.Join(dir, fmt.Sprintf("s%04d.yaml", f)), f*per, per)
	}
	benchLint(b, dir)
}

// BenchmarkLintFilesVsOneFile lints the 1,000 files and the one file in
// turn and reports the ratios of their CPU and wall time, from the same
// run: the target is 0.8× in wall time. 10 iterations or more: CPU
// time is counted in 10 ms ticks.
func BenchmarkLintFilesVsOneFile(b *testing.B) {
	dir := b.TempDir()
	one := filepath.Join(dir, "one.yaml")
	writeBenchSuite(b, one, 0, lintBenchScenarios)
	many := filepath.Join(dir, "many")
	if err := os.Mkdir(many, 0o755); err != nil {
		b.Fatal(err)
	}
	per := lintBenchScenarios / lintBenchFiles
	for f := range lintBenchFiles {
		writeBenchSuite(b, filepath.Join(many, fmt.Sprintf("s%04d.yaml", f)), f*per, per)
	}
	lint := benchLinter(b)
	var wall, cpu [2]time.Duration
	for b.Loop() {
		for i, path := range []string{one, many} {
			w, c := time.Now(), benchproc.CPUTime()
			lint(path)
			wall[i] += time.Since(w)
			cpu[i] += benchproc.CPUTime() - c
		}
	}
	b.ReportMetric(float64(wall[1])/float64(wall[0]), "files/file-wall")
	if cpu[0] > 0 {
		b.ReportMetric(float64(cpu[1])/float64(cpu[0]), "files/file-cpu")
	}
}

func writeBenchSuite(b *testing.B, path string, first, n int) {
	b.Helper()
	text := benchsuite.Text("bench "+filepath.Base(path), "${BENCH_URL}", first, n)
	if err := os.WriteFile(path, text, 0o644); err != nil {
		b.Fatal(err)
	}
}

func benchLint(b *testing.B, path string) {
	lint := benchLinter(b)
	b.ReportAllocs()
	defer benchproc.CPU(b)()
	for b.Loop() {
		lint(path)
	}
}

// benchLinter returns what runs authspec lint of a path in process, with
// the variables bench/compare sets.
func benchLinter(b *testing.B) func(path string) {
	env := map[string]string{"BENCH_URL": "http://127.0.0.1:1", "BENCH_TOKEN": "bench-token-5f0c1e9a7b2d4c68"}
	getenv := func(k string) string { return env[k] }
	return func(path string) {
		if code := Main([]string{"lint", path}, nil, io.Discard, io.Discard, getenv); code != 0 {
			b.Fatalf("lint %s exited %d", path, code)
		}
	}
}
