package suites

import (
	"go.yaml.in/yaml/v3"
)

// Anchors and aliases in the fast parser (see fastyaml.go): `key: &name`
// before a value on its line or a collection below, and `*name` as a value
// (not as a key). A name is taken at its anchor but its node is known
// from the node's end, so an alias inside the node it names is refused, as
// is a name anchored twice (also inside the node it first names): with
// either, the fast parser's tree could differ from yaml.v3's. Callers run
// checkAliases on a tree with aliases, as they do on yaml.v3's.

// anchorName reads the name after '&' or '*' at pos: yaml.v3's letters,
// digits, '_' and '-', followed by a space or the line's end (or, in a
// flow collection, ',', ']' or '}').
func (p *fastParser) anchorName(flow bool) string {
	s := p.src
	start := p.pos + 1
	i := start
	for i < len(s) && (s[i] >= 'a' && s[i] <= 'z' || s[i] >= 'A' && s[i] <= 'Z' || s[i] >= '0' && s[i] <= '9' || s[i] == '_' || s[i] == '-') {
		i++
	}
	if i == start || i < len(s) && s[i] != ' ' && !isBreak(s[i]) && !(flow && (s[i] == ',' || s[i] == ']' || s[i] == '}')) {
		panic(refusal("an anchor or alias name yaml.v3 may read otherwise"))
	}
	p.pos = i
	return s[start:i]
}

// alias reads `*name`.
func (p *fastParser) alias(flow bool) *yaml.Node {
	n := p.newNode(yaml.AliasNode, "", p.line, p.column(p.pos))
	n.Value = p.anchorName(flow)
	if n.Alias = p.anchors[n.Value]; n.Alias == nil {
		panic(refusal("an alias to an anchor not known before it"))
	}
	p.aliases++
	return n
}

// anchored reads `&name` and the value it anchors, of a collection in
// column col (after "- " when compact).
func (p *fastParser) anchored(col int, compact bool) *yaml.Node {
	line, column := p.line, p.column(p.pos)
	name := p.anchorName(false)
	if _, twice := p.anchors[name]; twice {
		panic(refusal("a name anchored twice"))
	}
	// The name is taken from here on, not from the node's end: yaml.v3
	// knows an anchor from its node's start, so `a: &x` over a mapping
	// holding `b: &x v` makes a later *x that v, and the fast parser, which
	// knows the mapping at its end only, would have made it the mapping. An
	// alias inside the node still finds no node and is refused.
	if p.anchors == nil {
		p.anchors = map[string]*yaml.Node{}
	}
	p.anchors[name] = nil
	var n *yaml.Node
	if p.atLineEnd() {
		if n = p.below(col, !compact); n == nil {
			panic(refusal("an anchor on an empty value"))
		}
	} else {
		switch p.src[p.pos] {
		case '[', '{':
			n = p.flowIn(col)
		case '&', '*', '|', '>':
			panic(refusal("an anchor before another property or a block scalar"))
		default:
			var key bool
			if n, key = p.scalar(false); key {
				panic(refusal("an anchor on a key"))
			}
		}
		p.endOfLine()
	}
	n.Anchor, n.Line, n.Column = name, line, column
	p.anchors[name] = n
	return n
}
