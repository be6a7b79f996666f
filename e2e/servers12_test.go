package e2e

import (
	"encoding/base64"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
)

// The twelfth held-out round's servers: VictoriaMetrics (Basic for its
// API, and authKeys in the query for its snapshot, deletion, metrics and
// flags endpoints) with vmauth in front of it (Basic users and a bearer
// token, each routed to the paths its entry lists), ZNC's web interface
// (Basic logins of an admin and of users, a user allowed from 10.0.0.0/8
// only, one blocked by its blockuser module) and Apt-Cacher NG's
// maintenance page (AdminAuth). Each starts on 127.0.0.1 with its
// configuration in the test's directory; .ci/run installs them from Debian.

const (
	vmPassword    = "Vm-Basic-Pass-2026"
	vmSnapshotKey = "Vm-Snap-Key-2026"
	vmDeleteKey   = "Vm-Del-Key-2026"
	vmMetricsKey  = "Vm-Metrics-Key-2026"
	vmFlagsKey    = "Vm-Flags-Key-2026"
	vmauthAlice   = "Vma-Alice-Pass-2026"
	vmauthToken   = "vma-Tok3n-Reader-2026"
	vmauthReload  = "Vma-Reload-Key-2026"
	zncAdmin      = "Znc-Admin-Pass-2026"
	zncErin       = "Znc-Erin-Pass-2026"
	zncOps        = "Znc-Ops-Pass-2026"
	zncGone       = "Znc-Gone-Pass-2026"
	acngPassword  = "Acng-Admin-Pass-2026"
)

// startVictoria serves VictoriaMetrics behind Basic (user vm) with an
// authKey for each of /snapshot/*, delete_series, /metrics and /flags
// (the last two's keys stand in for Basic there), and, as
// {{vmauth_base}}, vmauth in front of it: alice (Basic, every path), a
// bearer token routed to /api/v1/query and /api/v1/labels only, and
// /-/reload behind its own authKey. vmauth adds the backend's Basic
// header to what it forwards.
func startVictoria(t *testing.T) (string, map[string]string) {
	bin := need(t, "victoria-metrics")
	vmauth := need(t, "vmauth")
	dir, port, authPort := t.TempDir(), freePort(t), freePort(t)
	base := startHTTP(t, dir, port, "/health", nil, bin, fmt.Sprintf("-httpListenAddr=127.0.0.1:%d", port),
		"-storageDataPath="+filepath.Join(dir, "data"), "-httpAuth.username=vm", "-httpAuth.password="+vmPassword,
		"-snapshotAuthKey="+vmSnapshotKey, "-deleteAuthKey="+vmDeleteKey, "-metricsAuthKey="+vmMetricsKey, "-flagsAuthKey="+vmFlagsKey)
	backend := "Authorization: Basic " + base64.StdEncoding.EncodeToString([]byte("vm:"+vmPassword))
	authDir := filepath.Join(dir, "vmauth")
	write(t, filepath.Join(authDir, "auth.yml"), fmt.Sprintf(`users:
- username: alice
  password: %[2]q
  url_prefix: %[1]q
  headers: [%[4]q]
- bearer_token: %[3]q
  url_map:
  - src_paths: ["/api/v1/query", "/api/v1/labels"]
    url_prefix: %[1]q
    headers: [%[4]q]
`, base, vmauthAlice, vmauthToken, backend))
	authBase := startHTTP(t, authDir, authPort, "/health", nil, vmauth, "-auth.config="+filepath.Join(authDir, "auth.yml"),
		fmt.Sprintf("-httpListenAddr=127.0.0.1:%d", authPort), "-reloadAuthKey="+vmauthReload)
	return base, map[string]string{"vmauth_base": authBase}
}

// startZNC serves ZNC's web interface (webadmin) with Basic logins: admin
// (an administrator), erin (a user), ops (allowed from 10.0.0.0/8 only)
// and gone (blocked by the blockuser module, whose registry is written
// before ZNC starts: it cannot block a user at load time, before the users
// are read). ZNC started as root waits 30 s before it runs, so as root it
// runs as nobody (setpriv), in a directory it owns. {{port}} is its port,
// which names its session cookie.
func startZNC(t *testing.T) (string, map[string]string) {
	bin := need(t, "znc")
	dir, port := t.TempDir(), freePort(t)
	user := func(name, pass string, extra string) string {
		return fmt.Sprintf("<User %s>\n  Pass = plain#%s\n  Nick = %s\n%s</User>\n", name, pass, name, extra)
	}
	write(t, filepath.Join(dir, "configs", "znc.conf"), fmt.Sprintf(`Version = 1.8.2
<Listener web>
  Port = %d
  Host = 127.0.0.1
  IPv4 = true
  IPv6 = false
  SSL = false
  AllowIRC = false
  AllowWeb = true
</Listener>
LoadModule = webadmin
LoadModule = blockuser
`, port)+user("admin", zncAdmin, "  Admin = true\n")+user("erin", zncErin, "")+user("ops", zncOps, "  Allow = 10.0.0.0/8\n")+
		user("gone", zncGone, ""))
	write(t, filepath.Join(dir, "moddata", "blockuser", ".registry"), "gone \n")
	args := []string{"-f", "-d", dir}
	if os.Geteuid() == 0 {
		readableByOthers(t, dir)
		const nobody = 65534
		err := filepath.WalkDir(dir, func(p string, _ fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			return os.Lchown(p, nobody, nobody)
		})
		if err != nil {
			t.Fatal(err)
		}
		args = append([]string{fmt.Sprintf("--reuid=%d", nobody), fmt.Sprintf("--regid=%d", nobody), "--clear-groups", bin}, args...)
		bin = need(t, "setpriv")
	}
	return startHTTP(t, dir, port, "/", []string{"HOME=" + dir}, bin, args...), map[string]string{"port": fmt.Sprint(port)}
}

// startAcng serves Apt-Cacher NG with its maintenance page's actions
// behind AdminAuth (user acng); the report page itself is public.
func startAcng(t *testing.T) string {
	bin := need(t, "apt-cacher-ng", "/usr/sbin/apt-cacher-ng")
	dir, port := t.TempDir(), freePort(t)
	write(t, filepath.Join(dir, "acng.conf"), fmt.Sprintf(`CacheDir: %[1]s/cache
LogDir: %[1]s/log
SupportDir: /usr/lib/apt-cacher-ng
Port: %[2]d
BindAddress: 127.0.0.1
ReportPage: acng-report.html
AdminAuth: acng:%[3]s
PidFile: %[1]s/pid
SocketPath: %[1]s/socket
`, dir, port, acngPassword))
	for _, d := range []string{"cache", "log"} {
		if err := os.MkdirAll(filepath.Join(dir, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	return startHTTP(t, dir, port, "/acng-report.html", nil, bin, "-c", dir, "ForeGround=1")
}
