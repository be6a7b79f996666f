package suites

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// The fast parser's scalars and flow collections (see fastyaml.go).

// maxKeyLen: yaml.v3 refuses a key longer than 1024 characters.
const maxKeyLen = 1000

// scalar reads a plain or quoted scalar that ends on its line, in block or
// flow context. key reports a ':' indicator after it; pos is then past the
// ':', else just past the scalar. In a flow collection a ':' right after a
// quoted scalar is one too: JSON's {"id":1}, which suites generated from
// OpenAPI examples hold.
func (p *fastParser) scalar(flow bool) (n *yaml.Node, key bool) {
	s, start := p.src, p.pos
	n = p.newNode(yaml.ScalarNode, "!!str", p.line, p.column(start))
	var end int
	quoted := true
	switch s[start] {
	case '\'':
		end = p.singleQuoted(n)
	case '"':
		end = p.doubleQuoted(n)
	default:
		quoted = false
		end, key = p.plain(n, flow)
		if !key {
			p.pos = end
			return n, false
		}
		end = p.pos
	}
	if end < len(s) && s[end] == ':' && (flow && quoted || end+1 == len(s) || s[end+1] == ' ' || isBreak(s[end+1])) {
		if end-start > maxKeyLen {
			panic(refusal("a key longer than yaml.v3 allows"))
		}
		p.pos = end + 1
		return n, true
	}
	p.pos = end
	return n, false
}

// plain reads a plain scalar into n and returns the offset after its last
// character; key reports a ':' indicator after it (pos is then at the ':').
func (p *fastParser) plain(n *yaml.Node, flow bool) (end int, key bool) {
	s, start := p.src, p.pos
	if !plainStart(s, start, flow) {
		panic(refusal("a node that starts with an indicator"))
	}
	i := start
	end = start
scan:
	for i < len(s) {
		switch c := s[i]; c {
		case '\n', '\r':
			break scan
		case ' ':
			i++
			continue
		case '#':
			if s[i-1] == ' ' {
				break scan
			}
		case ':':
			next := byte('\n')
			if i+1 < len(s) {
				next = s[i+1]
			}
			if next == ' ' || isBreak(next) {
				key = true
				break scan
			}
			if flow && strings.IndexByte(",?[]{}", next) >= 0 {
				panic(refusal("a ':' before a flow indicator"))
			}
		case ',', '?', '[', ']', '{', '}':
			if flow {
				break scan
			}
		}
		i++
		end = i
	}
	v := s[start:end]
	n.Value = v
	n.Tag = plainTag(v)
	p.pos = i
	return end, key
}

// plainStart: a plain scalar may start at s[i] (yaml.v3 reads "-x" as one;
// the other indicators are refused, also where yaml.v3 would allow them).
func plainStart(s string, i int, flow bool) bool {
	switch s[i] {
	case '-':
		return i+1 < len(s) && s[i+1] != ' ' && !isBreak(s[i+1]) && !(flow && strings.IndexByte(",[]{}", s[i+1]) >= 0)
	case '?', ':', ',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', '\'', '"', '%', '@', '`', ' ', '\n', '\r':
		return false
	}
	return true
}

func (p *fastParser) singleQuoted(n *yaml.Node) int {
	s := p.src
	escaped := false
	for i := p.pos + 1; i < len(s) && !isBreak(s[i]); i++ {
		if s[i] != '\'' {
			continue
		}
		if i+1 < len(s) && s[i+1] == '\'' {
			escaped = true
			i++
			continue
		}
		n.Value = s[p.pos+1 : i]
		if escaped {
			n.Value = strings.ReplaceAll(n.Value, "''", "'")
		}
		n.Style = yaml.SingleQuotedStyle
		return i + 1
	}
	panic(refusal("a quoted scalar that goes on past its line"))
}

func (p *fastParser) doubleQuoted(n *yaml.Node) int {
	s := p.src
	escaped := false
	for i := p.pos + 1; i < len(s) && !isBreak(s[i]); i++ {
		switch s[i] {
		case '\\':
			escaped = true
			i++
			if i == len(s) || isBreak(s[i]) {
				panic(refusal("a quoted scalar that goes on past its line"))
			}
		case '"':
			n.Value = s[p.pos+1 : i]
			if escaped {
				n.Value = unescape(n.Value)
			}
			n.Style = yaml.DoubleQuotedStyle
			return i + 1
		}
	}
	panic(refusal("a quoted scalar that goes on past its line"))
}

