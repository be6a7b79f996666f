package cli

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/authspec/authspec/internal/heaproom"
	"github.com/authspec/authspec/internal/words"
	"github.com/authspec/authspec/openapi"
	"github.com/authspec/authspec/report"
	"github.com/authspec/authspec/secret"
	"github.com/authspec/authspec/suites"
)

// initOpenAPI writes suites/<api>.yaml, .env.example and .env (the same
// variables, commented out, git-ignored) generated from an OpenAPI document. Like
// init it never overwrites a file.
func (c *command) initOpenAPI(file, dir string) error {
	doc, err := loadOpenAPI(file, openapi.Samples)
	if err != nil {
		return err
	}
	// The suite names the document relative to itself.
	doc.File = docPathFrom(dir, file)
	gen := openapi.Generate(doc, filepath.ToSlash(file))
	fmt.Fprintf(c.stdout, "Generating auth suites for %s (%s) in %s\n", displayTitle(doc), words.Plural(len(doc.Operations), "operation"), displayDir(dir))
	failed := c.writeScaffold(dir, []scaffoldFile{
		{gen.SuitePath, gen.Suite},
		{".env.example", gen.EnvExample},
		{".env", localEnvFor(gen.SuitePath, gen.EnvExample)},
	})
	if len(failed) > 0 {
		return exitf(ExitFailed, "authspec init: could not write %s", strings.Join(failed, ", "))
	}
	step := c.nextSteps(dir)
	step("Read %s: lines starting with \"# decide:\" need your judgement.", gen.SuitePath)
	step("Put real values in .env (uncomment each line you fill in; it is\n" +
		"     git-ignored) or export them: until they are set, lint reports them.")
	step("authspec lint        check the suite and the credentials, sending nothing")
	step("authspec coverage --openapi %s   what the suite proves per operation", doc.File)
	if len(gen.Secrets) > 0 {
		step("In CI, pass these as secrets:\n       %s", strings.Join(gen.Secrets, "\n       "))
	}
	return nil
}

// loadOpenAPI is openapi.Load with the collector loosened while the
// document is built: a large one allocates a few hundred MiB of
// short-lived nodes, and under the command's 40 MiB soft heap limit the
// collector would run without pause (4.7 s of CPU instead of ~1 s on the
// 659-operation DigitalOcean document). The model is dropped once its
// operations are read, and the settings are restored when Load returns.
func loadOpenAPI(file string, detail openapi.Detail) (*openapi.Doc, error) {
	defer heaproom.Enter()()
	return openapi.Load(file, detail)
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

// coverage prints what the suites prove about each operation of an
// OpenAPI document, per environment, sending nothing. It exits 1 when the
// overall percentage is below --min, 2 when the document or the suites
// are invalid.
func (c *command) coverage(args []string) error {
	fs := newFlags(c, "coverage", "coverage --openapi FILE [--min PCT] [--json FILE] [--github] [PATH...]")
	file := fs.String("openapi", "", "the OpenAPI `FILE` (3.0, 3.1 or Swagger 2.0; YAML or JSON)")
	minPct := fs.Float64("min", 0, "exit 1 when the overall coverage is below this percentage (`PCT`, 0-100)")
	jsonOut := fs.String("json", "", "also write the coverage as JSON to `FILE` (- for stdout)")
	github := fs.Bool("github", false, "add a section to the GitHub step summary (automatic when GITHUB_ACTIONS=true)")
	paths, err := parse(fs, args)
	if err != nil {
		return exitf(ExitInvalid, "")
	}
	if *file == "" {
		fs.Usage()
		return exitf(ExitInvalid, "authspec coverage: --openapi FILE is required")
	}
	if *minPct < 0 || *minPct > 100 {
		return exitf(ExitInvalid, "authspec coverage: --min must be a percentage between 0 and 100, got %g", *minPct)
	}
	if err := prepareReportPaths(*jsonOut); err != nil {
		return err
	}
	doc, err := loadOpenAPI(*file, openapi.Security)
	if err != nil {
		return err
	}
	ss, err := suites.Load(defaultPaths(paths)...)
	if err != nil {
		return err
	}
	cov := openapi.Cover(doc, ss)
	if *jsonOut != "-" {
		if err := cov.WriteText(c.stdout); err != nil {
			return err
		}
	}
	// Each failure is an error whose flag or variable name is authspec's
	// words and whose path and reason are values (as run's reports), so
	// a secret the redactor knows never rewrites the names.
	var failed []error
	if *jsonOut != "" {
		if err := report.WriteFile(*jsonOut, cov.WriteJSON); err != nil {
			failed = append(failed, secret.Errorf("%s %s: %w", secret.Lit("--json"), *jsonOut, err))
		}
	}
	if path := c.getenv("GITHUB_STEP_SUMMARY"); path != "" && (*github || c.getenv("GITHUB_ACTIONS") == "true") {
		if err := appendFile(path, cov.WriteMarkdown); err != nil {
			failed = append(failed, secret.Errorf("%s: %w", secret.Lit("GITHUB_STEP_SUMMARY"), err))
		}
	}
	if len(failed) > 0 {
		var joined secret.Text
		for i, err := range failed {
			if i > 0 {
				joined += secret.Lit("; ")
			}
			joined += secret.Textf("%v", err)
		}
		return exitf(ExitFailed, "authspec coverage: could not write %s", joined)
	}
	if overall := cov.Totals.Overall; *minPct > 0 && overall.Percent < *minPct {
		return exitf(ExitFailed, "authspec coverage: overall coverage %.1f%% is below --min %g%%", overall.Percent, *minPct)
	}
	return nil
}

// appendFile appends what write produces to path (the step summary is
// shared by every step of a job).
func appendFile(path string, write func(io.Writer) error) error {
	fh, err := os.OpenFile(path, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		return err
	}
	err = write(fh)
	if cerr := fh.Close(); err == nil {
		err = cerr
	}
	return err
}
