package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/signal"
	"path/filepath"
	"regexp"
	"regexp/syntax"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/authspec/authspec/diagnose"
	"github.com/authspec/authspec/internal/words"
	"github.com/authspec/authspec/report"
	"github.com/authspec/authspec/results"
	"github.com/authspec/authspec/runner"
	"github.com/authspec/authspec/secret"
	"github.com/authspec/authspec/suites"
	"github.com/authspec/authspec/vocab"
)

// runFlags are the flags shared by run and lint.
type runFlags struct {
	envs          listFlag
	kinds         listFlag
	filter        string
	parallel      int
	junit, json   string
	metrics, push string
	baseline      string
	quiet         bool
	html          string
	github        bool
	shard         string
	expiryWarning time.Duration
	failOnWarning bool
	verbose       bool
	noColor       bool
}

func (c *command) run(args []string) error {
	var f runFlags
	fs := newFlags(c, "run", "run [flags] [PATH...]")
	fs.Var(&f.envs, "env", "environments: `NAME[,NAME]` or all (default: all the suites define)")
	fs.Var(&f.kinds, "kind", "only scenarios of these `kinds`: "+strings.Join(vocab.Kinds, ", "))
	fs.StringVar(&f.filter, "filter", "", "only test cases whose name matches this `regexp`")
	fs.IntVar(&f.parallel, "parallel", 8, fmt.Sprintf("test cases run at once, 1 to %d; output stays in suite order", runner.MaxParallel))
	addReportFlags(fs, &f)
	fs.StringVar(&f.baseline, "baseline", "", "compare with an earlier run's JSON report `FILE` and lead with what changed")
	fs.StringVar(&f.shard, "shard", "", "run the I-th of N deterministic slices, as `I/N`")
	f.expiryWarning = diagnose.DefaultExpiryWarning
	fs.Var(durationFlag{&f.expiryWarning}, "expiry-warning", "warn about JWTs and TLS client certificates that expire within this `duration` (7d, 2w, 36h, 1d12h)")
	fs.BoolVar(&f.failOnWarning, "fail-on-warning", false, "preflight warnings fail the scenarios they concern")
	fs.BoolVar(&f.verbose, "verbose", false, "show every request and response (redacted)")
	fs.BoolVar(&f.quiet, "quiet", false, "print failures and the summary only")
	fs.BoolVar(&f.noColor, "no-color", false, "no ANSI colours (also NO_COLOR, TERM=dumb)")
	paths, err := parse(fs, args)
	if err != nil {
		return exitf(ExitInvalid, "")
	}
	// Read before the report paths are prepared: the baseline may be the
	// very file this run's --json replaces.
	base, err := c.readBaseline(f.baseline)
	if err != nil {
		return err
	}
	s, err := c.setup(&f, paths)
	if err != nil {
		return err
	}
	opt, github, out := s.opt, s.github, s.out
	stream := c.stream(&f, &opt, out, report.ConsoleOptions{Color: s.color, Verbose: f.verbose, GitHubGroups: github, Quiet: f.quiet})
	ctx, stop := interruptible()
	defer stop()
	rep, err := runner.Run(ctx, s.suites, opt)
	if err != nil {
		return err
	}
	if len(rep.Results) == 0 && opt.Shard.N > 1 {
		// A CI matrix wider than the suite: this slice is empty, which is
		// not a failure of the suite. Said, so it is not mistaken for a run.
		fmt.Fprintf(c.stderr, "authspec: shard %s holds no test case (there are fewer test cases than shards); nothing was sent\n", opt.Shard)
	}
	// Requests went out: every output is attempted even if one fails, and
	// a failure to write one exits 1, never 2 ("nothing was sent").
	var failed []error
	var changes *report.Changes
	doc := report.NewDocument(rep) // redacted once, for every report that reads it
	if base != nil {
		changes = doc.Compare(base)
	}
	if err := stream.Finish(rep, changes); err != nil {
		failed = append(failed, secret.Errorf("console: %w", err))
	}
	failed = append(failed, c.writeReports(rep, doc, &f, github, out, changes)...)
	return withOutputErrors(verdict(rep), failed)
}

// addReportFlags registers the report flags that run and rotate share.
func addReportFlags(fs *flag.FlagSet, f *runFlags) {
	fs.StringVar(&f.junit, "junit", "", "write a JUnit XML report to `FILE`")
	fs.StringVar(&f.json, "json", "", "write a JSON report to `FILE` (- for stdout)")
	fs.StringVar(&f.html, "html", "", "write a self-contained HTML report to `FILE`")
	fs.StringVar(&f.metrics, "metrics", "", "write Prometheus metrics (text exposition format) to `FILE`")
	fs.StringVar(&f.push, "push-metrics", "", "push the metrics to the Prometheus Pushgateway at `URL` (job authspec)")
	fs.BoolVar(&f.github, "github", false, "GitHub Actions annotations and step summary (automatic when GITHUB_ACTIONS=true)")
}

