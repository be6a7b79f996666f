package runner_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"regexp"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/authspec/authspec/results"
	"github.com/authspec/authspec/runner"
	"github.com/authspec/authspec/secret"
	"github.com/authspec/authspec/suites"
)

func TestCoreEachScenarioOncePerEnvironmentInOrder(t *testing.T) {
	var hitsA, hitsB coreCounter
	a, b := coreEnvServer(t, "a", &hitsA), coreEnvServer(t, "b", &hitsB)
	var sc strings.Builder
	for i := range 12 {
		fmt.Fprintf(&sc, "  - name: s%02d\n    request: { method: GET, path: /s%02d }\n    expect: { body: { server: \"${env}\", path: /s%02d } }\n", i, i, i)
	}
	first := coreSuite(t, "version: 1\nname: first\nenvironments:\n  a: { base_url: @A@ }\n  b: { base_url: @B@ }\nscenarios:\n"+sc.String(), "A", a.URL, "B", b.URL)
	// The second suite lists its environments the other way round: order
	// is the file's, not alphabetical.
	second := coreSuite(t, "version: 1\nname: second\nenvironments:\n  b: { base_url: @B@ }\n  a: { base_url: @A@ }\nscenarios:\n"+sc.String(), "A", a.URL, "B", b.URL)

	rep := coreRun(t, runner.Options{Parallel: 8}, first, second)
	var got, want []string
	for _, s := range []struct{ suite, e1, e2 string }{{"first", "a", "b"}, {"second", "b", "a"}} {
		for _, env := range []string{s.e1, s.e2} {
			for i := range 12 {
				want = append(want, fmt.Sprintf("%s/%s/s%02d", s.suite, env, i))
			}
		}
	}
	for _, r := range rep.Results {
		got = append(got, r.Suite+"/"+r.Environment+"/"+r.Name)
		coreWantStatus(t, r, results.Passed)
	}
	if !slices.Equal(got, want) {
		t.Fatalf("results out of order:\n got %v\nwant %v", got, want)
	}
	for i := range 12 {
		p := fmt.Sprintf("/s%02d", i)
		if hitsA.get(p) != 2 || hitsB.get(p) != 2 {
			t.Errorf("%s: a saw %d, b saw %d requests; want 2 each (once per suite)", p, hitsA.get(p), hitsB.get(p))
		}
	}
}

func TestCoreDefaultStatusPerKindOnlyAndSkip(t *testing.T) {
	var hits coreCounter
	srv := coreStatusServer(t, &hits)
	rep := coreRun(t, runner.Options{}, coreSuite(t, coreStatusSuite, "A", srv.URL))
	for _, name := range []string{"happy 204", "recovery 200", "failure 401", "permission 403", "missing 400", "missing 422"} {
		coreWantStatus(t, coreResult(t, rep, "a", name), results.Passed)
	}
	for _, name := range []string{"happy 401", "permission 401", "missing 404"} {
		coreWantStatus(t, coreResult(t, rep, "a", name), results.Failed)
	}
	if r := coreResult(t, rep, "a", "failure 200"); r.Status != results.Failed || r.Kind != results.SecurityFailure {
		t.Errorf("failure scenario answered 200: %s %s, want failed %s", r.Status, r.Kind, results.SecurityFailure)
	}
	coreWantStatus(t, coreResult(t, rep, "b", "only in b"), results.Passed)
	for _, r := range rep.Results {
		if r.Environment == "a" && r.Name == "only in b" {
			t.Errorf("`only: [b]` scenario has a result in a: %+v", r)
		}
	}
	sk := coreResult(t, rep, "a", "skipped")
	if sk.Status != results.Skipped || !strings.Contains(sk.Message, "waiting for API-123") {
		t.Errorf("skip: got %s %q, want skipped with the reason", sk.Status, sk.Message)
	}
	if n := hits.get("/status/skip"); n != 0 {
		t.Errorf("a skipped scenario sent %d requests", n)
	}
	if want := 2*11 + 1; len(rep.Results) != want { // "only in b" once
		t.Errorf("%d results, want %d:\n  %s", len(rep.Results), want, coreNames(rep))
	}
}

