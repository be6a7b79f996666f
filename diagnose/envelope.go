package diagnose

import (
	"bytes"
	"encoding/xml"
	"sort"
	"strings"

	"github.com/authspec/authspec/internal/lazyre"
)

// Error envelopes that older APIs answer with a 200 (SOAP's habit): an
// XML document whose root is an error (USPS Web Tools' <Error><Number>
// 80040B1A</Number><Description>Authorization failure. …</Description>),
// or a SOAP Fault rendered as JSON (UPS's {"Fault":{"faultstring":…,
// "detail":{"Errors":{"ErrorDetail":{"Severity":"Authentication",…}}}}}).
// Only the envelope's own texts are read, and only words about the
// credential or a permission make it a refusal.

// envelopeAuthRE: an envelope's text about authentication, authorization
// or the credential's fault, also a login said wrong as a pair
// (WordPress's XML-RPC fault "Incorrect username or password."), and a
// holder said to lack the level of access it needs (Expedia's Booking
// Retrieval <Error code="1003">The user account provided doesn't have the
// right access level</Error> in a 200).
var envelopeAuthRE = lazyre.New(`authori[sz]ation (failure|failed|denied)|authenticat|not authori[sz]ed|unauthori[sz]ed|permission|forbidden|access denied|` +
	`\b(invalid|bad|unknown|missing|expired|revoked|disabled|incorrect) (api[ _-]?|access )?(key|token|signature|credentials?|password|licen[cs]e)\b|` +
	`\b(invalid|bad|incorrect|wrong) (user ?name|login|e-?mail)( or |/| and )password\b|` + accessLevelLackedPattern)

// xmlCodeElements hold the result code of an XML answer of any root, and
// xmlAuthCodeRE is such a code that names an authentication or
// permission failure (Qualys's <responseCode>AUTH_CREDENTIALS_NEEDED
// </responseCode> in a <ServiceResponse>; AUTHENTICATION_FAILED,
// INVALID_CREDENTIALS, ACCESS_DENIED, NOT_AUTHORIZED): the call was
// refused whatever the root is called. SUCCESS, a code about the data
// (INVALID_REQUEST), or one that names an auth setting the request
// carried (AUTH_TYPE_INVALID) is not one: an auth word counts with a
// failure beside it, or the credential in between.
var (
	xmlCodeElements = map[string]bool{"responsecode": true, "resultcode": true, "errorcode": true, "statuscode": true, "returncode": true}
	xmlAuthCodeRE   = lazyre.New(`(^|_)(unauthori[sz]ed|unauthenticated|forbidden|access_denied|not_authori[sz]ed|permission_denied)(_|$)|` +
		`(^|_)(auth|authentication|authori[sz]ation|credentials?|login|logon|permissions?)(_(credentials?|token|key|header|user))?_(failed|failure|error|invalid|required|needed|missing|denied|expired|refused|rejected|insufficient)(_|$)|` +
		`(^|_)(invalid|bad|missing|expired|insufficient|no)_(auth|authentication|authori[sz]ation|credentials?|login|permissions?|token|api_key|key|session)(_|$)|` +
		`(^|_)(failed|invalid)_(authentication|security(_token)?)$`)
)

// soapFaultRE: a SOAP envelope (1.1 or 1.2, any prefix) whose body is a
// Fault.
var soapFaultRE = lazyre.New(`(?is)<([a-z][\w.-]*:)?envelope[\s>].*<([a-z][\w.-]*:)?fault[\s>]`)

// faultCodeElements hold a SOAP fault's code: SOAP 1.1's faultcode
// (Salesforce's INVALID_LOGIN, sf:INVALID_SESSION_ID), SOAP 1.2's
// Code and Subcode values (ONVIF's ter:NotAuthorized, WS-Security's
// wsse:FailedAuthentication), read without their namespace prefix.
var faultCodeElements = map[string]bool{"faultcode": true, "value": true}

