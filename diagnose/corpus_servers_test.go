package diagnose

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"slices"
	"strings"
	"time"
)

// Classes of real APIs, as test servers. Each decides by itself, the way
// the real thing does; none of them knows what the test expects.

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

// serverClaims decodes a JWT payload independently of the package under
// test, as a resource server's middleware would (minus the signature).
func serverClaims(tok string) (map[string]any, bool) {
	parts := strings.Split(tok, ".")
	if len(parts) != 3 {
		return nil, false
	}
	if _, err := base64.RawURLEncoding.DecodeString(parts[0]); err != nil {
		return nil, false
	}
	raw, err := base64.RawURLEncoding.DecodeString(parts[1])
	if err != nil {
		return nil, false
	}
	var m map[string]any
	if json.Unmarshal(raw, &m) != nil {
		return nil, false
	}
	return m, true
}

func claimTime(m map[string]any, k string) (time.Time, bool) {
	f, ok := m[k].(float64)
	return time.Unix(int64(f), 0), ok
}

func claimList(v any, split bool) []string {
	switch v := v.(type) {
	case string:
		if split {
			return strings.Fields(v)
		}
		return []string{v}
	case []any:
		var out []string
		for _, e := range v {
			if s, ok := e.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

// resourceServer is an OAuth 2.0 resource server answering RFC 6750
// challenges. It accepts JWTs (checking exp, nbf, iss, aud and scope) and
// opaque tokens it knows.
type resourceServer struct {
	iss, aud string
	opaque   map[string][]string // token → scopes
	revoked  map[string]bool
	need     map[string]string // "METHOD /path" → required scope
	inBody   bool              // errors in a JSON body, no error in the challenge
	noError  bool              // never states an error code
}

func (rs resourceServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	fail := func(status int, code, desc, scope string) {
		ch := `Bearer realm="api"`
		if code != "" && !rs.inBody && !rs.noError {
			ch += fmt.Sprintf(`, error="%s", error_description="%s"`, code, desc)
			if scope != "" {
				ch += fmt.Sprintf(`, scope="%s"`, scope)
			}
		}
		w.Header().Set("WWW-Authenticate", ch)
		body := map[string]any{"message": http.StatusText(status)}
		if rs.inBody && code != "" {
			body = map[string]any{"error": code, "error_description": desc}
		}
		writeJSON(w, status, body)
	}
	authz := r.Header.Get("Authorization")
	scheme, tok, ok := strings.Cut(authz, " ")
	if authz == "" {
		fail(401, "", "", "")
		return
	}
	if !ok || !strings.EqualFold(scheme, "Bearer") {
		fail(401, "invalid_request", "expected a Bearer token", "")
		return
	}
	var scopes []string
	if claims, isJWT := serverClaims(tok); isJWT {
		if exp, ok := claimTime(claims, "exp"); ok && time.Now().After(exp) {
			fail(401, "invalid_token", "The access token expired", "")
			return
		}
		if nbf, ok := claimTime(claims, "nbf"); ok && time.Now().Before(nbf) {
			fail(401, "invalid_token", "The access token is not yet valid", "")
			return
		}
		if rs.iss != "" && claims["iss"] != rs.iss {
			fail(401, "invalid_token", "Issuer mismatch", "")
			return
		}
		if rs.aud != "" && !slices.Contains(claimList(claims["aud"], false), rs.aud) {
			fail(401, "invalid_token", "Audience mismatch", "")
			return
		}
		scopes = claimList(claims["scope"], true)
	} else if rs.revoked[tok] {
		fail(401, "invalid_token", "The access token was revoked", "")
		return
	} else if s, known := rs.opaque[tok]; known {
		scopes = s
	} else {
		fail(401, "invalid_token", "Unknown or malformed token", "")
		return
	}
	if need := rs.need[r.Method+" "+r.URL.Path]; need != "" && !slices.Contains(scopes, need) {
		fail(403, "insufficient_scope", "The request requires higher privileges", need)
		return
	}
	writeJSON(w, 200, map[string]any{"id": "acc_123"})
}

// apiGateway answers like a cloud API gateway with API keys: 403 for
// everything it does not like, with a terse JSON message.
type apiGateway struct {
	keys    map[string]bool
	allowed map[string]bool // "METHOD" allowed for valid keys
}

func (g apiGateway) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	key := r.Header.Get("X-API-Key")
	switch {
	case key == "" && r.Header.Get("Authorization") == "":
		writeJSON(w, 403, map[string]any{"message": "Missing Authentication Token"})
	case !g.keys[key]:
		writeJSON(w, 403, map[string]any{"message": "Forbidden"})
	case !g.allowed[r.Method]:
		writeJSON(w, 403, map[string]any{"message": "User is not authorized to access this resource"})
	default:
		writeJSON(w, 200, map[string]any{"ok": true})
	}
}

// stripeLike is a payments API with secret keys as Bearer tokens or as the
// Basic username; one server is either test mode or live mode.
type stripeLike struct{ keys map[string]bool }

func (s stripeLike) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	key := ""
	if u, _, ok := r.BasicAuth(); ok {
		key = u
	} else if scheme, tok, ok := strings.Cut(r.Header.Get("Authorization"), " "); ok && strings.EqualFold(scheme, "bearer") {
		key = tok
	}
	if !s.keys[key] {
		w.Header().Set("WWW-Authenticate", `Basic realm="Stripe"`)
		masked := "****"
		if len(key) > 12 {
			masked = key[:8] + "****" + key[len(key)-4:]
		}
		msg := "You did not provide an API key."
		if key != "" {
			msg = "Invalid API Key provided: " + masked
		}
		writeJSON(w, 401, map[string]any{"error": map[string]any{"type": "invalid_request_error", "message": msg}})
		return
	}
	writeJSON(w, 200, map[string]any{"object": "balance"})
}

// basicOnly is an admin endpoint behind HTTP Basic (an nginx auth_basic).
type basicOnly struct {
	user, pass string
	challenge  string
}

func (b basicOnly) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	u, p, ok := r.BasicAuth()
	if !ok || u != b.user || p != b.pass {
		ch := b.challenge
		if ch == "" {
			ch = `Basic realm="admin", charset="UTF-8"`
		}
		w.Header().Set("WWW-Authenticate", ch)
		w.Header().Set("Content-Type", "text/plain")
		w.WriteHeader(401)
		_, _ = io.WriteString(w, "401 Unauthorized\n")
		return
	}
	writeJSON(w, 200, map[string]any{"admin": true})
}

