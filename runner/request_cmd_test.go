package runner

import (
	"context"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/authspec/authspec/results"
	"github.com/authspec/authspec/suites"
)

// authspec request -d sends a Content-Type as curl -d does
// (application/x-www-form-urlencoded), application/json for a body that
// starts as JSON does, and the one -H names when it names one (in any
// case). The server sees it; the result shows it; the token is not shown.
func TestRequestBodyContentType(t *testing.T) {
	const token = "tok_req_body_0123456789abcdef"
	ss, seen := tokenRequestSuite(t, "Body", token)
	for i, tc := range []struct {
		body    string
		headers []string
		want    string
	}{
		{"plan=pro&seats=3", nil, "application/x-www-form-urlencoded"},
		{`{"plan":"pro"}`, nil, "application/json"},
		{"  [1, 2]", nil, "application/json"},
		{"plan=pro", []string{"content-type: text/plain"}, "text/plain"},
		{`{"plan":"pro"}`, []string{"X-Trace: 1", "Content-Type: application/merge-patch+json"}, "application/merge-patch+json"},
		{"", nil, ""},
	} {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		rep, err := Request(ctx, ss, Single{Env: "staging", Auth: "token", Method: "post", Target: "/v1/accounts", Headers: tc.headers, Body: tc.body},
			Options{Getenv: func(string) (string, bool) { return "", false }, KeepExchanges: true})
		cancel()
		if err != nil {
			t.Fatalf("%q: %v", tc.body, err)
		}
		got := seen.all()
		if len(got) != i+1 {
			t.Fatalf("%q: the server got %d requests, want %d", tc.body, len(got), i+1)
		}
		sent := got[i].Header.Values("Content-Type")
		if tc.want == "" && len(sent) != 0 || tc.want != "" && (len(sent) != 1 || sent[0] != tc.want) {
			t.Errorf("%q %q: sent Content-Type %q, want %q", tc.body, tc.headers, sent, tc.want)
		}
		r := rep.Results[0]
		lcWant(t, r, results.Passed, results.None)
		if shown := r.Steps[0].Request.Header["Content-Type"]; tc.want != "" && (len(shown) != 1 || !strings.Contains(shown[0], tc.want)) {
			t.Errorf("%q: the result shows Content-Type %q, want %q", tc.body, shown, tc.want)
		}
		if shown := rep.Redactor.Redact(string(r.Steps[0].Request.Body)); !strings.Contains(shown, strings.TrimSpace(tc.body)) {
			t.Errorf("%q: the result shows the body %q", tc.body, shown)
		}
		lcNoSecrets(t, rep, token)
	}
}

// A header the scenario (or request -H) writes and the credential also
// sets is sent with the credential's value; the result shows what was
// sent, labelled, not the scenario's template: authspec request -H
// 'Authorization: Bearer X' --auth token showed '> Authorization: Bearer
// X' while the server got the token.
func TestShownHeaderOverriddenByCredential(t *testing.T) {
	const token = "tok_req_hdr_0123456789abcdef"
	ss, seen := tokenRequestSuite(t, "Override", token)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	rep, err := Request(ctx, ss, Single{Env: "staging", Auth: "token", Method: "GET", Target: "/v1/me",
		Headers: []string{"Authorization: Bearer typed-by-hand", "X-Trace: t-42"}},
		Options{Getenv: func(string) (string, bool) { return "", false }, KeepExchanges: true})
	if err != nil {
		t.Fatal(err)
	}
	if got := seen.all()[0].Header.Get("Authorization"); got != "Bearer "+token {
		t.Fatalf("the server got Authorization %q, want the credential's token", got)
	}
	r := rep.Results[0]
	lcWant(t, r, results.Passed, results.None)
	shown := rep.Redactor.Redact(strings.Join(r.Steps[0].Request.Header["Authorization"], "|"))
	if strings.Contains(shown, "typed-by-hand") || !strings.HasPrefix(shown, "Bearer [TOKEN") {
		t.Errorf("the result shows Authorization %q, want the credential's label", shown)
	}
	if got := strings.Join(r.Steps[0].Request.Header["X-Trace"], "|"); !strings.Contains(got, "t-42") {
		t.Errorf("the result shows X-Trace %q, want t-42", got)
	}
	lcNoSecrets(t, rep, token)
}

// A credential typed in request -H (as curl users write -H
// "Authorization: Bearer $TOKEN") is sent as typed, and is a secret: the
// request shown labels it and a server's echo of it is hidden; the scheme
// word and an ordinary header stay as typed.
func TestRequestTypedCredentialIsSecret(t *testing.T) {
	const typed, key = "typed_tok_0123456789abcdef", "typed_key_9876543210fedcba"
	rep, seen := echoRequest(t, []string{"Authorization: Bearer " + typed, "X-Api-Key: " + key, "X-Trace: t-42"}, "Authorization", "X-Api-Key")
	got := seen.all()[0].Header
	if got.Get("Authorization") != "Bearer "+typed || got.Get("X-Api-Key") != key {
		t.Fatalf("the server got %q and %q, want them as typed", got.Get("Authorization"), got.Get("X-Api-Key"))
	}
	st := rep.Results[0].Steps[0]
	unmark := strings.NewReplacer("\ufdd0", "", "\ufdd1", "") // the literal marks the sink removes
	shown := func(h map[string][]string, name string) string {
		return unmark.Replace(rep.Redactor.Redact(strings.Join(h[name], "|")))
	}
	if a := shown(st.Request.Header, "Authorization"); !strings.HasPrefix(a, "Bearer [H_AUTHORIZATION") {
		t.Errorf("the request shows Authorization %q, want the scheme and a label", a)
	}
	if k := shown(st.Request.Header, "X-Api-Key"); !strings.HasPrefix(k, "[H_X_API_KEY") {
		t.Errorf("the request shows X-Api-Key %q, want a label", k)
	}
	if tr := shown(st.Request.Header, "X-Trace"); !strings.Contains(tr, "t-42") {
		t.Errorf("the request shows X-Trace %q, want t-42", tr)
	}
	if body := rep.Redactor.Redact(string(st.Response.Body)); !strings.HasPrefix(body, "rejected Bearer [H_AUTHORIZATION") || strings.Contains(body, typed) || strings.Contains(body, key) {
		t.Errorf("the echo shows %q", body)
	}
	lcNoSecrets(t, rep, typed, key)
}

