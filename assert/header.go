package assert

import (
	"fmt"
	"net/http"
	"strings"
	"unicode/utf8"

	"github.com/authspec/authspec/secret"
)

// CheckHeader applies the matchers to a response header. Names compare
// case-insensitively even in a hand-built http.Header whose keys are not
// canonical.
//
// A header may repeat. A positive operator passes when any value satisfies
// it (one Set-Cookie among several is enough); a negative one (not_equals,
// not_contains) passes only when every value does, since a single offending
// value is what such an assertion exists to catch.
func CheckHeader(name string, ms []Matcher, h http.Header) []Failure {
	return Checker{}.Header(name, ms, h)
}

// Header is CheckHeader with the Checker's redactor.
func (c Checker) Header(name string, ms []Matcher, h http.Header) []Failure {
	v := c.view()
	values := headerValues(name, h)
	var fs []Failure
	for _, m := range ms {
		if len(values) == 0 {
			if m.Op == OpExists && m.Arg == false {
				continue
			}
			fs = append(fs, newFailure("header "+name, m.expected(), secret.Lit("(absent)"), ""))
			continue
		}
		negative := m.Op == OpNotEquals || m.Op == OpNotContains
		pass, reason := negative, ""
		for _, v := range values {
			ok, why := evalHeader(m, v)
			if why != "" {
				reason = why
			}
			if negative && !ok {
				pass = false
				break
			}
			if !negative && ok {
				pass = true
				break
			}
		}
		if !pass {
			fs = append(fs, newFailure("header "+name, m.expected(), secret.Text(v.renderValues(values, m.Op == OpType)), reason))
		}
	}
	return fs
}

func headerValues(name string, h http.Header) []string {
	if v := h.Values(name); len(v) > 0 {
		return v
	}
	var out []string
	for k, v := range h {
		if strings.EqualFold(k, name) {
			out = append(out, v...)
		}
	}
	return out
}

func (v view) renderValues(values []string, typed bool) string {
	parts := make([]string, len(values))
	for i, val := range values {
		parts[i] = quote(v.r(val))
	}
	s := parts[0]
	if len(parts) > 1 {
		s = "[" + strings.Join(parts, ", ") + "]"
	}
	if typed {
		s = "string " + s
	}
	return cut(s, maxActual)
}

// evalHeader applies one matcher to one header value. Header values are
// text, so numbers are read from the text where an operator needs one.
func evalHeader(m Matcher, v string) (ok bool, reason string) {
	switch m.Op {
	case OpExists:
		return m.Arg == true, ""
	case OpEquals:
		return equalText(m.Arg, v), ""
	case OpNotEquals:
		return !equalText(m.Arg, v), ""
	case OpOneOf:
		list, _ := m.Arg.([]any)
		for _, e := range list {
			if equalText(e, v) {
				return true, ""
			}
		}
		return false, ""
	case OpContains, OpNotContains:
		s, isText := scalarText(m.Arg)
		if !isText {
			return false, fmt.Sprintf("%s on a header needs a string, not %s", m.Op, renderValue(m.Arg))
		}
		return strings.Contains(v, s) == (m.Op == OpContains), ""
	case OpMatches:
		re, err := m.pattern()
		if err != nil {
			return false, "invalid regular expression: " + regexpReason(err)
		}
		return re.MatchString(v), ""
	case OpType:
		return m.Arg == "string", "a header value is always a string"
	case OpLength:
		want, isNum := argNumber(m.Arg)
		if !isNum {
			return false, fmt.Sprintf("the expected length %s is not a number", renderValue(m.Arg))
		}
		n := utf8.RuneCountInString(v)
		return want.cmp(number{rat: bigInt(n), f: float64(n)}) == 0, ""
	case OpGT, OpGTE, OpLT, OpLTE:
		want, isNum := argNumber(m.Arg)
		if !isNum {
			return false, fmt.Sprintf("the expected value %s is not a number", renderValue(m.Arg))
		}
		got, isNum := parseNumber(v)
		if !isNum {
			return false, "the header value is not a number"
		}
		return compareOp(m.Op, got.cmp(want)), ""
	}
	return false, fmt.Sprintf("unknown operator %q", m.Op)
}
