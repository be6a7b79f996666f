package runner

import (
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/authspec/authspec/assert"
	"github.com/authspec/authspec/diagnose"
	"github.com/authspec/authspec/internal/words"
	"github.com/authspec/authspec/results"
	"github.com/authspec/authspec/secret"
	"github.com/authspec/authspec/suites"
	"github.com/authspec/authspec/vocab"
)

func lookupEnv(name string) (string, bool) { return os.LookupEnv(name) }

// plan is a run laid out before anything is sent: resolved environments,
// credentials, preflight findings and the ordered list of test cases.
type plan struct {
	opt      *Options
	envs     []*envState
	cases    []*testCase
	findings []diagnose.Finding
	bodies   *bodyBudget // response memory shared by every test case
	// selected counts the test cases of the selection before --shard
	// takes its slice: zero means the selection left nothing to run.
	selected int
}

// testCase is one line of the report: a scenario in an environment, a
// probe of it, or a matrix cell.
type testCase struct {
	st      *envState
	sc      *suites.Scenario
	name    string
	probe   string
	line    int
	cred    string // the credential under test, for warnings
	row     string // matrix row name, "" outside a matrix
	skip    string
	steps   []caseStep
	missing []string // variables the case needs that the environment lacks
	// placeholder: variables of its credentials that hold example values
	placeholder []string
}

// caseStep is a step with what the case changes about it.
type caseStep struct {
	step   *suites.Step
	req    *suites.Request
	auth   string        // credential name; "" sends none
	mode   credMode      // how the credential is altered (probes)
	other  *envState     // other_env: whose value to send
	expect assert.Status // overrides the step's expectation when set
}

type credMode int

const (
	credAsIs credMode = iota
	credInvalid
	credPrevious
	credOther
)

func newPlan(ss []*suites.Suite, opt *Options) (*plan, error) {
	p := &plan{opt: opt}
	if !opt.findingsOnly { // nothing is sent
		p.bodies = newBodyBudget(opt.MaxBuffered, opt.MaxBody)
	}
	if err := p.checkEnvs(ss); err != nil {
		return nil, err
	}
	// Every environment is resolved, selected or not: other_env probes and
	// fingerprint checks compare against all of a suite's environments.
	var errs suites.Errors
	for _, s := range ss {
		for _, e := range s.Environments {
			st, serrs := p.resolveEnv(s, e)
			st.selected = p.wantEnv(e.Name)
			if st.selected {
				errs = append(errs, serrs...)
			}
			p.envs = append(p.envs, st)
		}
	}
	// userinfoChecked: each token_url is judged once, however many
	// selected environments reach it (their own, or another's through an
	// other_env probe).
	userinfoChecked := map[*credState]bool{}
	for _, st := range p.envs {
		if !st.selected {
			continue
		}
		if opt.findingsOnly && opt.Filter == nil {
			// Lint's check: the test cases (a third of what checking
			// the suites allocated) say nothing it reports, and with no
			// --filter wantScenario alone is the selection.
			errs = append(errs, p.checkSent(st, p.wantScenario, nil, userinfoChecked)...)
			continue
		}
		first := len(p.cases)
		for _, sc := range st.suite.Scenarios {
			p.addScenario(st, sc)
		}
		// The clear-text check and preflight look at the scenarios the
		// run will send, those with a test case left after --filter: a
		// credential only an unselected scenario uses is no reason to
		// stop or warn.
		// An other_env probe --filter left out reaches no other
		// environment's token endpoint.
		runs, probesOther := map[*suites.Scenario]bool{}, map[*suites.Scenario]bool{}
		for _, c := range p.cases[first:] {
			runs[c.sc] = true
			probesOther[c.sc] = probesOther[c.sc] || c.probe == vocab.ProbeOtherEnv
		}
		selected := func(sc *suites.Scenario, _ string) bool { return runs[sc] }
		errs = append(errs, p.checkSent(st, selected, func(sc *suites.Scenario) bool { return probesOther[sc] }, userinfoChecked)...)
		if opt.findingsOnly {
			p.cases = p.cases[:first]
		}
	}
	if err := errs.Err(); err != nil {
		return nil, err
	}
	for _, s := range ss {
		p.findings = append(p.findings, unusedPublic(s)...)
	}
	p.findings = append(p.findings, opt.Findings...)
	sortFindings(p.findings)
	if err := opt.Shard.validate(); err != nil {
		return nil, err
	}
	p.selected = len(p.cases)
	p.cases = opt.Shard.slice(p.cases)
	return p, nil
}

// checkSent runs the checks of what environment st will send, from the
// scenarios runs selects there less the skipped ones (sentIn), worked out
// once for all of them: the clear-text, header-clash and token_url user
// information checks (structural errors, returned) and the preflight
// (findings, kept). The token_url check covers the environments an
// other_env probe reaches too (tokenURLsReached): the scenarios whose
// probe runs says (nil: every one that lists it); checked holds the
// credentials already judged.
func (p *plan) checkSent(st *envState, runs func(sc *suites.Scenario, env string) bool, probesOther func(sc *suites.Scenario) bool, checked map[*credState]bool) suites.Errors {
	sends := sentIn(st.env.Name, runs)
	used := usedCredentials(st.suite.Scenarios, sends)
	errs := insecureResolved(st, p.opt.Redactor, sends, used)
	errs = append(errs, writtenOverResolved(st, sends)...)
	errs = append(errs, userinfoResolved(p.tokenURLsReached(st, sends, probesOther, used), checked)...)
	p.findings = append(p.findings, p.preflight(st, sends, used)...)
	return errs
}

