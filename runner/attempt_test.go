package runner_test

import (
	"fmt"
	"net"
	"net/http"
	"net/http/httptrace"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/authspec/authspec/results"
	"github.com/authspec/authspec/runner"
	"github.com/authspec/authspec/suites"
)

// The tries of a run share pooled timers (see runner's attempt): a timer
// that fires as its try ends must never cancel the try that reuses it, nor
// make its failure a timeout. Here slow cases with a 20ms timeout, against
// a server that answers them in 10 to 30ms, are mixed with fast cases whose
// timeout (30s) nothing in the test can reach and with cases whose
// connection the server resets at once, eight at a time, with a body
// budget small enough that some responses wait for room (the timer
// paused). A fast case that errs was cancelled by another try's timer; a
// reset called a timeout is another try's; a slow case may pass or time
// out, and nothing else.
func TestAttemptTimerNeverCancelsAnotherTry(t *testing.T) {
	const n = 450
	body := strings.Repeat("x", 6<<10)
	srv := coreServer(t, func(w http.ResponseWriter, r *http.Request) {
		if strings.HasPrefix(r.URL.Path, "/reset/") {
			conn, _, err := w.(http.Hijacker).Hijack()
			if err != nil {
				t.Error(err)
				return
			}
			conn.(*net.TCPConn).SetLinger(0) // close sends RST
			conn.Close()
			return
		}
		if i, ok := strings.CutPrefix(r.URL.Path, "/slow/"); ok {
			k, _ := strconv.Atoi(i)
			select { // 10 to 30ms, around the timeout
			case <-time.After(time.Duration(10+k/3*7%21) * time.Millisecond):
			case <-r.Context().Done():
				return
			}
		}
		w.Header().Set("Content-Type", "text/plain")
		w.Write([]byte(body))
	})
	var sc strings.Builder
	sc.WriteString("version: 1\nname: attempt\nenvironments: { a: { base_url: @A@ } }\nscenarios:\n")
	for i := range n {
		switch i % 3 {
		case 0:
			fmt.Fprintf(&sc, "  - { name: slow%d, timeout: 20ms, retry: { attempts: 2, delay: 1ms, on: [network] }, request: { method: GET, path: /slow/%d }, expect: { status: 200 } }\n", i, i)
		case 1:
			fmt.Fprintf(&sc, "  - { name: reset%d, timeout: 30s, request: { method: GET, path: /reset/%d }, expect: { status: 200 } }\n", i, i)
		default:
			fmt.Fprintf(&sc, "  - { name: fast%d, timeout: 30s, request: { method: GET, path: /fast/%d }, expect: { status: 200 } }\n", i, i)
		}
	}
	rep := coreRun(t, runner.Options{Parallel: 8, MaxBody: 8 << 10, MaxBuffered: 20 << 10}, coreSuite(t, sc.String(), "A", srv.URL))
	if len(rep.Results) != n {
		t.Fatalf("%d results, want %d", len(rep.Results), n)
	}
	var passed, timedOut int
	for _, r := range rep.Results {
		switch {
		case strings.HasPrefix(r.Name, "reset"):
			if r.Status != results.Errored || r.Kind == results.Timeout {
				t.Errorf("%s: %s %s %q, want an error that is not a timeout", r.Name, r.Status, r.Kind, r.Message)
			}
		case strings.HasPrefix(r.Name, "fast"):
			if r.Status != results.Passed {
				t.Errorf("%s: %s %s %q: another try's timer cancelled it", r.Name, r.Status, r.Kind, r.Message)
			}
		case r.Status == results.Passed:
			passed++
		case r.Status == results.Errored && r.Kind == results.Timeout:
			timedOut++
			if !strings.Contains(r.Message, "20ms") {
				t.Errorf("%s: timeout message %q does not name its timeout", r.Name, r.Message)
			}
		default:
			t.Errorf("%s: %s %s %q, want passed or a timeout", r.Name, r.Status, r.Kind, r.Message)
		}
	}
	t.Logf("slow cases: %d passed, %d timed out", passed, timedOut)
}

// A caller's context may carry its own httptrace: the runner's trace of
// each try is composed with it, so both see every try (the runner's is
// shared by a step's tries only when the context has none).
func TestAttemptCallerTraceSeesEveryTry(t *testing.T) {
	var hits coreCounter
	srv := coreServer(t, func(w http.ResponseWriter, r *http.Request) {
		if hits.hit(r.URL.Path) < 3 {
			w.WriteHeader(503)
		}
	})
	var mu sync.Mutex
	conns := 0
	ctx := httptrace.WithClientTrace(t.Context(), &httptrace.ClientTrace{GotConn: func(httptrace.GotConnInfo) {
		mu.Lock()
		conns++
		mu.Unlock()
	}})
	s := coreSuite(t, "version: 1\nname: trace\nenvironments: { a: { base_url: @A@ } }\nscenarios:\n"+
		"  - { name: flaky, retry: { attempts: 3, delay: 1ms, on: [503] }, request: { method: GET, path: /flaky } }\n", "A", srv.URL)
	rep, err := runner.Run(ctx, []*suites.Suite{s}, runner.Options{Getenv: coreNoEnv})
	if err != nil {
		t.Fatal(err)
	}
	r := coreResult(t, rep, "a", "flaky")
	if r.Status != results.Passed || r.Attempts != 3 || len(r.Steps) != 1 || !r.Steps[0].Connected {
		t.Errorf("%s after %d attempts, steps %+v; want passed after 3, connected", r.Status, r.Attempts, r.Steps)
	}
	mu.Lock()
	defer mu.Unlock()
	if conns != 3 {
		t.Errorf("the caller's trace saw %d connections, want one per try (3)", conns)
	}
}
