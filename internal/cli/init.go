package cli

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"github.com/authspec/authspec/internal/lazyre"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// The scaffold's files, as they are written (the workflow's install line
// is pinned to the running release, see scaffoldFiles).
//
//go:embed scaffold/example.yaml scaffold/env.example scaffold/workflow.yml
var scaffoldFS embed.FS

// scaffoldSecrets are the variables the example suite reads. .env.example
// lists them, the workflow passes each from a secret of the same name, and
// init names them in its next steps; a test keeps the three in step.
var scaffoldSecrets = []string{
	"STAGING_API_TOKEN", "STAGING_API_TOKEN_PREVIOUS", "STAGING_READONLY_KEY",
	"PRODUCTION_API_TOKEN", "PRODUCTION_API_TOKEN_PREVIOUS", "PRODUCTION_READONLY_KEY",
}

// scaffoldVariables are the variables the example suite reads that are not
// secrets: production's base_url, empty until the user sets it so that
// nothing is sent to production by accident. .env.example lists them and
// the workflow passes each from a repository variable of the same name.
var scaffoldVariables = []string{"PRODUCTION_BASE_URL"}

// gitignoreLines keep real credentials out of git and .env.example in it.
// Order matters: the negation must follow the pattern it excepts from.
var gitignoreLines = []string{".env*", "!.env.example"}

type scaffoldFile struct {
	path    string // slash-separated, relative to the target directory
	content []byte
}

// release matches a version that has a release archive and is worth
// pinning: a tagged release, not a pseudo-version or a dirty build.
var release = lazyre.New(`^v[0-9]+\.[0-9]+\.[0-9]+$`)

// installOnly is the workflow's line that asks the authspec action to
// install authspec only; a release build pins the version after it.
const installOnly = "          install-only: true\n"

// scaffoldFiles returns the files init writes, in the order it writes them.
// A release build pins the workflow's install to its own version (the
// action's version input) instead of the latest release of the action's
// major tag, so the CI runs what the user scaffolded with.
func scaffoldFiles(version string) []scaffoldFile {
	read := func(name string) []byte {
		b, err := scaffoldFS.ReadFile("scaffold/" + name)
		if err != nil {
			panic(err) // embedded at build time: cannot happen
		}
		return b
	}
	workflow := read("workflow.yml")
	if release.MatchString(version) {
		workflow = bytes.Replace(workflow, []byte(installOnly), []byte(installOnly+"          version: "+version+"\n"), 1)
	}
	return []scaffoldFile{
		{"suites/example.yaml", read("example.yaml")},
		{".env.example", read("env.example")},
		// .env starts as the variables of .env.example, commented out so
		// that none hides the shell's; it is git-ignored.
		{".env", localEnv(read("env.example"))},
		{".github/workflows/authspec.yml", workflow},
	}
}

// init scaffolds a project in DIR (default "."): suites/example.yaml,
// .env.example, .env (the same variables, commented out, git-ignored),
// .github/workflows/authspec.yml, and the .env* entry of
// .gitignore. It never overwrites a file: one that exists is skipped and
// said so, and .gitignore only gets the lines it lacks appended. It exits 0
// when every file was written or already there, 2 for a bad command line,
// 1 when a file could not be written.
func (c *command) init(args []string) error {
	flags := newFlags(c, "init", "init [--openapi FILE] [DIR]")
	openapiFile := flags.String("openapi", "", "generate auth suites from this OpenAPI `FILE` (3.0, 3.1 or Swagger 2.0)")
	pos, err := parse(flags, args)
	if err != nil {
		return exitf(ExitInvalid, "")
	}
	if len(pos) > 1 {
		flags.Usage()
		return exitf(ExitInvalid, "authspec init: one directory at most, got %d arguments", len(pos))
	}
	dir := "."
	if len(pos) == 1 {
		dir = pos[0]
	}
	if info, err := os.Stat(dir); err == nil && !info.IsDir() {
		return exitf(ExitInvalid, "authspec init: %s is not a directory", dir)
	}
	if *openapiFile != "" {
		return c.initOpenAPI(*openapiFile, dir)
	}

	fmt.Fprintf(c.stdout, "Scaffolding authspec in %s\n", displayDir(dir))
	if failed := c.writeScaffold(dir, scaffoldFiles(version())); len(failed) > 0 {
		return exitf(ExitFailed, "authspec init: could not write %s", strings.Join(failed, ", "))
	}
	c.scaffoldSteps(dir)
	return nil
}

// writeScaffold writes files under dir, never overwriting one, then makes
// .gitignore keep .env* out of git. It says what it did with each file
// and returns the ones it could not write.
func (c *command) writeScaffold(dir string, files []scaffoldFile) (failed []string) {
	for _, f := range files {
		wrote, err := writeNew(filepath.Join(dir, filepath.FromSlash(f.path)), f.content)
		switch {
		case err != nil:
			fmt.Fprintf(c.stdout, "  failed   %s: %v\n", f.path, err)
			failed = append(failed, f.path)
		case wrote:
			fmt.Fprintf(c.stdout, "  wrote    %s\n", f.path)
		default:
			fmt.Fprintf(c.stdout, "  skipped  %s (already exists; left as it is)\n", f.path)
		}
	}
	added, created, err := ensureGitignore(filepath.Join(dir, ".gitignore"))
	switch {
	case err != nil:
		fmt.Fprintf(c.stdout, "  failed   .gitignore: %v\n", err)
		failed = append(failed, ".gitignore")
	case created:
		fmt.Fprintf(c.stdout, "  wrote    .gitignore (%s)\n", strings.Join(added, " "))
	case len(added) > 0:
		fmt.Fprintf(c.stdout, "  updated  .gitignore (appended %s)\n", strings.Join(added, " "))
	default:
		fmt.Fprintf(c.stdout, "  skipped  .gitignore (already ignores .env* except .env.example)\n")
	}
	return failed
}

