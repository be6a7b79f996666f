package runner

import (
	"net/url"
	"strings"

	"github.com/authspec/authspec/secret"
	"github.com/authspec/authspec/suites"
)

// The userinfo and the query values of a URL the suite writes (base_url,
// url, token_url) are secrets (see suites' Env.Secrets). Where authspec
// renders such a URL it knows exactly which parts they are, so it shows
// each as its label whatever its length: a one-character password or a
// two-character query value, too short to be found by search in free
// text, is hidden there too. The labels are those Env.Secrets gives:
// "<field> userinfo", "<field> query <name>", unless the value was added
// earlier under another name (a variable's).

// shownUserinfo is the label of a URL's userinfo (without its "@"), as
// written or as url.Userinfo's String escapes it: the label of the value
// Env.Secrets lists, suites.UserinfoValue's decoded one.
func shownUserinfo(red *secret.Redactor, field, userinfo string) secret.Text {
	return red.Value(field+" userinfo", suites.UserinfoValue(userinfo))
}

// shownQuery renders a raw query string: each name as a value (redacted
// at the sink; names are not secrets unless a secret's value), each value
// as its label.
func shownQuery(red *secret.Redactor, field, rawQuery string) secret.Text {
	var t secret.Text
	for i, pair := range suites.QueryPairs(rawQuery) {
		if i > 0 {
			t += secret.Lit("&")
		}
		t += secret.Textf("%s", pair.Name)
		if pair.HasValue {
			t += secret.Lit("=")
		}
		if pair.Value != "" {
			t += red.Value(field+" query "+unescape(pair.Name), unescape(pair.Value))
		}
	}
	return t
}

// shownTail renders what follows a URL's path: its query (see shownQuery)
// and its fragment, a value redacted at the sink.
func shownTail(red *secret.Redactor, field, tail string) secret.Text {
	var t secret.Text
	rest, fragment, hasFragment := strings.Cut(tail, "#")
	if q, ok := strings.CutPrefix(rest, "?"); ok {
		t = secret.Lit("?") + shownQuery(red, field, q)
	}
	if hasFragment {
		t += secret.Lit("#") + secret.Textf("%s", fragment)
	}
	return t
}

// unescape is a query name or value decoded as url.Values decodes it, for
// the label's fingerprint to be the one of the value Env.Secrets listed; s
// as it is when it does not decode.
func unescape(s string) string {
	if d, err := url.QueryUnescape(s); err == nil {
		return d
	}
	return s
}