func TestCoreSelectEnvsKindsAndFilter(t *testing.T) {
	var hits coreCounter
	srv := coreStatusServer(t, &hits)
	s := coreSuite(t, coreStatusSuite, "A", srv.URL)
	names := func(rep *results.Report) (out []string) {
		for _, r := range rep.Results {
			out = append(out, r.Environment+"/"+r.Name)
		}
		return out
	}

	rep := coreRun(t, runner.Options{Envs: []string{"b"}, Filter: regexp.MustCompile(`^(happy|only)`)}, s)
	if got, want := names(rep), []string{"b/happy 204", "b/happy 401", "b/only in b"}; !slices.Equal(got, want) {
		t.Errorf("--env b --filter: got %v, want %v", got, want)
	}
	rep = coreRun(t, runner.Options{Envs: []string{"all"}, Kinds: []string{"permission", "failure"}}, s)
	want := []string{"a/failure 401", "a/failure 200", "a/permission 403", "a/permission 401",
		"b/failure 401", "b/failure 200", "b/permission 403", "b/permission 401"}
	if got := names(rep); !slices.Equal(got, want) {
		t.Errorf("--kind permission,failure: got %v, want %v", got, want)
	}

	before := hits.get("/status/200")
	_, err := runner.Run(t.Context(), []*suites.Suite{s}, runner.Options{Envs: []string{"prod"}, Getenv: coreNoEnv})
	var ue *runner.UsageError
	if !errors.As(err, &ue) || !strings.Contains(ue.Error(), "prod") {
		t.Fatalf("unknown --env: got %v (%T), want a *runner.UsageError naming it", err, err)
	}
	if hits.get("/status/200") != before {
		t.Error("a run with an unknown environment sent requests")
	}
}

func TestCoreAssertionFailuresShowExpectedAndActual(t *testing.T) {
	srv := coreServer(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("X-Mode", "live")
		io.WriteString(w, `{"id":"acc_1","n":3}`)
	})
	rep := coreRun(t, runner.Options{}, coreSuite(t, `version: 1
name: asserts
environments: { a: { base_url: @A@ } }
scenarios:
  - name: mismatch
    request: { method: GET, path: /x }
    expect:
      headers: { X-Mode: sandbox }
      body: { id: acc_2, n: { gt: 5 } }
`, "A", srv.URL))
	r := coreResult(t, rep, "a", "mismatch")
	coreWantStatus(t, r, results.Failed)
	want := map[string][2]string{"header X-Mode": {"sandbox", "live"}, "body id": {"acc_2", "acc_1"}, "body n": {"5", "3"}}
	if len(r.Failures) != len(want) {
		t.Fatalf("failures %+v, want one per assertion: %v", r.Failures, want)
	}
	for _, f := range r.Failures {
		w, ok := want[f.Path]
		if !ok || !strings.Contains(f.Expected, w[0]) || !strings.Contains(f.Actual, w[1]) || f.Step != 1 {
			t.Errorf("failure %+v: want path %q expected ~%q actual ~%q step 1", f, f.Path, w[0], w[1])
		}
	}
}

