package diagnose

import (
	"strconv"
	"strings"

	"github.com/authspec/authspec/internal/lazyre"
)

// JSON envelopes that answer a refusal with a success status (a 200): a
// numeric code that is not 0 with its message (TikTok, WeChat), a status
// field that says the call failed, or the error texts of an envelope's
// own keys. Only words about the credential, a permission or a limit make
// one a refusal (envelopewords.go); envelope.go reads the XML and SOAP
// ones. This file reads an envelope's codes and where its text is;
// envelopefailed.go says whether a body failed at all, jsonp.go unwraps a
// JSONP callback.

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
