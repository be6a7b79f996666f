package diagnose

import (
	"net/http"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/authspec/authspec/assert"
	"github.com/authspec/authspec/internal/lazyre"
	"github.com/authspec/authspec/secret"
)

// Scores rank causes. The order states what a careful engineer believes
// first:
//
//   - a verdict on the API itself (a rejection was expected and it said 2xx);
//   - nothing usable was sent (an empty variable, no credential at all);
//   - the server's own words that the request was stopped for a reason
//     other than the credential: rate limits, a WAF or CDN block page, an IP
//     allowlist; and RFC 6750 insufficient_scope on a 403;
//   - local evidence that explains the response: a malformed header (doubled
//     or missing prefix, wrong scheme, quotes, whitespace, wrong place), then
//     a JWT outside its validity window, then a value that belongs to another
//     environment or is a test/live key in the wrong one, then iss/aud that
//     contradict expect_claims. Evidence that a credential is invalid counts
//     less on a 403, which usually means it was accepted;
//   - the server's RFC 6750 invalid_token, which confirms but does not say why;
//   - the meaning of a 401 where 403 was expected (or the reverse);
//   - weak heuristics: an HTML page without a product's marks, "test"
//     somewhere in a key, trailing whitespace that HTTP trims anyway;
//   - last, the generic reading of the status code: credential_rejected (401)
//     or permission_denied (403).
//
// Ties keep the order in which causes were found.
const (
	scoreNotChecked   = 100
	scoreMissing      = 95
	scoreRateLimited  = 90
	scoreBlocked      = 89
	scoreInsufficient = 87
	scoreIPRestricted = 86
	scoreNothingSent  = 85
	scoreFormat       = 80
	scoreJWTTime      = 75
	// A challenge's scheme is weaker evidence than an expired token: many
	// frameworks send `Basic realm=…` to every 401 by default.
	scoreScheme          = 74
	scoreMissingScope403 = 72
	scoreEnvMismatch     = 70
	scoreClaims          = 68
	scoreInvalidToken    = 60
	scoreAuthzWords      = 58
	scoreAuthnAuthz      = 55
	scoreBlockedWeak     = 50
	scoreHeuristic       = 45
	scoreMissingScope401 = 30
	scoreGeneric         = 20
	penalty403           = 10 // validity evidence on a 403
)

type ranked struct {
	Cause
	score int
	order int
	// redundantWith: codes that, found too, say this cause more precisely (a
	// rules row's redundantWith); the cause is then left out.
	redundantWith []string
}

type analysis struct {
	ex     Exchange
	red    *redactor
	exp    assert.Status
	srv    server
	sent   sent
	causes []ranked
	// confirm raises local findings that the server's answer confirms
	// (code → minimum score).
	confirm map[string]int
	// named: the server's own words name the cause (a strong rules row,
	// or a 401 that speaks of a permission), so a value shared with another
	// environment is only a hint after it, whatever the scenario's kind.
	named bool
	// blocked: a product's own page answered (a WAF's, a CDN's, a forward
	// proxy's): the API never saw the request, so the status says nothing
	// about the credential (generic).
	blocked bool
	// hits: the rules rows that recognise the answer (ruleHits), nil
	// until first asked.
	hits []ruleHit
	// toLogin: the login page a 3xx sent the request to (loginRedirect),
	// read as a 401.
	toLogin string
}

// add records a cause. msg and ev are texts made with textf or lit: only
// their values are redacted at the sink. A plain string is all value.
func (a *analysis) add(score int, code, msg string, ev ...string) {
	a.causes = append(a.causes, ranked{Cause: Cause{Code: code, Message: msg, Evidence: ev}, score: score, order: len(a.causes)})
}

