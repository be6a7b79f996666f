package runner

import (
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/authspec/authspec/results"
	"github.com/authspec/authspec/secret"
)

// A token endpoint that issued a token (2xx) may give it under a name
// authspec does not read ({"jwt":…}, {"result":{"value":…}}) or bare (a
// text/plain body, a JSON string, "Bearer <token>", in XML or in a
// sentence). The run fails (no
// access_token), the failure shows the token request with its answer,
// and the token must be a label there and everywhere: the answer's
// strings that look like a credential are secrets. Identifiers, the
// token's type, scopes and numbers stay as written, and a refused
// answer's (4xx) identifiers are not guessed at.
func TestLCOAuthTokenAnswersWithoutTokenNames(t *testing.T) {
	const (
		tok = "Zq8Yp7Xo6Wn5Vm4Ul3Tk2Sj1"
		jwt = "eyJhbGciOiJub25lIn0.eyJzdWIiOiJtYWNoaW5lIn0.c2lnbmF0dXJlMTIz"
	)
	for name, answer := range map[string]struct {
		status        int
		ctype, body   string
		secrets, kept []string
	}{
		"plain":       {200, "text/plain", tok + "\n", []string{tok}, nil},
		"bearer text": {200, "text/plain", "Bearer " + tok, []string{tok}, []string{"Bearer "}},
		"JSON string": {200, "application/json", `"` + tok + `"`, []string{tok}, nil},
		"JSON word":   {200, "application/json", `"success"`, nil, []string{`"success"`}},
		"session id": {200, "application/json", `{"session_id":"a1b2c3d4e5f6a7b8c9d0","user_id":"u-0123456789abcdef","api_key":"key-for-the-reports-app"}`,
			[]string{"a1b2c3d4e5f6a7b8c9d0", "key-for-the-reports-app"}, []string{`"user_id":"u-0123456789abcdef"`, `"session_id":"[machine.session_id sha256:`, `"api_key":"[machine.api_key sha256:`}},
		"jwt key": {200, "application/json", `{"jwt":"` + jwt + `","type":"Bearer","expires":3600,"scope":"read write","client_id":"app-client-000000000001"}`,
			[]string{jwt}, []string{`"type":"Bearer"`, `"expires":3600`, `"scope":"read write"`, `"client_id":"app-client-000000000001"`, `"jwt":"[machine.jwt sha256:`}},
		"camel case": {200, "application/json", `{"accessToken":"` + tok + `","tokenType":"Bearer","issuedTokenType":"urn:ietf:params:oauth:token-type:access_token"}`,
			[]string{tok}, []string{`"tokenType":"Bearer"`, `"issuedTokenType":"urn:ietf:params:oauth:token-type:access_token"`, `"accessToken":"[machine.accessToken sha256:`}},
		"nested value": {200, "application/json", `{"status":"ok","result":{"value":"` + tok + `","list":["` + jwt + `"]},"request_id":"req0123456789abcdef"}`,
			[]string{tok, jwt}, []string{`"status":"ok"`, `"request_id":"req0123456789abcdef"`}},
		"xml": {200, "application/xml", `<?xml version="1.0"?><OAuth><access_token>` + tok + `</access_token><token_type>bearer</token_type></OAuth>`,
			[]string{tok}, []string{`<token_type>bearer</token_type>`}},
		"prose": {200, "text/plain", "Your token is " + tok + "; it expires in 3600 seconds (token=" + jwt + ").",
			[]string{tok, jwt}, []string{"Your token is ", "; it expires in 3600 seconds (token="}},
		"refused": {400, "application/json", `{"error":"invalid_request","debug":"c0ffee1234567890abcdef"}`,
			nil, []string{`"debug":"c0ffee1234567890abcdef"`}},
		// An issued answer's list under a key naming identifiers is shown
		// as written, one under a key naming a credential (key: key_ids,
		// a key's own id perhaps, but the one rule for names says key) is
		// not, however little its values look like tokens.
		"id lists": {200, "application/json", `{"token":{"value":"` + tok + `"},"request_ids":["req0123456789abcdef"],"userIds":["u0123456789abcdef0"],"key_ids":["kid-short","kid0123456789abcdef"]}`,
			[]string{tok, "kid-short", "kid0123456789abcdef"}, []string{`"request_ids":["req0123456789abcdef"]`, `"userIds":["u0123456789abcdef0"]`, `"key_ids":["[machine.key_ids sha256:`}},
		"refused list": {400, "application/json", `{"error":"invalid_grant","refresh_tokens":["rt_short1","` + tok + `"],"request_ids":["req-1"]}`,
			[]string{"rt_short1", tok}, []string{`"error":"invalid_grant"`, `"refresh_tokens":["[machine.refresh_tokens sha256:`, `"request_ids":["req-1"]`}},
		"form odd name": {200, "application/x-www-form-urlencoded", "access_token=at_short9&token_type=bearer&expires+in=3600",
			[]string{"at_short9"}, []string{"access_token=[machine.access_token sha256:", "&token_type=bearer&expires+in=3600"}},
		"refused form odd name": {401, "application/x-www-form-urlencoded", "error=invalid_client&client_secret=cs_echo_42&x:y=1",
			[]string{"cs_echo_42"}, []string{"error=invalid_client&client_secret=[machine.client_secret sha256:", "&x:y=1"}},
	} {
		t.Run(name, func(t *testing.T) {
			rep, r, masked := lcTokenAnswer(t, answer.status, answer.ctype, answer.body)
			lcWant(t, rep.Results[0], results.Errored, results.TokenEndpoint)
			shown := r.Redact(string(rep.Results[0].TokenRequests[0].Response.Body)) + "\n" + r.Redact(rep.Results[0].Message)
			noSecretForms(t, shown, answer.secrets...)
			lcNoSecretsInTokenRequests(t, rep, answer.secrets...)
			lcNoSecrets(t, rep, answer.secrets...)
			for _, s := range answer.secrets {
				if !masked[s] {
					t.Errorf("%q was not announced to OnSecret (::add-mask::)", s)
				}
			}
			if len(answer.secrets) > 0 && !strings.Contains(shown, "[machine.") {
				t.Errorf("the answer as shown has no label:\n%s", shown)
			}
			for _, w := range answer.kept {
				if !strings.Contains(shown, w) {
					t.Errorf("the answer as shown lacks %q:\n%s", w, shown)
				}
			}
		})
	}
}

