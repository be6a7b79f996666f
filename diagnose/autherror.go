package diagnose

import (
	"bytes"
	"encoding/json"
	"slices"
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
//   - a GraphQL answer whose first error says UNAUTHENTICATED (or
//     AUTH_REQUIRED and its kin: unauthenticatedCodes, also as the error's
//     name), FORBIDDEN, UNAUTHORIZED, ACCESS_DENIED, INSUFFICIENT_SCOPES
//     or a SAML/SSO failure;
//   - {"error": "invalid_token" | "insufficient_scope"} (RFC 6750 codes);
//   - an "error" text beside an error code that speaks of the credential
//     or a login, when the text refuses it ({"error":"Invalid login, please
//     try again","errorcode":"invalidlogin"}, Moodle's token endpoint);
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
	if e := plainTextAuthError(body); e != "" {
		return e, nil
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

// authErrorKeys are the keys authError reads at the top of a body, with
// every key an envelope's code may be in (envelopeCodeKeys) and every key
// whose code says a call failed (failureCodeKeys), and every spelling of
// an error's message key (errorMessageKeySpellings: e-Stat's "ERROR_MSG"
// beside its "STATUS" was filtered out): a key added there is
// then never filtered out here, where diagnosis would read it and a happy
// step's 2xx would pass unread (Bungie.net's "ErrorCode" and Midtrans'
// "status_code" in a 200 were; LINE Pay's "returnCode" beside a
// returnMessage that says the caller's IP is not allowed was).
var authErrorKeys = quotedKeys(slices.Concat([]string{"ok", "success", "status", "Fault", "fault", "code", "errcode", "Error Message", "Note", "Information", "meta", "Error",
	"ret_code", "retCode", "Response", "response", "result_code", "resultCode",
	"stat", "err", "exception", "succeeded"}, envelopeCodeKeys, failureCodeKeys, errorMessageKeySpellings), `"error`)

// quotedKeys is each of keys in quotes, once, then each of prefixes (an
// opening quote and the start of a key) as it is.
func quotedKeys(keys []string, prefixes ...string) [][]byte {
	var out [][]byte
	seen := map[string]bool{}
	for _, k := range keys {
		if q := `"` + k + `"`; !seen[q] {
			seen[q] = true
			out = append(out, []byte(q))
		}
	}
	for _, p := range prefixes {
		out = append(out, []byte(p))
	}
	return out
}

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
	if bytes.IndexByte(body, '\\') >= 0 || bytes.Contains(body, failedPairStart) {
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

// failedPairStart opens the result pair failedPairError reads, whose key
// is the call's name and so none of authErrorKeys.
var failedPairStart = []byte("[false,")

// authKeysAfterQuote: authErrorKeys by the byte that follows their
// opening quote.
var authKeysAfterQuote = func() (t [256][][]byte) {
	for _, k := range authErrorKeys {
		t[k[1]] = append(t[k[1]], k)
	}
	return t
}()

// plainTextAuthError is a body of plain text, one short line and nothing
// else, when all it says is the credential's fault ("Invalid API key",
// Lessn More's 200 to a key it does not know; "Invalid token."), or that
// the caller lacks a permission for what it asked, said as an error
// (permissionErrorLine), or "".
// A 2xx is read in every envelope a body can be (JSON, XML, a page's
// headline); plain text is one too. A longer text, or one that only
// mentions a key among other things, is the API's data.
func plainTextAuthError(body []byte) string {
	t := bytes.TrimSpace(body)
	if len(t) == 0 || len(t) > 80 || bytes.ContainsAny(t, "\n<>{}[]\"") {
		return ""
	}
	if s := string(t); credentialFault(plainWords(strings.ToLower(s))) || permissionErrorLine(s) {
		return s
	}
	return ""
}

// permissionErrorLine: a line that says a permission is lacking
// (lacksPermissionPattern) as an error: after an error's marker or code
// (errorLineStartRE: "-NOPERM this user has no permissions to run the
// 'flushall' command", a store's error line relayed as text; "Error: …"),
// or of the caller and its credential ("You do not have permission to run
// this command", "This token has no write access"). The same words bare
// about a user, an account or a role ("This user has no permissions to
// run the 'set' command") are what a dry run of that user's rights
// answers as its data with a success (Redis' ACL DRYRUN through an HTTP
// gateway).
func permissionErrorLine(s string) bool {
	l := strings.ToLower(s)
	loc := lacksPermissionRE.Get().FindStringIndex(l)
	if loc == nil {
		return false
	}
	if m := errorLineStartRE.Get().FindString(s); m != "" && !subjectQualifier(m, l[loc[0]:], l[len(m):]) {
		return true
	}
	for _, caller := range []string{"you", "token", "key", "credential"} {
		if strings.HasPrefix(l[loc[0]:], caller) {
			return true
		}
	}
	return false
}

// errorLineStartRE: a line that opens as an error: a RESP error's dash, a
// code in capitals (NOPERM, ERR, E403), or an error's label and a colon.
var errorLineStartRE = lazyre.New(`^(-|[A-Z][A-Z0-9_]{2,}\b|(?i:error|err|forbidden|denied|unauthori[sz]ed)\s*:)`)

// subjectQualifier: the word in capitals that opens the line (start) is
// an acronym naming the lack's subject ("IAM user has no permissions to
// run …", "API user …", what a dry run of a named user's rights answers),
// not an error's code: the subject the lack is said of (lack, from the
// match of lacksPermissionPattern on) follows it directly (after). A code
// with a digit or an underscore (E403, NO_PERM) is a code wherever it
// stands; a code that is itself the lack (NOPERM) opens the match.
func subjectQualifier(start, lack, after string) bool {
	return !strings.ContainsAny(start, "0123456789_-:") && strings.TrimLeft(after, " ") == lack
}
