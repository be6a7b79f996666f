package runner

import (
	"fmt"

	"github.com/authspec/authspec/assert"
	"github.com/authspec/authspec/diagnose"
	"github.com/authspec/authspec/results"
	"github.com/authspec/authspec/secret"
	"github.com/authspec/authspec/suites"
	"github.com/authspec/authspec/vocab"
	"github.com/tidwall/gjson"
)

// wantStatus is the status a step expects: the probe's or matrix cell's,
// else the step's own, else the default for the scenario's kind.
func wantStatus(c *testCase, s caseStep) assert.Status {
	switch {
	case !s.expect.IsZero():
		return s.expect
	case !s.step.Expect.Status.IsZero():
		return s.step.Expect.Status
	}
	return suites.DefaultStatus(c.sc.Kind)
}

// judge checks a step's response, stores its captures, and on failure
// records the failures, whose fault it is, and the diagnosis. It returns
// whether the case may go on to its next step.
func (p *plan) judge(c *testCase, i int, s caseStep, b *built, ex *exchange, sent *sentCred, captures map[string]suites.Var, r *results.Result) bool {
	want := wantStatus(c, s)
	in := answer2xx{p: p, c: c, want: want, b: b, ex: ex, sent: sent}
	rf := expectedRefusal(c, s, want, &in)
	fails := p.check(c, s, want, rf, &in, captures)
	if rf == nil && p.drift(c, i, s, &in, fails, r) {
		return false
	}
	if len(fails) == 0 && ex.truncated {
		fails = append(fails, results.Failure{Path: "body", Expected: string(secret.Litf("at most %d bytes", p.opt.MaxBody)),
			Actual: string(secret.Lit("more")), Message: string(secret.Litf("body: the response was larger than the %d-byte read cap and was cut", p.opt.MaxBody))})
	}
	if len(fails) == 0 {
		fails = p.capture(s.step, c.sc.Steps, ex, captures)
	}
	if len(fails) == 0 {
		return true
	}
	for k := range fails {
		fails[k].Step = i + 1
	}
	r.Failures = append(r.Failures, fails...)
	r.Status, r.Kind = results.Failed, results.AssertionFailure
	r.Message = stepPrefix(c, i) + fails[0].Message // a secret.Text
	code := ex.resp.StatusCode
	switch {
	case rf != nil:
		// Refused in the API's 2xx style: no security failure. A status
		// the refusal fails (failsStatus: one the user wrote, a 403 a
		// login page does not give) failed; a default one passed and
		// another assertion failed, which diagnosis has nothing to add to.
		if rf.failsStatus {
			r.Diagnosis = rf.diagnosis()
		}
	case code/100 == 2 && expectsRefusal(c, want):
		// The step expected the credential to be refused and the API let
		// it through: the API is at fault, not the client.
		r.Kind = results.SecurityFailure
		r.Diagnosis = p.analyze(c, s, want, b, ex, sent)
		r.Message = stepPrefix(c, i) + string(secret.Litf("the API accepted a request it must reject (expected %s, got %d)", want, code))
		if c.probe != "" {
			r.Message = stepPrefix(c, i) + string(secret.Litf("security failure: the API accepted %s credential it must reject (expected %s, got %d)", probeWords[c.probe], want, code))
		}
	case code == 401 || code == 403 || code == 429 || code/100 == 2 || code/100 == 3 || code/100 == 4 || code/100 == 5:
		// 2xx: an auth error body; 3xx (not followed): a redirect to a
		// login page, or one with nowhere to go whose body refuses; 400
		// or 404: when its words speak of the key, token or scope; 5xx:
		// a refusal or a quota answered with the wrong status, a token
		// endpoint's 501 (diagnose decides, nil otherwise).
		r.Diagnosis = p.analyze(c, s, want, b, ex, sent)
	}
	return false
}

