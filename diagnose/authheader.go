package diagnose

import (
	"net/http"
	"slices"
	"strconv"
	"strings"

	"github.com/authspec/authspec/internal/lazyre"
	"github.com/authspec/authspec/vocab"
)

// How the credential was sent in the Authorization header, read against
// the schemes the server's challenges ask for: a doubled or missing
// scheme, or the wrong scheme. Where else it went is wrongplace.go's;
// whether the server's words show it read the value, serverread.go's.

// authorizationHeader reads the Authorization header against the
// server's challenges: a doubled or missing scheme, or the wrong scheme.
func (a *analysis) authorizationHeader() {
	authz := a.sent.authz
	var challenges []Challenge
	for _, c := range a.srv.challenges {
		if !notAuthScheme(c) {
			challenges = append(challenges, c)
		}
	}
	var schemes []string
	for _, c := range challenges {
		if !slices.Contains(schemes, c.Scheme) {
			schemes = append(schemes, c.Scheme)
		}
	}
	want := "Bearer"
	if len(schemes) > 0 {
		want = schemes[0]
	} else if p := effectivePrefix(a.ex.Credential); p != "" {
		want = p
	}
	chEv := a.serverSaid()
	if authz == "" {
		// The credential went in another header; a challenge asks for the
		// Authorization header. A challenge that names a custom scheme
		// (ApiKey, Key realm="kong") describes what was sent, and a Basic
		// realm is what many servers send on every 401 whatever they read.
		// A challenge carrying an RFC 6750 error judged the credential
		// it read (GitLab answers insufficient_scope to PRIVATE-TOKEN).
		// A value that already starts with the scheme asked for ("Bearer
		// …" in an "Authorize" header) has the right scheme in the wrong
		// header: the place, not the scheme (credential_in_wrong_place).
		if len(challenges) > 0 && !customOrDefaultChallenge(challenges, a.sentHeaderNames()) && !a.serverReadCredential() && len(a.sent.query)+len(a.sent.body)+len(a.sent.authQuery)+len(a.sent.authBody) == 0 && !a.schemeInOtherHeader(schemes) {
			names := a.sentHeaderNames()
			if len(names) == 0 {
				return // nothing went in a header: not a scheme question
			}
			a.add(a.hintScore(scoreScheme-2), SchemeMismatch,
				textf("the server asks for %s authentication in the Authorization header, but the credential was sent in %s; send it the way the server asks (e.g. type: bearer), or check the API's documentation for the right header",
					strings.Join(schemes, " or "), strings.Join(dedupe(names), ", ")),
				append(a.describeSent(), chEv...)...)
		}
		return
	}
	scheme, rest, hasRest := strings.Cut(authz, " ")
	restT := strings.TrimLeft(rest, " \t")
	second, _, twoWords := strings.Cut(restT, " ")
	switch {
	case hasRest && isKnownScheme(scheme) && twoWords && isKnownScheme(second):
		a.add(a.hintScore(scoreFormat), PrefixDoubled,
			textf("the Authorization header starts with %q: the scheme is there twice, so the server reads %q as the token; remove the prefix from the value (type: bearer adds %q itself)", scheme+" "+second+" ", second, effectivePrefixOr(a.ex.Credential, scheme)),
			append([]string{textf("sent Authorization: %s %s %s", scheme, second, a.safeRest(restT[len(second):]))}, chEv...)...)
	case !hasRest && !isKnownScheme(scheme) && !ownFormat(authz):
		score := scoreFormat
		if len(challenges) == 0 {
			switch {
			case a.authenticatedRefusal():
				return // the server took it and named what the caller may not do
			case a.serverJudged():
				// Nothing asks for a scheme and the server judged the value
				// (etcd takes its token bare): a hint after the server's words.
				score = scoreHeuristic
			}
			if c := a.ex.Credential; c != nil && (c.NoPrefix || c.Type == vocab.CredAPIKey && strings.EqualFold(c.Header, "Authorization")) || a.signedRequest() || a.signatureRefused() {
				// prefix: "" on purpose (a bare key, as Tyk and Octopus
				// Energy's Kraken API read one), or an api_key whose header
				// is Authorization (SparkPost reads its key so), or a
				// request that signs itself (signedRequest), and nothing
				// asks for a scheme: a hint after the status's own
				// reading.
				score = scoreGeneric - 1
			}
		}
		if s := schemeFormSpelled(a.srv.words); s != "" && strings.EqualFold(s, want) {
			// The server spells the form it expects, the scheme before a
			// placeholder for the token ("Expecting \"Bearer
			// <oauth2-access-token>\"", "should look like 'Authorization:
			// Bearer YOUR_SECRET_KEY'"): it asks for the scheme as a
			// challenge would, and says more than its word "invalid" for
			// the header it found without one.
			score = scoreServerNames + 1
		}
		a.add(a.hintScore(score), PrefixMissing,
			textf("the Authorization header carries the token without a scheme; the server expects %q; set the credential's prefix (type: bearer sends \"Bearer <token>\")", want+" <token>"),
			append([]string{textf("sent Authorization: %s — no scheme", a.safeHeader(authz))}, chEv...)...)
		return
	}
	if len(challenges) > 0 && hasRest {
		for _, s := range schemes {
			if strings.EqualFold(s, scheme) {
				return
			}
		}
		if a.serverReadCredential() && !a.bearerErrorToOtherScheme(scheme) && !a.tokenNotFoundOnly() {
			// The server's words show it read the credential anyway
			// (Stripe answers Basic challenges to Bearer keys).
			return
		}
		if boilerplateBasic(challenges, a.ex.StatusCode) {
			return
		}
		a.add(a.hintScore(scoreScheme), SchemeMismatch,
			textf("the request used the %s scheme, but the server asks for %s (WWW-Authenticate); use a credential of that type", scheme, strings.Join(schemes, " or ")),
			append([]string{textf("sent Authorization: %s", a.safeHeader(authz))}, chEv...)...)
	}
}

