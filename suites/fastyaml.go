package suites

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// yaml.v3 is most of the time of loading a suite: it scans, parses and
// builds events before it builds the tree, and allocates at each step. Suite
// files use a small part of YAML, so a parser of that part alone builds the
// very tree yaml.v3 would (kind, tag, value, style, line and column of
// every node; comments are left out, the decoder never reads them) several
// times faster, from one copy of the text and few allocations.
//
// The parser refuses at the first doubt, and yaml.v3 then parses the text:
// every error message, position and odd case stays as yaml.v3 makes it.
// What it reads: block mappings and sequences (compact `- key: v` and
// `- - x`, indentless `key:\n- x`), one-line plain, single- and
// double-quoted scalars, `|` literal and `>` folded block scalars, flow collections (over
// lines deeper than their block, a scalar never over two), anchors, aliases and merge keys (fastanchor.go), a
// first `---` line, "\n" or "\r\n" line ends. What it refuses: anything
// else (tags, directives, other document markers, `?` keys, plain and
// quoted scalars over several lines, tabs, a lone "\r", control
// characters, a BOM but first), and anything yaml.v3 would report as an
// error.
// FuzzFastYAML holds it to yaml.v3's trees; docs/development.md says more.

// yamlOnly turns the fast parser off, for tests that compare the loader
// with and without it (the package's tests do not run in parallel).
var yamlOnly bool

// yamlText is the text the fast parser reads: a copy of data, which the
// tree's values are slices of, so that they never change with data; ""
// when the fast parser is off.
func yamlText(data []byte) string {
	if yamlOnly {
		return ""
	}
	return string(data)
}

// refusal is why the fast parser handed a text to yaml.v3; it is panicked
// from deep in the parse and recovered in fastParse.
type refusal string

// faultPrefix starts the reason given when the fast parser itself failed
// (a runtime panic: an index out of range on a text it misjudged). The
// text is then yaml.v3's to read, as for any doubt: a fault of the fast
// path must not stop a suite that yaml.v3 reads. FuzzFastYAML (checkFast)
// fails on this reason, so such a fault is still found.
const faultPrefix = "fast parser fault: "

// refused is the reason a recovered panic gives: a refusal's own, or a
// fault's.
func refused(r any) string {
	if ref, ok := r.(refusal); ok {
		return string(ref)
	}
	return faultPrefix + fmt.Sprint(r)
}

// Slabs nodes and Content slices are cut from: a few allocations per
// thousand nodes instead of one or two per node.
const (
	nodeSlab = 1024
	// maxDepth bounds the nesting the parser follows (yaml.v3 allows more).
	maxDepth = 64
)

type fastParser struct {
	src   string // the text; values are slices of it when nothing changes them
	pos   int    // offset of the next byte to read
	line  int    // line number of the line holding pos
	bol   int    // offset where that line begins
	ascii int    // the line is ASCII from bol up to this offset
	depth int
	nodes slabs[yaml.Node]
	ptrs  slabs[*yaml.Node]
	slab  int          // elements per slab block, for the text's size
	kids  []*yaml.Node // children of the collections being read, in order
	// anchors are the nodes anchored so far, by name; aliases counts the
	// aliases read.
	anchors map[string]*yaml.Node
	aliases int
	begun   bool // a line with content was read
	flowMin int  // the column of the block collection a flow one is in
}

// fastParse parses src, whose first line is line firstLine of its file,
// into the tree yaml.v3 builds for it (the document's root node). why says
// what it refused, and is empty when it did not.
func fastParse(src string, firstLine int) (root *yaml.Node, why string) {
	return new(fastParser).parse(src, firstLine)
}

// parse is fastParse reusing the memory of the trees p built before,
// which must be garbage by then: the chunks of a file, each decoded before
// the next is parsed, are read into the same few blocks of memory.
func (p *fastParser) parse(src string, firstLine int) (root *yaml.Node, why string) {
	// A BOM first (Windows editors write one) is skipped, by yaml.v3 too,
	// without counting in any column.
	start := 0
	if strings.HasPrefix(src, "\ufeff") {
		start = len("\ufeff")
	}
	if why := checkChars(src[start:]); why != "" {
		return nil, why
	}
	defer func() {
		if r := recover(); r != nil {
			root, why = nil, refused(r)
		}
	}()
	p.nodes.reuse()
	p.ptrs.reuse()
	p.src, p.pos, p.line, p.bol, p.ascii, p.depth, p.kids = src, start, firstLine, start, start, 0, p.kids[:0]
	p.anchors, p.aliases, p.begun = nil, 0, false
	// A suite has about a node per 8 bytes: a small file takes small blocks.
	p.slab = min(len(src)/8+16, nodeSlab)
	ind, ok := p.nextContent()
	if !ok {
		panic(refusal("no content"))
	}
	p.pos += ind
	root = p.block(ind)
	if _, more := p.nextContent(); more {
		panic(refusal("text after the top-level collection"))
	}
	return root, ""
}

// slabs hands out memory in blocks of size elements (or more for one
// larger request); reuse takes every block back for the next parse.
type slabs[T any] struct {
	cur        []T
	used, free [][]T
}

