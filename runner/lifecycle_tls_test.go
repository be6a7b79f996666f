package runner

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"fmt"
	"io"
	"log"
	"math/big"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/authspec/authspec/diagnose"
	"github.com/authspec/authspec/results"
	"github.com/authspec/authspec/secret"
)

// lcCert is a certificate with its key, parsed and as PEM.
type lcCert struct {
	cert    *x509.Certificate
	key     *ecdsa.PrivateKey
	certPEM []byte
	keyPEM  []byte
}

var lcSerial atomic.Int64

// lcIssue makes an ECDSA P-256 certificate for cn, signed by parent (self-
// signed as a CA when parent is nil), valid until notAfter.
func lcIssue(t *testing.T, cn string, parent *lcCert, server bool, notAfter time.Time) *lcCert {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(lcSerial.Add(1)),
		Subject:      pkix.Name{CommonName: cn, Organization: []string{"authspec tests"}},
		NotBefore:    notAfter.Add(-48 * time.Hour * 365),
		NotAfter:     notAfter,
		KeyUsage:     x509.KeyUsageDigitalSignature,
	}
	signer, signerKey := tmpl, key
	switch {
	case parent == nil:
		tmpl.IsCA, tmpl.BasicConstraintsValid = true, true
		tmpl.KeyUsage |= x509.KeyUsageCertSign
	case server:
		tmpl.ExtKeyUsage = []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth}
		tmpl.IPAddresses = []net.IP{net.ParseIP("127.0.0.1")}
		tmpl.DNSNames = []string{"localhost"}
		signer, signerKey = parent.cert, parent.key
	default:
		tmpl.ExtKeyUsage = []x509.ExtKeyUsage{x509.ExtKeyUsageClientAuth}
		signer, signerKey = parent.cert, parent.key
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, signer, &key.PublicKey, signerKey)
	if err != nil {
		t.Fatal(err)
	}
	cert, _ := x509.ParseCertificate(der)
	keyDER, err := x509.MarshalECPrivateKey(key)
	if err != nil {
		t.Fatal(err)
	}
	return &lcCert{cert: cert, key: key,
		certPEM: pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}),
		keyPEM:  pem.EncodeToMemory(&pem.Block{Type: "EC PRIVATE KEY", Bytes: keyDER})}
}

// lcPKI is a CA that signs the server and client certificates, and a
// second CA that the client does not trust.
type lcPKI struct {
	ca, other, server, otherServer, client, expired, stranger *lcCert
}

func lcNewPKI(t *testing.T) *lcPKI {
	later := time.Now().Add(24 * time.Hour)
	p := &lcPKI{ca: lcIssue(t, "authspec test CA", nil, false, later), other: lcIssue(t, "some other CA", nil, false, later)}
	p.server = lcIssue(t, "api.test server", p.ca, true, later)
	p.otherServer = lcIssue(t, "impostor.test server", p.other, true, later)
	p.client = lcIssue(t, "payments client", p.ca, false, later)
	p.expired = lcIssue(t, "old client", p.ca, false, time.Now().Add(-time.Hour))
	p.stranger = lcIssue(t, "stranger client", p.other, false, later)
	return p
}

// lcTLSServer requires a client certificate signed by the test CA and
// answers with the client's common name.
func lcTLSServer(t *testing.T, p *lcPKI, serverCert *lcCert) *httptest.Server {
	t.Helper()
	pool := x509.NewCertPool()
	pool.AddCert(p.ca.cert)
	pair, err := tls.X509KeyPair(serverCert.certPEM, serverCert.keyPEM)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_, _ = w.Write([]byte(r.TLS.PeerCertificates[0].Subject.CommonName))
	}))
	srv.TLS = &tls.Config{ClientAuth: tls.RequireAndVerifyClientCert, ClientCAs: pool, Certificates: []tls.Certificate{pair}}
	srv.Config.ErrorLog = log.New(io.Discard, "", 0) // handshake failures are the point
	srv.StartTLS()
	t.Cleanup(srv.Close)
	return srv
}

const lcTLSSuite = `version: 1
name: mtls
environments:
  staging:
    base_url: "{{S}}"
    tls: { {{TLS}} }
scenarios:
  - name: client certificate accepted
    request: { path: /v1/me }
    expect: { status: 200, body_contains: payments client }
`

