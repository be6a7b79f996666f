package report

import (
	"slices"
	"strconv"

	"github.com/authspec/authspec/results"
	"github.com/authspec/authspec/secret"
)

// requestRow counts the responses one endpoint gave in one environment.
// Every sent request lands in exactly one of 2xx, 401, 403, Other or
// NoResponse, so Requests is their sum. NoResponse counts steps with
// StatusCode 0: no HTTP response arrived (connection refused, timeout, TLS
// failure). Other is every other status: 1xx, 3xx, 4xx other than 401 and
// 403, 5xx.
type requestRow struct {
	Env        string
	Endpoint   string
	Requests   int
	S2xx       int
	S401       int
	S403       int
	Other      int
	NoResponse int
}

// tableHeader names the columns of the request table, in order.
var tableHeader = []string{"environment", "endpoint", "requests", "2xx", "401", "403", "other", "no response"}

// cells returns the row's cells in tableHeader order, redacted.
func (r *requestRow) cells(red *secret.Redactor) []string {
	return []string{literal(r.Env), oneLine(red, r.Endpoint),
		strconv.Itoa(r.Requests), strconv.Itoa(r.S2xx), strconv.Itoa(r.S401),
		strconv.Itoa(r.S403), strconv.Itoa(r.Other), strconv.Itoa(r.NoResponse)}
}

// requestTable is the run's requests by environment × endpoint
// (requestCounts), an environment's endpoints in the order of their
// first request there. Console and step summary both render it.
func requestTable(r *results.Report) []*requestRow {
	c := countRequests(r, endpoint)
	var out []*requestRow
	for _, e := range c.envs {
		for _, k := range c.keys {
			if k.env == e {
				out = append(out, c.rows[k])
			}
		}
	}
	return out
}

// requestCounts counts the requests of a run by environment × endpoint
// (Step.Endpoint: method + path template), one requestRow each: the
// console's and the step summary's table and the HTML page's grid.
type requestCounts struct {
	// envs: in the order of their first result that sent anything; an
	// environment whose token requests some result sent, at its first
	// result (which case fetched a shared token depends on timing).
	envs []string
	keys []requestKey // in the order of their first request
	rows map[requestKey]*requestRow
}

type requestKey struct{ env, endpoint string }

// countRequests counts each environment's token requests first
// (results.Report.TokenRequests: they precede the requests that use their
// tokens, and their order does not depend on timing), then the steps of
// every result, each under the endpoint ep gives it.
func countRequests(r *results.Report, ep func(results.Step) string) *requestCounts {
	c := &requestCounts{rows: map[requestKey]*requestRow{}}
	tokens := r.TokenRequests()
	withTokens := map[string]bool{}
	for _, tr := range tokens {
		withTokens[tr.Environment] = true
	}
	for _, res := range r.Results {
		if !slices.Contains(c.envs, res.Environment) && (len(res.Steps) > 0 || withTokens[res.Environment]) {
			c.envs = append(c.envs, res.Environment)
		}
	}
	ep = lastEndpoint(ep)
	for _, tr := range tokens {
		c.count(tr.Environment, ep(tr.Step), tr.Answers())
	}
	for _, res := range r.Results {
		for _, st := range res.Steps {
			c.count(res.Environment, ep(st), st.Answers())
		}
	}
	return c
}

// lastEndpoint is ep that renders a step's endpoint again only when it is
// not the one of the step before (by its endpoint, method and URL, all ep
// reads): runs repeat an endpoint case after case, and each rendering was
// a new string.
func lastEndpoint(ep func(results.Step) string) func(results.Step) string {
	var (
		seen        bool
		endpt, m, u string
		last        string
	)
	return func(st results.Step) string {
		if !seen || st.Endpoint != endpt || st.Method != m || st.URL != u {
			seen, endpt, m, u, last = true, st.Endpoint, st.Method, st.URL, ep(st)
		}
		return last
	}
}

// count adds the answers of one request to its row.
func (c *requestCounts) count(env, endpoint string, answers []int) {
	k := requestKey{env, endpoint}
	row := c.rows[k]
	if row == nil {
		row = &requestRow{Env: env, Endpoint: endpoint}
		c.rows[k] = row
		c.keys = append(c.keys, k)
	}
	for _, code := range answers {
		row.Requests++
		switch {
		case code == 0:
			row.NoResponse++
		case code >= 200 && code <= 299:
			row.S2xx++
		case code == 401:
			row.S401++
		case code == 403:
			row.S403++
		default:
			row.Other++
		}
	}
}

// endpoint is the step's method + path template, as written in the suite
// (a name, never redacted), or method + URL when the runner did not set
// one. A secret.Text: render it with clean or oneLine.
func endpoint(st results.Step) string {
	if st.Endpoint != "" {
		return string(secret.Lit(st.Endpoint))
	}
	return string(secret.Lit(st.Method+" ")) + st.URL
}
