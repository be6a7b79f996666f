package diagnose

import (
	"encoding/base64"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/authspec/authspec/secret"
	"github.com/authspec/authspec/vocab"

	_ "github.com/authspec/authspec/internal/golden" // accepts go test -update
)

func TestAnalyzeNothingToSay(t *testing.T) {
	for _, tt := range []struct {
		expect string
		reject bool
		status int
	}{
		{"401", true, 401},
		{"[401, 403]", true, 403},
		{"4xx", true, 403},
		{"2xx", false, 200},
		{"[200, 204]", false, 204},
		{"2xx", false, 404}, // not an auth answer
		{"2xx", false, 500},
		{"401", true, 404},
		{"401", true, 302},
		{"400 or 422", true, 200}, // missing-data: not about the credential
	} {
		ex := Exchange{Expected: wantStatus(tt.expect), ExpectReject: tt.reject, StatusCode: tt.status, Method: "GET", URL: "http://127.0.0.1/x"}
		if got := Analyze(ex); got != nil {
			t.Errorf("expect %s, got %d: %v, want nothing", tt.expect, tt.status, codesOf(got))
		}
	}
}

func TestAnalyzeDefaultsFromKind(t *testing.T) {
	// No expected status: a permission scenario expects 403.
	ex := Exchange{Kind: "permission", ExpectReject: true, StatusCode: 401, Method: "DELETE", URL: "http://127.0.0.1/v1/a",
		Credential:    bearer("API_TOKEN", "opq_7Hd92kLmQ4pX"),
		RequestHeader: http.Header{"Authorization": {"Bearer opq_7Hd92kLmQ4pX"}}}
	if got := codesOf(Analyze(ex)); len(got) == 0 || got[0] != AuthenticationBeforeAuthorization {
		t.Errorf("got %v", got)
	}
}

// A failure scenario without credentials expects 401 and gets nginx's own
// 403 page: the swapped status says what to change; the page read as a
// permission follows.
func TestAnalyzeWebServerPageForAFailureScenario(t *testing.T) {
	ex := Exchange{Kind: vocab.KindFailure, ExpectReject: true, StatusCode: 403, Method: "GET", URL: "http://127.0.0.1/admin/",
		ResponseHeader: http.Header{"Content-Type": {"text/html"}, "Server": {"nginx/1.22.1"}}, ResponseBody: []byte(nginxPage)}
	if got := codesOf(Analyze(ex)); len(got) < 2 || got[0] != AuthenticationBeforeAuthorization || got[1] != PermissionDenied {
		t.Errorf("got %v, want authentication_before_authorization, then permission_denied", got)
	}
}

// A zero Exchange, nil headers, garbage URL: no panic, something sensible.
func TestAnalyzeSparse(t *testing.T) {
	for _, ex := range []Exchange{
		{StatusCode: 401},
		{StatusCode: 403, URL: "::not a url", Credential: &Credential{}},
		{StatusCode: 200, ExpectReject: true},
		{StatusCode: 429, ResponseBody: []byte("\x00\xff<html>")},
		{StatusCode: 401, Credential: &Credential{Type: vocab.CredBasic, Values: []Value{{Field: vocab.FieldUsername}, {Field: vocab.FieldPassword}}}},
	} {
		cs := Analyze(ex)
		if len(cs) == 0 {
			t.Errorf("%+v: no causes", ex)
		}
	}
}

