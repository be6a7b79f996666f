package suites_test

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/authspec/authspec/internal/benchproc"
	"github.com/authspec/authspec/internal/benchsuite"
	"github.com/authspec/authspec/suites"
	"go.yaml.in/yaml/v3"
)

// benchSuiteText is the benchmark suite (benchsuite.Text) with a base URL
// nothing listens on: these benchmarks only load it.
func benchSuiteText(first, n int) []byte {
	return benchsuite.Text("bench "+fmt.Sprint(first), "http://127.0.0.1:1", first, n)
}

const benchScenarios = 10_000

// BenchmarkParse10k loads a 10,000-scenario suite; compare it with
// BenchmarkYAMLNode10k, a bare yaml.v3 parse of the same bytes, in the same
// run: the ratio is the loader's cost over the parser's.
func BenchmarkParse10k(b *testing.B) {
	data := benchSuiteText(0, benchScenarios)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	defer benchproc.CPU(b)()
	for b.Loop() {
		if _, errs := suites.Parse("bench.yaml", data); len(errs) > 0 {
			b.Fatal(errs)
		}
	}
}

func BenchmarkYAMLNode10k(b *testing.B) {
	data := benchSuiteText(0, benchScenarios)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	defer benchproc.CPU(b)()
	for b.Loop() {
		var n yaml.Node
		if err := yaml.Unmarshal(data, &n); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoad1kFiles loads the same 10,000 scenarios as 1,000 files of
// 10: files load in parallel, so this should beat one large file.
func BenchmarkLoad1kFiles(b *testing.B) {
	dir := b.TempDir()
	const files = 1000
	for f := range files {
		path := filepath.Join(dir, fmt.Sprintf("s%04d.yaml", f))
		if err := os.WriteFile(path, benchSuiteText(f*10, benchScenarios/files), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportAllocs()
	defer benchproc.CPU(b)()
	for b.Loop() {
		if _, err := suites.Load(dir); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoad1File is BenchmarkLoad1kFiles' baseline: one file.
func BenchmarkLoad1File(b *testing.B) {
	path := filepath.Join(b.TempDir(), "one.yaml")
	if err := os.WriteFile(path, benchSuiteText(0, benchScenarios), 0o644); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	defer benchproc.CPU(b)()
	for b.Loop() {
		if _, err := suites.Load(path); err != nil {
			b.Fatal(err)
		}
	}
}
