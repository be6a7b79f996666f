package openapi

import (
	"fmt"
	"net"
	"net/url"
	"path"
	"strings"

	"github.com/authspec/authspec/suites"
)

// Generated is what `authspec init --openapi` writes.
type Generated struct {
	SuitePath  string // slash-separated, relative to the target directory: suites/<api>.yaml
	Suite      []byte
	EnvExample []byte // .env.example
	// Secrets lists the credential variables of .env.example, for the
	// next steps the command prints.
	Secrets []string
}

type gen struct {
	d         *Doc
	docRef    string // the document's path relative to the suite file
	envs      []genEnv
	creds     map[string]*credential
	credOrder []*credential
	credNames map[string]bool
	params    []paramVar
	paramSeen map[string]bool
	tls       bool
}

type genEnv struct {
	name, baseURL string
	comment       []string
}

type paramVar struct {
	name, value, note string
}

// Generate writes an auth suite for every operation of d. d.File is the
// document's path relative to the directory the files are written to (or
// absolute): the suite's `openapi:` names it from suites/.
//
// docPath is how the command line named the document, for the comments.
func Generate(d *Doc, docPath string) *Generated {
	g := &gen{d: d, creds: map[string]*credential{}, credNames: map[string]bool{}, paramSeen: map[string]bool{}}
	api := slug(d.Title)
	if api == "" {
		api = "api"
	}
	suitePath := "suites/" + api + ".yaml"
	g.docRef = relFrom("suites", d.File)
	g.environments()
	for _, s := range d.Schemes {
		if s.Type == TypeMutualTLS {
			g.tls = true
		}
	}
	scenarios := g.scenarios()
	var b strings.Builder
	g.header(&b, docPath)
	g.writeEnvironments(&b)
	g.writeCredentials(&b)
	b.WriteString("\ndefaults:\n  timeout: 10s\n  headers: { Accept: application/json }\n")
	b.WriteString("\nscenarios:\n")
	b.WriteString(scenarios)
	return &Generated{SuitePath: suitePath, Suite: []byte(b.String()), EnvExample: g.envExample(suitePath), Secrets: g.secretNames()}
}

func (g *gen) header(b *strings.Builder, docPath string) {
	title := g.d.Title
	if title == "" {
		title = "API"
	}
	fmt.Fprintf(b, "# Auth suite for %s", oneLine(title))
	if g.d.Version != "" {
		fmt.Fprintf(b, " %s", oneLine(g.d.Version))
	}
	fmt.Fprintf(b, ", written by `authspec init --openapi %s`.\n", docPath)
	b.WriteString(`#
#   authspec lint suites/                       check it, sending nothing
#   authspec run --env ENV suites/              run it
#   authspec coverage --openapi ` + docPath + ` suites/   what each operation's tests prove
#
# One scenario per operation: a credential that satisfies its security
# requirement gets its documented 2xx, and the probes check that the API
# refuses the request without it (no_auth) and with an altered value
# (invalid). Comments starting with "decide:" mark what only you know.
# No credential is written here: each environment maps the names the
# credentials use to variables of ../.env (see ../.env.example).
`)
	fmt.Fprintf(b, "version: 1\nname: %s\n", yamlString(title+" auth"))
	fmt.Fprintf(b, "openapi: %s # the document: run checks each answer against it\n", yamlString(g.docRef))
}

// environments: one per server, named after its description or host.
func (g *gen) environments() {
	taken := map[string]bool{}
	servers := g.d.Servers
	if len(servers) == 0 {
		servers = []Server{{URL: ""}}
	}
	for _, s := range servers {
		e := genEnv{baseURL: s.URL}
		name := ident(s.Description, "server")
		if len(name) > 24 || name == "" {
			name = ""
		}
		u, err := url.Parse(s.URL)
		switch {
		case s.URL == "":
			e.baseURL = "http://127.0.0.1:8080"
			e.comment = append(e.comment, "decide: the document lists no server; set this environment's base_url")
		case err != nil || u.Host == "":
			e.baseURL = "http://127.0.0.1:8080" + strings.TrimSuffix(s.URL, "/")
			e.comment = append(e.comment, fmt.Sprintf("decide: the document's server %q has no host; set it here", s.URL))
		case u.Scheme == "http" && !suites.IsLoopback(u.Hostname()):
			u.Scheme = "https"
			e.baseURL = strings.TrimSuffix(u.String(), "/")
			e.comment = append(e.comment, fmt.Sprintf("the document says %s; authspec sends credentials over https only", s.URL))
		default:
			e.baseURL = strings.TrimSuffix(s.URL, "/")
		}
		if name == "" && err == nil && u.Host != "" {
			if ip := net.ParseIP(u.Hostname()); ip != nil && ip.IsLoopback() {
				name = "local" // 127.0.0.1 or [::1]: this machine
			} else {
				name = ident(strings.TrimPrefix(u.Hostname(), "www."), "server")
			}
		}
		if name == "" {
			name = "default"
		}
		if strings.Contains(e.baseURL, "{") {
			e.comment = append(e.comment, "decide: a server variable has no default; replace {…} in base_url")
		}
		e.name = unique(name, taken)
		g.envs = append(g.envs, e)
	}
}

