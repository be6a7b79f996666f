package suites

import (
	"testing"

	"github.com/authspec/authspec/internal/benchproc"
	"github.com/authspec/authspec/internal/benchsuite"
)

// BenchmarkFastYAMLNode10k is the fast parser alone on the file of
// BenchmarkYAMLNode10k (yaml.v3 alone), whole, copy of the text included:
// compare the two in the same run.
func BenchmarkFastYAMLNode10k(b *testing.B) {
	data := benchsuite.Text("bench 0", "http://127.0.0.1:1", 0, 10_000)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	defer benchproc.CPU(b)()
	for b.Loop() {
		if _, why := fastParse(string(data), 1); why != "" {
			b.Fatal(why)
		}
	}
}
