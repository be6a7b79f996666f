package runner

import (
	"context"
	"io"
	"net/http"
	"sync/atomic"

	"github.com/authspec/authspec/secret"
	"golang.org/x/sync/semaphore"
)

// DefaultMaxBuffered is how many bytes of response bodies a whole run holds at
// once, across every test case in flight. A response reserves its size
// (its Content-Length, or MaxBody when the server does not say) before
// it is read and gives it back once its step is judged; a test case whose
// response does not fit waits. Together with MaxParallel and MaxBody this
// bounds a run's memory whatever the servers send.
const DefaultMaxBuffered = 256 << 20

// keepLen is how much of a judged body a result keeps until the test case
// ends, when it is redacted and cut to excerptLen: a generous margin, so
// that a secret captured by a later step and straddling the cut is still
// whole when it is redacted.
const keepLen = excerptLen + 64<<10

// bodyBudget is the run's share of response memory.
type bodyBudget struct {
	sem  *semaphore.Weighted
	size int64
	// held and peak count reserved bytes: what the budget bounds.
	held, peak atomic.Int64
}

func newBodyBudget(maxBuffered, maxBody int64) *bodyBudget {
	size := max(maxBuffered, maxBody+1) // one response always fits
	return &bodyBudget{sem: semaphore.NewWeighted(size), size: size}
}

func (bb *bodyBudget) hold(n int64) {
	h := bb.held.Add(n)
	for p := bb.peak.Load(); h > p && !bb.peak.CompareAndSwap(p, h); p = bb.peak.Load() {
	}
}

// reserve takes room for a response body of at most limit bytes (one
// more tells that there was more) from the budget: its Content-Length
// when the server gives one, else the limit. A response that does not
// fit waits. The returned room goes back with its give.
func (bb *bodyBudget) reserve(ctx context.Context, resp *http.Response, limit int64) (room, error) {
	n := reservation(resp, limit)
	if err := bb.sem.Acquire(ctx, n); err != nil {
		return room{}, secret.Errorf("waiting for memory to read the response: %w", err)
	}
	return bb.taken(n), nil
}

// tryReserve is reserve when the room is there at once; ok is false when
// the response would have to wait.
func (bb *bodyBudget) tryReserve(resp *http.Response, limit int64) (r room, ok bool) {
	n := reservation(resp, limit)
	if !bb.sem.TryAcquire(n) {
		return room{}, false
	}
	return bb.taken(n), true
}

// reservation is the room a response body takes: its Content-Length when
// the server gives one, else the limit; one more byte tells that there
// was more.
func reservation(resp *http.Response, limit int64) int64 {
	if resp.ContentLength >= 0 && resp.ContentLength < limit {
		return resp.ContentLength + 1
	}
	return limit + 1
}

// taken counts n reserved bytes and returns the room they make.
func (bb *bodyBudget) taken(n int64) room {
	bb.hold(n)
	return room{bb, n}
}

// room is n bytes of a budget, held until give. A value, kept in the
// exchange whose body it holds, so that a response allocates nothing for
// it; the exchange's goroutine alone gives it back.
type room struct {
	bb *bodyBudget // nil once given back (or never taken)
	n  int64
}

// give returns the room to the budget; again, it does nothing.
func (r *room) give() {
	if r.bb == nil {
		return
	}
	r.bb.held.Add(-r.n)
	r.bb.sem.Release(r.n)
	r.bb = nil
}

// readBody reads at most n bytes of a response body into one buffer of
// that size: no growing and copying on the way.
func readBody(resp *http.Response, n int64) ([]byte, error) {
	buf := make([]byte, 0, n)
	for int64(len(buf)) < n {
		m, err := resp.Body.Read(buf[len(buf):n])
		buf = buf[:len(buf)+m]
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return buf, err
		}
	}
	return buf, nil
}
