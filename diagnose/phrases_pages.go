package diagnose

import "strings"

// The pages a web application sends a request to with a redirect, by the
// words the parts of their paths are named with (loginredirect.go reads
// them). A row is a kind of page, not one application's route: the next
// application names the same page in other words.

// loginPageWords: the words a login page's path part is named by (login,
// log-in, logon, signin, sign_in).
const loginPageWords = `log[-_]?in|log[-_]?on|sign[-_]?in`

// A pageKind is one kind of page and the words a path part names it by.
type pageKind struct {
	kind, words string
}

// flowsEndingAtLogin: the pages whose success sends the user on to log
// in ("now log in"), one row per flow. A request that posted a password
// from one of them and was sent to the login page was let through; only a
// page that names its failure refused it then.
var flowsEndingAtLogin = []pageKind{
	// /users/sign_up, /register, /registration, /create-account, /join
	{"a sign-up or registration", `sign[-_]?up|register|registration|(create|new)[-_]?account|join`},
	// /password/reset, /forgot-password, /users/password/new,
	// /recover-password, /password-recovery
	{"a password reset, set or change", `((reset|forgot|forgotten|change|set|new|recover)[-_]?)?passwords?([-_/](reset|forgot|change|set|new))?|password[-_]?recovery`},
	// /accounts/activate/…, /users/confirmation, /email/verify,
	// /verification/…
	{"an account's activation, confirmation or verification", `activat(e|ion)|confirm(ation)?|verify|verification`},
	// /invitations/accept, /accept-invitation
	{"an invitation accepted", `invitations?([-_/]accept)?|accept[-_]?invitation`},
}

// pathPartPattern: a path part named by one of the rows' words, as the
// whole part, with an extension or none (/register, /register.php,
// /register/…), never inside a longer word (/registry, /passwordless).
func pathPartPattern(rows []pageKind) string {
	words := make([]string, len(rows))
	for i, r := range rows {
		words[i] = r.words
	}
	return `(?i)(^|/)(` + strings.Join(words, "|") + `)(/|\.[a-z]{2,5}$|$)`
}
