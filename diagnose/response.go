package diagnose

import (
	"bytes"
	"encoding/json"
	"html"
	"net/http"
	"strings"

	"github.com/authspec/authspec/internal/lazyre"
)

// server is what the response says, read once: challenges, the RFC 6750
// error, a human message from the body, and the shape of the body. Every
// text in it is already redacted.
type server struct {
	challenges []Challenge
	rawChall   []string // WWW-Authenticate fields, redacted
	oauthErr   string   // RFC 6750 error code, from the challenge or a JSON body
	oauthDesc  string   // error_description
	oauthScope string   // scope the server requires
	oauthFrom  string   // where oauthErr came from: the challenge or the body
	grantErr   string   // RFC 6749 token endpoint error code in a JSON body
	grantDesc  string   // its error_description
	message    string   // the body's own words (excerpt), or ""
	text       string   // lower-cased redacted body (capped), for matching
	// words is text without a JSON body's keys: what the server says, not
	// the names of its fields (Shopify's GraphQL "throttleStatus" comes
	// with every answer and says nothing about a limit).
	words string
	// norm is the body's words as normalizeWords says them, for the rows
	// to read when the words themselves match nothing.
	norm string
	html bool
	json bool
	// doc is the JSON body as json.Unmarshal decodes it into an any (nil
	// when the body is none), decoded once here: a reader of the
	// body's fields after it (scopeEvidence) reads it, not the bytes
	// again. withoutWarnings has taken its warnings out.
	doc any
	// authError is the auth error a 2xx body carries (see AuthErrorBody).
	authError string
	// unauthenticated: the body's first GraphQL error has the code
	// UNAUTHENTICATED (graphQLUnauthenticated).
	unauthenticated bool
	// fieldError: authError is a GraphQL error on one field of a query
	// the server otherwise ran.
	fieldError bool
	// fields: the body is a form's field errors (formFields), by field.
	fields []string
	// nestedRefusal: a refusal's status (401 or 403) carried by an error
	// nested in the JSON body (nestedRefusalStatus), or 0.
	nestedRefusal int
	// envelope403: the body's own status, at its top, is 403, or its
	// GraphQL error is filed as an authorization's (envelopeStatus403).
	envelope403 bool
	// soapFault: the body is a SOAP envelope that carries a Fault.
	soapFault bool
	// fhirIssue is the code of a FHIR OperationOutcome's first issue
	// (login, expired, forbidden, throttled, …), lower-cased.
	fhirIssue string
	// failure: a JSON body says the call failed (envelopeFailure), with
	// this text, whatever its words; retryWait: its field that asks to
	// wait before retrying (retryWait).
	failure, retryWait string
}

