package diagnose

// refusedRules: the server read the credential and refused it (a gateway's
// refusal of the key, a key unknown or expired, a signature refused, the
// table's broad "rejected credential words"), the last rows of the table
// (rules.go).
var refusedRules = []rule{
	{name: "AWS API Gateway Forbidden", status: []int{403}, header: "X-Amzn-Errortype", value: re(`^forbiddenexception`), words: re(apiGatewayForbiddenPattern), code: CredentialRejected,
		message: apiGatewayForbiddenMessage},
	// The same bare body with the key in x-api-key, API Gateway's own
	// header for it, read without the gateway's headers (a log or a
	// proxy that dropped them): the key is what it judged.
	{name: "API Gateway key Forbidden", status: []int{403}, words: re(apiGatewayForbiddenPattern), when: sentInAPIGatewayKeyHeader, code: CredentialRejected,
		message: apiGatewayForbiddenMessage},
	// TIBCO Mashery, the gateway in front of many APIs (Hotelbeds, TomTom,
	// IEEE, …), names its refusal in X-Mashery-Error-Code: NOT_AUTHORIZED
	// is a key it does not recognise or a signature it could not verify
	// (a wrong secret, or a clock off by more than the signature's window),
	// DEVELOPER_INACTIVE a key unknown or switched off; OVER_QPS and
	// OVER_RATE are its rate and daily limits.
	{name: "Mashery gateway", header: "X-Mashery-Error-Code", value: re(`^err_4\d\d_(not_authorized|developer_inactive|developer_unknown)`), code: CredentialRejected, strong: true,
		message: "the API gateway (Mashery) did not accept the key or the request's signature (X-Mashery-Error-Code): the key is unknown or inactive, or the signature computed from the key, the secret and the time is wrong (check the secret, and this machine's clock); check the key in the provider's portal"},
	{name: "Mashery gateway limit", header: "X-Mashery-Error-Code", value: re(`^err_4\d\d_(developer|service)_over_(qps|rate)`), code: RateLimited, strong: true,
		message: "the API gateway (Mashery) refused the request for the key's rate or quota (X-Mashery-Error-Code: over QPS is the per-second limit, over rate the daily or monthly quota): wait (Retry-After), lower --parallel, or ask the provider for a higher quota; the key itself is fine"},
	// The server has no authentication set up for the operation, so no
	// credential sent can pass it (rclone's rc server without a user:
	// "authentication must be set up on the rc server to use …"; "Auth
	// is not configured on this server"; "AUTH called without any password
	// configured"): the fix is the server's configuration, not another
	// credential. To a request without one, the missing-credential rows
	// read the same words. Not a second factor or SSO an account must
	// turn on (a permission of the account).
	{name: "server has no authentication set up", words: re(serverAuthNotSetUpPattern), unless: re(`factor|\b(mfa|2fa|sso|saml)\b`), needsSent: true,
		code: CredentialRejected, strong: true,
		message: "the server says it has no authentication set up for this operation, so the credential sent cannot be checked: configure its users or tokens (or allow the operation without authentication) on the server, then send the credential it is set up with"},
	// An API key that expired is renewed by rotating it, not refreshed
	// (Google's "API key expired. Please renew the API key.").
	{name: "expired API key", words: re(`api[_ ]?key (is |has )?expired|\bapi_key_invalid\b`), code: CredentialRejected,
		message: "the server says the API key expired or is no longer valid: an API key is renewed by rotating it; create a new key in the provider's console and update the variable that defines it"},
	// A credential said to be for another network or environment of the
	// same API (Blockfrost's 403 "Network token mismatch. Are you using
	// token for the correct network?" to a preprod project's key on
	// mainnet; OKX's 50101 "APIKey does not match current environment." to
	// a demo-trading key): not enabled where it was sent.
	{name: "credential for another network", words: re(otherNetworkCredentialPattern), needsSent: true, code: CredentialRejected, strong: true,
		message: "the server says the credential belongs to another network or environment of this API (a test network's key on the main one, a demo key on production): use the credential made for the network base_url points at, or point base_url at the one the credential was made for"},
	// A password past its lifetime ("Password is expired.", "Your
	// password has expired"): the login is refused until the password is
	// replaced, so it is the credential to change, not a token to
	// refresh. A password the server accepted and asks to change before
	// any use (Neo4j's "User is required to change their password") is
	// not this row's: that user is known and held back.
	{name: "password expired", words: re(passwordExpiredPattern), code: CredentialRejected, strong: true,
		message: "the server says the password expired: set a new password for this account (at the provider's login or by its administrator) and update the variable that defines it"},
	// "API Key not found. Please pass a valid API key." to a request that
	// carried one (Google's Identity Toolkit on a 400), "Specified access
	// key is not found." (Alibaba Cloud, on a 404), "The SecretId is not
	// found" (Tencent Cloud): the key or its id was read and is unknown.
	// With nothing sent, the no-credential reading speaks.
	// A request whose path addresses a key as its resource (Linode's GET
	// /v4/object-storage/keys/123, "The specified access key was not
	// found.") asked about that key: the one not found is the data named.
	{name: "unknown API key", words: re(`\b(api[ _-]?key|access[ _-]?key( ?id)?|secret[ _-]?id|key[ _-]?id)s? (is |was )?not found\b`), needsSent: true, when: notKeyResourcePath, code: CredentialRejected, strong: true,
		message: "the server looked the API key (or access key id) up and does not know it: it was deleted, mistyped, or belongs to another project or account; copy it again from the provider's console into the variable that defines it"},
	// The calling client or application said not recognised, or not yet
	// onboarded, on a 401 or 403 to a request that carried a credential
	// (NHS Communications Manager's CM_FORBIDDEN "Client not recognised or
	// not yet onboarded."): the credential was read and names a client the
	// API does not know or has not enabled. Elsewhere a "client" is often
	// the data (a customer record), so only these statuses.
	{name: "client not recognised", status: []int{401, 403}, words: re(clientUnrecognisedPattern), needsSent: true, code: CredentialRejected, strong: true,
		message: "the API read the credential and does not recognise the client or application it belongs to, or has not enabled it (onboarding not finished): check that the credential is this application's, for this environment, and that its onboarding with the provider is complete"},
	// The parameter, header or field the credential went in named invalid
	// ("Invalid Params: invalid code" to an authorization code sent as
	// code, "incorrect X-Partner-Token"), whatever it is called.
	{name: "credential's place named invalid", words: placeNamedInvalidRE, needsSent: true, when: sentPlaceNamedInvalid, code: CredentialRejected, strong: true,
		message: "the server names the parameter or header the credential went in as invalid: it read the credential there and refused it (revoked, expired, mistyped, or another account's); check it at the provider and update the variable that defines it"},
	// The value the request carried, quoted back in a sentence that says
	// it was not found (valueEchoedNotFoundPattern): looked up and
	// unknown, on whatever status the API answers its faults with.
	{name: "credential's value said not found", words: valueEchoedNotFoundRE, needsSent: true, code: CredentialRejected, strong: true,
		message: "the server quotes the value the credential carried and says it was not found: it looked that session, key or token up and does not know it (signed out, deleted, or never issued here); get a new one (sign in again, or take the key from the provider's console) and update the variable that defines it"},
	// "Invalid Value" and nothing more, to a request whose only value is
	// the credential in the query (Google's tokeninfo v2 to an unknown
	// access_token): the value refused can only be the credential.
	{name: "lone value said invalid", status: []int{400, 401, 403}, words: loneValueInvalidRE, needsSent: true, when: onlyCredentialSent, code: CredentialRejected,
		message: "the server calls the request's one value invalid, and the only value it carried is the credential: it read it and refused it (revoked, expired, mistyped, or another account's); check it at the provider and update the variable that defines it"},
	// On a 401 or 403 to a request that carried a credential, a message
	// that is one state word and nothing else (OpenCage's {"status":
	// {"code":403,"message":"disabled"}} to a key switched off; "Inactive",
	// "Suspended."): it names no feature or resource, so what it says is
	// switched off is what the request carried, the credential or the
	// account behind it.
	{name: "lone state word", status: []int{401, 403}, words: re(loneStatePattern), needsSent: true, code: CredentialRejected, strong: true,
		message: "the server's message is one word, a state (disabled, suspended, inactive, revoked), and names nothing else: what it says is switched off is the credential the request carried, or the account behind it; check that the key or account is active in the provider's console, or use one that is"},
	// On a 401 or 403 to a request that carried a credential, the key or
	// session it named said not to exist: it was deleted, signed out or
	// never issued here. (With nothing sent, the no-credential reading
	// speaks; on a 404 the words are about data.)
	// An answer in RFC 6750's words (error invalid_token) names its own
	// verdict on the token; "Access Token not found in cache" (PayPal's,
	// for a token past its life) is its description, and the RFC's
	// reading (server_invalid_token) speaks.
	{name: "credential said not to exist", status: []int{401, 403}, words: re(vanishedCredentialPattern), unless: re(dataKeyPattern + `|` + dataSessionPattern), needsSent: true, when: notRFC6750InvalidToken, code: CredentialRejected, strong: true,
		message: "the server looked up the key or session the request carried and says it does not exist: it was deleted or revoked, the session was signed out, or it belongs to another project or cluster; get a new one (a fresh sign-in, or the key from the provider's console) and update the variable that defines it"},
	{name: "rejected credential words", words: re(`invalid[_ ]((private|secret|access|subscription) )?api[_ ]?key\b|invalid (private|secret|public|authori[sz]ation|auth) keys?\b|invalid access[_ ]keys?\b|invalid[_ ](app|client)?[_ ]?secret\b|\bauth[_ -]?fail(ed|ure)\b|\b(bad|invalid)[_ ]authori[sz]ation( header| token| key)?(\s*["(.,;:]|\s*$)|invalid [a-z_-]+ or (api[_ ]?)?(key|token|secret)\b|invalid [a-z_-]+ ?/ ?(api[_ ]?)?(key|token|secret|password)s?\b|invalid x-api-key|api[ _-]?key not valid|invalid[_ ]((authentication|login|user)[_ ])?credentials?\b|invalid[_ ]password|(incorrect|wrong) password|\bpassword (check |verification |validation )?failed\b|bad credentials|\bbad (api[_ ]?)?(key|token)\b|invalid_auth|invalid token|token (is )?invalid|unrecognized login|authentication[_ ]?(fail(s|ed|ure)|unsuccessful)|(login|logon|sign[- ]?in) (was )?unsuccessful|invalid[_ ]session|invalidapikey\b|incorrect api key|not a valid (api )?(key|token)|authorization grant is invalid|security token included in the request is invalid|token_revoked|(token|key|credential)s? (has been|have been|was|is) revoked|account_inactive|key not authori[sz]ed|login failed|"invalidtoken"\s*:\s*true|unknown x-auth-key|signaturedoesnotmatch|signature we calculated does not match|\bsignature (is |was )?not matched\b|invalid client_id or secret|invalid_api_keys|invalid[_ ]((oauth|access|auth|bearer|jwt|api|app|client)[_ ]){0,2}token|error validating (access |auth |bearer |oauth )?token|invalidaccesskeyid|signature[_ -]does[_ -]not[_ -]match|key has expired|expired api[_ ]?key|api_key_expired|invalid or non-existent authentication information|(key|token) (provided )?is invalid|server failed to authenticate the request|\bauth(entication)? error\b|(token|signature) is malformed|\b(api[ _-]?key|apikey|token|signature|credentials?)\s*:\s*invalid\b|malformed (access |bearer )?token|acl (token )?not found|invalid[_ ]signature|(credential|key|token|signature)s?['"\x60]? (provided |supplied |given )?(is|are) ` + notValidPattern + `(\s*[."]|\s+for (the |this |that |your |passed |provided |supplied |given )*['"\x60]?` + credentialPrefixPattern + credentialNounPattern + `\b)|` + tokenCheckPattern + `|\b(signature|token|credential)s? (cannot|can ?not|could not|couldn't) be (verified|validated)\b|\b(invalid|revoked|bad|incorrect|wrong|unrecognized)((,? (or )?|/)(invalid|revoked|expired|disabled|unknown|missing))+ [a-z-]{0,20} ?(api[ _]?key|key|token|credential)s?\b|` + unknownCredentialPattern + `|` + revokedMalformedPattern + `|` + verifyCredentialPattern + `|` + notValidCredentialPattern + `|` + notValidOrGonePattern + `|` + accessRevokedPattern + `|` + accountStoppedPattern + `|` + credentialNotSetUpPattern + `|` + credentialFaultPattern + `|` + credentialLengthPattern + `|` + unsignedHeaderPattern + `|` + attestationRefusedPattern + `|` + tokenUnparsablePattern + `|` + jwtKeyIDPattern + `|` + cannotAuthenticatePattern + `|` + credentialVerdictFormsPattern + `|` + credentialCodeVerdictPattern),
		// An answer in anti-CSRF words ("Invalid CSRF Token", Transmission's
		// "invalid session-id header … to help prevent CSRF attacks") is the
		// anti-CSRF rows' to read: the token it refuses is not the credential.
		// A 404 to a request whose path names a key or token record is
		// that record not found (notCredentialRecordNotFound).
		unless:  re(credentialFaultUnless + `|` + csrfPattern + `|` + stateOrLackPattern),
		when:    notCredentialRecordNotFound,
		code:    CredentialRejected,
		codeFor: rejectedIfSent,
		message: "the server says it read the credential and does not accept it: it is revoked, rotated, mistyped, for another account, or not enabled for this API; check it in the provider's console and update the variable that defines it"},
	// A login (a password in the body, sent to a login or authentication
	// endpoint) answered that the user it names is not known
	// (json-server-auth's 400 "Cannot find user"; "User not found", "No
	// such user", "Unknown account"): the login was refused, whatever the
	// status. The same words to any other request are its data (a user
	// record looked up).
	{name: "login's user unknown", words: re(loginUserUnknownPattern), when: loginRequest, code: CredentialRejected, strong: true,
		message: "the server does not know the user the login names: check the user name or email in the login (its spelling, and that the account exists on this server and environment), then the password"},
	// After the rows above, whose message it keeps: the same refusal,
	// said of the header's format, confirms what the header looks like,
	// above the strong reading of the header named invalid.
	// The same words about the Authorization header's shape to a request
	// that sent the credential elsewhere (an x-api-key header, a query
	// parameter) and no Authorization header: the server looked there
	// and found nothing it could read.
	// The server names the place the credential came (the query string,
	// a cookie) as one it does not take it from, and no Authorization
	// header was sent. Not when the words go on to judge the value found
	// there ("The token provided in the query string has expired", "…
	// passed in the URL is invalid"): the server read it where it came.
	{name: "credential's place refused", words: re(credentialPlaceRefusedPattern), unless: re(placedValueJudgedPattern), when: credentialOutsideAuthorization, code: CredentialInWrongPlace, strong: true,
		message: "the server says it does not take the credential where it came (the query string or a cookie): send it in a header, the Authorization header with the scheme the API documents (type: bearer) or the header the API names"},
	{name: "Authorization elsewhere", words: re(authzHeaderFormatPattern + `|` + authzHeaderShapePattern), when: credentialOutsideAuthorization, code: CredentialInWrongPlace, strong: true,
		message: "the server speaks of the Authorization header (its format, or what it should hold) while the credential went elsewhere and no Authorization header was sent: send it in the Authorization header with the scheme the server names (type: bearer), or as the API documents"},
	// With nothing sent there is no header whose shape to fault ("Missing
	// or invalid Authorization header.", Dwolla's InvalidCredentials): the
	// no-credential reading speaks.
	{name: "Authorization header format", words: re(authzHeaderFormatPattern), needsSent: true, code: CredentialRejected, strong: true, confirms: formatCodes,
		message: "the server says the Authorization header is malformed: it reads \"<Scheme> <credential>\" and the header sent does not have that shape; check the scheme and prefix the API documents"},
	{name: "user required", status: []int{400, 403, 422}, words: re(userRequiredPattern), needsSent: true, code: PermissionDenied, strong: true,
		message: "the API read the credential and says this call needs a user behind it: an application's token (client credentials, an app key) is not enough; use a token issued to a user (an authorization code or personal token) for this call"},
	// The policy a signed URL or signed cookies carry, or their signature,
	// said malformed or unreadable (signedPolicyFaultPattern): the
	// credential was built wrongly; no permission was weighed.
	{name: "signed policy unreadable", status: []int{401, 403}, words: re(signedPolicyFaultPattern), needsSent: true, code: CredentialRejected, strong: true,
		message: "the server could not read the policy or signature the signed URL (or signed cookies) carries: it was built or encoded wrongly (the policy's JSON, its base64 with the URL-safe characters the server expects, or the signature's encoding); sign the URL again the way the provider documents, with the key pair the distribution trusts"},
	// A request signature refused in words the row above does not read
	// ("Signature for this request is not valid.", Bybit's "error sign!",
	// Gemini's InvalidSignature in any case), or a signing header named
	// invalid ("Invalid OK-ACCESS-KEY", "Invalid KC-API-SIGN"): the key,
	// the secret that signs or the passphrase was read and refused.
	{name: "signature refused", words: re(signatureRefusedPattern + `|\binvalidsignature\b|\binvalid [a-z0-9]+(-[a-z0-9]+)*-(key|sign|signature|passphrase|token|secret)\b`), unless: re(credentialFaultUnless), code: CredentialRejected,
		message: "the server says the request's signature, or a header that carries the key, its signature or its passphrase, is not valid: the key, the secret that signs or the passphrase is wrong, or what was signed differs from what was sent (the string to sign, its encoding, the order of its parts); check the key, secret and passphrase in the provider's console and the signing against the API's documentation"},
}

