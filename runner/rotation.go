package runner

import (
	"context"
	"fmt"
	"net/http"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/authspec/authspec/internal/words"
	"github.com/authspec/authspec/results"
	"github.com/authspec/authspec/secret"
	"github.com/authspec/authspec/suites"
	"github.com/authspec/authspec/vocab"
)

// Rotation is the check after a credential was rotated, laid out once:
// the suites reduced to the scenarios of one environment that use one
// credential. NewValue runs them as written; OldValue sends the
// credential's previous value instead (their `previous` probe), as often
// as the caller polls. Neither keeps state between calls, so each poll
// sees what the API says now.
type Rotation struct {
	Env        string
	Credential string
	// Values are the new and old values' labels, one per suite that
	// defines the credential in the environment (usually one).
	Values []results.RotatedValue
	// Copies are the other places (environment, credential) whose value
	// is the old value: a copy of the rotated-out secret still in use.
	Copies []results.ValueCopy
	// Unprobed lists scenarios that expect the credential to be accepted
	// but whose old-value probe cannot be sent on its own (the step needs
	// an earlier step's capture), with why.
	Unprobed []string

	newSuites, oldSuites []*suites.Suite
	oldFilter            *regexp.Regexp
	opt                  Options
}

// PlanRotation checks that environment env and credential cred exist and
// that cred has a previous value in env, and lays out the check. Unknown
// names are a *UsageError with a "did you mean"; a missing previous value
// is a suites.Errors pointing at the credential. Nothing is sent.
func PlanRotation(ss []*suites.Suite, env, cred string, opt Options) (*Rotation, error) {
	opt.fill()
	if err := unknownNames(ss, env, cred, "--credential"); err != nil {
		return nil, err
	}
	p := &plan{opt: &opt}
	rot := &Rotation{Env: env, Credential: cred, opt: opt}
	var states []*envState
	var errs suites.Errors
	for _, s := range ss {
		for _, e := range s.Environments {
			st, serrs := p.resolveEnv(s, e)
			states = append(states, st)
			if e.Name == env && s.Credentials[cred] != nil {
				errs = append(errs, serrs...)
				sends := sentIn(e.Name, p.wantScenario)
				errs = append(errs, insecureResolved(st, opt.Redactor, sends, usedCredentials(s.Scenarios, sends))...)
				errs = append(errs, rot.addValue(st)...)
			}
		}
	}
	p.envs = states
	p.closeIdle()
	if err := errs.Err(); err != nil {
		return nil, err
	}
	rot.findCopies(states)
	for _, s := range ss {
		if s.Environment(env) == nil || s.Credentials[cred] == nil {
			continue
		}
		if n := rot.reduce(s); n != nil {
			rot.newSuites = append(rot.newSuites, n)
		}
		if o := rot.probes(s); o != nil {
			rot.oldSuites = append(rot.oldSuites, o)
		}
	}
	// The environment and the credential are names the suites define
	// (checked above), and what is unprobed names scenarios and variables:
	// all literal, so no secret rewrites them.
	if len(rot.newSuites) == 0 {
		return nil, usagef("%s", secret.Litf("no scenario of environment %s uses credential %q: there is nothing to check the new value with", env, cred))
	}
	if len(rot.oldSuites) == 0 {
		return nil, usagef("%s", secret.Litf("no scenario of environment %s can send the previous value of %q on its own (%s)", env, cred, strings.Join(rot.Unprobed, "; ")))
	}
	var names []string
	for _, s := range rot.oldSuites {
		for _, sc := range s.Scenarios {
			names = append(names, regexp.QuoteMeta(sc.Name))
		}
	}
	rot.oldFilter = regexp.MustCompile(`^(?:` + strings.Join(names, "|") + `) \[probe: ` + vocab.ProbePrevious + `\]$`)
	return rot, nil
}

// Summary is what is known before anything is sent.
func (r *Rotation) Summary() results.Rotation {
	return results.Rotation{Environment: r.Env, Credential: r.Credential, Values: r.Values,
		Copies: r.Copies, Unprobed: r.Unprobed}
}

// NewValue runs every scenario of the environment that uses the
// credential, with its current value.
func (r *Rotation) NewValue(ctx context.Context) (*results.Report, error) {
	opt := r.opt
	opt.Envs = []string{r.Env}
	return Run(ctx, r.newSuites, opt)
}

// OldValue sends the credential's previous value: the `previous` probe of
// every scenario that expects the credential to be accepted. A probe that
// passes is a refusal.
func (r *Rotation) OldValue(ctx context.Context) (*results.Report, error) {
	opt := r.opt
	opt.Envs, opt.Filter = []string{r.Env}, r.oldFilter
	return Run(ctx, r.oldSuites, opt)
}

