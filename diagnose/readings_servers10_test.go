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
	const (
		none    = iota // the environment has no client certificate
		current        // it has one, not expired
		expired        // it has one that had expired
	)
	type certReading struct {
		name   string
		status int
		header map[string]string
		body   string
		cred   *Credential
		cert   int
		asked  bool // the server asked for a certificate in the handshake
		kept   bool // …and the environment's was not sent (its CA not named)
		want   string
		never  []string
	}
	for _, tc := range []certReading{
		// The certificate said refused: the environment's was not taken.
		{"nginx SSL certificate error, current certificate", 400, html, certError, nil, current, true, false, CredentialRejected, []string{CertificateExpiring}},
		{"client certificate verification failed", 403, nil, `{"error":"client certificate verification failed"}`, nil, current, true, false, CredentialRejected, []string{CertificateExpiring}},
		{"invalid client certificate beside a token", 401, nil, `{"message":"Invalid client certificate"}`, tok, current, true, false, CredentialRejected, []string{NoCredentialsSent}},
		{"untrusted TLS client certificate", 403, text, "Forbidden: untrusted TLS client certificate\n", nil, current, true, false, CredentialRejected, nil},
		// The same words when the certificate had expired: the expiry.
		{"nginx SSL certificate error, expired certificate", 400, html, certError, nil, expired, true, false, CertificateExpiring, nil},
		{"client certificate has expired", 401, nil, `{"error":"unauthorized","message":"client certificate has expired"}`, nil, expired, true, false, CertificateExpiring, nil},
		{"certificate required, expired certificate", 400, html, page("400", "No required SSL certificate was sent"), nil, expired, true, false, CertificateExpiring, nil},
		// Neighbours: the server's own upstream certificate, a certificate
		// of another kind, and the words to an environment without one.
		{"upstream SSL certificate verify failed", 502, nil, `{"message":"upstream SSL certificate verify failed"}`, tok, current, true, false, "", []string{CredentialRejected, CertificateExpiring}},
		{"certificate of incorporation invalid", 400, nil, `{"message":"The certificate of incorporation is invalid"}`, tok, current, false, false, "", []string{CredentialRejected, CertificateExpiring}},
		{"SSL certificate error without a client certificate", 400, html, certError, tok, none, false, false, "", []string{CredentialRejected, CertificateExpiring}},
		// A refusal without words after the server asked for a certificate
		// and got none, nothing else sent: the certificate not sent.
		{"nginx 403 page after the handshake asked", 403, html, page("403", "Forbidden"), nil, none, true, false, NoCredentialsSent, nil},
		{"bare Forbidden after the handshake asked", 403, nil, `{"message":"Forbidden"}`, nil, none, true, false, NoCredentialsSent, nil},
		{"401 Unauthorized after the handshake asked", 401, text, "Unauthorized\n", nil, none, true, false, NoCredentialsSent, nil},
		// Neighbours: the same page when no certificate was asked for, when
		// a token was sent, or when the environment's certificate was sent,
		// is the server's access rules (a permission).
		{"nginx 403 page, no certificate asked", 403, html, page("403", "Forbidden"), nil, none, false, false, PermissionDenied, nil},
		{"nginx 403 page, asked, a token sent", 403, html, page("403", "Forbidden"), tok, none, true, false, PermissionDenied, nil},
		{"nginx 403 page, asked, certificate sent", 403, html, page("403", "Forbidden"), nil, current, true, false, PermissionDenied, nil},
		// Asked for, and the environment's certificate kept back (the
		// server named only other CAs): a refusal is that certificate's.
		{"nginx 403 page, certificate of a CA not named", 403, html, page("403", "Forbidden"), nil, current, true, true, CredentialRejected, nil},
		{"401 Unauthorized, certificate of a CA not named", 401, text, "Unauthorized\n", nil, current, true, true, CredentialRejected, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h := tc.header
			if h == nil {
				h = jsonCT()
			}
			cc := corpusCase{cred: tc.cred, clientCert: tc.cert != none, certAsked: tc.asked, certKept: tc.asked && tc.cert != none && tc.kept, api: fixed{status: tc.status, header: h, body: tc.body}}
			switch tc.cert {
			case current:
				cc.certNotAfter = time.Now().Add(30 * 24 * time.Hour)
			case expired:
				cc.certNotAfter = time.Now().Add(-24 * time.Hour)
			}
			wantReading(t, cc, tc.want, tc.never)
		})
	}
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
