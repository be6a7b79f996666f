package diagnose

import (
	"bytes"
	"slices"
	"strconv"
	"strings"

	"github.com/authspec/authspec/internal/lazyre"
)

// JSON envelopes that answer a refusal with a success status (a 200): a
// numeric code that is not 0 with its message (TikTok, WeChat), a status
// field that says the call failed, or the error texts of an envelope's
// own keys. Only words about the credential, a permission or a limit make
// one a refusal; envelope.go reads the XML and SOAP ones.

// envelopeError is the message of a body whose numeric code says the
// call failed ({"code":40105,"message":"Access token is incorrect or has
// been revoked.","data":{}}, as TikTok's Business API answers with a 200;
// WeChat's {"errcode":40001,"errmsg":"invalid credential"}): a code that
// is not 0 (nor an HTTP success), and a message about the credential, a
// permission or a limit that names a fault. Beside a code that is a
// refusal's status, its text may be a "reason" (Janus's {"janus":"error",
// "error":{"code":403,"reason":"Unauthorized request (wrong or missing
// secret/token)"}} in a 200). The envelope's HTTP status is a code too,
// in whichever key the API names it (httpStatus, statusCode, status_code:
// 2Checkout's {"exception":{"errorMsg":"Unauthorized","httpStatus":"401"}}
// in a 200, GetResponse's {"httpStatus":403,…}, an {"statusCode":401,
// "errorMessage":…} of a gateway), and its text in any spelling of an
// error message's key (envelopeTextKeys).
func envelopeError(m map[string]any) string {
	for _, ck := range envelopeCodeKeys {
		n, ok := failedCode(m, ck)
		if !ok {
			continue
		}
		// A code that is an HTTP refusal status (Twelve Data's {"code":429,
		// "message":"You have run out of API credits for the current
		// minute…","status":"error"} in a 200) lets a limit or a plan's
		// words count too, and a refusal's bare status text beside a 401
		// or 403 ("Unauthorized" beside "httpStatus":"401").
		httpRefusal := n == 401 || n == 402 || n == 403 || n == 429
		for _, tk := range envelopeTextKeys {
			if e, _ := m[tk].(string); envelopeRefusal(e) || httpRefusal && (noticeRefusal(e) || n != 429 && bareRefusal(e)) {
				return e
			}
		}
		// A list of details says why, where the message only says what
		// failed (ArcGIS REST's {"error":{"code":400,"message":"Unable to
		// generate token.","details":["Invalid username or password."]}}
		// in a 200): its first text is read as the message is, and for
		// the credential's fault named in it (credentialFault: a user name
		// or password too, which an envelope's words do not take).
		if d, _ := m["details"].([]any); len(d) > 0 {
			if e, _ := d[0].(string); envelopeRefusal(e) || credentialFault(plainWords(strings.ToLower(e))) {
				return e
			}
		}
		// A "reason" is read only beside a refusal's status: Janus's 458
		// "No such session 123" in the same place is a media session
		// the call named, not the caller's.
		if e, _ := m["reason"].(string); httpRefusal && (envelopeRefusal(e) || noticeRefusal(e)) {
			return e
		}
	}
	return ""
}

// envelopeTextKeys: the keys an envelope's text is in, in any spelling of
// an error message's key (status_message beside a status_code: TMDB's
// {"status_code":7,"status_message":"Invalid API key: …","success":false},
// Midtrans' v2 API), and a sub-error's code and message, which say
// what a generic code ("40002 Invalid Arguments", Alipay's and the Taobao
// Open Platform's) does not (sub_code "isv.invalid-signature", sub_msg
// "The appkey … is only allowed to call from …"); a result's text too
// (Fossil's JSON API, {"resultCode":"FOSSIL-2002","resultText":"Requires
// 'o' permissions."} in a 200); and, capitalised, an error's status name
// beside its code (Bungie.net's {"ErrorCode":2102,"ErrorStatus":
// "ApiKeyMissingFromRequest","Message":"Please add valid X-API-Key header
// to request. …"} in a 200), which says what the message may not.
var envelopeTextKeys = []string{"message", "msg", "errmsg", "error_msg", "error_message", "errMsg", "errorMsg", "errorMessage", "ret_msg", "retMsg", "sub_msg", "sub_code",
	"resultText", "result_text", "resultMessage", "result_message", "resultMsg", "result_msg", "status_message", "statusMessage", "status_msg", "statusMsg",
	"Message", "ErrorMessage", "ErrorStatus", "errorStatus", "error_status", "StatusMessage"}

