package runner

import (
	"errors"
	"maps"
	"slices"
	"sort"
	"strings"

	"github.com/authspec/authspec/assert"
	"github.com/authspec/authspec/diagnose"
	"github.com/authspec/authspec/secret"
	"github.com/authspec/authspec/suites"
	"github.com/authspec/authspec/vocab"
)

// credFieldOrder lists the fields diagnosis sees, in a stable order.
var credFieldOrder = []string{vocab.FieldToken, vocab.FieldKey, vocab.FieldUsername,
	vocab.FieldPassword, vocab.FieldClientID, vocab.FieldClientSecret}

// literalEmptyPassword: the suite writes password: "" (the key is the
// Basic user name, or the account has no password): meant, not a missing
// value, in the values diagnose reads as in those it is told were sent.
func literalEmptyPassword(cs *credState) bool {
	return cs.cred.Password.IsSet() && cs.cred.Password.Raw == ""
}

// diagCredential describes a credential of an environment for diagnose:
// its values, and the fingerprints the other environments of the suite use.
func (p *plan) diagCredential(st *envState, cs *credState) *diagnose.Credential {
	dc := &diagnose.Credential{Name: cs.cred.Name, Type: cs.cred.Type, Prefix: cs.value(vocab.FieldPrefix),
		NoPrefix: cs.cred.Prefix.IsSet() && cs.value(vocab.FieldPrefix) == "", Header: cs.value(vocab.FieldHeader), Query: cs.cred.Query.Raw}
	for _, f := range credFieldOrder {
		if f == vocab.FieldPassword && literalEmptyPassword(cs) {
			continue
		}
		if v, ok := cs.fields.get(f); ok {
			src, val := v.Name, v.Value
			if mayHoldPlaceholder(f) {
				if name, pv := placeholderIn(st.env, cs.cred, f, cs.raw(f), val); name != "" {
					src, val = name, pv // diagnose reads the variable that holds it
				}
			}
			dc.Values = append(dc.Values, diagnose.Value{Source: src, Value: val, EnvFile: envFileOf(st, src), Field: f})
		}
	}
	for _, h := range cs.cred.Headers {
		val, _ := st.env.Expand(h.Value.Raw, nil)
		src := sourceName(cs.cred, "headers."+h.Name, h.Value.Raw)
		if name, pv := placeholderIn(st.env, cs.cred, "headers."+h.Name, h.Value.Raw, val); name != "" {
			src, val = name, pv // diagnose reads the variable that holds it
		}
		dc.Values = append(dc.Values, diagnose.Value{Source: src, Value: val, EnvFile: envFileOf(st, src), Field: h.Name})
	}
	for _, other := range p.envs {
		if cs.cred.Shared || other.suite != st.suite || other == st {
			continue
		}
		oc := other.creds[cs.cred.Name]
		if oc == nil {
			continue
		}
		for _, f := range credFieldOrder {
			if v, ok := oc.fields.get(f); ok && v.Value != "" {
				dc.OtherEnvs = append(dc.OtherEnvs, diagnose.Fingerprinted{Env: other.env.Name, Source: v.Name, Field: f, Fingerprint: secret.Fingerprint(v.Value)})
			}
		}
	}
	return dc
}

func claims(e *suites.Env) map[string]string {
	if len(e.ExpectClaims) == 0 {
		return nil
	}
	m := map[string]string{}
	for _, c := range e.ExpectClaims {
		m[c.Name], _ = e.Expand(c.Value.Raw, nil)
	}
	return m
}

// analyze asks diagnose why the step's response was not what the scenario
// expected.
func (p *plan) analyze(c *testCase, s caseStep, want assert.Status, b *built, ex *exchange, sent *sentCred) []diagnose.Cause {
	return diagnose.Analyze(p.diagExchange(c, want, b, ex, sent))
}