func (s *slabs[T]) take(n, size int) []T {
	if n > cap(s.cur)-len(s.cur) {
		if cap(s.cur) > 0 {
			s.used = append(s.used, s.cur)
		}
		if k := len(s.free); k > 0 && cap(s.free[k-1]) >= n {
			s.cur, s.free = s.free[k-1][:0], s.free[:k-1]
		} else {
			s.cur = make([]T, 0, max(size, n))
		}
	}
	start := len(s.cur)
	s.cur = s.cur[:start+n]
	return s.cur[start : start+n : start+n]
}

// untake gives back the last element taken.
func (s *slabs[T]) untake() { s.cur = s.cur[:len(s.cur)-1] }

func (s *slabs[T]) reuse() {
	if cap(s.cur) > 0 {
		s.used = append(s.used, s.cur)
	}
	for _, b := range s.used {
		s.free = append(s.free, b[:0])
	}
	s.used, s.cur = s.used[:0], nil
}

// checkChars refuses what yaml.v3 reads otherwise than as plain
// characters: tabs (indentation), a carriage return not before a line feed
// (yaml.v3 reads "\r\n" as one line break, as the parser does), the
// Unicode line breaks, a BOM, control characters, invalid UTF-8.
func checkChars(s string) string {
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c < 0x7f || c == '\n' || c == '\r' && i+1 < len(s) && s[i+1] == '\n' {
			i++
			continue
		}
		if c < 0x80 {
			return "a tab, a lone carriage return or a control character"
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			return "invalid UTF-8"
		case r < 0xA0, r == 0x2028, r == 0x2029, r == 0xFEFF, r >= 0xD800 && r < 0xE000, r == 0xFFFE, r == 0xFFFF:
			return "a line break, BOM or control character beyond ASCII"
		}
		i += size
	}
	return ""
}

// column is the 1-based column of offset pos on the current line, in
// characters as yaml.v3 counts them. Each byte of a line is looked at
// once to know it is ASCII (ascii is where that stopped), not once per
// node on the line.
func (p *fastParser) column(pos int) int {
	for p.ascii < pos && p.src[p.ascii] < utf8.RuneSelf {
		p.ascii++
	}
	if p.ascii >= pos {
		return pos - p.bol + 1
	}
	return utf8.RuneCountInString(p.src[p.bol:pos]) + 1
}

// newNode sets every field the parser ever sets: the node may be one of
// a tree parsed before.
func (p *fastParser) newNode(kind yaml.Kind, tag string, line, col int) *yaml.Node {
	n := &p.nodes.take(1, p.slab)[0]
	n.Kind, n.Style, n.Tag, n.Value, n.Content, n.Line, n.Column = kind, 0, tag, "", nil, line, col
	n.Anchor, n.Alias = "", nil
	return n
}

// content moves the children read since mark into a Content slice; its
// capacity is its length, so an append elsewhere copies it.
func (p *fastParser) content(mark int) []*yaml.Node {
	kids := p.kids[mark:]
	if len(kids) == 0 {
		return nil
	}
	c := p.ptrs.take(len(kids), p.slab)
	copy(c, kids)
	p.kids = p.kids[:mark]
	return c
}

func (p *fastParser) enter() {
	if p.depth++; p.depth > maxDepth {
		panic(refusal("nesting deeper than the fast parser follows"))
	}
}

// nextContent goes from the start of a line past blank and comment lines
// to the start of the next line with content, and returns its indentation;
// ok is false at the end of the text.
func (p *fastParser) nextContent() (ind int, ok bool) {
	s := p.src
	for p.pos < len(s) {
		i := p.pos
		for i < len(s) && s[i] == ' ' {
			i++
		}
		if i == len(s) {
			p.pos = i
			return 0, false
		}
		switch s[i] {
		case '\n', '\r', '#':
			p.nextLine(i)
			continue
		}
		if i == p.pos && (strings.HasPrefix(s[i:], "---") || strings.HasPrefix(s[i:], "...")) {
			if p.begun || !p.documentStart(i+3) {
				panic(refusal("a document marker but a first \"---\" line"))
			}
			p.begun = true
			continue
		}
		p.begun = true
		return i - p.pos, true
	}
	return 0, false
}

// documentStart reads the rest of a line that starts with "---", from
// offset i: a document start alone on its line (a comment may follow),
// which changes nothing in yaml.v3's tree, is skipped. It reports false
// for anything else ("--- x", "---x", "...").
func (p *fastParser) documentStart(i int) bool {
	s := p.src
	if s[i-3] != '-' {
		return false
	}
	j := i
	for j < len(s) && s[j] == ' ' {
		j++
	}
	if j < len(s) && !isBreak(s[j]) && (s[j] != '#' || j == i) {
		return false
	}
	p.nextLine(j)
	return true
}

// nextLine moves to the start of the line after the one holding offset i.
func (p *fastParser) nextLine(i int) {
	j := strings.IndexByte(p.src[i:], '\n')
	if j < 0 {
		p.pos = len(p.src)
		return
	}
	p.pos = i + j + 1
	p.line++
	p.bol, p.ascii = p.pos, p.pos
}

