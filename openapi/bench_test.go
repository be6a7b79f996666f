package openapi

import (
	"os"
	"path/filepath"
	"runtime/debug"
	"testing"
	"time"

	"github.com/authspec/authspec/internal/heaproom"
	"github.com/authspec/authspec/suites"
	yaml "go.yaml.in/yaml/v3"
)

// The large document: the DigitalOcean description, 659 operations over
// 2,900 files.
var largeDoc = docPath("digitalocean/specification/DigitalOcean-public.v2.yaml")

// asTheCommand gives the benchmark the heap limit the authspec binary
// sets in main (40 MiB, soft), so the figures are the command's.
func asTheCommand(b *testing.B) {
	b.Helper()
	old := debug.SetMemoryLimit(40 << 20)
	b.Cleanup(func() { debug.SetMemoryLimit(old) })
}

// load is Load as the command calls it: with the collector loosened for
// the build (internal/cli's loadOpenAPI).
func load(b *testing.B, file string, detail Detail) *Doc {
	b.Helper()
	defer heaproom.Enter()()
	d, err := Load(file, detail)
	if err != nil {
		b.Fatal(err)
	}
	return d
}

// BenchmarkGenerateLarge is `authspec init --openapi` on the large
// document without the file writes: read it with samples, write the suite.
// cpu-ms/op is the CPU time of the process per run, which stays
// meaningful on a busy machine where ns/op (wall time) does not.
func BenchmarkGenerateLarge(b *testing.B) {
	asTheCommand(b)
	measureCPU(b, func() {
		Generate(load(b, largeDoc, Samples), "openapi.yaml")
	})
}

// BenchmarkCoverLarge is `authspec coverage` on the large document and
// the suite generated from it (14,000 lines): read the document's
// security only, parse the suite, map and sum.
func BenchmarkCoverLarge(b *testing.B) {
	asTheCommand(b)
	suite := Generate(load(b, largeDoc, Samples), "openapi.yaml").Suite
	b.ResetTimer()
	measureCPU(b, func() {
		d := load(b, largeDoc, Security)
		s, errs := suites.Parse("suites/do.yaml", suite)
		if len(errs) > 0 {
			b.Fatal(errs)
		}
		Cover(d, []*suites.Suite{s})
	})
}

// BenchmarkBaselineYAML parses every file of the large document with the
// YAML parser alone: the least any reader of the document must do, in
// the same run, so the ratio holds whatever the machine.
func BenchmarkBaselineYAML(b *testing.B) {
	var files [][]byte
	err := filepath.WalkDir(filepath.Dir(largeDoc), func(p string, e os.DirEntry, err error) error {
		if err == nil && !e.IsDir() && (filepath.Ext(p) == ".yml" || filepath.Ext(p) == ".yaml") {
			data, err := os.ReadFile(p)
			files = append(files, data)
			return err
		}
		return err
	})
	if err != nil {
		b.Fatal(err)
	}
	measureCPU(b, func() {
		for _, data := range files {
			var n yaml.Node
			if err := yaml.Unmarshal(data, &n); err != nil {
				b.Fatal(err)
			}
		}
	})
}

func measureCPU(b *testing.B, run func()) {
	start, wall := cpuTime(), time.Now()
	n := 0
	for b.Loop() {
		run()
		n++
	}
	if used := cpuTime() - start; used > 0 && n > 0 {
		b.ReportMetric(float64(used.Milliseconds())/float64(n), "cpu-ms/op")
	}
	b.ReportMetric(float64(time.Since(wall).Milliseconds())/float64(n), "wall-ms/op")
}
