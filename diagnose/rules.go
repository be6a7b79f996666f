package diagnose

import "github.com/authspec/authspec/internal/lazyre"

// rule is what one provider, gateway or server says, and what it means.
// Knowledge about real APIs lives in the rules table below, one row per
// way of answering, each with its own test (rules_test.go); the ranking
// code only weighs what the rows find.
type rule struct {
	name   string // who answers this way, shown in the evidence
	status []int  // statuses it applies to; empty: any answer that is analyzed
	header string // a response header that must be present
	value  *lazyre.Regexp
	// issue must match the code of a FHIR OperationOutcome's first issue
	// (the answer's own field for what went wrong).
	issue *lazyre.Regexp
	// words must match the lower-cased body (or, with no body words, the
	// header alone decides); unless vetoes the row.
	words, unless *lazyre.Regexp
	// accept, when set, must also approve the words matched (a header
	// the answer names must not be the credential's own).
	accept      func(matched string) bool
	noChallenge bool // only when the answer has no WWW-Authenticate
	needsSent   bool // only when the request carried a credential
	// anonymousAfter: to a request that carried no credential, the row's
	// reading ranks after no_credentials_sent: its words judge a caller's
	// rights, and nothing identified one (a row that names the anonymous
	// caller and a policy that denies it, "explicit deny", is a verdict
	// on anonymous callers and keeps its rank).
	anonymousAfter bool
	// when, if set, must approve the request and answer as a whole (what
	// was sent against what the words ask for).
	when func(a *analysis) bool
	code string
	// codeFor picks the code from what was sent (an API key in the wrong
	// mode is test_key_in_production or live_key_outside_production), or
	// "" when the rest of the answer contradicts the row.
	codeFor func(a *analysis) string
	// evidence adds what the answer says beyond the matched words (the
	// scopes it needs and the credential has).
	evidence func(a *analysis) []string
	// strong: the server names the cause, which outranks every local
	// guess. Otherwise it only confirms a refusal and ranks below local
	// evidence that explains it (a doubled prefix, another environment's
	// key).
	strong bool
	// confirms: local findings this answer confirms; they rise just above
	// the row, so the preflight finding becomes the diagnosis.
	confirms []string
	// refuses2xx: the row's header says the credential was refused even
	// in a 2xx, which the API then answers as for an anonymous caller
	// (AuthErrorHeader).
	refuses2xx bool
	// message is authspec's own words (it reaches the user as a literal
	// of secret.Text: no secret value can rewrite it).
	message string
}

const (
	scoreServerNames    = 88 // a strong row
	scoreServerConfirms = 62 // a weak row
)

func re(s string) *lazyre.Regexp { return lazyre.New(s) }

// claimFailedPattern: the JWT claim named (aud, iss) is the one that
// failed validation, by its short name, in whatever words the server's
// JWT library says it: jose's JWTClaimValidationFailed serialized, {"claim":
// "aud","reason":"check_failed"} (Logto's data), and its message
// "unexpected \"aud\" claim value"; "aud claim check failed"; Spring
// Security's "The aud claim is not valid"; "Claim 'iss' is invalid".
func claimFailedPattern(claim string) string {
	return `"claim"\s*:\s*"` + claim + `"|\b(unexpected|invalid|wrong|bad|mismatched)\W{1,4}` + claim + `\W{1,4}claim\b|` +
		`\b` + claim + `\W{0,3}claim\b[^.]{0,20}\b(check failed|validation failed|failed|mismatch|is invalid|invalid|is not valid|not valid|does not match)|` +
		`\bclaim\W{1,3}` + claim + `\W{1,3}(is |was )?(invalid|not valid|mismatched|does not match|failed)`
}

