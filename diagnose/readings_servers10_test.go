package diagnose

import (
	"testing"
	"time"
)

// TestServerReadings10: the general readings the tenth round of real
// servers (nginx asking for TLS client certificates, CUPS, rclone;
// e2e/heldout10_test.go) called for, each in paraphrases another server
// could send and with the neighbours it must leave alone. A client
// certificate said refused in an HTTP answer is the environment's
// certificate refused (credential_rejected), or its expiry when it had
// expired (certificate_expiring); a refusal without words after the
// server asked for a certificate in the handshake, to an environment that
// has none and sent nothing else, is the certificate not sent. A server
// that says it has no authentication set up could check no credential
// sent (credential_rejected: its configuration is the fix).
func TestServerReadings10(t *testing.T) {
	tok := bearer("API_TOKEN", "opq_7Hd92kLmQ4pXrT")
	html := map[string]string{"Content-Type": "text/html"}
	text := map[string]string{"Content-Type": "text/plain; charset=utf-8"}
	page := func(status, title string) string {
		return "<html>\r\n<head><title>" + status + " " + title + "</title></head>\r\n<body>\r\n<center><h1>" + status + " " + title + "</h1></center>\r\n<hr><center>nginx/1.22.1</center>\r\n</body>\r\n</html>\r\n"
	}
	certError := "<html>\r\n<head><title>400 The SSL certificate error</title></head>\r\n<body>\r\n<center><h1>400 Bad Request</h1></center>\r\n<center>The SSL certificate error</center>\r\n<hr><center>nginx/1.22.1</center>\r\n</body>\r\n</html>\r\n"
	now := time.Now()
	// The environment's certificate, not expired, sent after the server
	// asked for one: said refused, it was not taken.
	current := readingEnv{clientCert: true, certNotAfter: now.Add(30 * 24 * time.Hour), certAsked: true}
	runReadingsIn(t, current, []readingCase{
		{"nginx SSL certificate error, current certificate", 400, html, certError, nil, CredentialRejected, []string{CertificateExpiring}},
		{"client certificate verification failed", 403, nil, `{"error":"client certificate verification failed"}`, nil, CredentialRejected, []string{CertificateExpiring}},
		{"invalid client certificate beside a token", 401, nil, `{"message":"Invalid client certificate"}`, tok, CredentialRejected, []string{NoCredentialsSent}},
		{"untrusted TLS client certificate", 403, text, "Forbidden: untrusted TLS client certificate\n", nil, CredentialRejected, nil},
		// Neighbours: the server's own upstream certificate; a page without
		// words when the certificate was sent is the server's access rules
		// (a permission).
		{"upstream SSL certificate verify failed", 502, nil, `{"message":"upstream SSL certificate verify failed"}`, tok, "", []string{CredentialRejected, CertificateExpiring}},
		{"nginx 403 page, asked, certificate sent", 403, html, page("403", "Forbidden"), nil, PermissionDenied, nil},
	})
	// The same words when the certificate had expired: the expiry.
	runReadingsIn(t, readingEnv{clientCert: true, certNotAfter: now.Add(-24 * time.Hour), certAsked: true}, []readingCase{
		{"nginx SSL certificate error, expired certificate", 400, html, certError, nil, CertificateExpiring, nil},
		{"client certificate has expired", 401, nil, `{"error":"unauthorized","message":"client certificate has expired"}`, nil, CertificateExpiring, nil},
		{"certificate required, expired certificate", 400, html, page("400", "No required SSL certificate was sent"), nil, CertificateExpiring, nil},
	})
	// Neighbour: a certificate of another kind, the handshake asking for
	// none.
	runReadingsIn(t, readingEnv{clientCert: true, certNotAfter: current.certNotAfter}, []readingCase{
		{"certificate of incorporation invalid", 400, nil, `{"message":"The certificate of incorporation is invalid"}`, tok, "", []string{CredentialRejected, CertificateExpiring}},
	})
	// No certificate in the environment, none asked for: the words refuse
	// none, and a page without words is the server's access rules.
	runReadings(t, []readingCase{
		{"SSL certificate error without a client certificate", 400, html, certError, tok, "", []string{CredentialRejected, CertificateExpiring}},
		{"nginx 403 page, no certificate asked", 403, html, page("403", "Forbidden"), nil, PermissionDenied, nil},
	})
	// A refusal without words after the server asked for a certificate
	// and got none, nothing else sent: the certificate not sent. A token
	// sent is what the access rules judged (a permission).
	runReadingsIn(t, readingEnv{certAsked: true}, []readingCase{
		{"nginx 403 page after the handshake asked", 403, html, page("403", "Forbidden"), nil, NoCredentialsSent, nil},
		{"bare Forbidden after the handshake asked", 403, nil, `{"message":"Forbidden"}`, nil, NoCredentialsSent, nil},
		{"401 Unauthorized after the handshake asked", 401, text, "Unauthorized\n", nil, NoCredentialsSent, nil},
		{"nginx 403 page, asked, a token sent", 403, html, page("403", "Forbidden"), tok, PermissionDenied, nil},
	})
	// Asked for, and the environment's certificate kept back (the server
	// named only other CAs): a refusal is that certificate's.
	kept := current
	kept.certKept = true
	runReadingsIn(t, kept, []readingCase{
		{"nginx 403 page, certificate of a CA not named", 403, html, page("403", "Forbidden"), nil, CredentialRejected, nil},
		{"401 Unauthorized, certificate of a CA not named", 401, text, "Unauthorized\n", nil, CredentialRejected, nil},
	})
	admin := basicCred("admin", "Adm1n-Rcl0ne-2026")
	runReadings(t, []readingCase{
		{"authentication must be set up on the rc server", 403, nil, `{"error":"authentication must be set up on the rc server to use \"config/listremotes\" or the --rc-no-auth flag must be in use","input":{},"path":"config/listremotes","status":403}`, admin, CredentialRejected, nil},
		{"authentication is not configured on this server", 401, nil, `{"message":"Authentication is not configured on this server"}`, tok, CredentialRejected, nil},
		{"AUTH called without any password configured", 400, nil, `{"error":"ERR AUTH <password> called without any password configured for the default user. Are you sure your configuration is correct?"}`, admin, CredentialRejected, nil},
		// Neighbours: the same words without a credential ask for one; a
		// second factor an account must turn on is the account's
		// permission, not the server's setup.
		{"authentication must be set up, nothing sent", 403, nil, `{"error":"authentication must be set up on the rc server to use \"core/command\" or the --rc-no-auth flag must be in use","status":403}`, nil, NoCredentialsSent, nil},
		{"two-factor authentication must be enabled", 403, nil, `{"message":"Two-factor authentication must be enabled on your account to access this server's organization"}`, tok, PermissionDenied, []string{CredentialRejected}},
	})
}