// Analyze explains a response that the scenario did not expect: a 401, 403
// or 429 where something else was expected, a 401 where 403 was expected or
// the reverse, or a 2xx where a rejection was expected. It returns causes
// most likely first (see the scores above), each with a message a user can
// act on and redacted evidence; nil when the status is what was expected or
// there is nothing to say.
func Analyze(ex Exchange) []Cause {
	a := newAnalysis(ex, nil)
	ex = a.ex
	st := ex.StatusCode
	if st >= 200 && st < 300 {
		a.refusedInWords()
	}
	// A 2xx whose body is an auth error (chat APIs answer 200 with
	// {"ok": false, "error": "invalid_auth"}) is a refusal.
	authBody := st >= 200 && st < 300 && a.srv.authError != ""
	if a.exp.Match(st) && !(authBody && !ex.ExpectReject) {
		return nil
	}
	if st >= 200 && st < 300 {
		if authBody {
			if ex.ExpectReject {
				return nil // refused, in the API's own 200 style
			}
		} else {
			// Only an authentication or permission refusal that did not
			// come is about the credential; a missing-data scenario's 400
			// is not.
			if !ex.ExpectReject || !a.exp.Match(401) && !a.exp.Match(403) && ex.Probe == "" {
				return nil
			}
			// The login page a followed redirect ended on: refused, as
			// the redirect not followed would have been.
			if ex.Followed.Status != 0 {
				a.sent = locate(ex, a.red) // whether it posted a login
				if page := a.loginRedirect(); page != "" {
					a.refusedByRedirect(page)
					return a.result()
				}
			}
			a.notChecked()
			return a.result()
		}
	}
	core := st == http.StatusUnauthorized || st == http.StatusForbidden || st == http.StatusTooManyRequests || authBody || a.refusedEnvelope() || a.nestedRefusal()
	if st == http.StatusForbidden && alreadyPublishedRE.MatchString(a.srv.words) {
		return nil // a registry's rule about versions, answered with 403
	}
	if st == http.StatusForbidden && contentRefusedRE.MatchString(a.srv.words) {
		return nil // the request's content refused by moderation, not its caller
	}
	if st == http.StatusForbidden && fieldValueInvalidRE.MatchString(a.srv.words) {
		return nil // a request's field said invalid, its valid values listed
	}
	if (st == http.StatusUnauthorized || st == http.StatusForbidden) && authUnconfiguredRE.MatchString(a.srv.words) {
		return nil // the server's own authentication is not set up: no credential fixes it
	}
	if (st == http.StatusUnauthorized || st == http.StatusForbidden) && transportRequiredRE.MatchString(a.srv.words) && !mutualTLSRequiredRE.MatchString(a.srv.words) {
		return nil // served over TLS only: no credential fixes a plain-HTTP request
	}
	a.sent = locate(ex, a.red)
	if (st == http.StatusUnauthorized || st == http.StatusForbidden) && a.sent.any() && programFaultRE.MatchString(a.srv.words) && !a.ruleMatches() {
		return nil // a crash answered with a refusal's status: nothing about the credential sent
	}
	if a.fieldsOnly403() {
		return nil // a form's field errors answered with 403
	}
	// A 500 in a rules row's words (WSO2's "Unclassified Authentication
	// Failure" for an altered token) is a refusal answered with the wrong
	// status; 502 to 504 speak of an upstream, not of this request, and
	// so does a 500 that names the server's own store or upstream
	// ("database authentication failed for user app"), unless it quotes
	// the value the request carried as not found (Dexcom Share's
	// SessionIdNotFound, filed in its fault under "Database": the session
	// the request carried, looked up in the server's store).
	refused500 := st == http.StatusInternalServerError && a.ruleMatches() && (!serverSideRE.MatchString(a.srv.text) || valueEchoedNotFoundRE.MatchString(a.srv.words))
	// A 503 whose words say a usage limit was reached is that limit
	// (AccuWeather answers its daily quota so), not an outage; so is a
	// 500 that says so and names no store or upstream of the server's
	// (Apigee Edge's quota policy answers its QuotaViolation with a 500).
	limited5xx := (st == http.StatusServiceUnavailable || st == http.StatusInternalServerError && !serverSideRE.MatchString(a.srv.text)) && rateWordsIn(a.srv.words) != ""
	// A 501 that carries an RFC 6749 error is a token endpoint refusing a
	// grant (oauth2orize, behind Node-RED's admin API and many Node.js
	// authorization servers, answers unsupported_grant_type with 501 Not
	// Implemented), not a server's missing feature.
	grant501 := st == http.StatusNotImplemented && a.srv.grantErr != ""
	// A redirect with nowhere to go (no Location) whose body a rules row
	// reads is the answer itself, not a hop: S3's 301 PermanentRedirect
	// "must be addressed using the specified endpoint" names the region's
	// endpoint in its body only.
	stuck3xx := st >= 300 && st < 400 && ex.ResponseHeader.Get("Location") == "" && a.ruleMatches()
	a.toLogin = a.loginRedirect()
	hidden := a.permissionHidden()
	// A 410 Gone to a request whose JWT had expired when it was sent: the
	// server says the thing the token granted is no longer there (an
	// upload slot, a signed link, an invitation: Prosody's HTTP upload
	// answers an expired slot token so), and the token says why.
	goneExpired := st == http.StatusGone && a.sent.any() && a.jwtExpired()
	if !core && !(st >= 400 && st < 500 && a.speaksOfAuth() && !a.formInvalid()) && !refused500 && !limited5xx && !grant501 && !stuck3xx && !hidden && !goneExpired && a.toLogin == "" {
		return nil
	}
	wantUnauth := a.wantsUnauthorized()
	wantForbidden := a.exp.Match(403) && !a.exp.Match(401)
	if wantUnauth && st == http.StatusForbidden || wantForbidden && st == http.StatusUnauthorized {
		a.authnBeforeAuthz()
	}
	if hidden {
		a.hiddenByNotFound()
	}
	a.serverStops()
	a.oauth()
	a.grantError()
	said := a.serverWords()
	a.toLoginPage(a.toLogin)
	if !core && !said && len(a.causes) == 0 && !goneExpired && a.toLogin == "" {
		return nil // a 400 or 404 that only mentions a word like "access"
	}
	// A credential meant to be rejected (a probe, a failure scenario) is
	// not faulted for being invalid: that was the point.
	if !wantUnauth && ex.Probe == "" {
		a.local()
	}
	if !wantUnauth {
		a.generic()
	}
	return a.result()
}

