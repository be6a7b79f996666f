package runner_test

import (
	"net/http"
	"sync"
	"testing"

	"github.com/authspec/authspec/runner"
)

// Each result records when its case started, so a report can give a
// suite's wall time: two cases that the server holds until both have
// arrived (--parallel 2) overlap, and their starts and ends say so.
func TestResultsRecordWhenTheyStarted(t *testing.T) {
	var arrived sync.WaitGroup
	arrived.Add(2)
	srv := coreServer(t, func(w http.ResponseWriter, r *http.Request) {
		arrived.Done()
		arrived.Wait() // answers only once both cases are in flight
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
