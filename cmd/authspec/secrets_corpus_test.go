package main

import (
	"bytes"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/authspec/authspec/secret/secrettest"
)

// corpusShape is one kind of credential a suite holds, as a user writes it.
type corpusShape struct {
	name    string
	cred    string            // the credential's YAML, indented under "login:"
	env     map[string]string // the process environment the suite reads
	secrets []string          // the values no output may show, in any form
}

// corpusShapes are the credentials of the end-to-end corpus: every one is
// echoed back by the server in every form of secrettest, and every output
// of authspec is searched for every form.
var corpusShapes = []corpusShape{
	bearerShape("long token", "tok_live_9f8e7d6c5b4a3210"),
	bearerShape("JWT", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.c2lnbmF0dXJlLXNpZ25hdHVyZQ"),
	bearerShape("short word", "pw1x"),
	bearerShape("everyday test", "test"),
	bearerShape("short, inside words of the paths", "mon"),
	basicShape("everyday admin as a password", "root", "admin"),
	basicShape("everyday admin:secret", "admin", "secret"),
	basicShape("user mon, non-ASCII password", "mon", "pässwörd-ñ-ключ"),
	basicShape("special characters", "guest", `p@ss w/"ord&<x>\%+ü`),
	{
		name:    "Stripe key as Basic user, empty password",
		cred:    "type: basic\n    username: ${STRIPE_API_KEY}\n    password: \"\"",
		env:     map[string]string{"STRIPE_API_KEY": "sk_test_4eC39HqLyjWDarjtT1zdp7dc"},
		secrets: []string{"sk_test_4eC39HqLyjWDarjtT1zdp7dc", "sk_test_4eC39HqLyjWDarjtT1zdp7dc:"},
	},
	{
		name:    "everyday guest as query key",
		cred:    "type: api_key\n    query: api_key\n    key: ${QUERY_KEY}",
		env:     map[string]string{"QUERY_KEY": "guest"},
		secrets: []string{"guest"},
	},
}

func bearerShape(name, token string) corpusShape {
	return corpusShape{name: name, cred: "type: bearer\n    token: ${API_TOKEN}",
		env: map[string]string{"API_TOKEN": token}, secrets: []string{token}}
}

func basicShape(name, user, pass string) corpusShape {
	return corpusShape{name: name, cred: "type: basic\n    username: ${LOGIN_USER}\n    password: ${LOGIN_PASSWORD}",
		env:     map[string]string{"LOGIN_USER": user, "LOGIN_PASSWORD": pass},
		secrets: []string{pass, user + ":" + pass}}
}

// sessionToken is what the echo server hands out at /admin/monitoring/session:
// a run-time secret that carries a credential, masked under GitHub.
const sessionToken = "sess_7c1f0e9d8b6a5432"

// Markers around every echo: a short secret is a whole token between them,
// and no sink escapes them, so "=@test@=" in an output is a leak however
// often "test" appears in authspec's own words.
const markOpen, markClose = "=@", "@="

// TestSecretsCorpusEndToEnd runs the binary against a server that echoes
// the credential in every form (secrettest.Echoes), after padding longer
// than any excerpt, in plain text, JSON and HTML bodies and in headers,
// and checks every sink: console, --verbose, JUnit, JSON, HTML, GitHub
// annotations and step summary, `authspec request`, and error messages. No
// form of a secret may appear, the server's text around it must come
// through, and authspec's own words, paths and names stay as written.
func TestSecretsCorpusEndToEnd(t *testing.T) {
	srv := httptest.NewServer(echoServer())
	t.Cleanup(srv.Close) // after the parallel subtests
	closed, err := closedURL()
	if err != nil {
		t.Fatal(err)
	}
	bin := corpusBinary(t)
	for _, sh := range corpusShapes {
		t.Run(sh.name, func(t *testing.T) {
			t.Parallel()
			dir := t.TempDir()
			writeCorpusSuites(t, dir, sh)
			env := []string{"ECHO_URL=" + srv.URL, "CLOSED_URL=" + closed, "PATH=" + os.Getenv("PATH"), "HOME=" + dir}
			for k, v := range sh.env {
				env = append(env, k+"="+v)
			}
			secrets := append([]string{sessionToken}, sh.secrets...)

			gh := runAuthspec(t, bin, dir, append(env, "GITHUB_ACTIONS=true", "GITHUB_STEP_SUMMARY="+filepath.Join(dir, "summary.md")),
				3, "run", "--parallel", "1", "--json", "out.json", "--junit", "out.xml", "--html", "out.html", "--metrics", "out.prom", "suites")
			verbose := runAuthspec(t, bin, dir, env, 3, "run", "--parallel", "1", "--verbose", "--no-color", "suites")
			request := runAuthspec(t, bin, dir, env, 1, "request", "--suites", "suites/echo.yaml", "--env", "e2e", "--auth", "login",
				"GET", "/admin/monitoring/echo/all")
			masks := regexp.MustCompile(`(?m)^::add-mask::(.*)\n`)
			lint := runAuthspec(t, bin, dir, env, -1, "lint", "suites")
			sinks := map[string]string{
				"lint": lint.stdout + lint.stderr, "metrics": readFile(t, dir, "out.prom"),
				"GitHub annotations": masks.ReplaceAllString(gh.stdout, ""), "run stderr": gh.stderr + verbose.stderr,
				"JSON report": readFile(t, dir, "out.json"), "JUnit report": readFile(t, dir, "out.xml"),
				"HTML report": readFile(t, dir, "out.html"), "step summary": readFile(t, dir, "summary.md"),
				"--verbose console": verbose.stdout, "request": request.stdout + request.stderr,
			}
			for sink, out := range sinks {
				checkNoSecret(t, sink, out, secrets)
			}

			// The server's own text around the echoes, and authspec's words.
			for _, e := range echoesFor(sh.secrets[0]) {
				name := e.Name + " comes back from /admin/monitoring"
				for _, sink := range []string{"GitHub annotations", "JSON report", "JUnit report", "step summary", "--verbose console"} {
					if out := sinks[sink]; !strings.Contains(out, name) && !strings.Contains(unescapeSink(out), name) {
						t.Errorf("%s: the scenario name %q is missing", sink, name)
					}
				}
				if !strings.Contains(verbose.stdout, "/admin/monitoring/echo/"+slug(e.Name)) {
					t.Errorf("--verbose: the path of %q is missing", e.Name)
				}
			}
			for _, out := range []string{verbose.stdout, request.stdout} {
				if !strings.Contains(out, "error: the token "+markOpen+"[") {
					t.Errorf("the server's sentence around the echo is not there, with a label in it:\n%s", out)
				}
			}
			echoed := len(strings.Split(readFile(t, dir, "suites/echo.yaml"), "comes back from")) - 1
			if n := strings.Count(verbose.stdout, markClose+" is not valid for the monitoring API"); n < echoed {
				t.Errorf("--verbose: the end of the server's sentence is there %d times, want %d (one per echo) at least", n, echoed)
			}
			for _, w := range []string{"expected 200, got 401", "connection refused", "Echo corpus", "admin monitoring is down"} {
				if !strings.Contains(verbose.stdout, w) {
					t.Errorf("--verbose: %q is missing", w)
				}
			}
			// A user name is an identifier: never replaced by a label.
			for sink, out := range sinks {
				if strings.Contains(out, "[LOGIN_USER sha256:") {
					t.Errorf("%s: the user name is shown as a label", sink)
				}
			}

			// ::add-mask:: for the session token only: a capture whose name
			// says it carries a credential, never the captured Content-Type,
			// a credential shorter than 8 characters (auth_code), nor a value
			// known before the run.
			if m := masks.FindAllStringSubmatch(gh.stdout, -1); len(m) != 1 || m[0][1] != sessionToken {
				t.Errorf("::add-mask:: lines: %q, want exactly one, for the session token", m)
			}
		})
	}
}

// echoServer answers /admin/monitoring/echo/SLUG with 401 and the
// credential it got echoed in the form named SLUG (all: every form),
// /admin/monitoring/repeated with 401 and the value many times over, and
// /admin/monitoring/session with a session token.
func echoServer() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/admin/monitoring/session" {
			w.Header().Set("Content-Type", "application/json")
			fmt.Fprintf(w, `{"session_token":%q,"code":"k7Q2x"}`, sessionToken)
			return
		}
		if r.URL.Path == "/admin/monitoring/sessions" {
			// A page that lists the session token another scenario captures
			// later, across the 4 KiB a result keeps of a body.
			w.WriteHeader(http.StatusForbidden)
			fmt.Fprintf(w, "%s%s end of sessions", strings.Repeat("s", 4096-12), sessionToken)
			return
		}
		v := sentCredential(r)
		if r.URL.Path == "/admin/monitoring/repeated" {
			// The value over and over, in a header and a JSON body longer
			// than every excerpt: whatever a sink cuts, the cut falls in a
			// value.
			rep := strings.Repeat(markOpen+v+markClose+" ", 6000/(len(v)+5))
			w.Header().Set("WWW-Authenticate", `Bearer error="invalid_token", error_description="`+rep+`"`)
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(http.StatusUnauthorized)
			fmt.Fprintf(w, `{"error":"invalid_token","error_description":%q}`, rep)
			return
		}
		s := strings.TrimPrefix(r.URL.Path, "/admin/monitoring/echo/")
		var echoed []string
		var kind string
		for _, e := range append(secrettest.Echoes, secrettest.Containing...) {
			if s == "all" || s == slug(e.Name) {
				echoed = append(echoed, markOpen+e.Render(v)+markClose)
				kind = bodyKind(e.Name)
			}
		}
		if s == "all" {
			kind = "text"
		}
		all := strings.Join(echoed, " ")
		if !strings.ContainsAny(all, "\r\n") {
			w.Header().Set("WWW-Authenticate", `Bearer realm="admin", error="invalid_token", error_description="the token `+all+` is not valid"`)
			w.Header().Set("X-Echo", all)
		}
		padding := strings.Repeat("padding ", 40)
		// "monitoring" holds the short secret "mon" inside a word: it stays.
		sentence := "the token " + all + " is not valid for the monitoring API"
		switch kind {
		case "json":
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(http.StatusUnauthorized)
			fmt.Fprintf(w, `{"error":"invalid_token","padding":%q,"error_description":"%s","echo":"%s"}`, padding, sentence, all)
		case "html":
			w.Header().Set("Content-Type", "text/html")
			w.WriteHeader(http.StatusUnauthorized)
			fmt.Fprintf(w, "<html><body><h1>401 Unauthorized</h1><p>%s</p>\n<p>%s</p></body></html>\n", padding, sentence)
		default:
			w.Header().Set("Content-Type", "text/plain")
			w.WriteHeader(http.StatusUnauthorized)
			fmt.Fprintf(w, "%s\nerror: %s\n", padding, sentence)
		}
	})
}