// newAnalysis reads the answer (readServer) once, for Analyze and for
// RefusalIn2xx alike; decoded is its body's JSON when the caller has
// decoded it already (nil: readServer decodes it).
func newAnalysis(ex Exchange, decoded *decodedBody) *analysis {
	if ex.Now.IsZero() {
		ex.Now = time.Now()
	}
	a := &analysis{ex: ex, red: newRedactor(ex.Redactor, ex.Credential), exp: expectedStatus(ex), confirm: map[string]int{}}
	a.srv = readServer(ex, a.red, decoded)
	return a
}

var (
	alreadyPublishedRE  = lazyre.New(alreadyPublishedPattern)
	fieldValueInvalidRE = lazyre.New(fieldValueInvalidPattern)
	authUnconfiguredRE  = lazyre.New(authUnconfiguredPattern)
	transportRequiredRE = lazyre.New(transportRequiredPattern)
	programFaultRE      = lazyre.New(programFaultPattern)
	mutualTLSRequiredRE = lazyre.New(mutualTLSRequiredPattern)
)

// refusedEnvelope: a 400 whose error envelope says no more than a refusal's
// status text (aria2's JSON-RPC {"error":{"code":1,"message":
// "Unauthorized"}}, Vault 0.6's {"errors": ["permission denied"]}): the
// status is the protocol's for any failed call, the words are the
// refusal. An envelope that names what was invalid ("The page token is
// invalid.") may speak of the request's own fields.
//
// So is a SOAP fault that refuses the caller (xmlAuthError found its
// words or its code) in the status SOAP gives every fault: 500 for SOAP
// 1.1's (Salesforce's INVALID_LOGIN, NetSuite's "Invalid login
// attempt."), 400 for SOAP 1.2's Sender faults (an ONVIF camera's
// ter:NotAuthorized). A fault that names the server's own store or
// upstream (serverSideRE) is the server's.
func (a *analysis) refusedEnvelope() bool {
	st := a.ex.StatusCode
	if a.srv.soapFault && a.srv.authError != "" && (st == http.StatusBadRequest || st == http.StatusInternalServerError) {
		return !serverSideRE.MatchString(a.srv.text)
	}
	if st != http.StatusBadRequest {
		return false
	}
	// A GraphQL server answers a request-level error with 400; a first
	// error whose code says authentication failed (Apollo Router's
	// AUTH_ERROR, graphQLUnauthenticated) is the refusal.
	return bareRefusal(a.srv.authError) || bareRefusal(a.srv.message) || a.srv.unauthenticated
}

var (
	bareRefusalRE = lazyre.New(`^(unauthori[sz]ed|unauthenticated|not authenticated|authentication (failed|required)|access denied|permission denied)$`)
	// a label before the words ("Error: ", "Bad Request: ", "Request
	// failed: "), and the end of their clause (a request id in
	// parentheses, ". See https://…").
	refusalLabelRE  = lazyre.New(`^([a-z]+ ){0,2}[a-z]+:\s+`)
	refusalClauseRE = lazyre.New(`\s*(\(|\. |;|$)`)
)

// bareRefusal: s says a refusal's status text and nothing else of its
// own, whatever label comes before it or request id, link or sentence
// after it ("Bad Request: permission denied (request id: …)").
func bareRefusal(s string) bool {
	s = strings.ToLower(strings.TrimSpace(s))
	if m := refusalLabelRE.FindStringIndex(s); m != nil {
		s = s[m[1]:]
	}
	if m := refusalClauseRE.FindStringIndex(s); m != nil {
		s = s[:m[0]]
	}
	return bareRefusalRE.MatchString(strings.TrimRight(s, ".!"))
}

