package report

import (
	"io"
	"sync"

	"github.com/authspec/authspec/results"
	"github.com/authspec/authspec/secret"
)

// ConsoleStream writes the console report while the run goes on: each
// test case's line as soon as it and every case before it are done (the
// runner's OnResult), grouped by suite and environment; then, when the
// run is over, Finish writes what leads the rest (changes since the
// baseline, preflight findings), the failures, the request table and the
// totals. With Quiet nothing is streamed.
type ConsoleStream struct {
	mu     sync.Mutex
	w      io.Writer
	red    *secret.Redactor
	opt    ConsoleOptions
	p      palette
	group  string // title of the open group, "" when none
	n      int
	before func() // called before each write (clears a progress line)
	err    error
}

// NewConsoleStream streams to w; red is the run's redactor. before, when
// not nil, is called before each write: a terminal's progress line is
// cleared so that results do not mix with it.
func NewConsoleStream(w io.Writer, red *secret.Redactor, opt ConsoleOptions, before func()) *ConsoleStream {
	return &ConsoleStream{w: w, red: red, opt: opt, p: palette{on: opt.Color}, before: before}
}

// Result writes one finished test case (runner.Options.OnResult).
func (s *ConsoleStream) Result(res *results.Result) {
	if s.opt.Quiet {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	t := &textWriter{}
	if title := res.Suite + " [" + res.Environment + "]"; title != s.group {
		if s.group != "" {
			closeGroup(t, s.opt)
		}
		openGroup(t, title, res.File, s.opt, s.p)
		s.group = title
	}
	writeResult(t, s.red, res, s.opt, s.p)
	s.n++
	s.write(t)
}

func (s *ConsoleStream) write(t *textWriter) {
	if s.before != nil {
		s.before()
	}
	if _, err := io.WriteString(s.w, t.b.String()); err != nil && s.err == nil {
		s.err = err
	}
}

// Finish closes the last group and writes the rest of the report.
func (s *ConsoleStream) Finish(r *results.Report, changes *Changes) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	t := &textWriter{}
	if s.group != "" {
		closeGroup(t, s.opt)
		s.group = ""
	}
	if s.n == 0 && !s.opt.Quiet {
		t.line("", "No test cases ran.")
		t.line("", "")
	}
	opt := s.opt
	opt.Changes = changes
	writeConsoleHead(t, r, opt, s.p)
	writeConsoleTail(t, r, s.p, len(r.Findings) > 0 && !opt.Quiet)
	s.write(t)
	return s.err
}
