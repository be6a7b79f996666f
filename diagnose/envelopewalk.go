package diagnose

import (
	"slices"
	"strings"

	"github.com/authspec/authspec/internal/lazyre"
)

// An envelopeReader is a shape of 2xx body read by name before the walk,
// and how (its comment says why).
type envelopeReader struct {
	shape string
	read  func(body map[string]any) string
}

// envelopeReaders: the named envelopes, read before the walk in this
// order, the first that reads a refusal deciding (authError). The order is
// the reading's: a shape read earlier speaks first where a body has two
// (a Fault object beside an error text, a failure flag beside a code), so
// a row goes where its body must be read before the next. Filled in init:
// the GraphQL row reads the body a gateway wraps as a whole answer, with
// authError, which reads this table.
var envelopeReaders []envelopeReader

func init() {
	envelopeReaders = []envelopeReader{
		{"a Fault object", faultAuthError},
		{"an exception object beside its error code", exceptionAuthError},
		{"an error text beside a code about the credential", codedErrorTextAuthError},
		{"a notice", noticeAuthError},
		{"an errors object", errorsObjectAuthError},
		{"a failure flag's text", flaggedError},
		{"a call's failed result pair", failedPairError},
		{"a numeric code's message", envelopeError},
		{"a response object's envelope or flag", responseObjectError},
		{"a result header", resultHeaderError},
		{"an error or exception object's envelope", errorObjectEnvelopeError},
		{"a coded Error object", codedErrorObject},
		{"a status object", statusObjectAuthError},
		{"an error object's words", errorObjectWords},
		{"a refusal's status", refusalStatusError},
		{"an RFC 6749 or 6750 error code", standardErrorCode},
		{"a body that is only an error text", bareErrorText},
		{"a list of error strings", errorStringList},
		{"a GraphQL first error", graphQLFirstError},
	}
}

// walkedEnvelopeError reads a JSON body of any shape the named envelopes
// (envelopeReaders) do not: a refusal's words sit under a key of the API's own
// naming and at its own depth (Conduit's {"result":null,"error_code":
// "ERR-INVALID-AUTH","error_info":"API token … is not valid."}; a
// JSON-RPC error whose words are in its data, Zabbix's {"error":{"code":
// -32602,"message":"Invalid params.","data":"Session terminated,
// re-login, please."}}; MediaWiki's {"error":{"code":…,"info":…}}; an
// envelope's meta or metadata.responseInfo), each answered with a 200.
//
// Two things must hold, as for every envelope: the body says the call
// failed (bodySaysFailed: an error or fault key that holds something, a
// false ok or success flag, a status that says fail or error, a code that
// is not 0 nor a success; at the top or in an object one or two levels
// down, never inside a list, where a record's own status lives), and a
// text under a key that names an error's words (errorTextKey), or any
// text of an error object, names the credential's fault, a permission or
// a limit in the words a false ok or success flag is read in
// (flaggedRefusal: "Invalid partition key" is the request's data). The walk is bounded
// (maxWalkDepth levels, maxWalkTexts texts, a list's first item).
//
// What a shape of envelope asks of the walk is a row, not a branch:
// walkFirst the texts it reads before any other, walkSkips what it
// leaves out and why.
func walkedEnvelopeError(m map[string]any) string { return envelopeWalk.read(m) }

// envelopeWalk is the walk with its rows.
var envelopeWalk = walker{first: walkFirst, skips: walkSkips}

// A walker walks a body with the rows of a walkFirst and a walkSkips.
type walker struct{ first, skips []walkRow }

// read is walkedEnvelopeError with w's rows.
func (w walker) read(m map[string]any) string {
	if !bodySaysFailed(m, 0) {
		return ""
	}
	var texts []string
	for _, r := range w.first {
		if t := r.text(m); t != "" {
			texts = append(texts, t)
		}
	}
	w.texts(walkAt{v: m}, &texts)
	for _, t := range texts {
		if flaggedRefusal(t) {
			return t
		}
	}
	return ""
}

const (
	maxWalkDepth = 5
	maxWalkTexts = 48
)

// walkAt is where the walk is: depth levels down (the object that holds
// key), in the top-level object place ("" at the top), under an error's
// key (inError: its every text is the error's), and the value there.
type walkAt struct {
	depth   int
	place   string
	key     string
	inError bool
	v       any
}

