package runner

import (
	"bytes"
	"context"
	"errors"
	"maps"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/authspec/authspec/diagnose"
	"github.com/authspec/authspec/results"
	"github.com/authspec/authspec/secret"
	"github.com/authspec/authspec/suites"
)

// excerptLen caps the body kept in a result for --verbose and diagnosis
// output; 10,000 results must not hold 10,000 full bodies.
const excerptLen = 4 << 10

// execute runs one test case. It never panics on what a server does: every
// failure to get or read a response becomes an error result.
func (p *plan) execute(ctx context.Context, c *testCase) *results.Result {
	r := c.result()
	r.Attempts = 1
	r.Warnings = warningsFor(p.findings, c.st.suite, c.st.env.Name, c.cred, c.sc.Name)
	start := time.Now()
	r.Started = start
	defer func() { r.Duration = time.Since(start) }()
	switch {
	case c.skip != "":
		r.Status, r.Message = results.Skipped, c.skip
		return r
	case len(c.missing) > 0:
		late, evidence := lateCaptures(c, c.missing)
		msg := c.st.env.MissingMessage(c.missing) + late
		r.Status, r.Kind, r.Message = results.Errored, results.CredentialMissing, msg+nothingSent
		r.Diagnosis = []diagnose.Cause{{Code: diagnose.CredentialMissing, Message: msg, Evidence: evidence}}
		return r
	case len(c.placeholder) > 0:
		msg := string(secret.Litf("%s in %s %s a placeholder, not a credential; put the real secret in the env file or CI secret",
			strings.Join(c.placeholder, ", "), c.st.env.Name, map[bool]string{true: "holds", false: "hold"}[len(c.placeholder) == 1]))
		r.Status, r.Kind, r.Message = results.Errored, results.CredentialMissing, msg+nothingSent
		r.Diagnosis = []diagnose.Cause{{Code: diagnose.PlaceholderCredential, Message: msg, Evidence: missingEvidence(c.st.env, c.placeholder, "a placeholder, not a credential")}}
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
	// One per r.Steps; most cases have one step, whose entry stays in
	// this frame (an allocation per case otherwise).
	var first [1]shownStep
	shown := first[:0]
	stopped := -1 // the step the case stopped at, whose words r.Message are
	for i, s := range c.steps {
		var rec shownStep
		ok := p.runStep(ctx, c, i, s, captures, r, &rec)
		if rec.b != nil {
			shown = append(shown, rec)
		}
		if !ok {
			stopped = i
			break
		}
	}
	if r.Status == results.Unknown {
		r.Status = results.Passed
		if p.opt.FailOnWarning && len(r.Warnings) > 0 {
			r.Status, r.Kind = results.Failed, results.Warning
			r.Message = string(secret.Textf("%s: %s %s", secret.Litf("%d warning(s) and --fail-on-warning", len(r.Warnings)),
				secret.Text(r.Warnings[0].Message), secret.Lit("["+r.Warnings[0].Code+"]")))
		}
	}
	if r.Status == results.Passed && !p.opt.KeepExchanges {
		// As for the steps below: a passing case keeps no exchange.
		for i := range r.TokenRequests {
			r.TokenRequests[i].Request, r.TokenRequests[i].Response = results.Exchange{}, results.Exchange{}
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

// missingEvidence is the evidence for a credential that cannot be sent:
// each variable named and what is wrong with it, then the env files read
// or not found. It is never empty, also when the environment has no env
// file and the variable was looked for in the process environment only.
// Every line is authspec's words and names the suite wrote (variables,
// env files): literal, so a secret that is one of those words (a
// password "variable") does not rewrite them at the sink.
func missingEvidence(env *suites.Env, names []string, state string) []string {
	ev := make([]string, 0, len(names)+len(env.EnvFiles)+len(env.Missing))
	lit := func(s string) { ev = append(ev, string(secret.Lit(s))) }
	for _, n := range names {
		lit("variable " + n + ": " + state)
	}
	for _, f := range env.EnvFiles {
		lit("env file read: " + f)
	}
	for _, f := range env.Missing {
		lit("env file not found: " + f)
	}
	return ev
}

// runStep sends one step and judges it. It returns false when the case
// cannot go on (a failed step's captures would be missing).
//
// A step it records in r gets its shownStep in rec.
func (p *plan) runStep(ctx context.Context, c *testCase, i int, s caseStep, captures map[string]suites.Var, r *results.Result, rec *shownStep) bool {
	fail := func(status results.Status, kind results.Kind, msg string) bool {
		r.Status, r.Kind, r.Message = status, kind, stepPrefix(c, i)+msg // msg: a secret.Text, or all value
		if status == results.Errored {
			r.ErrorStep = i + 1
		}
		return false
	}
	b, missing, err := p.buildRequest(c, s, captures)
	if len(missing) > 0 {
		// Found only now: a capture of an earlier step that was empty
		// (preflight sent the case on, the variable being captured).
		msg, evidence := stepMissing(c, i, missing, captures)
		r.Diagnosis = []diagnose.Cause{{Code: diagnose.CredentialMissing, Message: msg, Evidence: evidence}}
		return fail(results.Errored, results.CredentialMissing, msg+string(secret.Lit("; the step was not sent")))
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
		if refs := secretRefs(c.st, c.sc, s.req, inCaptures); len(refs) > 0 {
			msgs := make([]string, len(refs))
			for i, ref := range refs {
				msgs[i] = cleartextMessage(ref, host, c.st.env.Name, true)
			}
			return fail(results.Errored, results.InvalidRequest, strings.Join(msgs, "; "))
		}
	}
	sent, err := p.applyCred(ctx, c, s, b)
	b.sent = sent
	r.TokenRequests = append(r.TokenRequests, b.tokens...)
	if err != nil {
		var terr *TokenError // declared here: errors.As puts it on the heap
		if s.mode == credPrevious && errors.As(err, &terr) && terr.Err == nil && (terr.StatusCode == 400 || terr.StatusCode == 401) {
			return true // the rotated-out client secret gets no token: what the probe checks
		}
		if ctx.Err() != nil {
			return fail(results.Skipped, results.Interrupted, string(secret.Lit("interrupted while fetching a token")))
		}
		if errors.As(err, &terr) && terr.Err == nil && sent != nil {
			r.Diagnosis = p.analyzeToken(c, sent, terr)
		}
		return fail(results.Errored, results.TokenEndpoint, err.Error())
	}
	if err := checkRequest(b.req); err != nil {
		// A line break the credential's own value holds (a pasted value's
		// newline kept in the env file): the preflight's whitespace
		// finding is why, so it is the case's cause.
		r.Diagnosis = findingsAsCauses(r.Warnings, diagnose.WhitespaceInCredential)
		return fail(results.Errored, results.InvalidRequest, string(secret.Textf("the request cannot be sent: %v", err)))
	}
	w := &b.w
	attempts := 1
	var replaced []int
	fetched := len(b.tokens)
	ex, err := p.send(ctx, c, s, b, sent, w, &attempts, &replaced)
	r.Attempts += attempts - 1
	r.TokenRequests = append(r.TokenRequests, b.tokens[fetched:]...) // a refresh
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
		Connected: w.reached(), Replaced: replaced}
	if ex != nil {
		step.StatusCode, step.Duration = ex.resp.StatusCode, ex.dur
		step.Response = results.Exchange{Header: ex.resp.Header, Body: ex.body}
	} else {
		step.Duration = time.Since(b.sentAt)
	}
	r.Steps = append(r.Steps, step)
	sentWith := captures
	if len(captures) > 0 {
		sentWith = maps.Clone(captures) // this step and later ones add theirs
	}
	b.shv = c.st.shower(sentWith, p.opt.Redactor)
	b.sh = &b.shv
	*rec = shownStep{b, b.shv}
	if b.refused != "" {
		return fail(results.Failed, results.AssertionFailure, b.refused)
	}
	if err != nil {
		if ctx.Err() != nil {
			return fail(results.Skipped, results.Interrupted, string(secret.Lit("interrupted while its request was in flight")))
		}
		kind, msg := classify(err, w, timeoutOf(c.sc))
		if kind == results.TLS {
			r.Diagnosis = p.clientCertCauses(c.st, w, msg)
		}
		return fail(results.Errored, kind, msg)
	}
	if hint := tlsPortHint(b.req.URL.Scheme, ex); hint != "" {
		return fail(results.Errored, results.TLS, hint)
	}
	return p.judge(c, i, s, b, ex, sent, captures, r)
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

// findingsAsCauses are the preflight findings of code, said as causes of
// the case (where they were found as their evidence).
func findingsAsCauses(fs []results.Finding, code string) []results.Cause {
	var out []results.Cause
	for _, f := range fs {
		if f.Code == code {
			out = append(out, results.Cause{Code: f.Code, Message: f.Message, Evidence: []string{string(secret.Litf("%s:%d:%d", f.File, f.Line, f.Col))}})
		}
	}
	return out
}
