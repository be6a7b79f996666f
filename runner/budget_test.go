package runner

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/authspec/authspec/results"
	"github.com/authspec/authspec/secret"
	"github.com/authspec/authspec/secret/secrettest"
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

// A response that stops waiting for room (its context ended) says so in
// authspec's words, which a secret that is one of them ("memory") does not
// rewrite, and still wraps why it stopped. A run says no more than
// "interrupted" or "timeout" then (exec and classify see the context
// first), so this is checked where the message is made.
func TestWaitingForTheBudgetWordsLiteral(t *testing.T) {
	bb := newBodyBudget(10, 4)
	if err := bb.sem.Acquire(context.Background(), bb.size); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := bb.reserve(ctx, &http.Response{ContentLength: 3}, 4)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("reserve = %v, want it to wrap context.Canceled", err)
	}
	var r secret.Redactor
	r.Add("PW", "memory")
	r.Add("LONG", "Long-Secret-Q8w2-7731")
	got := secret.Render(&r, string(secret.Textf("%v: %s", err, "memory Long-Secret-Q8w2-7731")))
	if want := "waiting for memory to read the response: context canceled: [PW "; !strings.HasPrefix(got, want) {
		t.Errorf("rendered %q\nwant it to start %q", got, want)
	}
	secrettest.NoForms(t, got, "Long-Secret-Q8w2-7731")
}
