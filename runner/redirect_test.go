package runner

import (
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"

	"github.com/authspec/authspec/results"
	"github.com/authspec/authspec/secret"
)

// Secrets a scenario writes itself: from the env file, and a token that
// the first step captures.
const (
	rdKey     = "key_Rd1r_Other_Origin_71c4"
	rdSecret  = "cs_Rd1r_Form_Secret_0e9a"
	rdSession = "sess_Rd1r_Captured_5f2b"
)

const rdSuite = `version: 1
name: redirect secrets
environments:
  staging: { base_url: "{{A}}", env_file: .env }
defaults:
  headers: { X-Suite-Key: "${API_KEY}" }
scenarios:
  - name: secrets in headers and query
    kind: recovery
    steps:
      - request: { method: POST, path: /login }
        capture: { session: session }
      - request:
          method: GET
          path: /start
          headers: { Authorization: "Bearer ${session}", X-Session: "${session}", X-Trace: trace-42 }
          query: { api_key: "${API_KEY}", page: "2" }
  - name: form with a client secret
    request: { method: POST, path: /form307, form: { client_secret: "${CLIENT_SECRET}", grant_type: client_credentials } }
  - name: key in the path
    request: { method: GET, path: "/keys/${API_KEY}" }
  - name: same origin 307 keeps the body
    request: { method: POST, path: /same307, form: { client_secret: "${CLIENT_SECRET}" } }
`

// rdRecorder records what a server received, body included.
type rdRecorder struct {
	mu   sync.Mutex
	reqs []rdRequest
}

type rdRequest struct {
	path, query, body string
	header            http.Header
}

func (rec *rdRecorder) wrap(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		rec.mu.Lock()
		rec.reqs = append(rec.reqs, rdRequest{r.URL.Path, r.URL.RawQuery, string(body), r.Header.Clone()})
		rec.mu.Unlock()
		h(w, r)
	}
}

func (rec *rdRecorder) all() []rdRequest {
	rec.mu.Lock()
	defer rec.mu.Unlock()
	return append([]rdRequest(nil), rec.reqs...)
}

// Two servers on 127.0.0.1, different ports: different origins. No secret
// the scenario wrote (scenario headers, a captured token, the query) goes
// from A to B on a redirect; what is not secret still does; a 307 that
// would re-send a form holding a client secret is not followed and the
// step says why; a 307 within A's origin re-sends the body as it should.
func TestRedirectToOtherOriginCarriesNoSecret(t *testing.T) {
	var recB, recA rdRecorder
	b, _ := lcServer(t, recB.wrap(func(w http.ResponseWriter, r *http.Request) {}))
	a, _ := lcServer(t, recA.wrap(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/login":
			w.Header().Set("Content-Type", "application/json")
			io.WriteString(w, `{"session": "`+rdSession+`"}`)
		case "/start":
			// Keeps the query, as many path-normalising redirects do.
			http.Redirect(w, r, b.URL+"/landing?"+r.URL.RawQuery, http.StatusFound)
		case "/form307":
			http.Redirect(w, r, b.URL+"/token", http.StatusTemporaryRedirect)
		case "/keys/" + rdKey:
			http.Redirect(w, r, b.URL+r.URL.Path, http.StatusMovedPermanently)
		case "/same307":
			http.Redirect(w, r, "/landing307", http.StatusTemporaryRedirect)
		}
	}))
	env := "API_KEY=" + rdKey + "\nCLIENT_SECRET=" + rdSecret + "\n"
	ss := lcLoad(t, rdSuite, map[string]string{".env": env}, "{{A}}", a.URL)
	rep := lcRun(t, ss, Options{Parallel: 1})

	lcWant(t, lcResult(t, rep, "secrets in headers and query", ""), results.Passed, results.None)
	refused := lcResult(t, rep, "form with a client secret", "")
	lcWant(t, refused, results.Failed, results.AssertionFailure)
	if msg := secret.Plain(refused.Message); !strings.Contains(msg, "redirected (307) to another origin, "+b.URL) || !strings.Contains(msg, "did not follow") {
		t.Errorf("message %q does not say the 307 to %s was not followed", refused.Message, b.URL)
	}
	inPath := lcResult(t, rep, "key in the path", "")
	lcWant(t, inPath, results.Failed, results.AssertionFailure)
	if !strings.Contains(secret.Plain(inPath.Message), "redirected (301) to another origin, "+b.URL+", and following would send a secret in the path there too") {
		t.Errorf("message %q does not say the 301 carrying the key in its path was not followed", inPath.Message)
	}
	lcWant(t, lcResult(t, rep, "same origin 307 keeps the body", ""), results.Passed, results.None)

	gotB := recB.all()
	if len(gotB) != 1 || gotB[0].path != "/landing" {
		t.Fatalf("B got %+v; want only the 302's /landing", gotB)
	}
	landing := gotB[0]
	for _, h := range []string{"Authorization", "X-Session", "X-Suite-Key", "Referer", "Cookie"} {
		if v := landing.header.Get(h); v != "" {
			t.Errorf("B received %s: %q", h, v)
		}
	}
	if landing.header.Get("X-Trace") != "trace-42" || landing.query != "page=2" {
		t.Errorf("B lost what is not secret: X-Trace %q, query %q (want trace-42, page=2)", landing.header.Get("X-Trace"), landing.query)
	}
	for _, s := range []string{rdKey, rdSecret, rdSession} {
		if strings.Contains(landing.query+landing.body+headerText(landing.header), s) {
			t.Errorf("B received the secret %q", s)
		}
	}
	var same307 int
	for _, r := range recA.all() {
		if r.path == "/start" && (r.header.Get("X-Session") != rdSession || !strings.Contains(r.query, "api_key=")) {
			t.Errorf("A (the origin) did not get the step's own secrets: %v %q", r.header, r.query)
		}
		if r.path == "/landing307" {
			same307++
			if !strings.Contains(r.body, "client_secret=") {
				t.Errorf("same-origin 307 lost its body: %q", r.body)
			}
		}
	}
	if same307 != 1 {
		t.Errorf("the same-origin 307 was followed %d times, want 1", same307)
	}
	lcNoSecrets(t, rep, rdKey, rdSecret, rdSession)
}