// envelopeCodeKeys: the keys an envelope's code is in, a result's code
// too (Fossil's resultCode, beside its resultText), and an error code in
// any case (Bungie.net's ErrorCode, 1 for success, whose "Ok" message
// refuses nothing).
var envelopeCodeKeys = []string{"code", "errcode", "error_code", "err_code", "status", "ret_code", "retCode", "httpStatus", "statusCode", "status_code",
	"resultCode", "result_code", "ErrorCode", "errorCode", "StatusCode", "failCode", "fail_code"}

// responseObject is the object a body holds under a key named for the
// method or the API it answers (Alipay's {"alipay_trade_query_response":
// {"code":"40002",…},"sign":"…"}, the Taobao Open Platform's
// {"error_response":{"code":11,…}}, the Subsonic API's
// {"subsonic-response":{"status":"failed","error":{"code":40,…}}} in a
// 200), or the base response a service puts beside its data, the
// "_resp" of an RPC framework's status struct (MiniMax's {"base_resp":
// {"status_code":1004,"status_msg":"login fail: …"}}, Thrift's BaseResp
// {"StatusCode":…,"StatusMessage":…}): the envelope, beside at most a
// signature of it or the data; nil when there is none or more than one.
func responseObject(m map[string]any) map[string]any {
	var found map[string]any
	for k, v := range m {
		o, ok := v.(map[string]any)
		if lk := strings.ToLower(k); !ok || !strings.HasSuffix(lk, "_response") && !strings.HasSuffix(lk, "-response") && lk != "base_resp" && lk != "baseresp" {
			continue
		}
		if found != nil {
			return nil
		}
		found = o
	}
	return found
}

// resultHeaderError is the message of a result header (PayPay's
// {"header":{"resultCode":"S0001","resultMessage":"Session refresh
// request because of AccessToken is revoked"}}): an object that carries
// the call's result code and message beside the body. Its codes are the
// API's own (S0000 is a success), so only a message about the
// credential's fault (envelopeRefusal) makes it a refusal.
func resultHeaderError(m map[string]any) string {
	for _, hk := range []string{"header", "result", "resultInfo", "result_info"} {
		h, _ := m[hk].(map[string]any)
		if h == nil {
			continue
		}
		if _, coded := codeOf(h, "resultCode", "result_code", "code"); !coded {
			continue
		}
		for _, tk := range []string{"resultMessage", "result_message", "result_msg", "message"} {
			if e, _ := h[tk].(string); envelopeRefusal(e) {
				return e
			}
		}
	}
	return ""
}

// codeOf is the first of keys that m holds, and whether it holds one.
func codeOf(m map[string]any, keys ...string) (any, bool) {
	for _, k := range keys {
		if v, ok := m[k]; ok {
			return v, true
		}
	}
	return nil, false
}

// codedErrorObject is the message of an "Error" object whose string
// Code names an authentication failure, a refused credential or a limit,
// or whose Message says so ({"Response":{"Error":{"Code":
// "AuthFailure.SecretIdNotFound","Message":"The SecretId is not found…"},
// "RequestId":"…"}}, Tencent Cloud's API 3.0 in a 200; the same object at
// the top).
func codedErrorObject(m map[string]any) string {
	if r, _ := m["Response"].(map[string]any); r != nil {
		m = r
	}
	eo, _ := m["Error"].(map[string]any)
	if eo == nil {
		return ""
	}
	code, _ := eo["Code"].(string)
	msg, _ := eo["Message"].(string)
	if msg == "" {
		msg = code
	}
	if refusalCodeRE.MatchString(normalizeWords(code)) || envelopeRefusal(msg) {
		return msg
	}
	return ""
}

// refusalCodeRE: an error code (as normalizeWords spells it,
// auth_failure.secret_id_not_found) that names an authentication failure,
// a refused credential or a usage limit.
var refusalCodeRE = lazyre.New(`^auth|unauthori[sz]ed|forbidden|access_?denied|invalid_?(access_?key|api_?key|token|signature|credential)|signature|secret_?id|(request|rate)_?limit_?exceeded|throttl`)

