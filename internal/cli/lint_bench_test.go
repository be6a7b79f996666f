package cli

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"

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

func writeBenchSuite(b *testing.B, path string, first, n int) {
	b.Helper()
	text := benchsuite.Text("bench "+filepath.Base(path), "${BENCH_URL}", first, n)
	if err := os.WriteFile(path, text, 0o644); err != nil {
		b.Fatal(err)
	}
}

func benchLint(b *testing.B, path string) {
	env := map[string]string{"BENCH_URL": "http://127.0.0.1:1", "BENCH_TOKEN": "bench-token-5f0c1e9a7b2d4c68"}
	getenv := func(k string) string { return env[k] }
	b.ReportAllocs()
	defer benchproc.CPU(b)()
	for b.Loop() {
		if code := Main([]string{"lint", path}, nil, io.Discard, io.Discard, getenv); code != 0 {
			b.Fatalf("lint exited %d", code)
		}
	}
}