// outputs decides where the console goes (stderr when stdout carries the
// JSON) and whether GitHub's outputs are on; under GitHub, secrets first
// seen at run time (OAuth tokens, captures) are masked before anything
// could print them.
func (c *command) outputs(f *runFlags, opt *runner.Options) (github bool, out io.Writer) {
	github = f.github || c.getenv("GITHUB_ACTIONS") == "true"
	out = c.stdout
	if f.json == "-" {
		out = c.stderr
	}
	if github {
		opt.OnSecret = report.GitHubMasker(out)
	}
	return github, out
}

// withOutputErrors is the exit of a run whose requests went out: the
// outputs that could not be written, one line each, then what the run
// itself says (its verdict v, nil or an *exitError), with the verdict's
// code; a failed output makes a passing run exit 1, never 2 ("nothing was
// sent"). Each line is a secret.Text, so a secret that is one of
// authspec's words ("environment") rewrites none of them.
func withOutputErrors(v error, failed []error) error {
	if len(failed) == 0 {
		return v
	}
	lines := make([]string, 0, len(failed)+1)
	for _, err := range failed {
		lines = append(lines, string(secret.Textf("authspec: %v", err)))
	}
	code := ExitFailed
	var ee *exitError
	if errors.As(v, &ee) {
		code = max(ee.code, ExitFailed)
		if ee.msg != "" {
			lines = append(lines, ee.msg)
		}
	}
	return &exitError{code: code, msg: strings.Join(lines, "\n")}
}

// options turns flags into runner options; bad values are usage errors.
func (c *command) options(f *runFlags) (runner.Options, error) {
	opt := runner.Options{Envs: f.envs, Kinds: f.kinds, Parallel: f.parallel, KeepExchanges: f.verbose,
		ExpiryWarning: f.expiryWarning, FailOnWarning: f.failOnWarning, Redactor: c.redactor,
		Getenv: func(name string) (string, bool) {
			v := c.getenv(name)
			return v, v != ""
		}}
	for _, k := range f.kinds {
		if !slices.Contains(vocab.Kinds, k) {
			shown, hint := words.Shown(k, vocab.Kinds), ""
			if shown == k { // a typo, or shaped like a kind: not a token
				shown = strconv.Quote(k)
			}
			if near := words.Closest(k, vocab.Kinds); near != "" {
				hint = fmt.Sprintf(" (did you mean %q?)", near)
			}
			return opt, exitf(ExitInvalid, "authspec: --kind %s is not a kind%s; use one of %s", shown, hint, strings.Join(vocab.Kinds, ", "))
		}
	}
	if f.filter != "" {
		re, err := regexp.Compile(f.filter)
		if err != nil {
			// The parser's error quotes the pattern's bad part.
			why := "it does not compile"
			var serr *syntax.Error
			if errors.As(err, &serr) {
				why = string(serr.Code)
			}
			return opt, exitf(ExitInvalid, "authspec: --filter %s is not a regular expression: %s", words.Pattern(f.filter), why)
		}
		opt.Filter = re
	}
	if f.parallel < 1 || f.parallel > runner.MaxParallel {
		return opt, exitf(ExitInvalid, "authspec: --parallel %d: use 1 to %d (each test case in flight may hold a response body in memory)", f.parallel, runner.MaxParallel)
	}
	if f.shard != "" {
		sh, err := runner.ParseShard(f.shard)
		if err != nil {
			return opt, err
		}
		opt.Shard = sh
	}
	return opt, nil
}

// progressLine draws "done/total, failed" in place on a terminal. Without
// colour it also avoids the erase-line escape, padding with spaces instead.
func progressLine(w io.Writer, plain bool) func(done, total, failed int) {
	clear := progressClear(plain)
	return func(done, total, failed int) {
		fmt.Fprintf(w, "%s%d/%d done, %d failed", clear, done, total, failed)
		if done == total {
			fmt.Fprint(w, clear)
		}
	}
}

// load turns flags into options and loads the suites and the OpenAPI
// documents they name: the first half of run, lint and rotate.
func (c *command) load(f *runFlags, paths []string) (runner.Options, []*suites.Suite, error) {
	opt, ss, err := c.loadSuites(f, paths)
	if err == nil {
		opt.Declared, opt.Findings, err = declare(ss)
	}
	return opt, ss, err
}

// loadSuites is load without the OpenAPI documents: request sends one
// request of its own, which no document's drift check concerns, so a
// broken or slow document must not stand in its way.
func (c *command) loadSuites(f *runFlags, paths []string) (runner.Options, []*suites.Suite, error) {
	opt, err := c.options(f)
	if err != nil {
		return opt, nil, err
	}
	ss, err := suites.Load(defaultPaths(paths)...)
	return opt, ss, err
}

func defaultPaths(paths []string) []string {
	if len(paths) == 0 {
		return []string{"suites"}
	}
	return paths
}

