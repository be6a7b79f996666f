package diagnose

import "testing"

// heldoutRound is one held-out round's blind corpora: the answers of its
// APIs, of its token endpoints, and the non-refusals the same servers
// send.
type heldoutRound struct {
	name        string
	cases       []provCase
	tokens      []tokenCase
	nonRefusals []fpCase
	// gathered, when set, is the number of answers a round gathered before
	// the guard of 40 was kept, which it must still hold (none lost).
	gathered int
}

// runHeldoutRound checks that the round is measured on at least 40
// answers (fewer say too little about answers nobody tuned for), then
// runs its corpora: the APIs', the token endpoints' and the
// non-refusals.
func runHeldoutRound(t *testing.T, r heldoutRound) {
	t.Helper()
	least := 40
	if r.gathered > 0 {
		least = r.gathered
	}
	if n := len(r.cases) + len(r.tokens) + len(r.nonRefusals); n < least {
		t.Fatalf("%s: %d cases, want at least %d", r.name, n, least)
	}
	runProviderCases(t, r.name+" held-out corpus", r.cases)
	if len(r.tokens) > 0 {
		runTokenCases(t, r.tokens)
	}
	if len(r.nonRefusals) > 0 {
		runFalsePositives(t, r.name+" non-refusals", r.nonRefusals)
	}
}
