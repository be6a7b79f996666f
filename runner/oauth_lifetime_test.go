package runner

import (
	"encoding/json"
	"fmt"
	"testing"
	"time"
)

// A token endpoint's expires_in is read as a careful client reads it
// (tokenLifetime): a number of seconds above zero, whole or fractional,
// as a number or a string, capped at a year. What is no lifetime to trust
// ("abc", zero, negative, null) keeps the token for the run, as an
// answer without expires_in does; a huge number (past what time
// arithmetic holds) is a long lifetime, not an expiry in the past that
// fetched a token for every request. Each API call advances the clock
// an hour: a 3600.5-second token is renewed at every call, a kept one
// never.
func TestLCOAuthExpiresInReadCarefully(t *testing.T) {
	for _, tc := range []struct {
		raw     any
		fetches int
	}{
		{"abc", 1},
		{-5, 1},
		{0, 1},
		{"", 1},
		{true, 1},
		{json.Number("9223372036854775807"), 1}, // overflowed: 4 fetches
		{json.Number("9223372037"), 1},          // overflowed: 4 fetches
		{json.Number("1e30"), 1},
		{"1e400", 1},
		{json.Number("3600.5"), 4}, // read as none, kept for hours: 1 fetch
		{"3600", 4},
		{json.Number("3.6e3"), 4},
	} {
		t.Run(fmt.Sprint(tc.raw), func(t *testing.T) {
			o := &lcOAuth{clock: &lcClock{t: time.Now()}, expiresRaw: tc.raw, perCall: time.Hour}
			rep := lcOAuthRun(t, o, lcScenarios(4, "machine"), Options{Parallel: 1, Envs: []string{"staging"}, Now: o.clock.Now})
			lcAllPassed(t, rep)
			if fetches, _, _, _ := o.snapshot(); fetches[lcStgID] != tc.fetches {
				t.Errorf("expires_in %v: %d token fetches for 4 calls an hour apart, want %d", tc.raw, fetches[lcStgID], tc.fetches)
			}
			lcNoSecrets(t, rep, lcOAuthSecrets(o)...)
		})
	}
}

// A token shorter-lived than twice the refresh margin is renewed once half
// its life is gone, not fetched again for every request: a 5-second token
// and calls a second apart use it for three calls (renewed at the fourth,
// 2.5 seconds before it runs out), where a 10-second margin fetched one
// per call.
func TestLCOAuthShortTokenNotFetchedPerRequest(t *testing.T) {
	o := &lcOAuth{clock: &lcClock{t: time.Now()}, expiresIn: 5, perCall: time.Second}
	rep := lcOAuthRun(t, o, lcScenarios(4, "machine"), Options{Parallel: 1, Envs: []string{"staging"}, Now: o.clock.Now})
	lcAllPassed(t, rep)
	if fetches, _, _, _ := o.snapshot(); fetches[lcStgID] != 2 {
		t.Errorf("%d token fetches, want 2 (the first for calls 1-3, a renewal for call 4)", fetches[lcStgID])
	}
	lcNoSecrets(t, rep, lcOAuthSecrets(o)...)
}
