package diagnose

import (
	"strings"

	"github.com/authspec/authspec/secret"
)

// scopeEvidence names the scopes an answer says the call needs and the
// credential has: Slack's needed/provided, HubSpot's requiredScopes,
// GitHub's X-Accepted-OAuth-Scopes against X-OAuth-Scopes, and the
// scenario's requires_scope.
func (a *analysis) scopeEvidence() []string {
	var ev []string
	if doc, ok := a.srv.doc.(map[string]any); ok {
		for _, f := range []struct{ key, what string }{{"needed", "needs"}, {"provided", "has"}, {"required_scopes", "needs"}, {"scope", "needs"}} {
			if v := scopeList(doc[f.key]); v != "" {
				ev = append(ev, textf("the answer says the call %s scopes %s (%s)", secret.Lit(f.what), v, secret.Lit(f.key)))
			}
		}
		if first := firstErrorItem(doc); first != nil {
			ctx, _ := first["context"].(map[string]any)
			if v := scopeList(ctx["requiredScopes"]); v != "" {
				ev = append(ev, textf("the answer says the call needs scopes %s (requiredScopes)", v))
			}
		}
	}
	h := a.ex.ResponseHeader
	if v := h.Get("X-Accepted-Oauth-Scopes"); v != "" {
		ev = append(ev, textf("X-Accepted-OAuth-Scopes: %s (scopes this call accepts)", a.red.excerpt(v, 160)))
	}
	if vs := h.Values("X-Oauth-Scopes"); len(vs) > 0 {
		ev = append(ev, textf("X-OAuth-Scopes: %s (scopes the token has)", a.red.excerpt(strings.Join(vs, ", "), 160)))
	}
	if len(a.ex.RequiresScope) > 0 {
		ev = append(ev, textf("requires_scope: %s", quoteList(a.ex.RequiresScope)))
	}
	return ev
}

// scopeList renders a scope field given as a string or a list.
func scopeList(v any) string {
	switch x := v.(type) {
	case string:
		return strings.TrimSpace(x)
	case []any:
		var out []string
		for _, e := range x {
			if s, ok := e.(string); ok {
				out = append(out, s)
			}
		}
		return strings.Join(out, ", ")
	}
	return ""
}
