package runner_test

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/authspec/authspec/results"
	"github.com/authspec/authspec/runner"
	"github.com/authspec/authspec/suites"
)

// shardSuite writes and loads a suite of n scenarios in environments a and
// b against url: open endpoints, endpoints that need the environment's
// token (with probes, so one scenario makes several test cases), scenarios
// only in a, and a skipped one, so the cases are not one per scenario.
func shardSuite(t *testing.T, url string, n int) []*suites.Suite {
	t.Helper()
	var b strings.Builder
	fmt.Fprintf(&b, `version: 1
name: shard property
environments:
  a:
    base_url: %[1]s/a
    vars: { TOKEN: tok-a-1234567890 }
  b:
    base_url: %[1]s/b
    vars: { TOKEN: tok-b-0987654321 }
credentials:
  svc: { type: bearer, token: "${TOKEN}" }
scenarios:
`, url)
	for i := range n {
		fmt.Fprintf(&b, "  - name: scenario %02d\n", i)
		switch {
		case i%5 == 0:
			fmt.Fprintf(&b, "    auth: svc\n    request: { method: GET, path: /secure/%d }\n    probes: [no_auth, invalid, other_env]\n", i)
		case i%7 == 3:
			fmt.Fprintf(&b, "    only: [a]\n    request: { method: GET, path: /open/%d }\n", i)
		case i == 11:
			fmt.Fprintf(&b, "    skip: not today\n    request: { method: GET, path: /open/%d }\n", i)
		default:
			fmt.Fprintf(&b, "    request: { method: GET, path: /open/%d }\n", i)
		}
	}
	path := filepath.Join(t.TempDir(), "shard.yaml")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	ss, err := suites.Load(path)
	if err != nil {
		t.Fatalf("%v\n%s", err, b.String())
	}
	return ss
}

// shardServer answers /open/* with 200 and /secure/* with 200 only for the
// token of the environment in the path's first segment.
func shardServer(t *testing.T) *httptest.Server {
	t.Helper()
	tokens := map[string]string{"a": "Bearer tok-a-1234567890", "b": "Bearer tok-b-0987654321"}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		env, rest, _ := strings.Cut(strings.TrimPrefix(r.URL.Path, "/"), "/")
		if strings.HasPrefix(rest, "secure/") && r.Header.Get("Authorization") != tokens[env] {
			w.Header().Set("WWW-Authenticate", `Bearer error="invalid_token"`)
			w.WriteHeader(http.StatusUnauthorized)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprint(w, `{"ok":true}`)
	}))
	t.Cleanup(srv.Close)
	return srv
}

func shardRun(t *testing.T, ss []*suites.Suite, sh runner.Shard) []*results.Result {
	t.Helper()
	rep, err := runner.Run(context.Background(), ss, runner.Options{
		Shard:  sh,
		Getenv: func(string) (string, bool) { return "", false },
	})
	if err != nil {
		t.Fatalf("shard %v: %v", sh, err)
	}
	return rep.Results
}

func shardKey(r *results.Result) string { return r.Environment + " / " + r.Name }

// For every N from 1 to 5, the shards 1/N … N/N of a run are pairwise
// disjoint, together exactly the full run (same cases, same outcomes, in
// the same order within each shard), and balanced: their sizes differ by
// at most one.
func TestShardsPartitionTheRun(t *testing.T) {
	srv := shardServer(t)
	ss := shardSuite(t, srv.URL, 23)

	full := shardRun(t, ss, runner.Shard{})
	index := map[string]int{}
	status := map[string]results.Status{}
	for i, r := range full {
		k := shardKey(r)
		if _, dup := index[k]; dup {
			t.Fatalf("test case %q twice in the full run", k)
		}
		index[k], status[k] = i, r.Status
		if r.Status != results.Passed && r.Status != results.Skipped {
			t.Errorf("full run: %s is %s: %s %v", k, r.Status, r.Message, r.Failures)
		}
	}
	// 23 scenarios × 2 environments, minus 2 only in a (03 and 17), plus
	// 3 probes on each of the 5 secure scenarios in both environments.
	if want := 23*2 - 2 + 5*3*2; len(full) != want {
		t.Fatalf("full run has %d test cases, want %d", len(full), want)
	}

	for n := 1; n <= 5; n++ {
		seen := map[string]int{} // test case → the shard that ran it
		minSize, maxSize := len(full), 0
		for i := 1; i <= n; i++ {
			part := shardRun(t, ss, runner.Shard{I: i, N: n})
			minSize, maxSize = min(minSize, len(part)), max(maxSize, len(part))
			last := -1
			for _, r := range part {
				k := shardKey(r)
				pos, ok := index[k]
				switch {
				case !ok:
					t.Errorf("%d/%d ran %q, which the full run does not have", i, n, k)
					continue
				case seen[k] != 0:
					t.Errorf("%q is in shards %d/%d and %d/%d", k, seen[k], n, i, n)
				case r.Status != status[k]:
					t.Errorf("%d/%d: %q is %s, %s in the full run", i, n, k, r.Status, status[k])
				case pos < last:
					t.Errorf("%d/%d: %q is out of the run's order", i, n, k)
				}
				seen[k], last = i, pos
			}
		}
		if len(seen) != len(full) {
			var lost []string
			for _, r := range full {
				if seen[shardKey(r)] == 0 {
					lost = append(lost, shardKey(r))
				}
			}
			t.Errorf("N=%d: the shards together miss %d test cases: %v", n, len(lost), lost)
		}
		if maxSize-minSize > 1 {
			t.Errorf("N=%d: shard sizes range from %d to %d", n, minSize, maxSize)
		}
	}
}

func TestParseShard(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want runner.Shard
	}{
		{"1/1", runner.Shard{I: 1, N: 1}},
		{"2/4", runner.Shard{I: 2, N: 4}},
		{"4/4", runner.Shard{I: 4, N: 4}},
		{" 3 / 5 ", runner.Shard{I: 3, N: 5}},
	} {
		got, err := runner.ParseShard(tc.in)
		if err != nil || got != tc.want {
			t.Errorf("ParseShard(%q) = %+v, %v; want %+v", tc.in, got, err, tc.want)
		}
		if err == nil && got.String() != strings.ReplaceAll(tc.in, " ", "") {
			t.Errorf("%+v.String() = %q", got, got.String())
		}
	}
	for _, in := range []string{"", "2", "/", "0/4", "5/4", "1/0", "0/0", "-1/3", "2/-1", "a/2", "1/b", "1/2/3", "1.5/3", "1,3"} {
		got, err := runner.ParseShard(in)
		var ue *runner.UsageError
		if !errors.As(err, &ue) || !strings.Contains(ue.Msg, "--shard") {
			t.Errorf("ParseShard(%q) = %+v, %v; want a *UsageError naming --shard", in, got, err)
		}
	}
}

// Run checks a shard built by hand as ParseShard does.
func TestRunRejectsBadShard(t *testing.T) {
	ss := shardSuite(t, "http://127.0.0.1:9", 2)
	for _, sh := range []runner.Shard{{I: 3, N: 2}, {I: 0, N: 2}, {I: 1, N: 0}} {
		_, err := runner.Run(context.Background(), ss, runner.Options{Shard: sh, Getenv: func(string) (string, bool) { return "", false }})
		var ue *runner.UsageError
		if !errors.As(err, &ue) {
			t.Errorf("Run with shard %+v: %v, want a *UsageError", sh, err)
		}
	}
}
