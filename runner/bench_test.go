package runner_test

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/authspec/authspec/internal/bareget"
	"github.com/authspec/authspec/internal/benchproc"
	"github.com/authspec/authspec/results"
	"github.com/authspec/authspec/runner"
	"github.com/authspec/authspec/suites"

	_ "github.com/authspec/authspec/internal/golden" // accepts go test -update
)

const (
	benchScenarios = 200
	benchParallel  = 8
)

// benchHeader is what the runner sends on a benchmark request.
var benchHeader = http.Header{"User-Agent": {"authspec"}}

// benchServer answers every path with a small JSON body.
func benchServer(b *testing.B) string {
	srv := coreServer(b, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		io.WriteString(w, `{"ok":true,"path":"`+r.URL.Path+`","items":[1,2,3]}`)
	})
	return srv.URL
}

// benchSuite is n GET scenarios, each with a status and a body assertion.
func benchSuite(b *testing.B, url string, n int) *suites.Suite {
	var sc strings.Builder
	sc.WriteString("version: 1\nname: bench\nenvironments: { a: { base_url: @A@ } }\nscenarios:\n")
	for i := range n {
		fmt.Fprintf(&sc, "  - { name: s%d, request: { method: GET, path: /items/%d }, expect: { status: 200, body: { ok: true } } }\n", i, i)
	}
	return coreSuite(b, sc.String(), "A", url)
}

func benchRun(b *testing.B, s *suites.Suite) *results.Report {
	rep, err := runner.Run(context.Background(), []*suites.Suite{s}, runner.Options{Parallel: benchParallel, Getenv: coreNoEnv})
	if err != nil {
		b.Fatal(err)
	}
	if passed := rep.Totals().Passed; passed != len(s.Scenarios) {
		b.Fatalf("%d of %d passed:\n  %s", passed, len(s.Scenarios), coreNames(rep))
	}
	return rep
}

// BenchmarkRun is one run of 200 scenarios at --parallel 8; compare with
// BenchmarkBareLoop for the runner's overhead over plain net/http.
func BenchmarkRun(b *testing.B) {
	s := benchSuite(b, benchServer(b), benchScenarios)
	b.ReportAllocs()
	defer benchproc.CPU(b)()
	for b.Loop() {
		benchRun(b, s)
	}
}

// BenchmarkBareLoop sends the same 200 requests with the same client
// settings as the runner (a fresh cloned transport per run, 8 workers, a
// per-request timeout, the body read up to the cap and checked as JSON).
func BenchmarkBareLoop(b *testing.B) {
	url := benchServer(b)
	b.ReportAllocs()
	defer benchproc.CPU(b)()
	for b.Loop() {
		tr := http.DefaultTransport.(*http.Transport).Clone()
		tr.MaxIdleConnsPerHost = benchParallel
		tr.MaxIdleConns = max(tr.MaxIdleConns, 4*benchParallel)
		client := &http.Client{Transport: tr}
		next := make(chan int)
		var wg sync.WaitGroup
		for range benchParallel {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := range next {
					if err := bareget.Get(client, url+"/items/"+strconv.Itoa(i), benchHeader, "ok"); err != nil {
						b.Error(err)
					}
				}
			}()
		}
		for i := range benchScenarios {
			next <- i
		}
		close(next)
		wg.Wait()
		tr.CloseIdleConnections()
	}
}

// BenchmarkRun10k runs 10,000 scenarios and reports the memory the run
// holds: heap in use with the report alive, memory obtained from the OS,
// and the process's peak resident set (VmHWM) where /proc has it.
func BenchmarkRun10k(b *testing.B) {
	s := benchSuite(b, benchServer(b), 10_000)
	runtime.GC()
	var peakHeap, sys uint64
	for b.Loop() {
		rep := benchRun(b, s)
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		peakHeap, sys = max(peakHeap, ms.HeapInuse), max(sys, ms.Sys)
		runtime.KeepAlive(rep)
	}
	b.ReportMetric(float64(peakHeap)/(1<<20), "heap-MB")
	b.ReportMetric(float64(sys)/(1<<20), "sys-MB")
	if kb := benchproc.PeakRSSKiB(); kb > 0 {
		b.ReportMetric(float64(kb)/1024, "rss-peak-MB")
	}
}
