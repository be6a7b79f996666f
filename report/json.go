package report

import (
	"encoding/json"
	"io"
	"time"

	"github.com/authspec/authspec/results"
	"github.com/authspec/authspec/secret"
)

// SchemaVersion is the version of the JSON report's schema. Fields may be
// added within a version; none is removed or renamed.
const SchemaVersion = 1

// The JSON report's schema (docs/reports.md). Lists are always present ([] when
// empty). Fields beyond the contract: totals.tests; results[].type,
// message and attempts; steps[].endpoint; failures[].step, path, expected
// and actual; warnings[].severity; and the top-level findings (preflight).
type jsonReport struct {
	SchemaVersion int           `json:"schema_version"`
	StartedAt     string        `json:"started_at"`
	DurationMS    int64         `json:"duration_ms"`
	Totals        jsonTotals    `json:"totals"`
	Results       []jsonResult  `json:"results"`
	Findings      []jsonFinding `json:"findings"`
	// Credentials describe each environment's credentials by fingerprint
	// and expiry, never by value: what a later run's --baseline compares.
	Credentials []jsonCredential `json:"credentials"`
	// Baseline is what changed since an earlier run (--baseline); absent
	// without one.
	Baseline *Changes `json:"baseline,omitempty"`
	// Rotation is `authspec rotate`'s verdict; absent for other runs.
	Rotation *jsonRotation `json:"rotation,omitempty"`
}

type jsonCredential struct {
	Environment  string `json:"environment"`
	Suite        string `json:"suite"` // the suite file
	Name         string `json:"name"`
	Type         string `json:"type"`
	Source       string `json:"source"`
	Fingerprint  string `json:"fingerprint"`
	HasPrevious  bool   `json:"has_previous"`
	ExpiresAt    string `json:"expires_at"` // RFC 3339, "" when unknown
	ExpirySource string `json:"expiry_source"`
}

type jsonTotals struct {
	Tests   int `json:"tests"`
	Passed  int `json:"passed"`
	Failed  int `json:"failed"`
	Errors  int `json:"errors"`
	Skipped int `json:"skipped"`
}

type jsonResult struct {
	Suite       string `json:"suite"`
	File        string `json:"file"`
	Line        int    `json:"line"`
	Environment string `json:"environment"`
	Scenario    string `json:"scenario"`
	// Base is the scenario's name as written (without a probe's or a
	// matrix cell's suffix): what HTML groups by. Not in the JSON.
	Base       string        `json:"-"`
	Kind       string        `json:"kind"`
	Probe      string        `json:"probe"`
	Credential string        `json:"credential"`
	Row        string        `json:"matrix_row"`
	Expected   string        `json:"matrix_expected"`
	Status     string        `json:"status"`
	Type       string        `json:"type"`
	Message    string        `json:"message"`
	Attempts   int           `json:"attempts"`
	DurationMS int64         `json:"duration_ms"`
	Steps      []jsonStep    `json:"steps"`
	Failures   []jsonFailure `json:"failures"`
	Diagnosis  []jsonCause   `json:"diagnosis"`
	Warnings   []jsonWarning `json:"warnings"`
}

type jsonStep struct {
	Method     string `json:"method"`
	URL        string `json:"url"`
	Endpoint   string `json:"endpoint"`
	StatusCode int    `json:"status_code"`
	DurationMS int64  `json:"duration_ms"`
}

type jsonFailure struct {
	Message  string `json:"message"`
	Step     int    `json:"step"`
	Path     string `json:"path"`
	Expected string `json:"expected"`
	Actual   string `json:"actual"`
}

type jsonCause struct {
	Cause    string   `json:"cause"`
	Message  string   `json:"message"`
	Evidence []string `json:"evidence"`
}

type jsonWarning struct {
	Cause    string `json:"cause"`
	Message  string `json:"message"`
	Severity string `json:"severity"`
}

type jsonFinding struct {
	File        string `json:"file"`
	Line        int    `json:"line"`
	Col         int    `json:"col"`
	Severity    string `json:"severity"`
	Cause       string `json:"cause"`
	Message     string `json:"message"`
	Environment string `json:"environment"`
	Credential  string `json:"credential"`
	Variable    string `json:"variable"`
}

// JSON writes the machine-readable report, indented by two spaces.
// Every string is redacted and stripped of ANSI and control characters
// (newlines stay) before encoding. scenario is the test case's name exactly
// as in JUnit; status is passed, failed, error or skipped; durations are
// whole milliseconds; started_at is RFC 3339 with the run's time zone.
func JSON(w io.Writer, r *results.Report) error { return JSONWith(w, r, nil) }

