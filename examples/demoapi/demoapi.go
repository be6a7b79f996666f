package demoapi

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"slices"
	"strings"
	"sync"
	"time"
)

type api struct {
	opts Options
	mux  *http.ServeMux

	mu     sync.Mutex
	issued map[string]issuedToken // tokens from POST /oauth2/token
}

type issuedToken struct {
	subject string
	scopes  []string
	expires time.Time
}

// New returns the demo API configured by opts.
func New(opts Options) http.Handler {
	if opts.Realm == "" {
		opts.Realm = "demo"
	}
	if opts.TokenTTL <= 0 {
		opts.TokenTTL = time.Hour
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	a := &api{opts: opts, mux: http.NewServeMux(), issued: map[string]issuedToken{}}
	a.mux.HandleFunc("GET /healthz", a.healthz)
	a.mux.HandleFunc("POST /oauth2/token", a.token)
	a.mux.HandleFunc("GET /v1/me", a.guard("", a.me))
	a.mux.HandleFunc("GET /v1/accounts", a.guard(ScopeRead, a.listAccounts))
	a.mux.HandleFunc("POST /v1/accounts", a.guard(ScopeWrite, a.createAccount))
	a.mux.HandleFunc("GET /v1/accounts/{id}", a.guard(ScopeRead, a.getAccount))
	a.mux.HandleFunc("DELETE /v1/accounts/{id}", a.guard(ScopeWrite, a.deleteAccount))
	a.mux.HandleFunc("/", a.notFound)
	return a.mux
}

func (a *api) healthz(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, map[string]any{"status": "ok", "environment": a.opts.Environment})
}

func (a *api) me(w http.ResponseWriter, r *http.Request, p *principal) {
	writeJSON(w, http.StatusOK, map[string]any{
		"subject":     p.subject,
		"auth":        p.method,
		"scopes":      p.scopes,
		"environment": a.opts.Environment,
	})
}

func (a *api) listAccounts(w http.ResponseWriter, r *http.Request, p *principal) {
	accounts := a.opts.Accounts
	if accounts == nil {
		accounts = []Account{}
	}
	writeJSON(w, http.StatusOK, map[string]any{"accounts": accounts, "total": len(accounts)})
}

func (a *api) account(id string) (Account, bool) {
	i := slices.IndexFunc(a.opts.Accounts, func(acc Account) bool { return acc.ID == id })
	if i < 0 {
		return Account{}, false
	}
	return a.opts.Accounts[i], true
}

func (a *api) getAccount(w http.ResponseWriter, r *http.Request, p *principal) {
	acc, ok := a.account(r.PathValue("id"))
	if !ok {
		writeJSON(w, http.StatusNotFound, errorBody("not_found", "no account with this id"))
		return
	}
	writeJSON(w, http.StatusOK, acc)
}

// deleteAccount answers as if the account were deleted, without deleting
// it, so that suites can run in any order.
func (a *api) deleteAccount(w http.ResponseWriter, r *http.Request, p *principal) {
	if _, ok := a.account(r.PathValue("id")); !ok {
		writeJSON(w, http.StatusNotFound, errorBody("not_found", "no account with this id"))
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

var plans = []string{"free", "pro", "enterprise"}

// createAccount validates the body and answers 201 with the account it
// would create; nothing is stored.
func (a *api) createAccount(w http.ResponseWriter, r *http.Request, p *principal) {
	var in map[string]any
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, 1<<20))
	err := dec.Decode(&in)
	if err == nil && dec.Decode(new(any)) != io.EOF {
		err = errors.New("trailing data after the JSON value")
	}
	if err != nil || in == nil {
		msg := "the body must be a JSON object"
		if err != nil {
			msg += ": " + err.Error()
		}
		writeJSON(w, http.StatusBadRequest, errorBody("invalid_json", msg))
		return
	}
	name, _ := in["name"].(string)
	if name == "" {
		writeJSON(w, http.StatusUnprocessableEntity, map[string]string{
			"error": "validation_failed", "field": "name", "message": "name is required"})
		return
	}
	plan := "free"
	if v, ok := in["plan"]; ok {
		s, _ := v.(string)
		if !slices.Contains(plans, s) {
			writeJSON(w, http.StatusUnprocessableEntity, map[string]string{
				"error": "validation_failed", "field": "plan", "message": "plan must be one of free, pro, enterprise"})
			return
		}
		plan = s
	}
	acc := Account{ID: "acc_" + randomHex(6), Name: name, Plan: plan, Permissions: []string{"read", "write"}}
	w.Header().Set("Location", "/v1/accounts/"+acc.ID)
	writeJSON(w, http.StatusCreated, acc)
}

// notFound answers every unrouted request: 405 when the path exists with
// another method, else 404, both as JSON.
func (a *api) notFound(w http.ResponseWriter, r *http.Request) {
	var allow []string
	for _, m := range []string{http.MethodGet, http.MethodPost, http.MethodDelete} {
		probe := r.Clone(r.Context())
		probe.Method = m
		if _, pattern := a.mux.Handler(probe); pattern != "/" && pattern != "" {
			allow = append(allow, m)
		}
	}
	if len(allow) > 0 {
		w.Header().Set("Allow", strings.Join(allow, ", "))
		writeJSON(w, http.StatusMethodNotAllowed, errorBody("method_not_allowed", r.Method+" is not allowed here"))
		return
	}
	writeJSON(w, http.StatusNotFound, errorBody("not_found", "no route for "+r.Method+" "+r.URL.Path))
}

func errorBody(code, message string) map[string]string {
	return map[string]string{"error": code, "message": message}
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func randomHex(n int) string {
	b := make([]byte, n)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}
