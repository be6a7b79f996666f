package diagnose

import (
	"net/http"
	"slices"
	"strings"

	"github.com/authspec/authspec/internal/lazyre"
	"github.com/authspec/authspec/secret"
)

// How the rules table is read: each row matched against the answer once,
// and the rows that match turned into causes (serverWords).

// ruleText is the answer's words as the rows read them (a challenge's
// error_description counts too), and their normalized spelling, or ""
// where it is the same words: a row that did not match them would not
// match them again.
func (a *analysis) ruleText() (text, norm string) {
	text = a.srv.text
	if a.srv.oauthFrom == "WWW-Authenticate" && a.srv.oauthDesc != "" {
		text += "\n" + strings.ToLower(a.srv.oauthDesc)
	}
	if a.srv.norm != text {
		norm = a.srv.norm
	}
	return text, norm
}

// ruleTexts are ruleText's words as the table reads them: each
// remembers which words it was searched for, as the rows' phrases share
// many (lazyre.Text); norm is nil where ruleText's is "".
func (a *analysis) ruleTexts() (text, norm *lazyre.Text) {
	t, n := a.ruleText()
	if n != "" {
		norm = lazyre.NewText(n)
	}
	return lazyre.NewText(t), norm
}

// matchIn reports whether r applies to the answer, whose words ruleTexts
// read once for the whole table, and the evidence.
func (r *rule) matchIn(a *analysis, text, norm *lazyre.Text) (bool, []string) {
	if len(r.status) > 0 && !slices.Contains(r.status, a.ex.StatusCode) {
		return false, nil
	}
	if r.noChallenge && len(a.srv.challenges) > 0 || r.needsSent && !a.sent.any() || r.when != nil && !r.when(a) {
		return false, nil
	}
	var ev []string
	if r.issue != nil {
		if !r.issue.MatchString(a.srv.fhirIssue) {
			return false, nil
		}
		ev = append(ev, textf("OperationOutcome issue.code: %s", a.srv.fhirIssue))
	}
	if r.header != "" {
		v := a.ex.ResponseHeader.Get(r.header)
		if v == "" && len(a.ex.ResponseHeader.Values(r.header)) == 0 {
			return false, nil
		}
		if r.value != nil && !r.value.MatchString(strings.ToLower(v)) {
			return false, nil
		}
		ev = append(ev, textf("header %s: %s", secret.Lit(headerName(r.header)), a.red.excerpt(v, 160)))
	}
	if r.words != nil {
		m := r.words.FindIn(text)
		normalized := false
		if m == "" && norm != nil {
			// Another spelling of the same words (normalizeWords); the
			// server's message, shown after the row, quotes them.
			m, normalized = r.words.FindIn(norm), true
		}
		if m == "" || r.accept != nil && !r.accept(m) {
			return false, nil
		}
		// The row's exception counts in either spelling, whichever the
		// row's words matched in ("Wrong username or token" vetoes as
		// "Invalid username or token" does).
		if r.unless != nil && norm != nil && r.unless.MatchIn(norm) {
			return false, nil
		}
		// Words matched across a JSON body's fields (`not_authorised","reason":"not
		// administrator`) read as escaped syntax; the server's message, shown
		// after the row, says it better. A page's words are quoted without
		// their markup, and not at all when the status line or the server's
		// message says them already (nginx's <h1>403 Forbidden</h1>).
		words := strings.TrimSpace(markupRE.ReplaceAllString(m, " "))
		if !normalized && !(jsonSyntaxRE.MatchString(m) && a.srv.message != "") && words != "" && !sameWords(words, a.statusText()) && !sameWords(words, a.srv.message) {
			ev = append(ev, textf("the answer says %q", strings.TrimSpace(a.red.excerpt(words, 80))))
		}
	}
	if r.unless != nil && r.unless.MatchIn(text) {
		return false, nil
	}
	return true, ev
}

// AuthErrorHeader reports a 2xx answer whose headers say the API refused
// the credential (a row with refuses2xx: Jira's X-Seraph-LoginReason:
// AUTHENTICATION_DENIED), and that header.
func AuthErrorHeader(h http.Header) (string, bool) {
	for _, r := range refuses2xxRules { // a few rows of the table: this runs for every 2xx answer
		if v := h.Get(r.header); v != "" && (r.value == nil || r.value.MatchString(strings.ToLower(v))) {
			return headerName(r.header) + ": " + v, true
		}
	}
	return "", false
}

// refuses2xxRules are the rows of the table with refuses2xx, in its order.
var refuses2xxRules = func() (out []*rule) {
	for i := range rules {
		if rules[i].refuses2xx {
			out = append(out, &rules[i])
		}
	}
	return out
}()

// ruleMatches: some row of the table recognises the answer (a 400 or 404
// in a provider's own words: "invalid client_id or secret provided", "make
// sure the pages are shared with your integration").
func (a *analysis) ruleMatches() bool {
	return len(a.ruleHits()) > 0
}

// ruleHit is a row of the table that recognises the answer, and the
// evidence its match gave.
type ruleHit struct {
	r  *rule
	ev []string
}

// ruleHits: the rows that recognise the answer, in table order. A row
// reads only the answer and what was sent (set before the first ask), so
// the table is read once per analysis, however many readings ask.
func (a *analysis) ruleHits() []ruleHit {
	if a.hits == nil {
		a.hits = []ruleHit{}
		text, norm := a.ruleTexts()
		for i := range rules {
			if ok, ev := rules[i].matchIn(a, text, norm); ok {
				a.hits = append(a.hits, ruleHit{&rules[i], ev})
			}
		}
	}
	return a.hits
}

