package diagnose

import (
	"net/http"
	"net/url"
	"strings"

	"github.com/authspec/authspec/internal/lazyre"
)

// loginRedirect is the page a 3xx answer sends the request to when that
// page is a login (a form login's answer to a request it did not
// authenticate: Jetty's and Tomcat's FORM login, Spring Security, most web
// applications), or, to a login the request itself sent (a password in its
// body), the page its failure goes to (/login?error, /error.html). It is
// the Location's path alone, without parameters (a ;jsessionid=… the
// server just issued is no one's to show), or "" for any other answer.
func (a *analysis) loginRedirect() string {
	st := a.ex.StatusCode
	if st < 300 || st >= 400 || st == http.StatusNotModified {
		return ""
	}
	u, err := url.Parse(a.ex.ResponseHeader.Get("Location"))
	if err != nil {
		return ""
	}
	path, _, _ := strings.Cut(u.Path, ";")
	if loginPageRE.MatchString(path) || len(a.sent.login) > 0 && (loginFailedPageRE.MatchString(path) || loginFailedQueryRE.MatchString(u.RawQuery)) {
		return path
	}
	return ""
}

var (
	// loginPageRE: a path whose last part names a login page (login,
	// log-in, logon, signin, sign_in, with an extension or none).
	loginPageRE = lazyre.New(`(?i)(^|/)(log[-_]?in|log[-_]?on|sign[-_]?in)(\.[a-z]{2,5})?/?$`)
	// loginFailedPageRE, loginFailedQueryRE: where a login's failure is
	// sent, a page named as an error or a failure, or a query that says
	// one (Spring Security's /login?error).
	loginFailedPageRE  = lazyre.New(`(?i)(^|/)((log[-_]?in|sign[-_]?in|auth)[-_]?)?(error|failed|failure|denied)(\.[a-z]{2,5})?/?$`)
	loginFailedQueryRE = lazyre.New(`(?i)(^|&)(error|failed|failure|login_error)(=|&|$)`)
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
	if page == "" || a.sent.authz == "" || len(a.sent.login) > 0 || a.ex.ExpectReject {
		return
	}
	a.add(scoreHeuristic, CredentialInWrongPlace,
		textf("%s redirected the request (%s) to its login page %s: it reads a login from that page's form and then a session cookie, not from the Authorization header the credential%s went in; log in through the form (a step that posts it and captures the session), or call an endpoint that takes the credential in a header",
			a.endpoint(), a.status(), page, a.credName()),
		append(a.describeSent(), textf("Location: %s", page))...)
}
