package diagnose

import (
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/authspec/authspec/secret"
	"github.com/authspec/authspec/vocab"
)

// corpusCase is one real exchange: a server that behaves like a class of
// APIs, a credential placed the way the runner places it (or the way a
// user got it wrong), and the cause that must come first.
type corpusCase struct {
	name      string
	api       http.Handler
	cred      *Credential
	place     func(r *http.Request, c *Credential) // nil: as the runner does
	env       string                               // default "staging"
	kind      string                               // default "happy"
	probe     string
	expect    string // the expected status; default "2xx", or "401" for a probe
	claims    map[string]string
	scopes    []string
	method    string // default GET
	path      string // default /v1/accounts
	bodyToken bool   // send the token in a JSON body
	// byHand: the suite configured no credential; the token was typed into
	// the request (Exchange.Credential is nil, as the runner leaves it).
	byHand bool
	// clientCert: the environment has a TLS client certificate
	// (Exchange.ClientCert).
	clientCert bool
	// certNotAsked: the server asked for no client certificate on the
	// connection (Exchange.ClientCertNotAsked).
	certNotAsked bool
	// certNotAfter: that certificate's notAfter (Exchange.ClientCertNotAfter);
	// certAsked: the server asked for one in the handshake
	// (Exchange.ClientCertAsked); certKept: the environment's was not sent
	// (Exchange.ClientCertKeptBack).
	certNotAfter time.Time
	certAsked    bool
	certKept     bool
	want         string // the top cause
	also         []string
}

// Credential builders, as the runner would fill them in.
func bearer(src, val string) *Credential {
	return &Credential{Name: "service_token", Type: vocab.CredBearer, Prefix: "Bearer",
		Values: []Value{{Source: src, Value: val, EnvFile: ".env.staging", Field: vocab.FieldToken}}}
}

func apiKey(src, val, header, query string) *Credential {
	return &Credential{Name: "readonly_key", Type: vocab.CredAPIKey, Header: header, Query: query,
		Values: []Value{{Source: src, Value: val, EnvFile: ".env.staging", Field: vocab.FieldKey}}}
}

func basicCred(user, pass string) *Credential {
	return &Credential{Name: "admin", Type: vocab.CredBasic, Values: []Value{
		{Source: "ADMIN_USER", Value: user, EnvFile: ".env.staging", Field: vocab.FieldUsername},
		{Source: "ADMIN_PASSWORD", Value: pass, EnvFile: ".env.staging", Field: vocab.FieldPassword}}}
}

func headerCred(header, src, val string) *Credential {
	return &Credential{Name: "raw_header", Type: vocab.CredHeader,
		Values: []Value{{Source: src, Value: val, EnvFile: ".env.staging", Field: header}}}
}

// headerValues: a credential of several headers (a key, its signature,
// a passphrase), kv's source, header, value triples.
func headerValues(name string, kv ...string) *Credential {
	c := &Credential{Name: name, Type: vocab.CredHeader}
	for i := 0; i+2 < len(kv)+1; i += 3 {
		c.Values = append(c.Values, Value{Source: kv[i], Value: kv[i+2], EnvFile: ".env.staging", Field: kv[i+1]})
	}
	return c
}

// also copies the credential as another environment defines it.
func withOther(c *Credential, env, val string) *Credential {
	c.OtherEnvs = append(c.OtherEnvs, Fingerprinted{Env: env, Source: c.Values[0].Source, Field: c.Values[0].Field, Fingerprint: secret.Fingerprint(val)})
	return c
}

func inEnvFile(c *Credential, file string) *Credential {
	for i := range c.Values {
		c.Values[i].EnvFile = file
	}
	return c
}

// applyCredential places c on r the way the runner does.
func applyCredential(r *http.Request, c *Credential) {
	if c == nil {
		return
	}
	v := func(i int) string {
		if i < len(c.Values) {
			return c.Values[i].Value
		}
		return ""
	}
	switch c.Type {
	case vocab.CredBearer:
		if v(0) == "" {
			return
		}
		if c.NoPrefix {
			r.Header.Set("Authorization", v(0))
		} else {
			r.Header.Set("Authorization", effectivePrefix(c)+" "+v(0))
		}
	case vocab.CredBasic:
		if v(0)+v(1) != "" {
			r.SetBasicAuth(v(0), v(1))
		}
	case vocab.CredAPIKey:
		if c.Header != "" {
			r.Header.Set(c.Header, v(0))
		} else {
			q := r.URL.Query()
			q.Set(c.Query, v(0))
			r.URL.RawQuery = q.Encode()
		}
	case vocab.CredHeader:
		for _, val := range c.Values {
			r.Header.Set(val.Field, val.Value)
		}
	}
}

// inQuery and inBody place a bearer token where it does not belong.
func inQuery(param string) func(*http.Request, *Credential) {
	return func(r *http.Request, c *Credential) {
		q := r.URL.Query()
		q.Set(param, c.Values[0].Value)
		r.URL.RawQuery = q.Encode()
	}
}

func nowhere(*http.Request, *Credential) {}

