package runner

import (
	"testing"

	"github.com/authspec/authspec/suites"
)

// Captures are masked under GitHub only when they carry a credential.
func TestCarriesCredential(t *testing.T) {
	uses := func(header, query string) []*suites.Step {
		st := &suites.Step{}
		if header != "" {
			st.Request.Headers = []suites.Pair{{Name: header, Value: suites.String{Raw: "x ${c}"}}}
		}
		if query != "" {
			st.Request.Query = []suites.Pair{{Name: query, Value: suites.String{Raw: "${c}"}}}
		}
		return []*suites.Step{st}
	}
	for _, tc := range []struct {
		name  string
		cp    suites.Capture
		steps []*suites.Step
		want  bool
	}{
		{"Content-Type header", suites.Capture{Name: "ct", From: "header:Content-Type", Header: "Content-Type"}, nil, false},
		{"an id in a path", suites.Capture{Name: "c", From: "data.id"}, uses("X-Trace", ""), false},
		{"named token", suites.Capture{Name: "access", From: "access_token"}, nil, true},
		{"session path", suites.Capture{Name: "sid", From: "session.id"}, nil, true},
		{"signature header", suites.Capture{Name: "sig", From: "header:X-Signature"}, nil, true},
		{"sent as Authorization", suites.Capture{Name: "c", From: "data.v"}, uses("authorization", ""), true},
		{"sent as a cookie", suites.Capture{Name: "c", From: "data.v"}, uses("Cookie", ""), true},
		{"sent as api_key", suites.Capture{Name: "c", From: "data.v"}, uses("", "api_key"), true},
	} {
		if got := carriesCredential(tc.cp, tc.steps); got != tc.want {
			t.Errorf("%s: carriesCredential = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// A name says it carries a credential by its words: a password by any
// of its usual names is one (X-Password was not), while a name that
// merely holds the letters (bypass, passport, passthrough, an author)
// says nothing.
func TestSaysCredentialNames(t *testing.T) {
	for _, name := range []string{"X-Password", "password", "passwd", "user_pass", "userPass", "X-Pass", "PASS",
		"X-Pwd", "passphrase", "Passcode", "Authorization", "X-Auth-User", "oauth_signature", "api_key", "client_secret",
		"X-Session-Id", "X-Author-Token", "authorization_code"} {
		if !saysCredential(name) {
			t.Errorf("saysCredential(%q) = false, want true", name)
		}
	}
	for _, name := range []string{"passport", "X-Passport-Id", "bypass", "X-Bypass-Cache", "passthrough", "compass",
		"X-Passenger", "author", "X-Author", "authority", "co_author_name", "Content-Type", "X-Trace", "page"} {
		if saysCredential(name) {
			t.Errorf("saysCredential(%q) = true, want false", name)
		}
	}
}
