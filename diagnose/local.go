package diagnose

import (
	"net/http"
	"strings"

	"github.com/authspec/authspec/secret"
	"github.com/authspec/authspec/vocab"
)

type namedJWT struct {
	name, label, variable string
	tok                   *JWT
}

// tokens are the JWTs involved: the credential's values, and a token in
// the Authorization header that no known value accounts for.
func (a *analysis) tokens() []namedJWT {
	var out []namedJWT
	known := false
	if c := a.ex.Credential; c != nil {
		for _, v := range c.Values {
			clean := cleanValue(v.Value)
			if !looksLikeJWT(clean) {
				continue
			}
			if t, err := DecodeJWT(clean); err == nil {
				out = append(out, namedJWT{sourceName(v), label(v), v.Source, t})
			}
			if strings.Contains(a.sent.authz, clean) {
				known = true
			}
		}
	}
	if !known {
		if _, rest, ok := strings.Cut(a.sent.authz, " "); ok {
			tok := cleanValue(rest)
			if t, err := DecodeJWT(tok); err == nil && looksLikeJWT(tok) {
				out = append(out, namedJWT{"the token in the Authorization header", secret.Label("Authorization", tok), "", t})
			}
		}
	}
	return out
}

// jwtExpired: a JWT involved (tokens: the credential's, or one in the
// Authorization header) has the local finding jwt_expired, as local will
// add it: the rows that weigh an expiry ask the same check, not one of
// their own.
func (a *analysis) jwtExpired() bool {
	for _, t := range a.tokens() {
		for _, ch := range checkJWT(t.name, t.label, t.variable, t.tok, nil, nil, a.ex.Now, 0) {
			if ch.code == JWTExpired {
				return true
			}
		}
	}
	return false
}

// local: evidence found on this side, in the credential and the request.
func (a *analysis) local() {
	ex := a.ex
	claims := ex.ExpectClaims
	for _, ch := range checkCredential(ex.Credential, ex.Env, claims, ex.RequiresScope, ex.Now, 0) {
		if ch.code == JWTExpiring || ch.code == CredentialTooShort {
			continue
		}
		a.add(a.scoreCheck(ch), ch.code, ch.message, append(ch.evidence, a.serverSaid()...)...)
	}
	// A token no credential value accounts for (a capture, a header set
	// by hand) is checked too.
	for _, t := range a.tokens() {
		if t.variable != "" {
			continue
		}
		for _, ch := range checkJWT(t.name, t.label, "", t.tok, claims, ex.RequiresScope, ex.Now, 0) {
			a.add(a.scoreCheck(ch), ch.code, ch.message, append(ch.evidence, a.serverSaid()...)...)
		}
	}
	if !a.sent.any() {
		a.nothingSent()
		return
	}
	a.authorizationHeader()
	a.wrongPlace()
	a.foreignOrigin()
}

// scoreCheck ranks an offline check by how well it explains this status.
func (a *analysis) scoreCheck(ch check) int {
	st := a.ex.StatusCode
	score := scoreGeneric
	switch ch.code {
	case CredentialMissing, PlaceholderCredential:
		return scoreMissing
	case PrefixMissing:
		if len(a.srv.challenges) == 0 && (a.signedRequest() || a.signatureRefused()) {
			// A request that signs itself follows its API's own scheme,
			// whose token goes bare: a hint after the status's reading, as
			// authorizationHeader ranks it.
			return scoreGeneric - 1
		}
		if len(a.srv.challenges) == 0 && a.authenticatedRefusal() {
			// The server took the value and named what the caller may not
			// do: an API that reads its token bare in Authorization
			// (LaunchDarkly's, an API key's own header) judged the caller,
			// not the missing scheme, whatever words it used: a hint after
			// the status's own reading, as authorizationHeader drops it.
			return scoreGeneric - 1
		}
		if len(a.srv.challenges) == 0 && a.serverJudged() {
			// Nothing asks for a scheme and the server judged the value it
			// read (CoinEx takes its signature bare in Authorization and
			// answers "access_id not exists"): a hint after its words, as
			// authorizationHeader ranks the same finding.
			return scoreHeuristic
		}
		return a.hintScore(scoreFormat)
	case PrefixDoubled, QuotesInCredential:
		return a.hintScore(scoreFormat)
	case WhitespaceInCredential:
		c := a.ex.Credential
		if ch.strong || c != nil && (c.Type == vocab.CredBasic || c.Query != "") || len(a.sent.query)+len(a.sent.body) > 0 {
			return a.hintScore(scoreFormat)
		}
		return scoreHeuristic - 10
	case JWTExpired, JWTNotYetValid:
		score = scoreJWTTime
	case CredentialFromOtherEnvironment:
		if a.named {
			return scoreHeuristic // a hint: the server said what it is
		}
		score = scoreEnvMismatch
	case TestKeyInProduction, LiveKeyOutsideProduction:
		if !ch.strong {
			return scoreHeuristic
		}
		score = scoreEnvMismatch
	case JWTWrongIssuer, JWTWrongAudience:
		score = scoreClaims
	case JWTMissingScope:
		if st == http.StatusForbidden {
			return scoreMissingScope403
		}
		return scoreMissingScope401
	}
	if st == http.StatusForbidden {
		score -= penalty403
	}
	return score
}

func (a *analysis) nothingSent() {
	ev := append(a.describeSent(), a.serverSaid()...)
	a.add(scoreNothingSent, NoCredentialsSent, a.nothingSentMessage(), ev...)
}

// nothingSentMessage says what to do about a request that carried no
// credential: the local finding's words, and a rules row's when the
// server's words found none either (a row's own message speaks of a
// credential sent where the server does not look).
func (a *analysis) nothingSentMessage() string {
	c := a.ex.Credential
	msg := textf("the request carried no credential (the scenario has no auth:), and %s requires one: add auth: <credential> to the scenario or step", a.endpoint())
	if f := secret.Lit(a.ex.AuthFlag); f != "" {
		var choices secret.Text
		if len(a.ex.AuthChoices) > 0 {
			choices = secret.Lit(" (the suite defines " + strings.Join(a.ex.AuthChoices, ", ") + ")")
		}
		msg = textf("the request carried no credential (%s none), and %s requires one: send one with %s <credential>%s", f, a.endpoint(), f, choices)
	}
	if c != nil && c.Type != vocab.CredNone && c.Type != "" {
		msg = textf("credential %s is configured, but the request carried none of it: no Authorization header, no API key header or parameter; check that its values are set and that a scenario header or a redirect did not remove it", secret.Lit(c.Name))
	}
	if r := a.ex.NotForwarded; r.To != "" {
		what := secret.Lit("the credential")
		if c != nil && c.Name != "" {
			what = secret.Lit("credential " + c.Name)
		}
		msg = textf("%s was not forwarded to %s: %s redirected the request there (%d), another origin, and authspec never sends a credential across origins; call %s directly (set base_url to it, or use the final URL in the scenario)", what, r.To, r.From, r.Status, r.To)
	}
	return msg
}

// authorizationHeader checks the Authorization header as sent against the

// serverJudged: the server's words judge a value it read, in its message
// (serverReadCredential) or anywhere it speaks: a JSON body's values
// (CoinEx's {"errorMessage":"access_id not exists"}), a page's title and
// headings, a plain body.
func (a *analysis) serverJudged() bool {
	words := a.srv.words
	if a.srv.html {
		words = htmlHeadline(a.srv.text)
	}
	return a.serverReadCredential() || readRE.MatchString(words)
}
