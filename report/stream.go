package report

import (
	"io"
	"sync"
	"time"

	"github.com/authspec/authspec/results"
	"github.com/authspec/authspec/secret"
)

// ConsoleStream writes the console report while the run goes on: each
// test case's line as soon as it and every case before it are done (the
// runner's OnResult; within streamEvery), grouped by suite and environment; then, when the
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
	suite  string // the suite and environment the group is of
	env    string
	n      int
	before func() // called before each write (clears a progress line)
	err    error
	// pend holds the lines of results that came within streamEvery of the
	// last write; timer writes them when that time is up, unless another
	// result or Finish does first.
	pend  textWriter
	last  time.Time
	timer *time.Timer
	armed bool
	every time.Duration // streamEvery; a test lengthens it so that what is held back does not depend on the machine's speed
}

// streamEvery bounds how long a finished test case waits to be shown. A
// case that follows the last write by less waits, with those after it, so
// that a run of fast cases costs a write every streamEvery rather than a
// write (a system call) per case; a person watching sees no difference.
const streamEvery = 50 * time.Millisecond

// streamMax is the most the stream holds back: more is written at once.
const streamMax = 64 << 10

// NewConsoleStream streams to w; red is the run's redactor. before, when
// not nil, is called before each write: a terminal's progress line is
// cleared so that results do not mix with it.
func NewConsoleStream(w io.Writer, red *secret.Redactor, opt ConsoleOptions, before func()) *ConsoleStream {
	return &ConsoleStream{w: w, red: red, opt: opt, p: palette{on: opt.Color}, before: before, every: streamEvery}
}

// Result writes one finished test case (runner.Options.OnResult).
func (s *ConsoleStream) Result(res *results.Result) {
	if s.opt.Quiet {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	t := &s.pend
	if res.Suite != s.suite || res.Environment != s.env || s.group == "" {
		if title := res.Suite + " [" + res.Environment + "]"; title != s.group {
			if s.group != "" {
				closeGroup(t, s.opt)
			}
			openGroup(t, title, res.File, s.opt, s.p)
			s.group = title
		}
		s.suite, s.env = res.Suite, res.Environment
	}
	writeResult(t, s.red, res, s.opt, s.p)
	s.n++
	wait := s.every - time.Since(s.last)
	switch {
	case wait <= 0 || t.b.Len() >= streamMax:
		s.write()
	case !s.armed:
		s.armed = true
		if s.timer == nil {
			s.timer = time.AfterFunc(wait, s.due)
		} else {
			s.timer.Reset(wait)
		}
	}
}

// due writes the results held back, when their time is up.
func (s *ConsoleStream) due() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.armed = false
	if s.pend.b.Len() > 0 {
		s.write()
	}
}

// write writes what is pending.
func (s *ConsoleStream) write() {
	if s.before != nil {
		s.before()
	}
	if _, err := io.WriteString(s.w, s.pend.b.String()); err != nil && s.err == nil {
		s.err = err
	}
	s.pend.b.Reset()
	s.last = time.Now()
}

// Finish closes the last group and writes the rest of the report.
func (s *ConsoleStream) Finish(r *results.Report, changes *Changes) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.timer != nil {
		s.timer.Stop()
		s.armed = false
	}
	t := &s.pend // after the results held back, in one write
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
	s.write()
	return s.err
}
