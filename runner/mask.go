package runner

import (
	"net/http"
	"slices"
	"strings"

	"github.com/authspec/authspec/suites"
)

// credentialWords are the words in a capture's name or source (its gjson
// path or header) that say it carries a credential.
var credentialWords = []string{"token", "key", "secret", "auth", "session", "signature"}

// credentialHeaders carry a credential whatever their value looks like.
var credentialHeaders = []string{"Authorization", "Proxy-Authorization", "Cookie"}

// carriesCredential reports whether a captured value is a run-time
// credential, which GitHub should mask across the whole workflow log: its
// name or source says so, or a later step sends it in a credential
// position (an Authorization, Cookie or *-Token/*-Key header, an api_key
// query parameter). A captured
// Content-Type or id is only redacted, never masked.
func carriesCredential(cp suites.Capture, steps []*suites.Step) bool {
	if saysCredential(cp.Name) || saysCredential(cp.From) {
		return true
	}
	ref := "${" + cp.Name + "}"
	for _, st := range steps {
		for _, q := range st.Request.Query {
			if strings.Contains(q.Value.Raw, ref) && saysCredential(q.Name) {
				return true
			}
		}
		for _, h := range st.Request.Headers {
			name := http.CanonicalHeaderKey(h.Name)
			if strings.Contains(h.Value.Raw, ref) && credentialHeader(name) {
				return true
			}
		}
	}
	return false
}

// credentialHeader reports whether a header (canonical name) carries a
// credential by its name.
func credentialHeader(name string) bool {
	return slices.Contains(credentialHeaders, name) || saysCredential(name)
}

func saysCredential(s string) bool {
	s = strings.ToLower(s)
	for _, w := range credentialWords {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}
