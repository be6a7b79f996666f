package report

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/authspec/authspec/results"
	"github.com/authspec/authspec/secret"
)

// SchemaVersion is the version of the JSON report's schema. Fields may be
// added within a version; none is removed or renamed.
const SchemaVersion = 1

// The JSON report's schema (docs/reports.md). Lists are always present ([] when
// empty). Fields beyond what docs/reports.md lists: totals.tests; results[].type,
// message and attempts; steps[].endpoint; warnings[].severity; and the
// top-level findings (preflight).
type jsonReport struct {
	SchemaVersion int        `json:"schema_version"`
	StartedAt     string     `json:"started_at"`
	DurationMS    int64      `json:"duration_ms"`
	Totals        jsonTotals `json:"totals"`
	// Baseline is what changed since an earlier run (--baseline), ahead
	// of the results as every report leads with it; absent without one.
	Baseline *Changes     `json:"baseline,omitempty"`
	Results  []jsonResult `json:"results"`
	// TokenRequests are the OAuth2 token requests the run sent (see
	// results.Report.TokenRequests for their order).
	TokenRequests []jsonTokenRequest `json:"token_requests"`
	Findings      []jsonFinding      `json:"findings"`
	// Credentials describe each environment's credentials by fingerprint
	// and expiry, never by value: what a later run's --baseline compares.
	Credentials []jsonCredential `json:"credentials"`
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
	// Replaced: status codes of earlier attempts a retry replaced (0: no
	// response); only present when there were some.
	Replaced []int `json:"replaced_status_codes,omitempty"`
}

// Answers is every status code the step got, the final one last.
func (s jsonStep) Answers() []int { return results.Answers(s.Replaced, s.StatusCode) }

// jsonStepOf is a step (or a token request) as plain values, every
// string through c.
func jsonStepOf(red *secret.Redactor, c func(string) string, st results.Step) jsonStep {
	return jsonStep{
		Method: word(red, st.Method), URL: c(st.URL), Endpoint: c(endpoint(st)),
		StatusCode: st.StatusCode, DurationMS: millis(st.Duration), Replaced: st.Replaced,
	}
}

// jsonTokenRequest is an OAuth2 token request of the run: a step's
// fields and its environment. The run's, not a test case's: which case
// fetches a shared token depends on timing.
type jsonTokenRequest struct {
	Environment string `json:"environment"`
	jsonStep
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
func JSON(w io.Writer, r *results.Report) error { return NewDocument(r).JSON(w, nil) }

// JSON writes the document as the JSON report, with what changed since the
// baseline under "baseline" (nil: none).
func (d *Document) JSON(w io.Writer, ch *Changes) error {
	doc := *d.data() // a copy: the baseline belongs to this report only
	doc.Baseline = ch
	var compact bytes.Buffer
	enc := json.NewEncoder(&compact)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(doc); err != nil {
		return err
	}
	return indentJSON(w, compact.Bytes())
}

// indentJSON writes the output of encoding/json to w indented by two
// spaces, as json.Indent does. json.Indent validates as it goes, which on
// a large run's report costs several times the encoding itself; what
// encoding/json just wrote is valid, so only strings need tracking, and
// they are copied whole.
func indentJSON(w io.Writer, src []byte) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	nl := []byte("\n")
	depth := 0
	newline := func() {
		for len(nl) < 1+2*depth {
			nl = append(nl, ' ', ' ')
		}
		bw.Write(nl[:1+2*depth])
	}
	for i := 0; i < len(src); i++ {
		switch c := src[i]; c {
		case '"':
			end := i + 1
			for {
				// The closing quote is the first one not escaped by an odd
				// run of backslashes.
				q := bytes.IndexByte(src[end:], '"')
				if q < 0 {
					end = len(src) - 1
					break
				}
				end += q
				n := 0
				for end-1-n > i && src[end-1-n] == '\\' {
					n++
				}
				if n%2 == 0 {
					break
				}
				end++
			}
			bw.Write(src[i : end+1])
			i = end
		case '{', '[':
			if i+1 < len(src) && (src[i+1] == '}' || src[i+1] == ']') {
				bw.Write(src[i : i+2]) // {} and [] stay on one line
				i++
				continue
			}
			bw.WriteByte(c)
			depth++
			newline()
		case '}', ']':
			depth--
			newline()
			bw.WriteByte(c)
		case ',':
			bw.WriteByte(c)
			newline()
		case ':':
			bw.WriteString(": ")
		default:
			bw.WriteByte(c)
		}
	}
	return bw.Flush()
}

// buildDoc is the report as plain, redacted values: what the JSON report
// holds, and what the HTML, metrics and baseline read (a baseline is an
// earlier run's document).
func buildDoc(r *results.Report) *jsonReport {
	red := r.Redactor
	c := memoClean(red)
	t := r.Totals()
	doc := jsonReport{
		SchemaVersion: SchemaVersion,
		DurationMS:    millis(r.Duration),
		Totals:        jsonTotals{t.Tests(), t.Passed, t.Failed, t.Errors, t.Skipped},
		Results:       make([]jsonResult, 0, len(r.Results)),
		TokenRequests: []jsonTokenRequest{},
		Findings:      []jsonFinding{},
		Credentials:   []jsonCredential{},
	}
	if !r.StartedAt.IsZero() {
		doc.StartedAt = r.StartedAt.Format("2006-01-02T15:04:05.999Z07:00")
	}
	for _, res := range r.Results {
		doc.Results = append(doc.Results, jsonResultOf(red, c, res))
	}
	for _, tr := range r.TokenRequests() {
		doc.TokenRequests = append(doc.TokenRequests, jsonTokenRequest{literal(tr.Environment), jsonStepOf(red, c, tr.Step)})
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

// memoClean is clean for one document: a run repeats the same methods,
// endpoints, kinds, URLs and messages thousands of times, and each
// distinct string is redacted once. The redactor knows every secret by
// the time a document is built, so a string's cleaned form cannot change
// while the memo lives.
func memoClean(red *secret.Redactor) func(string) string {
	memo := map[string]string{}
	return func(s string) string {
		if s == "" {
			return s
		}
		v, ok := memo[s]
		if !ok {
			v = clean(red, s)
			memo[s] = v
		}
		return v
	}
}

// jsonResultOf is one result as plain values, every string through c.
func jsonResultOf(red *secret.Redactor, c func(string) string, res *results.Result) jsonResult {
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
		out.Steps = append(out.Steps, jsonStepOf(red, c, st))
	}
	for _, f := range res.Failures {
		out.Failures = append(out.Failures, jsonFailure{
			Message: c(failureText(f)), Step: f.Step, Path: c(f.Path),
			Expected: c(f.Expected), Actual: c(f.Actual),
		})
	}
	if res.Status == results.Errored && len(res.Failures) == 0 && res.Message != "" {
		// Why it errored, where a reader of failures looks: the step it
		// stopped at in step, as a failure's message leaves it out.
		out.Failures = append(out.Failures, jsonFailure{Step: res.ErrorStep,
			Message: strings.TrimPrefix(out.Message, fmt.Sprintf("step %d: ", res.ErrorStep))})
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
