package runner_test

import (
	"net/http"
	"testing"

	"github.com/authspec/authspec/internal/benchproc"
	"github.com/authspec/authspec/internal/benchsuite"
	"github.com/authspec/authspec/runner"
	"github.com/authspec/authspec/secret"
	"github.com/authspec/authspec/suites"
)

// BenchmarkPreflightSmallSuite is the check lint runs on each file of a
// folder (a suite of 10 scenarios, as bench/compare writes 1,000 of them),
// with a fork of one redactor as lint gives each: what a file costs beyond
// its scenarios. Compare allocations, and CPU from the same run.
func BenchmarkPreflightSmallSuite(b *testing.B) {
	s, err := suites.Parse("small.yaml", benchsuite.Text("small", "${BENCH_URL}", 0, 10))
	if err != nil {
		b.Fatal(err)
	}
	env := map[string]string{"BENCH_URL": "http://127.0.0.1:1", "BENCH_TOKEN": "bench-token-5f0c1e9a7b2d4c68"}
	getenv := func(k string) (string, bool) { v, ok := env[k]; return v, ok }
	parent := &secret.Redactor{}
	// lint gives every suite's check the one transport (newPreflights).
	transport := http.DefaultTransport.(*http.Transport).Clone()
	b.ReportAllocs()
	defer benchproc.CPU(b)()
	for b.Loop() {
		opt := runner.Options{Getenv: getenv, Redactor: parent.Fork(), Transport: transport}
		if _, err := runner.Preflight([]*suites.Suite{s}, opt); err != nil {
			b.Fatal(err)
		}
	}
}
