package runner

import (
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/authspec/authspec/diagnose"
	"github.com/authspec/authspec/secret"
)

// maxRedirects is how many redirects one request follows.
const maxRedirects = 10

// errTooManyRedirects is a redirect loop: the server answered every time,
// so it is a failure of the server's answer, never "unreachable".
var errTooManyRedirects = fmt.Errorf("the server redirected %d times without a final answer (a redirect loop?); authspec follows at most %d redirects", maxRedirects, maxRedirects)

// alwaysSensitive are headers that never cross to another origin, whoever
// set them.
var alwaysSensitive = []string{"Authorization", "Proxy-Authorization", "Cookie", "Cookie2", "Referer"}

// checkRedirect is the redirect policy of a request on the environment's
// shared transport: within the origin of the first request (scheme,
// host and port) a redirect is followed as is. To another origin:
//   - every header that carries a secret is dropped: the credential's,
//     those whose value in the suite refers to a secret or a capture, any
//     whose value holds a secret known to the run, and Authorization,
//     Proxy-Authorization, Cookie and Referer;
//   - every query parameter that carries a secret is dropped (a server
//     that keeps the query when it redirects would hand it over);
//   - a body that would be sent again (307, 308) and carries a secret, or
//     a path that holds one, is not sent: the redirect is not followed,
//     and the step fails saying so (b.refused), since neither can be
//     stripped and stay the same request.
//
// It is the CheckRedirect of the attempt's client (see attempt).
func (a *attempt) checkRedirect(req *http.Request, via []*http.Request) error {
	b, sent, red := a.b, a.sent, a.p.opt.Redactor
	if !a.follow {
		return http.ErrUseLastResponse
	}
	if len(via) >= maxRedirects {
		return errTooManyRedirects
	}
	if sameOrigin(req.URL, via[0].URL) {
		return nil
	}
	what := ""
	switch {
	case req.Body != nil && req.Body != http.NoBody && (b.secretBody || carries(red, string(b.body))):
		what = "the request body, which carries a secret,"
	case carries(red, req.URL.Path) || carries(red, req.URL.RawPath):
		what = "a secret in the path"
	}
	if what != "" {
		// authspec's words are literal: a password "secret" must not turn
		// "which carries a secret" into its label. The origin is the
		// server's, a value.
		b.refused = string(secret.Textf("the server redirected (%s) to another origin, %s, and following would send %s there too; authspec did not follow the redirect",
			secret.Lit(strconv.Itoa(req.Response.StatusCode)), origin(req.URL), secret.Lit(what)))
		return http.ErrUseLastResponse
	}
	if stripSecrets(req, b, sent, red) && b.notForwarded.To == "" {
		// The server that answers gets none of the credential: diagnosis
		// says so, not that the API refused it.
		b.notForwarded = diagnose.Redirect{From: origin(via[len(via)-1].URL), To: origin(req.URL)}
		if req.Response != nil { // the client's redirects have one
			b.notForwarded.Status = req.Response.StatusCode
		}
	}
	return nil
}

// sameOrigin: same scheme, host (any case) and port (80 and 443 implied).
func sameOrigin(a, b *url.URL) bool {
	return strings.EqualFold(a.Scheme, b.Scheme) && strings.EqualFold(a.Hostname(), b.Hostname()) && port(a) == port(b)
}

func port(u *url.URL) string {
	if p := u.Port(); p != "" {
		return p
	}
	if strings.EqualFold(u.Scheme, "https") {
		return "443"
	}
	return "80"
}

func origin(u *url.URL) string { return u.Scheme + "://" + u.Host }

// carries reports whether s holds a secret the run knows.
func carries(red *secret.Redactor, s string) bool { return s != "" && red.Redact(s) != s }

// stripSecrets removes from a request that leaves the origin every header
// and query parameter that carries a secret. It reports whether it removed
// a credential: anything but a Referer (Go sets one on every redirect)
// that holds no secret.
func stripSecrets(req *http.Request, b *built, sent *sentCred, red *secret.Redactor) (stripped bool) {
	drop := append([]string(nil), alwaysSensitive...)
	drop = append(drop, b.secretHeaders...)
	if sent != nil {
		drop = append(drop, sent.headers...)
	}
	for _, h := range drop {
		if v := req.Header.Get(h); v != "" && (!strings.EqualFold(h, "Referer") || carries(red, v)) {
			stripped = true
		}
		req.Header.Del(h)
	}
	for name, vs := range req.Header {
		for _, v := range vs {
			if carries(red, v) {
				req.Header.Del(name)
				stripped = true
				break
			}
		}
	}
	q := req.URL.Query()
	changed := false
	for name, vs := range q {
		secretName := (sent != nil && name == sent.query) || slices.Contains(b.secretQuery, name)
		for _, v := range vs {
			if secretName || carries(red, v) {
				q.Del(name)
				changed = true
				break
			}
		}
	}
	if changed {
		req.URL.RawQuery = q.Encode()
	}
	return stripped || changed
}
