package install

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/authspec/authspec/internal/golden"
)

// fakeBinary stands in for authspec in the archive: the script only moves
// it, and the test runs it to see the right file arrived.
const fakeBinary = "#!/bin/sh\necho authspec v1.2.3\n"

// archive is a release tarball holding authspec and a README, as
// .goreleaser.yaml lays it out.
func archive(t *testing.T, binary string) []byte {
	t.Helper()
	var buf bytes.Buffer
	gz := gzip.NewWriter(&buf)
	tw := tar.NewWriter(gz)
	for _, f := range []struct {
		name, body string
		mode       int64
	}{{"README.md", "# authspec\n", 0o644}, {"authspec", binary, 0o755}} {
		if err := tw.WriteHeader(&tar.Header{Name: f.name, Mode: f.mode, Size: int64(len(f.body)), Typeflag: tar.TypeReg}); err != nil {
			t.Fatal(err)
		}
		if _, err := tw.Write([]byte(f.body)); err != nil {
			t.Fatal(err)
		}
	}
	if err := tw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := gz.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func sum(b []byte) string {
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])
}

// release serves files under /<tag>/ on 127.0.0.1, as GitHub serves
// /releases/download/<tag>/, and counts the requests.
func release(t *testing.T, tag string, files map[string][]byte) (string, *atomic.Int64) {
	t.Helper()
	var n atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n.Add(1)
		switch r.URL.Path { // as github.com/OWNER/REPO/releases/latest
		case "/latest":
			http.Redirect(w, r, "/tag/"+tag, http.StatusFound)
			return
		case "/tag/" + tag:
			w.Write([]byte("<html>release " + tag + "</html>"))
			return
		}
		name, ok := strings.CutPrefix(r.URL.Path, "/"+tag+"/")
		body, found := files[name]
		if !ok || !found {
			http.NotFound(w, r)
			return
		}
		w.Write(body)
	}))
	t.Cleanup(srv.Close)
	return srv.URL, &n
}

// script runs install.sh TAG DEST for linux/amd64 against base and returns
// its exit code and output.
func script(t *testing.T, base, tag, dest string) (int, string, string) {
	t.Helper()
	for _, tool := range []string{"bash", "curl", "tar", "awk"} {
		if _, err := exec.LookPath(tool); err != nil {
			if os.Getenv("CI") != "" {
				t.Fatalf("%s is not installed", tool)
			}
			t.Skipf("%s is not installed", tool)
		}
	}
	cmd := exec.Command("bash", "install.sh", tag, dest)
	cmd.Env = append(os.Environ(), "AUTHSPEC_RELEASES="+base, "OS=linux", "ARCH=amd64")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return code, stdout.String(), stderr.String()
}

// scrub replaces what changes from run to run (the server's port, the
// temporary directory) so the output can be compared with a golden file.
func scrub(s, base, dest string) []byte {
	return []byte(strings.NewReplacer(base, "http://127.0.0.1:PORT", dest, "DEST").Replace(s))
}

const (
	tag  = "v1.2.3"
	name = "authspec_1.2.3_linux_amd64.tar.gz"
)

func TestInstallVerifiesTheChecksum(t *testing.T) {
	good := archive(t, fakeBinary)
	checksums := func(hash string) []byte {
		return []byte(fmt.Sprintf("%s  authspec_1.2.3_darwin_arm64.tar.gz\n%s  %s\n%s  authspec_1.2.3_windows_amd64.zip\n",
			sum([]byte("other")), hash, name, sum([]byte("zip"))))
	}
	t.Run("listed", func(t *testing.T) {
		base, _ := release(t, tag, map[string][]byte{"checksums.txt": checksums(sum(good)), name: good})
		dest := t.TempDir()
		code, out, errOut := script(t, base, tag, dest)
		if code != 0 {
			t.Fatalf("exit %d\n%s%s", code, out, errOut)
		}
		got, err := exec.Command(filepath.Join(dest, "authspec")).Output()
		if err != nil || string(got) != "authspec v1.2.3\n" {
			t.Errorf("installed binary prints %q, %v", got, err)
		}
		golden.Compare(t, "testdata/installed.out", scrub(strings.ReplaceAll(out+errOut, sum(good), "SUM"), base, dest))
	})
	t.Run("major version", func(t *testing.T) {
		// uses: authspec/authspec@v1 installs the latest release, a v1.x.y.
		base, n := release(t, tag, map[string][]byte{"checksums.txt": checksums(sum(good)), name: good})
		dest := t.TempDir()
		code, out, errOut := script(t, base, "v1", dest)
		if code != 0 || n.Load() != 4 {
			t.Fatalf("exit %d after %d requests, want 0 after 4 (latest, its page, checksums, archive)\n%s%s", code, n.Load(), out, errOut)
		}
		if _, err := os.Stat(filepath.Join(dest, "authspec")); err != nil {
			t.Error(err)
		}
		golden.Compare(t, "testdata/major.out", scrub(strings.ReplaceAll(out+errOut, sum(good), "SUM"), base, dest))
	})
	t.Run("mismatch", func(t *testing.T) {
		// The archive was replaced after the checksums were published: the
		// script refuses it, installs nothing, and does not fall back.
		tampered := archive(t, "#!/bin/sh\necho tampered\n")
		base, _ := release(t, tag, map[string][]byte{"checksums.txt": checksums(sum(good)), name: tampered})
		dest := t.TempDir()
		code, out, errOut := script(t, base, tag, dest)
		if code != 1 {
			t.Fatalf("exit %d, want 1 (refused, no fallback)\n%s%s", code, out, errOut)
		}
		if _, err := os.Stat(filepath.Join(dest, "authspec")); err == nil {
			t.Error("a binary was installed from an archive whose checksum differs")
		}
		for _, want := range []string{sum(tampered), sum(good), "refusing it"} {
			if !strings.Contains(errOut, want) {
				t.Errorf("message lacks %q:\n%s", want, errOut)
			}
		}
		golden.Compare(t, "testdata/mismatch.out", scrub(out+strings.NewReplacer(sum(tampered), "GOT", sum(good), "WANT").Replace(errOut), base, dest))
	})
}

// Exit 3 means "no release here": the action then builds from source.
func TestInstallNoRelease(t *testing.T) {
	for _, c := range []struct {
		name, tag string
		files     map[string][]byte
		requests  int64
	}{
		{"branch", "main", nil, 0},
		{"other major version", "v2", nil, 2}, // the latest release is v1.2.3
		{"unreleased tag", "v9.9.9", nil, 1},
		{"platform not built", tag, map[string][]byte{"checksums.txt": []byte(sum(nil) + "  authspec_1.2.3_darwin_arm64.tar.gz\n")}, 1},
	} {
		t.Run(c.name, func(t *testing.T) {
			base, n := release(t, tag, c.files)
			dest := t.TempDir()
			code, out, errOut := script(t, base, c.tag, dest)
			if code != 3 {
				t.Fatalf("exit %d, want 3 (no release: build from source)\n%s%s", code, out, errOut)
			}
			if n.Load() != c.requests {
				t.Errorf("%d requests, want %d", n.Load(), c.requests)
			}
			if entries, _ := os.ReadDir(dest); len(entries) > 0 {
				t.Errorf("installed %v", entries)
			}
			golden.Compare(t, "testdata/"+strings.ReplaceAll(c.name, " ", "_")+".out", scrub(out+errOut, base, dest))
		})
	}
}
