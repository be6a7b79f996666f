package e2e

import (
	"fmt"
	"net/http"
	"path/filepath"
	"testing"
)

// The seventh held-out round's servers: Jupyter Server (a token in
// "Authorization: token …" or ?token=, 403 to everything else), Verdaccio
// (a private npm registry: htpasswd users, HS256 session JWTs, package
// access and publish rules) and Node-RED's admin API (OAuth-style tokens
// from /auth/token, a static read-only token, user permissions). Each
// starts on 127.0.0.1 with its configuration in the test's directory;
// .ci/run installs Jupyter Server from Debian and Verdaccio and Node-RED
// from npm (linked into its tools directory, on PATH).

const (
	jupyterToken    = "Jup-T0ken-2026-5f2a9c"
	verdaccioAlice  = "Al1ce-Verd-2026"
	verdaccioBob    = "B0b-Verd-2026"
	verdaccioSecret = "V3rdacc1o-jwt-secret-2026-32char"
	noderedAlice    = "Al1ce-NodeRed-2026"
	noderedViewer   = "V1ewer-NodeRed-2026"
	noderedStatic   = "St4tic-NodeRed-Token-2026"
)

// startJupyter serves Jupyter Server with a fixed token, its root a
// directory holding one file, a.txt.
func startJupyter(t *testing.T) string {
	bin := need(t, "jupyter-server")
	dir, port := t.TempDir(), freePort(t)
	write(t, filepath.Join(dir, "notebooks", "a.txt"), "hello\n")
	return serveHTTP(t, dir, port, nil, bin, "--allow-root", "--ServerApp.token="+jupyterToken, "--ServerApp.ip=127.0.0.1",
		fmt.Sprintf("--ServerApp.port=%d", port), "--ServerApp.open_browser=False", "--ServerApp.root_dir="+filepath.Join(dir, "notebooks"))
}

// startVerdaccio serves Verdaccio with two htpasswd users (alice may
// publish, bob may only read), a private package only users may read, no
// uplink, and a known JWT secret, so that the test signs session tokens as
// Verdaccio does: {{alice_token}} (valid until 2030), {{expired_token}}
// (expired on 2025-12-05) and {{forged_token}} (another secret).
func startVerdaccio(t *testing.T) (string, map[string]string) {
	base := runVerdaccio(t, need(t, "verdaccio"), "")
	claims := func(exp int64) string {
		return fmt.Sprintf(`{"real_groups":["alice"],"name":"alice","groups":["alice","$all","$authenticated"],"iat":1764946800,"nbf":1764946800,"exp":%d}`, exp)
	}
	return base, map[string]string{"alice_token": hs256(claims(1893456000), verdaccioSecret),
		"expired_token": hs256(claims(1764950400), verdaccioSecret), "forged_token": hs256(claims(1893456000), "another-secret-of-32-characters!")}
}

// startVerdaccioLimited serves the same Verdaccio letting one request a
// minute through to its user endpoints (login, tokens).
func startVerdaccioLimited(t *testing.T) string {
	return runVerdaccio(t, need(t, "verdaccio"), "userRateLimit: { windowMs: 60000, max: 1 }\n")
}

func runVerdaccio(t *testing.T, bin, extra string) string {
	dir, port := t.TempDir(), freePort(t)
	write(t, filepath.Join(dir, "htpasswd"), "alice:"+shaPassword(verdaccioAlice)+"\nbob:"+shaPassword(verdaccioBob)+"\n")
	write(t, filepath.Join(dir, "storage", ".verdaccio-db.json"), `{"list":["private-lib"],"secret":"`+verdaccioSecret+`"}`)
	write(t, filepath.Join(dir, "storage", "private-lib", "package.json"), `{"name":"private-lib","versions":{"1.0.0":{"name":"private-lib",
"version":"1.0.0","dist":{"tarball":"http://127.0.0.1/private-lib/-/private-lib-1.0.0.tgz","shasum":"0"}}},"dist-tags":{"latest":"1.0.0"},
"time":{},"_attachments":{},"_uplinks":{},"_distfiles":{},"_rev":"1-0"}`)
	write(t, filepath.Join(dir, "config.yaml"), fmt.Sprintf(`storage: %[1]s/storage
auth: { htpasswd: { file: %[1]s/htpasswd, max_users: -1 } }
security: { api: { jwt: { sign: { expiresIn: 60d } } } }
uplinks: {}
packages:
  'private-*': { access: $authenticated, publish: alice }
  '**': { access: $all, publish: alice }
listen: 127.0.0.1:%[2]d
log: { type: stdout, format: pretty, level: warn }
%[3]s`, dir, port, extra))
	return serveHTTP(t, dir, port, nil, bin, "--config", filepath.Join(dir, "config.yaml"))
}

// startNodeRED serves Node-RED's admin API (no editor) behind its
// credentials login: alice may do everything, viewer may only read, and a
// static token (noderedStatic) reads. Tokens come from POST /auth/token
// (client node-red-admin, the password grant).
func startNodeRED(t *testing.T) string {
	bin := need(t, "node-red")
	dir, port := t.TempDir(), freePort(t)
	write(t, filepath.Join(dir, "flows.json"), "[]\n")
	write(t, filepath.Join(dir, "settings.js"), fmt.Sprintf(`const users = { alice: { password: %[2]q, permissions: "*" }, viewer: { password: %[3]q, permissions: "read" } };
module.exports = {
  uiHost: "127.0.0.1",
  uiPort: %[1]d,
  disableEditor: true,
  userDir: __dirname,
  flowFile: "flows.json",
  credentialSecret: false,
  logging: { console: { level: "warn" } },
  adminAuth: {
    type: "credentials",
    users: (username) => Promise.resolve(users[username] ? { username, permissions: users[username].permissions } : null),
    authenticate: (username, password) => Promise.resolve(users[username] && users[username].password === password ? { username, permissions: users[username].permissions } : null),
    tokens: (token) => Promise.resolve(token === %[4]q ? { user: "ci", permissions: "read" } : null),
  },
};
`, port, noderedAlice, noderedViewer, noderedStatic))
	start(t, dir, []string{"HOME=" + dir}, bin, "--settings", filepath.Join(dir, "settings.js"), "--userDir", dir)
	base := fmt.Sprintf("http://127.0.0.1:%d", port)
	// The admin API listens before the runtime has loaded the flows (a
	// GET /flows then answers 400): ready is the static token reading them.
	waitHTTP(t, base+"/auth/login", startupWait)
	req, _ := http.NewRequest(http.MethodGet, base+"/flows", nil)
	req.Header.Set("Authorization", "Bearer "+noderedStatic)
	waitStatus(t, req, http.StatusOK, startupWait)
	return base
}
