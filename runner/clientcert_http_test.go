package runner

import (
	"crypto/tls"
	"crypto/x509"
	"io"
	"log"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/authspec/authspec/diagnose"
	"github.com/authspec/authspec/results"
	"github.com/authspec/authspec/secret"
	"github.com/authspec/authspec/secret/secrettest"
)

// TestClientCertificateRequiredInHTTP: a TLS server that asks for a client
// certificate but lets the handshake through (VerifyClientCertIfGiven, as
// nginx's ssl_verify_client and API gateways do) and answers in HTTP that
// a valid one is required: with no tls.cert_file the certificate was
// never sent (no_credentials_sent, advising cert_file), with one the
// server refused it (credential_rejected), whatever the API key sent
// beside it. The API key appears in no form in the output.
func TestClientCertificateRequiredInHTTP(t *testing.T) {
	p := lcNewPKI(t)
	pool := x509.NewCertPool()
	pool.AddCert(p.ca.cert)
	pair, err := tls.X509KeyPair(p.server.certPEM, p.server.keyPEM)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// The server wants a certificate of another CA than the one it
		// verified (a team's registered subject): any is refused here.
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusUnauthorized)
		_, _ = io.WriteString(w, `{"error":{"code":401,"message":"A valid client certificate is required to access this resource."}}`)
	}))
	srv.TLS = &tls.Config{ClientAuth: tls.VerifyClientCertIfGiven, ClientCAs: pool, Certificates: []tls.Certificate{pair}}
	srv.Config.ErrorLog = log.New(io.Discard, "", 0)
	srv.StartTLS()
	t.Cleanup(srv.Close)
	const key = "pk_Cert_Http_7Qw2Zx9"
	suite := `version: 1
name: mtls-http
credentials:
  partner: { type: api_key, header: X-Api-Key, key: "${PARTNER_KEY}" }
environments:
  staging:
    base_url: "{{S}}"
    tls: { {{TLS}} }
scenarios:
  - name: entities
    auth: partner
    request: { path: /v1/entities }
    expect: { status: 200 }
`
	files := map[string]string{"ca.pem": string(p.ca.certPEM), "client.pem": string(p.client.certPEM), "client.key": string(p.client.keyPEM)}
	for _, tc := range []struct {
		name, tls, code, says, evidence string
	}{
		{"none configured", "ca_file: ca.pem", diagnose.NoCredentialsSent,
			"the server requires a TLS client certificate and this environment has none: set tls.cert_file and tls.key_file",
			"this environment has no TLS client certificate (no tls.cert_file)"},
		{"one configured", "ca_file: ca.pem, cert_file: client.pem, key_file: client.key", diagnose.CredentialRejected,
			"the server says a valid TLS client certificate is required, and this environment has one (tls.cert_file): the server did not accept it",
			"this environment has a TLS client certificate (tls.cert_file)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			red := &secret.Redactor{}
			rep := lcRun(t, lcLoad(t, suite, files, "{{S}}", srv.URL, "{{TLS}}", tc.tls), Options{Redactor: red,
				Getenv: func(n string) (string, bool) { return key, n == "PARTNER_KEY" }})
			r := rep.Results[0]
			lcWant(t, r, results.Failed, results.None)
			if len(r.Diagnosis) == 0 {
				t.Fatalf("no diagnosis: %s", r.Message)
			}
			first := r.Diagnosis[0]
			msg, ev := secret.Render(red, first.Message), secret.Render(red, strings.Join(first.Evidence, "\n"))
			if first.Code != tc.code || !strings.HasPrefix(msg, tc.says) || !strings.Contains(ev, tc.evidence) ||
				!strings.Contains(ev, "A valid client certificate is required to access this resource.") {
				t.Errorf("first cause [%s] %q\n%s\nwant [%s] %q… with %q and the server's words", first.Code, msg, ev, tc.code, tc.says, tc.evidence)
			}
			out := []string{secret.Render(red, r.Message)}
			for _, d := range r.Diagnosis {
				out = append(out, secret.Render(red, d.Message), secret.Render(red, strings.Join(d.Evidence, "\n")))
			}
			secrettest.NoForms(t, strings.Join(out, "\n"), key, string(p.client.keyPEM))
		})
	}
}

