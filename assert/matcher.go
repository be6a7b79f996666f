package assert

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/authspec/authspec/secret"
)

// Matcher is one operator and its expected value, validated when the suite
// is loaded. Arg holds the decoded YAML value (string, int64, float64, bool,
// nil, []any, map[string]any); its strings may still hold ${VAR}
// placeholders until Expand is called for an environment.
type Matcher struct {
	Op  Op
	Arg any

	re *regexp.Regexp // matches: compiled once Arg holds no placeholder
	// shown is how a failure states the expectation, when the caller
	// rendered it from the suite's template (see ShownAs).
	shown secret.Text
}

// ShownAs returns m stating its expectation as t in a failure: the
// runner renders it from the suite's template (its text as written, each
// secret as its label), so a short secret cannot rewrite a value written
// in the suite, nor show through a longer one.
func (m Matcher) ShownAs(t secret.Text) Matcher {
	m.shown = t
	return m
}

// expected is how a failure states m: as shown, else its String, a value.
func (m Matcher) expected() secret.Text {
	if m.shown != "" {
		return m.shown
	}
	return secret.Text(m.String())
}

// Types lists the names the `type` operator accepts.
var Types = []string{"string", "number", "bool", "object", "array", "null"}

// opAliases maps spellings from other tools to our operators, so the
// "did you mean" hint covers more than typos.
var opAliases = map[string]Op{
	"eq": OpEquals, "equal": OpEquals, "is": OpEquals,
	"ne": OpNotEquals, "neq": OpNotEquals, "not_equal": OpNotEquals,
	"regex": OpMatches, "regexp": OpMatches, "match": OpMatches, "pattern": OpMatches,
	"in": OpOneOf, "any_of": OpOneOf, "enum": OpOneOf,
	"ge": OpGTE, "le": OpLTE, "min": OpGTE, "max": OpLTE,
	"len": OpLength, "size": OpLength, "count": OpLength,
	"exist": OpExists, "present": OpExists,
	"includes": OpContains, "has": OpContains,
}

var typeAliases = map[string]string{
	"boolean": "bool", "integer": "number", "int": "number", "float": "number",
	"str": "string", "list": "array", "map": "object", "dict": "object", "nil": "null",
}

// NewMatcher validates op and arg together, so that every mistake a suite
// can hold surfaces at load time with a hint, not halfway through a run.
func NewMatcher(op string, arg any) (Matcher, error) {
	if !isOp(op) {
		return Matcher{}, unknownOp(op)
	}
	norm, err := normalize(arg)
	if err != nil {
		return Matcher{}, fmt.Errorf("%s: %v", op, err)
	}
	m := Matcher{Op: Op(op), Arg: norm}
	if err := m.validate(); err != nil {
		return Matcher{}, fmt.Errorf("%s: %v", op, err)
	}
	if err := m.compile(); err != nil {
		return Matcher{}, fmt.Errorf("%s: %v", op, err)
	}
	return m, nil
}

func isOp(op string) bool {
	for _, o := range Ops {
		if o == op {
			return true
		}
	}
	return false
}

func unknownOp(op string) error {
	list := strings.Join(Ops, ", ")
	if s := suggest(op, Ops, opAliases); s != "" {
		return fmt.Errorf("unknown operator %q (did you mean %q?); valid operators: %s", op, s, list)
	}
	return fmt.Errorf("unknown operator %q; valid operators: %s", op, list)
}