func TestCoreCapturesFeedNextStepAndAreSecrets(t *testing.T) {
	dir := t.TempDir()
	coreWrite(t, dir, ".env.a", "API_TOKEN=envfile-secret-value-1\n")
	srv := coreServer(t, func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") != "Bearer envfile-secret-value-1" {
			w.WriteHeader(401)
			return
		}
		switch {
		case r.URL.Path == "/login":
			w.Header().Set("X-Request-Token", "tok-xyz789")
			io.WriteString(w, `{"session":{"id":"sess-abc123"}}`)
		case r.URL.Path == "/items/sess-abc123" && r.Header.Get("X-Token") == "tok-xyz789":
			io.WriteString(w, `{"item":"sess-abc123"}`)
		default:
			http.NotFound(w, r)
		}
	})
	var mu sync.Mutex
	var announced []string
	red := &secret.Redactor{}
	rep := coreRun(t, runner.Options{Redactor: red, OnSecret: func(v string) {
		mu.Lock()
		announced = append(announced, v)
		mu.Unlock()
	}}, coreSuiteIn(t, dir, "s.yaml", `version: 1
name: capture
environments: { a: { base_url: @A@, env_file: .env.a } }
credentials: { tok: { type: bearer, token: "${API_TOKEN}" } }
scenarios:
  - name: login then read
    auth: tok
    steps:
      - request: { method: POST, path: /login }
        capture: { sid: session.id, rt: "header:X-Request-Token" }
      - request: { method: GET, path: "/items/${sid}", headers: { X-Token: "${rt}" } }
        expect: { status: 200, body: { item: "${sid}" } }
`, "A", srv.URL))
	r := coreResult(t, rep, "a", "login then read")
	coreWantStatus(t, r, results.Passed)
	// The captured id was sent (the body matched it) and is shown as its label.
	if len(r.Steps) != 2 || !strings.HasSuffix(secret.Plain(r.Steps[1].URL), "/items/"+secret.Label("sid", "sess-abc123")) {
		t.Errorf("steps %+v, want the second to use the captured id", r.Steps)
	}
	vals := red.Values()
	for _, v := range []string{"sess-abc123", "tok-xyz789", "envfile-secret-value-1"} {
		if !slices.Contains(vals, v) {
			t.Errorf("redactor lacks %q: %v", v, vals)
		}
	}
	mu.Lock()
	defer mu.Unlock()
	if !slices.Contains(announced, "sess-abc123") || slices.Contains(announced, "envfile-secret-value-1") {
		t.Errorf("OnSecret got %v: want the captures, not the env file values known before the run", announced)
	}
}

func TestCoreMissingVariableSendsNothingForThatScenario(t *testing.T) {
	var hits coreCounter
	srv := coreServer(t, func(w http.ResponseWriter, r *http.Request) { hits.hit(r.URL.Path) })
	rep := coreRun(t, runner.Options{}, coreSuite(t, `version: 1
name: missing
environments: { a: { base_url: @A@ } }
credentials: { tok: { type: bearer, token: "${MISSING_TOKEN}" } }
scenarios:
  - { name: needs token, auth: tok, request: { method: GET, path: /secret } }
  - { name: needs path var, request: { method: GET, path: "/items/${ITEM_ID}" } }
  - { name: fine, request: { method: GET, path: /ok } }
`, "A", srv.URL))
	for name, v := range map[string]string{"needs token": "MISSING_TOKEN", "needs path var": "ITEM_ID"} {
		r := coreResult(t, rep, "a", name)
		if r.Status != results.Errored || r.Kind != results.CredentialMissing || !strings.Contains(r.Message, v) {
			t.Errorf("%s: %s %s %q, want error CredentialMissing naming %s", name, r.Status, r.Kind, r.Message, v)
		}
		if len(r.Diagnosis) == 0 || r.Diagnosis[0].Code != "credential_missing" {
			t.Errorf("%s: diagnosis %+v, want credential_missing first", name, r.Diagnosis)
		} else if want := "variable " + v + ": not set or empty"; !slices.ContainsFunc(r.Diagnosis[0].Evidence, func(e string) bool { return secret.Plain(e) == want }) {
			// No env file here: the evidence still says which variable.
			t.Errorf("%s: evidence %q, want %q", name, r.Diagnosis[0].Evidence, want)
		}
		if len(r.Steps) != 0 {
			t.Errorf("%s: %d steps recorded, want none sent", name, len(r.Steps))
		}
	}
	coreWantStatus(t, coreResult(t, rep, "a", "fine"), results.Passed)
	if hits.total() != 1 || hits.get("/ok") != 1 {
		t.Errorf("server saw %v, want only /ok", &hits)
	}
}

