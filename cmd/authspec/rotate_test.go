package main

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/rogpeppe/go-internal/testscript"

	"github.com/authspec/authspec/internal/rotatetest"
)

// The tokens of the rotation servers; scripts write them in env files.
const (
	rotateNewToken = "rot_new_4f1c9a7e2b6d8053"
	rotateOldToken = "rot_old_8e2d7c1b9a6f4035"
)

// serveRotations starts the APIs of the rotate scripts, in the middle of
// a rotation of rotateOldToken to rotateNewToken:
//
//	ROTATED_URL    accepts the old token for 3 seconds after it first sees it, then 401
//	STILLOLD_URL   accepts the old token forever
//	UNAPPLIED_URL  refuses the new token (the rotation was not applied) and accepts the old
func serveRotations(serve func(name string, h http.Handler)) {
	serve("ROTATED", &rotatetest.API{New: rotateNewToken, Old: rotateOldToken, Grace: 3 * time.Second})
	serve("STILLOLD", &rotatetest.API{New: rotateNewToken, Old: rotateOldToken, Grace: rotatetest.Forever})
	serve("UNAPPLIED", &rotatetest.API{New: rotateNewToken, Old: rotateOldToken, RefuseNew: true})
}

func cmdAwaitRequests(ts *testscript.TestScript, neg bool, args []string) {
	if neg {
		ts.Fatalf("usage: awaitrequests NAME N")
	}
	c, want := counterArgs(ts, "awaitrequests", args)
	for deadline := time.Now().Add(30 * time.Second); c.Load() < want; {
		if time.Now().After(deadline) {
			ts.Fatalf("%s got %d requests in 30s, want at least %d", args[0], c.Load(), want)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// SIGTERM (a cancelled CI job) while waiting for the old value to be
// refused stops the polling at once and writes the reports with the
// rotation as the last complete attempt left it; exit 1.
func TestSignalStopsRotationWait(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no SIGTERM on Windows")
	}
	bin := buildBinary(t)
	api := &rotatetest.API{New: rotateNewToken, Old: rotateOldToken, Grace: rotatetest.Forever}
	srv := httptest.NewServer(api)
	defer srv.Close()
	dir := t.TempDir()
	write(t, filepath.Join(dir, "suites", "a.yaml"), "version: 1\nname: Signals\nenvironments:\n  production:\n    base_url: "+srv.URL+
		"\ncredentials:\n  tok: { type: bearer, token: \"${API_TOKEN}\", previous: \"${API_TOKEN_PREVIOUS}\" }\n"+
		"scenarios:\n  - name: reads\n    auth: tok\n    request: { method: GET, path: /v1/me }\n")
	js := filepath.Join(dir, "out", "report.json")
	cmd := exec.Command(bin, "rotate", "--env", "production", "--credential", "tok", "--wait", "5m", "--every", "1s",
		"--no-color", "--json", js, "suites")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "API_TOKEN="+rotateNewToken, "API_TOKEN_PREVIOUS="+rotateOldToken, "GITHUB_ACTIONS=")
	bg := startBackground(t, cmd)
	stdout, stderr := &bg.stdout, &bg.stderr
	for deadline := time.Now().Add(20 * time.Second); api.Requests("old") < 2; time.Sleep(10 * time.Millisecond) {
		if time.Now().After(deadline) {
			_ = cmd.Process.Kill()
			t.Fatalf("the old value was never sent twice\n%s", stderr.String())
		}
	}
	bg.stop(t, syscall.SIGTERM, 10*time.Second, 1)
	var rep struct {
		Rotation struct {
			Verified    bool `json:"verified"`
			Interrupted bool `json:"interrupted"`
			OldValue    struct {
				State    string `json:"state"`
				Attempts int    `json:"attempts"`
			} `json:"old_value"`
		} `json:"rotation"`
	}
	data := read(t, js)
	if err := json.Unmarshal(data, &rep); err != nil {
		t.Fatalf("JSON report does not parse: %v\n%s", err, data)
	}
	if r := rep.Rotation; r.Verified || !r.Interrupted || r.OldValue.State != "accepted" || r.OldValue.Attempts < 1 {
		t.Errorf("rotation in the report: %+v", r)
	}
	if !strings.Contains(stdout.String(), "Rotation NOT verified: the check was interrupted before the old value was refused.") {
		t.Errorf("console lacks the verdict:\n%s", stdout.String())
	}
	for name, out := range map[string]string{"stdout": stdout.String(), "stderr": stderr.String(), "json": string(data)} {
		if strings.Contains(out, rotateNewToken) || strings.Contains(out, rotateOldToken) {
			t.Errorf("%s shows a token", name)
		}
	}
}
