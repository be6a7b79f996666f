package report_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/authspec/authspec/internal/benchproc"
	"github.com/authspec/authspec/report"
	"github.com/authspec/authspec/results"
	"github.com/authspec/authspec/runner"
	"github.com/authspec/authspec/suites"
)

// benchCases is the size of the run the report writers are measured on.
const benchCases = 10_000

// benchReport runs benchCases test cases against a server on 127.0.0.1
// (a bearer token; every 10th scenario also probes no_auth and invalid,
// and one in 20 fails its status) and returns the report and the CPU time
// the run took (client and server: on a shared machine wall time is noise).
func benchReport(b *testing.B) (*results.Report, time.Duration) {
	b.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") != "Bearer bench_token_0123456789" {
			w.WriteHeader(http.StatusUnauthorized)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		io.WriteString(w, `{"ok":true}`)
	}))
	b.Cleanup(srv.Close)
	var sc strings.Builder
	sc.WriteString("version: 1\nname: bench\nenvironments: { a: { base_url: \"" + srv.URL + "\", allow_insecure: true } }\n")
	sc.WriteString("credentials: { tok: { type: bearer, token: bench_token_0123456789 } }\nscenarios:\n")
	n := 0
	for i := 0; n < benchCases; i++ {
		status, probes := 200, ""
		if i%20 == 7 {
			status = 204
		}
		if i%10 == 3 && n+3 <= benchCases {
			probes, n = ", probes: [no_auth, invalid]", n+2
		}
		fmt.Fprintf(&sc, "  - { name: s%d, auth: tok, request: { method: GET, path: /items/%d }, expect: { status: %d }%s }\n", i, i%50, status, probes)
		n++
	}
	path := filepath.Join(b.TempDir(), "bench.yaml")
	if err := os.WriteFile(path, []byte(sc.String()), 0o600); err != nil {
		b.Fatal(err)
	}
	ss, err := suites.Load(path)
	if err != nil {
		b.Fatal(err)
	}
	cpu := benchproc.CPUTime()
	rep, err := runner.Run(context.Background(), ss, runner.Options{Getenv: func(string) (string, bool) { return "", false }})
	if err != nil {
		b.Fatal(err)
	}
	took := benchproc.CPUTime() - cpu
	if len(rep.Results) != benchCases {
		b.Fatalf("%d test cases, want %d", len(rep.Results), benchCases)
	}
	return rep, took
}

// BenchmarkReports measures what the reports cost on a 10,000-case run,
// as CPU time and as a share of that run's own CPU time (%run, client and
// server, measured in the same process):
//
//	go test ./report -run '^$' -bench Reports -benchtime 5x
//
// html+metrics is the figure to watch: the shared document built once,
// then the HTML report and the metrics written from it. all adds the JSON
// report and a baseline comparison, as `authspec run --json --html
// --metrics --baseline` does.
func BenchmarkReports(b *testing.B) {
	rep, run := benchReport(b)
	base := filepath.Join(b.TempDir(), "base.json")
	if err := report.WriteFile(base, func(w io.Writer) error { return report.JSON(w, rep) }); err != nil {
		b.Fatal(err)
	}
	prev, err := report.ReadBaseline(base)
	if err != nil {
		b.Fatal(err)
	}
	for _, w := range []struct {
		name  string
		write func(d *report.Document) error
	}{
		{"document", func(d *report.Document) error { _, err := d.MetricsRegistry(); return err }},
		{"html+metrics", func(d *report.Document) error {
			return errors.Join(d.HTML(io.Discard, report.HTMLOptions{}), d.Metrics(io.Discard))
		}},
		{"all", func(d *report.Document) error {
			ch := d.Compare(prev)
			return errors.Join(d.JSON(io.Discard, ch), d.HTML(io.Discard, report.HTMLOptions{Changes: ch}), d.Metrics(io.Discard))
		}},
	} {
		b.Run(w.name, func(b *testing.B) {
			cpu := benchproc.CPUTime()
			for b.Loop() {
				if err := w.write(report.NewDocument(rep)); err != nil {
					b.Fatal(err)
				}
			}
			per := (benchproc.CPUTime() - cpu) / time.Duration(b.N)
			b.ReportMetric(float64(per.Microseconds())/1000, "cpu-ms/op")
			b.ReportMetric(float64(run.Microseconds())/1000, "run-cpu-ms")
			b.ReportMetric(100*float64(per)/float64(run), "%run")
		})
	}
}
