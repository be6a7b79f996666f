package diagnose

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/authspec/authspec/internal/lazyre"
	"github.com/authspec/authspec/secret"
)

var clientRejectedRE = lazyre.New(`invalid client|client secret|secret not provided|unknown[_ ]client|not identified|invalid_client|bad client credentials|(client|application)\b[^.]*\bnot found|` + clientDisabledPattern + `|` + grantPresentedRefusedPattern)

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
var interactionRE = lazyre.New(accountSetupPattern + `|` + reauthRequiredPattern + `|\binteraction_required\b|\bmfa_required\b|\b(must|need to|needs to|required to) (use|complete|pass|enroll in|register for|set up) (multi-?factor|two-?factor|mfa|2fa)\b|\b(multi-?factor|two-?factor|mfa|2fa) (authentication )?(is )?required\b`)

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
var actorNotAllowedRE = lazyre.New(`\b(user|client|application|app|caller|account|principal)\b[^.]{0,20}\b(is|are) not (authori[sz]ed|allowed|permitted) to\b|` + notApprovedPattern)

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
// Read with contractions said in full (plainWords).
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

// TokenRefusal is an OAuth2 token endpoint's answer to a client
// credentials request that got no token (RFC 6749 section 5.2).
type TokenRefusal struct {
	Env         string
	StatusCode  int
	Error       string // invalid_client, invalid_scope, unauthorized_client, …
	Description string // error_description
	Scopes      []string
	Credential  *Credential // the client: client_id and client_secret values
	Now         time.Time
	Redactor    *secret.Redactor // the run's; nil: built from Credential
}

