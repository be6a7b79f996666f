package cli

import (
	"bytes"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/authspec/authspec/internal/bareget"
	"github.com/authspec/authspec/internal/benchproc"
	"github.com/authspec/authspec/internal/benchsuite"
	"github.com/mccutchen/go-httpbin/v2/httpbin"
)

// benchCases is the size of bench/compare's run comparison.
const (
	benchCases = 2000
	benchToken = "bench-token-5f0c1e9a7b2d4c68"
)

// benchHTTPBin serves go-httpbin, the server bench/compare runs against.
func benchHTTPBin(b *testing.B) string {
	srv := httptest.NewServer(httpbin.New())
	b.Cleanup(srv.Close)
	return srv.URL
}

// BenchmarkRunCommand is `authspec run --parallel P` of bench/compare's
// 2,000-case suite, in process: loading, the run and the console report,
// without the process start-up. It is where CPU and allocation profiles
// of the whole command come from (-cpuprofile, -memprofile); compare with
// BenchmarkRunCommandBareLoop, which sends the same requests. The server's
// CPU is on both sides.
func BenchmarkRunCommand(b *testing.B) {
	url := benchHTTPBin(b)
	path := filepath.Join(b.TempDir(), "bench.yaml")
	if err := os.WriteFile(path, benchsuite.Text("bench", "${BENCH_URL}", 0, benchCases), 0o644); err != nil {
		b.Fatal(err)
	}
	env := map[string]string{"BENCH_URL": url, "BENCH_TOKEN": benchToken}
	for _, parallel := range []string{"8", "1"} {
		b.Run("parallel="+parallel, func(b *testing.B) {
			b.ReportAllocs()
			defer benchproc.CPU(b)()
			for b.Loop() {
				var out, errOut bytes.Buffer
				code := Main([]string{"run", "--no-color", "--parallel", parallel, path}, strings.NewReader(""), &out, &errOut, func(k string) string { return env[k] })
				if code != 0 || !strings.Contains(out.String(), "2000 passed") {
					b.Fatalf("exit %d:\n%s\n%s", code, tailOf(out.String()), errOut.String())
				}
				if strings.Contains(out.String(), benchToken) {
					b.Fatal("the token is in the console output")
				}
			}
		})
	}
}

// BenchmarkRunCommandBareLoop is bench/bareloop in process: the same
// requests by plain net/http, over one transport.
func BenchmarkRunCommandBareLoop(b *testing.B) {
	url := benchHTTPBin(b) + "/bearer"
	header := http.Header{"Authorization": {"Bearer " + benchToken}, "Accept": {"application/json"}}
	for _, c := range []int{8, 1} {
		b.Run("parallel="+string(rune('0'+c)), func(b *testing.B) {
			b.ReportAllocs()
			defer benchproc.CPU(b)()
			for b.Loop() {
				tr := http.DefaultTransport.(*http.Transport).Clone()
				tr.MaxIdleConnsPerHost = c
				client := &http.Client{Transport: tr}
				next := make(chan int)
				var wg sync.WaitGroup
				for range c {
					wg.Go(func() {
						for range next {
							if err := bareget.Get(client, url, header, "authenticated"); err != nil {
								b.Error(err)
							}
						}
					})
				}
				for i := range benchCases {
					next <- i
				}
				close(next)
				wg.Wait()
				tr.CloseIdleConnections()
			}
		})
	}
}

func tailOf(s string) string {
	if len(s) > 2000 {
		return "…" + s[len(s)-2000:]
	}
	return s
}
