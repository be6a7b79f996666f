package main

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"github.com/rogpeppe/go-internal/testscript"
)

// The zoo API enforces the security of testdata/script/openapi_*.txtar's
// document (zoo.tmpl.yaml), with two deliberate drifts: GET
// /animals/{animalId} forgot its check (it answers without credentials,
// though the document secures it) and GET /health refuses requests
// without credentials (though the document declares it public).
const (
	zooClientID     = "zoo-client"
	zooClientSecret = "zoo-client-secret-4f7a91"
	zooAPIKey       = "zoo-api-key-8c2e55"
)

// zooAPI is exported as OPENAPI_URL in the openapi_*.txtar scripts.
type zooAPI struct {
	mu     sync.Mutex
	tokens map[string][]string // access token → its scopes
}

func serveZoo(serve func(name string, h http.Handler)) {
	serve("OPENAPI", &zooAPI{tokens: map[string][]string{}})
}

func (z *zooAPI) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	switch {
	case r.Method == http.MethodPost && r.URL.Path == "/oauth/token":
		z.token(w, r)
	case r.Method == http.MethodGet && r.URL.Path == "/status":
		z.answer(w, http.StatusOK, `{"status":"ok"}`)
	case r.Method == http.MethodGet && r.URL.Path == "/health":
		z.require(w, r, "", http.StatusOK, `{"healthy":true}`) // drift: the document says public
	case r.Method == http.MethodGet && r.URL.Path == "/animals":
		z.require(w, r, "animals:read", http.StatusOK, `[{"id":7,"name":"Rex"}]`)
	case r.Method == http.MethodPost && r.URL.Path == "/animals":
		z.require(w, r, "animals:write", http.StatusCreated, `{"id":8,"name":"Rex"}`)
	case r.Method == http.MethodGet && strings.HasPrefix(r.URL.Path, "/animals/"):
		z.answer(w, http.StatusOK, `{"id":7,"name":"Rex"}`) // drift: no check at all
	default:
		z.answer(w, http.StatusNotFound, `{"error":"not found"}`)
	}
}

// require lets the request through with a valid API key, or a bearer
// token that has scope (any valid token when scope is ""): 401 without a
// valid credential, 403 for a token without the scope.
func (z *zooAPI) require(w http.ResponseWriter, r *http.Request, scope string, status int, body string) {
	if r.Header.Get("X-API-Key") == zooAPIKey && r.Method == http.MethodGet {
		z.answer(w, status, body)
		return
	}
	tok, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	z.mu.Lock()
	scopes, known := z.tokens[tok]
	z.mu.Unlock()
	switch {
	case !ok || !known:
		w.Header().Set("WWW-Authenticate", `Bearer realm="zoo"`)
		z.answer(w, http.StatusUnauthorized, `{"error":"unauthorized"}`)
	case scope != "" && !slices.Contains(scopes, scope):
		w.Header().Set("WWW-Authenticate", `Bearer realm="zoo", error="insufficient_scope", scope="`+scope+`"`)
		z.answer(w, http.StatusForbidden, `{"error":"insufficient_scope"}`)
	default:
		z.answer(w, status, body)
	}
}

// token is the client credentials grant: the client's id and secret (in
// the form or as Basic) buy a token with the scopes asked for.
func (z *zooAPI) token(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil || r.PostForm.Get("grant_type") != "client_credentials" {
		z.answer(w, http.StatusBadRequest, `{"error":"unsupported_grant_type"}`)
		return
	}
	id, secret, basic := r.BasicAuth()
	if !basic {
		id, secret = r.PostForm.Get("client_id"), r.PostForm.Get("client_secret")
	}
	if id != zooClientID || secret != zooClientSecret {
		z.answer(w, http.StatusUnauthorized, `{"error":"invalid_client"}`)
		return
	}
	// The same scopes buy the same token, so its fingerprint in the
	// output is the same from run to run.
	scopes := strings.Fields(r.PostForm.Get("scope"))
	sum := sha256.Sum256([]byte(zooClientSecret + " " + strings.Join(scopes, " ")))
	tok := "zoo-" + hex.EncodeToString(sum[:16])
	z.mu.Lock()
	z.tokens[tok] = scopes
	z.mu.Unlock()
	_ = json.NewEncoder(w).Encode(map[string]any{"access_token": tok, "token_type": "Bearer", "expires_in": 3600, "scope": strings.Join(scopes, " ")})
}

func (z *zooAPI) answer(w http.ResponseWriter, status int, body string) {
	w.WriteHeader(status)
	_, _ = w.Write([]byte(body))
}

// cmdExpand writes IN to OUT with $NAME and ${NAME} replaced by the
// script's variables: a document that names a server started for the
// script.
func cmdExpand(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: expand IN OUT")
	}
	out := ts.MkAbs(args[1])
	ts.Check(os.MkdirAll(filepath.Dir(out), 0o777))
	ts.Check(os.WriteFile(out, []byte(os.Expand(ts.ReadFile(args[0]), ts.Getenv)), 0o666))
}
