package openapi

import (
	"strings"
	"testing"

	"github.com/authspec/authspec/suites"
)

// TestGenerateGolden writes the suite and .env.example for each real
// document and compares them with testdata/golden. The suite must load
// without a structural error and name an operation per scenario.
func TestGenerateGolden(t *testing.T) {
	for _, tc := range docs {
		t.Run(tc.name, func(t *testing.T) {
			d, err := Load(docPath(tc.file), Samples)
			if err != nil {
				t.Fatal(err)
			}
			d.File = tc.file // as the suite names it from the project root
			g := Generate(d, tc.file)
			golden(t, "golden/"+tc.name+".suite.yaml", g.Suite)
			golden(t, "golden/"+tc.name+".env.example", g.EnvExample)

			s, errs := suites.Parse("suites/"+tc.name+".yaml", g.Suite)
			if len(errs) > 0 {
				t.Fatalf("the generated suite does not load:\n%v", errs)
			}
			if s.OpenAPI.Raw != "../"+tc.file {
				t.Errorf("openapi: %q, want %q", s.OpenAPI.Raw, "../"+tc.file)
			}
			reached := map[string]bool{}
			for _, sc := range s.Scenarios {
				if d.Operation(sc.Operation) == nil {
					t.Errorf("scenario %q names no operation of the document (%q)", sc.Name, sc.Operation)
				}
				reached[sc.Operation] = true
			}
			for _, o := range d.Operations {
				if !reached[o.Key()] && !strings.Contains(string(g.Suite), "# decide: "+o.Key()) {
					t.Errorf("no scenario for %s", o.Key())
				}
			}
			// Every variable the suite's environments read is listed.
			for _, e := range s.Environments {
				for _, v := range e.Vars {
					name := strings.TrimSuffix(strings.TrimPrefix(v.Value.Raw, "${"), "}")
					if !strings.Contains(string(g.EnvExample), "\n"+name+"=") {
						t.Errorf(".env.example does not list %s", name)
					}
				}
			}
		})
	}
}

// TestGenerateSecurityShapes covers what real documents rarely combine:
// AND requirements, an api key in a cookie or the query, openIdConnect,
// mutual TLS, client credentials with scopes, public operations, and
// parameters without examples.
func TestGenerateSecurityShapes(t *testing.T) {
	doc := `openapi: 3.1.0
info: {title: Shapes, version: "2"}
servers:
  - url: https://{region}.api.example.com/v1
    description: production
    variables: {region: {default: eu}}
  - url: http://127.0.0.1:9000
    description: local
components:
  securitySchemes:
    machine:
      type: oauth2
      flows:
        clientCredentials:
          tokenUrl: /oauth/token
          scopes: {items.read: read, items.write: write}
    session: {type: apiKey, in: cookie, name: sid}
    qkey: {type: apiKey, in: query, name: api_key}
    bearer: {type: http, scheme: bearer}
    oidc: {type: openIdConnect, openIdConnectUrl: https://id.example.com/.well-known/openid-configuration}
    cert: {type: mutualTLS}
paths:
  /items/{id}:
    parameters:
      - {name: id, in: path, required: true, schema: {type: integer}}
    get:
      tags: [items]
      security: [{machine: [items.read]}]
      parameters:
        - {name: fields, in: query, required: true, schema: {type: string, enum: [all, id]}}
      responses: {"200": {description: ok}}
    delete:
      tags: [items]
      security: [{bearer: [], qkey: []}]
      responses: {"204": {description: gone}}
  /items:
    post:
      tags: [items]
      security: [{session: []}]
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                name: {type: string, example: "widget ${x}"}
                count: {type: integer, default: 1}
      responses: {"201": {description: made}}
  /login:
    post:
      security: [{oidc: []}]
      responses: {"200": {description: ok}}
  /health:
    get:
      security: []
      responses: {"200": {description: ok}}
  /admin:
    get:
      security: [{cert: []}]
      responses: {"200": {description: ok}}
`
	d, err := Parse("shapes.yaml", []byte(doc), Samples)
	if err != nil {
		t.Fatal(err)
	}
	g := Generate(d, "shapes.yaml")
	golden(t, "golden/shapes.suite.yaml", g.Suite)
	golden(t, "golden/shapes.env.example", g.EnvExample)
	if _, errs := suites.Parse("suites/shapes.yaml", g.Suite); len(errs) > 0 {
		t.Fatalf("the generated suite does not load:\n%v", errs)
	}
	for _, want := range []string{
		"base_url: https://eu.api.example.com/v1", // server variable default
		"token_url: ${base_url}/oauth/token",
		"scopes: [items.read, items.write]",
		"machine_without_items_read",
		"Cookie: \"sid=${session_key}\"",
		"api_key: ${qkey_key}", // the AND requirement's query key
		"\"widget $${x}\"",     // a literal ${ from the document stays literal
		"GET /health without credentials",
		"GET /admin with the client certificate",
		"path: /items/${ID}",
	} {
		if !strings.Contains(string(g.Suite), want) {
			t.Errorf("the suite lacks %q", want)
		}
	}
}

