package diagnose

import (
	"net/http"
	"strings"
	"testing"
	"time"
)

// TestRefusalIn2xxAgreesWithAnalyze: the runner's check of a happy step
// (RefusalIn2xx) and diagnosis read a 2xx answer as a refusal alike,
// either way: a 2xx that Analyze explains as a refusal fails the step, and
// one that it leaves alone passes. The request is built only for an answer
// that says it failed.
func TestRefusalIn2xxAgreesWithAnalyze(t *testing.T) {
	jsonCT := map[string]string{"Content-Type": "application/json"}
	text := map[string]string{"Content-Type": "text/plain; charset=UTF-8"}
	tok := bearer("API_TOKEN", "opq_7Hd92kLmQ4pXrT")
	sk := apiKey("LASTFM_SESSION_KEY", "sk_9f8e7d6c5b4a3210fedc", "", "sk")
	code := apiKey("WITHINGS_CODE", "182e4701321550bd47ba2e9b6873", "", "code")
	const login = "username=alice&password=not-Al1ce-pass"
	for _, tc := range []struct {
		name, reqBody string
		header        map[string]string
		answer        string
		cred          *Credential
		refused       bool
		asksRequest   bool // the answer says it failed: the request is read
	}{
		{"a login answered Fails.", login, text, "Fails.", nil, true, true},
		{"a wait asked in a failing envelope", "", jsonCT, `{"status":601,"body":{"wait_seconds":30},"error":"Same request repeated too soon"}`, tok, true, true},
		{"the credential's parameter named invalid", "", jsonCT, `{"status":503,"error":"Invalid Params: invalid sk"}`, sk, true, true},
		{"a route gone under a key error", "", jsonCT, `{"error":{"error_type":"Application Key Error","error_message":"This method has been retired."}}`, tok, true, true},
		{"ok:false invalid_auth", "", jsonCT, `{"ok":false,"error":"invalid_auth"}`, tok, true, false},
		// Neighbours that pass.
		{"a login answered with a token", login, jsonCT, `{"token":"eyJhbGciOiJIUzI1NiJ9.e30.sig","expires_in":3600}`, nil, false, false},
		{"a login answered Ok.", login, text, "Ok.", nil, false, false},
		{"Fails. to a search", "q=orders&page=2", text, "Fails.", tok, false, true},
		{"status error about data", "", jsonCT, `{"status":"error","message":"Item not found"}`, tok, false, false},
		{"a failing code about data", "", jsonCT, `{"code":1001,"msg":"Invalid date range: start after end"}`, tok, false, true},
		{"another parameter named invalid", "", jsonCT, `{"status":503,"error":"Invalid Params: invalid date"}`, code, false, true},
		{"a success that holds a wait field", "", jsonCT, `{"status":0,"body":{"wait_seconds":5,"measures":[]}}`, tok, false, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cc := corpusCase{api: fixed{status: 200, header: tc.header, body: tc.answer}, cred: tc.cred}
			if tc.reqBody != "" {
				cc.method, cc.path = http.MethodPost, "/api/v2/auth/login"
			}
			ex := cc.run(t, tc.reqBody)
			asked := 0
			r, refused := RefusalIn2xx(ex.ResponseBody, ex.ResponseHeader, func() Exchange { asked++; return ex })
			e := r.Error
			if refused != tc.refused {
				t.Fatalf("RefusalIn2xx = %q, %v; want refused %v", e, refused, tc.refused)
			}
			if refused && strings.TrimSpace(e) == "" {
				t.Error("a refusal without its words")
			}
			if strings.Contains(e, "not-Al1ce-pass") || strings.Contains(e, "sk_9f8e7d6c5b4a3210fedc") {
				t.Errorf("a secret in the refusal's words: %s", e)
			}
			if (asked > 0) != tc.asksRequest {
				t.Errorf("the request was built %d times; want it built: %v", asked, tc.asksRequest)
			}
			// Analyze of the same happy exchange explains the refusal, and
			// nothing else.
			if causes := Analyze(ex); (len(causes) > 0) != tc.refused {
				t.Errorf("Analyze gives %v, RefusalIn2xx refused %v: the two readings disagree", codesOf(causes), refused)
			}
		})
	}
}

// TestRefusalIn2xxSaysWhere: the refusal carries where it was read, the
// part of the answer the runner's failure points at: the body when it
// says so (read first), else the headers.
func TestRefusalIn2xxSaysWhere(t *testing.T) {
	jira := http.Header{"X-Seraph-Loginreason": {"AUTHENTICATED_FAILED"}}
	for _, tc := range []struct {
		name string
		h    http.Header
		body string
		in   string
	}{
		{"the body", nil, `{"ok":false,"error":"invalid_auth"}`, InBody},
		{"the headers", jira, `{"startAt":0,"total":0,"issues":[]}`, InHeaders},
		{"both, the body first", jira, `{"ok":false,"error":"invalid_auth"}`, InBody},
	} {
		r, ok := RefusalIn2xx([]byte(tc.body), tc.h, func() Exchange { return Exchange{} })
		if !ok || r.In != tc.in || r.Error == "" {
			t.Errorf("%s: RefusalIn2xx = %+v, %v; want a refusal in %s", tc.name, r, ok, tc.in)
		}
	}
}

// TestRefusalIn2xxReadsEveryCorpusRefusal: every real answer of the
// corpora that refuses with a 2xx, to a happy step, fails that step
// (RefusalIn2xx), as its expected diagnosis says it is a refusal: a
// reading diagnosis has but the runner's check lacks passes the step
// silently and the diagnosis is never shown (Bungie.net's {"ErrorCode":
// 2101,…} and Midtrans' {"status_code":"401",…} in a 200 did, when the
// keys authError reads were filtered out before it ran).
func TestRefusalIn2xxReadsEveryCorpusRefusal(t *testing.T) {
	n := 0
	for _, pc := range allProviderCases(time.Now()) {
		if pc.status/100 != 2 || pc.want == "" {
			continue
		}
		ex := pc.corpusCase().run(t, "")
		if ex.ExpectReject || ex.Probe != "" {
			continue // not a happy step: its 2xx is judged as a probe's
		}
		n++
		if r, refused := RefusalIn2xx(ex.ResponseBody, ex.ResponseHeader, func() Exchange { return ex }); !refused || strings.TrimSpace(r.Error) == "" {
			t.Errorf("%s: a happy step passes this %d (RefusalIn2xx = %+v, %v), diagnosed as %s: %s", pc.name, pc.status, r, refused, pc.want, pc.body)
		}
	}
	if n < 100 {
		t.Fatalf("only %d 2xx refusals in the corpora: they went missing", n)
	}
}
