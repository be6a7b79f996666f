package openapi

import (
	"github.com/pb33f/libopenapi/datamodel/high/base"
	"github.com/pb33f/libopenapi/orderedmap"
	"go.yaml.in/yaml/v4"
)

// Sample values come from the document only: an example, else a default,
// else the first enum value. Nothing is invented; where the document says
// nothing the generator asks for a variable instead.
const (
	FromExample = "example"
	FromDefault = "default"
	FromEnum    = "enum"
	FromSchema  = "schema" // an object assembled from its properties' samples
)

// maxDepth bounds how deep a body is assembled from nested schemas, so
// recursive schemas end.
const maxDepth = 4

// nodeValue decodes a YAML node into plain values (map[string]any, []any,
// string, int, float64, bool, nil).
func nodeValue(n *yaml.Node) (any, bool) {
	if n == nil {
		return nil, false
	}
	var v any
	if err := n.Decode(&v); err != nil {
		return nil, false
	}
	return normalize(v), true
}

// normalize turns map[any]any from YAML into map[string]any.
func normalize(v any) any {
	switch t := v.(type) {
	case map[string]any:
		for k, x := range t {
			t[k] = normalize(x)
		}
		return t
	case map[any]any:
		out := make(map[string]any, len(t))
		for k, x := range t {
			if s, ok := k.(string); ok {
				out[s] = normalize(x)
			}
		}
		return out
	case []any:
		for i, x := range t {
			t[i] = normalize(x)
		}
		return t
	}
	return v
}

// sample returns the value an OpenAPI 3 parameter or body shows and where it
// came from: its own example, else its first named example, else its schema's.
func sample(example *yaml.Node, examples *orderedmap.Map[string, *base.Example], schema *base.SchemaProxy) (any, string) {
	if v, ok := nodeValue(example); ok {
		return v, FromExample
	}
	if v, ok := firstExample(examples); ok {
		return v, FromExample
	}
	return schemaSample(schema, 0)
}

// firstExample returns the first named example's value.
func firstExample(m *orderedmap.Map[string, *base.Example]) (any, bool) {
	if m == nil {
		return nil, false
	}
	for _, ex := range m.FromOldest() {
		if ex != nil {
			if v, ok := nodeValue(ex.Value); ok {
				return v, true
			}
		}
	}
	return nil, false
}

// schemaSample returns a sample for a schema and where it came from.
func schemaSample(p *base.SchemaProxy, depth int) (any, string) {
	s := schemaOf(p)
	if s == nil || depth > maxDepth {
		return nil, ""
	}
	if v, ok := nodeValue(s.Example); ok {
		return v, FromExample
	}
	for _, ex := range s.Examples {
		if v, ok := nodeValue(ex); ok {
			return v, FromExample
		}
	}
	if v, ok := nodeValue(s.Default); ok {
		return v, FromDefault
	}
	if v, ok := nodeValue(s.Const); ok {
		return v, FromEnum
	}
	if len(s.Enum) > 0 {
		if v, ok := nodeValue(s.Enum[0]); ok {
			return v, FromEnum
		}
	}
	if obj := objectSample(s, depth); len(obj) > 0 {
		return obj, FromSchema
	}
	if len(s.AllOf) > 0 {
		merged := map[string]any{}
		for _, part := range s.AllOf {
			if v, _ := schemaSample(part, depth+1); v != nil {
				if m, ok := v.(map[string]any); ok {
					for k, x := range m {
						merged[k] = x
					}
				}
			}
		}
		if len(merged) > 0 {
			return merged, FromSchema
		}
	}
	for _, alts := range [][]*base.SchemaProxy{s.OneOf, s.AnyOf} {
		if len(alts) > 0 {
			return schemaSample(alts[0], depth+1)
		}
	}
	if hasType(s, "array") && s.Items != nil && s.Items.IsA() {
		if v, _ := schemaSample(s.Items.A, depth+1); v != nil {
			return []any{v}, FromSchema
		}
	}
	return nil, ""
}

// objectSample assembles an object from the samples of its properties.
// Properties without a sample are left out: the body shows what the
// document documents, and a comment asks the user for the rest.
func objectSample(s *base.Schema, depth int) map[string]any {
	if s.Properties == nil {
		return nil
	}
	out := map[string]any{}
	for name, p := range s.Properties.FromOldest() {
		if ps := schemaOf(p); ps != nil && ps.ReadOnly != nil && *ps.ReadOnly {
			continue
		}
		if v, _ := schemaSample(p, depth+1); v != nil {
			out[name] = v
		}
	}
	return out
}

func schemaOf(p *base.SchemaProxy) *base.Schema {
	if p == nil {
		return nil
	}
	return p.Schema()
}

func hasType(s *base.Schema, t string) bool {
	for _, x := range s.Type {
		if x == t {
			return true
		}
	}
	return false
}

func schemaType(p *base.SchemaProxy) string {
	s := schemaOf(p)
	if s == nil {
		return ""
	}
	for _, t := range s.Type {
		if t != "null" {
			return t
		}
	}
	return ""
}
