package suites

import (
	"fmt"
	"maps"
	"slices"

	"github.com/authspec/authspec/secret"
	"github.com/authspec/authspec/vocab"
	"go.yaml.in/yaml/v3"
)

// Identifiers lists the variables whose values environment e shows as
// written, so a person can see which host, user and account a request
// used: those listed under `public:` (top level or e's), and those used
// only where an identifier goes — a credential's username or client_id
// (unless its password is empty or the variable is named like a secret),
// and the scheme, host, port or path of base_url, url or token_url (not
// their userinfo or query). A variable also used anywhere else, or in a
// credential's secret field, is a secret. The map is the caller's own.
func (s *Suite) Identifiers(e *Environment) map[string]bool {
	_, total := s.refCounts()
	return maps.Clone(s.identifiers(e, total))
}

// refCounts walks the suite's strings once: the variables it refers to,
// in the order first met, and how many times each is referred to.
func (s *Suite) refCounts() ([]string, map[string]int) {
	var names []string
	total := map[string]int{}
	s.walkStrings(func(str String) {
		eachRef(str.Raw, func(n string) {
			if total[n] == 0 {
				names = append(names, n)
			}
			total[n]++
		})
	})
	return names, total
}

// identifiers is Identifiers with the suite's reference counts already
// taken (refCounts), so resolving an environment walks the suite once.
func (s *Suite) identifiers(e *Environment, total map[string]int) map[string]bool {
	// A suite's URLs and credentials refer to a few names: counted in
	// lists, not in two maps made for every environment of every suite.
	var ident nameCounts
	var inSecret nameCounts
	count := func(str String) { eachRef(str.Raw, ident.add) }
	for _, env := range s.Environments {
		urlIdentRefs(env.BaseURL, count)
	}
	s.writtenURLs(func(_ string, u String) { urlIdentRefs(u, count) })
	for _, c := range s.Credentials {
		for _, u := range []struct{ id, pass String }{{c.Username, c.Password}, {c.ClientID, c.ClientSecret}} {
			refs := Refs(u.id.Raw)
			if u.id.IsSet() && u.pass.Raw != "" && !slices.ContainsFunc(refs, secret.NameSaysSecret) {
				count(u.id)
			}
		}
		for _, f := range [...]*String{&c.Token, &c.Previous, &c.Key, &c.Password, &c.ClientSecret} {
			eachRef(f.Raw, inSecret.add)
		}
		for _, h := range c.Headers {
			eachRef(h.Value.Raw, inSecret.add)
		}
	}
	var out map[string]bool
	set := func(n string) {
		if out == nil {
			out = map[string]bool{}
		}
		out[n] = true
	}
	ident.each(func(n string, c int) {
		if c == total[n] && inSecret.count(n) == 0 {
			set(n)
		}
	})
	for _, p := range append(slices.Clone(s.Public), e.Public...) {
		if inSecret.count(p.Raw) == 0 {
			set(p.Raw)
		}
	}
	if out == nil {
		return noIdentifiers
	}
	return out
}

// noIdentifiers is what most environments have: shared, read only (as
// every result of identifiers is).
var noIdentifiers = map[string]bool{}

// nameCounts counts names: a list while they are few, a map beyond
// nameCountsScan (no walk turns quadratic).
type nameCounts struct {
	list []nameCount
	m    map[string]int
}

type nameCount struct {
	name string
	n    int
}

const nameCountsScan = 16

func (c *nameCounts) add(name string) {
	if c.m != nil {
		c.m[name]++
		return
	}
	for i := range c.list {
		if c.list[i].name == name {
			c.list[i].n++
			return
		}
	}
	if len(c.list) < nameCountsScan {
		c.list = append(c.list, nameCount{name, 1})
		return
	}
	c.m = make(map[string]int, 2*nameCountsScan)
	for _, e := range c.list {
		c.m[e.name] = e.n
	}
	c.list = nil
	c.m[name]++
}

func (c *nameCounts) count(name string) int {
	if c.m != nil {
		return c.m[name]
	}
	for _, e := range c.list {
		if e.name == name {
			return e.n
		}
	}
	return 0
}

// each calls fn with every name and its count, in no set order.
func (c *nameCounts) each(fn func(name string, n int)) {
	for _, e := range c.list {
		fn(e.name, e.n)
	}
	for name, n := range c.m {
		fn(name, n)
	}
}

// UnusedPublic lists the names under `public:` (the suite's and each
// environment's) that no string of the suite refers to: a typo or a
// variable renamed since, which leaves the value it meant a secret.
func (s *Suite) UnusedPublic() []String {
	if s.whole != nil {
		return s.whole.UnusedPublic()
	}
	if len(s.Public) == 0 && !slices.ContainsFunc(s.Environments, func(e *Environment) bool { return len(e.Public) > 0 }) {
		return nil // nothing listed: no walk of the suite's strings
	}
	used := map[string]bool{}
	s.walkStrings(func(str String) { eachRef(str.Raw, func(n string) { used[n] = true }) })
	var out []String
	lists := [][]String{s.Public}
	for _, e := range s.Environments {
		lists = append(lists, e.Public)
	}
	for _, l := range lists {
		for _, p := range l {
			if !used[p.Raw] {
				out = append(out, p)
			}
		}
	}
	return out
}

// writtenURLs calls fn with every absolute URL the suite writes besides
// base_url: each credential's token_url (in name order) and each request's
// url, with the field they are labelled by when they hold a secret.
func (s *Suite) writtenURLs(fn func(field string, u String)) {
	s.eachCredential(func(name string, c *Credential) {
		if c.TokenURL.IsSet() {
			fn(name+"."+vocab.FieldTokenURL, c.TokenURL)
		}
	})
	for _, sc := range s.Scenarios {
		for _, st := range sc.Steps {
			if st.Request.URL.Raw != "" { // most steps have a path instead: nothing to parse
				fn("url", st.Request.URL)
			}
		}
		if sc.Matrix != nil {
			for _, row := range sc.Matrix.Rows {
				if row.Request.URL.Raw != "" {
					fn("url", row.Request.URL)
				}
			}
		}
	}
}

// urlIdentRefs calls fn with the part of a URL template that is an
// identifier: up to the query, without the userinfo.
func urlIdentRefs(u String, fn func(String)) {
	fn(String{Raw: SplitURL(u.Raw).Shown(), Pos: u.Pos})
}

// varNames decodes a list of variable names (`public: [ACCOUNT_ID]`).
func (d *decoder) varNames(n *yaml.Node, what string) []String {
	names := d.strs(n, what)
	for _, s := range names {
		if !validName(s.Raw) {
			d.errs = append(d.errs, Error{Pos: s.Pos, Msg: fmt.Sprintf("%s lists %q, which is not a variable name (letters, digits and '_'; write NAME, not ${NAME})", what, s.Raw)})
		}
	}
	return names
}
