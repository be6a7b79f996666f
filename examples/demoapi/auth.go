package demoapi

import (
	"crypto/hmac"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"encoding/json"
	"net/http"
	"slices"
	"strings"
	"time"
)

// principal is who a request authenticated as.
type principal struct {
	method  string // bearer | oauth2 | jwt | basic | api_key
	subject string
	scopes  []string
}

func (p *principal) has(scope string) bool { return slices.Contains(p.scopes, scope) }

// authError is a rejected request: status, challenge and JSON body.
type authError struct {
	status    int
	challenge string // WWW-Authenticate; empty for none
	body      any
}

func (e *authError) write(w http.ResponseWriter) {
	if e.challenge != "" {
		w.Header().Set("WWW-Authenticate", e.challenge)
	}
	writeJSON(w, e.status, e.body)
}

// guard authenticates the request, then requires scope ("" for none).
func (a *api) guard(scope string, h func(http.ResponseWriter, *http.Request, *principal)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		p, aerr := a.authenticate(r)
		if aerr != nil {
			aerr.write(w)
			return
		}
		if scope != "" && !p.has(scope) {
			if p.method == "api_key" {
				writeJSON(w, http.StatusForbidden, errorBody("forbidden", "key is read-only"))
				return
			}
			w.Header().Set("WWW-Authenticate", `Bearer error="insufficient_scope", scope="`+scope+`"`)
			writeJSON(w, http.StatusForbidden, map[string]string{
				"error":             "insufficient_scope",
				"error_description": "The access token lacks the scope " + scope,
				"scope":             scope,
			})
			return
		}
		h(w, r, p)
	}
}

// authenticate reads the Authorization header, then X-API-Key.
func (a *api) authenticate(r *http.Request) (*principal, *authError) {
	if h := r.Header.Get("Authorization"); h != "" {
		scheme, rest, _ := strings.Cut(h, " ")
		switch strings.ToLower(scheme) {
		case "bearer":
			return a.bearer(rest)
		case "basic":
			return a.basic(r)
		default:
			e := a.noCredentials()
			e.body = errorBody("unauthorized", "unsupported authorization scheme; use Bearer, Basic or X-API-Key")
			return nil, e
		}
	}
	if vs, ok := r.Header["X-Api-Key"]; ok {
		key := strings.Join(vs, ",")
		if key != "" && containsSecret(a.opts.ReadOnlyKeys, key) {
			return &principal{method: "api_key", subject: "readonly_key", scopes: []string{ScopeRead}}, nil
		}
		return nil, &authError{status: http.StatusUnauthorized,
			body: errorBody("invalid_api_key", "The API key is invalid")}
	}
	q := r.URL.Query()
	if q.Has("access_token") || q.Has("api_key") {
		return nil, &authError{
			status:    http.StatusUnauthorized,
			challenge: a.bearerChallenge("invalid_request", "Send credentials in the Authorization or X-API-Key header, not in the query"),
			body:      map[string]string{"error": "invalid_request", "error_description": "credentials in the query string are not accepted"},
		}
	}
	return nil, a.noCredentials()
}

// noCredentials is RFC 6750 section 3.1: no error code when no credentials came.
func (a *api) noCredentials() *authError {
	return &authError{status: http.StatusUnauthorized, challenge: a.bearerChallenge("", ""),
		body: errorBody("unauthorized", "authentication required")}
}

func (a *api) invalidToken(desc string) *authError {
	return &authError{status: http.StatusUnauthorized, challenge: a.bearerChallenge("invalid_token", desc),
		body: map[string]string{"error": "invalid_token", "error_description": desc}}
}

func (a *api) bearerChallenge(code, desc string) string {
	s := `Bearer realm="` + a.opts.Realm + `"`
	if code != "" {
		s += `, error="` + code + `"`
	}
	if desc != "" {
		s += `, error_description="` + desc + `"`
	}
	return s
}

const (
	descInvalid = "The access token is invalid"
	descExpired = "The access token expired"
)

