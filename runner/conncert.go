package runner

import (
	"crypto/tls"
	"runtime"
	"sync"
	"weak"
)

// Whether a TLS client certificate went out is known only to the
// handshake: crypto/tls's ConnectionState says nothing of the client's
// certificate, and the only place that sees the server ask for one is the
// client's GetClientCertificate (notingCertRequests), which reports to the
// wire of the step whose request dialed. A step whose request goes out on
// a connection an earlier step opened (keep-alive, HTTP/2) sees no
// handshake of its own: it reads the connection's here, filed by the step
// that dialed once it got the connection.

// certRecord is how a connection's handshake went with the client
// certificate: the server asked for one, one was sent, and the CAs the
// server named.
type certRecord struct {
	asked, sent bool
	acceptable  []string
}

// connCerts holds a certRecord per TLS connection. Its keys are weak, and
// a connection collected takes its entry with it (runtime.AddCleanup): the
// map holds what the transports hold, no more.
var connCerts sync.Map // weak.Pointer[tls.Conn] → certRecord

// fileConnCert records how tc's handshake went.
func fileConnCert(tc *tls.Conn, rec certRecord) {
	k := weak.Make(tc)
	if _, loaded := connCerts.Swap(k, rec); !loaded {
		runtime.AddCleanup(tc, func(k weak.Pointer[tls.Conn]) { connCerts.Delete(k) }, k)
	}
}

// connCert is how tc's handshake went; ok is false when no step filed it
// (the step that dialed gave up before it got the connection).
func connCert(tc *tls.Conn) (certRecord, bool) {
	v, ok := connCerts.Load(weak.Make(tc))
	if !ok {
		return certRecord{}, false
	}
	return v.(certRecord), true
}

// gotConn notes the connection the step's request goes out on. One fresh
// from a dial (not reused) is the one whose handshake this step saw, and
// is filed with it (connCerts); any other is read from there: one another
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