// rules: most specific first; when two rows give the same code the first
// one's message is kept.
var rules = []rule{
	{name: "AWS API Gateway", words: re(`missing authentication token`), needsSent: true, code: EndpointNotFound, strong: true,
		message: "the gateway answers \"Missing Authentication Token\" for a path, method or stage it does not know, before any authorizer runs: check the path, the HTTP method and the stage in the URL against the deployed API; the credential is not the problem"},
	// API Gateway reads an Authorization header on a route it does not
	// know as a SigV4 signature, and stumbles on a Bearer token.
	{name: "unknown operation", words: re(unknownOperationPattern), code: EndpointNotFound, strong: true,
		message: "the API says the API or operation the request names does not exist, whatever it says about authorization: check the operation name, the path and the method against the API's documentation (and that the account is moved to production if the API says so); the credential is not the problem"},
	// A route said retired (endpointGone: "This endpoint has been retired",
	// or under an error about the key, Eventbrite v1's "Application Key
	// Error": "This endpoint has been deprecated."): the route changed,
	// not the key nor the way of authenticating.
	{name: "route retired", words: re(routeGonePattern), when: endpointGone, code: EndpointNotFound, strong: true,
		message: "the API says the endpoint or method the request calls has been retired: the route is gone, the credential is not the problem; move to the endpoint the API documents now (its current version's path)"},
	{name: "AWS API Gateway SigV4 parse", words: re(`(invalid|not a valid) key=value pair \(missing equal-sign\) in authorization header|authorization header requires '(credential|signature|signedheaders)' parameter`), codeFor: sigV4ParseCode, strong: true,
		message: "API Gateway tried to read the Authorization header as an AWS SigV4 signature: it does so for a path, method or stage it does not know (or a route that requires IAM authorization), before any authorizer runs; check the path, the HTTP method and the stage in the URL against the deployed API"},
	{name: "proxy authentication", status: []int{407}, code: BlockedByProxy, strong: true,
		message: "a forward proxy between this machine and the API asks for its own credentials (407 Proxy Authentication Required): the request never reached the API; give the proxy its credentials (HTTPS_PROXY=http://user:pass@proxy:port), or bypass it for this host (NO_PROXY)"},
	// Jira and Confluence (Atlassian Seraph) refuse a login and still
	// answer the request, as an anonymous user, often with a 200.
	{name: "Atlassian login refused", header: "X-Seraph-Loginreason", value: re(`^(authentication_denied|authenticated_failed)`), refuses2xx: true, code: CredentialRejected, strong: true,
		message: "Jira/Confluence refused the login (X-Seraph-LoginReason) and answered as for an anonymous user: AUTHENTICATED_FAILED means the username, password or API token is wrong; AUTHENTICATION_DENIED means the account must pass a CAPTCHA after failed logins (log in once in the browser), then run again"},
	// HAProxy's built-in answer to an http-request deny rule: the load
	// balancer in front of the API refused, not the API (nor a web server
	// serving it).
	{name: "HAProxy deny page", status: []int{403}, words: re(`request forbidden by administrative rules`), code: BlockedByProxy, strong: true, confirms: denyPageConfirms,
		message: "HAProxy in front of the API refused the request with its own deny page (\"Request forbidden by administrative rules\"): an http-request deny rule or ACL matched (source address, path, method or a header); check the load balancer's rules for this request, or run from an allowed network"},
	// Cloudflare's plain-text error for non-browser clients: 1010 a banned
	// browser signature (a scripted User-Agent), 1020 a firewall rule, 1015
	// its rate limiting. The text is the code alone, or with what a
	// client or gateway wraps around it ("Error: error code: 1010",
	// "error code: 1010.", a help link or request id after it).
	{name: "Cloudflare error code", status: []int{403, 429}, words: re(`^\s*([a-z ]{1,24}:\s*)?error code: 1\d{3}[.!]?(\s*see https?://\S+[^.\n]*\.?|\s*\((request|ray) id:[^)\n]*\))?\s*$`), codeFor: cloudflareCode, strong: true,
		message: "Cloudflare answered for the API with its own error code (1010: the client's signature, such as a scripted User-Agent, is banned; 1020: a firewall rule matched; 1015: rate limited): the request never reached the API; check the zone's firewall, bot and rate-limiting rules, or allowlist the CI runner"},
	{name: "GitHub SSO", header: "X-Github-Sso", code: SSOAuthorizationRequired, strong: true,
		message: "the organisation enforces SAML single sign-on and this token is not authorized for it: authorize the token for the organisation (the URL in the X-GitHub-SSO header, or the token settings page), then run again"},
	{name: "SAML/SSO enforcement", words: re(`saml enforcement|sso authorization|single sign-on (is )?required|sso_required`), code: SSOAuthorizationRequired, strong: true,
		message: "the organisation enforces single sign-on and this token is not authorized for it: authorize the token for the organisation's SSO in the provider's token settings"},
	{name: "test/live mode", words: re(`\btest ?mode\b|\blive ?mode\b|wrong mode is used|switching live / test|\b(test|live|sandbox) (api )?key (was|is) used|test account credentials`),
		codeFor: modeCode, strong: true, confirms: []string{TestKeyInProduction, LiveKeyOutsideProduction},
		message: "the API says the key and what the request asks for belong to different modes (test versus live): use this environment's own key — the live key in production, the test key elsewhere — and ids of objects created in that same mode"},
	{name: "region", header: "X-Amz-Bucket-Region", status: []int{301, 400, 403}, code: RegionMismatch, strong: true,
		message: "the resource lives in another region than the request was signed or sent for (X-Amz-Bucket-Region): use that region's endpoint or signing region in base_url"},
	// The datacenter said wrong in any of the words for it ("you've
	// attempted to access the wrong/invalid/incorrect datacenter"): the
	// key's suffix then decides between region and a refused key.
	{name: "Mailchimp datacenter", words: re(`\b(wrong|invalid|incorrect) data ?cent(er|re)\b`), codeFor: datacenterCode, strong: true,
		message: "Mailchimp says the key is invalid or belongs to another datacenter: the part after the dash in the key (us6, …) names its datacenter, and base_url must use that host (https://us6.api.mailchimp.com); if it does, the key is revoked or mistyped"},
	{name: "region words", unless: re(`may be invalid`), words: re(`region '[^']*' is wrong|\bregion (is|was) (wrong|incorrect)\b|\bregion (is|was) invalid[;,]? expect(ing|ed)\b|wrong region|incorrect region|another region|different region|region mismatch|(other|different|wrong) data ?cent(er|re)|` + regionNamedPattern + `|` + wrongClusterPattern + `|` + regionRegisteredPattern + `|` + otherHostAccountPattern), code: RegionMismatch, strong: true,
		message: "the credential or resource belongs to another region or datacenter than the one the base URL points to: use that region's endpoint (for example the EU host) in base_url, or a credential created in this region"},
	{name: "referrer restriction", words: re(`referr?er|ipreferer|(android|ios) client application|` + originRestrictedPattern), unless: re(`ip address`), code: ReferrerRestricted, strong: true,
		message: "the API key is restricted to certain HTTP referrers (or applications), and this request has none of them: use a server key without referrer restrictions for tests, or send an allowed Referer in defaults.headers"},
	// Cloudflare's own check of the X-Auth-* headers' format: an API token
	// sent where the Global API Key goes (it belongs in Authorization:
	// Bearer), or the reverse.
	{name: "credential header format", words: re(`invalid format for (the )?(x-auth-key|x-auth-email|authorization) header`), code: CredentialInWrongPlace, strong: true,
		message: "the server says the value does not have the format of the header it was sent in: an API token sent as a key (Cloudflare wants API tokens in Authorization: Bearer and only the Global API Key in X-Auth-Key with X-Auth-Email), or a key sent as a token; send each credential in the header its kind belongs in"},
	// "API keys are not supported by this API. Expected OAuth2 access
	// token": the API takes another kind of credential, not this one
	// elsewhere.
	{name: "credential kind not supported", words: re(`\b(api[ _-]?keys?|basic auth\w*|passwords?|access keys?|bearer tokens?|(oauth ?2? )?access tokens?|personal access tokens?) (are|is) not (supported|accepted|allowed) (by|for|on|with) this (api|endpoint|service|method|resource)|` + otherKindPattern), unless: re(valueInvalidPattern), needsSent: true, when: notTheKindSent, code: SchemeMismatch, strong: true,
		message: "the API says it does not accept this kind of credential and names the kind or scheme it takes instead (an OAuth2 access token where an API key was sent, an app-only token where a user-context one was sent, or the reverse): change the credential's type to the one it names (type: bearer with a token from the provider, or type: oauth2_client_credentials); on a server you run, enable the scheme you send"},
	// "Authentication bearer scheme must be used" to an ApiKey-v1 header:
	// the server names the scheme it takes, and it is not the one sent.
	{name: "scheme named", words: re(schemeRequiredPattern), needsSent: true, when: schemeNotNamed, code: SchemeMismatch, strong: true,
		message: "the API names the Authorization scheme it takes, and the request used another: send the credential with that scheme (type: bearer for Bearer, or the prefix the API documents), made the way the API describes for it"},
	{name: "geo restriction", words: re(`country, region,? or territory not supported|unsupported_country|` + callerLocationPattern), code: IPRestricted, strong: true,
		message: "the API refuses requests from this country or region (it judges by the IP address the request comes from): run from a supported location, a CI runner or proxy there"},
	{name: "IP address refused", status: []int{401, 403}, words: ipRefusedRE, code: IPRestricted, strong: true,
		message: "the API refuses the request's IP address (the credential, its role or the account is limited to an allowlist of addresses): add this machine's (or the CI runner's) egress IP to the allowlist, or run from an allowed network"},
	// An anti-CSRF check guards what a browser sends by itself (a session
	// cookie, a Basic login). A key in a header of its own (X-API-Key) is
	// none of those: where the server knows the key, the request is exempt,
	// so a CSRF refusal to it means the key was not accepted (Syncthing
	// answers a stale key "CSRF Error").
	{name: "anti-CSRF to a key header", words: re(csrfPattern), when: (*analysis).keyHeaderOnly, code: CredentialRejected, strong: true,
		message: "the server answered with its anti-CSRF check although the request carried a key in a header of its own, which such checks exempt when the key is known: the key was not accepted (revoked, rotated or mistyped); check it in the server's settings and update the variable that defines it"},
	{name: "anti-CSRF", words: re(csrfPattern), needsSent: true, when: notKeyHeaderOnly, code: RequiredHeaderMissing, strong: true,
		message: "the API refuses the request for a missing anti-CSRF token or header, not for the credential: send the header it asks for (X-CSRF-Token, X-Requested-With, X-Atlassian-Token: no-check, …) in the scenario's headers"},
	// With no credential at all, the CSRF check is only the first gate the
	// request met (Syncthing, Jenkins' crumb for anonymous callers): the
	// missing credential comes first, the token after it. A scenario that
	// sends nothing on purpose (kind: failure, a no_auth probe) met the
	// refusal it wanted, in another status: that swap is the cause.
	{name: "anti-CSRF, nothing sent", words: re(csrfPattern), when: nothingSentByMistake, code: RequiredHeaderMissing,
		message: "the API also refuses the request for a missing anti-CSRF token or header: once the credential is sent, send the header it asks for (X-CSRF-Token, X-Requested-With, X-Atlassian-Token: no-check, …) if it still asks"},
	{name: "required header", words: re(`missing (the )?required header|header [^.]{0,40} (is|was) required|requires? (the|an?) [a-z0-9-]+ header|[a-z0-9-]+ header (should|must) be (defined|set|present|provided)|\b[a-z][a-z0-9-]*: header is required|\bmissing_version\b|` + headerMissingPattern), unless: re(`api[ _-]?key|token|credential|(authori[sz]ation|authentication|auth):? header`), code: RequiredHeaderMissing, strong: true,
		message: "the API requires a header this request did not send (an API version, account or tenant header): add it to the scenario's headers or defaults.headers"},
	// The tenant, organisation or channel the API needs named with each
	// request said absent or not chosen ("no org id", "no organization
	// selected", "Data channel is missing"): an
	// identifier sent beside the credential, in a header of its own.
	{name: "tenant missing", status: []int{400, 401, 403}, words: re(tenantMissingPattern), code: RequiredHeaderMissing, strong: true,
		message: "the API says the request names no tenant, organisation or channel, which it needs besides the credential (Loki and Mimir read it from X-Scope-OrgID, JumpCloud from x-org-id, Splunk HEC's acknowledgements from X-Splunk-Request-Channel): send the header the API documents for it in the scenario's headers or defaults.headers"},
	// The application's client id asked for beside a token (Twitch Helix's
	// "Client ID is missing" to a user token in Authorization): the token
	// was sent; the app's id goes in a header of its own.
	{name: "client id missing", words: re(clientIDMissingPattern), when: (*analysis).tokenWithoutClientID, code: RequiredHeaderMissing, strong: true,
		message: "the API asks for the application's client id beside the token (in a header of its own, such as Twitch's Client-Id): send it in the scenario's headers or defaults.headers, with the id of the app the token was issued to"},
	// "specify the 'X-Goog-User-Project' HTTP header": the answer names a
	// header that is not where a credential goes.
	{name: "named header", words: re(`(specify|include|add|set|send|provide|pass) (the |an? )?['"]?[a-z0-9]+(-[a-z0-9]+)+['"]? (http )?header`), accept: notCredentialHeader, code: RequiredHeaderMissing, strong: true,
		message: "the API asks for a header this request did not send, besides the credential (a quota or billing project, an API version, an account or tenant): add it to the scenario's headers or defaults.headers, as the API documents"},
	// A header sent besides the credential (an organization, project or
	// tenant) that does not match the credential's own.
	{name: "header mismatch", words: re(headerMismatchPattern), accept: notCredentialHeader, needsSent: true, code: RequiredHeaderMissing, strong: true,
		message: "the API says a header sent besides the credential (an organization, project, tenant or account header) does not match the one the credential belongs to: send the value of the account the key or token was made for, or leave the header out so the credential's own applies"},
	// An account can switch a method off: "Key based authentication is
	// not permitted on this storage account", "Local authorization is
	// disabled".
	{name: "deprecated method", words: re(legacyDisabledPattern + `|` + methodRemovedPattern + `|deprecat|no longer (supported|accepted|allowed)|has been (sunset|disabled)|\bsunset\b|\b(key|password|token|secret|shared ?key|local|basic)[- ]based auth\w* is not (permitted|allowed|enabled)|\b(local|basic|password|key|shared ?key) auth\w* (is|has been) (disabled|not permitted)|` + methodNotAllowedHerePattern + `|` + methodSwitchedOffPattern + `|` + methodStoppedPattern), unless: re(`rate limit|` + oneKeyDisabledPattern + `|` + valueInvalidPattern + `|` + apiVersionDeprecatedPattern + `|` + disabledAccountPattern), when: notRouteGone, code: DeprecatedAuthMethod, strong: true,
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
		message: "the server refused the signed request's timestamp or nonce, not the key itself: a timestamp outside the server's window means this machine's clock is off (sync it with NTP; some APIs accept a wider window, such as recvWindow); a nonce that did not grow means another program or an earlier run used the key with a higher nonce (give the suite a key of its own, or a nonce that always grows, such as the time in milliseconds)"},
	{name: "token expired", words: re(tokenUsedExpiredPattern + `|` + refreshAskedPattern + `|(token|session|jwt|credential|signature)s?:? (has |have |is )?expired|expired[_ ](((auth|access|id|session)[_ ])?(token|jwt)|session|jwt)\b|expiredtoken|token_expired|access_token_expired|session expired|lifetime validation failed|expired_authentication|expiredauthenticationtoken|token expiry[^.]{0,60} is earlier than|` + accessExpiredPattern + `|` + validityWindowPattern + `|request (has |is )?expired|\brequestexpired\b|signature not valid in the specified time frame|\b(token|session)\b[a-z ]{0,40} expired \d+ [a-z()]+ ago`),
		unless: re(faultListPattern + `|` + absentOrInvalidPattern + `|` + planExpiredPattern + `|` + bodyCredentialPattern), when: notRevokedInMessage, code: TokenExpired, strong: true, confirms: []string{JWTExpired},
		message: "the server says the token or session has expired: refresh it (a new access token from the refresh token or the client credentials flow) rather than rotating the client's secret; for long runs let authspec fetch tokens (type: oauth2_client_credentials)"},
	// A JWT refused for a time not reached yet (its nbf, or an iat in the
	// future): the clock of this machine or of the issuer is ahead.
	{name: "token not yet valid", words: re(notYetValidPattern), code: JWTNotYetValid, strong: true, confirms: []string{JWTNotYetValid},
		message: "the server says the token is not valid yet (issued in the future, or used before its nbf): the clock of this machine or of the token's issuer is off (sync both with NTP), or the token was issued for later"},
	// FHIR servers say what went wrong in OperationOutcome.issue.code, a
	// closed list (http://hl7.org/fhir/issue-type): expired is a session
	// or token past its lifetime, throttled a rate limit, login a request
	// to authenticate again.
	{name: "FHIR issue expired", issue: re(`^expired$`), code: TokenExpired, strong: true, confirms: []string{JWTExpired},
		message: "the FHIR server's OperationOutcome says the session or token expired (issue code expired): get a new access token (refresh it, or request one again with the client's credentials) rather than changing the client's registration"},
	{name: "FHIR issue throttled", issue: re(`^throttled$`), code: RateLimited, strong: true,
		message: "the FHIR server's OperationOutcome says the request was throttled (issue code throttled): wait before retrying, lower --parallel, or ask the server's operator for a higher limit; the credential itself may be fine"},
	{name: "FHIR issue login on 403", status: []int{403}, issue: re(`^login$`), code: CredentialRejected,
		message: "the FHIR server answered 403 but its OperationOutcome asks the client to authenticate (issue code login): it did not accept the token; get a new one for this server (its audience and tenant) and check it in the authorization server's console"},
	// "Access token is missing, invalid, audience is incorrect (…), or have
	// expired" (Azure's): the audience is one fault of a list the server
	// does not tell apart, not the one it found.
	{name: "audience", words: re(`(wrong|invalid|incorrect|unexpected|unrecogni[sz]ed|bad)[^.]{0,40}audience|audience[^.]{0,40}(is invalid|invalid|does not match|not (valid|allowed|match))|not( have)?( a)? valid audience|` + notInAudiencePattern + `|` + claimFailedPattern("aud")),
		unless: re(listedFaultsPattern), code: JWTWrongAudience, strong: true, confirms: []string{JWTWrongAudience},
		message: "the server says the token was issued for another audience (resource): request the token for this API's audience (audience: on the credential, or the provider's resource parameter)"},
	{name: "issuer", words: re(`(wrong|invalid|untrusted|unexpected)( token)? issuer|issuer (is )?(invalid|not (valid|trusted|allowed|configured|recogni[sz]ed|known))|(untrusted|unknown) issuer|issuer validation failed|\bissuer\b[^.]{0,80}\b(did|does) not match|` + claimFailedPattern("iss")),
		// "Invalid issuer or signature": one of two faults, not the issuer.
		unless: re(`\bissuer,? or\b|\bor (an? |the )?(invalid |wrong |untrusted )?issuer\b`), code: JWTWrongIssuer, strong: true, confirms: []string{JWTWrongIssuer, CredentialFromOtherEnvironment},
		message: "the server says the token comes from an issuer it does not trust: use a token from this environment's tenant or identity provider"},
	{name: "scopes", words: re(`missing_scopes?|insufficient[_ ]?(authentication |client )?scopes?|scopes? (does|do) not match|required scope(s|\(s\))|does not contain scopes?|requires (the )?[a-z_.]+ permissions? to|required access: [^.]{0,80}access scope|requiredscopes|scope_insufficient|not been granted all required scopes|requires merchant approval for [a-z_]+ scope|does not have the required (permissions|privileges)|"needed"\s*:|missing scopes?:|\blacks? (one or more )?(required )?(privilege )?scopes?\b|\binvalid_scope\b|\binvalid scope(s|\(s\))?:|\brequires (the )?[a-z0-9_.]+:[a-z0-9_:.]+ scopes?\b|not match (the )?(expected|required) scopes?|missing role permissions|\b(roles|scopes) on the request\b|scopes? (does|do) not (include|cover|allow|permit)|\bscope (provided )?is (incorrect|insufficient|not sufficient)|bound to a different scope|(\b|_)scopes?[a-z ]{0,12}[ _]mismatch\b|\boauth_?scopes?_?mismatch\b|invalid[ _]?oauth[ _]?scopes?\b|` + namedPermissionPattern + `|` + lacksScopePattern + `|` + scopeNotGrantedPattern + `|` + missingScopePattern + `|` + scopeDisabledPattern + `|` + scopePermissionMissingPattern + `|` + scopeLimitPattern + `|` + tokenScopeRefusedPattern + `|` + scopeClaimMissingPattern),
		// With nothing sent, the scope the server names is one an anonymous
		// caller lacks (Appwrite's "User (role: guests) missing scope
		// (account)"): the missing credential comes first.
		needsSent: true,
		// A scope written as a resource path ("over scope
		// '/subscriptions/…' or the scope is incorrect", Azure's role
		// assignments) is where a role applies, not a token's scope: "the
		// scope is incorrect" there says the path may be wrong, as "the
		// scope is invalid" does, and the refusal is a permission's.
		unless: re(`\bscopes? ['"]?/[a-z0-9]`),
		code:   ServerInsufficientScope, strong: true, evidence: (*analysis).scopeEvidence,
		message: "the server says the credential lacks a scope or permission this call needs (it names it in its answer): grant it to the app, token or key at the provider, or request a token with it"},
	// "…not authorized to use this API key" (Vultr, refusing the caller's
	// IP) is about the key, so "this service or API" must end the phrase.
	// Requests or calls to this API, service or method said blocked or
	// not allowed for the key ("Requests to this API <api> method <method>
	// are blocked.", Google's API_KEY_SERVICE_BLOCKED; "Calls to this
	// service are not allowed for this key"): the key's API restrictions
	// leave this API out. Requests from somewhere blocked are an address's
	// or a referrer's (their rows come first).
	{name: "API product", words: re(`no apiproduct match|\b(requests?|calls?) to this (api|service|method|endpoint)\b[^.]{0,200}\b(are|is|were|was|have been|has been) (blocked|not allowed|not permitted)\b|invalidapikeyforgivenresource|apikeynotapproved|not enabled for this (api|product|service)|api has not been used in project|not (authori[sz]ed|permitted) to use this (service|api)( or (service|api))?(\s*[.,;:"]|\s*$)|\bunauthori[sz]ed use of (live|production|test|sandbox) credentials\b`), code: PermissionDenied, strong: true,
		message: "the key is valid but its product or project does not include this API: add the API (or this resource) to the key's product, or enable it for the project"},
	{name: "one-time password", header: "WWW-Authenticate", value: re(`^otp\b`), code: RequiredHeaderMissing, strong: true,
		message: "the server accepted the token but asks for a one-time password with this request (WWW-Authenticate: OTP, as the npm registry does for publishing with two-factor authentication): send the code in the header it documents (npm-otp), or use an automation token that does not require it"},
	{name: "second factor", words: re(secondFactorPattern), unless: re(`\bbypass\b|granular access token|automation token`), code: RequiredHeaderMissing, strong: true,
		message: "the server accepted the login but asks for a second factor with this request (a one-time code, as GitHub's X-GitHub-OTP and Heroku's Heroku-Two-Factor-Code headers carry): send the code in the header the API documents, or use a token made for automation that does not require it"},
	{name: "IP allowlist challenge", header: "WWW-Authenticate", value: re(`^ipaddress\b`), code: IPRestricted, strong: true,
		message: "the server refuses the token from this IP address (WWW-Authenticate: IPAddress, as the npm registry does for tokens limited to CIDR ranges): run from an allowed address, or widen the token's allowed ranges"},
	{name: "plan", words: re(planFeaturePattern + `|plan does not include|upgrade (your|to)|not available on your (plan|tier)|client-not-enrolled|access to a subset of|` + billingPattern + `|` + creditsPattern + `|` + applyForAccessPattern + `|` + trialModePattern + `|` + paidPlanNeededPattern), unless: re(`one-time pass|\botp\b|\b2fa\b|` + resourceQuotaPattern + `|` + businessFundsPattern + `|` + resultsLimitPattern), code: PermissionDenied, strong: true,
		message: "the account's plan, billing or access level does not include this endpoint (the credential itself was read): upgrade the plan, enable billing or subscribe to this product, or enrol the app for this API; or leave the endpoint out of this environment (only:)"},
	{name: "account not verified", words: re(unverifiedAccountPattern), code: PermissionDenied, strong: true,
		message: "the API read the credential and says its account (the organisation, or the account's e-mail address) must be verified before this operation: complete the verification in the provider's console (verify the organisation, confirm the e-mail address), wait for it to apply, then run again"},
	// 402 Payment Required to a request with a credential: the account's
	// billing stops it (a shop frozen for an unpaid bill: Shopify's
	// "Unavailable Shop"). A card declined (a 402 of a payment API) is the
	// business's answer, and a quota of credits exceeded is a limit.
	{name: "payment required", status: []int{402}, needsSent: true, unless: re(`\bcards?\b|declin|payment method|insufficient funds|quota|limit|exceed`), code: PermissionDenied, strong: true,
		message: "the API answered 402 Payment Required: the account's billing stops this request (an unpaid bill, a frozen or paused account, a paid feature), not the credential: settle the account or its plan in the provider's console, or use an account in good standing"},
	// An explicit deny named is a policy that refused, whoever called
	// (AWS's "User: anonymous is not authorized to perform:
	// cognito-identity:GetId … with an explicit deny in a resource control
	// policy": an unauthenticated API a policy closed). No Allow overrides
	// it.
	{name: "explicit deny", words: re(`\bexplicit deny\b`), code: PermissionDenied, strong: true,
		message: "a policy explicitly denies this identity the action: an explicit deny overrides any Allow, so narrow or remove the Deny statement (in IAM, a resource or service control policy, or the authorizer's policy), or use an identity it does not cover"},
	// A policy's refusal of a caller it knows, with no deny named (AWS
	// IAM's "User: arn:… is not authorized to perform: …", an authorizer's
	// "not authorized to access this resource"): no Allow covers it. A
	// refusal that names the caller as anonymous or as an empty user
	// (Azure DevOps' "The user '' is not authorized") identified no one:
	// the credential was not accepted, so no policy was weighed.
	{name: "not allowed by policy", words: re(`is not authorized to perform|not authorized to access this resource`), unless: re(anonymousCallerPattern), code: PermissionDenied, strong: true,
		message: "the caller's identity was accepted and a policy does not allow it this action (no Allow covers it, in IAM or the authorizer's policy): add an Allow for it, or use an identity that has one"},
	// "…is not authorized to use this API key" (Google's key restrictions)
	// refuses the key, not a caller it knows.
	{name: "caller not authorized", words: re(identityNotAuthorizedPattern + `|` + notApprovedPattern + `|` + credentialNotAuthorizedForPattern), unless: re(anonymousCallerPattern + `|\bto use (this|that|the|your|an?) (api[ _-]?)?key\b`), code: PermissionDenied, strong: true,
		message: "the API names the caller (the user, app, client or consumer) and says it is not authorized for this action or resource: the credential was accepted and lacks a role, ACL resource or permission; grant it, or use a credential that has it"},
	{name: "access disallowed", words: re(`\b(access|requests?)\b[^.]{0,40}\b(has been|is|was|are) disallowed\b|` + disabledFromPattern), code: PermissionDenied, strong: true,
		message: "the API says this credential may not use this API or resource (its access rights, policy or ACL do not include it): grant the key or token access to it at the gateway or provider, or use one that has it"},
	{name: "access policy", words: re(accessPolicyPattern), code: PermissionDenied, strong: true,
		message: "the server says an access policy (row-level security, an authorization policy) refuses this operation for this identity: grant the role the policy requires, adjust the policy, or use a credential whose role it allows (a service role on the server side)"},
	// An access-control exception (Moodle's webservice_access_exception
	// "Access control exception", Java's AccessControlException): the
	// caller was identified and a check of its rights failed, in whatever
	// language the message is written.
	{name: "access control exception", words: re(`\baccess ?control ?exception\b|accessexception\b|_access_exception\b`), code: PermissionDenied, strong: true,
		message: "the API raised an access-control exception: the credential was read and the caller may not use this function or resource (the service the token belongs to does not include it, a capability or role is missing, or the service is restricted to some users or addresses); grant it at the provider, or use a credential whose service includes it"},
	{name: "role required", words: re(roleRequiredPattern + `|` + onlyRoleCanPattern), unless: re(`\brequires? [^.]{0,40}\baccess (token|key)s?\b`), code: PermissionDenied, strong: true,
		message: "the API names the role or privilege this operation requires (admin, owner, write) and the caller does not have it: the credential was accepted; grant the role to its user, or use a credential that has it"},
	// A key limited by its owner to some operations (Resend's sending-only
	// keys, Stripe's restricted keys) is refused the others, often with 401.
	{name: "restricted key", words: re(`(api[ _]?)?(key|token) is restricted to (only )?[a-z]|restricted_api_key`), unless: re(`referr?er|ip address|\bips?\b`), code: PermissionDenied, strong: true,
		message: "the key is restricted by its owner to some operations and this is not one of them: give the key this permission at the provider, or use a key that has it"},
	// "Can't send to this recipient using a team-only API key": the key
	// was read, and its kind does not allow this.
	{name: "key kind refused", words: re(keyKindRefusedPattern), unless: re(`authenticat|\blog ?in|\bsign ?in|verif|validat|decod|\bpars|recogni|identif`), needsSent: true, code: PermissionDenied, strong: true,
		message: "the API says this can't be done with this kind of key (a team, test or restricted key): the key was accepted; use a key of the kind the operation needs (a live key), or widen what this one may do at the provider"},
	{name: "scoped to another project", words: re(scopedElsewherePattern), code: PermissionDenied, strong: true,
		message: "the server says the token or key is not valid for this project, repository or organisation: it is scoped to another one (a project-scoped or OIDC token made for another project, or a project renamed since); use a token scoped to this one, or widen the token's scope at the provider"},
	// A key or token said unable to reach this index, bucket or project,
	// whatever error code comes with it (Meilisearch answers an index its
	// valid key does not cover with the code invalid_api_key).
	{name: "key cannot access resource", words: re(keyCannotAccessPattern), unless: re(keyCannotAccessUnless), code: PermissionDenied, strong: true,
		message: "the server read the key or token and says it cannot reach this resource (an index, bucket, project or tenant outside the ones it was made for): use a key whose indexes or resources include it, or widen this one's at the provider"},
	// OANDA's v20 API words a token it does not accept as missing
	// authorization: a practice token sent to the live host, the reverse,
	// or a revoked token.
	{name: "OANDA v20", status: []int{401}, words: re(`insufficient authorization to perform request`), code: CredentialRejected, strong: true,
		message: "OANDA answers \"Insufficient authorization to perform request\" for a token it does not accept: a practice (fxPractice) token sent to the live API (api-fxtrade.oanda.com) or a live token to the practice API, or a revoked token; point base_url at the environment the token was made for, or generate a new token"},
	// The login must have been accepted: with nothing sent, a code such
	// as Neo4j's AuthorizationFailed beside "No authorization header
	// supplied" is the missing credential.
	{name: "permission on 401", status: []int{401}, noChallenge: true, needsSent: true,
		words: re(notRolePattern + `|` + adminOnlyPattern + `|` + authorizationCodePattern + `|access refused|not_authorised.{0,40}(administrator|management|vhost)|not authori[sz]ed to access (the )?(virtual host|vhost)|insufficient privileges|\b(team|workspace|organi[sz]ation|project)(s|\(s\))? not authori[sz]ed\b|must be a member of (an?|the|this|that) (organi[sz]ation|team|workspace|project|group)\b|` + noAccessToThisPattern + `|` + mustBeRolePattern + `|` + grantsNoAccessPattern),
		code:  PermissionDenied, strong: true,
		message: "the API answered 401 but its own words describe an authorization failure: the login was accepted and the user may not do this (a missing role, tag or permission); grant it to the user, or use one that has it (this API uses 401, not 403, for permission failures)"},
	// A token said missing in a sentence of its own, in either order
	// ("Token is missing", "Missing token"), is the credential's place
	// found empty; a token qualified otherwise ("missing CSRF token") is
	// not this.
	{name: "no credential found", words: re(`not_authed|no api[ _-]?key (was )?(found|provided)|did not provide an api[ _-]?key|authentication (credentials (were )?)?not found|no token provided|no (authentication|auth|bearer) token|authorization field missing|missing subscription key|no account or server api tokens were supplied|must specify access token via authorization header|requires authentication|credentials were (not provided|missing)|"detail"\s*:\s*"not authenticated"|jwt is missing|no authorization token|didn'?t provide an api[ _-]?key|failed to resolve api[ _-]?key|not currently logged in|unregistered callers|no credentials (were )?provided|missing (the |an? )?(api[ _-]?key|(access|bearer|client|auth|session|api) token|credentials?|authori[sz]ation header|authentication header)\b|\b(api[ _-]?key|access token|bearer token) (is )?required\b|(^|[\"':.>]\s*|\ban? )token (is )?required\b|\b(api[ _-]?key|jwt|access[ _]token|bearer token|authori[sz]ation header|authentication header|project[ _-]?id) (is |was )?(missing|not (present|supplied|included|provided))\b|\btoken (is |was )?(missing|not (present|supplied|included|provided))\s*($|[.,;"])|(^|["':.>]\s*)missing (the |an? )?token\s*($|[.,;"!<])|\b(authori[sz]ation|authentication) header (is |was )?not found\b|\bnot exists? (the )?(client[ _-]?id|client[ _-]?secret|api[ _-]?key|access[ _-]?token)\b|` + credentialHeaderMissingPattern + `|` + noAuthProvidedPattern + `|` + credentialNotInRequestPattern + `|` + credentialParamMissingPattern + `|` + credentialNotSetPattern + `|` + credentialMustBeSuppliedPattern + `|` + credentialHeadersMissingPattern),
		// (Not "missing authentication token": AWS API Gateway's words for
		// a route it does not know, the table's first row.)
		// "Token required" opens a sentence, a JSON string or an element's
		// text (Codecov's words in a page's <h1> or an XML <Message>).
		// "missing or invalid key", "invalid credentials or a missing header",
		// "Bad API Key or no API Key provided", "a valid API key is required",
		// "No credentials provided or are invalid" (absentOrInvalidPattern),
		// "no valid credential … or the header was not present":
		// the server does not tell the two apart,
		// so a credential that was sent was read and refused.
		unless:  re(csrfPattern + `|(missing|not provided|not found),? or (invalid|malformed)|` + absentOrInvalidPattern + `|` + listedFaultsPattern + `|invalid or (missing|not (found|present|provided))|\b(bad|invalid|wrong|incorrect|unknown) [^.]{0,40}\bor no\b|invalid [^.]{0,60}\bor (a |an )?missing\b|\bno valid [a-z ]{0,30}(credential|token|key|authori[sz]ation)|` + validCredentialRequiredPattern + `|` + userRequiredPattern),
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
	{name: "GitHub hidden 404", status: []int{404}, header: "X-Accepted-Oauth-Scopes", when: scopesNotWildcard, code: NotFoundHidesPermission, strong: true, evidence: (*analysis).scopeEvidence,
		message: "the API answers 404 for resources this token may not see (rather than 403), and its headers list the scopes it accepts: give the token the scope or the access to the repository or organisation; if the path is wrong, correct it"},
	{name: "hidden 404 words", status: []int{400, 404}, words: re(hiddenByPermissionPattern + `|(not found|does not exist)[^.]{0,80}(or|and) (you|your (token|key))[^.]{0,40}(access|permission)|access[^.]{0,30}(not found|hidden)|shared with (your|the|this) integration|(authori[sz]ation|access|permission) (failed|denied) or [^.]{0,40}not found|not found,? \(?or [^.]{0,30}(not authori[sz]ed|access (is )?denied|no access|insufficient (access|permissions?|privileges))|notauthorizedornotfound`), unless: re(`\baccess[ _-]?keys?\b`), code: NotFoundHidesPermission, strong: true,
		message: "the API hides resources the credential may not access behind a 404: give the credential access to the resource, or correct the path"},
	// A 404 whose error code or category names a missing permission
	// (Gusto's "category": "missing_permissions" for an endpoint of a
	// product tier the application is not let into).
	{name: "hidden 404 permission code", status: []int{404}, words: re(`\b(missing|insufficient|lacking)[_ -]?permissions?\b`), code: NotFoundHidesPermission, strong: true,
		message: "the API answers 404 and names a missing permission: the endpoint or resource is hidden from this credential (its app, plan or role is not let in); get the permission or product access at the provider, or correct the path"},
	// "The specified version does not exist (or perhaps you don't have
	// permission to use it?)": a 4xx that offers a missing permission as
	// its reason (Replicate's 422 for a version the token may not use).
	// After the hidden-404 rows, which read the same words on a 404.
	// Business Central: "You do not have the following permissions on Page
	// APIV2 - Customers: Execute.", "the current permissions prevented the
	// action", in a 400.
	{name: "no permission words", words: re(lacksPermissionPattern + `|` + permissionsPreventedPattern + `|` + notYoursPattern + `|` + noAccessToThisPattern + `|` + mustBeRolePattern + `|` + grantsNoAccessPattern + `|` + actionRefusedPattern + `|` + notGrantedPermissionPattern + `|` + privateResourcePattern + `|` + operationNamedUnauthorizedPattern + `|` + notMemberPattern + `|` + readOnlyAccountPattern), code: PermissionDenied, strong: true, anonymousAfter: true,
		// A key of the other mode (a sandbox key in production) is refused
		// as not permitted by some APIs (Paddle's "You aren't permitted to
		// perform this request" to a pdl_sdbx_ key on the live API): the
		// key's own marker says why.
		confirms: []string{TestKeyInProduction, LiveKeyOutsideProduction},
		message:  "the API says the caller does not have permission for this operation or resource (it may also hide a resource that way): grant the credential (or its user, app or key) access to it, or use one that has it; if the path or id is wrong, correct it"},
	{name: "web server default page", status: []int{403}, words: re(defaultPagePattern + `|<h1>403 forbidden</h1>`), unless: re(`cloudflare|akamai|incapsula|sucuri|request unsuccessful|administrative rules|application-gateway`), code: PermissionDenied, strong: true, confirms: denyPageConfirms,
		message: "the web server in front of the API (its own default error page, not a WAF) refused the request by its access rules (allow/deny, auth_request, a protected location): check its configuration for this path, or the address it expects"},
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
	// An API key that expired is renewed by rotating it, not refreshed
	// (Google's "API key expired. Please renew the API key.").
	{name: "expired API key", words: re(`api[_ ]?key (is |has )?expired|\bapi_key_invalid\b`), code: CredentialRejected,
		message: "the server says the API key expired or is no longer valid: an API key is renewed by rotating it; create a new key in the provider's console and update the variable that defines it"},
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
	// The parameter, header or field the credential went in named invalid
	// ("Invalid Params: invalid code" to an authorization code sent as
	// code, "incorrect X-Partner-Token"), whatever it is called.
	{name: "credential's place named invalid", words: placeNamedInvalidRE, needsSent: true, when: sentPlaceNamedInvalid, code: CredentialRejected, strong: true,
		message: "the server names the parameter or header the credential went in as invalid: it read the credential there and refused it (revoked, expired, mistyped, or another account's); check it at the provider and update the variable that defines it"},
	// "Invalid Value" and nothing more, to a request whose only value is
	// the credential in the query (Google's tokeninfo v2 to an unknown
	// access_token): the value refused can only be the credential.
	{name: "lone value said invalid", status: []int{400, 401, 403}, words: loneValueInvalidRE, needsSent: true, when: onlyCredentialSent, code: CredentialRejected,
		message: "the server calls the request's one value invalid, and the only value it carried is the credential: it read it and refused it (revoked, expired, mistyped, or another account's); check it at the provider and update the variable that defines it"},
	// On a 401 or 403 to a request that carried a credential, the key or
	// session it named said not to exist: it was deleted, signed out or
	// never issued here. (With nothing sent, the no-credential reading
	// speaks; on a 404 the words are about data.)
	{name: "credential said not to exist", status: []int{401, 403}, words: re(vanishedCredentialPattern), unless: re(dataKeyPattern + `|` + dataSessionPattern), needsSent: true, code: CredentialRejected, strong: true,
		message: "the server looked up the key or session the request carried and says it does not exist: it was deleted or revoked, the session was signed out, or it belongs to another project or cluster; get a new one (a fresh sign-in, or the key from the provider's console) and update the variable that defines it"},
	{name: "rejected credential words", words: re(`invalid[_ ]((private|secret|access|subscription) )?api[_ ]?key\b|invalid (private|secret|public|authori[sz]ation|auth) keys?\b|invalid[_ ](app|client)?[_ ]?secret\b|\bauth[_ -]?fail(ed|ure)\b|\b(bad|invalid)[_ ]authori[sz]ation( header| token| key)?(\s*["(.,;:]|\s*$)|invalid [a-z_-]+ or (api[_ ]?)?(key|token|secret)\b|invalid [a-z_-]+ ?/ ?(api[_ ]?)?(key|token|secret|password)s?\b|invalid x-api-key|api[ _-]?key not valid|invalid[_ ]((authentication|login|user)[_ ])?credentials?\b|invalid[_ ]password|(incorrect|wrong) password|bad credentials|\bbad (api[_ ]?)?(key|token)\b|invalid_auth|invalid token|token (is )?invalid|unrecognized login|authentication[_ ]?(fail(s|ed|ure)|unsuccessful)|(login|logon|sign[- ]?in) (was )?unsuccessful|invalid[_ ]session|(account|user|organi[sz]ation|workspace|tenant) (has been |is |was )?(deactivated|suspended|restricted|banned)\b|user disabled|invalidapikey\b|incorrect api key|not a valid (api )?(key|token)|authorization grant is invalid|security token included in the request is invalid|token_revoked|(token|key|credential)s? (has been|have been|was|is) revoked|account_inactive|key not authori[sz]ed|login failed|"invalidtoken"\s*:\s*true|unknown x-auth-key|signaturedoesnotmatch|signature we calculated does not match|\bsignature (is |was )?not matched\b|invalid client_id or secret|invalid_api_keys|invalid[_ ]((oauth|access|auth|bearer|jwt|api)[_ ]){0,2}token|error validating (access |auth |bearer |oauth )?token|invalidaccesskeyid|signature[_ -]does[_ -]not[_ -]match|key has expired|expired api[_ ]?key|api_key_expired|invalid or non-existent authentication information|(key|token) (provided )?is invalid|server failed to authenticate the request|\bauth(entication)? error\b|(token|signature) is malformed|\b(api[ _-]?key|apikey|token|signature|credentials?)\s*:\s*invalid\b|malformed (access |bearer )?token|acl (token )?not found|invalid[_ ]signature|(credential|key|token|signature)s? (provided |supplied |given )?(is|are) not valid\s*[."]|` + tokenCheckPattern + `|\b(signature|token|credential)s? (cannot|can ?not|could not|couldn't) be (verified|validated)\b|\b(invalid|revoked|bad|incorrect|wrong|unrecognized)((,? (or )?|/)(invalid|revoked|expired|disabled|unknown|missing))+ [a-z-]{0,20} ?(api[ _]?key|key|token|credential)s?\b|` + unknownCredentialPattern + `|` + revokedMalformedPattern + `|` + verifyCredentialPattern + `|` + notValidCredentialPattern + `|` + accessRevokedPattern + `|` + accountSuspendedPattern + `|` + credentialFaultPattern + `|` + credentialLengthPattern + `|` + unsignedHeaderPattern + `|` + attestationRefusedPattern + `|` + disabledAccountPattern + `|` + tokenUnparsablePattern),
		// An answer in anti-CSRF words ("Invalid CSRF Token", Transmission's
		// "invalid session-id header … to help prevent CSRF attacks") is the
		// anti-CSRF rows' to read: the token it refuses is not the credential.
		unless:  re(credentialFaultUnless + `|` + csrfPattern),
		code:    CredentialRejected,
		message: "the server says it read the credential and does not accept it: it is revoked, rotated, mistyped, for another account, or not enabled for this API; check it in the provider's console and update the variable that defines it"},
	// After the rows above, whose message it keeps: the same refusal,
	// said of the header's format, confirms what the header looks like,
	// above the strong reading of the header named invalid.
	// The same words about the Authorization header's shape to a request
	// that sent the credential elsewhere (an x-api-key header, a query
	// parameter) and no Authorization header: the server looked there
	// and found nothing it could read.
	{name: "Authorization elsewhere", words: re(authzHeaderFormatPattern + `|` + authzHeaderShapePattern), when: credentialOutsideAuthorization, code: CredentialInWrongPlace, strong: true,
		message: "the server speaks of the Authorization header (its format, or what it should hold) while the credential went elsewhere and no Authorization header was sent: send it in the Authorization header with the scheme the server names (type: bearer), or as the API documents"},
	{name: "Authorization header format", words: re(authzHeaderFormatPattern), code: CredentialRejected, strong: true, confirms: formatCodes,
		message: "the server says the Authorization header is malformed: it reads \"<Scheme> <credential>\" and the header sent does not have that shape; check the scheme and prefix the API documents"},
	{name: "user required", status: []int{400, 403, 422}, words: re(userRequiredPattern), needsSent: true, code: PermissionDenied, strong: true,
		message: "the API read the credential and says this call needs a user behind it: an application's token (client credentials, an app key) is not enough; use a token issued to a user (an authorization code or personal token) for this call"},
	// A request signature refused in words the row above does not read
	// ("Signature for this request is not valid.", Bybit's "error sign!",
	// Gemini's InvalidSignature in any case), or a signing header named
	// invalid ("Invalid OK-ACCESS-KEY", "Invalid KC-API-SIGN"): the key,
	// the secret that signs or the passphrase was read and refused.
	{name: "signature refused", words: re(signatureRefusedPattern + `|\binvalidsignature\b|\binvalid [a-z0-9]+(-[a-z0-9]+)*-(key|sign|signature|passphrase|token|secret)\b`), unless: re(credentialFaultUnless), code: CredentialRejected,
		message: "the server says the request's signature, or a header that carries the key, its signature or its passphrase, is not valid: the key, the secret that signs or the passphrase is wrong, or what was signed differs from what was sent (the string to sign, its encoding, the order of its parts); check the key, secret and passphrase in the provider's console and the signing against the API's documentation"},
}

// apiGatewayForbiddenPattern: AWS API Gateway's bare 403 body, read by
// both its rows (with the gateway's header, or with the key in x-api-key),
// which say the same (apiGatewayForbiddenMessage).
const (
	apiGatewayForbiddenPattern = `^\s*\{\s*"message"\s*:\s*"forbidden"\s*\}\s*$`
	apiGatewayForbiddenMessage = "AWS API Gateway answers a bare Forbidden when the API key (x-api-key) is missing, unknown or disabled, or is not in a usage plan of this stage: check the key and its usage plan"
)

// csrfPattern: an anti-CSRF check's words (Jenkins calls its token a
// crumb), the token's field names among them
// (Tornado's and Jupyter's _xsrf, Express's and Spring's _csrf, Django's
// csrfmiddlewaretoken and X-CSRFToken), where \b alone misses the
// underscore and the glued "token".
const csrfPattern = `(\b|_)[cx]srf(\b|_|token|middlewaretoken)|\bcrumb\b`

var csrfRE = lazyre.New(csrfPattern)

// oneKeyDisabledPattern: one credential switched off ("This API key has
// been disabled"): that key is refused (unknownCredentialPattern), not the
// way of authenticating.
// ("The api_key supplied has been disabled", api.data.gov.) Also the
// user's own password switched off until it is reset (Zulip's "Your
// password has been disabled and needs to be reset"): that password, not
// password authentication ("Password authentication is disabled in this
// organization" stays the method's).
const oneKeyDisabledPattern = `\b(this|the|that|your|provided) [a-z_ -]{0,20}(key|token|credential|secret|password)( (supplied|provided|given|used|sent))? (has been|was|is) disabled|\b(api[ _-]?key|access token|token) (has been|was|is) disabled\b`

// faultListPattern: "expired" as one of several faults the server lists
// without saying which ("expired, revoked, malformed or invalid", "invalid
// or expired", "Missing/invalid/expired access token"): it does not say
// the token expired; nor does "Token has expired or signature is invalid"
// (Oracle Health's FHIR servers), which names two faults. "Session expired
// or invalid" (Salesforce, Paddle) names the expiry first and is read as
// one.
const faultListPattern = `\bexpired or (the |its )?(signature|token|key|credential)s? (is |are )?(invalid|not valid)\b|\b(invalid|bad|incorrect|wrong|unrecognized)(,| or|, or|/) ?expired\b|\bexpired(,| or|, or|/) ?revoked\b|\bexpired, (revoked|malformed|invalid)\b`

// notRolePattern: words that say the caller is not in a role ("Not
// administrator user", "You are not a server admin"), an authorization
// failure even when an API answers it with 401.
const notRolePattern = `not (an? )?((server|system|site|cluster|instance|global|org|organi[sz]ation|project|workspace|team|database|db) )?(administrator|admin|management|monitoring|owner|member)\b`

// denyPageConfirms: a proxy's or web server's own deny page says no
// reason; when the token lacks the scope the scenario requires, that is
// the likelier one (HAProxy's and nginx's JWT checks deny so).
var denyPageConfirms = []string{JWTMissingScope}

// formatCodes are local findings that explain why a server saw no usable
// credential although one was sent.
var formatCodes = []string{SchemeMismatch, PrefixDoubled, PrefixMissing, WhitespaceInCredential, QuotesInCredential, PlaceholderCredential, CredentialMissing}
