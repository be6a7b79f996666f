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

// fieldMap is a mapping's known entries in file order. Suite mappings hold
// a handful of keys, so a scan finds one faster than a Go map is built: a
// 10,000-scenario file has tens of thousands of them.
type fieldMap []field

// get returns the entry named name.
func (m fieldMap) get(name string) (field, bool) {
	for _, f := range m {
		if f.key.Value == name {
			return f, true
		}
	}
	return field{}, false
}

// val is the value of the entry named name, nil when there is none.
func (m fieldMap) val(name string) *yaml.Node {
	f, _ := m.get(name)
	return f.val
}

// mapping returns the entries of a mapping node (nil when n is not a
// mapping). Keys not in known are errors naming where they stand ("in
// scenario \"x\"").
func (d *decoder) mapping(n *yaml.Node, where string, known ...string) fieldMap {
	n = resolve(n)
	if n == nil || n.Kind != yaml.MappingNode {
		if n != nil {
			d.errorf(n, "expected a mapping %s, got %s", where, d.kindName(n))
		}
		return nil
	}
	fs := d.fields(n, where)
	out := make(fieldMap, 0, len(fs))
	for i, f := range fs {
		name := f.key.Value
		if known != nil && !knownKey(known, name) {
			if owner, ok := d.outdented(fs[:i], name); ok {
				d.errorf(f.key, "unknown key %q %s: it belongs to %q (line %d); indent it under %s", name, where, owner.key.Value, owner.key.Line, owner.key.Value)
				continue
			}
			hint := suggest(name, known)
			if hint == "" {
				hint = "; expected one of " + quoteList(known)
			}
			d.errorf(f.key, "unknown key %q %s%s", name, where, hint)
			continue
		}
		out = append(out, f)
	}
	return out
}

// childKeys are the keys of the mappings that a key opens, for telling a
// key that slipped out of its mapping from a typo.
func childKeys(parent string) []string {
	switch parent {
	case "request":
		return requestKeys
	case "expect":
		return expectKeys
	case "retry":
		return retryKeys
	case "tls":
		return tlsKeys
	case "matrix":
		return []string{"credentials", "requests"}
	}
	return nil
}

// outdented finds, among the keys before name (nearest first), the one
// whose mapping name belongs to: the key was outdented out of it. The
// mapping is remembered so its own checks ("needs a path") do not add a
// second error about the same mistake.
func (d *decoder) outdented(before []field, name string) (field, bool) {
	for i := len(before) - 1; i >= 0; i-- {
		f := before[i]
		if slices.Contains(childKeys(f.key.Value), name) {
			if d.moved == nil {
				d.moved = map[*yaml.Node][]string{}
			}
			v := resolve(f.val)
			d.moved[v] = append(d.moved[v], name)
			return f, true
		}
	}
	return field{}, false
}

// movedOut reports whether one of keys was outdented out of mapping n.
func (d *decoder) movedOut(n *yaml.Node, keys ...string) bool {
	for _, k := range d.moved[resolve(n)] {
		if slices.Contains(keys, k) {
			return true
		}
	}
	return false
}

// knownKey reports whether name is one of known; an entry ending in "*"
// (x-*) admits every key with that prefix.
func knownKey(known []string, name string) bool {
	for _, k := range known {
		if k == name || (strings.HasSuffix(k, "*") && strings.HasPrefix(name, strings.TrimSuffix(k, "*"))) {
			return true
		}
	}
	return false
}

// entries returns a mapping's entries in file order (for headers, vars…,
// where the user picks the names).
func (d *decoder) entries(n *yaml.Node, where string) []field {
	n = resolve(n)
	if n == nil {
		return nil
	}
	if n.Kind != yaml.MappingNode {
		d.errorf(n, "expected a mapping %s, got %s", where, d.kindName(n))
		return nil
	}
	return d.fields(n, where)
}

// fields lists the entries of mapping n in file order, reporting duplicate
// keys. YAML merge keys (`<<: *anchor` or `<<: [*a, *b]`) are expanded: a
// key written in n wins over a merged one, and an earlier merged mapping
// over a later one. Parse has rejected alias cycles, so this ends.
func (d *decoder) fields(n *yaml.Node, where string) []field {
	var merged []field
	own := make([]field, 0, len(n.Content)/2)
	seen := newKeySet(len(n.Content) / 2)
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], resolve(n.Content[i+1])
		if isMerge(k) {
			merged = append(merged, d.merge(v, where)...)
			continue
		}
		if k = resolve(k); k.Kind != yaml.ScalarNode {
			d.errorf(k, "a key %s must be a name, got %s", where, kindName(k))
			continue
		}
		if p := seen.find(own, k.Value); p != nil {
			d.errorf(k, "duplicate key %q %s (first at line %d)", k.Value, where, p.key.Line)
			continue
		}
		seen.add(k.Value, len(own))
		own = append(own, field{key: k, val: v})
	}
	for _, f := range merged {
		if seen.find(own, f.key.Value) == nil {
			seen.add(f.key.Value, len(own))
			own = append(own, f)
		}
	}
	return own
}

// keySet finds duplicate keys. Suite mappings have a handful of keys, where
// a scan beats building a map for every mapping of a 10,000-scenario file;
// a large mapping (a file of generated vars) gets an index so that the
// scan never turns quadratic.
type keySet struct{ index map[string]int }

const keySetScan = 16

func newKeySet(n int) keySet {
	if n > keySetScan {
		return keySet{index: make(map[string]int, n)}
	}
	return keySet{}
}

func (s keySet) add(name string, i int) {
	if s.index != nil {
		s.index[name] = i
	}
}

// find returns the entry of fs named name, or nil.
func (s keySet) find(fs []field, name string) *field {
	if s.index != nil {
		if i, ok := s.index[name]; ok {
			return &fs[i]
		}
		return nil
	}
	for i := range fs {
		if fs[i].key.Value == name {
			return &fs[i]
		}
	}
	return nil
}

// merge returns the entries a merge key brings in.
func (d *decoder) merge(v *yaml.Node, where string) []field {
	srcs := []*yaml.Node{v}
	if v.Kind == yaml.SequenceNode {
		srcs = v.Content
	}
	var out []field
	for _, src := range srcs {
		src = resolve(src)
		if src.Kind != yaml.MappingNode {
			d.errorf(src, "a merge key (<<) takes a mapping or a list of mappings, got %s", d.kindName(src))
			continue
		}
		// Duplicates inside src are reported where src is written.
		sub := &decoder{file: d.file}
		out = append(out, sub.fields(src, where)...)
	}
	return out
}

func isMerge(k *yaml.Node) bool {
	return k.Kind == yaml.ScalarNode && k.Value == "<<" && k.ShortTag() == "!!merge"
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
