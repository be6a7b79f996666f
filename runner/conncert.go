package runner

import (
	"context"
	"crypto/tls"
	"net"
	"net/http"
	"sync"
)

// Whether a TLS client certificate went out is known only to the
// handshake: crypto/tls's ConnectionState says nothing of the client's
// certificate, and the only place that sees the server ask for one is the
// client's GetClientCertificate (notingCertRequests), which reports to the
// wire of the step whose request dialed. A step whose request goes out on
// a connection an earlier step opened (keep-alive, HTTP/2) sees no
// handshake of its own: it reads the connection's record, filed on the
// connection by the step that dialed once it got it.

// certRecord is how a connection's handshake went with the client
// certificate: the server asked for one, one was sent, and the CAs the
// server named.
type certRecord struct {
	asked, sent bool
	acceptable  []string
}

// certConn is a connection of an environment's transport (its
// DialContext wraps every one, see recordingCerts): it carries how the TLS
// handshake made over it went, filed by the step that dialed it, so a
// step that reuses it reads the record from the connection itself.
type certConn struct {
	net.Conn
	mu    sync.Mutex
	rec   certRecord
	filed bool
}

// recordingCerts is t's DialContext (its Dial when it has only that,
// else defaultDial) making certConns.
func recordingCerts(t *http.Transport) func(ctx context.Context, network, addr string) (net.Conn, error) {
	dial := t.DialContext
	switch {
	case dial != nil:
	case t.Dial != nil: //lint:ignore SA1019 a caller's transport may set only Dial, which DialContext would override
		d := t.Dial //lint:ignore SA1019 as above
		dial = func(_ context.Context, network, addr string) (net.Conn, error) { return d(network, addr) }
	default:
		dial = defaultDial()
	}
	return func(ctx context.Context, network, addr string) (net.Conn, error) {
		c, err := dial(ctx, network, addr)
		if err != nil {
			return nil, err
		}
		return &certConn{Conn: c}, nil
	}
}

// defaultDial is the dialer of a transport that sets none of its own:
// http.DefaultTransport's, read when the environment's transport is built,
// so its timeouts are net/http's and follow whatever the program set
// there, never a copy that could drift from it. When DefaultTransport is
// no *http.Transport, or has no DialContext, a zero net.Dialer, as
// net/http dials for such a transport.
func defaultDial() func(ctx context.Context, network, addr string) (net.Conn, error) {
	if dt, ok := http.DefaultTransport.(*http.Transport); ok && dt.DialContext != nil {
		return dt.DialContext
	}
	return new(net.Dialer).DialContext
}

// certConnOf is the certConn under tc: directly, or under the TLS
// connection to an https proxy that tc is tunnelled through; nil when the
// transport's own dialer did not make it (a DialTLSContext of the caller's).
func certConnOf(tc *tls.Conn) *certConn {
	c := tc.NetConn()
	for {
		switch x := c.(type) {
		case *certConn:
			return x
		case *tls.Conn:
			c = x.NetConn()
		default:
			return nil
		}
	}
}

// fileConnCert records how tc's handshake went.
func fileConnCert(tc *tls.Conn, rec certRecord) {
	if cc := certConnOf(tc); cc != nil {
		cc.mu.Lock()
		cc.rec, cc.filed = rec, true
		cc.mu.Unlock()
	}
}

// connCert is how tc's handshake went; ok is false when no step filed it
// (the step that dialed gave up before it got the connection).
func connCert(tc *tls.Conn) (certRecord, bool) {
	cc := certConnOf(tc)
	if cc == nil {
		return certRecord{}, false
	}
	cc.mu.Lock()
	defer cc.mu.Unlock()
	return cc.rec, cc.filed
}

// gotConn notes the connection the step's request goes out on. One fresh
// from a dial (not reused) is the one whose handshake this step saw, and
// is filed with it (certConn); any other is read from there: one another
// request used before, or one the transport took from its idle pool,
// made by a dial it no longer needed (this step's too, given up for
// another connection), whose handshake is not told apart from this
// step's. A plain connection carries no certificate. What it notes
// describes the answer that came on the connection (certNotAsked,
// certAskedFor), never a later error of a request that reused it: that
// connection's handshake went through.
func (w *wire) gotConn(c any, reused bool) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.connected = true
	tc, _ := c.(*tls.Conn)
	handshook := w.handshook
	w.handshook = false
	switch {
	case tc == nil:
		w.conn, w.certKnown = certRecord{}, false
	case handshook && !reused:
		w.conn, w.certKnown = certRecord{w.certAsked, w.certSent, w.acceptable}, true
		fileConnCert(tc, w.conn)
	default:
		w.conn, w.certKnown = connCert(tc)
	}
}

// certNotAsked reports whether the server is known to have asked for no
// client certificate in the handshake of the connection the step's answer
// came on: none was sent, whatever the environment has.
func (w *wire) certNotAsked() bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.certKnown && !w.conn.asked
}

// certAskedFor reports whether the server is known to have asked for a
// client certificate in the handshake of the connection the step's answer
// came on, and whether one was sent then.
func (w *wire) certAskedFor() (asked, sent bool) {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.certKnown && w.conn.asked, w.conn.sent
}
