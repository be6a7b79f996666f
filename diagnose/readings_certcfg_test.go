package diagnose

import "testing"

// TestClientCertRequiredReadings: a server's HTTP answer that a TLS client
// certificate is required reads by whether the environment has one
// (Exchange.ClientCert): none configured is no_credentials_sent, whose
// advice is tls.cert_file, one configured was refused (credential_rejected).
// The same words in paraphrases another server could send, to a request
// with and without an API credential, and neighbours the row leaves alone.
func TestClientCertRequiredReadings(t *testing.T) {
	key := apiKey("PARTNER_API_KEY", "pk_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Wq4", "X-Api-Key", "")
	tok := bearer("ACCESS_TOKEN", "tk_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4")
	html := map[string]string{"Content-Type": "text/html"}
	nginxPage := func(title string) string {
		return "<html>\r\n<head><title>400 " + title + "</title></head>\r\n<body>\r\n<center><h1>400 Bad Request</h1></center>\r\n<center>" + title + "</center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
	}
	type certReading struct {
		name   string
		status int
		header map[string]string
		body   string
		cred   *Credential
		cert   bool // the environment has a client certificate
		want   string
		never  []string
	}
	for _, tc := range []certReading{
		{"valid client certificate is required, none configured", 401, nil, `{"error":{"code":401,"message":"A valid client certificate is required to access this resource."}}`, key, false, NoCredentialsSent, nil},
		{"valid client certificate is required, one configured", 401, nil, `{"error":{"code":401,"message":"A valid client certificate is required to access this resource."}}`, key, true, CredentialRejected, []string{NoCredentialsSent}},
		{"nginx no required SSL certificate, none configured", 400, html, nginxPage("No required SSL certificate was sent"), tok, false, NoCredentialsSent, nil},
		{"nginx no required SSL certificate, one configured", 400, html, nginxPage("No required SSL certificate was sent"), tok, true, CredentialRejected, []string{NoCredentialsSent}},
		{"nginx no required SSL certificate, nothing else sent", 400, html, nginxPage("No required SSL certificate was sent"), nil, false, NoCredentialsSent, nil},
		{"client certificate required on a 403, none configured", 403, nil, `{"message":"client certificate required"}`, tok, false, NoCredentialsSent, nil},
		{"client certificate required on a 403, one configured", 403, nil, `{"message":"client certificate required"}`, tok, true, CredentialRejected, []string{NoCredentialsSent}},
		{"no client certificate presented, none configured", 401, nil, `{"error":"no client certificate presented"}`, key, false, NoCredentialsSent, nil},
		{"no client certificate presented, one configured", 401, nil, `{"error":"no client certificate presented"}`, key, true, CredentialRejected, nil},
		{"TLS client certificate missing as a code", 401, nil, `{"code":"CLIENT_CERTIFICATE_MISSING","message":"Unauthorized"}`, key, false, NoCredentialsSent, nil},
		{"client did not present a certificate", 403, map[string]string{"Content-Type": "text/plain"}, "Forbidden: the client did not present a certificate\n", nil, false, NoCredentialsSent, nil},
		// Neighbours: a certificate accepted and then not authorized is a
		// permission; a certificate of another kind, or the upstream's, is
		// no client certificate; a document said required is no refusal.
		{"presented client certificate not authorized stays a permission", 403, nil, `{"error":{"code":403,"message":"The presented client certificate is not authorized for this team."}}`, key, true, PermissionDenied, []string{NoCredentialsSent, CredentialRejected}},
		{"upstream SSL certificate verify failed is no client certificate", 502, nil, `{"message":"upstream SSL certificate verify failed"}`, key, false, "", []string{NoCredentialsSent}},
		{"a certificate of incorporation required is no client certificate", 400, nil, `{"message":"A certificate of incorporation is required for business accounts"}`, key, false, "", []string{NoCredentialsSent, CredentialRejected}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h := tc.header
			if h == nil {
				h = jsonCT()
			}
			wantReading(t, corpusCase{cred: tc.cred, clientCert: tc.cert, api: fixed{status: tc.status, header: h, body: tc.body}}, tc.want, tc.never)
		})
	}
	// A certificate configured that the server asked for none of in the
	// TLS handshake of the connection never went out: missing, not
	// refused (Exchange.ClientCertNotAsked). None configured either: the
	// advice is tls.cert_file, as without the handshake's word.
	for _, tc := range []certReading{
		{"valid client certificate is required, one configured, none asked", 401, nil, `{"error":{"code":401,"message":"A valid client certificate is required to access this resource."}}`, key, true, NoCredentialsSent, nil},
		{"nginx no required SSL certificate, one configured, none asked", 400, html, nginxPage("No required SSL certificate was sent"), tok, true, NoCredentialsSent, []string{CredentialRejected}},
		{"no client certificate presented, none configured, none asked", 401, nil, `{"error":"no client certificate presented"}`, key, false, NoCredentialsSent, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h := tc.header
			if h == nil {
				h = jsonCT()
			}
			wantReading(t, corpusCase{cred: tc.cred, clientCert: tc.cert, certNotAsked: true, api: fixed{status: tc.status, header: h, body: tc.body}}, tc.want, tc.never)
		})
	}
}
