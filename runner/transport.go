package runner

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/asn1"
	"errors"
	"io"
	"net"
	"net/http"
	"net/http/httptrace"
	"net/textproto"
	"net/url"
	"os"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/authspec/authspec/results"
	"github.com/authspec/authspec/secret"
)

// wire records what happened on the connections of one step, from
// httptrace callbacks. Some of them run on the transport's dial goroutine,
// which may outlive the request (a timeout), hence the lock.
type wire struct {
	mu        sync.Mutex
	connected bool  // TCP (and TLS for https) was up: the host was reached
	tlsErr    error // the last TLS handshake's failure
	// In the last TLS handshake of the step's dials, the server asked for
	// a client certificate (certAsked), one was sent (certSent), and the
	// CAs the server named (acceptable): what a refused handshake is
	// explained with (classify, clientCertCauses).
	certAsked, certSent bool
	acceptable          []string
	// certNoted: noteCertRequest ran during the handshake under way;
	// handshook: this step's own dial finished a TLS handshake, not yet
	// filed under its connection.
	certNoted, handshook bool
	// conn is how the handshake of the connection the step's request went
	// out on went, when certKnown (gotConn): a handshake of another of the
	// step's dials that ends later leaves it as it is.
	conn      certRecord
	certKnown bool
	// ct is the trace of the step's tries, filled by the first: a dial
	// goroutine of an earlier try may still read it, so it is never
	// written again. first is the first try's context, for the same
	// reason never written again either; later tries get contexts of
	// their own.
	ct    httptrace.ClientTrace
	first wireCtx
}

// wireCtx is a try's context that carries its step's wire under wireKey:
// context.WithValue's work, in memory the wire already has.
type wireCtx struct {
	context.Context
	w *wire
}

func (c *wireCtx) Value(key any) any {
	if key == (wireKey{}) {
		return c.w
	}
	return c.Context.Value(key)
}

// traced is ctx with w's trace. When ctx carries a trace already,
// WithClientTrace composes it into the one it is given, which must then
// be new; else the tries of the step share ct.
func (w *wire) traced(ctx context.Context) context.Context {
	if w.first.w == nil {
		w.first = wireCtx{ctx, w}
		ctx = &w.first
	} else {
		ctx = &wireCtx{ctx, w} // for noteCertRequest
	}
	if httptrace.ContextClientTrace(ctx) != nil {
		return httptrace.WithClientTrace(ctx, w.hooks(new(httptrace.ClientTrace)))
	}
	if w.ct.GotConn == nil {
		w.hooks(&w.ct)
	}
	return httptrace.WithClientTrace(ctx, &w.ct)
}

func (w *wire) hooks(t *httptrace.ClientTrace) *httptrace.ClientTrace {
	// GotConn fires once TCP (and TLS) are up: from then on the host
	// was reached, whatever it does next (hang, reset, garbage).
	t.GotConn = func(info httptrace.GotConnInfo) { w.gotConn(info.Conn, info.Reused) }
	t.TLSHandshakeDone = func(cs tls.ConnectionState, err error) {
		w.mu.Lock()
		if !w.certNoted {
			// No certificate request in this handshake: what an earlier
			// try's recorded is not this one's.
			w.certAsked, w.certSent, w.acceptable = false, false, nil
		}
		// A resumed session's handshake asks for no certificate: the first
		// handshake's stands for it (TLS 1.3), so this one says nothing of
		// whether one went out, and its connection is not filed.
		w.certNoted, w.tlsErr, w.handshook = false, err, err == nil && !cs.DidResume
		w.mu.Unlock()
	}
	return t
}

// wireKey is the context key of a step's wire: a TLS handshake's choice
// of a client certificate sees the context of the request that dialed.
type wireKey struct{}

// noteCertRequest records, on the wire of the request whose connection
// is being made, that the server asked for a client certificate, the CAs
// it named and whether one was sent.
func noteCertRequest(cri *tls.CertificateRequestInfo, sent bool) {
	w, _ := cri.Context().Value(wireKey{}).(*wire)
	if w == nil {
		return
	}
	var cas []string
	for _, der := range cri.AcceptableCAs {
		var rdn pkix.RDNSequence
		if rest, err := asn1.Unmarshal(der, &rdn); err == nil && len(rest) == 0 {
			var name pkix.Name
			name.FillFromRDNSequence(&rdn)
			cas = append(cas, name.String())
		}
	}
	w.mu.Lock()
	w.certAsked, w.certSent, w.acceptable, w.certNoted = true, sent, cas, true
	w.mu.Unlock()
}

// certRequest is what noteCertRequest recorded.
func (w *wire) certRequest() (asked, sent bool, acceptable []string) {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.certAsked, w.certSent, w.acceptable
}

func (w *wire) reached() bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.connected
}

func (w *wire) handshakeErr() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.tlsErr
}