// sentCredential is the secret of the request: a bearer token, the Basic
// password (or the user, when the password is empty), or the api_key query
// parameter.
func sentCredential(r *http.Request) string {
	if k := r.URL.Query().Get("api_key"); k != "" {
		return k
	}
	if user, pass, ok := r.BasicAuth(); ok {
		if pass == "" {
			return user
		}
		return pass
	}
	_, tok, _ := strings.Cut(r.Header.Get("Authorization"), " ")
	return tok
}

// bodyKind is the body an echo is sent in: JSON for the JSON-escaped
// forms (so the document is valid), HTML for character references, plain
// text for the rest.
func bodyKind(echo string) string {
	switch {
	case strings.Contains(echo, "JSON"):
		return "json"
	case strings.HasPrefix(echo, "HTML"):
		return "html"
	}
	return "text"
}

var slugRE = regexp.MustCompile(`[^a-z0-9]+`)

func slug(name string) string {
	return strings.Trim(slugRE.ReplaceAllString(strings.ToLower(name), "-"), "-")
}

// writeCorpusSuites writes suites/echo.yaml (a scenario per echo form, a
// session capture) and suites/down.yaml (a request whose query carries the
// secret to a port nothing listens on: the error message quotes the URL).
func writeCorpusSuites(t *testing.T, dir string, sh corpusShape) {
	var b strings.Builder
	fmt.Fprintf(&b, "version: 1\nname: Echo corpus\nenvironments:\n  e2e:\n    base_url: ${ECHO_URL}\ncredentials:\n  login:\n    %s\nscenarios:\n", sh.cred)
	b.WriteString("  - name: sessions are listed\n    auth: login\n    request: { method: GET, path: /admin/monitoring/sessions }\n")
	for _, e := range echoesFor(sh.secrets[0]) {
		fmt.Fprintf(&b, "  - name: %s\n    auth: login\n    request: { method: GET, path: /admin/monitoring/echo/%s }\n    expect:\n      status: 200\n",
			yamlQuote(e.Name+" comes back from /admin/monitoring"), slug(e.Name))
		if bodyKind(e.Name) == "json" {
			b.WriteString("      body: { echo: nothing }\n")
		}
	}
	b.WriteString("  - name: the value over and over\n    auth: login\n    request: { method: GET, path: /admin/monitoring/repeated }\n" +
		"    expect:\n      status: 200\n      body: { error_description: nothing }\n")
	b.WriteString("  - name: session is captured\n    auth: login\n    request: { method: GET, path: /admin/monitoring/session }\n" +
		"    capture: { session_token: session_token, auth_code: code, content_type: \"header:Content-Type\" }\n")
	// The variable holding the secret, sent in the query of a request that
	// cannot connect.
	secretVar := "API_TOKEN"
	for k := range sh.env {
		if k != "LOGIN_USER" {
			secretVar = k
		}
	}
	down := fmt.Sprintf("version: 1\nname: Down\nenvironments:\n  down:\n    base_url: ${CLOSED_URL}\ncredentials:\n  login:\n    %s\n"+
		"scenarios:\n  - name: admin monitoring is down\n    auth: login\n    request: { method: GET, path: /admin/monitoring, query: { sig: \"${%s}\" } }\n",
		sh.cred, secretVar)
	if err := os.MkdirAll(filepath.Join(dir, "suites"), 0o755); err != nil {
		t.Fatal(err)
	}
	for name, text := range map[string]string{"echo.yaml": b.String(), "down.yaml": down} {
		if err := os.WriteFile(filepath.Join(dir, "suites", name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// echoesFor lists the forms v is echoed in and must be hidden in: every
// form for a long secret; for a short one, those that keep it a whole
// token (not split), and the base64 of its whole Bearer value but of no
// other longer text.
func echoesFor(v string) []secrettest.Echo {
	var out []secrettest.Echo
	for _, e := range append(secrettest.Echoes, secrettest.Containing...) {
		if !e.Long || !isShort(v) || strings.Contains(e.Name, "Bearer") {
			out = append(out, e)
		}
	}
	return out
}

func yamlQuote(s string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(s) + `"`
}

func isShort(v string) bool { return len([]rune(v)) < 8 }

type output struct{ stdout, stderr string }

// corpusBinary is the authspec the corpus runs: this test binary, which
// testscript.Main installs in PATH as authspec, or under -race one built
// without it, once for every shape. The corpus runs authspec 44 times,
// each run with --parallel 1, where the race detector has next to nothing
// to watch and made each run several times slower; every script of
// TestScripts still runs the race-built binary.
func corpusBinary(t *testing.T) string {
	if !raceDetector {
		return "authspec"
	}
	gotool, err := exec.LookPath("go")
	if err != nil {
		t.Logf("no go command to build authspec without -race (%v): the corpus runs this test binary", err)
		return "authspec"
	}
	bin := filepath.Join(t.TempDir(), "authspec")
	if out, err := exec.Command(gotool, "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// runAuthspec runs the authspec binary bin in dir and checks its exit
// code (any, when want is -1).
func runAuthspec(t *testing.T, bin, dir string, env []string, want int, args ...string) output {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Dir, cmd.Env = dir, env
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	code := 0
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		code = exit.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	if want >= 0 && code != want {
		t.Errorf("authspec %s: exit %d, want %d\n%s%s", strings.Join(args, " "), code, want, stdout.String(), stderr.String())
	}
	return output{stdout.String(), stderr.String()}
}

func readFile(t *testing.T, dir, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