// readServer reads ex's answer. decoded, when not nil, is ex's body
// already decoded by a caller that read the same bytes the same way
// (RefusalIn2xx's authErrorBody): it is not decoded again.
func readServer(ex Exchange, red *redactor, decoded *decodedBody) server {
	var s server
	h := ex.ResponseHeader
	if h == nil {
		h = http.Header{}
	}
	h = h.Clone()
	// Redacted before parsing: unquoting a quoted-string drops the
	// backslashes of an escaped echo (\u0070 becomes u0070, \% becomes %),
	// which leaves a form of the secret no redactor recognizes.
	red.fields(h, "WWW-Authenticate")
	s.challenges, s.rawChall = challengeHeader(h)
	for i := range s.rawChall {
		s.rawChall[i] = red.excerpt(s.rawChall[i], 300)
	}
	for _, c := range s.challenges {
		if e := c.Params["error"]; e != "" && s.oauthErr == "" {
			s.oauthErr, s.oauthDesc, s.oauthScope = e, c.Params["error_description"], c.Params["scope"]
			s.oauthFrom = "WWW-Authenticate"
		}
	}
	body := ex.ResponseBody
	if len(body) > maxReadBody {
		body = body[:maxReadBody]
	}
	ct := strings.ToLower(h.Get("Content-Type"))
	trimmed := bytes.TrimSpace(withoutJSONP(body))
	lower := strings.ToLower(string(trimmed[:min(len(trimmed), 512)]))
	// An HTML Content-Type over a body without markup ("HTTP Basic:
	// Access denied.", Rails' answer to a refused Basic login) is plain
	// words, not a page from something in front of the API.
	s.html = strings.Contains(ct, "html") && bytes.IndexByte(trimmed, '<') >= 0 || strings.HasPrefix(lower, "<!doctype html") || strings.HasPrefix(lower, "<html")
	var doc any
	text := string(body)
	if !s.html {
		doc, s.json = decoded.of(ex.ResponseBody, trimmed)
	}
	if s.json {
		s.doc = doc
		if t, ok := withoutWarnings(doc); ok {
			text = t
		}
		if m, ok := doc.(map[string]any); ok {
			errText, _ := m["error"].(string)
			if e := standardCode(errText, isOAuthError); e != "" && s.oauthErr == "" {
				s.oauthErr, s.oauthFrom = e, "response body"
				s.oauthDesc, _ = m["error_description"].(string)
				s.oauthScope, _ = m["scope"].(string)
			}
			// A problem document that puts the RFC 6750 code in a field of
			// its own (Quay's {"error_type": "invalid_token", "title":
			// "invalid_token", "detail": "Requires authentication"}).
			if s.oauthErr == "" {
				if e := problemOAuthError(m); e != "" {
					s.oauthErr, s.oauthFrom = e, "response body"
				}
			}
			if e := standardCode(errText, isGrantError); e != "" {
				s.grantErr = e
				s.grantDesc, _ = m["error_description"].(string)
			}
			s.failure = red.excerpt(envelopeFailure(m), 240)
		}
		if s.oauthErr == "" {
			if e, d := oauthCodeField(doc); e != "" {
				s.oauthErr, s.oauthDesc, s.oauthFrom = e, d, "response body"
			}
		}
		s.message = jsonMessage(doc)
		s.fhirIssue = fhirIssue(doc)
		s.fields = formFields(doc)
		s.nestedRefusal = nestedRefusalStatus(doc)
		s.envelope403 = envelopeStatus403(doc)
		s.authError = authError(doc)
		s.unauthenticated = graphQLUnauthenticated(doc)
		s.fieldError = s.authError != "" && graphQLFieldError(doc)
		s.retryWait = red.excerpt(retryWait(doc), 120)
	} else if s.html {
		s.message = htmlTitle(string(body))
		s.authError = titleAuthError(s.message) // the title read once
	} else {
		s.message = string(trimmed)
		if s.authError = xmlAuthError(trimmed); s.authError != "" {
			s.message = s.authError // the envelope's words, not its markup
			s.soapFault = soapFaultRE.Match(trimmed)
		} else if e := plainTextAuthError(trimmed); e != "" {
			s.authError = red.excerpt(e, 240) // the whole short text is the refusal
		}
	}
	if s.authError == "" {
		s.authError, _ = AuthErrorHeader(h)
	}
	// A header meant for the server's words (reasonHeader) is read as
	// the body's: the whole message when there is no body, else beside
	// it (EspoCRM's 401 second-step-required beside a JSON status).
	reason := reasonHeader(h)
	if reason != "" && len(trimmed) == 0 {
		s.message, text = reason, reason
	} else if reason != "" {
		text += "\n" + reason
	}
	s.message = red.excerpt(s.message, 240)
	s.oauthDesc = red.excerpt(s.oauthDesc, 240)
	s.grantDesc = red.excerpt(s.grantDesc, 240)
	if s.html || len(trimmed) > 0 && trimmed[0] == '<' {
		// A page's or an XML document's words as it shows them: "don&#39;t",
		// "&#34;eu-west-1&#34;" are the same words as in a JSON body (and a
		// secret written with entities is then redacted as itself).
		text = html.UnescapeString(text)
	}
	text = withoutDataURIs(text)
	redacted := red.redact(text) // once: the whole body, the costliest step here
	s.text = plainWords(strings.ToLower(redacted))
	said := redacted
	if s.json {
		var vals []string
		jsonStrings(doc, &vals)
		if reason != "" {
			vals = append(vals, reason)
		}
		said = red.redact(strings.Join(vals, "\n"))
	}
	s.words = plainWords(strings.ToLower(said))
	if !s.html {
		// A web server's page says "you supplied the wrong credentials (e.g.,
		// bad password)" on every 401: boilerplate, not the API's words.
		// A JSON body's words are read decoded: a quote or an apostrophe
		// written \" or \u0027 is the same word as in plain text.
		s.norm = normalizeWords(said)
	} else if s.message != "" {
		// A page's headline (its title or first heading) is its own words,
		// not a web server's boilerplate: read in the spelling a body's
		// words are ("missing oauth token" as "missing access token",
		// "illegal signature" as "invalid signature"), so that the same
		// words say the same in a page as in JSON.
		s.norm = normalizeWords(s.message)
	}
	s.quotedChallenge()
	s.leadingCode()
	return s
}

