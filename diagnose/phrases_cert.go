package diagnose

// Phrases for a TLS client certificate, said in an HTTP answer: required,
// not presented, or sent and refused.

// clientCertRequiredPattern: the server says, in an HTTP answer, that a
// TLS client certificate is required or was not presented ("A valid
// client certificate is required to access this resource", nginx's "No
// required SSL certificate was sent", "client certificate required", "no
// client certificate presented", CLIENT_CERTIFICATE_MISSING): it asked
// during the handshake and let the request through to say so. Whether
// that is a certificate missing or one refused depends on whether the
// environment has one (Exchange.ClientCert), not on the words. A
// certificate named but "not authorized" for something was accepted as
// a certificate: that is a permission, not this. A certificate said
// missing where it ends a phrase ("Missing certificate: Retry request
// using your client certificate", Teller's 400), or said absent from the
// request although mandated or required ("Signature/corporate seal
// certificate was not available in the request but is mandated", a
// NextGenPSD2 server's CERTIFICATE_MISSING) asks for one too; "missing
// certificate number" is a field's. So is TLS said mutual or two-way and
// required ("Mutual TLS is required", "two-way SSL authentication
// required"): the server asks the client for its certificate, not for the
// transport alone (transportRequiredPattern leaves it here).
const clientCertRequiredPattern = `\b(no|missing)( valid| required)? ` + clientCertWords + `|` +
	mutualTLSRequiredPattern + `|` +
	`\b` + clientCertWords + `[ _-](is |was |were )?(required|needed|missing|not (presented|provided|sent|supplied|found|present|given))\b|` +
	`\bno required (ssl|tls) certificate (was )?sent\b|` +
	`\b(did not|didn't|failed to) (present|send|provide) (a |any )?(valid )?(client )?(ssl |tls )?certificate\b|` +
	`\bmissing (ssl |tls |x\.?509 )?certificate\s*([:;,.!)"]|$)|` +
	`\bcertificates? (is |was |were )?(not available|absent|not (presented|provided|sent|supplied|included))( in (the|this|your) request)?,? (but )?(is |was |are )?(mandat(ed|ory)|required)\b`

// mutualTLSRequiredPattern: TLS said mutual or two-way (mTLS), and
// required.
const mutualTLSRequiredPattern = `\b((mutual|two[ -]way|2[ -]way)[ _-](tls|ssl)|mtls)( (client )?(authentication|auth))? (is |was )?(required|needed|mandatory)\b`

// clientCertWords: a client certificate in the ways servers name it
// ("client certificate", "client SSL certificate", "TLS client
// certificate", "client_certificate").
const clientCertWords = `(client[ _-]((ssl|tls|x\.?509)[ _-])?cert(ificate)?|(ssl|tls|x\.?509|mtls)[ _-]client[ _-]cert(ificate)?)`

// clientCertFailedPattern: the server says, in an HTTP answer, that the
// TLS client certificate it got failed its checks (nginx's 400 "The SSL
// certificate error", "client certificate verification failed", "Invalid
// client certificate", "client certificate has expired", "untrusted TLS
// client certificate"): one was sent and refused. An "SSL certificate
// error" that names no client is read only in a 4xx, to an environment
// that has a certificate (a 502's "upstream SSL certificate verify failed"
// is the server's own connection, not this).
const clientCertFailedPattern = `\b(the )?(ssl|tls) certificate error\b|` +
	`\b` + clientCertWords + `[ _-]((verification|validation|check)[ _-])?(failed|error|invalid|is (invalid|not valid|not trusted|untrusted|revoked|expired)|has (expired|been revoked)|was (rejected|revoked|not accepted)|not trusted|untrusted|rejected|revoked|expired)\b|` +
	`\b(invalid|untrusted|unknown|revoked|expired|bad|unacceptable) ` + clientCertWords + `\b|` +
	certificateMismatchPattern

// certificateMismatchPattern: the certificate the request came with said
// not to match the one expected ("TPP certificate doesn't match the
// initial request", a NextGenPSD2 server's answer to a consent made under
// another certificate; "client certificate does not match"): one was
// sent, and it is not the right one. A caller's or client's certificate,
// never a server's or an upstream's (those rows read no status that
// refuses, and "upstream certificate does not match the host name" names
// a host).
const certificateMismatchPattern = `\b(client|tpp|caller|request|presented|provided|your)('s)?( (ssl|tls|x\.?509|qwac|eidas))? certificates? (does not|doesn['’]?t|did not|didn['’]?t|do not|don['’]?t) match\b`