// run sends tc's request to a fresh server and returns the Exchange built
// from the real request and response.
func (tc corpusCase) run(t *testing.T, body string) Exchange {
	t.Helper()
	srv := httptest.NewServer(tc.api)
	defer srv.Close()
	return tc.send(t, srv, body)
}

// send is run against a server the caller keeps (one server for many
// answers, as the metamorphic test serves them); tc.api is not used.
func (tc corpusCase) send(t testing.TB, srv *httptest.Server, body string) Exchange {
	t.Helper()
	method, path := tc.method, tc.path
	if method == "" {
		method = http.MethodGet
	}
	if path == "" {
		path = "/v1/accounts"
	}
	var rb io.Reader
	if body != "" {
		rb = strings.NewReader(body)
	}
	req, err := http.NewRequest(method, srv.URL+path, rb)
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Accept", "application/json")
	if body != "" {
		req.Header.Set("Content-Type", "application/json")
	}
	if tc.place != nil {
		tc.place(req, tc.cred)
	} else {
		applyCredential(req, tc.cred)
	}
	client := srv.Client()
	client.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
	resp, err := client.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	respBody, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	u, _ := url.Parse(req.URL.String())
	env, kind, expect := tc.env, tc.kind, tc.expect
	if env == "" {
		env = "staging"
	}
	if kind == "" {
		kind = "happy"
	}
	if expect == "" {
		expect = "2xx"
		if tc.probe != "" {
			expect = "401"
		}
	}
	return Exchange{
		Env: env, Kind: kind, Probe: tc.probe,
		ExpectReject: !strings.HasPrefix(expect, "2"),
		Expected:     wantStatus(expect),
		Credential:   tc.credential(),
		Method:       method, URL: u.String(),
		RequestHeader: req.Header.Clone(), RequestBody: []byte(body),
		StatusCode: resp.StatusCode, ResponseHeader: resp.Header, ResponseBody: respBody,
		ExpectClaims: tc.claims, RequiresScope: tc.scopes, ClientCert: tc.clientCert,
		ClientCertNotAsked: tc.certNotAsked,
		ClientCertNotAfter: tc.certNotAfter, ClientCertAsked: tc.certAsked, ClientCertKeptBack: tc.certKept,
	}
}

func (tc corpusCase) credential() *Credential {
	if tc.byHand {
		return nil
	}
	return tc.cred
}

func TestCorpus(t *testing.T) {
	cases := corpus()
	if len(cases) < 40 {
		t.Fatalf("corpus has %d cases, want at least 40", len(cases))
	}
	read := 0
	for i, tc := range cases {
		if !sampled(i) {
			continue
		}
		read++
		t.Run(tc.name, func(t *testing.T) {
			body := ""
			if tc.bodyToken {
				body = `{"access_token":"` + tc.cred.Values[0].Value + `","amount":100}`
			}
			ex := tc.run(t, body)
			causes := Analyze(ex)
			if len(causes) == 0 {
				t.Fatalf("status %d: no causes, want %s", ex.StatusCode, tc.want)
			}
			got := codesOf(causes)
			if got[0] != tc.want {
				t.Errorf("status %d: top cause %s, want %s\n%s", ex.StatusCode, got[0], tc.want, dump(causes))
			}
			for _, c := range tc.also {
				if !slices.Contains(got, c) {
					t.Errorf("cause %s missing from %v", c, got)
				}
			}
			for _, c := range causes {
				if c.Message == "" || len(c.Evidence) == 0 {
					t.Errorf("cause %s without message or evidence: %+v", c.Code, c)
				}
			}
			assertNoSecret(t, causeTexts(causes), tc.cred)
			if testing.Verbose() {
				t.Logf("%d →\n%s", ex.StatusCode, dump(causes))
			}
		})
	}
	checkRead(t, "corpus", read, len(cases))
}

// notYetInCorpus: codes no exchange of this corpus puts first yet, with
// why. Preflight-only warnings never come first in an answer's diagnosis.
var notYetInCorpus = map[string]string{
	JWTExpiring: "preflight only", CertificateExpiring: "preflight only", CredentialTooShort: "preflight only", PublicUnused: "preflight only",
	PlaceholderCredential: "nothing is sent for it", SpecDrift: "reported by the OpenAPI check",
}

// TestCorpusCoversEveryCode: every code an answer can explain is the top
// cause of at least one real exchange, of the class corpus or of the
// providers' answers.
func TestCorpusCoversEveryCode(t *testing.T) {
	tops := map[string]int{}
	for _, tc := range corpus() {
		tops[tc.want]++
	}
	for _, pc := range providerCorpus() {
		tops[pc.want]++
	}
	for _, code := range Codes {
		if _, ok := notYetInCorpus[code]; ok {
			continue
		}
		if tops[code] == 0 {
			t.Errorf("no corpus case expects %s first", code)
		}
	}
	for code := range tops {
		if !slices.Contains(Codes, code) {
			t.Errorf("corpus expects unknown code %q", code)
		}
	}
}

func dump(cs []Cause) string {
	var b strings.Builder
	for _, c := range cs {
		b.WriteString("  [" + c.Code + "] " + c.Message + "\n")
		for _, e := range c.Evidence {
			b.WriteString("      - " + e + "\n")
		}
	}
	return b.String()
}
