package cli

import (
	"context"
	"errors"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/authspec/authspec/report"
	"github.com/authspec/authspec/suites"
)

// checkPushURL rejects a --push-metrics URL that could never work before
// anything is sent. A query or a fragment cannot work: the client appends
// /metrics/job/authspec to the URL as a string, so the path would land
// inside the query (a token in ?token=… would be sent with it appended).
func checkPushURL(raw string) error {
	if raw == "" {
		return nil
	}
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return exitf(ExitInvalid, "authspec: --push-metrics %q: want the Pushgateway's http(s) URL, e.g. http://pushgateway:9091", shownPushURL(raw))
	}
	if u.RawQuery != "" || u.ForceQuery || u.Fragment != "" || strings.Contains(raw, "#") {
		return exitf(ExitInvalid, "authspec: --push-metrics %q: want the Pushgateway's URL without a query or fragment (authspec appends /metrics/job/authspec to it), e.g. http://pushgateway:9091; a password goes in http://user:password@host", shownPushURL(raw))
	}
	return nil
}

// shownPushURL is a --push-metrics URL as a message quotes it: the
// password of its userinfo and the values of its query hidden, also when
// the URL does not parse (a bad escape is enough) or lacks its scheme.
// Not u.Redacted: a URL without its scheme (user:pw@gw:9091) parses with
// "user" as the scheme and the password in the opaque part, which it
// keeps; and it keeps the query.
func shownPushURL(raw string) string {
	s := withoutPassword(raw)
	s, fragment, hasFragment := strings.Cut(s, "#")
	s, query, hasQuery := strings.Cut(s, "?")
	if hasQuery {
		pairs := suites.QueryPairs(query)
		params := make([]string, len(pairs)) // an empty pair stays empty
		for i, p := range pairs {
			// A parameter without "=" may be a bare token: hidden whole.
			switch {
			case p.HasValue:
				params[i] = p.Name + "=" + hidden
			case p.Name != "":
				params[i] = hidden
			}
		}
		s += "?" + strings.Join(params, "&")
	}
	if hasFragment && fragment != "" {
		s += "#" + hidden
	}
	return s
}

// hidden stands for a value a message does not show.
const hidden = "xxxxx"

// withoutPassword hides the password of a URL, also one that does not
// parse (a bad escape in it is enough) or lacks its scheme; anything from
// the scheme (or the start) to the last @ that holds a colon may be one.
func withoutPassword(raw string) string {
	prefix, rest := "", raw
	if scheme, after, ok := strings.Cut(raw, "://"); ok {
		prefix, rest = scheme+"://", after
	}
	at := strings.LastIndex(rest, "@")
	if at < 0 {
		return raw
	}
	user, _, hasPassword := strings.Cut(rest[:at], ":")
	if !hasPassword {
		return raw
	}
	return prefix + user + ":" + hidden + rest[at:]
}

// pushTimeout bounds the push: a Pushgateway that hangs must not hang CI.
const pushTimeout = 30 * time.Second

func pushMetrics(raw string, doc *report.Document) error {
	ctx, cancel := context.WithTimeout(context.Background(), pushTimeout)
	defer cancel()
	err := doc.PushMetrics(ctx, raw, &http.Client{Timeout: pushTimeout})
	if u, perr := url.Parse(raw); err != nil && perr == nil && u.User != nil {
		// The client's errors quote the URL; its password stays out.
		return errors.New(strings.ReplaceAll(err.Error(), raw, u.Redacted()))
	}
	return err
}