// nextSteps starts the numbered list of what to do next; each call of the
// function it returns prints one step.
func (c *command) nextSteps(dir string) func(format string, args ...any) {
	w := c.stdout
	fmt.Fprintln(w, "\nNext steps:")
	n := 0
	step := func(format string, args ...any) {
		n++
		fmt.Fprintf(w, "  %d. %s\n", n, fmt.Sprintf(format, args...))
	}
	if dir != "." {
		step("cd %s", dir)
	}
	return step
}

func (c *command) scaffoldSteps(dir string) {
	step := c.nextSteps(dir)
	step("Edit suites/example.yaml: staging's base_url, and the paths and\n" +
		"     expectations of your API.")
	step("Put real values in .env (uncomment each line you fill in; it is\n"+
		"     git-ignored) or export them: the credentials, and\n"+
		"     %s. Until you set it, production sends nothing;\n"+
		"     until the credentials are set, lint reports them.", strings.Join(scaffoldVariables, ", "))
	step("authspec lint        check the suite and the credentials, sending nothing")
	step("authspec run --env staging")
	step("Add these secrets to the repository (Settings > Secrets and variables >\n"+
		"     Actions, or gh secret set NAME):\n       %s", strings.Join(scaffoldSecrets, "\n       "))
	step("Add these repository variables (same page, Variables tab, or\n"+
		"     gh variable set NAME):\n       %s", strings.Join(scaffoldVariables, "\n       "))
	step("Commit suites/, .env.example, .gitignore and .github/workflows/authspec.yml.\n" +
		"     The workflow runs on every push and pull request, nightly, and by hand\n" +
		"     (Run workflow) after a credential rotation: give it the credential and the\n" +
		"     environment, and it checks that the old value is refused (authspec rotate).")
}

func displayDir(dir string) string {
	if abs, err := filepath.Abs(dir); err == nil {
		return abs
	}
	return dir
}

// writeNew writes a file that does not exist yet, creating its directory.
// It reports false, and writes nothing, when the file is already there.
func writeNew(path string, content []byte) (bool, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return false, err
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if errors.Is(err, fs.ErrExist) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	_, err = f.Write(content)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		// A half-written file would be "already there" to the next init.
		_ = os.Remove(path)
		return false, err
	}
	return true, nil
}

// ensureGitignore appends the gitignoreLines that path lacks, creating the
// file when it is absent. A "!.env.example" that comes before ".env*" does
// not count (the later pattern wins): it is appended again after it.
func ensureGitignore(path string) (added []string, created bool, err error) {
	old, err := os.ReadFile(path)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return nil, false, err
	}
	created = err != nil
	pattern, negation := -1, -1
	for i, line := range strings.Split(string(old), "\n") {
		switch strings.TrimSpace(line) {
		case gitignoreLines[0]:
			pattern = i
		case gitignoreLines[1]:
			negation = i
		}
	}
	switch {
	case pattern >= 0 && negation > pattern:
		return nil, false, nil
	case pattern >= 0:
		added = gitignoreLines[1:]
	default:
		added = gitignoreLines
	}
	var b bytes.Buffer
	if len(old) > 0 && !bytes.HasSuffix(old, []byte("\n")) {
		b.WriteString("\n")
	}
	if len(old) > 0 {
		b.WriteString("\n")
	}
	b.WriteString("# authspec: real credentials stay out of git; .env.example lists the names\n")
	for _, l := range added {
		b.WriteString(l + "\n")
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o644)
	if err != nil {
		return nil, false, err
	}
	if _, err := f.Write(b.Bytes()); err != nil {
		f.Close()
		return nil, false, err
	}
	return added, created, f.Close()
}

// localEnv is .env as init writes it: the variables of .env.example,
// each commented out, under a header of its own. A value in an env file
// takes precedence over the shell's, so a placeholder written here would
// hide the real value a shell or a CI job exports under the same name
// (every scenario would then be a placeholder error, nothing sent): a
// commented line hides nothing until the user fills it in.
func localEnv(example []byte) []byte { return localEnvFor("suites/example.yaml", example) }

// localEnvFor is localEnv for the suite at suitePath.
func localEnvFor(suitePath string, example []byte) []byte {
	var b bytes.Buffer
	b.WriteString("# Local values for " + suitePath + ". Git-ignored: never commit it.\n" +
		"# Uncomment a line and put the real value in it. A value set here takes\n" +
		"# precedence over the same variable in your shell or CI; a line left\n" +
		"# commented lets theirs through.\n")
	for _, line := range strings.Split(string(example), "\n") {
		if t := strings.TrimSpace(line); t != "" && !strings.HasPrefix(t, "#") {
			b.WriteString("# " + t + "\n")
		}
	}
	return b.Bytes()
}
