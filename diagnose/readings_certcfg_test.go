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
	required := `{"error":{"code":401,"message":"A valid client certificate is required to access this resource."}}`
	nginxRequired := nginxPage("No required SSL certificate was sent")
	// None configured.
	runReadings(t, []readingCase{
		{"valid client certificate is required, none configured", 401, nil, required, key, NoCredentialsSent, nil},
		{"nginx no required SSL certificate, none configured", 400, html, nginxRequired, tok, NoCredentialsSent, nil},
		{"nginx no required SSL certificate, nothing else sent", 400, html, nginxRequired, nil, NoCredentialsSent, nil},
		{"client certificate required on a 403, none configured", 403, nil, `{"message":"client certificate required"}`, tok, NoCredentialsSent, nil},
		{"no client certificate presented, none configured", 401, nil, `{"error":"no client certificate presented"}`, key, NoCredentialsSent, nil},
		{"TLS client certificate missing as a code", 401, nil, `{"code":"CLIENT_CERTIFICATE_MISSING","message":"Unauthorized"}`, key, NoCredentialsSent, nil},
		{"client did not present a certificate", 403, map[string]string{"Content-Type": "text/plain"}, "Forbidden: the client did not present a certificate\n", nil, NoCredentialsSent, nil},
		// Neighbours: a certificate of another kind, or the upstream's, is
		// no client certificate; a document said required is no refusal.
		{"upstream SSL certificate verify failed is no client certificate", 502, nil, `{"message":"upstream SSL certificate verify failed"}`, key, "", []string{NoCredentialsSent}},
		{"a certificate of incorporation required is no client certificate", 400, nil, `{"message":"A certificate of incorporation is required for business accounts"}`, key, "", []string{NoCredentialsSent, CredentialRejected}},
	})
	// One configured.
	runReadingsIn(t, readingEnv{clientCert: true}, []readingCase{
		{"valid client certificate is required, one configured", 401, nil, required, key, CredentialRejected, []string{NoCredentialsSent}},
		{"nginx no required SSL certificate, one configured", 400, html, nginxRequired, tok, CredentialRejected, []string{NoCredentialsSent}},
		{"client certificate required on a 403, one configured", 403, nil, `{"message":"client certificate required"}`, tok, CredentialRejected, []string{NoCredentialsSent}},
		{"no client certificate presented, one configured", 401, nil, `{"error":"no client certificate presented"}`, key, CredentialRejected, nil},
		// Neighbour: a certificate accepted and then not authorized is a
		// permission.
		{"presented client certificate not authorized stays a permission", 403, nil, `{"error":{"code":403,"message":"The presented client certificate is not authorized for this team."}}`, key, PermissionDenied, []string{NoCredentialsSent, CredentialRejected}},
	})
	// A certificate configured that the server asked for none of in the
	// TLS handshake of the connection never went out: missing, not
	// refused (Exchange.ClientCertNotAsked). None configured either: the
	// advice is tls.cert_file, as without the handshake's word.
	runReadingsIn(t, readingEnv{clientCert: true, certNotAsked: true}, []readingCase{
		{"valid client certificate is required, one configured, none asked", 401, nil, required, key, NoCredentialsSent, nil},
		{"nginx no required SSL certificate, one configured, none asked", 400, html, nginxRequired, tok, NoCredentialsSent, []string{CredentialRejected}},
	})
	runReadingsIn(t, readingEnv{certNotAsked: true}, []readingCase{
		{"no client certificate presented, none configured, none asked", 401, nil, `{"error":"no client certificate presented"}`, key, NoCredentialsSent, nil},
	})
}
