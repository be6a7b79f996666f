package diagnose

import (
	"net/http"
	"slices"
	"strings"
	"testing"

	"github.com/authspec/authspec/secret"
)

// TestServerReadings5: the general readings the fifth round of real
// servers (PowerDNS, aria2, Icecast, dnsdist, Kea, qBittorrent;
// e2e/heldout5_test.go) called for, each with the neighbours it must leave
// alone.
func TestServerReadings5(t *testing.T) {
	tok := bearer("API_TOKEN", "opq_7Hd92kLmQ4pXrT")
	xKeyChallenge := map[string]string{"Content-Type": "text/plain; charset=utf-8", "WWW-Authenticate": `X-API-Key realm="PowerDNS"`}
	rpc := func(msg string) string {
		return `{"id":"1","jsonrpc":"2.0","error":{"code":1,"message":"` + msg + `"}}`
	}
	runReadings(t, []readingCase{
		// A 400 envelope that says no more than a refusal's status text is
		// the refusal (JSON-RPC answers every failed call 400); one that
		// names what was invalid, or another failure, is not.
		{name: "JSON-RPC Unauthorized, nothing sent", status: 400, body: rpc("Unauthorized"), want: NoCredentialsSent},
		{name: "JSON-RPC Unauthorized to a bearer token", status: 400, body: rpc("Unauthorized"), cred: tok, want: CredentialRejected},
		{name: "JSON-RPC object not found", status: 400, body: rpc("GID 0123456789abcdef is not found"), cred: tok, never: []string{CredentialRejected}},
		{name: "JSON-RPC no such method", status: 400, body: rpc("No such method: aria2.purgeAll"), cred: tok, never: []string{CredentialRejected}},
		{name: "Unauthorized in a 404", status: 404, body: rpc("Unauthorized"), cred: tok, never: []string{CredentialRejected}},
		// A challenge whose scheme is a credential header's name says
		// where the key goes: a token in Authorization went to the wrong
		// place; a Basic login is another kind of credential; the key in
		// that header was refused.
		{name: "X-API-Key challenge to a bearer token", status: 401, header: xKeyChallenge, body: "Unauthorized", cred: tok, want: CredentialInWrongPlace},
		{name: "X-API-Key challenge to a Basic login", status: 401, header: xKeyChallenge, body: "Unauthorized", cred: basicCred("admin", "W3b-Pass-2026"), want: SchemeMismatch},
		{name: "X-API-Key challenge to the key in X-API-Key", status: 401, header: xKeyChallenge, body: "Unauthorized",
			cred: apiKey("API_KEY", "key_9f8e7d6c5b4a3210", "X-API-Key", ""), want: CredentialRejected, never: []string{CredentialInWrongPlace}},
		{name: "X-API-Key challenge, nothing sent", status: 401, header: xKeyChallenge, body: "Unauthorized", want: NoCredentialsSent},
		{name: "ApiKey challenge to a bearer token", status: 401, header: map[string]string{"Content-Type": "text/plain", "WWW-Authenticate": `ApiKey realm="api"`},
			body: "Unauthorized", cred: tok, want: SchemeMismatch, never: []string{CredentialInWrongPlace}},
	})
}

// TestBodySecretIsSent: a secret the suite wrote into a JSON body (a
// JSON-RPC call's secret param) was sent, though no credential is
// configured: a refusal of it is the secret's, not a missing credential.
func TestBodySecretIsSent(t *testing.T) {
	const secretValue = "Ar1a-Secret-2026"
	api := fixed{status: 400, header: map[string]string{"Content-Type": "application/json-rpc"},
		body: `{"id":"1","jsonrpc":"2.0","error":{"code":1,"message":"Unauthorized"}}`}
	for _, tc := range []struct {
		name, body, shown string
		want              string
	}{
		{"secret in the params", `{"method":"aria2.getVersion","params":["token:` + secretValue + `"]}`,
			`{"method":"aria2.getVersion","params":["token:[RPC_SECRET]"]}`, CredentialRejected},
		{"no secret in the params", `{"method":"aria2.getVersion"}`, `{"method":"aria2.getVersion"}`, NoCredentialsSent},
		// The suite's own text that equals a secret is no secret sent.
		{"literal text equal to a secret", `{"method":"` + secretValue + `"}`, `{"method":"` + secretValue + `"}`, NoCredentialsSent},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ex := corpusCase{api: api, method: http.MethodPost, path: "/jsonrpc"}.run(t, tc.body)
			red := &secret.Redactor{}
			red.Add("RPC_SECRET", secretValue)
			ex.Redactor, ex.ShownBody = red, secret.Text(tc.shown)
			causes := Analyze(ex)
			if len(causes) == 0 || causes[0].Code != tc.want {
				t.Fatalf("causes %v, want %s first", codesOf(causes), tc.want)
			}
			for _, c := range causes {
				if text := c.Message + strings.Join(c.Evidence, " "); strings.Contains(text, secretValue) {
					t.Errorf("the secret appears in %s: %s", c.Code, text)
				}
			}
			if tc.want == CredentialRejected && !slices.ContainsFunc(causes[0].Evidence, func(e string) bool { return strings.Contains(e, "request body carries a secret") }) {
				t.Errorf("evidence does not say the body carried a secret: %q", causes[0].Evidence)
			}
		})
	}
}

