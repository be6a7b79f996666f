package cli

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/authspec/authspec/secret/secrettest"
	"github.com/joho/godotenv"
	"go.yaml.in/yaml/v3"
)

// initMain runs authspec in-process with an empty process environment
// unless env says otherwise, and returns its exit code and output.
func initMain(t *testing.T, env map[string]string, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := Main(args, strings.NewReader(""), &stdout, &stderr, func(k string) string { return env[k] })
	return code, stdout.String(), stderr.String()
}

func initRead(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestInitWritesTheScaffold(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "new", "project") // created as needed
	code, out, errOut := initMain(t, nil, "init", dir)
	if code != ExitOK {
		t.Fatalf("exit %d\n%s%s", code, out, errOut)
	}
	for _, f := range scaffoldFiles(version()) {
		if got := initRead(t, filepath.Join(dir, f.path)); got != string(f.content) {
			t.Errorf("%s differs from the embedded template", f.path)
		}
		if !strings.Contains(out, "wrote    "+f.path+"\n") {
			t.Errorf("output does not say %s was written:\n%s", f.path, out)
		}
	}
	if got := initRead(t, filepath.Join(dir, ".gitignore")); !strings.HasSuffix(got, "\n.env*\n!.env.example\n") {
		t.Errorf(".gitignore:\n%s", got)
	}
	for _, want := range []string{"wrote    .gitignore", "Next steps:", "Put real values in .env", "authspec lint", "STAGING_API_TOKEN", "cd " + dir} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

// The scaffold lints as written: init's .env lists the variables commented
// out, so lint names each one that is not set (the suite is valid, and
// nothing would be sent for them), and values exported in the shell (or by
// a CI job) reach the suite: a .env of placeholders took precedence over
// them. With the placeholders in the process environment instead, each is
// an error that says to put the real value in. Without either, lint says
// what is missing.
func TestInitScaffoldLints(t *testing.T) {
	dir := t.TempDir()
	if code, out, errOut := initMain(t, nil, "init", dir); code != ExitOK {
		t.Fatalf("init: exit %d\n%s%s", code, out, errOut)
	}
	suite := filepath.Join(dir, "suites")
	example := initRead(t, filepath.Join(dir, ".env.example"))
	placeholders, err := godotenv.Unmarshal(example)
	if err != nil {
		t.Fatal(err)
	}

	t.Run("as written", func(t *testing.T) {
		// Four credentials, and production's URL, which .env.example
		// leaves empty. Each message names the variable of .env.example
		// that holds the value, not the suite's alias for it (api_token).
		code, out, errOut := initMain(t, nil, "lint", suite)
		if code != ExitFailed || strings.Count(out, "[credential_missing]") != 5 || !strings.Contains(out, "4 scenarios, 5 errors") {
			t.Fatalf("lint: exit %d, want %d with 4 credentials and the base URL not set\n%s%s", code, ExitFailed, out, errOut)
		}
		for _, want := range append(slices.Clone(scaffoldSecrets[:1]), `STAGING_READONLY_KEY is not set or empty in environment "staging"`,
			`PRODUCTION_API_TOKEN is not set or empty in environment "production"`, `PRODUCTION_BASE_URL is not set or empty in environment "production"`) {
			if !strings.Contains(out, want) {
				t.Errorf("lint does not say %q:\n%s", want, out)
			}
		}
		for _, alias := range []string{"api_token is", "readonly_key is"} {
			if strings.Contains(out, alias) {
				t.Errorf("lint names the alias %q instead of the variable of .env.example:\n%s", alias, out)
			}
		}
	})
	t.Run("exported values", func(t *testing.T) {
		env := map[string]string{
			"STAGING_API_TOKEN":       "stg_tok_9Hq2LmX4pR7vK1zT",
			"STAGING_READONLY_KEY":    "stg_ro_3Fw8NcY6bQ2jD5sA",
			"PRODUCTION_API_TOKEN":    "prd_tok_7Ug1KeV9mZ4xH3rW",
			"PRODUCTION_READONLY_KEY": "prd_ro_5Tj6PaS2cL8nB1qE",
			"PRODUCTION_BASE_URL":     "https://api.example.com",
		}
		code, out, errOut := initMain(t, env, "lint", suite)
		if code != ExitOK || !strings.Contains(out, "4 scenarios, 0 errors") {
			t.Fatalf("lint with the values exported: exit %d, want %d: init's .env must not hide them\n%s%s", code, ExitOK, out, errOut)
		}
		for name, v := range env {
			if name != "PRODUCTION_BASE_URL" {
				secrettest.NoForms(t, out+errOut, v)
			}
		}
	})
	// Without .env (as in CI), the values must come from the environment.
	if err := os.Remove(filepath.Join(dir, ".env")); err != nil {
		t.Fatal(err)
	}
	t.Run("process environment", func(t *testing.T) {
		code, out, errOut := initMain(t, placeholders, "lint", suite)
		if code != ExitFailed {
			t.Fatalf("lint: exit %d\n%s%s", code, out, errOut)
		}
		if !strings.Contains(out, "4 scenarios, 6 errors") || !strings.Contains(out, "is a placeholder, not a credential") { // and the missing .env, where PRODUCTION_BASE_URL was looked for
			t.Errorf("lint output:\n%s", out)
		}
		for _, v := range placeholders {
			if v != "" && strings.Contains(out+errOut, v) {
				t.Errorf("lint printed the value %q", v)
			}
		}
	})
	t.Run("nothing set", func(t *testing.T) {
		code, out, errOut := initMain(t, nil, "lint", suite)
		if code != ExitFailed || !strings.Contains(out, "[credential_missing]") || !strings.Contains(out, "STAGING_API_TOKEN") {
			t.Errorf("lint without credentials: exit %d, want %d with [credential_missing] naming STAGING_API_TOKEN\n%s%s", code, ExitFailed, out, errOut)
		}
	})
}

func TestInitNeverOverwrites(t *testing.T) {
	dir := t.TempDir()
	mine := map[string]string{
		"suites/example.yaml":            "# my own suite\n",
		".github/workflows/authspec.yml": "# my own workflow\n",
		".gitignore":                     "bin/\n.env*\n!.env.example\n",
	}
	for p, content := range mine {
		path := filepath.Join(dir, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	code, out, errOut := initMain(t, nil, "init", dir)
	if code != ExitOK {
		t.Fatalf("exit %d\n%s%s", code, out, errOut)
	}
	for p, content := range mine {
		if got := initRead(t, filepath.Join(dir, filepath.FromSlash(p))); got != content {
			t.Errorf("%s was changed:\n%s", p, got)
		}
		if !strings.Contains(out, "skipped  "+p+" (") {
			t.Errorf("output does not say %s was skipped:\n%s", p, out)
		}
	}
	if !strings.Contains(out, "wrote    .env.example\n") {
		t.Errorf("the missing file was not written:\n%s", out)
	}

	// A second run writes nothing and still succeeds.
	code, out, _ = initMain(t, nil, "init", dir)
	if code != ExitOK || strings.Contains(out, "wrote") || strings.Contains(out, "updated") {
		t.Errorf("second run: exit %d\n%s", code, out)
	}
}

func TestInitGitignore(t *testing.T) {
	const note = "# authspec: real credentials stay out of git; .env.example lists the names\n"
	for _, tc := range []struct {
		name, before, after string // before "" with absent: no file
		absent              bool
		added               []string
	}{
		{name: "absent", absent: true, after: note + ".env*\n!.env.example\n", added: gitignoreLines},
		{name: "empty", before: "", after: note + ".env*\n!.env.example\n", added: gitignoreLines},
		{name: "other entries", before: "bin/\n", after: "bin/\n\n" + note + ".env*\n!.env.example\n", added: gitignoreLines},
		{name: "no final newline", before: "bin/", after: "bin/\n\n" + note + ".env*\n!.env.example\n", added: gitignoreLines},
		{name: "already there", before: "bin/\n .env* \n!.env.example\n", after: "bin/\n .env* \n!.env.example\n"},
		{name: "pattern only", before: ".env*\n", after: ".env*\n\n" + note + "!.env.example\n", added: []string{"!.env.example"}},
		{name: "negation first", before: "!.env.example\n.env*\n",
			after: "!.env.example\n.env*\n\n" + note + "!.env.example\n", added: []string{"!.env.example"}},
		{name: "negation only", before: "!.env.example\n",
			after: "!.env.example\n\n" + note + ".env*\n!.env.example\n", added: gitignoreLines},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), ".gitignore")
			if !tc.absent {
				if err := os.WriteFile(path, []byte(tc.before), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			added, created, err := ensureGitignore(path)
			if err != nil {
				t.Fatal(err)
			}
			if created != tc.absent || !slices.Equal(added, tc.added) {
				t.Errorf("added %q created %v, want %q %v", added, created, tc.added, tc.absent)
			}
			if got := initRead(t, path); got != tc.after {
				t.Errorf("got:\n%s\nwant:\n%s", got, tc.after)
			}
		})
	}
}

func TestInitErrors(t *testing.T) {
	dir := t.TempDir()
	if code, _, errOut := initMain(t, nil, "init", dir, "other"); code != ExitInvalid || !strings.Contains(errOut, "one directory at most") {
		t.Errorf("two directories: exit %d\n%s", code, errOut)
	}
	file := filepath.Join(dir, "file")
	if err := os.WriteFile(file, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, errOut := initMain(t, nil, "init", file); code != ExitInvalid || !strings.Contains(errOut, "not a directory") {
		t.Errorf("a file as DIR: exit %d\n%s", code, errOut)
	}
	if code, _, _ := initMain(t, nil, "init", "--nope", dir); code != ExitInvalid {
		t.Errorf("unknown flag: exit %d", code)
	}
	// suites/ is a file: the suite cannot be written, the rest is, exit 1.
	if err := os.WriteFile(filepath.Join(dir, "suites"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := initMain(t, nil, "init", dir)
	if code != ExitFailed || !strings.Contains(out, "failed   suites/example.yaml") ||
		!strings.Contains(out, "wrote    .env.example") || !strings.Contains(errOut, "could not write suites/example.yaml") {
		t.Errorf("unwritable file: exit %d\n%s%s", code, out, errOut)
	}
}

// The workflow installs authspec with the authspec action at its major
// tag; a release build pins its own version, anything else takes the
// tag's latest release.
func TestInitPinsReleases(t *testing.T) {
	const install = "        uses: authspec/authspec@v1\n        with:\n          install-only: true\n"
	for version, pin := range map[string]string{
		"v1.4.2":                             "          version: v1.4.2\n",
		"dev":                                "",
		"v0.0.0-20261122100000-0123456789ab": "",
		"v1.4.2+dirty":                       "",
	} {
		wf := string(scaffoldContent(t, version, ".github/workflows/authspec.yml"))
		if !strings.Contains(wf, install+pin) {
			t.Errorf("version %s: workflow does not install with\n%s%s", version, install, pin)
		}
		if pin == "" && strings.Contains(wf, "version:") {
			t.Errorf("version %s: workflow pins a version", version)
		}
	}
}

// The variables the suite reads, .env.example lists, the workflow passes
// from secrets and init names in its next steps are the same set.
func TestInitSecretsAgree(t *testing.T) {
	files := map[string]string{}
	for _, f := range scaffoldFiles("dev") {
		files[f.path] = string(f.content)
	}
	env, err := godotenv.Unmarshal(files[".env.example"])
	if err != nil {
		t.Fatal(err)
	}
	set := func(m map[string]bool) []string {
		var out []string
		for k := range m {
			out = append(out, k)
		}
		slices.Sort(out)
		return out
	}
	fromEnv, fromSuite, fromWorkflow := map[string]bool{}, map[string]bool{}, map[string]bool{}
	for k := range env {
		fromEnv[k] = true
	}
	for _, m := range regexp.MustCompile(`\$\{([A-Z][A-Z0-9_]*)\}`).FindAllStringSubmatch(files["suites/example.yaml"], -1) {
		fromSuite[m[1]] = true
	}
	for _, m := range regexp.MustCompile(`(?m)^ +([A-Z0-9_]+): \$\{\{ (secrets|vars)\.([A-Z0-9_]+) \}\}$`).FindAllStringSubmatch(files[".github/workflows/authspec.yml"], -1) {
		if m[1] != m[3] {
			t.Errorf("workflow passes %s.%s as %s", m[2], m[3], m[1])
		}
		if (m[2] == "vars") != slices.Contains(scaffoldVariables, m[1]) {
			t.Errorf("workflow passes %s from %s: secrets are %v, repository variables %v", m[1], m[2], scaffoldSecrets, scaffoldVariables)
		}
		fromWorkflow[m[1]] = true
	}
	want := slices.Sorted(slices.Values(append(slices.Clone(scaffoldSecrets), scaffoldVariables...)))
	for name, got := range map[string][]string{".env.example": set(fromEnv), "suite": set(fromSuite), "workflow": set(fromWorkflow)} {
		if !slices.Equal(got, want) {
			t.Errorf("%s names %v, want %v", name, got, want)
		}
	}
	// Each secret reaches the two steps that run authspec (run, rotate)
	// through their env, and no other step.
	if n := strings.Count(files[".github/workflows/authspec.yml"], "secrets."); n != 2*len(scaffoldSecrets) {
		t.Errorf("workflow mentions secrets %d times, want %d (once per authspec step, as an env value)", n, 2*len(scaffoldSecrets))
	}
	// Production's URL starts empty, so nothing reaches production until
	// the user sets it; the rotated-out values start empty too.
	for k, v := range env {
		empty := strings.HasSuffix(k, "_PREVIOUS") || slices.Contains(scaffoldVariables, k)
		if empty != (v == "") {
			t.Errorf(".env.example: %s=%q (only production's URL and the rotated-out *_PREVIOUS values start empty)", k, v)
		}
	}
}

// The workflow's shape: triggers, least privilege, secrets only through
// env, JUnit written and uploaded.
func TestInitWorkflow(t *testing.T) {
	content := scaffoldContent(t, "dev", ".github/workflows/authspec.yml")
	var wf struct {
		On struct {
			Schedule         []struct{ Cron string }
			WorkflowDispatch struct {
				Inputs map[string]struct{ Description string }
			} `yaml:"workflow_dispatch"`
		}
		Permissions map[string]string
		Jobs        map[string]struct {
			Permissions map[string]string
			Steps       []struct {
				Uses string
				Run  string
				If   string
				Env  map[string]string
				With map[string]string
			}
		}
	}
	if err := yaml.Unmarshal(content, &wf); err != nil {
		t.Fatal(err)
	}
	// "push:" with no value is null: only its presence in the map shows.
	var raw struct {
		On map[string]any `yaml:"on"`
	}
	if err := yaml.Unmarshal(content, &raw); err != nil {
		t.Fatal(err)
	}
	for _, trigger := range []string{"push", "pull_request", "schedule", "workflow_dispatch"} {
		if _, ok := raw.On[trigger]; !ok {
			t.Errorf("no %s trigger", trigger)
		}
	}
	if len(wf.On.Schedule) != 1 || len(strings.Fields(wf.On.Schedule[0].Cron)) != 5 {
		t.Errorf("schedule: %+v", wf.On.Schedule)
	}
	if in, ok := wf.On.WorkflowDispatch.Inputs["environments"]; !ok || !strings.Contains(in.Description, "after credential rotation") {
		t.Errorf("workflow_dispatch inputs: %+v", wf.On.WorkflowDispatch.Inputs)
	}
	for _, in := range []string{"credential", "environment", "wait"} {
		if _, ok := wf.On.WorkflowDispatch.Inputs[in]; !ok {
			t.Errorf("workflow_dispatch has no %s input (for authspec rotate)", in)
		}
	}
	if len(wf.Permissions) != 1 || wf.Permissions["contents"] != "read" {
		t.Errorf("top-level permissions %v, want contents: read only", wf.Permissions)
	}
	var ran, rotated, uploaded, baseline, installed bool
	var restored, saved string // cache paths, in step order
	for name, job := range wf.Jobs {
		if job.Permissions != nil {
			t.Errorf("job %s widens permissions: %v", name, job.Permissions)
		}
		for _, s := range job.Steps {
			if strings.Contains(s.Run, "${{") {
				t.Errorf("expression inside a run script (pass it through env): %q", s.Run)
			}
			// authspec comes from the action, which verifies the release's
			// checksums, before any step uses it; no toolchain, no build.
			if strings.HasPrefix(s.Uses, "authspec/authspec@") {
				installed = s.Uses == "authspec/authspec@v1" && s.With["install-only"] == "true" && !ran && !rotated
			}
			if strings.HasPrefix(s.Uses, "actions/setup-go@") || strings.Contains(s.Run, "go install") {
				t.Errorf("the workflow builds authspec itself (%s%s): the authspec action installs it", s.Uses, s.Run)
			}
			if strings.HasPrefix(s.Run, "authspec rotate") {
				rotated = strings.Contains(s.Run, `--credential "$AUTHSPEC_CREDENTIAL"`) && strings.Contains(s.Run, "--wait") &&
					s.If == "${{ inputs.credential }}" && s.Env["AUTHSPEC_CREDENTIAL"] == "${{ inputs.credential }}" && len(s.Env) == len(scaffoldSecrets)+len(scaffoldVariables)+3
			}
			if strings.HasPrefix(s.Run, "authspec run") {
				ran = strings.Contains(s.Run, "--junit authspec-junit.xml") && strings.Contains(s.Run, "--html authspec-report.html") &&
					len(s.Env) == len(scaffoldSecrets)+len(scaffoldVariables)+1
			}
			if strings.HasPrefix(s.Uses, "actions/upload-artifact@") {
				paths := strings.Fields(s.With["path"])
				uploaded = slices.Contains(paths, "authspec-junit.xml") && slices.Contains(paths, "authspec-report.html") && s.If != ""
			}
			// The previous run's JSON comes back before the run and this
			// run's is kept after it, even when scenarios fail.
			if strings.HasPrefix(s.Uses, "actions/cache/restore@") && !ran {
				restored = s.With["path"]
			}
			if strings.HasPrefix(s.Uses, "actions/cache/save@") && ran && s.If != "" {
				saved = s.With["path"]
			}
			if strings.HasPrefix(s.Run, "authspec rotate") {
				rotated = strings.Contains(s.Run, `--credential "$AUTHSPEC_CREDENTIAL"`) && strings.Contains(s.Run, "--wait") &&
					s.If == "${{ inputs.credential }}" && s.Env["AUTHSPEC_CREDENTIAL"] == "${{ inputs.credential }}" && len(s.Env) == len(scaffoldSecrets)+len(scaffoldVariables)+3
			}
			if strings.HasPrefix(s.Run, "authspec run") {
				baseline = strings.Contains(s.Run, "--json authspec-report.json") && strings.Contains(s.Run, "--baseline authspec-report.json")
			}
		}
	}
	if !rotated {
		t.Error("no authspec rotate step with --credential, --wait and the secrets in env, run when a credential is given")
	}
	if !installed {
		t.Error("no step installs authspec with authspec/authspec@v1 (install-only: true) before it runs")
	}
	if !ran || !uploaded {
		t.Errorf("authspec run with --junit, --html and the secrets in env: %v; JUnit and HTML uploaded even on failure: %v", ran, uploaded)
	}
	if !baseline || restored != "authspec-report.json" || saved != restored {
		t.Errorf("baseline: run compares with the previous JSON: %v; cache restored %q before, saved %q after", baseline, restored, saved)
	}
}

// actionlint, when installed, accepts the generated workflow. CI installs
// it; elsewhere this test is skipped.
func TestInitWorkflowActionlint(t *testing.T) {
	bin, err := exec.LookPath("actionlint")
	if err != nil && os.Getenv("CI") != "" {
		t.Fatal("actionlint is not on PATH; .ci/run installs it")
	}
	if err != nil {
		t.Skip("actionlint is not on PATH (go install github.com/rhysd/actionlint/cmd/actionlint@v1.7.12)")
	}
	dir := t.TempDir()
	if code, out, errOut := initMain(t, nil, "init", dir); code != ExitOK {
		t.Fatalf("init: exit %d\n%s%s", code, out, errOut)
	}
	cmd := exec.Command(bin, "-no-color", filepath.Join(".github", "workflows", "authspec.yml"))
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Errorf("actionlint: %v\n%s", err, out)
	}
}

// scaffoldContent returns the content init writes at path.
func scaffoldContent(t *testing.T, version, path string) []byte {
	t.Helper()
	for _, f := range scaffoldFiles(version) {
		if f.path == path {
			return f.content
		}
	}
	t.Fatalf("init writes no %s", path)
	return nil
}
