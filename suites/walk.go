package suites

// walkStrings calls fn for every interpolable string of the suite, so
// variable references are found in one place, not in each feature.
func (s *Suite) walkStrings(fn func(String)) {
	pairs := func(ps []Pair) {
		for _, p := range ps {
			fn(p.Value)
		}
	}
	pairs(s.Vars)
	pairs(s.Defaults.Headers)
	for _, e := range s.Environments {
		fn(e.BaseURL)
		pairs(e.Vars)
		pairs(e.ExpectClaims)
		if e.TLS != nil {
			fn(e.TLS.CAFile)
			fn(e.TLS.CertFile)
			fn(e.TLS.KeyFile)
		}
	}
	s.eachCredential(func(_ string, c *Credential) { c.walkStrings(fn) })
	for _, sc := range s.Scenarios {
		pairs(sc.Settings.Headers)
		for _, st := range sc.Steps {
			st.Request.walkStrings(fn)
			st.Expect.walkStrings(fn)
		}
		if sc.Matrix != nil {
			for _, row := range sc.Matrix.Rows {
				row.Request.walkStrings(fn)
			}
		}
	}
}

// eachCredential calls fn with the suite's credentials in name order,
// without sorting (or allocating) when there is one, as in most suites.
func (s *Suite) eachCredential(fn func(name string, c *Credential)) {
	if len(s.Credentials) <= 1 {
		for name, c := range s.Credentials {
			fn(name, c)
		}
		return
	}
	for _, name := range sortedKeys(s.Credentials) {
		fn(name, s.Credentials[name])
	}
}

// walkStrings calls fn for every field of the credential.
func (c *Credential) walkStrings(fn func(String)) {
	for _, f := range c.StringFields() {
		fn(*f.Value)
	}
	for _, ps := range [][]Pair{c.Headers, c.Params} {
		for _, p := range ps {
			fn(p.Value)
		}
	}
	for _, s := range c.Scopes {
		fn(s)
	}
}

// walkStrings calls fn for every string the request sends.
func (r *Request) walkStrings(fn func(String)) {
	fn(r.Method)
	fn(r.Path)
	fn(r.URL)
	for _, ps := range [][]Pair{r.Query, r.Headers} {
		for _, p := range ps {
			fn(p.Value)
		}
	}
	RequestBodyStrings(r, fn)
}

// walkStrings calls fn for every string of a step's assertions. Walkers
// run over every scenario of every environment: they copy nothing.
func (e *Expect) walkStrings(fn func(String)) {
	for _, cs := range [][]Check{e.Headers, e.Body} {
		for _, c := range cs {
			for _, m := range c.Matchers {
				walkValue(m.Arg, c.Pos, fn)
			}
		}
	}
	for _, ss := range [][]String{e.BodyContains, e.BodyNotContains} {
		for _, s := range ss {
			fn(s)
		}
	}
}

// RequestBodyStrings calls fn for every string of a request's body: form
// values, the raw body, the strings of a JSON body.
func RequestBodyStrings(r *Request, fn func(String)) {
	for _, p := range r.Form {
		fn(p.Value)
	}
	if r.Body != nil {
		fn(*r.Body)
	}
	if r.JSON != nil {
		walkValue(r.JSON.Value, r.JSON.Pos, fn)
	}
}

func walkValue(v any, pos Pos, fn func(String)) {
	switch v := v.(type) {
	case String:
		fn(v)
	case string:
		fn(String{Raw: v, Pos: pos})
	case []any:
		for _, x := range v {
			walkValue(x, pos, fn)
		}
	case map[string]any:
		for _, k := range sortedKeys(v) {
			walkValue(v[k], pos, fn)
		}
	}
}

// RequestRefs calls fn with every variable reference that sending req in
// scenario sc needs (the scenario's headers and the request itself), with
// its position: what lint and run check before anything is sent.
func RequestRefs(sc *Scenario, req *Request, fn func(name string, pos Pos)) {
	emit := refEmitter(fn)
	for _, p := range sc.Settings.Headers {
		emit(p.Value)
	}
	req.walkStrings(emit)
}

// ExpectRefs calls fn with every variable reference in a step's assertions.
func ExpectRefs(e *Expect, fn func(name string, pos Pos)) {
	e.walkStrings(refEmitter(fn))
}

// CredentialRefs calls fn with every variable reference of a credential.
func CredentialRefs(c *Credential, fn func(name string, pos Pos)) {
	c.walkStrings(refEmitter(fn))
}

func refEmitter(fn func(string, Pos)) func(String) {
	return func(s String) { eachRef(s.Raw, func(n string) { fn(n, s.At()) }) }
}
