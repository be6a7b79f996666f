package diagnose

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/authspec/authspec/secret"
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
	// The RFC's definition of invalid_grant says no more than the code;
	// the words a library adds after it decide (the evidence keeps all).
	lower = grantDefinitionRE.ReplaceAllString(lower, "")
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
	case t.Error == "" && t.StatusCode != 400 && t.StatusCode != 401 && t.StatusCode != 403 && t.StatusCode != 422 && !(t.StatusCode/100 == 2 && credentialFault(lower)):
		// 404, 5xx, or 200 without a token: the endpoint, not the
		// client, is the problem; the error message says which, unless a
		// 2xx's words refuse the login itself (PACER's authentication
		// service answers 200 {"loginResult":"13","errorDescription":
		// "Invalid username, password, or one-time passcode."}). A 422
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
	if tokenHeaderMissingRE.MatchString(lower) && !tokenCredentialHeaderRE.MatchString(lower) {
		a.add(scoreInsufficient, RequiredHeaderMissing,
			textf("the token endpoint asks for a header besides the client%s's credentials that the request did not carry (a proof of possession such as DPoP, a version or tenant header; %s): send it as the provider documents for this client, or turn the requirement off for the client in the provider's console", name, t.Error),
			said...)
		return a.result()
	}
	// A grant said expired (and only that, or with the lifetime it
	// outlived) is read before an interaction the code asks for: Entra
	// answers an aged-out refresh token interaction_required too, and
	// the words name the fault, the code only the remedy.
	if (grantExpiredRE.MatchString(lower) || grantExpiredRE.MatchString(code)) && (!grantExpiredUnlessRE.MatchString(lower) || freshTokenAskedRE.MatchString(lower) || lifetimeExceededRE.MatchString(lower)) {
		a.add(scoreInsufficient, TokenExpired,
			textf("the token endpoint says the grant it was given (a refresh token, a session) expired: get a new one (sign in again, or request a new refresh token) rather than rotating the client%s's secret", name),
			said...)
		return a.result()
	}
	if interactionRE.MatchString(code + " " + lower) {
		a.add(scoreInsufficient, PermissionDenied,
			textf("the token endpoint knows the user or client%s but will not issue a token without an interaction this grant cannot give (a second factor, a sign-in; %s): use a client credentials grant or a service account exempt from the policy, or have the policy exclude this client", name, t.Error),
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
	if consentRE.MatchString(plainWords(code + " " + lower)) {
		a.add(scoreInsufficient, PermissionDenied,
			textf("the token endpoint knows the client%s but nobody consented to the permissions it asks for (%s): grant (admin) consent for the client in the provider's console", name, t.Error),
			said...)
		return a.result()
	}
	switch {
	case resourceErrors[code] || code != "invalid_client" && resourceRefusedRE.MatchString(lower) || resourceNotGrantedRE.MatchString(lower):
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
// secret"), or when it answered 401 with no more than "Unauthorized" or
// the RFC's own definition of access_denied: the client failed to
// authenticate (Auth0's access_denied for a wrong secret or authentication
// method; league/oauth2-server's resource server, behind Drupal's
// simple_oauth and Laravel Passport, answers a revoked, unverifiable or
// missing bearer token so, its hint saying which).
func grantRefusal(status int, code, desc string) string {
	switch {
	case code == "invalid_scope" || scopeGrantRefusal(code, desc):
		return PermissionDenied
	case notAllowedGrant[code]:
		bare := status == 401 && (desc == "" || strings.EqualFold(strings.TrimSpace(desc), "unauthorized") || accessDeniedDefinitionRE.MatchString(strings.ToLower(desc)))
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
