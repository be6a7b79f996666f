package assert

import (
	"math/big"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/authspec/authspec/internal/lazyre"
	"github.com/tidwall/gjson"
)

// numberRE is the number syntax we accept in text: JSON's, plus a leading
// '+'. It keeps out what strconv would also take (hex, "inf", "1_000"),
// which no API means as a number in a header or an interpolated value.
var numberRE = lazyre.New(`^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?(\d+))?$`)

// number is a parsed decimal. Comparing exact rationals keeps 64-bit ids
// and 0.1-style decimals from being rounded into equality.
type number struct {
	rat *big.Rat // nil when the exponent is too large to expand safely
	f   float64
}

// maxExponent bounds what big.Rat is asked to expand: "1e999999999" in a
// response must not cost gigabytes. Beyond it, float64 comparison (which
// saturates to ±Inf or 0) is the honest answer.
const maxExponent = 400

func parseNumber(s string) (number, bool) {
	s = strings.TrimSpace(s)
	sub := numberRE.FindStringSubmatch(s)
	if sub == nil {
		return number{}, false
	}
	f, _ := strconv.ParseFloat(strings.TrimPrefix(s, "+"), 64)
	if sub[1] != "" {
		if e, err := strconv.Atoi(sub[1]); err != nil || e > maxExponent {
			return number{f: f}, true
		}
	}
	r, ok := new(big.Rat).SetString(strings.TrimPrefix(s, "+"))
	if !ok {
		return number{f: f}, true
	}
	return number{rat: r, f: f}, true
}

func (a number) cmp(b number) int {
	if a.rat != nil && b.rat != nil {
		return a.rat.Cmp(b.rat)
	}
	switch {
	case a.f < b.f:
		return -1
	case a.f > b.f:
		return 1
	}
	return 0
}

// argNumber reads a numeric expected value; a string is parsed here rather
// than at load time because it may have come from ${VAR}.
func argNumber(v any) (number, bool) {
	switch x := v.(type) {
	case int64:
		return number{rat: new(big.Rat).SetInt64(x), f: float64(x)}, true
	case float64:
		// The shortest decimal that round-trips, so 0.1 from YAML equals
		// 0.1 in JSON rather than its binary approximation.
		return parseNumber(strconv.FormatFloat(x, 'g', -1, 64))
	case string:
		return parseNumber(x)
	}
	return number{}, false
}

// scalarText is the textual form of an expected scalar, used where the
// actual value is text (a header, a JSON string, an object key).
func scalarText(v any) (string, bool) {
	switch x := v.(type) {
	case string:
		return x, true
	case bool:
		return strconv.FormatBool(x), true
	case int64:
		return strconv.FormatInt(x, 10), true
	case float64:
		return formatFloat(x), true
	}
	return "", false
}

// equalJSON is the `equals` rule for body values: type-aware, numbers
// compared by value, and a string expected value also equals a number or a
// bool of the same text, because ${VAR} interpolation only yields strings.
func equalJSON(exp any, r gjson.Result) bool {
	switch x := exp.(type) {
	case nil:
		return r.Type == gjson.Null
	case bool:
		return (x && r.Type == gjson.True) || (!x && r.Type == gjson.False)
	case int64, float64:
		if r.Type != gjson.Number {
			return false
		}
		a, ok1 := argNumber(x)
		b, ok2 := parseNumber(r.Raw)
		return ok1 && ok2 && a.cmp(b) == 0
	case string:
		switch r.Type {
		case gjson.String:
			return r.Str == x
		case gjson.Number:
			a, ok1 := parseNumber(x)
			b, ok2 := parseNumber(r.Raw)
			return ok1 && ok2 && a.cmp(b) == 0
		case gjson.True, gjson.False:
			return strings.TrimSpace(x) == r.Raw
		}
		return false
	case []any:
		if !r.IsArray() {
			return false
		}
		elems := r.Array()
		if len(elems) != len(x) {
			return false
		}
		for i, e := range x {
			if !equalJSON(e, elems[i]) {
				return false
			}
		}
		return true
	case map[string]any:
		if !r.IsObject() {
			return false
		}
		got := r.Map()
		if len(got) != len(x) {
			return false
		}
		for k, e := range x {
			v, ok := got[k]
			if !ok || !equalJSON(e, v) {
				return false
			}
		}
		return true
	}
	return false
}

// equalText is the `equals` rule for a header value: the same text, or the
// same number when the expected value is a number.
func equalText(exp any, s string) bool {
	switch x := exp.(type) {
	case string:
		return s == x
	case int64, float64:
		a, ok1 := argNumber(x)
		b, ok2 := parseNumber(s)
		return ok1 && ok2 && a.cmp(b) == 0
	case bool:
		return s == strconv.FormatBool(x)
	}
	return false
}

// containsJSON is `contains` on a body value: a substring of a string, an
// element of an array, a key of an object. applicable is false for
// numbers, bools and null, which have no contents to look into.
func containsJSON(exp any, r gjson.Result) (found, applicable bool) {
	switch {
	case r.Type == gjson.String:
		s, ok := scalarText(exp)
		return ok && strings.Contains(r.Str, s), true
	case r.IsArray():
		for _, e := range r.Array() {
			if equalJSON(exp, e) {
				return true, true
			}
		}
		return false, true
	case r.IsObject():
		key, ok := scalarText(exp)
		if !ok {
			return false, true
		}
		r.ForEach(func(k, _ gjson.Result) bool {
			found = k.Str == key
			return !found
		})
		return found, true
	}
	return false, false
}

// lengthJSON counts runes, elements or keys.
func lengthJSON(r gjson.Result) (int, bool) {
	switch {
	case r.Type == gjson.String:
		return utf8.RuneCountInString(r.Str), true
	case r.IsArray():
		return len(r.Array()), true
	case r.IsObject():
		n := 0
		r.ForEach(func(_, _ gjson.Result) bool { n++; return true })
		return n, true
	}
	return 0, false
}

// compareOp applies gt/gte/lt/lte to cmp(actual, expected).
func compareOp(op Op, c int) bool {
	switch op {
	case OpGT:
		return c > 0
	case OpGTE:
		return c >= 0
	case OpLT:
		return c < 0
	case OpLTE:
		return c <= 0
	}
	return false
}

// pattern returns the compiled pattern, compiling on demand when the caller
// checked an unexpanded matcher.
func (m Matcher) pattern() (*regexp.Regexp, error) {
	if m.re != nil {
		return m.re, nil
	}
	s, _ := m.Arg.(string)
	return regexp.Compile(s)
}

func bigInt(n int) *big.Rat { return new(big.Rat).SetInt64(int64(n)) }
