package diagnose

import (
	"bytes"
	"encoding/json"
	"strings"

	"github.com/authspec/authspec/internal/lazyre"
)

// AuthErrorBody reports whether a response body is an authentication or
// permission error that an API sent with a 2xx status, and which error it
// names. These bodies count:
//
//   - {"ok": false, "error": "…"} where the error is about authentication
//     or permission (invalid_auth, not_authed, missing_scope,
//     token_expired, token_revoked, no_permission, …) or a rate limit
//     (ratelimited), as chat APIs send; the same with "success": false
//     and the text in msg or message ({"code":1010,"msg":"token
//     invalid","success":false}, as IoT clouds send), and with a
//     "result_code" of 0 and the text in result_message (ActiveCampaign's
//     v1 API); the text counts
//     when it says what a 401 or 403 would (flaggedRefusal: "You do not
//     have access to the app", "Name or password is incorrect", "HTTP
//     Error 401"), not when it is a validation error, a not found or the
//     API's own data ("Invalid partition key");
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
// channel_not_found — does not count by itself; RefusalIn2xx reads some of
// them further against the request.
func AuthErrorBody(body []byte) (string, bool) {
	e, _ := authErrorBody(body)
	return e, e != ""
}

// authErrorBody is AuthErrorBody, with the JSON it decoded (nil when it
// decoded none) for RefusalIn2xx to read further without decoding again.
func authErrorBody(body []byte) (string, any) {
	if e := xmlAuthError(body); e != "" {
		return e, nil
	}
	if t := bytes.TrimSpace(body); len(t) > 0 && t[0] == '<' {
		if e := titleAuthError(htmlTitle(string(t))); e != "" {
			return e, nil
		}
	}
	body = withoutJSONP(body)
	if !mayBeAuthError(body) {
		return "", nil
	}
	var doc any
	if json.Unmarshal(bytes.TrimSpace(body), &doc) != nil {
		return "", nil
	}
	return authError(doc), doc
}

// codeSpaces writes an error code's words apart (RATE_LIMITED, rate-limit).
var codeSpaces = strings.NewReplacer("_", " ", "-", " ")

// refusalStatuses: the values of a "status" field that refuse the request
// (the key, its restrictions, billing, or a usage limit) in a 200.
var refusalStatuses = map[string]bool{"REQUEST_DENIED": true, "OVER_QUERY_LIMIT": true, "OVER_DAILY_LIMIT": true}

// limitCodeRE: an error that refuses the request for its rate or quota
// (Kraken's 200 {"error":["EAPI:Rate limit exceeded"]}). A limit on
// something else ("EOrder:Orders limit exceeded": too many open orders)
// is the business's, not a rate.
var limitCodeRE = lazyre.New(limitWordsPattern + `|\b(rate|request|call|api|usage|query) limit exceeded`)

// limitWordsPattern: the words of a rate or quota limit that an error code
// and an envelope's text share.
const limitWordsPattern = `rate ?limit|too many requests|throttl|quota exceeded`

// unknownCredentialRE: the credential looked up and not found, switched
// off or inactive ("App is inactive", also in a 200 ok:false).
var unknownCredentialRE = lazyre.New(unknownCredentialPattern)

// signedRequestRE: a signed request refused for its signature, its
// timestamp or nonce, or the address it came from (the exchanges' words,
// also in {"ok":false} and in a list of errors).
var signedRequestRE = lazyre.New(signatureRefusedPattern + `|` + requestFreshnessPattern + `|` + ipNotAllowedPattern)

// authCodeRE: words that make a failed 200's text, or an envelope's error
// code, speak of the credential or a permission. A JWT is a token
// ("invalid or expired jwt" under ok:false), a privilege a permission ("No
// privileges." under success:false).
var authCodeRE = lazyre.New(`auth|token|\bjwt|scope|permission|privilege|access|login|credential|key|forbid(den)?|unauthori[sz]ed|not_allowed|account_inactive|sso|\bsign\b|signature|session|passphrase`)

// authListRE: the first of a list of error strings about the credential
// (Kraken's "EAPI:Invalid key", "EGeneral:Permission denied"; a code that
// names the credential and then its fault, Yandex's "oauth_token.invalid"),
// under "error" or "errors". A list
// names its errors in words, so a word that only names a thing
// ("EFunding:Unknown withdraw key": a withdrawal address's name) is not
// enough: the credential word must follow the fault, or be a refusal.
var authListRE = lazyre.New(`\b(invalid|bad|unknown|missing|expired|revoked|disabled) (api[ _-]?)?(key|token|signature|nonce|credentials?|session)\b|` +
	`(\b|_)(key|token|signature|credential|session)s?[._-](invalid|incorrect|wrong|bad|unrecogni[sz]ed|expired|revoked)\b|` +
	`permission|forbidden|unauthori[sz]ed|not authori[sz]ed|access denied|not allowed|authenticat|login|lockout|\bscopes?\b`)