// diagExchange is the step's request and answer as diagnose reads them.
func (p *plan) diagExchange(c *testCase, want assert.Status, b *built, ex *exchange, sent *sentCred) diagnose.Exchange {
	x := diagnose.Exchange{
		Env: c.st.env.Name, Kind: c.sc.Kind, Probe: c.probe,
		ExpectReject: !want.AllowsSuccess(), Expected: want,
		Method: b.req.Method, URL: b.req.URL.String(), Path: b.shownPath, RequestHeader: b.req.Header, RequestBody: b.body, NotForwarded: b.notForwarded,
		Followed:   followed(ex),
		StatusCode: ex.resp.StatusCode, ResponseHeader: ex.resp.Header, ResponseBody: ex.body,
		ExpectClaims: claims(c.st.env), RequiresScope: c.sc.RequiresScope, Now: p.opt.Now(),
		Redactor: sent.preferred(p.opt.Redactor),
	}
	// A server that says a client certificate is required means one
	// thing when the environment has none, another when it has one, and
	// another when it has one that did not go out: the server asked for
	// none on this connection (crypto/tls tells only GetClientCertificate,
	// see conncert.go), or named only CAs other than its issuer. Its
	// notAfter says whether a refusal of it was its expiry.
	leaf, _, ok := clientLeaf(c.st)
	if x.ClientCert = ok; ok {
		x.ClientCertNotAfter = leaf.NotAfter
	}
	x.ClientCertNotAsked = x.ClientCert && b.w.certNotAsked()
	asked, certSent := b.w.certAskedFor()
	x.ClientCertAsked, x.ClientCertKeptBack = asked, asked && x.ClientCert && !certSent
	if p.opt.oneShot {
		x.AuthFlag, x.AuthChoices = "--auth", slices.Sorted(maps.Keys(c.st.suite.Credentials))
	}
	if b.sh != nil {
		x.ShownURL, x.ShownBody = b.shownURL(p.opt.Redactor, sent), b.sh.body(b.src, p.jsonValue)
	}
	if sent != nil {
		dc := p.diagCredential(sent.env, sent.state)
		if sent.state.cred.Type == vocab.CredOAuth2CC {
			// The access token was sent, but the client's id and secret
			// made it: a production client in staging shows there.
			dc.Values = append(append([]diagnose.Value(nil), sent.values...), dc.Values...)
		} else {
			dc.Values = sent.values
		}
		x.Credential = dc
	}
	return x
}

// followed is the last redirect the client followed to reach the answer
// (net/http keeps it as the final request's Response), zero when the
// answer is the request's own.
func followed(ex *exchange) diagnose.Hop {
	if ex.resp.Request == nil || ex.resp.Request.Response == nil {
		return diagnose.Hop{}
	}
	r := ex.resp.Request.Response
	return diagnose.Hop{Status: r.StatusCode, Location: r.Header.Get("Location")}
}

// analyzeToken asks diagnose why the token endpoint gave no token.
func (p *plan) analyzeToken(c *testCase, sent *sentCred, terr *TokenError) []diagnose.Cause {
	var scopes []string
	for _, sc := range sent.state.cred.Scopes {
		v, _ := sent.env.env.Expand(sc.Raw, nil)
		scopes = append(scopes, v)
	}
	causes := diagnose.AnalyzeToken(diagnose.TokenRefusal{Env: c.st.env.Name, StatusCode: terr.StatusCode,
		Error: terr.Code, Description: terr.Description, Scopes: scopes,
		Credential: p.diagCredential(sent.env, sent.state), Now: p.opt.Now(), Redactor: sent.preferred(p.opt.Redactor)})
	if terr.userinfo != "" {
		// What went out that the suite does not write as a header: the
		// endpoint may have read it as the client, whatever the form had.
		said := string(secret.Textf("the token request sent Authorization: Basic %s, made of token_url's user information (the form has the client with auth_style: body; an endpoint that reads Basic first takes this as the client: remove the user information from token_url)", terr.userinfo))
		for i := range causes {
			causes[i].Evidence = append(causes[i].Evidence, said)
		}
	}
	return causes
}

