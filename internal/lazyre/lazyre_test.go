package lazyre_test

import (
	"sync"
	"testing"

	"github.com/authspec/authspec/internal/lazyre"

	_ "github.com/authspec/authspec/internal/golden" // accepts go test -update
)

// A lazy regexp answers as the compiled one does, from many goroutines at
// once (the first calls race to compile it).
func TestLazyMatchesLikeRegexp(t *testing.T) {
	re := lazyre.New(`\b(token|key)s?\b`)
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			if !re.MatchString("bad token") || re.MatchString("tokenizer") {
				t.Error("wrong match")
			}
		})
	}
	wg.Wait()
	if got := re.FindAllString("a key, two keys", -1); len(got) != 2 || got[1] != "keys" {
		t.Errorf("FindAllString = %q", got)
	}
	if re.String() != `\b(token|key)s?\b` {
		t.Errorf("String = %q", re.String())
	}
}

// CompileAll names a pattern that would panic at its first use.
func TestCompileAllFindsBadPattern(t *testing.T) {
	lazyre.New(`(unclosed`)
	if pattern, err := lazyre.CompileAll(); err == nil || pattern != `(unclosed` {
		t.Fatalf("CompileAll = %q, %v; want the bad pattern", pattern, err)
	}
}
