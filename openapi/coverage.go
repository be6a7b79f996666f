package openapi

import (
	"slices"

	"github.com/authspec/authspec/assert"
	"github.com/authspec/authspec/suites"
	"github.com/authspec/authspec/vocab"
)

// Coverage is what a set of suites proves about each operation of a
// document, per environment. It sends nothing.
type Coverage struct {
	SchemaVersion int            `json:"schema_version"`
	Document      string         `json:"document"`
	Title         string         `json:"title"`
	Environments  []string       `json:"environments"`
	Operations    []OpCoverage   `json:"operations"` // operations no scenario reaches first
	Totals        CoverageTotals `json:"totals"`
	// Unmatched lists scenarios that reach no operation of the document.
	Unmatched []ScenarioRef `json:"unmatched_scenarios"`
}

// OpCoverage is one operation's row.
type OpCoverage struct {
	Operation    string        `json:"operation"`
	Secured      bool          `json:"secured"`
	Scoped       bool          `json:"scoped"`
	Reached      bool          `json:"reached"`
	Environments []EnvCoverage `json:"environments"`
}

// EnvCoverage says which kinds of test reach the operation in one
// environment. Negative is nil for a public operation and Scope nil where
// no scope applies: those tests do not apply there.
type EnvCoverage struct {
	Environment string   `json:"environment"`
	Positive    bool     `json:"positive"`
	Negative    *bool    `json:"negative"`
	Scope       *bool    `json:"scope"`
	Scenarios   []string `json:"scenarios"`
}

// ScenarioRef names a scenario where it is written.
type ScenarioRef struct {
	File     string `json:"file"`
	Line     int    `json:"line"`
	Col      int    `json:"col"`
	Scenario string `json:"scenario"`
}

// Ratio is covered out of total, with the percentage.
type Ratio struct {
	Covered int     `json:"covered"`
	Total   int     `json:"total"`
	Percent float64 `json:"percent"`
}

// CoverageTotals sums the cells of every operation × environment.
type CoverageTotals struct {
	Positive Ratio `json:"positive"`
	Negative Ratio `json:"negative"`
	Scope    Ratio `json:"scope"`
	Overall  Ratio `json:"overall"`
}

// evidence is what one scenario (or matrix cell) shows about an operation.
type evidence struct {
	name                      string
	positive, negative, scope bool
	// viaTLS: a request without credentials to an operation that mutual
	// TLS may secure, positive where the environment sends a client
	// certificate (it goes with every request).
	viaTLS bool
}

// Cover maps every scenario of ss to the operations of d (by its
// `operation:`, else by method and path template) and sums what is proven.
func Cover(d *Doc, ss []*suites.Suite) *Coverage {
	c := &Coverage{SchemaVersion: 1, Document: d.File, Title: d.Title, Unmatched: []ScenarioRef{}}
	for _, s := range ss {
		for _, e := range s.Environments {
			if !slices.Contains(c.Environments, e.Name) {
				c.Environments = append(c.Environments, e.Name)
			}
		}
	}
	// found[op key][environment] lists the evidence.
	found := map[string]map[string][]evidence{}
	for _, s := range ss {
		for _, sc := range s.Scenarios {
			hits := scenarioEvidence(d, sc)
			if len(hits) == 0 {
				c.Unmatched = append(c.Unmatched, ScenarioRef{File: sc.Pos.File, Line: sc.Pos.Line, Col: sc.Pos.Col, Scenario: sc.Name})
				continue
			}
			if sc.Skip != "" {
				continue // a skipped scenario proves nothing
			}
			for _, e := range s.Environments {
				if len(sc.Only) > 0 && !slices.Contains(sc.Only, e.Name) {
					continue
				}
				withCert := e.TLS != nil && e.TLS.CertFile.Raw != ""
				for key, evs := range hits {
					if found[key] == nil {
						found[key] = map[string][]evidence{}
					}
					for _, ev := range evs {
						ev.positive = ev.positive || ev.viaTLS && withCert
						found[key][e.Name] = append(found[key][e.Name], ev)
					}
				}
			}
		}
	}
	var reached, unreached []OpCoverage
	t := &c.Totals
	for _, o := range d.Operations {
		row := OpCoverage{Operation: o.Key(), Secured: o.Secured(), Scoped: o.Scoped() && o.Secured()}
		for _, env := range c.Environments {
			ec := EnvCoverage{Environment: env, Scenarios: []string{}}
			neg, scope := false, false
			for _, ev := range found[o.Key()][env] {
				row.Reached = true
				ec.Scenarios = append(ec.Scenarios, ev.name)
				ec.Positive = ec.Positive || ev.positive
				neg, scope = neg || ev.negative, scope || ev.scope
			}
			add(&t.Positive, ec.Positive)
			if row.Secured {
				ec.Negative = &neg
				add(&t.Negative, neg)
			}
			if row.Scoped {
				ec.Scope = &scope
				add(&t.Scope, scope)
			}
			row.Environments = append(row.Environments, ec)
		}
		if row.Reached {
			reached = append(reached, row)
		} else {
			unreached = append(unreached, row)
		}
	}
	c.Operations = append(unreached, reached...)
	t.Overall = Ratio{Covered: t.Positive.Covered + t.Negative.Covered + t.Scope.Covered,
		Total: t.Positive.Total + t.Negative.Total + t.Scope.Total}
	for _, r := range []*Ratio{&t.Positive, &t.Negative, &t.Scope, &t.Overall} {
		if r.Total > 0 {
			r.Percent = float64(r.Covered) * 100 / float64(r.Total)
		}
	}
	return c
}

