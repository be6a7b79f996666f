package runner

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/authspec/authspec/results"
)

// However many test cases are in flight, the response bytes held at once
// stay within the run's budget, and cases whose responses do not fit wait
// instead of failing or deadlocking (several steps a case, bodies with and
// without Content-Length).
func TestResponseMemoryIsBoundedForTheRun(t *testing.T) {
	const bodySize = 256 << 10
	body := `{"ok": true, "pad": "` + strings.Repeat("x", bodySize-40) + `"}`
	srv, _ := lcServer(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		if strings.HasPrefix(r.URL.Path, "/chunked") {
			// No Content-Length: the reservation is MaxBody.
			w.(http.Flusher).Flush()
		}
		fmt.Fprint(w, body)
	})
	var sc strings.Builder
	for i := range 24 {
		path := "/sized"
		if i%3 == 0 {
			path = "/chunked"
		}
		fmt.Fprintf(&sc, `  - name: case %d
    steps:
      - { request: { path: %s/%d/a }, expect: { body: { ok: true } } }
      - { request: { path: %s/%d/b }, expect: { body: { ok: true } } }
`, i, path, i, path, i)
	}
	ss := lcLoad(t, "version: 1\nname: budget\nenvironments:\n  local: { base_url: \"{{A}}\" }\nscenarios:\n"+sc.String(), nil, "{{A}}", srv.URL)

	opt := Options{Parallel: MaxParallel, MaxBody: 512 << 10, MaxBuffered: 1 << 20,
		Getenv: func(string) (string, bool) { return "", false }}
	opt.fill()
	p, err := newPlan(ss, &opt)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second) // a hang bound
	defer cancel()
	var wg sync.WaitGroup
	res := make([]*results.Result, len(p.cases))
	for i, c := range p.cases {
		wg.Add(1)
		go func() {
			defer wg.Done()
			res[i] = p.execute(ctx, c)
		}()
	}
	wg.Wait()
	for _, r := range res {
		lcWant(t, r, results.Passed, results.None)
	}
	if peak := p.bodies.peak.Load(); peak > opt.MaxBuffered || peak < opt.MaxBody {
		t.Errorf("peak reserved %d bytes; want at most the budget %d (and at least one %d-byte reservation)", peak, opt.MaxBuffered, opt.MaxBody)
	}
	if held := p.bodies.held.Load(); held != 0 {
		t.Errorf("%d bytes still reserved after the run: a reservation leaked", held)
	}
}

// The time a response waits for room in the budget is not the server's:
// a case queued behind other responses does not time out for it. Here the
// whole budget is taken for twice the case's timeout, which is long enough
// (1s) that the request itself, on loopback, meets it on a loaded machine.
func TestWaitingForTheBudgetIsNotATimeout(t *testing.T) {
	srv, _ := lcServer(t, func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, `{"ok": true}`)
	})
	ss := lcLoad(t, "version: 1\nname: wait\nenvironments:\n  local: { base_url: \"{{A}}\" }\ndefaults: { timeout: 1s }\nscenarios:\n  - { name: waits, request: { path: /x }, expect: { body: { ok: true } } }\n", nil, "{{A}}", srv.URL)
	opt := Options{Getenv: func(string) (string, bool) { return "", false }}
	opt.fill()
	p, err := newPlan(ss, &opt)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second) // a hang bound
	defer cancel()
	if err := p.bodies.sem.Acquire(ctx, p.bodies.size); err != nil {
		t.Fatal(err)
	}
	go func() {
		time.Sleep(2 * time.Second)
		p.bodies.sem.Release(p.bodies.size)
	}()
	r := p.execute(ctx, p.cases[0])
	lcWant(t, r, results.Passed, results.None)
}