// escape is yaml.v3's reading of a one-character escape of a
// double-quoted scalar; hex is the number of hex digits after \x, \u or \U.
func escape(c byte) (text string, hex int) {
	switch c {
	case '0':
		return "\x00", 0
	case 'a':
		return "\a", 0
	case 'b':
		return "\b", 0
	case 't':
		return "\t", 0
	case 'n':
		return "\n", 0
	case 'v':
		return "\v", 0
	case 'f':
		return "\f", 0
	case 'r':
		return "\r", 0
	case 'e':
		return "\x1b", 0
	case ' ', '"', '\'', '\\':
		return string(c), 0
	case 'N':
		return "\u0085", 0
	case '_':
		return "\u00a0", 0
	case 'L':
		return "\u2028", 0
	case 'P':
		return "\u2029", 0
	case 'x':
		return "", 2
	case 'u':
		return "", 4
	case 'U':
		return "", 8
	}
	return "", -1
}

// unescape reads the escapes of a double-quoted scalar as yaml.v3 does.
func unescape(v string) string {
	b := make([]byte, 0, len(v))
	for i := 0; i < len(v); i++ {
		if v[i] != '\\' {
			b = append(b, v[i])
			continue
		}
		i++
		text, digits := escape(v[i])
		if digits == 0 {
			b = append(b, text...)
			continue
		}
		if digits < 0 || i+digits >= len(v) {
			panic(refusal("an unknown or cut escape"))
		}
		code, err := strconv.ParseUint(v[i+1:i+1+digits], 16, 32)
		if err != nil || code >= 0xD800 && code <= 0xDFFF || code > 0x10FFFF {
			panic(refusal("an invalid escape"))
		}
		b = utf8.AppendRune(b, rune(code))
		i += digits
	}
	return string(b)
}

// blockScalar reads a `|` literal or `>` folded block scalar (optionally
// with `-` or `+` after it) of a collection in column parent: its lines
// are those indented deeper than parent, as deep as the first. Folding is
// yaml.v3's: a line break between two lines that do not start with a
// space is a space, unless empty lines follow it.
func (p *fastParser) blockScalar(parent int) *yaml.Node {
	n := p.newNode(yaml.ScalarNode, "!!str", p.line, p.column(p.pos))
	s := p.src
	folded := s[p.pos] == '>'
	n.Style = yaml.LiteralStyle
	if folded {
		n.Style = yaml.FoldedStyle
	}
	p.pos++
	chomp := byte(0)
	if p.pos < len(s) && (s[p.pos] == '-' || s[p.pos] == '+') {
		chomp = s[p.pos]
		p.pos++
	}
	if p.pos < len(s) && s[p.pos] != ' ' && !isBreak(s[p.pos]) {
		panic(refusal("a block scalar header beyond `|`, `>`, and `-` or `+`"))
	}
	p.endOfLine()
	var b []byte
	for p.pos < len(s) && isBreak(s[p.pos]) {
		b = append(b, '\n')
		p.nextLine(p.pos)
	}
	ind := 0
	for p.pos+ind < len(s) && s[p.pos+ind] == ' ' {
		ind++
	}
	if p.pos+ind == len(s) || isBreak(s[p.pos+ind]) || ind <= parent {
		panic(refusal("a block scalar without content, or with blank lines of spaces first"))
	}
	broke, breaks, leadingBlank := false, 0, false
	for {
		// pos starts a line with content, indented ind or deeper.
		eol := strings.IndexByte(s[p.pos:], '\n')
		if eol < 0 {
			eol = len(s) - p.pos
		}
		text := strings.TrimSuffix(s[p.pos+ind:p.pos+eol], "\r")
		trailingBlank := text != "" && text[0] == ' '
		switch {
		case folded && broke && !leadingBlank && !trailingBlank:
			if breaks == 0 {
				b = append(b, ' ')
			}
		case broke:
			b = append(b, '\n')
		}
		for ; breaks > 0; breaks-- {
			b = append(b, '\n')
		}
		leadingBlank = trailingBlank
		b = append(b, text...)
		broke = p.pos+eol < len(s)
		p.nextLine(p.pos + eol)
		if !broke || !p.literalLines(ind, &breaks) {
			break
		}
	}
	if chomp != '-' && broke {
		b = append(b, '\n')
	}
	if chomp == '+' {
		for ; breaks > 0; breaks-- {
			b = append(b, '\n')
		}
	}
	n.Value = string(b)
	return n
}

