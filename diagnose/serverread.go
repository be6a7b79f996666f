package diagnose

import (
	"net/http"

	"github.com/authspec/authspec/internal/lazyre"
)

// Whether the server's words show it read the credential and judged it,
// or learnt who the caller is: a hint inferred from the request (a
// scheme, a place, quotes) ranks after such words (hintScore).

// readRE: words that judge a value the server read; a token's claims,
// expiration or segments named show it parsed the token ("token
// expiration required", InfluxDB to a JWT without exp); "access_id not
// exists" (CoinEx) looked it up. "Bad", "wrong", "unrecognized" or
// "malformed" judge too when a credential follows ("bad authorization
// token"), as credentialFaultPattern reads them (faultBeforeCredentialPattern),
// and "wrong" or "unrecognized" when they follow one ("Token
// unrecognized", faultAfterCredentialPattern); alone they may only name
// the request ("Bad Request"). A verdict offered as the other fault of
// missing ("API token missing/invalid", AssemblyAI's; "missing or wrong")
// judges too: the server looked for the value and says what it found
// wrong with it if one came. Not "missing or malformed", which is the
// header's shape.
var readRE = lazyre.New(`\b(invalid|expired|revoked|unknown|incorrect|not valid|deactivated|disabled|not found|does not exist|not exists?|claims?|expiration|segments)\b|` +
	`\bmissing ?(/|or) ?(wrong|bad|unrecogni[sz]ed)\b|` + faultBeforeCredentialPattern + `|` + faultAfterCredentialPattern)

// serverReadCredential reports whether the server's words show that it
// read the credential and judged it (e.g. "Invalid API Key provided"),
// in any words the rows read alike ("Wrong API key provided"), or in an
// error code that names the credential and its verdict (Intercom's
// token_unauthorized beside "Not authorized to access resource",
// key_invalid, access_token_expired).
func (a *analysis) serverReadCredential() bool {
	return readRE.MatchString(normalizeWords(a.srv.message)) || bearerErrorCode(a.srv.oauthErr) || credentialCodeJudgedRE.MatchString(a.srv.words)
}

// tokenNotFoundOnly: the server's only verdict is that it found no token
// ("JWT Token not found", the Symfony JWT bundle's answer when its Bearer
// extractor finds none): under a scheme its challenge does not name, it
// looked for its own scheme's token and read no value, so the words judge
// nothing that was sent.
func (a *analysis) tokenNotFoundOnly() bool {
	m := normalizeWords(a.srv.message)
	if !tokenNotFoundRE.MatchString(m) || bearerErrorCode(a.srv.oauthErr) || credentialCodeJudgedRE.MatchString(a.srv.words) {
		return false
	}
	return !readRE.MatchString(tokenNotFoundRE.ReplaceAllString(m, " "))
}

var tokenNotFoundRE = lazyre.New(`\b(jwts?|(jwt |bearer |access |auth )?tokens?) (was |were )?not found\b`)

// credentialCodeJudgedRE: an error code that names a credential and
// judges it, in any spelling of a code (token_unauthorized,
// TokenUnauthorized read lower-cased, token-unauthorized): the server read
// that value. A bare key is said unauthorized, invalid, expired, revoked
// or suspended, verdicts on a credential; looked up and not found or
// unknown, it must say which key (api_key, access_key, secret_key,
// auth_key, app_key, client_key): a bare key_not_found is as often a
// store's key, the request's data, and judges no credential.
var credentialCodeJudgedRE = lazyre.New(`\b(access[_-]?token|(api|access|secret|auth|app|client)[_-]?key|token|credentials?)[_-]?(unauthori[sz]ed|invalid|expired|revoked|not[_-]?found|unknown|suspended)\b|` +
	`\bkey[_-]?(unauthori[sz]ed|invalid|expired|revoked|suspended)\b`)

// authenticatedRefusal: a refusal whose words refuse a permission or a
// plan and say nothing against the credential ("etcdserver: permission
// denied", a 401's "Not an admin."): the server knew the caller.
func (a *analysis) authenticatedRefusal() bool {
	st := a.ex.StatusCode
	// A 2xx whose envelope carries the refusal (ok:false) is read as its 403.
	refusal := st == http.StatusForbidden || st == http.StatusUnauthorized || st >= 200 && st < 300 && a.srv.authError != ""
	return refusal && a.authzWords()
}

// serverFoundCaller: the server's words say what it learnt after it had
// read the credential: a permission or plan the caller lacks
// (authenticatedRefusal), or a state of the key or of its holder
// (stopped, banned, inactive, revoked: holderStoppedRE). A hint inferred
// from the request (a scheme missing or doubled, quotes, whitespace,
// another place than a challenge asks) cannot explain such words; it
// explains a refusal of the value itself ("invalid token",
// "Unauthorized", "no API key found"), which those words are not.
//
// So does a GraphQL error on one field of a query the server ran (AWS
// AppSync's "Not Authorized to access syncReviews on type …" beside the
// data), read as a 403 (refusal): the server accepted the caller to run
// the query at all.
func (a *analysis) serverFoundCaller() bool {
	return a.authenticatedRefusal() || holderStoppedRE.MatchString(a.srv.text) || holderStoppedRE.MatchString(a.srv.norm) ||
		a.srv.fieldError && a.refusal() == http.StatusForbidden
}

// hintScore ranks a hint inferred from the request: score, or after the
// status's own reading when the server's words name what it found
// (serverFoundCaller): the words come first, the hint stays, second.
func (a *analysis) hintScore(score int) int {
	if score >= scoreGeneric && a.serverFoundCaller() {
		return scoreGeneric - 1
	}
	return score
}
