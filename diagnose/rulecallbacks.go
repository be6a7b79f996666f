package diagnose

import (
	"net/http"
	"net/url"
	"slices"
	"strings"

	"github.com/authspec/authspec/internal/lazyre"
	"github.com/authspec/authspec/secret"
)

// The rules table's when callbacks that hold a row to what the answer
// and the environment say (how the credential was sent: rulesent.go; the
// codeFor callbacks that pick a row's code: rulecodefor.go).

// keyResourcePathRE: a path whose last resource is a key addressed by its
// id (/object-storage/keys/123, /v1/api-keys/ak_9f): the request asks about
// that key as data.
var keyResourcePathRE = lazyre.New(`(?i)/((api|access|secret|ssh|signing|deploy)[-_]?)?keys/[^/?#]+/?([?#]|$)`)

// notKeyResourcePath: the request's path does not address a key as its
// resource.
func notKeyResourcePath(a *analysis) bool { return !a.pathMatches(keyResourcePathRE) }

// pathMatches: the request URL's path matches re (false when the URL does
// not parse).
func (a *analysis) pathMatches(re *lazyre.Regexp) bool {
	u, err := url.Parse(a.ex.URL)
	return err == nil && re.MatchString(u.Path)
}

// moneyMovingPathRE: a path with a segment that places an order or a
// trade, or moves money (/spot/trade/place-order, /orders, /withdraw,
// /transfers, /payouts): a request whose own money may fall short.
var moneyMovingPathRE = lazyre.New(`(?i)/([a-z]+[_-])*(orders?|trades?|transfers?|withdraws?|withdrawals?|payments?|payouts?|swaps?|converts?)([/?#_-]|$)`)

// bareFundsShortRE: a balance or funds said insufficient, with nothing
// said of what for.
var bareFundsShortRE = lazyre.New(`\binsufficient (balance|funds)\b`)

// notFundsOfThisOrder: the answer is not a bare "insufficient balance" (or
// funds) to a request that places an order or moves money (Bitget's 400
// 43012 "Insufficient balance" to place-order): there the balance is the
// account's money for the order, the business's answer, not its bill for
// using the API (DeepSeek's 402 "Insufficient Balance" to a completion,
// which the plan row reads).
func notFundsOfThisOrder(a *analysis) bool {
	return !bareFundsShortRE.MatchString(a.srv.words) || !a.pathMatches(moneyMovingPathRE)
}

// credentialRecordPathRE: a path that addresses a key or token record by
// its id, perhaps with an action on it (/v1/api_keys/ak_55,
// /ocpi/emsp/2.2.1/tokens/012345678/authorize, /users/7/tokens/tok_1):
// the request asks about that key or token as data.
var credentialRecordPathRE = lazyre.New(`(?i)/((api|access|secret|ssh|signing|deploy|personal[-_]access|auth)[-_]?)?(keys|tokens)/[^/?#]+(/[a-z_-]+)?/?([?#]|$)`)

// notCredentialRecordNotFound: the answer is not a 404 to a request whose
// path addresses a key or token record (credentialRecordPathRE). A 404
// saying a key or token does not exist or is unknown there (OCPI's
// "Unknown Token" for the RFID token the path names, "API key does not
// exist" to GET /api_keys/<id>) says the record the path names was not
// found, not that the credential that authenticated the call was
// refused; on a 401 or 403 the same words are the credential's.
func notCredentialRecordNotFound(a *analysis) bool {
	return a.ex.StatusCode != http.StatusNotFound || !a.pathMatches(credentialRecordPathRE)
}

// audienceResourcePathRE: a path with a segment that names audiences as
// its resources (/audiences/34896/contactlist, /customaudiences): the
// lists of users an advertising API keeps, not a token's audience.
var audienceResourcePathRE = lazyre.New(`(?i)/[a-z_-]*audiences?(/|[?#]|$)`)

// notAudienceResourcePath: the request's path does not address
// audiences as its resources.
func notAudienceResourcePath(a *analysis) bool { return !a.pathMatches(audienceResourcePathRE) }

