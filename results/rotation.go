package results

import "time"

// Rotation is what `authspec rotate` found about one credential in one
// environment right after it was rotated: whether the new value works,
// whether (and when) the API stopped accepting the old one, and where the
// old value is still configured. Values appear only as labels: a source
// name and a fingerprint.
type Rotation struct {
	Environment string
	Credential  string
	// Values are the credential's new and old values, one pair per suite
	// file that defines the credential in the environment.
	Values []RotatedValue
	// NewPassed: every test case that sends the new value passed.
	NewPassed bool
	// NewCases and NewFailed count the new value's test cases, and those
	// of them that failed or could not be judged.
	NewCases, NewFailed int
	// Old is what the API did with the old value at the last attempt.
	Old OldValue
	// OldDetail says why the old value could not be judged (Unconfirmed).
	OldDetail string
	// RefusedAfter is how long after the check started the old value was
	// first refused; set when Old is Refused.
	RefusedAfter time.Duration
	// Elapsed is how long the check ran, from its start to the last attempt.
	Elapsed time.Duration
	// Wait is how long the old value was to be polled; Every how often.
	Wait, Every time.Duration
	// Attempts is how many times the old value was sent (each attempt sends
	// it once per scenario).
	Attempts int
	// Copies are the other places whose value is the old value.
	Copies []ValueCopy
	// Unprobed lists scenarios whose old-value probe could not be sent, with why.
	Unprobed []string
	// Interrupted: polling was stopped (Ctrl-C, SIGTERM) before the old
	// value was refused or the wait ran out.
	Interrupted bool
}

// OldValue is the API's answer to the old value.
type OldValue string

const (
	OldRefused     OldValue = "refused"     // every probe got the status the scenario lists for a refusal
	OldAccepted    OldValue = "accepted"    // some probe got a 2xx
	OldUnconfirmed OldValue = "unconfirmed" // neither: errors, timeouts, unexpected statuses
	OldNotChecked  OldValue = "not_checked" // never sent: the check was interrupted first
)

// Passed is the rotation's verdict: the new value works and the old one
// is refused.
func (r *Rotation) Passed() bool {
	return r.NewPassed && r.Old == OldRefused
}

// RotatedValue names a credential's current and previous values in one
// suite file by their source and fingerprint, never by value.
type RotatedValue struct {
	File                      string
	NewSource, NewFingerprint string
	OldSource, OldFingerprint string
}

// ValueCopy is a credential field somewhere that holds the old value.
type ValueCopy struct {
	File        string
	Environment string
	Credential  string
	Source      string // the variable (or credential.field) the value comes from
	Fingerprint string
	// Current is set when the copy is the checked credential itself: its
	// new value is the old one, so the secret was never updated.
	Current bool
}
