package runner

import (
	"strings"
	"testing"

	"github.com/authspec/authspec/secret/secrettest"
)

// noSecretForms checks that text holds none of the secrets in any form a
// server or a tool gives a secret back (raw, URL-encoded, base64,
// JSON-escaped, hex…).
func noSecretForms(t *testing.T, text string, secrets ...string) {
	t.Helper()
	for _, v := range secrets {
		seen := map[string]bool{}
		for _, e := range append(secrettest.Echoes, secrettest.Containing...) {
			if f := e.Render(v); !seen[f] && strings.Contains(text, f) {
				seen[f] = true
				t.Errorf("the output holds a secret (%s): %q\n%s", e.Name, f, text)
			}
		}
	}
}
