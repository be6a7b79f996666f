package diagnose

import (
	"net/http"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/authspec/authspec/internal/lazyre"
	"github.com/authspec/authspec/secret"
)

// The rules table's callbacks: the when functions that hold a row to what
// was sent, and the codeFor functions that pick a row's code from it.

// keyHeaderOnly: the credential went only in a header of its own (no
// Authorization, no Cookie, nothing in the query or body).
func (a *analysis) keyHeaderOnly() bool {
	s := a.sent
	return s.authz == "" && len(s.headers) > 0 && len(s.query)+len(s.body)+len(s.path)+len(s.login) == 0 &&
		!s.inHeader("Cookie") && !s.inHeader("Authorization")
}

func notKeyHeaderOnly(a *analysis) bool { return !a.keyHeaderOnly() }

// keyResourcePathRE: a path whose last resource is a key addressed by its
// id (/object-storage/keys/123, /v1/api-keys/ak_9f): the request asks about
// that key as data.
var keyResourcePathRE = lazyre.New(`(?i)/((api|access|secret|ssh|signing|deploy)[-_]?)?keys/[^/?#]+/?([?#]|$)`)

// notKeyResourcePath: the request's path does not address a key as its
// resource.
func notKeyResourcePath(a *analysis) bool {
	u, err := url.Parse(a.ex.URL)
	return err != nil || !keyResourcePathRE.MatchString(u.Path)
}

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

// tokenWithoutClientID: a token went in the Authorization header (not
// Basic, whose user may be the client id itself) and no value went in a
// place named for a client id.
func (a *analysis) tokenWithoutClientID() bool {
	scheme, _, _ := strings.Cut(strings.TrimSpace(a.sent.authz), " ")
	if scheme == "" || strings.EqualFold(scheme, "basic") {
		return false
	}
	for _, p := range slices.Concat(a.sent.headers, a.sent.query, a.sent.body) {
		if clientIDNameRE.MatchString(p.where) {
			return false
		}
	}
	return !slices.ContainsFunc(slices.Concat(a.sent.authHeaders, a.sent.authQuery, a.sent.authBody), clientIDNameRE.MatchString)
}

var clientIDNameRE = lazyre.New(`(?i)client[_-]?id`)

// modeCode: a test key where live was expected, or the reverse, by the
// environment's name.
// The mode the server says was used, or else the sent key's own shape,
// decides; a key of the environment's right mode that meets an object of
// the other mode is refused access, not a wrong key.
func modeCode(a *analysis) string {
	prod := isProductionEnv(a.ex.Env)
	test, live := sentTestRE.MatchString(a.srv.text), sentLiveRE.MatchString(a.srv.text)
	if !test && !live && a.ex.Credential != nil {
		for _, v := range a.ex.Credential.Values {
			class, _, _ := classifyKey(v.Value)
			test, live = test || class == keyTest, live || class == keyLive
		}
	}
	switch {
	case test && prod:
		return TestKeyInProduction
	case live && !prod:
		return LiveKeyOutsideProduction
	case test || live:
		return PermissionDenied
	case prod:
		return TestKeyInProduction
	}
	return LiveKeyOutsideProduction
}

var (
	sentTestRE = lazyre.New(`(test|sandbox)[ -]?mode key was used|test (api )?key (was|is) used|test account credentials`)
	sentLiveRE = lazyre.New(`live[ -]?mode key was used|live (api )?key (was|is) used`)
)

// sigV4ParseCode: a SigV4 signature the gateway could not parse is a
// malformed credential; any other Authorization reached a route that
// does not exist.
func sigV4ParseCode(a *analysis) string {
	if strings.HasPrefix(strings.ToUpper(a.sent.authz), "AWS4-") {
		return CredentialRejected
	}
	return EndpointNotFound
}

// datacenterCode: a key whose -usN suffix names a datacenter the URL's
// host is not, is in the wrong region; otherwise the key was refused.
func datacenterCode(a *analysis) string {
	host := ""
	if u, err := url.Parse(a.ex.URL); err == nil {
		host = strings.ToLower(u.Hostname())
	}
	if c := a.ex.Credential; c != nil {
		for _, v := range c.Values {
			if m := dcSuffixRE.FindStringSubmatch(v.Value); m != nil && !strings.HasPrefix(host, m[1]+".") {
				return RegionMismatch
			}
		}
	}
	return CredentialRejected
}

var dcSuffixRE = lazyre.New(`-([a-z]{2}\d{1,3})$`)

// rejectedIfSent: words that refuse a credential ("Bad credentials",
// "invalid_auth") to a request that carried one; to a request that carried
// none they are the server's way of saying none came, and "it read the
// credential" would be untrue: the no-credential reading, in its words
// (Foursquare answers a request without a token "invalid_auth").
func rejectedIfSent(a *analysis) string {
	if !a.sent.any() {
		return NoCredentialsSent
	}
	return CredentialRejected
}

