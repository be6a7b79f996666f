package cli

import (
	"errors"
	"flag"
	"fmt"
	"time"

	"github.com/authspec/authspec/report"
	"github.com/authspec/authspec/rotate"
	"github.com/authspec/authspec/runner"
	"github.com/authspec/authspec/secret"
)

// rotate checks a rotation: the new value's scenarios, then the old value
// until it is refused or --wait runs out.
func (c *command) rotate(args []string) error {
	var (
		f         runFlags
		env, cred string
		wait      time.Duration
		every     = rotate.DefaultEvery
	)
	fs := newFlags(c, "rotate", "rotate --env E --credential C [--wait DUR] [--every DUR] [flags] [PATH...]")
	fs.StringVar(&env, "env", "", "the `environment` where the credential was rotated (required)")
	fs.StringVar(&cred, "credential", "", "the `credential` that was rotated; its previous value is the old one (required)")
	fs.Var(durationFlag{&wait}, "wait", "keep sending the old value until it is refused, for up to this `duration` (e.g. 10m; 0 sends it once)")
	fs.Var(durationFlag{&every}, "every", fmt.Sprintf("pause between attempts while waiting (`duration`, at least %s)", rotate.MinEvery))
	addReportFlags(fs, &f)
	fs.BoolVar(&f.verbose, "verbose", false, "show every request and response (redacted)")
	fs.BoolVar(&f.noColor, "no-color", false, "no ANSI colours (also NO_COLOR, TERM=dumb)")
	paths, err := parse(fs, args)
	if errors.Is(err, flag.ErrHelp) {
		return nil
	}
	if err != nil {
		return exitf(ExitInvalid, "")
	}
	switch {
	case env == "" || cred == "":
		fs.Usage()
		return exitf(ExitInvalid, "authspec rotate: need --env and --credential")
	case every < rotate.MinEvery:
		return exitf(ExitInvalid, "authspec rotate: --every %s is faster than the minimum of %s: an API in its grace period must not be hammered", every, rotate.MinEvery)
	}
	f.parallel = 8
	// The suites' OpenAPI documents are not read: a rotation check sends
	// the scenarios of one credential, and a broken or slow document (a
	// drift check's business, reported by run and lint) must not block it.
	s, err := c.setupWith(&f, paths, c.loadSuites)
	if err != nil {
		return err
	}
	github, out := s.github, s.out
	plan, err := runner.PlanRotation(s.suites, env, cred, s.opt)
	if err != nil {
		return err
	}
	ctx, stop := interruptible()
	defer stop()
	rep, err := rotate.Check(ctx, plan, rotate.Options{Wait: wait, Every: every})
	if err != nil {
		return err
	}
	var failed []error
	if err := report.Console(out, rep, report.ConsoleOptions{Color: s.color, Verbose: f.verbose, GitHubGroups: github}); err != nil {
		failed = append(failed, secret.Errorf("console: %w", err))
	}
	failed = append(failed, c.writeReports(rep, report.NewDocument(rep), &f, github, out, nil)...)
	v := verdict(rep)
	if v == nil && !rep.Rotation.Passed() {
		v = exitf(ExitFailed, "")
	}
	return withOutputErrors(v, failed)
}