// authErrorKeys are the keys authError reads at the top of a body.
var authErrorKeys = [][]byte{[]byte(`"ok"`), []byte(`"success"`), []byte(`"status"`), []byte(`"error`), []byte(`"Fault"`), []byte(`"fault"`), []byte(`"code"`), []byte(`"errcode"`), []byte(`"Error Message"`), []byte(`"Note"`), []byte(`"Information"`), []byte(`"meta"`), []byte(`"Error"`),
	[]byte(`"ret_code"`), []byte(`"retCode"`), []byte(`"Response"`), []byte(`"response"`), []byte(`"result_code"`), []byte(`"resultCode"`)}

// firstErrorItem is the first item of doc's "errors" list when it is an
// object (GraphQL's, JSON:API's, Strava's error lists), else nil: the
// item a server puts first is the one that says why.
func firstErrorItem(doc any) map[string]any {
	m, _ := doc.(map[string]any)
	errs, _ := m["errors"].([]any)
	if len(errs) == 0 {
		return nil
	}
	first, _ := errs[0].(map[string]any)
	return first
}

// graphQLUnauthenticated: the first GraphQL error of doc has the code
// UNAUTHENTICATED, which GraphQL servers (Apollo, Hasura, Shopify) give
// a request whose credential they did not accept, as a 401 says it: its
// message ("Sorry, you cannot list resources.") may read as a permission.
func graphQLUnauthenticated(doc any) bool {
	ext, _ := firstErrorItem(doc)["extensions"].(map[string]any)
	code, _ := ext["code"].(string)
	return codeKey(code) == "UNAUTHENTICATED"
}

// flagTextKeys hold the error text of a body that says "ok": false or
// "success": false (or a status of error: HTX's {"status":"error",
// "err-code":"api-signature-not-valid","err-msg":"Signature not valid:
// Incorrect Access key"} in a 200, its key hyphenated); errorObjectKeys
// the text of an "error" object.
var (
	flagTextKeys    = []string{"error", "msg", "message", "error_msg", "error_message", "errmsg", "errorMsg", "errorMessage", "err_msg", "err-msg", "description"}
	errorObjectKeys = []string{"message", "description", "msg", "error_description"}
)

// mayBeAuthError tells, without decoding, a body that cannot be an auth
// error: one that names none of the keys authError reads (and holds no
// escape that could spell one). Every 2xx answer of a happy scenario is
// asked, so most bodies are the ones that cannot.
//
// Every key starts with a quote, so the body is read once, from quote to
// quote, and only the keys that start with the byte after a quote are
// compared there (a search of the whole body per key cost about 0.6 µs
// for a 70-byte answer, on every passing case of a run).
func mayBeAuthError(body []byte) bool {
	if bytes.IndexByte(body, '\\') >= 0 {
		return true
	}
	for i := bytes.IndexByte(body, '"'); i >= 0 && i+1 < len(body); {
		for _, k := range authKeysAfterQuote[body[i+1]] {
			if bytes.HasPrefix(body[i:], k) {
				return true
			}
		}
		j := bytes.IndexByte(body[i+1:], '"')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

// authKeysAfterQuote: authErrorKeys by the byte that follows their
// opening quote.
var authKeysAfterQuote = func() (t [256][][]byte) {
	for _, k := range authErrorKeys {
		t[k[1]] = append(t[k[1]], k)
	}
	return t
}()

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
	if keys, refused := failedFlagKeys(m); keys != nil {
		for _, k := range keys {
			if e, _ := m[k].(string); refused(e) {
				return e
			}
			if e := flaggedErrorObject(m); e != "" {
				return e
			}
		}
	}
	if e := envelopeError(m); e != "" {
		return e
	}
	// The same envelope in a method's response object, or as its result
	// header.
	if ro := responseObject(m); ro != nil {
		if e := envelopeError(ro); e != "" {
			return e
		}
	}
	if e := resultHeaderError(m); e != "" {
		return e
	}
	// The same envelope as an "error" object ({"error":{"error_code":5,
	// "error_msg":"User authorization failed: invalid access_token (4)."}},
	// VK's API in a 200), or an "exception" object (2Checkout's
	// {"exception":{"errorMsg":"Unauthorized","httpStatus":"401"}}, a Java
	// service's serialized exception).
	for _, k := range []string{"error", "exception"} {
		if eo, _ := m[k].(map[string]any); eo != nil {
			if e := envelopeError(eo); e != "" {
				return e
			}
		}
	}
	if e := codedErrorObject(m); e != "" {
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
			e, _ := eo[k].(string)
			if l := strings.ToLower(e); refusedTextRE.MatchString(l) || graphQLDeniedRE.MatchString(l) {
				return e
			}
		}
	}
	if st, _ := m["status"].(string); refusalStatuses[codeKey(st)] {
		return st
	}
	if e, _ := m["error"].(string); standardCode(e, bearerErrorCode) != "" || standardCode(e, tokenEndpointError) != "" {
		return e
	}
	for _, k := range []string{"error", "errors"} {
		if list, _ := m[k].([]any); len(list) > 0 {
			e, _ := list[0].(string)
			if l := strings.ToLower(e); authListRE.MatchString(l) || authListRE.MatchString(normalizeWords(e)) || limitCodeRE.MatchString(l) {
				return e
			}
		}
	}
	if first := firstErrorItem(m); first != nil {
		ext, _ := first["extensions"].(map[string]any)
		code, _ := ext["code"].(string)
		typ, _ := first["type"].(string)
		// Graphene and Apollo Server 2 put the exception's code one level
		// down (Saleor's "extensions":{"exception":{"code":
		// "PermissionDenied"}}).
		exc, _ := ext["exception"].(map[string]any)
		excCode, _ := exc["code"].(string)
		for _, c := range []string{code, typ, excCode} {
			switch codeKey(c) {
			case "UNAUTHENTICATED", "FORBIDDEN", "UNAUTHORIZED", "ACCESS_DENIED", "PERMISSION_DENIED", "INSUFFICIENT_SCOPES", "INVALID_JWT", "INVALID_HEADERS":
				return c
			}
		}
		if saml, _ := ext["saml_failure"].(bool); saml {
			return "saml_failure"
		}
		// A GraphQL gateway over REST services (Apollo's data sources)
		// wraps the service's own refusal in extensions.response.body
		// (Airbnb's {"statusCode":400,"body":{"error":"invalid_key",
		// "error_message":"Invalid API key."}}): that body is read as
		// the answer.
		if resp, _ := ext["response"].(map[string]any); resp != nil {
			if inner, _ := resp["body"].(map[string]any); inner != nil {
				if e := authError(inner); e != "" {
					return e
				}
			}
		}
		// A rate limit named by the error's type or code (GitHub's
		// RATE_LIMITED, RATE_LIMIT, graphql_rate_limit) or its message.
		fcode, _ := first["code"].(string)
		for _, c := range []string{code, typ, fcode} {
			if limitCodeRE.MatchString(codeSpaces.Replace(strings.ToLower(c))) {
				return c
			}
		}
		msg, _ := first["message"].(string)
		if l := strings.ToLower(msg); graphQLDeniedRE.MatchString(l) || limitCodeRE.MatchString(l) {
			return msg
		}
	}
	return refusedText(m)
}

