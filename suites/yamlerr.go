package suites

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"github.com/authspec/authspec/internal/lazyre"
)

// parseYAML reads the one YAML document of a suite file. A second document
// is an error (its scenarios would be silently ignored), and so are aliases
// that refer to their own ancestors or expand into an enormous tree. The
// fast parser reads it when it can (it refuses all of these), yaml.v3
// otherwise.
func parseYAML(file string, data []byte) (*yaml.Node, Errors) {
	return parseYAMLWith(new(fastParser), file, data)
}

// parseYAMLWith is parseYAML reading into p's memory (see fastParser.parse).
func parseYAMLWith(p *fastParser, file string, data []byte) (*yaml.Node, Errors) {
	if root, why := p.parse(yamlText(data), 1); why == "" {
		if p.aliases > 0 {
			if err := checkAliases(file, root); err != nil {
				return nil, Errors{*err}
			}
		}
		return root, nil
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, nil
		}
		return nil, Errors{yamlError(file, data, err)}
	}
	var extra yaml.Node
	switch err := dec.Decode(&extra); {
	case errors.Is(err, io.EOF):
	case err != nil:
		return nil, Errors{yamlError(file, data, err)}
	case len(extra.Content) > 0 && extra.Content[0].ShortTag() != "!!null":
		return nil, Errors{{Pos: Pos{File: file, Line: extra.Line, Col: 1},
			Msg: "a suite file holds one YAML document, but a second one starts here; put it in its own file"}}
	}
	if len(doc.Content) == 0 || doc.Content[0].ShortTag() == "!!null" && doc.Content[0].Value == "" {
		return nil, nil // nothing but comments, or a lone "---"
	}
	if err := checkAliases(file, doc.Content[0]); err != nil {
		return nil, Errors{*err}
	}
	return doc.Content[0], nil
}

var yamlLine = lazyre.New(`^yaml: line (\d+): (.*)$`)

// parserProblems are the messages of yaml.v3's parser (not its scanner).
// For them yaml.v3 reports a 0-based line number; the scanner's are 1-based.
var parserProblems = []string{
	"did not find expected ',' or ']'",
	"did not find expected ',' or '}'",
	"did not find expected '-' indicator",
	"did not find expected <document start>",
	"did not find expected <stream-start>",
	"did not find expected key",
	"did not find expected node content",
	"found duplicate %YAML directive",
	"found duplicate %TAG directive",
	"found incompatible YAML document",
	"found undefined tag handle",
}

var unknownAnchor = lazyre.New(`^unknown anchor '(.*)' referenced$`)

// yamlError turns a yaml.v3 syntax error into a positioned Error. yaml.v3
// gives no column, so the column is 1; the line is where the construct
// that failed starts.
func yamlError(file string, data []byte, err error) Error {
	msg, line := strings.TrimPrefix(err.Error(), "yaml: "), 0
	if m := yamlLine.FindStringSubmatch(err.Error()); m != nil {
		line, _ = strconv.Atoi(m[1])
		msg = m[2]
		if slices.Contains(parserProblems, msg) {
			line++
		}
	} else if slices.Contains(parserProblems, msg) {
		line = 1
	}
	pos := Pos{File: file}
	if strings.HasPrefix(msg, "did not find expected ',' or ") {
		if l, c, ref := unquotedRef(data, line); l > 0 {
			return Error{Pos: Pos{File: file, Line: l, Col: c}, Msg: fmt.Sprintf(
				"invalid YAML: quote %s inside { } or [ ], as %q: unquoted, YAML reads its '{' as the start of a mapping", ref, ref)}
		}
	}
	if strings.Contains(msg, "tab character") {
		// yaml.v3 names the line of the value before the tab.
		if l, c := tabIndent(data, line); l > 0 {
			return Error{Pos: Pos{File: file, Line: l, Col: c}, Msg: "invalid YAML: " + msg + "; indent with spaces"}
		}
	}
	switch m := unknownAnchor.FindStringSubmatch(msg); {
	case m != nil:
		msg = fmt.Sprintf("alias *%s refers to no anchor &%s defined before it", m[1], m[1])
		line = lineOf(data, "*"+m[1])
	case line == 0:
		// The reader's errors (bad UTF-8, control characters) carry no
		// position: find the character. Otherwise yaml.v3 leaves the
		// line out when it is the first.
		if l, c := badChar(data); l > 0 {
			return Error{Pos: Pos{File: file, Line: l, Col: c}, Msg: "invalid YAML: " + msg}
		}
		line = 1
	}
	if line > 0 {
		pos.Line, pos.Col = line, 1
	}
	return Error{Pos: pos, Msg: "invalid YAML: " + msg}
}