// localName is a qualified name without its namespace prefix
// ("ter:NotAuthorized" is NotAuthorized).
func localName(qname string) string {
	if i := strings.LastIndexByte(qname, ':'); i >= 0 {
		return qname[i+1:]
	}
	return qname
}

// xmlErrorRoots are the root elements of an XML error envelope.
// (Moodle's web services answer <EXCEPTION class="moodle_exception"> with a
// 200.)
var xmlErrorRoots = map[string]bool{"error": true, "errors": true, "errorresponse": true, "fault": true, "envelope": true, "exception": true}

// xmlTextElements hold an XML envelope's words.
// An <error> element's own text counts too (ActiveCampaign's <root><error>
// You are not authorized to access this file</error></root>), and a
// result's message (data.go.kr's <resultMsg>, <returnAuthMsg>).
var xmlTextElements = map[string]bool{"description": true, "message": true, "faultstring": true, "reason": true, "text": true, "errormessage": true,
	"shortmessage": true, "longmessage": true, "error": true, "err": true, "errmsg": true, "resultmsg": true, "returnauthmsg": true}

// xmlFailedRE: an XML answer of any root that says in its envelope that
// the call failed: <Ack>Failure</Ack> (eBay's Trading and Shopping APIs,
// PayPal's SOAP API, which answer 200), <resultCode>Error</resultCode>
// (Authorize.net), <message><text>Error: …</text><code>6</code></message>
// (Zillow's web services). Its texts are read like an error envelope's, and also
// count when they name the credential's fault in other words ("Auth token
// is invalid.", "Token not available in request": envelopeRefusal). A
// result code that is a number other than zero fails the call too (the
// Korean public data portal's <resultCode>20</resultCode>, where 00 is
// success).
var xmlFailedRE = lazyre.New(`(?i)<(ack|resultcode)>\s*(failure|error)\s*</|<message>\s*<text>\s*error:|<(resultcode|returnreasoncode)>\s*0*[1-9]\d*\s*</`)

// xmlAuthError is the first text of an XML error envelope that speaks of
// authentication or a permission, or the refusing status of any XML
// answer (Google's web services answer XML as they answer JSON:
// <DistanceMatrixResponse><status>OVER_QUERY_LIMIT</status>…), or "".
func xmlAuthError(body []byte) string {
	body = bytes.TrimSpace(body)
	if len(body) == 0 || body[0] != '<' {
		return ""
	}
	failed := xmlFailedRE.Match(body)
	d := xml.NewDecoder(bytes.NewReader(body))
	d.Strict = false
	envelope, depth, current := false, 0, ""
	authCode := ""             // a result code that names the refusal (xmlAuthCode)
	faultString := false       // an XML-RPC fault's faultString member named: its value follows
	fault := false             // inside an XML-RPC or SOAP fault
	for i := 0; i < 400; i++ { // an envelope is short; a long document is not one
		tok, err := d.Token()
		if err != nil {
			return authCode // the code, when no text of the envelope said more
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			current = strings.ToLower(t.Name.Local)
			if depth == 1 {
				failed = failed || rootSaysFailed(t.Attr)
				envelope = xmlErrorRoots[current] || failed
			}
			if depth == 2 && (current == "error" || current == "errors") {
				envelope = true // an error element right under the root
			}
			if envelope {
				// An error element's words in its attributes (Flickr's
				// <rsp stat="fail"><err code="100" msg="Invalid API Key
				// (Key has invalid format)"/>), read as its texts are.
				for _, a := range t.Attr {
					if errorTextKey(a.Name.Local) {
						if l := strings.ToLower(a.Value); envelopeAuthRE.MatchString(l) || failed && envelopeRefusalOf(a.Value, l) {
							return a.Value
						}
					}
				}
			}
			if depth >= 2 && current == "fault" {
				// XML-RPC's <methodResponse><fault>, and SOAP's Fault in its
				// envelope's Body, whatever server answers it: the call
				// failed, its texts say why, read as a failure flag's
				// (flaggedRefusal: "Sorry, you are not allowed to edit this
				// post."), and its code may name the refusal.
				envelope, failed, fault = true, true, true
			}
		case xml.EndElement:
			depth--
			current = ""
		case xml.CharData:
			text := strings.TrimSpace(string(t))
			if depth == 2 && current == "status" && refusalStatuses[codeKey(text)] {
				return text
			}
			if authCode == "" && (xmlCodeElements[current] || fault && faultCodeElements[current]) && xmlAuthCodeRE.MatchString(strings.ToLower(codeKey(localName(text)))) {
				// The call's result code names the refusal: the envelope's
				// texts say it in words, read as an error envelope's.
				authCode, failed, envelope = text, true, true
			}
			if envelope && current == "name" && text != "" {
				// XML-RPC writes its fault as a struct: the member named
				// faultString holds its words, in <string> or a bare <value>.
				faultString = strings.EqualFold(text, "faultString")
				continue
			}
			if envelope && (xmlTextElements[current] || faultString && (current == "string" || current == "value") && text != "") {
				if l := strings.ToLower(text); envelopeAuthRE.MatchString(l) || failed && envelopeRefusalOf(text, l) || fault && flaggedRefusal(text) {
					return text
				}
			}
		}
	}
	return ""
}

