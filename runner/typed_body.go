package runner

import (
	"encoding/json"
	"net/url"
	"strings"

	"github.com/authspec/authspec/suites"
)

// typedBody turns the credentials typed in a -d body into references to
// process variables, as typedCredential does for -H: the value of every
// field with a credential name (credentialName: client_secret=…,
// "password":"…", "api_key":…) in a form or a JSON body (at any depth)
// becomes ${D_<NAME>}, a secret labelled in the request shown and hidden
// where the server echoes it. The variable holds the value exactly as
// typed (form-encoded, JSON-escaped), so the body sent is byte for byte
// the one typed. A value that already refers to a variable is left as it
// is; a body that is neither a form nor JSON is sent and shown as typed.
func typedBody(body string, opt *Options, taken map[string]bool) string {
	var fields []typedField
	if bodyType(body) == "application/json" {
		fields = jsonCredentialFields(body)
	} else {
		fields = formCredentialFields(body)
	}
	refs := make([]string, len(fields))
	for i, f := range fields { // in order: a name typed twice gets _2 second
		if v := body[f.start:f.end]; v != "" && len(suites.Refs(v)) == 0 {
			refs[i] = typedVar("D_", f.name, v, opt, taken)
		}
	}
	for i := len(fields) - 1; i >= 0; i-- {
		if f := fields[i]; refs[i] != "" {
			body = body[:f.start] + refs[i] + body[f.end:]
		}
	}
	return body
}

// typedField is where a credential field's value is written in a body:
// body[start:end], without a JSON string's quotes.
type typedField struct {
	name       string
	start, end int
}

// formCredentialFields are the credential fields of a form body
// (name=value&…), in order. A body whose parts are not all name=value
// pairs with field-like names (letters, digits, _ . - and the brackets of
// user[password]) is no form: none.
func formCredentialFields(body string) []typedField {
	var fields []typedField
	at := 0
	for _, pair := range suites.QueryPairs(body) {
		n, err := url.QueryUnescape(pair.Name)
		if !pair.HasValue || err != nil || n == "" || strings.Trim(n, fieldNameChars) != "" {
			return nil
		}
		start := at + len(pair.Name) + 1 // the value's, after "name="
		if credentialName(n) {
			fields = append(fields, typedField{n, start, start + len(pair.Value)})
		}
		at = start + len(pair.Value) + 1 // the next pair's, after "&"
	}
	return fields
}

// fieldNameChars are the characters of a form field's name.
const (
	asciiLetters   = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
	asciiDigits    = "0123456789"
	fieldNameChars = asciiLetters + asciiDigits + "_.-[]"
)

// jsonCredentialFields are the string and number values of a JSON body
// whose keys are credential names (or in an array under such a key), at
// any depth, in order; those before the place where a body that is not
// valid JSON stops being so.
func jsonCredentialFields(body string) []typedField {
	dec := json.NewDecoder(strings.NewReader(body))
	dec.UseNumber()
	// One frame per open object or array: whether the next token of an
	// object is a key, and the last key read (an array's: the key it is
	// the value of).
	type frame struct {
		object, wantKey bool
		key             string
	}
	var stack []frame
	var fields []typedField
	for {
		before := dec.InputOffset()
		tok, err := dec.Token()
		if err != nil {
			return fields
		}
		var top *frame
		if len(stack) > 0 {
			top = &stack[len(stack)-1]
		}
		if top != nil && top.object && top.wantKey {
			if k, ok := tok.(string); ok {
				top.key, top.wantKey = k, false
				continue
			}
		}
		switch t := tok.(type) {
		case json.Delim:
			switch t {
			case '{':
				stack = append(stack, frame{object: true, wantKey: true})
				continue
			case '[':
				// An array's values are its key's: "api_keys":["…","…"].
				f := frame{}
				if top != nil {
					f.key = top.key
				}
				stack = append(stack, f)
				continue
			default:
				stack = stack[:len(stack)-1]
			}
		case string, json.Number:
			if top != nil && credentialName(top.key) {
				// The value starts after what separates it from its key
				// (white space and the colon) and ends where the decoder
				// stopped.
				end := int(dec.InputOffset())
				start := int(before) + strings.IndexAny(body[before:end], `"-0123456789`)
				if _, quoted := t.(string); quoted {
					start, end = start+1, end-1
				}
				fields = append(fields, typedField{top.key, start, end})
			}
		}
		// A value ended: the object around it reads a key next.
		if len(stack) > 0 && stack[len(stack)-1].object {
			stack[len(stack)-1].wantKey = true
		}
	}
}
