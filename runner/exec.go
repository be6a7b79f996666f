package runner

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"maps"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/authspec/authspec/assert"
	"github.com/authspec/authspec/diagnose"
	"github.com/authspec/authspec/results"
	"github.com/authspec/authspec/secret"
	"github.com/authspec/authspec/suites"
	"github.com/authspec/authspec/vocab"
	"github.com/tidwall/gjson"
)

// excerptLen caps the body kept in a result for --verbose and diagnosis
// output; 10,000 results must not hold 10,000 full bodies.
const excerptLen = 4 << 10

// execute runs one test case. It never panics on what a server does: every
// failure to get or read a response becomes an error result.
func (p *plan) execute(ctx context.Context, c *testCase) *results.Result {
	r := c.result()
	r.Attempts = 1
	r.Warnings = warningsFor(p.findings, c.st.suite, c.st.env.Name, c.cred)
	start := time.Now()
	defer func() { r.Duration = time.Since(start) }()
	switch {
	case c.skip != "":
		r.Status, r.Message = results.Skipped, c.skip
		return r
	case len(c.missing) > 0:
		msg := c.st.env.MissingMessage(c.missing)
		r.Status, r.Kind, r.Message = results.Errored, results.CredentialMissing, msg+nothingSent
		r.Diagnosis = []diagnose.Cause{{Code: diagnose.CredentialMissing, Message: msg,
			Evidence: missingEvidence(c.st.env)}}
		return r
	case len(c.placeholder) > 0:
		msg := string(secret.Lit(fmt.Sprintf("%s in %s %s a placeholder, not a credential; put the real secret in the env file or CI secret",
			strings.Join(c.placeholder, ", "), c.st.env.Name, map[bool]string{true: "holds", false: "hold"}[len(c.placeholder) == 1])))
		r.Status, r.Kind, r.Message = results.Errored, results.CredentialMissing, msg+nothingSent
		r.Diagnosis = []diagnose.Cause{{Code: diagnose.PlaceholderCredential, Message: msg, Evidence: missingEvidence(c.st.env)}}
		return r
	case c.st.tlsErr != nil:
		r.Status, r.Kind, r.Message = results.Errored, results.TLS, c.st.tlsErr.Error()
		return r
	}
	var captures map[string]suites.Var // read as empty until a step captures
	for _, s := range c.steps {
		if len(s.step.Capture) > 0 {
			captures = map[string]suites.Var{}
			break
		}
	}
	var shown []shownStep // one per r.Steps
	stopped := -1         // the step the case stopped at, whose words r.Message are
	for i, s := range c.steps {
		if !p.runStep(ctx, c, i, s, captures, r, &shown) {
			stopped = i
			break
		}
	}
	if r.Status == results.Unknown {
		r.Status = results.Passed
		if p.opt.FailOnWarning && len(r.Warnings) > 0 {
			r.Status, r.Kind = results.Failed, results.Warning
			r.Message = string(secret.Textf("%s: %s %s", secret.Lit(fmt.Sprintf("%d warning(s) and --fail-on-warning", len(r.Warnings))),
				secret.Text(r.Warnings[0].Message), secret.Lit("["+r.Warnings[0].Code+"]")))
		}
	}
	// Steps hold whole bodies while the case runs; what the result keeps
	// is decided here, once captures have joined the redactor.
	for i := range r.Steps {
		st := &r.Steps[i]
		if r.Status == results.Passed && !p.opt.KeepExchanges {
			st.Response = results.Exchange{}
			continue
		}
		red := shown[i].b.sent.preferred(p.opt.Redactor)
		st.Request = shown[i].request(p.jsonValue, red)
		st.Request.Body, st.Response.Body = p.excerpt(st.Request.Body, true, red), p.excerpt(st.Response.Body, false, red)
		if red != p.opt.Redactor {
			if st.Response.Header != nil {
				st.Response.Header = redactedHeader(st.Response.Header, red)
			}
			relabelMessage(r, i, stopped, red)
		}
	}
	return r
}

// relabelMessage names the secrets that the case's message quotes, when
// the case stopped at step i (a network error quoting what the server
// sent), as red, that step's preferred view, names them. What the sink
// redacts again then finds only labels there. (Its failures were redacted
// so by its assertions, see check.)
func relabelMessage(r *results.Result, i, stopped int, red *secret.Redactor) {
	if i == stopped {
		r.Message = secret.RedactValues(red, r.Message)
	}
}

