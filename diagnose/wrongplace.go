package diagnose

import (
	"github.com/authspec/authspec/internal/lazyre"
	"github.com/authspec/authspec/secret"
)

// Where the credential was sent, read against where the server asks for
// it: the query or the body when it wants a header, or one header when it
// names another.

// wrongPlace: the credential went in the query or the body while the
// server wants a header, or in one header while the server names another.
func (a *analysis) wrongPlace() {
	asked := a.askedHeader()
	inHeader := len(a.sent.headers) > 0 || a.sent.authz != ""
	switch {
	case !inHeader && len(a.sent.query)+len(a.sent.body)+len(a.sent.authQuery)+len(a.sent.authBody) > 0:
		c := a.ex.Credential
		if len(a.srv.challenges) == 0 && asked == "" && c != nil && c.Query != "" && len(a.sent.query) > 0 && a.sent.query[0].where == c.Query {
			return // a query key, as configured; nothing says otherwise
		}
		if a.srv.oauthFrom == "WWW-Authenticate" && a.oauthSaid() {
			// A challenge with an RFC 6750 error code judged a token it
			// found (without one, RFC 6750 section 3.1 has it send no
			// code): it read the credential where it was sent.
			return
		}
		// Known values first; else a field named like a credential
		// (access_token=… typed into the scenario by hand).
		var where secret.Text
		switch {
		case len(a.sent.query) > 0:
			where = secret.Textf("query parameter %s", a.sent.query[0].where)
		case len(a.sent.body) > 0:
			where = secret.Lit("the request body")
		case len(a.sent.authQuery) > 0:
			where = secret.Textf("query parameter %s", a.sent.authQuery[0])
		default:
			where = secret.Textf("body field %s", a.sent.authBody[0])
		}
		score := scoreBlockedWeak
		target := secret.Lit("a header")
		if len(a.srv.challenges) > 0 {
			score, target = scoreFormat, secret.Textf("the Authorization header (%s)", a.srv.challenges[0].Scheme)
		} else if asked != "" {
			score, target = scoreFormat, secret.Textf("header %s", asked)
		}
		if score > scoreGeneric && a.serverReadCredential() && !a.tokenNotFoundOnly() && !missingAmongFaultsRE.MatchString(normalizeWords(a.srv.message)) {
			// The words judge a value the server read ("gatekeeper key
			// invalid" to a key in the query): it found the credential
			// where it went, so the place is a hint after the status's
			// reading, as a challenge's RFC 6750 error says above.
			score = scoreGeneric - 1
		}
		a.add(a.hintScore(score), CredentialInWrongPlace,
			textf("the credential was sent in %s, but the server expects it in %s; send it there (type: bearer, or api_key with header:)", where, target),
			append(a.describeSent(), a.serverSaid()...)...)
	case a.sent.authz == "" && a.basicChallenged() && a.passwordHeader() != "":
		// A header named for a password (X-Password, X-Auth-Passwd) while
		// the server's only way of taking one is Basic in the
		// Authorization header: the place, not the password. A key header
		// under a Basic challenge is not read so: a server that reads both
		// answers a stale key with its Basic challenge too.
		a.add(a.hintScore(scoreFormat), CredentialInWrongPlace,
			textf("the credential went in header %s, named for a password, but the server asks for a password as Basic authentication in the Authorization header (WWW-Authenticate: Basic); send it there (type: basic with the username and password)", a.passwordHeader()),
			append(a.describeSent(), a.serverSaid()...)...)
	case asked != "" && a.sent.any():
		a.add(a.hintScore(scoreFormat), CredentialInWrongPlace,
			textf("the server asks for header %q, which the request did not carry; the credential went elsewhere — send it in that header", asked),
			append(a.describeSent(), a.serverSaid()...)...)
	}
}

// missingAmongFaultsRE: the words list "missing" among the faults they do
// not tell apart ("Invalid or missing X-API-Key header", "API key missing
// or invalid"): the server may have found nothing where it looks, so they
// judge no value it read, and a credential sent elsewhere explains them.
var missingAmongFaultsRE = lazyre.New(`\b(missing|absent|not provided|not supplied),? or (invalid|expired|incorrect|wrong|bad|malformed|unknown)\b|\b(invalid|expired|incorrect|wrong|bad|malformed|unknown),? or (missing|absent|not provided|not supplied)\b`)

// basicChallenged: every challenge of the answer asks for Basic.
func (a *analysis) basicChallenged() bool {
	for _, c := range a.srv.challenges {
		if !c.Is("Basic") {
			return false
		}
	}
	return len(a.srv.challenges) > 0
}

// passwordHeader: the first header the credential went in whose name
// says it holds a password (X-Password, X-Auth-Passwd, Passphrase), or "".
func (a *analysis) passwordHeader() string {
	for _, p := range a.sent.headers {
		if passwordHeaderRE.MatchString(p.where) {
			return p.where
		}
	}
	return ""
}

var passwordHeaderRE = lazyre.New(`(?i)(^|[-_])(pass|password|passwd|passphrase|pwd)($|[-_])`)
