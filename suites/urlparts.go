package suites

import (
	"net/url"
	"strings"
)

// URLParts is a URL template (url:, token_url:, base_url:) split where a
// URL's parts are, without parsing it: a ${VAR} may stand anywhere, and
// ${HOST_PORT} in the port does not parse. Scheme, host, port and path
// are identifiers, shown as written; the userinfo and the query are not.
type URLParts struct {
	Scheme  string // "https://", "" when the template has none
	User    string // the userinfo, without its "@"
	HasUser bool
	Host    string // host and port, "" when the template has no scheme
	Path    string // from the first "/" after the host; the whole rest without a scheme
	Tail    string // from the first "?" or "#", with it
}

// SplitURL splits a URL template into its parts.
func SplitURL(raw string) URLParts {
	var p URLParts
	if i := strings.IndexAny(raw, "?#"); i >= 0 {
		raw, p.Tail = raw[:i], raw[i:]
	}
	scheme, rest, ok := strings.Cut(raw, "://")
	if !ok {
		p.Path = raw
		return p
	}
	p.Scheme = scheme + "://"
	host, path, hasPath := strings.Cut(rest, "/")
	if at := strings.LastIndex(host, "@"); at >= 0 {
		p.User, p.HasUser, host = host[:at], true, host[at+1:]
	}
	p.Host = host
	if hasPath {
		p.Path = "/" + path
	}
	return p
}

// Shown is the template without its userinfo and tail: what a person may
// read of it.
func (p URLParts) Shown() string { return p.Scheme + p.Host + p.Path }

// SecretParts names the parts of the URL that are secrets wherever it is
// written (see Env.Secrets), for a message: "its user information", "its
// query values", both, or "" when it has neither (a query name without a
// value carries nothing).
func (p URLParts) SecretParts() string {
	query := false
	q, _, _ := strings.Cut(p.Tail, "#")
	if q, ok := strings.CutPrefix(q, "?"); ok {
		for _, pair := range QueryPairs(q) {
			query = query || pair.Value != ""
		}
	}
	switch {
	case p.HasUser && p.User != "" && query:
		return "its user information and query values"
	case p.HasUser && p.User != "":
		return "its user information"
	case query:
		return "its query values"
	}
	return ""
}

// UserinfoValue is a URL's user information as written (without its
// "@") as it is sent: decoded (%40 is @), as the "user:password" pair that
// HTTP Basic carries, the password empty when there is none ("user:").
// It is the one value the userinfo is known by: Env.Secrets lists it, and
// where authspec shows the URL its label stands there, so the URL and the
// Basic header made of it show one fingerprint, however it was written.
// A part that does not decode is kept as written.
func UserinfoValue(written string) string {
	user, pass, _ := strings.Cut(written, ":")
	if u, err := url.PathUnescape(user); err == nil {
		user = u
	}
	if p, err := url.PathUnescape(pass); err == nil {
		pass = p
	}
	return user + ":" + pass
}

// QueryPair is one pair of a raw query, as written (nothing unescaped).
type QueryPair struct {
	Name, Value string
	HasValue    bool // the pair has its "=" (name= has an empty value)
}

// QueryPairs splits a raw query (without its "?") at each "&", and each
// pair at its first "=": the one reading of a query for every place that
// shows one with its values hidden (a request line, a --push-metrics URL)
// or asks whether it has any.
func QueryPairs(rawQuery string) []QueryPair {
	parts := strings.Split(rawQuery, "&")
	pairs := make([]QueryPair, len(parts))
	for i, p := range parts {
		pairs[i].Name, pairs[i].Value, pairs[i].HasValue = strings.Cut(p, "=")
	}
	return pairs
}