// keepsPassing reports whether a case whose steps all pass still keeps
// its exchanges: with --verbose, or when --fail-on-warning will fail it.
func (p *plan) keepsPassing(r *results.Result) bool {
	return p.opt.KeepExchanges || p.opt.FailOnWarning && len(r.Warnings) > 0
}

func missingEvidence(env *suites.Env) []string {
	var ev []string
	for _, f := range env.EnvFiles {
		ev = append(ev, "env file read: "+f)
	}
	for _, f := range env.Missing {
		ev = append(ev, "env file not found: "+f)
	}
	return ev
}

// runStep sends one step and judges it. It returns false when the case
// cannot go on (a failed step's captures would be missing).
//
// Each step it records in r gets its shownStep in shown.
func (p *plan) runStep(ctx context.Context, c *testCase, i int, s caseStep, captures map[string]suites.Var, r *results.Result, shown *[]shownStep) bool {
	fail := func(status results.Status, kind results.Kind, msg string) bool {
		r.Status, r.Kind, r.Message = status, kind, stepPrefix(c, i)+msg // msg: a secret.Text, or all value
		return false
	}
	b, missing, err := p.buildRequest(c, s, captures)
	if len(missing) > 0 {
		return fail(results.Errored, results.CredentialMissing, c.st.env.MissingMessage(missing)+string(secret.Lit("; the step was not sent")))
	}
	if err != nil {
		return fail(results.Errored, results.InvalidRequest, err.Error())
	}
	if u := b.req.URL; !c.st.env.AllowInsecure && suites.InsecureTarget(u) {
		// A url: built from captures can only be judged once resolved.
		host := p.opt.Redactor.Redact(u.Scheme + "://" + u.Host)
		if s.auth != "" {
			return fail(results.Errored, results.InvalidRequest, string(secret.Textf("refusing to send credential %s in clear text to %s (plain http to a host other than this machine); use https, or set allow_insecure: true on environment %s",
				secret.Lit(strconv.Quote(s.auth)), host, secret.Lit(c.st.env.Name))))
		}
		if parts := suites.SplitURL(s.req.URL.Raw).SecretParts(); parts != "" {
			// Its user information and query values are secrets too.
			return fail(results.Errored, results.InvalidRequest, string(secret.Textf("refusing to send the url with %s in clear text to %s (plain http to a host other than this machine); use https, or set allow_insecure: true on environment %s",
				secret.Lit(parts), host, secret.Lit(c.st.env.Name))))
		}
		inCaptures := func(n string) bool { _, ok := captures[n]; return ok }
		if refs := secretRefs(c.st.env, c.st.suite, c.sc, s.req, inCaptures); len(refs) > 0 {
			msgs := make([]string, len(refs))
			for i, ref := range refs {
				msgs[i] = cleartextMessage(ref, host, c.st.env.Name, true)
			}
			return fail(results.Errored, results.InvalidRequest, strings.Join(msgs, "; "))
		}
	}
	sent, err := p.applyCred(ctx, c, s, b)
	b.sent = sent
	if err != nil {
		var terr *TokenError // declared here: errors.As puts it on the heap
		if s.mode == credPrevious && errors.As(err, &terr) && terr.Err == nil && (terr.StatusCode == 400 || terr.StatusCode == 401) {
			return true // the rotated-out client secret gets no token: what the probe checks
		}
		if ctx.Err() != nil {
			return fail(results.Skipped, results.Interrupted, "interrupted while fetching a token")
		}
		if errors.As(err, &terr) && terr.Err == nil && sent != nil {
			r.Diagnosis = p.analyzeToken(c, sent, terr)
		}
		return fail(results.Errored, results.TokenEndpoint, err.Error())
	}
	if err := checkRequest(b.req); err != nil {
		return fail(results.Errored, results.InvalidRequest, "the request cannot be sent: "+err.Error())
	}
	var w wire
	attempts := 1
	sendStart := time.Now()
	var replaced []int
	ex, err := p.send(ctx, c, s, b, sent, &w, &attempts, &replaced)
	r.Attempts += attempts - 1
	defer func() {
		// Judged: the result keeps a bounded prefix of the body (cut to an
		// excerpt, redacted, when the case ends), and the whole body goes
		// back to the run's budget for the next response.
		if ex != nil && len(r.Steps) > 0 {
			last := &r.Steps[len(r.Steps)-1]
			if i == len(c.steps)-1 && r.Status == results.Unknown && !p.keepsPassing(r) {
				last.Response.Body = nil // the case passes, and execute keeps no exchange of it
			} else {
				last.Response.Body = bytes.Clone(last.Response.Body[:min(len(last.Response.Body), keepLen)])
			}
		}
		ex.free()
	}()
	step := results.Step{Method: b.req.Method, URL: string(b.shownURL(p.opt.Redactor, sent)), Endpoint: b.endpoint,
		Connected: w.reached(), Duration: time.Since(sendStart), Replaced: replaced}
	if ex != nil {
		step.StatusCode, step.Duration = ex.resp.StatusCode, ex.dur
		step.Response = results.Exchange{Header: ex.resp.Header, Body: ex.body}
	}
	r.Steps = append(r.Steps, step)
	sentWith := captures
	if len(captures) > 0 {
		sentWith = maps.Clone(captures) // this step and later ones add theirs
	}
	sh := c.st.shower(sentWith, p.opt.Redactor)
	b.sh = &sh
	*shown = append(*shown, shownStep{b, sh})
	if b.refused != "" {
		return fail(results.Failed, results.AssertionFailure, b.refused)
	}
	if err != nil {
		if ctx.Err() != nil {
			return fail(results.Skipped, results.Interrupted, "interrupted while its request was in flight")
		}
		kind, msg := classify(err, &w, timeoutOf(c.sc))
		return fail(results.Errored, kind, msg)
	}
	if hint := tlsPortHint(b.req.URL.Scheme, ex); hint != "" {
		return fail(results.Errored, results.TLS, hint)
	}
	return p.judge(c, i, s, b, ex, sent, captures, r)
}

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
	fails := p.check(c, s, want, ex, sent, captures)
	if p.drift(c, i, s, b, ex, sent, want, fails, r) {
		return false
	}
	if len(fails) == 0 && ex.truncated {
		fails = append(fails, results.Failure{Path: "body", Expected: string(secret.Lit(fmt.Sprintf("at most %d bytes", p.opt.MaxBody))),
			Actual: string(secret.Lit("more")), Message: string(secret.Lit(fmt.Sprintf("body: the response was larger than the %d-byte read cap and was cut", p.opt.MaxBody)))})
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
	case code/100 == 2 && !want.AllowsSuccess() && (c.probe != "" || authRejection(want) ||
		c.sc.Kind == vocab.KindFailure || c.sc.Kind == vocab.KindPermission):
		// The step expected the credential to be refused and the API let
		// it through: the API is at fault, not the client.
		r.Kind = results.SecurityFailure
		r.Diagnosis = p.analyze(c, s, want, b, ex, sent)
		r.Message = stepPrefix(c, i) + string(secret.Lit(fmt.Sprintf("the API accepted a request it must reject (expected %s, got %d)", want, code)))
		if c.probe != "" {
			r.Message = stepPrefix(c, i) + string(secret.Lit(fmt.Sprintf("security failure: the API accepted %s credential it must reject (expected %s, got %d)", probeWords[c.probe], want, code)))
		}
	case code == 401 || code == 403 || code == 429 || code/100 == 2 || code/100 == 4:
		// 2xx: an auth error body; 400 or 404: when its words speak of
		// the key, token or scope (diagnose decides, nil otherwise).
		r.Diagnosis = p.analyze(c, s, want, b, ex, sent)
	}
	return false
}

