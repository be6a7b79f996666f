package runner

import (
	"slices"
	"strings"
	"testing"

	"github.com/authspec/authspec/report"
	"github.com/authspec/authspec/results"
	"github.com/authspec/authspec/secret"
	"github.com/authspec/authspec/secret/secrettest"
)

// lcTwoEnvTLSSuite has two environments whose tls files come from each
// one's own env file variables, which hold the same path.
const lcTwoEnvTLSSuite = `version: 1
name: mtls labels
environments:
  staging:
    base_url: "{{S}}"
    env_file: .env.staging
    tls: { cert_file: "${STAGING_CERT}", key_file: "${STAGING_KEY}" }
  production:
    base_url: "{{S}}"
    env_file: .env.production
    tls: { cert_file: "${PROD_CERT}", key_file: "${PROD_KEY}" }
scenarios:
  - name: client certificate accepted
    request: { path: /v1/me }
`

// A message about an environment's tls file names the file by that
// environment's variable, though another environment's variable holds the
// same path: production's error says PROD_CERT, never STAGING_CERT (the
// redactor alone labels a value by the name it was first read under).
// Both the file that cannot be read (an error, in preflight and in the
// run) and the certificate that expires (a warning) are named so.
func TestTLSFileNamedByItsEnvironmentsVariable(t *testing.T) {
	p := lcNewPKI(t)
	for _, tc := range []struct{ name, cert, key, code string }{
		{"missing file", "certs/nosuch-client.pem", "certs/nosuch-client.key", "credential_missing"},
		{"expiring certificate", "certs/payments-client.pem", "certs/payments-client.key", "certificate_expiring"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			env := func(prefix string) string {
				return prefix + "_CERT=" + tc.cert + "\n" + prefix + "_KEY=" + tc.key + "\n"
			}
			ss := lcLoad(t, lcTwoEnvTLSSuite, map[string]string{".env.staging": env("STAGING"), ".env.production": env("PROD"),
				"certs/payments-client.pem": string(p.client.certPEM), "certs/payments-client.key": string(p.client.keyPEM)},
				"{{S}}", "https://127.0.0.1:1")
			red := &secret.Redactor{}
			opt := Options{Redactor: red, Getenv: func(string) (string, bool) { return "", false }}
			fs, err := Preflight(ss, opt)
			if err != nil {
				t.Fatal(err)
			}
			var texts []string
			for _, f := range fs {
				if f.Code != tc.code {
					continue
				}
				want, not := "[PROD_CERT sha256:", "STAGING_CERT"
				if f.Env == "staging" {
					want, not = "[STAGING_CERT sha256:", "PROD_CERT"
				}
				msg := secret.Render(red, f.Message)
				texts = append(texts, msg)
				if !strings.Contains(msg, want) || strings.Contains(msg, not) {
					t.Errorf("%s finding %q: want the file named %s…], not by %s", f.Env, msg, want, not)
				}
				secrettest.NoForms(t, msg, tc.cert, string(p.client.keyPEM))
			}
			if len(texts) != 2 {
				t.Fatalf("%s findings %q, want one per environment", tc.code, texts)
			}
			if tc.code != "credential_missing" {
				return
			}
			rep := lcRun(t, ss, opt)
			r := lcResult(t, rep, "client certificate accepted", "production")
			lcWant(t, r, results.Errored, results.TLS)
			msg := secret.Render(red, r.Message)
			if !strings.HasPrefix(msg, "tls cert_file: open ") || !strings.Contains(msg, "/[PROD_CERT sha256:") ||
				strings.Contains(msg, "STAGING_CERT") || !strings.Contains(msg, "no such file or directory") {
				t.Errorf("production's error %q: want the file beside the suite named [PROD_CERT …] and the reason", msg)
			}
			secrettest.NoForms(t, msg, tc.cert)
		})
	}
}

// The credentials a report lists name the client certificate by where the
// suite says it is, as every other credential is named by its variable:
// production's is PROD_CERT. Its path, a secret's value, was written as
// the source, literally, in the JSON report.
func TestClientCertificateSourceIsItsVariable(t *testing.T) {
	p := lcNewPKI(t)
	cert, key := "certs/payments-client.pem", "certs/payments-client.key"
	env := func(prefix string) string { return prefix + "_CERT=" + cert + "\n" + prefix + "_KEY=" + key + "\n" }
	ss := lcLoad(t, lcTwoEnvTLSSuite, map[string]string{".env.staging": env("STAGING"), ".env.production": env("PROD"),
		cert: string(p.client.certPEM), key: string(p.client.keyPEM)}, "{{S}}", "https://127.0.0.1:1")
	red := &secret.Redactor{}
	rep := lcRun(t, ss, Options{Redactor: red, Envs: []string{"production"}})
	var sources []string
	for _, c := range rep.Credentials {
		if c.Type == "client_certificate" {
			sources = append(sources, c.Environment+" "+c.Source)
		}
	}
	if want := []string{"production PROD_CERT"}; !slices.Equal(sources, want) {
		t.Errorf("client certificate sources %q, want %q", sources, want)
	}
	var b strings.Builder
	if err := report.JSON(&b, rep); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), `"source": "PROD_CERT"`) {
		t.Errorf("the JSON report does not name the certificate PROD_CERT:\n%s", b.String())
	}
	secrettest.NoForms(t, b.String(), cert)
}
