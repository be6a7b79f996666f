package diagnose

import "strings"

// Whether a JSON body says the call failed, the walk's first question
// (walkedEnvelopeError): a failure's keys, flags, statuses and codes.

// bodySaysFailed: an object at the top of a body, or one or two objects
// down (a meta, a status, a response wrapper), says the call failed.
func bodySaysFailed(m map[string]any, depth int) bool {
	for k, v := range m {
		if failedField(k, v) {
			return true
		}
		if o, ok := v.(map[string]any); ok && depth < 2 && bodySaysFailed(o, depth+1) {
			return true
		}
	}
	return false
}

// failedField: the field k, v says the call failed: an error's key that
// holds something (an object, a list, true, a code or text other than a
// success's), a false ok or success flag, a stat or status that says
// fail or error, or a code that is a number other than 0 and not a
// success status, or a status that is an HTTP refusal.
func failedField(k string, v any) bool {
	l := strings.ToLower(k)
	switch x := v.(type) {
	case bool:
		return x && failureKeys[l] || !x && (l == "ok" || l == "success" || l == "succeeded")
	case map[string]any:
		return failureKeys[l] && len(x) > 0
	case []any:
		return failureKeys[l] && len(x) > 0
	case string:
		t := strings.ToLower(strings.TrimSpace(x))
		switch {
		case l == "stat" || l == "status" || l == "result" || l == "outcome":
			return t == "fail" || t == "failed" || t == "failure" || t == "error" || t == "ko"
		case failureKeys[l]:
			return t != "" && !successWord[t]
		}
		if strings.HasSuffix(l, "code") {
			n, ok := numericCode(x)
			return ok && n != 0 && (n < 200 || n >= 300)
		}
	case float64:
		if strings.HasSuffix(l, "code") {
			return x != 0 && (x < 200 || x >= 300)
		}
		// A status is a failure only as an HTTP refusal or error status:
		// many APIs answer "status":1 for a success.
		return (l == "status" || l == "stat") && x >= 400 && x < 600
	}
	return false
}

// failureKeys: the keys whose holding anything says the call failed (an
// error, its code): only these, not any key ending in "error" (a
// webhook's last_error, a record's sync_error are the data asked for).
var failureKeys = map[string]bool{"error": true, "errors": true, "err": true, "fault": true, "exception": true,
	"error_code": true, "errorcode": true, "err_code": true, "errcode": true}

// successWord: a code or text that says the call succeeded, or that no
// error happened.
var successWord = map[string]bool{"0": true, "ok": true, "success": true, "none": true, "null": true, "false": true, "no_error": true, "noerror": true}
