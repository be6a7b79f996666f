package diagnose

import (
	"net/http"
	"testing"
)

// A login or refresh request carries username, password or refresh_token
// in its body by design: a 401 there is not a credential in the wrong
// place. A token field typed into the body is.
func TestBodyFieldsThatAreNotMisplacedCredentials(t *testing.T) {
	challenge := http.Header{"Www-Authenticate": {`Bearer realm="api"`}}
	for _, tc := range []struct {
		body      string
		misplaced bool
	}{
		{`{"username":"alice","password":"wrong-pass"}`, false},
		{`grant_type=refresh_token&refresh_token=rt_0123456789`, false},
		{`{"client_id":"c","client_secret":"s"}`, false},
		{`{"access_token":"tok_0123456789","amount":1}`, true},
		{`api_key=k_0123456789&x=1`, true},
	} {
		causes := Analyze(Exchange{Env: "staging", Kind: "happy", Expected: wantStatus("2xx"), Method: "POST",
			URL: "http://127.0.0.1/login", RequestHeader: http.Header{}, RequestBody: []byte(tc.body),
			StatusCode: 401, ResponseHeader: challenge})
		got := false
		for _, c := range causes {
			got = got || c.Code == CredentialInWrongPlace
		}
		if got != tc.misplaced {
			t.Errorf("body %s: credential_in_wrong_place = %v, want %v (%+v)", tc.body, got, tc.misplaced, causes)
		}
	}
}
