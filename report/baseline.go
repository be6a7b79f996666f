package report

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"reflect"
	"strconv"
	"strings"
)

// Marks a result gets against the baseline.
const (
	NewFailure   = "new_failure"   // failed or errored now, passed (or skipped) before
	Fixed        = "fixed"         // passes now, failed or errored before
	StillFailing = "still_failing" // failed or errored in both runs
	New          = "new"           // not in the baseline
	Removed      = "removed"       // in the baseline, not in this run
	Unchanged    = "unchanged"
)

// markOrder is how marks are counted and listed: what needs attention first.
var markOrder = []string{NewFailure, Fixed, StillFailing, New, Removed, Unchanged}

// Credential changes.
const (
	RotationSeen       = "rotated"     // the fingerprint changed since the baseline
	RotationNotApplied = "not_rotated" // same fingerprint while `previous` is set
)

// Baseline is an earlier run's JSON report (--json), to compare with.
type Baseline struct {
	Path string
	doc  jsonReport
}

// ReadBaseline reads an earlier run's JSON report. A file that is not a
// JSON report of schema version 1 is an error that says where it broke.
func ReadBaseline(path string) (*Baseline, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	b := &Baseline{Path: path}
	if err := json.Unmarshal(data, &b.doc); err != nil {
		var se *json.SyntaxError
		var te *json.UnmarshalTypeError
		switch {
		case errors.As(err, &se):
			return nil, fmt.Errorf("%s:%s: not a JSON report: %v", path, lineCol(data, se.Offset-1), err)
		case errors.As(err, &te):
			return nil, fmt.Errorf("%s:%s: not a JSON report: %s", path, lineCol(data, te.Offset), typeMismatch(te))
		}
		return nil, fmt.Errorf("%s: not a JSON report: %v", path, err)
	}
	if b.doc.SchemaVersion != SchemaVersion {
		// Where the version stands, or the file's start when it has none.
		at := max(bytes.Index(data, []byte(`"schema_version"`)), 0)
		return nil, fmt.Errorf("%s:%s: schema_version %d, want %d (an authspec --json report)", path, lineCol(data, int64(at)), b.doc.SchemaVersion, SchemaVersion)
	}
	return b, nil
}

// typeMismatch says which field of the report held the wrong kind of
// JSON value, in JSON's words rather than Go's type names.
func typeMismatch(te *json.UnmarshalTypeError) string {
	want := "a string"
	switch te.Type.Kind() {
	case reflect.Struct, reflect.Map:
		want = "an object"
	case reflect.Slice, reflect.Array:
		want = "an array"
	case reflect.Bool:
		want = "true or false"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Float32, reflect.Float64:
		want = "a number"
	}
	where := "the document"
	if te.Field != "" {
		where = te.Field
	}
	return fmt.Sprintf("%s is %s, want %s", where, article(te.Value), want)
}

// article puts "a" or "an" before a JSON value kind ("an array").
func article(kind string) string {
	if kind != "" && strings.ContainsRune("aeiou", rune(kind[0])) {
		return "an " + kind
	}
	return "a " + kind
}

// lineCol is the 1-based "line:col" of a byte offset.
func lineCol(data []byte, off int64) string {
	off = min(max(off, 0), int64(len(data)))
	before := data[:off]
	line := bytes.Count(before, []byte("\n")) + 1
	col := int(off) - (bytes.LastIndexByte(before, '\n') + 1) + 1
	return strconv.Itoa(line) + ":" + strconv.Itoa(col)
}

// Changes is what differs between the baseline and this run: every
// result's mark, the matrix cells and probes whose answer changed, and the
// credentials whose rotation state says something. Plain, redacted values.
type Changes struct {
	Against     string             `json:"against"` // the baseline's started_at
	Counts      map[string]int     `json:"counts"`  // results by mark, every mark present
	Results     []ResultChange     `json:"results"` // every result, this run's order, then the removed
	Answers     []AnswerChange     `json:"answers"` // matrix cells and probes whose status changed
	Credentials []CredentialChange `json:"credentials"`
}

// ResultChange is one test case's mark.
type ResultChange struct {
	Suite       string `json:"suite"`
	Environment string `json:"environment"`
	Scenario    string `json:"scenario"`
	Change      string `json:"change"`
	Was         string `json:"was"` // status in the baseline, "" when new
	Now         string `json:"now"` // status now, "" when removed
}

// AnswerChange is a matrix cell or a probe whose HTTP answer changed:
// "readonly_key DELETE /v1/accounts/1: 403 → 204".
type AnswerChange struct {
	Suite       string `json:"suite"`
	Environment string `json:"environment"`
	Scenario    string `json:"scenario"`
	Credential  string `json:"credential"`
	Probe       string `json:"probe"`
	Endpoint    string `json:"endpoint"`
	Was         string `json:"was"` // status code, or "no response"
	Now         string `json:"now"`
}

// String is the line people read.
func (a AnswerChange) String() string {
	who := a.Credential
	if a.Probe != "" {
		who += " [probe: " + a.Probe + "]"
	}
	return fmt.Sprintf("%s %s: %s → %s", who, a.Endpoint, a.Was, a.Now)
}

// CredentialChange is a credential whose fingerprint changed, or did not
// although a rotation is under way.
type CredentialChange struct {
	Environment string `json:"environment"`
	Suite       string `json:"suite"`
	Name        string `json:"name"`
	Source      string `json:"source"`
	Change      string `json:"change"`
	Was         string `json:"was"` // fingerprint in the baseline
	Now         string `json:"now"`
}