func (g *gen) writeEnvironments(b *strings.Builder) {
	b.WriteString("\nenvironments:\n")
	for _, e := range g.envs {
		fmt.Fprintf(b, "  %s:\n", e.name)
		for _, c := range e.comment {
			fmt.Fprintf(b, "    # %s\n", c)
		}
		fmt.Fprintf(b, "    base_url: %s\n", yamlString(e.baseURL))
		b.WriteString("    env_file: ../.env # relative to this file; a missing file is fine in CI\n")
		vars := g.credVars()
		if len(vars) > 0 {
			b.WriteString("    vars:\n")
		}
		for _, v := range vars {
			fmt.Fprintf(b, "      %s: ${%s}\n", v.local, envVar(e.name, v.suffix))
		}
		if g.tls {
			b.WriteString("    # The document accepts mutual TLS: the client certificate is the environment's.\n")
			b.WriteString("    tls:\n")
			fmt.Fprintf(b, "      cert_file: ${%s}\n      key_file: ${%s}\n", envVar(e.name, "CLIENT_CERT_FILE"), envVar(e.name, "CLIENT_KEY_FILE"))
		}
	}
}

// credVars lists every credential variable once, in credential order.
func (g *gen) credVars() []credVar {
	var out []credVar
	seen := map[string]bool{}
	for _, c := range g.credOrder {
		for _, v := range c.vars {
			if !seen[v.local] {
				seen[v.local] = true
				out = append(out, v)
			}
		}
	}
	return out
}

func (g *gen) writeCredentials(b *strings.Builder) {
	if len(g.credOrder) == 0 {
		return
	}
	b.WriteString("\ncredentials:\n")
	for _, c := range g.credOrder {
		for _, line := range c.comment {
			fmt.Fprintf(b, "  %s\n", line)
		}
		fmt.Fprintf(b, "  %s:\n", yamlKey(c.name))
		for _, line := range c.body {
			fmt.Fprintf(b, "    %s\n", line)
		}
	}
}

func (g *gen) secretNames() []string {
	var out []string
	for _, e := range g.envs {
		for _, v := range g.credVars() {
			out = append(out, envVar(e.name, v.suffix))
		}
	}
	return out
}

// envExample lists every variable the suite reads, with placeholders.
func (g *gen) envExample(suitePath string) []byte {
	var b strings.Builder
	fmt.Fprintf(&b, "# Variables for %s: PLACEHOLDERS ONLY, safe to commit.\n", suitePath)
	b.WriteString(`#
# Locally: copy this file to .env and put real values there (.env is
# git-ignored; never commit it). In CI the credentials come from secrets
# passed as environment variables of the same names.
`)
	for _, e := range g.envs {
		vars := g.credVars()
		if len(vars) == 0 && !g.tls {
			continue
		}
		fmt.Fprintf(&b, "\n# %s (base_url %s)\n", e.name, e.baseURL)
		for _, v := range vars {
			if v.note != "" {
				fmt.Fprintf(&b, "# %s\n", v.note)
			}
			placeholder := v.placeholder
			if v.note == "" {
				// Distinct per environment, so no two environments share a value.
				placeholder = "replace-with-" + strings.ReplaceAll(slug(e.name+"_"+v.local), "_", "-")
			}
			fmt.Fprintf(&b, "%s=%s\n", envVar(e.name, v.suffix), placeholder)
		}
		if g.tls {
			fmt.Fprintf(&b, "%s=client.crt\n%s=client.key\n", envVar(e.name, "CLIENT_CERT_FILE"), envVar(e.name, "CLIENT_KEY_FILE"))
		}
	}
	if len(g.params) > 0 {
		b.WriteString("\n# Parameters the document gives no example for: replace with values that\n# exist in every environment (or set them per environment in the suite).\n")
		for _, p := range g.params {
			fmt.Fprintf(&b, "# %s\n%s=%s\n", p.note, p.name, p.value)
		}
	}
	return []byte(b.String())
}

// relFrom is target relative to directory dir (both relative to the
// same root, slash-separated).
func relFrom(dir, target string) string {
	if path.IsAbs(target) {
		return target
	}
	ups := strings.Count(path.Clean(dir), "/") + 1
	return strings.Repeat("../", ups) + path.Clean(target)
}
