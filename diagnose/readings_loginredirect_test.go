package diagnose

import (
	"net/http"
	"regexp"
	"strings"
	"testing"

	"github.com/authspec/authspec/secret"
)

// TestLoginRedirectExpectations: a redirect to the login page of a request
// meant to be refused with a status. A probe or a failure scenario that
// expected 401 was refused, in the web application's way: the cause says
// so and names what to expect instead (probe_status for a probe,
// expect.status for a scenario). A permission scenario that expected 403
// was not authenticated at all. A redirect elsewhere, or one the step
// expects, says nothing.
func TestLoginRedirectExpectations(t *testing.T) {
	const tokVal = "opq_R3dirProbe_7Hd92kLm"
	tok := bearer("API_TOKEN", tokVal)
	toLogin := func(status int, loc string) http.Handler {
		return fixed{status: status, header: map[string]string{"Location": loc}}
	}
	for _, tc := range []struct {
		name               string
		cc                 corpusCase
		want, saysToExpect string // the first cause, "" for none; words its message holds
	}{
		{"no_auth probe sent to /login", corpusCase{probe: "no_auth", api: toLogin(302, "/login?next=%2Fv1%2Faccounts")}, AuthenticationBeforeAuthorization, "probe_status: [302]"},
		{"invalid probe sent to /users/sign_in", corpusCase{probe: "invalid", cred: tok, api: toLogin(303, "https://app.example.com/users/sign_in")}, AuthenticationBeforeAuthorization, "probe_status: [303]"},
		{"probe expecting 401 or 403 sent to /login", corpusCase{probe: "no_auth", expect: "[401, 403]", api: toLogin(302, "/login")}, AuthenticationBeforeAuthorization, "probe_status: [302]"},
		{"failure scenario sent to /login", corpusCase{kind: "failure", expect: "401", cred: tok, api: toLogin(302, "/login")}, AuthenticationBeforeAuthorization, "expect: { status: 302 }"},
		{"permission scenario sent to /login", corpusCase{kind: "permission", expect: "403", cred: tok, api: toLogin(302, "/login")}, AuthenticationBeforeAuthorization, "never reached"},
		// Neighbours: a redirect the step expects; a probe sent anywhere
		// but a login page.
		{"probe expecting the redirect", corpusCase{probe: "no_auth", expect: "302", api: toLogin(302, "/login")}, "", ""},
		{"probe sent to the dashboard", corpusCase{probe: "no_auth", api: toLogin(302, "/dashboard")}, "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			causes := Analyze(tc.cc.run(t, ""))
			checkCauses(t, causes, tc.cc.cred)
			assertNoSecret(t, causeTexts(causes), tc.cc.cred, tokVal)
			wantFirst(t, causes, tc.want, []string{CredentialInWrongPlace})
			if tc.want == "" {
				if len(causes) > 0 {
					t.Errorf("no cause expected, got %v", codesOf(causes))
				}
				return
			}
			if len(causes) == 0 {
				return // wantFirst said so
			}
			if msg := secret.Plain(causes[0].Message); !strings.Contains(msg, tc.saysToExpect) || !strings.Contains(msg, "login page") {
				t.Errorf("first cause %q does not name the login page and %q", msg, tc.saysToExpect)
			}
		})
	}
}

// TestLoginRedirectAfterSignUp: a request that posted a password from a
// page whose success sends the user to log in (a sign-up, a password
// reset, an invitation accepted) and was sent to the login page was let
// through, not refused; a login sent back to the login page, or any of
// them sent to a page that names its failure, was refused.
func TestLoginRedirectAfterSignUp(t *testing.T) {
	const pass = "Sign-Up-Pass-2026-x9"
	body := `{"username":"erin","email":"erin@example.com","password":"` + pass + `"}`
	for _, tc := range []struct{ name, path, location, want string }{
		{"sign-up to the login page", "/register", "/login", ""},
		{"devise sign-up to sign_in", "/users/sign_up", "/users/sign_in", ""},
		{"password reset to the login page", "/password/reset", "/login?reset=1", ""},
		{"invitation accepted to the login page", "/invitations/accept", "/login", ""},
		{"account activation to the login page", "/accounts/activate/4f1c", "/login.html", ""},
		// Neighbours: a login sent back to its page, and a sign-up sent
		// to a page that names its failure.
		{"login back to the login page", "/login", "/login", CredentialRejected},
		{"session post back to the login page", "/session", "/login", CredentialRejected},
		{"sign-up to the login page with an error", "/register", "/login?error", CredentialRejected},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cc := corpusCase{method: http.MethodPost, path: tc.path, api: fixed{status: http.StatusFound, header: map[string]string{"Location": tc.location}}}
			wantCauses(t, Analyze(cc.run(t, body)), nil, tc.want, nil, pass)
		})
	}
}