// notRFC6750InvalidToken: the answer does not carry RFC 6750's
// invalid_token (in its challenge or body), whose own reading then speaks.
func notRFC6750InvalidToken(a *analysis) bool { return a.srv.oauthErr != "invalid_token" }

// scopesNotWildcard: the token's scopes the answer lists (X-OAuth-Scopes)
// hold no wildcard: a token that holds every scope ("*", alone as
// Linode's full-access tokens are listed, or among others in a comma- or
// space-separated list) is hidden nothing by a 404.
func scopesNotWildcard(a *analysis) bool {
	return !slices.Contains(strings.FieldsFunc(a.ex.ResponseHeader.Get("X-Oauth-Scopes"), func(r rune) bool { return r == ',' || r == ' ' }), "*")
}

func nothingSentByMistake(a *analysis) bool { return !a.sent.any() && !a.ex.ExpectReject }

// refusedByStatusOrBody: the answer is a refusal by its status (401,
// 403) or, in a 2xx, by its body's own error (HTX's {"status":"error",
// "err-msg":"Signature not valid: Incorrect IP address …"} in a 200):
// words about the request's own values there cannot be a field the
// server found malformed, as they can in a 400.
func refusedByStatusOrBody(a *analysis) bool {
	st := a.ex.StatusCode
	return st == http.StatusUnauthorized || st == http.StatusForbidden || st >= 200 && st < 300 && a.srv.authError != ""
}

// secondFactorHeaderRE: a response header named for a second factor or a
// one-time code (GitHub's X-GitHub-OTP: required; app, Wise's
// X-2FA-Approval carrying the one-time token to sign beside
// X-2FA-Approval-Result: REJECTED): the server asks for it with this
// request.
var secondFactorHeaderRE = lazyre.New(`(^|-)(2fa|otp|mfa|totp|two-factor|second-factor)(-|$)`)

// secondFactorNotAskedRE: a second factor header's value that asks for
// nothing.
var secondFactorNotAskedRE = lazyre.New(`(?i)^\s*(false|no|0|none|off|disabled|optional|not[ _-]?required)\s*$`)

// secondFactorHeaders: the answer's headers named for a second factor
// that carry a value, in their standard spelling, sorted. A value that
// says no second factor is asked (X-MFA-Required: false, X-OTP: none)
// is no demand.
func (a *analysis) secondFactorHeaders() []string {
	var out []string
	for name, vs := range a.ex.ResponseHeader {
		if secondFactorHeaderRE.MatchString(strings.ToLower(name)) && len(vs) > 0 && strings.TrimSpace(vs[0]) != "" && !secondFactorNotAskedRE.MatchString(vs[0]) {
			out = append(out, headerName(name))
		}
	}
	slices.Sort(out)
	return out
}

func secondFactorAsked(a *analysis) bool { return len(a.secondFactorHeaders()) > 0 }

// secondFactorEvidence: each such header and its value (a one-time token
// is the server's challenge, not the credential; it is shown redacted like
// every answer's words).
func (a *analysis) secondFactorEvidence() []string {
	var ev []string
	for _, name := range a.secondFactorHeaders() {
		ev = append(ev, textf("header %s: %s", secret.Lit(name), a.red.excerpt(a.ex.ResponseHeader.Get(name), 80)))
	}
	return ev
}

// notRevokedInMessage: the server's own message does not say the token
// was revoked without saying it expired. A code that says expired
// (Bluesky's ExpiredToken) beside "Token has been revoked" (a refresh
// token a newer session replaced) names the kind of answer; the message
// says what happened to the token.
func notRevokedInMessage(a *analysis) bool {
	m := strings.ToLower(a.srv.message)
	return !revokedRE.MatchString(m) || strings.Contains(m, "expir")
}

var revokedRE = lazyre.New(`\brevoked\b`)

// expiredNotRevokedNorGone: notRevokedInMessage, on an answer other than
// 410 Gone: a session said expired with 410 is a resource's that is gone
// (an upload session, a resumable transfer), not the caller's login.
func expiredNotRevokedNorGone(a *analysis) bool {
	return a.ex.StatusCode != 410 && notRevokedInMessage(a)
}

