package diagnose

import (
	"net/http"
	"slices"
	"strings"
	"testing"

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
