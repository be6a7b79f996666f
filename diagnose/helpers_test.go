package diagnose

import (
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/authspec/authspec/assert"
	"github.com/authspec/authspec/secret"
	"github.com/authspec/authspec/vocab"
)

func b64(s string) string { return base64.RawURLEncoding.EncodeToString([]byte(s)) }

// makeJWT builds an unsigned-looking compact JWT from claims: header and
// claims base64url-encoded JSON, and a signature segment that is only
// bytes (nothing verifies it).
func makeJWT(claims map[string]any) string {
	c, err := json.Marshal(claims)
	if err != nil {
		panic(err)
	}
	sig := sha256.Sum256(c)
	return b64(`{"alg":"RS256","typ":"JWT","kid":"test-key"}`) + "." + b64(string(c)) + "." +
		base64.RawURLEncoding.EncodeToString(sig[:])
}

// secretForms are the ways a value could leak into text.
func secretForms(v string) []string {
	if strings.TrimSpace(v) == "" {
		return nil
	}
	var out []string
	for _, f := range []string{v, strings.TrimSpace(v), cleanValue(v), url.QueryEscape(cleanValue(v)),
		base64.StdEncoding.EncodeToString([]byte(v)), base64.RawURLEncoding.EncodeToString([]byte(cleanValue(v))),
		"Bearer " + cleanValue(v)} {
		if len(strings.TrimSpace(f)) >= 3 {
			out = append(out, f)
		}
	}
	return out
}

// assertNoSecret fails when any message or evidence contains a value of c
// (or a derived form), or one of extra.
func assertNoSecret(t testing.TB, texts []string, c *Credential, extra ...string) {
	t.Helper()
	var forms []string
	if c != nil {
		var user, pass string
		var ident Value
		for _, v := range c.Values {
			switch v.Field {
			case vocab.FieldUsername, vocab.FieldClientID:
				ident = v
				continue
			case vocab.FieldPassword, vocab.FieldClientSecret:
				pass = v.Value
			}
			forms = append(forms, secretForms(v.Value)...)
		}
		user = ident.Value
		if !secret.Identifier(ident.Source, pass) { // a user name is shown unless it is the key
			forms = append(forms, secretForms(user)...)
		}
		if user != "" || pass != "" {
			forms = append(forms, base64.StdEncoding.EncodeToString([]byte(user+":"+pass)))
		}
	}
	for _, e := range extra {
		forms = append(forms, secretForms(e)...)
	}
	for _, text := range texts {
		for _, f := range forms {
			if strings.Contains(text, f) {
				t.Errorf("secret %q leaked into %q", f, text)
			}
		}
	}
}

func causeTexts(cs []Cause) []string {
	var out []string
	for _, c := range cs {
		out = append(out, c.Message)
		out = append(out, c.Evidence...)
	}
	return out
}

func findingTexts(fs []Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.Message)
	}
	return out
}

func codesOf(cs []Cause) []string {
	var out []string
	for _, c := range cs {
		out = append(out, c.Code)
	}
	return out
}

// statusRE is one status as a table writes it; compiled once, as
// wantStatus runs for every case of every corpus.
var statusRE = regexp.MustCompile(`[1-5](?:[0-9]{2}|xx)`)

// wantStatus compiles a status as a table writes it ("401", "2xx",
// "[401, 403]", "400 or 422") into the typed value the runner passes.
func wantStatus(text string) assert.Status {
	var parts []any
	for _, p := range statusRE.FindAllString(text, -1) {
		parts = append(parts, p)
	}
	return assert.MustStatus(parts)
}

// checkCauses holds what every test of Analyze's output checks: each cause
// has its message and evidence, every line a Text (textf, lit) with
// authspec's words marked, so a secret that is one of them cannot rewrite
// it, and no value of c, nor any of extra, appears in any form.
func checkCauses(t testing.TB, causes []Cause, c *Credential, extra ...string) {
	t.Helper()
	for _, cause := range causes {
		if cause.Message == "" || len(cause.Evidence) == 0 {
			t.Errorf("cause %s without message or evidence", cause.Code)
		}
		for _, l := range append([]string{cause.Message}, cause.Evidence...) {
			if !secret.Marked(l) {
				t.Errorf("cause %s: %q is all value, none of it marked as authspec's words", cause.Code, l)
			}
		}
	}
	assertNoSecret(t, causeTexts(causes), c, extra...)
}

