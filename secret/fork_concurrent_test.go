package secret

import (
	"fmt"
	"strings"
	"sync"
	"testing"
)

// A Redactor is safe for concurrent use, a fork too: adds made to one
// fork at once must all be kept. Each add moves the fork to contents
// worked out from the ones it had; two adds that both started from the
// same contents must not leave the fork with only one of them (the other
// secret would then be shown raw).
func TestForkKeepsConcurrentAdds(t *testing.T) {
	var root Redactor
	for round := 0; round < 20; round++ {
		f := root.Fork()
		var wg sync.WaitGroup
		const workers, each = 4, 25
		for w := 0; w < workers; w++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := 0; i < each; i++ {
					f.Add(fmt.Sprintf("W%d", w), fmt.Sprintf("tok_round%02d_worker%d_value%03d", round, w, i))
				}
			}()
		}
		wg.Wait()
		for w := 0; w < workers; w++ {
			for i := 0; i < each; i++ {
				v := fmt.Sprintf("tok_round%02d_worker%d_value%03d", round, w, i)
				if got := f.Redact("got " + v + " here"); strings.Contains(got, v) || !strings.HasPrefix(got, "got [W") {
					t.Fatalf("round %d: an add made at once with others was lost: Redact shows %q", round, got)
				}
			}
		}
	}
}
