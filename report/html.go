package report

import (
	"crypto/sha256"
	_ "embed"
	"encoding/base64"
	"html"
	"html/template"
	"io"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/authspec/authspec/results"
	"github.com/authspec/authspec/secret"
)

// The HTML report is one file that opens from disk or as a CI artifact
// under a strict Content-Security-Policy: nothing is fetched, no script
// runs, and the one stylesheet is inline, allowed by its hash.

//go:embed html.css
var htmlCSS string

//go:embed html.tmpl
var htmlSource string

// The template is parsed, and the stylesheet hashed, when a report is
// first written rather than at every start of the binary.
var (
	htmlTemplate = sync.OnceValue(func() *template.Template {
		return template.Must(template.New("report").Parse(htmlSource))
	})
	// htmlCSP allows the inline stylesheet by its hash and nothing else.
	htmlCSP = sync.OnceValue(func() string {
		sum := sha256.Sum256([]byte(htmlCSS))
		return "default-src 'none'; style-src 'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'; img-src data:; base-uri 'none'; form-action 'none'"
	})
)

// HTMLOptions shape the HTML report.
type HTMLOptions struct {
	Changes *Changes // what changed since the baseline, shown first; nil: none
}

// HTML writes the self-contained HTML report: totals, the changes since
// the baseline, failures grouped by cause with their evidence, requests by
// environment × endpoint, each permission matrix as a request × credential
// grid, probes per credential, the test cases whose result differs between
// environments, and every test case. It reads the same redacted document
// as the JSON report; html/template escapes every value.
func HTML(w io.Writer, r *results.Report, opt HTMLOptions) error { return NewDocument(r).HTML(w, opt) }

// HTML writes the document's HTML report (see the function HTML).
func (d *Document) HTML(w io.Writer, opt HTMLOptions) error {
	return htmlTemplate().Execute(w, newHTMLPage(d, opt.Changes))
}

type htmlPage struct {
	CSS       template.CSS
	CSP       string
	StartedAt string
	Duration  string
	Totals    jsonTotals
	Rotation  *htmlRotation // authspec rotate's verdict; nil for other runs
	Changes   *Changes
	Headline  string
	Sections  []changeSection
	Findings  []jsonFinding
	Causes    []causeGroup
	Requests  requestGrid
	Matrices  []htmlGrid
	Probes    htmlGrid
	EnvDiff   htmlGrid
	Count     int
	// AllRows are the rows of the every-test-case table, escaped here:
	// for a large run, text/template's reflection costs more than the
	// rest of the page together.
	AllRows template.HTML
}

func newHTMLPage(d *Document, ch *Changes) *htmlPage {
	doc := d.data()
	p := &htmlPage{CSS: template.CSS(htmlCSS), CSP: htmlCSP(), StartedAt: doc.StartedAt,
		Duration: human(time.Duration(doc.DurationMS) * time.Millisecond), Totals: doc.Totals,
		Changes: ch, Findings: doc.Findings}
	if ch != nil {
		p.Headline, p.Sections = ch.headline(), ch.sections(0)
	}
	if rot := d.rep.Rotation; rot != nil {
		p.Rotation = htmlRotationOf(rot, d.rep.Redactor)
	}
	p.Causes = d.causeGroups()
	p.Requests = requestGridOf(d.rep)
	p.Matrices = matrixGrids(doc)
	p.Probes = probeGridOf(doc)
	p.EnvDiff = envDiffOf(doc)
	var b strings.Builder
	for i := range doc.Results {
		c := caseOf(&doc.Results[i])
		b.WriteString("<tr><td>")
		for j, v := range []string{c.Name, c.Env, c.Suite} {
			if j > 0 {
				b.WriteString("</td><td>")
			}
			b.WriteString(html.EscapeString(v))
		}
		// Class is one of four fixed words.
		b.WriteString(`</td><td class="` + c.Class + `">` + html.EscapeString(c.Status) + `</td><td class="n">` +
			html.EscapeString(c.Got) + `</td><td class="mono">` + html.EscapeString(c.Location) + "</td></tr>\n")
	}
	p.Count = len(doc.Results)
	p.AllRows = template.HTML(b.String())
	return p
}

// htmlRotation is the rotation check's verdict in the words every
// reporter says (describeRotation), sanitized as the console's are.
type htmlRotation struct {
	rotationText
	Verified bool
}

func htmlRotationOf(rot *results.Rotation, red *secret.Redactor) *htmlRotation {
	t := describeRotation(rot, red)
	h := &htmlRotation{Verified: rot.Passed(), rotationText: rotationText{Title: literal(t.Title),
		Verdict: literal(t.Verdict), New: literal(t.New), Old: literal(t.Old)}}
	for _, n := range t.Notes {
		h.Notes = append(h.Notes, literal(n))
	}
	for _, c := range t.Copies {
		h.Copies = append(h.Copies, literal(c))
	}
	return h
}

// htmlCase is one test case as the page lists it.
type htmlCase struct {
	Name, Env, Suite, Location, Status, Class, Summary, Got string
}

func caseOf(r *jsonResult) htmlCase {
	c := htmlCase{Name: r.Scenario, Env: r.Environment, Suite: r.Suite, Location: r.File, Status: r.Status,
		Class: statusClass(r.Status), Got: answer(r)}
	if r.Line > 0 {
		c.Location += ":" + strconv.Itoa(r.Line)
	}
	switch {
	case r.Message != "":
		c.Summary = r.Message
	case len(r.Failures) > 0:
		c.Summary = r.Failures[0].Message
	}
	return c
}

func statusClass(status string) string {
	switch status {
	case "passed":
		return "pass"
	case "failed":
		return "fail"
	case "error":
		return "error"
	}
	return "skip"
}

// causeGroup is one cause and the failures it explains.
type causeGroup struct {
	Code     string
	Message  string // the first failure's wording of it
	Evidence []string
	Security bool
	Cases    []htmlCase
}

// maxEvidence caps the evidence lines a cause shows (from all its cases).
const maxEvidence = 12

// requestGrid counts requests by endpoint (rows) and environment (column
// groups). Other counts every other status and requests that got no
// response.
type requestGrid struct {
	Envs []string
	Rows []requestGridRow
}

type requestGridRow struct {
	Endpoint string
	Cells    []requestCell // one per environment, in Envs order
}

type requestCell struct {
	Env                               string
	Requests, S2xx, S401, S403, Other int
}

// requestGridOf is the run's requestCounts as a grid: endpoints in the
// order of their first request, a cell per environment.
func requestGridOf(r *results.Report) requestGrid {
	var g requestGrid
	c := countRequests(r, func(st results.Step) string { return clean(r.Redactor, endpoint(st)) })
	for _, e := range c.envs {
		g.Envs = append(g.Envs, literal(e))
	}
	var order []string
	seen := map[string]bool{}
	for _, k := range c.keys {
		if !seen[k.endpoint] {
			seen[k.endpoint] = true
			order = append(order, k.endpoint)
		}
	}
	for _, ep := range order {
		row := requestGridRow{Endpoint: ep}
		for i, e := range c.envs {
			cell := requestCell{Env: g.Envs[i]}
			if n := c.rows[requestKey{e, ep}]; n != nil {
				cell.Requests, cell.S2xx, cell.S401, cell.S403, cell.Other = n.Requests, n.S2xx, n.S401, n.S403, n.Other+n.NoResponse
			}
			row.Cells = append(row.Cells, cell)
		}
		g.Rows = append(g.Rows, row)
	}
	return g
}
