package diagnose

import (
	"testing"
	"time"
)

// BenchmarkAnalyzeCorpus analyses every answer of the corpora (refusals
// and non-refusals) once per iteration: the exchanges are made once,
// over a real server, and only Analyze is timed. Compare A/B in one run
// (-count 6, benchstat) on the same machine.
func BenchmarkAnalyzeCorpus(b *testing.B) {
	srv, serve := variantServer()
	defer srv.Close()
	var exs []Exchange
	for _, pc := range allProviderCases(time.Now()) {
		serve(variant{pc.status, pc.header, pc.body})
		ex := pc.corpusCase().send(b, srv, "")
		if len(pc.secrets) > 0 {
			ex.Redactor = runRedactor(pc.cred, pc.secrets)
		}
		exs = append(exs, ex)
	}
	for _, fc := range allNonRefusals() {
		serve(variant{fc.status, fc.header, fc.body})
		tc := corpusCase{name: fc.name, cred: bearer("API_TOKEN", "tok_7Hq2LmN9pR4sT6vX8zB1cD3f")}
		exs = append(exs, tc.send(b, srv, ""))
	}
	if len(exs) < 1000 {
		b.Fatalf("only %d answers: the corpora went missing", len(exs))
	}
	b.ResetTimer()
	for b.Loop() {
		for _, ex := range exs {
			Analyze(ex)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*len(exs)), "µs/answer")
}
