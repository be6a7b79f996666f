package diagnose

import "strings"

// failedFlagKeys reads the one flag a body may carry to say the call
// failed, in any of the ways APIs write it, and returns the keys that hold
// its error text, or nil when no flag says so:
//   - a false "ok", "success" or "status" (ePayco's and Paystack's
//     {"status":false,"message":…}), or a "status" of error or fail (JSend's
//     {"status":"error","message":"…"}, which many APIs send with a 200):
//     the text in flagTextKeys;
//   - a "Response" (or "response") of False, Error or Fail, in any case: its
//     text in "Error" or "Message", as capitalised as the flag (OMDb's
//     {"Response":"False","Error":"Invalid API key!"} with a 200), or in
//     the lower-case keys;
//   - a "status" of 0 beside a bare failure word in "message" or "msg":
//     the text in "result", "error" or "data" (the Etherscan family's
//     {"status":"0","message":"NOTOK","result":"Invalid API Key"}, and the
//     same 1/0 status with its detail under another key, {"status":0,
//     "msg":"FAILED","error":"API key is invalid"}). A status 0 with a
//     message that says what happened ("No transactions found") is data,
//     and so is a detail about the request's data. A status 0 is a
//     numeric failure code, so its text is read in the words a code's
//     envelope is (envelopeRefusal: "your IP address is not whitelisted"),
//     the other flags' in a flag's (flaggedRefusal);
//   - a "result_code" of 0: the text in "result_message" (ActiveCampaign's
//     v1 API in JSON, {"result_code":0,"result_message":"You are not
//     authorized to access this file"} with a 200).
//
// refused is the reading of a text under the flag.
func failedFlagKeys(m map[string]any) (keys []string, refused func(string) bool) {
	for _, flag := range []string{"ok", "success", "status"} {
		if okv, isBool := m[flag].(bool); isBool && !okv {
			return flagTextKeys, flaggedRefusal
		}
	}
	st, _ := m["status"].(string)
	if failureWord(st) {
		return flagTextKeys, flaggedRefusal
	}
	// A "result" of error or fail says it as a status does (Kraken
	// Futures' and Gemini's {"result":"error","error":"…"} or
	// {"result":"error","reason":"…","message":"…"}): a result that is
	// the answer's text (Etherscan's) is no bare failure word.
	if r, _ := m["result"].(string); failureWord(r) {
		return flagTextKeys, flaggedRefusal
	}
	for _, flag := range []string{"Response", "response"} {
		if r, _ := m[flag].(string); failureWord(r) || strings.EqualFold(strings.TrimSpace(r), "false") {
			return responseTextKeys, flaggedRefusal
		}
	}
	// A result code of 0 beside a result message (ActiveCampaign's v1 API:
	// 1 for success, 0 for failure): the text in result_message.
	for _, flag := range []string{"result_code", "resultCode"} {
		if n, isNum := m[flag].(float64); isNum && n == 0 {
			return []string{"result_message", "resultMessage"}, flaggedRefusal
		}
	}
	// A status that is not 0 (nor an HTTP success) beside a field meant
	// for an error's text (Vonage's legacy Verify API answers a 200 with
	// {"status":"8","error_text":"The api_key you supplied is for an
	// account that has been barred from submitting messages."}): the
	// field's name says the call failed, as a flag would, and the status
	// is its code, a number or one written as a string. Etherscan's
	// "status":"1" beside a "message" names no error text.
	if n, ok := numericCode(m["status"]); ok && n != 0 && (n < 200 || n >= 300) && holdsText(m, errorTextKeys) {
		return errorTextKeys, flaggedRefusal
	}
	if statusZero(m["status"]) {
		for _, mk := range []string{"message", "msg"} {
			switch msg, _ := m[mk].(string); strings.ToUpper(strings.TrimSpace(msg)) {
			case "NOTOK", "NOT OK", "ERROR", "FAIL", "FAILED", "FAILURE":
				return []string{"result", "error", "data"}, envelopeRefusal
			}
		}
	}
	return nil, nil
}

// responseTextKeys hold the error text beside a "Response" flag.
var responseTextKeys = []string{"Error", "Message", "error", "message"}

// failureWord: s is a bare word that says a call failed (error, fail,
// failed, failure), in any case, or such a word after the kind of
// failure in one code (NeverBounce's "status":"auth_failure" and
// "general_failure", "request_failed", "AuthError", "auth-error").
// "no_error" says the opposite. A status that says the request was not
// processed, rejected or refused (notProcessedStatusRE) is one too.
func failureWord(s string) bool {
	s = strings.TrimSpace(s)
	switch strings.ToLower(s) {
	case "error", "fail", "failed", "failure":
		return true
	}
	if strings.ContainsRune(s, ' ') {
		return false
	}
	k := strings.ToLower(codeKey(s))
	if i := strings.LastIndexByte(k, '_'); i > 0 && !strings.HasPrefix(k, "no_") {
		switch k[i+1:] {
		case "error", "fail", "failed", "failure":
			return true
		}
	}
	// The request said not processed or refused (BLS's
	// REQUEST_NOT_PROCESSED), as the walk's failed status reads it.
	return notProcessedStatusRE.MatchString(k)
}

// statusZero: a status written 0, as a number or a string.
func statusZero(v any) bool {
	switch st := v.(type) {
	case string:
		return st == "0"
	case float64:
		return st == 0
	}
	return false
}

// holdsText: m holds a text that is not blank under one of keys.
func holdsText(m map[string]any, keys []string) bool {
	for _, k := range keys {
		if t, _ := m[k].(string); strings.TrimSpace(t) != "" {
			return true
		}
	}
	return false
}