// keyAPI takes an API key in a header or a query parameter and compares it
// byte for byte; 401 with a JSON message otherwise.
type keyAPI struct {
	header, query string
	key           string
	echo          bool // the error message repeats the key it got (a bad practice seen in the wild)
}

func (k keyAPI) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	got := ""
	if k.header != "" {
		got = r.Header.Get(k.header)
	} else {
		got = r.URL.Query().Get(k.query)
	}
	switch {
	case got == "" && k.header != "":
		writeJSON(w, 401, map[string]any{"message": "Missing " + strings.ToLower(k.header) + " header"})
	case got == "":
		writeJSON(w, 401, map[string]any{"error": "missing api key"})
	case got != k.key && k.echo:
		writeJSON(w, 401, map[string]any{"message": "API key " + got + " is not valid"})
	case got != k.key:
		writeJSON(w, 401, map[string]any{"error": "invalid api key"})
	default:
		writeJSON(w, 200, map[string]any{"ok": true})
	}
}

// fixed always answers the same thing: block pages, rate limiters,
// allowlists, plan limits, APIs that accept anything.
type fixed struct {
	status  int
	header  map[string]string
	body    string
	onlyIf  func(*http.Request) bool // when false, answer 200 instead
	elseSts int
}

func (f fixed) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if f.onlyIf != nil && !f.onlyIf(r) {
		sts := f.elseSts
		if sts == 0 {
			sts = 200
		}
		writeJSON(w, sts, map[string]any{"ok": sts < 300})
		return
	}
	for k, v := range f.header {
		w.Header().Set(k, v)
	}
	if w.Header().Get("Content-Type") == "" {
		w.Header().Set("Content-Type", "application/json")
	}
	w.WriteHeader(f.status)
	_, _ = io.WriteString(w, f.body)
}

const cloudflarePage = `<!DOCTYPE html>
<html lang="en-US"><head><title>Attention Required! | Cloudflare</title></head>
<body><div class="cf-error-details"><h1>Sorry, you have been blocked</h1>
<h2>You are unable to access api.example.com</h2>
<p>Cloudflare Ray ID: <strong>8a1b2c3d4e5f6789</strong></p></div></body></html>`

const akamaiPage = `<HTML><HEAD>
<TITLE>Access Denied</TITLE>
</HEAD><BODY>
<H1>Access Denied</H1>
You don't have permission to access "http&#58;&#47;&#47;api&#46;example&#46;com&#47;v1&#47;accounts" on this server.<P>
Reference&#32;&#35;18&#46;2f3c1002&#46;1700000000&#46;1a2b3c
</BODY>
</HTML>`

const nginxPage = `<html>
<head><title>403 Forbidden</title></head>
<body>
<center><h1>403 Forbidden</h1></center>
<hr><center>nginx</center>
</body>
</html>`

func hasAuth(r *http.Request) bool { return r.Header.Get("Authorization") != "" }