// TestClientCertificateNotAskedFor: a TLS server that asks for no client
// certificate (ClientAuth: NoClientCert, as a load balancer that ends TLS
// before the API) and answers in HTTP that one is required never got the
// environment's: crypto/tls says nothing of it in ConnectionState, but
// GetClientCertificate is never called, so the diagnosis says it was not
// sent (no_credentials_sent), not that the server refused it. A second
// step on the same connection (keep-alive: no handshake of its own) reads
// the connection's handshake and says the same.
func TestClientCertificateNotAskedFor(t *testing.T) {
	p := lcNewPKI(t)
	srv, conns := certTestServer(t, p, tls.NoClientCert, certRequiredInHTTP(func(r *http.Request) {
		if len(r.TLS.PeerCertificates) > 0 {
			t.Errorf("the server got a client certificate it did not ask for")
		}
	}))
	const key = "pk_Cert_NotAsked_4Vn8Tq2"
	scenarios := `  - name: entities
    auth: partner
    request: { path: /v1/entities }
    expect: { status: 200 }
` + pingThenEntities
	rep, red := runCertSuite(t, p, srv, scenarios, key)
	const says = "the server says a valid TLS client certificate is required, but it asked for none in the TLS handshake, so the certificate of tls.cert_file was not sent"
	const evidence = "this environment has a TLS client certificate (tls.cert_file), but the server asked for none in the TLS handshake of this connection: it was not sent"
	var out []string
	for _, r := range rep.Results {
		lcWant(t, r, results.Failed, results.None)
		if len(r.Diagnosis) == 0 {
			t.Fatalf("%s: no diagnosis: %s", r.Name, secret.Render(red, r.Message))
		}
		first := r.Diagnosis[0]
		msg, ev := secret.Render(red, first.Message), secret.Render(red, strings.Join(first.Evidence, "\n"))
		if first.Code != diagnose.NoCredentialsSent || !strings.HasPrefix(msg, says) || !strings.Contains(ev, evidence) ||
			!strings.Contains(ev, "A valid client certificate is required to access this resource.") {
			t.Errorf("%s: first cause [%s] %q\n%s\nwant [%s] %q… with %q and the server's words", r.Name, first.Code, msg, ev, diagnose.NoCredentialsSent, says, evidence)
		}
		for _, d := range r.Diagnosis {
			if d.Code == diagnose.CredentialRejected && strings.Contains(secret.Render(red, d.Message), "client certificate") {
				t.Errorf("%s: %q: the server never got the certificate to refuse it", r.Name, secret.Render(red, d.Message))
			}
		}
		out = append(out, secret.Render(red, r.Message))
		for _, d := range r.Diagnosis {
			out = append(out, secret.Render(red, d.Message), secret.Render(red, strings.Join(d.Evidence, "\n")))
		}
	}
	// Both cases' three requests, run one at a time, took one connection:
	// the last step's answer came on a connection another step opened.
	if n := conns.Load(); n != 1 {
		t.Errorf("the server saw %d connections, want 1 (the steps reuse one)", n)
	}
	secrettest.NoForms(t, strings.Join(out, "\n"), key, string(p.client.keyPEM))
}