func TestCoreRetry(t *testing.T) {
	var hits coreCounter
	var mu sync.Mutex
	var limited []time.Time
	srv := coreServer(t, func(w http.ResponseWriter, r *http.Request) {
		n := hits.hit(r.URL.Path)
		switch r.URL.Path {
		case "/flaky":
			if n < 3 {
				w.WriteHeader(503)
			}
		case "/denied":
			w.WriteHeader(401)
		case "/limited":
			mu.Lock()
			limited = append(limited, time.Now())
			mu.Unlock()
			if n == 1 {
				w.Header().Set("Retry-After", "1")
				w.WriteHeader(429)
			}
		}
	})
	rep := coreRun(t, runner.Options{}, coreSuite(t, `version: 1
name: retry
environments: { a: { base_url: @A@ } }
defaults: { retry: { attempts: 3, delay: 10ms, on: [503] } }
scenarios:
  - { name: flaky, request: { method: GET, path: /flaky } }
  - { name: denied, request: { method: GET, path: /denied } }
  - { name: denied listed, retry: { attempts: 2, delay: 10ms, on: [401] }, request: { method: GET, path: /denied } }
  - { name: limited, retry: { attempts: 2, delay: 10ms, on: [429] }, request: { method: GET, path: /limited } }
`, "A", srv.URL))
	if r := coreResult(t, rep, "a", "flaky"); r.Status != results.Passed || r.Attempts != 3 {
		t.Errorf("flaky: %s after %d attempts, want passed after 3", r.Status, r.Attempts)
	}
	if r := coreResult(t, rep, "a", "denied"); r.Status != results.Failed || r.Attempts != 1 {
		t.Errorf("401 not listed: %s after %d attempts, want failed after 1", r.Status, r.Attempts)
	}
	if r := coreResult(t, rep, "a", "denied listed"); r.Attempts != 2 {
		t.Errorf("401 listed in retry.on: %d attempts, want 2", r.Attempts)
	}
	// flaky 3; denied 1 + denied listed 2; limited 2.
	if hits.get("/flaky") != 3 || hits.get("/denied") != 3 || hits.get("/limited") != 2 {
		t.Errorf("server saw %v; want flaky 3, denied 1+2, limited 2", &hits)
	}
	coreWantStatus(t, coreResult(t, rep, "a", "limited"), results.Passed)
	mu.Lock()
	defer mu.Unlock()
	if len(limited) == 2 && limited[1].Sub(limited[0]) < 900*time.Millisecond {
		t.Errorf("429 with Retry-After: 1 was retried after %v; the 10ms delay won", limited[1].Sub(limited[0]))
	}
}

func TestCoreHeadersBodiesAndQueryArrive(t *testing.T) {
	type seen struct {
		header http.Header
		query  string
		body   string
	}
	var mu sync.Mutex
	got := map[string]seen{}
	srv := coreServer(t, func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		mu.Lock()
		got[r.URL.Path] = seen{r.Header, r.URL.RawQuery, string(b)}
		mu.Unlock()
	})
	rep := coreRun(t, runner.Options{}, coreSuite(t, `version: 1
name: shapes
environments: { a: { base_url: @A@, vars: { who: Acme Labs } } }
defaults: { headers: { Accept: application/json, X-Default: d1 } }
scenarios:
  - name: json
    headers: { X-Scenario: s1 }
    request:
      method: POST
      path: /json
      headers: { X-Req: r1 }
      json: { name: "${who}", n: 3, ok: true, tags: [x, "${env}"], nested: { env: "${env}" } }
  - { name: form, request: { method: POST, path: /form, form: { grant_type: client_credentials, scope: "a b&c" } } }
  - { name: raw, request: { method: PUT, path: /raw, body: "raw ${env} text" } }
  - { name: query, request: { method: GET, path: /query, query: { q: "hello world", page: "2" } } }
`, "A", srv.URL))
	for _, r := range rep.Results {
		coreWantStatus(t, r, results.Passed)
	}
	mu.Lock()
	defer mu.Unlock()
	j := got["/json"]
	for h, v := range map[string]string{"Accept": "application/json", "X-Default": "d1", "X-Scenario": "s1", "X-Req": "r1", "Content-Type": "application/json"} {
		if j.header.Get(h) != v {
			t.Errorf("json request header %s = %q, want %q", h, j.header.Get(h), v)
		}
	}
	var doc map[string]any
	if err := json.Unmarshal([]byte(j.body), &doc); err != nil {
		t.Fatalf("json body %q: %v", j.body, err)
	}
	if doc["name"] != "Acme Labs" || doc["n"] != 3.0 || doc["ok"] != true || fmt.Sprint(doc["tags"]) != "[x a]" || fmt.Sprint(doc["nested"]) != "map[env:a]" {
		t.Errorf("json body %s: interpolation or types lost", j.body)
	}
	f := got["/form"]
	if f.header.Get("Content-Type") != "application/x-www-form-urlencoded" || f.body != "grant_type=client_credentials&scope=a+b%26c" {
		t.Errorf("form: %q %q", f.header.Get("Content-Type"), f.body)
	}
	if f.header.Get("X-Default") != "d1" || f.header.Get("X-Scenario") != "" {
		t.Errorf("form: defaults headers missing or another scenario's leaked: %v", f.header)
	}
	if b := got["/raw"].body; b != "raw a text" {
		t.Errorf("raw body %q", b)
	}
	if q := got["/query"].query; q != "page=2&q=hello+world" {
		t.Errorf("query %q", q)
	}
}

