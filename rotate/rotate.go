// Package rotate checks a credential rotation: the new value's scenarios
// pass, and the API refuses the old value — now, or within a grace period
// that the check waits out, polling at a polite pace. The outcome is data
// (results.Rotation) beside the run's results, for every reporter.
package rotate

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/authspec/authspec/results"
	"github.com/authspec/authspec/runner"
)

const (
	// DefaultEvery is how often the old value is sent while waiting.
	DefaultEvery = 5 * time.Second
	// MinEvery is the fastest polling allowed: an API that keeps a rolled
	// key valid for minutes must not be hammered meanwhile.
	MinEvery = time.Second
	// MaxRetryAfter caps how long one 429's Retry-After may pause the
	// polling; a longer one ends it (the wait would run out meanwhile).
	MaxRetryAfter = 10 * time.Minute
)

// Options are the check's timing.
type Options struct {
	// Wait is how long to keep sending the old value until it is refused;
	// 0 sends it once.
	Wait time.Duration
	// Every is the pause between attempts; default DefaultEvery, at least
	// MinEvery.
	Every time.Duration
	Clock Clock // default RealClock
}

// Checker is a rotation laid out by runner.PlanRotation.
type Checker interface {
	// Summary is what is known before anything is sent: names,
	// fingerprints, copies of the old value.
	Summary() results.Rotation
	NewValue(ctx context.Context) (*results.Report, error)
	OldValue(ctx context.Context) (*results.Report, error)
}

// Check runs the new value's scenarios once, then sends the old value
// until the API refuses it, Wait runs out, or ctx is cancelled (the
// outcome then says so; it is still complete). When the new value fails,
// the old value is sent once and not waited for: the check has failed
// whatever the old value does, and its answer shows whether the rotation
// reached the provider at all. The error is for a run that could not
// start (see runner.Run). The report holds the new value's test cases,
// then the old value's probes as the last attempt left them, and the
// rotation's verdict in Rotation.
func Check(ctx context.Context, c Checker, opt Options) (*results.Report, error) {
	if opt.Clock == nil {
		opt.Clock = RealClock{}
	}
	if opt.Every == 0 {
		opt.Every = DefaultEvery
	}
	if opt.Every < MinEvery {
		return nil, fmt.Errorf("--every %s is faster than the minimum of %s", opt.Every, MinEvery)
	}
	clock := opt.Clock
	start := clock.Now()
	sum := c.Summary()
	rot := &sum
	rot.Old = results.OldNotChecked
	rot.Wait, rot.Every = opt.Wait, opt.Every
	newRep, err := c.NewValue(ctx)
	if err != nil {
		return nil, err
	}
	t := newRep.Totals()
	rot.NewPassed = t.Failed+t.Errors == 0 && t.Passed > 0 && !newRep.Interrupted
	rot.NewCases, rot.NewFailed = t.Tests(), t.Failed+t.Errors
	var sched *schedule
	var last *results.Report
	var earlier []*results.Report // attempts before last: sent, so counted
	for ctx.Err() == nil {
		if sched == nil {
			now := clock.Now()
			sched = &schedule{anchor: now, every: opt.Every, deadline: now.Add(opt.Wait)}
		}
		rep, err := c.OldValue(ctx)
		if err != nil {
			return nil, err
		}
		if rep.Interrupted && last != nil {
			// The attempt before, complete, says more than this one cut
			// short; what this one sent before the cut is still counted.
			earlier = append(earlier, rep)
			break
		}
		if last != nil {
			earlier = append(earlier, last)
		}
		last = rep
		rot.Attempts++
		rot.Old, rot.OldDetail = judge(rep)
		rot.Elapsed = clock.Now().Sub(start)
		if rot.Old == results.OldRefused {
			rot.RefusedAfter = rot.Elapsed
			break
		}
		if rep.Interrupted || !rot.NewPassed {
			break
		}
		pause, ok := sched.next(clock.Now(), rep)
		if !ok || clock.Sleep(ctx, pause) != nil {
			break
		}
	}
	rot.Interrupted = ctx.Err() != nil && rot.Old != results.OldRefused
	if rot.Interrupted {
		rot.Elapsed = clock.Now().Sub(start)
	}
	carry(earlier, last)
	rep := merge(newRep, last, clock.Now().Sub(start), rot.Interrupted)
	rep.Rotation = rot
	return rep, nil
}

