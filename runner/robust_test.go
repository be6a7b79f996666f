package runner_test

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"net/http"
	"runtime"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/authspec/authspec/report"
	"github.com/authspec/authspec/results"
	"github.com/authspec/authspec/runner"
	"github.com/authspec/authspec/secret"
	"github.com/authspec/authspec/suites"
)

// robustRun runs one scenario against url and returns its result, failing
// the test when the run takes ten times longer than limit: that is a hang,
// not a slow machine (CI runs these on two shared cores, and a bound close
// to limit failed there without any defect).
func robustRun(t *testing.T, url, scenario string, limit time.Duration) (*results.Report, *results.Result) {
	t.Helper()
	s := coreSuite(t, "version: 1\nname: robust\nenvironments: { a: { base_url: @A@ } }\nscenarios:\n"+scenario, "A", url)
	start := time.Now()
	rep := coreRun(t, runner.Options{}, s)
	if d := time.Since(start); d > 10*limit {
		t.Errorf("the run took %v: it hangs (a timeout of about %v should have ended it)", d, limit)
	}
	if len(rep.Results) != 1 {
		t.Fatalf("want one result, got:\n  %s", coreNames(rep))
	}
	return rep, rep.Results[0]
}

// robustWantError fails unless r is an error of the type whose message
// contains every one of words.
func robustWantError(t *testing.T, r *results.Result, typ results.Kind, words ...string) {
	t.Helper()
	if r.Status != results.Errored || r.Kind != typ {
		t.Errorf("got %s %s %q, want error %s", r.Status, r.Kind, r.Message, typ)
	}
	for _, w := range words {
		if !strings.Contains(r.Message, w) {
			t.Errorf("message %q does not say %q", r.Message, w)
		}
	}
}

func TestRobustServerNeverAnswers(t *testing.T) {
	done := make(chan struct{})
	srv := coreServer(t, func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-done:
		case <-r.Context().Done():
		}
	})
	t.Cleanup(func() { close(done) }) // runs before srv.Close, which waits for handlers
	_, r := robustRun(t, srv.URL, "  - { name: hang, timeout: 200ms, request: { method: GET, path: /hang } }\n", 3*time.Second)
	robustWantError(t, r, results.Timeout, "200ms")
}

func TestRobustSlowTrickleBeyondTimeout(t *testing.T) {
	srv := coreServer(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(200)
		io.WriteString(w, `{"items":[`)
		for i := 0; i < 100; i++ {
			if _, err := io.WriteString(w, `1,`); err != nil {
				return
			}
			w.(http.Flusher).Flush()
			select {
			case <-r.Context().Done():
				return
			case <-time.After(30 * time.Millisecond):
			}
		}
		io.WriteString(w, `1]}`)
	})
	_, r := robustRun(t, srv.URL, "  - { name: trickle, timeout: 200ms, request: { method: GET, path: /t } }\n", 3*time.Second)
	robustWantError(t, r, results.Timeout, "timeout")
}

func TestRobustConnectionReset(t *testing.T) {
	srv := resetServer(t)
	rep, r := robustRun(t, srv.URL, "  - { name: reset, request: { method: GET, path: /r } }\n", 3*time.Second)
	robustWantError(t, r, results.ConnectionReset, "reset the connection")
	if len(r.Steps) != 1 || r.Steps[0].StatusCode != 0 {
		t.Errorf("steps %+v, want one step without a response", r.Steps)
	}
	// The host accepted the connection: it was reached, and the scenario
	// is an error (exit 1), not an unreachable environment (exit 3).
	if got := rep.Unreachable(); len(got) != 0 {
		t.Errorf("Unreachable() = %v, want none: the server accepted the connection", got)
	}
	if !r.Steps[0].Connected {
		t.Error("step not marked Connected")
	}
}

func TestRobustNotHTTP(t *testing.T) {
	addr := rawServer(t, "garbage\r\n\r\n") // answers the request head with garbage
	_, r := robustRun(t, "http://"+addr, "  - { name: garbage, request: { method: GET, path: /g } }\n", 3*time.Second)
	robustWantError(t, r, results.BadResponse, "not HTTP")
}

// robustZeros streams n bytes of a JSON-looking body from one small buffer.
func robustStream(w http.ResponseWriter, n int) {
	chunk := bytes.Repeat([]byte("0123456789abcdef"), 4096) // 64 KiB
	w.Header().Set("Content-Type", "application/octet-stream")
	for n > 0 {
		k := min(n, len(chunk))
		if _, err := w.Write(chunk[:k]); err != nil {
			return
		}
		n -= k
	}
}

func TestRobustHugeBodyIsCapped(t *testing.T) {
	srv := coreServer(t, func(w http.ResponseWriter, r *http.Request) { robustStream(w, 50<<20) })
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	rep, r := robustRun(t, srv.URL, "  - { name: huge, request: { method: GET, path: /big } }\n", 5*time.Second)
	runtime.GC()
	runtime.ReadMemStats(&after)
	if r.Status != results.Failed || !strings.Contains(r.Message, "larger than the 10485760-byte read cap") {
		t.Errorf("got %s %q, want a failure saying the body was larger than the cap", r.Status, r.Message)
	}
	// The server sent 50 MiB: the runner read at most the cap (growing a
	// 10 MiB buffer costs ~30 MiB in all, ~45 under -race; reading all 50
	// would cost well over 100), and the result keeps an excerpt, not the
	// 10 MiB it read.
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 80<<20 {
		t.Errorf("reading a 50 MiB body allocated %d MiB; the cap should bound it", alloc>>20)
	}
	if grown := int64(after.HeapInuse) - int64(before.HeapInuse); grown > 4<<20 {
		t.Errorf("the report holds %d MiB after the run; it should hold an excerpt", grown>>20)
	}
	if n := len(r.Steps[0].Response.Body); n > 8<<10 {
		t.Errorf("result keeps %d body bytes, want an excerpt", n)
	}
	runtime.KeepAlive(rep)
}