// literalLines skips the empty lines after a block scalar's line and
// counts them; it reports whether a line of the scalar follows, and leaves
// pos at the start of the line where it stopped.
func (p *fastParser) literalLines(ind int, breaks *int) bool {
	s := p.src
	for p.pos < len(s) {
		j := p.pos
		for j < len(s) && j-p.pos < ind && s[j] == ' ' {
			j++
		}
		switch {
		case j < len(s) && isBreak(s[j]):
			*breaks++
			p.nextLine(j)
		case j-p.pos == ind && j < len(s):
			return true
		default:
			return false
		}
	}
	return false
}

// flowIn reads a flow collection that is a value of a block collection in
// column parent: its lines go on deeper than parent.
func (p *fastParser) flowIn(parent int) *yaml.Node {
	p.flowMin = parent
	return p.flow()
}

// flow reads a flow collection, `{k: v, …}` or `[a, …]`, of scalars, aliases
// and flow collections. A key and its ':' stand on one line, and so does
// every scalar.
func (p *fastParser) flow() *yaml.Node {
	p.enter()
	s := p.src
	kind, tag, end := yaml.MappingNode, "!!map", byte('}')
	if s[p.pos] == '[' {
		kind, tag, end = yaml.SequenceNode, "!!seq", ']'
	}
	n := p.newNode(kind, tag, p.line, p.column(p.pos))
	n.Style = yaml.FlowStyle
	p.pos++
	mark := len(p.kids)
	p.flowSpace()
	if s[p.pos] == end {
		p.pos++
		p.depth--
		return n
	}
	for {
		if kind == yaml.MappingNode {
			k, key := p.scalar(true)
			if !key {
				panic(refusal("a flow mapping entry without `key: value`"))
			}
			p.flowSpace()
			p.kids = append(p.kids, k)
		}
		p.kids = append(p.kids, p.flowValue())
		p.flowSpace()
		switch s[p.pos] {
		case ',':
			p.pos++
			p.flowSpace()
			if s[p.pos] == end {
				panic(refusal("a comma before the end of a flow collection"))
			}
			continue
		case end:
			p.pos++
		default:
			panic(refusal("unexpected text in a flow collection"))
		}
		break
	}
	n.Content = p.content(mark)
	p.depth--
	return n
}

func (p *fastParser) flowValue() *yaml.Node {
	switch p.src[p.pos] {
	case '[', '{':
		return p.flow()
	case '*':
		return p.alias(true)
	}
	n, key := p.scalar(true)
	if key {
		panic(refusal("a `key: value` pair where a flow value was expected"))
	}
	return n
}

// flowSpace skips spaces, comments and line breaks inside a flow
// collection, whose lines that are not blank go on deeper than flowMin.
func (p *fastParser) flowSpace() {
	s := p.src
	for {
		for p.pos < len(s) && s[p.pos] == ' ' {
			p.pos++
		}
		if p.pos == len(s) {
			panic(refusal("a flow collection not closed"))
		}
		if s[p.pos] == '#' && (p.pos == p.bol || s[p.pos-1] == ' ') {
			p.nextLine(p.pos)
		} else if isBreak(s[p.pos]) {
			p.nextLine(p.pos)
		} else {
			return
		}
		i := p.pos
		for i < len(s) && s[i] == ' ' {
			i++
		}
		if i < len(s) && !isBreak(s[i]) && i-p.pos <= p.flowMin {
			panic(refusal("a line of a flow collection not indented deeper than its block"))
		}
	}
}