// writtenOverResolved finds the headers and query parameters a request
// writes that its api_key credential sets too under a name written as a
// variable, which loading could not compare (suites.ResolvedClashes): the
// key's value would replace the one written, silently. Only the scenarios
// sends selects count: a request not sent replaces nothing.
func writtenOverResolved(st *envState, sends func(sc *suites.Scenario) bool) []suites.Error {
	return st.suite.ResolvedClashes(st.env.Name, sends,
		func(c *suites.Credential, field string) string { // resolveEnv made one credState per credential
			return st.creds[c.Name].value(field)
		})
}

func (p *plan) checkEnvs(ss []*suites.Suite) error {
	for _, want := range p.opt.Envs {
		if want == "all" {
			continue
		}
		found := false
		var names []string
		for _, s := range ss {
			for _, e := range s.Environments {
				found = found || e.Name == want
				if !slices.Contains(names, e.Name) {
					names = append(names, e.Name)
				}
			}
		}
		if !found {
			hint := ""
			if best := words.Closest(want, names); best != "" {
				hint = fmt.Sprintf(" (did you mean %q?)", best)
			}
			return usagef("--env %s: no suite defines that environment%s; defined: %s", words.Shown(want, names), hint, strings.Join(names, ", "))
		}
	}
	return nil
}

// emptySelection explains a run whose selection leaves no test case: a
// green run that tested nothing would lie, so it is a usage error.
func (p *plan) emptySelection() error {
	var sel []string
	if len(p.opt.Envs) > 0 {
		sel = append(sel, "--env "+strings.Join(p.opt.Envs, ","))
	}
	if len(p.opt.Kinds) > 0 {
		sel = append(sel, "--kind "+strings.Join(p.opt.Kinds, ","))
	}
	if p.opt.Filter != nil {
		// Quoted only when shaped like a name's words: it may be a token
		// pasted after the wrong flag, one no suite holds.
		sel = append(sel, "--filter "+words.Pattern(p.opt.Filter.String()))
	}
	if len(sel) == 0 {
		return usagef("the suites define no test case to run; nothing was sent")
	}
	return usagef("no test case matches %s; nothing was sent", strings.Join(sel, " "))
}

func (p *plan) wantEnv(name string) bool {
	if len(p.opt.Envs) == 0 || slices.Contains(p.opt.Envs, "all") {
		return true
	}
	return slices.Contains(p.opt.Envs, name)
}

func (p *plan) wantScenario(sc *suites.Scenario, env string) bool {
	return sc.In(env) && (len(p.opt.Kinds) == 0 || slices.Contains(p.opt.Kinds, sc.Kind))
}

func (p *plan) add(c *testCase) {
	if p.opt.Filter != nil && !p.opt.Filter.MatchString(c.name) {
		return
	}
	if c.skip == "" && c.sc.Skip != "" {
		// The suite's skip: reason as written: literal, so a short secret
		// "test" does not rewrite "the test API is down".
		c.skip = string(secret.Lit(c.sc.Skip))
	}
	if c.skip == "" {
		c.missing = p.missingFor(c)
		c.placeholder = placeholdersFor(c)
	}
	p.cases = append(p.cases, c)
}

func (p *plan) addScenario(st *envState, sc *suites.Scenario) {
	if !p.wantScenario(sc, st.env.Name) {
		return
	}
	if sc.Matrix != nil {
		for _, row := range sc.Matrix.Rows {
			for i, cred := range sc.Matrix.Credentials {
				auth := cred
				if auth == vocab.CredNone {
					auth = ""
				}
				req := row.Request
				p.add(&testCase{st: st, sc: sc, line: row.Pos.Line, cred: auth, row: row.Name,
					name:  fmt.Sprintf("%s [%s as %s]", sc.Name, row.Name, cred),
					steps: []caseStep{{step: &suites.Step{Pos: row.Pos, Request: req}, req: &req, auth: auth, expect: row.Expect[i]}}})
			}
		}
		return
	}
	main := &testCase{st: st, sc: sc, name: sc.Name, line: sc.Pos.Line, cred: authName(sc.Auth)}
	for _, step := range sc.Steps {
		main.steps = append(main.steps, caseStep{step: step, req: &step.Request, auth: authName(sc.StepAuth(step))})
	}
	p.add(main)
	for _, probe := range sc.Probes {
		p.add(p.probeCase(st, sc, main, probe))
	}
}

