package diagnose

import (
	"bytes"
	"encoding/json"
	"fmt"
	"html"
	"net/http"
	"slices"
	"sort"
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
	// authError is the auth error a 2xx body carries (see AuthErrorBody).
	authError string
	// fieldError: authError is a GraphQL error on one field of a query
	// the server otherwise ran.
	fieldError bool
	// fields: the body is a form's field errors (formFields), by field.
	fields []string
	// fhirIssue is the code of a FHIR OperationOutcome's first issue
	// (login, expired, forbidden, throttled, …), lower-cased.
	fhirIssue string
}

func readServer(ex Exchange, red *redactor) server {
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
	if len(body) > 64<<10 {
		body = body[:64<<10]
	}
	ct := strings.ToLower(h.Get("Content-Type"))
	trimmed := bytes.TrimSpace(body)
	lower := strings.ToLower(string(trimmed[:min(len(trimmed), 512)]))
	// An HTML Content-Type over a body without markup ("HTTP Basic:
	// Access denied.", Rails' answer to a refused Basic login) is plain
	// words, not a page from something in front of the API.
	s.html = strings.Contains(ct, "html") && bytes.IndexByte(trimmed, '<') >= 0 || strings.HasPrefix(lower, "<!doctype html") || strings.HasPrefix(lower, "<html")
	var doc any
	if !s.html && json.Unmarshal(trimmed, &doc) == nil {
		s.json = true
		if m, ok := doc.(map[string]any); ok {
			if e, ok := m["error"].(string); ok && isOAuthError(e) && s.oauthErr == "" {
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
			if e, ok := m["error"].(string); ok && grantErrors[e] {
				s.grantErr = e
				s.grantDesc, _ = m["error_description"].(string)
			}
		}
		if s.oauthErr == "" {
			if e, d := oauthCodeField(doc); e != "" {
				s.oauthErr, s.oauthDesc, s.oauthFrom = e, d, "response body"
			}
		}
		s.message = jsonMessage(doc)
		s.fhirIssue = fhirIssue(doc)
		s.fields = formFields(doc)
		s.authError = authError(doc)
		s.fieldError = s.authError != "" && graphQLFieldError(doc)
	} else if s.html {
		s.message = htmlTitle(string(body))
	} else {
		s.message = string(trimmed)
		if s.authError = xmlAuthError(trimmed); s.authError != "" {
			s.message = s.authError // the envelope's words, not its markup
		}
	}
	if s.authError == "" {
		s.authError, _ = AuthErrorHeader(h)
	}
	s.message = red.excerpt(s.message, 240)
	s.oauthDesc = red.excerpt(s.oauthDesc, 240)
	s.grantDesc = red.excerpt(s.grantDesc, 240)
	text := string(body)
	if s.html {
		// A page's words as it shows them: "don&#39;t", "&#34;eu-west-1&#34;"
		// are the same words as in a JSON body (and a secret written with
		// entities is then redacted as itself).
		text = html.UnescapeString(text)
	}
	s.text = strings.ToLower(red.redact(text))
	if !s.html {
		// A web server's page says "you supplied the wrong credentials (e.g.,
		// bad password)" on every 401: boilerplate, not the API's words.
		s.norm = normalizeWords(red.redact(text))
	}
	s.words = s.text
	if s.json {
		var vals []string
		jsonStrings(doc, &vals)
		s.words = strings.ToLower(red.redact(strings.Join(vals, "\n")))
	}
	s.quotedChallenge()
	return s
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

var (
	quotedErrorRE = lazyre.New(`\berror\s*=\s*"(invalid_token|insufficient_scope)"`)
	quotedDescRE  = lazyre.New(`\berror_description\s*=\s*"([^"]{1,240})"`)
)

// problemErrorKeys: fields in which an error document names its error
// code (not "type", often a URL).
// A message that is nothing but the code says it too ({"message":
// "invalid_token","error":"not_found","status":401}, Mercado Libre).
var problemErrorKeys = []string{"error_type", "errorType", "error_code", "errorCode", "title", "code", "message"}

// problemOAuthError is the RFC 6750 code (invalid_token, insufficient_scope)
// a JSON error document names in a code field other than "error".
func problemOAuthError(m map[string]any) string {
	for _, k := range problemErrorKeys {
		if e, _ := m[k].(string); e == "invalid_token" || e == "insufficient_scope" {
			return e
		}
	}
	return ""
}

// fhirIssue is the code of the first issue of a FHIR OperationOutcome.
func fhirIssue(doc any) string {
	m, _ := doc.(map[string]any)
	if rt, _ := m["resourceType"].(string); rt != "OperationOutcome" {
		return ""
	}
	issues, _ := m["issue"].([]any)
	if len(issues) == 0 {
		return ""
	}
	first, _ := issues[0].(map[string]any)
	code, _ := first["code"].(string)
	return strings.ToLower(code)
}

// AuthErrorBody reports whether a response body is an authentication or
// permission error that an API sent with a 2xx status, and which error it
// names. These bodies count:
//
//   - {"ok": false, "error": "…"} where the error is about authentication
//     or permission (invalid_auth, not_authed, missing_scope,
//     token_expired, token_revoked, no_permission, …) or a rate limit
//     (ratelimited), as chat APIs send; the same with "success": false
//     and the text in msg or message ({"code":1010,"msg":"token
//     invalid","success":false}, as IoT clouds send);
//   - an "error" object whose message or description says the caller is
//     unauthorized, denied, or its session or token expired (a JSON-RPC
//     error: {"error":{"code":100,"message":"Odoo Session Expired"}}), also
//     as the first item of a list ([{"error":{"type":1,"description":
//     "unauthorized user"}}], as a Hue bridge answers);
//   - {"status": "REQUEST_DENIED" | "OVER_QUERY_LIMIT" | "OVER_DAILY_LIMIT",
//     "error_message": "…"}: a request refused, or refused for its usage
//     limits, in a 200 (Google Maps Platform's web services);
//   - a GraphQL answer whose first error says UNAUTHENTICATED, FORBIDDEN,
//     UNAUTHORIZED, ACCESS_DENIED, INSUFFICIENT_SCOPES or a
//     SAML/SSO failure;
//   - {"error": "invalid_token" | "insufficient_scope"} (RFC 6750 codes);
//   - {"error": ["EAPI:Invalid key"]}: a list of error strings whose first
//     is about authentication, permission or a rate limit ("EAPI:Rate
//     limit exceeded"), as exchanges send;
//   - GraphQL codes in Hasura's spelling (access-denied, invalid-jwt,
//     invalid-headers);
//   - a GraphQL first error whose message says access denied, not
//     authorized, unauthorized, permission denied or insufficient
//     scopes/permissions (Shopify: "ScriptTagCreate access denied"), or
//     whose type, code or message says a rate limit (GitHub's
//     {"type":"RATE_LIMIT","message":"API rate limit already exceeded…"});
//   - {"error": "invalid_client" | "invalid_grant" | "unauthorized_client"
//     | "access_denied" | "invalid_scope"}: a token endpoint's refusal
//     (RFC 6749), which some send with a 200;
//   - an error text that says the credential was refused or lacks a
//     scope: the first GraphQL error's message ("Your token has not been
//     granted the required scopes…"), or a field named like an error text
//     (error-text, error_message, …) at the top or in the first item of a
//     list ({"messages":[{"status":"4","error-text":"Bad Credentials"}]}).
//   - an error envelope (an XML <Error> or SOAP Fault, a JSON "Fault"
//     object) whose texts speak of authentication, authorization or the
//     credential's fault (USPS Web Tools' <Error>…<Description>
//     Authorization failure…</Description>), as older APIs answer with a
//     200 (envelope.go).
//
// Any other body — including {"ok": false} with a business error such as
// channel_not_found — does not count.
func AuthErrorBody(body []byte) (string, bool) {
	if e := xmlAuthError(body); e != "" {
		return e, true
	}
	if !mayBeAuthError(body) {
		return "", false
	}
	var doc any
	if json.Unmarshal(bytes.TrimSpace(body), &doc) != nil {
		return "", false
	}
	e := authError(doc)
	return e, e != ""
}

// refusalStatuses: the values of a "status" field that refuse the request
// (the key, its restrictions, billing, or a usage limit) in a 200.
var refusalStatuses = map[string]bool{"REQUEST_DENIED": true, "OVER_QUERY_LIMIT": true, "OVER_DAILY_LIMIT": true}

// limitCodeRE: an error that refuses the request for its rate or quota
// (Kraken's 200 {"error":["EAPI:Rate limit exceeded"]}). A limit on
// something else ("EOrder:Orders limit exceeded": too many open orders)
// is the business's, not a rate.
var limitCodeRE = lazyre.New(`rate ?limit|too many requests|throttl|quota exceeded|\b(rate|request|call|api|usage|query) limit exceeded`)

// unknownCredentialRE: the credential looked up and not found, switched
// off or inactive ("App is inactive", also in a 200 ok:false).
var unknownCredentialRE = lazyre.New(unknownCredentialPattern)

var authCodeRE = lazyre.New(`auth|token|scope|permission|access|login|credential|key|forbidden|unauthori[sz]ed|not_allowed|account_inactive|sso|\bsign\b|signature|session`)

// authListRE: the first of a list of error strings about the credential
// (Kraken's "EAPI:Invalid key", "EGeneral:Permission denied"). A list
// names its errors in words, so a word that only names a thing
// ("EFunding:Unknown withdraw key": a withdrawal address's name) is not
// enough: the credential word must follow the fault, or be a refusal.
var authListRE = lazyre.New(`\b(invalid|bad|unknown|missing|expired|revoked|disabled) (api[ _-]?)?(key|token|signature|nonce|credentials?|session)\b|` +
	`permission|forbidden|unauthori[sz]ed|not authori[sz]ed|access denied|not allowed|authenticat|login|lockout|\bscopes?\b`)

// authErrorKeys are the keys authError reads at the top of a body.
var authErrorKeys = [][]byte{[]byte(`"ok"`), []byte(`"success"`), []byte(`"status"`), []byte(`"error`), []byte(`"Fault"`), []byte(`"fault"`), []byte(`"code"`), []byte(`"errcode"`), []byte(`"Error Message"`), []byte(`"Note"`), []byte(`"Information"`), []byte(`"meta"`)}

// flagTextKeys hold the error text of a body that says "ok": false or
// "success": false; errorObjectKeys the text of an "error" object.
var (
	flagTextKeys    = []string{"error", "msg", "message", "error_msg", "errmsg", "errorMsg"}
	errorObjectKeys = []string{"message", "description", "msg", "error_description"}
)

// mayBeAuthError tells, without decoding, a body that cannot be an auth
// error: one that names none of the keys authError reads (and holds no
// escape that could spell one). Every 2xx answer of a happy scenario is
// asked, so most bodies are the ones that cannot.
func mayBeAuthError(body []byte) bool {
	if bytes.IndexByte(body, '\\') >= 0 {
		return true
	}
	for _, k := range authErrorKeys {
		if bytes.Contains(body, k) {
			return true
		}
	}
	return false
}

func authError(doc any) string {
	if list, _ := doc.([]any); len(list) > 0 {
		// A list of results whose first is an error object (a Hue bridge's
		// [{"error":{…}}]): only that object's error counts.
		if first, _ := list[0].(map[string]any); first != nil {
			if eo, _ := first["error"].(map[string]any); eo != nil {
				return authError(map[string]any{"error": eo})
			}
		}
		return ""
	}
	m, ok := doc.(map[string]any)
	if !ok {
		return ""
	}
	if e := faultAuthError(m); e != "" {
		return e
	}
	if e := exceptionAuthError(m); e != "" {
		return e
	}
	if e := noticeAuthError(m); e != "" {
		return e
	}
	if e := errorsObjectAuthError(m); e != "" {
		return e
	}
	for _, flag := range []string{"ok", "success"} {
		if okv, isBool := m[flag].(bool); isBool && !okv {
			for _, k := range flagTextKeys {
				if e, _ := m[k].(string); authCodeRE.MatchString(strings.ToLower(e)) || limitCodeRE.MatchString(strings.ToLower(e)) || unknownCredentialRE.MatchString(strings.ToLower(e)) {
					return e
				}
			}
		}
	}
	if e := envelopeError(m); e != "" {
		return e
	}
	// The same envelope under "meta" ({"meta":{"status":403,"message":
	// "The provided API key has been banned"}}, University of Waterloo's
	// Open Data API in a 200).
	if meta, _ := m["meta"].(map[string]any); meta != nil {
		if e := envelopeError(meta); e != "" {
			return e
		}
	}
	if eo, _ := m["error"].(map[string]any); eo != nil {
		for _, k := range errorObjectKeys {
			if e, _ := eo[k].(string); refusedTextRE.MatchString(strings.ToLower(e)) || graphQLDeniedRE.MatchString(strings.ToLower(e)) {
				return e
			}
		}
	}
	if st, _ := m["status"].(string); refusalStatuses[st] {
		return st
	}
	if e, _ := m["error"].(string); isOAuthError(e) && e != "invalid_request" || tokenEndpointError(e) {
		return e
	}
	if list, _ := m["error"].([]any); len(list) > 0 {
		if e, _ := list[0].(string); authListRE.MatchString(strings.ToLower(e)) || limitCodeRE.MatchString(strings.ToLower(e)) {
			return e
		}
	}
	if errs, _ := m["errors"].([]any); len(errs) > 0 {
		if first, _ := errs[0].(map[string]any); first != nil {
			ext, _ := first["extensions"].(map[string]any)
			code, _ := ext["code"].(string)
			typ, _ := first["type"].(string)
			for _, c := range []string{code, typ} {
				switch strings.ReplaceAll(strings.ToUpper(c), "-", "_") {
				case "UNAUTHENTICATED", "FORBIDDEN", "UNAUTHORIZED", "ACCESS_DENIED", "INSUFFICIENT_SCOPES", "INVALID_JWT", "INVALID_HEADERS":
					return c
				}
			}
			if saml, _ := ext["saml_failure"].(bool); saml {
				return "saml_failure"
			}
			// A rate limit named by the error's type or code (GitHub's
			// RATE_LIMITED, RATE_LIMIT, graphql_rate_limit) or its message.
			fcode, _ := first["code"].(string)
			for _, c := range []string{code, typ, fcode} {
				if limitCodeRE.MatchString(strings.NewReplacer("_", " ", "-", " ").Replace(strings.ToLower(c))) {
					return c
				}
			}
			if msg, _ := first["message"].(string); graphQLDeniedRE.MatchString(strings.ToLower(msg)) || limitCodeRE.MatchString(strings.ToLower(msg)) {
				return msg
			}
		}
	}
	return refusedText(m)
}

// envelopeError is the message of a body whose numeric code says the
// call failed ({"code":40105,"message":"Access token is incorrect or has
// been revoked.","data":{}}, as TikTok's Business API answers with a 200;
// WeChat's {"errcode":40001,"errmsg":"invalid credential"}): a code that
// is not 0 (nor an HTTP success), and a message about the credential, a
// permission or a limit that names a fault.
func envelopeError(m map[string]any) string {
	if statusFailed(m) {
		for _, tk := range []string{"result", "message"} {
			if e, _ := m[tk].(string); envelopeRefusal(e) {
				return e
			}
		}
	}
	for _, ck := range []string{"code", "errcode", "error_code", "err_code", "status"} {
		n, ok := m[ck].(float64)
		if !ok || n == 0 || n >= 200 && n < 300 {
			continue
		}
		// A code that is an HTTP refusal status (Twelve Data's {"code":429,
		// "message":"You have run out of API credits for the current
		// minute…","status":"error"} in a 200) lets a limit or a plan's
		// words count too.
		httpRefusal := n == 401 || n == 402 || n == 403 || n == 429
		for _, tk := range []string{"message", "msg", "errmsg", "error_msg", "error_message", "errMsg"} {
			if e, _ := m[tk].(string); envelopeRefusal(e) || httpRefusal && noticeRefusal(e) {
				return e
			}
		}
	}
	return ""
}

// statusFailed: a body whose "status" flag is 0 and whose message is a
// bare failure word says the call failed, its text in "result" (the
// Etherscan family of block explorer APIs answers 200 {"status":"0",
// "message":"NOTOK","result":"Invalid API Key"}). A status 0 with a
// message that says what happened ("No transactions found") is data.
func statusFailed(m map[string]any) bool {
	switch st := m["status"].(type) {
	case string:
		if st != "0" {
			return false
		}
	case float64:
		if st != 0 {
			return false
		}
	default:
		return false
	}
	msg, _ := m["message"].(string)
	switch strings.ToUpper(strings.TrimSpace(msg)) {
	case "NOTOK", "NOT OK", "ERROR", "FAIL", "FAILED", "FAILURE":
		return true
	}
	return false
}

// envelopeWordsRE: an envelope's failure text about the credential, a
// permission or a limit, with the fault named before or after it (a
// message that only mentions a token, "Token refreshed", is not a
// refusal). Read with underscores as spaces (access_token).
var envelopeWordsRE = lazyre.New(`\b(` + envelopeCredWords + `)\b[^.]{0,60}\b(` + envelopeFaults + `)|` +
	`\b(invalid|incorrect|wrong|unrecognized|revoked|expired|missing|bad|unknown|no)\b[a-z -]{0,20}\b(` + envelopeCredWords + `)\b|` +
	`rate ?limit|too many requests|throttl|quota exceeded|` + applyForAccessPattern)

const (
	envelopeCredWords = `auth\w*|tokens?|scopes?|permissions?|access|login|credentials?|(api ?|application )?keys?|session|signature`
	envelopeFaults    = `invalid|incorrect|revoked|expired|denied|not authori[sz]ed|unauthori[sz]ed|forbidden|missing|required|fail(ed|ure)?|not allowed|not permitted|insufficient|not valid|not available|not exist|disabled|banned|blocked`
)

// envelopeRefusal: text is an envelope's failure text about the
// credential (envelopeWordsRE).
func envelopeRefusal(text string) bool {
	return text != "" && envelopeWordsRE.MatchString(strings.ReplaceAll(strings.ToLower(text), "_", " "))
}

// refusedText is the first error text of a body that says the credential
// was refused or lacks a scope. Every happy 2xx is asked, so only fields
// meant for errors count, and only strict words.
func refusedText(m map[string]any) string {
	// The first item of each top-level list, in key order (a map's own
	// order would make the answer vary between runs).
	var lists []string
	for k, v := range m {
		if list, _ := v.([]any); len(list) > 0 {
			lists = append(lists, k)
		}
	}
	slices.Sort(lists)
	texts := []map[string]any{m}
	for _, k := range lists {
		if first, _ := m[k].([]any)[0].(map[string]any); first != nil {
			texts = append(texts, first)
		}
	}
	for _, t := range texts {
		for _, k := range errorTextKeys {
			if e, _ := t[k].(string); refusedTextRE.MatchString(strings.ToLower(e)) {
				return e
			}
		}
	}
	if errs, _ := m["errors"].([]any); len(errs) > 0 {
		if first, _ := errs[0].(map[string]any); first != nil {
			if e, _ := first["message"].(string); refusedTextRE.MatchString(strings.ToLower(e)) {
				return e
			}
		}
	}
	return ""
}

// graphQLDeniedRE: a GraphQL error whose message alone says the caller
// may not (Shopify's "ScriptTagCreate access denied", "Access denied for
// orders field. Required access: …").
var graphQLDeniedRE = lazyre.New(`\baccess denied\b|\bnot authori[sz]ed\b|\bunauthori[sz]ed\b|\bpermission denied\b|\binsufficient (scopes?|permissions?)\b`)

// tokenEndpointError: an RFC 6749 section 5.2 error of a token endpoint
// that refuses the client or its grant (Zoho answers them with a 200).
func tokenEndpointError(e string) bool {
	switch e {
	case "invalid_client", "invalid_grant", "unauthorized_client", "access_denied", "invalid_scope":
		return true
	}
	return false
}

// graphQLFieldError: the first GraphQL error names a field (its path):
// the server ran the query up to that field, so it accepted the caller
// and refused only this part.
func graphQLFieldError(doc any) bool {
	m, _ := doc.(map[string]any)
	errs, _ := m["errors"].([]any)
	if len(errs) == 0 {
		return false
	}
	first, _ := errs[0].(map[string]any)
	path, _ := first["path"].([]any)
	return len(path) > 0
}

var (
	errorTextKeys = []string{"error-text", "error_text", "errorText", "error_message", "errorMessage"}
	refusedTextRE = lazyre.New(`bad credentials|invalid (api[ _-]?)?(key|token|credentials?)\b|authentication (failed|required)|not authenticated|must be authenticated|not been granted the required scopes|insufficient scopes?|(token|key|session) (has )?expired`)
)

// oauthCodeField finds an RFC 6750 code written as an error item's code,
// title or type rather than as "error" (USPS: {"error":{"errors":
// [{"title":"invalid_token","detail":"The access token … is missing or
// malformed"}]}}), and the item's own words. Only the RFC's lower-case
// spelling counts: INVALID_TOKEN is a provider's own code (Zoho's), which
// says no more than a 401; nor does an item whose words name an API key
// (Paddle's {"error":{"code":"invalid_token","detail":"Invalid or revoked
// API key."}}): a key refused, not an OAuth token.
func oauthCodeField(doc any) (code, desc string) {
	m, _ := doc.(map[string]any)
	if m == nil {
		return "", ""
	}
	first := func(v any) map[string]any {
		list, _ := v.([]any)
		if len(list) == 0 {
			return nil
		}
		item, _ := list[0].(map[string]any)
		return item
	}
	inner, _ := m["error"].(map[string]any)
	for _, item := range []map[string]any{m, inner, first(m["errors"]), first(inner["errors"])} {
		for _, k := range []string{"code", "title", "type"} {
			if e, _ := item[k].(string); e == "invalid_token" || e == "insufficient_scope" {
				for _, dk := range []string{"detail", "message", "description"} {
					if d, _ := item[dk].(string); d != "" {
						if apiKeyWordRE.MatchString(strings.ToLower(d)) {
							return "", ""
						}
						return e, d
					}
				}
				return e, ""
			}
		}
	}
	return "", ""
}

var apiKeyWordRE = lazyre.New(`\bapi[ _-]?keys?\b`)

func isOAuthError(e string) bool {
	switch e {
	case "invalid_token", "insufficient_scope", "invalid_request":
		return true
	}
	return false
}

// jsonMessage finds the human message in a JSON error body, whichever of
// the common shapes it uses.
func jsonMessage(doc any) string {
	get := func(v any, path ...string) string {
		for _, p := range path {
			switch x := v.(type) {
			case map[string]any:
				v = x[p]
			case []any:
				if len(x) == 0 {
					return ""
				}
				v = x[0]
				if m, ok := v.(map[string]any); ok {
					v = m[p]
				}
			default:
				return ""
			}
		}
		s, _ := v.(string)
		return s
	}
	for _, path := range [][]string{
		{"error_description"}, {"message"}, {"error", "message"}, {"detail"}, {"detail", "message"},
		{"errors", "message"}, {"errors", "detail"}, {"error", "description"},
		{"title"}, {"msg"}, {"reason"}, {"description"}, {"error"},
	} {
		if s := get(doc, path...); s != "" {
			return s
		}
	}
	return ""
}

// jsonStrings collects the string values of a decoded JSON document, in
// document order for arrays (object order is not kept by encoding/json).
func jsonStrings(v any, out *[]string) {
	switch x := v.(type) {
	case string:
		*out = append(*out, x)
	case []any:
		for _, e := range x {
			jsonStrings(e, out)
		}
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			jsonStrings(x[k], out)
		}
	}
}

var titleRE = lazyre.New(`(?is)<title[^>]*>(.*?)</title>`)

// headlineRE: a page's title and headings, where an error page says what
// went wrong.
var headlineRE = lazyre.New(`(?is)<(title|h1|h2)[^>]*>(.*?)</(title|h1|h2)>`)

// htmlHeadline is the text of a page's title and headings, one per line.
func htmlHeadline(body string) string {
	var lines []string
	for _, m := range headlineRE.FindAllStringSubmatch(body, 8) {
		lines = append(lines, strings.TrimSpace(m[2]))
	}
	return strings.Join(lines, "\n")
}

// pageRefusalRE: a page's headline about the credential or a permission
// in an API's words; a bare "403 Forbidden", "401 Unauthorized" or
// "Access Denied" says only the status and stays a proxy's page.
var pageRefusalRE = lazyre.New(`authori[sz]ation (failure|failed|denied)|authenticat|not authori[sz]ed (to|for)|permission|access denied (due to|for|to|because)|` +
	`\b(scopes?|privileges?|rights|roles?|credentials?|api[ _-]?keys?|subscription keys?|tokens?)\b|` +
	`\b(do|does|did) not have access|don'?t have access|not (allowed|permitted) (to|with|for)\b`)

func htmlTitle(body string) string {
	if m := titleRE.FindStringSubmatch(body); m != nil {
		return strings.TrimSpace(markupRE.ReplaceAllString(m[1], " "))
	}
	return ""
}

// markupRE: an HTML or XML tag, which evidence leaves out of the words it
// quotes.
var markupRE = lazyre.New(`<[^<>]{1,200}>`)

// sameWords reports whether two quotes of an answer say the same words,
// markup, case and spacing aside ("<h1>403 Forbidden</h1>", "403
// Forbidden").
func sameWords(a, b string) bool {
	norm := func(s string) string {
		return strings.ToLower(strings.Join(strings.Fields(markupRE.ReplaceAllString(s, " ")), " "))
	}
	return norm(a) == norm(b)
}

var (
	ipWordRE   = lazyre.New(`\b(ip|ipv4|ipv6|ip address(es)?|source address|client address|remote address|\d{1,3}(\.\d{1,3}){3})\b`)
	refusalRE  = lazyre.New(`not allowed|not permitted|denied|blocked|restricted|forbidden|not authori[sz]ed|not in`)
	ipPhraseRE = lazyre.New(`ip address restriction|allow[- ]?list|white[- ]?list|ip restriction|ip range|trusted ip|your ip|client ip|source ip|cidr`)
)

// ipRestricted reads words about IP addresses and allowlists in the body
// or in the response's headers.
func ipRestricted(text string, h http.Header) (bool, string) {
	if m := ipPhraseRE.FindString(text); m != "" {
		return true, fmt.Sprintf("the body mentions %q", m)
	}
	// The address and the refusal must be said together: an error body
	// that reports the caller's address in a field of its own ("clientIp":
	// "198.51.100.7" next to "Not authorized") refuses for another reason.
	for _, part := range strings.FieldsFunc(text, func(r rune) bool { return r == '"' || r == '\n' }) {
		if ipWordRE.MatchString(part) && refusalRE.MatchString(part) {
			return true, "the body refuses the request by IP address"
		}
	}
	for name, vs := range h {
		for _, v := range vs {
			l := strings.ToLower(v)
			if ipPhraseRE.MatchString(l) || strings.Contains(strings.ToLower(name), "deny") && ipWordRE.MatchString(l) {
				return true, fmt.Sprintf("header %s: %s", name, v)
			}
		}
	}
	return false, ""
}

// WAF and CDN fingerprints: header names and Server values, and phrases of
// their block pages.
var (
	wafHeaders = []string{"CF-RAY", "CF-Mitigated", "X-Iinfo", "X-Sucuri-ID", "X-Amzn-Waf-Action", "X-Akamai-Request-ID", "Akamai-GRN"}
	wafServers = []string{"cloudflare", "akamaighost", "akamai", "incapsula", "imperva", "sucuri", "awselb", "cloudfront", "big-ip", "barracuda", "fortiweb"}
	wafPhrases = []string{"cloudflare", "attention required", "sorry, you have been blocked", "access denied", "reference #",
		"incapsula incident", "request unsuccessful", "imperva", "sucuri", "modsecurity", "mod_security",
		"web application firewall", "the requested url was rejected", "aws waf", "request blocked",
		"the request could not be satisfied", "akamai", "blocked by", "the request is blocked"}
)

// blockPage reports a page from a proxy, CDN or WAF rather than from the
// API. strong: a product's marks are on it; otherwise only an HTML page
// answered a request that did not ask for HTML.
func blockPage(s server, reqH, respH http.Header, status int) (found, strong bool, ev []string) {
	var marks []string
	for _, name := range wafHeaders {
		if respH.Get(name) != "" {
			marks = append(marks, "header "+name)
		}
	}
	server := strings.ToLower(respH.Get("Server"))
	for _, w := range wafServers {
		if strings.Contains(server, w) {
			marks = append(marks, "Server: "+respH.Get("Server"))
			break
		}
	}
	var phrase string
	for _, p := range wafPhrases {
		if strings.Contains(s.text, p) {
			phrase = p
			break
		}
	}
	if len(marks) == 0 && (defaultPageRE.MatchString(s.text) || appPermissionPageRE.MatchString(s.text)) {
		return false, false, nil // the web server's or the application's own error page is not a WAF's
	}
	// A page whose headline names the credential's or a permission's fault
	// ("<h1>Invalid access token</h1>", "<title>Access denied due to
	// invalid subscription key</title>") and no block is the API's or its
	// gateway's own refusal in HTML: a WAF's page says it blocked, not what
	// the credential lacks. A CDN's headers come with every answer it
	// passes on, so they alone do not make the page its own.
	if (phrase == "" || phrase == "access denied" && len(marks) == 0) && s.html && pageRefusalRE.MatchString(htmlHeadline(s.text)) {
		return false, false, nil
	}
	accept := strings.ToLower(reqH.Get("Accept"))
	asked := strings.Contains(accept, "html")
	switch {
	case s.html && (len(marks) > 0 || phrase != ""):
		found, strong = true, true
	case phrase != "" && !s.json && (strings.Contains(phrase, "modsecurity") || strings.Contains(phrase, "incident") || strings.Contains(phrase, "rejected")):
		found, strong = true, true
	case s.html && status == http.StatusForbidden && !asked:
		found = true
	default:
		return false, false, nil
	}
	if s.html {
		ev = append(ev, "Content-Type: "+respH.Get("Content-Type")+" (an HTML page; the request accepted "+orDash(reqH.Get("Accept"))+")")
	}
	ev = append(ev, marks...)
	if phrase != "" {
		ev = append(ev, fmt.Sprintf("the page says %q", phrase))
	}
	if s.message != "" {
		ev = append(ev, "page: "+s.message)
	}
	return found, strong, ev
}

// defaultPageRE recognises a web server's built-in error page (nginx,
// Apache): its access rules refused the request, no WAF did.
var defaultPageRE = lazyre.New(defaultPagePattern)

// appPermissionPageRE: an HTML page naming the permission the user lacks
// (Jenkins: "ci-bot is missing the Overall/Administer permission"), or
// saying this client may not fetch this URL (Google Frontend in front of
// Cloud Run or Cloud Functions without the invoker role), is the
// application refusing an authenticated caller; no WAF knows its permissions.
var appPermissionPageRE = lazyre.New(`\bis missing the [a-z0-9/ _.-]{1,60} permission\b|\bclient does not have permission to [a-z]+ url\b`)

// defaultPagePattern: nginx and openresty, Apache, IIS, Tomcat and Jetty
// pages for a refused request.
const defaultPagePattern = `<center>(nginx|openresty)[^<]*</center>|<address>apache|you don't have permission to access|403 - forbidden: access is denied|http status 403 [–-] forbidden|<h2>http error 403`

func orDash(s string) string {
	if s == "" {
		return "anything"
	}
	return s
}