// rootSaysFailed: the root element's status attribute says the call
// failed (Namecheap's <ApiResponse Status="ERROR">, Flickr's <rsp
// stat="fail">, Last.fm's <lfm status="failed">), as xmlFailedRE's
// elements say it in others: the envelope's texts are then read as an
// error envelope's. Status="OK" or any other value is a success or the
// API's own word. So does an error attribute on the root that holds words
// (DHL's tracking <data name="piece-shipment-list" code="5" error="Log-in
// failed">): the root carries the failure itself; an empty one, or one
// that says there is none ("0", "false", "none"), is a success's.
func rootSaysFailed(attrs []xml.Attr) bool {
	for _, a := range attrs {
		v := strings.ToLower(strings.TrimSpace(a.Value))
		switch strings.ToLower(a.Name.Local) {
		case "status", "stat", "result":
			switch v {
			case "error", "fail", "failed", "failure":
				return true
			}
		case "error", "errormsg", "errormessage", "error-message", "error_message":
			switch v {
			case "", "0", "false", "no", "none", "null", "ok":
			default:
				return true
			}
		}
	}
	return false
}

// faultAuthError is the first text of a JSON "Fault" object that speaks
// of authentication or a permission, or "".
func faultAuthError(m map[string]any) string {
	for _, k := range []string{"Fault", "fault"} {
		f, _ := m[k].(map[string]any)
		if f == nil {
			continue
		}
		var texts []string
		jsonStrings(f, &texts)
		sort.SliceStable(texts, func(i, j int) bool { return len(texts[i]) > len(texts[j]) }) // a sentence before a bare code word
		for _, t := range texts {
			if envelopeAuthRE.MatchString(strings.ToLower(t)) {
				return t
			}
		}
	}
	return ""
}

// exceptionAuthError is the message of a JSON exception object that a
// 200 carries ({"exception":"moodle_exception","errorcode":"invalidtoken",
// "message":"Invalid token - token not found"}, Moodle's web services)
// when its error code or its message speaks of the credential or access
// (invalidtoken, accessexception, nopermissions, requireloginerror), or
// "". The code counts even when the message is localised; an exception
// about a parameter (invalidparameter) is not a refusal. The same
// exception as an object beside a failure flag ({"error":true,
// "exception":{"message":…,"errorcode":"servicerequireslogin"}}, Moodle's
// AJAX service) is read alike.
func exceptionAuthError(m map[string]any) string {
	if xo, _ := m["exception"].(map[string]any); xo != nil {
		if failed, _ := m["error"].(bool); failed {
			code, _ := xo["errorcode"].(string)
			return codedExceptionAuthError(code, xo)
		}
		return ""
	}
	exc, _ := m["exception"].(string)
	code, _ := m["errorcode"].(string)
	if !strings.HasSuffix(strings.ToLower(exc), "exception") {
		return ""
	}
	return codedExceptionAuthError(code, m)
}

