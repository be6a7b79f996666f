package suites

import (
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"testing"

	"github.com/authspec/authspec/internal/benchsuite"
)

// A header is decoded once per distinct text: the key is the text above
// `scenarios:` without the name's value, so files that differ only in
// their names share it, and any other difference (a byte, the name's line)
// makes another key; a file laid out otherwise is parsed whole.
func TestHeaderCacheKey(t *testing.T) {
	key := func(text string) (string, bool) {
		var h header
		ok := cutHeader([]byte(text), &h)
		return string(h.key), ok
	}
	const rest = "environments:\n  local: { base_url: http://127.0.0.1:1 }\nscenarios:\n  - name: a\n    request: { method: GET, path: / }\n"
	a, okA := key("version: 1\nname: one\n" + rest)
	b, okB := key("version: 1\nname: \"two\" # the other\n" + rest)
	if !okA || !okB || a != b {
		t.Errorf("two names, one header: keys %q (%v) and %q (%v)", a, okA, b, okB)
	}
	for _, other := range []string{
		"version: 1\nname: one\n" + rest[:len(rest)-len("scenarios:\n  - name: a\n    request: { method: GET, path: / }\n")-5] + ":2 }\nscenarios:\n  - x\n",
		"name: one\nversion: 1\n" + rest, // the name on another line
		"version: 1\nname: one\n\n" + rest,
		"version: 2\nname: one\n" + rest,
	} {
		if k, ok := key(other); !ok || k == a {
			t.Errorf("%q: key %q (%v), the same as another header's", other, k, ok)
		}
	}
	for _, whole := range []string{
		"version: 1\n" + rest,                                      // no name of its own
		"version: 1\nname: one\n" + rest + "x-after: 1\n",          // a key after the scenarios
		"version: 1\nname:\n  one\n" + rest,                        // the name below its line
		"version: 1\nname: one\nenvironments: {}\nscenarios: []\n", // no block
		"version: 1\nname: one\nenvironments: {}\n",
		"version: 1\nname: one\nscenarios:\n- name: a\n", // items at the top level
	} {
		if k, ok := key(whole); ok {
			t.Errorf("%q: cut with key %q, want it parsed whole", whole, k)
		}
	}
}

// A suite whose header was decoded for another file is what parsing the
// file whole makes of it: every suite and error of the test and example
// suites, each under another name and path after the first, and again
// after the copies were changed (nothing is shared between them).
func TestHeaderCopyIsParse(t *testing.T) {
	files := testSuiteFiles(t)
	texts := map[string][]byte{"bench.yaml": benchsuite.Text("bench", "${BENCH_URL}", 0, 10), "full.yaml": []byte(fullHeader)}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts[f] = data
	}
	nameLine := regexp.MustCompile(`(?m)^name:.*$`)
	var copied []string
	for f, data := range texts {
		var h header
		if len(data) >= minChunkedFile || !cutHeader(data, &h) {
			continue
		}
		headers.Lock()
		headers.m = nil
		headers.Unlock()
		for i, name := range []string{"name: copy one", "name: 'copy two' # a comment", "name: \"\"", "name: [a list]", "name: copy three"} {
			other := nameLine.ReplaceAllLiteral(data, []byte(name))
			if i == 0 {
				other = data
			}
			file := filepath.Join("elsewhere", string(rune('a'+i)), filepath.Base(f))
			want, wantErrs := parseWholeWith(new(fastParser), file, other)
			got, errs, ok := parseWithHeader(new(fastParser), file, other, new(header))
			if !ok {
				t.Fatalf("%s: not read with its header", f)
			}
			if !reflect.DeepEqual(got, want) || !reflect.DeepEqual(errs, wantErrs) {
				t.Fatalf("%s as %q (%s): with the header decoded before:\n%+v\n%v\nparsed whole:\n%+v\n%v", f, name, file, got, errs, want, wantErrs)
			}
			if got != nil {
				scramble(got)
			}
		}
		headers.Lock()
		_, kept := headers.m[string(h.key)]
		headers.Unlock()
		if kept {
			copied = append(copied, f)
		}
	}
	for _, want := range []string{"../examples/suites/accounts.yaml", "bench.yaml", "full.yaml", "testdata/ok/payments.yaml"} {
		if !slices.Contains(copied, want) {
			t.Errorf("%s: its header was not decoded once and copied (copied: %q)", want, copied)
		}
	}
}

