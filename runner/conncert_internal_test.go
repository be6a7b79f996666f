package runner

import (
	"crypto/tls"
	"net"
	"net/http/httptrace"
	"testing"
)

// The transport hands a request waiting for its dial a connection that
// went idle first, and puts the dial's connection, once made, in its idle
// pool: the handshake a step's wire saw is then not that of the connection
// its request went out on, and may end before or after the wire gets it.
// Neither the step nor the connection's record takes the other's.
func TestConnCertOfAnotherDial(t *testing.T) {
	newConn := func() *tls.Conn {
		a, b := net.Pipe()
		t.Cleanup(func() { a.Close(); b.Close() })
		return tls.Client(&certConn{Conn: a}, &tls.Config{})
	}
	asked := certRecord{asked: true, sent: true, acceptable: []string{"CN=ops CA"}}

	t.Run("a handshake that ends after the connection was got", func(t *testing.T) {
		idle := newConn()
		fileConnCert(idle, asked)
		w := &wire{}
		trace := w.hooks(new(httptrace.ClientTrace))
		w.gotConn(idle, true)
		// The step's own dial, no longer needed, ends its handshake
		// without a certificate request.
		trace.TLSHandshakeDone(tls.ConnectionState{}, nil)
		if w.certNotAsked() {
			t.Error("certNotAsked: the connection the answer came on was asked for a certificate")
		}
		if a, s := w.certAskedFor(); !a || !s {
			t.Errorf("certAskedFor = %v, %v; want true, true (the connection's handshake)", a, s)
		}
	})
	t.Run("a handshake that ended before an idle connection was got", func(t *testing.T) {
		idle := newConn()
		fileConnCert(idle, asked)
		w := &wire{}
		trace := w.hooks(new(httptrace.ClientTrace))
		trace.TLSHandshakeDone(tls.ConnectionState{}, nil) // no certificate request
		w.gotConn(idle, true)
		if w.certNotAsked() {
			t.Error("certNotAsked: the connection the answer came on was asked for a certificate")
		}
		if rec, ok := connCert(idle); !ok || !rec.asked || !rec.sent {
			t.Errorf("the idle connection's record = %+v, %v; want it as filed (asked, sent)", rec, ok)
		}
	})
	t.Run("a fresh connection of the step's dial", func(t *testing.T) {
		fresh := newConn()
		w := &wire{}
		trace := w.hooks(new(httptrace.ClientTrace))
		trace.TLSHandshakeDone(tls.ConnectionState{}, nil)
		w.gotConn(fresh, false)
		if !w.certNotAsked() {
			t.Error("certNotAsked = false; the step's own handshake asked for none")
		}
		if rec, ok := connCert(fresh); !ok || rec.asked {
			t.Errorf("the fresh connection's record = %+v, %v; want filed, not asked", rec, ok)
		}
	})
}