// reasonHeaders: headers in which servers put an error's words when they
// answer without a body (EspoCRM's 403 with X-Status-Reason "Not allowed
// IP address …", the same header many PHP and Go services set;
// X-Error-Message, X-Error, X-Reason).
var reasonHeaders = []string{"X-Status-Reason", "X-Error-Message", "X-Error-Description", "X-Error-Detail", "X-Error", "X-Reason"}

// reasonHeader is the first reason header's value in h, or "".
func reasonHeader(h http.Header) string {
	for _, k := range reasonHeaders {
		if v := strings.TrimSpace(h.Get(k)); v != "" {
			return v
		}
	}
	return ""
}

// decodedBody is a body as authErrorBody decoded it: the bytes it was
// given and their JSON (nil when they were none).
type decodedBody struct {
	body []byte
	doc  any
}

// of is the JSON of trimmed, the answer body's JSON text (without JSONP
// and space, within readServer's cap), and whether it is JSON at all:
// d's when body is the one d decoded and no longer than the cap (its JSON
// text is then trimmed), else decoded here.
func (d *decodedBody) of(body, trimmed []byte) (any, bool) {
	if d != nil && d.doc != nil && len(body) <= maxReadBody && bytes.Equal(d.body, body) {
		return d.doc, true
	}
	var doc any
	if json.Unmarshal(trimmed, &doc) != nil {
		return nil, false
	}
	return doc, true
}

// maxReadBody: the length of an answer's body readServer reads.
const maxReadBody = 64 << 10

// dataURIRE: a data: URI's base64 payload (an inline image, a font, a
// style sheet in a page or a JSON field), and withoutDataURIs the text
// without them: base64 is no words, yet spells any by chance (Cockpit's
// login page carries a logo whose base64 holds "cidr", once read as
// words about IP ranges).
var dataURIRE = lazyre.New(`(?i)data:[a-z0-9.+/\\-]*(;[a-z0-9=.-]+)*;base64,[a-z0-9+/=\\]+`)

func withoutDataURIs(text string) string {
	if !strings.Contains(text, ";base64,") {
		return text
	}
	return dataURIRE.ReplaceAllString(text, "data:")
}

// withoutWarnings drops the warnings of a JSON body that also carries its
// errors (Coinbase's {"errors":[{"id":"authentication_error",…}],
// "warnings":[{"id":"missing_version","message":"Please supply API
// version (YYYY-MM-DD) as CB-VERSION header",…}]}): a warning rides along
// on every answer that lacks what it asks for and refuses nothing; the
// errors say why this request was refused. It returns the body's text
// without them.
func withoutWarnings(doc any) (string, bool) {
	m, _ := doc.(map[string]any)
	_, errs := m["errors"]
	_, err := m["error"]
	if _, warns := m["warnings"]; !warns || !errs && !err {
		return "", false
	}
	delete(m, "warnings")
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if enc.Encode(m) != nil {
		return "", false
	}
	return b.String(), true
}

// quotedChallenge reads an RFC 6750 error that the body quotes from a
// challenge (a FHIR server's OperationOutcome whose diagnostics are
// `Bearer realm="…", error="invalid_token"`) when no header carried one:
// the server's words are the same wherever it puts them.
func (s *server) quotedChallenge() {
	if s.oauthErr != "" {
		return
	}
	m := quotedErrorRE.FindStringSubmatch(s.words)
	if m == nil {
		return
	}
	s.oauthErr, s.oauthFrom = m[1], "response body"
	if d := quotedDescRE.FindStringSubmatch(s.words); d != nil {
		s.oauthDesc = d[1]
	}
}

// leadingCode reads an RFC 6750 code that opens an error's text, the
// words after its colon the description (FreshBooks' projects service:
// "invalid_token: The request token failed to authenticate or
// validate."), when no field or header carried one: the server's words
// are the same in any field, a page's title or plain text. The code must
// open a line of the words or an element's text; one inside a sentence
// names it, it does not answer with it.
func (s *server) leadingCode() {
	if s.oauthErr != "" {
		return
	}
	if m := leadingCodeRE.FindStringSubmatch(s.words); m != nil {
		s.oauthErr, s.oauthFrom, s.oauthDesc = m[2], "response body", strings.TrimSpace(m[3])
	}
}

var (
	leadingCodeRE = lazyre.New(`(?m)(^|>)\s*(invalid_token|insufficient_scope)\s*:\s*([^<\n]{1,240})`)
	quotedErrorRE = lazyre.New(`\berror\s*=\s*"(invalid_token|insufficient_scope)"`)
	quotedDescRE  = lazyre.New(`\berror_description\s*=\s*"([^"]{1,240})"`)
)