// fullHeader sets every key a header may hold.
const fullHeader = `version: 1
name: full
openapi: api.yaml
vars: { TENANT: acme }
public: [TENANT]
environments:
  staging:
    base_url: https://staging.example.com/${TENANT}
    env_file: [.env.staging, .env]
    vars: { REGION: eu }
    public: [REGION]
    expect_claims: { iss: https://id.example.com }
    tls: { ca_file: ca.pem, cert_file: c.pem, key_file: k.pem, insecure_skip_verify: true }
  local:
    base_url: http://127.0.0.1:8080
    allow_insecure: true
credentials:
  user:
    type: bearer
    token: ${TOKEN}
    prefix: Token
    previous: ${OLD_TOKEN}
    shared: true
  cc:
    type: oauth2_client_credentials
    token_url: https://id.example.com/token
    client_id: ${CLIENT_ID}
    client_secret: ${CLIENT_SECRET}
    scopes: [read, write]
    audience: api
    params: { resource: api }
    auth_style: body
  hdr:
    type: header
    headers: { X-Key: "${KEY}" }
defaults:
  timeout: 5s
  follow_redirects: false
  headers: { Accept: application/json }
  retry: { attempts: 2, delay: 1s, on: [502, network] }
scenarios:
  - name: reads
    auth: user
    request: { method: GET, path: /me, headers: { X-Trace: "1" } }
  - name: reads too
    auth: cc
    request: { method: GET, path: /me }
    expect: { status: 200 }
`

// scramble changes everything a suite holds, as a careless caller could:
// a copy of a header must not share it with the next.
func scramble(s *Suite) {
	for _, e := range s.Environments {
		e.BaseURL.Raw, e.BaseURL.Pos.Line = "changed", 99
		for i := range e.Vars {
			e.Vars[i].Value.Raw = "changed"
		}
		for i := range e.EnvFiles {
			e.EnvFiles[i].Raw = "changed"
		}
		if e.TLS != nil {
			e.TLS.CAFile.Raw = "changed"
		}
	}
	for _, c := range s.Credentials {
		c.Token.Raw, c.Pos.Line = "changed", 99
		for i := range c.Scopes {
			c.Scopes[i].Raw = "changed"
		}
		for i := range c.Headers {
			c.Headers[i].Value.Raw = "changed"
		}
	}
	for i := range s.Defaults.Headers {
		s.Defaults.Headers[i].Value.Raw = "changed"
	}
	if s.Defaults.Retry != nil {
		s.Defaults.Retry.Attempts = 99
	}
	for i := range s.Vars {
		s.Vars[i].Value.Raw = "changed"
	}
	s.Credentials["added"] = &Credential{}
}

// The name's line is outside the key: a file whose header depends on that
// line otherwise than by the suite's name (an anchor on it that the header
// refers to, a scalar of the header going on over it, a name that goes on
// below it) is what parsing it whole makes of it, after a file with the
// same header but another name line.
func TestHeaderNameLine(t *testing.T) {
	const env = "environments:\n  local: { base_url: http://127.0.0.1:1 }\n"
	const scenarios = "scenarios:\n  - name: a\n    request: { method: GET, path: / }\n"
	for _, names := range [][]string{
		{"name: &n one", "name: &n two", "name: three"}, // before "vars:\n  X: *n\n"
		{"name: one\"", "name: two\"", "name: real\""},  // after "vars:\n  X: \"abc\n", before "name: real\"\n"
		{"name: \"one", "name: two", "name: \"two"},     // before "bar: x\"\n"
	} {
		headers.Lock()
		headers.m = nil
		headers.Unlock()
		for i, name := range names {
			var text string
			switch names[0] {
			case "name: &n one":
				text = "version: 1\n" + name + "\nvars:\n  X: *n\n" + env + scenarios
			case "name: one\"":
				text = "version: 1\nvars:\n  X: \"abc\n" + name + "\nname: real\"\n" + env + scenarios
			default:
				text = "version: 1\n" + name + "\nbar: x\"\n" + env + scenarios
			}
			file := filepath.Join("d", string(rune('a'+i))+".yaml")
			want, wantErrs := parseWholeWith(new(fastParser), file, []byte(text))
			got, errs := parseWith(new(fastParser), new(header), file, []byte(text))
			if !reflect.DeepEqual(got, want) || !reflect.DeepEqual(errs, wantErrs) {
				t.Errorf("%q: with the header decoded before:\n%+v\n%v\nparsed whole:\n%+v\n%v", text, got, errs, want, wantErrs)
			}
		}
	}
}
