package diagnose

import (
	"fmt"
	"net/http"
	"strings"

	"github.com/authspec/authspec/internal/lazyre"
	"github.com/authspec/authspec/secret"
	"github.com/authspec/authspec/vocab"
)

// Causes read from the status code and the words around it: a 2xx where a
// refusal was expected, a 401 where 403 was expected (or the reverse), and
// the generic reading of a 401 or 403, always last.

// planRE: a 403's words that name the plan (planWordsPattern, or a
// subscription): the reason its reading gives.
var planRE = lazyre.New(planWordsPattern + `|\bsubscriptions?\b`)

// notChecked: a request that should have been refused got a 2xx.
func (a *analysis) notChecked() {
	ex := a.ex
	what, advice := "a request it should have refused", ""
	ev := []string{textf("expected %s, got %s", a.expected(), a.status())}
	c := ex.Credential
	switch ex.Probe {
	case vocab.ProbeNoAuth:
		what = "a request without any credential"
		ev = append(ev, lit("probe no_auth: the credential was removed from the request"))
	case vocab.ProbeInvalid:
		what = "an altered, invalid credential"
		ev = append(ev, lit("probe invalid: the credential was changed but kept its shape"))
	case vocab.ProbePrevious:
		what = "the rotated-out (previous) credential"
		advice = "; the rotation is not complete: revoke the old value at the provider"
		ev = append(ev, lit("probe previous: the credential's previous value was sent"))
	case vocab.ProbeOtherEnv:
		what = "a credential that belongs to another environment"
		advice = "; environments share credentials, or the API does not tell them apart"
		ev = append(ev, lit("probe other_env: another environment's value of the credential was sent"))
	default:
		if ex.Kind == vocab.KindPermission {
			what = "a request this credential has no permission for"
		}
	}
	if c != nil {
		for _, v := range c.Values {
			if v.Value != "" {
				ev = append(ev, textf("credential %s: %s", secret.Lit(c.Name), shown(c, v)))
			}
		}
	}
	a.add(scoreNotChecked, CredentialNotChecked,
		textf("%s accepted %s (expected %s, got %s): the API did not check the credential — a security failure in the API, not a client problem%s",
			a.endpoint(), secret.Lit(what), a.expected(), secret.Lit(fmt.Sprint(ex.StatusCode)), secret.Lit(advice)),
		ev...)
}

func (a *analysis) authnBeforeAuthz() {
	ev := append([]string{textf("expected %s, got %s", a.expected(), a.status())}, a.serverSaid()...)
	if a.ex.StatusCode == http.StatusUnauthorized && a.authzWords() {
		a.named = true
		a.add(scoreAuthnAuthz, AuthenticationBeforeAuthorization,
			lit("the API answered 401 where 403 was expected, but its own words describe an authorization failure, not a rejected credential: this API uses 401 for permission failures too; expect 401 for this scenario (status: 401)"),
			ev...)
		return
	}
	if a.ex.StatusCode == http.StatusUnauthorized {
		a.add(scoreAuthnAuthz, AuthenticationBeforeAuthorization,
			lit("the API answered 401 (not authenticated) where 403 (authenticated but not allowed) was expected: it did not accept the credential as valid, so the permission was never checked. Either the credential is invalid here (see the other causes), or the API answers 401 for authorization failures too"),
			ev...)
		return
	}
	a.add(scoreAuthnAuthz, AuthenticationBeforeAuthorization,
		lit("the API answered 403 (forbidden) where 401 (not authenticated) was expected: it refuses a missing or invalid credential as forbidden instead of asking for authentication (common behind API gateways and WAFs), or it checks permissions before the credential. HTTP says 401 with a WWW-Authenticate challenge; if this API deliberately answers 403, expect 403 (or probe_status: [401, 403])"),
		ev...)
}

