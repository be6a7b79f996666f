package install

import (
	"os"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// The composite action (action.yml) runs this script first, and sets up Go
// and builds only when the script said no release matches (exit 3):
// a run at a released ref spends no toolchain set-up and no build.
func TestActionInstallsTheRelease(t *testing.T) {
	data, err := os.ReadFile("../../action.yml")
	if err != nil {
		t.Fatal(err)
	}
	var action struct {
		Runs struct {
			Using string
			Steps []struct {
				ID, Name, Uses, If, Run string
				Env                     map[string]string
			}
		}
	}
	if err := yaml.Unmarshal(data, &action); err != nil {
		t.Fatal(err)
	}
	steps := action.Runs.Steps
	if action.Runs.Using != "composite" || len(steps) < 3 {
		t.Fatalf("action.yml: using %q with %d steps, want a composite action", action.Runs.Using, len(steps))
	}
	first := steps[0]
	if first.ID != "release" || !strings.HasSuffix(first.Env["INSTALL_SH"], "/internal/install/install.sh") ||
		!strings.Contains(first.Run, `bash "$INSTALL_SH"`) || !strings.Contains(first.Run, "3) echo \"installed=false\"") {
		t.Errorf("the first step does not run internal/install/install.sh and map its exit 3 to installed=false: %+v", first)
	}
	const fallback = "steps.release.outputs.installed != 'true'"
	var setupGo, build bool
	for _, s := range steps[1:] {
		if strings.HasPrefix(s.Uses, "actions/setup-go@") {
			setupGo = s.If == fallback
		}
		if strings.Contains(s.Run, "go install") {
			build = s.If == fallback
		}
	}
	if !setupGo || !build {
		t.Errorf("Go is set up (%v) and authspec built (%v) only when no release matched (if: %s)", setupGo, build, fallback)
	}
}

// install-only: true (the workflow `authspec init` writes) installs
// authspec and puts it on PATH, and runs nothing: only the run step has the
// condition, so every installing step still runs.
func TestActionInstallOnly(t *testing.T) {
	data, err := os.ReadFile("../../action.yml")
	if err != nil {
		t.Fatal(err)
	}
	var action struct {
		Inputs map[string]struct{ Default string }
		Runs   struct {
			Steps []struct{ ID, If, Run string }
		}
	}
	if err := yaml.Unmarshal(data, &action); err != nil {
		t.Fatal(err)
	}
	if in, ok := action.Inputs["install-only"]; !ok || in.Default != "false" {
		t.Fatalf("no install-only input defaulting to false: %+v", action.Inputs)
	}
	const skip = "inputs.install-only != 'true'"
	path := false
	for _, s := range action.Runs.Steps {
		switch {
		case s.ID == "run":
			if s.If != skip {
				t.Errorf("the run step's if is %q, want %q", s.If, skip)
			}
		case strings.Contains(s.If, "install-only"):
			t.Errorf("step %q is skipped with install-only: it installs", s.ID)
		case strings.Contains(s.Run, "GITHUB_PATH"):
			path = true
		}
	}
	if !path {
		t.Error("no step puts authspec on PATH")
	}
}