// AnalyzeToken explains a token endpoint's refusal, most likely first. The
// client's own evidence (a secret from another environment, a test client
// in production, a quoted or padded secret) outranks the endpoint's code,
// which names the symptom, not the cause.
func AnalyzeToken(t TokenRefusal) []Cause {
	a := &analysis{ex: Exchange{Env: t.Env, Credential: t.Credential, Now: t.Now}, red: newRedactor(t.Redactor, t.Credential)}
	said := []string{textf("token endpoint answered %s", secret.Lit(fmt.Sprint(t.StatusCode)))}
	if t.Error != "" {
		said = append(said, textf("error: %s", t.Error))
	}
	if t.Description != "" {
		said = append(said, textf("error_description: %q", a.red.excerpt(t.Description, 200)))
	}
	for _, ch := range checkCredential(t.Credential, t.Env, nil, nil, t.Now, 0) {
		switch ch.code {
		case CredentialFromOtherEnvironment, TestKeyInProduction, LiveKeyOutsideProduction:
			if ch.strong {
				a.add(scoreEnvMismatch, ch.code, ch.message, append(ch.evidence, said...)...)
			}
		case QuotesInCredential, WhitespaceInCredential, CredentialMissing:
			a.add(scoreFormat, ch.code, ch.message, append(ch.evidence, said...)...)
		}
	}
	name := a.credName()
	code, lower := strings.ToLower(t.Error), strings.ToLower(t.Description)
	switch {
	case t.StatusCode == 429 || (t.StatusCode >= 400 && rateWordsIn(code+" "+strings.ReplaceAll(code, "_", " ")+" "+lower) != ""):
		// A token endpoint that throttles with another status than 429
		// (RFC 8628's slow_down, a 400 rate_limit_exceeded or "quota
		// exceeded"), in the rate words every answer is read with; its
		// code in words too (too_many_requests).
		a.add(scoreRateLimited, RateLimited, lit("the token endpoint is rate limiting this client; wait, or fetch tokens less often"), said...)
		return a.result()
	case serverSideErrors[code] && t.StatusCode != 401 && t.StatusCode != 403:
		// The endpoint's own failure. A 401 or 403 still says the client
		// was not let in (ServiceNow answers a wrong secret 401
		// server_error), and reads on.
		return nil
	case t.Error == "" && t.StatusCode != 400 && t.StatusCode != 401 && t.StatusCode != 403 && t.StatusCode != 422:
		// 404, 5xx, or 200 without a token: the endpoint, not the
		// client, is the problem; the error message says which. A 422
		// is a refusal as a 400 is (PyPI's trusted publishing exchange
		// answers an OIDC token it does not take with 422 and a list
		// of errors, not RFC 6749's codes).
		return nil
	case t.Error == "" && (t.StatusCode == 400 || t.StatusCode == 422) && endpointOwnFaultRE.MatchString(lower) && !endpointOwnFaultUnlessRE.MatchString(lower):
		// A 400 or 422 without RFC 6749's code whose words are about the
		// endpoint itself, not the client: a function of the server
		// switched off (PyPI's 422 not-enabled "trusted publishing
		// functionality not enabled"), the service unavailable, its own
		// internal error. Nothing the client sent was refused.
		return nil
	case t.StatusCode >= 500 && !grantErrors[code]:
		// A 5xx with a code of the server's own (Keycloak's 500
		// unknown_error when an authenticator fails inside it): its
		// failure, not a refusal. A 5xx that names an RFC 6749 refusal
		// code (invalid_client) still refuses the client.
		return nil
	}
	if ok, _ := ipRestricted(lower, nil); ok || ipRefusedRE.MatchString(lower) {
		// Salesforce's invalid_grant "ip restricted": the client and user
		// are known; the address the request came from is not allowed.
		a.add(scoreIPRestricted, IPRestricted,
			textf("the token endpoint refuses the client%s's request from this IP address (%s): the user's profile, the app's policy or the organisation allows only listed addresses; add this machine's (or the CI runner's) egress IP, or relax the app's IP policy, in the provider's console", name, t.Error),
			said...)
		return a.result()
	}
	if tenantUnknownRE.MatchString(code) || tenantUnknownRE.MatchString(lower) {
		a.add(scoreInsufficient, EndpointNotFound,
			textf("the token endpoint says the tenant or realm its URL names does not exist (%s): check token_url (the tenant id or domain, the realm's name, the cloud's host) against the provider's console; the client%s is not the problem", t.Error, name),
			said...)
		return a.result()
	}
	if authMethodRE.MatchString(lower) || multipleClientAuthRE.MatchString(lower) || secretNotFoundRE.MatchString(lower) || assertionMethodRE.MatchString(lower) {
		a.add(scoreInsufficient, CredentialInWrongPlace,
			textf("the token endpoint reads the client%s's secret elsewhere or another way: its words name where or how the client authenticates (client_secret_basic: the Authorization header, authspec's default; client_secret_post: the form, auth_style: body; one place only; a signed JWT or certificate the client is registered for); set auth_style to match, or change the client's authentication method to a client secret in the provider's console", name),
			said...)
		return a.result()
	}
	if interactionRE.MatchString(code + " " + lower) {
		a.add(scoreInsufficient, PermissionDenied,
			textf("the token endpoint knows the user or client%s but will not issue a token without an interaction this grant cannot give (a second factor, a sign-in; %s): use a client credentials grant or a service account exempt from the policy, or have the policy exclude this client", name, t.Error),
			said...)
		return a.result()
	}
	if (grantExpiredRE.MatchString(lower) || grantExpiredRE.MatchString(code)) && (!grantExpiredUnlessRE.MatchString(lower) || freshTokenAskedRE.MatchString(lower)) {
		a.add(scoreInsufficient, TokenExpired,
			textf("the token endpoint says the grant it was given (a refresh token, a session) expired: get a new one (sign in again, or request a new refresh token) rather than rotating the client%s's secret", name),
			said...)
		return a.result()
	}
	if validityWindowRE.MatchString(lower) {
		a.add(scoreInsufficient, TokenExpired,
			textf("the token endpoint says what the client%s presented (a client assertion, a token) is outside its valid time range: make a new one for each request, and check this machine's clock (NTP); the client's key or certificate is not the problem", name),
			said...)
		return a.result()
	}
	if policyBlockedRE.MatchString(lower) {
		a.add(scoreInsufficient, PermissionDenied,
			textf("the token endpoint knows the client%s but a policy of the tenant refuses to issue it a token (%s): have the policy (Conditional Access, a sign-in or security policy) exclude this client, or run from where it allows", name, t.Error),
			said...)
		return a.result()
	}
	if actorNotAllowedRE.MatchString(lower) && code != "invalid_client" && !clientRejectedRE.MatchString(lower) {
		a.add(scoreInsufficient, PermissionDenied,
			textf("the token endpoint knows the client or user%s but says it is not allowed what it asked: enable the grant or sign-in method for it, or use a client or user that has it, in the provider's console", name),
			said...)
		return a.result()
	}
	if consentRE.MatchString(plainWords(lower)) {
		a.add(scoreInsufficient, PermissionDenied,
			textf("the token endpoint knows the client%s but nobody consented to the permissions it asks for (%s): grant (admin) consent for the client in the provider's console", name, t.Error),
			said...)
		return a.result()
	}
	switch {
	case resourceErrors[code] || code != "invalid_client" && resourceRefusedRE.MatchString(lower):
		a.add(scoreInsufficient, PermissionDenied,
			textf("the token endpoint refused the resource or audience the client%s asked a token for (%s): it does not exist in this tenant, or the client may not have tokens for it; check the audience (or resource) the credential asks for, and the tenant of token_url", name, t.Error),
			said...)
	case t.Error == "invalid_scope" || t.Error == "" && scopeRefusedRE.MatchString(lower) || scopeGrantRefusal(t.Error, t.Description):
		scopes := append([]string(nil), t.Scopes...)
		sort.Strings(scopes)
		a.add(scoreInsufficient, PermissionDenied,
			textf("the token endpoint refused the scopes the client%s asked for (%s): the client is not allowed them, or they are misspelt; grant them to the client, or change the credential's scopes", name, secret.Lit(quoteList(scopes))),
			said...)
	case grantRefusal(t.StatusCode, t.Error, t.Description) == PermissionDenied:
		a.add(scoreInsufficient, PermissionDenied,
			textf("the token endpoint knows the client%s but does not allow it this grant or API (%s): enable the client credentials grant for the client, or authorize it for the API or audience it asks for (a client grant), in the provider's console", name, t.Error),
			said...)
	case notAllowedGrant[t.Error]:
		a.add(scoreGeneric, CredentialRejected,
			textf("the token endpoint did not accept the client%s: its own words say the client_id or client_secret is wrong or missing; check them in the provider's console (and auth_style: body if the provider wants the secret in the form)", name),
			said...)
	case t.Error == "invalid_client" || t.Error == "":
		a.add(scoreGeneric, CredentialRejected,
			textf("the token endpoint did not accept the client%s: the client_id or client_secret is wrong, rotated, or belongs to another tenant or environment; check them in the provider's console (and auth_style: body if the provider wants the secret in the form)", name),
			said...)
	default:
		a.add(scoreGeneric, CredentialRejected,
			textf("the token endpoint refused the request of the client%s with %s", name, t.Error),
			said...)
	}
	return a.result()
}

