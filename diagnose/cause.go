// Package diagnose explains why an API answered 401 or 403: it reads what
// was sent, what came back and what the suite knows, and returns causes,
// most likely first, each with evidence. It also lints credentials before
// anything is sent (preflight). It never verifies signatures and never
// reveals a secret: evidence names sources and fingerprints, not values.
package diagnose

import "github.com/authspec/authspec/results"

// The types diagnose produces are plain data of the result model, so that
// reporters can read them without importing diagnose. These aliases keep
// diagnose's own names.
type (
	Cause    = results.Cause
	Severity = results.Severity
	Finding  = results.Finding
)

const (
	SeverityError   = results.SeverityError
	SeverityWarning = results.SeverityWarning
)