func add(r *Ratio, covered bool) {
	r.Total++
	if covered {
		r.Covered++
	}
}

// scenarioEvidence returns, per operation the scenario reaches, what it
// shows: a request with credentials expected to succeed (positive), a
// request expected to be refused for lack of valid credentials
// (negative), or one refused for lack of permission (scope).
func scenarioEvidence(d *Doc, sc *suites.Scenario) map[string][]evidence {
	out := map[string][]evidence{}
	hasNoAuthProbe := slices.Contains(sc.Probes, vocab.ProbeNoAuth) || slices.Contains(sc.Probes, vocab.ProbeInvalid)
	for _, st := range sc.Steps {
		o := d.reaches(sc, &st.Request)
		if o == nil {
			continue
		}
		auth := sc.StepAuth(st)
		withCreds := auth != "" && auth != vocab.CredNone
		ev := evidence{name: sc.Name}
		switch sc.Kind {
		case vocab.KindHappy, vocab.KindRecovery, vocab.KindMissingData:
			ev.positive = sc.Kind != vocab.KindMissingData && (withCreds || o.Public())
			ev.viaTLS = sc.Kind != vocab.KindMissingData && !withCreds && d.tlsMaySecure(o)
			ev.negative = withCreds && hasNoAuthProbe
		case vocab.KindFailure:
			ev.negative = true
		case vocab.KindPermission:
			ev.scope = withCreds
		}
		out[o.Key()] = append(out[o.Key()], ev)
	}
	if m := sc.Matrix; m != nil {
		for _, row := range m.Rows {
			o := d.reaches(sc, &row.Request)
			if o == nil {
				continue
			}
			for i, cred := range m.Credentials {
				if i >= len(row.Expect) {
					break
				}
				name := sc.Name + " [" + row.Name + " as " + cred + "]"
				ev := evidence{name: name}
				st := row.Expect[i]
				switch {
				case cred == vocab.CredNone && refuses(st):
					ev.negative = true
				case cred != vocab.CredNone && st.Match(403):
					ev.scope = true
				case cred != vocab.CredNone && accepts(st):
					ev.positive = true
				}
				out[o.Key()] = append(out[o.Key()], ev)
			}
		}
	}
	return out
}

func refuses(s assert.Status) bool { return s.Match(401) || s.Match(403) }

func accepts(s assert.Status) bool {
	for _, c := range []int{200, 201, 202, 204} {
		if s.Match(c) {
			return true
		}
	}
	return false
}

func firstNonEmpty(xs ...string) string {
	for _, x := range xs {
		if x != "" {
			return x
		}
	}
	return ""
}
