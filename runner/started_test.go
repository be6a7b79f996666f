package runner_test

import (
	"net/http"
	"sync"
	"testing"
	"time"

	"github.com/authspec/authspec/runner"
)

// Each result records when its case started, so a report can give a
// suite's wall time: two cases that the server holds until both have
// arrived (--parallel 2) overlap, and their starts and ends say so.
func TestResultsRecordWhenTheyStarted(t *testing.T) {
	var mu sync.Mutex
	arrived, both := 0, make(chan struct{})
	srv := coreServer(t, func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		if arrived++; arrived == 2 {
			close(both)
		}
		mu.Unlock()
		// Answers only once both cases are in flight; the wait is bounded,
		// so that a runner that does not overlap them fails the check
		// below instead of holding the server (and the test) for ever.
		select {
		case <-both:
		case <-r.Context().Done():
		case <-time.After(5 * time.Second):
		}
	})
	s := coreSuite(t, `version: 1
name: overlap
environments:
  staging: { base_url: @A@ }
scenarios:
  - name: first
    request: { method: GET, path: /a }
  - name: second
    request: { method: GET, path: /b }
`, "A", srv.URL)
	rep := coreRun(t, runner.Options{Parallel: 2}, s)
	if len(rep.Results) != 2 {
		t.Fatalf("%d results, want 2", len(rep.Results))
	}
	a, b := rep.Results[0], rep.Results[1]
	for _, r := range rep.Results {
		if r.Started.IsZero() || r.Started.Before(rep.StartedAt) || r.Started.Add(r.Duration).After(rep.StartedAt.Add(rep.Duration)) {
			t.Errorf("%s: started %v for %v, outside the run (%v for %v)", r.Name, r.Started, r.Duration, rep.StartedAt, rep.Duration)
		}
	}
	if !a.Started.Before(b.Started.Add(b.Duration)) || !b.Started.Before(a.Started.Add(a.Duration)) {
		t.Errorf("the two cases do not overlap: %v+%v and %v+%v", a.Started, a.Duration, b.Started, b.Duration)
	}
}