// unknownNames reports an unknown environment or credential (named by
// credFlag: rotate's --credential, request's --auth), with the name the
// user probably meant; nil when both are defined together.
func unknownNames(ss []*suites.Suite, env, cred, credFlag string) error {
	if err := unknownEnv(ss, env); err != nil {
		return err
	}
	var creds []string
	for _, s := range ss {
		if s.Environment(env) != nil {
			creds = appendNew(creds, sortedNames(s.Credentials)...)
		}
	}
	switch {
	case slices.Contains(creds, cred):
		return nil
	case len(creds) == 0:
		return usagef("%s %s: the suites that define environment %s have no credentials", credFlag, words.Shown(cred, nil), env)
	}
	return usagef("%s %s: no suite that defines environment %s has that credential%s (defined: %s)", credFlag, words.Shown(cred, creds), env, didYouMean(cred, creds), strings.Join(creds, ", "))
}

// unknownEnv reports an environment that no suite defines, with the name
// the user probably meant; nil when one does.
func unknownEnv(ss []*suites.Suite, env string) error {
	var envs []string
	for _, s := range ss {
		for _, e := range s.Environments {
			envs = appendNew(envs, e.Name)
		}
	}
	if slices.Contains(envs, env) {
		return nil
	}
	return usagef("--env %s: no suite defines that environment%s (defined: %s)", words.Shown(env, envs), didYouMean(env, envs), strings.Join(envs, ", "))
}

func didYouMean(word string, candidates []string) string {
	if c := words.Closest(word, candidates); c != "" {
		return fmt.Sprintf(" (did you mean %q?)", c)
	}
	return ""
}

// addValue records the credential's new and old values in one suite's
// environment, or says why there is no old value to check.
func (r *Rotation) addValue(st *envState) suites.Errors {
	cs := st.creds[r.Credential]
	c := cs.cred
	if !c.Previous.IsSet() {
		return suites.Errors{{Pos: c.Pos, Msg: ownWords("credential %q has no `previous` value: set previous: ${VARIABLE} to the value you rotated out, so that authspec can check the API refuses it", r.Credential)}}
	}
	if cs.previous == "" {
		return suites.Errors{{Pos: c.Previous.Pos, Msg: ownWords("credential %q has no previous value in environment %s: ", r.Credential, r.Env) + st.env.MissingMessage(st.env.MissingIn(c.Previous.Raw))}}
	}
	v := results.RotatedValue{File: st.suite.File, OldSource: cs.fields.at(vocab.FieldPrevious).Name, OldFingerprint: secret.Fingerprint(cs.previous)}
	if src, val, ok := primaryValue(st, cs); ok {
		v.NewSource, v.NewFingerprint = src, secret.Fingerprint(val)
	}
	r.Values = append(r.Values, v)
	return nil
}

// primaryValue is the value a rotation replaces: the one the credential's
// `previous` stands in for when the previous probe sends it.
func primaryValue(st *envState, cs *credState) (source, value string, ok bool) {
	field := vocab.PrimaryField[cs.cred.Type]
	if v, set := cs.fields.get(field); set {
		return v.Name, v.Value, true
	}
	if len(cs.cred.Headers) > 0 {
		h := cs.cred.Headers[0]
		val, _ := st.env.Expand(h.Value.Raw, nil)
		return sourceName(cs.cred, "headers."+h.Name, h.Value.Raw), val, true
	}
	return "", "", false
}

// findCopies looks through every credential of every environment for a
// secret field whose value is one of the old values. Other credentials'
// `previous` fields are left out: they hold a value as rotated out.
func (r *Rotation) findCopies(states []*envState) {
	old := map[string]bool{}
	for _, st := range states {
		if cs := st.creds[r.Credential]; st.env.Name == r.Env && cs != nil && cs.previous != "" {
			old[cs.previous] = true
		}
	}
	for _, st := range states {
		for _, name := range sortedNames(st.creds) {
			cs := st.creds[name]
			add := func(source, val string) {
				if !old[val] {
					return
				}
				cp := results.ValueCopy{File: st.suite.File, Environment: st.env.Name, Credential: name, Source: source,
					Fingerprint: secret.Fingerprint(val), Current: st.env.Name == r.Env && name == r.Credential}
				if !slices.Contains(r.Copies, cp) {
					r.Copies = append(r.Copies, cp)
				}
			}
			for _, f := range credFields(cs.cred) {
				if secretFields[f.name] && f.name != "previous" {
					add(cs.fields.at(f.name).Name, cs.fields.at(f.name).Value)
				}
			}
			for _, h := range cs.cred.Headers {
				val, _ := st.env.Expand(h.Value.Raw, nil)
				add(sourceName(cs.cred, "headers."+h.Name, h.Value.Raw), val)
			}
		}
	}
}

// usesCredential reports whether a scenario sends the credential in one
// of its steps or matrix columns.
func usesCredential(sc *suites.Scenario, cred string) bool {
	uses := false
	eachScenarioCredential(sc, func(name string) { uses = uses || name == cred })
	return uses
}

