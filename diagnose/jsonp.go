package diagnose

import (
	"bytes"

	"github.com/authspec/authspec/internal/lazyre"
)

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