func TestLCMutualTLS(t *testing.T) {
	p := lcNewPKI(t)
	srv := lcTLSServer(t, p, p.server)
	impostor := lcTLSServer(t, p, p.otherServer)
	files := map[string]string{
		"ca.pem": string(p.ca.certPEM), "other-ca.pem": string(p.other.certPEM),
		"client.pem": string(p.client.certPEM), "client.key": string(p.client.keyPEM),
		"expired.pem": string(p.expired.certPEM), "expired.key": string(p.expired.keyPEM),
		"stranger.pem": string(p.stranger.certPEM), "stranger.key": string(p.stranger.keyPEM),
		"other.key": string(p.stranger.keyPEM), "garbage.pem": "not a certificate\n",
	}
	for _, tc := range []struct {
		name, url, tls string
		typ            results.Kind // None when it passes
		wants          []string
	}{
		{"ok", srv.URL, "ca_file: ca.pem, cert_file: client.pem, key_file: client.key", results.None, nil},
		{"missing cert file", srv.URL, "ca_file: ca.pem, cert_file: nope.pem, key_file: client.key", results.TLS,
			[]string{"nope.pem", "no such file"}},
		{"missing ca file", srv.URL, "ca_file: nope-ca.pem, cert_file: client.pem, key_file: client.key", results.TLS,
			[]string{"ca_file", "nope-ca.pem", "no such file"}},
		{"ca file without certificate", srv.URL, "ca_file: garbage.pem, cert_file: client.pem, key_file: client.key", results.TLS,
			[]string{"garbage.pem", "no PEM certificate"}},
		{"cert does not match key", srv.URL, "ca_file: ca.pem, cert_file: client.pem, key_file: other.key", results.TLS,
			[]string{"client.pem", "other.key", "does not match"}},
		// An expired certificate is still offered (preflight warns, see
		// TestLCMutualTLSExpiredWarns); the server's refusal is the error.
		{"expired client cert", srv.URL, "ca_file: ca.pem, cert_file: expired.pem, key_file: expired.key", results.TLS,
			[]string{"refused the client certificate", "expired certificate"}},
		{"unknown server CA", impostor.URL, "ca_file: ca.pem, cert_file: client.pem, key_file: client.key", results.TLS,
			[]string{"impostor.test server", "some other CA", "ca_file"}},
		{"no client cert", srv.URL, "ca_file: ca.pem", results.TLS,
			[]string{"client certificate", "cert_file"}},
		{"client cert from unknown CA", srv.URL, "ca_file: ca.pem, cert_file: stranger.pem, key_file: stranger.key", results.TLS,
			[]string{"client certificate"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ss := lcLoad(t, lcTLSSuite, files, "{{S}}", tc.url, "{{TLS}}", tc.tls)
			start := time.Now()
			rep := lcRun(t, ss, Options{})
			// A hang bound, not a speed target: a TLS failure must end
			// the request, never wait for a timeout.
			if d := time.Since(start); d > 20*time.Second {
				t.Errorf("took %s: the TLS failure did not end the request", d)
			}
			r := rep.Results[0]
			if tc.typ == results.None {
				lcWant(t, r, results.Passed, results.None)
				return
			}
			lcWant(t, r, results.Errored, tc.typ)
			for _, w := range tc.wants {
				if !strings.Contains(r.Message, w) {
					t.Errorf("message %q does not mention %q", r.Message, w)
				}
			}
			lcNoSecrets(t, rep, string(p.client.keyPEM), string(p.stranger.keyPEM), string(p.expired.keyPEM))
		})
	}
}

// TLS files that cannot be used make every case of the environment an
// error; preflight (so lint) says so first, as an error at the file's
// place in the suite, naming the file and why, without the key.
func TestLCMutualTLSUnusableFilesInPreflight(t *testing.T) {
	p := lcNewPKI(t)
	files := map[string]string{"ca.pem": string(p.ca.certPEM), "client.pem": string(p.client.certPEM),
		"client.key": string(p.client.keyPEM), "other.key": string(p.stranger.keyPEM), "garbage.pem": "not a certificate\n"}
	future := lcIssue(t, "future client", p.ca, false, time.Now().Add(3*365*24*time.Hour)) // valid from a year on
	files["future.pem"], files["future.key"] = string(future.certPEM), string(future.keyPEM)
	for _, tc := range []struct{ name, tls, at, want string }{
		{"missing ca file", "ca_file: nope-ca.pem, cert_file: client.pem, key_file: client.key", "ca_file: nope-ca.pem", "no such file"},
		{"ca file without certificate", "ca_file: garbage.pem, cert_file: client.pem, key_file: client.key", "ca_file: garbage.pem", "no PEM certificate"},
		{"missing cert file", "ca_file: ca.pem, cert_file: nope.pem, key_file: client.key", "cert_file: nope.pem", "no such file"},
		{"cert file without certificate", "ca_file: ca.pem, cert_file: garbage.pem, key_file: client.key", "cert_file: garbage.pem", "certificate input"},
		{"cert and key switched", "ca_file: ca.pem, cert_file: client.key, key_file: client.pem", "cert_file: client.key", "switched"},
		{"missing key file", "ca_file: ca.pem, cert_file: client.pem, key_file: nope.key", "key_file: nope.key", "no such file"},
		{"key file without key", "ca_file: ca.pem, cert_file: client.pem, key_file: garbage.pem", "key_file: garbage.pem", "key input"},
		{"cert does not match key", "ca_file: ca.pem, cert_file: client.pem, key_file: other.key", "key_file: other.key", "does not match"},
		{"cert not yet valid", "ca_file: ca.pem, cert_file: future.pem, key_file: future.key", "cert_file: future.pem", "not valid before"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ss := lcLoad(t, lcTLSSuite, files, "{{S}}", "https://127.0.0.1:1", "{{TLS}}", tc.tls)
			fs, err := Preflight(ss, Options{})
			if err != nil {
				t.Fatal(err)
			}
			line := "    tls: { " + tc.tls + " }" // line 6 of lcTLSSuite
			var got []string
			for _, f := range fs {
				got = append(got, fmt.Sprintf("%d:%d %s %s %s", f.Line, f.Col, f.Severity, f.Code, f.Message))
				if f.Severity == diagnose.SeverityError && f.Code == diagnose.CredentialMissing && f.Line == 6 &&
					f.Col > 0 && strings.HasPrefix(line[f.Col-1:], tc.at) && strings.Contains(f.Message, tc.want) {
					return
				}
			}
			t.Errorf("findings %q: want an error at %s on line 6 saying %q", got, tc.at, tc.want)
		})
	}
}

