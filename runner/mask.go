package runner

import (
	"net/http"
	"slices"
	"strings"
	"unicode"

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
			if strings.Contains(h.Value.Raw, ref) && credentialName(h.Name) {
				return true
			}
		}
	}
	return false
}

// credentialName reports whether a header, a query parameter or a body
// field carries a credential by its name: one of credentialHeaders (in
// any case), or a name that says so.
func credentialName(name string) bool {
	return slices.Contains(credentialHeaders, http.CanonicalHeaderKey(name)) || saysCredential(name)
}

// saysCredential reports whether a name (a capture's, its source's, a
// header's, a query parameter's or a body field's) says it carries a
// credential: it holds one of credentialWords or passWords, or a word of
// it is one of passNames. "auth" does not count inside "author" or
// "authority" (an author field names a person, an authority a URL),
// except in "authorization".
func saysCredential(s string) bool {
	low := strings.ToLower(s)
	for _, w := range credentialWords {
		if strings.Contains(low, w) && (w != "auth" || !onlyAuthor(low)) {
			return true
		}
	}
	for _, w := range passWords {
		if strings.Contains(low, w) {
			return true
		}
	}
	for _, w := range nameWords(s) {
		if slices.Contains(passNames, strings.ToLower(w)) {
			return true
		}
	}
	return false
}

// passWords say password wherever they stand in a name (password,
// passwd, passphrase, passcode). "pass" alone would say it in bypass,
// passport, passthrough and compass too: it and "pwd" count only as a
// whole word of the name (passNames: X-Pass, user_pass, userPass).
var (
	passWords = []string{"passw", "passphrase", "passcode"}
	passNames = []string{"pass", "pwd"}
)

// onlyAuthor reports whether every "auth" in a lower-cased name starts
// "author" without being "authoriz…".
func onlyAuthor(low string) bool {
	for i := strings.Index(low, "auth"); i >= 0; {
		rest := low[i:]
		if !strings.HasPrefix(rest, "author") || strings.HasPrefix(rest, "authoriz") {
			return false
		}
		next := strings.Index(rest[4:], "auth")
		if next < 0 {
			break
		}
		i += 4 + next
	}
	return true
}

// nameWords splits a name into its words: at every character that is no
// letter or digit, between letters and digits, and where a lower-case
// letter is followed by an upper-case one (userPass).
func nameWords(s string) []string {
	var words []string
	start := -1
	var prev rune
	for i, r := range s {
		alnum := unicode.IsLetter(r) || unicode.IsDigit(r)
		boundary := !alnum || start >= 0 && (unicode.IsDigit(r) != unicode.IsDigit(prev) || unicode.IsLower(prev) && unicode.IsUpper(r))
		if boundary && start >= 0 {
			words = append(words, s[start:i])
			start = -1
		}
		if alnum && start < 0 {
			start = i
		}
		prev = r
	}
	if start >= 0 {
		words = append(words, s[start:])
	}
	return words
}