// failedCode is the envelope's code under key ck when it says the call
// failed: a number that is not 0 nor an HTTP success. A code may be a
// number written as a string; a "status" may not (Etherscan's
// "status":"1" is its success flag).
func failedCode(m map[string]any, ck string) (float64, bool) {
	n, ok := m[ck].(float64)
	if ck != "status" {
		n, ok = numericCode(m[ck])
	}
	return n, ok && n != 0 && (n < 200 || n >= 300)
}

// numericCode reads an envelope's code, a number or a number written as
// a string (Bybit's {"ret_code":"-2015","ret_msg":…}, OKX's "code":
// "50113"), the product's name before it too ("FOSSIL-2002", "ERR_401",
// "E1001": the number is the code).
func numericCode(v any) (float64, bool) {
	switch c := v.(type) {
	case float64:
		return c, true
	case string:
		c = strings.TrimSpace(c)
		if m := prefixedCodeRE.Get().FindStringSubmatch(c); m != nil {
			c = m[1]
		}
		n, err := strconv.ParseFloat(c, 64)
		return n, err == nil
	}
	return 0, false
}

// prefixedCodeRE: a code written as a short name, a dash or underscore
// perhaps, and its number.
var prefixedCodeRE = lazyre.New(`^[A-Za-z]{1,12}[-_]?([0-9]{1,6})$`)

// envelopeWordsRE: an envelope's failure text about the credential, a
// permission or a limit, with the fault named before or after it (a
// message that only mentions a token, "Token refreshed", is not a
// refusal). Read with underscores as spaces (access_token).
// An API, method or interface said unauthorized ("api unauthorized",
// WeChat's 48001) is an operation the caller may not use. A key said not
// registered (keyNotRegisteredPattern) was looked up and not found. An
// action kept for a role ("Only superusers can perform this action.") or
// an account kept from it ("Organisation is disabled from serving
// flags.") refuses a caller it knows, and so does the role or capability
// an operation is said to require (roleRequiredPattern: Fossil's
// "Requires 'o' permissions." under a failed resultCode). A refusal given for an
// unauthorized request, payload or transaction (Midtrans' "Operation is
// not allowed due to unauthorized payload." under status_code 401) says
// nothing authenticated the request. The caller told to log in again
// (reloginRequiredPattern: FusionSolar's USER_MUST_RELOGIN under its
// failCode) has no session the server takes. "Insufficient" takes a right, with
// at most a word between ("Insufficient isv permissions"): "Insufficient
// funds for authorization" is a card payment's, not the caller's.
var envelopeWordsRE = lazyre.New(`\b(` + envelopeCredWords + `)\b[^.]{0,60}\b(` + envelopeFaults + `)|` +
	`\b(invalid|incorrect|wrong|unrecognized|revoked|expired|missing|bad|unknown|no)\b[a-z -]{0,20}\b(` + envelopeCredWords + `)\b|` +
	`\binsufficient ([a-z]+ )?(permissions?|privileges?|scopes?|rights|access|authori[sz]ation)\b|` +
	limitWordsPattern + `|` + applyForAccessPattern + `|` + operationUnauthorizedPattern + `|` +
	signatureRefusedPattern + `|` + requestFreshnessPattern + `|` + ipNotAllowedPattern + `|` + keyNotRegisteredPattern + `|` + reloginRequiredPattern + `|` +
	onlyRoleCanPattern + `|` + roleRequiredPattern + `|` + disabledFromPattern + `|` + unauthorizedRequestPattern + `|` + passwordChangeDuePattern + `|` + sessionIdlePattern + `|` + accessLevelLackedPattern)

const (
	envelopeCredWords = `auth\w*|tokens?|scopes?|permissions?|access|log-?in|sign-in|credentials?|(api ?|application )?keys?|session(ids?|identifiers?)?|signature|(app ?|client ?)?secrets?|(app|application|client)[ -]?ids?`
	envelopeFaults    = `invalid|incorrect|wrong|bad|unrecogni[sz]ed|no longer valid|revoked|expired|denied|not authori[sz]ed|unauthori[sz]ed|forbidden|missing|required|fail(ed|ure)?|not allowed|not permitted|insufficient|not valid|not available|not exist|` + stoppedStates
)