// codedExceptionAuthError is the message (or the code) of an exception
// whose code is code and whose message is m's "message", when either
// speaks of the credential or access, or "".
func codedExceptionAuthError(code string, m map[string]any) string {
	if code == "" {
		return ""
	}
	msg, _ := m["message"].(string)
	if !authWords(strings.ToLower(code)) && !envelopeRefusal(msg) {
		return ""
	}
	if msg == "" {
		return code
	}
	return msg
}

// codedErrorTextAuthError is the text of a top-level "error" beside an
// error code ({"error":"Invalid login, please try again","errorcode":
// "invalidlogin"}, Moodle's login/token.php in a 200) when the code speaks
// of the credential or a login (authCodeRE, or a password:
// "passwordisexpired") and the text refuses it (envelopeRefusal), or "".
// Both must: a code alone can name a thing ("duplicatekey"), a text alone
// a field.
func codedErrorTextAuthError(m map[string]any) string {
	text, _ := m["error"].(string)
	if text == "" {
		return ""
	}
	for _, k := range []string{"errorcode", "error_code", "errorCode"} {
		code, _ := m[k].(string)
		lc := strings.ToLower(code)
		if code != "" && (authCodeRE.MatchString(lc) || strings.Contains(lc, "password")) && envelopeRefusal(text) {
			return text
		}
	}
	return ""
}

// noticeKeys name the one text of a body that data APIs answer with a
// 200 instead of data (Alpha Vantage's {"Error Message": …}, {"Note": …},
// {"Information": …}).
var noticeKeys = []string{"Error Message", "Note", "Information"}

var planFeatureRE = lazyre.New(planFeaturePattern)

// noticeAuthError is the text of such a notice when it refuses the
// credential, names a limit reached or a paid plan's feature, or "". Only
// a body that holds the notice and nothing more (at most one other key)
// counts: a notice beside data is not a refusal.
func noticeAuthError(m map[string]any) string {
	if len(m) > 2 {
		return ""
	}
	for _, k := range noticeKeys {
		if t, _ := m[k].(string); noticeRefusal(t) {
			return t
		}
	}
	return ""
}

// errorsObjectAuthError is the first text of an "errors" object (not a
// list: API-Football's {"errors":{"token":"Error/Missing application
// key…"}}, answered with a 200) that refuses the credential, names a limit
// reached or a paid plan's feature, or "". A field's validation message
// ("The League field must contain an integer.") is not one.
func errorsObjectAuthError(m map[string]any) string {
	eo, _ := m["errors"].(map[string]any)
	keys := make([]string, 0, len(eo))
	for k := range eo {
		keys = append(keys, k)
	}
	sort.Strings(keys) // a map's own order would make the answer vary
	for _, k := range keys {
		if t, _ := eo[k].(string); noticeRefusal(t) {
			return t
		}
	}
	return ""
}

// noticeRefusal: a notice's text refuses the credential (envelopeRefusal),
// names a limit reached, or a paid plan's feature.
func noticeRefusal(text string) bool {
	l := strings.ToLower(text)
	return envelopeRefusalOf(text, l) || rateWordsIn(l) != "" || planFeatureRE.MatchString(l)
}

// titleAuthError is a page's title t (htmlTitle: its title, or first
// heading under a placeholder title) when it names the credential's fault:
// "Invalid Key" over the US Census Data API's 200 page for a key it does
// not know. A short headline only: a page that merely mentions a key is
// not one.
func titleAuthError(t string) string {
	if len(t) <= 60 && credentialFault(strings.ToLower(t)) {
		return t
	}
	return ""
}
