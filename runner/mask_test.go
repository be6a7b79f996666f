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
