package report

import (
	"html"
	"html/template"
	"strings"
)

// htmlGrid is a table of cells by row and column, in first-seen order:
// a permission matrix (request × credential), the probes (credential ×
// probe) and the cases that differ between environments (case ×
// environment) are all drawn from it.
type htmlGrid struct {
	Title    string   // e.g. "account endpoints [staging]"
	Sub      string   // e.g. the suite
	RowHeads []string // names of the row header columns
	Cols     []string
	Rows     []htmlGridRow
}

type htmlGridRow struct {
	Head  []string
	Cells []htmlCell // one per column; Empty where the run has none
}

type htmlCell struct {
	Text  string // what the cell says first: the status code got, or a status
	Sub   string // second line: what was expected, or the status
	Class string
	Empty bool
}

// RowsHTML renders the grid's rows: a row per request, probe or test case,
// each value escaped. They grow with the run, so they are written here
// rather than by the template, whose reflection would cost more than the
// rest of a large page.
func (g htmlGrid) RowsHTML() template.HTML {
	var b strings.Builder
	for _, r := range g.Rows {
		row := ""
		if len(r.Head) > 0 {
			row = html.EscapeString(r.Head[0])
		}
		b.WriteString("\n<tr>")
		for _, h := range r.Head {
			b.WriteString("<td>" + html.EscapeString(h) + "</td>")
		}
		for i, c := range r.Cells {
			if c.Empty {
				b.WriteString(`<td class="zero">–</td>`)
				continue
			}
			b.WriteString(`<td class="cell ` + html.EscapeString(c.Class) + `" data-row="` + row + `" data-col="` +
				html.EscapeString(g.Cols[i]) + `"><b>` + html.EscapeString(c.Text) + "</b>")
			if c.Sub != "" {
				b.WriteString("<br><span>" + html.EscapeString(c.Sub) + "</span>")
			}
			b.WriteString("</td>")
		}
		b.WriteString("\n</tr>")
	}
	return template.HTML(b.String())
}

type gridBuilder struct {
	g     htmlGrid
	rows  map[string]int
	cols  map[string]int
	cells map[[2]int]htmlCell
}

func newGrid(title, sub string, rowHeads ...string) *gridBuilder {
	return &gridBuilder{g: htmlGrid{Title: title, Sub: sub, RowHeads: rowHeads},
		rows: map[string]int{}, cols: map[string]int{}, cells: map[[2]int]htmlCell{}}
}

// set puts a cell at row (identified by head) and column col.
func (b *gridBuilder) set(head []string, col string, c htmlCell) {
	key := ""
	for _, h := range head {
		key += h + "\x00"
	}
	r, ok := b.rows[key]
	if !ok {
		r = len(b.g.Rows)
		b.rows[key] = r
		b.g.Rows = append(b.g.Rows, htmlGridRow{Head: head})
	}
	k, ok := b.cols[col]
	if !ok {
		k = len(b.g.Cols)
		b.cols[col] = k
		b.g.Cols = append(b.g.Cols, col)
	}
	b.cells[[2]int{r, k}] = c
}

func (b *gridBuilder) build() htmlGrid {
	for r := range b.g.Rows {
		cells := make([]htmlCell, len(b.g.Cols))
		for k := range cells {
			c, ok := b.cells[[2]int{r, k}]
			if !ok {
				c = htmlCell{Empty: true}
			}
			cells[k] = c
		}
		b.g.Rows[r].Cells = cells
	}
	return b.g
}

// matrixGrids draws each permission matrix of each environment as a
// request × credential grid: the status got, the status expected.
func matrixGrids(doc *jsonReport) []htmlGrid {
	type key struct{ suite, scenario, env string }
	var order []key
	grids := map[key]*gridBuilder{}
	for i := range doc.Results {
		r := &doc.Results[i]
		if r.Row == "" {
			continue
		}
		k := key{r.Suite, r.Base, r.Environment}
		b := grids[k]
		if b == nil {
			b = newGrid(r.Base+" ["+r.Environment+"]", r.Suite, "request", "endpoint")
			grids[k] = b
			order = append(order, k)
		}
		ep := ""
		if len(r.Steps) > 0 {
			ep = r.Steps[0].Endpoint
		}
		got := answer(r)
		if got == "" {
			got = r.Status
		}
		b.set([]string{r.Row, ep}, r.Credential, htmlCell{Text: got, Sub: "expected " + r.Expected, Class: statusClass(r.Status)})
	}
	var out []htmlGrid
	for _, k := range order {
		out = append(out, grids[k].build())
	}
	return out
}

// probeGridOf lists the probes by credential: one row per environment,
// credential and scenario, one column per probe kind.
func probeGridOf(doc *jsonReport) htmlGrid {
	b := newGrid("", "", "environment", "credential", "scenario")
	for i := range doc.Results {
		r := &doc.Results[i]
		if r.Probe == "" {
			continue
		}
		cred := r.Credential
		if cred == "" {
			cred = "none"
		}
		got := answer(r)
		if got == "" {
			got = r.Status
		}
		b.set([]string{r.Environment, cred, r.Base}, r.Probe, htmlCell{Text: got, Sub: r.Status, Class: statusClass(r.Status)})
	}
	return b.build()
}

// envDiffOf lists the test cases whose status is not the same in every
// environment that ran them, side by side.
func envDiffOf(doc *jsonReport) htmlGrid {
	type key struct{ suite, scenario string }
	type seen struct {
		first   string // the status in the first environment
		differs bool
	}
	cases := make(map[key]seen, len(doc.Results))
	for i := range doc.Results {
		r := &doc.Results[i]
		k := key{r.Suite, r.Scenario}
		s, ok := cases[k]
		switch {
		case !ok:
			cases[k] = seen{first: r.Status}
		case !s.differs && s.first != r.Status:
			cases[k] = seen{first: s.first, differs: true}
		}
	}
	b := newGrid("", "", "suite", "test case")
	for i := range doc.Results {
		r := &doc.Results[i]
		if !cases[key{r.Suite, r.Scenario}].differs {
			continue
		}
		b.set([]string{r.Suite, r.Scenario}, r.Environment, htmlCell{Text: r.Status, Sub: answer(r), Class: statusClass(r.Status)})
	}
	return b.build()
}
