package suites

import (
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/authspec/authspec/internal/words"
	"go.yaml.in/yaml/v3"
)

// decoder walks a parsed YAML tree. It checks every mapping against the
// keys it knows, so an unknown or duplicate key is reported with its
// position and a suggestion, and it keeps going after an error so one run
// reports everything.
type decoder struct {
	file string
	errs Errors
	// secret is set while a credential is decoded: its values are
	// secrets, so messages describe them without quoting them.
	secret bool
	// moved lists, per mapping, the keys found outdented out of it.
	moved map[*yaml.Node][]string
	// chunks, when set, is the scenarios block, parsed as it is decoded
	// from the file's text, data.
	chunks *scenarioChunks
	data   []byte
}

type field struct {
	key *yaml.Node
	val *yaml.Node
}

func (d *decoder) pos(n *yaml.Node) Pos {
	if n == nil {
		return Pos{File: d.file}
	}
	return Pos{File: d.file, Line: n.Line, Col: n.Column}
}

func (d *decoder) errorf(n *yaml.Node, format string, args ...any) {
	d.errs = append(d.errs, Error{Pos: d.pos(n), Msg: fmt.Sprintf(format, args...)})
}

func resolve(n *yaml.Node) *yaml.Node {
	for n != nil && n.Kind == yaml.AliasNode {
		n = n.Alias
	}
	return n
}

func kindName(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.ScalarNode:
		if n.Tag == "!!null" {
			return "nothing (null)"
		}
		return fmt.Sprintf("%q", n.Value)
	}
	return "an unexpected node"
}

// kindName describes n for a message; in a credential a scalar is not
// quoted.
func (d *decoder) kindName(n *yaml.Node) string {
	if d.secret && n.Kind == yaml.ScalarNode && n.Tag != "!!null" {
		return "a scalar value (not shown: credential values are secret)"
	}
	return kindName(n)
}

// str reads a scalar as text. Numbers and booleans are accepted as their
// text ("8080", "true"): in a header or a path they mean what they say.
func (d *decoder) str(n *yaml.Node, what string) String {
	n = resolve(n)
	if n == nil {
		return String{}
	}
	if n.Kind != yaml.ScalarNode || n.Tag == "!!null" {
		d.errorf(n, "%s must be a string, got %s", what, d.kindName(n))
		return String{Pos: d.pos(n)}
	}
	s := String{Raw: n.Value, Pos: d.pos(n)}
	if err := checkSyntax(s.Raw); err != nil {
		if d.secret {
			d.errorf(n, "%s: malformed ${…} reference (the value is not shown: credential values are secret); write ${NAME}, or $${ for a literal ${", what)
		} else {
			d.errorf(n, "%s: %v", what, err)
		}
	}
	return s
}

// field reads a mapping value as a String that knows its key's position.
func (d *decoder) field(f field, what string) String {
	s := d.str(f.val, what)
	s.Key = d.pos(f.key)
	return s
}

// strings reads the named string fields of a mapping into their places
// (each a name and where its value goes, as CredField pairs them); absent
// ones are left as they are.
func (d *decoder) strings(m fieldMap, into ...CredField) {
	for _, dst := range into {
		if f, ok := m.get(dst.Name); ok {
			*dst.Value = d.field(f, dst.Name)
		}
	}
}

// text reads a scalar that is never interpolated (names, kinds).
func (d *decoder) text(n *yaml.Node, what string) string {
	n = resolve(n)
	if n == nil {
		return ""
	}
	if n.Kind != yaml.ScalarNode || n.Tag == "!!null" {
		d.errorf(n, "%s must be a string, got %s", what, d.kindName(n))
		return ""
	}
	return n.Value
}

// strs reads a string or a list of strings.
func (d *decoder) strs(n *yaml.Node, what string) []String {
	n = resolve(n)
	if n == nil {
		return nil
	}
	if n.Kind == yaml.SequenceNode {
		out := make([]String, 0, len(n.Content))
		for _, c := range n.Content {
			out = append(out, d.str(c, what))
		}
		return out
	}
	return []String{d.str(n, what)}
}

func (d *decoder) texts(n *yaml.Node, what string) []string {
	var out []string
	for _, s := range d.strs(n, what) {
		out = append(out, s.Raw)
	}
	return out
}

func (d *decoder) pairs(n *yaml.Node, where string) []Pair {
	var out []Pair
	for _, f := range d.entries(n, where) {
		out = append(out, Pair{Name: f.key.Value, Value: d.field(f, fmt.Sprintf("%q %s", f.key.Value, where))})
	}
	return out
}

