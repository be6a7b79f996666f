package runner

import (
	"context"
	"net/http"
	"sync"
	"sync/atomic"
	"time"
)

// attempt is what the tries of one request share, from a pool, so that a
// case allocates none of it: the http.Client with this request's redirect
// policy (CheckRedirect is bound once, when the attempt is made, and reads
// the request from fields: Do calls it on the caller's goroutine only, so
// it never sees another request's), and the timer that cancels a try at
// its timeout (Reset for each try instead of a timer, a closure and a flag
// per try).
type attempt struct {
	client http.Client
	p      *plan
	b      *built
	sent   *sentCred
	follow bool

	timer  *time.Timer // nil until the first try
	fired  atomic.Bool // the timer cancelled the try
	cancel context.CancelFunc
	// spent: the timer may have fired, and fire may still be running (it
	// reads cancel), so neither a next try nor the pool may reuse it.
	spent bool
}

var attemptPool = sync.Pool{New: func() any {
	a := new(attempt)
	a.client.CheckRedirect = a.checkRedirect
	return a
}}

// attempt takes an attempt for request b of case c from the pool.
func (p *plan) attempt(c *testCase, b *built, sent *sentCred) *attempt {
	a := attemptPool.Get().(*attempt)
	a.client.Transport = c.st.httpTransport()
	a.p, a.b, a.sent = p, b, sent
	a.follow = c.sc.Settings.FollowRedirects == nil || *c.sc.Settings.FollowRedirects
	return a
}

// renewed is a when it can serve the next try, else a fresh attempt for
// the same request.
func (a *attempt) renewed() *attempt {
	if !a.spent {
		return a
	}
	n := attemptPool.Get().(*attempt)
	n.client.Transport, n.p, n.b, n.sent, n.follow = a.client.Transport, a.p, a.b, a.sent, a.follow
	return n
}

// release returns a to the pool unless it is spent, keeping no request
// (nor its context, through cancel).
func (a *attempt) release() {
	if a.spent {
		return
	}
	a.client.Transport, a.p, a.b, a.sent, a.cancel = nil, nil, nil, nil, nil
	attemptPool.Put(a)
}

// arm starts a try: its context, cancelled when the timeout passes.
func (a *attempt) arm(ctx context.Context, timeout time.Duration) context.Context {
	ctx, a.cancel = context.WithCancel(ctx)
	if a.timer == nil {
		a.timer = time.AfterFunc(timeout, a.fire)
	} else {
		a.timer.Reset(timeout)
	}
	return ctx
}

func (a *attempt) fire() { a.fired.Store(true); a.cancel() }

// disarm ends a try. A timer that Stop does not stop has fired (or was
// paused and not resumed): the attempt is spent, since fire may still be
// about to read cancel, and a next try's cancel there would end that try.
// A timer that Stop stops will not run fire: the attempt can serve again.
func (a *attempt) disarm() {
	if !a.timer.Stop() {
		a.spent = true
	}
	a.cancel()
}
