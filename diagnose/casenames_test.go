package diagnose

import (
	"testing"
	"time"
)

// TestCaseNamesUnique: every answer of the corpora TestMetamorphic reads
// has a name of its own, refusals and non-refusals alike (a non-refusal
// is named "non-refusal <name>"): knownChanges and acceptedChanges key
// their variants by "transform | name", and a name two answers share
// would make an entry stand for both.
func TestCaseNamesUnique(t *testing.T) {
	seen := map[string]int{}
	for _, pc := range allProviderCases(time.Now()) {
		seen[pc.name]++
	}
	for _, fc := range allNonRefusals() {
		seen["non-refusal "+fc.name]++
	}
	for name, n := range seen {
		if n > 1 {
			t.Errorf("%d answers are named %q: give each a name of its own", n, name)
		}
	}
}
