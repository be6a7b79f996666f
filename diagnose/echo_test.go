package diagnose

import (
	"encoding/base64"
	"net/http"
	"strings"
	"testing"

	"github.com/authspec/authspec/secret"
	"github.com/authspec/authspec/secret/secrettest"
	"github.com/authspec/authspec/vocab"
)

// basicExchange is a 401 to a Basic request for path, with the given
// WWW-Authenticate, and the run's redactor holding the credential.
func basicExchange(user, pass, path, challenge string) (Exchange, *secret.Redactor) {
	red := &secret.Redactor{}
	red.Add("ADMIN_PASSWORD", pass)
	red.AddBasic("admin", user, pass)
	cred := &Credential{Name: "admin", Type: vocab.CredBasic, Values: []Value{
		{Source: "ADMIN_USER", Value: user, Field: vocab.FieldUsername},
		{Source: "ADMIN_PASSWORD", Value: pass, Field: vocab.FieldPassword},
	}}
	basic := "Basic " + base64.StdEncoding.EncodeToString([]byte(user+":"+pass))
	return Exchange{Env: "local", Kind: vocab.KindHappy, Credential: cred, Redactor: red,
		Method: "GET", URL: "http://127.0.0.1:1" + path, Path: secret.Lit(path),
		RequestHeader: http.Header{"Authorization": {basic}}, StatusCode: 401,
		ResponseHeader: http.Header{"Www-Authenticate": {challenge}}}, red
}

// renderCauses renders every message and piece of evidence as a sink does.
func renderCauses(red *secret.Redactor, causes []Cause) string {
	var b strings.Builder
	for _, c := range causes {
		b.WriteString(secret.Render(red, c.Message) + "\n")
		for _, e := range c.Evidence {
			b.WriteString(secret.Render(red, e) + "\n")
		}
	}
	return b.String()
}

// A challenge's error_description that echoes the password JSON-escaped
// (\uXXXX, \/): unquoting the quoted-string drops the backslashes
// ("u0070u0040…"), so the header is redacted before it is parsed.
func TestChallengeEchoIsRedactedBeforeUnquoting(t *testing.T) {
	const pass = `p@ss w/"ord&<x>\%+ü`
	for _, e := range secrettest.Echoes {
		if strings.ContainsAny(e.Render(pass), "\r\n") {
			continue // not a header value
		}
		t.Run(e.Name, func(t *testing.T) {
			ex, red := basicExchange("alice", pass, "/v1/me",
				`Bearer error="invalid_token", error_description="the token `+e.Render(pass)+` is not valid"`)
			out := renderCauses(red, Analyze(ex))
			if strings.Contains(out, "p@ss") || strings.Contains(out, "u0070u0040") || strings.Contains(out, "70407373") {
				t.Errorf("the password shows:\n%s", out)
			}
			if !strings.Contains(out, "the token [ADMIN_PASSWORD sha256:"+secret.Fingerprint(pass)+"] is not valid") {
				t.Errorf("the server's description is not there with the label in it:\n%s", out)
			}
		})
	}
}

// A user name that is an identifier is no credential sent in the URL
// path, even where the path holds it (user admin, /admin/users; user mon,
// /monitoring); a password in a path segment is.
func TestIdentifierInThePathIsNoCredentialSent(t *testing.T) {
	tests := []struct {
		user, pass, path string
		sentInPath       bool
	}{
		{"admin", "s3cret-pass-word", "/admin/users", false},
		{"mon", "s3cret-pass-word", "/monitoring/x", false},
		{"alice", "secret", "/v1/secret/x", true},
		{"alice", "mon", "/v1/monitoring", false},
		{"alice", "s3cret-pass-word", "/v1/keys/s3cret-pass-word", true},
	}
	for _, tc := range tests {
		ex, red := basicExchange(tc.user, tc.pass, tc.path, `Basic realm="x"`)
		out := renderCauses(red, Analyze(ex))
		if got := strings.Contains(out, "sent in the URL path"); got != tc.sentInPath {
			t.Errorf("user %s, password %s, path %s: \"sent in the URL path\" = %v, want %v:\n%s", tc.user, tc.pass, tc.path, got, tc.sentInPath, out)
		}
		if strings.Contains(out, "[ADMIN_USER sha256:") {
			t.Errorf("user %s, path %s: the user name shows as a label:\n%s", tc.user, tc.path, out)
		}
	}
}
