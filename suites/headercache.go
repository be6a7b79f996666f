package suites

import (
	"bytes"
	"path/filepath"
	"slices"
	"strconv"
	"sync"

	"go.yaml.in/yaml/v3"
)

// A folder of small suites repeats one header (environments, credentials,
// defaults) in every file, each under its own name: decoding it again for
// each file was a tenth of loading a ten-scenario suite. A header is
// decoded once per distinct text and each later file gets a copy of it,
// its positions moved to that file; only its `name:` line and its
// scenarios are read. See parseWithHeader.

// header is a file cut where its `scenarios:` block starts: the block
// holds every line after it (no top-level key follows).
type header struct {
	key       []byte // the text above the block without the name's value, and the name's line
	nameLine  int    // 1-based; 0 when the header has no `name:` line of its own
	name      string // that line
	blockLine int    // the first line of the block, 1-based
	block     int    // where the block starts in the file
}

// cutHeader finds the header of a file laid out as most suites are: a
// `name:` line of its own, a top-level `scenarios:` block and no key after
// it. ok is false when the file is not laid out that way. The header's
// decoding depends on its text alone: an alias in it refers to an anchor
// above it (not on the name's line, which may hold none), and a scenario
// that refers to one in the header is parsed with the file
// (parseWithHeader).
func cutHeader(data []byte, h *header) bool {
	*h = header{key: h.key[:0]}
	from := 0 // the key holds data[:from] but the name's line
	for off, line := 0, 1; off < len(data); line++ {
		l, next := lineAt(data, off)
		next = min(next, len(data))
		switch {
		case len(l) == 0 || l[0] == ' ' || l[0] == '#':
		case bytes.HasPrefix(l, []byte("scenarios:")) && isBlankOrComment(l[len("scenarios:"):]):
			h.block, h.blockLine = next, line+1
			for o := next; o < len(data); { // every line below indented, blank or a comment
				l, n := lineAt(data, o)
				if len(l) > 0 && l[0] != ' ' && l[0] != '#' {
					return false
				}
				o = n
			}
			h.key = append(h.key, data[from:next]...)
			h.key = strconv.AppendInt(append(h.key, 0), int64(h.nameLine), 10)
			return h.nameLine > 0
		case h.nameLine == 0 && bytes.HasPrefix(l, []byte("name:")):
			if n, _ := lineAt(data, next); next < len(data) && len(n) > 0 && n[0] == ' ' {
				return false // the name goes on below its line
			}
			if bytes.IndexByte(l, '&') >= 0 {
				return false // an anchor the header may refer to, outside the key
			}
			h.nameLine, h.name = line, string(l)
			h.key = append(h.key, data[from:off]...)
			from = next
		}
		off = next
	}
	return false
}

// headers holds the headers decoded so far, by key. It is emptied when
// full: a process loads a few distinct headers, each many times.
var headers struct {
	sync.Mutex
	m map[string]*Suite // the header fields only, as decoded for one file
}

const maxHeaders = 256

// parseWithHeader is parseWholeWith for a small file whose header was
// decoded before: its copy, the name and the scenarios block parsed alone.
// A file whose header is new is parsed whole and its header kept when the
// file has no error. ok is false when the file must be parsed whole.
func parseWithHeader(p *fastParser, file string, data []byte, h *header) (s *Suite, errs Errors, ok bool) {
	if yamlOnly || !cutHeader(data, h) {
		return nil, nil, false
	}
	headers.Lock()
	tpl := headers.m[string(h.key)]
	headers.Unlock()
	if tpl == nil {
		root, errs := parseYAMLWith(p, file, data)
		if errs != nil {
			return nil, errs, true
		}
		keyed := nameKeyOn(root, h.nameLine)
		s, errs := decodeWhole(file, root)
		// The header is kept when the name's line is the suite's name
		// whole: not a line inside a scalar of the header that starts
		// above it (X: "…⏎name: …"), nor a name that goes on below.
		if s != nil && len(errs) == 0 && keyed && sameName(lineName(p, h), s.Name) {
			headers.Lock()
			if headers.m == nil || len(headers.m) >= maxHeaders {
				headers.m = map[string]*Suite{}
			}
			headers.m[string(h.key)] = s.copyHeader(s.File)
			headers.Unlock()
		}
		return s, errs, true
	}
	name := lineName(p, h)
	if name == nil {
		return nil, nil, false
	}
	d := &decoder{file: file}
	s = tpl.copyHeader(file)
	d.suiteName(s, name)
	// The block is parsed after the name: the parser's memory is reused.
	seq, why := p.parse(yamlText(data[h.block:]), h.blockLine)
	if why != "" || seq.Kind != yaml.SequenceNode || p.aliases > 0 {
		return nil, nil, false
	}
	s.Scenarios = d.scenarios(seq.Content, s)
	if len(s.Scenarios) == 0 && len(d.errs) == 0 {
		d.errs = append(d.errs, Error{Pos: s.Pos, Msg: "the suite has no scenarios"})
	}
	validate(d, s)
	d.errs.Sort()
	return s, d.errs, true
}

