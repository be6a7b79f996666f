package runner

import (
	"crypto/tls"
	"net/http"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/authspec/authspec/diagnose"

	"github.com/authspec/authspec/secret"
	"github.com/authspec/authspec/suites"
	"github.com/authspec/authspec/vocab"
)

// envState is a suite's environment ready to send: variables resolved,
// credentials resolved, and one transport so connections are reused across
// every scenario of the environment.
type envState struct {
	suite     *suites.Suite
	env       *suites.Env
	creds     map[string]*credState
	opt       *Options
	tlsConfig *tls.Config // the environment's TLS settings, nil for the base's
	tlsErr    error       // the environment's TLS files are unusable
	// transport is built on first use (httpTransport).
	transport     atomic.Pointer[http.Transport]
	transportOnce sync.Once
	tokens        tokenCache
	selected      bool            // the run's --env includes it
	idents        map[string]bool // variables whose values are identifiers, shown as written
	shownBase     [2]secret.Text  // the base URL and its query as reports show them
}

// credState is a credential's values in one environment.
type credState struct {
	cred    *suites.Credential
	fields  credVars // field name → resolved value and origin
	missing []string // variables needed to send it that are unset
	// placeholders are the variables whose values are examples
	// (changeme, <token>): nothing is sent with them.
	placeholders []string
	previous     string // the rotated-out value, "" when unset
}

// value returns a resolved field, "" when absent.
func (c *credState) value(field string) string { return c.fields.at(field).Value }

// raw is a field's value as the suite writes it, before resolving.
func (c *credState) raw(field string) string {
	for _, f := range c.cred.StringFields() {
		if f.Name == field {
			return f.Value.Raw
		}
	}
	return ""
}

// mayHoldPlaceholder says which fields are checked for example values:
// not the previous value (rotated out: it is sent only to be refused) nor
// the identifiers, which diagnose does not check either.
func mayHoldPlaceholder(field string) bool {
	return field != vocab.FieldPrevious && field != vocab.FieldUsername && field != vocab.FieldClientID
}

// credVars are a credential's resolved fields, in credFields' order: a
// few at most, so a list is read as fast as a map and made with one
// allocation instead of a map's table, for each credential of each
// environment of each suite a folder holds.
type credVars []credVar

type credVar struct {
	field string
	v     suites.Var
}

// get returns a field's value and whether it is set.
func (vs credVars) get(field string) (suites.Var, bool) {
	for _, f := range vs {
		if f.field == field {
			return f.v, true
		}
	}
	return suites.Var{}, false
}

// at returns a field's value, the zero Var when it is not set.
func (vs credVars) at(field string) suites.Var {
	v, _ := vs.get(field)
	return v
}

// set replaces a field's value, or adds it.
func (vs *credVars) set(field string, v suites.Var) {
	for i := range *vs {
		if (*vs)[i].field == field {
			(*vs)[i].v = v
			return
		}
	}
	*vs = append(*vs, credVar{field, v})
}

// secretFields are the credential fields whose values must never show.
// Names (header, query), the prefix and the token URL are not secrets: the
// redactor would otherwise hide every "Bearer" and base URL in the report.
// A username or client id is an identifier unless identifierFields says
// otherwise.
var secretFields = map[string]bool{vocab.FieldToken: true, vocab.FieldPrevious: true, vocab.FieldKey: true,
	vocab.FieldPassword: true, vocab.FieldClientSecret: true}

// identifierFields pairs each identifier field with the secret that goes
// with it: an empty one makes the identifier the key itself.
var identifierFields = [][2]string{{vocab.FieldUsername, vocab.FieldPassword}, {vocab.FieldClientID, vocab.FieldClientSecret}}

