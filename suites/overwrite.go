package suites

import (
	"slices"
	"strconv"
	"strings"

	"github.com/authspec/authspec/secret"
	"github.com/authspec/authspec/vocab"
)

// writtenOver finds the headers and query parameters that a request
// writes itself and that its credential sets too: the credential's value
// would replace the one written, silently, so a step that means to send a
// captured token ("Authorization: Bearer ${access}") under a scenario's
// auth would test the scenario's credential instead. What a request
// writes is its own headers and query, and the headers of its scenario
// and of `defaults:`; its credentials are its step's (else its
// scenario's) auth, or for a matrix row each column's.
//
// A header the defaults set clashes wherever a scenario sends a
// credential that sets it too; it is reported once per credential, at the
// defaults, naming the first scenario that sends it.
func (s *Suite) writtenOver() []Error {
	return s.overwrites(overwriteCheck{sets: (*Credential).setsHeader, setsQuery: (*Credential).setsQuery})
}

// overwrites is writtenOver's walk, comparing what chk says.
func (s *Suite) overwrites(chk overwriteCheck) []Error {
	if len(s.Credentials) == 0 {
		return nil
	}
	var errs []Error
	type reported struct {
		at   Pos
		cred string
	}
	var seen map[reported]bool // made on the first clash: most suites have none
	add := func(at Pos, cred, msg string) {
		if seen[reported{at, cred}] {
			return
		}
		if seen == nil {
			seen = map[reported]bool{}
		}
		seen[reported{at, cred}] = true
		errs = append(errs, Error{Pos: at, Msg: msg})
	}
	for _, sc := range s.Scenarios {
		if chk.keep != nil && !chk.keep(sc) {
			continue
		}
		for _, st := range sc.Steps {
			if c := s.Credentials[sc.StepAuth(st)]; c != nil {
				s.clashes(sc, &st.Request, c, false, chk, add)
			}
		}
		if sc.Matrix != nil {
			for _, name := range sc.Matrix.Credentials {
				if c := s.Credentials[name]; c != nil {
					for i := range sc.Matrix.Rows {
						s.clashes(sc, &sc.Matrix.Rows[i].Request, c, true, chk, add)
					}
				}
			}
		}
	}
	return errs
}

// overwriteCheck is what writtenOver compares: at load, the names a
// suite writes; at run time (ResolvedClashes), an api_key's header or
// query parameter name written as a variable, once an environment
// resolved it.
type overwriteCheck struct {
	keep      func(sc *Scenario) bool                 // the scenarios compared; nil: all
	sets      func(c *Credential, header string) bool // whether c sets the header
	setsQuery func(c *Credential, param string) bool  // whether c sets the query parameter
	via       func(c *Credential) secret.Text         // after the credential's name: how it names what it sets
}

// ResolvedClashes finds, once environment env is resolved, what loading
// could not: a header or query parameter a request writes that an api_key
// credential sets too under a name written as a variable (`header:
// ${KEY_HEADER}`, `query: ${KEY_PARAM}`), whose value would replace the
// one written. resolved is a credential field's value as resolved (""
// when it is not); keep selects the scenarios the run sends.
func (s *Suite) ResolvedClashes(env string, keep func(sc *Scenario) bool, resolved func(c *Credential, field string) string) []Error {
	variable := false
	for _, c := range s.Credentials {
		variable = variable || variableName(c, vocab.FieldHeader) || variableName(c, vocab.FieldQuery)
	}
	if !variable { // most suites
		return nil
	}
	// same compares what a request writes with c's name for field, when
	// that name is a variable (a literal one is compared at load).
	same := func(c *Credential, field, name string, equal func(a, b string) bool) bool {
		if !variableName(c, field) {
			return false
		}
		v := resolved(c, field)
		return v != "" && equal(name, v)
	}
	return s.overwrites(overwriteCheck{keep: keep,
		sets: func(c *Credential, name string) bool { return same(c, vocab.FieldHeader, name, strings.EqualFold) },
		setsQuery: func(c *Credential, name string) bool {
			return same(c, vocab.FieldQuery, name, func(a, b string) bool { return a == b }) // query names are case-sensitive
		},
		via: func(c *Credential) secret.Text {
			field, raw := vocab.FieldHeader, c.Header.Raw
			if !c.Header.IsSet() {
				field, raw = vocab.FieldQuery, c.Query.Raw
			}
			return secret.Textf(" (its %s: %s in environment %s)", secret.Lit(field), secret.Lit(raw), secret.Lit(env))
		}})
}

