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
}

// runHeldoutRound checks that the round is measured on at least 40
// answers (fewer say too little about answers nobody tuned for), then
// runs its corpora: the APIs', the token endpoints' and the
// non-refusals.
func runHeldoutRound(t *testing.T, r heldoutRound) {
	t.Helper()
	if n := len(r.cases) + len(r.tokens) + len(r.nonRefusals); n < 40 {
		t.Fatalf("%s: %d cases, want at least 40", r.name, n)
	}
	runProviderCases(t, r.name+" held-out corpus", r.cases)
	if len(r.tokens) > 0 {
		runTokenCases(t, r.tokens)
	}
	if len(r.nonRefusals) > 0 {
		runFalsePositives(t, r.name+" non-refusals", r.nonRefusals)
	}
}