// lineName is the value of the name's line parsed alone; nil when the
// line is not one `name:` entry.
func lineName(p *fastParser, h *header) *yaml.Node {
	top, why := p.parse(h.name, h.nameLine)
	if why != "" || top.Kind != yaml.MappingNode || len(top.Content) != 2 || top.Content[0].Value != "name" {
		return nil
	}
	return top.Content[1]
}

func sameName(n *yaml.Node, name string) bool {
	return n != nil && n.Kind == yaml.ScalarNode && n.Value == name
}

// nameKeyOn reports whether the top-level `name:` key of a file's tree
// root starts line.
func nameKeyOn(root *yaml.Node, line int) bool {
	if root != nil && root.Kind == yaml.DocumentNode && len(root.Content) == 1 {
		root = root.Content[0]
	}
	if root == nil || root.Kind != yaml.MappingNode {
		return false
	}
	for i := 0; i+1 < len(root.Content); i += 2 {
		if k := root.Content[i]; k.Value == "name" {
			return k.Line == line && k.Column == 1
		}
	}
	return false
}

// copyHeader copies what a suite's header holds (not its name nor its
// scenarios) as if decoded from file: every position moved there, nothing
// shared with s.
func (s *Suite) copyHeader(file string) *Suite {
	m := mover{file}
	c := &Suite{File: file, Dir: filepath.Dir(file), Version: s.Version, Pos: m.pos(s.Pos), OpenAPI: m.str(s.OpenAPI),
		Vars: m.pairs(s.Vars), Public: m.strs(s.Public), Defaults: m.settings(s.Defaults),
		Credentials: make(map[string]*Credential, len(s.Credentials))}
	for _, e := range s.Environments {
		c.Environments = append(c.Environments, m.env(e))
	}
	for name, cr := range s.Credentials {
		c.Credentials[name] = m.cred(cr)
	}
	return c
}

// mover copies parts of a suite into another file.
type mover struct{ file string }

func (m mover) pos(p Pos) Pos {
	if p != (Pos{}) {
		p.File = m.file
	}
	return p
}

func (m mover) str(s String) String {
	s.Pos, s.Key = m.pos(s.Pos), m.pos(s.Key)
	return s
}

func (m mover) strs(ss []String) []String {
	if ss == nil {
		return nil
	}
	out := make([]String, len(ss))
	for i, s := range ss {
		out[i] = m.str(s)
	}
	return out
}

func (m mover) pairs(ps []Pair) []Pair {
	if ps == nil {
		return nil
	}
	out := make([]Pair, len(ps))
	for i, p := range ps {
		out[i] = Pair{p.Name, m.str(p.Value)}
	}
	return out
}

func (m mover) env(e *Environment) *Environment {
	c := *e
	c.Pos, c.BaseURL = m.pos(e.Pos), m.str(e.BaseURL)
	c.EnvFiles, c.Vars, c.Public, c.ExpectClaims = m.strs(e.EnvFiles), m.pairs(e.Vars), m.strs(e.Public), m.pairs(e.ExpectClaims)
	if e.TLS != nil {
		t := *e.TLS
		t.Pos, t.CAFile, t.CertFile, t.KeyFile = m.pos(t.Pos), m.str(t.CAFile), m.str(t.CertFile), m.str(t.KeyFile)
		c.TLS = &t
	}
	return &c
}

func (m mover) cred(cr *Credential) *Credential {
	c := *cr
	c.Pos = m.pos(cr.Pos)
	for _, f := range c.StringFields() {
		*f.Value = m.str(*f.Value)
	}
	c.Headers, c.Scopes, c.Params = m.pairs(cr.Headers), m.strs(cr.Scopes), m.pairs(cr.Params)
	return &c
}

func (m mover) settings(st Settings) Settings {
	st.Headers = m.pairs(st.Headers)
	if st.Retry != nil {
		r := *st.Retry
		r.On = slices.Clone(r.On)
		st.Retry = &r
	}
	if st.FollowRedirects != nil {
		b := *st.FollowRedirects
		st.FollowRedirects = &b
	}
	return st
}
