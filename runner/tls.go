package runner

import (
	"crypto/tls"
	"crypto/x509"
	"errors"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/authspec/authspec/secret"
	"github.com/authspec/authspec/suites"
)

// tlsConfigFor reads the environment's TLS settings: nil when it has none
// (the base transport's apply). Unusable TLS files make every case of the
// environment an error that says which file and why, instead of a
// handshake failure later.
func (p *plan) tlsConfigFor(st *envState) (*tls.Config, error) {
	cfg := st.env.TLS
	if cfg == nil {
		return nil, nil
	}
	tc := p.opt.Transport.TLSClientConfig
	if tc == nil {
		tc = &tls.Config{}
	} else {
		tc = tc.Clone()
	}
	tc.InsecureSkipVerify = cfg.Insecure
	if ca, caShown := st.tlsFile(cfg.CAFile); ca != "" {
		pem, err := os.ReadFile(ca)
		if err != nil {
			return nil, tlsErrorf(cfg.CAFile.At(), "tls ca_file: %s", fileError(caShown, err))
		}
		pool := x509.NewCertPool()
		if !pool.AppendCertsFromPEM(pem) {
			return nil, tlsErrorf(cfg.CAFile.At(), "tls ca_file %s holds no PEM certificate", caShown)
		}
		tc.RootCAs = pool
	}
	certFile, certShown := st.tlsFile(cfg.CertFile)
	if keyFile, keyShown := st.tlsFile(cfg.KeyFile); certFile != "" {
		// Each file is read on its own (not tls.LoadX509KeyPair), so an
		// error points at the field that names the file at fault.
		certAt, keyAt := cfg.CertFile.At(), cfg.KeyFile.At()
		certPEM, err := os.ReadFile(certFile)
		if err != nil {
			return nil, tlsErrorf(certAt, "tls cert_file: %s", fileError(certShown, err))
		}
		keyPEM, err := os.ReadFile(keyFile)
		if err != nil {
			return nil, tlsErrorf(keyAt, "tls key_file: %s", fileError(keyShown, err))
		}
		pair, err := tls.X509KeyPair(certPEM, keyPEM)
		if err != nil {
			// The certificate is parsed first (crypto/tls names its PEM
			// "certificate input"; x509 parses its DER): an error that
			// is not about it is about the key, or the key not being the
			// certificate's.
			at, field := keyAt, secret.Lit("key_file ")+keyShown
			if msg := err.Error(); strings.Contains(msg, "certificate input") || strings.HasPrefix(msg, "x509:") {
				at, field = certAt, secret.Lit("cert_file ")+certShown
			}
			return nil, tlsErrorf(at, "tls %s (client certificate %s, key %s): %v", field, certShown, keyShown, err)
		}
		leaf, err := leafOf(pair) // X509KeyPair parsed it already
		if err != nil {
			return nil, tlsErrorf(certAt, "tls cert_file %s: %v", certShown, err)
		}
		// An expired certificate is still offered: preflight warns about
		// it (certificate_expiring), and the server's refusal is evidence.
		now := p.opt.Now()
		if now.Before(leaf.NotBefore) {
			return nil, tlsErrorf(certAt, "tls client certificate %s (%s) is not valid before %s", certShown, leaf.Subject, leaf.NotBefore.UTC().Format("2006-01-02T15:04:05Z"))
		}
		tc.Certificates = []tls.Certificate{pair}
	}
	return tc, nil
}

// tlsFile is the file a tls field names, as read (relative to the suite)
// and as messages show it: the suite's text as written, each ${VAR} that
// holds a secret as the label of this environment's variable. Left to the
// redactor, a path that two environments' variables hold alike would be
// named, in both, by the variable it was first read under.
func (st *envState) tlsFile(s suites.String) (string, secret.Text) {
	v, _ := st.env.Expand(s.Raw, nil)
	if v == "" {
		return "", ""
	}
	shown := st.shownFile(s)
	if !filepath.IsAbs(v) {
		v = filepath.Join(st.suite.Dir, v)
		if st.suite.Dir != "" && st.suite.Dir != "." {
			shown = secret.Lit(st.suite.Dir+string(filepath.Separator)) + shown
		}
	}
	return v, shown
}

// shownFile is a tls field's file as written, each ${VAR} that holds a
// secret as the label of this environment's variable.
func (st *envState) shownFile(s suites.String) secret.Text {
	return st.shower(nil, st.opt.Redactor).template(s.Raw)
}

