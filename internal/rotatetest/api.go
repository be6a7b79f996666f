// Package rotatetest is an API in the middle of a credential rotation, for
// the tests of `authspec rotate`: it accepts the new token, keeps accepting
// the old one for a grace period (or forever), and can refuse the new one
// as a provider does before the rotation is applied.
package rotatetest

import (
	"encoding/json"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"
)

// API serves GET /v1/me (200 with a JSON body for an accepted token) and
// DELETE /v1/me (403 for an accepted token: authenticated, not allowed).
// Anything else with an accepted token is 404; a refused token is 401 with
// an RFC 6750 challenge. X-API-Key requests are always accepted: they
// belong to another credential.
type API struct {
	New, Old string
	// Start and Grace: the old token is accepted until Start+Grace; a
	// negative Grace accepts it forever. A zero Start is set by the first
	// request with the old token, so the grace period does not depend on
	// how long the client took to get there.
	Start time.Time
	Grace time.Duration
	// Now is the API's clock (default time.Now), shared with the test's.
	Now func() time.Time
	// RefuseNew: the rotation was not applied at the provider; the new
	// token is unknown (and the old one accepted, whatever Grace says).
	RefuseNew bool
	// RateLimited: the first N requests with the old token get 429 with
	// Retry-After: RetryAfter seconds.
	RateLimited int
	RetryAfter  int

	mu      sync.Mutex
	limited int
	seen    map[string]int
}

// Forever is a Grace that never ends.
const Forever = time.Duration(-1)

// Requests is how many requests arrived with each kind of credential:
// "new", "old", "other" (a wrong token), "api_key", "none".
func (a *API) Requests(kind string) int {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.seen[kind]
}

func (a *API) now() time.Time {
	if a.Now != nil {
		return a.Now()
	}
	return time.Now()
}

func (a *API) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	kind := a.kind(r)
	a.mu.Lock()
	if a.seen == nil {
		a.seen = map[string]int{}
	}
	a.seen[kind]++
	if kind == "old" && a.Start.IsZero() {
		a.Start = a.now()
	}
	limit := kind == "old" && a.limited < a.RateLimited
	if limit {
		a.limited++
	}
	accepted := a.accepts(kind)
	a.mu.Unlock()
	w.Header().Set("Content-Type", "application/json")
	if limit {
		w.Header().Set("Retry-After", strconv.Itoa(a.RetryAfter))
		w.WriteHeader(http.StatusTooManyRequests)
		_, _ = w.Write([]byte(`{"error":"rate_limited","message":"Too many requests"}`))
		return
	}
	if !accepted {
		w.Header().Set("WWW-Authenticate", `Bearer realm="api", error="invalid_token", error_description="The access token is invalid or has been revoked"`)
		w.WriteHeader(http.StatusUnauthorized)
		_, _ = w.Write([]byte(`{"error":"invalid_token","message":"The access token is invalid or has been revoked"}`))
		return
	}
	switch {
	case r.URL.Path != "/v1/me":
		w.WriteHeader(http.StatusNotFound)
		_, _ = w.Write([]byte(`{"error":"not_found"}`))
	case r.Method == http.MethodDelete:
		w.WriteHeader(http.StatusForbidden)
		_, _ = w.Write([]byte(`{"error":"forbidden","message":"This token may not delete the account"}`))
	default:
		_ = json.NewEncoder(w).Encode(map[string]string{"id": "svc_reporting", "plan": "pro"})
	}
}

func (a *API) kind(r *http.Request) string {
	if r.Header.Get("X-API-Key") != "" {
		return "api_key"
	}
	tok, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	switch {
	case !ok:
		return "none"
	case tok == a.New:
		return "new"
	case tok == a.Old:
		return "old"
	}
	return "other"
}

// accepts is called with a.mu held.
func (a *API) accepts(kind string) bool {
	switch kind {
	case "api_key":
		return true
	case "new":
		return !a.RefuseNew
	case "old":
		return a.RefuseNew || a.Grace < 0 || a.now().Before(a.Start.Add(a.Grace))
	}
	return false
}