// headerPairs reads header name/value pairs. Names are sent as written:
// a ${VAR} in one would go out literally, so it is an error, as is any
// character HTTP does not allow in a header name.
func (d *decoder) headerPairs(n *yaml.Node, where string) []Pair {
	for _, f := range d.entries(n, where) {
		switch name := f.key.Value; {
		case strings.Contains(name, "${"):
			d.errorf(f.key, "header name %q %s holds a ${…} reference: header names are never interpolated; put the variable in the value", name, where)
		case !validHeaderName(name):
			d.errorf(f.key, "header name %q %s is not a valid HTTP header name (letters, digits and !#$%%&'*+-.^_`|~ only)", name, where)
		}
	}
	return d.pairs(n, where)
}

// validHeaderName: an RFC 9110 token.
func validHeaderName(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range []byte(s) {
		ok := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || strings.IndexByte("!#$%&'*+-.^_`|~", c) >= 0
		if !ok {
			return false
		}
	}
	return true
}

func (d *decoder) boolean(n *yaml.Node, what string) bool {
	n = resolve(n)
	if n == nil {
		return false
	}
	// Only a YAML boolean: yaml.v3 would also read the YAML 1.1 words
	// (yes, on, y) into a bool, and a quoted "true" is a string. A switch
	// as weighty as allow_insecure must say exactly what it means.
	b, ok := false, n.Kind == yaml.ScalarNode && n.ShortTag() == "!!bool"
	if ok {
		b, ok = yamlBool(n)
	}
	if !ok {
		d.errorf(n, "%s must be true or false (a YAML boolean, unquoted), got %s", what, d.kindName(n))
		return false
	}
	return b
}

// yamlBool reads a scalar tagged !!bool. The words YAML resolves to a
// boolean are read here: Node.Decode sets up a whole decoder per value,
// which a file of 10,000 `authenticated: true` notices. Other spellings
// (an explicit !!bool tag) go to yaml.v3.
func yamlBool(n *yaml.Node) (bool, bool) {
	switch n.Value {
	case "true", "True", "TRUE":
		return true, true
	case "false", "False", "FALSE":
		return false, true
	}
	var b bool
	return b, n.Decode(&b) == nil
}

func (d *decoder) integer(n *yaml.Node, what string) int {
	n = resolve(n)
	if n == nil {
		return 0
	}
	i, err := strconv.Atoi(n.Value)
	if n.Kind != yaml.ScalarNode || err != nil {
		d.errorf(n, "%s must be a whole number, got %s", what, d.kindName(n))
	}
	return i
}

func (d *decoder) duration(n *yaml.Node, what string) time.Duration {
	n = resolve(n)
	if n == nil {
		return 0
	}
	v, err := time.ParseDuration(n.Value)
	if n.Kind != yaml.ScalarNode || err != nil {
		d.errorf(n, "%s must be a duration like 500ms, 10s or 1m, got %s", what, d.kindName(n))
		return 0
	}
	if v < 0 {
		d.errorf(n, "%s must not be negative, got %s", what, d.kindName(n))
		return 0
	}
	return v
}

// value converts a YAML node to plain Go values (string, int, float64,
// bool, nil, []any, map[string]any) for assertion arguments and statuses.
func (d *decoder) value(n *yaml.Node) any { return d.tree(n, false) }

// jsonValue converts a YAML node into a request body value whose strings
// are kept as String so they can be interpolated per environment.
func (d *decoder) jsonValue(n *yaml.Node) any { return d.tree(n, true) }

func (d *decoder) tree(n *yaml.Node, keepStrings bool) any {
	n = resolve(n)
	if n == nil {
		return nil
	}
	switch n.Kind {
	case yaml.SequenceNode:
		out := make([]any, 0, len(n.Content))
		for _, c := range n.Content {
			out = append(out, d.tree(c, keepStrings))
		}
		return out
	case yaml.MappingNode:
		out := map[string]any{}
		for _, f := range d.entries(n, "in this value") {
			out[f.key.Value] = d.tree(f.val, keepStrings)
		}
		return out
	}
	switch n.Tag {
	case "!!int":
		if i, err := strconv.Atoi(n.Value); err == nil {
			return i
		}
	case "!!float":
		var f float64
		if n.Decode(&f) == nil {
			return f
		}
	case "!!bool":
		if b, ok := yamlBool(n); ok {
			return b
		}
	case "!!null":
		return nil
	case "!!str":
		if keepStrings {
			return d.str(n, "json value")
		}
	}
	if err := checkSyntax(n.Value); err != nil {
		d.errorf(n, "%v", err)
	}
	return n.Value
}

func sortedKeys[V any](m map[string]V) []string { return slices.Sorted(maps.Keys(m)) }

func quoteList(xs []string) string { return words.QuoteList(xs) }
