package runner

import (
	"crypto/tls"
	"crypto/x509"
	"net"
	"strings"
	"testing"

	"github.com/authspec/authspec/diagnose"
	"github.com/authspec/authspec/results"
	"github.com/authspec/authspec/secret"
)

// TestClientCertificateCauses: a handshake refused after the server asked
// for a client certificate is explained by the environment's certificate:
// none (no_credentials_sent), expired (certificate_expiring, then
// credential_rejected), of a CA the server does not name (kept back, so
// credential_rejected says none was sent). A server certificate the client
// refused, before the server could ask, has no cause.
func TestClientCertificateCauses(t *testing.T) {
	p := lcNewPKI(t)
	srv := lcTLSServer(t, p, p.server)
	impostor := lcTLSServer(t, p, p.otherServer)
	files := map[string]string{
		"ca.pem": string(p.ca.certPEM), "client.pem": string(p.client.certPEM), "client.key": string(p.client.keyPEM),
		"expired.pem": string(p.expired.certPEM), "expired.key": string(p.expired.keyPEM),
		"stranger.pem": string(p.stranger.certPEM), "stranger.key": string(p.stranger.keyPEM),
	}
	for _, tc := range []struct {
		name, url, tls string
		codes          []string
		says           string // in the first cause's message
	}{
		{"no client cert", srv.URL, "ca_file: ca.pem", []string{diagnose.NoCredentialsSent}, "has none"},
		{"expired client cert", srv.URL, "ca_file: ca.pem, cert_file: expired.pem, key_file: expired.key",
			[]string{diagnose.CertificateExpiring, diagnose.CredentialRejected}, "expired"},
		{"client cert from another CA", srv.URL, "ca_file: ca.pem, cert_file: stranger.pem, key_file: stranger.key",
			[]string{diagnose.CredentialRejected}, "so none was sent"},
		{"server cert of another CA", impostor.URL, "ca_file: ca.pem, cert_file: client.pem, key_file: client.key", nil, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rep := lcRun(t, lcLoad(t, lcTLSSuite, files, "{{S}}", tc.url, "{{TLS}}", tc.tls), Options{})
			r := rep.Results[0]
			lcWant(t, r, results.Errored, results.TLS)
			var got []string
			for _, c := range r.Diagnosis {
				got = append(got, c.Code)
				ev := secret.Plain(strings.Join(c.Evidence, "\n"))
				if c.Message == "" || !strings.Contains(ev, "asked for a TLS client certificate issued by CN=authspec test CA") {
					t.Errorf("[%s] without a message, or evidence without the CA the server named: %q", c.Code, ev)
				}
			}
			if strings.Join(got, ",") != strings.Join(tc.codes, ",") {
				t.Fatalf("causes %v, want %v (%s)", got, tc.codes, r.Message)
			}
			if tc.says != "" && !strings.Contains(secret.Plain(r.Diagnosis[0].Message), tc.says) {
				t.Errorf("first cause %q does not say %q", r.Diagnosis[0].Message, tc.says)
			}
			lcNoSecrets(t, rep, string(p.client.keyPEM), string(p.stranger.keyPEM), string(p.expired.keyPEM))
		})
	}
}

// TestClientCertificateReset: a server that asks for a client certificate
// and, given none, resets the connection without an alert (as TLS 1.3
// lets the client's write race the server's alert) is a TLS refusal of
// the certificate, not a bare connection reset.
func TestClientCertificateReset(t *testing.T) {
	p := lcNewPKI(t)
	pair, err := tls.X509KeyPair(p.server.certPEM, p.server.keyPEM)
	if err != nil {
		t.Fatal(err)
	}
	pool := x509.NewCertPool()
	pool.AddCert(p.ca.cert)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ln.Close() })
	cfg := &tls.Config{Certificates: []tls.Certificate{pair}, ClientAuth: tls.RequestClientCert, ClientCAs: pool}
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			tc := tls.Server(c, cfg)
			_ = tc.Handshake()
			c.(*net.TCPConn).SetLinger(0) // a reset, and no alert
			c.Close()
		}
	}()
	files := map[string]string{"ca.pem": string(p.ca.certPEM)}
	rep := lcRun(t, lcLoad(t, lcTLSSuite, files, "{{S}}", "https://"+ln.Addr().String(), "{{TLS}}", "ca_file: ca.pem"), Options{})
	r := rep.Results[0]
	lcWant(t, r, results.Errored, results.TLS)
	if !strings.Contains(r.Message, "asked for a client certificate and closed the connection") {
		t.Errorf("message %q", r.Message)
	}
	if len(r.Diagnosis) == 0 || r.Diagnosis[0].Code != diagnose.NoCredentialsSent {
		t.Errorf("causes %v, want no_credentials_sent first", r.Diagnosis)
	}
}
