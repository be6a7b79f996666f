package report

import (
	"testing"

	"github.com/authspec/authspec/results"
)

// TestRequestTableAllocsPerStep: counting a run's requests renders an
// endpoint once per change of endpoint, not once per step, and a step's
// one answer makes no slice: a run of 1,000 passing cases of one endpoint
// costs what a run of 10 does. Each step cost two allocations before.
func TestRequestTableAllocsPerStep(t *testing.T) {
	run := func(n int) *results.Report {
		r := &results.Report{}
		for range n {
			r.Results = append(r.Results, &results.Result{Environment: "local", Status: results.Passed,
				Steps: []results.Step{{Method: "GET", URL: "http://127.0.0.1/bearer", Endpoint: "GET /bearer", StatusCode: 200}}})
		}
		return r
	}
	small, large := run(10), run(1000)
	few := testing.AllocsPerRun(5, func() { requestTable(small) })
	many := testing.AllocsPerRun(5, func() { requestTable(large) })
	if many > few+10 {
		t.Errorf("the request table of 1,000 steps made %.0f allocations, of 10 steps %.0f: it should not grow with the steps", many, few)
	}
	rows := requestTable(large)
	if len(rows) != 1 || rows[0].Endpoint != endpoint(large.Results[0].Steps[0]) || rows[0].Requests != 1000 || rows[0].S2xx != 1000 {
		t.Errorf("rows: %+v", rows)
	}
}
