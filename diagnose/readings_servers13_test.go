package diagnose

import (
	"net/http"
	"testing"
)

// TestServerReadings13: the general readings the thirteenth round of
// real servers (Webdis in front of Redis, Jetty's servlet security, Yaws;
// e2e/heldout13_test.go) called for, each in paraphrases another server
// could send and with the neighbours it must leave alone. A call's result
// said as a pair, a false flag and its message, refuses when the message
// does; a one-line plain text that says the caller lacks a permission is a
// refusal; a redirect to a login page is the request not authenticated
// (and a credential in the Authorization header not read there); a page
// served over TLS only refuses a plain-HTTP request for its transport.
func TestServerReadings13(t *testing.T) {
	login := basicCred("admin", "Webdis-Admin-Pass-2026")
	tok := bearer("API_TOKEN", "opq_7Hd92kLmQ4pXrT9w")
	text := map[string]string{"Content-Type": "text/plain"}
	runReadings(t, []readingCase{
		// A call's result as a pair: false, then the message.
		{"noperm in a failed pair", 200, nil, `{"FLUSHALL":[false,"NOPERM this user has no permissions to run the 'flushall' command"]}`, login, PermissionDenied, nil},
		{"no permission to delete in a failed pair", 200, nil, `{"delete":[false,"You do not have permission to delete this item"]}`, tok, PermissionDenied, nil},
		{"wrongpass in a failed pair", 200, nil, `{"AUTH":[false,"WRONGPASS invalid username-password pair or user is disabled."]}`, login, CredentialRejected, nil},
		{"invalid token in a failed pair", 200, nil, `{"session":[false,"Invalid token"]}`, tok, CredentialRejected, nil},
		{"noperm in a failed pair, in a jsonp callback", 200, nil, `cb({"FLUSHALL":[false,"NOPERM this user has no permissions to run the 'flushall' command"]});`, login, PermissionDenied, nil},
		// Neighbours: a failed pair that speaks of the data, a result
		// that succeeded, a pair beside other members.
		{"failed pair about a value", 200, nil, `{"INCR":[false,"ERR value is not an integer or out of range"]}`, login, "", nil},
		{"unknown command in a failed pair", 200, nil, `{"NOSUCH":[false,"ERR unknown command 'NOSUCH', with args beginning with: 'x' "]}`, login, "", nil},
		{"a pair that succeeded", 200, nil, `{"SET":[true,"OK"]}`, login, "", nil},
		{"a list of flags beside other members", 200, nil, `{"flags":[false,"no permission to run"],"count":2}`, login, "", nil},
	})
	runReadings(t, []readingCase{
		// One line of plain text that says the caller lacks a permission.
		{"noperm error line", 200, text, "-NOPERM this user has no permissions to run the 'config|get' command\r\n", login, PermissionDenied, nil},
		{"you do not have permission to run this command", 200, text, "You do not have permission to run this command.\n", tok, PermissionDenied, nil},
		// Neighbours: an error line about the command, and words about
		// permissions that refuse nothing.
		{"unknown command error line", 200, text, "-ERR unknown command 'NOSUCH', with args beginning with: 'x'\r\n", login, "", nil},
		{"permissions updated", 200, text, "Permissions updated for 3 users\n", tok, "", nil},
	})
	toLogin := func(loc string) map[string]string { return map[string]string{"Location": loc} }
	jetty := toLogin("http://127.0.0.1:8080/form/login.html;jsessionid=node01kgq1ymbqg1kj4bu62scgojxu0.node0")
	session := apiKey("SESSION", "JSESSIONID=node0x3v9qk2m7d1f5h8j4l6n0p2r4t.node0", "Cookie", "")
	runReadings(t, []readingCase{
		// A redirect to a login page: not authenticated. Nothing sent; a
		// session refused; a credential in the Authorization header, which
		// a form login does not read.
		{"see other to the login page, nothing sent", 303, jetty, "", nil, NoCredentialsSent, nil},
		{"found to sign_in, nothing sent", 302, toLogin("/users/sign_in"), "", nil, NoCredentialsSent, nil},
		{"see other to the login page, a session cookie", 303, jetty, "", session, CredentialRejected, nil},
		{"see other to the login page, basic sent", 303, jetty, "", login, CredentialInWrongPlace, nil},
		{"found to /login, a bearer token", 302, toLogin("https://app.example.com/login?next=%2Freports"), "", tok, CredentialInWrongPlace, nil},
		// Neighbours: a redirect elsewhere, to a page about logins, or a
		// moved resource.
		{"found to the dashboard", 302, toLogin("/dashboard"), "", login, "", nil},
		{"found to a page about logins", 302, toLogin("/help/login-tips.html"), "", tok, "", nil},
		{"moved permanently", 301, toLogin("/v2/accounts"), "", tok, "", nil},
	})
	page := func(title string) string {
		return "<html>\n<head>\n<title>" + title + "</title>\n</head>\n<body><h2>HTTP ERROR " + title + "</h2></body>\n</html>\n"
	}
	html := map[string]string{"Content-Type": "text/html;charset=iso-8859-1"}
	runReadings(t, []readingCase{
		// A page served over TLS only: refused for the transport.
		{"jetty's !Secure", 403, html, page("403 !Secure"), login, "", []string{PermissionDenied}},
		{"ssl is required to view this resource", 403, html, page("403.4 - Forbidden: SSL is required to view this resource."), login, "", []string{PermissionDenied}},
		{"https required", 403, nil, `{"error":"HTTPS required."}`, tok, "", []string{PermissionDenied}},
		// Neighbours: a role the login lacks, and a client certificate
		// said required, the credential's.
		{"jetty's !role", 403, html, page("403 !role"), login, PermissionDenied, nil},
		{"tls client certificate required", 403, nil, `{"error":"This API requires TLS client certificate authentication"}`, nil, NoCredentialsSent, nil},
		// TLS said mutual or two-way is a certificate asked of the
		// client, not the transport alone.
		{"mutual tls is required", 403, nil, `{"error":"Mutual TLS is required"}`, tok, NoCredentialsSent, nil},
		{"two-way ssl authentication required", 401, html, page("401 Two-way SSL authentication required"), tok, NoCredentialsSent, nil},
		{"mtls required for this endpoint", 403, text, "mTLS required for this endpoint\n", tok, NoCredentialsSent, nil},
	})
}