func runsIn(sc *suites.Scenario, env string) bool {
	return len(sc.Only) == 0 || slices.Contains(sc.Only, env)
}

// reduce is the suite with only the scenarios that use the credential,
// without probes, and matrices cut to the credential's column.
func (r *Rotation) reduce(s *suites.Suite) *suites.Suite {
	var scs []*suites.Scenario
	for _, sc := range s.Scenarios {
		if !runsIn(sc, r.Env) || !usesCredential(sc, r.Credential) {
			continue
		}
		c := *sc
		c.Probes = nil
		if m := sc.Matrix; m != nil {
			col := slices.Index(m.Credentials, r.Credential)
			cut := &suites.Matrix{Pos: m.Pos, Credentials: []string{r.Credential}}
			for _, row := range m.Rows {
				row.Expect = row.Expect[col : col+1]
				cut.Rows = append(cut.Rows, row)
			}
			c.Matrix = cut
		}
		scs = append(scs, &c)
	}
	return withScenarios(s, scs)
}

// probes is the suite with one single-step scenario per scenario (or
// matrix cell) that expects the credential to be accepted, carrying the
// `previous` probe: the first step that sends the credential.
func (r *Rotation) probes(s *suites.Suite) *suites.Suite {
	var scs []*suites.Scenario
	for _, sc := range s.Scenarios {
		if !runsIn(sc, r.Env) || !usesCredential(sc, r.Credential) || sc.Skip != "" {
			continue
		}
		if m := sc.Matrix; m != nil {
			col := slices.Index(m.Credentials, r.Credential)
			for _, row := range m.Rows {
				name := fmt.Sprintf("%s [%s as %s]", sc.Name, row.Name, r.Credential)
				if !row.Expect[col].AllowsSuccess() {
					continue
				}
				scs = append(scs, r.probeScenario(sc, name, row.Pos, &suites.Step{Pos: row.Pos, Request: row.Request}))
			}
			continue
		}
		if step, why := r.probeStep(sc); step != nil {
			scs = append(scs, r.probeScenario(sc, sc.Name, sc.Pos, step))
		} else if why != "" {
			r.Unprobed = append(r.Unprobed, fmt.Sprintf("%q %s", sc.Name, why))
		}
	}
	return withScenarios(s, scs)
}

// probeStep is the first step of a scenario that sends the credential,
// when it can be sent on its own and expects to be accepted; otherwise
// why not, when that is worth telling.
func (r *Rotation) probeStep(sc *suites.Scenario) (*suites.Step, string) {
	captured := map[string]bool{}
	for _, st := range sc.Steps {
		if authName(sc.StepAuth(st)) != r.Credential {
			for _, cp := range st.Capture {
				captured[cp.Name] = true
			}
			continue
		}
		needs := ""
		suites.RequestRefs(sc, &st.Request, func(name string, _ suites.Pos) {
			if captured[name] && needs == "" {
				needs = name
			}
		})
		want := st.Expect.Status
		if want.IsZero() {
			want = suites.DefaultStatus(sc.Kind)
		}
		switch {
		case needs != "":
			return nil, fmt.Sprintf("needs ${%s}, captured by an earlier step", needs)
		case !want.AllowsSuccess():
			// It expects a refusal even with the new value: the old
			// value's refusal would prove nothing. Not worth a note.
			return nil, ""
		}
		return st, ""
	}
	return nil, ""
}

func (r *Rotation) probeScenario(sc *suites.Scenario, name string, pos suites.Pos, st *suites.Step) *suites.Scenario {
	step := *st
	step.Auth, step.AuthSet, step.Capture = r.Credential, true, nil
	return &suites.Scenario{Name: name, Pos: pos, Kind: sc.Kind, Auth: r.Credential, AuthPos: sc.AuthPos,
		Only: sc.Only, Settings: sc.Settings, Steps: []*suites.Step{&step},
		Probes: []string{vocab.ProbePrevious}, ProbeStatus: sc.ProbeStatus, RequiresScope: sc.RequiresScope}
}

func withScenarios(s *suites.Suite, scs []*suites.Scenario) *suites.Suite {
	if len(scs) == 0 {
		return nil
	}
	return s.WithScenarios(scs)
}

// RetryAfter is the longest wait that a 429 answer in the report asked
// for (Retry-After, in seconds or as a date); false when no answer was a
// 429 with that header.
func RetryAfter(rep *results.Report, now time.Time) (time.Duration, bool) {
	var longest time.Duration
	found := false
	for _, res := range rep.Results {
		for _, st := range res.Steps {
			if st.StatusCode != 429 {
				continue
			}
			if d, ok := retryAfter(http.Header(st.Response.Header), now); ok {
				longest, found = max(longest, d), true
			}
		}
	}
	return longest, found
}