// A walkRow is a shape the walk reads apart from the rest, and why (in
// its comment).
type walkRow struct {
	shape string
	// at: the value where the walk is has the shape (a walkSkips row);
	// text: the shape's text in a body of that shape, or "" (walkFirst).
	at   func(walkAt) bool
	text func(body map[string]any) string
}

// walkFirst: the texts the walk reads before every other, where it would
// leave them out otherwise.
var walkFirst = []walkRow{
	// A JSON-RPC error's data (the protocol's "additional information
	// about the error") that is a serialized exception, its class named
	// beside its message: Odoo's {"error":{"code":200,"message":"Odoo
	// Server Error","data":{"name":"odoo.exceptions.AccessDenied",
	// "message":"Access Denied",…}}}. The error's message only names the
	// failure's class; the exception's says why. Only a JSON-RPC error
	// counts (a numeric code and a message, in a body that names the
	// protocol's version or the call's id). Any other object under "data"
	// is left out (walkSkips): a node's revert reason ({"data":{"message":
	// "… reverted with reason string 'Ownable: caller is not the owner'"}},
	// no name) is the smart contract's own rule about the call, not the
	// API's refusal of its caller.
	{shape: "a JSON-RPC error's serialized exception", text: jsonRPCException},
}

// walkSkips: what the walk leaves out, the first row that fits deciding.
var walkSkips = []walkRow{
	// A text the named envelopes already read and judge in their own
	// words, a known text key at the top of the body or of its error,
	// exception, status, result or response object (namedText): {"ok":
	// false,"error":"Invalid partition key"} is the request's data, and
	// flaggedError says so. The walk reads the shapes they do not.
	{shape: "a text the named envelopes judge", at: func(w walkAt) bool {
		_, text := w.v.(string)
		return text && namedText(w.depth, w.place, w.key)
	}},
	// A link or an empty text: no words (an error_uri, a documentation
	// URL beside the message).
	{shape: "a link", at: func(w walkAt) bool { s, text := w.v.(string); return text && isLink(s) }},
	// An object or a list under "data": a payload, or the error's
	// debugging data, not its words (a JSON-RPC error's text data, Zabbix's,
	// is a text and read).
	{shape: "a payload under data", at: func(w walkAt) bool {
		_, text := w.v.(string)
		return !text && w.key != "" && strings.EqualFold(w.key, "data")
	}},
	// An object that names its error's kind, a kind not about the
	// credential, a permission or a limit ({"type":"validation_error",
	// "info":"The field 'token_name' is required"}), or an exception's
	// class (namesOtherError): its texts describe that error, whatever
	// names they hold.
	{shape: "another error's object", at: func(w walkAt) bool {
		o, _ := w.v.(map[string]any)
		return o != nil && namesOtherError(o)
	}},
}

// skipped: a row of w's skips fits where the walk is.
func (w walker) skipped(at walkAt) bool {
	for _, r := range w.skips {
		if r.at(at) {
			return true
		}
	}
	return false
}

// jsonRPCException is the message of a JSON-RPC error's data when the
// data is a serialized exception (walkFirst), or "".
func jsonRPCException(m map[string]any) string {
	eo, _ := m["error"].(map[string]any)
	if _, ok := eo["code"].(float64); !ok {
		return ""
	}
	if _, ok := eo["message"].(string); !ok {
		return ""
	}
	_, version := m["jsonrpc"]
	if _, id := m["id"]; !version && !id {
		return ""
	}
	d, _ := eo["data"].(map[string]any)
	if n, _ := d["name"].(string); n == "" {
		return ""
	}
	t, _ := d["message"].(string)
	return t
}

// texts appends, in key order, the texts of at.v that a failed call's
// words are in: a string under a key that names them (errorTextKey), or
// any string of an object under an error's key (inError: Zabbix's
// error.data), but what w's skips leave out.
func (w walker) texts(at walkAt, out *[]string) {
	if at.depth > maxWalkDepth || len(*out) >= maxWalkTexts || w.skipped(at) {
		return
	}
	switch x := at.v.(type) {
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		slices.Sort(keys) // a map's own order would make the answer vary
		for _, k := range keys {
			child := walkAt{depth: at.depth, place: at.place, key: k, inError: at.inError, v: x[k]}
			if s, ok := x[k].(string); ok {
				if (at.inError || errorTextKey(k)) && !w.skipped(child) && len(*out) < maxWalkTexts {
					*out = append(*out, s)
				}
				continue
			}
			if at.depth == 0 {
				child.place = k
			}
			child.depth, child.inError = at.depth+1, errorKey(k)
			w.texts(child, out)
		}
	case []any:
		if len(x) > 0 {
			// The list's first string is the error's words under an
			// error's key, as the same text alone would be; under a key
			// meant for an error's text too (BLS's "message":["Request
			// could not be serviced, …"] beside a failed status), as
			// "message":"…" would be read.
			if s, ok := x[0].(string); ok && (at.inError || errorTextKey(at.key)) && !w.skipped(walkAt{depth: at.depth, place: at.place, key: at.key, v: s}) {
				*out = append(*out, s)
				return
			}
			// A list's first item is read for its own text keys: an error
			// list's item names its kind beside its message (a GraphQL
			// error's "kind":"Permissions" beside "Status is a duplicate.").
			w.texts(walkAt{depth: at.depth + 1, place: at.place, v: x[0]}, out)
		}
	}
}

