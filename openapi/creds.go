package openapi

import (
	"fmt"
	"slices"
	"strings"
)

// credential is one credential the generated suite defines.
type credential struct {
	name    string
	comment []string // lines above it: what the user must decide
	body    []string // YAML lines under the name, indented by 4
	vars    []credVar
	// query holds api keys that an AND requirement sends in the query:
	// the scenario writes them itself.
	query [][2]string
}

// credVar is one secret a credential reads: a suite variable mapped per
// environment to an env-file variable (STAGING_PETSTORE_AUTH_TOKEN).
type credVar struct {
	local       string // petstore_auth_token
	suffix      string // PETSTORE_AUTH_TOKEN
	placeholder string // in .env.example
	note        string
}

func (g *gen) newVar(scheme, part string) credVar {
	local := ident(scheme+"_"+part, "scheme")
	return credVar{local: local, suffix: strings.ToUpper(local), placeholder: "replace-with-" + strings.ReplaceAll(local, "_", "-")}
}

// credentialFor returns the credential that satisfies one alternative of
// a requirement, built once per distinct alternative; lacking names a
// scope the credential must not have ("" for a full one). ok is false
// when authspec cannot express the alternative (basic AND bearer both
// want the Authorization header).
func (g *gen) credentialFor(req Requirement, lacking string) (*credential, bool) {
	var parts []string
	for _, u := range req {
		parts = append(parts, u.Scheme)
	}
	key := strings.Join(parts, "+") + "-" + lacking
	if c, ok := g.creds[key]; ok {
		return c, c != nil
	}
	var c *credential
	if len(req) == 1 {
		c = g.single(g.d.Scheme(req[0].Scheme), lacking)
	} else {
		c = g.combined(req)
	}
	g.creds[key] = c
	if c != nil {
		c.name = unique(c.name, g.credNames)
		g.credOrder = append(g.credOrder, c)
	}
	return c, c != nil
}

func (g *gen) single(s *Scheme, lacking string) *credential {
	if s == nil {
		return nil
	}
	name := ident(s.Name, "scheme")
	if name == "" {
		name = "credential"
	}
	c := &credential{name: name}
	without := ""
	if lacking != "" {
		c.name = name + "_without_" + slug(lacking)
		without = "_without_" + lacking
		c.comment = append(c.comment, fmt.Sprintf("# %s without the scope %q: for the permission scenarios (expect 403).", s.Name, lacking))
	}
	switch {
	case s.Type == TypeHTTP && s.HTTPScheme == "basic":
		u, p := g.newVar(s.Name+without, "username"), g.newVar(s.Name+without, "password")
		c.vars = []credVar{u, p}
		c.body = []string{"type: basic", "username: ${" + u.local + "}", "password: ${" + p.local + "}"}
	case s.Type == TypeHTTP && s.HTTPScheme == "bearer":
		t := g.newVar(s.Name+without, "token")
		c.vars = []credVar{t}
		c.body = []string{"type: bearer", "token: ${" + t.local + "}"}
	case s.Type == TypeHTTP:
		t := g.newVar(s.Name+without, "authorization")
		c.vars = []credVar{t}
		c.comment = append(c.comment, fmt.Sprintf("# HTTP %q authentication: authspec sends the Authorization value as you write it.", s.HTTPScheme))
		c.body = []string{"type: header", "headers:", "  Authorization: ${" + t.local + "}"}
	case s.Type == TypeAPIKey:
		k := g.newVar(s.Name+without, "key")
		c.vars = []credVar{k}
		switch s.In {
		case "query":
			c.body = []string{"type: api_key", "query: " + yamlString(s.ParamName), "key: ${" + k.local + "}"}
		case "cookie":
			c.body = []string{"type: header", "headers:", "  Cookie: " + yamlString(s.ParamName+"=${"+k.local+"}")}
		default:
			c.body = []string{"type: api_key", "header: " + yamlString(s.ParamName), "key: ${" + k.local + "}"}
		}
	case (s.Type == TypeOAuth2 && s.Flow == "clientCredentials") || s.Type == TypeOpenIDConnect:
		id, sec := g.newVar(s.Name, "client_id"), g.newVar(s.Name, "client_secret")
		c.vars = []credVar{id, sec}
		tokenURL := s.TokenURL
		if s.Type == TypeOpenIDConnect {
			tu := g.newVar(s.Name, "token_url")
			tu.placeholder = oidcTokenGuess(s.OpenIDURL)
			tu.note = "the token_endpoint of " + s.OpenIDURL + " (guessed: check it)"
			c.vars = append(c.vars, tu)
			tokenURL = "${" + tu.local + "}"
			c.comment = append(c.comment, fmt.Sprintf("# OpenID Connect (%s): fill in the token endpoint that its discovery document names.", s.OpenIDURL))
		} else if strings.HasPrefix(tokenURL, "/") {
			tokenURL = "${base_url}" + tokenURL
		}
		c.body = []string{"type: oauth2_client_credentials", "token_url: " + yamlString(tokenURL),
			"client_id: ${" + id.local + "}", "client_secret: ${" + sec.local + "}"}
		if len(s.Scopes) > 0 {
			scopes := slices.DeleteFunc(slices.Clone(s.Scopes), func(x string) bool { return x == lacking })
			c.body = append(c.body, "scopes: "+flowList(scopes))
		}
	case s.Type == TypeOAuth2:
		t := g.newVar(s.Name+without, "token")
		c.vars = []credVar{t}
		c.comment = append(c.comment, fmt.Sprintf("# OAuth2 %s flow: authspec cannot sign a user in; put a token obtained that way in %s.", s.Flow, t.suffix))
		c.body = []string{"type: bearer", "token: ${" + t.local + "}"}
	default:
		return nil // mutualTLS is the environment's tls, not a credential
	}
	return c
}

