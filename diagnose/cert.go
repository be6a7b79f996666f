package diagnose

import (
	"crypto/x509"
	"time"

	"github.com/authspec/authspec/secret"
)

// CertificatePreflight warns, before anything is sent, that an
// environment's TLS client certificate (read from file, as shown: a secret
// ${VAR} in it as its label) expires within expiryWarning or has expired:
// the server would refuse the handshake.
// The finding names the file, the certificate's subject and its notAfter.
// expiryWarning works as in Preflight (zero: DefaultExpiryWarning,
// negative: no warning before the certificate has expired). A zero now
// means time.Now().
func CertificatePreflight(cert *x509.Certificate, file secret.Text, env string, now time.Time, expiryWarning time.Duration) []Finding {
	if cert == nil {
		return nil
	}
	if now.IsZero() {
		now = time.Now()
	}
	if expiryWarning == 0 {
		expiryWarning = DefaultExpiryWarning
	}
	exp := cert.NotAfter
	d := exp.Sub(now)
	var msg secret.Text
	switch {
	case d <= 0:
		msg = secret.Textf("the TLS client certificate %s (%s) expired %s ago (notAfter %s): the server will refuse the handshake; issue a new certificate and update cert_file and key_file",
			file, cert.Subject.String(), human(d), stamp(exp))
	case expiryWarning > 0 && d <= expiryWarning:
		msg = secret.Textf("the TLS client certificate %s (%s) expires in %s (notAfter %s); issue a new certificate before then and update cert_file and key_file",
			file, cert.Subject.String(), human(d), stamp(exp))
	default:
		return nil
	}
	return []Finding{{Severity: findingSeverity(CertificateExpiring), Code: CertificateExpiring, Message: string(msg), Env: env}}
}
