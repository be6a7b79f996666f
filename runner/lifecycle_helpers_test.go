package runner

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/authspec/authspec/results"
	"github.com/authspec/authspec/suites"
)

// lcFiles writes files (name → content) into a fresh temporary directory
// and returns it.
func lcFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// lcLoad writes suite.yaml (and extra files beside it) and loads it. The
// placeholders in the YAML are replaced first (e.g. "{{A}}" → a URL).
func lcLoad(t *testing.T, yaml string, extra map[string]string, repl ...string) []*suites.Suite {
	t.Helper()
	files := map[string]string{"suite.yaml": strings.NewReplacer(repl...).Replace(yaml)}
	for k, v := range extra {
		files[k] = v
	}
	dir := lcFiles(t, files)
	ss, err := suites.Load(filepath.Join(dir, "suite.yaml"))
	if err != nil {
		t.Fatalf("load: %v\n%s", err, files["suite.yaml"])
	}
	return ss
}

// lcRun runs the suites with options that keep tests fast and hermetic:
// no process environment.
func lcRun(t *testing.T, ss []*suites.Suite, opt Options) *results.Report {
	t.Helper()
	if opt.Getenv == nil {
		opt.Getenv = func(string) (string, bool) { return "", false }
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	rep, err := Run(ctx, ss, opt)
	if err != nil {
		t.Fatalf("run: %v", err)
	}
	return rep
}

// lcResult returns the result named name (in env, when env is not "").
func lcResult(t *testing.T, rep *results.Report, name, env string) *results.Result {
	t.Helper()
	for _, r := range rep.Results {
		if r.Name == name && (env == "" || r.Environment == env) {
			return r
		}
	}
	var names []string
	for _, r := range rep.Results {
		names = append(names, r.Environment+"/"+r.Name)
	}
	t.Fatalf("no result %q in %q; have %q", name, env, names)
	return nil
}

// lcWant checks a result's status (and kind, unless kind is None).
func lcWant(t *testing.T, r *results.Result, status results.Status, kind results.Kind) {
	t.Helper()
	if r.Status != status || (kind != results.None && r.Kind != kind) {
		t.Errorf("%s [%s]: got %s/%s, want %s/%s: %s %+v", r.Name, r.Environment, r.Status, r.Kind, status, kind, r.Message, r.Failures)
	}
}

// lcNoSecrets checks that no output-like string of any result holds one of
// the secret values.
func lcNoSecrets(t *testing.T, rep *results.Report, secrets ...string) {
	t.Helper()
	for _, r := range rep.Results {
		texts := []string{r.Message, r.Kind.String()}
		for _, f := range r.Failures {
			texts = append(texts, f.Message, f.Expected, f.Actual, f.Path)
		}
		for _, d := range r.Diagnosis {
			texts = append(texts, d.Message)
			texts = append(texts, d.Evidence...)
		}
		for _, w := range r.Warnings {
			texts = append(texts, w.Message)
		}
		for _, txt := range texts {
			for _, s := range secrets {
				if s != "" && strings.Contains(txt, s) {
					t.Errorf("%s [%s]: output %q contains the secret %q", r.Name, r.Environment, txt, s)
				}
			}
		}
	}
}

// lcNoSecretsInTokenRequests checks that no token request a result keeps
// holds one of the secret values: they are redacted when recorded (a
// step's exchange is redacted by the reporters, see results.Exchange).
func lcNoSecretsInTokenRequests(t *testing.T, rep *results.Report, secrets ...string) {
	t.Helper()
	for _, r := range rep.Results {
		for _, st := range r.TokenRequests {
			texts := []string{st.URL, string(st.Request.Body), string(st.Response.Body)}
			for _, h := range []map[string][]string{st.Request.Header, st.Response.Header} {
				for k, vs := range h {
					texts = append(texts, k+": "+strings.Join(vs, ", "))
				}
			}
			for _, txt := range texts {
				for _, s := range secrets {
					if s != "" && strings.Contains(txt, s) {
						t.Errorf("%s [%s]: exchange %q contains the secret %q", r.Name, r.Environment, txt, s)
					}
				}
			}
		}
	}
}

// lcSeen records what a test server received, safe for concurrent use.
type lcSeen struct {
	mu   sync.Mutex
	reqs []*http.Request
}

func (s *lcSeen) add(r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.reqs = append(s.reqs, r.Clone(context.Background()))
}

func (s *lcSeen) all() []*http.Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]*http.Request(nil), s.reqs...)
}

// lcServer starts a loopback HTTP server that records every request before
// handing it to h.
func lcServer(t *testing.T, h http.HandlerFunc) (*httptest.Server, *lcSeen) {
	t.Helper()
	seen := &lcSeen{}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		seen.add(r)
		h(w, r)
	}))
	t.Cleanup(srv.Close)
	return srv, seen
}

// lcBearerAPI accepts only "Bearer <good>" and answers 401 otherwise.
func lcBearerAPI(good string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") != "Bearer "+good {
			w.Header().Set("WWW-Authenticate", `Bearer error="invalid_token"`)
			w.WriteHeader(http.StatusUnauthorized)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write([]byte(`{"ok":true}`))
	}
}

// lcClock is a fake clock that tests advance instead of sleeping.
type lcClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *lcClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *lcClock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}