// JSONWith is JSON with what changed since the baseline under "baseline"
// (nil: none).
func JSONWith(w io.Writer, r *results.Report, ch *Changes) error {
	doc := buildDoc(r)
	doc.Baseline = ch
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(doc)
}

// buildDoc is the report as plain, redacted values: what the JSON report
// holds, and what the HTML, metrics and baseline read (a baseline is an
// earlier run's document).
func buildDoc(r *results.Report) *jsonReport {
	red := r.Redactor
	c := func(s string) string { return clean(red, s) }
	t := r.Totals()
	doc := jsonReport{
		SchemaVersion: SchemaVersion,
		DurationMS:    millis(r.Duration),
		Totals:        jsonTotals{t.Tests(), t.Passed, t.Failed, t.Errors, t.Skipped},
		Results:       make([]jsonResult, 0, len(r.Results)),
		Findings:      []jsonFinding{},
		Credentials:   []jsonCredential{},
	}
	if !r.StartedAt.IsZero() {
		doc.StartedAt = r.StartedAt.Format("2006-01-02T15:04:05.999Z07:00")
	}
	for _, res := range r.Results {
		doc.Results = append(doc.Results, jsonResultOf(red, res))
	}
	if r.Rotation != nil {
		doc.Rotation = jsonRotationOf(r.Rotation, red)
	}
	for _, f := range r.Findings {
		doc.Findings = append(doc.Findings, jsonFinding{
			File: literal(f.File), Line: f.Line, Col: f.Col, Severity: word(red, string(f.Severity)),
			Cause: word(red, f.Code), Message: c(f.Message), Environment: literal(f.Env),
			Credential: literal(f.Credential), Variable: literal(f.Variable),
		})
	}
	for _, cr := range r.Credentials {
		jc := jsonCredential{Environment: literal(cr.Environment), Suite: literal(cr.Suite), Name: literal(cr.Name),
			Type: c(cr.Type), Source: literal(cr.Source), Fingerprint: c(cr.Fingerprint), HasPrevious: cr.HasPrevious,
			ExpirySource: c(cr.ExpirySource)}
		if !cr.Expires.IsZero() {
			jc.ExpiresAt = cr.Expires.UTC().Format(time.RFC3339)
		}
		doc.Credentials = append(doc.Credentials, jc)
	}
	return &doc
}

func jsonResultOf(red *secret.Redactor, res *results.Result) jsonResult {
	c := func(s string) string { return clean(red, s) }
	typ := ""
	if res.Status == results.Failed || res.Status == results.Errored {
		typ = resultType(res)
	}
	out := jsonResult{
		Suite:       literal(res.Suite),
		File:        literal(res.File),
		Line:        res.Line,
		Environment: literal(res.Environment),
		Scenario:    literal(res.Name),
		Base:        literal(res.Scenario),
		Kind:        word(red, res.ScenarioKind),
		Probe:       word(red, res.Probe),
		Credential:  literal(res.Credential),
		Row:         literal(res.Row),
		Expected:    literal(res.Expected),
		Status:      res.Status.String(),
		Type:        word(red, typ),
		Message:     c(res.Message),
		Attempts:    res.Attempts,
		DurationMS:  millis(res.Duration),
		Steps:       make([]jsonStep, 0, len(res.Steps)),
		Failures:    []jsonFailure{},
		Diagnosis:   []jsonCause{},
		Warnings:    []jsonWarning{},
	}
	for _, st := range res.Steps {
		out.Steps = append(out.Steps, jsonStep{
			Method: word(red, st.Method), URL: c(st.URL), Endpoint: c(endpoint(st)),
			StatusCode: st.StatusCode, DurationMS: millis(st.Duration),
		})
	}
	for _, f := range res.Failures {
		out.Failures = append(out.Failures, jsonFailure{
			Message: c(failureText(f)), Step: f.Step, Path: c(f.Path),
			Expected: c(f.Expected), Actual: c(f.Actual),
		})
	}
	for _, cause := range res.Diagnosis {
		ev := []string{}
		for _, e := range cause.Evidence {
			ev = append(ev, c(e))
		}
		out.Diagnosis = append(out.Diagnosis, jsonCause{Cause: word(red, cause.Code), Message: c(cause.Message), Evidence: ev})
	}
	for _, wf := range res.Warnings {
		out.Warnings = append(out.Warnings, jsonWarning{Cause: word(red, wf.Code), Message: c(wf.Message), Severity: word(red, string(wf.Severity))})
	}
	return out
}