// combined builds one credential for an AND requirement: every part as
// a header, api keys in the query sent by the scenario itself.
func (g *gen) combined(req Requirement) *credential {
	var names []string
	c := &credential{body: []string{"type: header", "headers:"}}
	auth := false
	for _, u := range req {
		s := g.d.Scheme(u.Scheme)
		if s == nil {
			return nil
		}
		names = append(names, slug(s.Name))
		switch {
		case s.Type == TypeHTTP && s.HTTPScheme == "bearer", s.Type == TypeOAuth2:
			if auth {
				return nil
			}
			auth = true
			t := g.newVar(s.Name, "token")
			c.vars = append(c.vars, t)
			c.body = append(c.body, "  Authorization: "+yamlString("Bearer ${"+t.local+"}"))
		case s.Type == TypeAPIKey && s.In == "header":
			k := g.newVar(s.Name, "key")
			c.vars = append(c.vars, k)
			c.body = append(c.body, "  "+yamlKey(s.ParamName)+": ${"+k.local+"}")
		case s.Type == TypeAPIKey && s.In == "cookie":
			k := g.newVar(s.Name, "key")
			c.vars = append(c.vars, k)
			c.body = append(c.body, "  Cookie: "+yamlString(s.ParamName+"=${"+k.local+"}"))
		case s.Type == TypeAPIKey && s.In == "query":
			k := g.newVar(s.Name, "key")
			c.vars = append(c.vars, k)
			c.query = append(c.query, [2]string{s.ParamName, "${" + k.local + "}"})
		case s.Type == TypeMutualTLS:
		default:
			return nil
		}
	}
	c.name = strings.Join(names, "_and_")
	c.comment = append(c.comment, "# The document requires these schemes together (AND): one credential sends them all.")
	if len(c.body) == 2 { // only query keys: a header credential needs a header
		return nil
	}
	return c
}

func oidcTokenGuess(discovery string) string {
	base := strings.TrimSuffix(discovery, "/.well-known/openid-configuration")
	if base == discovery || base == "" {
		return "https://replace-with-token-endpoint.invalid/token"
	}
	return strings.TrimRight(base, "/") + "/token"
}
