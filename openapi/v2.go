package openapi

import (
	"slices"
	"strings"

	v2 "github.com/pb33f/libopenapi/datamodel/high/v2"
	"github.com/pb33f/libopenapi/index"
	"go.yaml.in/yaml/v4"
)

func fromV2(file string, m *v2.Swagger, detail Detail) *Doc {
	d := &Doc{File: file}
	var rolodex *index.Rolodex
	if low := m.GoLow(); low != nil {
		rolodex = low.Rolodex
	}
	at := positioner(file, rolodex)
	if m.Info != nil {
		d.Title, d.Version = m.Info.Title, m.Info.Version
	}
	d.Servers = serversV2(m)
	for _, t := range m.Tags {
		d.Tags = append(d.Tags, t.Name)
	}
	if m.SecurityDefinitions != nil && m.SecurityDefinitions.Definitions != nil {
		for name, s := range m.SecurityDefinitions.Definitions.FromOldest() {
			sc := &Scheme{Name: name, Type: s.Type, In: s.In, ParamName: s.Name}
			if low := s.GoLow(); low != nil {
				sc.Pos = at(low.Type.KeyNode)
			}
			switch s.Type {
			case "basic":
				sc.Type, sc.HTTPScheme = TypeHTTP, "basic"
			case "oauth2":
				sc.Flow = map[string]string{"application": "clientCredentials", "accessCode": "authorizationCode",
					"password": "password", "implicit": "implicit"}[s.Flow]
				if sc.Flow == "clientCredentials" {
					sc.TokenURL = s.TokenUrl
				}
				if s.Scopes != nil {
					sc.Scopes = scopeNames(s.Scopes.Values)
				}
			}
			d.Schemes = append(d.Schemes, sc)
		}
	}
	top := security{requirements(m.Security), m.GoLow() != nil && m.GoLow().Security.ValueNode != nil}
	if m.Paths == nil {
		return d
	}
	eachOperation(d, m.Paths.PathItems, func(method, path string, item *v2.PathItem, op *v2.Operation) *Operation {
		o := newOperation(method, path, op.OperationId, op.Summary, op.Tags, top)
		o.Deprecated = op.Deprecated
		if low := op.GoLow(); low != nil {
			o.Pos = at(firstNode(low.Tags.KeyNode, low.Summary.KeyNode, low.OperationId.KeyNode, low.Parameters.KeyNode, low.Responses.KeyNode))
			// libopenapi drops an operation's `security: []` in Swagger
			// 2.0 (not in 3.x): read the key from the operation's node.
			o.own(op.Security, low.Security.ValueNode != nil || hasKey(opNodeV2(item, method), "security"))
		}
		if detail == Samples {
			o.Params, o.Body = paramsV2(slices.Concat(item.Parameters, op.Parameters), op.Consumes, m.Consumes)
		}
		if op.Responses != nil {
			o.Success = successCodes(op.Responses.Codes)
		}
		return o
	})
	return d
}

// serversV2 builds one server per scheme from host and basePath.
func serversV2(m *v2.Swagger) []Server {
	if m.Host == "" {
		if m.BasePath == "" {
			return nil
		}
		return []Server{{URL: m.BasePath}}
	}
	schemes := m.Schemes
	if len(schemes) == 0 {
		schemes = []string{"https"}
	}
	// One environment per host: prefer https when the document offers it.
	scheme := schemes[0]
	for _, s := range schemes {
		if s == "https" {
			scheme = s
		}
	}
	return []Server{{URL: scheme + "://" + m.Host + strings.TrimSuffix(m.BasePath, "/")}}
}

// paramsV2 reads the path item's parameters, then the operation's; body
// and formData parameters make the request body.
func paramsV2(ps []*v2.Parameter, consumes, docConsumes []string) ([]Param, *Body) {
	var out []Param
	var body *Body
	var form map[string]any
	formSeen := false
	for _, p := range ps {
		if p == nil {
			continue
		}
		switch p.In {
		case "body":
			body = &Body{ContentType: "application/json", Required: p.Required != nil && *p.Required}
			body.Value, body.Source = schemaSample(p.Schema, 0)
			continue
		case "formData":
			formSeen = true
			if v, _ := v2Sample(p); v != nil {
				if form == nil {
					form = map[string]any{}
				}
				form[p.Name] = v
			}
			continue
		}
		q := Param{Name: p.Name, In: p.In, Required: p.Required != nil && *p.Required || p.In == "path", Type: p.Type}
		q.Value, q.Source = v2Sample(p)
		out = append(out, q)
	}
	if body == nil && formSeen {
		ct := "application/x-www-form-urlencoded"
		for _, c := range append(consumes, docConsumes...) {
			if c == "multipart/form-data" {
				ct = c
			}
		}
		body = &Body{ContentType: ct, Value: form}
		if form != nil {
			body.Source = FromSchema
		}
	}
	return overridden(out), body
}

func v2Sample(p *v2.Parameter) (any, string) {
	if p.Schema != nil {
		return schemaSample(p.Schema, 0)
	}
	if v, ok := nodeValue(p.Default); ok {
		return v, FromDefault
	}
	if len(p.Enum) > 0 {
		if v, ok := nodeValue(p.Enum[0]); ok {
			return v, FromEnum
		}
	}
	if p.Items != nil {
		if v, ok := nodeValue(p.Items.Default); ok {
			return v, FromDefault
		}
		if len(p.Items.Enum) > 0 {
			if v, ok := nodeValue(p.Items.Enum[0]); ok {
				return v, FromEnum
			}
		}
	}
	if x, ok := p.Extensions.Get("x-example"); ok && p.Extensions != nil {
		if v, ok := nodeValue(x); ok {
			return v, FromExample
		}
	}
	return nil, ""
}

// firstNode: Swagger 2.0's low-level operation keeps no node of its own,
// so an operation is placed at its first field.
func firstNode(ns ...*yaml.Node) *yaml.Node {
	for _, n := range ns {
		if n != nil {
			return n
		}
	}
	return nil
}

// opNodeV2 is the mapping node of item's operation for method.
func opNodeV2(item *v2.PathItem, method string) *yaml.Node {
	p := item.GoLow()
	if p == nil {
		return nil
	}
	for _, op := range []struct {
		method string
		node   *yaml.Node
	}{{"get", p.Get.ValueNode}, {"put", p.Put.ValueNode}, {"post", p.Post.ValueNode}, {"delete", p.Delete.ValueNode},
		{"options", p.Options.ValueNode}, {"head", p.Head.ValueNode}, {"patch", p.Patch.ValueNode}} {
		if strings.EqualFold(op.method, method) {
			return op.node
		}
	}
	return nil
}

// hasKey says whether the mapping n holds key.
func hasKey(n *yaml.Node, key string) bool {
	if n == nil || n.Kind != yaml.MappingNode {
		return false
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return true
		}
	}
	return false
}