// String is the line people read.
func (c CredentialChange) String() string {
	if c.Change == RotationSeen {
		return fmt.Sprintf("%s in %s (%s): rotated, fingerprint %s → %s", c.Name, c.Environment, c.Source, c.Was, c.Now)
	}
	return fmt.Sprintf("%s in %s (%s): not rotated yet, fingerprint still %s although previous is set", c.Name, c.Environment, c.Source, c.Now)
}

// Any reports whether there is something to lead with.
func (c *Changes) Any() bool {
	return c != nil && (len(c.Answers) > 0 || len(c.Credentials) > 0 ||
		c.Counts[NewFailure]+c.Counts[Fixed]+c.Counts[New]+c.Counts[Removed] > 0)
}

// Compare marks the document's results against the baseline.
// What the changes show of the baseline's own text (its started_at, the
// names of removed cases, statuses, fingerprints) goes through the run's
// redactor: the file is read, not written, by this run, and an edited one
// may hold a value that is a secret now.
func (d *Document) Compare(b *Baseline) *Changes {
	return compareDocs(&b.doc, d.data(), d.rep.Redactor.Redact)
}

type resultKey struct{ suite, env, scenario string }

func keyOf(r *jsonResult) resultKey { return resultKey{r.Suite, r.Environment, r.Scenario} }

func isBad(status string) bool { return status == "failed" || status == "error" }

func compareDocs(prev, cur *jsonReport, clean func(string) string) *Changes {
	ch := &Changes{Against: clean(prev.StartedAt), Counts: map[string]int{}, Results: []ResultChange{},
		Answers: []AnswerChange{}, Credentials: []CredentialChange{}}
	for _, m := range markOrder {
		ch.Counts[m] = 0
	}
	ch.Results = make([]ResultChange, 0, len(cur.Results))
	// One entry per key (the last of duplicates in the baseline), marked
	// when this run has the key, so that what is left was removed.
	type prevCase struct {
		res  *jsonResult
		seen bool
	}
	cases := make([]prevCase, len(prev.Results))
	before := make(map[resultKey]*prevCase, len(prev.Results))
	for i := range prev.Results {
		cases[i].res = &prev.Results[i]
		before[keyOf(&prev.Results[i])] = &cases[i]
	}
	for i := range cur.Results {
		now := &cur.Results[i]
		rc := ResultChange{Suite: now.Suite, Environment: now.Environment, Scenario: now.Scenario, Now: now.Status}
		if e := before[keyOf(now)]; e == nil {
			rc.Change = New
		} else {
			e.seen = true
			rc.Was = clean(e.res.Status)
			rc.Change = mark(e.res.Status, now.Status)
			if a, ok := answerChange(e.res, now); ok {
				ch.Answers = append(ch.Answers, a)
			}
		}
		ch.Counts[rc.Change]++
		ch.Results = append(ch.Results, rc)
	}
	for i := range prev.Results {
		was := &prev.Results[i]
		if e := before[keyOf(was)]; !e.seen {
			e.seen = true // a duplicate in the baseline is removed once
			ch.Counts[Removed]++
			ch.Results = append(ch.Results, ResultChange{Suite: clean(was.Suite), Environment: clean(was.Environment),
				Scenario: clean(was.Scenario), Change: Removed, Was: clean(was.Status)})
		}
	}
	ch.Credentials = credentialChanges(prev.Credentials, cur.Credentials, clean)
	return ch
}

func mark(was, now string) string {
	switch {
	case isBad(was) && isBad(now):
		return StillFailing
	case isBad(was) && now == "passed":
		return Fixed
	case !isBad(was) && isBad(now):
		return NewFailure
	}
	return Unchanged
}

// answerChange compares the HTTP answers of a matrix cell or a probe.
func answerChange(was, now *jsonResult) (AnswerChange, bool) {
	if now.Row == "" && now.Probe == "" {
		return AnswerChange{}, false
	}
	w, n := answer(was), answer(now)
	if w == "" || n == "" || w == n {
		return AnswerChange{}, false // one of them sent nothing (skipped, missing credential)
	}
	ep := ""
	if len(now.Steps) > 0 {
		ep = now.Steps[len(now.Steps)-1].Endpoint
	}
	return AnswerChange{Suite: now.Suite, Environment: now.Environment, Scenario: now.Scenario,
		Credential: now.Credential, Probe: now.Probe, Endpoint: ep, Was: w, Now: n}, true
}

// answer is the status of a case's last request, "" when nothing was sent.
func answer(r *jsonResult) string {
	if len(r.Steps) == 0 {
		return ""
	}
	if c := r.Steps[len(r.Steps)-1].StatusCode; c != 0 {
		return strconv.Itoa(c)
	}
	return "no response"
}

func credentialChanges(prev, cur []jsonCredential, clean func(string) string) []CredentialChange {
	type key struct{ env, suite, name string }
	before := map[key]jsonCredential{}
	for _, c := range prev {
		before[key{c.Environment, c.Suite, c.Name}] = c
	}
	out := []CredentialChange{}
	for _, c := range cur {
		was, ok := before[key{c.Environment, c.Suite, c.Name}]
		if !ok || was.Fingerprint == "" || c.Fingerprint == "" {
			continue
		}
		cc := CredentialChange{Environment: c.Environment, Suite: c.Suite, Name: c.Name, Source: c.Source,
			Was: clean(was.Fingerprint), Now: c.Fingerprint}
		switch {
		case was.Fingerprint != c.Fingerprint:
			cc.Change = RotationSeen
		case c.HasPrevious:
			cc.Change = RotationNotApplied
		default:
			continue
		}
		out = append(out, cc)
	}
	return out
}
