package suites

import (
	"fmt"
	"maps"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/authspec/authspec/internal/words"
	"github.com/authspec/authspec/secret"
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
	// MissingAt is where each of Missing is named (its env_file entry).
	MissingAt []Pos
	// BaseURLMissing names the variables that leave base_url empty
	// (`base_url: ${PRODUCTION_BASE_URL}` before it is set): nothing is
	// sent to a path in this environment until they are.
	BaseURLMissing []string

	envVars  map[string]Var // the environment's own vars
	fileVars map[string]Var
	procVars map[string]Var
	topVars  map[string]Var

	// refs and idents are the suite's variables and e's identifiers,
	// worked out once by Resolve (one walk of the suite's strings).
	refs   map[string]int
	idents map[string]bool

	vals *envValues // shared with the suites that resolve e the same
}

// Getenv reads the process environment. Tests pass their own, so nothing
// calls os.Setenv.
type Getenv func(name string) (string, bool)

// Resolve reads an environment's env files and binds its variables. An env
// file that does not exist is not an error (in CI the values usually come
// from the process environment); one that cannot be read or parsed is.
// Suites that share an environment (same env files, same values, same
// vars) share what it resolves to (see envValues); positions, and what
// the suite's own strings decide, are each suite's.
func (s *Suite) Resolve(e *Environment, getenv Getenv) (*Env, Errors) {
	names, total := s.refCounts()
	v := resolvedValues(s, e, names, getenv)
	r := &Env{Environment: e, Suite: s, vals: v, BaseURL: v.baseURL, EnvFiles: v.envFiles, Missing: v.missing, BaseURLMissing: v.baseURLMissing,
		envVars: v.envVars, fileVars: v.fileVars, procVars: v.procVars, topVars: v.topVars}
	r.refs, r.idents = total, s.identifiers(e, total)
	for _, i := range v.missingAt {
		r.MissingAt = append(r.MissingAt, e.EnvFiles[i].Pos)
	}
	var errs Errors
	for _, f := range v.failed {
		errs = append(errs, Error{Pos: e.EnvFiles[f.entry].Pos, Msg: f.msg})
	}
	return r, errs
}

// Secrets lists the secret values the environment holds: the variables of
// its env files and of the process that the suite refers to, except
// identifiers (see Identifiers). An identifier that is a URL keeps its
// userinfo and query values secret, and so do the base URL, each
// token_url and each request's url even where the suite writes them itself
// (http://svc:pw@host): they come last, so a variable that holds them
// keeps its own name as their label.
func (r *Env) Secrets() []Var {
	idents := r.identifiers()
	var out []Var
	add := func(m map[string]Var, keys []string) { // keys: m's, sorted
		for _, k := range keys {
			switch {
			case r.refs[k] == 0:
			case idents[k]:
				out = append(out, urlSecrets(m[k])...)
			default:
				out = append(out, m[k])
			}
		}
	}
	add(r.fileVars, r.vals.fileKeys)
	add(r.procVars, r.vals.procKeys)
	out = append(out, urlSecrets(Var{Name: "base_url", Value: r.BaseURL, Origin: "base_url"})...)
	r.Suite.writtenURLs(func(field string, u String) {
		// Captures are not known yet: a url made of one holds only
		// secrets already (every capture is one).
		val, _ := r.Expand(u.Raw, nil)
		out = append(out, urlSecrets(Var{Name: field, Value: val, Origin: field})...)
	})
	return out
}

// Identifiers is Suite.Identifiers for this environment, worked out when
// it was resolved. The map is the caller's own: a copy, since the one
// kept is read by Secrets and may be shared by every environment without
// identifiers (noIdentifiers).
func (r *Env) Identifiers() map[string]bool { return maps.Clone(r.identifiers()) }

// identifiers is the environment's identifiers, shared: read it only.
func (r *Env) identifiers() map[string]bool {
	if r.idents == nil {
		_, total := r.Suite.refCounts()
		r.refs, r.idents = total, r.Suite.identifiers(r.Environment, total)
	}
	return r.idents
}

