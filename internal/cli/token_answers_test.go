package cli

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
)

// A token endpoint that answers 200 with a bare token (text/plain) gives
// authspec no access token it can read: each case errors, its failure
// lists the token request that gave it none (which only --verbose
// showed), and the token in that answer is a secret in every output.
func TestTokenAnswerWithoutAccessTokenIsListedAndHidden(t *testing.T) {
	const clientID, clientSecret = "machine-client-9", "cs_1b2c3d4e5f6a7b8c9d0e1f2a"
	const bare = "Zq8Yp7Xo6Wn5Vm4Ul3Tk2Sj1Ri0Qh"
	var tokenHits, apiHits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/oauth/token" {
			apiHits.Add(1)
			w.WriteHeader(http.StatusUnauthorized)
			return
		}
		tokenHits.Add(1)
		w.Header().Set("Content-Type", "text/plain")
		_, _ = w.Write([]byte(bare + "\n"))
	}))
	defer srv.Close()
	outputs, code := runTokenSuite(t, srv.URL, clientID, clientSecret)
	if code != ExitFailed || tokenHits.Load() != 2 || apiHits.Load() != 0 {
		t.Fatalf("exit %d (want %d), %d token and %d API requests (want 2 and 0)\n%s", code, ExitFailed, tokenHits.Load(), apiHits.Load(), outputs["console"])
	}
	port := strings.TrimPrefix(srv.URL, "http://127.0.0.1")
	line := "token request: POST http://127.0.0.1" + port + "/oauth/token -> 200  ("
	for name, want := range map[string][]string{
		"console": {"requests:\n       " + line, "< [machine.token sha256:", "answered 200 without an access_token", "(error: TokenEndpoint)"},
		"JUnit":   {line, "answered 200 without an access_token"},
	} {
		for _, w := range want {
			if !strings.Contains(outputs[name], w) {
				t.Errorf("%s lacks %q\n%s", name, w, outputs[name])
			}
		}
	}
	if n := strings.Count(outputs["console"], "requests:\n       "+line); n != 2 {
		t.Errorf("the failures list %d token requests, want one each (2)\n%s", n, outputs["console"])
	}
	noSecrets(t, outputs, clientID, clientSecret, bare)
}
