package runner

import (
	"errors"
	"net"
	"net/url"
	"testing"
	"time"

	"github.com/authspec/authspec/results"
)

// Classification goes by type and by how far the request got, never by
// words: a DNS failure (which a loopback-only test cannot provoke) is
// Unreachable by its type, and an untyped error that merely mentions TLS,
// refusal or reset is taken for none of them.
func TestClassifyByTypeNotWords(t *testing.T) {
	dns := &url.Error{Op: "Get", URL: "https://api.example/x", Err: &net.OpError{Op: "dial", Net: "tcp",
		Err: &net.DNSError{Err: "no such host", Name: "api.example", IsNotFound: true}}}
	wordy := errors.New("x509: certificate signed by unknown authority; connection refused; connection reset by peer; malformed HTTP response")
	for _, tc := range []struct {
		name    string
		err     error
		reached bool
		want    results.Kind
	}{
		{"dns", dns, false, results.Unreachable},
		{"words before any connection", wordy, false, results.Unreachable},
		{"words after the connection", wordy, true, results.BadResponse},
		{"redirect loop", &url.Error{Op: "Get", URL: "http://127.0.0.1/x", Err: errTooManyRedirects}, true, results.BadResponse},
	} {
		w := &wire{connected: tc.reached}
		if got, msg := classify(tc.err, w, time.Second); got != tc.want {
			t.Errorf("%s: %s (%s), want %s", tc.name, got, msg, tc.want)
		}
	}
}