func TestAnalyzeRedaction(t *testing.T) {
	const user, pass = "admin", "S3cret-Pa55!"
	c := basicCred(user, pass)
	c.Name = "admin"
	basic := base64.StdEncoding.EncodeToString([]byte(user + ":" + pass))
	ex := Exchange{
		Env: "staging", Expected: wantStatus("2xx"), StatusCode: 401, Method: "GET",
		URL:           "http://127.0.0.1/v1/users/" + pass + "?debug=" + basic,
		Credential:    c,
		RequestHeader: http.Header{"Authorization": {"Basic " + basic}},
		ResponseHeader: http.Header{"Www-Authenticate": {`Basic realm="users", error="invalid_token", error_description="bad credentials ` + basic + `"`},
			"Content-Type": {"application/json"}},
		ResponseBody: []byte(`{"message":"user admin with password S3cret-Pa55! is unknown (` + basic + `)"}`),
		Now:          time.Now(),
	}
	cs := Analyze(ex)
	texts := causeTexts(cs)
	assertNoSecret(t, texts, c, basic)
	for _, s := range texts {
		if strings.Contains(s, "[[") {
			t.Errorf("nested label in %q", s)
		}
	}
	if !strings.Contains(strings.Join(texts, "\n"), "[ADMIN_USER:ADMIN_PASSWORD sha256:") {
		t.Errorf("the Basic pair is not labelled:\n%s", dump(cs))
	}
}

// A token the suite did not declare (a capture, a header written by hand)
// is shown by shape and fingerprint only.
func TestAnalyzeUnknownToken(t *testing.T) {
	const captured = "opq_Capt4redT0ken_123456"
	ex := Exchange{Expected: wantStatus("2xx"), StatusCode: 401, Method: "GET", URL: "http://127.0.0.1/v1/me",
		RequestHeader: http.Header{"Authorization": {"Bearer " + captured}, "X-Session-Token": {captured}}}
	cs := Analyze(ex)
	assertNoSecret(t, causeTexts(cs), nil, captured)
	if got := codesOf(cs); len(got) == 0 || got[0] != CredentialRejected {
		t.Errorf("got %v", got)
	}
	if !strings.Contains(dump(cs), "<opaque, 24 chars>") {
		t.Errorf("the token's shape is missing:\n%s", dump(cs))
	}
}

func TestExcerpt(t *testing.T) {
	r := newRedactor(nil, bearer("API_TOKEN", "opq_7Hd92kLmQ4pX"))
	long := strings.Repeat("a", 300) + "opq_7Hd92kLmQ4pX"
	got := r.excerpt("line1\nline2\x1b[31m\ttab "+long, 310)
	if strings.ContainsAny(got, "\n\t\x1b") || strings.Contains(got, "opq_7Hd92kLmQ4pX") || !strings.HasPrefix(got, "line1 line2 tab aaa") {
		t.Errorf("excerpt = %q", got)
	}
	// A label is never cut in half: cut before it.
	for max := 320; max < 350; max++ {
		got := r.excerpt(long, max)
		if strings.Contains(got, "[API") && !strings.Contains(got, "[API_TOKEN sha256:108fa8]") {
			t.Errorf("excerpt(%d) cut the label: %q", max, got)
		}
	}
}

// Words a row matched across a JSON body's fields are not shown as escaped
// syntax; the server's message is.
func TestAnalyzeEvidenceWithoutJSONSyntax(t *testing.T) {
	ex := Exchange{StatusCode: 401, Method: "GET", URL: "http://127.0.0.1/api/users", Credential: basicCred("monitor", "Sh4red-Rabbit-Pass"),
		RequestHeader:  http.Header{"Authorization": {"Basic " + base64.StdEncoding.EncodeToString([]byte("monitor:Sh4red-Rabbit-Pass"))}},
		ResponseHeader: http.Header{"Content-Type": {"application/json"}}, ResponseBody: []byte(`{"error":"not_authorised","reason":"Not administrator user"}`)}
	cs := Analyze(ex)
	if len(cs) == 0 || cs[0].Code != PermissionDenied {
		t.Fatalf("got %v", codesOf(cs))
	}
	ev := secret.Render(&secret.Redactor{}, strings.Join(cs[0].Evidence, "\n"))
	if strings.Contains(ev, `\"`) || !strings.Contains(ev, `the server said: "Not administrator user"`) {
		t.Errorf("evidence:\n%s", ev)
	}
}