// TestGenerateNamesFromAddresses: a server given by its IP address, or a
// scheme whose name starts with a digit, still makes names a suite may use
// (an environment or variable name starts with a letter).
func TestGenerateNamesFromAddresses(t *testing.T) {
	doc := `openapi: 3.0.3
info: {title: Addresses, version: "1"}
servers:
  - url: http://127.0.0.1:8789/api
  - url: https://10.0.0.5
  - url: https://2nd.example.com
    description: 2nd region
security: [{2fa: []}]
components:
  securitySchemes:
    2fa: {type: http, scheme: bearer}
paths:
  /a:
    get: {responses: {"200": {description: ok}}}
`
	d, err := Parse("addresses.yaml", []byte(doc), Samples)
	if err != nil {
		t.Fatal(err)
	}
	g := Generate(d, "addresses.yaml")
	s, errs := suites.Parse("suites/addresses.yaml", g.Suite)
	if len(errs) > 0 {
		t.Fatalf("the generated suite does not load:\n%v\n%s", errs, g.Suite)
	}
	var envs []string
	for _, e := range s.Environments {
		envs = append(envs, e.Name)
	}
	if got, want := strings.Join(envs, " "), "local server_10_0_0_5 server_2nd_region"; got != want {
		t.Errorf("environments %q, want %q", got, want)
	}
	for _, want := range []string{"base_url: http://127.0.0.1:8789/api", "scheme_2fa:", "token: ${scheme_2fa_token}",
		"scheme_2fa_token: ${LOCAL_SCHEME_2FA_TOKEN}", "GET /a as scheme_2fa"} {
		if !strings.Contains(string(g.Suite), want) {
			t.Errorf("the suite lacks %q:\n%s", want, g.Suite)
		}
	}
	if !strings.Contains(string(g.EnvExample), "\nLOCAL_SCHEME_2FA_TOKEN=") {
		t.Errorf(".env.example lacks LOCAL_SCHEME_2FA_TOKEN:\n%s", g.EnvExample)
	}
}

// TestGenerateDescribesAnonymousAlternative: the note on an operation
// whose alternatives include `{}` names it instead of leaving a blank.
func TestGenerateDescribesAnonymousAlternative(t *testing.T) {
	d, err := Parse("inline.yaml", []byte(publicDoc), Samples)
	if err != nil {
		t.Fatal(err)
	}
	suite := string(Generate(d, "inline.yaml").Suite)
	if want := "(anonymous access or key)"; !strings.Contains(suite, want) {
		t.Errorf("the suite lacks %q:\n%s", want, suite)
	}
	if strings.Contains(suite, "( or") || strings.Contains(suite, "or )") {
		t.Errorf("an alternative is written blank:\n%s", suite)
	}
}