// credentialHeaderRE: a header named like the place of a credential: a
// part of its name (between dashes) that starts with a credential's word
// (X-Auth-Email, Authorization, X-Session-Id) or ends with one
// (X-Api-Key, X-CSRFToken). A word inside another (FusionAuth's
// X-FusionAuth-TenantId, a vendor's name) does not make the header a
// credential's.
var credentialHeaderRE = lazyre.New(`(^|[-_])(auth|token|secret|session|signature|credential|password|jwt|bearer)|(key|token|secret|password|credentials?|signature|jwt|bearer)([-_]|$)`)

// notCredentialHeader: the header the answer names is not a credential's,
// or is the account's or tenant's own beside it (accountHeaderRE).
func notCredentialHeader(m string) bool {
	name := headerNameInRE.FindString(m)
	return name != "" && (!credentialHeaderRE.MatchString(name) || accountHeaderRE.MatchString(name))
}

// accountHeaderRE: a header named for the account, tenant or organisation
// a request acts for, with a token, key or id of its own (Merge's
// X-Account-Token, the linked account's token beside the API key in
// Authorization; X-Tenant-Key, X-Org-Id): sent besides the credential,
// not in its place.
var accountHeaderRE = lazyre.New(`^x-(linked-)?(account|tenant|org|organi[sz]ation|workspace|company|customer)-(token|key|id)$`)

// noSuchAccountPattern: an organization, tenant, workspace or team said
// not to exist by the words "no such" (the kind named is its first group).
const noSuchAccountPattern = `\bno such (organi[sz]ation|org|tenant|workspace|team|company)\b`

var noSuchAccountRE = lazyre.New(noSuchAccountPattern)

// accountHeaderNamesNothing: the request carried a header, not the
// credential's, whose name holds the kind of account the answer says does
// not exist (OpenAI-Organization for "no such organization", X-Tenant-ID
// for "no such tenant").
func accountHeaderNamesNothing(a *analysis) bool {
	m := noSuchAccountRE.FindStringSubmatch(a.srv.text)
	if m == nil {
		return false
	}
	kind := m[1]
	if strings.HasPrefix(kind, "org") {
		kind = "org"
	}
	for name := range a.ex.RequestHeader {
		l := strings.ToLower(name)
		if strings.Contains(l, kind) && notCredentialHeader(l) {
			return true
		}
	}
	return false
}

var headerNameInRE = lazyre.New(`[a-z0-9]+(-[a-z0-9]+)+`)

// anonymousCallerPattern: the refusal names the caller as anonymous or as
// an empty user (Azure DevOps' "The user ' ' is not authorized", its
// name, here spaced, empty between the quotes): no one was identified.
const anonymousCallerPattern = `\buser ''|\buser ""|\banonymous\b`

// noClientCert, hasClientCert and clientCertNotAsked: whether the
// environment has a TLS client certificate (Exchange.ClientCert), and
// whether the server asked for it on the connection the answer came on
// (Exchange.ClientCertNotAsked), which decide what a server's "client
// certificate required" means.
func noClientCert(a *analysis) bool  { return !a.ex.ClientCert }
func hasClientCert(a *analysis) bool { return a.ex.ClientCert && !a.ex.ClientCertNotAsked }
func clientCertNotAsked(a *analysis) bool {
	return a.ex.ClientCert && a.ex.ClientCertNotAsked
}

// clientCertEvidence says whether the environment has a client
// certificate, and whether it went out: what the row's reading rests on.
func clientCertEvidence(a *analysis) []string {
	if clientCertNotAsked(a) {
		return []string{lit("this environment has a TLS client certificate (tls.cert_file), but the server asked for none in the TLS handshake of this connection: it was not sent")}
	}
	if a.ex.ClientCert {
		return []string{lit("this environment has a TLS client certificate (tls.cert_file)")}
	}
	return []string{lit("this environment has no TLS client certificate (no tls.cert_file)")}
}
