package runner_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/authspec/authspec/results"
	"github.com/authspec/authspec/runner"
	"github.com/authspec/authspec/suites"
)

// coreSuite writes a suite to a fresh directory and loads it. Every
// "@KEY@" in the YAML is replaced by the value that follows KEY in kv, so a
// test can put its servers' URLs in without fmt quoting the ${VAR}s.
func coreSuite(t testing.TB, yaml string, kv ...string) *suites.Suite {
	t.Helper()
	return coreSuiteIn(t, t.TempDir(), "suite.yaml", yaml, kv...)
}

// coreSuiteIn is coreSuite in a given directory (beside env files).
func coreSuiteIn(t testing.TB, dir, name, yaml string, kv ...string) *suites.Suite {
	t.Helper()
	for i := 0; i+1 < len(kv); i += 2 {
		yaml = strings.ReplaceAll(yaml, "@"+kv[i]+"@", kv[i+1])
	}
	path := coreWrite(t, dir, name, yaml)
	ss, err := suites.Load(path)
	if err != nil {
		t.Fatalf("loading the suite: %v\n%s", err, yaml)
	}
	return ss[0]
}

// coreWrite writes a file under dir and returns its path.
func coreWrite(t testing.TB, dir, name, content string) string {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// coreNoEnv is a process environment that defines nothing, so the tests do
// not depend on the machine's variables.
func coreNoEnv(string) (string, bool) { return "", false }

// coreRun runs the suites with a deadline that a hang would hit.
func coreRun(t testing.TB, opt runner.Options, ss ...*suites.Suite) *results.Report {
	t.Helper()
	if opt.Getenv == nil {
		opt.Getenv = coreNoEnv
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	rep, err := runner.Run(ctx, ss, opt)
	if err != nil {
		t.Fatalf("Run: %v", err)
	}
	return rep
}

// coreServer starts a server on 127.0.0.1, closed when the test ends.
func coreServer(t testing.TB, h http.HandlerFunc) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv
}

// coreResult finds a result by environment and name, failing if absent.
func coreResult(t testing.TB, rep *results.Report, env, name string) *results.Result {
	t.Helper()
	for _, r := range rep.Results {
		if r.Environment == env && r.Name == name {
			return r
		}
	}
	t.Fatalf("no result for %q in %s; have %s", name, env, coreNames(rep))
	return nil
}

// coreNames lists the results as "env/name status" for failure messages.
func coreNames(rep *results.Report) string {
	var out []string
	for _, r := range rep.Results {
		out = append(out, r.Environment+"/"+r.Name+" "+r.Status.String()+" "+r.Message)
	}
	return strings.Join(out, "\n  ")
}

// coreWantStatus fails unless the result has the status.
func coreWantStatus(t testing.TB, r *results.Result, want results.Status) {
	t.Helper()
	if r.Status != want {
		t.Errorf("%s/%s: status %s (%s: %s), want %s; failures %+v", r.Environment, r.Name, r.Status, r.Kind, r.Message, want, r.Failures)
	}
}

// coreCounter counts requests by path, safely across handler goroutines.
type coreCounter struct {
	mu sync.Mutex
	n  map[string]int
}

func (c *coreCounter) hit(path string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.n == nil {
		c.n = map[string]int{}
	}
	c.n[path]++
	return c.n[path]
}

// String lists the counts, for failure messages.
func (c *coreCounter) String() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return fmt.Sprint(c.n)
}

// total is the number of requests on every path.
func (c *coreCounter) total() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	n := 0
	for _, v := range c.n {
		n += v
	}
	return n
}

func (c *coreCounter) get(path string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.n[path]
}

// coreClosedURL returns the URL of a port on 127.0.0.1 that nothing
// listens on any more: connections to it are refused.
func coreClosedURL(t testing.TB) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	url := "http://" + ln.Addr().String()
	ln.Close()
	return url
}

// coreEnvServer answers every path with JSON naming the server, after a
// random small delay so that parallel cases finish out of order.
func coreEnvServer(t *testing.T, name string, hits *coreCounter) *httptest.Server {
	return coreServer(t, func(w http.ResponseWriter, r *http.Request) {
		hits.hit(r.URL.Path)
		time.Sleep(time.Duration(rand.IntN(6)) * time.Millisecond)
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprintf(w, `{"server":%q,"path":%q}`, name, r.URL.Path)
	})
}

const coreStatusSuite = `version: 1
name: kinds
environments:
  a: { base_url: @A@ }
  b: { base_url: @A@ }
scenarios:
  - { name: happy 204, kind: happy, request: { method: GET, path: /status/204 } }
  - { name: happy 401, kind: happy, request: { method: GET, path: /status/401 } }
  - { name: recovery 200, kind: recovery, request: { method: GET, path: /status/200 } }
  - { name: failure 401, kind: failure, request: { method: GET, path: /status/401 } }
  - { name: failure 200, kind: failure, request: { method: GET, path: /status/200 } }
  - { name: permission 403, kind: permission, request: { method: GET, path: /status/403 } }
  - { name: permission 401, kind: permission, request: { method: GET, path: /status/401 } }
  - { name: missing 400, kind: missing-data, request: { method: GET, path: /status/400 } }
  - { name: missing 422, kind: missing-data, request: { method: GET, path: /status/422 } }
  - { name: missing 404, kind: missing-data, request: { method: GET, path: /status/404 } }
  - { name: only in b, only: [b], request: { method: GET, path: /status/200 } }
  - { name: skipped, skip: waiting for API-123, request: { method: GET, path: /status/skip } }
`

func coreStatusServer(t *testing.T, hits *coreCounter) *httptest.Server {
	return coreServer(t, func(w http.ResponseWriter, r *http.Request) {
		hits.hit(r.URL.Path)
		code, err := strconv.Atoi(strings.TrimPrefix(r.URL.Path, "/status/"))
		if err != nil {
			code = 500
		}
		w.WriteHeader(code)
	})
}
