package suites

import (
	"bytes"
	"fmt"
	"path/filepath"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"

	"go.yaml.in/yaml/v3"
)

// Load reads every suite in paths: files, or directories searched
// recursively for *.yaml and *.yml. It returns all problems of all files at
// once as Errors; on any error nothing should be sent.
func Load(paths ...string) ([]*Suite, error) { return LoadEach(nil, paths...) }

// LoadEach is Load that also calls each, when not nil, with every suite
// that loads without errors, on the goroutine that loaded it, as soon as
// it is loaded: checks of one suite then run while the others load, on
// every processor, instead of one by one after the last file. Calls come
// in any order and at once, and also for suites that Load then refuses
// (a suite name used twice, an error in another file), so each keeps what
// it finds until LoadEach returns without error.
func LoadEach(each func(*Suite), paths ...string) ([]*Suite, error) {
	files, errs := expandPaths(paths)
	loaded := loadFiles(files, each)
	named := namedFiles(paths)
	var out []*Suite
	for i, l := range loaded {
		if len(l.errs) > 0 && !named[files[i]] && isOpenAPIDocument(files[i]) {
			continue
		}
		errs = append(errs, l.errs...)
		if l.suite != nil {
			out = append(out, l.suite)
		}
	}
	errs = append(errs, checkDuplicateNames(out)...)
	if err := errs.Err(); err != nil {
		return nil, err
	}
	return out, nil
}

type loaded struct {
	suite *Suite
	errs  Errors
}

// loadFiles reads and parses files on every processor at once: a
// repository of many small suites loads in the time of its largest files,
// not their sum. Workers take the next file from a shared counter, not a
// channel: a thousand small files were a thousand hand-offs between
// goroutines. Results keep the order of files.
func loadFiles(files []string, each func(*Suite)) []loaded {
	out := make([]loaded, len(files))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(files)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var l fileLoader
			for i := int(next.Add(1) - 1); i < len(files); i = int(next.Add(1) - 1) {
				out[i] = l.load(files[i])
				if each != nil && out[i].suite != nil && len(out[i].errs) == 0 {
					each(out[i].suite)
				}
			}
		}()
	}
	wg.Wait()
	return out
}

// MaxFileSize is the largest suite file authspec reads. A YAML file
// takes tens of times its size in memory while it is parsed (a 4 MiB file
// peaks near 120 MiB); 4 MiB holds 10,000 scenarios of 400 bytes each,
// and several files can share a directory.
const MaxFileSize = 4 << 20

// fileLoader is one loader goroutine's memory, reused from file to file:
// the parser's nodes (see parseWith) and the buffer files are read into.
type fileLoader struct {
	p fastParser
	r fileReader
	h header
}

func (l *fileLoader) load(f string) loaded {
	data, err := l.r.read(f, MaxFileSize)
	if err != nil {
		return loaded{errs: Errors{{Pos: Pos{File: f}, Msg: fmt.Sprintf("cannot read suite: %v", err)}}}
	}
	s, errs := parseWith(&l.p, &l.h, f, data)
	return loaded{suite: s, errs: errs}
}

// readCapped reads a file of at most limit bytes into memory of its own.
func readCapped(path string, limit int64) ([]byte, error) {
	return new(fileReader).read(path, limit)
}

// fileReader reads files into one buffer, which each read reuses: what a
// read returns holds until the next. The parser copies a file's text
// (yamlText) before it makes anything that outlives the parse, so a loader
// goroutine reads a thousand small suites into the same memory instead of
// a thousand new buffers.
type fileReader struct{ buf []byte }

// read reads a file of at most limit bytes, without reading more than that
// of a larger one. A regular file is read with one read call: there is
// room for its size and one byte more, and a read that stops short with
// as many bytes as the size says has the whole file (the call that finds
// the end of a thousand small files was a tenth of reading them).
func (r *fileReader) read(path string, limit int64) ([]byte, error) {
	f, err := openSuiteFile(path)
	if err != nil {
		return nil, err
	}
	defer f.close()
	size := f.size()
	room := int64(bytes.MinRead)
	if size >= 0 {
		room = min(size, limit) + 1
	}
	if int64(cap(r.buf)) < room {
		r.buf = make([]byte, room)
	}
	buf := r.buf[:cap(r.buf)]
	n := 0
	for {
		if n == len(buf) { // a file longer than its size said, or not a regular one
			buf = slices.Grow(buf, bytes.MinRead)
			buf = buf[:cap(buf)]
		}
		end := int(min(int64(len(buf)), limit+1))
		m, err := f.read(buf[n:end])
		if err != nil {
			return nil, err
		}
		n += m
		if m == 0 || int64(n) > limit || int64(n) == size && n < end {
			break
		}
	}
	r.buf = buf
	if int64(n) > limit {
		return nil, fmt.Errorf("the file is larger than %d MiB, the limit for one suite; split it into several files", limit>>20)
	}
	return buf[:n], nil
}

// checkDuplicateNames keeps JUnit test identities unique: two suites with
// the same name would merge into one <testsuite>.
func checkDuplicateNames(ss []*Suite) Errors {
	var errs Errors
	first := make(map[string]*Suite, len(ss)) // sized: a thousand suites grew it eight times
	for _, s := range ss {
		if p, dup := first[s.Name]; dup && s.Name != "" {
			errs = append(errs, Error{Pos: s.Pos, Msg: fmt.Sprintf("suite name %q is already used by %s", s.Name, p.File)})
			continue
		}
		first[s.Name] = s
	}
	return errs
}