// TestLoginPageFollowed: a 200 the client reached by following a redirect
// to the login page (Exchange.Followed) is read as that redirect not
// followed: a request meant to be refused was refused, and the cause names
// the redirect's status and follow_redirects: false. Neighbours: a 200
// reached through a redirect elsewhere is a request let through; a step
// meant to succeed that ends on the login page (a logout) is not read; a
// sign-up posted and followed to the login page was let through.
func TestLoginPageFollowed(t *testing.T) {
	const tokVal = "opq_F0llowed_7Hd92kLm"
	tok := bearer("API_TOKEN", tokVal)
	page := fixed{status: http.StatusOK, header: map[string]string{"Content-Type": "text/html"}, body: `<form action="/session" method="post"><input type="password" name="password"></form>`}
	for _, tc := range []struct {
		name               string
		cc                 corpusCase
		hop                Hop
		body               string
		page, want, saysTo string // LoginPageFollowed; the first cause, "" for none; words its message holds
	}{
		{name: "no_auth probe followed to /login", cc: corpusCase{probe: "no_auth", api: page}, hop: Hop{302, "/login?next=%2Fv1%2Faccounts"},
			page: "/login", want: AuthenticationBeforeAuthorization, saysTo: "follow_redirects: false and probe_status: [302]"},
		{name: "failure scenario followed to /users/sign_in", cc: corpusCase{kind: "failure", expect: "401", cred: tok, api: page}, hop: Hop{303, "https://app.example.com/users/sign_in"},
			page: "/users/sign_in", want: AuthenticationBeforeAuthorization, saysTo: "(303 See Other, followed: the page answered 200 OK)"},
		{name: "permission scenario followed to /login", cc: corpusCase{kind: "permission", expect: "403", cred: tok, api: page}, hop: Hop{302, "/login"},
			page: "/login", want: AuthenticationBeforeAuthorization, saysTo: "never reached"},
		// Neighbours.
		{name: "probe followed to the dashboard", cc: corpusCase{probe: "no_auth", api: page}, hop: Hop{302, "/dashboard"}, want: CredentialNotChecked},
		{name: "probe answered 200 without a redirect", cc: corpusCase{probe: "no_auth", api: page}, want: CredentialNotChecked},
		{name: "logout followed to /login", cc: corpusCase{cred: tok, api: page, path: "/logout"}, hop: Hop{302, "/login"}},
		{name: "sign-up failure check followed to /login", cc: corpusCase{kind: "failure", expect: "401", method: http.MethodPost, path: "/register", api: page},
			hop: Hop{302, "/login"}, body: `{"username":"erin","password":"Sign-Up-Pass-2026-x9"}`, want: CredentialNotChecked},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ex := tc.cc.run(t, tc.body)
			ex.Followed = tc.hop
			if got := LoginPageFollowed(ex); got != tc.page {
				t.Errorf("LoginPageFollowed = %q, want %q", got, tc.page)
			}
			causes := Analyze(ex)
			wantCauses(t, causes, tc.cc.cred, tc.want, nil, tokVal, "Sign-Up-Pass-2026-x9")
			if tc.saysTo != "" && len(causes) > 0 && !strings.Contains(secret.Plain(causes[0].Message), tc.saysTo) {
				t.Errorf("first cause %q does not say %q", secret.Plain(causes[0].Message), tc.saysTo)
			}
		})
	}
}

// TestPageWords: the words of the pages a web application redirects to
// (phrases_pages.go), each row said in two ways at least. A login posted
// from a page whose flow ends at the login page (flowsEndingAtLogin) and
// sent there was let through: no cause. A probe sent to a login page
// (loginPageWords) was refused. Neighbours: a login posted from a path
// whose part only begins with such a word (/registry/login,
// /passwordless/login) and sent back to the login page was refused; a
// probe sent to a page whose name only begins with login (a blog post,
// /blog/login-tips) was not sent to a login page.
func TestPageWords(t *testing.T) {
	const pass = "Page-Words-Pass-2026-x9"
	body := `{"username":"erin","password":"` + pass + `"}`
	flows := map[string][]string{
		"a sign-up or registration":                             {"/signup", "/account/register", "/users/sign_up", "/create-account"},
		"a password reset, set or change":                       {"/password/forgot", "/reset-password", "/recover-password", "/users/password/new"},
		"an account's activation, confirmation or verification": {"/accounts/activate/4f1c", "/users/confirmation", "/email/verification/4f1c"},
		"an invitation accepted":                                {"/invitations/accept", "/accept-invitation"},
	}
	// Each row's paths must be read by that row's own words, not only by
	// the whole list: a path another row happens to read would leave its
	// row untested.
	for _, row := range flowsEndingAtLogin {
		if len(flows[row.kind]) < 2 {
			t.Errorf("flowsEndingAtLogin row %q: %d paraphrases here, want 2 or more", row.kind, len(flows[row.kind]))
		}
		own := regexp.MustCompile(pathPartPattern([]pageKind{row}))
		for _, p := range flows[row.kind] {
			if !own.MatchString(p) {
				t.Errorf("flowsEndingAtLogin row %q does not read its paraphrase %s", row.kind, p)
			}
		}
	}
	posted := func(path, want string) {
		t.Run("login posted from "+path, func(t *testing.T) {
			cc := corpusCase{method: http.MethodPost, path: path, api: fixed{status: http.StatusFound, header: map[string]string{"Location": "/login"}}}
			wantCauses(t, Analyze(cc.run(t, body)), nil, want, nil, pass)
		})
	}
	for _, paths := range flows {
		for _, p := range paths {
			posted(p, "")
		}
	}
	for _, p := range []string{"/registry/login", "/passwordless/login", "/joiners/session"} {
		posted(p, CredentialRejected)
	}
	for loc, want := range map[string]string{"/log-in": AuthenticationBeforeAuthorization, "/logon.aspx": AuthenticationBeforeAuthorization,
		"/auth/signin/": AuthenticationBeforeAuthorization, "/blog/login-tips": "", "/signing-keys": ""} {
		t.Run("probe sent to "+loc, func(t *testing.T) {
			cc := corpusCase{probe: "no_auth", api: fixed{status: http.StatusFound, header: map[string]string{"Location": loc}}}
			wantCauses(t, Analyze(cc.run(t, "")), nil, want, nil)
		})
	}
}
