package diagnose

import (
	"net/http"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/authspec/authspec/internal/lazyre"
)

// rateLimit reads whether the answer is a rate limit: a 429; remaining
// counters at zero (X-RateLimit-Remaining, the IETF RateLimit field);
// used/limit counters at their limit (Sforce-Limit-Info:
// api-usage=15000/15000, X-Shopify-Shop-Api-Call-Limit: 40/40); or the
// body's words ("rate limit", "limit exceeded", "too many requests",
// "request limit reached"). A Retry-After is evidence beside one of these,
// not a limit by itself: Varnish puts "Retry-After: 5" on every page it
// makes itself, its ACL's 403 and its 401s too.
//
// Counters at zero are not a limit when the API gives the caller no quota
// at all (a limit of 0), or when they are all a 401 says: an API that
// has not recognised the caller reports zeros on every unauthenticated
// answer, and the refusal is about the credential.
func rateLimit(status int, h http.Header, text string, now time.Time) (bool, []string) {
	var ev, zeros []string
	limited := status == http.StatusTooManyRequests
	if limited {
		ev = append(ev, textf("status 429 Too Many Requests"))
	}
	noQuota := false
	for _, name := range []string{"X-RateLimit-Limit", "X-Rate-Limit-Limit", "RateLimit-Limit"} {
		if v := strings.TrimSpace(h.Get(name)); v == "0" {
			noQuota = true
		}
	}
	for _, name := range []string{"X-RateLimit-Remaining", "X-Rate-Limit-Remaining", "RateLimit-Remaining"} {
		if v := strings.TrimSpace(h.Get(name)); v != "" {
			if n, err := strconv.Atoi(v); err == nil && n <= 0 {
				zeros = append(zeros, textf("%s: %s", name, v))
			}
		}
	}
	if v := h.Get("RateLimit"); v != "" && rateFieldRE.MatchString(strings.ToLower(v)) {
		zeros = append(zeros, textf("RateLimit: %s", v))
	}
	counters := fullCounters(h)
	words := rateWordsIn(text)
	if !noQuota && (status != http.StatusUnauthorized || limited || words != "" || len(counters) > 0) {
		limited = limited || len(zeros) > 0
		ev = append(ev, zeros...)
	}
	if len(counters) > 0 {
		limited = true
		ev = append(ev, counters...)
	}
	if v := h.Get("Retry-After"); v != "" && (limited || words != "") {
		ev = append(ev, textf("Retry-After: %s", v))
	}
	if words != "" {
		limited = true
		ev = append(ev, textf("the body mentions %q", words))
	}
	if !limited {
		return false, nil
	}
	for _, name := range []string{"X-RateLimit-Reset", "RateLimit-Reset"} {
		if v := h.Get(name); v != "" {
			if n, err := strconv.ParseInt(v, 10, 64); err == nil && n > 1e9 && n < 1e11 {
				t := time.Unix(n, 0).UTC()
				ev = append(ev, textf("%s: %s (%s, in %s)", name, v, stamp(t), human(t.Sub(now))))
			} else {
				ev = append(ev, textf("%s: %s", name, v))
			}
		}
	}
	return true, ev
}

var (
	rateFieldRE = lazyre.New(`(^|[;,\s])(r|remaining)=0\b`)
	// counterRE: a used/limit pair, alone or named (api-usage=25/5000).
	counterRE = lazyre.New(`(?:^|[;,\s])(?:([a-z][a-z0-9_-]*)=)?(\d+)/(\d+)(?:$|[;,\s(])`)
	rateWords = []string{"rate limit", "rate-limit", "ratelimit", "too many requests", "throttl", "quota exceeded",
		"limit exceeded", "limit_exceeded", "limits exceeded", "calls per second", "requests per second",
		"out of call volume quota", "quota will be replenished", "quotaexceeded", "exceeded your quota", "call frequency"}
	// slowDownRE: the code that asks a client to send less often, in any
	// spelling: RFC 8628's slow_down (a device polling its token endpoint
	// too often, Google's 403), Amazon S3's SlowDown.
	slowDownRE = lazyre.New(`\bslow[_-]?down\b`)
	// storedLimitRE: a limit on bytes the account stores or sends in one
	// file or one request, said reached or exceeded (a gateway's 413
	// "Request size limit exceeded", "payload size limit exceeded").
	// Also the words glued in a code (Drive's storageQuotaExceeded), and
	// the usage of what is stored ("Disk usage quota has been reached").
	storedLimitRE = lazyre.New(`\b(storage|disk|space|(file|upload|request|body|payload|entity|message|content)[ _]size)[ _]?(usage[ _])?(limit|cap|quota)s?([ _]?(has been |was |is )?(exceeded|reached))?\b`)
	// limitOffRE: rate limiting said not in force on the server ("rate
	// limiting not configured", "rate limits are disabled", "no rate limit
	// is configured").
	limitOffRE = lazyre.New(`\b(rate[ -]?limit(s|ing|er)?|throttling)( is| are| was| has been| have been)? (not (configured|enabled|set up|set|defined|supported|available|active)|disabled|turned off|unavailable|inactive)\b|` +
		`\bno (rate[ -]?limit(s|ing|er)?|throttling) (is |are )?(configured|enabled|set|defined|active)\b`)
)