// boilerplateBasic: every challenge is Basic with a realm that only
// repeats the refusal (Fauna's `Basic realm="Unauthorized"` on every 401,
// "401 Unauthorized", "Forbidden"): what a framework fills in by default,
// which says nothing about the scheme the API reads. A realm that names
// something ("Restricted", "security", an app) is the server's own.
func boilerplateBasic(cs []Challenge, status int) bool {
	for _, c := range cs {
		if !c.Is("Basic") {
			return false
		}
		realm := strings.ToLower(strings.TrimSpace(c.Params["realm"]))
		realm = strings.TrimSpace(strings.TrimPrefix(realm, strconv.Itoa(status)))
		if realm != "unauthorized" && realm != "unauthorised" && realm != strings.ToLower(http.StatusText(status)) {
			return false
		}
	}
	return len(cs) > 0
}

// sentHeaderNames: the headers other than Authorization the credential
// went in.
func (a *analysis) sentHeaderNames() []string {
	var names []string
	for _, p := range a.sent.headers {
		names = append(names, p.where)
	}
	return append(names, a.sent.authHeaders...)
}

// notAuthScheme: a challenge that asks for something besides the
// credential (the npm registry's OTP and IPAddress), not for an
// Authorization scheme.
func notAuthScheme(c Challenge) bool { return c.Is("OTP") || c.Is("IPAddress") }

// customOrDefaultChallenge: every challenge is Basic or a scheme that is
// not an Authorization-header standard, so none says the credential
// should have gone in the Authorization header instead of a custom one.
// A JWT challenge ("JWT realm=Crowdsec API local", what a JWT middleware
// answers where it found no token) names a kind of token, not the key
// header that was sent: it asks for a JWT in the Authorization header, as
// Bearer does.
//
// A scheme of the server's own that names no kind of credential a header
// carries (Dovecot's doveadm API challenges "X-Dovecot-API" beside
// Basic, for "Authorization: X-Dovecot-API <key in base64>") asks for the
// Authorization header as Bearer does; one that names a key, a token or a
// secret (ApiKey, Key realm="kong", Token), or a header that was sent,
// describes the credential sent; one that names a session, a cookie or a
// form asks for no header at all. So does one whose challenge gives the
// address to authenticate at (OpenStack's `Keystone uri="…"` to a request
// that sent X-Auth-Token): it names the service that issues the
// credential, not a scheme of the Authorization header.
func customOrDefaultChallenge(cs []Challenge, sent []string) bool {
	for _, c := range cs {
		switch s := strings.ToLower(c.Scheme); s {
		case "bearer", "jwt", "digest", "negotiate", "ntlm", "dpop", "hoba", "mutual", "aws4-hmac-sha256":
			return false
		case "basic":
		default:
			if !headerCredentialScheme(c.Scheme) && c.Params["uri"] == "" && !slices.ContainsFunc(sent, func(h string) bool { return strings.EqualFold(h, s) }) {
				return false
			}
		}
	}
	return true
}

