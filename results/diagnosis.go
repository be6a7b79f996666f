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
	// Scenario: the finding concerns only this scenario (by name), which
	// writes the value itself (a short secret in its header); empty: every
	// scenario that Env and Credential select.
	Scenario string
}

// Printed returns the findings as a reader sees them: one per place,
// severity, code and message. The runner keeps a finding per environment
// (so it can attach it to that environment's scenarios), but a finding
// whose words do not name the environment (a variable every environment
// shares that is too short) would otherwise print the same line once per
// environment. A merged finding keeps Env only when all its copies agree.
func Printed(fs []Finding) []Finding {
	type key struct {
		file          string
		line, col     int
		sev           Severity
		code, message string
	}
	index := map[key]int{}
	var out []Finding
	for _, f := range fs {
		k := key{f.File, f.Line, f.Col, f.Severity, f.Code, f.Message}
		if i, ok := index[k]; ok {
			if out[i].Env != f.Env {
				out[i].Env = ""
			}
			continue
		}
		index[k] = len(out)
		out = append(out, f)
	}
	return out
}
