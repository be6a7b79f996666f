package diagnose

import (
	"net/http"
	"net/url"
	"strings"
)

// foreignOrigin: a refusal that says nothing but its status, to a request
// that carried an Origin (or, without one, a Referer) naming another host
// than the one it was sent to. Servers that guard a browser session
// against cross-site requests (qBittorrent's Web API, Django's CSRF check
// on HTTPS) refuse such a request whatever its credential: a header copied
// from a browser's request (a dashboard's Origin) is the likely cause, and
// dropping it, or sending the API's own origin, is the fix.
func (a *analysis) foreignOrigin() {
	st := a.ex.StatusCode
	if st != http.StatusUnauthorized && st != http.StatusForbidden || len(a.srv.challenges) > 0 {
		return
	}
	if m := strings.TrimSpace(a.srv.message); m != "" && !sameWords(m, http.StatusText(st)) && !sameWords(m, a.statusText()) {
		return // the server gave its reason
	}
	target, err := url.Parse(a.ex.URL)
	if err != nil || target.Host == "" {
		return
	}
	name := "Origin"
	v := a.ex.RequestHeader.Get(name)
	if v == "" {
		name, v = "Referer", a.ex.RequestHeader.Get("Referer")
	}
	u, err := url.Parse(strings.TrimSpace(v))
	if v == "" || err != nil || u.Host == "" || strings.EqualFold(u.Host, target.Host) {
		return
	}
	a.add(scoreHeuristic, RequiredHeaderMissing,
		textf("the request carried %s %s, another site than the API's (%s), and the API refused it without a reason: servers that guard a session against cross-site requests (an anti-CSRF check on Origin and Referer) refuse such a request whatever its credential; remove the %s header from the scenario, or send the API's own origin", name, u.Scheme+"://"+u.Host, target.Host, name),
		append(a.describeSent(), a.serverSaid()...)...)
}
