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
		asked   bool // the server asked for a client certificate
		want    results.Kind
	}{
		{"dns", dns, false, false, results.Unreachable},
		{"words before any connection", wordy, false, false, results.Unreachable},
		{"words after the connection", wordy, true, false, results.BadResponse},
		{"redirect loop", &url.Error{Op: "Get", URL: "http://127.0.0.1/x", Err: errTooManyRedirects}, true, false, results.BadResponse},
		// After a certificate request, the refusal's alert can be lost and
		// HTTP/2 say only that its connection failed (seen with Prometheus).
		{"after a certificate request", errors.New("http2: client conn could not be established"), true, true, results.TLS},
		{"connection failed, no certificate asked", errors.New("http2: client conn could not be established"), true, false, results.BadResponse},
	} {
		w := &wire{connected: tc.reached, certAsked: tc.asked}
		if got, msg := classify(tc.err, w, time.Second); got != tc.want {
			t.Errorf("%s: %s (%s), want %s", tc.name, got, msg, tc.want)
		}
	}
}
