package openapi

import (
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/authspec/authspec/suites"
	"github.com/pb33f/libopenapi/datamodel/high/base"
	v3 "github.com/pb33f/libopenapi/datamodel/high/v3"
	"github.com/pb33f/libopenapi/index"
	"github.com/pb33f/libopenapi/orderedmap"
	"go.yaml.in/yaml/v4"
)

func fromV3(file string, m *v3.Document, detail Detail) *Doc {
	d := &Doc{File: file}
	at := positioner(file, m.Rolodex)
	if m.Info != nil {
		d.Title, d.Version = m.Info.Title, m.Info.Version
	}
	for _, s := range m.Servers {
		d.Servers = append(d.Servers, Server{URL: serverURL(s), Description: s.Description})
	}
	for _, t := range m.Tags {
		d.Tags = append(d.Tags, t.Name)
	}
	if m.Components != nil && m.Components.SecuritySchemes != nil {
		for name, s := range m.Components.SecuritySchemes.FromOldest() {
			d.Schemes = append(d.Schemes, schemeV3(name, s, at))
		}
	}
	top := security{requirements(m.Security), m.GoLow() != nil && m.GoLow().Security.ValueNode != nil}
	if m.Paths == nil {
		return d
	}
	eachOperation(d, m.Paths.PathItems, func(method, path string, item *v3.PathItem, op *v3.Operation) *Operation {
		o := newOperation(method, path, op.OperationId, op.Summary, op.Tags, top)
		o.Deprecated = op.Deprecated != nil && *op.Deprecated
		if low := op.GoLow(); low != nil {
			o.Pos = at(low.KeyNode)
			o.own(op.Security, low.Security.ValueNode != nil)
		}
		if detail == Samples {
			o.Params = paramsV3(slices.Concat(item.Parameters, op.Parameters))
			o.Body = bodyV3(op.RequestBody)
		}
		if op.Responses != nil {
			o.Success = successCodes(op.Responses.Codes)
		}
		return o
	})
	return d
}

// positioner returns where a node stands, in the file that holds it (a
// multi-file document's operations live in other files).
func positioner(file string, r *index.Rolodex) func(*yaml.Node) suites.Pos {
	return func(n *yaml.Node) suites.Pos {
		if n == nil {
			return suites.Pos{File: file}
		}
		if r != nil {
			// The root file is named as the user named it (libopenapi
			// may call it root.yaml).
			root := ""
			if ri := r.GetRootIndex(); ri != nil {
				root = ri.GetSpecAbsolutePath()
			}
			if o := r.FindNodeOrigin(n); o != nil && o.AbsoluteLocation != "" && o.AbsoluteLocation != root && o.Line > 0 {
				return suites.Pos{File: displayPath(file, o.AbsoluteLocation), Line: o.Line, Col: o.Column}
			}
		}
		return suites.Pos{File: file, Line: n.Line, Col: n.Column}
	}
}

func serverURL(s *v3.Server) string {
	u := s.URL
	if s.Variables != nil {
		for name, v := range s.Variables.FromOldest() {
			if v != nil {
				u = strings.ReplaceAll(u, "{"+name+"}", v.Default)
			}
		}
	}
	return u
}

func schemeV3(name string, s *v3.SecurityScheme, at func(*yaml.Node) suites.Pos) *Scheme {
	out := &Scheme{Name: name, Type: s.Type, HTTPScheme: strings.ToLower(s.Scheme), In: s.In,
		ParamName: s.Name, OpenIDURL: s.OpenIdConnectUrl}
	if low := s.GoLow(); low != nil {
		out.Pos = at(low.RootNode)
	}
	if f := s.Flows; f != nil {
		for _, fl := range []struct {
			name string
			flow *v3.OAuthFlow
		}{{"clientCredentials", f.ClientCredentials}, {"authorizationCode", f.AuthorizationCode},
			{"password", f.Password}, {"implicit", f.Implicit}, {"deviceAuthorization", f.Device}} {
			if fl.flow == nil {
				continue
			}
			out.Flow, out.Scopes = fl.name, scopeNames(fl.flow.Scopes)
			if fl.name == "clientCredentials" {
				out.TokenURL = fl.flow.TokenUrl
			}
			break
		}
	}
	return out
}

