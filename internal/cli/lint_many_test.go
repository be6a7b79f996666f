package cli

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/authspec/authspec/internal/golden"
)

// lintSuite is one suite of the lint tests below: n names its variables,
// so that suites share some values under different names.
func lintSuite(n string) string {
	return fmt.Sprintf(`version: 1
name: Suite %[1]s
public: [UNUSED_%[1]s]
environments:
  staging: { base_url: "https://staging.example.test" }
  prod: { base_url: "${PROD_URL}" }
credentials:
  admin: { type: bearer, token: "${TOKEN_%[1]s}" }
  pin: { type: api_key, header: X-Pin, key: "${PIN}" }
  demo: { type: basic, username: demo, password: "changeme" }
scenarios:
  - name: admin reads
    auth: admin
    request: { method: GET, path: /v1/x }
  - name: pin reads
    auth: pin
    request: { method: GET, path: "/v1/${ITEM_%[1]s}" }
  - name: demo reads
    auth: demo
    request: { method: GET, path: /v1/y }
`, n)
}

// cleartextSuite sends its secret in the query of a plain-HTTP base URL:
// an error that names the secret by the first name it was met under.
func cleartextSuite(n string) string {
	return fmt.Sprintf(`version: 1
name: Clear %[1]s
environments:
  staging: { base_url: "http://api.example.test/x?key=${PASS_%[1]s}" }
credentials:
  admin: { type: bearer, token: "${TOKEN_%[1]s}" }
scenarios:
  - name: admin reads
    auth: admin
    request: { method: GET, path: /v1/x }
`, n)
}

// lint of several suites checks each suite as it loads, on every
// processor; --env with the environments named checks them in turn, as
// one. Both must print the same, byte for byte: findings in file order,
// a secret two suites share under the name the first file gives it, the
// same exit code. Errors (here a secret sent in clear text) are found the
// same way in both.
func TestLintManySuitesAsInTurn(t *testing.T) {
	env := map[string]string{
		"TOKEN_a": "shared-secret-value-123", "TOKEN_b": "shared-secret-value-123", "TOKEN_d": "token-of-d-0123456789",
		"PIN": "1234", "PASS_a": "pass-shared-0123456789", "PASS_b": "pass-shared-0123456789",
	}
	secrets := []string{"shared-secret-value-123", "token-of-d-0123456789", "pass-shared-0123456789"}
	getenv := func(k string) string { return env[k] }
	testdata, err := filepath.Abs("testdata")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		files map[string]string
		args  []string // the files or folder given, in this order
		envs  string
		want  []string
	}{
		{"findings", map[string]string{"s/a.yaml": lintSuite("a"), "s/b.yaml": lintSuite("b"), "s/c.yaml": lintSuite("c"), "s/d.yaml": lintSuite("d")},
			[]string{"s"}, "staging,prod", []string{"12 scenarios, 22 errors, 15 warnings in 4 suites"}},
		{"findings_files_out_of_order", map[string]string{"s/a.yaml": lintSuite("a"), "s/b.yaml": lintSuite("b")},
			[]string{"s/b.yaml", "s/a.yaml"}, "prod,staging", []string{"6 scenarios, 10 errors, 8 warnings in 2 suites"}},
		{"cleartext_errors", map[string]string{"s/a.yaml": cleartextSuite("a"), "s/b.yaml": cleartextSuite("b")},
			[]string{"s/b.yaml", "s/a.yaml"}, "staging", []string{"key=[PASS_b sha256:", "2 errors; nothing was sent"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			for name, text := range tc.files {
				path := filepath.Join(dir, filepath.FromSlash(name))
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
					t.Fatal(err)
				}
			}
			t.Chdir(dir)
			lint := func(args ...string) (string, int) {
				var out, errOut bytes.Buffer
				code := Main(append([]string{"lint"}, args...), nil, &out, &errOut, getenv)
				return fmt.Sprintf("exit %d\n-- stdout --\n%s-- stderr --\n%s", code, out.String(), errOut.String()), code
			}
			each, _ := lint(tc.args...)
			inTurn, _ := lint(append([]string{"--env", tc.envs}, tc.args...)...)
			if each != inTurn {
				t.Fatalf("lint %s printed:\n%s\nlint --env %s printed:\n%s", strings.Join(tc.args, " "), each, tc.envs, inTurn)
			}
			for _, v := range secrets {
				if strings.Contains(each, v) {
					t.Fatalf("secret %q shown:\n%s", v, each)
				}
			}
			for _, w := range tc.want {
				if !strings.Contains(each, w) {
					t.Fatalf("no %q in:\n%s", w, each)
				}
			}
			golden.Compare(t, filepath.Join(testdata, "lint_many_"+tc.name+".golden"), []byte(each))
		})
	}
}