// authErrorIn2xx fails a happy or recovery step whose 2xx answer is an
// auth error in the body ({"ok": false, "error": "invalid_auth"}): the
// silent failure this tool exists to catch, even when only the status is
// asserted. A step that asserts the error field itself is left to its own
// assertions. Which answers count: diagnose.RefusalIn2xx, the reading
// diagnosis makes of a 2xx too (a body, or a header for an API that says
// so there; a failure held against the request sent).
func authErrorIn2xx(c *testCase, s caseStep, in *answer2xx) *results.Failure {
	ex := in.ex
	if c.probe != "" || ex.resp.StatusCode/100 != 2 || c.sc.Kind != vocab.KindHappy && c.sc.Kind != vocab.KindRecovery {
		return nil
	}
	for _, chk := range s.step.Expect.Body {
		switch chk.Path {
		case "ok", "success", "error", "errors", "status", "code", "errcode":
			return nil
		}
	}
	// Rendered only for a failure: most 2xx answers pass here.
	status := func() secret.Text { return secret.Lit(fmt.Sprint(ex.resp.StatusCode)) }
	failure := func(path string, msg secret.Text, e string) *results.Failure {
		return &results.Failure{Path: path, Expected: string(secret.Lit("a successful answer")), Actual: string(secret.Textf("an auth error (%s)", e)), Message: string(msg)}
	}
	r, ok := in.refused() // want allows this 2xx: read as the step's own
	if !ok {
		return nil
	}
	if r.In == diagnose.InHeaders {
		return failure(r.In, secret.Textf("headers: the API answered %s but its headers say the credential was refused (%s)", status(), r.Error), r.Error)
	}
	return failure(r.In, secret.Textf("body: the API answered %s but its body is an auth error (%s): the request was refused", status(), r.Error), r.Error)
}

// authRejection reports whether a status expectation is about the
// credential: it accepts 401 or 403 and nothing else. Failure and
// permission scenarios count whatever they expect ("4xx"); a missing-data
// scenario expecting 400 or 422 that gets 2xx is a failed validation, not
// an unchecked credential.
func authRejection(want assert.Status) bool {
	for code := 100; code < 600; code++ {
		if want.Match(code) && code != 401 && code != 403 {
			return false
		}
	}
	return want.Match(401) || want.Match(403)
}

var probeWords = map[string]string{
	vocab.ProbeNoAuth:   "a missing",
	vocab.ProbeInvalid:  "an altered",
	vocab.ProbePrevious: "a rotated-out (previous)",
	vocab.ProbeOtherEnv: "another environment's",
}

func stepPrefix(c *testCase, i int) string {
	if len(c.steps) < 2 {
		return ""
	}
	return string(secret.Litf("step %d: ", i+1))
}

