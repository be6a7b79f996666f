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
// Label values come from the redacted report document, so they are
// redacted like every other output.
func MetricsRegistry(r *results.Report) (*prometheus.Registry, error) {
	return metricsOf(buildDoc(r))
}

func metricsOf(doc *jsonReport) (*prometheus.Registry, error) {
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

	statuses := []string{"passed", "failed", "error", "skipped"}
	for _, res := range doc.Results {
		for _, st := range res.Steps {
			requests.WithLabelValues(res.Environment, st.Endpoint, codeClass(st.StatusCode)).Inc()
		}
		// Every status of a suite is present, zero included, so a ratio
		// or an alert on "failed > 0" never reads a missing series.
		for _, s := range statuses {
			g := testcases.WithLabelValues(res.Environment, res.Suite, s)
			if s == res.Status {
				g.Inc()
			}
		}
		security.WithLabelValues(res.Environment).Add(0)
		if res.Type == results.SecurityFailure.String() {
			security.WithLabelValues(res.Environment).Inc()
		}
		if (res.Status == "failed" || res.Status == "error") && len(res.Diagnosis) > 0 {
			causes.WithLabelValues(res.Environment, res.Diagnosis[0].Cause).Inc()
		}
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
// collector reads and a Pushgateway accepts. (Its OpenMetrics rendering
// names a counter's family without "_total", which promtool reads as a
// family without help text; this one passes clean.)
func Metrics(w io.Writer, r *results.Report) error {
	reg, err := MetricsRegistry(r)
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
	return nil
}

// PushMetrics sends the run's metrics to a Prometheus Pushgateway at url,
// replacing what job "authspec" held there. client may be nil.
func PushMetrics(ctx context.Context, url string, r *results.Report, client *http.Client) error {
	reg, err := MetricsRegistry(r)
	if err != nil {
		return err
	}
	p := push.New(url, MetricsJob).Gatherer(reg)
	if client != nil {
		p = p.Client(client)
	}
	return p.PushContext(ctx)
}
