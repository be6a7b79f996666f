package demoapi_test

import (
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/authspec/authspec/examples/demoapi"
)

const (
	stgClient       = "stg_client_reporting"
	stgClientSecret = "stg_secret_9b3c55e0a1"
)

var formHeader = map[string]string{"Content-Type": "application/x-www-form-urlencoded"}

func tokenCall(env string, basic []string, form url.Values) call {
	return call{env: env, method: "POST", path: "/oauth2/token", headers: formHeader, basic: basic, body: form.Encode()}
}

func TestTokenEndpoint(t *testing.T) {
	srvs := servers(t)
	cc := url.Values{"grant_type": {"client_credentials"}}
	invalidClient := map[string]any{"error": "invalid_client", "error_description": "Client authentication failed"}
	tests := []struct {
		name      string
		call      call
		status    int
		challenge string
		body      map[string]any
	}{
		{"admin via Basic", tokenCall("", []string{"stg-admin", "stg-admin-pass-7d1e"}, cc), 200, "",
			map[string]any{"token_type": "Bearer", "expires_in": 3600, "scope": "accounts.read accounts.write"}},
		{"client via Basic", tokenCall("", []string{stgClient, stgClientSecret}, cc), 200, "",
			map[string]any{"token_type": "Bearer", "scope": "accounts.read"}},
		{"client via form", tokenCall("", nil, url.Values{"grant_type": {"client_credentials"},
			"client_id": {stgClient}, "client_secret": {stgClientSecret}, "scope": {"accounts.read"}}), 200, "", map[string]any{"scope": "accounts.read"}},
		{"wrong secret via Basic", tokenCall("", []string{stgClient, "nope"}, cc), 401, `Basic realm="demo"`, invalidClient},
		{"wrong secret via form", tokenCall("", nil, url.Values{"grant_type": {"client_credentials"},
			"client_id": {stgClient}, "client_secret": {"nope"}}), 401, "", invalidClient},
		{"staging client on production", tokenCall("production", []string{stgClient, stgClientSecret}, cc), 401, `Basic realm="demo"`, invalidClient},
		{"no client authentication", tokenCall("", nil, cc), 401, "", invalidClient},
		{"missing grant_type", tokenCall("", []string{stgClient, stgClientSecret}, url.Values{}), 400, "", map[string]any{"error": "invalid_request"}},
		{"unsupported grant", tokenCall("", []string{stgClient, stgClientSecret}, url.Values{"grant_type": {"password"}}), 400, "",
			map[string]any{"error": "unsupported_grant_type"}},
		{"scope beyond the client's", tokenCall("", []string{stgClient, stgClientSecret},
			url.Values{"grant_type": {"client_credentials"}, "scope": {"accounts.write"}}), 400, "", map[string]any{"error": "invalid_scope"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := do(t, srvs, tt.call)
			if r.status != tt.status {
				t.Fatalf("status = %d, want %d; body %s", r.status, tt.status, r.raw)
			}
			if got := r.header.Get("WWW-Authenticate"); got != tt.challenge {
				t.Errorf("WWW-Authenticate = %q, want %q", got, tt.challenge)
			}
			if got := r.header.Get("Cache-Control"); got != "no-store" {
				t.Errorf("Cache-Control = %q, want no-store", got)
			}
			checkBody(t, r, tt.body)
		})
	}
}

func TestIssuedTokens(t *testing.T) {
	srvs := servers(t)
	cc := url.Values{"grant_type": {"client_credentials"}}
	issue := func(env string, basic []string) string {
		t.Helper()
		r := do(t, srvs, tokenCall(env, basic, cc))
		tok, _ := r.body["access_token"].(string)
		if r.status != 200 || tok == "" {
			t.Fatalf("token: %d %s", r.status, r.raw)
		}
		return tok
	}
	adminTok := issue("staging", []string{"stg-admin", "stg-admin-pass-7d1e"})
	if !strings.HasPrefix(adminTok, "stg_at_") {
		t.Errorf("staging token %q lacks the stg_at_ prefix", adminTok)
	}
	clientTok := issue("staging", []string{stgClient, stgClientSecret})
	liveTok := issue("production", []string{"ops-admin", "live-admin-pass-2c9a"})

	tests := []struct {
		name   string
		call   call
		status int
		body   map[string]any
	}{
		{"admin token on /v1/me", call{method: "GET", path: "/v1/me", headers: bearer(adminTok)}, 200,
			map[string]any{"auth": "oauth2", "subject": "stg-admin", "environment": "staging"}},
		{"admin token deletes", call{method: "DELETE", path: "/v1/accounts/acc_123", headers: bearer(adminTok)}, 204, nil},
		{"client token reads", call{method: "GET", path: "/v1/accounts", headers: bearer(clientTok)}, 200, nil},
		{"client token cannot delete", call{method: "DELETE", path: "/v1/accounts/acc_123", headers: bearer(clientTok)}, 403,
			map[string]any{"error": "insufficient_scope"}},
		{"production token on staging", call{method: "GET", path: "/v1/me", headers: bearer(liveTok)}, 401, map[string]any{"error": "invalid_token"}},
		{"production token on production", call{env: "production", method: "GET", path: "/v1/me", headers: bearer(liveTok)}, 200,
			map[string]any{"environment": "production"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := do(t, srvs, tt.call)
			if r.status != tt.status {
				t.Fatalf("status = %d, want %d; body %s", r.status, tt.status, r.raw)
			}
			checkBody(t, r, tt.body)
		})
	}
}

func TestIssuedTokenExpires(t *testing.T) {
	var now atomic.Int64
	now.Store(testNow.Unix())
	opts := demoapi.DefaultOptions("staging")
	opts.Now = func() time.Time { return time.Unix(now.Load(), 0) }
	srv := httptest.NewServer(demoapi.New(opts))
	defer srv.Close()
	srvs := map[string]*httptest.Server{"staging": srv}

	r := do(t, srvs, tokenCall("", []string{stgClient, stgClientSecret}, url.Values{"grant_type": {"client_credentials"}}))
	tok, _ := r.body["access_token"].(string)
	if r := do(t, srvs, call{method: "GET", path: "/v1/me", headers: bearer(tok)}); r.status != 200 {
		t.Fatalf("fresh token: %d", r.status)
	}
	now.Add(3600)
	r = do(t, srvs, call{method: "GET", path: "/v1/me", headers: bearer(tok)})
	if got := r.header.Get("WWW-Authenticate"); r.status != 401 || got != challengeE {
		t.Errorf("after expiry: %d %q, want 401 %q", r.status, got, challengeE)
	}
}

// TestConcurrentUse is for -race: tokens issued and used at the same time.
func TestConcurrentUse(t *testing.T) {
	srvs := servers(t)
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			form := url.Values{"grant_type": {"client_credentials"}, "client_id": {stgClient}, "client_secret": {stgClientSecret}}
			resp, err := http.PostForm(srvs["staging"].URL+"/oauth2/token", form)
			if err != nil {
				t.Error(err)
				return
			}
			resp.Body.Close()
			req, _ := http.NewRequest("GET", srvs["staging"].URL+"/v1/accounts", nil)
			req.Header.Set("Authorization", "Bearer "+stgToken)
			if resp, err := http.DefaultClient.Do(req); err == nil {
				resp.Body.Close()
			}
		}()
	}
	wg.Wait()
}
