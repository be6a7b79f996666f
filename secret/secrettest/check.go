package secrettest

import (
	"strings"
	"testing"
)

// NoForms fails t when text holds one of the secrets in any form a server
// or a tool gives a secret back (raw, URL-encoded, base64, JSON-escaped,
// hex…): Echoes and Containing, each form reported once.
func NoForms(t testing.TB, text string, secrets ...string) {
	t.Helper()
	for _, v := range secrets {
		seen := map[string]bool{}
		for _, e := range append(Echoes, Containing...) {
			if f := e.Render(v); !seen[f] && strings.Contains(text, f) {
				seen[f] = true
				t.Errorf("the output holds a secret (%s): %q\n%s", e.Name, f, text)
			}
		}
	}
}
