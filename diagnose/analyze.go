package diagnose

import (
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/authspec/authspec/assert"
	"github.com/authspec/authspec/internal/lazyre"
	"github.com/authspec/authspec/secret"
	"github.com/authspec/authspec/vocab"
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
}

// add records a cause. msg and ev are texts made with textf or lit: only
// their values are redacted at the sink. A plain string is all value.
func (a *analysis) add(score int, code, msg string, ev ...string) {
	a.causes = append(a.causes, ranked{Cause{Code: code, Message: msg, Evidence: ev}, score, len(a.causes)})
}

// Analyze explains a response that the scenario did not expect: a 401, 403
// or 429 where something else was expected, a 401 where 403 was expected or
// the reverse, or a 2xx where a rejection was expected. It returns causes
// most likely first (see the scores above), each with a message a user can
// act on and redacted evidence; nil when the status is what was expected or
// there is nothing to say.
func Analyze(ex Exchange) []Cause {
	if ex.Now.IsZero() {
		ex.Now = time.Now()
	}
	a := &analysis{ex: ex, red: newRedactor(ex.Redactor, ex.Credential), exp: expectedStatus(ex), confirm: map[string]int{}}
	st := ex.StatusCode
	a.srv = readServer(ex, a.red)
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
			a.notChecked()
			return a.result()
		}
	}
	core := st == http.StatusUnauthorized || st == http.StatusForbidden || st == http.StatusTooManyRequests || authBody
	if st == http.StatusForbidden && alreadyPublishedRE.MatchString(a.srv.words) {
		return nil // a registry's rule about versions, answered with 403
	}
	a.sent = locate(ex, a.red)
	// A 500 in a rules row's words (WSO2's "Unclassified Authentication
	// Failure" for an altered token) is a refusal answered with the wrong
	// status; 502 to 504 speak of an upstream, not of this request, and
	// so does a 500 that names the server's own store or upstream
	// ("database authentication failed for user app").
	refused500 := st == http.StatusInternalServerError && a.ruleMatches() && !serverSideRE.MatchString(a.srv.text)
	// A 503 whose words say a usage limit was reached is that limit
	// (AccuWeather answers its daily quota so), not an outage; so is a
	// 500 that says so and names no store or upstream of the server's
	// (Apigee Edge's quota policy answers its QuotaViolation with a 500).
	limited5xx := (st == http.StatusServiceUnavailable || st == http.StatusInternalServerError && !serverSideRE.MatchString(a.srv.text)) && rateWordsIn(a.srv.words) != ""
	if !core && !(st >= 400 && st < 500 && a.speaksOfAuth() && !a.formInvalid()) && !refused500 && !limited5xx {
		return nil
	}
	wantUnauth := ex.ExpectReject && a.exp.Match(401) && !a.exp.Match(403)
	wantForbidden := a.exp.Match(403) && !a.exp.Match(401)
	if wantUnauth && st == http.StatusForbidden || wantForbidden && st == http.StatusUnauthorized {
		a.authnBeforeAuthz()
	}
	a.serverStops()
	a.oauth()
	a.grantError()
	said := a.serverWords()
	if !core && !said && len(a.causes) == 0 {
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

var alreadyPublishedRE = lazyre.New(alreadyPublishedPattern)

// serverSideRE: words that make an error the server's own, with a store
// or service behind it, rather than the request's.
// PostgreSQL's and MySQL's own refusals of the server's login ("password
// authentication failed for user", "Access denied for user 'app'@'10.0.0.5'")
// name no store but are one.
var serverSideRE = lazyre.New(`(?i)\b(database|db|postgres(ql)?|mysql|mongo(db)?|redis|ldap|smtp|sql|upstream|connection pool)\b|password authentication failed for user|access denied for user '[^']*'@`)

var authWordRE = lazyre.New(`\b(api[ _-]?keys?|apikey|tokens?|scopes?|access|auth\w*|credentials?|unauthori[sz]ed|forbidden|permissions?|signature|session|referr?er|rate limit|limit exceeded|limit(ed)? (has been |was |is )?reached)\b`)

// speaksOfAuth: a 4xx whose body or headers speak of the key, token,
// scope or access, or of a usage limit reached (a 402 "You have exceeded
// your monthly included credits", OpenCage's 402 "quota exceeded").
func (a *analysis) speaksOfAuth() bool {
	h := a.ex.ResponseHeader
	if len(a.srv.challenges) > 0 || a.srv.grantErr != "" || h.Get("X-Oauth-Scopes") != "" || h.Get("X-Accepted-Oauth-Scopes") != "" {
		return true
	}
	return authWordRE.MatchString(a.srv.text) || rateWordsIn(a.srv.text) != "" || a.ruleMatches()
}

// result orders, merges and redacts the causes.
func (a *analysis) result() []Cause {
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

var planRE = lazyre.New(`\b(plan|upgrade|subscription|tier)\b`)

// Defaults for an Exchange that states no expected status.
var (
	expectSuccess      = assert.MustStatus("2xx")
	expectForbidden    = assert.MustStatus(403)
	expectUnauthorized = assert.MustStatus(401)
)

// expectedStatus is the status the exchange expected, or its default.
func expectedStatus(ex Exchange) assert.Status {
	switch {
	case !ex.Expected.IsZero():
		return ex.Expected
	case !ex.ExpectReject:
		return expectSuccess
	case ex.Kind == vocab.KindPermission:
		return expectForbidden
	}
	return expectUnauthorized
}

// endpoint is "METHOD /path", the query left out: the path as the runner
// showed it (Exchange.Path: the suite's template, secrets as labels), or
// else the path as sent, a value redacted at the sink.
func (a *analysis) endpoint() secret.Text {
	if a.ex.Path != "" {
		return secret.Textf("%s %s", secret.Lit(a.ex.Method), a.ex.Path)
	}
	path := "(unparsable URL)"
	if u, err := url.Parse(a.ex.URL); err == nil {
		path = u.EscapedPath()
	}
	if a.ex.Method == "" {
		return secret.Textf("%s", path)
	}
	return secret.Textf("%s %s", secret.Lit(a.ex.Method), path)
}

func (a *analysis) statusText() string {
	return fmt.Sprintf("%d %s", a.ex.StatusCode, http.StatusText(a.ex.StatusCode))
}

// status is authspec's rendering of the status: "401 Unauthorized".
func (a *analysis) status() secret.Text { return secret.Lit(a.statusText()) }

// expected is the expected status as authspec writes it ("2xx").
func (a *analysis) expected() secret.Text { return secret.Lit(a.exp.String()) }

func (a *analysis) serverSaid() []string {
	var ev []string
	for _, c := range a.srv.rawChall {
		ev = append(ev, textf("WWW-Authenticate: %s", c))
	}
	// A page whose words are its status line ("403 Forbidden") says
	// nothing the failure does not.
	if a.srv.message != "" && !sameWords(a.srv.message, a.statusText()) {
		ev = append(ev, textf("the server said: %q", a.srv.message))
	}
	return ev
}

// notChecked: a request that should have been refused got a 2xx.
func (a *analysis) notChecked() {
	ex := a.ex
	what, advice := "a request it should have refused", ""
	ev := []string{textf("expected %s, got %s", a.expected(), a.status())}
	c := ex.Credential
	switch ex.Probe {
	case vocab.ProbeNoAuth:
		what = "a request without any credential"
		ev = append(ev, "probe no_auth: the credential was removed from the request")
	case vocab.ProbeInvalid:
		what = "an altered, invalid credential"
		ev = append(ev, "probe invalid: the credential was changed but kept its shape")
	case vocab.ProbePrevious:
		what = "the rotated-out (previous) credential"
		advice = "; the rotation is not complete: revoke the old value at the provider"
		ev = append(ev, "probe previous: the credential's previous value was sent")
	case vocab.ProbeOtherEnv:
		what = "a credential that belongs to another environment"
		advice = "; environments share credentials, or the API does not tell them apart"
		ev = append(ev, "probe other_env: another environment's value of the credential was sent")
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

// authzWords: a 401 without a challenge whose words are about permission
// ("Not administrator user", "Access refused", "not authorised") and not
// about the login itself ("Login failed", "invalid credentials").
func (a *analysis) authzWords() bool {
	if len(a.srv.challenges) > 0 {
		return false
	}
	t := a.srv.text
	return authzRE.MatchString(t) && !authnRE.MatchString(t)
}

var (
	// Words that name a permission, not the login: a bare "Not authorized"
	// is how many APIs refuse a bad credential, so it is not enough; nor is
	// prose "Access denied", but an access_denied error code (Slack's
	// ekm_access_denied: admins suspended the action) names a refusal.
	authzRE = lazyre.New(`access refused|access_denied\b|permission|not allowed|insufficient|` + notRolePattern + `|\b(role|tag|privilege)s?\b|virtual host|\bvhost\b`)
	// Any word about the credential itself vetoes: "Access denied due to
	// invalid subscription key", "No token provided", "Not authorized:
	// token signature mismatch" are authentication failures.
	authnRE = lazyre.New(`login|log in|token|key|credential|password|signature|authenticat|valid|expired|unknown (user|client)|subscription|provided`)
)

// generic is the plain reading of the status code, always last.
func (a *analysis) generic() {
	if !a.sent.any() {
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
				textf("the API answered 401 but its own words describe an authorization failure: the credential%s was accepted and is not allowed to %s; grant it the role or permission, or use a credential that has it (this API uses 401, not 403, for permission failures)", a.credName(), a.endpoint()),
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
		a.add(scoreGeneric, PermissionDenied,
			textf("the API authenticated the request%s but does not allow %s: %s; grant it to the credential or use one that has it", a.credName(), a.endpoint(), secret.Lit(reason)),
			ev...)
	}
}

// lit marks a fixed sentence as authspec's own words.
func lit(s string) string { return string(secret.Lit(s)) }

// shown is how evidence names a credential's value: an identifier (a
// username or client id, see secret.Identifier) as written, any other
// value by its label.
func shown(c *Credential, v Value) secret.Text {
	if (v.Field == vocab.FieldUsername || v.Field == vocab.FieldClientID) && identifier(c, v) {
		return secret.Textf("%s %s", secret.Lit(v.Field), v.Value)
	}
	return secret.Lit(label(v))
}

// identifier reports whether v, a username or client id of c, is an
// identifier: its password or client secret is set and its variable is not
// named like a secret.
func identifier(c *Credential, v Value) bool {
	for _, p := range c.Values {
		if p.Field == vocab.FieldPassword || p.Field == vocab.FieldClientSecret {
			return secret.Identifier(sourceName(v), p.Value)
		}
	}
	return false
}

// credName is " (name)": the credential's name as written in the YAML.
func (a *analysis) credName() secret.Text {
	if a.ex.Credential != nil && a.ex.Credential.Name != "" {
		return secret.Lit(" (" + a.ex.Credential.Name + ")")
	}
	return ""
}

// whereDefined names the variable (and env file) a secret value comes
// from: names written in the suite, never the value.
func (a *analysis) whereDefined() secret.Text {
	if a.ex.Credential == nil {
		return ""
	}
	for _, v := range a.ex.Credential.Values {
		if v.Field != vocab.FieldUsername && v.Field != vocab.FieldClientID && v.Source != "" {
			if v.EnvFile != "" {
				return secret.Lit(" (" + v.Source + " in " + v.EnvFile + ")")
			}
			return secret.Lit(" (" + v.Source + ")")
		}
	}
	return ""
}