// urlSecrets lists the parts of a URL that stay secret when the URL is an
// identifier: its userinfo and its query values.
func urlSecrets(v Var) []Var {
	if !strings.ContainsAny(v.Value, "@?") {
		// No userinfo and no query to find: url.Parse of each suite's
		// base URL was a tenth of a small suite's check.
		return nil
	}
	u, err := url.Parse(strings.TrimSpace(v.Value))
	if err != nil || u.Host == "" {
		return nil
	}
	var out []Var
	part := func(what, val string) {
		if val != "" {
			out = append(out, Var{Name: v.Name + " " + what, Value: val, Secret: true, Origin: v.Origin})
		}
	}
	if u.User != nil {
		// Decoded, as it is sent: the HTTP Basic made of it is a form of
		// this value, and the escaped text (%40 for @) is found by the
		// redactor, which undoes escapes before it searches. One value,
		// so one fingerprint under this label.
		part("userinfo", UserinfoValue(u.User.String()))
		p, _ := u.User.Password()
		part("user", u.User.Username())
		part("password", p)
	}
	for _, k := range sortedKeys(u.Query()) {
		for _, qv := range u.Query()[k] {
			part("query "+k, qv)
		}
	}
	return out
}

// Lookup finds a variable, in order: captures, the built-ins base_url and
// env, the environment's vars, its env files, the process environment,
// then the suite's vars. Values of vars may refer to other variables; a
// var that refers to a missing one (or, through others, to itself) is not
// found. Values from env files, the process and captures are used as they
// stand: a "${" in them is text.
func (r *Env) Lookup(name string, captures map[string]Var) (Var, bool) {
	v, ok, missing := r.lookup(name, captures, 0)
	return v, ok && len(missing) == 0
}

// maxVarDepth bounds how deep vars may refer to vars; deeper is a cycle.
const maxVarDepth = 8

// lookup returns the variable and, when its value refers to variables that
// are missing, their names.
func (r *Env) lookup(name string, captures map[string]Var, depth int) (Var, bool, []string) {
	if v, ok := captures[name]; ok {
		return v, true, nil
	}
	switch name {
	case "base_url":
		return Var{Name: name, Value: r.BaseURL, Origin: "environment " + r.Name}, r.BaseURL != "", nil
	case "env":
		return Var{Name: name, Value: r.Name, Origin: "environment name"}, true, nil
	}
	for _, m := range []map[string]Var{r.envVars, r.fileVars, r.procVars, r.topVars} {
		v, ok := m[name]
		if !ok {
			continue
		}
		if v.Secret || !strings.Contains(v.Value, "${") {
			return v, true, nil
		}
		if depth >= maxVarDepth {
			return Var{Name: name}, false, nil
		}
		var secret bool
		val, missing := r.expand(v.Value, captures, depth+1, &secret)
		v.Value, v.Secret = val, secret
		return v, true, missing
	}
	return Var{Name: name}, false, nil
}

// Expand interpolates s in this environment. Missing holds the variables
// that are undefined or empty, including those that vars refer to (then
// the var itself is not named: the fix is to set what it refers to).
func (r *Env) Expand(s string, captures map[string]Var) (string, []string) {
	var secret bool
	return r.expand(s, captures, 0, &secret)
}

func (r *Env) expand(s string, captures map[string]Var, depth int, secret *bool) (string, []string) {
	var inner, partial []string
	out, missing := Expand(s, func(n string) (string, bool) {
		v, ok, m := r.lookup(n, captures, depth)
		*secret = *secret || v.Secret
		if len(m) > 0 {
			partial = append(partial, n)
			inner = append(inner, m...)
		}
		return v.Value, ok
	})
	missing = slices.DeleteFunc(missing, func(n string) bool { return slices.Contains(partial, n) })
	for _, n := range inner {
		if !slices.Contains(missing, n) {
			missing = append(missing, n)
		}
	}
	return out, missing
}

