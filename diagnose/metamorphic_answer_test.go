package diagnose

import (
	"bytes"
	"encoding/json"
	"html"
	"net/http"
	"regexp"
	"sort"
	"strings"
)

// answer is a real answer taken apart for the metamorphic test: the JSON
// document (or the plain text) and where its words are, so that a
// transform can say the same words another way, or put them elsewhere.
type answer struct {
	status int
	header map[string]string
	body   string
	doc    any    // decoded JSON (numbers kept as written), or nil
	text   bool   // a short plain-text body: the body is the message
	xml    bool   // an XML body with a <Message> element
	msg    string // the main message: the longest informative text
	// only: msg is the one informative text of the answer (no code, no
	// second sentence beside it), so moving it loses nothing.
	only bool
}

// leaf is a string of a JSON document and the key that holds it.
type leaf struct {
	key, val string
}

func jsonLeaves(v any, key string, out *[]leaf) {
	switch x := v.(type) {
	case string:
		*out = append(*out, leaf{key, x})
	case []any:
		for _, e := range x {
			jsonLeaves(e, key, out)
		}
	case map[string]any:
		for _, k := range sortedKeys(x) {
			jsonLeaves(x[k], k, out)
		}
	}
}

var (
	urlLikeRE = regexp.MustCompile(`^(https?://|/|urn:|type\.googleapis)`)
	idLikeRE  = regexp.MustCompile(`^[0-9a-fA-F-]{8,}$|^[0-9.:TZ+ -]+$|^[A-Za-z0-9+/=_-]{20,}$`)
	xmlMsgRE  = regexp.MustCompile(`(?s)(<Message>)(.*?)(</Message>)`)
)

// informative: a text that says something about the failure, not a URL,
// an id, a time, or the status line's reason phrase repeated.
func informative(s string, status int) bool {
	t := strings.TrimSpace(s)
	if t == "" || urlLikeRE.MatchString(t) || idLikeRE.MatchString(t) {
		return false
	}
	l := strings.ToLower(t)
	return l != strings.ToLower(http.StatusText(status)) && l != "error" && l != "false" && l != "true" && l != "fail" && l != "failed"
}

func readAnswer(status int, header map[string]string, body string) answer {
	a := answer{status: status, header: header, body: body}
	trimmed := strings.TrimSpace(body)
	d := json.NewDecoder(strings.NewReader(trimmed))
	d.UseNumber()
	var doc any
	switch {
	case trimmed != "" && (trimmed[0] == '{' || trimmed[0] == '[') && d.Decode(&doc) == nil:
		a.doc = doc
		var ls []leaf
		jsonLeaves(doc, "", &ls)
		var info []string
		for _, l := range ls {
			if informative(l.val, status) {
				info = append(info, l.val)
			}
		}
		sort.SliceStable(info, func(i, j int) bool { return len(info[i]) > len(info[j]) })
		if len(info) > 0 {
			a.msg = info[0]
			// A flag set true ("invalidToken": true) says something too;
			// a 2xx says its refusal in the envelope around the words.
			a.only = len(info) == 1 && strings.Contains(a.msg, " ") && !strings.Contains(encode(doc), ":true") && status >= 400
		}
	case xmlMsgRE.MatchString(trimmed):
		a.xml = true
		a.msg = html.UnescapeString(xmlMsgRE.FindStringSubmatch(trimmed)[2])
	case trimmed != "" && len(trimmed) < 300 && !strings.ContainsAny(trimmed[:1], "<{["):
		a.text, a.msg = true, trimmed
		a.only = informative(trimmed, status) && strings.Contains(trimmed, " ") && status >= 400
	}
	return a
}

// encode writes a document as an API would: keys sorted, no HTML escaping.
func encode(doc any) string {
	var b bytes.Buffer
	e := json.NewEncoder(&b)
	e.SetEscapeHTML(false)
	if err := e.Encode(doc); err != nil {
		panic(err)
	}
	return strings.TrimSpace(b.String())
}

// mapLeaves returns a copy of doc whose string leaves f maps (f gets the
// key that holds the string).
func mapLeaves(v any, key string, f func(key, val string) string) any {
	switch x := v.(type) {
	case string:
		return f(key, x)
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = mapLeaves(e, key, f)
		}
		return out
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, e := range x {
			out[k] = mapLeaves(e, k, f)
		}
		return out
	}
	return v
}

// withMessage is the answer with its main message rewritten by f, in
// place; "" when the answer has no message to rewrite or f leaves it.
func (a answer) withMessage(f func(string) string) string {
	if a.msg == "" {
		return ""
	}
	m := f(a.msg)
	if m == a.msg {
		return ""
	}
	switch {
	case a.doc != nil:
		return encode(mapLeaves(a.doc, "", func(_, v string) string {
			if v == a.msg {
				return m
			}
			return v
		}))
	case a.xml:
		return xmlMsgRE.ReplaceAllLiteralString(a.body, "<Message>"+html.EscapeString(m)+"</Message>")
	case a.text:
		return m
	}
	return ""
}

// withCodes is the answer with each error code (a one-word identifier
// such as INVALID_API_KEY, invalid-api-key, InvalidApiKey) written by f;
// "" when there is none. RFC 6749/6750 error values keep their exact
// spelling: they are a standard's words, not a provider's.
func (a answer) withCodes(f func([]string) string) string {
	changed := false
	rewrite := func(v string) string {
		if isOAuthError(v) || grantErrors[v] {
			return v
		}
		w := codeWords(v)
		if w == nil {
			return v
		}
		n := f(w)
		changed = changed || n != v
		return n
	}
	var out string
	switch {
	case a.doc != nil:
		out = encode(mapLeaves(a.doc, "", func(_, v string) string { return rewrite(v) }))
	case a.xml:
		out = xmlCodeRE.ReplaceAllStringFunc(a.body, func(s string) string {
			m := xmlCodeRE.FindStringSubmatch(s)
			return "<Code>" + rewrite(m[1]) + "</Code>"
		})
	}
	if !changed {
		return ""
	}
	return out
}

var (
	xmlCodeRE    = regexp.MustCompile(`<Code>([A-Za-z0-9_.-]+)</Code>`)
	sepCodeRE    = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9]*([_-][A-Za-z0-9]+)+$`)
	camelWordsRE = regexp.MustCompile(`^[A-Z][a-z0-9]+([A-Z][a-z0-9]+)+$`)
	humpRE       = regexp.MustCompile(`[A-Z][a-z0-9]*`)
)

// codeWords splits an error code into its lower-case words, or nil when v
// is not a code (a sentence, a dotted name, a number).
func codeWords(v string) []string {
	switch {
	case sepCodeRE.MatchString(v):
		return strings.FieldsFunc(strings.ToLower(v), func(r rune) bool { return r == '_' || r == '-' })
	case camelWordsRE.MatchString(v):
		var w []string
		for _, h := range humpRE.FindAllString(v, -1) {
			w = append(w, strings.ToLower(h))
		}
		return w
	}
	return nil
}
