package diagnose

import (
	"sort"
	"strings"

	"github.com/authspec/authspec/internal/lazyre"
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
		v, _ := m[k].(string)
		if e := standardCode(v, bearerErrorCode); e != "" {
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

// oauthCodeField finds an RFC 6750 code written as an error item's code,
// title or type rather than as "error" (USPS: {"error":{"errors":
// [{"title":"invalid_token","detail":"The access token … is missing or
// malformed"}]}}), and the item's own words. Only the RFC's lower-case
// spelling counts: INVALID_TOKEN is a provider's own code (Zoho's), which
// says no more than a 401; nor does an item whose words name an API key
// (Paddle's {"error":{"code":"invalid_token","detail":"Invalid or revoked
// API key."}}, or an access or secret key: synonymWords): a key refused,
// not an OAuth token.
func oauthCodeField(doc any) (code, desc string) {
	m, _ := doc.(map[string]any)
	if m == nil {
		return "", ""
	}
	inner, _ := m["error"].(map[string]any)
	for _, item := range []map[string]any{m, inner, firstErrorItem(m), firstErrorItem(inner)} {
		for _, k := range []string{"code", "title", "type"} {
			if e, _ := item[k].(string); bearerErrorCode(e) {
				for _, dk := range []string{"detail", "message", "description"} {
					if d, _ := item[dk].(string); d != "" {
						if apiKeyWordRE.MatchString(synonymWords(strings.ToLower(d))) {
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

// bearerErrorCode: an RFC 6750 code that says what was wrong with the
// token (invalid_request says only that the request was malformed).
func bearerErrorCode(e string) bool { return e == "invalid_token" || e == "insufficient_scope" }

func isOAuthError(e string) bool {
	switch e {
	case "invalid_token", "insufficient_scope", "invalid_request":
		return true
	}
	return false
}

// jsonMessage finds the human message in a JSON error body, whichever of
// the common shapes it uses (the commonest first).
func jsonMessage(doc any) string {
	if s, ok := doc.(string); ok {
		return s // a body that is one JSON string ("Invalid API key"), as some frameworks answer
	}
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
		// Less common shapes of the same message: Lambda's and Java
		// stacks' errorMessage, Google's and VK's error_message, WeChat's
		// errmsg, a SOAP fault rendered as JSON (Apigee's
		// {"fault":{"faultstring":…}}), JSend's {"status":"error",
		// "data":{"message":…}}, AWS's capitalised Message.
		{"errorMessage"}, {"error_message"}, {"errorMsg"}, {"error_msg"}, {"errmsg"},
		{"fault", "faultstring"}, {"Fault", "faultstring"}, {"data", "message"}, {"Message"},
		// NextGenPSD2's (Berlin Group) list of messages to the third
		// party: {"tppMessages":[{"category":"ERROR","code":
		// "TOKEN_INVALID","text":"…"}]}, the standard's error body.
		{"tppMessages", "text"},
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