// MissingMessage says which variables are missing and where authspec
// looked, so the fix is obvious: add the line to the env file or export it.
func (r *Env) MissingMessage(names []string) string {
	where := append([]string(nil), r.EnvFiles...)
	for _, f := range r.Missing {
		where = append(where, f+" (not found)")
	}
	where = append(where, "the process environment")
	verb := "is"
	if len(names) > 1 {
		verb = "are"
	}
	// Variable, environment and file names, written in the suite or
	// found beside it, and authspec's words: all literal (secret.Text).
	return string(secret.Litf("%s %s not set or empty in environment %q (looked in %s)%s",
		strings.Join(names, ", "), verb, r.Name, strings.Join(where, ", "), r.didYouMean(names)))
}

// didYouMean suggests, for a misspelt variable, the defined one it is
// closest to: the environment's vars, its env files and the suite's vars.
func (r *Env) didYouMean(names []string) string {
	var defined []string
	for _, m := range []map[string]Var{r.envVars, r.fileVars, r.topVars} {
		for name := range m {
			defined = append(defined, name)
		}
	}
	defined = append(defined, "base_url", "env")
	slices.Sort(defined)
	var hints []string
	for _, n := range names {
		if near := words.Closest(n, defined); near != "" && near != n {
			hints = append(hints, fmt.Sprintf("${%s}", near))
		}
	}
	if len(hints) == 0 {
		return ""
	}
	return fmt.Sprintf(" (did you mean %s?)", strings.Join(hints, ", "))
}

// envFileProblem describes a godotenv parse error without its text:
// godotenv quotes the rest of the file, secrets included.
func envFileProblem(data []byte, err error) string {
	text := strings.ReplaceAll(string(data), "\r\n", "\n") // as godotenv reads it
	msg := err.Error()
	var what, rest string
	switch {
	case strings.HasPrefix(msg, "unterminated quoted value "):
		what, rest = "unterminated quoted value", strings.TrimPrefix(msg, "unterminated quoted value ")
	case strings.HasPrefix(msg, "unexpected character "):
		what = "expected NAME=value"
		if i := strings.Index(msg, " near "); i >= 0 {
			rest, _ = strconv.Unquote(msg[i+len(" near "):])
		}
	default:
		what = "expected NAME=value"
	}
	line := 0
	switch {
	case rest == "":
	case strings.HasSuffix(text, rest): // the statement and all after it
		line = strings.Count(text[:len(text)-len(rest)], "\n") + 1
	default: // the rest of the line from the opening quote
		for i, l := range strings.Split(text, "\n") {
			if strings.HasSuffix(l, rest) {
				line = i + 1
				break
			}
		}
	}
	if line > 0 {
		what = fmt.Sprintf("line %d: %s", line, what)
	}
	return what + " (the text is not shown: env files hold secrets)"
}

// Source follows name through vars whose whole value is one other
// variable (`api_token: ${STAGING_API_TOKEN}`) and returns the variable
// the value really comes from, so a message names the line a person must
// edit in the env file or CI secret. Names that are not such an alias are
// returned as they are.
func (r *Env) Source(name string) string {
	for range maxVarDepth {
		next := ""
		for _, m := range []map[string]Var{r.envVars, r.fileVars, r.procVars, r.topVars} {
			v, ok := m[name]
			if !ok {
				continue
			}
			if ref, ok := WholeRef(v.Value); ok && !v.Secret {
				next = ref
			}
			break
		}
		if next == "" {
			return name
		}
		name = next
	}
	return name
}

// MissingIn names the variables that leave s empty: those it refers to
// directly, or through vars, that are undefined or empty.
func (r *Env) MissingIn(s string) []string {
	if _, missing := r.Expand(s, nil); len(missing) > 0 {
		return missing
	}
	return Refs(s)
}