// classify turns a transport error into an error kind and a message a
// user can act on. It goes by the error's type and by how far the request
// got (w), never by the wording of Go's messages: a server that accepted
// the connection and then answered something unusable (garbage, a header
// with a NUL byte, a redirect loop) was reached, so its case is a
// BadResponse, never Unreachable. Its words are literal (secret.Textf: a
// password "response" does not rewrite them at the sink); the transport's
// message, which may quote what was sent, is a value, and authspec's words
// around it (secret.Errorf's: "reading the response body") stay literal.
func classify(err error, w *wire, timeout time.Duration) (results.Kind, string) {
	msg := err
	var uerr *url.Error
	if errors.As(err, &uerr) {
		// Go's client quotes the URL as sent, query values and user
		// included, which search cannot find when they are short; the
		// step's request line shows it with those parts as labels.
		msg = uerr.Err
	}
	var (
		netErr    net.Error
		dnsErr    *net.DNSError
		opErr     *net.OpError
		recErr    tls.RecordHeaderError
		verifyErr *tls.CertificateVerificationError
		protoErr  textproto.ProtocolError
	)
	switch {
	case errors.Is(err, context.DeadlineExceeded), errors.Is(err, os.ErrDeadlineExceeded),
		errors.As(err, &netErr) && netErr.Timeout():
		if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
			// The timeout's own context, stopped: Go says "context
			// canceled", which reads as if someone had interrupted the run.
			return results.Timeout, string(secret.Textf("no response within %s (timeout)", secret.Lit(timeout.String())))
		}
		return results.Timeout, string(secret.Textf("no response within %s (timeout): %v", secret.Lit(timeout.String()), msg))
	case errors.Is(err, errTooManyRedirects):
		return results.BadResponse, string(secret.Lit(errTooManyRedirects.Error()))
	case errors.Is(err, http.ErrSchemeMismatch):
		return results.TLS, string(secret.Lit("TLS handshake failed: the server answers plain HTTP on this port; use http://, or the port that serves TLS"))
	case w.handshakeErr() != nil, errors.As(err, &recErr), errors.As(err, &verifyErr), isX509(err),
		errors.As(err, &opErr) && opErr.Op == "remote error":
		if d := tlsDetail(err); d != "" {
			return results.TLS, string(secret.Lit("TLS handshake failed: ") + d)
		}
		return results.TLS, string(secret.Textf("TLS handshake failed: %v", msg))
	case errors.As(err, &dnsErr):
		return results.Unreachable, string(secret.Textf("DNS: %v", msg))
	case errors.Is(err, syscall.ECONNREFUSED):
		return results.Unreachable, string(secret.Textf("connection refused: nothing listens there (%v)", msg))
	case certAsked(w) && !errors.As(err, &protoErr):
		// TLS 1.3 ends the client's handshake before the server has
		// judged its certificate: the server's alert may be lost to the
		// reset that follows it, as the request is written, or surface as
		// HTTP/2's "client conn could not be established". Whatever ends
		// the exchange then, short of an answer that is not HTTP, is the
		// refusal.
		return results.TLS, string(secret.Textf("TLS handshake failed: the server asked for a client certificate and closed the connection: it refused the certificate sent, or that none was (%v)", msg))
	case errors.Is(err, syscall.ECONNRESET), errors.Is(err, syscall.ECONNABORTED), errors.Is(err, syscall.EPIPE),
		errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return results.ConnectionReset, string(secret.Textf("the server closed or reset the connection: %v", msg))
	case errors.As(err, &protoErr), w.reached():
		if tlsAlertForHTTP(err) {
			return results.TLS, string(secret.Lit(plainToTLS))
		}
		return results.BadResponse, string(secret.Textf("the server sent something that is not HTTP: %v", msg))
	}
	return results.Unreachable, string(secret.Textf("%v", msg))
}

// isX509 reports whether err is a certificate verification error.
func isX509(err error) bool {
	var (
		ua x509.UnknownAuthorityError
		ci x509.CertificateInvalidError
		he x509.HostnameError
		sr x509.SystemRootsError
	)
	return errors.As(err, &ua) || errors.As(err, &ci) || errors.As(err, &he) || errors.As(err, &sr)
}

// tlsAlertForHTTP recognises a TLS alert record (0x15 0x03) where an HTTP
// status line was due: a plain http:// request to a port that speaks TLS.
// Go reports the line only inside its "malformed HTTP response" text, so
// this looks at the quoted bytes, not at the wording.
func tlsAlertForHTTP(err error) bool {
	return strings.Contains(err.Error(), `"\x15\x03`)
}

// checkRequest refuses a request Go's transport would refuse to send: a
// header name that is not a token, or a value with a control character
// (a variable that resolved to several lines). It says which header,
// never the value, which may be a secret, in authspec's own words: a
// secret that is one of them ("control") rewrites none.
func checkRequest(req *http.Request) error {
	for name, values := range req.Header {
		if !validToken(name) {
			return secret.Errorf("header name %q is not a valid HTTP header name", name)
		}
		for _, v := range values {
			if i := controlByte(v); i >= 0 {
				return secret.Errorf("the value of header %s has a control character (a line break or NUL, at byte %s)", name, secret.Lit(strconv.Itoa(i)))
			}
		}
	}
	if !validToken(req.Method) {
		return secret.Errorf("method %q is not a valid HTTP method", req.Method)
	}
	return nil
}

// controlByte is the index of the first control character in s (a
// byte below 0x20 other than a tab, or DEL), or -1. Control characters
// are ASCII: no byte of a multi-byte UTF-8 rune is one.
func controlByte(s string) int {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 && c != '\t' || c == 0x7f {
			return i
		}
	}
	return -1
}

// validToken: RFC 9110 token characters, at least one. It runs on every
// header name of every request: a table, not a search per character.
func validToken(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !tokenByte[s[i]] {
			return false
		}
	}
	return true
}

// tokenByte: the visible ASCII characters that are not delimiters.
var tokenByte = func() (t [256]bool) {
	for c := 0x21; c <= 0x7e; c++ {
		t[c] = !strings.ContainsRune(`"(),/:;<=>?@[\]{}`, rune(c))
	}
	return t
}()

// certAsked reports whether the server asked the step's connection for a
// client certificate.
func certAsked(w *wire) bool {
	asked, _, _ := w.certRequest()
	return asked
}
