package runner

import (
	"testing"

	"github.com/authspec/authspec/secret/secrettest"
)

// noSecretForms checks that text holds none of the secrets in any form
// (secrettest.NoForms).
func noSecretForms(t *testing.T, text string, secrets ...string) {
	t.Helper()
	secrettest.NoForms(t, text, secrets...)
}
