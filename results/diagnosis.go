package results

// Cause is one likely reason for a response, with what points to it.
// Code is a cause code from diagnose's catalog (e.g. "jwt_expired").
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