// TestServerReadings13LoginFailed: a login (a password in the body, a
// form's own field name too) redirected to the page its failure goes to
// was refused; one redirected anywhere else was let in.
func TestServerReadings13LoginFailed(t *testing.T) {
	const loginPass = "not-the-Jetty-Pass"
	for _, tc := range []struct {
		name, location, body, want string
	}{
		{"servlet form login to its error page", "http://127.0.0.1:8080/form/error.html", `{"j_username":"erin","j_password":"` + loginPass + `"}`, CredentialRejected},
		{"login to /login?error", "/login?error", `{"username":"erin","password":"` + loginPass + `"}`, CredentialRejected},
		{"login to a failure page", "/auth/failed", `{"user":"erin","user_password":"` + loginPass + `"}`, CredentialRejected},
		// Neighbours: logged in and sent on; an error page to a request
		// that carried no login.
		{"login to the home page", "/home", `{"username":"erin","password":"` + loginPass + `"}`, ""},
		{"search to an error page", "/error.html", `{"query":"erin"}`, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cc := corpusCase{method: http.MethodPost, path: "/form/j_security_check",
				api: fixed{status: http.StatusSeeOther, header: map[string]string{"Location": tc.location}}}
			wantCauses(t, Analyze(cc.run(t, tc.body)), nil, tc.want, nil, loginPass) // the form's password, no credential's
		})
	}
}