// rateWordsIn returns the words of text that say a rate or usage limit
// was reached, or "". Rate limiting said not configured, not enabled or
// disabled (limitOffRE: Cashfree's 500 internal_error "Rate limiting not
// configured") is the server's own configuration, no limit the caller
// reached: those words are not read.
func rateWordsIn(text string) string {
	if strings.Contains(text, "limit") || strings.Contains(text, "throttling") {
		text = limitOffRE.ReplaceAllString(text, " ")
	}
	// A limit on what the account stores (storage_limit_exceeded, "Account
	// storage limit reached", file_size_limit_exceeded, "The user's Drive
	// storage quota has been exceeded") is its plan's bytes, not a rate.
	if strings.Contains(text, "limit") || strings.Contains(text, "quota") {
		text = storedLimitRE.ReplaceAllString(text, " ")
	}
	if w := limitReachedRE.FindString(text); w != "" {
		return w
	}
	if w := slowDownRE.FindString(text); w != "" {
		return w
	}
	for _, w := range rateWords {
		if strings.Contains(text, w) {
			return w
		}
	}
	return ""
}

// fullCounters finds used/limit counters in the response headers that
// have reached their limit.
func fullCounters(h http.Header) []string {
	var out []string
	names := make([]string, 0, len(h))
	for name := range h {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		l := strings.ToLower(name)
		if !strings.Contains(l, "limit") && !strings.Contains(l, "usage") && !strings.Contains(l, "quota") {
			continue
		}
		for _, v := range h.Values(name) {
			for _, m := range counterRE.FindAllStringSubmatch(strings.ToLower(v), -1) {
				used, err1 := strconv.Atoi(m[2])
				max, err2 := strconv.Atoi(m[3])
				if err1 == nil && err2 == nil && max > 0 && used >= max {
					out = append(out, textf("%s: %s (%d of %d used)", name, v, used, max))
					break
				}
			}
		}
	}
	return out
}

// retryWaitKeys are the names (as codeKey spells them) of a body field
// that tells the client how long to wait before it retries.
var retryWaitKeys = map[string]bool{"WAIT_SECONDS": true, "WAIT_TIME": true, "RETRY_AFTER": true, "RETRY_AFTER_SECONDS": true,
	"RETRY_AFTER_MS": true, "RETRY_IN": true, "RETRY_IN_SECONDS": true}

// retryWait is a body's field that asks the client to wait before it
// retries, with a positive value ("wait_seconds: 188"), at the top or in
// an object under it (Withings' {"status":601,"body":{"wait_seconds":188},
// "error":"Same arguments in less than 10 seconds"}, a 200; "retryAfter"
// in an error object): a rate limit said in numbers rather than words.
// "" when there is none, or its value is 0.
func retryWait(doc any) string {
	m, _ := doc.(map[string]any)
	if m == nil {
		return ""
	}
	for _, obj := range append([]map[string]any{m}, nestedObjects(m)...) {
		for _, k := range sortedKeys(obj) {
			if !retryWaitKeys[codeKey(k)] {
				continue
			}
			if n, ok := numericCode(obj[k]); ok && n > 0 {
				return textf("%s: %s", k, strconv.FormatFloat(n, 'f', -1, 64))
			}
		}
	}
	return ""
}

// nestedObjects are the objects directly under m, in key order.
func nestedObjects(m map[string]any) []map[string]any {
	var out []map[string]any
	for _, k := range sortedKeys(m) {
		if o, _ := m[k].(map[string]any); o != nil {
			out = append(out, o)
		}
	}
	return out
}