// preflight checks an environment before anything is sent: variables that
// are missing, and every credential the scenarios that run (selected by
// sends, see sentIn) use; used is those credentials with the scopes their
// scenarios require (usedCredentials).
func (p *plan) preflight(st *envState, sends func(sc *suites.Scenario) bool, used map[string][]string) []diagnose.Finding {
	var out []diagnose.Finding
	env := st.env
	add := func(f diagnose.Finding, pos suites.Pos) {
		f.File, f.Line, f.Col, f.Env = pos.File, pos.Line, pos.Col, env.Name
		out = append(out, f)
	}
	anySent := false  // a selected scenario runs in this environment
	baseSent := false // one of them sends a request to base_url
	allToBase := true // every one of them does
	// A credential's variables are warned about with it (Preflight).
	credVars := map[string]bool{}
	for name := range used {
		if cs := st.creds[name]; cs != nil {
			suites.CredentialRefs(cs.cred, func(v string, _ suites.Pos) { credVars[v] = true })
		}
	}
	for _, sc := range st.suite.Scenarios {
		if !sends(sc) {
			continue
		}
		if !anySent {
			// The environment's, once: where the first scenario that
			// runs would have it (dedupe kept one of a copy per scenario).
			for _, m := range env.BaseURLMissing {
				add(diagnose.Finding{Severity: diagnose.SeverityError, Code: diagnose.CredentialMissing,
					Message: env.MissingMessage([]string{m}) + string(secret.Lit("; base_url needs it: nothing is sent in this environment until it is set")), Variable: m}, env.Environment.BaseURL.Pos)
			}
		}
		anySent = true
		captured := capturedNames(sc)
		short := shortSecrets(env, sc.Name, credVars, st.idents, captured, add)
		asWritten := func(i int) (*suites.Step, *suites.Request, []string) { return sc.Steps[i], &sc.Steps[i].Request, nil }
		stepNeeds(sc, len(sc.Steps), asWritten, func(i int, name string, pos suites.Pos) {
			for _, m := range missingVars(env, name) {
				add(diagnose.Finding{Severity: diagnose.SeverityError, Code: diagnose.CredentialMissing,
					Message: env.MissingMessage([]string{m}) + lateCapture(sc.Steps, i, m), Variable: m}, pos)
			}
		})
		for _, step := range sc.Steps {
			suites.RequestRefs(sc, &step.Request, short)
			suites.ExpectRefs(&step.Expect, short) // a value compared with what the server sent back
		}
		if sc.Matrix != nil {
			// A matrix row is a request of its own, with no step before
			// it and a status for each credential to assert.
			missing := func(name string, pos suites.Pos) {
				for _, m := range missingVars(env, name) {
					add(diagnose.Finding{Severity: diagnose.SeverityError, Code: diagnose.CredentialMissing,
						Message: env.MissingMessage([]string{m}), Variable: m}, pos)
				}
			}
			for i := range sc.Matrix.Rows {
				suites.RequestRefs(sc, &sc.Matrix.Rows[i].Request, missing)
				suites.RequestRefs(sc, &sc.Matrix.Rows[i].Request, short)
			}
		}
		toBase := sendsToBase(sc)
		baseSent, allToBase = baseSent || toBase, allToBase && toBase
	}
	// Every scenario that sends a request to base_url sends its secrets (a
	// key in its query); one whose requests all have a url: of their own
	// sends none, and --fail-on-warning must not fail it. When every
	// scenario sends to base_url, the warning is the environment's.
	baseShort := func(scenario string) {
		short := shortSecrets(env, scenario, credVars, st.idents, func(string) bool { return false }, add)
		for _, name := range suites.Refs(env.Environment.BaseURL.Raw) {
			short(name, env.Environment.BaseURL.At())
		}
	}
	switch {
	case allToBase && baseSent:
		baseShort("")
	case baseSent:
		for _, sc := range st.suite.Scenarios {
			if sends(sc) && sendsToBase(sc) {
				baseShort(sc.Name)
			}
		}
	}
	for _, name := range sortedNames(used) {
		cs := st.creds[name]
		if cs == nil {
			continue
		}
		suites.CredentialRefs(cs.cred, func(v string, pos suites.Pos) {
			for _, m := range missingVars(env, v) {
				if slices.Contains(cs.missing, m) {
					add(diagnose.Finding{Severity: diagnose.SeverityError, Code: diagnose.CredentialMissing, Credential: name,
						Message: env.MissingMessage([]string{m}) + string(secret.Lit("; credential "+name+" cannot be sent")), Variable: m}, pos)
				}
			}
		})
		if len(cs.missing) > 0 {
			continue
		}
		pos := cs.cred.Pos
		for _, f := range []suites.String{cs.cred.Token, cs.cred.Key, cs.cred.Password, cs.cred.ClientSecret} {
			if f.IsSet() {
				pos = f.At()
				break
			}
		}
		for _, f := range diagnose.Preflight(*p.diagCredential(st, cs), env.Name, claims(env), used[name], p.opt.Now(), p.opt.ExpiryWarning) {
			f.Credential = name
			add(f, pos)
		}
	}
	if st.tlsErr != nil && anySent {
		// Unusable TLS files make every case of the environment an error
		// (exec): lint says so before a run finds out.
		at := env.TLS.Pos // tlsConfigFor names the field at fault; this is only a fallback
		var fe *tlsFileError
		if errors.As(st.tlsErr, &fe) {
			at = fe.at
		}
		add(diagnose.Finding{Severity: diagnose.SeverityError, Code: diagnose.CredentialMissing,
			Message: st.tlsErr.Error() + string(secret.Lit("; nothing is sent in this environment until it is fixed"))}, at)
	}
	if leaf, _, ok := clientLeaf(st); ok && env.TLS != nil {
		for _, f := range diagnose.CertificatePreflight(leaf, st.shownFile(env.TLS.CertFile), env.Name, p.opt.Now(), p.opt.ExpiryWarning) {
			add(f, env.TLS.CertFile.At())
		}
	}
	missingFiles(env, out, add)
	return dedupe(out)
}

