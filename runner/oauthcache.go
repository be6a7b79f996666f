package runner

import (
	"context"
	"encoding/json"
	"errors"
	"strconv"
	"sync"
	"time"

	"github.com/authspec/authspec/results"
	"github.com/authspec/authspec/vocab"
)

// tokenCache holds OAuth2 tokens per credential for one environment and
// run. Concurrent scenarios share one fetch.
type tokenCache struct {
	mu sync.Mutex
	m  map[string]*oauthToken
}

type oauthToken struct {
	mu      sync.Mutex
	value   string
	expiry  time.Time // zero: the endpoint gave no lifetime to trust (tokenLifetime)
	margin  time.Duration
	fetches int
}

// refreshMargin renews a token this long before it runs out, so a request
// never leaves with a token that expires in flight; a token that lives
// less than twice as long is renewed when half its life is gone, so a
// 5-second token is not fetched again for every request.
const refreshMargin = 10 * time.Second

// maxTokenLifetime is the longest lifetime read from expires_in: longer
// says nothing more to one run, and a number of seconds past 292 years
// overflows time arithmetic (9223372036854775807 made an expiry in the
// past, and the token was fetched again for every request).
const maxTokenLifetime = 366 * 24 * time.Hour

// tokenLifetime reads a token endpoint's expires_in as a careful client
// does: a number of seconds above zero, as a JSON number or a string
// holding one ("3600", 3600.5, 3.6e3), at most maxTokenLifetime. Anything
// else (absent, null, "abc", zero, negative) is no lifetime to trust, and
// 0 is returned: the token is kept for the run and fetched again once when
// the API answers 401 saying it expired, as for an endpoint that gives no
// expires_in; reading "0" or "-5" as already expired would fetch a token
// for every request.
func tokenLifetime(v any) time.Duration {
	f, err := strconv.ParseFloat(string(expiresIn(v)), 64)
	switch {
	case err != nil && !errors.Is(err, strconv.ErrRange), !(f > 0): // !(f > 0) is also NaN
		return 0
	case f >= maxTokenLifetime.Seconds(): // also +Inf, and 1e400 (ErrRange)
		return maxTokenLifetime
	}
	return time.Duration(f * float64(time.Second))
}

// oauthToken returns a valid access token for the credential, fetching it
// when there is none or it is about to expire. previous fetches, uncached,
// with the rotated-out client secret (the previous probe). A token request
// it sends is appended to sent: the test case that sent it reports it.
func (p *plan) oauthToken(ctx context.Context, st *envState, cs *credState, previous bool, sent *[]results.Step) (string, error) {
	if previous {
		tok, _, err := p.fetchToken(ctx, st, cs, cs.previous, sent)
		return tok, err
	}
	t := st.tokens.get(cs.cred.Name)
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.value != "" && (t.expiry.IsZero() || p.opt.Now().Add(t.margin).Before(t.expiry)) {
		return t.value, nil
	}
	tok, lifetime, err := p.fetchToken(ctx, st, cs, cs.value(vocab.FieldClientSecret), sent)
	if err != nil {
		return "", err
	}
	t.value, t.expiry, t.margin = tok, time.Time{}, min(refreshMargin, lifetime/2)
	if lifetime > 0 {
		t.expiry = p.opt.Now().Add(lifetime)
	}
	t.fetches++
	return tok, nil
}

// invalidate drops a cached token that the API called expired, unless
// another scenario already replaced it.
func (st *envState) invalidate(cred, token string) bool {
	t := st.tokens.get(cred)
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.value != token {
		return t.value != ""
	}
	t.value = ""
	return true
}

func (c *tokenCache) get(name string) *oauthToken {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil {
		c.m = map[string]*oauthToken{}
	}
	t := c.m[name]
	if t == nil {
		t = &oauthToken{}
		c.m[name] = t
	}
	return t
}

// expiresIn is a token's lifetime as answered: a JSON number, or a
// string that holds one ("3600"), as a json.Number field reads both.
func expiresIn(v any) json.Number {
	switch v := v.(type) {
	case json.Number:
		return v
	case string:
		return json.Number(v)
	}
	return ""
}
