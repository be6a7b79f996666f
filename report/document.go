package report

import (
	"slices"
	"sync"

	"github.com/authspec/authspec/results"
)

// Document is a run's results as plain, redacted values: what the JSON
// report holds, and what the HTML report, the metrics (file and push), the
// baseline comparison and the step summary read. Redacting every string of
// a 10,000-case run costs as much as writing the HTML page from it, so a
// run builds its document once, on first use, and every report shares it.
type Document struct {
	rep  *results.Report
	once sync.Once
	doc  *jsonReport
}

// NewDocument returns the document of r; nothing is built until a report
// reads it.
func NewDocument(r *results.Report) *Document { return &Document{rep: r} }

func (d *Document) data() *jsonReport {
	d.once.Do(func() { d.doc = buildDoc(d.rep) })
	return d.doc
}

// causeGroups are the failures grouped by most likely cause
// (results.CauseGroups), largest first, each case as the page and the step
// summary show it.
func (d *Document) causeGroups() []causeGroup {
	doc := d.data()
	groups := d.rep.CauseGroups()
	if len(groups) == 0 {
		return nil
	}
	// doc.Results[i] is d.rep.Results[i], redacted.
	at := map[*results.Result]*jsonResult{}
	for i, res := range d.rep.Results {
		if res.Status.Bad() {
			at[res] = &doc.Results[i]
		}
	}
	out := make([]causeGroup, 0, len(groups))
	for _, g := range groups {
		first := at[g.Results[0]]
		cg := causeGroup{Code: first.Type}
		if len(first.Diagnosis) > 0 {
			cg.Code, cg.Message = first.Diagnosis[0].Cause, first.Diagnosis[0].Message
		}
		for _, res := range g.Results {
			r := at[res]
			if len(r.Diagnosis) > 0 {
				for _, e := range r.Diagnosis[0].Evidence {
					if len(cg.Evidence) < maxEvidence && !slices.Contains(cg.Evidence, e) {
						cg.Evidence = append(cg.Evidence, e)
					}
				}
			}
			cg.Security = cg.Security || res.Kind == results.SecurityFailure
			cg.Cases = append(cg.Cases, caseOf(r))
		}
		out = append(out, cg)
	}
	slices.SortStableFunc(out, func(a, b causeGroup) int { return len(b.Cases) - len(a.Cases) })
	return out
}