// headerName spells a header the way its standard does.
func headerName(h string) string {
	if strings.EqualFold(h, "WWW-Authenticate") {
		return "WWW-Authenticate"
	}
	return http.CanonicalHeaderKey(h)
}

// oauthSaid: the answer carries an RFC 6750 error code that oauth()
// turns into a cause. Other codes (invalid_request, a provider's own) say
// nothing about the credential, so the words around them still count.
func (a *analysis) oauthSaid() bool {
	return bearerErrorCode(a.srv.oauthErr)
}

// statusClassSwapped: a permission scenario got a 401, or a scenario that
// expects a missing or bad credential to be refused with 401 (a failure
// scenario, a probe) got a 403. The refusal came, with the other status:
// a row that reads it as a permission (nginx's own 403 page for a request
// without credentials) says less than the swap itself, which tells what to
// change. A more specific reading (a WAF, an IP allowlist, a rate limit)
// still comes first.
func (a *analysis) statusClassSwapped() bool {
	st := a.ex.StatusCode
	return st == http.StatusUnauthorized && a.exp.Match(403) || st == http.StatusForbidden && a.wantsUnauthorized()
}

// wantsUnauthorized: a refusal was expected, and a 401 rather than a 403.
func (a *analysis) wantsUnauthorized() bool {
	return a.ex.ExpectReject && a.exp.Match(401) && !a.exp.Match(403)
}

// jsonSyntaxRE finds the quotes and separators between a JSON body's keys
// and values.
var jsonSyntaxRE = lazyre.New(`"\s*[:,]\s*"`)

// serverWords applies the rules table. It returns whether a row matched.
func (a *analysis) serverWords() bool {
	matched := false
	for _, h := range a.ruleHits() {
		r, ev := h.r, h.ev
		if !r.strong && a.oauthSaid() {
			continue // an RFC 6750 error code already says it, better
		}
		code := r.code
		if r.codeFor != nil {
			code = r.codeFor(a)
		}
		if code == "" {
			continue // the row's reading is contradicted by the rest of the answer
		}
		matched = true
		score := scoreServerConfirms
		if r.strong {
			score = scoreServerNames
			a.named = true
		}
		if code == NoCredentialsSent && r.strong {
			// The server says the credential is missing, and none was
			// sent: a limit in the same answer is the one for anonymous
			// callers (Infura's "legacy access request rate exceeded",
			// reason "project ID not provided"); sending it is the fix.
			score = scoreRateLimited + 1
		}
		if r.anonymousAfter && !a.sent.any() && !a.ex.ExpectReject {
			// Words about the caller's rights to a request that carried no
			// credential judged an anonymous caller (ejabberd answers a
			// request no api_permissions rule lets through, credential or
			// none, "Account does not have the right to perform the
			// operation."): sending the credential comes first.
			score = scoreNothingSent - 1
		}
		if code == PermissionDenied && a.srv.oauthErr == "insufficient_scope" {
			// The RFC 6750 code says which permission is missing (a
			// scope, often named); a permission sentence beside it (Sentry's
			// "You do not have permission to perform this action.") says
			// the same, less precisely.
			score = scoreInsufficient - 1
		}
		if code == PermissionDenied && a.statusClassSwapped() {
			score = scoreAuthnAuthz - 1 // the 401-for-403 (or 403-for-401) cause says what to change
		}
		ev = append([]string{textf("matches %s (%s)", secret.Lit(r.name), secret.Lit(a.statusText()))}, ev...)
		if a.srv.message != "" && !sameWords(a.srv.message, a.statusText()) {
			ev = append(ev, textf("the server said: %q", a.srv.message))
		}
		if r.evidence != nil {
			ev = append(ev, r.evidence(a)...)
		}
		msg := string(secret.Lit(r.message))
		if code == NoCredentialsSent && !a.sent.any() && !r.ownAdvice {
			// The row's words found no credential and none was sent: its
			// message, written for one sent where the server does not look
			// ("…although one was sent"), would contradict the request.
			msg = a.nothingSentMessage()
		}
		a.add(score, code, msg, append(ev, a.describeSent()...)...)
		a.causes[len(a.causes)-1].redundantWith = r.redundantWith
		for _, c := range r.confirms {
			if c == PrefixMissing && a.sent.authz != "" && (authzFieldMissingRE.MatchString(a.srv.words) || customHeaderMissingRE.MatchString(a.srv.words) || subscriptionKeyRE.MatchString(a.srv.words)) && !strings.Contains(a.srv.words, "bearer") {
				// "Authorization field missing" to a request that sent
				// one, naming no scheme, or a custom header named missing
				// ("API KEY missing from x-api-key header"): the server
				// reads another header (Tyk's configured auth header,
				// Moralis' X-API-Key), not a scheme it could not parse
				// (Meilisearch's "…missing. It must use the bearer
				// authorization method" to a bare key is that). Nor is a
				// gateway's own key said missing (Azure API Management's
				// "missing subscription key", WMATA's gateway): it reads
				// its header, whatever was in Authorization.
				continue
			}
			if c != code && a.confirm[c] < score+1 {
				a.confirm[c] = score + 1
			}
		}
	}
	return matched
}