func TestCoreUnreachableListsOnlyTheDeadEnvironment(t *testing.T) {
	srv := coreServer(t, func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(500) })
	rep := coreRun(t, runner.Options{}, coreSuite(t, `version: 1
name: reach
environments: { up: { base_url: @UP@ }, down: { base_url: @DOWN@ } }
scenarios:
  - { name: ping, request: { method: GET, path: /ping } }
  - { name: pong, request: { method: GET, path: /pong } }
`, "UP", srv.URL, "DOWN", coreClosedURL(t)))
	if got := rep.Unreachable(); !slices.Equal(got, []string{"down"}) {
		t.Errorf("Unreachable() = %v, want [down] (up answered, even with 500)", got)
	}
	r := coreResult(t, rep, "down", "ping")
	if r.Status != results.Errored || r.Kind != results.Unreachable || !strings.Contains(r.Message, "connection refused") {
		t.Errorf("down: %s %s %q, want an Unreachable error saying connection refused", r.Status, r.Kind, r.Message)
	}
}

func TestCoreReusesConnections(t *testing.T) {
	var conns atomic.Int32
	srv := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, `{"ok":true}`)
	}))
	srv.Config.ConnState = func(_ net.Conn, s http.ConnState) {
		if s == http.StateNew {
			conns.Add(1)
		}
	}
	srv.Start()
	t.Cleanup(srv.Close)
	var sc strings.Builder
	for i := range 20 {
		fmt.Fprintf(&sc, "  - { name: s%d, request: { method: GET, path: /s%d }, expect: { body: { ok: true } } }\n", i, i)
	}
	rep := coreRun(t, runner.Options{Parallel: 1}, coreSuite(t,
		"version: 1\nname: reuse\nenvironments: { a: { base_url: @A@ } }\nscenarios:\n"+sc.String(), "A", srv.URL))
	for _, r := range rep.Results {
		coreWantStatus(t, r, results.Passed)
	}
	if n := conns.Load(); n != 1 {
		t.Errorf("20 sequential scenarios opened %d connections, want 1", n)
	}
}

// A network error is retried when `on` lists network, and the attempts are
// counted although no response ever arrived.
func TestCoreRetryNetworkCountsAttempts(t *testing.T) {
	rep := coreRun(t, runner.Options{}, coreSuite(t, `version: 1
name: retry network
environments: { a: { base_url: @A@ } }
scenarios:
  - { name: down, retry: { attempts: 3, delay: 5ms, on: [network] }, request: { method: GET, path: /x } }
  - { name: down once, request: { method: GET, path: /x } }
`, "A", coreClosedURL(t)))
	if r := coreResult(t, rep, "a", "down"); r.Status != results.Errored || r.Attempts != 3 {
		t.Errorf("down: status %s, attempts %d; want error after 3 attempts", r.Status, r.Attempts)
	}
	if r := coreResult(t, rep, "a", "down once"); r.Attempts != 1 {
		t.Errorf("down once: attempts %d, want 1", r.Attempts)
	}
}