func (m Matcher) validate() error {
	switch m.Op {
	case OpExists:
		if _, ok := m.Arg.(bool); !ok {
			return fmt.Errorf("want true or false, got %s", renderValue(m.Arg))
		}
	case OpMatches:
		s, ok := m.Arg.(string)
		if !ok {
			return fmt.Errorf("want a regular expression string, got %s", renderValue(m.Arg))
		}
		// Placeholders are filled per environment; any value will be
		// quoted by Expand, so a single literal stands in for each.
		if _, err := regexp.Compile(placeholderRE.ReplaceAllString(s, "x")); err != nil {
			return fmt.Errorf("invalid regular expression %s: %v", quote(s), regexpReason(err))
		}
	case OpType:
		s, ok := m.Arg.(string)
		if !ok || !validType(s) {
			hint := ""
			if t := suggest(fmt.Sprint(m.Arg), Types, typeAliases); ok && t != "" {
				hint = fmt.Sprintf(" (did you mean %q?)", t)
			}
			return fmt.Errorf("unknown type %s%s; want one of %s", renderValue(m.Arg), hint, strings.Join(Types, ", "))
		}
	case OpGT, OpGTE, OpLT, OpLTE:
		if !numberLike(m.Arg) {
			return fmt.Errorf("want a number, got %s", renderValue(m.Arg))
		}
	case OpLength:
		switch a := m.Arg.(type) {
		case int64:
			if a < 0 {
				return fmt.Errorf("want a non-negative integer, got %d", a)
			}
		case float64: // 3.0 in YAML
			if a < 0 || a != math.Trunc(a) {
				return fmt.Errorf("want a non-negative integer, got %s", formatFloat(a))
			}
		case string:
			if !strings.Contains(a, "${") {
				if _, err := strconv.ParseUint(strings.TrimSpace(a), 10, 63); err != nil {
					return fmt.Errorf("want a non-negative integer, got %s", quote(a))
				}
			}
		default:
			return fmt.Errorf("want a non-negative integer, got %s", renderValue(m.Arg))
		}
	case OpOneOf:
		list, ok := m.Arg.([]any)
		if !ok {
			return fmt.Errorf("want a list of values, got %s", renderValue(m.Arg))
		}
		if len(list) == 0 {
			return fmt.Errorf("want a list of values, got an empty list")
		}
	}
	return nil
}

func validType(s string) bool {
	for _, t := range Types {
		if s == t {
			return true
		}
	}
	return false
}

// numberLike accepts a number, a numeric string, or a string that becomes
// a number only once its placeholders are filled.
func numberLike(v any) bool {
	switch a := v.(type) {
	case int64, float64:
		return true
	case string:
		if strings.Contains(a, "${") {
			return true
		}
		_, ok := parseNumber(a)
		return ok
	}
	return false
}

// compile prepares the regexp when Arg is final. With placeholders left,
// Check compiles on demand; that only happens when a caller skipped Expand.
func (m *Matcher) compile() error {
	m.re = nil
	s, ok := m.Arg.(string)
	if m.Op != OpMatches || !ok || placeholderRE.MatchString(s) {
		return nil
	}
	re, err := regexp.Compile(s)
	if err != nil {
		return fmt.Errorf("invalid regular expression %s: %v", quote(s), regexpReason(err))
	}
	m.re = re
	return nil
}

// regexpReason drops the "error parsing regexp: " prefix that would repeat
// what the message already says.
func regexpReason(err error) string {
	return strings.TrimPrefix(err.Error(), "error parsing regexp: ")
}

// normalize maps the integer and float types a decoder may produce onto
// int64 and float64 so that the rest of the package sees one type per kind.
func normalize(v any) (any, error) {
	switch x := v.(type) {
	case nil, string, bool, int64, float64:
		return v, nil
	case float32:
		return float64(x), nil
	case uint64:
		if x > math.MaxInt64 {
			return float64(x), nil
		}
		return int64(x), nil
	case uint:
		return normalize(uint64(x))
	case int, int8, int16, int32, uint8, uint16, uint32:
		n, _ := strconv.ParseInt(fmt.Sprint(x), 10, 64)
		return n, nil
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			n, err := normalize(e)
			if err != nil {
				return nil, err
			}
			out[i] = n
		}
		return out, nil
	case []string:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = e
		}
		return out, nil
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, e := range x {
			n, err := normalize(e)
			if err != nil {
				return nil, err
			}
			out[k] = n
		}
		return out, nil
	case time.Time:
		// yaml.v3 resolves an unquoted 2024-01-01 to a time.Time.
		return nil, fmt.Errorf("%s is a YAML timestamp; quote it to compare it as text", x.Format(time.RFC3339))
	}
	return nil, fmt.Errorf("unsupported value of type %T", v)
}

// String states the expectation in words, as a failure shows it.
func (m Matcher) String() string {
	switch m.Op {
	case OpExists:
		if b, _ := m.Arg.(bool); !b {
			return "does not exist"
		}
		return "exists"
	case OpNotEquals:
		return "does not equal " + renderValue(m.Arg)
	case OpNotContains:
		return "does not contain " + renderValue(m.Arg)
	case OpOneOf:
		return "one of " + renderValue(m.Arg)
	case OpType:
		if s, ok := m.Arg.(string); ok {
			return "type " + s
		}
	case OpLength, OpGT, OpGTE, OpLT, OpLTE:
		// Numeric strings read as numbers: `gte 1`, not `gte "1"`.
		if s, ok := m.Arg.(string); ok {
			if _, isNum := parseNumber(s); isNum {
				return string(m.Op) + " " + strings.TrimSpace(s)
			}
		}
	}
	return string(m.Op) + " " + renderValue(m.Arg)
}
