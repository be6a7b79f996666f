// Package diagnose explains why an API answered 401 or 403: it reads what
// was sent, what came back and what the suite knows, and returns causes,
// most likely first, each with evidence. It also lints credentials before
// anything is sent (preflight). It never verifies signatures and never
// reveals a secret: evidence names sources and fingerprints, not values.
package diagnose

// Cause is one likely reason for a response, with what points to it.
type Cause struct {
	Code     string   `json:"cause"`
	Message  string   `json:"message"`
	Evidence []string `json:"evidence,omitempty"`
}

// Severity of a preflight finding.
type Severity string

const (
	SeverityError   Severity = "error"
	SeverityWarning Severity = "warning"
)

// Finding is a preflight result: something found in a suite or its
// credentials before any request is sent. File, Line and Col point at the
// place where the credential or variable is used.
type Finding struct {
	File     string
	Line     int
	Col      int
	Severity Severity
	Code     string
	Message  string
	// Env and Credential say what the finding concerns, so the runner can
	// attach it to the scenarios that use that credential in that
	// environment. Empty Credential: it concerns the whole environment.
	Env        string
	Credential string
	Variable   string
}
