package demoapi_test

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/authspec/authspec/examples/demoapi"

	_ "github.com/authspec/authspec/internal/golden" // accepts go test -update
)

var testNow = time.Date(2026, 3, 4, 12, 0, 0, 0, time.UTC)

const (
	stgToken   = "stg_tok_4f8d2a91c7e35b60d1a8"
	liveToken  = "live_tok_b27e90f4a6c1d3852e7f"
	stgKey     = "rk_test_51Hq8ZdemoR3adOnlyK3y"
	liveKey    = "rk_live_51Hq8ZkR3adOnlyXy9m2"
	stgSecret  = "demo-staging-jwt-secret"
	stgIssuer  = "https://auth.staging.demo.example"
	challenge0 = `Bearer realm="demo"`
	challengeI = `Bearer realm="demo", error="invalid_token", error_description="The access token is invalid"`
	challengeE = `Bearer realm="demo", error="invalid_token", error_description="The access token expired"`
	challengeS = `Bearer error="insufficient_scope", scope="accounts.write"`
)

// servers starts a staging and a production instance with a fixed clock.
func servers(t *testing.T) map[string]*httptest.Server {
	t.Helper()
	out := map[string]*httptest.Server{}
	for _, env := range []string{"staging", "production"} {
		opts := demoapi.DefaultOptions(env)
		opts.Now = func() time.Time { return testNow }
		srv := httptest.NewServer(demoapi.New(opts))
		t.Cleanup(srv.Close)
		out[env] = srv
	}
	return out
}

// makeJWT builds an HS256 JWT; alg "none" leaves the signature empty.
func makeJWT(secret, alg string, claims map[string]any) string {
	enc := base64.RawURLEncoding
	h, _ := json.Marshal(map[string]string{"alg": alg, "typ": "JWT"})
	c, _ := json.Marshal(claims)
	signing := enc.EncodeToString(h) + "." + enc.EncodeToString(c)
	if alg == "none" {
		return signing + "."
	}
	m := hmac.New(sha256.New, []byte(secret))
	m.Write([]byte(signing))
	return signing + "." + enc.EncodeToString(m.Sum(nil))
}

func stgJWT(scope string, edit func(map[string]any)) string {
	claims := map[string]any{"iss": stgIssuer, "aud": "demo-api", "sub": "svc_reporting",
		"scope": scope, "exp": testNow.Add(time.Hour).Unix()}
	if edit != nil {
		edit(claims)
	}
	return makeJWT(stgSecret, "HS256", claims)
}

type call struct {
	env     string // default staging
	method  string
	path    string
	headers map[string]string
	basic   []string // user, password
	body    string
}

type result struct {
	status int
	header http.Header
	body   map[string]any
	raw    string
}

