package diagnose

import (
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/authspec/authspec/internal/lazyre"
)

// The rules table's when callbacks that read how the credential was sent:
// the Authorization scheme, the header or place it went in, the token's
// kind and lifetime.

// keyHeaderOnly: the credential went only in a header of its own (no
// Authorization, no Cookie, nothing in the query or body).
func (a *analysis) keyHeaderOnly() bool {
	s := a.sent
	return s.authz == "" && len(s.headers) > 0 && len(s.query)+len(s.body)+len(s.path)+len(s.login) == 0 &&
		!s.inHeader("Cookie") && !s.inHeader("Authorization")
}

func notKeyHeaderOnly(a *analysis) bool { return !a.keyHeaderOnly() }

// csrfTokenHandedOut: the answer's X-CSRF-Token header is the token a
// browser's anti-CSRF check wants back: to a request that changes state
// (not GET, HEAD or OPTIONS), or to any request when its value asks for
// it ("Required"); and the credential is one such checks guard (a key in
// a header of its own is exempt where the server knows it: the
// "anti-CSRF to a key header" row reads that refusal). A Bearer token
// with no cookie is no such credential: a browser never adds it by
// itself, so a server that sends its token on every answer (a common
// Spring Security set-up) refused the token for the words' reason. Nor
// do the words leave the header to explain them when they judge the
// credential ("Bad credentials", "invalid token") or name a right the
// caller lacks: the server said why (anti-CSRF words are the "anti-CSRF"
// row's to read).
func csrfTokenHandedOut(a *analysis) bool {
	if a.keyHeaderOnly() || a.bearerWithoutCookie() || credentialFault(a.srv.text) || a.authzWords() {
		return false
	}
	switch strings.ToUpper(a.ex.Method) {
	case "", "GET", "HEAD", "OPTIONS":
		return strings.EqualFold(strings.TrimSpace(a.ex.ResponseHeader.Get("X-Csrf-Token")), "required")
	}
	return true
}

// bearerWithoutCookie: the request carried an Authorization header with
// the Bearer scheme and no Cookie header.
func (a *analysis) bearerWithoutCookie() bool {
	return a.sentScheme("Bearer") && !a.sent.inHeader("Cookie")
}

// sentCookie: the credential went in a Cookie header (a session cookie).
func sentCookie(a *analysis) bool { return a.sent.inHeader("Cookie") }

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
func sentPassword(a *analysis) bool { return a.sentScheme("Basic") }

// sentScheme: the request's Authorization header starts with the scheme
// name (in any case).
func (a *analysis) sentScheme(name string) bool {
	scheme, _, _ := strings.Cut(strings.TrimSpace(a.sent.authz), " ")
	return strings.EqualFold(scheme, name)
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
// the 'Headers'", "passed in via an "APIKey" header"), or its error's
// location fields name that header (Google's {"location":
// "Authorization", "locationType": "header"} beside CREDENTIALS_MISSING
// to a value it did not take as an OAuth token).
func (a *analysis) sentHeaderNamed() bool {
	var named []string
	if m := headerNamedRE.FindStringSubmatch(a.srv.text); m != nil {
		named = append(named, m[1])
	}
	for _, m := range headerViaRE.FindAllStringSubmatch(a.srv.words, 4) {
		named = append(named, m[1])
	}
	for _, m := range headerLocationRE.FindAllStringSubmatch(a.srv.text, 4) {
		named = append(named, m[1]+m[2])
	}
	return slices.ContainsFunc(named, a.sent.inHeader)
}

var (
	headerNamedRE = lazyre.New(headerNamedPattern)
	headerViaRE   = lazyre.New(headerViaPattern)
	// headerLocationRE: a JSON error's location and its type, header, in
	// either order; the header's name is m[1] or m[2].
	headerLocationRE = lazyre.New(`"location"\s*:\s*"([a-z][a-z0-9_-]*)"\s*,\s*"locationtype"\s*:\s*"header"|"locationtype"\s*:\s*"header"\s*,\s*"location"\s*:\s*"([a-z][a-z0-9_-]*)"`)
)

// schemeNotNamed: the request sent an Authorization scheme that the
// schemes the answer names ("bearer scheme", "Bearer: …") do not include.
// A bare token (no scheme sent) is prefix_missing's to explain.
func schemeNotNamed(a *analysis) bool {
	scheme, _, found := strings.Cut(strings.TrimSpace(a.sent.authz), " ")
	if scheme == "" || !found {
		return false
	}
	if strings.EqualFold(scheme, "basic") && basicWrittenOutRE.MatchString(a.srv.text) {
		return false
	}
	// The words the rule read: the body's, and a challenge's
	// error_description.
	text, _ := a.ruleText()
	named, kinds := 0, 0
	for _, m := range namedSchemeRE.FindAllStringSubmatch(text, -1) {
		if strings.EqualFold(m[1], scheme) || strings.EqualFold(m[2], scheme) || strings.EqualFold(m[5], scheme) {
			return false
		}
		named++
		if tokenKindWordRE.MatchString(m[5]) {
			kinds++
		}
	}
	// "Only access tokens are allowed in the authorization header" (Ory
	// Hydra's userinfo, to a refresh token as the bearer) names a kind of
	// token, not a scheme: nothing says the scheme sent is not taken.
	return named == 0 || kinds < named
}

var basicWrittenOutRE = lazyre.New(basicWrittenOutPattern)

// tokenKindWordRE: a word before "tokens" that names a kind of token, not
// an Authorization scheme (access, refresh, ID, API, session tokens).
var tokenKindWordRE = lazyre.New(`^(access|refresh|id|api|user|app|application|session|client|personal|service|signed)$`)

// namedSchemeRE: a scheme written out in the header it goes in
// (headerWrittenOutPattern, its group m[1]; first, so that "Authorization:"
// is not read as a scheme's name), named ("Bearer: …", "bearer scheme",
// m[2]), or named as the only one taken (onlySchemePattern, m[5]).
var namedSchemeRE = lazyre.New(headerWrittenOutPattern + `|\b([a-z][a-z0-9-]*)(:|,? (authentication |auth )?scheme\b)|` + onlySchemePattern)

// notTheKindSent: the kind of credential the answer expects is not the
// kind the request sent. A Bearer token answered "Expected OAuth 2 access
// token" (Google, when the token's account may not use the API) was of
// that kind and was refused, not another kind.
func notTheKindSent(a *analysis) bool {
	bearer := strings.HasPrefix(strings.ToLower(a.sent.authz), "bearer ")
	return !(bearer && expectsTokenRE.MatchString(a.srv.text))
}

var expectsTokenRE = lazyre.New(`expected (an? )?(oauth ?2?(\.0)? )?(access |bearer )?token`)

// loginRequest: the request was a login: its body carries a password (a
// login field) and its path's last part names a login or an
// authentication endpoint (/login, /auth/signin, /sessions, /token).
func loginRequest(a *analysis) bool {
	if len(a.sent.login) == 0 {
		return false
	}
	u, err := url.Parse(a.ex.URL)
	return err == nil && loginEndpointRE.MatchString(u.Path)
}

var loginEndpointRE = lazyre.New(`(?i)(^|/)(log[-_]?in|log[-_]?on|sign[-_]?in|auth|authenticate|authentication|sessions?|tokens?)(\.[a-z]{2,5})?/?$`)