// TestLoginRefusedIn2xx: a login whose 2xx plain-text answer is only a
// failure word (qBittorrent's "Fails.") refused the password it carried;
// the same word to a request without a login, or a JSON or longer answer,
// is not read so.
func TestLoginRefusedIn2xx(t *testing.T) {
	text := map[string]string{"Content-Type": "text/plain; charset=UTF-8"}
	for _, tc := range []struct {
		name, reqBody, answer string
		header                map[string]string
		want                  string
	}{
		{"Fails. to a form login", "username=alice&password=not-Al1ce-pass", "Fails.", text, CredentialRejected},
		{"Login failed to a JSON login", `{"user":"alice","password":"not-Al1ce-pass"}`, "Login failed", text, CredentialRejected},
		{"Fails. to a search", "q=orders&page=2", "Fails.", text, ""},
		{"a sentence that a job failed, to a login", "username=alice&password=not-Al1ce-pass", "The export job failed: disk full.", text, ""},
		{"failed as a JSON status", "username=alice&password=not-Al1ce-pass", `"failed"`, map[string]string{"Content-Type": "application/json"}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ex := corpusCase{api: fixed{status: 200, header: tc.header, body: tc.answer}, method: http.MethodPost, path: "/api/v2/auth/login"}.run(t, tc.reqBody)
			causes := Analyze(ex)
			if tc.want == "" {
				if len(causes) > 0 {
					t.Fatalf("no cause expected, got %v", codesOf(causes))
				}
				return
			}
			if len(causes) == 0 || causes[0].Code != tc.want {
				t.Fatalf("causes %v, want %s first", codesOf(causes), tc.want)
			}
			if text := causes[0].Message + strings.Join(causes[0].Evidence, " "); strings.Contains(text, "not-Al1ce-pass") {
				t.Errorf("the password appears: %s", text)
			}
		})
	}
}

// TestForeignOrigin: a refusal that gives no reason, to a request whose
// Origin (or Referer) names another site, reads as the anti-CSRF check
// (qBittorrent's 401 "Unauthorized" to a good session sent with a
// dashboard's Origin); the API's own origin, or a refusal with its
// reason, is read as before.
func TestForeignOrigin(t *testing.T) {
	cookie := headerCred("Cookie", "SESSION", "SID=b4dUyQk0nT5oVm2R9eLx7wZpHs3Jc6Ag")
	text := map[string]string{"Content-Type": "text/plain; charset=UTF-8"}
	with := func(name, value string) func(*http.Request, *Credential) {
		return func(r *http.Request, c *Credential) {
			applyCredential(r, c)
			if value == "self" {
				value = "http://" + r.URL.Host
			}
			r.Header.Set(name, value)
		}
	}
	for _, tc := range []struct {
		name   string
		status int
		body   string
		place  func(*http.Request, *Credential)
		want   string
	}{
		{"bare 401 to a dashboard's Origin", 401, "Unauthorized", with("Origin", "https://dashboard.example.com"), RequiredHeaderMissing},
		{"bare 403 to another site's Referer", 403, "Forbidden", with("Referer", "https://dashboard.example.com/torrents"), RequiredHeaderMissing},
		{"bare 401 to the API's own Origin", 401, "Unauthorized", with("Origin", "self"), CredentialRejected},
		{"401 with its reason to a dashboard's Origin", 401, "Invalid session", with("Origin", "https://dashboard.example.com"), CredentialRejected},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ex := corpusCase{api: fixed{status: tc.status, header: text, body: tc.body}, cred: cookie, place: tc.place}.run(t, "")
			causes := Analyze(ex)
			checkCauses(t, causes, cookie)
			if len(causes) == 0 || causes[0].Code != tc.want {
				t.Fatalf("causes %v, want %s first", codesOf(causes), tc.want)
			}
		})
	}
}
