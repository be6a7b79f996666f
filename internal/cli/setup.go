package cli

import (
	"io"
	"path/filepath"

	"github.com/authspec/authspec/runner"
	"github.com/authspec/authspec/suites"
)

// session is what run and rotate know once their flags are checked and
// their suites loaded, before any request goes out.
type session struct {
	opt    runner.Options
	suites []*suites.Suite
	github bool      // GitHub's outputs (masks, groups, step summary) are on
	out    io.Writer // where the console goes
	color  bool      // ANSI colour on the console
}

// setup is the first half that run and rotate share. Report destinations
// are checked, and earlier reports removed, before the suites load, so that
// a command which stops there (exit 2) leaves no earlier run's report
// behind as if it were its own; an unwritable step summary is found before
// anything is sent.
func (c *command) setup(f *runFlags, paths []string) (session, error) {
	return c.setupWith(f, paths, c.load)
}

// setupWith is setup with the loader of the command's choice: rotate
// takes loadSuites, because the OpenAPI documents are for the drift checks
// of run and lint, and a broken one must not block a rotation check.
func (c *command) setupWith(f *runFlags, paths []string, load func(*runFlags, []string) (runner.Options, []*suites.Suite, error)) (session, error) {
	var s session
	if err := checkReportFlags(f); err != nil {
		return s, err
	}
	if err := prepareReportPaths(f.junit, f.json, f.metrics, f.html); err != nil {
		return s, err
	}
	if err := checkPushURL(f.push); err != nil {
		return s, err
	}
	opt, ss, err := load(f, paths)
	if err != nil {
		return s, err
	}
	s.suites = ss
	s.github, s.out = c.outputs(f, &opt)
	s.opt = opt
	if err := c.checkStepSummary(s.github); err != nil {
		return s, err
	}
	s.color = c.colour(f.noColor) && (s.out == c.stdout && c.stdoutTTY || s.out == c.stderr && c.stderrTTY)
	return s, nil
}

// checkReportFlags refuses what the report flags cannot mean, before
// anything is sent: only --json writes to stdout ("-"), and two reports
// naming one file would leave only the last one written.
func checkReportFlags(f *runFlags) error {
	reports := []struct{ flag, path string }{
		{"--junit", f.junit}, {"--json", f.json}, {"--html", f.html}, {"--metrics", f.metrics},
	}
	seen := map[string]string{}
	for _, r := range reports {
		switch {
		case r.path == "":
			continue
		case r.path == "-" && r.flag != "--json":
			return exitf(ExitInvalid, "authspec: %s -: only --json writes to stdout; give %s a file name; nothing was sent", r.flag, r.flag)
		case r.path == "-":
			continue
		}
		key := filepath.Clean(r.path)
		if abs, err := filepath.Abs(key); err == nil {
			key = abs
		}
		if other, ok := seen[key]; ok {
			return exitf(ExitInvalid, "authspec: %s and %s both name %s: each report needs its own file; nothing was sent", other, r.flag, r.path)
		}
		seen[key] = r.flag
	}
	return nil
}
