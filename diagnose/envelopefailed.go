package diagnose

import (
	"strings"

	"github.com/authspec/authspec/internal/lazyre"
)

// Whether a JSON body says the call failed, whatever its words: the
// walk's first question (walkedEnvelopeError, bodySaysFailed: a failure's
// keys, flags, statuses and codes), and the failed envelope's text a 2xx
// is read for (envelopeFailure).

// bodySaysFailed: an object at the top of a body, or one or two objects
// down (a meta, a status, a response wrapper), says the call failed.
func bodySaysFailed(m map[string]any, depth int) bool {
	if errorTextBesideFailedCode(m) {
		return true
	}
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
			return t == "fail" || t == "failed" || t == "failure" || t == "error" || t == "ko" || notProcessedStatusRE.MatchString(strings.ToLower(codeKey(x)))
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

// errorTextBesideFailedCode: m holds an error's message (errorMessageKeys,
// any case) with a text other than a success's, beside a status or code
// (failureCodeKeys, any case) that is a number other than 0 nor an HTTP
// success: e-Stat's {"RESULT":{"STATUS":100,"ERROR_MSG":"認証に失敗しました。
// …"}} in a 200, one level under the operation's wrapper. Neither says it
// alone: a "status" of 1 is many APIs' success (failedField), and an
// error message key may be a record's; a plain "message" or "msg" beside
// a status is no error's text.
func errorTextBesideFailedCode(m map[string]any) bool {
	text, code := false, false
	for k, v := range m {
		l := strings.ToLower(k)
		if errorMessageKeys[l] {
			t, _ := v.(string)
			t = strings.ToLower(strings.TrimSpace(t))
			text = text || t != "" && !successWord[t]
		}
		if failureCodeKey[l] {
			_, failed := failedCode(map[string]any{l: v}, l)
			code = code || failed
		}
	}
	return text && code
}

// errorMessageKeySpellings: the keys that name an error's message, in the
// spellings APIs write them (ERROR_MSG, ErrMsg, errorMessage);
// errorMessageKeys the same lower-cased, and failureCodeKey
// failureCodeKeys lower-cased. authErrorKeys holds the spellings, so a
// body that has one of them is decoded and read.
var (
	errorMessageKeySpellings = []string{"error_msg", "ERROR_MSG", "errmsg", "ErrMsg", "errMsg", "ERRMSG", "error_message", "ERROR_MESSAGE",
		"errorMessage", "ErrorMessage", "errorMsg", "ErrorMsg", "err_msg", "ERR_MSG"}
	errorMessageKeys = lowerKeys(errorMessageKeySpellings)
	failureCodeKey   = lowerKeys(failureCodeKeys)
)

// lowerKeys is keys lower-cased, as a set.
func lowerKeys(keys []string) map[string]bool {
	m := map[string]bool{}
	for _, k := range keys {
		m[strings.ToLower(k)] = true
	}
	return m
}

// failureKeys: the keys whose holding anything says the call failed (an
// error, its code): only these, not any key ending in "error" (a
// webhook's last_error, a record's sync_error are the data asked for).
var failureKeys = map[string]bool{"error": true, "errors": true, "err": true, "fault": true, "exception": true,
	"error_code": true, "errorcode": true, "err_code": true, "errcode": true}

// successWord: a code or text that says the call succeeded, or that no
// error happened.
var successWord = map[string]bool{"0": true, "ok": true, "success": true, "none": true, "null": true, "false": true, "no_error": true, "noerror": true}

// envelopeFailure is the text of a JSON body that says the call failed,
// whatever its words: a numeric status or code that is not 0 nor an HTTP
// success (failureCodeKeys), beside an error or message text
// (failureTextKeys) (Withings' {"status":503,
// "error":"Invalid Params: invalid code"} in a 200), or an "error" object
// with its text (Eventbrite v1's {"error":{"error_type":"Application Key
// Error","error_message":"This endpoint has been deprecated."}}). The
// words decide elsewhere whether the failure is a refusal; this only says
// the 200 is an error. A body typed as an exception with its code and
// text is one too, whatever the code (Kaltura's {"code":"INVALID_KS",
// "message":"Invalid KS …","objectType":"KalturaAPIException"} in a 200;
// a JSON protocol's "__type":"…#ValidationException" beside its message).
func envelopeFailure(m map[string]any) string {
	_, coded := m["code"]
	for _, ck := range failureCodeKeys {
		if _, ok := failedCode(m, ck); !ok && !(ck == "code" && coded && typedException(m)) {
			continue
		}
		for _, tk := range failureTextKeys {
			if e, _ := m[tk].(string); strings.TrimSpace(e) != "" {
				return e
			}
		}
	}
	if eo, _ := m["error"].(map[string]any); eo != nil {
		var parts []string
		for _, tk := range []string{"error_type", "type", "message", "error_message", "description", "msg"} {
			if e, _ := eo[tk].(string); strings.TrimSpace(e) != "" {
				parts = append(parts, e)
			}
		}
		return strings.Join(parts, ": ")
	}
	return ""
}

// typedException: m names its own type (exceptionTypeKeys) as an
// exception's class, the last part of a qualified name ending in
// "Exception" (KalturaAPIException, com.amazonaws.x#ForbiddenException).
func typedException(m map[string]any) bool {
	for _, k := range exceptionTypeKeys {
		t, _ := m[k].(string)
		if i := strings.LastIndexAny(t, "#.:\\"); i >= 0 {
			t = t[i+1:]
		}
		if len(t) > len("exception") && strings.HasSuffix(strings.ToLower(t), "exception") {
			return true
		}
	}
	return false
}

// exceptionTypeKeys: where a body names its type, an exception's class
// when it is one.
var exceptionTypeKeys = []string{"objectType", "__type", "type", "exceptionType", "exception_type"}

// failureCodeKeys: the keys whose code, not 0 nor an HTTP success, says
// the call failed, a return code too ("0000" its success: LINE Pay's
// {"returnCode":"1106","returnMessage":"Header information error. …"}
// in a 200, a payment gateway's "return_code"). Not every code key an
// envelope's refusal is read under (envelopeCodeKeys): a result's or
// an error's code may be 1 for success (Bungie.net's ErrorCode). A
// "failCode" is one by its name (Huawei FusionSolar's {"failCode":306,
// "message":"USER_MUST_RELOGIN"}, 0 when the call passed).
var failureCodeKeys = []string{"status", "code", "errcode", "error_code", "returnCode", "return_code", "failCode", "fail_code"}

// failureTextKeys: where a failed envelope's text is, a return code's
// message too. Kept apart from envelopeTextKeys: those are keys the walk
// of a 2xx's error words leaves to envelopeError (namedTextKeys), whose
// stricter words would then judge a return message instead of the walk.
var failureTextKeys = []string{"error", "message", "msg", "errmsg", "error_message", "error_msg", "returnMessage", "return_message", "returnMsg", "return_msg"}

// notProcessedStatusRE: a status that says the request itself was not
// processed or was refused (BLS's "status":"REQUEST_NOT_PROCESSED" in a
// 200, "request_failed", "REQUEST_REJECTED"): the call failed, as "fail"
// says. The request must be the subject: a record's own state
// ("rejected", "not_processed" of a document) is data.
var notProcessedStatusRE = lazyre.New(`^request[_ ](not[_ ](processed|serviced|accepted)|failed|rejected|refused|denied)$`)
