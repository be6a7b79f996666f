package cli

import (
	"context"
	"errors"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/authspec/authspec/report"
)

// checkPushURL rejects a --push-metrics URL that could never work before
// anything is sent.
func checkPushURL(raw string) error {
	if raw == "" {
		return nil
	}
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		// A password in the URL is not echoed. Not u.Redacted: a URL
		// without its scheme (user:pw@gw:9091) parses with "user" as the
		// scheme and the password in the opaque part, which it keeps.
		shown := withoutPassword(raw)
		return exitf(ExitInvalid, "authspec: --push-metrics %q: want the Pushgateway's http(s) URL, e.g. http://pushgateway:9091", shown)
	}
	return nil
}

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
	return prefix + user + ":xxxxx" + rest[at:]
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