// tokenRequestSuite is a suite named name whose environment staging sends
// token as a bearer credential named token to a server that accepts only
// it, and that server's record of what it got.
func tokenRequestSuite(t *testing.T, name, token string) ([]*suites.Suite, *lcSeen) {
	srv, seen := lcServer(t, lcBearerAPI(token))
	return lcLoad(t, `version: 1
name: `+name+`
environments:
  staging: { base_url: "{{URL}}", vars: { TOKEN: `+token+` } }
credentials:
  token: { type: bearer, token: "${TOKEN}" }
scenarios:
  - name: reads
    auth: token
    request: { method: GET, path: /v1/me }
`, nil, "{{URL}}", srv.URL), seen
}

// Two -H names that make the same variable name (X-Api-Key, X.Api.Key)
// each send their own value.
func TestRequestTypedCredentialsOfOneVariableName(t *testing.T) {
	const a, b = "typed_key_a_0123456789abcdef", "typed_key_b_9876543210fedcba"
	ss, seen := tokenRequestSuite(t, "Typed", "tok_unused_0123456789abcdef")
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	rep, err := Request(ctx, ss, Single{Env: "staging", Auth: "none", Method: "GET", Target: "/v1/me",
		Headers: []string{"X-Api-Key: " + a, "X.Api.Key: " + b}},
		Options{Getenv: func(string) (string, bool) { return "", false }, KeepExchanges: true})
	if err != nil {
		t.Fatal(err)
	}
	got := seen.all()[0].Header
	if got.Get("X-Api-Key") != a || got.Get("X.Api.Key") != b {
		t.Fatalf("the server got %q and %q, want %q and %q", got.Get("X-Api-Key"), got.Get("X.Api.Key"), a, b)
	}
	lcNoSecrets(t, rep, a, b)
}

// A password typed in -H (X-Password, X-Pass) is a credential like a
// token: labelled in the request shown, hidden in the server's echo; a
// header that merely holds the letters (X-Bypass-Cache) is shown as typed.
func TestRequestTypedPasswordIsSecret(t *testing.T) {
	const pw, pass = "typed_pw_0123456789abcdef", "typed_pass_9876543210fedcba"
	rep, _ := echoRequest(t, []string{"X-Password: " + pw, "X-Pass: " + pass, "X-Bypass-Cache: bypass-1"}, "X-Password", "X-Pass")
	st := rep.Results[0].Steps[0]
	unmark := strings.NewReplacer("\ufdd0", "", "\ufdd1", "")
	shown := func(h map[string][]string, name string) string {
		return unmark.Replace(rep.Redactor.Redact(strings.Join(h[name], "|")))
	}
	for name, want := range map[string]string{"X-Password": "[H_X_PASSWORD sha256:", "X-Pass": "[H_X_PASS sha256:", "X-Bypass-Cache": "bypass-1"} {
		if got := shown(st.Request.Header, name); !strings.HasPrefix(got, want) {
			t.Errorf("the request shows %s %q, want %q…", name, got, want)
		}
	}
	body := rep.Redactor.Redact(string(st.Response.Body))
	if !strings.HasPrefix(body, "rejected [H_X_PASSWORD sha256:") || !strings.Contains(body, " and [H_X_PASS sha256:") {
		t.Errorf("the echo shows %q", body)
	}
	noSecretForms(t, body, pw, pass)
	lcNoSecrets(t, rep, pw, pass)
}

// echoRequest sends authspec request GET /v1/me, without a credential,
// with the headers typed, to a server that answers 401 "rejected " and
// the values of the echoed headers it got, joined by " and ".
func echoRequest(t *testing.T, headers []string, echoed ...string) (*results.Report, *lcSeen) {
	t.Helper()
	srv, seen := lcServer(t, func(w http.ResponseWriter, r *http.Request) {
		var got []string
		for _, h := range echoed {
			got = append(got, r.Header.Get(h))
		}
		w.WriteHeader(http.StatusUnauthorized)
		_, _ = w.Write([]byte("rejected " + strings.Join(got, " and ")))
	})
	ss := lcLoad(t, `version: 1
name: Typed
environments:
  staging: { base_url: "{{URL}}" }
scenarios:
  - name: reads
    request: { method: GET, path: /v1/me }
`, nil, "{{URL}}", srv.URL)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	rep, err := Request(ctx, ss, Single{Env: "staging", Auth: "none", Method: "GET", Target: "/v1/me", Headers: headers},
		Options{Getenv: func(string) (string, bool) { return "", false }, KeepExchanges: true})
	if err != nil {
		t.Fatal(err)
	}
	return rep, seen
}