// hiddenByNotFound: a 404 where only a permission refusal (403) was
// expected. The suite says the credential may not do this; an API that
// hides what a caller may not see or change answers "not found" instead
// (Icinga 2's "No objects found." to an API user without the permission,
// GitHub's 404 to a token without access to a private repository).
func (a *analysis) hiddenByNotFound() {
	ev := append([]string{textf("expected %s, got %s", a.expected(), a.status())}, a.serverSaid()...)
	a.add(scoreAuthnAuthz, NotFoundHidesPermission,
		lit("the API answered 404 where this scenario expected 403 (authenticated but not allowed): many APIs answer not found for what the credential may not see or change, so the refusal may be there, hidden. If the path is right, expect 404 for this scenario; if the object should exist, check the path"),
		ev...)
}

// permissionHidden: the answer is a 404 and the step expected only a
// permission refusal (403, not 401 nor 404).
func (a *analysis) permissionHidden() bool {
	return a.ex.StatusCode == http.StatusNotFound && a.ex.ExpectReject && a.exp.Match(403) && !a.exp.Match(401) && !a.exp.Match(404)
}

// authzWords: words about a permission or a plan ("Not administrator
// user", "Access refused", "not authorised", "You need to subscribe a
// plan") that judge nothing of the credential itself ("Login failed",
// "invalid credentials", "no token provided"): the server found the
// caller. A challenge is the form every 401 takes and does not say why;
// an RFC 6750 error in it does, and oauth() reads that.
func (a *analysis) authzWords() bool {
	if a.oauthSaid() {
		return false
	}
	// The normalized words too: an access_denied code written
	// access-denied or AccessDenied is the same code.
	t := a.srv.text + "\n" + a.srv.norm
	return (authzRE.MatchString(t) || planWordsRE.MatchString(t)) && !authnRE.MatchString(statusClassValueRE.ReplaceAllString(t, " "))
}

// statusClassValueRE: a value of the body that is only a refusal's class,
// the protocol's name for the status (Twirp's and Connect's
// {"code":"unauthenticated", …} on every 401, gRPC's UNAUTHENTICATED, a
// bare "Unauthorized" error): it restates the 401, and judges no
// credential; the words beside it say what happened (LiveKit's
// "permissions denied" to a token without the grant). It does not veto
// the permission words; a message that judges the credential still does.
var statusClassValueRE = lazyre.New(`"(unauthenticated|unauthori[sz]ed|not[_ ]authenticated)"|(?m)^\s*(unauthenticated|unauthori[sz]ed|not[_ ]authenticated)\s*$`)

var (
	// Words that name a permission, not the login: a bare "Not authorized"
	// is how many APIs refuse a bad credential, so it is not enough; nor is
	// prose "Access denied", but an access_denied error code (Slack's
	// ekm_access_denied: admins suspended the action) names a refusal; so
	// does access to a resource said denied ("Access to the requested
	// resource was denied", LaunchDarkly's 403), and an access level said
	// denied or missing (accessLevelDeniedPattern: "Write access denied").
	// "Not authorized to create …" names an action the caller may not
	// take, as "not allowed to" does (WordPress's 401 rest_cannot_create
	// said in either word). Access said not granted (Slack's
	// team_access_not_granted: a token not granted the workspace it
	// names) is a right the caller lacks, as "not allowed" is.
	authzRE = lazyre.New(`access refused|access_denied\b|permission|not allowed|insufficient|` + notRolePattern + `|\b(role|tag|privilege)s?\b|virtual host|\bvhost\b|` +
		`\baccess to (the |this |that )?[a-z ]{0,30}(was |is |has been )?denied\b|access[ _]((is|was|has|have|had)[ _])?(not[ _]been|been[ _]not|not)[ _]granted\b|\bnot authori[sz]ed to (create|update|delete|edit|modify|publish|manage)\b|` + accessLevelDeniedPattern + `|` + permitRefusedPattern)
	// Any word that judges the credential itself vetoes
	// (credentialJudgedPattern): "Access denied due to invalid
	// subscription key", "No token provided", "Not authorized: token
	// signature mismatch" are authentication failures; so does the
	// login scheme named as what refused ("HTTP Basic: Access denied.",
	// Rails' answer to a refused Basic login, whatever word follows it).
	// A credential only named does not ("This key does not permit this
	// endpoint"): the words go on to say what it may not do.
	// So does the identity the credential names said not to exist or not
	// found (a JWT's role claim PostgREST does not know: `role "x" does
	// not exist`): the login's subject is unknown, no right was weighed.
	// Only an identity: a record, queue or project said not to exist is
	// the data the caller asked about, and no refusal of the login.
	// So does a refusal for an unauthorized request
	// (unauthorizedRequestPattern): nothing authenticated it.
	authnRE = lazyre.New(unauthorizedRequestPattern + `|` + credentialJudgedPattern + `|` + authHeaderNotSetPattern + `|\b(role|user|principal|account|client|identity)s?( ['"][^'"]{0,40}['"]| [^'" ]{1,40})? ((was )?not found|(does not|doesn'?t|no longer) exists?)\b`)
)

