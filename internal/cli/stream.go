package cli

import (
	"io"
	"strings"

	"github.com/authspec/authspec/report"
	"github.com/authspec/authspec/runner"
)

// stream sets the run up to print each test case as soon as it and every
// case before it are done, and the progress line on a terminal (stderr
// only), cleared before each streamed write so the two never mix.
func (c *command) stream(f *runFlags, opt *runner.Options, out io.Writer, co report.ConsoleOptions) *report.ConsoleStream {
	var before func()
	if c.stderrTTY && !f.verbose {
		plain := !c.colour(f.noColor)
		opt.Progress = progressLine(c.stderr, plain)
		before = func() { io.WriteString(c.stderr, progressClear(plain)) }
	}
	s := report.NewConsoleStream(out, opt.Redactor, co, before)
	opt.OnResult = s.Result
	return s
}

// progressClear erases the progress line: the erase-line escape, or
// without colour, spaces.
func progressClear(plain bool) string {
	if plain {
		return "\r" + strings.Repeat(" ", 40) + "\r"
	}
	return "\r\033[K"
}