// noCredentialCode: nothing was sent, or it was sent where the server does
// not look; or neither, when the same answer names the RFC 6750
// invalid_token (Quay's "Requires authentication" with error_type
// invalid_token): the server found the token and refused it, and the row
// says nothing ("").
func noCredentialCode(a *analysis) string {
	switch {
	case a.ex.StatusCode == http.StatusProxyAuthRequired:
		// A forward proxy asks for its own credentials (Tinyproxy's "This
		// proxy requires authentication."): the 407's row says so.
		return ""
	case a.sentHeaderNamed():
		// The answer names the header the credential went in ("No APIKey
		// provided … passed in via an "APIKey" header value"): the server
		// looked there and refused what it found.
		return CredentialRejected
	case a.sent.any() && a.srv.oauthErr == "invalid_token":
		return ""
	case a.sent.any() && (invalidCodeRE.MatchString(a.srv.words) || invalidCodeRE.MatchString(a.srv.norm)):
		// The answer's own code calls the credential invalid beside words
		// that say authentication is required (Untappd's "error_type":
		// "invalid_auth" with "This method requires authentication."):
		// the code names the fault, and the credential was read.
		return CredentialRejected
	case a.sent.any() && a.jwtExpired():
		// A JWT whose exp has passed met words that found no credential:
		// token middleware often drops a token it cannot verify and goes
		// on as if none came (Verdaccio's "no credentials provided" to its
		// expired session token; express-jwt with credentialsRequired
		// false, passport's optional JWT strategies). The local finding
		// jwt_expired says why: its expiry comes first, not the place.
		return ""
	case a.sent.any() && a.sentAccessToken() && namedKeyRE.MatchString(a.srv.words):
		// A short-lived JWT went as the bearer token and the answer misses
		// a key (an API or subscription key): a gateway that wants its own
		// key besides the token (Azure API Management's subscription key
		// beside an Entra token). A JWT that lives for years is a key
		// itself (Supabase's anon key) sent in the wrong place.
		return RequiredHeaderMissing
	case a.sent.any():
		return CredentialInWrongPlace
	}
	return NoCredentialsSent
}

// invalidCodeRE: an error code that calls the credential invalid (read
// also as normalizeWords spells a code: InvalidAuth, invalid-auth).
var invalidCodeRE = lazyre.New(`\binvalid_(auth|token|api_?key|access_?token|credentials?|key|session)\b`)

// authzFieldMissingRE: the Authorization header or field said missing.
var authzFieldMissingRE = lazyre.New(`\bauthori[sz]ation (header|field) (is |was )?(missing|not (found|present|provided))\b`)

// subscriptionKeyRE: a gateway's subscription key named (Azure API
// Management's).
var subscriptionKeyRE = lazyre.New(`\bsubscription[ _-]?key\b`)

// customHeaderMissingRE: a custom credential header named missing.
var customHeaderMissingRE = lazyre.New(credentialHeaderMissingPattern)

// namedKeyRE: a kind of key named as missing or not found.
var namedKeyRE = lazyre.New(`\b(api|subscription|app(lication)?)[ _-]?key\b|\bapikey\b`)

// sentAccessToken: the request's Authorization header is a Bearer JWT
// that expires within a day (an access token, not a key).
func (a *analysis) sentAccessToken() bool {
	exp, ok := a.sentBearerExpiry()
	return ok && exp.Sub(a.ex.Now) <= 24*time.Hour
}

// sentBearerExpiry is the exp of the JWT sent as the bearer token.
func (a *analysis) sentBearerExpiry() (time.Time, bool) {
	scheme, tok, ok := strings.Cut(a.sent.authz, " ")
	tok = strings.TrimSpace(tok)
	if !ok || !strings.EqualFold(scheme, "Bearer") || !looksLikeJWT(tok) {
		return time.Time{}, false
	}
	t, err := DecodeJWT(tok)
	if err != nil {
		return time.Time{}, false
	}
	return t.Expiry()
}

// sentPassword: the request logged in with Basic (a user name and a
// password in the Authorization header).
func sentPassword(a *analysis) bool {
	scheme, _, _ := strings.Cut(strings.TrimSpace(a.sent.authz), " ")
	return strings.EqualFold(scheme, "Basic")
}

// sentInAPIGatewayKeyHeader: the credential went in x-api-key, the header
// AWS API Gateway reads API keys from. A scenario that expected 401 is
// told first that the API answers 403 instead (statusClassSwapped).
func sentInAPIGatewayKeyHeader(a *analysis) bool {
	return !a.statusClassSwapped() && a.sent.inHeader("x-api-key")
}

