// Package runner executes loaded suites: it expands scenarios into test
// cases per environment (with probes and matrix cells), sends the requests
// with their credentials, checks the expectations, asks diagnose why a
// request was refused, and fills a results.Report for the reporters.
//
// It is a library: go test code can call Run with its own http.Client,
// environment lookup and clock.
package runner

import (
	"context"
	"net/http"
	"regexp"
	"sync"
	"sync/atomic"
	"time"

	"github.com/authspec/authspec/diagnose"
	"github.com/authspec/authspec/results"
	"github.com/authspec/authspec/secret"
	"github.com/authspec/authspec/suites"
)

// Options select what runs and how.
type Options struct {
	Envs     []string       // environment names; empty means every one a suite defines
	Kinds    []string       // scenario kinds; empty means all
	Filter   *regexp.Regexp // matched against the test case name
	Parallel int            // concurrent test cases; default 8
	Shard    Shard          // zero value: the whole run

	Getenv suites.Getenv    // process environment; default os.LookupEnv
	Now    func() time.Time // clock for JWT checks; default time.Now

	// Transport is the base for every environment's connections (cloned
	// so TLS settings stay per environment). Default: a clone of
	// http.DefaultTransport. One that sets neither DialContext nor Dial
	// dials with http.DefaultTransport's DialContext.
	Transport *http.Transport

	MaxBody int64 // response bytes read; more fails the step. Default 10 MiB
	// MaxBuffered is the response bytes the whole run holds at once;
	// responses wait for room. Default DefaultMaxBuffered (256 MiB).
	MaxBuffered int64
	// KeepExchanges keeps every step's headers and body excerpt (for
	// --verbose). Otherwise only failed and errored cases keep theirs: a
	// 10,000-case run need not hold 10,000 bodies.
	KeepExchanges bool
	ExpiryWarning time.Duration // JWTs expiring sooner are warnings; default 7 days
	FailOnWarning bool

	Redactor *secret.Redactor // every secret met is added; default a new one
	// OnSecret is called with every secret first seen while running (OAuth
	// tokens, captures), before any output could contain it: GitHub's
	// ::add-mask::. Secrets known before the run (env files) are not
	// passed: the CI system already knows them.
	OnSecret func(value string)
	// Declared is what the suites' OpenAPI documents declare about the
	// operations their requests reach: answers to requests sent without
	// credentials are checked against it. Nil: no check.
	Declared suites.Declared
	// Findings found before the run by the command (a scenario that
	// reaches no operation of its OpenAPI document), reported with the
	// preflight's.
	Findings []diagnose.Finding

	// Progress, when set, is called after each finished test case.
	Progress func(done, total, failed int)
	// OnResult, when set, receives every result in suite, environment and
	// scenario order (the order of Report.Results), each as soon as it and
	// every case before it are done: a console can stream without
	// reordering. Calls are serialized; keep them short.
	OnResult func(*results.Result)
	// findingsOnly: Preflight's plan, which lays out no test case.
	findingsOnly bool
	// oneShot: authspec request's one request, typed on the command line
	// (its diagnosis names --auth where a scenario's names auth:).
	oneShot bool
}

// MaxParallel is the most test cases a run sends at once. Each one may
// hold a response body of up to MaxBody bytes, so parallelism is what
// bounds a run's memory; more than this gains nothing against one API.
const MaxParallel = 64

const (
	defaultParallel = 8
	defaultMaxBody  = 10 << 20
	defaultTimeout  = 10 * time.Second
	defaultExpiry   = 7 * 24 * time.Hour
)