// loneStatePattern: a message field whose whole value is one state word
// (in the answer's lower-cased words).
const loneStatePattern = `"(message|error|detail|description|text|msg|reason|error_description|status_message)"\s*:\s*"(disabled|deactivated|suspended|inactive|revoked)[.!]?"`

// apiGatewayForbiddenPattern: AWS API Gateway's bare 403 body, read by
// both its rows (with the gateway's header, or with the key in x-api-key),
// which say the same (apiGatewayForbiddenMessage).
const (
	apiGatewayForbiddenPattern = `^\s*\{\s*"message"\s*:\s*"forbidden"\s*\}\s*$`
	apiGatewayForbiddenMessage = "AWS API Gateway answers a bare Forbidden when the API key (x-api-key) is missing, unknown or disabled, or is not in a usage plan of this stage: check the key and its usage plan"
)

// passwordExpiredPattern: a password said expired.
const passwordExpiredPattern = `\bpasswords? (has |have |is |are |was )?(now )?expired\b|\bexpired passwords?\b`

// passwordChangeDuePattern: a password said expired, or to be reset or
// changed before the server accepts the login or hands out a token (an
// account's password policy; an account restored or created by an
// administrator): in a 2xx body's error text, a refusal of the login.
const passwordChangeDuePattern = passwordExpiredPattern + `|\b(must|needs?( to)?|required to|has to|have to) (first )?(reset|change|update|renew) (the |your |its |their |a )?(account'?s? )?passwords?\b|\bpassword (reset|change) (is )?required\b`

// loginUserUnknownPattern: the user, account or email a login names said
// not found, unknown or not existing, at the start of the answer's
// message (loginRequest decides that the request was a login).
const loginUserUnknownPattern = `(^|["':>.]\s*)((cannot|can ?not|can'?t|could not|couldn'?t|unable to|failed to) find (the |this |that |your |an? )?(user|account|login|e-?mail)( account| address| name)?\b|` +
	`(the |this |that |your )?(user|account|login|e-?mail|user ?name)( account| address)? (was |is )?(not found|unknown|not registered)\b|` +
	`(the |this |that |your )?(user|account|e-?mail|user ?name)( account| address)? (does not|doesn'?t) exists?\b|(no such|unknown) (user|account|login|user ?name)\b)`
