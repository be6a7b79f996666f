package suites

import (
	"bytes"

	"go.yaml.in/yaml/v3"
)

// A suite of thousands of scenarios parsed whole is a yaml.Node tree ten
// times the file's size, all alive until the last scenario is decoded: at
// 10,000 scenarios that tree is most of the run's peak memory, and the
// collector marks it again and again while it grows. So the items of a
// top-level `scenarios:` block are cut out of the text, parsed a chunk of
// items at a time and decoded at once: only the rest of the file (the
// skeleton) and one chunk are ever parsed trees. Chunks keep their place
// in the file (line numbers are shifted back, columns never change).
//
// Whatever the cutting cannot vouch for falls back to parsing the file
// whole, which gives the exact errors: a layout it does not recognise, a
// skeleton or chunk that does not parse alone, an alias in a chunk (its
// anchor may be anywhere), any YAML error at all.

// chunkBytes is about how much text one chunk holds: enough items that
// setting up yaml.v3 is paid rarely, small enough that its tree is not.
const chunkBytes = 32 << 10

// minChunkedFile is the size from which a file is read a chunk at a time:
// a smaller one's tree is small, and parsing the skeleton and its one chunk
// apart would cost more than it saves.
const minChunkedFile = 2 * chunkBytes

// scenarioChunks is the scenarios block of a file cut into chunks.
type scenarioChunks struct {
	keyLine int        // of `scenarios:`
	seq     *yaml.Node // stands for the block in the skeleton
	text    string     // the file, for the fast parser
	parser  fastParser // reads every chunk into the same memory
	chunks  []chunk
	failed  bool // a chunk did not parse alone: parse the file whole
}

// chunk is a run of whole items: data[start:end], which begins on line
// line+1 of the file.
type chunk struct {
	start, end int
	line       int
}

// splitScenarios finds a block `scenarios:` at the top level whose items
// start with "- " at one indentation, and returns the file with the block
// blanked out (line numbers unchanged) and the block's chunks. ok is false
// when the file is not laid out that way.
func splitScenarios(data []byte) (skeleton []byte, sc *scenarioChunks, ok bool) {
	keyLine, off, found := 0, 0, false
	for ; off < len(data) && !found; keyLine++ {
		l, next := lineAt(data, off)
		rest, key := bytes.CutPrefix(l, []byte("scenarios:"))
		found, off = key && isBlankOrComment(rest), next
	}
	if !found || off >= len(data) {
		return nil, nil, false
	}
	// keyLine is now the key's line number (1-based) and the block's
	// first line's index (0-based).
	blockStart, line := off, keyLine
	sc = &scenarioChunks{keyLine: keyLine}
	indent, cur, items := -1, chunk{start: -1}, 0
	end := len(data)
	for off < len(data) {
		l, next := lineAt(data, off)
		n := len(l) - len(bytes.TrimLeft(l, " "))
		body := l[n:]
		switch {
		case isBlankOrComment(body):
		case isItem(body) && (indent < 0 || n == indent):
			if indent < 0 {
				indent = n
				sc.seq = &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq", Line: line + 1, Column: n + 1}
			}
			if cur.start >= 0 && off-cur.start >= chunkBytes {
				cur.end = off
				sc.chunks = append(sc.chunks, cur)
				cur.start = -1
			}
			if cur.start < 0 {
				cur = chunk{start: off, line: line}
			}
			items++
		case n == 0:
			end = off // the next top-level key: the block ends
		case indent < 0 || n < indent:
			return nil, nil, false
		}
		if end < len(data) {
			break
		}
		off, line = next, line+1
	}
	if items == 0 || bytes.IndexByte(data[blockStart:end], '\t') >= 0 {
		return nil, nil, false
	}
	cur.end = end
	sc.chunks = append(sc.chunks, cur)
	skeleton = make([]byte, 0, blockStart+len(data)-end+bytes.Count(data[blockStart:end], []byte("\n")))
	skeleton = append(skeleton, data[:blockStart]...)
	skeleton = append(skeleton, bytes.Repeat([]byte("\n"), bytes.Count(data[blockStart:end], []byte("\n")))...)
	skeleton = append(skeleton, data[end:]...)
	return skeleton, sc, true
}

