package suites

import (
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Mappings: their keys checked against the ones a place knows, duplicates
// and outdented keys reported, merge keys expanded.

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

// lookupKey finds a key's value in a mapping without checking the others,
// looking into merged mappings (<<) as decoder.fields does.
func lookupKey(n *yaml.Node, key string) *yaml.Node {
	var merged []*yaml.Node
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], resolve(n.Content[i+1])
		if isMerge(k) {
			merged = append(merged, v)
			continue
		}
		if k.Value == key {
			return v
		}
	}
	for _, v := range merged {
		srcs := []*yaml.Node{v}
		if v.Kind == yaml.SequenceNode {
			srcs = v.Content
		}
		for _, src := range srcs {
			if src = resolve(src); src.Kind == yaml.MappingNode {
				if found := lookupKey(src, key); found != nil {
					return found
				}
			}
		}
	}
	return nil
}