// namesOtherError: the object names its error's kind, and the kind is
// not about the credential, a permission or a limit ({"type":
// "validation_error","info":"The field 'token_name' is required"}): its
// texts describe that error, whatever names they hold, as
// flaggedErrorObject reads them. A code of digits names nothing.
func namesOtherError(o map[string]any) bool {
	for _, k := range []string{"type", "code", "error_code", "errorCode", "error_type", "errorType"} {
		e, _ := o[k].(string)
		if strings.TrimFunc(e, func(r rune) bool { return r >= '0' && r <= '9' || r == '-' || r == ' ' }) == "" {
			continue
		}
		if !envelopeRefusal(e) {
			return true
		}
	}
	// An exception's class named, in any case ({"name":
	// "MissingMethodException", "missing_method_exception",
	// "message":"The method \"Get\" could not be found. … Request Json:
	// {… \"credentials\": …}"}, Geotab's JSON-RPC error): its message
	// is about that exception, whatever it quotes.
	name, _ := o["name"].(string)
	return strings.HasSuffix(strings.ToLower(strings.TrimRight(name, "_- ")), "exception") && !envelopeRefusal(name)
}

// namedText: the text under key k, depth levels down in the top-level
// object place ("" at the top), is one the named envelopes read and judge
// in their own words: a known text key at the top of the body or of
// its error, exception, status, result or response object.
func namedText(depth int, place, k string) bool {
	if depth > 1 || !namedTextKeys[strings.ToLower(k)] {
		return false
	}
	return depth == 0 || namedPlaces[strings.ToLower(place)]
}

// namedTextKeys: the text keys the named envelopes read (envelopeTextKeys,
// errorObjectKeys, errorTextKeys and the error's own key), lower-cased.
var namedTextKeys = func() map[string]bool {
	m := map[string]bool{"error": true, "errors": true, "reason": true, "description": true, "detail": true, "details": true, "error_description": true}
	for _, ks := range [][]string{envelopeTextKeys, errorObjectKeys, errorTextKeys} {
		for _, k := range ks {
			m[strings.ToLower(k)] = true
		}
	}
	return m
}()

// namedPlaces: the top-level objects the named envelopes read inside.
var namedPlaces = map[string]bool{"error": true, "errors": true, "exception": true, "status": true, "fault": true, "response": true,
	"header": true, "result": true, "resultinfo": true, "result_info": true}

// errorTextKeyRE: a key that names an error's words in any API's
// spelling: message, msg, error, err, detail, reason, description, info,
// text, faultstring, with a prefix or suffix of the API's (error_info,
// userMessage, developerMessage, errorDetails, status_message, sub_msg).
var errorTextKeyRE = lazyre.New(`(?i)(message|msg|error|err|detail|reason|description|desc|info|text|fault|faultstring)s?$|^(message|msg|detail|reason|description)`)

// errorTextKey: k names an error's words (errorTextKeyRE).
func errorTextKey(k string) bool { return errorTextKeyRE.MatchString(k) }

// errorKey: k names an error itself (error, errors, err, fault,
// exception, in any case or with the API's prefix): what it holds are
// the error's parts.
func errorKey(k string) bool {
	l := strings.ToLower(k)
	return l == "err" || strings.HasSuffix(l, "error") || strings.HasSuffix(l, "errors") || strings.HasSuffix(l, "fault") || strings.HasSuffix(l, "exception")
}

// isLink: a text that is a link or empty, no words (an error_uri, a
// documentation URL beside the message).
func isLink(s string) bool {
	t := strings.TrimSpace(s)
	return t == "" || strings.HasPrefix(t, "http://") || strings.HasPrefix(t, "https://")
}
