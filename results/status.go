package results

import "fmt"

// Status is the outcome of one test case. The zero value is Unknown: a
// case the runner has not judged yet.
type Status int

const (
	Unknown Status = iota
	Passed
	Failed
	Errored // could not be judged: see the result's Kind
	Skipped
)

var statusNames = [...]string{Unknown: "unknown", Passed: "passed", Failed: "failed", Errored: "error", Skipped: "skipped"}

// String is the word reports use: passed, failed, error, skipped.
func (s Status) String() string {
	if s < 0 || int(s) >= len(statusNames) {
		return fmt.Sprintf("Status(%d)", int(s))
	}
	return statusNames[s]
}

// MarshalText makes a Status encode as its word (JSON, YAML, text).
func (s Status) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// Bad reports whether the status fails the run (failed or error).
func (s Status) Bad() bool { return s == Failed || s == Errored }

// Kind says why a test case failed or could not be judged. Its String is
// the JUnit <failure|error type=…>. The zero value None is for cases that
// passed or were skipped.
type Kind int

const (
	None Kind = iota

	// Errors: the case could not be judged (Status Errored).
	CredentialMissing // a variable the case needs is undefined or empty; nothing was sent
	Unreachable       // no connection: nothing listens, DNS fails
	Timeout           // no response in time
	ConnectionReset   // the server closed or reset the connection
	Interrupted       // the run was cancelled while the case ran
	TLS               // the TLS handshake failed
	TokenEndpoint     // the OAuth token endpoint gave no token
	BadResponse       // the server answered something that is not HTTP
	InvalidRequest    // the request cannot be built or sent (e.g. a bad URL after interpolation)

	// Failures: the case was judged and failed (Status Failed).
	AssertionFailure // an expectation did not hold
	SecurityFailure  // the API accepted a request it must reject
	Warning          // a preflight warning with --fail-on-warning
)

var kindNames = [...]string{
	None:              "",
	CredentialMissing: "CredentialMissing",
	Unreachable:       "Unreachable",
	Timeout:           "Timeout",
	ConnectionReset:   "ConnectionReset",
	Interrupted:       "Interrupted",
	TLS:               "TLS",
	TokenEndpoint:     "TokenEndpoint",
	BadResponse:       "BadResponse",
	InvalidRequest:    "InvalidRequest",
	AssertionFailure:  "AssertionFailure",
	SecurityFailure:   "SecurityFailure",
	Warning:           "Warning",
}

// String is the JUnit type: "CredentialMissing", "SecurityFailure", …;
// "" for None.
func (k Kind) String() string {
	if k < 0 || int(k) >= len(kindNames) {
		return fmt.Sprintf("Kind(%d)", int(k))
	}
	return kindNames[k]
}

// MarshalText makes a Kind encode as its name.
func (k Kind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// Totals counts results by status.
type Totals struct {
	Passed, Failed, Errors, Skipped int
}

// Add counts one result of status s.
func (t *Totals) Add(s Status) {
	switch s {
	case Passed:
		t.Passed++
	case Failed:
		t.Failed++
	case Errored:
		t.Errors++
	case Skipped:
		t.Skipped++
	}
}

// Tests is the number of test cases.
func (t Totals) Tests() int { return t.Passed + t.Failed + t.Errors + t.Skipped }

// String is the line CI logs are searched for:
// "3 passed, 1 failed, 0 errors, 2 skipped".
func (t Totals) String() string {
	return fmt.Sprintf("%d passed, %d failed, %d errors, %d skipped", t.Passed, t.Failed, t.Errors, t.Skipped)
}

// Totals counts the report's results by status.
func (r *Report) Totals() Totals {
	var t Totals
	for _, res := range r.Results {
		t.Add(res.Status)
	}
	return t
}

// Unreachable lists the environments in which requests were attempted and
// not one connection could be made: nothing listens, the DNS name is wrong,
// or TLS fails for everything. A host that accepts the connection and then
// hangs, resets or answers garbage was reached; its scenarios fail instead.
// The CLI exits 3 for these environments.
func (r *Report) Unreachable() []string {
	if r.Interrupted {
		return nil // requests cut short prove nothing about the host
	}
	type tally struct{ tried, reached int }
	byEnv := map[string]*tally{}
	var order []string
	for _, res := range r.Results {
		t := byEnv[res.Environment]
		if t == nil {
			t = &tally{}
			byEnv[res.Environment] = t
			order = append(order, res.Environment)
		}
		for _, s := range res.Steps {
			t.tried++
			if s.Connected || s.StatusCode != 0 {
				t.reached++
			}
		}
	}
	var out []string
	for _, env := range order {
		if t := byEnv[env]; t.tried > 0 && t.reached == 0 {
			out = append(out, env)
		}
	}
	return out
}