// authHeaderNotSetPattern: the header that carries the credential said not
// set, missing or without its token ("Authorization header is not set or
// doesn't contain Bearer token", Ukraine's eHealth under its error type
// access_denied): the server found no credential to judge, so no right
// was weighed, whatever code the envelope gives every 401.
const authHeaderNotSetPattern = `\b(authori[sz]ation|auth|api[ _-]?key|x-api-key|token)( header)? (is |was |has not been )?(not (set|present|provided|supplied|sent|included)|missing|empty)\b|\b(does not|doesn'?t) contain (an? |the )?(bearer |access |auth )?token\b`

// businessRuleRE: a refusal whose words name a rule of the API's business
// (businessRulePattern), not the caller's rights.
var businessRuleRE = lazyre.New(businessRulePattern)

// generic is the plain reading of the status code, always last.
func (a *analysis) generic() {
	if !a.sent.any() || a.blocked {
		return
	}
	ev := append(a.describeSent(), a.serverSaid()...)
	if a.srv.oauthErr == "invalid_request" {
		ev = append(ev, textf("the server reports invalid_request: %q", a.srv.oauthDesc))
	}
	switch a.refusal() {
	case http.StatusUnauthorized:
		if a.authzWords() {
			// RabbitMQ and others answer 401, without a challenge, for a
			// valid login that may not do this: the words decide.
			score := scoreAuthzWords
			if a.exp.Match(403) {
				score = scoreAuthnAuthz - 1 // explained by the 401-for-403 cause first
			}
			a.add(score, PermissionDenied,
				textf("the API answered 401 but its own words describe an authorization failure: the credential%s was accepted and is not allowed to %s; grant it the role or permission (or the plan that includes it), or use a credential that has it (this API uses 401, not 403, for permission failures)", a.credName(), a.endpoint()),
				ev...)
			return
		}
		lead := secret.Textf("the API did not accept the credential%s although it looks well-formed", a.credName())
		if len(a.causes) > 0 {
			lead = secret.Textf("if the causes above are not it: the API did not accept the credential%s", a.credName())
		}
		a.add(scoreGeneric, CredentialRejected,
			textf("%s: it may have been revoked or rotated, belong to another account or environment, or not be enabled for this API; check it in the provider's console and update it%s", lead, a.whereDefined()),
			ev...)
	case http.StatusForbidden:
		if businessRuleRE.MatchString(a.srv.text) {
			// A duplicate, an archived resource, money short: every
			// caller meets the rule; granting none changes it.
			return
		}
		reason := "the credential lacks a scope or role for it"
		switch t := a.srv.text; {
		case strings.Contains(t, "referer") || strings.Contains(t, "referrer"):
			reason = "the key is restricted to certain referrers (HTTP Referer)"
		case planRE.MatchString(t):
			reason = "the account's plan does not include it"
		}
		if len(a.ex.RequiresScope) > 0 {
			ev = append(ev, textf("requires_scope: %s", secret.Lit(quoteList(a.ex.RequiresScope))))
		}
		// After a cause that explains the 403 (an IP allowlist, a rate
		// limit, a gateway that never read the credential), the status's
		// own reading is a fallback, said as one, like the 401's.
		lead := secret.Textf("the API authenticated the request%s", a.credName())
		if len(a.causes) > 0 {
			lead = secret.Textf("if the causes above are not it: the API authenticated the request%s", a.credName())
		}
		a.add(scoreGeneric, PermissionDenied,
			textf("%s but does not allow %s: %s; grant it to the credential or use one that has it", lead, a.endpoint(), secret.Lit(reason)),
			ev...)
	}
}
