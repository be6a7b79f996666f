package diagnose

import (
	"strings"

	"github.com/authspec/authspec/internal/lazyre"
)

// The rules table's when callbacks and words for signed requests and for
// the format of the headers a credential went in.

// requestTimeInvalidPattern: the request's time or timestamp said invalid
// in bare words ("Invalid timestamp", "request time is invalid",
// "Timestamp is not valid", "bad request timestamp"). Bare, the words may
// be about a field of the request's data, so they are read only for a
// signed request (signedWithTime): there the timestamp is part of what
// was signed, and the clock that made it is off.
const requestTimeInvalidPattern = `\b(invalid|bad|wrong|incorrect|illegal|unrecogni[sz]ed|stale|expired) (request )?(timestamp|time ?stamp|request time)\b|` +
	`\b(request )?(timestamp|time ?stamp|request time) (is |was )?(invalid|not valid|bad|illegal|incorrect|wrong|unrecogni[sz]ed|expired|stale|too old)\b`

// dataTimestampPattern: a timestamp of the request's data, named by what
// it dates ("start timestamp is invalid", "invalid created_time
// timestamp"): a field's value, not the signed request's clock.
const dataTimestampPattern = `\b(start|end|from|to|since|until|begin|created|updated|modified|event|record|scheduled|expiry|expiration|birth)[ _-]?(timestamp|time ?stamp|time|date)\b|\btimestamp (field|param\w*|value|format) `

// signedWithTime: the request carries a signature of itself, in a header
// of its own (signedRequest) or inside its Authorization value
// ("…;timestamp=…;signature=…", "…, Signature=…", OAuth 1.0a's
// oauth_signature): what it signs includes a timestamp the server checks.
func signedWithTime(a *analysis) bool {
	if a.signedRequest() {
		return true
	}
	for _, v := range a.ex.RequestHeader.Values("Authorization") {
		if authzSignatureRE.MatchString(v) {
			return true
		}
	}
	return false
}

var authzSignatureRE = lazyre.New(`(?i)\b(oauth_)?signature=`)

// signedPolicyFaultPattern: the policy a signed URL or signed cookies
// carry, or their signature, said malformed or unreadable ("Malformed
// Policy", MalformedPolicy, "Could not unencode Signature", "could not
// decode the policy"): how the credential was built, not a permission the
// policy grants.
const signedPolicyFaultPattern = `\bmalformed[ _]?(policy|signature)\b|\b(could not|couldn'?t|cannot|can ?not|unable to|failed to) (unencode|decode|parse|read) (the )?(signature|policy)\b`

// headerFormatFaultPattern: a header named as having an invalid format
// ("Invalid format for X-Auth-Key header", "bad format of the X-Api-User
// header", "X-Api-Key header is malformed"), its name in a group.
const headerFormatFaultPattern = `(?:invalid|bad|malformed|wrong|incorrect|unrecogni[sz]ed) format (?:for|of|in) (?:the )?([a-z0-9_-]+) header|` +
	`\b([a-z0-9_-]+) header (?:is |was )?(?:malformed|badly formed|in (?:an? )?(?:invalid|wrong|bad) format)\b`

var headerFormatFaultRE = lazyre.New(headerFormatFaultPattern)

// everyCredentialHeaderFaulted: the answer faults the format of every
// header the credential went in, and there were two or more (an identity
// header and a key header alike): the values are mistyped, not one
// credential in another's header, which would leave the others' format
// alone.
func everyCredentialHeaderFaulted(a *analysis) bool {
	names := map[string]bool{}
	for _, n := range a.sentHeaderNames() {
		names[strings.ToLower(n)] = true
	}
	if len(names) < 2 {
		return false
	}
	faulted := map[string]bool{}
	for _, m := range headerFormatFaultRE.FindAllStringSubmatch(a.srv.text, 8) {
		faulted[m[1]+m[2]] = true
	}
	for n := range names {
		if !faulted[n] {
			return false
		}
	}
	return true
}

// oneCredentialHeaderFaulted: the answer faults the format of a header
// the credential went in (the Authorization header too), and not of every
// one (everyCredentialHeaderFaulted): the value there has another kind's
// shape, an API token where a key goes (beside the account's e-mail or id
// header, which it leaves alone), or a key where a token goes. A header
// the request did not carry said so ("Invalid format for the
// Authentication header" to a bearer token) is no place of the credential.
func oneCredentialHeaderFaulted(a *analysis) bool {
	names := map[string]bool{}
	for _, n := range a.sentHeaderNames() {
		names[strings.ToLower(n)] = true
	}
	if a.sent.authz != "" {
		names["authorization"] = true
	}
	for _, m := range headerFormatFaultRE.FindAllStringSubmatch(a.srv.text, 8) {
		if names[m[1]+m[2]] {
			return !everyCredentialHeaderFaulted(a)
		}
	}
	return false
}

var (
	requestTimeInvalidRE = lazyre.New(requestTimeInvalidPattern)
	dataTimestampRE      = lazyre.New(dataTimestampPattern)
)

// signedTimeRefused: a 2xx whose JSON says the call failed because the
// request's time is invalid ("request time is invalid" under success
// false), to a signed request: the signature's timestamp was refused, as
// the "signed request's time invalid" row reads it in any other answer.
func signedTimeRefused(a *analysis) bool {
	return signedWithTime(a) && requestTimeInvalidRE.MatchString(a.srv.words) && !dataTimestampRE.MatchString(a.srv.words)
}
