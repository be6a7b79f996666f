package diagnose

import (
	"encoding/base64"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/authspec/authspec/secret"
	"github.com/authspec/authspec/vocab"
)

// TestOwnWordsSurviveEverydaySecrets: whatever a password is — a word of a
// cause code, of authspec's sentences, or the credential's own name — the
// rendered diagnosis keeps authspec's words, the names written in the
// YAML and the cause code, and no value part shows the password.
func TestOwnWordsSurviveEverydaySecrets(t *testing.T) {
	for _, pass := range []string{"credential", "rejected", "secret", "the", "server", "says", "admin", "basic", "sha256", "401"} {
		t.Run(pass, func(t *testing.T) {
			red := &secret.Redactor{}
			red.Add("ADMIN_PASSWORD", pass)
			red.AddBasic("credential", "admin", pass)
			cred := &Credential{Name: "credential", Type: vocab.CredBasic, Values: []Value{
				{Source: "ADMIN_USER", Value: "admin", Field: vocab.FieldUsername, EnvFile: ".env"},
				{Source: "ADMIN_PASSWORD", Value: pass, Field: vocab.FieldPassword, EnvFile: ".env"},
			}}
			basic := "Basic " + base64.StdEncoding.EncodeToString([]byte("admin:"+pass))
			causes := Analyze(Exchange{Env: "local", Kind: vocab.KindHappy, Credential: cred, Redactor: red,
				Method: "GET", URL: "http://127.0.0.1:1/admin/users", Path: secret.Lit("/admin/users"),
				RequestHeader: http.Header{"Authorization": {basic}}, StatusCode: 401,
				ResponseHeader: http.Header{"Www-Authenticate": {`Basic realm="x"`}}})
			if len(causes) == 0 || causes[len(causes)-1].Code != CredentialRejected {
				t.Fatalf("causes = %+v, want credential_rejected last", causes)
			}
			c := causes[len(causes)-1]
			msg := render(t, red, c.Message, pass)
			for _, want := range []string{
				"the API did not accept the credential (credential) although it looks well-formed",
				"check it in the provider's console and update it (ADMIN_PASSWORD in .env)",
			} {
				if !strings.Contains(msg, want) {
					t.Errorf("message %q lacks %q", msg, want)
				}
			}
			ev := make([]string, 0, len(c.Evidence))
			for _, e := range c.Evidence {
				ev = append(ev, render(t, red, e, pass))
			}
			if !strings.Contains(strings.Join(ev, "\n"), "sent Authorization: Basic [credential sha256:") {
				t.Errorf("evidence %q does not name the Basic pair by its label", ev)
			}
		})
	}
}

// TestCredentialNotCheckedShowsTheUserName: a username is an identifier,
// shown as written in the evidence; the password only by its label.
func TestCredentialNotCheckedShowsTheUserName(t *testing.T) {
	red := &secret.Redactor{}
	red.Add("ADMIN_PASSWORD", "s3cret-pass-word")
	cred := &Credential{Name: "admin", Type: vocab.CredBasic, Values: []Value{
		{Source: "ADMIN_USER", Value: "alice", Field: vocab.FieldUsername},
		{Source: "ADMIN_PASSWORD", Value: "s3cret-pass-word", Field: vocab.FieldPassword},
	}}
	causes := Analyze(Exchange{Env: "local", Kind: vocab.KindFailure, ExpectReject: true, Probe: vocab.ProbeInvalid,
		Credential: cred, Redactor: red, Method: "GET", URL: "http://127.0.0.1:1/v1/me", StatusCode: 200})
	if len(causes) == 0 || causes[0].Code != CredentialNotChecked {
		t.Fatalf("causes = %+v, want credential_not_checked", causes)
	}
	ev := []string{}
	for _, e := range causes[0].Evidence {
		ev = append(ev, render(t, red, e, "s3cret-pass-word"))
	}
	all := strings.Join(ev, "\n")
	for _, want := range []string{"credential admin: username alice", "credential admin: [ADMIN_PASSWORD sha256:" + secret.Fingerprint("s3cret-pass-word") + "]"} {
		if !strings.Contains(all, want) {
			t.Errorf("evidence %q lacks %q", all, want)
		}
	}
	if strings.Contains(all, "[ADMIN_USER sha256:") {
		t.Errorf("the username is fingerprinted: %q", all)
	}
}