// credentialOutsideAuthorization: the credential was sent, and not in an
// Authorization header (a custom header, a query parameter, the body).
func credentialOutsideAuthorization(a *analysis) bool {
	return a.sent.authz == "" && a.sent.any()
}

// sentHeaderNamed: the answer names, as the header a credential must come
// in, one the credential was sent in ("'Api-Key' needs to be provided in
// the 'Headers'", "passed in via an "APIKey" header").
func (a *analysis) sentHeaderNamed() bool {
	var named []string
	if m := headerNamedRE.FindStringSubmatch(a.srv.text); m != nil {
		named = append(named, m[1])
	}
	for _, m := range headerViaRE.FindAllStringSubmatch(a.srv.words, 4) {
		named = append(named, m[1])
	}
	return slices.ContainsFunc(named, a.sent.inHeader)
}

var (
	headerNamedRE = lazyre.New(headerNamedPattern)
	headerViaRE   = lazyre.New(headerViaPattern)
)

// validRequiredCode: a credential that was sent was refused as not
// valid; none sent is none found.
func validRequiredCode(a *analysis) string {
	if a.sent.any() {
		return CredentialRejected
	}
	return NoCredentialsSent
}

// schemeNotNamed: the request sent an Authorization scheme that the
// schemes the answer names ("bearer scheme", "Bearer: …") do not include.
func schemeNotNamed(a *analysis) bool {
	scheme, _, _ := strings.Cut(strings.TrimSpace(a.sent.authz), " ")
	if scheme == "" {
		return false
	}
	for _, m := range namedSchemeRE.FindAllStringSubmatch(a.srv.text, -1) {
		if strings.EqualFold(m[1], scheme) || strings.EqualFold(m[4], scheme) {
			return false
		}
	}
	return true
}

// namedSchemeRE: a scheme named ("Bearer: …", "bearer scheme"), or named
// as the only one taken (onlySchemePattern, its group m[4]).
var namedSchemeRE = lazyre.New(`\b([a-z][a-z0-9-]*)(:|,? (authentication |auth )?scheme\b)|` + onlySchemePattern)

// notTheKindSent: the kind of credential the answer expects is not the
// kind the request sent. A Bearer token answered "Expected OAuth 2 access
// token" (Google, when the token's account may not use the API) was of
// that kind and was refused, not another kind.
func notTheKindSent(a *analysis) bool {
	bearer := strings.HasPrefix(strings.ToLower(a.sent.authz), "bearer ")
	return !(bearer && expectsTokenRE.MatchString(a.srv.text))
}

var expectsTokenRE = lazyre.New(`expected (an? )?(oauth ?2?(\.0)? )?(access |bearer )?token`)

// noUserNameCode: "user name is empty" to a request whose body names a
// user is that body's validation (""); otherwise no credential reached
// the server.
func noUserNameCode(a *analysis) string {
	for _, n := range bodyFieldNames(a.ex.RequestBody) {
		if n = strings.ToLower(n); strings.Contains(n, "user") || strings.Contains(n, "name") {
			return ""
		}
	}
	return noCredentialCode(a)
}

// cloudflareCode: Cloudflare's 1015 is its rate limiting; its other codes
// are blocks.
func cloudflareCode(a *analysis) string {
	if a.ex.StatusCode == http.StatusTooManyRequests || strings.Contains(a.srv.text, "1015") {
		return RateLimited
	}
	return BlockedByProxy
}

// credentialHeaderRE: a header named like the place of a credential.
var credentialHeaderRE = lazyre.New(`key|token|auth|secret|session|signature|credential|password|jwt|bearer`)

// notCredentialHeader: the header the answer names is not a credential's.
func notCredentialHeader(m string) bool {
	name := headerNameInRE.FindString(m)
	return name != "" && !credentialHeaderRE.MatchString(name)
}

var headerNameInRE = lazyre.New(`[a-z0-9]+(-[a-z0-9]+)+`)

// anonymousCallerPattern: the refusal names the caller as anonymous or as
// an empty user (Azure DevOps' "The user ' ' is not authorized", its
// name, here spaced, empty between the quotes): no one was identified.
const anonymousCallerPattern = `\buser ''|\buser ""|\banonymous\b`

// noClientCert and hasClientCert: whether the environment has a TLS
// client certificate (Exchange.ClientCert), which decides what a server's
// "client certificate required" means.
func noClientCert(a *analysis) bool  { return !a.ex.ClientCert }
func hasClientCert(a *analysis) bool { return a.ex.ClientCert }

// clientCertEvidence says whether the environment has a client
// certificate: what the row's reading rests on.
func clientCertEvidence(a *analysis) []string {
	if a.ex.ClientCert {
		return []string{lit("this environment has a TLS client certificate (tls.cert_file)")}
	}
	return []string{lit("this environment has no TLS client certificate (no tls.cert_file)")}
}
