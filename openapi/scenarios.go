package openapi

import (
	"encoding/json"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/authspec/authspec/internal/lazyre"
)

// scenarios writes every operation's scenarios, grouped by its first tag
// in the document's tag order.
func (g *gen) scenarios() string {
	groups := map[string][]*Operation{}
	var order []string
	add := func(t string) {
		if _, ok := groups[t]; !ok {
			groups[t] = nil
			order = append(order, t)
		}
	}
	for _, t := range g.d.Tags {
		add(t)
	}
	for _, o := range g.d.Operations {
		t := ""
		if len(o.Tags) > 0 {
			t = o.Tags[0]
		}
		add(t)
		groups[t] = append(groups[t], o)
	}
	// Untagged operations come last.
	if i := slices.Index(order, ""); i >= 0 {
		order = append(slices.Delete(order, i, i+1), "")
	}
	var b strings.Builder
	for _, t := range order {
		ops := groups[t]
		if len(ops) == 0 {
			continue
		}
		title := t
		if title == "" {
			title = "untagged"
		}
		fmt.Fprintf(&b, "\n  # ── %s ──\n", oneLine(title))
		for _, o := range ops {
			g.operation(&b, o)
		}
	}
	return b.String()
}

func (g *gen) operation(b *strings.Builder, o *Operation) {
	req, notes := g.request(o)
	expect, expectNote := successStatus(o)
	if expectNote != "" {
		notes = append(notes, expectNote)
	}
	if o.Deprecated {
		notes = append(notes, "the document marks this operation deprecated")
	}
	public := o.Public()
	wroteAuth, wroteScope := false, false
	for _, alt := range o.Security {
		if len(alt) == 0 || (wroteAuth && (wroteScope || firstScope(alt) == "")) {
			continue
		}
		if onlyTLS(g.d, alt) {
			if !wroteAuth {
				g.scenario(b, o, scenario{name: o.Key() + " with the client certificate", kind: "happy", req: req,
					status: expect, notes: append(slices.Clone(notes), "mutual TLS: the environment's certificate is the credential, so no probe removes it")})
				wroteAuth = true
			}
			continue
		}
		c, ok := g.credentialFor(alt, "")
		if !ok {
			continue
		}
		sc := scenario{name: o.Key() + " as " + c.name, kind: "happy", auth: c.name, req: withQuery(req, c.query), status: expect, notes: notes}
		if public {
			sc.notes = append(slices.Clone(notes), "the document also allows anonymous access here, so no probe expects a refusal")
		} else {
			sc.probes = true
		}
		if len(o.Security) > 1 && !wroteAuth {
			sc.notes = append(slices.Clone(sc.notes), fmt.Sprintf("decide: the document accepts %d alternatives (%s); this is the first authspec can send", len(o.Security), describe(o.Security)))
		}
		g.scenario(b, o, sc)
		wroteAuth = true
		// A credential lacking one of the scopes must be refused (403);
		// the happy scenario above shows the full one is accepted.
		if scope := firstScope(alt); scope != "" && len(alt) == 1 {
			if lc, ok := g.credentialFor(alt, scope); ok {
				g.scenario(b, o, scenario{name: o.Key() + " without " + scope, kind: "permission", auth: lc.name,
					req: withQuery(req, lc.query), status: "403"})
				wroteScope = true
			}
		}
	}
	if !wroteAuth && !public {
		fmt.Fprintf(b, "  # decide: %s needs %s, which authspec cannot send as one credential.\n", o.Key(), describe(o.Security))
	}
	if public {
		var pn []string
		if !o.SecurityDeclared {
			pn = append(pn, "decide: the document declares no security for this operation; if your API requires credentials, add auth: and probes")
		}
		g.scenario(b, o, scenario{name: o.Key() + " without credentials", kind: "happy", req: req, status: expect, notes: append(slices.Clone(notes), pn...)})
	}
}

type scenario struct {
	name, kind, auth, status string
	req                      request
	probes                   bool
	notes                    []string
}

