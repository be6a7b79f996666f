package diagnose

import "github.com/authspec/authspec/internal/lazyre"

// The token endpoint's word families: what AnalyzeToken (token.go) reads
// in an error_description beside, or instead of, RFC 6749's code.

var clientRejectedRE = lazyre.New(`invalid client|client secret|secret not provided|unknown[_ ]client|not identified|invalid_client|bad client credentials|(client|application)\b[^.]*\bnot found|` + clientDisabledPattern + `|` + grantPresentedRefusedPattern + `|` + clientUnrecognisedPattern)

// clientDisabledPattern: the client itself said disabled, deactivated or
// deleted (Entra's unauthorized_client "AADSTS7000112: Application
// '…'(name) is disabled.", Google's deleted_client "The OAuth client was
// deleted."): the client is refused whatever the code, not a grant it
// lacks. The name or id may stand between, quoted or in parentheses; a
// grant type or scope said disabled for the client is a permission.
const clientDisabledPattern = `\b(oauth )?(client|application|app)( ['"][^'"]{0,80}['"])?( ?\([^)]{0,80}\))? (is|was|has been) (disabled|deactivated|deleted|suspended)\b`

// grantPresentedRefusedPattern: the words say what the request presented (a
// refresh token, an assertion, a code, a password) is invalid, expired or
// revoked, whatever the code (Atlassian's unauthorized_client "refresh_token
// is invalid"): refused, not a grant the client may not use. "Grant" alone
// is left out: "grant type is invalid" is about the grant type.
const grantPresentedRefusedPattern = `\b(refresh[_ ]?token|assertion|authori[sz]ation[_ ]code|password)\b[^.]{0,20}\b(is|was|has been) (invalid|expired|revoked|malformed|unknown)\b|\b(invalid|expired|revoked|malformed|unknown|stale) (refresh[_ ]?token|assertion|authori[sz]ation[_ ]code|password)\b`

// grantExpiredRE: the endpoint says the grant it was given (a refresh
// token, a session, a token it was to exchange) ran out of time, and only
// that: Entra's "The refresh token has expired due to inactivity",
// Salesforce's "expired access/refresh token". A list of faults ("invalid
// or expired", "expired or revoked", RFC 6749's "invalid, expired,
// revoked") does not say which, and an expired client secret, key or
// certificate is rotated, not refreshed (grantExpiredUnlessRE).
var grantExpiredRE = lazyre.New(`\b(refresh[_ ]?token|access[_ ]?token|token|session|grant)s?\b[^.]{0,20}\b(has |have |is |was )?expired\b|\bexpired (access/refresh |refresh |access |session )?(token|session)\b|^(expired_token|token_expired)$`)

var grantExpiredUnlessRE = lazyre.New(`\b(invalid|revoked|malformed|not found|unknown|secrets?|keys?|certificates?|passwords?)\b`)

// freshTokenAskedRE: the endpoint asks for a fresh token after saying the
// grant expired (Entra's AADSTS50173 "The provided grant has expired due
// to it being revoked, a fresh auth token is needed"): whatever else it
// says (revoked, after a password change), the remedy it names is a new
// token, a sign-in, not the client's secret rotated.
var freshTokenAskedRE = lazyre.New(`\b(fresh|new)\b[^.]{0,20}\btokens?\b[^.]{0,10}\b(is |are )?(needed|required)\b`)

// lifetimeExceededRE: the endpoint states the grant's lifetime ran out
// beside saying it expired (Entra's AADSTS70043 "The refresh token has
// expired or is invalid due to sign-in frequency checks … The token was
// issued on … and the maximum allowed lifetime for this request is
// 82800"; "it exceeded its maximum lifetime", "older than the maximum
// age"): its age is the fault it names, whatever "or invalid" lists
// beside; a new grant, not the client's secret, is the remedy.
var lifetimeExceededRE = lazyre.New(`\b(maximum|max) (allowed |permitted )?(lifetime|age)\b|\b(lifetime|max(imum)? age) (has been |was |is )?(exceeded|reached)\b|\b(exceeded|exceeds|past|beyond|older than) (its |the )?(maximum |max )?(allowed |permitted )?(lifetime|age)\b`)

