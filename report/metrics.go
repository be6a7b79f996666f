package report

import (
	"context"
	"io"
	"net/http"
	"strconv"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/push"
	"github.com/prometheus/common/expfmt"

	"github.com/authspec/authspec/results"
)

// MetricsJob is the Pushgateway job authspec pushes under.
const MetricsJob = "authspec"

// codeClass is the code label of authspec_requests_total: the classes a
// dashboard tells apart (the 401 rate above all), not every status.
func codeClass(status int) string {
	switch {
	case status == 0:
		return "none" // no HTTP response: refused, timed out, TLS
	case status >= 200 && status <= 299:
		return "2xx"
	case status == 401, status == 403, status == 429:
		return strconv.Itoa(status)
	}
	return "other"
}

// MetricsRegistry builds the run's metric families in a fresh registry.
// Label values come from the redacted document, so they are redacted like
// every other output.
func (d *Document) MetricsRegistry() (*prometheus.Registry, error) {
	doc := d.data()
	requests := prometheus.NewCounterVec(prometheus.CounterOpts{Name: "authspec_requests_total",
		Help: "Requests sent, by environment, endpoint (method and path template) and response class (2xx, 401, 403, 429, other, none)."},
		[]string{"environment", "endpoint", "code"})
	testcases := prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: "authspec_testcases",
		Help: "Test cases of the last run, by environment, suite and status."},
		[]string{"environment", "suite", "status"})
	causes := prometheus.NewCounterVec(prometheus.CounterOpts{Name: "authspec_diagnosis_total",
		Help: "Failed or errored test cases by their most likely cause."},
		[]string{"environment", "cause"})
	security := prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: "authspec_security_failures",
		Help: "Test cases in which the API accepted a credential it should have refused."},
		[]string{"environment"})
	expiry := prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: "authspec_credential_expiry_timestamp_seconds",
		Help: "When a credential stops working (JWT exp, client certificate notAfter, OAuth token expiry), as a Unix time."},
		[]string{"environment", "credential"})
	runStart := prometheus.NewGauge(prometheus.GaugeOpts{Name: "authspec_run_timestamp_seconds",
		Help: "When the run started, as a Unix time."})
	runDuration := prometheus.NewGauge(prometheus.GaugeOpts{Name: "authspec_run_duration_seconds",
		Help: "How long the run took."})

	// Counted in plain maps first: a label lookup in a vector costs more
	// than the rest of the loop, and a run has thousands of results.
	nRequests, nCases, nCauses := map[[3]string]float64{}, map[[3]string]float64{}, map[[2]string]float64{}
	nSecurity := map[string]float64{}
	statuses := []string{"passed", "failed", "error", "skipped"}
	for i := range doc.Results {
		res := &doc.Results[i]
		for _, st := range res.Steps {
			for _, c := range st.Answers() {
				nRequests[[3]string{res.Environment, st.Endpoint, codeClass(c)}]++
			}
		}
		// Every status of a suite is present, zero included, so a ratio
		// or an alert on "failed > 0" never reads a missing series.
		for _, s := range statuses {
			k := [3]string{res.Environment, res.Suite, s}
			if s == res.Status {
				nCases[k]++
			} else if _, ok := nCases[k]; !ok {
				nCases[k] = 0
			}
		}
		nSecurity[res.Environment] += 0
		if res.Type == results.SecurityFailure.String() {
			nSecurity[res.Environment]++
		}
		if (res.Status == "failed" || res.Status == "error") && len(res.Diagnosis) > 0 {
			nCauses[[2]string{res.Environment, res.Diagnosis[0].Cause}]++
		}
	}
	for _, tr := range doc.TokenRequests {
		for _, c := range tr.Answers() {
			nRequests[[3]string{tr.Environment, tr.Endpoint, codeClass(c)}]++
		}
	}
	for k, n := range nRequests {
		requests.WithLabelValues(k[:]...).Add(n)
	}
	for k, n := range nCases {
		testcases.WithLabelValues(k[:]...).Set(n)
	}
	for k, n := range nCauses {
		causes.WithLabelValues(k[:]...).Add(n)
	}
	for env, n := range nSecurity {
		security.WithLabelValues(env).Set(n)
	}
	// A credential defined by several suites of one environment is one
	// series: the earliest expiry is the one to act on.
	soonest := map[[2]string]time.Time{}
	for _, c := range doc.Credentials {
		at, err := time.Parse(time.RFC3339, c.ExpiresAt)
		if err != nil {
			continue // no known expiry
		}
		k := [2]string{c.Environment, c.Name}
		if old, ok := soonest[k]; !ok || at.Before(old) {
			soonest[k] = at
			expiry.WithLabelValues(k[0], k[1]).Set(float64(at.Unix()))
		}
	}
	if start, err := time.Parse(time.RFC3339, doc.StartedAt); err == nil {
		runStart.Set(float64(start.UnixMilli()) / 1000)
	}
	runDuration.Set(float64(doc.DurationMS) / 1000)

	reg := prometheus.NewRegistry()
	for _, c := range append([]prometheus.Collector{requests, testcases, causes, security, expiry, runStart, runDuration}, rotationMetrics(doc.Rotation)...) {
		if err := reg.Register(c); err != nil {
			return nil, err
		}
	}
	return reg, nil
}

// Metrics writes the run's metrics in the Prometheus text exposition
// format: what `promtool check metrics` lints, node_exporter's textfile
// collector reads and a Pushgateway accepts. Not OpenMetrics: promtool
// parses only this format, and reads an OpenMetrics counter (family
// authspec_requests, samples authspec_requests_total) as a family without
// help text (TestMetricsOpenMetricsRejectedByPromtool). It ends with
// OpenMetrics' "# EOF", which the text format reads as a comment, so
// Prometheus's OpenMetrics parser accepts the file as well.
func Metrics(w io.Writer, r *results.Report) error { return NewDocument(r).Metrics(w) }

// Metrics writes the document's metrics (see the function Metrics).
func (d *Document) Metrics(w io.Writer) error {
	reg, err := d.MetricsRegistry()
	if err != nil {
		return err
	}
	mfs, err := reg.Gather()
	if err != nil {
		return err
	}
	enc := expfmt.NewEncoder(w, expfmt.NewFormat(expfmt.TypeTextPlain))
	for _, mf := range mfs {
		if err := enc.Encode(mf); err != nil {
			return err
		}
	}
	// OpenMetrics' end marker, a comment to the text format: Prometheus's
	// OpenMetrics parser reads the file too.
	_, err = expfmt.FinalizeOpenMetrics(w)
	return err
}

// PushMetrics sends the document's metrics as protocol buffers (the
// client library's default, which keeps types and help; the gateway would
// read OpenMetrics with its text parser) to a Prometheus Pushgateway at url,
// replacing what job "authspec" held there. client may be nil.
func (d *Document) PushMetrics(ctx context.Context, url string, client *http.Client) error {
	reg, err := d.MetricsRegistry()
	if err != nil {
		return err
	}
	p := push.New(url, MetricsJob).Gatherer(reg)
	if client != nil {
		p = p.Client(client)
	}
	return p.PushContext(ctx)
}
