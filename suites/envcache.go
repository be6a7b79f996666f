package suites

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/joho/godotenv"
)

// envValues is what resolving an environment finds that depends only on
// the contents of what it reads: the env files' text, the values of the
// process variables the suite refers to, the vars and base_url as written.
// A folder of a thousand suites that share one environment gets the same
// values a thousand times; Resolve works them out once per process (see
// resolvedValues) and shares them, read-only. What belongs to one suite
// (positions, which variables its scenarios use, its identifiers) stays
// in its own Env.
type envValues struct {
	envFiles, missing []string
	// missingAt and failed index the environment's env_file entries, whose
	// positions are each suite's own.
	missingAt []int
	failed    []envFileFailure

	envVars, fileVars, procVars, topVars map[string]Var
	fileKeys, procKeys                   []string // sorted: Secrets lists them in this order

	baseURL        string
	baseURLMissing []string

	baseOnce     sync.Once
	base         *url.URL // url.Parse(baseURL), shared: read it only
	baseErr      error
	baseCheck    error // CheckBaseURL(baseURL)
	baseInsecure bool  // InsecureURL(baseURL)
}

// envFileFailure is an env file that could not be read or parsed: its
// env_file entry and the message, without a position.
type envFileFailure struct {
	entry int
	msg   string
}

// envInputs is everything envValues are made from, as read for one suite:
// its key says whether values made before are the same.
type envInputs struct {
	files []envFileRead
	procs []Var
	key   []byte
}

type envFileRead struct {
	path string
	data []byte
	err  error
}

// sharedValues holds the values made so far, by key. It is emptied when
// full: a process resolves a few distinct environments, each many times.
var sharedValues struct {
	sync.Mutex
	m map[string]*envValues
}

const maxSharedValues = 256

var inputsPool = sync.Pool{New: func() any { return new(envInputs) }}

// resolvedValues returns e's values for suite s, whose variables are
// names, from the process environment getenv: those made for another
// suite with the same inputs, or new ones.
func resolvedValues(s *Suite, e *Environment, names []string, getenv Getenv) *envValues {
	// Most suites find their values made already: the inputs are read
	// into reused memory, and only new values are kept.
	in := inputsPool.Get().(*envInputs)
	defer inputsPool.Put(in)
	in.read(s, e, names, getenv)
	sharedValues.Lock()
	v := sharedValues.m[string(in.key)]
	sharedValues.Unlock()
	if v != nil {
		return v
	}
	v = makeEnvValues(s, e, in)
	sharedValues.Lock()
	defer sharedValues.Unlock()
	if sharedValues.m == nil || len(sharedValues.m) >= maxSharedValues {
		sharedValues.m = map[string]*envValues{}
	}
	sharedValues.m[string(in.key)] = v
	return v
}

// read reads e's env files and the process variables of names,
// and writes down everything makeEnvValues depends on as the key: each
// part length-prefixed, so two different inputs never make one key.
func (in *envInputs) read(s *Suite, e *Environment, names []string, getenv Getenv) {
	// The last suite's strings are dropped only here, when the pooled
	// inputs are used again: until then they (and the key's bytes) stay
	// alive, which holds no more than the cache's own values do.
	clear(in.files)
	clear(in.procs)
	in.files, in.procs, in.key = in.files[:0], in.procs[:0], in.key[:0]
	add := func(tag byte, parts ...string) {
		in.key = append(in.key, tag)
		for _, p := range parts {
			in.key = binary.AppendUvarint(in.key, uint64(len(p)))
			in.key = append(in.key, p...)
		}
	}
	for _, f := range e.EnvFiles {
		path := f.Raw
		if !filepath.IsAbs(path) {
			path = filepath.Join(s.Dir, path)
		}
		path = filepath.ToSlash(path)
		data, err := os.ReadFile(path)
		in.files = append(in.files, envFileRead{path, data, err})
		switch {
		case errors.Is(err, fs.ErrNotExist):
			add('m', path)
		case err != nil:
			add('e', path, readProblem(err).Error())
		default:
			add('f', path, string(data))
		}
	}
	for _, name := range names {
		if v, ok := getenv(name); ok {
			in.procs = append(in.procs, Var{Name: name, Value: v, Secret: true, Origin: "process environment"})
			add('p', name, v)
		}
	}
	add('n', e.Name, e.BaseURL.Raw)
	for _, p := range e.Vars {
		add('v', p.Name, p.Value.Raw)
	}
	for _, p := range s.Vars {
		add('t', p.Name, p.Value.Raw)
	}
}