// validityWindowRE: what the client presented (its assertion, a token) is
// outside its valid time range (Entra's AADSTS50012 and AADSTS700024,
// "Client assertion is not within its valid time range"): a new one is
// needed, or this machine's clock fixed; the client's key is not refused.
var validityWindowRE = lazyre.New(validityWindowPattern)

// policyBlockedRE: a policy refuses this identity, read as the rules
// table's "access policy" row reads it (accessPolicyPattern): at the token
// endpoint, a policy of the tenant refuses to issue the token (Entra's
// AADSTS53003 "Access has been blocked by Conditional Access policies. The
// access policy does not allow token issuance."): the client is known and
// its secret accepted; the policy does not let it in.
var policyBlockedRE = lazyre.New(accessPolicyPattern)

// interactionRE: the user is known, but the grant cannot go on without an
// interaction it cannot have: a second factor (Entra's AADSTS50076 and
// AADSTS50079, Auth0's mfa_required) or OpenID Connect's
// interaction_required. A wrong one-time code is a refused credential, not
// this.
var interactionRE = lazyre.New(accountSetupPattern + `|` + reauthRequiredPattern + `|` + ssoRequiredPattern + `|\binteraction_required\b|\bmfa_required\b|\b(must|need to|needs to|required to) (use|complete|pass|enroll in|register for|set up) (an? |the |their |your )?(multi-?factor|two-?factor|mfa|2fa)\b|\b(multi-?factor|two-?factor|mfa|2fa) (authentication )?(is )?required\b`)

// ssoRequiredPattern: the user must sign in through single sign-on or one
// of the organisation's connections or identity providers (WorkOS's
// sso_required "User must authenticate using one of the matching
// connections.", "SSO login is required for this organization"): the
// password grant cannot give that sign-in; the user is known.
const ssoRequiredPattern = `\bsso_required\b|\b(sso|single sign-?on)( login| sign-?in| authentication)? (is )?required\b|` +
	`\bmust (authenticate|sign in|log ?in) (using|with|through|via) (sso|single sign-?on|an? (identity provider|idp|sso connection)|one of the (matching |allowed |organi[sz]ation'?s? )?(connections|identity providers|idps|methods allowed))\b`

// reauthRequiredPattern: the user must sign in again interactively before
// the grant may go on (Google Workspace's session control, invalid_grant
// "reauth related error (invalid_rapt)"; "reauthentication required",
// "the user must reauthenticate"): an interaction the grant cannot give,
// as interaction_required is; the refresh token itself is not refused.
const reauthRequiredPattern = `\bre-?auth(entication)?\b[^.]{0,20}\b(related error|required|needed)\b|\binvalid_rapt\b|\bmust re-?authenticate\b`

// accountSetupPattern: the account has steps to finish before it may
// sign in (Keycloak's "Account is not fully set up" for required actions
// pending, "must change their password"): the password was right, the
// grant cannot do the steps.
const accountSetupPattern = `\b(account|user|profile)\b[^.]{0,20}\bnot (fully |yet |completely )?(set ?up|configured|completed?)\b|\b(account|profile) setup (is )?(incomplete|not (yet )?complete)\b|` +
	`\b(pending|outstanding|incomplete) required actions?\b|\brequired actions? (are |is )?(pending|outstanding|not (yet )?completed)\b|\bmust (change|reset|update) (their|the|your|his|her) password\b|\bpassword (change|reset|update) (is )?required\b`