// TestResetOnReusedMutualTLSConnection: a server that asked for a client
// certificate, took it and answered on the connection, then closes it
// while a later step's request is in flight (a worker stopped, a
// keep-alive ended) reset a connection: the certificate was accepted on
// it, so the step's error is no TLS refusal of the certificate and its
// diagnosis names none. What a connection's handshake went through
// (conncert.go) describes an answer that came on it, never an error of a
// later request that reused it.
func TestResetOnReusedMutualTLSConnection(t *testing.T) {
	p := lcNewPKI(t)
	srv, conns := certTestServer(t, p, tls.RequireAndVerifyClientCert, func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodPost {
			panic(http.ErrAbortHandler) // the connection closes, no answer
		}
		_, _ = io.WriteString(w, `{"ok":true}`)
	})
	const key = "pk_Reset_Reused_7Qm3Wx9"
	scenarios := `  - name: ping then create
    auth: partner
    steps:
      - request: { path: /v1/ping }
      - request: { method: POST, path: /v1/items, json: { name: lab } }
        expect: { status: 201 }
`
	rep, red := runCertSuite(t, p, srv, scenarios, key)
	if len(rep.Results) != 1 {
		t.Fatalf("%d results, want 1", len(rep.Results))
	}
	r := rep.Results[0]
	msg := secret.Render(red, r.Message)
	lcWant(t, r, results.Errored, results.ConnectionReset)
	if strings.Contains(msg, "certificate") {
		t.Errorf("message %q: the certificate was accepted on this connection", msg)
	}
	out := []string{msg}
	for _, d := range r.Diagnosis {
		m := secret.Render(red, d.Message)
		out = append(out, m)
		if strings.Contains(m, "certificate") {
			t.Errorf("cause [%s] %q: the certificate was accepted on this connection", d.Code, m)
		}
	}
	if n := conns.Load(); n != 1 {
		t.Errorf("the server saw %d connections, want 1 (the POST reuses the ping's)", n)
	}
	secrettest.NoForms(t, strings.Join(out, "\n"), key, string(p.client.keyPEM))
}

// certTestServer starts a TLS server with p's server certificate that
// asks for a client certificate as auth says (one of p's CA, when it
// verifies), and counts the connections it accepts.
func certTestServer(t *testing.T, p *lcPKI, auth tls.ClientAuthType, h http.HandlerFunc) (*httptest.Server, *atomic.Int32) {
	t.Helper()
	return certTestServerH2(t, p, auth, h, false)
}

// certTestServerH2 is certTestServer offering HTTP/2 when h2 is set.
func certTestServerH2(t *testing.T, p *lcPKI, auth tls.ClientAuthType, h http.HandlerFunc, h2 bool) (*httptest.Server, *atomic.Int32) {
	t.Helper()
	pool := x509.NewCertPool()
	pool.AddCert(p.ca.cert)
	pair, err := tls.X509KeyPair(p.server.certPEM, p.server.keyPEM)
	if err != nil {
		t.Fatal(err)
	}
	conns := new(atomic.Int32)
	srv := httptest.NewUnstartedServer(h)
	srv.TLS = &tls.Config{ClientAuth: auth, ClientCAs: pool, Certificates: []tls.Certificate{pair}}
	srv.Config.ConnState = func(_ net.Conn, s http.ConnState) {
		if s == http.StateNew {
			conns.Add(1)
		}
	}
	srv.Config.ErrorLog = log.New(io.Discard, "", 0)
	srv.EnableHTTP2 = h2
	srv.StartTLS()
	t.Cleanup(srv.Close)
	return srv, conns
}

// runCertSuite runs scenarios (YAML, the list's items) against srv one
// case at a time, in an environment with p's CA and client certificate
// and a credential partner, an API key in X-Api-Key whose value is key.
func runCertSuite(t *testing.T, p *lcPKI, srv *httptest.Server, scenarios, key string) (*results.Report, *secret.Redactor) {
	t.Helper()
	return runCertSuiteVia(t, p, srv, scenarios, key, nil)
}

// runCertSuiteVia is runCertSuite over a base transport of the test's
// (nil: the runner's default).
func runCertSuiteVia(t *testing.T, p *lcPKI, srv *httptest.Server, scenarios, key string, base *http.Transport) (*results.Report, *secret.Redactor) {
	t.Helper()
	suite := `version: 1
name: mtls
credentials:
  partner: { type: api_key, header: X-Api-Key, key: "${PARTNER_KEY}" }
environments:
  staging:
    base_url: "{{S}}"
    tls: { ca_file: ca.pem, cert_file: client.pem, key_file: client.key }
scenarios:
` + scenarios
	files := map[string]string{"ca.pem": string(p.ca.certPEM), "client.pem": string(p.client.certPEM), "client.key": string(p.client.keyPEM)}
	red := &secret.Redactor{}
	return lcRun(t, lcLoad(t, suite, files, "{{S}}", srv.URL), Options{Redactor: red, Parallel: 1, Transport: base,
		Getenv: func(n string) (string, bool) { return key, n == "PARTNER_KEY" }}), red
}