// readProblem is a read error without the path (the message names it).
func readProblem(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// makeEnvValues reads the env files (a file that does not exist is not an
// error: in CI the values usually come from the process environment; one
// that cannot be read or parsed is) and binds the variables.
func makeEnvValues(s *Suite, e *Environment, in *envInputs) *envValues {
	// The maps are made when something goes in (a nil map reads as
	// empty): most suites of a folder have no env file or vars of their own.
	v := &envValues{}
	for i, f := range in.files {
		switch {
		case errors.Is(f.err, fs.ErrNotExist):
			v.missing = append(v.missing, f.path)
			v.missingAt = append(v.missingAt, i)
			continue
		case f.err != nil:
			v.failed = append(v.failed, envFileFailure{i, fmt.Sprintf("env file %s cannot be read: %v", f.path, readProblem(f.err))})
			continue
		}
		m, err := godotenv.UnmarshalBytes(f.data)
		if err != nil {
			v.failed = append(v.failed, envFileFailure{i, fmt.Sprintf("env file %s cannot be parsed: %s", f.path, envFileProblem(f.data, err))})
			continue
		}
		v.envFiles = append(v.envFiles, f.path)
		if v.fileVars == nil {
			v.fileVars = make(map[string]Var, len(m))
		}
		for k, val := range m { // later files win, as with godotenv.Read
			v.fileVars[k] = Var{Name: k, Value: val, Secret: true, Origin: "env file " + f.path}
		}
	}
	if len(in.procs) > 0 {
		v.procVars = make(map[string]Var, len(in.procs))
	}
	for _, p := range in.procs {
		v.procVars[p.Name] = p
	}
	if len(e.Vars) > 0 {
		v.envVars = make(map[string]Var, len(e.Vars))
	}
	for _, p := range e.Vars {
		v.envVars[p.Name] = Var{Name: p.Name, Value: p.Value.Raw, Origin: fmt.Sprintf("vars of environment %s", e.Name)}
	}
	if len(s.Vars) > 0 {
		v.topVars = make(map[string]Var, len(s.Vars))
	}
	for _, p := range s.Vars {
		v.topVars[p.Name] = Var{Name: p.Name, Value: p.Value.Raw, Origin: "suite vars"}
	}
	v.fileKeys, v.procKeys = sortedKeys(v.fileVars), sortedKeys(v.procVars)
	// base_url is expanded as Lookup would with these variables and no
	// base_url yet: only e's name and the maps above are read.
	r := &Env{Environment: e, envVars: v.envVars, fileVars: v.fileVars, procVars: v.procVars, topVars: v.topVars}
	base, missing := r.Expand(e.BaseURL.Raw, nil)
	if len(missing) > 0 {
		// Not an error of the suite: like a missing credential, it keeps
		// this environment's requests from being sent, and the others run.
		v.baseURLMissing, base = missing, ""
	}
	v.baseURL = strings.TrimRight(base, "/")
	// Every suite gets these slices: full ones, so that an append copies.
	v.envFiles, v.missing, v.baseURLMissing = full(v.envFiles), full(v.missing), full(v.baseURLMissing)
	return v
}

func full[T any](s []T) []T { return s[:len(s):len(s)] }

// ParsedBaseURL is url.Parse of the base URL, parsed once for all the
// suites that share it. The URL is shared: callers read it only.
func (r *Env) ParsedBaseURL() (*url.URL, error) {
	v := r.baseValues()
	return v.base, v.baseErr
}

// CheckBaseURL is CheckBaseURL(r.BaseURL), judged once for all the suites
// that share the base URL.
func (r *Env) CheckBaseURL() error { return r.baseValues().baseCheck }

// InsecureBaseURL is InsecureURL(r.BaseURL), judged once for all the
// suites that share the base URL.
func (r *Env) InsecureBaseURL() bool { return r.baseValues().baseInsecure }

func (r *Env) baseValues() *envValues {
	v := r.vals
	v.baseOnce.Do(func() {
		v.base, v.baseErr = url.Parse(v.baseURL)
		v.baseCheck = checkParsedBase(v.base, v.baseErr)
		v.baseInsecure = insecureParsed(v.baseURL, v.base, v.baseErr)
	})
	return v
}