// authMethodRE: the endpoint names the client authentication method it
// accepts against the one it got (Ory Hydra: "supports client
// authentication method 'client_secret_basic', but method
// 'client_secret_post' was requested"): the secret went where the client
// does not read it. The generic "unsupported authentication method" among
// other faults names no method and stays a refused client.
var authMethodRE = lazyre.New(`\bclient_secret_(basic|post)\b[^.]{0,80}\b(but|requested|not (allowed|supported|permitted|enabled)|unsupported|instead|expected)\b|\b(not (allowed|supported|permitted)|unsupported)\b[^.]{0,40}\bclient_secret_(basic|post)\b`)

// multipleClientAuthRE: the endpoint found the client's credentials in
// more than one place at once (Okta's "Cannot supply multiple client
// credentials. Use one of the following: credentials in the Authorization
// header, credentials in the post body, or a client_assertion", "only one
// client authentication mechanism may be used"): the secret must go one
// way only. Several values of a parameter are not credentials.
var multipleClientAuthRE = lazyre.New(`\b(multiple|more than one|several|two)\b[^.]{0,20}\b(client (credentials|authentication|auth)|(client )?authentication (methods?|mechanisms?))\b|\b(only|just|exactly) one (client )?(authentication|auth) (method|mechanism)\b|\bboth\b[^.]{0,30}\bheader\b[^.]{0,30}\b(body|form)\b`)

// secretNotFoundRE: the endpoint says the client's secret or credentials
// are missing or were not provided (Keycloak's "Client secret not provided
// in request", "client_secret is missing", "No client credentials found
// in the request"), or that the request's body must carry them (Entra's
// AADSTS7000218 "The request body must contain the following parameter:
// 'client_assertion' or 'client_secret'"). authspec sends them, so the
// endpoint did not find them where it looks. fosite's list of faults ("(e.g., unknown client,
// no client authentication included, …)") names none and stays a refused
// client, and so does a secret "not found" (hh.ru's "client_id or
// client_secret not found": looked up, no such client), unless the places
// it was looked for are named (oauth2-server-php's "Client credentials
// were not found in the headers or body", to a secret sent as Basic that
// PHP under CGI dropped).
var secretNotFoundRE = lazyre.New(`\b(client[_ ]secret|client credentials)\b[^.(]{0,20}\b(not provided|missing|not present|not included|not sent|was not given)\b|\b(missing|no) (client[_ ]secret|client credentials)\b|` +
	`\b(request|body|form)\b[^.]{0,20}\b(must|should|needs? to|has to) (contain|include|carry|have)\b[^.]{0,50}\b(client[_ ]secret|client_assertion)\b|` +
	`\b(client[_ ]secret|client credentials|client_id)\b[^.(]{0,30}\bnot found in (the )?(request )?(headers?|authorization header|body|form)\b`)

// assertionMethodRE: the endpoint wants the client to authenticate with
// a signed JWT (client_assertion, private_key_jwt, client_secret_jwt) or a
// certificate (tls_client_auth), as the client is registered, while a
// secret was sent (Keycloak's "Parameter client_assertion_type is
// missing"). An assertion said invalid was one sent, and is refused.
var assertionMethodRE = lazyre.New(`\bclient_assertion(_type)?\b[^.]{0,30}\b(is |are )?(missing|required|not provided|expected)\b|\b(missing|requires?|expected)\b[^.]{0,30}\bclient_assertion\b|\b(private_key_jwt|client_secret_jwt|tls_client_auth)\b`)

// actorNotAllowedRE: the words say the client, application or user is not
// allowed to do what it asked (Cognito's "User is not authorized to get
// auth details.", "Client is not allowed to request tokens"), or not
// approved for it, or not given a role of the application it asks a token
// for, as the rules table's "caller not authorized" row reads them
// (notApprovedPattern: Salesforce's invalid_app_access, Entra's
// AADSTS50105), whatever the code or without one: known, not allowed.
// When the words also say the secret or client was refused
// (clientRejectedRE), that wins.
var actorNotAllowedRE = lazyre.New(`\b(user|client|application|app|caller|account|principal)\b[^.]{0,20}\b(is|are) not (authori[sz]ed|allowed|permitted) to\b|` + grantTypeNotAllowedPattern + `|` + notApprovedPattern + `|` + methodAccessLackedPattern)

