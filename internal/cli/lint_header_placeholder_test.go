package cli

import (
	"encoding/base64"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
)

// TestLintHeaderPlaceholder: a placeholder in a variable of a header
// credential (`Cookie: "session=${SESSION}"`) is a placeholder_credential
// error naming the variable, as a bare one is: the whole header,
// "session=changeme", matches no example pattern, and lint said 0 errors.
func TestLintHeaderPlaceholder(t *testing.T) {
	var sent atomic.Int32 // requests that reached the server: run sends none
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { sent.Add(1) }))
	defer srv.Close()
	dir := t.TempDir()
	suite := filepath.Join(dir, "cookie.yaml")
	if err := os.WriteFile(suite, []byte(`version: 1
name: cookie
environments:
  x: { base_url: "`+srv.URL+`" }
credentials:
  session: { type: header, headers: { Cookie: "session=${SESSION}; lang=en" } }
scenarios:
  - { name: reads the profile, auth: session, request: { method: GET, path: /me } }
`), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, placeholder := range []string{"changeme", "<token>", "replace-with-your-session-cookie"} {
		code, out, errOut := initMain(t, map[string]string{"SESSION": placeholder}, "lint", suite)
		if code != ExitFailed {
			t.Errorf("SESSION=%s: lint exit %d, want %d\n%s%s", placeholder, code, ExitFailed, out, errOut)
		}
		for _, want := range []string{"[placeholder_credential]", "SESSION in x is a placeholder, not a credential", "credential session cannot be sent", "1 scenario, 1 error, 0 warnings in 1 suite"} {
			if !strings.Contains(out, want) {
				t.Errorf("SESSION=%s: lint does not say %q:\n%s%s", placeholder, want, out, errOut)
			}
		}
		whole := "session=" + placeholder + "; lang=en"
		for _, secret := range []string{placeholder, whole, base64.StdEncoding.EncodeToString([]byte(placeholder)), url.QueryEscape(placeholder), url.QueryEscape(whole)} {
			if strings.Contains(out+errOut, secret) {
				t.Errorf("SESSION=%s: lint shows %q:\n%s%s", placeholder, secret, out, errOut)
			}
		}
	}
	// run sends nothing for it, and says so.
	code, out, errOut := initMain(t, map[string]string{"SESSION": "changeme"}, "run", "--env", "x", suite)
	if code == ExitOK || sent.Load() != 0 || !strings.Contains(out+errOut, "SESSION in x holds a placeholder") || strings.Contains(out+errOut, "changeme") {
		t.Errorf("run with SESSION=changeme: exit %d, %d requests sent, want an error naming SESSION and none sent\n%s%s", code, sent.Load(), out, errOut)
	}
	// A real value is no placeholder: lint passes.
	if code, out, errOut := initMain(t, map[string]string{"SESSION": "s3ss10n-9f8e7d6c5b4a3928"}, "lint", suite); code != ExitOK || !strings.Contains(out, "1 scenario, 0 errors") {
		t.Errorf("SESSION real: lint exit %d, want %d\n%s%s", code, ExitOK, out, errOut)
	}
}
