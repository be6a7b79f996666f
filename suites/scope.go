package suites

import (
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"strings"

	"github.com/joho/godotenv"
)

// Var is a resolved variable and where its value came from.
type Var struct {
	Name   string
	Value  string
	Secret bool   // from an env file, the process environment or a capture
	Origin string // "env file .env.staging", "process environment", …
}

// Env is an environment of a suite with its variables resolved: what a
// scenario in that environment can refer to.
type Env struct {
	*Environment
	Suite   *Suite
	BaseURL string
	// EnvFiles lists the env files as read ("suites/.env.staging") and
	// Missing those that did not exist; diagnosis names both when a
	// variable is missing.
	EnvFiles []string
	Missing  []string

	envVars  map[string]Var // the environment's own vars
	fileVars map[string]Var
	procVars map[string]Var
	topVars  map[string]Var
}

// Getenv reads the process environment. Tests pass their own, so nothing
// calls os.Setenv.
type Getenv func(name string) (string, bool)

// Resolve reads an environment's env files and binds its variables. An env
// file that does not exist is not an error (in CI the values usually come
// from the process environment); one that cannot be read or parsed is.
func (s *Suite) Resolve(e *Environment, getenv Getenv) (*Env, Errors) {
	r := &Env{Environment: e, Suite: s, envVars: map[string]Var{}, fileVars: map[string]Var{},
		procVars: map[string]Var{}, topVars: map[string]Var{}}
	var errs Errors
	for _, f := range e.EnvFiles {
		path := f.Raw
		if !filepath.IsAbs(path) {
			path = filepath.Join(s.Dir, path)
		}
		path = filepath.ToSlash(path)
		m, err := godotenv.Read(path)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			r.Missing = append(r.Missing, path)
			continue
		case err != nil:
			errs = append(errs, Error{Pos: f.Pos, Msg: fmt.Sprintf("env file %s cannot be read: %v", path, err)})
			continue
		}
		r.EnvFiles = append(r.EnvFiles, path)
		for k, v := range m { // later files win, as with godotenv.Read
			r.fileVars[k] = Var{Name: k, Value: v, Secret: true, Origin: "env file " + path}
		}
	}
	for _, name := range s.refs() {
		if v, ok := getenv(name); ok {
			r.procVars[name] = Var{Name: name, Value: v, Secret: true, Origin: "process environment"}
		}
	}
	for _, p := range e.Vars {
		r.envVars[p.Name] = Var{Name: p.Name, Value: p.Value.Raw, Origin: fmt.Sprintf("vars of environment %s", e.Name)}
	}
	for _, p := range s.Vars {
		r.topVars[p.Name] = Var{Name: p.Name, Value: p.Value.Raw, Origin: "suite vars"}
	}
	base, missing := r.Expand(e.BaseURL.Raw, nil)
	if len(missing) > 0 {
		errs = append(errs, Error{Pos: e.BaseURL.Pos, Msg: r.MissingMessage(missing)})
	}
	r.BaseURL = strings.TrimRight(base, "/")
	return r, errs
}

// Secrets lists every secret value the environment holds: all of its env
// files, and the process variables the suite refers to.
func (r *Env) Secrets() []Var {
	var out []Var
	for _, m := range []map[string]Var{r.fileVars, r.procVars} {
		for _, k := range sortedKeys(m) {
			out = append(out, m[k])
		}
	}
	return out
}

// Lookup finds a variable, in order: captures, the built-ins base_url and
// env, the environment's vars, its env files, the process environment,
// then the suite's vars. Values of vars may refer to other variables.
func (r *Env) Lookup(name string, captures map[string]Var) (Var, bool) {
	return r.lookup(name, captures, 0)
}

func (r *Env) lookup(name string, captures map[string]Var, depth int) (Var, bool) {
	if v, ok := captures[name]; ok {
		return v, true
	}
	switch name {
	case "base_url":
		return Var{Name: name, Value: r.BaseURL, Origin: "environment " + r.Name}, r.BaseURL != ""
	case "env":
		return Var{Name: name, Value: r.Name, Origin: "environment name"}, true
	}
	for _, m := range []map[string]Var{r.envVars, r.fileVars, r.procVars, r.topVars} {
		v, ok := m[name]
		if !ok {
			continue
		}
		if !v.Secret && strings.Contains(v.Value, "${") && depth < 8 {
			var secret bool
			v.Value, _ = Expand(v.Value, func(n string) (string, bool) {
				inner, ok := r.lookup(n, captures, depth+1)
				secret = secret || inner.Secret
				return inner.Value, ok
			})
			v.Secret = secret
		}
		return v, true
	}
	return Var{Name: name}, false
}

// Expand interpolates s in this environment. Missing holds the variables
// that are undefined or empty.
func (r *Env) Expand(s string, captures map[string]Var) (string, []string) {
	return Expand(s, func(n string) (string, bool) {
		v, ok := r.Lookup(n, captures)
		return v.Value, ok
	})
}

// MissingMessage says which variables are missing and where authspec
// looked, so the fix is obvious: add the line to the env file or export it.
func (r *Env) MissingMessage(names []string) string {
	var where []string
	for _, f := range r.EnvFiles {
		where = append(where, f)
	}
	for _, f := range r.Missing {
		where = append(where, f+" (not found)")
	}
	where = append(where, "the process environment")
	verb := "is"
	if len(names) > 1 {
		verb = "are"
	}
	return fmt.Sprintf("%s %s not set or empty in environment %q (looked in %s)",
		strings.Join(names, ", "), verb, r.Name, strings.Join(where, ", "))
}

// refs lists every variable the suite refers to anywhere.
func (s *Suite) refs() []string {
	var names []string
	add := func(str String) {
		for _, n := range Refs(str.Raw) {
			if !contains(names, n) {
				names = append(names, n)
			}
		}
	}
	s.walkStrings(add)
	return names
}
