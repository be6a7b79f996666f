package diagnose

import (
	"net/http"
	"net/url"
	"strings"

	"github.com/authspec/authspec/internal/lazyre"
)

// The rules table's codeFor callbacks: each picks a row's code from what
// was sent and what the answer says (the when callbacks are in
// rulecallbacks.go and rulesent.go).

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
	case a.sent.any() && appCredentialRE.MatchString(a.srv.words) && !a.sentNamesApp():
		// The app's own token or key said missing beside a credential of
		// the user's (GLPI's "missing parameter app_token" to a request
		// that sent its user_token): the app is known by a value of its
		// own, which the user's credential does not stand in for.
		return RequiredHeaderMissing
	case a.sent.any():
		return CredentialInWrongPlace
	}
	return NoCredentialsSent
}

// appCredentialRE: an app's (an application's, or its developer's) own
// token or key named: Google Ads' developer-token goes beside the user's
// OAuth token, as GLPI's app_token beside its user_token.
var appCredentialRE = lazyre.New(`\b(app(lication)?|developer)[ _-]?(token|key)s?\b`)

// sentNamesApp: what the request sent is named for an app (a header or
// parameter, the Authorization scheme word, the variable it came from):
// the app's credential was sent, perhaps in the wrong place.
func (a *analysis) sentNamesApp() bool {
	appName := func(s string) bool { return appNameRE.MatchString(s) }
	scheme, _, _ := strings.Cut(a.sent.authz, " ")
	if appName(scheme) {
		return true
	}
	for _, list := range [][]placed{a.sent.headers, a.sent.query, a.sent.body} {
		for _, p := range list {
			if appName(p.where) || appName(p.v.Source) {
				return true
			}
		}
	}
	for _, n := range append(append(a.sent.authHeaders, a.sent.authQuery...), a.sent.authBody...) {
		if appName(n) {
			return true
		}
	}
	return false
}

// appNameRE: a name that says app or application as a word of its own
// (App-Token, X-Application-Key, GLPI_APP_TOKEN; not "apply", "happy").
var appNameRE = lazyre.New(`(?i)(^|[^a-z])app(lication)?([^a-z]|$)`)

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

// validRequiredCode: a credential that was sent was refused as not
// valid; none sent is none found.
func validRequiredCode(a *analysis) string {
	if a.sent.any() {
		return CredentialRejected
	}
	return NoCredentialsSent
}

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
