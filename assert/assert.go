// Package assert checks a response against a step's expectations: status,
// headers, JSON body paths (gjson), raw body substrings and duration.
// Matchers are compiled when a suite is loaded, so a bad regex, type name or
// status matcher is a load error, not a run-time surprise.
package assert

// Failure is one failed assertion: what was checked, what was expected and
// what came back. Path is "status", "header Content-Type", "body id",
// "body_contains", "duration".
type Failure struct {
	Path     string
	Expected string
	Actual   string
	Message  string // one line: `body id: expected "acc_123", got "acc_999"`
}

// Op is an assertion operator.
type Op string

// Operators for header and body assertions.
const (
	OpEquals      Op = "equals"
	OpNotEquals   Op = "not_equals"
	OpExists      Op = "exists"
	OpContains    Op = "contains"
	OpNotContains Op = "not_contains"
	OpMatches     Op = "matches"
	OpOneOf       Op = "one_of"
	OpType        Op = "type"
	OpGT          Op = "gt"
	OpGTE         Op = "gte"
	OpLT          Op = "lt"
	OpLTE         Op = "lte"
	OpLength      Op = "length"
)

// Ops lists every operator, for "did you mean" suggestions.
var Ops = []string{"equals", "not_equals", "exists", "contains", "not_contains",
	"matches", "one_of", "type", "gt", "gte", "lt", "lte", "length"}