// missingFiles points at each env_file that does not exist when variables
// are missing in the environment: the likeliest fix is there (a wrong
// path, a file not created yet), not at the credential that needs them.
func missingFiles(env *suites.Env, found []diagnose.Finding, add func(diagnose.Finding, suites.Pos)) {
	var vars []string
	for _, f := range found {
		if f.Code == diagnose.CredentialMissing && f.Variable != "" {
			vars = appendNew(vars, f.Variable)
		}
	}
	if len(vars) == 0 {
		return
	}
	for i, path := range env.Missing {
		if i < len(env.MissingAt) {
			add(diagnose.Finding{Severity: diagnose.SeverityError, Code: diagnose.CredentialMissing,
				Message: string(secret.Litf("env file %s does not exist; %s, missing in environment %q, would have been looked for there",
					path, strings.Join(vars, ", "), env.Name))}, env.MissingAt[i])
		}
	}
}

// sentIn selects the scenarios that send requests in environment env:
// those runs selects there (for lint, only:, --kind; for a run, those with
// a test case after --filter too), less the skipped ones (skip:).
func sentIn(env string, runs func(sc *suites.Scenario, env string) bool) func(sc *suites.Scenario) bool {
	return func(sc *suites.Scenario) bool { return sc.Skip == "" && runs(sc, env) }
}

// usedCredentials are the credentials that the scenarios keep selects
// send, each with the scopes those scenarios require (requires_scope):
// the preflight checks those, and the clear-text check refuses a plain
// http URL they would travel to.
func usedCredentials(scs []*suites.Scenario, keep func(sc *suites.Scenario) bool) map[string][]string {
	used := map[string][]string{}
	for _, sc := range scs {
		if keep(sc) {
			eachScenarioCredential(sc, func(name string) { used[name] = appendNew(used[name], sc.RequiresScope...) })
		}
	}
	return used
}

// eachScenarioCredential calls fn with each credential the scenario
// sends, a name perhaps more than once, without making a list: the
// preflight asks it of every scenario.
func eachScenarioCredential(sc *suites.Scenario, fn func(name string)) {
	if a := authName(sc.Auth); a != "" {
		fn(a)
	}
	for _, st := range sc.Steps {
		if a := authName(st.Auth); st.AuthSet && a != "" {
			fn(a)
		}
	}
	if sc.Matrix != nil {
		for _, c := range sc.Matrix.Credentials {
			if a := authName(c); a != "" {
				fn(a)
			}
		}
	}
}

func sortedNames[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func dedupe(fs []diagnose.Finding) []diagnose.Finding {
	seen := map[diagnose.Finding]bool{}
	var out []diagnose.Finding
	for _, f := range fs {
		if !seen[f] {
			seen[f] = true
			out = append(out, f)
		}
	}
	return out
}

func sortFindings(fs []diagnose.Finding) {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i], fs[j]
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Col < b.Col
	})
}

// missingVars names the variables that keep ${name} from resolving: name
// itself, or the variable its value refers to that is unset.
func missingVars(env *suites.Env, name string) []string {
	if name == "base_url" && len(env.BaseURLMissing) > 0 {
		return env.BaseURLMissing
	}
	_, m := env.Expand("${"+name+"}", nil)
	return m
}

// unusedPublic warns about each name under public: that the suite never
// refers to, where public: lists it.
func unusedPublic(s *suites.Suite) []diagnose.Finding {
	var out []diagnose.Finding
	for _, n := range s.UnusedPublic() {
		out = append(out, diagnose.Finding{File: n.Pos.File, Line: n.Pos.Line, Col: n.Pos.Col,
			Severity: diagnose.SeverityWarning, Code: diagnose.PublicUnused, Variable: n.Raw,
			Message: string(secret.Textf("public lists %s, but no ${%s} in this suite refers to it; correct the name or remove it", secret.Lit(n.Raw), secret.Lit(n.Raw)))})
	}
	return out
}
