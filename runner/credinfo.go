package runner

import (
	"crypto/tls"
	"crypto/x509"
	"path/filepath"
	"time"

	"github.com/authspec/authspec/diagnose"
	"github.com/authspec/authspec/results"
	"github.com/authspec/authspec/secret"
	"github.com/authspec/authspec/suites"
	"github.com/authspec/authspec/vocab"
)

// credentialInfos lists the credentials of the selected environments, in
// suite, environment and name order. Called after the run, so OAuth tokens
// fetched during it have their expiry.
func (p *plan) credentialInfos() []results.CredentialInfo {
	var out []results.CredentialInfo
	for _, st := range p.envs {
		if !st.selected {
			continue
		}
		for _, name := range sortedNames(st.creds) {
			cs := st.creds[name]
			info := results.CredentialInfo{Environment: st.env.Name, Suite: st.suite.File, Name: name, Type: cs.cred.Type,
				// A previous: whose value is empty here is no rotation under
				// way (its probe is skipped): the baseline must not call the
				// credential not rotated on every run until the first one.
				HasPrevious: cs.cred.Previous.IsSet() && cs.previous != ""}
			var val string
			if f, ok := vocab.PrimaryField[cs.cred.Type]; ok {
				v := cs.fields.at(f)
				info.Source, val = v.Name, v.Value
			} else if len(cs.cred.Headers) > 0 {
				h := cs.cred.Headers[0]
				info.Source = sourceName(cs.cred, "headers."+h.Name, h.Value.Raw)
				val, _ = st.env.Expand(h.Value.Raw, nil)
			}
			if len(cs.missing) == 0 && val != "" {
				info.Fingerprint = secret.Fingerprint(val)
			}
			if cs.cred.Type == vocab.CredBearer && len(cs.missing) == 0 {
				if t, err := diagnose.DecodeJWT(val); err == nil {
					if exp, ok := t.Expiry(); ok {
						info.Expires, info.ExpirySource = exp, results.ExpiryJWT
					}
				}
			}
			if cs.cred.Type == vocab.CredOAuth2CC {
				if exp := st.tokens.expiry(name); !exp.IsZero() {
					info.Expires, info.ExpirySource = exp, results.ExpiryOAuthToken
				}
			}
			out = append(out, info)
		}
		if cert, ok := clientCertificate(st); ok {
			out = append(out, cert)
		}
	}
	return out
}

// clientCertificate describes the environment's TLS client certificate.
func clientCertificate(st *envState) (results.CredentialInfo, bool) {
	leaf, src, ok := clientLeaf(st)
	if !ok {
		return results.CredentialInfo{}, false
	}
	return results.CredentialInfo{Environment: st.env.Name, Suite: st.suite.File, Name: "tls client certificate",
		Type: "client_certificate", Source: src, Fingerprint: secret.Fingerprint(string(leaf.Raw)),
		Expires: leaf.NotAfter, ExpirySource: results.ExpiryCertificate}, true
}

// clientLeaf is the environment's TLS client certificate and the file it
// was read from, as written in the suite (a whole ${VAR} by its name).
func clientLeaf(st *envState) (*x509.Certificate, string, bool) {
	tc := st.tlsConfig
	if tc == nil {
		tc = st.opt.Transport.TLSClientConfig // the base's, when the environment sets none
	}
	if tc == nil || len(tc.Certificates) == 0 {
		return nil, "", false
	}
	leaf, err := leafOf(tc.Certificates[0])
	if err != nil {
		return nil, "", false
	}
	src := ""
	if st.env.TLS != nil {
		// As written, as a credential's source is its variable: the path
		// a ${VAR} holds is a secret's value, and a report writes the
		// source literally.
		src = st.env.TLS.CertFile.Raw
		if ref, ok := suites.WholeRef(src); ok {
			src = ref
		}
		src = filepath.ToSlash(src)
	}
	return leaf, src, true
}

func leafOf(pair tls.Certificate) (*x509.Certificate, error) {
	if pair.Leaf != nil {
		return pair.Leaf, nil
	}
	return x509.ParseCertificate(pair.Certificate[0])
}

// expiry is when the cached token of a credential runs out; zero when no
// token was fetched or the endpoint gave no expires_in.
func (c *tokenCache) expiry(name string) time.Time {
	c.mu.Lock()
	t := c.m[name]
	c.mu.Unlock()
	if t == nil {
		return time.Time{}
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.expiry
}
