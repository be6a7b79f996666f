package main

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/mccutchen/go-httpbin/v2/httpbin"
	"github.com/rogpeppe/go-internal/testscript"

	"github.com/authspec/authspec/examples/demoapi"
	"github.com/authspec/authspec/internal/cli"
	"github.com/authspec/authspec/internal/golden"
)

// exitFileVar names the file where the authspec command records its exit
// code, for the exitcode command: `! exec` alone cannot tell 1 from 2 or 3.
const exitFileVar = "AUTHSPEC_TEST_EXIT_FILE"

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"authspec": func() {
			code := cli.Main(os.Args[1:], os.Stdin, os.Stdout, os.Stderr, os.Getenv)
			if f := os.Getenv(exitFileVar); f != "" {
				if err := os.WriteFile(f, []byte(strconv.Itoa(code)), 0o666); err != nil {
					fmt.Fprintln(os.Stderr, "authspec test:", err)
					code = 125
				}
			}
			os.Exit(code)
		},
	})
}

// TestScripts runs testdata/script/*.txtar: the real binary against local
// servers. Scripts start with testscript's own small environment (no
// GITHUB_ACTIONS, no NO_COLOR from the host). Each script gets its own
// servers, exported as:
//
//	STAGING_URL, PROD_URL  the demo API (examples/demoapi), staging and production
//	ANYTOKEN_URL           200 for every request, echoing back what it got as
//	                       JSON (Authorization, X-API-Key and the query
//	                       included), and Authorization in X-Echo-Authorization
//	ROTATED_URL, STILLOLD_URL, UNAPPLIED_URL  APIs in the middle of a rotation
//	                       (see serveRotations), in the rotate_*.txtar scripts only
//	OPENAPI_URL            an API that enforces the security of an OpenAPI
//	                       document, with drift (see zooAPI), in the
//	                       openapi_*.txtar scripts only
//	ANSWERS_URL            answers /NAME with the raw answer in the script's
//	                       answers/NAME.http: a status line ("401"), header
//	                       lines, a blank line, the body (see answerFile)
//	HANG_URL               accepts the connection, never answers
//	RESET_URL              resets the connection without an answer
//	CLOSED_URL             a loopback port that nothing listens on
//	SOON_JWT               a staging JWT (accepted by STAGING_URL) that expires in 3 days
//	EXPIRED_JWT            a staging JWT that expired 2 hours ago
//
// and these commands besides the standard ones:
//
//	exitcode N             the last `exec authspec` exited with code N
//	awaitrequests NAME N   waits (at most 30s) until the server NAME has
//	                       received at least N requests: a background
//	                       command has got that far
//	requests NAME N        the server NAME (STAGING, PROD, ANYTOKEN, ANSWERS, HANG, RESET)
//	                       has received exactly N requests; with !, any other number;
//	                       N may be a range MIN-MAX (without !)
//	scrub FILE OUT         copies FILE (or the last stdout/stderr) to OUT with
//	                       what changes from run to run replaced: timings
//	                       "(12ms)", " in 1.50s", "duration_ms": 3, time="0.003",
//	                       timestamps and --verbose's "< Date:" become
//	                       placeholders, and the fingerprint
//	                       of a server URL becomes [STAGING_URL sha256:~]
//	                       and a test server's port ~ (it is random), so OUT can be compared with
//	                       cmp against a golden section (and -update rewrites it)
//	expand IN OUT          writes IN to OUT with $NAME and ${NAME} replaced
//	                       by the script's variables
//	cases REPORT... OUT    writes to OUT the test cases of the JSON reports
//	                       (files, or stdout), one "suite [environment]: scenario"
//	                       a line, sorted, duplicates kept; fails if a report
//	                       is not JSON with schema_version 1
//	noforms SECRET FILE... no FILE (or stdout/stderr) holds SECRET in any
//	                       form secrettest knows (see cmdNoForms)
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:                 "testdata/script",
		WorkdirRoot:         t.TempDir(),     // removed by the testing package, even with -run
		UpdateScripts:       golden.Update(), // go test ./cmd/authspec -update rewrites the cmp golden sections (not cmpenv)
		RequireExplicitExec: true,
		RequireUniqueNames:  true,
		Setup:               setup,
		Cmds: map[string]func(*testscript.TestScript, bool, []string){
			"exitcode":      cmdExitcode,
			"requests":      cmdRequests,
			"awaitrequests": cmdAwaitRequests,
			"scrub":         cmdScrub,
			"cases":         cmdCases,
			"expand":        cmdExpand,
			"noforms":       cmdNoForms,
		},
	})
}

// counters are the request counts of a script's servers, by name, kept in
// Env.Values under countersKey{}.
type (
	counters    map[string]*atomic.Int64
	countersKey struct{}
)