// wantFirst checks that the first cause is want (when one is set) and that
// none of never is among the causes.
func wantFirst(t *testing.T, causes []Cause, want string, never []string) {
	t.Helper()
	got := codesOf(causes)
	if want != "" && (len(got) == 0 || got[0] != want) {
		t.Errorf("first cause %v, want %s\n%s", got, want, dump(causes))
	}
	for _, c := range never {
		if slices.Contains(got, c) {
			t.Errorf("%s must not appear: %v", c, got)
		}
	}
}

// readingCase is one answer a reading must give a first cause (or, with
// want "", no cause at all), and the codes that must not appear.
type readingCase struct {
	name   string
	status int
	header map[string]string // nil: JSON
	body   string
	cred   *Credential
	want   string
	never  []string
}

// runReadings serves each answer and analyzes it as the runner would.
func runReadings(t *testing.T, cases []readingCase) {
	t.Helper()
	runReadingsIn(t, readingEnv{}, cases)
}

// readingEnv is what the environment and the connection hold besides the
// credential, which decides some readings: a TLS client certificate
// (Exchange.ClientCert) and its notAfter (ClientCertNotAfter, zero:
// unknown), a TLS handshake that asked for none (ClientCertNotAsked) or
// asked for one (ClientCertAsked), and the environment's kept back, its
// CA not among those the server named (ClientCertKeptBack).
type readingEnv struct {
	clientCert, certNotAsked bool
	certNotAfter             time.Time
	certAsked, certKept      bool
	// path and method: the request's, when the reading depends on them
	// (default GET /v1/accounts); kind and expect: the scenario's kind and
	// the status it expects, as written (default happy and 2xx).
	path, method, kind, expect string
}

// runReadingsIn is runReadings in an environment that holds env.
func runReadingsIn(t *testing.T, env readingEnv, cases []readingCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			h := tc.header
			if h == nil {
				h = jsonCT()
			}
			wantReading(t, corpusCase{cred: tc.cred, path: env.path, method: env.method, kind: env.kind, expect: env.expect,
				clientCert: env.clientCert, certNotAsked: env.certNotAsked, certNotAfter: env.certNotAfter,
				certAsked: env.certAsked, certKept: env.certKept, api: fixed{status: tc.status, header: h, body: tc.body}}, tc.want, tc.never)
		})
	}
}

// pathReading is a reading of an answer to a request for path: what the
// path addresses decides it.
type pathReading struct {
	path string
	readingCase
}

// runPathReadings is runReadings, each answer to a request for its path.
func runPathReadings(t *testing.T, cases []pathReading) {
	t.Helper()
	for _, pc := range cases {
		runReadingsIn(t, readingEnv{path: pc.path}, []readingCase{pc.readingCase})
	}
}

// wantReading serves cc's answer and analyzes it as the runner would: its
// first cause is want (with want "", there is none at all), and none of
// never appears.
func wantReading(t *testing.T, cc corpusCase, want string, never []string) {
	t.Helper()
	wantCauses(t, Analyze(cc.run(t, "")), cc.cred, want, never)
}

// wantCauses checks causes as every reading's test does (checkCauses, with
// c and extra the values none may show), and that the first cause is want
// (with want "", there is none at all) and none of never appears.
func wantCauses(t *testing.T, causes []Cause, c *Credential, want string, never []string, extra ...string) {
	t.Helper()
	checkCauses(t, causes, c, extra...)
	wantFirst(t, causes, want, never)
	if want == "" && len(causes) > 0 {
		t.Errorf("no cause expected, got %v", codesOf(causes))
	}
}