// serverSideRE: words that make an error the server's own, with a store
// or service behind it, rather than the request's.
// PostgreSQL's and MySQL's own refusals of the server's login ("password
// authentication failed for user", "Access denied for user 'app'@'10.0.0.5'")
// name no store but are one. So do a Redis-protocol store's replies to the
// server's own login (WRONGPASS, NOAUTH) and a client's report of the
// command it ran ("UpstashError: WRONGPASS … command was: [[\"get\", …]]").
// valueEchoedNotFoundRE: valueEchoedNotFoundPattern, read by the
// rules table and by the 500 it lets through.
var valueEchoedNotFoundRE = lazyre.New(valueEchoedNotFoundPattern)

var serverSideRE = lazyre.New(`(?i)\b(database|db|postgres(ql)?|mysql|mongo(db)?|redis|valkey|upstash|memcached?|ldap|smtp|sql|upstream|connection pool)\b|password authentication failed for user|access denied for user '[^']*'@|\b(wrongpass|noauth)\b|\bcommand was:`)

var authWordRE = lazyre.New(`\b(api[ _-]?keys?|apikey|tokens?|scopes?|access|auth\w*|credentials?|unauthori[sz]ed|forbidden|permissions?|signature|session|referr?er|rate limit|limit exceeded|limit(ed)? (has been |was |is )?reached)\b`)

// speaksOfAuth: a 4xx whose body or headers speak of the key, token,
// scope or access, or of a usage limit reached (a 402 "You have exceeded
// your monthly included credits", OpenCage's 402 "quota exceeded"), or
// that asks to wait before retrying (retryWait).
func (a *analysis) speaksOfAuth() bool {
	h := a.ex.ResponseHeader
	if len(a.srv.challenges) > 0 || a.srv.grantErr != "" || a.srv.retryWait != "" || h.Get("X-Oauth-Scopes") != "" || h.Get("X-Accepted-Oauth-Scopes") != "" {
		return true
	}
	return authWordRE.MatchString(a.srv.text) || rateWordsIn(a.srv.text) != "" || a.ruleMatches()
}

// dropRedundant leaves out a cause that another cause found says more
// precisely (its rules row's redundantWith); most analyses have none, and
// they pay for no lookup.
func (a *analysis) dropRedundant() {
	if !slices.ContainsFunc(a.causes, func(c ranked) bool { return len(c.redundantWith) > 0 }) {
		return
	}
	found := map[string]bool{} // before any is left out: DeleteFunc moves them
	for _, c := range a.causes {
		found[c.Code] = true
	}
	a.causes = slices.DeleteFunc(a.causes, func(c ranked) bool {
		return slices.ContainsFunc(c.redundantWith, func(code string) bool { return found[code] })
	})
}

// result orders, merges and redacts the causes.
func (a *analysis) result() []Cause {
	a.dropRedundant()
	for i, c := range a.causes {
		if min, ok := a.confirm[c.Code]; ok && c.score < min {
			a.causes[i].score = min
		}
	}
	sort.SliceStable(a.causes, func(i, j int) bool {
		if a.causes[i].score != a.causes[j].score {
			return a.causes[i].score > a.causes[j].score
		}
		return a.causes[i].order < a.causes[j].order
	})
	var out []Cause
	index := map[string]int{}
	for _, c := range a.causes {
		if i, ok := index[c.Code]; ok {
			for _, e := range c.Evidence {
				if e = a.red.values(e); !slices.Contains(out[i].Evidence, e) && !quotedAlready(out[i].Evidence, e) {
					out[i].Evidence = append(out[i].Evidence, e)
				}
			}
			continue
		}
		index[c.Code] = len(out)
		ev := make([]string, 0, len(c.Evidence))
		for _, e := range c.Evidence {
			if e = a.red.values(e); e != "" && !slices.Contains(ev, e) {
				ev = append(ev, e)
			}
		}
		out = append(out, Cause{Code: c.Code, Message: a.red.values(c.Message), Evidence: ev})
	}
	return out
}

// answerSays is how evidence quotes the words a rules row matched.
var answerSays = string(secret.Lit("the answer says "))

// quotedAlready: a second row of the same cause quotes words the first
// already quoted, or part of them ("you don't have permission to" beside
// "you don't have permission to access", Apache's 403 page).
func quotedAlready(ev []string, e string) bool {
	q, ok := strings.CutPrefix(e, answerSays)
	if !ok {
		return false
	}
	for _, have := range ev {
		if h, ok := strings.CutPrefix(have, answerSays); ok && (strings.Contains(h, strings.Trim(q, `"`)) || strings.Contains(q, strings.Trim(h, `"`))) {
			return true
		}
	}
	return false
}