// methodAccessLackedPattern: the client or application said not (yet) to
// have access to the authorization method, flow or grant it used (Blue
// Button's 403 "This application, …, does not yet have access to this
// authorization method."; "The client does not have access to the client
// credentials flow"): it is known, and this way of getting a token is not
// enabled for it. The name may stand between, as in clientDisabledPattern.
const methodAccessLackedPattern = `\b(client|application|app)\b[^.]{0,60}\b(does not|doesn'?t|do not|don'?t) (yet )?have access to (this|the|that) ([a-z_-]+ ){0,2}(method|flow|grant( type)?)\b`

// grantTypeNotAllowedPattern: the grant type said not allowed for the
// client ("The grant type is unauthorized for this client_id", "grant
// type not enabled for this client"), whatever the error code: the client
// is known and this grant is switched off for it.
const grantTypeNotAllowedPattern = `\bgrant[ _]?type\b[^.]{0,30}\b(is |was )?(unauthori[sz]ed|not (authori[sz]ed|allowed|permitted|enabled)) for (this|the|that) client([ _]?id)?\b|` +
	`\bnot (authori[sz]ed|allowed|permitted) to use (the |this )?(authori[sz]ation )?grant( type)?\b`

// serverSideErrors are the RFC 6749 codes a token endpoint answers its own
// failure with (instead of a 500 or a 503): nothing about the client.
var serverSideErrors = map[string]bool{"server_error": true, "temporarily_unavailable": true}

// resourceErrors are the codes for a resource or audience the endpoint
// does not know or will not issue a token for (RFC 8707's invalid_target,
// Entra's invalid_resource): like invalid_scope, the client is known.
var resourceErrors = map[string]bool{"invalid_target": true, "invalid_resource": true}

// resourceRefusedRE: words that say what invalid_resource says, under
// another code (Tesla's invalid_request "Invalid resource"; "Unknown
// audience: …", "audience is not allowed"): the resource or audience asked
// for, not the client. A resource owner's credentials (the password
// grant's "Invalid resource owner credentials") are the user's.
var resourceRefusedRE = lazyre.New(`\b(invalid|unknown|unsupported|unrecogni[sz]ed|disallowed) (resource|audience|target)s?( (parameter|indicator|uri|value))?\s*($|[.,;:'"(])|` +
	`\b(resource|audience|target)s?( (parameter|indicator|uri|value))? (is |are |was )?(invalid|unknown|not (allowed|permitted|valid|recogni[sz]ed))\b`)

// resourceNotGrantedRE: the resource or audience asked for said not
// listed, configured or enabled in the client's permissions or
// registration (Entra's AADSTS650057 "Invalid resource. The client has
// requested access to a resource which is not listed in the requested
// permissions in the client's application registration", under
// invalid_client): the client is known and may not have tokens for it,
// whatever the code; a key or secret said not registered is refused
// (the subject is the resource or audience).
var resourceNotGrantedRE = lazyre.New(`\b(resource|audience)s?\b[^.]{0,50}\bnot (listed|included|configured|declared|registered|enabled) (in|among|for) (the |this |your )?(client'?s? |app(lication)?'?s? )?(requested |configured |granted )?(permissions?|scopes?|application registration|registration|client|app|application)\b`)

// scopeRefusedRE: words that say what invalid_scope says, from an endpoint
// that answers without RFC 6749's code (Twitch's {"status":400,"message":
// "invalid scope requested: 'x'"}; RFC 6749's own "The requested scope is
// invalid, unknown, or malformed"): the scope asked for, not the client.
var scopeRefusedRE = lazyre.New(`\b(invalid|unknown|unsupported|unrecogni[sz]ed|disallowed) scopes?( requested)?\b|\brequested scopes? (is |are )?(invalid|unknown|not (allowed|permitted|valid))\b|\bscopes? (is |are )?not (allowed|permitted) for (this|the) client\b`)

