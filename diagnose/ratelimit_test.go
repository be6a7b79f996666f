package diagnose

import (
	"net/http"
	"testing"
	"time"
)

// TestRateLimitHeaders: which counters and words make an answer a rate
// limit, and which zeros do not.
func TestRateLimitHeaders(t *testing.T) {
	cases := []struct {
		name   string
		status int
		header map[string]string
		body   string
		want   bool
	}{
		{"429", 429, nil, "", true},
		{"403, remaining 0", 403, map[string]string{"X-RateLimit-Limit": "60", "X-RateLimit-Remaining": "0"}, "", true},
		{"403, api-usage at its limit", 403, map[string]string{"Sforce-Limit-Info": "api-usage=15000/15000"}, "", true},
		{"403, api-usage far from its limit", 403, map[string]string{"Sforce-Limit-Info": "api-usage=25/5000; per-app-api-usage=17/250(appName=sample-connected-app)"}, "", false},
		{"403, per-app counter full", 403, map[string]string{"Sforce-Limit-Info": "api-usage=25/5000; per-app-api-usage=250/250(appName=sample-connected-app)"}, "", true},
		{"200, call limit not reached", 200, map[string]string{"X-Shopify-Shop-Api-Call-Limit": "39/40"}, "", false},
		{"403, limit exceeded wording", 403, nil, "totalrequests limit exceeded.", true},
		// Zeros on every unauthenticated answer: the caller has no quota
		// because it was not recognised, not because it used it up.
		{"401, zeros only", 401, map[string]string{"X-RateLimit-Limit": "100", "X-RateLimit-Remaining": "0"}, "", false},
		{"403, limit 0 and remaining 0", 403, map[string]string{"X-RateLimit-Limit": "0", "X-RateLimit-Remaining": "0"}, "", false},
		{"401, zeros and rate limit words", 401, map[string]string{"X-RateLimit-Remaining": "0"}, "api rate limit exceeded", true},
		// Retry-After alone is no limit (Varnish sends it on every page it
		// makes itself); beside a limit's words it is evidence.
		{"403, Retry-After alone", 403, map[string]string{"Retry-After": "5"}, "403 forbidden", false},
		{"403, Retry-After and limit words", 403, map[string]string{"Retry-After": "60"}, "you have exceeded a secondary rate limit.", true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			h := http.Header{}
			for k, v := range tc.header {
				h.Set(k, v)
			}
			got, ev := rateLimit(tc.status, h, tc.body, time.Now())
			if got != tc.want {
				t.Errorf("rate limited: %v, want %v (evidence %q)", got, tc.want, ev)
			}
			if got && len(ev) == 0 {
				t.Errorf("no evidence")
			}
		})
	}
}

// TestUnauthenticatedZerosAreNotARateLimit: a 401 carrying zero counters
// is diagnosed as the refused credential it is.
func TestUnauthenticatedZerosAreNotARateLimit(t *testing.T) {
	api := fixed{status: 401, header: map[string]string{"X-RateLimit-Limit": "0", "X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "0"}, body: `{"message":"Invalid API key"}`}
	ex := corpusCase{api: api, cred: apiKey("API_KEY", "key_9f8e7d6c5b4a3210", "X-API-Key", "")}.run(t, "")
	got := codesOf(Analyze(ex))
	if len(got) == 0 || got[0] != CredentialRejected {
		t.Fatalf("causes %v, want credential_rejected first", got)
	}
	for _, c := range got {
		if c == RateLimited {
			t.Errorf("rate_limited among %v", got)
		}
	}
}