func headerText(h http.Header) string {
	var b strings.Builder
	for k, vs := range h {
		b.WriteString(k + ": " + strings.Join(vs, ",") + "\n")
	}
	return b.String()
}

// Origins differ in scheme, host or port; 80 and 443 are implied.
func TestSameOrigin(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		same bool
	}{
		{"http://127.0.0.1:8080/a", "http://127.0.0.1:8080/b?x=1", true},
		{"http://127.0.0.1:8080/a", "http://127.0.0.1:8081/a", false},
		{"https://api.example.test/a", "https://API.example.test:443/b", true},
		{"http://api.example.test/a", "http://api.example.test:80/b", true},
		{"https://api.example.test/a", "http://api.example.test/a", false},
		{"https://api.example.test/a", "https://api.example.test:8443/a", false},
		{"https://api.example.test/a", "https://evil.example.test/a", false},
	} {
		a, b := mustURL(t, tc.a), mustURL(t, tc.b)
		if got := sameOrigin(a, b); got != tc.same {
			t.Errorf("sameOrigin(%s, %s) = %v, want %v", tc.a, tc.b, got, tc.same)
		}
	}
}

func mustURL(t *testing.T, raw string) *url.URL {
	t.Helper()
	u, err := url.Parse(raw)
	if err != nil {
		t.Fatal(err)
	}
	return u
}

// The OAuth2 token request is never redirected: a 307 from the token
// endpoint would re-send the client secret (form or Basic) to wherever
// it points.
func TestTokenRequestNotRedirected(t *testing.T) {
	var recB rdRecorder
	b, _ := lcServer(t, recB.wrap(func(w http.ResponseWriter, r *http.Request) {}))
	a, _ := lcServer(t, func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, b.URL+"/token", http.StatusTemporaryRedirect)
	})
	ss := lcLoad(t, `version: 1
name: token redirect
environments:
  staging: { base_url: "{{A}}", env_file: .env }
credentials:
  machine: { type: oauth2_client_credentials, token_url: "{{A}}/token", client_id: app, client_secret: "${CLIENT_SECRET}", auth_style: body }
scenarios:
  - { name: read, auth: machine, request: { path: /v1/me } }
`, map[string]string{".env": "CLIENT_SECRET=" + rdSecret + "\n"}, "{{A}}", a.URL)
	rep := lcRun(t, ss, Options{})
	lcWant(t, rep.Results[0], results.Errored, results.TokenEndpoint)
	if got := recB.all(); len(got) != 0 {
		t.Errorf("the token request followed the redirect: %+v", got)
	}
	lcNoSecrets(t, rep, rdSecret)
}

// Plain http to a port that serves TLS is named as such, like the reverse.
func TestPlainHTTPToTLSPort(t *testing.T) {
	srv := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {}))
	t.Cleanup(srv.Close)
	plain := strings.Replace(srv.URL, "https://", "http://", 1)
	ss := lcLoad(t, `version: 1
name: tls port
environments:
  staging: { base_url: "{{A}}" }
scenarios:
  - { name: read, request: { path: /v1/me } }
`, nil, "{{A}}", plain)
	rep := lcRun(t, ss, Options{})
	r := rep.Results[0]
	lcWant(t, r, results.Errored, results.TLS)
	if !strings.Contains(r.Message, "expects TLS on this port") || !strings.Contains(r.Message, "use https://") {
		t.Errorf("message %q gives no hint to use https", r.Message)
	}
}
