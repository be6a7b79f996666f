package rotate_test

import (
	"context"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/authspec/authspec/internal/rotatetest"
	"github.com/authspec/authspec/results"
	"github.com/authspec/authspec/rotate"
	"github.com/authspec/authspec/runner"
	"github.com/authspec/authspec/secret"
	"github.com/authspec/authspec/suites"
)

const (
	newToken = "tok_new_7f3a9c2e41d8b6a5"
	oldToken = "tok_old_19e8d7c6b5a43f21"
	roKey    = "ro_key_5c4b3a29f8e7d6c1"
)

// fakeClock jumps forward when it sleeps, so a ten-minute wait takes no
// time. onSleep, when set, runs before each jump (to cancel a context).
type fakeClock struct {
	mu      sync.Mutex
	now     time.Time
	sleeps  []time.Duration
	onSleep func(n int)
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *fakeClock) Sleep(ctx context.Context, d time.Duration) error {
	c.mu.Lock()
	c.sleeps = append(c.sleeps, d)
	n := len(c.sleeps)
	fn := c.onSleep
	c.mu.Unlock()
	if fn != nil {
		fn(n)
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	c.mu.Lock()
	c.now = c.now.Add(d)
	c.mu.Unlock()
	return nil
}

const suiteYAML = `version: 1
name: Rotation
environments:
  production:
    base_url: @URL@
    env_file: .env.production
  staging:
    base_url: @URL@
    env_file: .env.staging
credentials:
  service_token:
    type: bearer
    token: ${API_TOKEN}
    previous: ${API_TOKEN_PREVIOUS}
  readonly_key:
    type: api_key
    header: X-API-Key
    key: ${READONLY_KEY}
scenarios:
  - name: service token reads the account
    auth: service_token
    request: { method: GET, path: /v1/me }
    expect: { body: { id: svc_reporting } }
    probes: [no_auth]
  - name: read-only key reads the account
    auth: readonly_key
    request: { method: GET, path: /v1/me }
  - name: service token cannot delete the account
    kind: permission
    auth: service_token
    request: { method: DELETE, path: /v1/me }
`

// fixture writes the suite and its env files; staging still holds the old
// production token (a copy of the rotated-out secret).
func fixture(t *testing.T, url, yaml string) []*suites.Suite {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{
		"suite.yaml":      strings.ReplaceAll(yaml, "@URL@", url),
		".env.production": "API_TOKEN=" + newToken + "\nAPI_TOKEN_PREVIOUS=" + oldToken + "\nREADONLY_KEY=" + roKey + "\n",
		".env.staging":    "API_TOKEN=" + oldToken + "\nREADONLY_KEY=" + roKey + "\n",
	}
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	ss, err := suites.Load(filepath.Join(dir, "suite.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	return ss
}

func noEnv(string) (string, bool) { return "", false }

func TestCheck(t *testing.T) {
	start := time.Date(2026, 12, 6, 4, 0, 0, 0, time.UTC)
	tests := []struct {
		name        string
		api         *rotatetest.API
		wait, every time.Duration
		cancelAt    int // cancel the context at this sleep (0: never)

		old          results.OldValue
		passed       bool
		newPassed    bool
		refusedAfter time.Duration
		attempts     int
		sleeps       []time.Duration
		interrupted  bool
	}{
		{name: "refused after a grace period", api: &rotatetest.API{Grace: 12 * time.Second},
			wait: time.Minute, old: results.OldRefused, passed: true, newPassed: true,
			refusedAfter: 15 * time.Second, attempts: 4, sleeps: []time.Duration{5 * time.Second, 5 * time.Second, 5 * time.Second}},
		{name: "refused at once", api: &rotatetest.API{Grace: 0},
			wait: time.Minute, old: results.OldRefused, passed: true, newPassed: true, attempts: 1},
		{name: "accepted until the deadline", api: &rotatetest.API{Grace: rotatetest.Forever},
			wait: 12 * time.Second, every: 5 * time.Second, old: results.OldAccepted, newPassed: true, attempts: 3,
			sleeps: []time.Duration{5 * time.Second, 5 * time.Second}},
		{name: "an attempt at the deadline", api: &rotatetest.API{Grace: rotatetest.Forever},
			wait: 10 * time.Second, every: 5 * time.Second, old: results.OldAccepted, newPassed: true, attempts: 3,
			sleeps: []time.Duration{5 * time.Second, 5 * time.Second}},
		{name: "one pass without --wait", api: &rotatetest.API{Grace: rotatetest.Forever},
			old: results.OldAccepted, newPassed: true, attempts: 1},
		{name: "new value refused: the old one is sent once", api: &rotatetest.API{RefuseNew: true},
			wait: time.Hour, old: results.OldAccepted, attempts: 1},
		{name: "429 Retry-After slows the polling", api: &rotatetest.API{Grace: 40 * time.Second, RateLimited: 1, RetryAfter: 30},
			wait: 2 * time.Minute, every: 5 * time.Second, old: results.OldRefused, passed: true, newPassed: true,
			refusedAfter: 40 * time.Second, attempts: 4, sleeps: []time.Duration{30 * time.Second, 5 * time.Second, 5 * time.Second}},
		{name: "a Retry-After beyond the wait ends it", api: &rotatetest.API{Grace: rotatetest.Forever, RateLimited: 1, RetryAfter: 90},
			wait: time.Minute, old: results.OldUnconfirmed, newPassed: true, attempts: 1},
		{name: "interrupted while waiting", api: &rotatetest.API{Grace: rotatetest.Forever},
			wait: time.Hour, cancelAt: 2, old: results.OldAccepted, newPassed: true, attempts: 2,
			sleeps: []time.Duration{5 * time.Second, 5 * time.Second}, interrupted: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			clock := &fakeClock{now: start}
			api := tt.api
			api.New, api.Old, api.Start, api.Now = newToken, oldToken, start, clock.Now
			srv := httptest.NewServer(api)
			defer srv.Close()
			ss := fixture(t, srv.URL, suiteYAML)
			red := &secret.Redactor{}
			plan, err := runner.PlanRotation(ss, "production", "service_token", runner.Options{Getenv: noEnv, Redactor: red})
			if err != nil {
				t.Fatal(err)
			}
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			if tt.cancelAt > 0 {
				clock.onSleep = func(n int) {
					if n == tt.cancelAt {
						cancel()
					}
				}
			}
			out, err := rotate.Check(ctx, plan, rotate.Options{Wait: tt.wait, Every: tt.every, Clock: clock})
			if err != nil {
				t.Fatal(err)
			}
			rot := out.Rotation
			if rot.Old != tt.old || rot.Passed() != tt.passed || rot.NewPassed != tt.newPassed ||
				rot.RefusedAfter != tt.refusedAfter || rot.Attempts != tt.attempts || rot.Interrupted != tt.interrupted {
				t.Errorf("got old=%s passed=%v new=%v refusedAfter=%s attempts=%d interrupted=%v (%s)\nwant old=%s passed=%v new=%v refusedAfter=%s attempts=%d interrupted=%v",
					rot.Old, rot.Passed(), rot.NewPassed, rot.RefusedAfter, rot.Attempts, rot.Interrupted, rot.OldDetail,
					tt.old, tt.passed, tt.newPassed, tt.refusedAfter, tt.attempts, tt.interrupted)
			}
			if !slices.Equal(clock.sleeps, tt.sleeps) {
				t.Errorf("sleeps %v, want %v", clock.sleeps, tt.sleeps)
			}
			// Only the credential's scenarios ran: the new value twice (read,
			// delete), the old value once per attempt (the delete scenario
			// expects a refusal, so it proves nothing), the API key never,
			// and no other probe.
			if got := api.Requests("api_key") + api.Requests("none") + api.Requests("other"); got != 0 {
				t.Errorf("%d requests that are not about service_token", got)
			}
			if got := api.Requests("new"); got != 2 {
				t.Errorf("new value sent %d times, want 2", got)
			}
			if got := api.Requests("old"); got != tt.attempts {
				t.Errorf("old value sent %d times, want %d", got, tt.attempts)
			}
			// Every request sent is counted (the request table, the metrics):
			// the attempts before the last are its steps' replaced answers.
			counted := 0
			for _, r := range out.Results {
				for _, st := range r.Steps {
					counted += len(st.Answers())
				}
			}
			if sent := api.Requests("new") + api.Requests("old"); counted != sent {
				t.Errorf("the report counts %d requests, the API got %d", counted, sent)
			}
			var names []string
			for _, r := range out.Results {
				names = append(names, r.Name)
			}
			want := []string{"service token reads the account", "service token cannot delete the account",
				"service token reads the account [probe: previous]"}
			if !slices.Equal(names, want) {
				t.Errorf("test cases %q, want %q", names, want)
			}
		})
	}
}