func scopeNames(m *orderedmap.Map[string, string]) []string {
	var out []string
	if m != nil {
		for k := range m.KeysFromOldest() {
			out = append(out, k)
		}
	}
	return out
}

// security is the requirement list operations inherit from the document;
// declared is false when the document says nothing about security.
type security struct {
	reqs     []Requirement
	declared bool
}

// eachOperation adds one Operation per method of every path, in the
// document's order: the walk is the same for Swagger 2 and OpenAPI 3, only
// build reads the version's own types.
func eachOperation[O any, I interface {
	GetOperations() *orderedmap.Map[string, O]
}](d *Doc, items *orderedmap.Map[string, I], build func(method, path string, item I, op O) *Operation) {
	if items == nil {
		return
	}
	for path, item := range items.FromOldest() {
		for method, op := range item.GetOperations().FromOldest() {
			d.Operations = append(d.Operations, build(method, path, item, op))
		}
	}
}

// newOperation starts an operation under the document's security.
func newOperation(method, path, id, summary string, tags []string, top security) *Operation {
	return &Operation{Method: strings.ToUpper(method), Path: path, ID: id, Summary: summary, Tags: tags,
		Security: top.reqs, SecurityDeclared: top.declared}
}

// own replaces the document's security by the operation's, when the
// operation declares one (even `security: []`).
func (o *Operation) own(rs []*base.SecurityRequirement, declared bool) {
	if declared {
		o.Security, o.SecurityDeclared = requirements(rs), true
	}
}

func requirements(rs []*base.SecurityRequirement) []Requirement {
	out := make([]Requirement, 0, len(rs))
	for _, r := range rs {
		req := Requirement{}
		if r.Requirements != nil {
			for name, scopes := range r.Requirements.FromOldest() {
				req = append(req, SchemeUse{Scheme: name, Scopes: scopes})
			}
		}
		out = append(out, req)
	}
	return out
}

// paramsV3 reads the path item's parameters, then the operation's.
func paramsV3(ps []*v3.Parameter) []Param {
	var out []Param
	for _, p := range ps {
		if p == nil {
			continue
		}
		q := Param{Name: p.Name, In: p.In, Required: p.Required != nil && *p.Required || p.In == "path",
			Type: schemaType(p.Schema)}
		q.Value, q.Source = sample(p.Example, p.Examples, p.Schema)
		out = append(out, q)
	}
	return overridden(out)
}

// overridden keeps one parameter per location and name: a later one (the
// operation's) replaces an earlier one (its path item's) where that stood.
func overridden(ps []Param) []Param {
	var out []Param
	at := map[string]int{}
	for _, p := range ps {
		key := p.In + " " + p.Name
		if i, dup := at[key]; dup {
			out[i] = p
			continue
		}
		at[key] = len(out)
		out = append(out, p)
	}
	return out
}

func bodyV3(rb *v3.RequestBody) *Body {
	if rb == nil || rb.Content == nil {
		return nil
	}
	var chosen string
	var mt *v3.MediaType
	for ct, m := range rb.Content.FromOldest() {
		if isJSON(ct) || (chosen == "" && ct == "application/x-www-form-urlencoded") {
			chosen, mt = ct, m
			if isJSON(ct) {
				break
			}
		}
		if chosen == "" && mt == nil {
			chosen, mt = ct, m
		}
	}
	b := &Body{ContentType: chosen, Required: rb.Required != nil && *rb.Required}
	if mt == nil {
		return b
	}
	b.Value, b.Source = sample(mt.Example, mt.Examples, mt.Schema)
	return b
}

func isJSON(ct string) bool {
	ct = strings.ToLower(ct)
	return ct == "application/json" || strings.HasSuffix(ct, "+json") || strings.Contains(ct, "json;")
}

func successCodes[R any](codes *orderedmap.Map[string, R]) []int {
	var out []int
	if codes == nil {
		return nil
	}
	for code := range codes.KeysFromOldest() {
		if n, err := strconv.Atoi(code); err == nil && n >= 200 && n < 300 {
			out = append(out, n)
		}
	}
	sort.Ints(out)
	return out
}