func do(t *testing.T, srvs map[string]*httptest.Server, c call) result {
	t.Helper()
	env := c.env
	if env == "" {
		env = "staging"
	}
	var body io.Reader
	if c.body != "" {
		body = strings.NewReader(c.body)
	}
	req, err := http.NewRequest(c.method, srvs[env].URL+c.path, body)
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range c.headers {
		req.Header.Set(k, v)
	}
	if c.basic != nil {
		req.SetBasicAuth(c.basic[0], c.basic[1])
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	r := result{status: resp.StatusCode, header: resp.Header, raw: string(raw)}
	if len(raw) > 0 {
		if ct := resp.Header.Get("Content-Type"); ct != "application/json" {
			t.Errorf("Content-Type = %q, want application/json", ct)
		}
		_ = json.Unmarshal(raw, &r.body)
	}
	return r
}

func bearer(tok string) map[string]string { return map[string]string{"Authorization": "Bearer " + tok} }

func TestBehaviour(t *testing.T) {
	srvs := servers(t)
	admin := []string{"stg-admin", "stg-admin-pass-7d1e"}
	apiKey := func(k string) map[string]string { return map[string]string{"X-API-Key": k} }
	jsonBody := func(tok string) map[string]string {
		return map[string]string{"Authorization": "Bearer " + tok, "Content-Type": "application/json"}
	}
	tests := []struct {
		name      string
		call      call
		status    int
		challenge string // exact WWW-Authenticate; "-" means none
		body      map[string]any
	}{
		{"healthz needs no auth", call{method: "GET", path: "/healthz"}, 200, "-", map[string]any{"status": "ok", "environment": "staging"}},
		{"no credentials", call{method: "GET", path: "/v1/accounts"}, 401, challenge0, map[string]any{"error": "unauthorized"}},
		{"service token lists", call{method: "GET", path: "/v1/accounts", headers: bearer(stgToken)}, 200, "-", map[string]any{"total": 2}},
		{"service token reads", call{method: "GET", path: "/v1/accounts/acc_123", headers: bearer(stgToken)}, 200, "-",
			map[string]any{"id": "acc_123", "plan": "pro", "permissions": []any{"read", "write", "billing"}}},
		{"bearer scheme is case-insensitive", call{method: "GET", path: "/v1/me", headers: map[string]string{"Authorization": "bearer " + stgToken}}, 200, "-",
			map[string]any{"auth": "bearer", "environment": "staging"}},
		{"unknown account", call{method: "GET", path: "/v1/accounts/acc_nope", headers: bearer(stgToken)}, 404, "-", map[string]any{"error": "not_found"}},
		{"production token on staging", call{method: "GET", path: "/v1/accounts", headers: bearer(liveToken)}, 401, challengeI,
			map[string]any{"error": "invalid_token", "error_description": "The access token is invalid"}},
		{"staging token on production", call{env: "production", method: "GET", path: "/v1/accounts", headers: bearer(stgToken)}, 401, challengeI, nil},
		{"production token on production", call{env: "production", method: "GET", path: "/v1/accounts/acc_9001", headers: bearer(liveToken)}, 200, "-",
			map[string]any{"id": "acc_9001"}},
		{"rotated-out token", call{method: "GET", path: "/v1/me", headers: bearer("stg_tok_0a9c3e7b12f4d6e8a5b1")}, 401, challengeI, nil},
		{"doubled prefix", call{method: "GET", path: "/v1/me", headers: bearer("Bearer " + stgToken)}, 401, challengeI, nil},
		{"trailing space", call{method: "GET", path: "/v1/me", headers: map[string]string{"Authorization": "Bearer " + stgToken + " x"}}, 401, challengeI, nil},
		{"empty bearer", call{method: "GET", path: "/v1/me", headers: map[string]string{"Authorization": "Bearer"}}, 401, challenge0, nil},
		{"unsupported scheme", call{method: "GET", path: "/v1/me", headers: map[string]string{"Authorization": "Token " + stgToken}}, 401, challenge0, nil},
		{"token in the query", call{method: "GET", path: "/v1/me?access_token=" + stgToken}, 401,
			`Bearer realm="demo", error="invalid_request", error_description="Send credentials in the Authorization or X-API-Key header, not in the query"`,
			map[string]any{"error": "invalid_request"}},
		{"JWT with read scope reads", call{method: "GET", path: "/v1/accounts/acc_123", headers: bearer(stgJWT("accounts.read", nil))}, 200, "-", nil},
		{"JWT me", call{method: "GET", path: "/v1/me", headers: bearer(stgJWT("accounts.read", nil))}, 200, "-",
			map[string]any{"auth": "jwt", "subject": "svc_reporting", "scopes": []any{"accounts.read"}}},
		{"JWT without write scope cannot delete", call{method: "DELETE", path: "/v1/accounts/acc_123", headers: bearer(stgJWT("accounts.read", nil))}, 403, challengeS,
			map[string]any{"error": "insufficient_scope", "scope": "accounts.write"}},
		{"JWT with write scope deletes", call{method: "DELETE", path: "/v1/accounts/acc_123", headers: bearer(stgJWT("accounts.read accounts.write", nil))}, 204, "-", nil},
		{"expired JWT", call{method: "GET", path: "/v1/accounts", headers: bearer(stgJWT("accounts.read", func(c map[string]any) { c["exp"] = 1700000000 }))}, 401, challengeE,
			map[string]any{"error": "invalid_token", "error_description": "The access token expired"}},
		{"JWT not valid yet", call{method: "GET", path: "/v1/me", headers: bearer(stgJWT("accounts.read", func(c map[string]any) { c["nbf"] = testNow.Add(time.Hour).Unix() }))}, 401,
			`Bearer realm="demo", error="invalid_token", error_description="The access token is not valid yet"`, nil},
		{"JWT for another audience", call{method: "GET", path: "/v1/me", headers: bearer(stgJWT("accounts.read", func(c map[string]any) { c["aud"] = []string{"billing"} }))}, 401,
			`Bearer realm="demo", error="invalid_token", error_description="The access token is meant for another audience"`, nil},
		{"JWT audience list", call{method: "GET", path: "/v1/me", headers: bearer(stgJWT("accounts.read", func(c map[string]any) { c["aud"] = []string{"billing", "demo-api"} }))}, 200, "-", nil},
		{"JWT from another issuer", call{method: "GET", path: "/v1/me", headers: bearer(stgJWT("accounts.read", func(c map[string]any) { c["iss"] = "https://evil.example" }))}, 401,
			`Bearer realm="demo", error="invalid_token", error_description="The access token comes from an untrusted issuer"`, nil},
		{"JWT with a bad signature", call{method: "GET", path: "/v1/me", headers: bearer(makeJWT("other", "HS256", map[string]any{"iss": stgIssuer, "aud": "demo-api"}))}, 401, challengeI, nil},
		{"JWT with alg none", call{method: "GET", path: "/v1/me", headers: bearer(makeJWT("", "none", map[string]any{"iss": stgIssuer, "aud": "demo-api"}))}, 401, challengeI, nil},
		{"read-only key reads", call{method: "GET", path: "/v1/accounts", headers: apiKey(stgKey)}, 200, "-", nil},
		{"read-only key cannot delete", call{method: "DELETE", path: "/v1/accounts/acc_123", headers: apiKey(stgKey)}, 403, "-",
			map[string]any{"error": "forbidden", "message": "key is read-only"}},
		{"read-only key cannot create", call{method: "POST", path: "/v1/accounts", headers: apiKey(stgKey), body: `{"name":"x"}`}, 403, "-", map[string]any{"error": "forbidden"}},
		{"production key on staging", call{method: "GET", path: "/v1/accounts", headers: apiKey(liveKey)}, 401, "-", map[string]any{"error": "invalid_api_key"}},
		{"key in the query", call{method: "GET", path: "/v1/accounts?api_key=" + stgKey}, 401, "", map[string]any{"error": "invalid_request"}},
		{"admin reads", call{method: "GET", path: "/v1/accounts", basic: admin}, 200, "-", nil},
		{"admin deletes", call{method: "DELETE", path: "/v1/accounts/acc_456", basic: admin}, 204, "-", nil},
		{"admin deletes unknown", call{method: "DELETE", path: "/v1/accounts/acc_nope", basic: admin}, 404, "-", nil},
		{"admin wrong password", call{method: "GET", path: "/v1/accounts", basic: []string{"stg-admin", "nope"}}, 401, `Basic realm="demo", charset="UTF-8"`, nil},
		{"create", call{method: "POST", path: "/v1/accounts", headers: jsonBody(stgToken), body: `{"name":"Acme Labs","plan":"pro"}`}, 201, "-",
			map[string]any{"name": "Acme Labs", "plan": "pro"}},
		{"create without name", call{method: "POST", path: "/v1/accounts", headers: jsonBody(stgToken), body: `{"plan":"pro"}`}, 422, "-",
			map[string]any{"error": "validation_failed", "field": "name"}},
		{"create with empty name", call{method: "POST", path: "/v1/accounts", headers: jsonBody(stgToken), body: `{"name":""}`}, 422, "-", map[string]any{"field": "name"}},
		{"create with bad plan", call{method: "POST", path: "/v1/accounts", headers: jsonBody(stgToken), body: `{"name":"a","plan":"gold"}`}, 422, "-", map[string]any{"field": "plan"}},
		{"create with malformed JSON", call{method: "POST", path: "/v1/accounts", headers: jsonBody(stgToken), body: `{"name": "Acme"`}, 400, "-", map[string]any{"error": "invalid_json"}},
		{"create with an array", call{method: "POST", path: "/v1/accounts", headers: jsonBody(stgToken), body: `[]`}, 400, "-", map[string]any{"error": "invalid_json"}},
		{"create with trailing data", call{method: "POST", path: "/v1/accounts", headers: jsonBody(stgToken), body: `{"name":"a"} {}`}, 400, "-", nil},
		{"create checks auth before the body", call{method: "POST", path: "/v1/accounts", body: `{`}, 401, challenge0, nil},
		{"method not allowed", call{method: "PUT", path: "/v1/accounts/acc_123", headers: bearer(stgToken)}, 405, "-", map[string]any{"error": "method_not_allowed"}},
		{"unknown route", call{method: "GET", path: "/v2/nothing"}, 404, "-", map[string]any{"error": "not_found"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := do(t, srvs, tt.call)
			if r.status != tt.status {
				t.Fatalf("status = %d, want %d; body %s", r.status, tt.status, r.raw)
			}
			got := r.header.Get("WWW-Authenticate")
			switch tt.challenge {
			case "":
			case "-":
				if got != "" {
					t.Errorf("WWW-Authenticate = %q, want none", got)
				}
			default:
				if got != tt.challenge {
					t.Errorf("WWW-Authenticate = %q, want %q", got, tt.challenge)
				}
			}
			checkBody(t, r, tt.body)
		})
	}
}

func checkBody(t *testing.T, r result, want map[string]any) {
	t.Helper()
	for k, v := range want {
		if fmt.Sprint(r.body[k]) != fmt.Sprint(v) {
			t.Errorf("body %s = %v, want %v (body %s)", k, r.body[k], v, r.raw)
		}
	}
}

func TestCreateSetsLocation(t *testing.T) {
	r := do(t, servers(t), call{method: "POST", path: "/v1/accounts", headers: bearer(stgToken), body: `{"name":"n"}`})
	if want := "/v1/accounts/" + fmt.Sprint(r.body["id"]); r.header.Get("Location") != want {
		t.Errorf("Location = %q, want %q", r.header.Get("Location"), want)
	}
}

func TestMethodNotAllowedListsMethods(t *testing.T) {
	r := do(t, servers(t), call{method: "PATCH", path: "/v1/accounts"})
	if r.status != 405 || r.header.Get("Allow") != "GET, POST" {
		t.Errorf("got %d Allow %q, want 405 Allow \"GET, POST\"", r.status, r.header.Get("Allow"))
	}
}

func TestUnknownEnvironmentAcceptsNothing(t *testing.T) {
	srv := httptest.NewServer(demoapi.New(demoapi.DefaultOptions("qa")))
	defer srv.Close()
	form := url.Values{"grant_type": {"client_credentials"}, "client_id": {""}, "client_secret": {""}}
	resp, err := http.PostForm(srv.URL+"/oauth2/token", form)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 401 {
		t.Errorf("empty client accepted: %d", resp.StatusCode)
	}
}