// check evaluates a step's expectations against its response.
// What a failure quotes is redacted as the credential sent names it.
func (p *plan) check(c *testCase, s caseStep, want assert.Status, rf *refusal2xx, in *answer2xx, captures map[string]suites.Var) []results.Failure {
	ex, sent := in.ex, in.sent
	var out []results.Failure
	add := func(fs ...assert.Failure) {
		for _, f := range fs {
			out = append(out, results.Failure{Path: f.Path, Expected: f.Expected, Actual: f.Actual, Message: f.Message})
		}
	}
	if f := assert.CheckStatus(want, ex.resp.StatusCode); f != nil && (rf == nil || rf.failsStatus) {
		// A wrong status makes every body assertion fail too; that noise
		// would bury the one line (and diagnosis) that matters. A refusal
		// expected by default and given in a 2xx body passes (rf).
		if rf != nil {
			f.Message = rf.message(want)
		}
		add(*f)
		return out
	}
	e := &s.step.Expect
	chk := assert.Checker{Redact: p.opt.Redactor.Redact}
	if sent.prefers(p.opt.Redactor) {
		// The view is looked up when a failure first quotes something,
		// once: each lookup builds its key from every value sent.
		var view *secret.Redactor
		chk.Redact = func(s string) string {
			if view == nil {
				view = sent.preferred(p.opt.Redactor)
			}
			return view.Redact(s)
		}
	}
	if f := authErrorIn2xx(c, s, in); f != nil {
		out = append(out, *f)
	}
	if !s.expect.IsZero() {
		return out // probes and matrix cells check the status only
	}
	sh := c.st.shower(captures, p.opt.Redactor)
	expandAll := func(ms []assert.Matcher, shown bool) []assert.Matcher {
		out := make([]assert.Matcher, 0, len(ms))
		for _, m := range ms {
			em, err := m.Expand(func(str string) (string, error) {
				v, _ := c.st.env.Expand(str, captures)
				return v, nil
			})
			if err != nil {
				// The lookup above never fails: the error is a `matches`
				// pattern that does not compile with the values in, a
				// secret.Text stating the pattern as the suite wrote it
				// (Expand), never the values escaped into it.
				if !shown {
					add(assert.Failure{Path: "expect", Message: err.Error()})
				}
				continue
			}
			if shown {
				em = em.ShownAs(sh.matcher(m))
			}
			out = append(out, em)
		}
		return out
	}
	// A failure states its expectation as the suite wrote it (sh.matcher);
	// that is rendered only when there is a failure to state, by judging
	// the matchers again.
	judge := func(ms []assert.Matcher, check func([]assert.Matcher) []assert.Failure) {
		if fs := check(expandAll(ms, false)); len(fs) > 0 {
			add(check(expandAll(ms, true))...)
		}
	}
	for _, h := range e.Headers {
		judge(h.Matchers, func(ms []assert.Matcher) []assert.Failure { return chk.Header(h.Path, ms, ex.resp.Header) })
	}
	for _, b := range e.Body {
		judge(b.Matchers, func(ms []assert.Matcher) []assert.Failure { return chk.Body(b.Path, ms, ex.body, ex.truncated) })
	}
	for _, bc := range e.BodyContains {
		v, _ := c.st.env.Expand(bc.Raw, captures)
		if f := chk.ContainsShown(v, sh.template(bc.Raw), true, ex.body); f != nil {
			add(*f)
		}
	}
	for _, bc := range e.BodyNotContains {
		v, _ := c.st.env.Expand(bc.Raw, captures)
		if f := chk.ContainsShown(v, sh.template(bc.Raw), false, ex.body); f != nil {
			add(*f)
		}
	}
	if e.MaxDuration > 0 {
		if f := assert.CheckDuration(e.MaxDuration, ex.dur); f != nil {
			add(*f)
		}
	}
	return out
}

// capture stores the step's captures; a value that is not there fails the
// step, since later steps would send a request without it.
func (p *plan) capture(st *suites.Step, steps []*suites.Step, ex *exchange, captures map[string]suites.Var) []results.Failure {
	var out []results.Failure
	for _, cp := range st.Capture {
		var val string
		var ok bool
		if cp.Header != "" {
			val = ex.resp.Header.Get(cp.Header)
			ok = val != ""
		} else if gjson.ValidBytes(ex.body) {
			res := gjson.GetBytes(ex.body, cp.From)
			val, ok = res.String(), res.Exists()
		}
		if !ok {
			out = append(out, results.Failure{Path: "capture " + cp.Name, Expected: string(secret.Lit(cp.From + " in the response")),
				Actual: string(secret.Lit("(missing)")), Message: string(secret.Litf("capture %s: %s not found in the response", cp.Name, cp.From))})
			continue
		}
		captures[cp.Name] = suites.Var{Name: cp.Name, Value: val, Secret: true, Origin: "capture"}
		if carriesCredential(cp, steps) {
			p.opt.Redactor.AddCredential(cp.Name, val)
		} else {
			p.opt.Redactor.Add(cp.Name, val)
		}
	}
	return out
}