// headerCredentialScheme: a challenge's scheme that names, as one of its
// words, a kind of credential a custom header carries, or a way of
// authenticating that is no Authorization header (a session, a cookie, a
// form, a one-time code): ApiKey, APIKey, X-API-Key, Gatekeeper-Key,
// SessionToken, FormBased. A word that only holds one is not it
// ("Platform" holds "form", "Monkey" "key").
func headerCredentialScheme(scheme string) bool {
	words := acronymRE.ReplaceAllString(camelRE.ReplaceAllString(scheme, "${1}_$2"), "${1}_$2")
	return headerCredentialSchemeRE.MatchString(strings.ToLower(words))
}

var (
	headerCredentialSchemeRE = lazyre.New(`(^|[_ -])(key|token|secret|session|cookie|form|otp)s?($|[_ -])`)
	// acronymRE: the boundary after an acronym that opens a word
	// (APIKey: API, Key).
	acronymRE = lazyre.New(`([A-Z])([A-Z][a-z])`)
)

func (a *analysis) safeRest(s string) string {
	s = strings.TrimSpace(s)
	if r := a.red.redact(s); r != s {
		return r
	}
	return "<" + shape(s) + ">"
}

func effectivePrefixOr(c *Credential, def string) string {
	if p := effectivePrefix(c); p != "" {
		return p
	}
	return def
}
func dedupe(xs []string) []string {
	var out []string
	for _, x := range xs {
		if !slices.Contains(out, x) {
			out = append(out, x)
		}
	}
	return out
}

// bearerChallengeError: the answer's RFC 6750 error came in a Bearer
// challenge.
func (a *analysis) bearerChallengeError() bool {
	if a.srv.oauthFrom != "WWW-Authenticate" || a.srv.oauthErr == "" {
		return false
	}
	for _, c := range a.srv.challenges {
		if c.Is("Bearer") {
			return true
		}
	}
	return false
}

// schemeInOtherHeader: a header other than Authorization carries a value
// that starts with one of schemes and a space.
func (a *analysis) schemeInOtherHeader(schemes []string) bool {
	for _, p := range a.sent.headers {
		first, _, ok := strings.Cut(strings.TrimSpace(p.v.Value), " ")
		if !ok {
			continue
		}
		for _, s := range schemes {
			if strings.EqualFold(first, s) {
				return true
			}
		}
	}
	return false
}

// bearerErrorToOtherScheme: an RFC 6750 error in a Bearer challenge
// judges a bearer token; to a Basic or Digest header it says no bearer
// token was found, not that the password was read (Apache's mod_rewrite
// token check answers every request that way).
func (a *analysis) bearerErrorToOtherScheme(scheme string) bool {
	return (strings.EqualFold(scheme, "Basic") || strings.EqualFold(scheme, "Digest")) && a.bearerChallengeError()
}

// signedRequest: the request carries a signature of itself in a header of
// its own (sign, signature, X-…-Sign: an HMAC of the token, a timestamp
// and a nonce, as device and exchange APIs take it). Such an API has its
// own scheme, whose token goes bare in Authorization: no scheme is
// missing there.
func (a *analysis) signedRequest() bool {
	for name, vs := range a.ex.RequestHeader {
		if signatureHeaderRE.MatchString(name) && len(vs) > 0 && strings.TrimSpace(vs[0]) != "" {
			return true
		}
	}
	return false
}

var signatureHeaderRE = lazyre.New(`(?i)^([a-z0-9]+-)*(sign|signature)$`)

// signatureRefused: the server's words refuse a signature, hash or HMAC
// it computed and compared (signatureRefusedPattern: "The hash in the
// Authorization header doesn't match up", Podcast Index's to a SHA-1 sent
// bare in Authorization): the value sent is the API's own signature, as
// signedRequest's is, so no scheme is missing before it.
func (a *analysis) signatureRefused() bool { return signatureRefusedRE.MatchString(a.srv.words) }

var signatureRefusedRE = lazyre.New(signatureRefusedPattern)

// schemeFormRE: a scheme spelled before a placeholder for the token, as
// an answer shows the form it expects: "Bearer <oauth2-access-token>",
// "Bearer {token}", "Bearer YOUR_SECRET_KEY", "Token your-api-token".
var schemeFormRE = lazyre.New(`\b(bearer|token|bot|basic)\s+([<{\[]\s*[a-z0-9 _.-]{1,40}[>}\]]|(your|my)[ _-]?([a-z0-9]+[ _-]?){0,3}(token|key|secret|credentials?)\b)`)

// schemeFormSpelled returns the scheme words spell before a placeholder
// for the token (schemeFormRE), or "".
func schemeFormSpelled(words string) string {
	if m := schemeFormRE.FindStringSubmatch(words); m != nil {
		return m[1]
	}
	return ""
}
