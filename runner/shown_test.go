package runner

import (
	"strings"
	"testing"

	_ "github.com/authspec/authspec/internal/golden"
	"github.com/authspec/authspec/secret"
	"github.com/authspec/authspec/suites"
)

// TestShower: what authspec sent is shown from the suite's templates. The
// template's text and values written in the suite or named identifiers
// are literal; every secret, however short and wherever it sits in a
// value, is its label. Rendered at a sink, nothing is left for the
// redactor to rewrite.
func TestShower(t *testing.T) {
	s, errs := suites.Parse("s.yaml", []byte(`version: 1
name: s
public: [ACCOUNT]
vars: { role: reader, same: admin, both: "x${PIN}y" }
environments:
  e: { base_url: "http://127.0.0.1:1/api/", env_file: .env }
credentials:
  admin: { type: basic, username: "${ADMIN_USER}", password: "${ADMIN_PASSWORD}" }
scenarios:
  - name: x
    request: { method: GET, path: "/${ACCOUNT}/${role}/${same}/${both}/${PIN}" }
`))
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	env, rerrs := s.Resolve(s.Environments[0], func(n string) (string, bool) {
		v, ok := map[string]string{"ADMIN_USER": "alice", "ADMIN_PASSWORD": "admin", "PIN": "4711", "ACCOUNT": "acc_1"}[n]
		return v, ok
	})
	if len(rerrs) > 0 {
		t.Fatal(rerrs)
	}
	red := &secret.Redactor{}
	for _, v := range env.Secrets() {
		red.Add(v.Name, v.Value)
	}
	sh := shower{env: env, red: red, idents: s.Identifiers(s.Environments[0])}
	pin, pass := secret.Label("PIN", "4711"), secret.Label("ADMIN_PASSWORD", "admin")
	for _, tc := range []struct{ raw, want string }{
		{"/admin/users", "/admin/users"},
		{"/v${PIN}", "/v" + pin},
		{"a${PIN}b${PIN}", "a" + pin + "b" + pin},
		{"/accounts/${ACCOUNT}/${role}", "/accounts/acc_1/reader"}, // public:, and a var of the suite
		{"/r/${same}", "/r/" + pass},                               // a value that is also a secret is one
		{"${both}", secret.Label("both", "x4711y")},                // a var made of a secret is one
		{"${ADMIN_USER}:${ADMIN_PASSWORD}", "alice:" + pass},
		{"$${PIN} is literal", "${PIN} is literal"},
		{"${UNSET}/x", "/x"},
	} {
		got := sh.template(tc.raw)
		if r := secret.Render(red, string(got)); r != tc.want {
			t.Errorf("template(%q) rendered %q, want %q", tc.raw, r, tc.want)
		}
		if strings.Contains(secret.Plain(string(got)), "4711") {
			t.Errorf("template(%q) = %q shows the PIN", tc.raw, secret.Plain(string(got)))
		}
	}
	full, path := sh.url(&suites.Request{Path: suites.String{Raw: "/admin/${PIN}?role=admin"},
		Query: []suites.Pair{{Name: "q", Value: suites.String{Raw: "a${PIN}b"}}}})
	if got, want := secret.Render(red, string(full)), "http://127.0.0.1:1/api/admin/"+pin+"?role=admin&q=a"+pin+"b"; got != want {
		t.Errorf("url rendered %q, want %q", got, want)
	}
	if got, want := secret.Render(red, string(path)), "/admin/"+pin; got != want {
		t.Errorf("path rendered %q, want %q", got, want)
	}
}

// TestShownURLSecrets: the userinfo and query values of a URL the suite
// writes (base_url, url, token_url) are labels where authspec renders the
// URL, however short: search in free text ignores values under
// secret.MinLen, so a one-character password or a two-character query
// value would otherwise be shown.
func TestShownURLSecrets(t *testing.T) {
	s, errs := suites.Parse("s.yaml", []byte(`version: 1
name: s
environments:
  e: { base_url: "http://b:P@127.0.0.1:1/api?r=e1" }
credentials:
  m: { type: oauth2_client_credentials, token_url: "http://t:T@127.0.0.1:1/token?tenant=t9&x=", client_id: cid, client_secret: Secret_Val_1234, auth_style: body }
scenarios:
  - name: x
    request: { method: GET, url: "http://u:Q@127.0.0.1:1/x?k=zq&limit=10&k=a%20b#f" }
`))
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	env, rerrs := s.Resolve(s.Environments[0], func(string) (string, bool) { return "", false })
	if len(rerrs) > 0 {
		t.Fatal(rerrs)
	}
	red := &secret.Redactor{}
	for _, v := range env.Secrets() {
		red.Add(v.Name, v.Value)
	}
	sh := shower{env: env, red: red, idents: s.Identifiers(s.Environments[0])}
	l := secret.Label
	for _, tc := range []struct {
		name string
		got  secret.Text
		want string
	}{
		{"url", sh.urlTemplate("url", s.Scenarios[0].Steps[0].Request.URL.Raw),
			"http://" + l("url userinfo", "u:Q") + "@127.0.0.1:1/x?k=" + l("url query k", "zq") + "&limit=" + l("url query limit", "10") + "&k=" + l("url query k", "a b") + "#f"},
		{"token_url", sh.urlTemplate("m.token_url", "http://t:T@127.0.0.1:1/token?tenant=t9&x="),
			"http://" + l("m.token_url userinfo", "t:T") + "@127.0.0.1:1/token?tenant=" + l("m.token_url query tenant", "t9") + "&x="},
		{"base_url", func() secret.Text { b, q := sh.base(); return b + "?" + q }(),
			"http://" + l("base_url userinfo", "b:P") + "@127.0.0.1:1/api?r=" + l("base_url query r", "e1")},
		{"${base_url} in a url", sh.urlTemplate("url", "${base_url}/x"),
			"http://" + l("base_url userinfo", "b:P") + "@127.0.0.1:1/api?r=" + l("base_url query r", "e1") + "/x"},
	} {
		if r := secret.Render(red, string(tc.got)); r != tc.want {
			t.Errorf("%s rendered\n%s\nwant\n%s", tc.name, r, tc.want)
		}
		for _, short := range []string{":Q@", ":T@", ":P@", "=zq", "=10", "=t9", "=e1", "a b", "a%20b"} {
			if strings.Contains(secret.Render(red, string(tc.got)), short) {
				t.Errorf("%s shows %q", tc.name, short)
			}
		}
	}
}
