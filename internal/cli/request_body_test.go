package cli

import (
	"bytes"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// authspec request -d @FILE sends the file's contents as curl -d does
// (newlines removed), not the text "@FILE"; a file that cannot be read,
// or @- (stdin is not read), is exit 2 with nothing sent.
func TestRequestBodyFromFile(t *testing.T) {
	const token = "tok_body_file_0123456789abcdef"
	var mu sync.Mutex
	var bodies, types []string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		mu.Lock()
		bodies, types = append(bodies, string(b)), append(types, r.Header.Get("Content-Type"))
		mu.Unlock()
		if r.Header.Get("Authorization") != "Bearer "+token {
			w.WriteHeader(http.StatusUnauthorized)
		}
	}))
	defer srv.Close()
	dir := t.TempDir()
	for name, content := range map[string]string{
		"suite.yaml": "version: 1\nname: Body\nenvironments:\n  staging: { base_url: \"${API_URL}\", vars: { TOKEN: " + token + " } }\n" +
			"credentials:\n  token: { type: bearer, token: \"${TOKEN}\" }\nscenarios:\n  - { name: me, auth: token, request: { path: /v1/me } }\n",
		"body.json": "{\r\n  \"plan\": \"pro\",\n  \"seats\": 3\n}\n",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	env := func(k string) string { return map[string]string{"API_URL": srv.URL}[k] }
	request := func(body string) (string, int) {
		var out bytes.Buffer
		code := Main([]string{"request", "--no-color", "--suites", filepath.Join(dir, "suite.yaml"), "--env", "staging", "--auth", "token",
			"-d", body, "POST", "/v1/accounts"}, strings.NewReader(`{"from":"stdin"}`), &out, &out, env)
		return out.String(), code
	}

	out, code := request("@" + filepath.Join(dir, "body.json"))
	if code != ExitOK || len(bodies) != 1 || bodies[0] != `{  "plan": "pro",  "seats": 3}` || types[0] != "application/json" {
		t.Fatalf("exit %d, the server got %q as %q\n%s", code, bodies, types, out)
	}
	if !strings.Contains(out, `> {  "plan": "pro",  "seats": 3}`) || strings.Contains(out, token) {
		t.Errorf("the body is not shown as sent, or the token is:\n%s", out)
	}
	for _, tc := range []struct{ body, want string }{
		{"@" + filepath.Join(dir, "missing.json"), "missing.json: no such file; nothing was sent"},
		{"@-", "-d @-: give a file to read the body from (stdin is not read); nothing was sent"},
		{"@", "-d @: give a file"},
	} {
		out, code := request(tc.body)
		if code != ExitInvalid || !strings.Contains(out, tc.want) || strings.Contains(out, token) {
			t.Errorf("-d %s: exit %d, want %d and %q\n%s", tc.body, code, ExitInvalid, tc.want, out)
		}
	}
	if len(bodies) != 1 {
		t.Errorf("the server got %d requests, want 1: %q", len(bodies), bodies)
	}
}
