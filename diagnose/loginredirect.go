package diagnose

import (
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/authspec/authspec/internal/lazyre"
	"github.com/authspec/authspec/secret"
)

// loginRedirect is the page a 3xx answer sends the request to when that
// page is a login (a form login's answer to a request it did not
// authenticate: Jetty's and Tomcat's FORM login, Spring Security, most web
// applications), or, to a login the request itself sent (a password in its
// body), the page its failure goes to (/login?error, /error.html). It is
// the Location's path alone, without parameters (a ;jsessionid=… the
// server just issued is no one's to show), or "" for any other answer.
// A request that posted a password from a page that ends in a login
// (a sign-up, a password reset: flowEndsAtLoginRE) and was sent to the
// login page itself was let through: "now log in" is where that flow
// goes on success; only a page that names its failure is a refusal then.
//
// A 2xx that the client reached by following a redirect (Exchange.Followed)
// is read by that redirect: a login page so reached is the login form
// served to a request the application did not authenticate.
func (a *analysis) loginRedirect() string {
	st, location := a.redirect()
	if st == 0 {
		return ""
	}
	u, err := url.Parse(location)
	if err != nil {
		return ""
	}
	path, _, _ := strings.Cut(u.Path, ";")
	failed := loginFailedPageRE.MatchString(path) || loginFailedQueryRE.MatchString(u.RawQuery)
	if len(a.sent.login) > 0 && failed {
		return path
	}
	loginPage := loginPageRE.MatchString(path) || loginForAppRE.MatchString(path) && returnToQueryRE.MatchString(u.RawQuery)
	if loginPage && !(len(a.sent.login) > 0 && a.flowEndsAtLogin()) {
		return path
	}
	return ""
}

// redirect is the redirect the answer is: its own status and Location for
// a 3xx (not followed), the last redirect followed to reach a 2xx that
// was meant to be refused, or 0. A step meant to succeed that ends on a
// login page is not read so: a logout, a sign-up or a password reset
// sends the user there when it succeeds.
func (a *analysis) redirect() (status int, location string) {
	switch st := a.ex.StatusCode; {
	case st >= 300 && st < 400 && st != http.StatusNotModified:
		return st, a.ex.ResponseHeader.Get("Location")
	case st >= 200 && st < 300 && a.ex.Followed.Status != 0 && a.ex.ExpectReject:
		return a.ex.Followed.Status, a.ex.Followed.Location
	}
	return 0, ""
}

// LoginPageFollowed is the login page a 2xx answer to a request meant to
// be refused (ExpectReject) is, when the client reached it by following a
// redirect there (Exchange.Followed), read as a redirect not followed is
// (loginRedirect): its path, else "". Such a request was refused, in a
// web application's way; a sign-up or password reset posted and sent on
// to log in was not.
func LoginPageFollowed(ex Exchange) string {
	if ex.Followed.Status == 0 || !ex.ExpectReject || ex.StatusCode < 200 || ex.StatusCode >= 300 {
		return ""
	}
	a := &analysis{ex: ex, red: newRedactor(ex.Redactor, ex.Credential)}
	a.sent = locate(ex, a.red) // whether it posted a login
	return a.loginRedirect()
}

// flowEndsAtLogin: the request's own path is a page whose success sends
// the user on to the login page (flowEndsAtLoginRE).
func (a *analysis) flowEndsAtLogin() bool { return a.pathMatches(flowEndsAtLoginRE) }

