package diagnose

import (
	"bytes"
	"net/http"
	"strings"

	"github.com/authspec/authspec/internal/lazyre"
)

// RefusalIn2xx reports whether a 2xx answer refuses the request, in
// which words and where (body or headers): the one reading that the runner's check of a happy or
// recovery step and Analyze share, so that a step never passes on an
// answer that diagnosis would call a refusal. It counts what
// AuthErrorBody and AuthErrorHeader count, and, held against the request
// (refusedInWords), a JSON failure that asks to wait before retrying,
// names the credential's own parameter or header as invalid, says
// under an error about the key that the route is gone, or says a signed
// request's time is invalid; a login's short
// plain-text "Fails."; and a short plain text that opens with a refusal
// ("Not Authorized. …", plainRefusal).
//
// request is called only for an answer whose body says it failed: the
// runner builds the Exchange (the credential's values, the other
// environments' fingerprints) for those alone, not for every 2xx.
func RefusalIn2xx(body []byte, h http.Header, request func() Exchange) (Refusal, bool) {
	e, doc := authErrorBody(body)
	if e != "" {
		return Refusal{e, InBody}, true
	}
	if e, ok := AuthErrorHeader(h); ok {
		return Refusal{e, InHeaders}, true
	}
	if !mayBeRefusedInWords(body, doc) {
		return Refusal{}, false
	}
	a := newAnalysis(request(), &decodedBody{body, doc}) // the body as authErrorBody decoded it
	a.refusedInWords()
	return Refusal{a.srv.authError, InBody}, a.srv.authError != ""
}

// A Refusal is the auth error RefusalIn2xx reads in a 2xx answer, and
// where it read it: the runner's failure points there.
type Refusal struct {
	Error string
	In    string // InBody or InHeaders
}

// Where a Refusal is read: the answer's body (its words, or a code in
// it), or its headers (AuthErrorHeader's).
const (
	InBody    = "body"
	InHeaders = "headers"
)

// mayBeRefusedInWords tells, from what AuthErrorBody already read, a body
// that refusedInWords cannot take: a JSON object that says no failure
// (envelopeFailure; a body AuthErrorBody did not decode names none of its
// keys), or a body other than a short line of plain text.
func mayBeRefusedInWords(body []byte, doc any) bool {
	if m, ok := doc.(map[string]any); ok {
		return envelopeFailure(m) != ""
	}
	t := bytes.TrimSpace(body)
	if len(t) == 0 || t[0] == '{' || t[0] == '[' || t[0] == '<' {
		return false
	}
	l := strings.ToLower(string(t))
	return len(t) <= maxLoginRefusal && loginFailedRE.MatchString(l) || len(t) <= maxPlainRefusal && plainRefusalRE.MatchString(l)
}

// refusedInWords reads a 2xx that AuthErrorBody does not take for a
// refusal against the request: a failure envelope (failedEnvelope) or a
// login refused in its own words (loginRefused), whose words are then the
// answer's auth error, as a chat API's {"ok": false} would be.
func (a *analysis) refusedInWords() {
	if a.srv.authError == "" && a.srv.failure != "" {
		a.failedEnvelope()
	}
	if a.srv.authError == "" && !a.ex.ExpectReject && (a.loginRefused() || a.plainRefusal()) {
		a.srv.authError = a.srv.message
	}
}

// plainRefusal: a 2xx whose short plain-text body opens with a refusal
// said as a sentence of its own ("Not Authorized. To start this action,
// an administrator password must be set and you must be logged in.",
// Apt-Cacher NG's "200 Not Authorized" to a maintenance action; "Access
// denied.", "Unauthorized: log in first"): the server's own page for a
// refusal, sent with the wrong status. To any request: the words name no
// value of it. Words further on ("… or you will get Access denied.") are
// not a headline.
func (a *analysis) plainRefusal() bool {
	if a.srv.json || a.srv.html {
		return false
	}
	t := strings.ToLower(strings.TrimSpace(string(a.ex.ResponseBody)))
	return len(t) <= maxPlainRefusal && plainRefusalRE.MatchString(t)
}

var plainRefusalRE = lazyre.New(`^(not authori[sz]ed|unauthori[sz]ed|access denied|permission denied|authentication (required|failed))\s*([.!:]|$)`)

// maxPlainRefusal: the longest plain-text body plainRefusal reads (a
// headline and a sentence or two of advice).
const maxPlainRefusal = 240

// failedEnvelope reads a 2xx whose JSON says the call failed in words
// AuthErrorBody does not take for a refusal: it is one when it asks to
// wait before retrying (a rate), names the parameter or header the
// credential went in as invalid, says under an error about the key that
// the route is gone, or says a signed request's time is invalid
// (signedTimeRefused). Only then is the request's credential looked at.
func (a *analysis) failedEnvelope() {
	if a.srv.retryWait == "" {
		a.sent = locate(a.ex, a.red)
		if !sentPlaceNamedInvalid(a) && !endpointGoneInKeyWords(a) && !signedTimeRefused(a) {
			return
		}
	}
	a.srv.authError = a.srv.failure
}

// loginRefused: a login (a body carrying a password or secret field) got
// a 2xx whose whole plain-text body says it failed: qBittorrent's
// "Fails." to a wrong password, as a form login's own way of refusing.
// The same word to any other request is no refusal of a credential.
func (a *analysis) loginRefused() bool {
	if a.srv.json || a.srv.html {
		return false
	}
	if t := strings.ToLower(strings.TrimSpace(string(a.ex.ResponseBody))); len(t) > maxLoginRefusal || !loginFailedRE.MatchString(t) {
		return false
	}
	a.sent = locate(a.ex, a.red) // only then is the request looked at, as in failedEnvelope
	return len(a.sent.login) > 0
}

var loginFailedRE = lazyre.New(`^((login|log-in|sign[ -]?in|authentication) )?(fails|failed|failure|denied|refused|incorrect)[.!]?$|^(wrong|invalid|incorrect|bad) (user ?name|login|password|credentials)( or (user ?name|password))?[.!]?$`)

// maxLoginRefusal: the longest plain-text body read as a login's refusal
// ("Fails.", "Invalid username or password.").
const maxLoginRefusal = 60
