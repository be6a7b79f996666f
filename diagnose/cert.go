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

// clientCertExpired: the environment's TLS client certificate had
// expired when the request was sent (and was not kept from a server that
// asked for none).
func clientCertExpired(a *analysis) bool {
	return a.ex.ClientCert && !a.ex.ClientCertNotAsked && !a.ex.ClientCertNotAfter.IsZero() && !analysisNow(a).Before(a.ex.ClientCertNotAfter)
}

// analysisNow is the exchange's time (Analyze sets it; a zero one is now).
func analysisNow(a *analysis) time.Time {
	if a.ex.Now.IsZero() {
		return time.Now()
	}
	return a.ex.Now
}

// clientCertCurrent: the environment has a TLS client certificate that
// had not expired (or whose notAfter is not known), not kept from a
// server that asked for none.
func clientCertCurrent(a *analysis) bool {
	return a.ex.ClientCert && !a.ex.ClientCertNotAsked && !clientCertExpired(a)
}

// certAskedNothingSent: the server asked for a TLS client certificate in
// the handshake, the environment has none, and the request carried no
// other credential: nothing the server could identify the caller by.
func certAskedNothingSent(a *analysis) bool {
	return a.ex.ClientCertAsked && !a.ex.ClientCert && !a.sent.any()
}

// certKeptBack: the server asked for a TLS client certificate, the
// environment's was not sent (its issuer is not among the CAs the server
// named), and the request carried no other credential.
func certKeptBack(a *analysis) bool {
	return a.ex.ClientCertKeptBack && !a.sent.any()
}

// certKeptEvidence: what the handshake showed.
func certKeptEvidence(*analysis) []string {
	return []string{lit("the server asked for a TLS client certificate in the handshake, and the one of tls.cert_file was not sent: its issuer is not among the CAs the server named")}
}

// certExpiredEvidence: the certificate's notAfter, beside the words.
func certExpiredEvidence(a *analysis) []string {
	return []string{textf("this environment's TLS client certificate (tls.cert_file) expired %s ago (notAfter %s)",
		secret.Lit(human(a.ex.ClientCertNotAfter.Sub(analysisNow(a)))), secret.Lit(stamp(a.ex.ClientCertNotAfter)))}
}

// certAskedEvidence: what the handshake showed.
func certAskedEvidence(*analysis) []string {
	return []string{lit("the server asked for a TLS client certificate in the handshake; this environment has none (no tls.cert_file)")}
}
