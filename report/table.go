package report

import (
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

// requestTable counts the requests of the run by environment × endpoint
// (Step.Endpoint: method + path template): each environment's token
// requests first (results.Report.TokenRequests: they precede the requests
// that use their tokens, and their order does not depend on timing), then
// the steps of every result. Environments appear in the order of their
// first result, endpoints within an environment in the order of their
// first request. Console and step summary both render it.
func requestTable(r *results.Report) []*requestRow {
	type key struct{ env, endpoint string }
	var envs []string
	rows := map[string][]*requestRow{}
	index := map[key]*requestRow{}
	for _, res := range r.Results {
		if _, ok := rows[res.Environment]; !ok && len(res.Steps)+len(res.TokenRequests) > 0 {
			envs = append(envs, res.Environment)
			rows[res.Environment] = nil
		}
	}
	count := func(env string, st results.Step) {
		k := key{env, endpoint(st)}
		row := index[k]
		if row == nil {
			row = &requestRow{Env: k.env, Endpoint: k.endpoint}
			index[k] = row
			rows[k.env] = append(rows[k.env], row)
		}
		for _, c := range st.Answers() {
			row.Requests++
			switch {
			case c == 0:
				row.NoResponse++
			case c >= 200 && c <= 299:
				row.S2xx++
			case c == 401:
				row.S401++
			case c == 403:
				row.S403++
			default:
				row.Other++
			}
		}
	}
	for _, tr := range r.TokenRequests() {
		count(tr.Environment, tr.Step)
	}
	for _, res := range r.Results {
		for _, st := range res.Steps {
			count(res.Environment, st)
		}
	}
	var out []*requestRow
	for _, e := range envs {
		out = append(out, rows[e]...)
	}
	return out
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
