package diagnose

// missingRules: the server says it found no credential it could use (none
// found, a valid one required, a header or a proof named as missing).
// After permissionRules in the table (rules.go).
var missingRules = []rule{
	// A TLS client certificate said required in an HTTP answer: the
	// environment has none (a credential the API also takes does not
	// stand in for it), or the one it has was not accepted (or not sent:
	// its issuer is not a CA the server named).
	{name: "TLS client cert required, none set", words: re(clientCertRequiredPattern), when: noClientCert, code: NoCredentialsSent, strong: true, ownAdvice: true,
		evidence: clientCertEvidence,
		message:  "the server requires a TLS client certificate and this environment has none: set tls.cert_file and tls.key_file to a certificate of a CA the server trusts (the API's other credential does not stand in for it)"},
	// A certificate said refused (or said required, so not taken) when
	// the environment's had expired: the expiry is why (the handshake's
	// refusal reads the same, runner/clientcert.go).
	{name: "TLS client cert refused, expired", status: []int{400, 401, 403, 495}, words: re(clientCertRequiredPattern + `|` + clientCertFailedPattern), when: clientCertExpired,
		code: CertificateExpiring, strong: true, evidence: certExpiredEvidence,
		message: "the server refused the TLS client certificate, and this environment's (tls.cert_file) has expired: issue a new certificate of the CA the server trusts and update tls.cert_file and tls.key_file"},
	{name: "TLS client cert refused", status: []int{400, 401, 403, 495}, words: re(clientCertFailedPattern), when: clientCertCurrent, code: CredentialRejected, strong: true,
		evidence: clientCertEvidence,
		message:  "the server says the TLS client certificate of this environment (tls.cert_file) failed its checks: it is not issued by a CA the server trusts, or it was revoked; use a certificate of the CA the server trusts"},
	// A refusal with no words about it, after the server asked for a
	// client certificate in the handshake and got none, with nothing else
	// sent (nginx's ssl_verify_client optional and a location that wants
	// $ssl_client_verify, answered with its 403 page): the certificate is
	// what the caller would be known by.
	{name: "TLS client cert asked, none set", status: []int{401, 403}, when: certAskedNothingSent, code: NoCredentialsSent, strong: true, ownAdvice: true,
		evidence: certAskedEvidence,
		message:  "the server asked for a TLS client certificate during the handshake and refused the request: this environment has none and sent no other credential; set tls.cert_file and tls.key_file to a certificate of a CA the server trusts"},
	// The same refusal when the environment has a certificate the server
	// was not sent: it named only CAs other than its issuer.
	{name: "TLS client cert kept back", status: []int{401, 403}, when: certKeptBack, code: CredentialRejected, strong: true, evidence: certKeptEvidence,
		message: "the server asked for a TLS client certificate of CAs that did not issue this environment's (tls.cert_file), so none was sent, and it refused the request: use a certificate of a CA the server trusts"},
	{name: "TLS client cert required, one set", words: re(clientCertRequiredPattern), when: hasClientCert, code: CredentialRejected, strong: true,
		evidence: clientCertEvidence,
		message:  "the server says a valid TLS client certificate is required, and this environment has one (tls.cert_file): the server did not accept it (not issued by a CA it trusts, revoked, or not registered with the API), or did not get it (its issuer is not among the CAs the server named); use a certificate of the CA the server trusts"},
	// One set, but the TLS handshake that carried the request asked for
	// none: TLS ends before the server that wants it (a load balancer or
	// proxy that does not request client certificates).
	{name: "TLS client cert required, none asked", words: re(clientCertRequiredPattern), when: clientCertNotAsked, code: NoCredentialsSent, strong: true, ownAdvice: true,
		evidence: clientCertEvidence,
		message:  "the server says a valid TLS client certificate is required, but it asked for none in the TLS handshake, so the certificate of tls.cert_file was not sent: TLS ends before the server that checks it (a load balancer or proxy that does not request client certificates); send the request to the host and port that ask for one, or have the proxy request and forward it"},
	// A TLS client certificate said invalid, expired, revoked, unknown or
	// unverified (clientCertFailedPattern) on a refusal's status, and this
	// environment has none: the server still wants one, and the advice is
	// tls.cert_file ("TLS client cert refused" reads it when one is set).
	// A 400 that calls a certificate invalid is as often an API that
	// stores certificates validating one it was given, and an SSL
	// certificate error that names no client may be the server's own.
	{name: "TLS client cert refused, none set", status: []int{401, 403}, words: re(clientCertFailedPattern), unless: re(`\b(ssl|tls) certificate error\b`), when: noClientCert, code: NoCredentialsSent, strong: true, ownAdvice: true,
		evidence: clientCertEvidence,
		message:  "the server refuses the TLS client certificate it asks for and this environment has none: set tls.cert_file and tls.key_file to a current certificate of a CA the server trusts (the API's other credential does not stand in for it)"},
	// A token said missing in a sentence of its own, in either order
	// ("Token is missing", "Missing token"), is the credential's place
	// found empty; a token qualified otherwise ("missing CSRF token") is
	// not this. A project's token said missing (Blockfrost's 403 "Missing
	// project token. Please include project_id in your request.") is the
	// project key these APIs take as their credential, as a project id
	// said missing is Infura's.
	{name: "no credential found", words: re(`not_authed|no api[ _-]?key (was )?(found|provided)|did not provide an api[ _-]?key|authentication (credentials (were )?)?not found|no token provided|no (authentication|auth|bearer) token|authorization field missing|missing subscription key|no account or server api tokens were supplied|must specify access token via authorization header|requires authentication|credentials were (not provided|missing)|"detail"\s*:\s*"not authenticated"|jwt is missing|no authorization token|didn'?t provide an api[ _-]?key|failed to resolve api[ _-]?key|not currently logged in|unregistered callers|no credentials (were )?provided|missing (the |an? )?(api[ _-]?key|(access|bearer|client|auth|session|api) token|credentials?|authori[sz]ation header|authentication header)\b|\b(api[ _-]?key|access[ _-]?token|bearer[ _-]?token|(authori[sz]ation|authentication) header) (is )?required\b|(^|[\"':.>]\s*|\ban? )token (is )?required\b|\b(api[ _-]?key|jwt|access[ _]token|bearer token|authori[sz]ation header|authentication header|project[ _-]?id) (is |was )?(missing|not (present|supplied|included|provided))\b|\btoken (is |was )?(missing|not (present|supplied|included|provided))\s*($|[.,;"])|(^|["':.>]\s*)missing (the |an? )?token\s*($|[.,;"!<])|(^|["':.>]\s*)missing (the |an? |your )?project[ _-]?token\b|\b(authori[sz]ation|authentication) header (is |was )?not found\b|\bnot exists? (the )?(client[ _-]?id|client[ _-]?secret|api[ _-]?key|access[ _-]?token)\b|` + credentialHeaderMissingPattern + `|` + noAuthProvidedPattern + `|` + credentialNotInRequestPattern + `|` + credentialParamMissingPattern + `|` + credentialNotSetPattern + `|` + credentialMustBeSuppliedPattern + `|` + credentialHeadersMissingPattern + `|` + authHeadersAbsentPattern + `|` + credentialQuotedEmptyPattern),
		// (Not "missing authentication token": AWS API Gateway's words for
		// a route it does not know, the table's first row.)
		// "Token required" opens a sentence, a JSON string or an element's
		// text (Codecov's words in a page's <h1> or an XML <Message>).
		// "missing or invalid key", "invalid credentials or a missing header",
		// "Bad API Key or no API Key provided", "a valid API key is required",
		// "No credentials provided or are invalid" (absentOrInvalidPattern),
		// "Bearer token is missing or not authorized" (HMRC's MTD APIs),
		// "no valid credential … or the header was not present",
		// "Invalid token or token is not present" (UPS's UJ0001),
		// "API key is missing or inactive" (MYOB's DeveloperInactive):
		// the server does not tell the two apart,
		// so a credential that was sent was read and refused.
		unless:  re(csrfPattern + `|(missing|not provided|not found),? or (invalid|malformed|not authori[sz]ed|unauthori[sz]ed|expired|incorrect|revoked|inactive|disabled|deactivated|suspended|not active)\b|` + absentOrInvalidPattern + `|` + listedFaultsPattern + `|invalid or (missing|not (found|present|provided))|\b(bad|invalid|wrong|incorrect|unknown) [^.]{0,40}\bor no\b|invalid [^.]{0,60}\bor (a |an |the |its )?([a-z_-]+ ){0,2}(is |are |was |were )?missing\b|\bno valid [a-z ]{0,30}(credential|token|key|authori[sz]ation)|` + validCredentialRequiredPattern + `|` + userRequiredPattern),
		codeFor: noCredentialCode, strong: true, confirms: formatCodes,
		message: "the server says it found no credential in the request, although one was sent: it reads another header or parameter (check the header name the API documents, and that a prefix such as \"Bearer \" or \"Bot \" is what it wants), or a proxy or web server in front of it dropped the Authorization header (Apache with mod_wsgi needs WSGIPassAuthorization On)"},
	{name: "credential header named", words: re(headerNamedPattern), codeFor: noCredentialCode, strong: true,
		message: "the server names the header the credential must come in: if it is not the header this request sent it in, send it there (api_key with header: <that name>); if it is, the value was read and refused, so check it in the provider's console"},

	// "An active access token must be used to query …", "A valid API key
	// is required": a credential that was sent was not taken as valid.
	{name: "valid credential required", words: re(validCredentialRequiredPattern), codeFor: validRequiredCode, strong: true,
		message: "the server asks for a valid (or active) credential of the kind it names: the one sent was read and not taken as such (revoked, expired, of another kind — an app token where a user token is needed — or for another app); get one of the kind the API documents for this call and update the variable that defines it"},
	// A 403 that says only that authorization (or authentication) is
	// required ("Authorization required", Scaleway's authorization_required
	// to a token it did not take): the server still wants a credential, so
	// none it could use arrived; no permission was weighed.
	{name: "authorization required on 403", status: []int{403}, words: re(authRequiredAlonePattern), codeFor: validRequiredCode, strong: true,
		message: "the API answered 403 but says only that authorization is required: it did not take the credential sent (or none was sent); check that the token or key is valid for this API and sent where it documents"},
	// Meta's appsecret_proof, a request signature, a nonce: a value sent
	// besides the credential.
	{name: "proof required", words: re(proofRequiredPattern), needsSent: true, code: RequiredHeaderMissing, strong: true,
		message: "the API requires a value besides the credential (a proof or signature computed from it with the app's secret, a nonce or a timestamp) as a parameter or header: compute and send it as the API documents (in the scenario's query or headers)"},
	{name: "no user name", words: re(userNameMissingPattern), codeFor: noUserNameCode, strong: true, confirms: formatCodes,
		message: "the server says the request named no user: it found no credential (etcd answers so to a request without its token); send the credential the API documents (for etcd, the token from /v3/auth/authenticate in the Authorization header)"},
}
