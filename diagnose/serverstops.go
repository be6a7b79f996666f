package diagnose

import (
	"strings"

	"github.com/authspec/authspec/internal/lazyre"
	"github.com/authspec/authspec/secret"
)

// Causes the server states itself: it stopped the request for a reason
// other than the credential (rate limit, block page, IP allowlist), or it
// named an RFC 6750 error.

// serverStops: the server says it stopped the request for a reason other
// than the credential.
func (a *analysis) serverStops() {
	ex := a.ex
	ok, ev := rateLimit(ex.StatusCode, ex.ResponseHeader, a.srv.words, ex.Now)
	if n := strings.ReplaceAll(a.srv.norm, "_", " "); !ok && limitCodeRE.MatchString(n) {
		// A rate limit said in a code written as one word (Tencent Cloud's
		// RequestLimitExceeded, beside words in Chinese) is read as
		// normalizeWords spells it; a limit on something else
		// (LimitExceeded.InstanceQuota: too many instances) is not a rate.
		ok, ev = rateLimit(ex.StatusCode, ex.ResponseHeader, n, ex.Now)
	}
	if !ok && a.srv.retryWait != "" && !a.credentialRefusedInWords() {
		// The body asks to wait before retrying, in numbers, not words
		// (a wait beside a refusal of the credential, Todoist's "Invalid
		// token" with error_extra.retry_after, is a hint about retrying,
		// not a limit).
		ok, ev = true, []string{textf("the body asks to wait: %s", a.srv.retryWait)}
	}
	if ok {
		if a.srv.message != "" {
			ev = append(ev, textf("the server said: %q", a.srv.message))
		}
		a.add(scoreRateLimited, RateLimited,
			lit("the API is rate-limiting these requests: wait until the limit resets (Retry-After / reset header), lower --parallel, or ask for a higher limit; the credential itself may be fine"),
			ev...)
	}
	// An unmarked HTML page whose words a rules row reads (PyPI's "403
	// Invalid or non-existent authentication information") is the API's
	// own page, not a proxy's.
	if found, strong, ev := blockPage(a.srv, ex.RequestHeader, ex.ResponseHeader, ex.StatusCode); found && (strong || !a.ruleMatches()) {
		score := scoreBlocked
		msg := lit("a proxy, CDN or web application firewall in front of the API blocked the request before the API saw it: the answer is a block page, not the API's; check the WAF/CDN rules (bot protection, IP reputation, blocked paths or headers) or run from an allowed network")
		a.blocked = strong
		if !strong {
			score = scoreBlockedWeak
			msg = lit("the 403 is an HTML page from an API that answers JSON, which suggests a proxy, load balancer or WAF refused the request before the API saw it; look at the page and at what sits in front of the API")
		}
		a.add(score, BlockedByProxy, msg, ev...)
	}
	if ok, why := ipRestricted(a.srv.text, ex.ResponseHeader); ok {
		ev := []string{why}
		if a.srv.message != "" {
			ev = append(ev, textf("the server said: %q", a.srv.message))
		}
		a.add(scoreIPRestricted, IPRestricted,
			lit("the API refuses requests from this IP address: the credential (or account) is restricted to an allowlist of addresses; add this machine's (or the CI runner's) egress IP to the allowlist, or run from an allowed network"),
			ev...)
	}
}

// oauth reads the RFC 6750 error, from WWW-Authenticate or a JSON body.
func (a *analysis) oauth() {
	s := a.srv
	ev := []string{}
	if s.oauthFrom == "WWW-Authenticate" {
		for _, c := range s.rawChall {
			ev = append(ev, textf("WWW-Authenticate: %s", c))
		}
	} else if s.oauthErr != "" {
		ev = append(ev, textf("response body: error %q", s.oauthErr))
	}
	if s.oauthDesc != "" {
		ev = append(ev, textf("error_description: %q", s.oauthDesc))
	}
	switch s.oauthErr {
	case "invalid_token":
		msg := secret.Lit("the server says the token is invalid (RFC 6750 invalid_token): expired, revoked, malformed, or issued for another API or tenant")
		if d := strings.ToLower(s.oauthDesc); strings.Contains(d, "expired") && !faultListRE.MatchString(d) {
			msg = secret.Lit("the server says the token has expired (RFC 6750 invalid_token); get a new token")
		}
		if s.oauthDesc != "" {
			msg += secret.Textf(" — its description: %q", s.oauthDesc)
		}
		a.add(scoreInvalidToken, ServerInvalidToken, string(msg), ev...)
	case "insufficient_scope":
		msg := secret.Lit("the server says the token lacks a scope this request needs (RFC 6750 insufficient_scope)")
		if s.oauthScope != "" {
			msg += secret.Textf("; it requires %q", s.oauthScope)
			ev = append(ev, textf("scope required by the server: %q", s.oauthScope))
		}
		msg += secret.Lit("; request a token with that scope, or grant it to the client")
		for _, t := range a.tokens() {
			if t.tok.HasScopeClaim() {
				ev = append(ev, textf("%s scopes [%s]", secret.Lit(t.label), quoteList(t.tok.Scopes())))
			}
		}
		if len(a.ex.RequiresScope) > 0 {
			ev = append(ev, textf("requires_scope: %s", secret.Lit(quoteList(a.ex.RequiresScope))))
		}
		a.add(scoreInsufficient, ServerInsufficientScope, string(msg), ev...)
	}
}

var faultListRE = lazyre.New(faultListPattern)

// credentialRefusedInWords: a rules row reads the answer's words as the
// credential refused, expired or missing.
func (a *analysis) credentialRefusedInWords() bool {
	for _, h := range a.ruleHits() {
		switch h.r.code {
		case CredentialRejected, TokenExpired, NoCredentialsSent, ServerInvalidToken:
			return true
		}
	}
	return false
}