func cmdExitcode(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: exitcode N")
	}
	f := ts.Getenv(exitFileVar)
	b, err := os.ReadFile(f)
	if err != nil {
		ts.Fatalf("no exit code recorded: did authspec run (and not crash)? %v", err)
	}
	ts.Check(os.Remove(f)) // each exec is checked once
	if got := string(b); got != args[0] {
		ts.Fatalf("authspec exited with %s, want %s", got, args[0])
	}
}

// counterArgs reads "NAME N": a server's request counter and a count.
func counterArgs(ts *testscript.TestScript, cmd string, args []string) (*atomic.Int64, int64) {
	if len(args) != 2 {
		ts.Fatalf("usage: %s NAME N", cmd)
	}
	c, ok := ts.Value(countersKey{}).(counters)[args[0]]
	if !ok {
		ts.Fatalf("%s: no server named %s", cmd, args[0])
	}
	want, err := strconv.ParseInt(args[1], 10, 64)
	ts.Check(err)
	return c, want
}

func cmdRequests(ts *testscript.TestScript, neg bool, args []string) {
	if lo, hi, ok := strings.Cut(args[len(args)-1], "-"); ok && len(args) == 2 && !neg {
		// A range, for a count that depends on how long each request took
		// (a loop that sends once a second until a deadline).
		c, min := counterArgs(ts, "requests", []string{args[0], lo})
		_, max := counterArgs(ts, "requests", []string{args[0], hi})
		if got := c.Load(); got < min || got > max {
			ts.Fatalf("%s got %d requests, want %d to %d", args[0], got, min, max)
		}
		return
	}
	c, want := counterArgs(ts, "requests", args)
	got := c.Load()
	switch {
	case !neg && got != want:
		ts.Fatalf("%s got %d requests, want %d", args[0], got, want)
	case neg && got == want:
		ts.Fatalf("%s got %d requests, want any other number", args[0], got)
	}
}

// unstable matches what differs between two runs of the same script.
var unstable = []struct {
	re   *regexp.Regexp
	with string
}{
	{regexp.MustCompile(`\[([A-Z_]+_URL) sha256:[0-9a-f]{6}\]`), "[$1 sha256:~]"},
	{regexp.MustCompile(`http://127\.0\.0\.1:\d+`), "http://127.0.0.1:~"},
	{regexp.MustCompile(`([( ])\d+(?:\.\d+)?m?s\)`), "${1}~)"},
	{regexp.MustCompile(` in \d+(?:\.\d+)?m?s$`), " in ~"},
	{regexp.MustCompile(`"(duration_ms|time)": ?[0-9.]+`), `"$1": ~`},
	{regexp.MustCompile(` time="[0-9.]+"`), ` time="~"`},
	{regexp.MustCompile(`^(\s*< Date: ).*`), "${1}~"},
	{regexp.MustCompile(`\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)`), "~time~"},
}

func cmdScrub(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: scrub FILE OUT")
	}
	lines := strings.Split(ts.ReadFile(args[0]), "\n")
	for i, l := range lines {
		for _, u := range unstable {
			l = u.re.ReplaceAllString(l, u.with)
		}
		lines[i] = l
	}
	ts.Check(os.WriteFile(ts.MkAbs(args[1]), []byte(strings.Join(lines, "\n")), 0o666))
}

func cmdCases(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 2 {
		ts.Fatalf("usage: cases REPORT... OUT")
	}
	var lines []string
	for _, name := range args[:len(args)-1] {
		var rep struct {
			SchemaVersion int `json:"schema_version"`
			Results       []struct {
				Suite       string `json:"suite"`
				Environment string `json:"environment"`
				Scenario    string `json:"scenario"`
			} `json:"results"`
		}
		if err := json.Unmarshal([]byte(ts.ReadFile(name)), &rep); err != nil {
			ts.Fatalf("%s is not a JSON report: %v", name, err)
		}
		if rep.SchemaVersion != 1 {
			ts.Fatalf("%s: schema_version is %d, want 1", name, rep.SchemaVersion)
		}
		for _, r := range rep.Results {
			lines = append(lines, r.Suite+" ["+r.Environment+"]: "+r.Scenario+"\n")
		}
	}
	sort.Strings(lines)
	ts.Check(os.WriteFile(ts.MkAbs(args[len(args)-1]), []byte(strings.Join(lines, "")), 0o666))
}

