package demoapi

import (
	"net/http"
	"slices"
	"strings"
)

// token is POST /oauth2/token, the client credentials grant (RFC 6749
// section 4.4). The client authenticates with HTTP Basic (the OAuth2 client or
// the admin user) or with client_id and client_secret in the form.
func (a *api) token(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cache-Control", "no-store")
	w.Header().Set("Pragma", "no-cache")
	if err := r.ParseForm(); err != nil {
		oauthError(w, http.StatusBadRequest, "invalid_request", "The request body is not a valid form")
		return
	}
	form := r.PostForm

	var subject string
	var allowed []string
	if user, pass, ok := r.BasicAuth(); ok {
		switch {
		case a.isAdmin(user, pass):
			subject, allowed = user, []string{ScopeRead, ScopeWrite}
		case a.isClient(user, pass):
			subject, allowed = user, a.opts.ClientScopes
		default:
			w.Header().Set("WWW-Authenticate", `Basic realm="`+a.opts.Realm+`"`)
			oauthError(w, http.StatusUnauthorized, "invalid_client", "Client authentication failed")
			return
		}
	} else if a.isClient(form.Get("client_id"), form.Get("client_secret")) {
		subject, allowed = form.Get("client_id"), a.opts.ClientScopes
	} else {
		oauthError(w, http.StatusUnauthorized, "invalid_client", "Client authentication failed")
		return
	}

	switch gt := form.Get("grant_type"); gt {
	case "client_credentials":
	case "":
		oauthError(w, http.StatusBadRequest, "invalid_request", "grant_type is required")
		return
	default:
		oauthError(w, http.StatusBadRequest, "unsupported_grant_type", "Only client_credentials is supported")
		return
	}

	scopes := slices.Clone(allowed)
	if s := form.Get("scope"); s != "" {
		scopes = strings.Fields(s)
		for _, sc := range scopes {
			if !slices.Contains(allowed, sc) {
				oauthError(w, http.StatusBadRequest, "invalid_scope", "The scope "+sc+" is not allowed for this client")
				return
			}
		}
	}

	tok := a.tokenPrefix() + "_at_" + randomHex(16)
	now := a.opts.Now()
	a.mu.Lock()
	for k, it := range a.issued {
		if !now.Before(it.expires) {
			delete(a.issued, k)
		}
	}
	a.issued[tok] = issuedToken{subject: subject, scopes: scopes, expires: now.Add(a.opts.TokenTTL)}
	a.mu.Unlock()

	writeJSON(w, http.StatusOK, map[string]any{
		"access_token": tok,
		"token_type":   "Bearer",
		"expires_in":   int(a.opts.TokenTTL.Seconds()),
		"scope":        strings.Join(scopes, " "),
	})
}

func (a *api) tokenPrefix() string {
	switch a.opts.Environment {
	case "staging":
		return "stg"
	case "production":
		return "live"
	}
	return "demo"
}

func oauthError(w http.ResponseWriter, status int, code, desc string) {
	writeJSON(w, status, map[string]string{"error": code, "error_description": desc})
}
