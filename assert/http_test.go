package assert

import (
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/authspec/authspec/secret"
)

// response is what the tests read from a real server.
type response struct {
	StatusCode int
	Header     http.Header
	Body       []byte
	Truncated  bool
}

// get fetches url from a real server and reads at most limit bytes, the way
// the runner caps bodies, reporting whether the body was cut.
func get(t *testing.T, c *http.Client, url, auth string, limit int64) response {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		t.Fatal(err)
	}
	if auth != "" {
		req.Header.Set("Authorization", auth)
	}
	resp, err := c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, limit+1))
	if err != nil {
		t.Fatal(err)
	}
	r := response{StatusCode: resp.StatusCode, Header: resp.Header, Body: body}
	if int64(len(body)) > limit {
		r.Body, r.Truncated = body[:limit], true
	}
	return r
}

func TestAgainstRealServer(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /v1/accounts/{id}", func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") != "Bearer good" {
			w.Header().Set("WWW-Authenticate", `Bearer error="invalid_token"`)
			w.Header().Set("Content-Type", "text/html")
			w.WriteHeader(http.StatusUnauthorized)
			io.WriteString(w, "<html><body><h1>401 Authorization Required</h1></body></html>\n")
			return
		}
		w.Header().Set("Content-Type", "application/json; charset=utf-8")
		w.Header().Add("Set-Cookie", "sid=1; HttpOnly")
		w.Header().Add("Set-Cookie", "theme=dark")
		io.WriteString(w, `{"id":"`+r.PathValue("id")+`","plan":"pro","permissions":["accounts.read","accounts.write"],"balance":12.5,"closed_at":null}`)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	if host, _, _ := net.SplitHostPort(srv.Listener.Addr().String()); host != "127.0.0.1" {
		t.Fatalf("server listens on %s, want 127.0.0.1", host)
	}

	c := srv.Client()

	acc, err := mustMatcher(t, "equals", "${account_id}").Expand(interpolate)
	if err != nil {
		t.Fatal(err)
	}
	r := get(t, c, srv.URL+"/v1/accounts/acc_123", "Bearer good", 1<<20)
	var fs []Failure
	if f := CheckStatus(MustStatus("2xx"), r.StatusCode); f != nil {
		fs = append(fs, *f)
	}
	fs = append(fs, CheckHeader("content-type", []Matcher{mustMatcher(t, "contains", "application/json")}, r.Header)...)
	fs = append(fs, CheckHeader("Set-Cookie", []Matcher{mustMatcher(t, "matches", "^sid=")}, r.Header)...)
	fs = append(fs, CheckBody("id", []Matcher{acc}, r.Body, r.Truncated)...)
	fs = append(fs, CheckBody("permissions.#", []Matcher{mustMatcher(t, "gte", 1)}, r.Body, r.Truncated)...)
	fs = append(fs, CheckBody("permissions", []Matcher{mustMatcher(t, "contains", "accounts.read")}, r.Body, r.Truncated)...)
	fs = append(fs, CheckBody("balance", []Matcher{mustMatcher(t, "lt", 100), mustMatcher(t, "type", "number")}, r.Body, r.Truncated)...)
	fs = append(fs, CheckBody("closed_at", []Matcher{mustMatcher(t, "type", "null")}, r.Body, r.Truncated)...)
	fs = append(fs, CheckBody("deleted_at", []Matcher{mustMatcher(t, "exists", false)}, r.Body, r.Truncated)...)
	if f := CheckContains("acc_123", true, r.Body); f != nil {
		fs = append(fs, *f)
	}
	for _, f := range fs {
		t.Errorf("authorized request: %s", secret.Plain(f.Message))
	}

	// The same expectations against what the server sends without a token.
	r = get(t, c, srv.URL+"/v1/accounts/acc_123", "", 1<<20)
	if f := CheckStatus(MustStatus(200), r.StatusCode); f == nil || secret.Plain(f.Message) != "status: expected 200, got 401 Unauthorized" {
		t.Errorf("CheckStatus = %+v", f)
	}
	fs = CheckHeader("Content-Type", []Matcher{mustMatcher(t, "contains", "application/json")}, r.Header)
	if len(fs) != 1 || secret.Plain(fs[0].Message) != `header Content-Type: expected contains "application/json", got "text/html"` {
		t.Errorf("CheckHeader = %+v", fs)
	}
	fs = CheckBody("id", []Matcher{acc}, r.Body, r.Truncated)
	want := `body id: the response body is not JSON (text/html? first bytes: "<html><body><h1>401 Authorization Required</h1></body></html…")`
	if len(fs) != 1 || secret.Plain(fs[0].Message) != want {
		t.Errorf("CheckBody = %+v\nwant %q", fs, want)
	}

	// A read cap smaller than the JSON cuts it.
	r = get(t, c, srv.URL+"/v1/accounts/acc_123", "Bearer good", 20)
	fs = CheckBody("id", []Matcher{acc}, r.Body, r.Truncated)
	if !r.Truncated || len(fs) != 1 || !strings.Contains(secret.Plain(fs[0].Message), "larger than the read cap and was cut") {
		t.Errorf("truncated: Truncated=%v, failures %+v", r.Truncated, fs)
	}
}