type request struct {
	method, path string
	query        [][2]string
	headers      [][2]string
	json         any
	form         map[string]any
}

func withQuery(r request, q [][2]string) request {
	if len(q) > 0 {
		r.query = append(slices.Clone(r.query), q...)
	}
	return r
}

func (g *gen) scenario(b *strings.Builder, o *Operation, s scenario) {
	b.WriteString("\n")
	for _, n := range s.notes {
		fmt.Fprintf(b, "  # %s\n", n)
	}
	fmt.Fprintf(b, "  - name: %s\n", yamlString(s.name))
	fmt.Fprintf(b, "    operation: %s\n", yamlString(o.Key()))
	fmt.Fprintf(b, "    kind: %s\n", s.kind)
	if s.auth != "" {
		fmt.Fprintf(b, "    auth: %s\n", yamlString(s.auth))
	}
	b.WriteString("    request:\n")
	fmt.Fprintf(b, "      method: %s\n", s.req.method)
	fmt.Fprintf(b, "      path: %s\n", yamlString(s.req.path))
	writePairs(b, "query", s.req.query)
	writePairs(b, "headers", s.req.headers)
	switch {
	case s.req.json != nil:
		fmt.Fprintf(b, "      json: %s\n", flowValue(s.req.json))
	case s.req.form != nil:
		b.WriteString("      form:\n")
		keys := make([]string, 0, len(s.req.form))
		for k := range s.req.form {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			fmt.Fprintf(b, "        %s: %s\n", yamlKey(k), yamlString(scalarText(s.req.form[k])))
		}
	}
	fmt.Fprintf(b, "    expect: { status: %s }\n", s.status)
	if s.probes {
		b.WriteString("    probes: [no_auth, invalid]\n")
	}
}

func writePairs(b *strings.Builder, key string, ps [][2]string) {
	if len(ps) == 0 {
		return
	}
	fmt.Fprintf(b, "      %s:\n", key)
	for _, p := range ps {
		fmt.Fprintf(b, "        %s: %s\n", yamlKey(p[0]), yamlString(p[1]))
	}
}

// request fills the operation's path, required query and header
// parameters and body from the document's samples; a parameter without
// one becomes a variable that .env.example lists.
func (g *gen) request(o *Operation) (request, []string) {
	r := request{method: o.Method, path: o.Path}
	var notes []string
	params := slices.Clone(o.Params)
	for _, m := range pathParam.FindAllString(o.Path, -1) {
		name := strings.Trim(m, "{}")
		if !slices.ContainsFunc(params, func(p Param) bool { return p.In == "path" && p.Name == name }) {
			params = append(params, Param{Name: name, In: "path", Required: true})
		}
	}
	for _, p := range params {
		if p.In != "path" && !p.Required {
			continue
		}
		if p.In == "header" && (strings.EqualFold(p.Name, "Authorization") || g.isAuthParam(p)) {
			continue
		}
		if p.In == "query" && g.isAuthParam(p) {
			continue
		}
		val := ""
		if p.Value != nil {
			val = escapeVars(scalarText(p.Value))
		} else {
			v := g.paramVar(o, p)
			val = "${" + v + "}"
			notes = append(notes, fmt.Sprintf("decide: %s parameter %q has no example in the document: set %s in ../.env", p.In, p.Name, v))
		}
		switch p.In {
		case "path":
			r.path = strings.ReplaceAll(r.path, "{"+p.Name+"}", val)
		case "query":
			r.query = append(r.query, [2]string{p.Name, val})
		case "header":
			r.headers = append(r.headers, [2]string{p.Name, val})
		case "cookie":
			r.headers = append(r.headers, [2]string{"Cookie", p.Name + "=" + val})
		}
	}
	if o.Body != nil {
		switch {
		case o.Body.Value == nil && (isJSON(o.Body.ContentType) || o.Body.ContentType == ""):
			r.json = map[string]any{}
			notes = append(notes, "decide: the document gives no example body; fill in json:")
		case isJSON(o.Body.ContentType):
			r.json = escapeTree(o.Body.Value)
		case o.Body.ContentType == "application/x-www-form-urlencoded":
			if m, ok := o.Body.Value.(map[string]any); ok {
				r.form = escapeTree(m).(map[string]any)
			}
		default:
			notes = append(notes, fmt.Sprintf("decide: the body is %s, which authspec does not build; add body: if the API needs it", o.Body.ContentType))
		}
	}
	return r, notes
}

