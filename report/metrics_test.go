package report

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/common/expfmt"

	"github.com/authspec/authspec/internal/tooltest"
)

func TestMetricsGolden(t *testing.T) {
	out, r := render(t, Metrics)
	noSecrets(t, r.Redactor, out)
	for _, want := range []string{
		`authspec_requests_total{code="401",endpoint="GET /admin/users",environment="production"} 1`,
		`authspec_requests_total{code="none",endpoint="GET /admin/users",environment="staging"} 1`,
		`authspec_testcases{environment="staging",status="failed",suite="Payments API auth"} 2`,
		`authspec_diagnosis_total{cause="jwt_expired",environment="production"} 1`,
		`authspec_security_failures{environment="staging"} 1`,
		`authspec_credential_expiry_timestamp_seconds{credential="admin_token",environment="production"} 1.7955144e+09`,
		`authspec_run_timestamp_seconds 1.7953416e+09`,
		`authspec_run_duration_seconds 2.5`,
	} {
		if !strings.Contains(out, want+"\n") {
			t.Errorf("metrics lack %s", want)
		}
	}
	compareGolden(t, "metrics.golden.txt", []byte(out))
}

func TestCodeClass(t *testing.T) {
	for code, want := range map[int]string{0: "none", 200: "2xx", 204: "2xx", 299: "2xx", 302: "other",
		401: "401", 403: "403", 429: "429", 404: "other", 500: "other", 101: "other"} {
		if got := codeClass(code); got != want {
			t.Errorf("codeClass(%d) = %s, want %s", code, got, want)
		}
	}
}

// promtool lints what --metrics writes.
func TestMetricsPromtool(t *testing.T) {
	bin := tooltest.Need(t, "promtool", "prometheus")
	out, _ := render(t, Metrics)
	cmd := exec.Command(bin, "check", "metrics")
	cmd.Stdin = strings.NewReader(out)
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("promtool check metrics: %v\n%s", err, msg)
	}
	// The check can fail: a counter without help text is a lint error.
	cmd = exec.Command(bin, "check", "metrics")
	cmd.Stdin = strings.NewReader("# TYPE x_total counter\nx_total 1\n")
	if err := cmd.Run(); err == nil {
		t.Fatal("promtool accepted a counter without help text: the check above proves nothing")
	}
}

