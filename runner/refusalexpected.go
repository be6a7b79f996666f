package runner

import (
	"fmt"
	"net/http"

	"github.com/authspec/authspec/assert"
	"github.com/authspec/authspec/diagnose"
	"github.com/authspec/authspec/secret"
	"github.com/authspec/authspec/vocab"
)

// expectsRefusal reports whether the step expects the credential to be
// refused: a probe, a status about the credential (authRejection), or a
// failure or permission scenario, with no 2xx allowed. A 2xx to such a
// step is a security failure unless it is a refusal in the API's own 2xx
// style (expectedRefusal).
func expectsRefusal(c *testCase, want assert.Status) bool {
	return !want.AllowsSuccess() && (c.probe != "" || authRejection(want) ||
		c.sc.Kind == vocab.KindFailure || c.sc.Kind == vocab.KindPermission)
}

// A refusal2xx is the refusal a step that expects one got in a 2xx answer
// ({"ok": false, "error": "invalid_auth"}): the API checked the credential
// and refused it in its body, so this is no security failure. So is a
// login page the request was redirected to and the client followed
// (loginPage): the form a web application serves to a request it did not
// authenticate, its way of saying 401. As a 401 would, it fails a step
// that does not accept 401 (a permission scenario's 403): the request was
// not authenticated, so the permission it checks was never reached.
type refusal2xx struct {
	diagnose.Refusal
	code int
	// loginPage: the login page's path, when the refusal is a followed
	// redirect there (diagnose.LoginPageFollowed); redirect is that
	// redirect's status.
	loginPage string
	redirect  int
	// failsStatus: the step fails on its status, as an ordinary
	// assertion, saying why: the status expected was written by the user
	// (a step's expect.status, a matrix cell), or the refusal is a login
	// page and the step, no probe, does not accept 401. Otherwise (a
	// probe, a failure or permission scenario's default status) the
	// refusal is the one expected and the status check passes.
	failsStatus bool
	in          answer2xx // the answer, for the diagnosis
}

// expectedRefusal reads a 2xx answer to a step that expects a refusal as
// a happy step's is read (diagnose.RefusalIn2xx, the diagnosis of a
// step that expected success): nil when it is no refusal.
func expectedRefusal(c *testCase, s caseStep, want assert.Status, in *answer2xx) *refusal2xx {
	code := in.ex.resp.StatusCode
	if code/100 != 2 || !expectsRefusal(c, want) {
		return nil
	}
	userWrote := c.probe == "" && (!s.expect.IsZero() || !s.step.Expect.Status.IsZero())
	if r, ok := in.refused(); ok {
		return &refusal2xx{Refusal: r, code: code, failsStatus: userWrote, in: *in}
	}
	if hop := followed(in.ex); hop.Status != 0 {
		if page := diagnose.LoginPageFollowed(in.asSent()); page != "" {
			unauthenticated := c.probe == "" && !want.Match(http.StatusUnauthorized)
			return &refusal2xx{code: code, loginPage: page, redirect: hop.Status, failsStatus: userWrote || unauthenticated, in: *in}
		}
	}
	return nil
}

// answer2xx is a step's answer as read for a refusal in the API's own 2xx
// style, the one reading (diagnose.RefusalIn2xx) read as a step that
// wanted an answer reads it whatever the step expected: a happy step fails
// on it (authErrorIn2xx), a step that expects a refusal gets it
// (expectedRefusal), and a request without credentials so refused did not
// pass a secured operation (drift). judge makes one per step and each of
// them asks it: the body is read once, at the first question.
type answer2xx struct {
	p    *plan
	c    *testCase
	want assert.Status
	b    *built
	ex   *exchange
	sent *sentCred

	read    bool
	refusal diagnose.Refusal
	ok      bool
}

// refused is the reading: the refusal, and whether the answer is one.
func (in *answer2xx) refused() (diagnose.Refusal, bool) {
	if !in.read {
		in.read = true
		in.refusal, in.ok = diagnose.RefusalIn2xx(in.ex.body, in.ex.resp.Header, in.exchange)
	}
	return in.refusal, in.ok
}

// asSent is the answer as diagnosis reads it for the step as written
// (expecting its refusal).
func (in *answer2xx) asSent() diagnose.Exchange {
	return in.p.diagExchange(in.c, in.want, in.b, in.ex, in.sent)
}

// exchange is the answer as diagnosis reads it, read as a step that
// wanted an answer reads it.
func (in *answer2xx) exchange() diagnose.Exchange {
	x := in.asSent()
	x.ExpectReject = false
	return x
}

// message says why the status failed on such an answer (failsStatus), and
// what to expect instead; a login page where 401 is not accepted says the
// request was not authenticated.
func (r *refusal2xx) message(want assert.Status) string {
	code := secret.Lit(fmt.Sprint(r.code))
	if r.loginPage != "" && !want.Match(http.StatusUnauthorized) {
		return string(secret.Textf("status: expected %s, got %s: the API redirected the request (%s) to its login page %s, which authspec followed: it did not authenticate the request, as a 401 says, so the permission was never checked",
			secret.Lit(want.String()), code, secret.Lit(fmt.Sprint(r.redirect)), r.loginPage))
	}
	if r.loginPage != "" {
		redirect := secret.Lit(fmt.Sprint(r.redirect))
		return string(secret.Textf("status: expected %s, got %s: the API refused the request by redirecting it (%s) to its login page %s, which authspec followed; set follow_redirects: false and expect %s to test this refusal",
			secret.Lit(want.String()), code, redirect, r.loginPage, redirect))
	}
	return string(secret.Textf("status: expected %s, got %s: the API refused the request in its %s with a 2xx status (%s); expect %s and assert the body to test this refusal",
		secret.Lit(want.String()), code, secret.Lit(r.In), r.Error, code))
}

// diagnosis is the cause a happy step would be given for the same answer;
// for a login page, the cause of the redirect there, as when it is not
// followed (the step's expectation is what to change).
func (r *refusal2xx) diagnosis() []diagnose.Cause {
	if r.loginPage != "" {
		return diagnose.Analyze(r.in.asSent())
	}
	return diagnose.Analyze(r.in.exchange())
}
