package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/authspec/authspec/openapi"
)

// initOpenAPI writes suites/<api>.yaml, .env.example and .env (the same
// placeholders, git-ignored) generated from an OpenAPI document. Like
// init it never overwrites a file.
func (c *command) initOpenAPI(file, dir string) error {
	doc, err := openapi.Load(file)
	if err != nil {
		return err
	}
	// The suite names the document relative to itself.
	doc.File = docPathFrom(dir, file)
	gen := openapi.Generate(doc, filepath.ToSlash(file))
	fmt.Fprintf(c.stdout, "Generating auth suites for %s (%d operations) in %s\n", displayTitle(doc), len(doc.Operations), displayDir(dir))
	var failed []string
	files := []struct {
		path    string
		content []byte
	}{
		{gen.SuitePath, gen.Suite},
		{".env.example", gen.EnvExample},
		{".env", localEnvFor(gen.SuitePath, gen.EnvExample)},
	}
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
	if _, _, err := ensureGitignore(filepath.Join(dir, ".gitignore")); err != nil {
		fmt.Fprintf(c.stdout, "  failed   .gitignore: %v\n", err)
		failed = append(failed, ".gitignore")
	}
	if len(failed) > 0 {
		return exitf(ExitFailed, "authspec init: could not write %s", strings.Join(failed, ", "))
	}
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
	step("Read %s: lines starting with \"# decide:\" need your judgement.", gen.SuitePath)
	step("Put real values in .env (a copy of .env.example; it is git-ignored).")
	step("authspec lint        check the suite and the credentials, sending nothing")
	step("authspec coverage --openapi %s   what the suite proves per operation", doc.File)
	if len(gen.Secrets) > 0 {
		step("In CI, pass these as secrets:\n       %s", strings.Join(gen.Secrets, "\n       "))
	}
	return nil
}

// docPathFrom is file relative to dir, the directory the suite is written
// under, so the suite's `openapi:` still names the document from there.
func docPathFrom(dir, file string) string {
	absDir, err1 := filepath.Abs(dir)
	absFile, err2 := filepath.Abs(file)
	if err1 != nil || err2 != nil {
		return filepath.ToSlash(file)
	}
	rel, err := filepath.Rel(absDir, absFile)
	if err != nil || (filepath.IsAbs(file) && strings.HasPrefix(rel, "..")) {
		return filepath.ToSlash(absFile)
	}
	return filepath.ToSlash(rel)
}

func displayTitle(d *openapi.Doc) string {
	if d.Title == "" {
		return d.File
	}
	return fmt.Sprintf("%q", d.Title)
}

var _ = os.Stat