// authErrorIn2xx fails a happy or recovery step whose 2xx answer is an
// auth error in the body ({"ok": false, "error": "invalid_auth"}): the
// silent failure this tool exists to catch, even when only the status is
// asserted. A step that asserts the error field itself is left to its own
// assertions. Which answers count: diagnose.AuthErrorBody, and
// diagnose.AuthErrorHeader for an API that says so in a header.
func (p *plan) authErrorIn2xx(c *testCase, s caseStep, ex *exchange) *results.Failure {
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
	if e, ok := diagnose.AuthErrorBody(ex.body); ok {
		return failure("body", secret.Textf("body: the API answered %s but its body is an auth error (%s): the request was refused", status(), e), e)
	}
	if e, ok := diagnose.AuthErrorHeader(ex.resp.Header); ok {
		return failure("headers", secret.Textf("headers: the API answered %s but its headers say the credential was refused (%s)", status(), e), e)
	}
	return nil
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
	return string(secret.Lit(fmt.Sprintf("step %d: ", i+1)))
}

// check evaluates a step's expectations against its response.
// What a failure quotes is redacted as the credential sent names it.
func (p *plan) check(c *testCase, s caseStep, want assert.Status, ex *exchange, sent *sentCred, captures map[string]suites.Var) []results.Failure {
	var out []results.Failure
	add := func(fs ...assert.Failure) {
		for _, f := range fs {
			out = append(out, results.Failure{Path: f.Path, Expected: f.Expected, Actual: f.Actual, Message: f.Message})
		}
	}
	if f := assert.CheckStatus(want, ex.resp.StatusCode); f != nil {
		// A wrong status makes every body assertion fail too; that noise
		// would bury the one line (and diagnosis) that matters.
		add(*f)
		return out
	}
	e := &s.step.Expect
	chk := assert.Checker{Redact: p.opt.Redactor.Redact}
	if sent.prefers(p.opt.Redactor) {
		// The view is made when a failure first quotes something.
		chk.Redact = func(s string) string { return sent.preferred(p.opt.Redactor).Redact(s) }
	}
	if f := p.authErrorIn2xx(c, s, ex); f != nil {
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
				Actual: string(secret.Lit("(missing)")), Message: string(secret.Lit(fmt.Sprintf("capture %s: %s not found in the response", cp.Name, cp.From)))})
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