// flaggedErrorObject: the error object under a false "ok" or "success"
// flag, when its name (a type or code written as words) refuses the
// credential or the caller in an envelope's words (apilayer's ipstack,
// weatherstack and others answer {"success":false,"error":{"code":101,
// "type":"missing_access_key","info":"You have not supplied an API Access
// Key. …"}} with a 200); its text (info, message) is read only when it
// has no such name. A validation error named so ("invalid_ip_address",
// "validation_error" about a field token_name) is the request's.
func flaggedErrorObject(m map[string]any) string {
	eo, _ := m["error"].(map[string]any)
	named := false
	for _, k := range []string{"type", "code"} {
		e, _ := eo[k].(string)
		if envelopeRefusal(e) {
			return e
		}
		named = named || e != ""
	}
	if named {
		return ""
	}
	for _, k := range []string{"info", "message", "description"} {
		if e, _ := eo[k].(string); envelopeRefusal(e) {
			return e
		}
	}
	return ""
}

// graphQLDeniedRE: a GraphQL error whose message alone says the caller
// may not (Shopify's "ScriptTagCreate access denied", "Access denied for
// orders field. Required access: …").
// The permissions it needs, listed ("you need one of the following
// permissions: HANDLE_CHECKOUTS", Saleor), say the same.
var graphQLDeniedRE = lazyre.New(`\baccess denied\b|\bnot authori[sz]ed\b|\bunauthori[sz]ed\b|\bpermission denied\b|\binsufficient (scopes?|permissions?)\b|` + requiredPermissionsListPattern)

// tokenEndpointError: an RFC 6749 section 5.2 error of a token endpoint
// that refuses the client or its grant (Zoho answers them with a 200):
// any of grantErrors but unsupported_grant_type, which says only that the
// server does not offer the flow.
func tokenEndpointError(e string) bool { return grantErrors[e] && e != "unsupported_grant_type" }

// graphQLFieldError: the first GraphQL error names a field (its path):
// the server ran the query up to that field, so it accepted the caller
// and refused only this part.
func graphQLFieldError(doc any) bool {
	path, _ := firstErrorItem(doc)["path"].([]any)
	return len(path) > 0
}

var (
	errorTextKeys = []string{"error-text", "error_text", "errorText", "error_message", "errorMessage"}
	refusedTextRE = lazyre.New(`bad credentials|invalid (api[ _-]?)?(key|token|credentials?)\b|authentication (failed|required|error)\b|not authenticated|must be authenticated|not been granted the required scopes|insufficient scopes?|(token|key|session) (has )?expired|` + notValidCredentialPattern + `|` + validCredentialRequiredPattern)
)