// What an issued answer holds looks like a credential only when it is
// long and written as a token is; the words of a page, a scope, a URL, a
// date or a number do not.
func TestLooksLikeCredential(t *testing.T) {
	for _, s := range []string{"eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.c2ln", "gho_16C7e42F292c6912E7710c838347Ae178B4a",
		"3f9a1c2b4d5e6f708192a3b4c5d6e7f8", "dG9rZW4tMTIzNDU2Nzg5MA==", "a1b2c3d4e5f6g7h8"} {
		if !looksLikeCredential(s) {
			t.Errorf("looksLikeCredential(%q) = false", s)
		}
	}
	for _, s := range []string{"Bearer", "client_credentials", "read write", "https://login.example.com/id/00D5", "2026-12-06T16:22:48Z",
		"1278448832702000", "urn:ietf:params:oauth:token-type:jwt", "a1b2c3d4e5f6g7h", "offline_access_scope"} {
		if looksLikeCredential(s) {
			t.Errorf("looksLikeCredential(%q) = true", s)
		}
	}
}

// lcTokenAnswer runs one scenario of machine, whose token endpoint
// answers status with body as ctype and whose API refuses everything, and
// returns the report (checked to hold the one result and its one token
// request), the run's redactor and the values announced to OnSecret.
func lcTokenAnswer(t *testing.T, status int, ctype, body string) (*results.Report, *secret.Redactor, map[string]bool) {
	t.Helper()
	srv, _ := lcServer(t, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/oauth2/token" {
			w.WriteHeader(http.StatusUnauthorized)
			return
		}
		w.Header().Set("Content-Type", ctype)
		w.WriteHeader(status)
		_, _ = w.Write([]byte(body))
	})
	r := &secret.Redactor{}
	var mu sync.Mutex
	masked := map[string]bool{}
	rep := lcRun(t, lcLoad(t, lcOAuthSuite, lcOAuthEnv, "{{S}}", srv.URL, "{{SCENARIOS}}", lcScenarios(1, "machine")),
		Options{Envs: []string{"staging"}, Redactor: r, Now: time.Now, OnSecret: func(v string) { mu.Lock(); masked[v] = true; mu.Unlock() }})
	if len(rep.Results) != 1 || len(rep.Results[0].TokenRequests) != 1 {
		t.Fatalf("results: %+v", rep.Results)
	}
	return rep, r, masked
}

// A token endpoint that refuses in its own shape (Zoom's reason, Strava's
// errors list, Twitch's message, a rate limit's error_code) is shown with
// its words and diagnosed by them, as an RFC 6749 error is.
func TestLCOAuthTokenRefusalsInTheirOwnShape(t *testing.T) {
	for name, answer := range map[string]struct {
		status      int
		body, words string
		cause       string
	}{
		"Zoom reason": {400, `{"reason":"Invalid client_id or client_secret","error":"invalid_client"}`,
			"invalid_client (Invalid client_id or client_secret)", "credential_rejected"},
		"Strava errors": {400, `{"message":"Bad Request","errors":[{"resource":"Application","field":"client_id","code":"invalid"}]}`,
			"(Application client_id invalid)", "credential_rejected"},
		"Twitch message": {403, `{"status":403,"message":"invalid client secret"}`,
			"(invalid client secret)", "credential_rejected"},
		"SoundCloud error_code": {429, `{"code":429,"message":"rate_limit_exceeded","error":null,"error_code":"rate_limit_exceeded"}`,
			"429: rate_limit_exceeded", "rate_limited"},
	} {
		t.Run(name, func(t *testing.T) {
			rep, r, _ := lcTokenAnswer(t, answer.status, "application/json", answer.body)
			res := rep.Results[0]
			lcWant(t, res, results.Errored, results.TokenEndpoint)
			// Without the marks that tell the run's text from the server's.
			if msg := strings.NewReplacer("\ufdd0", "", "\ufdd1", "").Replace(r.Redact(res.Message)); !strings.Contains(msg, answer.words) {
				t.Errorf("message %q lacks %q", msg, answer.words)
			}
			if len(res.Diagnosis) == 0 || res.Diagnosis[0].Code != answer.cause {
				t.Errorf("diagnosis %+v, want %s first", res.Diagnosis, answer.cause)
			}
			lcNoSecrets(t, rep)
		})
	}
}

// A token endpoint's answer is read as a struct's JSON fields are, without
// regard to case: a token under ACCESS_TOKEN (its lifetime under
// EXPIRES_IN) is the access token, sent to the API, and a secret
// everywhere.
func TestLCOAuthTokenAnswerNamesInAnyCase(t *testing.T) {
	const tok = "Up7Case8Token9Answer0Xy"
	rep, r, _ := lcTokenAnswer(t, 200, "application/json", `{"ACCESS_TOKEN":"`+tok+`","Token_Type":"Bearer","EXPIRES_IN":3600}`)
	if rep.Results[0].TokenRequests[0].NoToken {
		t.Errorf("no access token read from the answer: %s: %s", rep.Results[0].Status, r.Redact(rep.Results[0].Message))
	}
	lcNoSecrets(t, rep, tok)
}
