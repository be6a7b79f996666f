package runner

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/authspec/authspec/results"
	"github.com/authspec/authspec/secret"
)

// The token endpoint's answer carries more than the access token: a
// refresh token and an OpenID id_token are credentials too (either gets a
// new access token, or proves who the client is). An API that echoes them
// back, as one that lists a client's sessions does, must not show them in
// any output, and under GitHub they are masked like the access token.
func TestLCOAuthRefreshAndIDTokensAreSecrets(t *testing.T) {
	const (
		refresh = "rt_AbCdEfGhIjKlMnOp42"
		idToken = "eyJhbGciOiJub25lIn0.eyJzdWIiOiJtYWNoaW5lIn0.c2lnbmF0dXJl"
	)
	api := func(tok string, w http.ResponseWriter) bool {
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("X-Refresh", refresh)
		w.WriteHeader(http.StatusForbidden)
		_ = json.NewEncoder(w).Encode(map[string]string{"error": "forbidden",
			"refresh_token": refresh, "id_token": idToken, "path": "/admin/sessions"})
		return true
	}
	srv, _ := lcServer(t, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/oauth2/token" {
			api("", w)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(map[string]any{"access_token": "at_Xy9Wv8Ut7Sr6Qp5", "token_type": "Bearer",
			"refresh_token": refresh, "id_token": idToken, "expires_in": 3600})
	})
	var r secret.Redactor
	masked := map[string]bool{}
	rep := lcRun(t, lcLoad(t, lcOAuthSuite, lcOAuthEnv, "{{S}}", srv.URL, "{{SCENARIOS}}", lcScenarios(1, "machine")),
		Options{Envs: []string{"staging"}, Redactor: &r, Now: time.Now, OnSecret: func(v string) { masked[v] = true }})
	if len(rep.Results) != 1 || len(rep.Results[0].Steps) == 0 {
		t.Fatalf("results: %+v", rep.Results)
	}
	res := rep.Results[0]
	lcWant(t, res, results.Failed, results.None)
	resp := res.Steps[0].Response
	shown := r.Redact(string(resp.Body)) + "\n" + r.Redact(strings.Join(resp.Header["X-Refresh"], " "))
	for _, s := range []string{refresh, idToken} {
		if strings.Contains(shown, s) {
			t.Errorf("the answer as shown holds %q:\n%s", s, shown)
		}
		if !masked[s] {
			t.Errorf("%q was not announced to OnSecret (::add-mask::)", s)
		}
	}
	for _, w := range []string{`"error":"forbidden"`, "/admin/sessions", "[machine.refresh_token sha256:", "[machine.id_token sha256:"} {
		if !strings.Contains(shown, w) {
			t.Errorf("the answer as shown lacks %q:\n%s", w, shown)
		}
	}
	lcNoSecrets(t, rep, refresh, idToken)
}

// A token endpoint whose answer authspec cannot read as a flat JSON
// object still gave a token away: GitHub's form-encoded answer
// (access_token=…&token_type=bearer, without Accept: application/json) or
// a provider that wraps its tokens ({"data":{"access_token":…}}). The run
// fails (no access_token found), and that failure lists the token request
// with its answer: every token in it must be a label there.
func TestLCOAuthUnreadTokenAnswersStayHidden(t *testing.T) {
	const access, refresh = "gho_Zq8Yp7Xo6Wn5Vm4Ul3", "ghr_Tk2Sj1Ri0Qh9Pg8Of7"
	for name, answer := range map[string]struct{ ctype, body string }{
		"form":   {"application/x-www-form-urlencoded", "access_token=" + access + "&scope=repo&token_type=bearer&refresh_token=" + refresh},
		"nested": {"application/json", `{"code":0,"data":{"access_token":"` + access + `","token_type":"Bearer","refresh_token":"` + refresh + `"}}`},
	} {
		t.Run(name, func(t *testing.T) {
			rep, _, _ := lcTokenAnswer(t, http.StatusOK, answer.ctype, answer.body)
			lcNoSecretsInTokenRequests(t, rep, access, refresh)
			lcNoSecrets(t, rep, access, refresh)
			body := string(rep.Results[0].TokenRequests[0].Response.Body)
			for _, w := range []string{"token_type", "[machine.access_token sha256:", "[machine.refresh_token sha256:"} {
				if !strings.Contains(body, w) {
					t.Errorf("the token request's answer as recorded lacks %q:\n%s", w, body)
				}
			}
		})
	}
}

// A token request names authspec as every request does, and its recorded
// exchange shows the User-Agent that was sent (it showed none while Go
// sent its own, Go-http-client/1.1).
func TestLCOAuthTokenRequestUserAgent(t *testing.T) {
	var seen lcSeen
	srv, _ := lcServer(t, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/oauth2/token" {
			w.WriteHeader(http.StatusOK)
			return
		}
		seen.add(r)
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write([]byte(`{"access_token":"at_Ua7Tb6Sc5Rd4Qe3","token_type":"Bearer"}`))
	})
	var r secret.Redactor
	rep := lcRun(t, lcLoad(t, lcOAuthSuite, lcOAuthEnv, "{{S}}", srv.URL, "{{SCENARIOS}}", lcScenarios(1, "machine")),
		Options{Envs: []string{"staging"}, Redactor: &r, Now: time.Now, KeepExchanges: true})
	if len(rep.Results) != 1 || len(rep.Results[0].TokenRequests) != 1 {
		t.Fatalf("results: %+v", rep.Results)
	}
	seen.mu.Lock()
	defer seen.mu.Unlock()
	if len(seen.reqs) != 1 {
		t.Fatalf("token endpoint got %d requests, want 1", len(seen.reqs))
	}
	sent := seen.reqs[0].Header.Get("User-Agent")
	shown := rep.Results[0].TokenRequests[0].Request.Header["User-Agent"]
	if sent != "authspec" || len(shown) != 1 || shown[0] != sent {
		t.Errorf("User-Agent sent %q, shown %q; want authspec both", sent, shown)
	}
}
