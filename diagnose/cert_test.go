package diagnose

import (
	"crypto/x509"
	"crypto/x509/pkix"
	"strings"
	"testing"
	"time"

	"github.com/authspec/authspec/secret"
)

func TestCertificatePreflight(t *testing.T) {
	now := time.Date(2026, 11, 22, 10, 0, 0, 0, time.UTC)
	cert := func(notAfter time.Time) *x509.Certificate {
		return &x509.Certificate{Subject: pkix.Name{CommonName: "payments client", Organization: []string{"Acme"}}, NotAfter: notAfter}
	}
	cases := []struct {
		name    string
		cert    *x509.Certificate
		window  time.Duration
		message string // "" when no finding
	}{
		{"expires in 3 days", cert(now.Add(72 * time.Hour)), 0,
			"the TLS client certificate certs/client.pem (CN=payments client,O=Acme) expires in 3 days (notAfter 2026-11-25T10:00:00Z); issue a new certificate before then and update cert_file and key_file"},
		{"expires in 30 days", cert(now.Add(30 * 24 * time.Hour)), 0, ""},
		{"expires in 30 days, 60d window", cert(now.Add(30 * 24 * time.Hour)), 60 * 24 * time.Hour,
			"the TLS client certificate certs/client.pem (CN=payments client,O=Acme) expires in 30 days (notAfter 2026-12-22T10:00:00Z); issue a new certificate before then and update cert_file and key_file"},
		{"warning off", cert(now.Add(72 * time.Hour)), -1, ""},
		{"expired, warning off", cert(now.Add(-2 * time.Hour)), -1,
			"the TLS client certificate certs/client.pem (CN=payments client,O=Acme) expired 2 hours ago (notAfter 2026-11-22T08:00:00Z): the server will refuse the handshake; issue a new certificate and update cert_file and key_file"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			fs := CertificatePreflight(tc.cert, "certs/client.pem", "staging", now, tc.window)
			if tc.message == "" {
				if len(fs) != 0 {
					t.Fatalf("findings %+v, want none", fs)
				}
				return
			}
			if len(fs) != 1 {
				t.Fatalf("findings %+v, want one", fs)
			}
			f := fs[0]
			if f.Code != CertificateExpiring || f.Severity != SeverityWarning || f.Env != "staging" {
				t.Errorf("finding %+v", f)
			}
			if got := secret.Plain(f.Message); got != tc.message {
				t.Errorf("message\n got %s\nwant %s", got, tc.message)
			}
			// authspec's words stay whatever secret the run knows.
			r := &secret.Redactor{}
			r.Add("PASSWORD", "client")
			if got := secret.Render(r, f.Message); got == secret.Plain(f.Message) || !containsAll(got, "the TLS client certificate", "issue a new certificate") {
				t.Errorf("rendered with a secret %q: %s", "client", got)
			}
		})
	}
}

func containsAll(s string, subs ...string) bool {
	for _, x := range subs {
		if !strings.Contains(s, x) {
			return false
		}
	}
	return true
}