// exchange is a response as received, body read up to the cap.
type exchange struct {
	resp      *http.Response
	body      []byte
	truncated bool
	dur       time.Duration
	room      room // the body's memory in the run's budget
}

// status is the answer's status code, 0 when none arrived.
func (ex *exchange) status() int {
	if ex == nil {
		return 0
	}
	return ex.resp.StatusCode
}

// free returns the body's reservation; the body must not be used after.
func (ex *exchange) free() {
	if ex != nil {
		ex.room.give()
	}
}

// excerpt is the start of a body as a result keeps it: redacted whole
// first by red (the run's redactor as the step's credential names its
// secrets), since a secret cut at the edge would no longer match, then
// cut, as a copy so the full body can be freed. A body authspec sent is a
// secret.Text (see shower): only its values are redacted.
func (p *plan) excerpt(b []byte, sent bool, red *secret.Redactor) []byte {
	if len(b) == 0 {
		return nil
	}
	var s string
	if sent {
		s = secret.RedactValues(red, string(b))
	} else {
		s = red.Redact(string(b))
	}
	return []byte(s[:min(len(s), excerptLen)])
}

func timeoutOf(sc *suites.Scenario) time.Duration {
	if sc != nil && sc.Settings.Timeout > 0 {
		return sc.Settings.Timeout
	}
	return defaultTimeout
}

const plainToTLS = "the server expects TLS on this port and refused a plain HTTP request; use https://, or the port that serves plain HTTP"

// tlsPortHint recognises the answer of a TLS port to a plain HTTP request:
// Go's "Client sent an HTTP request to an HTTPS server", nginx's "The
// plain HTTP request was sent to HTTPS port". Judged as an assertion, it
// would read as the API refusing the request.
func tlsPortHint(scheme string, ex *exchange) string {
	if scheme != "http" || ex.resp.StatusCode != http.StatusBadRequest {
		return ""
	}
	body := strings.ToLower(string(ex.body[:min(len(ex.body), 512)]))
	if strings.Contains(body, "http request to an https server") || strings.Contains(body, "plain http request was sent to https port") {
		return plainToTLS
	}
	return ""
}

// retryAfter reads a Retry-After header (seconds or an HTTP date).
func retryAfter(h http.Header, now time.Time) (time.Duration, bool) {
	v := strings.TrimSpace(h.Get("Retry-After"))
	if v == "" {
		return 0, false
	}
	if secs, err := strconv.Atoi(v); err == nil && secs >= 0 {
		return time.Duration(secs) * time.Second, true
	}
	if t, err := http.ParseTime(v); err == nil {
		return max(t.Sub(now), 0), true
	}
	return 0, false
}

// nothingSent ends the message of a case that was not sent.
var nothingSent = string(secret.Lit("; nothing was sent"))