// render renders a cause's text at a sink and fails if a value part
// (what the message took from outside authspec) shows pass.
func render(t *testing.T, red *secret.Redactor, s, pass string) string {
	t.Helper()
	return secret.RenderFunc(s, func(v string) string {
		r := red.Redact(v)
		if pass != "" && containsWord(labelRE.ReplaceAllString(r, ""), pass) {
			t.Errorf("value part %q of %q shows the secret %q", r, secret.Plain(s), pass)
		}
		return r
	}, func(l string) string { return l })
}

// containsWord: pass appears in s as a whole word (a short secret is
// hidden only as a whole token in free text).
func containsWord(s, pass string) bool {
	for _, f := range strings.FieldsFunc(s, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9')
	}) {
		if f == pass {
			return true
		}
	}
	return false
}

// TestTokenRefusalKeepsItsWords: a client secret "secret" does not turn
// "wants the secret in the form" into a label.
func TestTokenRefusalKeepsItsWords(t *testing.T) {
	red := &secret.Redactor{}
	red.Add("CLIENT_SECRET", "secret")
	cred := &Credential{Name: "machine", Type: vocab.CredOAuth2CC, Values: []Value{
		{Source: "CLIENT_ID", Value: "my-client", Field: vocab.FieldClientID},
		{Source: "CLIENT_SECRET", Value: "secret", Field: vocab.FieldClientSecret},
	}}
	causes := AnalyzeToken(TokenRefusal{Env: "local", StatusCode: 401, Error: "invalid_client", Credential: cred, Redactor: red})
	if len(causes) == 0 || causes[0].Code != CredentialRejected {
		t.Fatalf("causes = %+v, want credential_rejected", causes)
	}
	msg := render(t, red, causes[0].Message, "secret")
	if want := "the token endpoint did not accept the client (machine): the client_id or client_secret is wrong, rotated, or belongs to another tenant or environment; check them in the provider's console (and auth_style: body if the provider wants the secret in the form)"; msg != want {
		t.Errorf("message\n got %q\nwant %q", msg, want)
	}
}

// TestTooShortNamesItsOwnVariable: two credentials with the same short
// value each name their own variable, as written.
func TestTooShortNamesItsOwnVariable(t *testing.T) {
	for _, c := range []Credential{
		{Name: "admin", Type: vocab.CredBasic, Values: []Value{{Source: "ADMIN_USER", Value: "alice", Field: vocab.FieldUsername}, {Source: "ADMIN_PASSWORD", Value: "secret", Field: vocab.FieldPassword}}},
		{Name: "machine", Type: vocab.CredOAuth2CC, Values: []Value{{Source: "CLIENT_ID", Value: "my-client", Field: vocab.FieldClientID}, {Source: "CLIENT_SECRET", Value: "secret", Field: vocab.FieldClientSecret}}},
	} {
		red := &secret.Redactor{}
		red.Add("ADMIN_PASSWORD", "secret") // the first credential's label wins for the value
		var got []string
		for _, f := range Preflight(c, "local", nil, nil, time.Time{}, 0) {
			if f.Code == CredentialTooShort {
				got = append(got, render(t, red, f.Message, "secret"))
			}
		}
		want := c.Values[1].Source + " is only 6 characters long; a secret this short is easy to guess and cannot be masked in CI logs — use a longer, random value"
		if len(got) != 1 || got[0] != want {
			t.Errorf("%s: credential_too_short = %q, want %q", c.Name, got, want)
		}
	}
}

// TestTooShortCountsInWords: a one-character secret is "1 character
// long", not "1 characters"; the count is said the same in the evidence.
func TestTooShortCountsInWords(t *testing.T) {
	for n, want := range map[int]string{1: "1 character long", 2: "2 characters long"} {
		value := strings.Repeat("z", n)
		c := Credential{Name: "pin", Type: vocab.CredAPIKey, Values: []Value{{Source: "PIN", Value: value, Field: vocab.FieldKey}}}
		red := &secret.Redactor{}
		red.Add("PIN", value)
		var got []string
		for _, f := range Preflight(c, "local", nil, nil, time.Time{}, 0) {
			if f.Code == CredentialTooShort {
				got = append(got, render(t, red, f.Message, value))
			}
		}
		if len(got) != 1 || !strings.HasPrefix(got[0], "PIN is only "+want+"; ") {
			t.Errorf("%d: credential_too_short = %q, want it to say %q", n, got, want)
		}
	}
}
