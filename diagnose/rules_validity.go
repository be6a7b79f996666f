package diagnose

// validityRules: the way of authenticating refused (deprecated,
// disabled, a password where a token is needed) and a credential not
// valid now or here: a signed request's timestamp or nonce, a token
// expired or not yet valid, a JWT for another audience or issuer.
// After headerRules in the table (rules.go).
var validityRules = []rule{
	// An account can switch a method off: "Key based authentication is
	// not permitted on this storage account", "Local authorization is
	// disabled".
	// A product, feature or endpoint said disabled for the account ("This
	// endpoint has been disabled for this organization") is the plan's, not
	// a method's (productNotEnabledPattern).
	{name: "deprecated method", words: re(legacyDisabledPattern + `|` + methodRemovedPattern + `|` + plainHTTPAuthRefusedPattern + `|deprecat|no longer (supported|accepted|allowed)|has been (sunset|disabled)|\bsunset\b|\b(key|password|token|secret|shared ?key|local|basic)[- ]based auth\w* is not (permitted|allowed|enabled)|\b(local|basic|password|key|shared ?key) auth\w* (is|has been) (disabled|not permitted)|` + methodNotAllowedHerePattern + `|` + methodSwitchedOffPattern + `|` + methodStoppedPattern + `|` + methodAccessOffPattern + `|` + authDisabledPattern + `|` + authMethodInvalidPattern), unless: re(`rate limit|` + oneKeyDisabledPattern + `|` + valueInvalidPattern + `|` + apiVersionDeprecatedPattern + `|` + accountStoppedPattern + `|` + productNotEnabledPattern), when: notRouteGone, code: DeprecatedAuthMethod, strong: true,
		message: "the API says this way of authenticating is deprecated or disabled (a key in the query string, Basic with a password, a legacy key type): switch the credential to the method the API documents now"},
	// Access said to take a token, to a request that logged in with a
	// password: the method is refused (tokenRequiredPattern). Not when
	// the answer also says the password or token is wrong, as one fault
	// of a list (GitLab's "The provided password or token is incorrect or
	// … you must use a personal access token instead of a password").
	{name: "token required instead of a password", words: re(tokenRequiredPattern), unless: re(`\b(incorrect|invalid|wrong|expired|revoked)\b`), when: sentPassword, code: DeprecatedAuthMethod, strong: true,
		message: "the API says it takes a token where this request logged in with a password (Basic): the account's password no longer opens it; generate a token (a user or API token) at the provider and send it the way the API documents (often as the Basic user name and password pair it gives, or type: bearer)"},
	// A signed request refused for its timestamp or nonce (Binance's
	// recvWindow, Bybit's recv_window, OKX's "Timestamp request expired",
	// Bitfinex's and Kraken's nonce): the key was read; the clock or the
	// nonce is wrong. Before "token expired": the request's timestamp
	// expired, not a token.
	{name: "signed request timestamp or nonce", words: re(requestFreshnessPattern), needsSent: true, code: CredentialRejected, strong: true,
		message: signedTimeMessage},
	// The same refusal in bare words ("Invalid timestamp", "request time
	// is invalid"), read only where the request is signed and its
	// timestamp is part of what was signed (signedWithTime); a data
	// field's time named by what it dates is not it.
	{name: "signed request's time invalid", words: re(requestTimeInvalidPattern), unless: re(dataTimestampPattern), needsSent: true, when: signedWithTime, code: CredentialRejected, strong: true,
		message: signedTimeMessage},
	{name: "token expired", words: re(tokenUsedExpiredPattern + `|` + tokenCheckExpiredPattern + `|` + refreshAskedPattern + `|` + sessionEndedPattern + `|(token|session|jwt|credential|signature)s?:? (has |have |is )?expired|(token|session|credential)s?[._]expired\b|expired[_ ](((auth|access|id|session|personal|user|bearer|oauth|api)[_ ])?(token|jwt)|session|jwt|credentials?)\b|` + credentialOutOfDatePattern + `|expiredtoken|token_expired|access_token_expired|session expired|lifetime validation failed|expired_authentication|expiredauthenticationtoken|token expiry[^.]{0,60} is earlier than|` + accessExpiredPattern + `|` + validityWindowPattern + `|request (has |is )?expired|\brequestexpired\b|` + tooOldPattern + `|signature not valid in the specified time frame|\b(token|session)\b[a-z ]{0,40} expired \d+ [a-z()]+ ago`),
		unless: re(faultListPattern + `|` + absentOrInvalidPattern + `|` + planExpiredPattern + `|` + bodyCredentialPattern), when: expiredNotRevokedNorGone, code: TokenExpired, strong: true, confirms: []string{JWTExpired}, redundantWith: []string{JWTExpired},
		message: "the server says the token or session has expired: refresh it (a new access token from the refresh token or the client credentials flow) rather than rotating the client's secret; for long runs let authspec fetch tokens (type: oauth2_client_credentials)"},
	// A JWT refused for a time not reached yet (its nbf, or an iat in the
	// future): the clock of this machine or of the issuer is ahead.
	{name: "token not yet valid", words: re(notYetValidPattern), code: JWTNotYetValid, strong: true, confirms: []string{JWTNotYetValid},
		message: "the server says the token is not valid yet (issued in the future, or used before its nbf): the clock of this machine or of the token's issuer is off (sync both with NTP), or the token was issued for later"},
	// FHIR servers say what went wrong in OperationOutcome.issue.code, a
	// closed list (http://hl7.org/fhir/issue-type): expired is a session
	// or token past its lifetime, throttled a rate limit, login a request
	// to authenticate again.
	// The issue code is the server's summary: where its words list the
	// expiry as one fault among others ("has not provided a token or it
	// has expired or is otherwise invalid"), they do not say it expired.
	{name: "FHIR issue expired", issue: re(`^expired$`), unless: re(faultListPattern + `|` + absentOrInvalidPattern), code: TokenExpired, strong: true, confirms: []string{JWTExpired}, redundantWith: []string{JWTExpired},
		message: "the FHIR server's OperationOutcome says the session or token expired (issue code expired): get a new access token (refresh it, or request one again with the client's credentials) rather than changing the client's registration"},
	{name: "FHIR issue throttled", issue: re(`^throttled$`), code: RateLimited, strong: true,
		message: "the FHIR server's OperationOutcome says the request was throttled (issue code throttled): wait before retrying, lower --parallel, or ask the server's operator for a higher limit; the credential itself may be fine"},
	{name: "FHIR issue login on 403", status: []int{403}, issue: re(`^login$`), code: CredentialRejected,
		message: "the FHIR server answered 403 but its OperationOutcome asks the client to authenticate (issue code login): it did not accept the token; get a new one for this server (its audience and tenant) and check it in the authorization server's console"},
	// "Access token is missing, invalid, audience is incorrect (…), or have
	// expired" (Azure's): the audience is one fault of a list the server
	// does not tell apart, not the one it found. A request whose path
	// addresses audiences (an advertiser's lists of users, /audiences/123)
	// is told about that audience as data ("audience-invalid").
	{name: "audience", words: re(`(wrong|invalid|incorrect|unexpected|unrecogni[sz]ed|bad)[^.]{0,40}audience|audience[^.]{0,40}(is invalid|invalid|does not match|not (valid|allowed|match))|not( have)?( a)? valid audience|` + notInAudiencePattern + `|` + claimFailedPattern("aud")),
		unless: re(listedFaultsPattern), when: notAudienceResourcePath, code: JWTWrongAudience, strong: true, confirms: []string{JWTWrongAudience},
		message: "the server says the token was issued for another audience (resource): request the token for this API's audience (audience: on the credential, or the provider's resource parameter)"},
	{name: "issuer", words: re(`(wrong|invalid|untrusted|unexpected|bad|incorrect|unrecogni[sz]ed)( token)? issuer|issuer (is )?(invalid|not (valid|trusted|allowed|configured|recogni[sz]ed|known))|(untrusted|unknown) issuer|issuer validation failed|\bissuer\b[^.]{0,80}\b(did|does) not match|` + claimFailedPattern("iss") + `|` + issuerNotTrustedPattern + `|` + issMismatchPattern),
		// "Invalid issuer or signature": one of two faults, not the issuer.
		unless: re(`\bissuer,? or\b|\bor (an? |the )?(invalid |wrong |untrusted )?issuer\b`), code: JWTWrongIssuer, strong: true, confirms: []string{JWTWrongIssuer, CredentialFromOtherEnvironment},
		message: "the server says the token comes from an issuer it does not trust: use a token from this environment's tenant or identity provider"},
}

// signedTimeMessage: what a signed request refused for its timestamp or
// nonce means, for both rows that read it.
const signedTimeMessage = "the server refused the signed request's timestamp or nonce, not the key itself: a timestamp outside the server's window means this machine's clock is off (sync it with NTP; some APIs accept a wider window, such as recvWindow); a nonce that did not grow means another program or an earlier run used the key with a higher nonce (give the suite a key of its own, or a nonce that always grows, such as the time in milliseconds)"
