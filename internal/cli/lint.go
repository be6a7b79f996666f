package cli

import (
	"fmt"

	"github.com/authspec/authspec/diagnose"
	"github.com/authspec/authspec/report"
	"github.com/authspec/authspec/results"
	"github.com/authspec/authspec/runner"
)

// lint checks suites and credentials without sending anything. It exits 2
// for structural errors, 1 for credential errors (missing values, expired
// tokens), 0 otherwise.
func (c *command) lint(args []string) error {
	var f runFlags
	fs := newFlags(c, "lint", "lint [flags] [PATH...]")
	fs.Var(&f.envs, "env", "environments: `NAME[,NAME]` or all (default: all the suites define)")
	f.expiryWarning = diagnose.DefaultExpiryWarning
	fs.Var(durationFlag{&f.expiryWarning}, "expiry-warning", "warn about JWTs and TLS client certificates that expire within this `duration` (7d, 2w, 36h, 1d12h)")
	fs.BoolVar(&f.failOnWarning, "fail-on-warning", false, "exit 1 when there are warnings")
	paths, err := parse(fs, args)
	if err != nil {
		return exitf(ExitInvalid, "")
	}
	f.parallel = 1
	opt, ss, err := c.load(&f, paths)
	if err != nil {
		return err
	}
	findings, err := runner.Preflight(ss, opt)
	if err != nil {
		return err
	}
	errs, warns, expired := 0, 0, 0
	for _, fd := range results.Printed(findings) {
		fmt.Fprintln(c.stdout, report.FindingLine(fd, opt.Redactor))
		if fd.Severity == diagnose.SeverityError {
			errs++
		} else {
			warns++
		}
		// An expired token is a warning (run still sends it: the answer is
		// evidence), but lint fails on it: it cannot succeed.
		if fd.Code == diagnose.JWTExpired {
			expired++
		}
	}
	scenarios := 0
	for _, s := range ss {
		scenarios += len(s.Scenarios)
	}
	fmt.Fprintf(c.stdout, "%s, %s, %s in %s\n", plural(scenarios, "scenario"), plural(errs, "error"), plural(warns, "warning"), plural(len(ss), "suite"))
	if errs > 0 || expired > 0 || (f.failOnWarning && warns > 0) {
		return exitf(ExitFailed, "")
	}
	return nil
}