// TestClientCertificateOnResumedSession: a TLS 1.3 handshake that resumes
// a session (a base transport with a ClientSessionCache) asks for no
// certificate, the first handshake's standing for it, so it says nothing
// of whether one went out: a server that then answers in HTTP that a
// valid client certificate is required got the one the first handshake
// sent, and the diagnosis must not say none was sent (no_credentials_sent,
// 'asked for none'). Each step opens a connection of its own here
// (DisableKeepAlives), the second resuming the first's session.
func TestClientCertificateOnResumedSession(t *testing.T) {
	p := lcNewPKI(t)
	var resumed atomic.Int32
	srv, conns := certTestServer(t, p, tls.RequireAndVerifyClientCert, certRequiredInHTTP(func(r *http.Request) {
		if r.TLS.DidResume {
			resumed.Add(1)
		}
	}))
	pair, err := tls.X509KeyPair(p.client.certPEM, p.client.keyPEM)
	if err != nil {
		t.Fatal(err)
	}
	roots := x509.NewCertPool()
	roots.AddCert(p.ca.cert)
	base := http.DefaultTransport.(*http.Transport).Clone()
	base.DisableKeepAlives = true
	base.TLSClientConfig = &tls.Config{RootCAs: roots, Certificates: []tls.Certificate{pair}, ClientSessionCache: tls.NewLRUClientSessionCache(4)}
	const key = "pk_Cert_Resumed_8Zt5Lc3"
	suite := `version: 1
name: mtls-resumed
credentials:
  partner: { type: api_key, header: X-Api-Key, key: "${PARTNER_KEY}" }
environments:
  staging: { base_url: "{{S}}" }
scenarios:
` + pingThenEntities
	red := &secret.Redactor{}
	rep := lcRun(t, lcLoad(t, suite, nil, "{{S}}", srv.URL), Options{Redactor: red, Parallel: 1, Transport: base,
		Getenv: func(n string) (string, bool) { return key, n == "PARTNER_KEY" }})
	if n, m := conns.Load(), resumed.Load(); n != 2 || m != 1 {
		t.Fatalf("%d connections, %d resumed; want 2, the second resumed", n, m)
	}
	r := rep.Results[0]
	lcWant(t, r, results.Failed, results.None)
	var out []string
	for _, d := range r.Diagnosis {
		msg, ev := secret.Render(red, d.Message), secret.Render(red, strings.Join(d.Evidence, "\n"))
		out = append(out, msg, ev)
		if strings.Contains(msg+ev, "asked for none") {
			t.Errorf("[%s] %q\n%s: the first handshake sent the certificate", d.Code, msg, ev)
		}
	}
	if len(r.Diagnosis) == 0 || r.Diagnosis[0].Code == diagnose.NoCredentialsSent {
		t.Errorf("diagnosis %+v: want the certificate read as sent", r.Diagnosis)
	}
	secrettest.NoForms(t, strings.Join(out, "\n"), key, string(p.client.keyPEM))
}

// certRequiredInHTTP answers /v1/ping and refuses every other path in
// HTTP, saying a valid client certificate is required, after seen looks
// at the request.
func certRequiredInHTTP(seen func(*http.Request)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		seen(r)
		w.Header().Set("Content-Type", "application/json")
		if r.URL.Path == "/v1/ping" {
			_, _ = io.WriteString(w, `{"ok":true}`)
			return
		}
		w.WriteHeader(http.StatusUnauthorized)
		_, _ = io.WriteString(w, `{"error":{"code":401,"message":"A valid client certificate is required to access this resource."}}`)
	}
}

// pingThenEntities is a scenario whose second step goes where
// certRequiredInHTTP refuses it, after a first step it answers.
const pingThenEntities = `  - name: ping then entities
    auth: partner
    steps:
      - request: { path: /v1/ping }
      - request: { path: /v1/entities }
        expect: { status: 200 }
`