// result is the case's result before it runs: who it is, as plain
// values, not how it went.
func (c *testCase) result() *results.Result {
	r := &results.Result{Suite: c.st.suite.Name, File: c.st.suite.File, Line: c.line,
		ScenarioKind: c.sc.Kind, Environment: c.st.env.Name, Scenario: c.sc.Name, Name: c.name,
		Probe: c.probe, Credential: c.cred, Row: c.row}
	if c.row != "" && len(c.steps) > 0 {
		r.Expected = c.steps[0].expect.String()
		if r.Credential == "" {
			r.Credential = vocab.CredNone // the matrix column, as written
		}
	}
	return r
}

func authName(a string) string {
	if a == vocab.CredNone {
		return ""
	}
	return a
}

// probeCase turns a scenario into a request the API must reject.
func (p *plan) probeCase(st *envState, sc *suites.Scenario, main *testCase, probe string) *testCase {
	c := &testCase{st: st, sc: sc, probe: probe, line: sc.Pos.Line, cred: main.cred,
		name: fmt.Sprintf("%s [probe: %s]", sc.Name, probe)}
	base := main.steps[0]
	base.expect = sc.ProbeStatus
	cs := st.creds[main.cred]
	switch probe {
	case vocab.ProbeNoAuth:
		base.auth = ""
		c.steps = []caseStep{base}
	case vocab.ProbeInvalid:
		base.mode = credInvalid
		c.steps = []caseStep{base}
	case vocab.ProbePrevious:
		base.mode = credPrevious
		c.steps = []caseStep{base}
		if cs == nil || !cs.cred.Previous.IsSet() {
			c.skip = ownWords("credential %q has no `previous` value to check", main.cred)
		} else if cs.previous == "" {
			c.skip = ownWords("no previous value of %q in %s (", main.cred, st.env.Name) +
				st.env.MissingMessage(st.env.MissingIn(cs.cred.Previous.Raw)) + string(secret.Lit(")"))
		}
	case vocab.ProbeOtherEnv:
		others, skip := p.otherEnvSources(st, main.cred)
		for _, other := range others {
			s := base
			s.mode, s.other = credOther, other
			c.steps = append(c.steps, s)
		}
		if skip != "" {
			c.skip, c.steps = skip, []caseStep{base}
		}
	}
	return c
}

// otherEnvSources are the environments an other_env probe of credential
// cred in st takes the credential's values from, or, when there is none,
// why the probe is skipped ("" when there are some). The probe's test
// case (probeCase) and the token endpoints the plan checks before
// anything is sent (tokenURLsReached) both ask it, so a token_url is
// checked exactly when a probe may fetch from it.
func (p *plan) otherEnvSources(st *envState, cred string) (others []*envState, skip string) {
	if cs := st.creds[cred]; cs != nil && cs.cred.Shared {
		// One value is meant for every environment: another's is this
		// one's, and the API accepting it proves nothing.
		return nil, ownWords("credential %q is shared: true, one value for every environment", cred)
	}
	if others = p.otherEnvs(st, cred); len(others) == 0 {
		return nil, ownWords("no other environment of this suite defines %q", cred)
	}
	return others, ""
}

// otherEnvs are the environments of st's suite, other than st, that
// define credential cred with every value: those an other_env probe of it
// sends another's value from.
func (p *plan) otherEnvs(st *envState, cred string) []*envState {
	var out []*envState
	for _, other := range p.envs {
		if other.suite != st.suite || other == st {
			continue
		}
		if oc := other.creds[cred]; oc == nil || len(oc.missing) > 0 {
			continue
		}
		out = append(out, other)
	}
	return out
}

// placeholdersFor lists the variables of the case's credentials whose
// values are placeholders. Such a case is an error and nothing is sent.
func placeholdersFor(c *testCase) []string {
	var out []string
	for _, s := range c.steps {
		if s.auth == "" || s.mode == credOther || s.mode == credPrevious {
			continue
		}
		if cs := c.st.creds[s.auth]; cs != nil {
			out = appendNew(out, cs.placeholders...)
		}
	}
	return out
}

// missingFor lists the variables a case needs in its environment that are
// undefined or empty. Such a case is an error and nothing is sent for it.
func (p *plan) missingFor(c *testCase) []string {
	var missing []string
	stepNeeds(c.sc, len(c.steps), func(i int) (*suites.Step, *suites.Request, []string) {
		s := c.steps[i]
		if !s.req.URL.IsSet() {
			missing = appendNew(missing, c.st.env.BaseURLMissing...) // the path joins base_url
		}
		var credVars []string
		if s.auth != "" && s.mode != credOther && s.mode != credPrevious {
			if cs := c.st.creds[s.auth]; cs != nil {
				credVars = cs.missing
			}
		}
		return s.step, s.req, credVars
	}, func(_ int, name string, _ suites.Pos) {
		if !slices.Contains(missing, name) {
			missing = appendNew(missing, missingVars(c.st.env, name)...)
		}
	})
	return missing
}

// ownWords is a sentence made of authspec's words and the names the suite
// wrote (credentials, environments), such as why a probe is skipped or
// why a rotation cannot be checked: all literal (secret.Lit), so a secret
// that is one of those words (an environment and a password both "test")
// does not rewrite them at the sink.
func ownWords(format string, args ...any) string {
	return string(secret.Litf(format, args...))
}
