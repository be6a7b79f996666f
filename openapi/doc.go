// Package openapi reads an OpenAPI document (3.0, 3.1 or Swagger 2.0, YAML
// or JSON, one file or several joined by $ref) into the few facts authspec
// needs about authentication: the servers, the security schemes, and per
// operation its security requirement, documented success statuses and
// sample parameter values. Parsing and $ref resolution are left to
// github.com/pb33f/libopenapi; this package only narrows its model.
package openapi

import (
	"slices"
	"strings"

	"github.com/authspec/authspec/suites"
)

// Doc is what authspec knows of one OpenAPI document.
type Doc struct {
	File        string // as given, slash-separated
	SpecVersion string // "2.0", "3.0.3", "3.1.0", …
	Title       string
	Version     string // info.version
	Servers     []Server
	Schemes     []*Scheme // components.securitySchemes / securityDefinitions, in file order
	Operations  []*Operation
	Tags        []string // the document's tag order

	byKey map[string]*Operation
}

// Server is one entry of `servers` (or Swagger 2.0 host, basePath and
// schemes), with its variables replaced by their defaults.
type Server struct {
	URL         string
	Description string
}

// Scheme types, as the document names them. Swagger 2.0's "basic" is
// mapped to TypeHTTP with HTTPScheme "basic".
const (
	TypeHTTP          = "http"
	TypeAPIKey        = "apiKey"
	TypeOAuth2        = "oauth2"
	TypeOpenIDConnect = "openIdConnect"
	TypeMutualTLS     = "mutualTLS"
)

// Scheme is one security scheme.
type Scheme struct {
	Name       string
	Type       string
	HTTPScheme string // http: "bearer", "basic", … (lower case)
	In         string // apiKey: header, query or cookie
	ParamName  string // apiKey: the header, query or cookie name
	// OAuth2: the client credentials flow's token URL when the scheme has
	// one; Flow names the flow the scopes come from.
	TokenURL  string
	Flow      string
	Scopes    []string // the flow's scopes, in file order
	OpenIDURL string   // openIdConnect: the discovery document
	Pos       suites.Pos
}

// SchemeUse is one scheme of a requirement with the scopes it needs.
type SchemeUse struct {
	Scheme string
	Scopes []string
}

// Requirement is one alternative of a security requirement list: every
// scheme in it is needed at once (AND). An empty Requirement allows
// anonymous access.
type Requirement []SchemeUse

// Operation is one method on one path.
type Operation struct {
	Method     string // upper case
	Path       string // the path template as written: /pets/{petId}
	ID         string
	Summary    string
	Tags       []string
	Deprecated bool
	Pos        suites.Pos
	// Security is the effective requirement list (the operation's own,
	// else the document's): alternatives, any one of which suffices (OR).
	Security []Requirement
	// SecurityDeclared is false when neither the operation nor the
	// document says anything about security.
	SecurityDeclared bool
	Params           []Param
	Body             *Body
	Success          []int // documented 2xx statuses, ascending
}

// Key is how suites name the operation: "GET /pets/{petId}".
func (o *Operation) Key() string { return o.Method + " " + o.Path }

// Public reports whether the operation may be called without credentials:
// its requirement list is empty (`security: []`, or nothing declared) or
// has an empty alternative (`{}`).
func (o *Operation) Public() bool {
	if len(o.Security) == 0 {
		return true
	}
	return slices.ContainsFunc(o.Security, func(r Requirement) bool { return len(r) == 0 })
}

// Secured reports whether the document says the operation needs
// credentials: a security requirement applies and none of its
// alternatives is empty.
func (o *Operation) Secured() bool { return !o.Public() }

// Scoped reports whether some alternative of the operation names scopes.
func (o *Operation) Scoped() bool {
	for _, r := range o.Security {
		for _, u := range r {
			if len(u.Scopes) > 0 {
				return true
			}
		}
	}
	return false
}

// Param is one path, query, header or cookie parameter.
type Param struct {
	Name     string
	In       string // path, query, header, cookie
	Required bool
	Type     string // string, integer, number, boolean, array, … ("" unknown)
	Value    any    // sample value; nil when the document gives none
	Source   string // where Value comes from: example, default, enum
}

// Body is a request body the generator can write.
type Body struct {
	ContentType string
	Required    bool
	Value       any    // JSON value, or map[string]any for a form
	Source      string // example, schema (assembled from property examples), or "" when nothing is known
}

// Operation returns the operation with that key ("GET /pets/{petId}";
// the method in any case), or nil.
func (d *Doc) Operation(key string) *Operation {
	method, path, ok := strings.Cut(strings.TrimSpace(key), " ")
	if !ok {
		return nil
	}
	return d.byKey[strings.ToUpper(method)+" "+strings.TrimSpace(path)]
}

// Scheme returns the scheme with that name, or nil.
func (d *Doc) Scheme(name string) *Scheme {
	for _, s := range d.Schemes {
		if s.Name == name {
			return s
		}
	}
	return nil
}

func (d *Doc) index() {
	d.byKey = make(map[string]*Operation, len(d.Operations))
	for _, o := range d.Operations {
		d.byKey[o.Key()] = o
	}
}
