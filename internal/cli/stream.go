package cli

import (
	"io"
	"strings"

	"github.com/authspec/authspec/report"
	"github.com/authspec/authspec/runner"
)

// stream sets the run up to print each test case as soon as it and every
// case before it are done, and the progress line on a terminal, cleared
// before each streamed write so the two never mix.
func (c *command) stream(f *runFlags, opt *runner.Options, out io.Writer, co report.ConsoleOptions) *report.ConsoleStream {
	var before func()
	if pw := c.progressWriter(out); pw != nil && !f.verbose {
		plain := !c.colour(f.noColor)
		opt.Progress = progressLine(pw, plain)
		before = func() { io.WriteString(pw, progressClear(plain)) }
	}
	s := report.NewConsoleStream(out, opt.Redactor, co, before)
	opt.OnResult = s.Result
	return s
}

// progressWriter is where the progress line goes, or nil: stderr when it
// is a terminal (so `authspec run > out.txt` keeps the file clean), else
// the console itself when that is a terminal (`2>err.log` still shows
// progress). Never stdout when it carries the JSON report (`--json -`).
func (c *command) progressWriter(console io.Writer) io.Writer {
	switch {
	case c.stderrTTY:
		return c.stderr
	case c.stdoutTTY && console == c.stdout:
		return c.stdout
	}
	return nil
}

// progressClear erases the progress line: the erase-line escape, or
// without colour, spaces.
func progressClear(plain bool) string {
	if plain {
		return "\r" + strings.Repeat(" ", 40) + "\r"
	}
	return "\r\033[K"
}
