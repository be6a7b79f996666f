package assert

import (
	"fmt"
	"math"
	"net/http"
	"strconv"
	"strings"

	"github.com/authspec/authspec/secret"
)

// Status is a compiled status matcher: one code (200), one class (2xx) or a
// list of them ([200, 204], ["2xx", 404]).
//
// It is a comparable value type, so a Status can be compared with == and
// used as a map key, and its zero value means "not stated" (the caller then
// applies the default for the scenario's kind). Codes are kept as a bit set
// over 100..599, so Match is a constant-time lookup.
type Status struct {
	set  [8]uint64 // bit (code-100) is set when code matches
	text string    // the matcher as the user should read it; "" when zero
}

const (
	minStatus = 100
	maxStatus = 599
)

// ParseStatus compiles a decoded YAML value into a Status. It accepts an
// integer (200), a string ("200", "2xx", "4XX") or a list of those.
//
// The error quotes what the user wrote, so a load-time diagnostic can point
// at the value without a second lookup.
func ParseStatus(v any) (Status, error) {
	var s Status
	var parts []string
	if list, ok := v.([]any); ok {
		if len(list) == 0 {
			return Status{}, fmt.Errorf("invalid status matcher []: the list is empty; want a code like 200, a class like 2xx, or a list of them")
		}
		for _, item := range list {
			if _, nested := item.([]any); nested {
				return Status{}, fmt.Errorf("invalid status matcher %s: a list cannot contain another list", renderValue(v))
			}
			p, err := s.add(item)
			if err != nil {
				return Status{}, err
			}
			parts = append(parts, p)
		}
	} else if ints, ok := v.([]int); ok {
		// Go callers (package-level defaults, tests) write []int naturally.
		if len(ints) == 0 {
			return Status{}, fmt.Errorf("invalid status matcher []: the list is empty; want a code like 200, a class like 2xx, or a list of them")
		}
		for _, n := range ints {
			p, err := s.add(n)
			if err != nil {
				return Status{}, err
			}
			parts = append(parts, p)
		}
	} else {
		p, err := s.add(v)
		if err != nil {
			return Status{}, err
		}
		parts = append(parts, p)
	}
	s.text = strings.Join(parts, " or ")
	return s, nil
}

// MustStatus is ParseStatus for values fixed in the source, such as the
// default status of each scenario kind; a bad literal there is a programming
// error, so it panics.
func MustStatus(v any) Status {
	s, err := ParseStatus(v)
	if err != nil {
		panic("assert.MustStatus: " + err.Error())
	}
	return s
}

// add records one code or class and returns how it reads in String.
func (s *Status) add(v any) (string, error) {
	if str, ok := v.(string); ok {
		t := strings.TrimSpace(str)
		if len(t) == 3 && t[0] >= '1' && t[0] <= '5' && strings.EqualFold(t[1:], "xx") {
			lo := int(t[0]-'0') * 100
			for c := lo; c < lo+100; c++ {
				s.setCode(c)
			}
			return t[:1] + "xx", nil
		}
		n, err := strconv.Atoi(t)
		if err != nil {
			return "", badStatus(v)
		}
		return s.addCode(n, v)
	}
	n, ok := toInt(v)
	if !ok {
		return "", badStatus(v)
	}
	return s.addCode(n, v)
}

func (s *Status) addCode(n int, orig any) (string, error) {
	if n < minStatus || n > maxStatus {
		return "", fmt.Errorf("invalid status matcher %s: a status code is between %d and %d", renderValue(orig), minStatus, maxStatus)
	}
	s.setCode(n)
	return strconv.Itoa(n), nil
}

func badStatus(v any) error {
	return fmt.Errorf("invalid status matcher %s: want a code like 200, a class like 2xx, or a list of them", renderValue(v))
}

// toInt accepts every integer type a decoder may produce, and floats that
// hold a whole number (JSON decoders produce float64).
func toInt(v any) (int, bool) {
	switch n := v.(type) {
	case int:
		return n, true
	case int8:
		return int(n), true
	case int16:
		return int(n), true
	case int32:
		return int(n), true
	case int64:
		if n < math.MinInt32 || n > math.MaxInt32 {
			return 0, false
		}
		return int(n), true
	case uint:
		if n > math.MaxInt32 {
			return 0, false
		}
		return int(n), true
	case uint8:
		return int(n), true
	case uint16:
		return int(n), true
	case uint32:
		if n > math.MaxInt32 {
			return 0, false
		}
		return int(n), true
	case uint64:
		if n > math.MaxInt32 {
			return 0, false
		}
		return int(n), true
	case float64:
		if n != math.Trunc(n) || math.Abs(n) > math.MaxInt32 {
			return 0, false
		}
		return int(n), true
	}
	return 0, false
}

func (s *Status) setCode(c int) {
	i := c - minStatus
	s.set[i/64] |= 1 << (i % 64)
}

// IsZero reports whether no status was stated.
func (s Status) IsZero() bool { return s.text == "" }

// Match reports whether code satisfies the matcher. The zero Status matches
// nothing: an unresolved default must not turn into "anything goes", least
// of all for probes that expect a rejection.
func (s Status) Match(code int) bool {
	if code < minStatus || code > maxStatus {
		return false
	}
	i := code - minStatus
	return s.set[i/64]&(1<<(i%64)) != 0
}

// AllowsSuccess reports whether some 2xx would match. The diagnosis uses it
// to tell "the API accepted a credential it should have rejected" from an
// ordinary mismatch.
func (s Status) AllowsSuccess() bool {
	for c := 200; c < 300; c++ {
		if s.Match(c) {
			return true
		}
	}
	return false
}

// String renders the matcher as it reads in a failure: "200", "2xx",
// "200 or 204", "2xx or 404".
func (s Status) String() string { return s.text }

// CheckStatus compares the response code with want. A zero want fails,
// for the reason given on Match.
func CheckStatus(want Status, got int) *Failure {
	if want.Match(got) {
		return nil
	}
	expected := want.String()
	if want.IsZero() {
		expected = "(no status expectation)"
	}
	actual := strconv.Itoa(got)
	if t := http.StatusText(got); t != "" {
		actual += " " + t
	}
	f := newFailure("status", secret.Lit(expected), secret.Lit(actual), "")
	return &f
}