var (
	// loginPageRE: a path whose last part names a login page (login,
	// log-in, logon, signin, sign_in, with an extension or none).
	loginPageRE = lazyre.New(`(?i)(^|/)(` + loginPageWords + `)(\.[a-z]{2,5})?/?$`)
	// loginForAppRE, returnToQueryRE: a login page followed by one more
	// part naming the application or tenant it logs into, with where to
	// return after the login in its query (an identity-aware proxy's
	// login: Cloudflare Access sends a request without a valid service
	// token to /cdn-cgi/access/login/<app host>?redirect_url=…). The
	// return target is what makes it a page a browser is sent to, not an
	// API's route under /login/ (/api/login/history).
	loginForAppRE   = lazyre.New(`(?i)(^|/)(` + loginPageWords + `)/[^/]+/?$`)
	returnToQueryRE = lazyre.New(`(?i)(^|&)(redirect[-_]?(url|uri|to)|return[-_]?(to|url|uri)|next|continue|from[-_]?uri|target|rd)=`)
	// loginFailedPageRE, loginFailedQueryRE: where a login's failure is
	// sent, a page named as an error or a failure, or a query that says
	// one (Spring Security's /login?error).
	loginFailedPageRE  = lazyre.New(`(?i)(^|/)((` + loginPageWords + `|auth)[-_]?)?(error|failed|failure|denied)(\.[a-z]{2,5})?/?$`)
	loginFailedQueryRE = lazyre.New(`(?i)(^|&)(error|failed|failure|login_error)(=|&|$)`)
	// flowEndsAtLoginRE: a path part that names a page whose success
	// sends the user to log in (flowsEndingAtLogin's rows).
	flowEndsAtLoginRE = lazyre.New(pathPartPattern(flowsEndingAtLogin))
)

// toLoginPage reads a redirect to a login page (loginRedirect) as a 401
// would be read: no credential sent, a session or login refused; and a
// credential sent in the Authorization header to an application that
// reads its logins from a form and a session cookie went where it is not
// read. That last reading only where the request was meant to succeed: a
// request meant to be refused (a probe, a failure or permission scenario)
// sent to the login page was refused, which says nothing of where the
// server reads the credential (the scenario that sends it valid does).
func (a *analysis) toLoginPage(page string) {
	if page != "" && a.ex.ExpectReject {
		a.refusedByRedirect(page)
		return
	}
	if page == "" || a.sent.authz == "" || len(a.sent.login) > 0 {
		return
	}
	a.add(scoreHeuristic, CredentialInWrongPlace,
		textf("%s redirected the request (%s) to its login page %s: it reads a login from that page's form and then a session cookie, not from the Authorization header the credential%s went in; log in through the form (a step that posts it and captures the session), or call an endpoint that takes the credential in a header",
			a.endpoint(), a.status(), page, a.credName()),
		append(a.describeSent(), textf("Location: %s", page))...)
}

// refusedByRedirect: a request meant to be refused with a status (a
// probe's probe_status, a failure or permission scenario's expect.status)
// was sent to the login page instead, the way a web application refuses
// a request it did not authenticate. Where a 401 was expected the refusal
// came, in another status: the step's expectation is what to change.
// Where only a 403 was, the request was not authenticated at all, as a
// 401 says, so the permission was never checked.
//
// A redirect the client followed (a 2xx login page) is named by its own
// status, and expecting it needs follow_redirects: false besides.
func (a *analysis) refusedByRedirect(page string) {
	ev := append(a.describeSent(), textf("expected %s, got %s", a.expected(), a.status()), textf("Location: %s", page))
	st, _ := a.redirect()
	code, redirected, follow := secret.Lit(strconv.Itoa(st)), a.status(), secret.Text("")
	if st != a.ex.StatusCode {
		redirected = secret.Textf("%s, followed: the page answered %s", secret.Lit(fmt.Sprintf("%d %s", st, http.StatusText(st))), a.status())
		follow = secret.Lit("follow_redirects: false and ")
	}
	if !a.exp.Match(http.StatusUnauthorized) && a.exp.Match(http.StatusForbidden) {
		a.add(scoreAuthnAuthz, AuthenticationBeforeAuthorization,
			textf("%s redirected the request (%s) to its login page %s where 403 was expected: it did not authenticate the request, as a 401 says, so the permission this scenario checks was never reached; check that the credential is valid and sent where this application reads it (see the other causes)",
				a.endpoint(), redirected, page), ev...)
		return
	}
	expect := textf("%sexpect: { status: %s } on this scenario", follow, code)
	if a.ex.Probe != "" {
		expect = textf("%sprobe_status: [%s] on the scenario (the status its probes expect; probe_status: [401, %s] if other routes answer 401)", follow, code, code)
	}
	a.add(scoreAuthnAuthz, AuthenticationBeforeAuthorization,
		textf("%s refused the request by redirecting it (%s) to its login page %s, where %s was expected: a web application sends a request it did not authenticate to its login form instead of answering 401; if this API answers so, expect the redirect: %s",
			a.endpoint(), redirected, page, a.expected(), secret.Text(expect)), ev...)
}