// An expired client certificate is a preflight warning attached to the
// case, naming the file and the subject, and the request is still sent:
// findings other than a missing or placeholder credential never stop run.
func TestLCMutualTLSExpiredWarns(t *testing.T) {
	p := lcNewPKI(t)
	srv := lcTLSServer(t, p, p.server)
	ss := lcLoad(t, lcTLSSuite, map[string]string{"ca.pem": string(p.ca.certPEM),
		"expired.pem": string(p.expired.certPEM), "expired.key": string(p.expired.keyPEM)},
		"{{S}}", srv.URL, "{{TLS}}", "ca_file: ca.pem, cert_file: expired.pem, key_file: expired.key")
	rep := lcRun(t, ss, Options{})
	r := rep.Results[0]
	if len(r.Steps) == 0 {
		t.Fatalf("nothing was sent for an expired client certificate: %s", r.Message)
	}
	found := false
	for _, w := range r.Warnings {
		if w.Code == "certificate_expiring" && strings.Contains(w.Message, "expired.pem") && strings.Contains(w.Message, "old client") && strings.Contains(w.Message, "expired") {
			found = true
		}
	}
	if !found || r.Warnings[0].Severity != results.SeverityWarning {
		t.Errorf("warnings %+v: want a certificate_expiring warning naming expired.pem and its subject", r.Warnings)
	}
	lcNoSecrets(t, rep, string(p.expired.keyPEM))
}

// A TLS file named by a relative path is found beside the suite, not in
// the working directory.
func TestLCMutualTLSRelativeToSuite(t *testing.T) {
	p := lcNewPKI(t)
	srv := lcTLSServer(t, p, p.server)
	ss := lcLoad(t, lcTLSSuite, map[string]string{"certs/ca.pem": string(p.ca.certPEM),
		"certs/client.pem": string(p.client.certPEM), "certs/client.key": string(p.client.keyPEM)},
		"{{S}}", srv.URL, "{{TLS}}", "ca_file: certs/ca.pem, cert_file: certs/client.pem, key_file: certs/client.key")
	wd, _ := os.Getwd()
	if _, err := os.Stat(filepath.Join(wd, "certs")); err == nil {
		t.Skip("a certs directory exists in the working directory")
	}
	lcWant(t, lcRun(t, ss, Options{}).Results[0], results.Passed, results.None)
}

// A client certificate that expires within --expiry-warning is a
// preflight warning naming the file, its subject and notAfter; the
// request is still sent.
func TestLCClientCertificateExpiring(t *testing.T) {
	p := lcNewPKI(t) // the client certificate expires in 24 hours
	srv := lcTLSServer(t, p, p.server)
	ss := lcLoad(t, lcTLSSuite, map[string]string{"ca.pem": string(p.ca.certPEM), "client.pem": string(p.client.certPEM), "client.key": string(p.client.keyPEM)},
		"{{S}}", srv.URL, "{{TLS}}", "ca_file: ca.pem, cert_file: client.pem, key_file: client.key")
	rep := lcRun(t, ss, Options{})
	lcWant(t, rep.Results[0], results.Passed, results.None)
	var found []results.Finding
	for _, f := range rep.Findings {
		if f.Code == "certificate_expiring" {
			found = append(found, f)
		}
	}
	if len(found) != 1 {
		t.Fatalf("certificate_expiring findings %+v, want one", rep.Findings)
	}
	f := found[0]
	msg := secret.Plain(f.Message)
	if f.Severity != results.SeverityWarning || f.Line == 0 || !strings.Contains(msg, "client.pem") || !strings.Contains(msg, "CN=payments client") || !strings.Contains(msg, "expires in") {
		t.Errorf("finding %+v (%s)", f, msg)
	}
	lcNoSecrets(t, rep, string(p.client.keyPEM))
	// --expiry-warning shorter than what is left: no warning.
	rep = lcRun(t, ss, Options{ExpiryWarning: time.Hour})
	for _, f := range rep.Findings {
		if f.Code == "certificate_expiring" {
			t.Errorf("with a 1h window: %+v", f)
		}
	}
}