// endOfLine reads what may follow a value on its line: spaces, then a
// comment after a space, or nothing.
func (p *fastParser) endOfLine() {
	s, i := p.src, p.pos
	for i < len(s) && s[i] == ' ' {
		i++
	}
	if i < len(s) && !isBreak(s[i]) && (s[i] != '#' || i == p.pos) {
		panic(refusal("text after a value on its line"))
	}
	p.nextLine(i)
}

// atLineEnd: after spaces, the line ends or a comment starts.
func (p *fastParser) atLineEnd() bool {
	s, i := p.src, p.pos
	for i < len(s) && s[i] == ' ' {
		i++
	}
	if i == len(s) || isBreak(s[i]) || s[i] == '#' && i > p.pos {
		return true
	}
	p.pos = i
	return false
}

func itemAt(s string, i int) bool {
	return s[i] == '-' && (i+1 == len(s) || s[i+1] == ' ' || isBreak(s[i+1]))
}

// isBreak: a line ends at c (checkChars lets '\r' through only before
// '\n', and yaml.v3 reads "\r\n" as one line break).
func isBreak(c byte) bool { return c == '\n' || c == '\r' }

// block reads the collection that starts at pos, in column col (0-based),
// first on its line or after "- ".
func (p *fastParser) block(col int) *yaml.Node {
	if itemAt(p.src, p.pos) {
		return p.sequence(col)
	}
	start := p.pos
	if _, key := p.scalar(false); !key {
		panic(refusal("a scalar where a collection was expected"))
	}
	p.pos = start
	p.nodes.untake() // the key is read again
	return p.mapping(col)
}

func (p *fastParser) mapping(col int) *yaml.Node {
	p.enter()
	n := p.newNode(yaml.MappingNode, "!!map", p.line, col+1)
	mark := len(p.kids)
	for {
		k, key := p.scalar(false)
		if !key {
			panic(refusal("a mapping entry without `key:`"))
		}
		p.kids = append(p.kids, k, p.value(col, false))
		ind, ok := p.nextContent()
		if !ok || ind < col {
			break
		}
		if ind > col {
			panic(refusal("a line indented deeper than its mapping's keys"))
		}
		p.pos += ind
	}
	n.Content = p.content(mark)
	p.depth--
	return n
}

// value reads the value after a key's ':' (compact false) or an item's
// '-' (compact true) of a collection in column col.
func (p *fastParser) value(col int, compact bool) *yaml.Node {
	after := p.pos
	if !p.atLineEnd() {
		return p.inline(col, compact)
	}
	line, column := p.line, p.column(after)
	if n := p.below(col, !compact); n != nil {
		return n
	}
	return p.newNode(yaml.ScalarNode, "!!null", line, column)
}

// below reads the rest of the line and the collection on the next lines,
// indented deeper than col (or, indentless, a sequence in col); nil when
// there is none.
func (p *fastParser) below(col int, indentless bool) *yaml.Node {
	p.endOfLine()
	ind, ok := p.nextContent()
	switch {
	case ok && ind > col:
		p.pos += ind
		return p.block(ind)
	case ok && indentless && ind == col && itemAt(p.src, p.pos+ind):
		p.pos += ind
		return p.sequence(ind)
	}
	return nil
}

func (p *fastParser) sequence(col int) *yaml.Node {
	p.enter()
	n := p.newNode(yaml.SequenceNode, "!!seq", p.line, col+1)
	mark := len(p.kids)
	for {
		p.pos++ // the '-'
		p.kids = append(p.kids, p.value(col, true))
		ind, ok := p.nextContent()
		if !ok || ind < col {
			break
		}
		if ind > col {
			panic(refusal("a line indented deeper than its sequence's items"))
		}
		if !itemAt(p.src, p.pos+ind) {
			break // the key after an indentless sequence: its mapping goes on
		}
		p.pos += ind
	}
	n.Content = p.content(mark)
	p.depth--
	return n
}

// inline reads a value that starts at pos, on the line of its key or
// item, in a collection in column parent. After "- " (compact) it may be a
// collection itself.
func (p *fastParser) inline(parent int, compact bool) *yaml.Node {
	s := p.src
	switch s[p.pos] {
	case '*':
		n := p.alias(false)
		p.endOfLine()
		return n
	case '&':
		return p.anchored(parent, compact)
	case '|', '>':
		return p.blockScalar(parent)
	case '[', '{':
		n := p.flowIn(parent)
		p.endOfLine()
		return n
	}
	if itemAt(s, p.pos) {
		if !compact {
			panic(refusal("a sequence on the line of its key"))
		}
		return p.sequence(p.pos - p.bol)
	}
	start := p.pos
	n, key := p.scalar(false)
	if key {
		if !compact {
			panic(refusal("a mapping on the line of its key"))
		}
		p.pos = start
		p.nodes.untake() // the key is read again
		return p.mapping(start - p.bol)
	}
	p.endOfLine()
	return n
}
