package runner

import (
	"context"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"
)

// A credential typed in a -d body (client_secret=… in a form, "password"
// or "api_key" in JSON, at any depth) is a secret like one typed in -H:
// the server gets the body byte for byte as typed, the request shown
// labels each such value and keeps every other field, and the server's
// echo of it is hidden in every form.
func TestRequestTypedBodyCredentialsAreSecrets(t *testing.T) {
	const secretV, pw, key, nested = "cs_typed_0123456789abcdef", "pw+typed/9876543210", "key_typed_abcdef0123456789", "pw_nested_0011223344556677"
	for _, tc := range []struct {
		name, body string
		secrets    []string
		labels     []string
		kept       []string
	}{
		{"form", "grant_type=client_credentials&client_id=app-7&client_secret=" + secretV + "&user%5Bpassword%5D=" + strings.ReplaceAll(pw, "+", "%2B") + "&scope=read",
			[]string{secretV, pw, strings.ReplaceAll(pw, "+", "%2B")}, []string{"client_secret=[D_CLIENT_SECRET sha256:", "user%5Bpassword%5D=[D_USER_PASSWORD_ sha256:"},
			[]string{"grant_type=client_credentials&client_id=app-7&", "&scope=read"}},
		{"JSON", `{"user": "ada", "password" : "` + pw + `", "settings": {"api_key": "` + key + `", "theme": "dark", "creds": [{"Password": "` + nested + `"}]}, "pin_code": 1234, "author": "ada"}`,
			[]string{pw, key, nested}, []string{`"password" : "[D_PASSWORD sha256:`, `"api_key": "[D_API_KEY sha256:`, `"Password": "[D_PASSWORD_2 sha256:`},
			[]string{`{"user": "ada", `, `"theme": "dark"`, `"pin_code": 1234, "author": "ada"}`}},
		{"JSON array", `{"name": "ci", "api_keys": ["` + key + `", "` + nested + `"]}`,
			[]string{key, nested}, []string{`"api_keys": ["[D_API_KEYS sha256:`, `", "[D_API_KEYS_2 sha256:`},
			[]string{`{"name": "ci", `}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			srv, _ := lcServer(t, func(w http.ResponseWriter, r *http.Request) {
				b, _ := io.ReadAll(r.Body)
				got = append(got, string(b))
				w.WriteHeader(http.StatusUnauthorized)
				_, _ = w.Write([]byte("rejected " + string(b)))
			})
			ss := lcLoad(t, "version: 1\nname: Typed\nenvironments:\n  staging: { base_url: \"{{URL}}\" }\nscenarios:\n  - { name: reads, request: { path: /v1/me } }\n", nil, "{{URL}}", srv.URL)
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer cancel()
			rep, err := Request(ctx, ss, Single{Env: "staging", Auth: "none", Method: "POST", Target: "/v1/login", Body: tc.body},
				Options{Getenv: func(string) (string, bool) { return "", false }, KeepExchanges: true})
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != 1 || got[0] != tc.body {
				t.Fatalf("the server got %q, want the body as typed %q", got, tc.body)
			}
			st := rep.Results[0].Steps[0]
			unmark := strings.NewReplacer("\ufdd0", "", "\ufdd1", "")
			shown := unmark.Replace(rep.Redactor.Redact(string(st.Request.Body)))
			echo := rep.Redactor.Redact(string(st.Response.Body))
			for _, w := range append(tc.labels, tc.kept...) {
				if !strings.Contains(shown, w) {
					t.Errorf("the request body shown lacks %q:\n%s", w, shown)
				}
				if !strings.Contains(echo, w) {
					t.Errorf("the echo shown lacks %q:\n%s", w, echo)
				}
			}
			noSecretForms(t, shown+"\n"+echo, tc.secrets...)
			lcNoSecrets(t, rep, tc.secrets...)
		})
	}
}

// Only credential-named fields of a form or a JSON body are turned into
// variables; a value that refers to one already, a body that is neither,
// and a body without such a field are left as typed.
func TestTypedBody(t *testing.T) {
	for _, tc := range []struct{ body, want string }{
		{"password=hunter22&remember=1", "password=${D_PASSWORD}&remember=1"},
		{"password=${PW}&x=1", "password=${PW}&x=1"},
		{"password=&x=1", "password=&x=1"},
		{"bypass=1&passport=AB123&author=ada", "bypass=1&passport=AB123&author=ada"},
		{"just some text with password=x in it", "just some text with password=x in it"},
		{`{"token":"t0k","n":[1,{"secret":2}],"ok":true}`, `{"token":"${D_TOKEN}","n":[1,{"secret":${D_SECRET}}],"ok":true}`},
		{`{"a":{"b":"c"},"key":"k\"1"}`, `{"a":{"b":"c"},"key":"${D_KEY}"}`},
		{`{"session":null,"auth":false}`, `{"session":null,"auth":false}`},
		{`{"password":"p1","broken`, `{"password":"${D_PASSWORD}","broken`},
		{`[{"api_key":"k1"},{"api_key":"k2"}]`, `[{"api_key":"${D_API_KEY}"},{"api_key":"${D_API_KEY_2}"}]`},
		{`{"api_keys":["k1",["k2"]],"ids":["a"],"tokens":[{"name":"n"}]}`, `{"api_keys":["${D_API_KEYS}",["${D_API_KEYS_2}"]],"ids":["a"],"tokens":[{"name":"n"}]}`},
		{`["k1",{"secret":"s"}]`, `["k1",{"secret":"${D_SECRET}"}]`},
	} {
		opt := Options{Getenv: func(string) (string, bool) { return "", false }}
		if got := typedBody(tc.body, &opt, map[string]bool{}); got != tc.want {
			t.Errorf("typedBody(%q) = %q, want %q", tc.body, got, tc.want)
		}
	}
}