func (p *plan) resolveEnv(s *suites.Suite, e *suites.Environment) (*envState, suites.Errors) {
	env, errs := s.Resolve(e, p.opt.Getenv)
	st := &envState{suite: s, env: env, opt: p.opt, creds: map[string]*credState{}, idents: env.Identifiers()}
	red := p.opt.Redactor
	for _, v := range env.Secrets() {
		red.Add(v.Name, v.Value)
	}
	st.shownBase = shownBase(env, red) // after Add: the labels it shows are the secrets' own
	for _, name := range sortedNames(s.Credentials) {
		c := s.Credentials[name]
		fields := credFields(c)
		cs := &credState{cred: c, fields: make(credVars, 0, len(fields))}
		for _, cf := range fields {
			field, str := cf.name, cf.value
			val, missing := env.Expand(str.Raw, nil)
			v := suites.Var{Name: env.Source(sourceName(c, field, str.Raw)), Value: val, Secret: secretFields[field]}
			cs.fields.set(field, v)
			if field == vocab.FieldPrevious {
				cs.previous = val
				if len(missing) > 0 {
					cs.previous = ""
				}
			} else {
				cs.missing = appendNew(cs.missing, missing...)
			}
			if v.Secret {
				red.Add(v.Name, val)
			}
			if mayHoldPlaceholder(field) && len(missing) == 0 {
				if name, _ := placeholderIn(env, c, field, str.Raw, val); name != "" {
					cs.placeholders = appendNew(cs.placeholders, name)
				}
			}
		}
		for _, f := range identifierFields {
			id, ok := cs.fields.get(f[0])
			if ok && !identifier(c, f[0], cs.value(f[1])) {
				id.Secret = true
				cs.fields.set(f[0], id)
				red.Add(id.Name, id.Value)
			}
		}
		for _, h := range c.Headers {
			val, missing := env.Expand(h.Value.Raw, nil)
			cs.missing = appendNew(cs.missing, missing...)
			if name, _ := placeholderIn(env, c, "headers."+h.Name, h.Value.Raw, val); len(missing) == 0 && name != "" {
				cs.placeholders = appendNew(cs.placeholders, name)
			}
			red.Add(sourceName(c, "headers."+h.Name, h.Value.Raw), val)
		}
		if c.Type == vocab.CredBasic {
			red.AddBasic(c.Name, cs.value(vocab.FieldUsername), cs.value(vocab.FieldPassword))
		}
		st.creds[name] = cs
	}
	st.tlsConfig, st.tlsErr = p.tlsConfigFor(st)
	return st, errs
}

// credField is one single-valued field of a credential.
type credField struct {
	name  string
	value suites.String
}

// credFields lists a credential's single-valued fields that are set, in a
// fixed order so messages about them are the same from run to run.
func credFields(c *suites.Credential) []credField {
	var set []credField
	for _, f := range c.StringFields() {
		if f.Value.IsSet() {
			set = append(set, credField{f.Name, *f.Value})
		}
	}
	return set
}

// placeholderIn is the variable of a credential field's value val
// (written raw) that holds a placeholder, and that variable's value: in
// `token: "sk_${X}"` or `Cookie: "session=${SESSION}"` with the variable
// set to changeme the placeholder is the variable's value; "sk_changeme"
// whole is no example value. A value that refers to no variable is read
// whole. The variable is named as labels name it (suites.Env.Source: the
// end of a chain of vars). "" when there is none.
func placeholderIn(env *suites.Env, c *suites.Credential, field, raw, val string) (name, value string) {
	refs := suites.Refs(raw)
	if len(refs) == 0 && diagnose.Placeholder(val) != "" {
		return env.Source(sourceName(c, field, raw)), val
	}
	for _, r := range refs {
		if v, ok := env.Lookup(r, nil); ok && diagnose.Placeholder(v.Value) != "" {
			return env.Source(r), v.Value
		}
	}
	return "", ""
}

// sourceName is how a value is named in labels: the variable it came from
// when the field is exactly one ${VAR}, else credential.field.
func sourceName(c *suites.Credential, field, raw string) string {
	if ref, ok := suites.WholeRef(raw); ok {
		return ref
	}
	return c.Name + "." + field
}

func appendNew(list []string, xs ...string) []string {
	for _, x := range xs {
		if !slices.Contains(list, x) {
			list = append(list, x)
		}
	}
	return list
}

// joinURL joins a base URL and a path without doubling or losing slashes.
func joinURL(base, path string) string {
	if path == "" {
		return base
	}
	if !strings.HasPrefix(path, "/") {
		path = "/" + path
	}
	// A base_url may carry a query (a signature, an API key): the path
	// goes after the base path, and both queries are kept, the base's first.
	base, _, _ = strings.Cut(base, "#")
	base, baseQuery, _ := strings.Cut(base, "?")
	path, pathQuery, _ := strings.Cut(path, "?")
	out := strings.TrimRight(base, "/") + path
	switch {
	case baseQuery != "" && pathQuery != "":
		out += "?" + baseQuery + "&" + pathQuery
	case baseQuery != "":
		out += "?" + baseQuery
	case pathQuery != "":
		out += "?" + pathQuery
	}
	return out
}

func (p *plan) closeIdle() {
	for _, st := range p.envs {
		if t := st.transport.Load(); t != nil {
			t.CloseIdleConnections()
		}
	}
}

// identifier reports whether a credential's username or client id is shown
// as written: not when its secret is empty (an API that takes the key as
// the Basic user name) or a variable it reads is named like a secret.
func identifier(c *suites.Credential, field, password string) bool {
	var raw string
	for _, f := range c.StringFields() {
		if f.Name == field {
			raw = f.Value.Raw
		}
	}
	return password != "" && !slices.ContainsFunc(suites.Refs(raw), secret.NameSaysSecret)
}