func TestRobustBodyAssertionOnNonJSON(t *testing.T) {
	srv := coreServer(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		io.WriteString(w, "<html><body>Access denied</body></html>")
	})
	_, r := robustRun(t, srv.URL, "  - { name: html, request: { method: GET, path: /h }, expect: { body: { id: acc_1 } } }\n", 3*time.Second)
	if r.Status != results.Failed || !strings.Contains(r.Message, "not JSON") {
		t.Errorf("got %s %q, want a failure saying the body is not JSON", r.Status, r.Message)
	}
}

func TestRobustInvalidUTF8ReachesReportsSanely(t *testing.T) {
	srv := coreServer(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header()["X-Bad"] = []string{"caf\xe9 \xff\xfe"}
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(403)
		io.WriteString(w, "{\"id\":\"\xff\xfe\",\"x\":\"\xc3\x28\"}")
	})
	rep, r := robustRun(t, srv.URL, `  - name: bytes
    kind: permission
    request: { method: GET, path: /u }
    expect:
      headers: { X-Bad: { contains: ok } }
      body: { id: fine }
      body_contains: zzz
`, 3*time.Second)
	if r.Status != results.Failed || len(r.Failures) == 0 {
		t.Fatalf("got %s %q, want assertion failures", r.Status, r.Message)
	}
	if !utf8.ValidString(r.Message) || strings.ContainsAny(r.Message, "\r\n") {
		t.Errorf("message %q is not one line of valid UTF-8", r.Message)
	}
	for _, f := range r.Failures {
		if s := f.Path + f.Expected + f.Actual + f.Message; !utf8.ValidString(s) {
			t.Errorf("failure %+q holds invalid UTF-8", f)
		}
	}
	var js, ju, co bytes.Buffer
	if err := report.JSON(&js, rep); err != nil || !json.Valid(js.Bytes()) || !utf8.Valid(js.Bytes()) {
		t.Errorf("JSON report: err %v, valid JSON %v, valid UTF-8 %v", err, json.Valid(js.Bytes()), utf8.Valid(js.Bytes()))
	}
	if err := report.JUnit(&ju, rep); err != nil || !utf8.Valid(ju.Bytes()) {
		t.Errorf("JUnit report: err %v, valid UTF-8 %v", err, utf8.Valid(ju.Bytes()))
	}
	for d := xml.NewDecoder(&ju); ; {
		if _, err := d.Token(); err != nil {
			if !errors.Is(err, io.EOF) {
				t.Errorf("JUnit report is not well-formed XML: %v", err)
			}
			break
		}
	}
	if err := report.Console(&co, rep, report.ConsoleOptions{Verbose: true}); err != nil || !utf8.Valid(co.Bytes()) {
		t.Errorf("console report: err %v, valid UTF-8 %v", err, utf8.Valid(co.Bytes()))
	}
}

// Cancelling the run (Ctrl-C) stops it promptly: the case in flight and
// the cases not started are skipped, and no environment is
// called unreachable because its requests were cut short.
func TestRobustInterruptedRun(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	srv := coreServer(t, func(w http.ResponseWriter, r *http.Request) {
		cancel()
		<-r.Context().Done()
	})
	var b strings.Builder
	for i := 0; i < 5; i++ {
		fmt.Fprintf(&b, "  - { name: s%d, request: { method: GET, path: /x } }\n", i)
	}
	suite := coreSuite(t, "version: 1\nname: interrupted\nenvironments: { a: { base_url: @A@ } }\nscenarios:\n"+b.String(), "A", srv.URL)
	rep, err := runner.Run(ctx, []*suites.Suite{suite}, runner.Options{Parallel: 1, Getenv: coreNoEnv})
	if err != nil {
		t.Fatal(err)
	}
	if !rep.Interrupted || len(rep.Results) != 5 {
		t.Fatalf("interrupted=%v, %d results", rep.Interrupted, len(rep.Results))
	}
	if r := rep.Results[0]; r.Status != results.Skipped || r.Kind != results.Interrupted || secret.Plain(r.Message) != "interrupted while its request was in flight" {
		t.Errorf("first case: %s %s %q, want skipped (Interrupted) in flight", r.Status, r.Kind, r.Message)
	}
	for _, r := range rep.Results[1:] {
		if r.Status != results.Skipped {
			t.Errorf("%s: %s, want skipped", r.Name, r.Status)
		}
	}
	if got := rep.Unreachable(); len(got) != 0 {
		t.Errorf("Unreachable() = %v after an interruption", got)
	}
}

// https:// to a port that speaks plain HTTP is a TLS error that says so.
func TestRobustHTTPSToPlainHTTP(t *testing.T) {
	srv := coreServer(t, func(w http.ResponseWriter, r *http.Request) {})
	url := strings.Replace(srv.URL, "http://", "https://", 1)
	_, r := robustRun(t, url, "  - { name: tls, request: { method: GET, path: /x } }\n", 3*time.Second)
	robustWantError(t, r, results.TLS, "plain HTTP")
}
