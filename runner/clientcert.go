package runner

import (
	"strings"
	"time"

	"github.com/authspec/authspec/diagnose"
	"github.com/authspec/authspec/secret"
)

// clientCertCauses explains a TLS handshake the server refused after it
// asked for a client certificate (w recorded the request): the
// environment's certificate has expired (certificate_expiring), it has
// none (no_credentials_sent), or the server did not accept the one it has
// (credential_rejected), sent or, when its CA is not one the server
// names, kept back. why is the handshake's failure as classify said it.
// Nil when the server asked for no certificate: the failure is not about
// the client's.
func (p *plan) clientCertCauses(st *envState, w *wire, why string) []diagnose.Cause {
	asked, sent, cas := w.certRequest()
	if !asked {
		return nil
	}
	from := ""
	if len(cas) > 0 {
		from = " issued by " + strings.Join(cas, " or ")
	}
	ev := []string{string(secret.Textf("the server asked for a TLS client certificate%s and refused the handshake: %s", from, why))}
	leaf, _, ok := clientLeaf(st)
	if !ok {
		return []diagnose.Cause{{Code: diagnose.NoCredentialsSent, Evidence: ev,
			Message: string(secret.Lit("the server requires a TLS client certificate and this environment has none: set tls.cert_file and tls.key_file to a certificate of a CA the server trusts"))}}
	}
	var file secret.Text // as written; the base transport's certificate has none
	if st.env.TLS != nil {
		file = st.shownFile(st.env.TLS.CertFile)
	}
	ev = append(ev, string(secret.Textf("tls.cert_file %s: %s, issued by %s, valid until %s", file, leaf.Subject, leaf.Issuer, leaf.NotAfter.UTC().Format(time.RFC3339))))
	var out []diagnose.Cause
	// A negative warning period: only a certificate that has expired.
	for _, f := range diagnose.CertificatePreflight(leaf, file, st.env.Name, p.opt.Now(), -1) {
		out = append(out, diagnose.Cause{Code: f.Code, Message: f.Message, Evidence: ev})
	}
	msg := secret.Textf("the server did not accept the TLS client certificate of tls.cert_file %s (%s): it is not one the server trusts, or it was revoked; use a certificate of the CA the server names", file, leaf.Subject)
	if !sent {
		msg = secret.Textf("the server asks for a TLS client certificate%s, and that of tls.cert_file %s is issued by %s, so none was sent: use a certificate of the CA the server names", from, file, leaf.Issuer)
	}
	return append(out, diagnose.Cause{Code: diagnose.CredentialRejected, Message: string(msg), Evidence: ev})
}