var pathParam = lazyre.New(`\{[^}/]+\}`)

// isAuthParam: an api key parameter that a credential already sends.
func (g *gen) isAuthParam(p Param) bool {
	for _, s := range g.d.Schemes {
		if s.Type == TypeAPIKey && s.In == p.In && strings.EqualFold(s.ParamName, p.Name) {
			return true
		}
	}
	return false
}

func (g *gen) paramVar(o *Operation, p Param) string {
	name := envVar(p.Name)
	if name == "" {
		name = "PARAM"
	}
	if !g.paramSeen[name] {
		g.paramSeen[name] = true
		value := "replace-with-" + strings.ReplaceAll(slug(p.Name), "_", "-")
		if p.Type == "integer" || p.Type == "number" {
			value = "1"
		}
		g.params = append(g.params, paramVar{name: name, value: value, note: fmt.Sprintf("%s parameter %q, first used by %s", p.In, p.Name, o.Key())})
	}
	return name
}

func successStatus(o *Operation) (string, string) {
	switch len(o.Success) {
	case 0:
		return "2xx", "decide: the document lists no 2xx response; any 2xx passes"
	case 1:
		return fmt.Sprint(o.Success[0]), ""
	}
	parts := make([]string, len(o.Success))
	for i, c := range o.Success {
		parts[i] = fmt.Sprint(c)
	}
	return "[" + strings.Join(parts, ", ") + "]", ""
}

func firstScope(r Requirement) string {
	for _, u := range r {
		if len(u.Scopes) > 0 {
			return u.Scopes[0]
		}
	}
	return ""
}

// tlsMaySecure says whether one of o's alternatives is mutual TLS alone.
func (d *Doc) tlsMaySecure(o *Operation) bool {
	return slices.ContainsFunc(o.Security, func(r Requirement) bool { return len(r) > 0 && onlyTLS(d, r) })
}

func onlyTLS(d *Doc, r Requirement) bool {
	for _, u := range r {
		if s := d.Scheme(u.Scheme); s == nil || s.Type != TypeMutualTLS {
			return false
		}
	}
	return true
}

func describe(rs []Requirement) string {
	var alts []string
	for _, r := range rs {
		var parts []string
		for _, u := range r {
			parts = append(parts, u.Scheme)
		}
		if len(parts) == 0 {
			parts = []string{"anonymous access"} // the empty alternative {}
		}
		alts = append(alts, strings.Join(parts, " and "))
	}
	return strings.Join(alts, " or ")
}

// escapeVars keeps a sample's literal "${" from being read as a variable.
func escapeVars(s string) string { return strings.ReplaceAll(s, "${", "$${") }

func escapeTree(v any) any {
	switch t := v.(type) {
	case string:
		return escapeVars(t)
	case map[string]any:
		out := make(map[string]any, len(t))
		for k, x := range t {
			out[k] = escapeTree(x)
		}
		return out
	case []any:
		out := make([]any, len(t))
		for i, x := range t {
			out[i] = escapeTree(x)
		}
		return out
	}
	return v
}

func scalarText(v any) string {
	switch t := v.(type) {
	case string:
		return t
	case nil:
		return ""
	case []any:
		if len(t) > 0 {
			return scalarText(t[0])
		}
		return ""
	case map[string]any:
		b, _ := json.Marshal(t)
		return string(b)
	}
	return fmt.Sprint(v)
}