// schedule is when the old value is sent: every Every from the first
// attempt (so request times do not make the pace drift), later when a 429
// asked for a pause (the schedule restarts from there), never past the
// deadline.
type schedule struct {
	anchor   time.Time
	n        int
	every    time.Duration
	deadline time.Time
}

// next is how long to wait before the next attempt; false when no attempt
// fits before the deadline (or the API asked for a pause too long to wait).
func (s *schedule) next(now time.Time, rep *results.Report) (time.Duration, bool) {
	s.n++
	at := s.anchor.Add(time.Duration(s.n) * s.every)
	if ra, ok := runner.RetryAfter(rep, now); ok {
		if ra > MaxRetryAfter {
			return 0, false
		}
		if later := now.Add(ra); later.After(at) {
			s.anchor, s.n, at = later, 0, later
		}
	}
	if at.Before(now) { // an attempt took longer than every: go on now
		s.anchor, s.n, at = now, 0, now
	}
	if at.After(s.deadline) {
		return 0, false
	}
	return at.Sub(now), true
}

// judge reads one attempt: refused when every probe passed (the API gave
// the status a refusal has), accepted when any got a 2xx.
func judge(rep *results.Report) (results.OldValue, string) {
	detail := ""
	refused := len(rep.Results) > 0
	for _, res := range rep.Results {
		if res.Kind == results.SecurityFailure {
			return results.OldAccepted, ""
		}
		if res.Status != results.Passed {
			refused = false
			if detail == "" {
				detail = res.Name + ": " + res.Message
			}
		}
	}
	if refused {
		return results.OldRefused, ""
	}
	return results.OldUnconfirmed, detail
}

// carry adds to last the requests of the attempts before it, which the
// report does not show one by one: each earlier answer becomes a replaced
// status of the matching step (results.Step.Replaced), each earlier token
// request one of the case's token requests. Every old-value request the
// check sent is then counted by the request table and the metrics, as for
// a retried step; an attempt's test case that last did not send (or sent
// fewer steps for) gives its answers to last's final step of that case.
func carry(earlier []*results.Report, last *results.Report) {
	if last == nil || len(earlier) == 0 {
		return
	}
	byName := map[[2]string]*results.Result{}
	for _, r := range last.Results {
		byName[[2]string{r.Environment, r.Name}] = r
	}
	prior := map[*results.Result][][]int{}
	tokens := map[*results.Result][]results.Step{}
	for _, rep := range earlier {
		for _, r := range rep.Results {
			to := byName[[2]string{r.Environment, r.Name}]
			if to == nil || len(to.Steps) == 0 {
				continue // no step of last's to count them under
			}
			ans := prior[to]
			if ans == nil {
				ans = make([][]int, len(to.Steps))
			}
			for i, st := range r.Steps {
				j := min(i, len(to.Steps)-1)
				ans[j] = append(ans[j], st.Answers()...)
			}
			prior[to] = ans
			tokens[to] = append(tokens[to], r.TokenRequests...)
		}
	}
	for to, ans := range prior {
		steps := slices.Clone(to.Steps)
		for i := range steps {
			if len(ans[i]) > 0 {
				steps[i].Replaced = append(ans[i], steps[i].Replaced...)
			}
		}
		to.Steps = steps
		to.TokenRequests = append(tokens[to], to.TokenRequests...)
	}
}

// merge is the report of the whole check: the new value's results, then
// the last attempt's.
func merge(newRep, old *results.Report, d time.Duration, interrupted bool) *results.Report {
	out := *newRep
	out.Results = append([]*results.Result(nil), newRep.Results...)
	if old != nil {
		out.Results = append(out.Results, old.Results...)
	}
	out.Duration = d
	out.Interrupted = newRep.Interrupted || interrupted
	return &out
}
