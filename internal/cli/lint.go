package cli

import (
	"cmp"
	"fmt"
	"net/http"
	"slices"
	"sync"

	"github.com/authspec/authspec/diagnose"
	"github.com/authspec/authspec/internal/heaproom"
	"github.com/authspec/authspec/internal/words"
	"github.com/authspec/authspec/report"
	"github.com/authspec/authspec/results"
	"github.com/authspec/authspec/runner"
	"github.com/authspec/authspec/secret"
	"github.com/authspec/authspec/suites"
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
	opt, err := c.options(&f)
	if err != nil {
		return err
	}
	pre := newPreflights(opt)
	// Loading and checking make short-lived trees and plans; what lives on
	// (the suites, the findings) is small. The collector is loosened for
	// them as for an OpenAPI build: 10,000 scenarios lint with 14-16% less
	// CPU, for 2 MiB more at the peak as one file and 10 MiB as 1,000
	// files (see docs/development.md).
	restore := heaproom.Enter()
	ss, err := suites.LoadEach(pre.each(), defaultPaths(paths)...)
	restore()
	if err == nil {
		opt.Declared, opt.Findings, err = declare(ss)
	}
	if err != nil {
		return err
	}
	findings, err := pre.gather(ss, opt)
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
	fmt.Fprintf(c.stdout, "%s, %s, %s in %s\n", words.Plural(scenarios, "scenario"), words.Plural(errs, "error"), words.Plural(warns, "warning"), words.Plural(len(ss), "suite"))
	if errs > 0 || expired > 0 || (f.failOnWarning && warns > 0) {
		return exitf(ExitFailed, "")
	}
	return nil
}

// preflights checks each suite on its own, on the goroutine that loaded it
// (suites.LoadEach), so the checks of a thousand small suites keep every
// processor busy while the others load instead of running one by one
// after the last file. gather then puts the results together exactly as
// one runner.Preflight of all the suites would have them.
type preflights struct {
	opt     runner.Options   // each suite's: its own Redactor, no Findings
	secrets *secret.Redactor // the command's, which forks give to each suite
	mu      sync.Mutex
	done    []preflight // in the order checked; gather looks them up by suite
	// serial: --env picked some environments, which must be defined by
	// some suite, not by each one: only a check of all the suites at once
	// can say so.
	serial bool
}

type preflight struct {
	suite    *suites.Suite
	findings []diagnose.Finding
	secrets  *secret.Redactor
	err      error
}

func newPreflights(opt runner.Options) *preflights {
	p := &preflights{opt: opt, secrets: opt.Redactor}
	p.serial = len(opt.Envs) > 0 && !slices.Contains(opt.Envs, "all")
	p.opt.Findings = nil
	p.opt.Getenv = onceEach(opt.Getenv)
	if p.opt.Transport == nil {
		// One base for all the suites' environments, as one check of all
		// of them would clone once.
		p.opt.Transport = http.DefaultTransport.(*http.Transport).Clone()
	}
	return p
}

func (p *preflights) each() func(*suites.Suite) {
	if p.serial {
		return nil
	}
	return p.check
}

func (p *preflights) check(s *suites.Suite) {
	opt := p.opt
	opt.Redactor = p.secrets.Fork()
	findings, err := runner.Preflight([]*suites.Suite{s}, opt)
	p.mu.Lock()
	defer p.mu.Unlock()
	p.done = append(p.done, preflight{s, findings, opt.Redactor, err})
}

// onceEach is getenv reading each variable once: the suites of a folder
// read the same few, each suite on its own, and os.Getenv takes a lock
// the loader goroutines then wait for. The process environment does not
// change while suites are checked.
func onceEach(getenv suites.Getenv) suites.Getenv {
	if getenv == nil {
		return nil
	}
	var read sync.Map // name → lookup
	type lookup struct {
		v  string
		ok bool
	}
	return func(name string) (string, bool) {
		if l, ok := read.Load(name); ok {
			return l.(lookup).v, l.(lookup).ok
		}
		v, ok := getenv(name)
		read.Store(name, lookup{v, ok})
		return v, ok
	}
}

// gather returns what runner.Preflight(ss, opt) returns. The secrets each
// suite's check met are added to opt.Redactor in suite order, so a value
// two suites share is labelled with the first one's name, as when they are
// checked in turn. Findings are ordered as Preflight orders them: by file
// and position, in the order found (each suite's, then opt.Findings).
func (p *preflights) gather(ss []*suites.Suite, opt runner.Options) ([]diagnose.Finding, error) {
	// Each suite's index in p.done: a map of small values, not of the
	// results themselves (for a thousand suites that was one large block,
	// made and cleared while the processors wait for it).
	of := make(map[*suites.Suite]int, len(p.done))
	for i, r := range p.done {
		of[r.suite] = i
	}
	for _, s := range ss {
		if i, ok := of[s]; !ok || p.done[i].err != nil {
			// The suites are checked in turn when --env picked some
			// environments, and when a suite has errors (they stop the
			// command): an error's message names a secret it shows by the
			// first name the checks met it under, which only checking
			// the suites in turn tells.
			return runner.Preflight(ss, opt)
		}
	}
	var findings []diagnose.Finding
	for _, s := range ss {
		r := &p.done[of[s]]
		opt.Redactor.AddFrom(r.secrets)
		findings = append(findings, r.findings...)
	}
	findings = append(findings, opt.Findings...)
	slices.SortStableFunc(findings, func(a, b diagnose.Finding) int {
		return cmp.Or(cmp.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line), cmp.Compare(a.Col, b.Col))
	})
	return findings, nil
}