func setup(env *testscript.Env) error {
	count := counters{}
	env.Values[countersKey{}] = count
	// serve starts h on 127.0.0.1 and exports its URL as NAME_URL; it is
	// stopped when the script ends.
	serve := func(name string, h http.Handler) {
		n := new(atomic.Int64)
		count[name] = n
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			n.Add(1)
			h.ServeHTTP(w, r)
		}))
		env.Defer(srv.Close)
		env.Setenv(name+"_URL", srv.URL)
	}
	// HTTPBIN_URL is go-httpbin, the server the acceptance suites use:
	// /bearer, /basic-auth/u/p, /headers, /status/N, /redirect-to, ….
	serve("HTTPBIN", httpbin.New())
	if u, err := url.Parse(env.Getenv("HTTPBIN_URL")); err == nil {
		env.Setenv("HTTPBIN_PORT", u.Port())
	}
	serve("STAGING", demoapi.New(demoapi.DefaultOptions("staging")))
	serve("PROD", demoapi.New(demoapi.DefaultOptions("production")))
	if strings.HasPrefix(filepath.Base(env.WorkDir), "script-rotate") {
		// Only the rotate scripts need these servers.
		serveRotations(serve)
	}
	if strings.HasPrefix(filepath.Base(env.WorkDir), "script-openapi") {
		serveZoo(serve)
	}

	serve("ANYTOKEN", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("X-Echo-Authorization", r.Header.Get("Authorization"))
		_ = json.NewEncoder(w).Encode(map[string]any{
			"ok":            true,
			"method":        r.Method,
			"path":          r.URL.Path,
			"query":         r.URL.RawQuery,
			"authorization": r.Header.Get("Authorization"),
			"api_key":       r.Header.Get("X-API-Key"),
		})
	}))

	work := env.WorkDir
	serve("ANSWERS", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		answerFile(w, filepath.Join(work, "answers", filepath.FromSlash(path.Clean("/"+r.URL.Path))+".http"))
	}))

	// HANG_URL holds every request until the client gives up or the
	// script ends (released before srv.Close, which waits for handlers:
	// defers run last in, first out).
	release := make(chan struct{})
	serve("HANG", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-release:
		}
	}))
	env.Defer(func() { close(release) })

	// RESET_URL reads the request, then closes the TCP connection with
	// SO_LINGER 0: the client sees "connection reset by peer".
	serve("RESET", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		conn, _, err := http.NewResponseController(w).Hijack()
		if err != nil {
			return
		}
		if tc, ok := conn.(*net.TCPConn); ok {
			_ = tc.SetLinger(0)
		}
		_ = conn.Close()
	}))

	env.Setenv(exitFileVar, filepath.Join(env.WorkDir, ".authspec-exit"))

	closed, err := closedURL()
	if err != nil {
		return err
	}
	env.Setenv("CLOSED_URL", closed)

	now := time.Now()
	env.Setenv("SOON_JWT", stagingJWT(now.Add(3*24*time.Hour+time.Hour)))
	env.Setenv("EXPIRED_JWT", stagingJWT(now.Add(-2*time.Hour)))
	return nil
}

// answerFile writes the answer a script wrote in file: its first line is
// the status code, then header lines ("Name: value") up to a blank line,
// then the body as written. A script states any server's answer (a 200
// whose body is an auth error, a 429 with its headers) without a server
// of its own. A missing file is a 500 that says so.
func answerFile(w http.ResponseWriter, file string) {
	b, err := os.ReadFile(file)
	if err != nil {
		http.Error(w, "no answer file: "+err.Error(), http.StatusInternalServerError)
		return
	}
	head, body, _ := strings.Cut(strings.ReplaceAll(string(b), "\r\n", "\n"), "\n\n")
	lines := strings.Split(head, "\n")
	code, err := strconv.Atoi(strings.TrimSpace(lines[0]))
	if err != nil {
		http.Error(w, "answer file: the first line is no status code: "+lines[0], http.StatusInternalServerError)
		return
	}
	for _, l := range lines[1:] {
		if k, v, ok := strings.Cut(l, ":"); ok {
			w.Header().Add(strings.TrimSpace(k), strings.TrimSpace(v))
		}
	}
	w.WriteHeader(code)
	_, _ = io.WriteString(w, body)
}

// closedURL returns the URL of a loopback port that nothing listens on.
// It is port 1 (tcpmux, never served here): a port that was merely free a
// moment ago could be taken by another script's server running in
// parallel, and the script would then reach it.
func closedURL() (string, error) {
	const addr = "127.0.0.1:1"
	if c, err := net.DialTimeout("tcp", addr, time.Second); err == nil {
		c.Close()
		return "", fmt.Errorf("something listens on %s; the unreachable scripts need it closed", addr)
	}
	return "http://" + addr, nil
}

// stagingJWT is an HS256 JWT with scope accounts.read that the staging
// demo API accepts until exp.
func stagingJWT(exp time.Time) string {
	o := demoapi.DefaultOptions("staging")
	enc := func(v any) string {
		b, _ := json.Marshal(v)
		return base64.RawURLEncoding.EncodeToString(b)
	}
	head := enc(map[string]string{"alg": "HS256", "typ": "JWT"})
	body := enc(map[string]any{
		"iss": o.JWTIssuer, "aud": o.JWTAudience, "sub": "svc_reporting",
		"scope": "accounts.read", "iat": exp.Add(-30 * 24 * time.Hour).Unix(), "exp": exp.Unix(),
	})
	mac := hmac.New(sha256.New, []byte(o.JWTSecret))
	mac.Write([]byte(head + "." + body))
	return head + "." + body + "." + base64.RawURLEncoding.EncodeToString(mac.Sum(nil))
}
