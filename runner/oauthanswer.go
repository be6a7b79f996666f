package runner

import (
	"cmp"
	"maps"
	"net/url"
	"slices"
	"strings"
	"unicode"

	"github.com/authspec/authspec/secret"
	"github.com/authspec/authspec/suites"
)

// addTokenSecrets adds to red every token of a token endpoint's answer:
// each string whose key names a token (access_token, refresh_token,
// id_token) or a secret, as cred.<key>, in a JSON answer at any depth or
// in a form-encoded one. An answer that gave a token (issued, 2xx) may
// give it under any name, or bare: there, every string that looks like a
// credential (looksLikeCredential) is one too, unless its key names an
// identifier (client_id, request_id), and so is a body that is neither
// JSON nor a form when it is one word (a bare token, see bareToken), as
// are its words that look like a credential (Bearer <token>, or one in
// markup or a sentence).
//
// doc is the body decoded (decodeTokenAnswer), when isJSON.
func addTokenSecrets(red *secret.Redactor, cred string, body []byte, doc any, isJSON, issued bool) {
	if isJSON {
		if s, ok := doc.(string); ok {
			if issued && bareToken(s) { // a JSON string: the token, quoted (not a word such as "success")
				red.AddCredential(cred+".token", s)
			}
			return
		}
		addTokenFields(red, cred, "", doc, issued)
		return
	}
	text := strings.TrimSpace(string(body))
	q, whole := tokenForm(text)
	// Form-encoded, as GitHub's is without Accept: application/json
	// (access_token=…&token_type=…). authspec finds no access token in
	// it, and the failure shows it.
	for _, k := range slices.Sorted(maps.Keys(q)) {
		for _, v := range q[k] {
			if tokenValue(k, v, issued) {
				red.AddCredential(cred+"."+k, v)
			}
		}
	}
	if whole || !issued {
		return
	}
	words := strings.Fields(text)
	for _, w := range words {
		if len(words) == 1 && q == nil && bareToken(w) || looksLikeCredential(w) {
			red.AddCredential(cred+".token", w)
		}
	}
	// A token in a form's odd part, in markup or in a sentence
	// (<access_token>…</access_token>, "is …;", (token=…).) is a run
	// between such marks, without the sentence's full stop. A form is no
	// bare token, whatever its length.
	for _, w := range strings.FieldsFunc(text, tokenMark) {
		if w = strings.TrimRight(w, "."); looksLikeCredential(w) {
			red.AddCredential(cred+".token", w)
		}
	}
}

// tokenMark reports whether r separates a token from the text around it
// in an answer that is neither JSON nor a form: white space, and the
// marks of markup and sentences (none of them is in a token).
func tokenMark(r rune) bool {
	return unicode.IsSpace(r) || strings.ContainsRune(`<>"'()[]{},;=&`+"`", r)
}

// bareToken reports whether an issued answer's only word is a token: 8
// characters or more, not a word of letters shorter than 16 (OK,
// success, authorized would hide those words in every answer).
func bareToken(w string) bool {
	return !secret.Short(w) && (strings.Trim(w, asciiLetters) != "" || len(w) >= 16)
}

// tokenForm reads a token endpoint's answer as a form: the fields whose
// names are field-like, when the answer is one word (a form has no white
// space, unlike a page's text) with at least one such field that has a
// value (a bare base64 token that ends in "=" has none). whole says
// every part was such a field: a field with an odd name (expires in=,
// x:y=) is left out, and does not stop the others from being read.
func tokenForm(text string) (q url.Values, whole bool) {
	if strings.ContainsFunc(text, unicode.IsSpace) {
		return nil, false
	}
	q, whole = url.Values{}, true
	valued := false
	for _, p := range suites.QueryPairs(text) {
		k, kerr := url.QueryUnescape(p.Name)
		v, verr := url.QueryUnescape(p.Value)
		if kerr != nil || verr != nil || k == "" || strings.Trim(k, fieldNameChars) != "" {
			whole = false
			continue
		}
		q.Add(k, v)
		valued = valued || v != ""
	}
	if !valued {
		return nil, false
	}
	return q, whole
}

// addTokenFields adds each string of v that is a credential (tokenValue)
// by the key it is the value of, or the key of the array it is in
// ({"refresh_tokens":["…"]}), in objects and arrays nested at any depth:
// some providers wrap their answer ({"data":{"access_token":…}}), which
// authspec does not read as a token, and shows. A string outside any
// object is judged as the token of an issued answer is.
func addTokenFields(red *secret.Redactor, cred, key string, v any, issued bool) {
	switch v := v.(type) {
	case string:
		if tokenValue(key, v, issued) {
			red.AddCredential(cred+"."+cmp.Or(key, "token"), v)
		}
	case map[string]any:
		for _, k := range slices.Sorted(maps.Keys(v)) {
			addTokenFields(red, cred, k, v[k], issued)
		}
	case []any:
		for _, x := range v {
			addTokenFields(red, cred, key, x, issued)
		}
	}
}

// tokenValue reports whether the value v under key k of a token
// endpoint's answer is a credential: its key names one, or the answer
// was issued and v looks like one under a key that names no identifier.
func tokenValue(k, v string, issued bool) bool {
	return v != "" && (tokenKey(k) || issued && !idKey(k) && looksLikeCredential(v))
}

// tokenKey reports whether a token endpoint's key names a credential, by
// the one rule for names (saysCredential: access_token, client_secret,
// session_id, api_key); a token's type (token_type, issued_token_type)
// names none.
func tokenKey(k string) bool {
	return saysCredential(k) && !strings.HasSuffix(strings.ToLower(k), "type")
}

// idKey reports whether a key names an identifier (client_id, user_id,
// requestId, id) or a list of them (request_ids, userIds): shown as
// written, like a credential's client_id. A key that also names a
// credential (session_id, key_ids) is one (tokenKey decides first).
func idKey(k string) bool {
	low := strings.ToLower(k)
	return strings.HasSuffix(low, "id") || strings.HasSuffix(low, "ids")
}

// looksLikeCredential reports whether a string of a token endpoint's
// answer looks like a token: at least 16 characters, all of those a
// bearer token is written with (RFC 6750's b64token: letters, digits,
// - . _ ~ + / and trailing =), with both letters and digits. A JWT, an
// opaque token, a base64 or hex key do; a token type (Bearer), a scope
// (read write), a URL, a URN, a date or a number do not.
func looksLikeCredential(s string) bool {
	if len(s) < 16 || strings.Trim(strings.TrimRight(s, "="), asciiLetters+asciiDigits+"-._~+/") != "" {
		return false
	}
	return strings.ContainsAny(s, asciiDigits) && strings.ContainsAny(s, asciiLetters)
}
