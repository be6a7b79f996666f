package diagnose

import (
	"strings"
	"testing"
	"time"
)

// servers10Cases: the refusals of the tenth real-server round
// (e2e/heldout10_test.go: CUPS 2.4's scheduler, rclone 1.60's remote
// control API and restic REST server, nginx 1.22 asking for client
// certificates) as curl showed them, byte for byte, kept here so that the
// metamorphic test varies them too. Their first causes are the e2e
// round's, decided before authspec ran on them. The answers that read
// what the handshake showed (nginx's 403 page after it asked for a
// certificate, a certificate expired or kept back), the lower-case
// "local" scheme left pending, and those that are no refusal stay in e2e.
func servers10Cases(time.Time) []provCase {
	const (
		cu = "https://github.com/OpenPrinting/cups/blob/v2.4.2/scheduler/auth.c"
		rc = "https://github.com/rclone/rclone/blob/v1.60.1/fs/rc/rcserver/rcserver.go"
		rs = "https://github.com/rclone/rclone/blob/v1.60.1/cmd/serve/restic/restic.go"
		ng = "https://nginx.org/en/docs/http/ngx_http_ssl_module.html#errors"
	)
	cups := func(challenge string) map[string]string {
		h := map[string]string{"Content-Type": "text/html; charset=utf-8", "Connection": "close", "Content-Language": "en",
			"Accept-Encoding": "gzip, deflate, identity", "Server": "CUPS/2.4 IPP/2.1", "X-Frame-Options": "DENY",
			"Content-Security-Policy": "frame-ancestors 'none'"}
		if challenge != "" {
			h["WWW-Authenticate"] = challenge
		}
		return h
	}
	cupsPage := func(title, words string) string {
		return strings.NewReplacer("TITLE", title, "WORDS", words).Replace(`<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<HTML>
<HEAD>
	<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=utf-8">
	<TITLE>TITLE - CUPS v2.4.2</TITLE>
	<LINK REL="STYLESHEET" TYPE="text/css" HREF="/cups.css">
</HEAD>
<BODY>
<H1>TITLE</H1>
<P>WORDS</P>
</BODY>
</HTML>
`)
	}
	unauthorized := cupsPage("Unauthorized", "Enter your username and password or the root username and password to access this page. If you are using Kerberos authentication, make sure you have a valid Kerberos ticket.")
	local := bearer("LOCAL_CERT", "7248EF313367A4D8D3072328E8F8671B")
	local.Prefix = "Local"
	rclone := map[string]string{"Content-Type": "text/plain; charset=utf-8", "Www-Authenticate": `Basic realm="rclone"`, "X-Content-Type-Options": "nosniff"}
	restic := map[string]string{"Content-Type": "text/plain; charset=utf-8", "Accept-Ranges": "bytes", "Server": "rclone/v1.60.1-DEV", "X-Content-Type-Options": "nosniff"}
	rcOpen := map[string]string{"Content-Type": "text/plain; charset=utf-8", "Access-Control-Allow-Headers": "authorization, Content-Type",
		"Access-Control-Allow-Origin": "http://127.0.0.1:24120/", "Access-Control-Request-Method": "POST, OPTIONS, GET, HEAD"}
	notSetUp := "{\n\t\"error\": \"authentication must be set up on the rc server to use \\\"config/listremotes\\\" or the --rc-no-auth flag must be in use\",\n\t\"input\": {},\n\t\"path\": \"config/listremotes\",\n\t\"status\": 403\n}\n"
	nginx := map[string]string{"Content-Type": "text/html", "Server": "nginx/1.22.1", "Connection": "close"}
	nginxPage := func(title string) string {
		return "<html>\r\n<head><title>400 " + title + "</title></head>\r\n<body>\r\n<center><h1>400 Bad Request</h1></center>\r\n<center>" + title + "</center>\r\n<hr><center>nginx/1.22.1</center>\r\n</body>\r\n</html>\r\n"
	}
	return []provCase{
		{src: cu, name: "CUPS 401 Basic and Local challenge, nothing sent", status: 401, header: cups(`Basic realm="CUPS", Local trc="y"`), body: unauthorized,
			path: "/admin/", want: NoCredentialsSent},
		{src: cu, name: "CUPS 401 Basic and Local challenge, a wrong root password", status: 401, header: cups(`Basic realm="CUPS", Local trc="y"`), body: unauthorized,
			cred: basicCred("root", "not-the-R00t-Passw0rd"), path: "/admin/", want: CredentialRejected},
		{src: cu, name: "CUPS 401 Basic and Local challenge, the Local certificate under Bearer", status: 401, header: cups(`Basic realm="CUPS", Local trc="y"`), body: unauthorized,
			cred: bearer("LOCAL_CERT", "7248EF313367A4D8D3072328E8F8671B"), path: "/admin/", want: SchemeMismatch},
		{src: cu, name: "CUPS 403 account without the necessary privileges", status: 403, header: cups(""),
			body: cupsPage("Forbidden", "Your account does not have the necessary privileges."), cred: local, path: "/ops/", want: PermissionDenied},
		{src: cu, name: "CUPS 401 Negotiate and Local challenge, a password", status: 401, header: cups("Negotiate, Local"), body: unauthorized,
			cred: basicCred("root", "not-the-R00t-Passw0rd"), path: "/kerberos/", want: SchemeMismatch},
		{src: rc, name: "rclone rc 401, nothing sent", status: 401, header: rclone, body: "Unauthorized\n", method: "POST", path: "/rc/noop", want: NoCredentialsSent},
		{src: rc, name: "rclone rc 401, a wrong password", status: 401, header: rclone, body: "Unauthorized\n", method: "POST", path: "/rc/noop",
			cred: basicCred("admin", "not-Adm1n-Rcl0ne"), want: CredentialRejected},
		{src: rc, name: "rclone rc 401, the password as a bearer token", status: 401, header: rclone, body: "Unauthorized\n", method: "POST", path: "/rc/noop",
			cred: bearer("ADMIN_PASSWORD", "Adm1n-Rcl0ne-2026"), want: SchemeMismatch},
		{src: rc, name: "rclone rc 403 authentication must be set up, a password", status: 403, header: rcOpen, body: notSetUp, method: "POST",
			path: "/config/listremotes", cred: basicCred("admin", "Adm1n-Rcl0ne-2026"), want: CredentialRejected},
		{src: rc, name: "rclone rc 403 authentication must be set up, nothing sent", status: 403, header: rcOpen, body: notSetUp, method: "POST",
			path: "/config/listremotes", want: NoCredentialsSent},
		{src: rs, name: "rclone restic 403 another user's repository", status: 403, header: restic, body: "Forbidden\n", path: "/bob/config",
			cred: basicCred("alice", "Al1ce-Rest1c-2026"), want: PermissionDenied},
		{src: ng, name: "nginx 400 No required SSL certificate was sent, none configured", status: 400, header: nginx,
			body: nginxPage("No required SSL certificate was sent"), path: "/ok/", want: NoCredentialsSent},
		{src: ng, name: "nginx 400 The SSL certificate error, a certificate of another CA", status: 400, header: nginx,
			body: nginxPage("The SSL certificate error"), path: "/ok/", clientCert: true, want: CredentialRejected},
	}
}

func TestHeldoutServers10(t *testing.T) {
	runProviderCases(t, "tenth real-server round's answers", servers10Cases(time.Now()))
}