// consentRE: the endpoint knows the client and its secret, but nobody
// consented to what it asks for (Entra's AADSTS65001 consent_required), or
// the user the grant names has not approved (pre-authorised) the client
// (Salesforce's invalid_grant "user hasn't approved this consumer" for a
// JWT bearer grant; "the user has not authorized this application").
// Read with contractions said in full (plainWords), in the error code
// too (DocuSign's bare {"error":"consent_required"}).
var consentRE = lazyre.New(`not consented|consent_required|admin consent|` +
	`\b(has|have|did) not (yet )?(approved|authori[sz]ed|consented to|pre-?authori[sz]ed) (this|the|that|your) (consumer|client|app|application|connected app|integration)\b`)

// tenantUnknownRE: the tenant, realm or directory the token URL names does
// not exist (Entra's invalid_tenant "AADSTS90002: Tenant 'x' not found",
// AADSTS900023 "Specified tenant identifier 'x' is neither a valid DNS
// name, nor a valid external domain", Keycloak's "Realm does not exist"):
// the URL is wrong, not the client. A user or application not found in a
// tenant is not this.
var tenantUnknownRE = lazyre.New(`^invalid_tenant$|\b(tenant|realm)( (identifier|id|name))?( ['"][^'"]{0,80}['"]| [0-9a-f]{8}-[0-9a-f-]{27})?( was| is)? (not found|does not exist|doesn't exist|(is )?not valid|invalid|is neither a valid)\b`)

// endpointOwnFaultRE: a token endpoint's words about itself: a function
// or service of the server switched off or unavailable, or its own
// internal error. endpointOwnFaultUnlessRE: switched off for the client,
// app or user that asks ("feature not enabled for this client") is the
// client's standing, a refusal.
var (
	endpointOwnFaultRE       = lazyre.New(`\b(functionality|feature|service|server|endpoint)s? (is |are |has been |have been )?(currently |temporarily )?(not enabled|disabled|unavailable|not available)\b|\binternal (server )?error\b|\bservice unavailable\b`)
	endpointOwnFaultUnlessRE = lazyre.New(`\b(not enabled|disabled|unavailable|not available) (for|to) (this|the|your) (client|app|application|user|account|organi[sz]ation|tenant|project)\b`)
)

// tokenHeaderMissingRE: the token endpoint names a header besides the
// client's credentials that the request did not carry (Okta's
// invalid_dpop_proof "The DPoP proof JWT header is missing." to a client
// its tokens are bound for; "DPoP header was not provided"), in the words
// the API's required-header rows read; the headers a credential travels
// in are the client's authentication (tokenCredentialHeaderRE), read
// above.
var (
	tokenHeaderMissingRE    = lazyre.New(headerMissingPattern + `|` + proofRequiredPattern)
	tokenCredentialHeaderRE = lazyre.New(`\b(authori[sz]ation|authentication|auth|api[ _-]?key|token|client[ _-]?secret|credentials?|basic)['"]? header\b`)
)

// grantDefinitionRE: RFC 6749's definition of invalid_grant, which
// libraries (Ory fosite, league/oauth2-server) send as the description
// before their own hint ("… or was issued to another client. The refresh
// token expired."): it lists every fault (invalid, expired, revoked), says
// no more than the code, and is read out so the hint decides.
var grantDefinitionRE = lazyre.New(`\bthe provided authori[sz]ation grant( \(e\.g\.,[^)]*\))? or refresh token is invalid, expired, revoked, does not match the redirection uri used in the authori[sz]ation request, or was issued to another client\.?`)

// accessDeniedDefinitionRE: RFC 6749's definition of access_denied, which
// libraries send as its description (whatever label or link comes with
// it): it says no more than the code.
var accessDeniedDefinitionRE = lazyre.New(`\bthe resource owner or authori[sz]ation server denied the request\b`)