func (o *Options) fill() {
	if o.Parallel <= 0 {
		o.Parallel = defaultParallel
	}
	o.Parallel = min(o.Parallel, MaxParallel)
	if o.Getenv == nil {
		o.Getenv = lookupEnv
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.MaxBody <= 0 {
		o.MaxBody = defaultMaxBody
	}
	if o.MaxBuffered <= 0 {
		o.MaxBuffered = DefaultMaxBuffered
	}
	if o.ExpiryWarning <= 0 {
		o.ExpiryWarning = defaultExpiry
	}
	if o.Redactor == nil {
		o.Redactor = &secret.Redactor{}
	}
	if o.Transport == nil {
		o.Transport = http.DefaultTransport.(*http.Transport).Clone()
	}
}

// Run executes the suites and returns every test case's result in suite,
// environment and scenario order, however many ran at once. The error is
// for problems that stop the whole run before anything is sent (a bad
// option, an env file that cannot be parsed, an insecure URL); it is a
// *UsageError or suites.Errors.
func Run(ctx context.Context, ss []*suites.Suite, opt Options) (*results.Report, error) {
	opt.fill()
	started := time.Now()
	p, err := newPlan(ss, &opt)
	if err != nil {
		return nil, err
	}
	if p.selected == 0 {
		return nil, p.emptySelection()
	}
	if opt.OnSecret != nil {
		opt.Redactor.OnAdd(opt.OnSecret)
	}
	rep := &results.Report{StartedAt: started, Findings: p.findings, Redactor: opt.Redactor}
	rep.Results = make([]*results.Result, len(p.cases))

	var (
		mu           sync.Mutex
		done, failed int
		wg           sync.WaitGroup
		next         atomic.Int64 // the next case to start, in order
		emitted      int
	)
	// flush hands finished results to OnResult in suite order: each one as
	// soon as every earlier case is done. Called with mu held.
	flush := func() {
		for ; emitted < len(rep.Results) && rep.Results[emitted] != nil; emitted++ {
			if opt.OnResult != nil {
				opt.OnResult(rep.Results[emitted])
			}
		}
	}
	for w := 0; w < opt.Parallel && w < len(p.cases); w++ {
		wg.Add(1)
		// Workers take the next case from a shared counter: a channel fed
		// by another goroutine cost a hand-off (two goroutine switches)
		// per case.
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1) - 1)
				if i >= len(p.cases) || ctx.Err() != nil {
					return // interrupted: the cases not started are reported as skipped below
				}
				r := p.execute(ctx, p.cases[i])
				mu.Lock()
				rep.Results[i] = r
				done++
				if r.Status.Bad() {
					failed++
				}
				if opt.Progress != nil {
					opt.Progress(done, len(p.cases), failed)
				}
				flush()
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	// An interrupted run still reports every case: those never started
	// are skipped, so the reports stay complete and say why.
	rep.Interrupted = ctx.Err() != nil
	for i, r := range rep.Results {
		if r == nil {
			r := p.cases[i].result()
			r.Status, r.Message = results.Skipped, string(secret.Lit("the run was interrupted before this test case started"))
			rep.Results[i] = r
		}
	}
	flush()
	p.closeIdle()
	rep.Credentials = p.credentialInfos()
	rep.Duration = time.Since(started)
	return rep, nil
}

// Preflight resolves the suites' environments and checks their variables
// and credentials without sending anything: what `authspec lint` reports.
func Preflight(ss []*suites.Suite, opt Options) ([]diagnose.Finding, error) {
	opt.fill()
	opt.findingsOnly = true
	p, err := newPlan(ss, &opt)
	if err != nil {
		return nil, err
	}
	return p.findings, nil
}

// UsageError is a problem with the options rather than the suites.
type UsageError struct{ Msg string }

func (e *UsageError) Error() string { return e.Msg }

func usagef(format string, args ...any) error {
	return &UsageError{Msg: string(secret.Textf(format, args...))}
}

// warningsFor returns the preflight findings that concern a credential in
// an environment (or the whole environment). Error findings (an expired
// token) are attached too: the request is still sent, and the finding is
// evidence next to the server's answer. Missing variables are not: they
// already make the case an error. A finding about a value one scenario
// writes itself (Scenario) concerns that scenario only.
func warningsFor(fs []diagnose.Finding, suite *suites.Suite, env, cred, scenario string) []diagnose.Finding {
	var out []diagnose.Finding
	for _, f := range fs {
		if f.File == suite.File && f.Env == env && f.Code != diagnose.CredentialMissing && f.Code != diagnose.PlaceholderCredential && (f.Credential == "" || f.Credential == cred) &&
			(f.Scenario == "" || f.Scenario == scenario) {
			out = append(out, f)
		}
	}
	return out
}
