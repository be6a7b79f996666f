package runner

import (
	"context"
	"crypto/tls"
	"errors"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/http/httptrace"
	"sync/atomic"
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

// A base transport that sets no dialer of its own dials with
// http.DefaultTransport's, whatever the program set there (its timeouts
// are net/http's, not a copy of them), and with a zero net.Dialer, as
// net/http does, when DefaultTransport is no *http.Transport.
func TestRecordingCertsDialsAsDefaultTransport(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { _, _ = io.WriteString(w, "ok") }))
	t.Cleanup(srv.Close)
	orig := http.DefaultTransport
	t.Cleanup(func() { http.DefaultTransport = orig })
	get := func(t *testing.T) {
		t.Helper()
		tr := &http.Transport{}
		tr.DialContext = recordingCerts(tr)
		defer tr.CloseIdleConnections()
		resp, err := (&http.Client{Transport: tr}).Get(srv.URL)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if string(body) != "ok" {
			t.Fatalf("body %q, want ok", body)
		}
	}

	var dials atomic.Int32
	counting := orig.(*http.Transport).Clone()
	inner := counting.DialContext
	counting.DialContext = func(ctx context.Context, network, addr string) (net.Conn, error) {
		dials.Add(1)
		return inner(ctx, network, addr)
	}
	http.DefaultTransport = counting
	get(t)
	if n := dials.Load(); n != 1 {
		t.Errorf("http.DefaultTransport's dialer dialed %d times, want 1", n)
	}

	http.DefaultTransport = roundTripFunc(func(*http.Request) (*http.Response, error) { return nil, errors.New("not a transport") })
	get(t)
}

// roundTripFunc is an http.RoundTripper that is no *http.Transport.
type roundTripFunc func(*http.Request) (*http.Response, error)

func (f roundTripFunc) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }
