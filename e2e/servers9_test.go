package e2e

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// The ninth held-out round's servers: webhook (adnanh/webhook: hooks whose
// trigger rules check a shared token in a header or the query, a
// payload's HMAC signature, the caller's address), Prosody's HTTP upload
// (XEP-0363's PUT behind a Bearer JWT signed with the component's secret,
// and its OpenMetrics endpoint behind an address list) and Fossil's JSON
// API (a login that issues an authToken, read from the body, the query or
// a cookie, and capabilities per user; every answer is a 200 with a
// resultCode). Each starts on 127.0.0.1 with its configuration in the
// test's directory; .ci/run installs them from Debian.

const (
	webhookToken  = "Wh-T0ken-2026-Deploy"
	webhookSecret = "Wh-Signing-Secret-2026"
	prosodySecret = "Pr0sody-Upl0ad-Secret-2026"
	fossilAdmin   = "F0ssil-Adm1n-2026"
	fossilBob     = "B0b-F0ssil-2026"
	fossilCarol   = "Car0l-F0ssil-2026"
	fossilDave    = "D4ve-F0ssil-2026"
)

// webhookPayload is the body the signed scenarios send, byte for byte:
// the signature is over these bytes.
const webhookPayload = `{"ref":"refs/heads/main"}`

// startWebhook serves these hooks (each runs /bin/true):
// deploy: X-Deploy-Token must be webhookToken, else 401;
// release: ?token= must be webhookToken, else 403;
// signed: X-Hub-Signature-256 must be the body's HMAC-SHA256 with
// webhookSecret (GitHub's form), else 401;
// internal: X-Deploy-Token right and the caller in 10.0.0.0/8, else 403;
// notify: X-Deploy-Token right, else webhook's default 200;
// push: POST only, X-Deploy-Token right, else 401.
// {{signature}} signs webhookPayload with the secret, {{foreign_signature}}
// with another secret.
func startWebhook(t *testing.T) (string, map[string]string) {
	bin := need(t, "webhook")
	dir, port := t.TempDir(), freePort(t)
	token := func(source, name string) string {
		return fmt.Sprintf(`{"match": {"type": "value", "value": %q, "parameter": {"source": %q, "name": %q}}}`, webhookToken, source, name)
	}
	write(t, filepath.Join(dir, "hooks.json"), fmt.Sprintf(`[
 {"id": "deploy", "execute-command": "/bin/true", "response-message": "deploying",
  "trigger-rule-mismatch-http-response-code": 401, "trigger-rule": %[1]s},
 {"id": "release", "execute-command": "/bin/true", "response-message": "releasing",
  "trigger-rule-mismatch-http-response-code": 403, "trigger-rule": %[2]s},
 {"id": "signed", "execute-command": "/bin/true", "response-message": "signed",
  "trigger-rule-mismatch-http-response-code": 401,
  "trigger-rule": {"match": {"type": "payload-hmac-sha256", "secret": %[3]q, "parameter": {"source": "header", "name": "X-Hub-Signature-256"}}}},
 {"id": "internal", "execute-command": "/bin/true", "response-message": "internal",
  "trigger-rule-mismatch-http-response-code": 403,
  "trigger-rule": {"and": [%[1]s, {"match": {"type": "ip-whitelist", "ip-range": "10.0.0.0/8"}}]}},
 {"id": "notify", "execute-command": "/bin/true", "response-message": "queued", "trigger-rule": %[1]s},
 {"id": "push", "execute-command": "/bin/true", "response-message": "pushed", "http-methods": ["POST"],
  "trigger-rule-mismatch-http-response-code": 401, "trigger-rule": %[1]s}
]`, token("header", "X-Deploy-Token"), token("url", "token"), webhookSecret))
	base := serveHTTP(t, dir, port, nil, bin, "-hooks", filepath.Join(dir, "hooks.json"), "-ip", "127.0.0.1", "-port", fmt.Sprint(port))
	sign := func(secret string) string {
		m := hmac.New(sha256.New, []byte(secret))
		m.Write([]byte(webhookPayload))
		return "sha256=" + hex.EncodeToString(m.Sum(nil))
	}
	return base, map[string]string{"signature": sign(webhookSecret), "foreign_signature": sign("not-the-Wh-Secret-2026")}
}

// uploadToken is an upload slot's authorization as Prosody's
// mod_http_file_share issues it: an HS256 JWT (util.jwt) whose claims name
// the slot and the file's size, valid for ttl.
func uploadToken(secret, slot string, size int, ttl time.Duration) string {
	now := time.Now()
	claims, _ := json.Marshal(map[string]any{"sub": "alice@localhost", "iat": now.Unix(), "exp": now.Add(ttl).Unix(),
		"slot": slot, "filename": "notes.txt", "filesize": size, "filetype": "text/plain"})
	signed := base64.RawURLEncoding.EncodeToString([]byte(`{"alg":"HS256","typ":"JWT"}`)) + "." + base64.RawURLEncoding.EncodeToString(claims)
	m := hmac.New(sha256.New, []byte(secret))
	m.Write([]byte(signed))
	return signed + "." + base64.RawURLEncoding.EncodeToString(m.Sum(nil))
}

// unsignedToken is an upload token with the algorithm "none" and no
// signature, which util.jwt refuses.
func unsignedToken(slot string, size int, ttl time.Duration) string {
	claims, _ := json.Marshal(map[string]any{"sub": "alice@localhost", "exp": time.Now().Add(ttl).Unix(), "slot": slot, "filesize": size})
	return base64.RawURLEncoding.EncodeToString([]byte(`{"alg":"none","typ":"JWT"}`)) + "." + base64.RawURLEncoding.EncodeToString(claims) + "."
}

// startProsody serves Prosody's HTTP upload component (upload.localhost,
// under /file_share, its secret prosodySecret) and its OpenMetrics
// endpoint, open to 10.0.0.1 only; no XMPP listener. The upload tokens
// (5 bytes of text/plain each, as a slot request would have issued them):
// {{upload_token}} for slot "report", {{again_token}} for "again",
// {{size_token}} for "sized", {{query_token}} for "query", {{scheme_token}}
// for "scheme", {{expired_token}} for "late" (expired a minute ago),
// {{foreign_token}} for "foreign" signed with another secret.
func startProsody(t *testing.T) (string, map[string]string) {
	bin := need(t, "prosody")
	dir, port := t.TempDir(), freePort(t)
	write(t, filepath.Join(dir, "prosody.cfg.lua"), fmt.Sprintf(`run_as_root = true
pidfile = %[1]q
data_path = %[2]q
log = { { levels = { min = "info" }, to = "file", filename = %[3]q } }
modules_enabled = { "http", "http_openmetrics" }
modules_disabled = { "c2s", "s2s" }
c2s_ports = {}
s2s_ports = {}
component_ports = {}
http_ports = { %[4]d }
http_interfaces = { "127.0.0.1" }
https_ports = {}
openmetrics_allow_ips = { "10.0.0.1" }
statistics = "internal"
VirtualHost "localhost"
Component "upload.localhost" "http_file_share"
  http_file_share_secret = %[5]q
  http_host = "127.0.0.1"
`, filepath.Join(dir, "prosody.pid"), filepath.Join(dir, "data"), filepath.Join(dir, "prosody.log"), port, prosodySecret))
	write(t, filepath.Join(dir, "data", ".keep"), "")
	base := serveHTTP(t, dir, port, nil, bin, "--config", filepath.Join(dir, "prosody.cfg.lua"), "-F")
	tok := func(slot string) string { return uploadToken(prosodySecret, slot, 5, 5*time.Minute) }
	return base, map[string]string{"upload_token": tok("report"), "again_token": tok("again"), "size_token": tok("sized"),
		"query_token": tok("query"), "scheme_token": tok("scheme"),
		"expired_token": uploadToken(prosodySecret, "late", 5, -time.Minute),
		"foreign_token": uploadToken("not-the-Pr0sody-Secret", "foreign", 5, 5*time.Minute), "doubled_token": tok("doubled"),
		"unsigned_token": unsignedToken("unsigned", 5, 5*time.Minute)}
}

// fossilSetupUsers are the setup users the scenarios log in as, one each.
var fossilSetupUsers = []string{"body", "query", "bearer", "logout", "unknown", "wiki", "cookie"}

// projectCodeRE finds the project code in `fossil info`'s output; the
// session cookie is named fossil-<its first 16 characters>.
var projectCodeRE = regexp.MustCompile(`project-code:\s+([0-9a-f]{16})`)

// startFossil serves a Fossil repository's JSON API, made for the test:
// admin and fossilSetupUsers (setup, the password fossilAdmin), bob (may
// see e-mail addresses, not the timeline), carol (may check out, not
// administer), dave (no capability: Fossil lets no such user log in);
// "nobody" and "anonymous", whose capabilities every caller has, have
// none.
// {{cookie}} is the session cookie's name.
func startFossil(t *testing.T) (string, map[string]string) {
	bin := need(t, "fossil")
	dir, port := t.TempDir(), freePort(t)
	repo := filepath.Join(dir, "repo.fossil")
	fossil := func(args ...string) string {
		cmd := exec.Command(bin, args...)
		cmd.Dir, cmd.Env = dir, append(os.Environ(), "HOME="+dir, "USER=admin")
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("fossil %s: %v\n%s", strings.Join(args, " "), err, out)
		}
		return string(out)
	}
	fossil("init", repo, "--admin-user", "admin")
	fossil("user", "password", "admin", fossilAdmin, "-R", repo)
	users := [][3]string{{"bob", fossilBob, "e"}, {"carol", fossilCarol, "o"}, {"dave", fossilDave, ""}}
	// Fossil keeps one session per user (a login ends the user's last
	// one): each scenario that logs in has a setup user of its own, so
	// that scenarios running at once do not end each other's sessions.
	for _, u := range fossilSetupUsers {
		users = append(users, [3]string{u, fossilAdmin, "s"})
	}
	for _, u := range users {
		fossil("user", "new", u[0], u[0]+"@example.com", u[1], "-R", repo)
		fossil("user", "capabilities", u[0], u[2], "-R", repo)
	}
	fossil("sql", "-R", repo, "UPDATE user SET cap='' WHERE login IN ('nobody', 'anonymous')")
	m := projectCodeRE.FindStringSubmatch(fossil("info", "-R", repo))
	if m == nil {
		t.Fatal("fossil info shows no project code")
	}
	base := serveHTTPAt(t, dir, port, "/json/version", nil, bin, "server", repo, "--port", fmt.Sprint(port), "--localhost")
	return base, map[string]string{"cookie": "fossil-" + m[1]}
}