// Prometheus's own OpenMetrics parser reads what --metrics writes:
// promtool's backfill (tsdb create-blocks-from openmetrics) uses it, and
// needs a timestamp on each sample, added here.
func TestMetricsReadByOpenMetricsParser(t *testing.T) {
	bin := tooltest.Need(t, "promtool", "prometheus")
	out, _ := render(t, Metrics)
	if !strings.HasSuffix(out, "\n# EOF\n") {
		t.Fatalf("the metrics do not end with # EOF:\n%s", out)
	}
	var stamped strings.Builder
	samples := 0
	for _, l := range strings.SplitAfter(out, "\n") {
		if l != "" && !strings.HasPrefix(l, "#") {
			l = strings.TrimSuffix(l, "\n") + " 1795341600\n"
			samples++
		}
		stamped.WriteString(l)
	}
	dir := t.TempDir()
	in := filepath.Join(dir, "metrics.om")
	if err := os.WriteFile(in, []byte(stamped.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	msg, err := exec.Command(bin, "tsdb", "create-blocks-from", "openmetrics", in, filepath.Join(dir, "blocks")).CombinedOutput()
	if err != nil {
		t.Fatalf("promtool's OpenMetrics parser rejects the metrics: %v\n%s", err, msg)
	}
	// BLOCK ULID  MIN TIME  MAX TIME  DURATION  NUM SAMPLES  NUM CHUNKS  NUM SERIES  SIZE
	if f := strings.Fields(grepLines(string(msg), "1795341600000")); len(f) < 7 || f[4] != strconv.Itoa(samples) {
		t.Errorf("the block holds other than the %d samples written:\n%s", samples, msg)
	}
}

// Why --metrics writes the Prometheus text format and not OpenMetrics
// (docs/reports.md): promtool check metrics reads only the text format, so
// an OpenMetrics counter (family authspec_requests, samples
// authspec_requests_total) reads as a family without help text. If a
// promtool ever accepts it, this test says so, and --metrics can switch.
func TestMetricsOpenMetricsRejectedByPromtool(t *testing.T) {
	bin := tooltest.Need(t, "promtool", "prometheus")
	reg, err := NewDocument(fixture()).MetricsRegistry()
	if err != nil {
		t.Fatal(err)
	}
	mfs, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	var om bytes.Buffer
	enc := expfmt.NewEncoder(&om, expfmt.NewFormat(expfmt.TypeOpenMetrics))
	for _, mf := range mfs {
		if err := enc.Encode(mf); err != nil {
			t.Fatal(err)
		}
	}
	if err := enc.(expfmt.Closer).Close(); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"# TYPE authspec_requests counter\n", "\nauthspec_requests_total{", "# EOF\n"} {
		if !strings.Contains(om.String(), want) {
			t.Fatalf("the OpenMetrics rendering lacks %q:\n%s", want, om.String())
		}
	}
	cmd := exec.Command(bin, "check", "metrics")
	cmd.Stdin = &om
	msg, err := cmd.CombinedOutput()
	if err == nil {
		t.Fatal("promtool check metrics now accepts OpenMetrics counters: --metrics can write OpenMetrics (see docs/reports.md)")
	}
	for _, want := range []string{"authspec_requests_total no help text", "authspec_diagnosis_total no help text"} {
		if !strings.Contains(string(msg), want) {
			t.Errorf("promtool rejects the OpenMetrics rendering for another reason than docs/reports.md gives (%q):\n%s", want, msg)
		}
	}
}

// A real Pushgateway on 127.0.0.1 receives the metrics under job
// authspec, and serves them back.
func TestPushMetricsToPushgateway(t *testing.T) {
	base := tooltest.Pushgateway(t)
	client := &http.Client{Timeout: 5 * time.Second}
	r := fixture()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := NewDocument(r).PushMetrics(ctx, base, client); err != nil {
		t.Fatalf("push: %v", err)
	}
	resp, err := client.Get(base + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	got := string(body)
	noSecrets(t, r.Redactor, got)
	for _, re := range []string{
		`authspec_requests_total\{code="401",endpoint="GET /admin/users",environment="production",instance="",job="authspec"\} 1`,
		`authspec_security_failures\{environment="staging",instance="",job="authspec"\} 1`,
		`authspec_run_duration_seconds\{instance="",job="authspec"\} 2.5`,
		`push_time_seconds\{instance="",job="authspec"\} \d`,
		// Pushed as protocol buffers, the families keep their type and
		// help (an OpenMetrics or text push of a counter would not).
		`# HELP authspec_requests_total Requests sent`,
		`# TYPE authspec_requests_total counter`,
		`# TYPE authspec_testcases gauge`,
	} {
		if !regexp.MustCompile(re).MatchString(got) {
			t.Errorf("pushgateway does not serve %s", re)
		}
	}
	if t.Failed() {
		t.Logf("pushgateway /metrics:\n%s", grepLines(got, "authspec"))
	}
}

func grepLines(s, sub string) string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if strings.Contains(l, sub) {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

// The alert rules docs/reports.md shows are valid Prometheus rules.
func TestDocumentedAlertRules(t *testing.T) {
	bin := tooltest.Need(t, "promtool", "prometheus")
	doc, err := os.ReadFile(filepath.Join("..", "docs", "reports.md"))
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile("(?s)```yaml\n(groups:\n.*?)```").FindSubmatch(doc)
	if m == nil {
		t.Fatal("docs/reports.md has no ```yaml block of alert rules starting with groups:")
	}
	for _, name := range []string{"AuthspecHigh401Rate", "AuthspecCredentialExpiresSoon"} {
		if !bytes.Contains(m[1], []byte("alert: "+name)) {
			t.Errorf("the rules lack alert %s", name)
		}
	}
	path := filepath.Join(t.TempDir(), "rules.yml")
	if err := os.WriteFile(path, m[1], 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command(bin, "check", "rules", path).CombinedOutput(); err != nil {
		t.Fatalf("promtool check rules: %v\n%s", err, out)
	}
	// The rules fire where they should and only there.
	tests := filepath.Join(filepath.Dir(path), "rules_test.yml")
	if err := os.WriteFile(tests, []byte(alertRuleTests), 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command(bin, "test", "rules", tests).CombinedOutput(); err != nil {
		t.Fatalf("promtool test rules: %v\n%s", err, out)
	}
}

// alertRuleTests: production's GET /v1/me got 30% 401s, staging's none;
// production's credential expires in 2 days, staging's in 30.
const alertRuleTests = `rule_files: [rules.yml]
evaluation_interval: 1m
tests:
  - interval: 1m
    input_series:
      - series: 'authspec_requests_total{environment="production",endpoint="GET /v1/me",code="401"}'
        values: '3x5'
      - series: 'authspec_requests_total{environment="production",endpoint="GET /v1/me",code="2xx"}'
        values: '7x5'
      - series: 'authspec_requests_total{environment="staging",endpoint="GET /v1/me",code="2xx"}'
        values: '10x5'
      - series: 'authspec_credential_expiry_timestamp_seconds{environment="production",credential="api"}'
        values: '172920x5'
      - series: 'authspec_credential_expiry_timestamp_seconds{environment="staging",credential="api"}'
        values: '2592000x5'
    alert_rule_test:
      - eval_time: 2m
        alertname: AuthspecHigh401Rate
        exp_alerts:
          - exp_labels: { severity: warning, environment: production, endpoint: GET /v1/me }
            exp_annotations: { summary: 'GET /v1/me in production: 30% of requests got 401' }
      - eval_time: 2m
        alertname: AuthspecCredentialExpiresSoon
        exp_alerts:
          - exp_labels: { severity: warning, environment: production, credential: api }
            exp_annotations: { summary: 'credential api in production expires in 2d 0h 0m 0s' }
`