// lineAt returns the line that starts at off, without its newline, and
// the offset of the next line.
func lineAt(data []byte, off int) ([]byte, int) {
	i := bytes.IndexByte(data[off:], '\n')
	if i < 0 {
		return bytes.TrimSuffix(data[off:], []byte("\r")), len(data) + 1
	}
	return bytes.TrimSuffix(data[off:off+i], []byte("\r")), off + i + 1
}

func isBlankOrComment(b []byte) bool {
	b = bytes.TrimLeft(b, " ")
	return len(b) == 0 || b[0] == '#'
}

// isItem: a line that opens a block sequence item, "- …" or a lone "-".
func isItem(b []byte) bool {
	return len(b) > 0 && b[0] == '-' && (len(b) == 1 || b[1] == ' ')
}

// place puts the placeholder of the scenarios block where the skeleton has
// its empty value, so the decoder meets it as the list. It reports false
// when the skeleton does not hold the key as expected.
func (sc *scenarioChunks) place(root *yaml.Node) bool {
	if root.Kind != yaml.MappingNode {
		return false
	}
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		if k.Kind == yaml.ScalarNode && k.Value == "scenarios" && k.Line == sc.keyLine && v.Kind == yaml.ScalarNode && v.Tag == "!!null" && v.Value == "" {
			root.Content[i+1] = sc.seq
			return true
		}
	}
	return false
}

// items parses chunk c alone and returns its items with their lines as in
// the file; nil (and failed set) when it does not parse alone. The fast
// parser reads it from text, the file's one copy as a string, when it can
// (as yaml.v3's, a chunk with an alias fails: its anchor may be anywhere).
func (sc *scenarioChunks) items(data []byte, c chunk) []*yaml.Node {
	if sc.text != "" {
		if seq, why := sc.parser.parse(sc.text[c.start:c.end], c.line+1); why == "" && seq.Kind == yaml.SequenceNode && sc.parser.aliases == 0 {
			return seq.Content
		}
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(data[c.start:c.end], &doc); err != nil || len(doc.Content) != 1 || doc.Content[0].Kind != yaml.SequenceNode {
		sc.failed = true
		return nil
	}
	seq := doc.Content[0]
	if !shiftLines(seq, c.line) {
		sc.failed = true
		return nil
	}
	return seq.Content
}

// shiftLines moves the nodes under n down by lines; it reports false when
// one of them is an alias, whose anchor may stand outside the chunk.
func shiftLines(n *yaml.Node, lines int) bool {
	if n.Kind == yaml.AliasNode {
		return false
	}
	n.Line += lines
	for _, c := range n.Content {
		if !shiftLines(c, lines) {
			return false
		}
	}
	return true
}

// parseInChunks is Parse reading the scenarios block a chunk at a time;
// ok is false when the file must be parsed whole.
func parseInChunks(file string, data []byte) (s *Suite, errs Errors, ok bool) {
	skeleton, sc, ok := splitScenarios(data)
	if !ok {
		return nil, nil, false
	}
	root, errs := parseYAML(file, skeleton)
	if errs != nil || root == nil || !sc.place(root) {
		return nil, nil, false
	}
	sc.text = yamlText(data)
	d := &decoder{file: file, data: data, chunks: sc}
	if s = d.suite(root); sc.failed {
		return nil, nil, false
	}
	if s != nil {
		validate(d, s)
	}
	d.errs.Sort()
	return s, d.errs, true
}

// chunkScenarios decodes the scenarios block a chunk at a time, in file
// order; each chunk's tree is garbage once its items are decoded.
func (d *decoder) chunkScenarios(s *Suite) []*Scenario {
	out := []*Scenario{}
	for _, c := range d.chunks.chunks {
		items := d.chunks.items(d.data, c)
		if d.chunks.failed {
			return nil
		}
		for _, it := range items {
			if sc := d.scenario(it, s); sc != nil {
				out = append(out, sc)
			}
		}
		// The next chunk's nodes may take this one's memory (see
		// fastParser.parse): no node of it may be remembered.
		d.moved = nil
	}
	return out
}
