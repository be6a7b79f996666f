package suites

import (
	"fmt"
	"slices"
	"strings"

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
		for _, st := range sc.Steps {
			if c := s.Credentials[sc.StepAuth(st)]; c != nil {
				s.clashes(sc, &st.Request, c, false, add)
			}
		}
		if sc.Matrix != nil {
			for _, name := range sc.Matrix.Credentials {
				if c := s.Credentials[name]; c != nil {
					for i := range sc.Matrix.Rows {
						s.clashes(sc, &sc.Matrix.Rows[i].Request, c, true, add)
					}
				}
			}
		}
	}
	return errs
}

// clashes reports each header or query parameter of request r (a step of
// sc, or a row of its matrix) that credential c sets too.
func (s *Suite) clashes(sc *Scenario, r *Request, c *Credential, matrixRow bool, add func(at Pos, cred, msg string)) {
	if len(r.Headers) == 0 && len(r.Query) == 0 && len(sc.Settings.Headers) == 0 { // most requests: nothing to compare
		return
	}
	// fix says how to send the value as written: without the credential
	// where the request is, else without the value.
	fix := "to send it as written, set `auth: none` on this step or scenario, else remove it"
	if matrixRow {
		fix = "to send it as written, take the credential out of the matrix's credentials, else remove it"
	}
	msg := func(what, name, from, fix string) string {
		return fmt.Sprintf("%s %q%s is also set by credential %q, whose value would replace this one; %s", what, name, from, c.Name, fix)
	}
	for _, h := range r.Headers {
		if c.setsHeader(h.Name) {
			add(h.Value.Pos, c.Name, msg("header", h.Name, "", fix))
		}
	}
	if c.Type == vocab.CredAPIKey && c.Query.Raw != "" {
		for _, q := range r.Query {
			if q.Name == c.Query.Raw {
				add(q.Value.Pos, c.Name, msg("query parameter", q.Name, "", fix))
			}
		}
	}
	for _, h := range sc.Settings.Headers {
		if !c.setsHeader(h.Name) || slices.ContainsFunc(r.Headers, func(w Pair) bool { return strings.EqualFold(w.Name, h.Name) }) {
			continue // the request's own header of that name replaces it, and is reported above
		}
		if slices.ContainsFunc(s.Defaults.Headers, func(d Pair) bool { return d.Value.Pos == h.Value.Pos }) {
			add(h.Value.Pos, c.Name, msg("header", h.Name, " from defaults", fmt.Sprintf("scenario %q sends that credential; to send the header as written there, set `auth: none` on it, else remove the header from defaults", sc.Name)))
		} else {
			add(h.Value.Pos, c.Name, msg("header", h.Name, fmt.Sprintf(" in the headers of scenario %q", sc.Name), fix))
		}
	}
}

// setsHeader reports whether credential c sets header name. An api_key's
// header name written as a variable (`header: ${KEY_HEADER}`) is resolved
// only at run time, so it matches none here (docs/format.md says so).
func (c *Credential) setsHeader(name string) bool {
	switch c.Type {
	case vocab.CredBearer, vocab.CredBasic, vocab.CredOAuth2CC:
		return strings.EqualFold(name, "Authorization")
	case vocab.CredAPIKey:
		return c.Header.Raw != "" && strings.EqualFold(name, c.Header.Raw)
	case vocab.CredHeader:
		return slices.ContainsFunc(c.Headers, func(h Pair) bool { return strings.EqualFold(h.Name, name) })
	}
	return false
}