// envelopeRefusal: text is an envelope's failure text about the
// credential (envelopeWordsRE).
// Read also as normalizeWords says it (a message in another language,
// DingTalk's "不合法的access_token"), and a usage limit said reached or an
// address not on the allowlist count (WeChat's "reach max api daily quota
// limit", "invalid ip …, not in whitelist").
func envelopeRefusal(text string) bool {
	return envelopeRefusalOf(text, plainWords(strings.ToLower(text)))
}

// callSignatureRE: a language's own error about a call's arguments
// (Python's TypeError "Auth.login() missing 1 required positional
// argument: 'password'", Deluge's JSON-RPC answer to a call with too few
// params): the call was malformed, whatever names its words hold.
var callSignatureRE = lazyre.New(`\bmissing \d+ required (positional |keyword-only )?arguments?\b|\btakes (from )?\d+ (to \d+ )?positional arguments? but \d+ (was|were) given\b|\bgot an unexpected keyword argument\b`)

// envelopeRefusalOf is envelopeRefusal of text whose lower-cased form the
// caller has already. The normalized words are read only where they
// differ from the words themselves (most messages have no code or synonym
// to respell).
func envelopeRefusalOf(text, lower string) bool {
	if text == "" || callSignatureRE.MatchString(lower) {
		return false
	}
	spaced := strings.ReplaceAll(lower, "_", " ")
	if envelopeWordsRE.MatchString(spaced) {
		return true
	}
	if norm := strings.ReplaceAll(normalizeWords(text), "_", " "); norm != spaced && envelopeWordsRE.MatchString(norm) {
		return true
	}
	return limitReachedRE.MatchString(lower) || ipPhraseRE.MatchString(lower)
}

// refusedText is the first error text of a body that says the credential
// was refused or lacks a scope, or (in a field meant for an error's text)
// that a usage limit was reached (Vonage's SMS API answers its
// throughput limit with a 200 whose message says status "1", "error-text":
// "You are sending SMS faster than the account limit."). Every happy 2xx
// is asked, so only fields meant for errors count, and only strict words.
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
			if e, _ := t[k].(string); refusedTextRE.MatchString(plainWords(strings.ToLower(e))) || limitReachedRE.MatchString(strings.ToLower(e)) {
				return e
			}
		}
	}
	if first := firstErrorItem(m); first != nil {
		if e, _ := first["message"].(string); refusedTextRE.MatchString(plainWords(strings.ToLower(e))) {
			return e
		}
	}
	return ""
}

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

// withoutJSONP is the JSON document a JSONP answer wraps in a callback,
// whatever the callback's name ("jsonCallback({…});", 2Checkout's API;
// "callback({…})", "jQuery3510_17({…});" as a script tag's loader names
// it), or body as it is: the callback is how the page was to receive it,
// the document is the answer. The guards servers put before the call are
// the same wrapping: an empty comment that stops content sniffing, and a
// check that the callback exists ("/**/_xdc_._arh3cs && _xdc_._arh3cs(
// {…} )", the Google Maps JavaScript API's services; Express's res.jsonp,
// "/**/ typeof cb === 'function' && cb({…});").
func withoutJSONP(body []byte) []byte {
	t := bytes.TrimSpace(body)
	if len(t) == 0 || t[0] == '{' || t[0] == '[' || t[0] == '<' || t[len(t)-1] != ')' && t[len(t)-1] != ';' {
		return body // the usual answer: nothing to unwrap, no pattern run
	}
	if m := jsonpRE.Get().FindSubmatch(t); m != nil {
		return m[1]
	}
	return body
}

// jsonpRE: a JavaScript callback's name, then one object or array in its
// parentheses, then at most a semicolon; before the name, perhaps an empty
// comment and a guard that the callback exists (the name, or typeof the
// name compared with 'function', then &&).
var jsonpRE = lazyre.New(`(?s)^\s*(?:/\*\*/\s*)?(?:(?:typeof\s+[A-Za-z_$][A-Za-z0-9_$.]{0,60}\s*===?\s*['"]function['"]|[A-Za-z_$][A-Za-z0-9_$.]{0,60})\s*&&\s*)?[A-Za-z_$][A-Za-z0-9_$.]{0,60}\s*\(\s*([\[{].*[\]}])\s*\)\s*;?\s*$`)
