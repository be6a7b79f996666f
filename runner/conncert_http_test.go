package runner

import (
	"crypto/tls"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/authspec/authspec/diagnose"
	"github.com/authspec/authspec/secret"
	"github.com/authspec/authspec/secret/secrettest"
)

// A connection's handshake record travels with the connection the
// transport's dialer made (certConn): over HTTP/2, where the second step's
// request is a stream on the first's connection, and through a CONNECT
// proxy, where the TLS connection runs over the tunnel. Either way the
// second step, which made no handshake, reads that the server asked for
// no client certificate on the connection its answer came on.
func TestConnCertOverHTTP2AndProxy(t *testing.T) {
	for name, c := range map[string]struct{ h2, proxy bool }{"HTTP/2": {h2: true}, "CONNECT proxy": {proxy: true}} {
		t.Run(name, func(t *testing.T) {
			p := lcNewPKI(t)
			var protos atomic.Int32 // the highest ProtoMajor seen
			srv, conns := certTestServerH2(t, p, tls.NoClientCert, certRequiredInHTTP(func(r *http.Request) {
				protos.Store(max(protos.Load(), int32(r.ProtoMajor)))
			}), c.h2)
			base := http.DefaultTransport.(*http.Transport).Clone()
			var tunnels atomic.Int32
			if c.proxy {
				proxy := lcConnectProxy(t, &tunnels)
				u, _ := url.Parse(proxy.URL)
				base.Proxy = http.ProxyURL(u)
			}
			const key = "pk_Cert_Via_7Hq2Wm5Zr"
			rep, red := runCertSuiteVia(t, p, srv, pingThenEntities, key, base)
			r := rep.Results[0]
			if len(r.Diagnosis) == 0 {
				t.Fatalf("no diagnosis: %s", secret.Render(red, r.Message))
			}
			first := r.Diagnosis[0]
			msg, ev := secret.Render(red, first.Message), secret.Render(red, strings.Join(first.Evidence, "\n"))
			const evidence = "the server asked for none in the TLS handshake of this connection: it was not sent"
			if first.Code != diagnose.NoCredentialsSent || !strings.Contains(ev, evidence) {
				t.Errorf("first cause [%s] %q\n%s\nwant [%s] with %q", first.Code, msg, ev, diagnose.NoCredentialsSent, evidence)
			}
			if n := conns.Load(); n != 1 {
				t.Errorf("the server saw %d connections, want 1 (the second step reuses the first's)", n)
			}
			if want := int32(1 + btoi(c.h2)); protos.Load() != want {
				t.Errorf("requests came over HTTP/%d, want HTTP/%d", protos.Load(), want)
			}
			if c.proxy && tunnels.Load() != 1 {
				t.Errorf("the proxy made %d tunnels, want 1", tunnels.Load())
			}
			secrettest.NoForms(t, msg+"\n"+ev+"\n"+secret.Render(red, r.Message), key, string(p.client.keyPEM))
		})
	}
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// lcConnectProxy is an HTTP proxy on 127.0.0.1 that tunnels CONNECT
// requests, counting them. It answers 200 only once it holds the
// connection (Hijack) and reads the client through the reader Hijack
// returns. A 200 sent through the ResponseWriter goes out before Hijack
// stops net/http's background read of the connection: the client's first
// TLS byte (the ClientHello's 0x16) could land in that reader, which a
// copy from the bare connection never sends on, and the server, seeing no
// TLS record, closed the tunnel ("TLS handshake failed: EOF").
func lcConnectProxy(t *testing.T, tunnels *atomic.Int32) *lcProxy {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodConnect {
			w.WriteHeader(http.StatusMethodNotAllowed)
			return
		}
		up, err := net.Dial("tcp", r.Host)
		if err != nil {
			w.WriteHeader(http.StatusBadGateway)
			return
		}
		tunnels.Add(1)
		down, buf, err := http.NewResponseController(w).Hijack()
		if err != nil {
			up.Close()
			return
		}
		if _, err := io.WriteString(down, "HTTP/1.1 200 Connection established\r\n\r\n"); err != nil {
			up.Close()
			down.Close()
			return
		}
		go func() { _, _ = io.Copy(up, buf.Reader); up.Close() }()
		_, _ = io.Copy(down, up)
		down.Close()
	})}
	go func() { _ = srv.Serve(ln) }()
	t.Cleanup(func() { srv.Close() })
	return &lcProxy{URL: "http://" + ln.Addr().String()}
}

type lcProxy struct{ URL string }