// notAllowedGrant are the RFC 6749 error codes that say the client is known
// and not allowed this grant, scope or audience.
var notAllowedGrant = map[string]bool{"unauthorized_client": true, "unsupported_grant_type": true, "access_denied": true}

// scopeGrantRefusal: an invalid_grant whose description speaks of the
// scope asked for, not of what was presented (ejabberd's invalid_grant
// "Invalid scope" to a right password and a scope its users may not
// have): invalid_scope in other words.
func scopeGrantRefusal(code, desc string) bool {
	return code == "invalid_grant" && scopeRefusedRE.MatchString(strings.ToLower(desc))
}

// grantErrors are the RFC 6749 section 5.2 error codes a token endpoint
// answers with.
var grantErrors = map[string]bool{"invalid_grant": true, "invalid_client": true, "invalid_scope": true,
	"unauthorized_client": true, "unsupported_grant_type": true, "access_denied": true}

func isGrantError(e string) bool { return grantErrors[e] }

// grantRefusal reads an RFC 6749 error code: the client (or user) is known
// and not allowed, or what it presented was refused. A code that says "not
// allowed" means a refused credential when the endpoint's own words say the
// secret was wrong (Keycloak answers unauthorized_client "Invalid client
// secret"), or when it answered 401 with no more than "Unauthorized": the
// client failed to authenticate (Auth0's access_denied for a wrong secret or
// authentication method).
func grantRefusal(status int, code, desc string) string {
	switch {
	case code == "invalid_scope" || scopeGrantRefusal(code, desc):
		return PermissionDenied
	case notAllowedGrant[code]:
		bare := status == 401 && (desc == "" || strings.EqualFold(strings.TrimSpace(desc), "unauthorized"))
		if bare || clientRejectedRE.MatchString(strings.ToLower(desc)) {
			return CredentialRejected
		}
		return PermissionDenied
	}
	return CredentialRejected
}

// grantError reads an RFC 6749 error in an answer (a token endpoint's, or
// an API that speaks OAuth's codes) the way AnalyzeToken does: invalid_grant
// at any status means the user's password, the code or the refresh token
// was refused, not a permission.
func (a *analysis) grantError() {
	e := a.srv.grantErr
	if e == "" {
		return
	}
	ev := []string{textf("response body: error %q", e)}
	if a.srv.grantDesc != "" {
		ev = append(ev, textf("error_description: %q", a.srv.grantDesc))
	}
	if grantRefusal(a.ex.StatusCode, e, a.srv.grantDesc) == PermissionDenied {
		a.add(scoreInsufficient, PermissionDenied,
			textf("the server knows the client or user%s but does not allow it this grant, scope or API (%s): enable the grant for the client, or authorize it for the scope or API, in the provider's console", a.credName(), secret.Lit(e)),
			append(ev, a.describeSent()...)...)
		return
	}
	a.add(scoreServerConfirms, CredentialRejected,
		textf("the server refused what the request presented (%s): the username and password, the client secret, the code or the refresh token is wrong, expired or revoked; check it and update the variable that defines it%s", secret.Lit(e), a.whereDefined()),
		append(ev, a.describeSent()...)...)
}