// Passing cases drop their exchanges unless asked to keep them (--verbose):
// a 10,000-case run must not hold 10,000 bodies. Failed cases keep theirs
// for the failure report.
func TestCoreKeepsExchangesOfFailuresOnly(t *testing.T) {
	srv := coreServer(t, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/bad" {
			w.WriteHeader(500)
		}
		_, _ = w.Write([]byte(`{"ok":true}`))
	})
	suite := coreSuite(t, `version: 1
name: exchanges
environments: { a: { base_url: @A@ } }
scenarios:
  - { name: good, request: { method: GET, path: /good } }
  - { name: bad, request: { method: GET, path: /bad } }
`, "A", srv.URL)
	for _, keep := range []bool{false, true} {
		rep := coreRun(t, runner.Options{KeepExchanges: keep}, suite)
		good, bad := coreResult(t, rep, "a", "good"), coreResult(t, rep, "a", "bad")
		if got := len(good.Steps[0].Response.Body) > 0; got != keep {
			t.Errorf("KeepExchanges=%v: passing case kept its body = %v", keep, got)
		}
		if len(bad.Steps[0].Response.Body) == 0 || bad.Steps[0].Request.Header == nil {
			t.Errorf("KeepExchanges=%v: failed case lost its exchange", keep)
		}
		if good.Steps[0].StatusCode != 200 || good.Steps[0].Endpoint == "" {
			t.Errorf("the step summary must stay: %+v", good.Steps[0])
		}
	}
}

// A failed case keeps a 4 KiB excerpt of each body. The body is redacted
// whole before it is cut, so a secret that straddles the cut is hidden,
// not shown in part.
func TestCoreExcerptRedactsBeforeCutting(t *testing.T) {
	secret := "tok_" + strings.Repeat("Zq9", 40) // 124 chars
	srv := coreServer(t, func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(500)
		_, _ = w.Write([]byte(strings.Repeat("a", 4096-50) + secret + "tail"))
	})
	dir := t.TempDir()
	coreWrite(t, dir, ".env", "API_TOKEN="+secret+"\n")
	suite := coreSuiteIn(t, dir, "s.yaml", `version: 1
name: excerpt
environments: { a: { base_url: @A@, env_file: .env } }
credentials: { tok: { type: bearer, token: "${API_TOKEN}" } }
scenarios:
  - { name: echo, auth: tok, request: { method: GET, path: /echo } }
`, "A", srv.URL)
	r := coreResult(t, coreRun(t, runner.Options{}, suite), "a", "echo")
	body := string(r.Steps[0].Response.Body)
	if len(body) == 0 || len(body) > 4096 {
		t.Fatalf("excerpt of %d bytes", len(body))
	}
	if strings.Contains(body, secret[:20]) {
		t.Fatalf("the excerpt shows the start of the secret: …%s", body[len(body)-80:])
	}
	if !strings.Contains(body, "[API_TOKEN sha256:") {
		t.Fatalf("the excerpt lacks the secret's label: …%s", body[len(body)-80:])
	}
}

// A 2xx is a security failure only where the credential was expected to be
// refused (401/403, or a probe). A missing-data scenario that gets 200 is
// a failed validation, and a 404 expectation is not about auth at all.
func TestCoreSecurityFailureOnlyForAuthRejections(t *testing.T) {
	srv := coreServer(t, func(w http.ResponseWriter, r *http.Request) { _, _ = w.Write([]byte(`{}`)) })
	rep := coreRun(t, runner.Options{}, coreSuite(t, `version: 1
name: security
environments: { a: { base_url: @A@ } }
scenarios:
  - { name: unauthenticated, kind: failure, request: { method: GET, path: /x } }
  - { name: forbidden, kind: permission, request: { method: GET, path: /x } }
  - { name: either, expect: { status: [401, 403] }, request: { method: GET, path: /x } }
  - { name: missing field, kind: missing-data, request: { method: POST, path: /x, json: {} } }
  - { name: not found, expect: { status: 404 }, request: { method: GET, path: /x } }
  - { name: any client error, kind: failure, expect: { status: 4xx }, request: { method: GET, path: /x } }
  - { name: hidden or refused, kind: permission, expect: { status: [401, 403, 404] }, request: { method: GET, path: /x } }
`, "A", srv.URL))
	for name, want := range map[string]results.Kind{
		"unauthenticated": results.SecurityFailure, "forbidden": results.SecurityFailure, "either": results.SecurityFailure,
		"missing field": results.AssertionFailure, "not found": results.AssertionFailure,
		"any client error": results.SecurityFailure, "hidden or refused": results.SecurityFailure,
	} {
		if r := coreResult(t, rep, "a", name); r.Status != results.Failed || r.Kind != want {
			t.Errorf("%s: %s %s, want failed %s", name, r.Status, r.Kind, want)
		}
	}
}