// variableName reports whether c is an api_key sent in a header (field
// "header") or query parameter (field "query") whose name is written as
// a variable: loading cannot compare it.
func variableName(c *Credential, field string) bool {
	if c.Type != vocab.CredAPIKey {
		return false
	}
	if field == vocab.FieldHeader {
		return strings.Contains(c.Header.Raw, "${")
	}
	return strings.Contains(c.Query.Raw, "${")
}

// clashes reports each header or query parameter of request r (a step of
// sc, or a row of its matrix) that credential c sets too.
func (s *Suite) clashes(sc *Scenario, r *Request, c *Credential, matrixRow bool, chk overwriteCheck, add func(at Pos, cred, msg string)) {
	if len(r.Headers) == 0 && len(r.Query) == 0 && len(sc.Settings.Headers) == 0 { // most requests: nothing to compare
		return
	}
	// fix says how to send the value as written: without the credential
	// where the request is, else without the value.
	// The message is a secret.Text: at run time the name compared came
	// from an environment (`header: ${KEY_HEADER}`), so the header's name
	// is a value the sink redacts, and the sentence, the credential's and
	// the scenario's names are literal, never rewritten whatever the
	// secret (a header named "credential" or "this").
	fix := secret.Lit("to send it as written, set `auth: none` on this step or scenario, else remove it")
	if matrixRow {
		fix = secret.Lit("to send it as written, take the credential out of the matrix's credentials, else remove it")
	}
	msg := func(what, name string, from, fix secret.Text) string {
		var via secret.Text // asked only of a clash: most requests have none
		if chk.via != nil {
			via = chk.via(c)
		}
		return string(secret.Textf("%s %q%s is also set by credential %s%s, whose value would replace this one; %s",
			secret.Lit(what), name, from, secret.Lit(strconv.Quote(c.Name)), via, fix))
	}
	for _, h := range r.Headers {
		if chk.sets(c, h.Name) {
			add(h.Value.Pos, c.Name, msg("header", h.Name, "", fix))
		}
	}
	for _, q := range r.Query {
		if chk.setsQuery(c, q.Name) {
			add(q.Value.Pos, c.Name, msg("query parameter", q.Name, "", fix))
		}
	}
	for _, h := range sc.Settings.Headers {
		if !chk.sets(c, h.Name) || slices.ContainsFunc(r.Headers, func(w Pair) bool { return strings.EqualFold(w.Name, h.Name) }) {
			continue // the request's own header of that name replaces it, and is reported above
		}
		if slices.ContainsFunc(s.Defaults.Headers, func(d Pair) bool { return d.Value.Pos == h.Value.Pos }) {
			add(h.Value.Pos, c.Name, msg("header", h.Name, secret.Lit(" from defaults"), secret.Litf("scenario %q sends that credential; to send the header as written there, set `auth: none` on it, else remove the header from defaults", sc.Name)))
		} else {
			add(h.Value.Pos, c.Name, msg("header", h.Name, secret.Litf(" in the headers of scenario %q", sc.Name), fix))
		}
	}
}

// setsHeader reports whether credential c sets header name. An api_key's
// header name written as a variable (`header: ${KEY_HEADER}`) is resolved
// only at run time, so it matches none here: ResolvedClashes compares it
// then.
func (c *Credential) setsHeader(name string) bool {
	switch c.Type {
	case vocab.CredBearer, vocab.CredBasic, vocab.CredOAuth2CC:
		return strings.EqualFold(name, "Authorization")
	case vocab.CredAPIKey:
		return c.Header.Raw != "" && !variableName(c, vocab.FieldHeader) && strings.EqualFold(name, c.Header.Raw)
	case vocab.CredHeader:
		return slices.ContainsFunc(c.Headers, func(h Pair) bool { return strings.EqualFold(h.Name, name) })
	}
	return false
}

// setsQuery reports whether credential c sets query parameter name (an
// api_key's `query:`; names are case-sensitive). A name written as a
// variable matches none here: ResolvedClashes compares it at run time.
func (c *Credential) setsQuery(name string) bool {
	return c.Type == vocab.CredAPIKey && c.Query.Raw != "" && !variableName(c, vocab.FieldQuery) && name == c.Query.Raw
}
