package runner_test

import (
	"net/http"
	"slices"
	"sync"
	"testing"

	"github.com/authspec/authspec/runner"
	"github.com/authspec/authspec/secret"
)

// TestShownPathFromVariable: a path written as ${P} gets the slash joinURL
// adds only when P's value lacks one, so the request line shows what was
// sent (/landed, never //landed).
func TestShownPathFromVariable(t *testing.T) {
	var mu sync.Mutex
	var got []string
	srv := coreServer(t, func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		got = append(got, r.URL.Path)
	})
	s := coreSuite(t, `version: 1
name: paths
environments:
  staging: { base_url: @A@, vars: { p: /landed, q: bare } }
scenarios:
  - name: slash in the value
    request: { method: GET, path: "${p}" }
    expect: { status: 200 }
  - name: no slash in the value
    request: { method: GET, path: "${q}/x" }
    expect: { status: 200 }
`, "A", srv.URL)
	rep := coreRun(t, runner.Options{Parallel: 1}, s)
	for name, want := range map[string]string{"slash in the value": "/landed", "no slash in the value": "/bare/x"} {
		r := coreResult(t, rep, "staging", name)
		if len(r.Steps) != 1 {
			t.Fatalf("%s: %d steps", name, len(r.Steps))
		}
		if shown := secret.Plain(r.Steps[0].URL); shown != srv.URL+want {
			t.Errorf("%s: shown URL %q, want %q", name, shown, srv.URL+want)
		}
	}
	if len(got) != 2 || !slices.Contains(got, "/landed") || !slices.Contains(got, "/bare/x") {
		t.Errorf("sent paths %q, want /landed and /bare/x", got)
	}
}
