package diagnose

import (
	"encoding/json"
	"strings"
)

// TokenAnswer reads the error code and the words of a token endpoint's
// answer that gave no token: RFC 6749's error and error_description, and
// the shapes providers answer instead (Zoom's reason, Twitch's and
// Strava's message, Databricks' error_code, Okta's errorCode and
// errorSummary, an errors list of resource, field, code and the words,
// Strava's and PyPI's), so a
// refusal in its own shape is shown and diagnosed by its words too.
func TokenAnswer(body []byte) (code, description string) {
	var doc any
	if json.Unmarshal(body, &doc) != nil {
		return "", ""
	}
	return TokenAnswerIn(doc)
}

// TokenAnswerIn is TokenAnswer of an answer already decoded (as
// json.Unmarshal decodes into an any): the runner decodes a token
// endpoint's answer once, for its tokens too.
func TokenAnswerIn(doc any) (code, description string) {
	m, ok := doc.(map[string]any)
	if !ok {
		return "", ""
	}
	code = firstString(m, "error", "error_code", "errorCode")
	description = firstString(m, "error_description", "errorDescription", "reason", "errorSummary", "error_message", "errorMessage", "message", "msg", "detail")
	if e, ok := m["error"].(map[string]any); ok && code == "" {
		// An error object under "error" (Ukraine's eHealth: {"error":
		// {"type":"invalid_grant","message":"Token expired."}}, beside a
		// meta object): its code and its words are the answer's.
		code = firstString(e, "type", "code", "error")
		if d := firstString(e, "message", "description", "error_description", "detail"); d != "" {
			description = d
		}
	}
	if e := firstErrorItem(m); e != nil {
		// Strava: {"resource":"Application","field":"client_id","code":"invalid"};
		// PyPI's trusted publishing exchange: {"code":"invalid-publisher",
		// "description":"valid token, but no corresponding publisher"};
		// JSON:API's error objects say it in "detail".
		var parts []string
		for _, k := range []string{"resource", "field", "code", "message", "error_message", "description", "detail"} {
			if s, ok := e[k].(string); ok && s != "" {
				parts = append(parts, s)
			}
		}
		if detail := strings.Join(parts, " "); detail != "" {
			if description == "" || strings.EqualFold(description, "bad request") {
				description = detail
			} else {
				description += ": " + detail
			}
		}
	}
	return code, description
}

// firstString is the first of keys whose value in m is a non-empty string.
func firstString(m map[string]any, keys ...string) string {
	for _, k := range keys {
		if s, ok := m[k].(string); ok && strings.TrimSpace(s) != "" {
			return s
		}
	}
	return ""
}