// Parse decodes one suite file. The suite is returned even with errors, so
// callers can report everything.
func Parse(file string, data []byte) (*Suite, Errors) {
	return parseWith(new(fastParser), new(header), file, data)
}

// parseWith is Parse reading a file it does not cut in chunks into p's
// memory, which the previous file's tree then gives back (see
// fastParser.parse): a loader goroutine reads a thousand small files into
// the same few blocks instead of a thousand new ones for the collector.
// Nothing decoded keeps a node: a Suite holds strings and positions. A
// small file whose header another file had already (a folder of suites
// for one API) copies it and reads only its name and scenarios
// (parseWithHeader); h is the caller's memory for cutting the header.
func parseWith(p *fastParser, h *header, file string, data []byte) (*Suite, Errors) {
	if len(data) >= minChunkedFile {
		if s, errs, ok := parseInChunks(file, data); ok {
			return s, errs
		}
	} else if s, errs, ok := parseWithHeader(p, file, data, h); ok {
		return s, errs
	}
	return parseWholeWith(p, file, data)
}

// parseWhole parses the file into one tree, then decodes it.
func parseWhole(file string, data []byte) (*Suite, Errors) {
	return parseWholeWith(new(fastParser), file, data)
}

func parseWholeWith(p *fastParser, file string, data []byte) (*Suite, Errors) {
	root, errs := parseYAMLWith(p, file, data)
	if errs != nil {
		return nil, errs
	}
	return decodeWhole(file, root)
}

// decodeWhole decodes a file's tree, root (nil: the file is empty).
func decodeWhole(file string, root *yaml.Node) (*Suite, Errors) {
	if root == nil {
		return nil, Errors{{Pos: Pos{File: file}, Msg: "the file is empty; a suite needs version, name, environments and scenarios"}}
	}
	d := &decoder{file: file}
	s := d.suite(root)
	if s != nil {
		validate(d, s)
	}
	d.errs.Sort()
	return s, d.errs
}

// suiteKeys are the top-level keys. x-* keys are ignored, as in Compose
// files: a place to define YAML anchors (&common) that scenarios reuse.
var suiteKeys = []string{"version", "name", "openapi", "vars", "public", "environments", "credentials", "defaults", "scenarios", "x-*"}

func (d *decoder) suite(n *yaml.Node) *Suite {
	m := d.mapping(n, "at the top of the suite", suiteKeys...)
	if m == nil {
		return nil
	}
	dir := filepath.Dir(d.file)
	s := &Suite{File: d.file, Dir: dir, Version: 1, Pos: d.pos(n), Credentials: map[string]*Credential{}}
	if f, ok := m.get("version"); ok {
		before := len(d.errs)
		if s.Version = d.integer(f.val, "version"); s.Version != 1 && len(d.errs) == before {
			d.errorf(f.val, "unsupported version %d: this authspec reads version 1", s.Version)
		}
	}
	if f, ok := m.get("name"); ok {
		d.suiteName(s, f.val)
	} else {
		d.errorf(n, "the suite has no name: add `name: …` at the top")
	}
	if f, ok := m.get("openapi"); ok {
		s.OpenAPI = d.field(f, "openapi")
		if s.OpenAPI.Raw == "" {
			d.errorf(f.val, "openapi names no file: write the OpenAPI document's path, relative to this suite")
		}
	}
	if f, ok := m.get("vars"); ok {
		s.Vars = d.pairs(f.val, "in vars")
	}
	if f, ok := m.get("public"); ok {
		s.Public = d.varNames(f.val, "public")
	}
	if f, ok := m.get("environments"); ok {
		for _, e := range d.entries(f.val, "in environments") {
			if env := d.environment(e.key, e.val); env != nil {
				s.Environments = append(s.Environments, env)
			}
		}
	}
	if len(s.Environments) == 0 {
		d.errorf(n, "the suite defines no environments: add `environments: { staging: { base_url: … } }`")
	}
	if f, ok := m.get("credentials"); ok {
		for _, e := range d.entries(f.val, "in credentials") {
			if c := d.credential(e.key, e.val); c != nil {
				s.Credentials[c.Name] = c
			}
		}
	}
	if f, ok := m.get("defaults"); ok {
		dm := d.mapping(f.val, "in defaults", settingKeys...)
		s.Defaults = d.settings(dm, Settings{}, "in defaults")
	}
	if f, ok := m.get("scenarios"); ok {
		list := resolve(f.val)
		if d.chunks != nil && list == d.chunks.seq {
			s.Scenarios = d.chunkScenarios(s)
		} else if list.Kind != yaml.SequenceNode {
			d.errorf(list, "scenarios must be a list (each item starts with `- name: …`), got %s", d.kindName(list))
		} else {
			s.Scenarios = d.scenarios(list.Content, s)
		}
	}
	if len(s.Scenarios) == 0 && len(d.errs) == 0 {
		d.errorf(n, "the suite has no scenarios")
	}
	return s
}

func (d *decoder) suiteName(s *Suite, n *yaml.Node) {
	before := len(d.errs)
	if s.Name = d.text(n, "name"); s.Name == "" && len(d.errs) == before {
		d.errorf(n, "the suite name is empty")
	}
}