// unquotedRef finds, from line on, a ${VAR} that starts an unquoted value
// in a flow collection (`{ token: ${API_TOKEN} }`), the usual reason for
// yaml.v3's "did not find expected ',' or '}'", which names only the line
// where the collection starts. It returns 0, 0, "" when there is none.
func unquotedRef(data []byte, from int) (line, col int, ref string) {
	lines := bytes.Split(data, []byte("\n"))
	depth := 0 // open { and [ since the collection's line: only inside one
	for i := max(from-1, 0); i < len(lines) && i < from+20; i++ {
		l := lines[i]
		for j := 0; j < len(l); j++ {
			switch l[j] {
			case '{', '[':
				depth++
				continue
			case '}', ']':
				depth--
				continue
			}
			if depth <= 0 || l[j] != '$' || j+1 >= len(l) || l[j+1] != '{' {
				continue
			}
			prev := bytes.TrimRight(l[:j], " ")
			if len(prev) == 0 || !bytes.ContainsAny(prev[len(prev)-1:], ":,[{") {
				continue
			}
			end := bytes.IndexByte(l[j:], '}')
			if end < 0 {
				continue
			}
			return i + 1, utf8.RuneCount(l[:j]) + 1, string(l[j : j+end+1])
		}
	}
	return 0, 0, ""
}

// badChar returns the position of the first character YAML does not
// allow in a document (invalid UTF-8 or a control character), or 0, 0.
func badChar(data []byte) (line, col int) {
	line, col = 1, 1
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 || !yamlPrintable(r) {
			return line, col
		}
		i += size
		if r == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
	}
	return 0, 0
}

// yamlPrintable is YAML 1.2's c-printable.
func yamlPrintable(r rune) bool {
	switch {
	case r == '\t', r == '\n', r == '\r', r == 0x85:
		return true
	case r >= 0x20 && r <= 0x7E, r >= 0xA0 && r <= 0xD7FF, r >= 0xE000 && r <= 0xFFFD, r >= 0x10000 && r <= 0x10FFFF:
		return true
	}
	return false
}

// tabIndent returns the position of the first tab in the indentation of a
// line at or after line from, or 0, 0.
func tabIndent(data []byte, from int) (line, col int) {
	for i, l := range bytes.Split(data, []byte("\n")) {
		if i+1 < from {
			continue
		}
		indent := len(l) - len(bytes.TrimLeft(l, " \t"))
		if j := bytes.IndexByte(l[:indent], '\t'); j >= 0 {
			return i + 1, j + 1
		}
	}
	return 0, 0
}

// lineOf returns the 1-based line of the first occurrence of s, or 0.
func lineOf(data []byte, s string) int {
	i := bytes.Index(data, []byte(s))
	if i < 0 {
		return 0
	}
	return bytes.Count(data[:i], []byte("\n")) + 1
}

// maxAliasExpansion bounds how many values aliases may add to a document
// once expanded: the decoder walks aliased values again at each use, so a
// few nested anchors ("billion laughs") would otherwise take forever.
const maxAliasExpansion = 100_000

// checkAliases rejects an alias that refers to a value containing it (the
// decoder would never end) and documents whose aliases expand too far.
func checkAliases(file string, root *yaml.Node) *Error {
	// Most suites use no alias at all; the size map below costs as much as
	// parsing the file again, so it is built only when there is one.
	if !hasAlias(root) {
		return nil
	}
	const visiting = -1
	size := map[*yaml.Node]int{}
	distinct := 0
	var cycle, biggest *yaml.Node
	var walk func(n *yaml.Node) int
	walk = func(n *yaml.Node) int {
		if cycle != nil {
			return 0
		}
		if s, seen := size[n]; seen {
			if s == visiting {
				cycle = n
				return 0
			}
			return s
		}
		size[n] = visiting
		total := 1
		if n.Kind == yaml.AliasNode && n.Alias != nil {
			total = walk(n.Alias)
			if biggest == nil || total > size[biggest.Alias] {
				biggest = n
			}
		} else {
			distinct++
			for _, c := range n.Content {
				total += walk(c)
				if total > 1<<40 { // far past any limit; keep the sum from overflowing
					total = 1 << 40
				}
			}
		}
		size[n] = total
		return total
	}
	total := walk(root)
	switch {
	case cycle != nil:
		// cycle is the anchored value; report the alias inside it.
		at := findAlias(cycle, cycle)
		if at == nil {
			at = cycle
		}
		return &Error{Pos: Pos{File: file, Line: at.Line, Col: at.Column},
			Msg: fmt.Sprintf("alias *%s refers to a value that contains it", cycle.Anchor)}
	case total-distinct > maxAliasExpansion:
		return &Error{Pos: Pos{File: file, Line: biggest.Line, Col: biggest.Column},
			Msg: fmt.Sprintf("aliases expand this file to more than %d values (alias *%s alone stands for %d); use fewer nested aliases", maxAliasExpansion, biggest.Value, size[biggest.Alias])}
	}
	return nil
}

// hasAlias reports whether any node under n is an alias.
func hasAlias(n *yaml.Node) bool {
	if n.Kind == yaml.AliasNode {
		return true
	}
	for _, c := range n.Content {
		if hasAlias(c) {
			return true
		}
	}
	return false
}

// findAlias returns the first alias under n that refers to target.
func findAlias(n, target *yaml.Node) *yaml.Node {
	for _, c := range n.Content {
		if c.Kind == yaml.AliasNode {
			if c.Alias == target {
				return c
			}
			continue
		}
		if a := findAlias(c, target); a != nil {
			return a
		}
	}
	return nil
}

// SyntaxError positions a yaml.v3 syntax error in data the way suite
// errors are positioned; other YAML files authspec reads (OpenAPI
// documents) use it too.
func SyntaxError(file string, data []byte, err error) Error { return yamlError(file, data, err) }