func (a *api) bearer(tok string) (*principal, *authError) {
	if tok == "" {
		return nil, a.noCredentials()
	}
	if containsSecret(a.opts.ServiceTokens, tok) {
		return &principal{method: "bearer", subject: "service_token", scopes: []string{ScopeRead, ScopeWrite}}, nil
	}
	a.mu.Lock()
	it, ok := a.issued[tok]
	a.mu.Unlock()
	if ok {
		if !a.opts.Now().Before(it.expires) {
			return nil, a.invalidToken(descExpired)
		}
		return &principal{method: "oauth2", subject: it.subject, scopes: it.scopes}, nil
	}
	if strings.Count(tok, ".") == 2 {
		return a.jwt(tok)
	}
	return nil, a.invalidToken(descInvalid)
}

// jwt decodes a JWT; it verifies the HS256 signature only when a secret
// is configured, then checks exp, nbf, aud and iss.
func (a *api) jwt(tok string) (*principal, *authError) {
	parts := strings.Split(tok, ".")
	var hdr struct {
		Alg string `json:"alg"`
	}
	if !decodeSegment(parts[0], &hdr) {
		return nil, a.invalidToken(descInvalid)
	}
	if a.opts.JWTSecret != "" {
		mac := hmac.New(sha256.New, []byte(a.opts.JWTSecret))
		mac.Write([]byte(parts[0] + "." + parts[1]))
		sig, err := base64.RawURLEncoding.DecodeString(parts[2])
		if hdr.Alg != "HS256" || err != nil || !hmac.Equal(sig, mac.Sum(nil)) {
			return nil, a.invalidToken(descInvalid)
		}
	}
	var c struct {
		Iss   string   `json:"iss"`
		Sub   string   `json:"sub"`
		Aud   any      `json:"aud"`
		Exp   *float64 `json:"exp"`
		Nbf   *float64 `json:"nbf"`
		Scope string   `json:"scope"`
	}
	if !decodeSegment(parts[1], &c) {
		return nil, a.invalidToken(descInvalid)
	}
	now := a.opts.Now()
	switch {
	case c.Exp != nil && !now.Before(time.Unix(int64(*c.Exp), 0)):
		return nil, a.invalidToken(descExpired)
	case c.Nbf != nil && now.Before(time.Unix(int64(*c.Nbf), 0)):
		return nil, a.invalidToken("The access token is not valid yet")
	case a.opts.JWTAudience != "" && !audienceHas(c.Aud, a.opts.JWTAudience):
		return nil, a.invalidToken("The access token is meant for another audience")
	case a.opts.JWTIssuer != "" && c.Iss != a.opts.JWTIssuer:
		return nil, a.invalidToken("The access token comes from an untrusted issuer")
	}
	return &principal{method: "jwt", subject: c.Sub, scopes: strings.Fields(c.Scope)}, nil
}

func decodeSegment(seg string, v any) bool {
	b, err := base64.RawURLEncoding.DecodeString(strings.TrimRight(seg, "="))
	return err == nil && json.Unmarshal(b, v) == nil
}

func audienceHas(aud any, want string) bool {
	switch v := aud.(type) {
	case string:
		return v == want
	case []any:
		return slices.Contains(v, any(want))
	}
	return false
}

func (a *api) basic(r *http.Request) (*principal, *authError) {
	u, p, ok := r.BasicAuth()
	if ok && a.isAdmin(u, p) {
		return &principal{method: "basic", subject: u, scopes: []string{ScopeRead, ScopeWrite, "admin"}}, nil
	}
	return nil, &authError{status: http.StatusUnauthorized,
		challenge: `Basic realm="` + a.opts.Realm + `", charset="UTF-8"`,
		body:      errorBody("unauthorized", "invalid username or password")}
}

func (a *api) isAdmin(user, pass string) bool {
	return a.opts.AdminUser != "" && eqSecret(user, a.opts.AdminUser) && eqSecret(pass, a.opts.AdminPassword)
}

func (a *api) isClient(id, secret string) bool {
	return a.opts.ClientID != "" && eqSecret(id, a.opts.ClientID) && eqSecret(secret, a.opts.ClientSecret)
}

func eqSecret(got, want string) bool {
	return subtle.ConstantTimeCompare([]byte(got), []byte(want)) == 1
}

func containsSecret(list []string, v string) bool {
	found := false
	for _, s := range list {
		if eqSecret(v, s) {
			found = true
		}
	}
	return found
}
