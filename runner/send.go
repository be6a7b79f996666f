package runner

import (
	"context"
	"slices"
	"strings"
	"sync/atomic"
	"time"

	"github.com/authspec/authspec/diagnose"
	"github.com/authspec/authspec/secret"
	"github.com/authspec/authspec/suites"
	"github.com/authspec/authspec/vocab"
)

// maxRetryWait caps a server's Retry-After so one answer cannot stall a run.
const maxRetryWait = 60 * time.Second

// send delivers a built request, retrying as the scenario says, and reads
// the response body up to the cap. An OAuth2 token that the API calls
// expired is fetched again once.
func (p *plan) send(ctx context.Context, c *testCase, s caseStep, b *built, sent *sentCred, w *wire, attempts *int, replaced *[]int) (*exchange, error) {
	retry := c.sc.Settings.Retry
	limit := 1
	if retry != nil {
		limit = retry.Attempts
	}
	refreshed := false
	a := p.attempt(c, b, sent)
	defer func() { a.release() }() // the last one: a spent attempt is replaced
	var ex *exchange
	for n := 1; ; n++ {
		var err error
		if n > 1 || refreshed { // not the first try: ex is an answer it replaces
			*replaced = append(*replaced, ex.status())
		}
		ex.free() // a retry replaces the previous answer
		a = a.renewed()
		ex, err = p.once(ctx, a, b, timeoutOf(c.sc), w)
		*attempts = n
		if err == nil && ex.resp.StatusCode == 401 && !refreshed && p.refreshOAuth(ctx, c, s, b, sent, ex) {
			refreshed = true
			n--
			continue
		}
		if n >= limit || !retryable(retry, ex, err) {
			return ex, err
		}
		wait := retry.Delay
		if err == nil && ex.resp.StatusCode == 429 {
			if d, ok := retryAfter(ex.resp.Header, time.Now()); ok {
				wait = min(d, maxRetryWait)
			}
		}
		select {
		case <-ctx.Done():
			return ex, ctx.Err()
		case <-time.After(wait):
		}
	}
}

// retryable: 401 and 403 are retried only when listed, since repeating a
// refused credential only hides the problem (and may lock an account).
func retryable(r *suites.Retry, ex *exchange, err error) bool {
	if r == nil {
		return false
	}
	if err != nil {
		return r.Network
	}
	return slices.Contains(r.On, ex.resp.StatusCode)
}

// refreshOAuth renews an OAuth2 token once when the API answers 401 and
// says (or the token's expiry says) that it expired.
func (p *plan) refreshOAuth(ctx context.Context, c *testCase, s caseStep, b *built, sent *sentCred, ex *exchange) bool {
	if sent == nil || sent.state.cred.Type != vocab.CredOAuth2CC || s.mode != credAsIs {
		return false
	}
	old := strings.TrimPrefix(b.req.Header.Get("Authorization"), "Bearer ")
	if !saysExpired(ex.resp.Header.Get("WWW-Authenticate"), old, p.opt.Now()) {
		return false
	}
	if !sent.env.invalidate(sent.state.cred.Name, old) {
		return false
	}
	tok, err := p.oauthToken(ctx, sent.env, sent.state, false, &b.tokens)
	if err != nil {
		return false
	}
	// A new header map: the attempt that got the 401 shares the old one
	// (later attempts are shallow copies), and its transport may still
	// read it.
	h := b.req.Header.Clone()
	h.Set("Authorization", "Bearer "+tok)
	// A new request too: the first try was sent as b.req itself.
	b.req = b.req.WithContext(b.req.Context())
	b.req.Header = h
	// Diagnosis of the retried request must look at the new token.
	for i := range sent.values {
		if sent.values[i].Field == vocab.FieldAccessToken {
			sent.values[i].Value = tok
		}
	}
	return true
}

// saysExpired reports whether a 401 is about an expired token: the
// server's challenge says so, or the token is a JWT whose exp has passed
// (many APIs answer a bare 401).
func saysExpired(challenge, token string, now time.Time) bool {
	c := strings.ToLower(challenge)
	if strings.Contains(c, "expired") {
		return true
	}
	// invalid_token alone may mean expired; with a description that says
	// something else (audience, issuer), a new token would not help.
	if strings.Contains(c, "invalid_token") && !strings.Contains(c, "error_description") {
		return true
	}
	if jwt, err := diagnose.DecodeJWT(token); err == nil {
		if exp, ok := jwt.Expiry(); ok && !now.Before(exp) {
			return true
		}
	}
	return false
}

// once sends one attempt and reads the body up to the cap. The timeout
// covers the whole exchange, body included, so a server that trickles
// bytes cannot hang the run; the time a response waits for room in the
// run's body budget is not the server's and does not count.
func (p *plan) once(ctx context.Context, a *attempt, b *built, timeout time.Duration, w *wire) (*exchange, error) {
	start := time.Now() // once: reading the wall clock costs more than the monotonic one
	if b.sentAt.IsZero() {
		b.sentAt = start
	}
	deadline := start.Add(timeout)
	ctx = a.arm(ctx, timeout)
	defer a.disarm()
	fired, timer := &a.fired, a.timer
	ctx = w.traced(ctx)
	req := b.attempt(ctx)
	b.notForwarded = diagnose.Redirect{} // this try's redirects set it anew
	resp, err := a.client.Do(req)
	if err != nil {
		return nil, timedOut(err, fired)
	}
	defer resp.Body.Close()
	room, ok := p.bodies.tryReserve(resp, p.opt.MaxBody)
	if !ok { // the response waits for room: the timer with it
		left := time.Until(deadline)
		paused := timer.Stop()
		if room, err = p.bodies.reserve(ctx, resp, p.opt.MaxBody); err != nil {
			return nil, timedOut(err, fired)
		}
		if paused {
			timer.Reset(left)
		}
	}
	body, err := readBody(resp, room.n)
	ex := &exchange{resp: resp, body: body, dur: time.Since(start), room: room}
	if int64(len(body)) > p.opt.MaxBody {
		ex.body, ex.truncated = body[:p.opt.MaxBody], true
	}
	if err != nil {
		return ex, secret.Errorf("reading the response body: %w", timedOut(err, fired))
	}
	return ex, nil
}

// timeoutError is an exchange cut short by its timeout: the transport
// only sees a cancelled context.
type timeoutError struct{ err error }

func (e *timeoutError) Error() string {
	return strings.Replace(e.err.Error(), context.Canceled.Error(), context.DeadlineExceeded.Error(), 1)
}
func (e *timeoutError) Unwrap() []error { return []error{e.err, context.DeadlineExceeded} }

func timedOut(err error, fired *atomic.Bool) error {
	if fired.Load() {
		return &timeoutError{err}
	}
	return err
}