// fileError is err, an error reading a file, with the file as shown
// (the *fs.PathError's path would be redacted as any value is).
func fileError(shown secret.Text, err error) secret.Text {
	var pe *fs.PathError
	if !errors.As(err, &pe) {
		return secret.Textf("%v", err)
	}
	why := secret.Textf("%v", pe.Err)
	var errno syscall.Errno
	if errors.As(pe.Err, &errno) {
		why = secret.Lit(errno.Error()) // the system's words, no value in them
	}
	return secret.Textf("%s %s: %s", secret.Lit(pe.Op), shown, why)
}

// tlsFileError is an unusable TLS file, with where the suite names it.
type tlsFileError struct {
	at  suites.Pos
	msg secret.Text
}

// tlsErrorf is a tlsFileError at the field naming the file, its message
// formatted as secret.Textf does.
func tlsErrorf(at suites.Pos, format string, args ...any) error {
	return &tlsFileError{at, secret.Textf(format, args...)}
}

func (e *tlsFileError) Error() string { return string(e.msg) }

// Text keeps the message's marks where it is quoted (secret.Textf).
func (e *tlsFileError) Text() secret.Text { return e.msg }

// httpTransport is the environment's transport, built when first asked
// for: a clone of the base with its TLS settings and enough idle
// connections for --parallel, shared by every scenario of the environment.
// lint and a plan that sends nothing never build one (a clone per
// environment was a fixed cost of each suite file).
func (st *envState) httpTransport() *http.Transport {
	st.transportOnce.Do(func() {
		t := st.opt.Transport.Clone()
		t.MaxIdleConnsPerHost = max(st.opt.Parallel, 2)
		t.MaxIdleConns = max(t.MaxIdleConns, 4*st.opt.Parallel)
		if st.tlsConfig != nil {
			t.TLSClientConfig = st.tlsConfig
		}
		t.TLSClientConfig = notingCertRequests(t.TLSClientConfig)
		t.DialContext = recordingCerts(t)
		st.transport.Store(t)
	})
	return st.transport.Load()
}

// tlsDetail names the certificate behind a verification error, which Go's
// message leaves out. Its words are literal; the certificate's names and
// Go's message are values.
func tlsDetail(err error) secret.Text {
	var ua x509.UnknownAuthorityError
	if errors.As(err, &ua) && ua.Cert != nil {
		return secret.Textf("the server's certificate (%s, issued by %s) is signed by a CA this environment does not trust; set tls.ca_file", ua.Cert.Subject.String(), ua.Cert.Issuer.String())
	}
	var ci x509.CertificateInvalidError
	if errors.As(err, &ci) && ci.Cert != nil {
		return secret.Textf("the server's certificate (%s) is invalid: %s", ci.Cert.Subject.String(), ci.Detail)
	}
	var he x509.HostnameError
	if errors.As(err, &he) && he.Certificate != nil {
		return secret.Textf("the server's certificate (%s) is not valid for %s", he.Certificate.Subject.String(), he.Host)
	}
	// Alerts from a server that wants a client certificate (mTLS). Go's
	// client sends none when its certificate's issuer is not one the
	// server asks for, so "certificate required" covers both cases.
	switch msg := err.Error(); {
	case strings.Contains(msg, "remote error: tls: certificate required"):
		return secret.Textf("the server requires a client certificate and none it accepts was sent; set tls.cert_file and tls.key_file to a certificate issued by a CA the server trusts (%s)", msg)
	case strings.Contains(msg, "remote error: tls: bad certificate"), strings.Contains(msg, "remote error: tls: unknown certificate authority"),
		strings.Contains(msg, "remote error: tls: expired certificate"), strings.Contains(msg, "remote error: tls: revoked certificate"):
		return secret.Textf("the server refused the client certificate of tls.cert_file (%s)", msg)
	}
	return ""
}

// notingCertRequests is tc (a new one when nil) choosing its client
// certificate as Go does, the first of Certificates the server's request
// supports or none, or by its own GetClientCertificate, and telling the
// step's wire that the server asked (noteCertRequest): a refused handshake
// can then say whether a certificate was asked for and sent.
func notingCertRequests(tc *tls.Config) *tls.Config {
	if tc == nil {
		tc = &tls.Config{}
	} else {
		tc = tc.Clone()
	}
	certs, get := tc.Certificates, tc.GetClientCertificate
	tc.GetClientCertificate = func(cri *tls.CertificateRequestInfo) (*tls.Certificate, error) {
		if get != nil {
			c, err := get(cri)
			noteCertRequest(cri, err == nil && c != nil && len(c.Certificate) > 0)
			return c, err
		}
		for i := range certs {
			if cri.SupportsCertificate(&certs[i]) == nil {
				noteCertRequest(cri, true)
				return &certs[i], nil
			}
		}
		noteCertRequest(cri, false)
		return new(tls.Certificate), nil
	}
	return tc
}
