package diagnose

import (
	"strings"
	"testing"
	"time"
)

// servers9Cases: the refusals of the ninth real-server round
// (e2e/heldout9_test.go: webhook 2.8's hooks, Prosody 0.12's HTTP upload,
// Fossil 2.21's JSON API) as curl showed them, byte for byte, kept here so
// that the metamorphic test varies them too. Their first causes are the
// e2e round's, decided before authspec ran on them. The answers no
// reading tells apart (webhook's 403 "Hook rules were not satisfied." to
// a wrong token and to an address outside the rule's range, Prosody's
// OpenMetrics 403 to an address not allowed, Fossil's 2002 to a token it
// does not read or no longer knows), the answers to a password sent in a
// login's body, and those that are no refusal stay in e2e.
func servers9Cases(now time.Time) []provCase {
	const (
		wh = "https://github.com/adnanh/webhook/blob/2.8.0/docs/Hook-Rules.md"
		pr = "https://prosody.im/doc/modules/mod_http_file_share"
		fo = "https://fossil-scm.org/home/doc/trunk/www/json-api/conventions.md"
	)
	webhook := map[string]string{"Content-Type": "text/plain; charset=utf-8"}
	rules := "Hook rules were not satisfied."
	prosody := func(challenge bool) map[string]string {
		h := map[string]string{"Content-Type": "text/html; charset=utf-8", "Access-Control-Allow-Credentials": "true",
			"Access-Control-Allow-Methods": "GET, OPTIONS, PUT", "Access-Control-Allow-Headers": "Content-Type, Authorization",
			"Access-Control-Allow-Origin": "*", "Connection": "Keep-Alive", "Access-Control-Max-Age": "7200"}
		if challenge {
			h["Www-Authenticate"] = "Bearer"
		}
		return h
	}
	page := func(title string) string {
		return strings.ReplaceAll(`<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>TITLE</title>
<style>
body{margin-top:14%;text-align:center;background-color:#f8f8f8;font-family:sans-serif}
h1{font-size:xx-large}
p{font-size:x-large}
p.warning>span{font-size:large;background-color:yellow}
p.extra{font-size:large;font-family:courier}
@media(prefers-color-scheme:dark){
body{background-color:#161616;color:#eee}
p.warning>span{background-color:inherit;color:yellow}
}
</style>
</head>
<body>
<h1> TITLE</h1>
<p>That&apos;s all I know.</p>


</body>
</html>
`, "TITLE", title)
	}
	// An upload slot's token as Prosody issues it (its signature is not
	// read here: another secret's token differs only there).
	slotToken := func(exp time.Time) *Credential {
		return bearer("UPLOAD_TOKEN", makeJWT(map[string]any{"sub": "alice@localhost", "iat": exp.Add(-5 * time.Minute).Unix(), "exp": exp.Unix(),
			"slot": "late", "filename": "notes.txt", "filesize": 5, "filetype": "text/plain"}))
	}
	fossil := map[string]string{"Content-Type": "application/json; charset=utf-8", "Cache-control": "no-cache", "X-Frame-Options": "SAMEORIGIN",
		"X-UA-Compatible": "IE=edge", "Connection": "close"}
	fossilBody := func(code, text, command string) string {
		return `{"fossil":"3c53b6364e7e0e6331a84b34d28d62fa9a68c8b8429460f09c2bc31ae8bfc403","timestamp":1796626714,"resultCode":"` + code +
			`","resultText":"` + text + `","command":"` + command + `","procTimeUs":249,"procTimeMs":0}`
	}
	fossilToken := func(v string) *Credential { return apiKey("FOSSIL_TOKEN", v, "", "authToken") }
	return []provCase{
		{src: wh, name: "webhook 401 hook rules not satisfied, nothing sent", status: 401, header: webhook, body: rules, method: "POST",
			path: "/hooks/deploy", want: NoCredentialsSent},
		{src: wh, name: "webhook 401 hook rules not satisfied, a wrong token", status: 401, header: webhook, body: rules, method: "POST",
			cred: apiKey("DEPLOY_TOKEN", "Wh-T0ken-2025-Stale", "X-Deploy-Token", ""), path: "/hooks/deploy", want: CredentialRejected},
		{src: pr, name: "Prosody 401 Bearer challenge, nothing sent", status: 401, header: prosody(true), body: page("401 Unauthorized"),
			method: "PUT", path: "/file_share/report/notes.txt", want: NoCredentialsSent},
		{src: pr, name: "Prosody 401 Bearer challenge, a password", status: 401, header: prosody(true), body: page("401 Unauthorized"),
			cred: basicCred("alice@localhost", "Al1ce-Xmpp-2026"), method: "PUT", path: "/file_share/report/notes.txt", want: SchemeMismatch},
		{src: pr, name: "Prosody 401 without a challenge, a token of another secret", status: 401, header: prosody(false), body: page("401 Unauthorized"),
			cred: slotToken(now.Add(5 * time.Minute)), method: "PUT", path: "/file_share/foreign/notes.txt", want: CredentialRejected},
		{src: pr, name: "Prosody 410 Gone, an upload token expired", status: 410, header: prosody(false), body: page("410 Gone"),
			cred: slotToken(now.Add(-time.Minute)), method: "PUT", path: "/file_share/late/notes.txt", want: JWTExpired},
		{src: fo, name: "Fossil 200 FOSSIL-2002 requires 'h' access, nothing sent", status: 200, header: fossil,
			body: fossilBody("FOSSIL-2002", "Check-in timeline requires 'h' access.", "timeline/checkin"), method: "POST",
			path: "/json/timeline/checkin", want: NoCredentialsSent},
		{src: fo, name: "Fossil 200 FOSSIL-2002 requires 'o' permissions, a user without them", status: 200, header: fossil,
			body: fossilBody("FOSSIL-2002", "Requires 'o' permissions.", "branch/list"), cred: fossilToken("4BC83D3331AA069CCFC28F601B12AF573A0DE0167C9F78E586/71c165e077f7b0f9/bob"),
			method: "POST", path: "/json/branch/list", want: PermissionDenied},
		{src: fo, name: "Fossil 200 FOSSIL-2002 requires 'a' or 's' privileges, a user without them", status: 200, header: fossil,
			body: fossilBody("FOSSIL-2002", "Requires 'a' or 's' privileges.", "user/list"), cred: fossilToken("C1D3C6B65A38324AE5FAA98D21BFD50C3FB2A33016066ACF25/ea4d561a68703859/carol"),
			method: "POST", path: "/json/user/list", want: PermissionDenied},
	}
}

func TestHeldoutServers9(t *testing.T) {
	runProviderCases(t, "ninth real-server round's answers", servers9Cases(time.Now()))
}
