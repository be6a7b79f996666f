package runner

import (
	"time"

	"github.com/authspec/authspec/diagnose"
	"github.com/authspec/authspec/secret"
	"github.com/authspec/authspec/suites"
)

// Status is the outcome of one test case.
type Status string

const (
	Passed  Status = "passed"
	Failed  Status = "failed"
	Errored Status = "error"
	Skipped Status = "skipped"
)

// Error types: why a test case could not be judged (JUnit <error type=…>),
// or, for SecurityFailure, a failure that is the API's fault.
const (
	ErrCredentialMissing = "CredentialMissing"
	ErrUnreachable       = "Unreachable"
	ErrTimeout           = "Timeout"
	ErrReset             = "ConnectionReset"
	ErrInterrupted       = "Interrupted"
	ErrTLS               = "TLS"
	ErrTokenEndpoint     = "TokenEndpoint"
	ErrBadResponse       = "BadResponse"
	ErrInvalid           = "InvalidRequest" // e.g. interpolation produced a bad URL
	FailAssertion        = "AssertionFailure"
	FailSecurity         = "SecurityFailure"
	FailWarning          = "Warning" // --fail-on-warning
)

// Report is everything one run produced. Every reporter reads the same
// Report; none of them goes back to the suites or the network.
type Report struct {
	StartedAt time.Time
	Duration  time.Duration
	Results   []*Result          // in suite, environment, scenario order
	Findings  []diagnose.Finding // preflight, in file order
	// Credentials are the selected environments' credentials, described
	// by fingerprint and expiry, never by value.
	Credentials []CredentialInfo
	// Interrupted is set when the run's context was cancelled (Ctrl-C):
	// cases cut short are errors of type Interrupted, cases never started
	// are skipped.
	Interrupted bool
	// Redactor holds every secret of the run. Reporters pass every string
	// they write through it; it is the only way a value leaves redacted.
	Redactor *secret.Redactor
}

// Result is one test case: a scenario in one environment, or one of its
// probes or matrix cells.
type Result struct {
	Suite       *suites.Suite
	Scenario    *suites.Scenario
	Environment string
	Name        string // scenario name, plus " [probe: X]" or " [row as cred]"
	Probe       string // probe kind, or ""
	// Credential is the credential under test ("" when none is sent; a
	// matrix cell's column as written, "none" included). A probe's is its
	// scenario's.
	Credential string
	Row        string // matrix cell: the row (request) name; "" otherwise
	Expected   string // matrix cell: the status expected for this credential, as written
	Line       int    // YAML line of the scenario (or matrix row)
	Status     Status
	Type       string // error/failure type (constants above); "" when passed
	Message    string // one-line summary for failures, errors and skips
	Duration   time.Duration
	Attempts   int // > 1 when retried; only the final attempt is reported
	Steps      []Step
	Failures   []Failure
	Diagnosis  []diagnose.Cause
	Warnings   []diagnose.Finding
}

// Step is one request that was sent.
type Step struct {
	Method     string
	URL        string // as sent; reporters redact it
	Endpoint   string // method + path template, e.g. "GET /v1/accounts/${account_id}"
	StatusCode int    // 0 when no response arrived
	Connected  bool   // a connection (TCP, and TLS for https) was established
	Duration   time.Duration
	Request    Exchange // for --verbose and diagnosis output
	Response   Exchange
}

// Exchange is the header and body of a request or response as seen on the
// wire (body capped). Reporters redact before printing.
type Exchange struct {
	Header map[string][]string
	Body   []byte
}

// Failure is one failed assertion in one step.
type Failure struct {
	Step     int // 1-based step number
	Path     string
	Expected string
	Actual   string
	Message  string
}
