package openapi

import (
	"net/http"
	"slices"

	"github.com/authspec/authspec/suites"
)

// Stray is a scenario that reaches no operation of the document.
type Stray struct {
	Scenario string
	Pos      suites.Pos // the scenario's, or its `operation:` when that names what the document lacks
	Named    string     // the operation it names that the document lacks; "" when it names none
}

// Declare maps every request of s (each step's and each matrix row's) to
// what d declares about the operation it reaches, for the run-time
// checks, and lists the scenarios that reach no operation of d.
func Declare(d *Doc, s *suites.Suite) (suites.Declared, []Stray) {
	out := suites.Declared{}
	var strays []Stray
	for _, sc := range s.Scenarios {
		if sc.Operation != "" && d.Operation(sc.Operation) == nil {
			strays = append(strays, Stray{Scenario: sc.Name, Pos: sc.OperationPos, Named: sc.Operation})
			continue
		}
		reached := false
		add := func(req *suites.Request) {
			if o := d.reaches(sc, req); o != nil {
				reached = true
				out[req.Pos] = d.declared(o)
			}
		}
		for _, st := range sc.Steps {
			add(&st.Request)
		}
		if sc.Matrix != nil {
			for i := range sc.Matrix.Rows {
				add(&sc.Matrix.Rows[i].Request)
			}
		}
		if !reached {
			strays = append(strays, Stray{Scenario: sc.Name, Pos: sc.Pos})
		}
	}
	return out, strays
}

// reaches is the operation a request of sc reaches: the one the
// scenario's `operation:` names, else the one its method and path match.
func (d *Doc) reaches(sc *suites.Scenario, req *suites.Request) *Operation {
	if o := d.Operation(sc.Operation); o != nil {
		return o
	}
	return d.Match(req.Method.Raw, firstNonEmpty(req.Path.Raw, req.URL.Raw))
}

// declared is o's security as the runner checks it. An operation whose
// document says nothing about security is neither secured nor public: it
// is not checked. One that mutual TLS may secure is not checked either:
// the client certificate goes with every request, so no request is
// without credentials. Where credentials travel is taken from every
// scheme of the document, so that a credential written by hand in a
// request's headers counts, whichever scheme it belongs to.
func (d *Doc) declared(o *Operation) suites.DeclaredOperation {
	out := suites.DeclaredOperation{Operation: o.Key(), Document: o.Pos,
		Secured: o.Secured(), Public: o.SecurityDeclared && o.Public(), Headers: []string{"Authorization"}}
	for _, r := range o.Security {
		for _, u := range r {
			out.Schemes = appendNew(out.Schemes, u.Scheme)
			if s := d.Scheme(u.Scheme); s != nil && s.Type == TypeMutualTLS {
				out.Secured = false
			}
		}
	}
	for _, s := range d.Schemes {
		switch {
		case s.Type != TypeAPIKey:
		case s.In == "query":
			out.Query = appendNew(out.Query, s.ParamName)
		case s.In == "cookie":
			out.Headers = appendNew(out.Headers, "Cookie")
		default:
			out.Headers = appendNew(out.Headers, http.CanonicalHeaderKey(s.ParamName))
		}
	}
	return out
}

func appendNew(xs []string, x string) []string {
	if x == "" || slices.Contains(xs, x) {
		return xs
	}
	return append(xs, x)
}
