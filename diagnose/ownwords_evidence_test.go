package diagnose

import (
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/authspec/authspec/secret"
	"github.com/authspec/authspec/secret/secrettest"
	"github.com/authspec/authspec/vocab"
)

// TestEvidenceKeepsOwnWords: a block page's, an IP refusal's and a
// probe's evidence is authspec's words around what the server sent; a
// short secret of another credential that is one of those words ("the",
// "page", "request", "credential") leaves them as written, and the token
// sent shows in no form.
func TestEvidenceKeepsOwnWords(t *testing.T) {
	const token = "Zx9-long-Bearer-Token-5521"
	cred := bearer("API_TOKEN", token)
	sent := http.Header{"Authorization": {"Bearer " + token}, "Accept": {"application/json"}}
	page := http.Header{"Content-Type": {"text/html"}, "Server": {"cloudflare"}, "Cf-Ray": {"8a1b2c3d4e5f6789-FRA"}}
	jsonH := http.Header{"Content-Type": {"application/json"}}
	for _, tc := range []struct {
		name   string
		secret []string // each a short password of another credential
		ex     Exchange
		code   string
		want   []string
	}{
		{"block page", []string{"the", "page", "accepted", "says", "header", "Server"},
			Exchange{StatusCode: 403, ResponseHeader: page, ResponseBody: []byte(`<html><head><title>Attention Required! | Cloudflare</title></head><body><h1>Sorry, you have been blocked</h1></body></html>`)},
			BlockedByProxy, []string{
				"Content-Type: text/html (an HTML page; the request accepted application/json)",
				"header CF-RAY",
				"Server: cloudflare",
				`the page says "cloudflare"`,
				"page: Attention Required! | Cloudflare",
			}},
		{"IP refused", []string{"the", "body", "request", "address"},
			Exchange{StatusCode: 403, ResponseHeader: jsonH, ResponseBody: []byte(`{"message":"Forbidden: 203.0.113.7 blocked"}`)},
			IPRestricted, []string{"the body refuses the request by IP address"}},
		{"IP words", []string{"the", "body", "mentions"},
			Exchange{StatusCode: 403, ResponseHeader: jsonH, ResponseBody: []byte(`{"message":"Caller not on allowlist"}`)},
			IPRestricted, []string{`the body mentions "allowlist"`}},
		{"probe invalid", []string{"the", "credential", "probe", "shape"},
			Exchange{StatusCode: 200, ExpectReject: true, Kind: vocab.KindFailure, Probe: vocab.ProbeInvalid, ResponseHeader: jsonH, ResponseBody: []byte(`{"id":1}`)},
			CredentialNotChecked, []string{"probe invalid: the credential was changed but kept its shape"}},
	} {
		for _, pass := range tc.secret {
			t.Run(tc.name+"/"+pass, func(t *testing.T) {
				red := newRedactor(nil, cred).r
				red.Add("OTHER_PASSWORD", pass)
				ex := tc.ex
				ex.Env, ex.Credential, ex.Redactor = "staging", cred, red
				ex.Method, ex.URL, ex.RequestHeader = "GET", "http://127.0.0.1:1/v1/accounts", sent
				causes := Analyze(ex)
				i := slices.IndexFunc(causes, func(c Cause) bool { return c.Code == tc.code })
				if i < 0 {
					t.Fatalf("no %s in %v", tc.code, codesOf(causes))
				}
				var ev []string
				for _, e := range causes[i].Evidence {
					ev = append(ev, render(t, red, e, pass))
				}
				for _, want := range tc.want {
					if !slices.Contains(ev, want) {
						t.Errorf("evidence lacks %q:\n%s", want, strings.Join(ev, "\n"))
					}
				}
				secrettest.NoForms(t, strings.Join(ev, "\n")+"\n"+render(t, red, causes[i].Message, pass), token)
				if got := red.Redact("x " + pass + " y"); !strings.Contains(got, "[OTHER_PASSWORD sha256:") {
					t.Fatalf("the redactor leaves %q in other text (%q): the test shows nothing", pass, got)
				}
			})
		}
	}
}

// TestTestKeyKeepsOwnWords: test_key_in_production says how the key looks
// in authspec's words, which a short password of another credential
// ("test", "looks", "sandbox", "contains") does not rewrite; the marker is
// a word of authspec's list, shown as written, unless it is the whole key.
func TestTestKeyKeepsOwnWords(t *testing.T) {
	for _, tc := range []struct{ key, want string }{
		{"mytestkey-9f8e7d6c5b", `KEY looks like a test key (contains "test"), but production is a production environment; a live API does not accept test keys — use the live key`},
		{"sk_test_9f8e7d6c5b4a", `KEY is a test/sandbox key (starts with sk_test_), but production is a production environment; a live API does not accept test keys — use the live key`},
		{"sk_test_", `KEY is a test/sandbox key (starts with [KEY sha256:` + secret.Fingerprint("sk_test_") + `]), but production is a production environment; a live API does not accept test keys — use the live key`},
	} {
		for _, pass := range []string{"test", "looks", "like", "sandbox", "contains", "starts"} {
			t.Run(tc.key+"/"+pass, func(t *testing.T) {
				cred := Credential{Name: "api", Type: vocab.CredAPIKey, Values: []Value{{Source: "KEY", Value: tc.key, Field: vocab.FieldKey}}}
				red := newRedactor(nil, &cred).r
				red.Add("OTHER_PASSWORD", pass)
				var got []string
				for _, f := range Preflight(cred, "production", nil, nil, time.Time{}, 0) {
					if f.Code == TestKeyInProduction {
						got = append(got, render(t, red, f.Message, pass))
					}
				}
				if len(got) != 1 || got[0] != tc.want {
					t.Errorf("test_key_in_production = %q\nwant %q", got, tc.want)
				}
				secrettest.NoForms(t, strings.Join(got, "\n"), tc.key)
				if r := red.Redact("x " + pass + " y"); !strings.Contains(r, "[OTHER_PASSWORD sha256:") {
					t.Fatalf("the redactor leaves %q in other text (%q): the test shows nothing", pass, r)
				}
			})
		}
	}
}