// writeReports writes the report files atomically, and the GitHub outputs.
// Workflow commands go to out, with the console: the Actions runner reads
// them from stderr too, and stdout may be carrying JSON. doc is rep's
// document, shared by the reports that read it.
func (c *command) writeReports(rep *results.Report, doc *report.Document, f *runFlags, github bool, out io.Writer, changes *report.Changes) []error {
	var failed []error
	// note keeps an output's failure: what (a flag, an output's name) is
	// authspec's words, the path typed after the flag a value.
	note := func(what, path string, err error) {
		switch {
		case err == nil:
		case path != "":
			failed = append(failed, secret.Errorf("%s %s: %w", secret.Lit(what), path, err))
		default:
			failed = append(failed, secret.Errorf("%s: %w", secret.Lit(what), err))
		}
	}
	if f.junit != "" {
		note("--junit", f.junit, report.WriteFile(f.junit, func(w io.Writer) error { return report.JUnit(w, rep) }))
	}
	switch f.json {
	case "":
	case "-":
		note("--json -", "", doc.JSON(c.stdout, changes))
	default:
		note("--json", f.json, report.WriteFile(f.json, func(w io.Writer) error { return doc.JSON(w, changes) }))
	}
	if f.html != "" {
		note("--html", f.html, report.WriteFile(f.html, func(w io.Writer) error {
			return doc.HTML(w, report.HTMLOptions{Changes: changes})
		}))
	}
	if f.metrics != "" {
		note("--metrics", f.metrics, report.WriteFile(f.metrics, doc.Metrics))
	}
	if f.push != "" {
		note("--push-metrics", "", pushMetrics(f.push, doc))
	}
	if !github {
		return failed
	}
	note("annotations", "", report.GitHubAnnotations(out, rep))
	if path := c.getenv("GITHUB_STEP_SUMMARY"); path != "" {
		fh, err := os.OpenFile(path, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
		if err == nil {
			err = doc.StepSummary(fh, changes)
			if cerr := fh.Close(); err == nil {
				err = cerr
			}
		}
		note("GITHUB_STEP_SUMMARY", "", err)
	}
	return failed
}

// prepareReportPaths makes sure the report files can be written before
// anything is sent: a typo in --junit must not cost a run's results.
// Missing directories are created. A report left by an earlier run is
// removed now, so that if this run is killed before it writes its own, no
// file is left looking like this run's result.
func prepareReportPaths(paths ...string) error {
	for _, path := range paths {
		if path == "" || path == "-" {
			continue
		}
		if err := checkReportPath(path); err != nil {
			return exitf(ExitInvalid, "authspec: cannot write report %s: %v; nothing was sent", path, err)
		}
	}
	return nil
}

func checkReportPath(path string) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	info, err := os.Lstat(path)
	switch {
	case err == nil && info.IsDir():
		return errors.New("it is a directory")
	case err == nil && !info.Mode().IsRegular():
		// Reports are renamed into place: that would replace a device or
		// a symlink's target with a plain file.
		return errors.New("it exists and is not a regular file")
	case err != nil && !errors.Is(err, fs.ErrNotExist):
		return err
	}
	// The report is written to a temporary file beside it, then renamed:
	// that needs a writable directory, whatever the file's own mode.
	probe, err := os.CreateTemp(dir, "."+filepath.Base(path)+".check-*")
	if err != nil {
		return errors.Unwrap(err)
	}
	probe.Close()
	os.Remove(probe.Name())
	if err := os.Remove(path); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	return nil
}

// checkStepSummary opens GITHUB_STEP_SUMMARY for appending, as the run
// will at its end, before anything is sent: an unwritable summary is a
// setup error (exit 2), not a failure found after every request went out.
func (c *command) checkStepSummary(github bool) error {
	path := c.getenv("GITHUB_STEP_SUMMARY")
	if !github || path == "" {
		return nil
	}
	fh, err := os.OpenFile(path, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		return exitf(ExitInvalid, "authspec: cannot write GITHUB_STEP_SUMMARY %s: %v; nothing was sent", path, errors.Unwrap(err))
	}
	return fh.Close()
}

// interruptible returns a context cancelled by SIGINT or SIGTERM (what CI
// systems send on a cancelled job or a timeout), so an interrupted run
// still marks what did not run and writes every report.
func interruptible() (context.Context, context.CancelFunc) {
	return signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
}

// verdict maps a finished run to its exit code.
func verdict(rep *results.Report) error {
	if rep.Interrupted {
		return exitf(ExitFailed, "authspec: interrupted; the reports hold what ran")
	}
	if envs := rep.Unreachable(); len(envs) > 0 {
		return exitf(ExitUnreachable, "authspec: could not reach environment %s at all (no connection could be made: nothing listening, DNS or TLS)", strings.Join(envs, ", "))
	}
	if t := rep.Totals(); t.Failed+t.Errors > 0 {
		return exitf(ExitFailed, "")
	}
	return nil
}
