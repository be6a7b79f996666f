package suites

import (
	"strconv"
	"strings"
	"time"
)

// The tags yaml.v3 gives plain scalars, for the fast parser (see
// fastyaml.go).

// plainTag resolves a plain scalar's tag as yaml.v3 does (its resolve
// function, whose rules these are).
func plainTag(v string) string {
	switch v[0] {
	case 'y', 'Y', 'n', 'N', 't', 'T', 'f', 'F', 'o', 'O', '~', '<':
		switch v {
		case "true", "True", "TRUE", "false", "False", "FALSE":
			return "!!bool"
		case "~", "null", "Null", "NULL":
			return "!!null"
		case "<<":
			return "!!merge"
		}
		return "!!str"
	case '.':
		switch v {
		case ".nan", ".NaN", ".NAN", ".inf", ".Inf", ".INF":
			return "!!float"
		}
		if _, err := strconv.ParseFloat(v, 64); err == nil {
			return "!!float"
		}
		return "!!str"
	case '+', '-':
		switch v {
		case "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF":
			return "!!float"
		}
		return numberTag(v)
	case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		return numberTag(v)
	}
	return "!!str"
}

// yamlStyleFloat is yaml.v3's pattern of a float,
// ^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$, read by hand: a
// package-level regexp would be compiled at every start of authspec.
func yamlStyleFloat(v string) bool {
	digits := func(i int) int {
		for i < len(v) && v[i] >= '0' && v[i] <= '9' {
			i++
		}
		return i
	}
	i := 0
	if i < len(v) && (v[i] == '+' || v[i] == '-') {
		i++
	}
	if i < len(v) && v[i] == '.' {
		if j := digits(i + 1); j > i+1 {
			i = j
		} else {
			return false
		}
	} else {
		j := digits(i)
		if j == i {
			return false
		}
		if i = j; i < len(v) && v[i] == '.' {
			i = digits(i + 1)
		}
	}
	if i < len(v) && (v[i] == 'e' || v[i] == 'E') {
		i++
		if i < len(v) && (v[i] == '+' || v[i] == '-') {
			i++
		}
		j := digits(i)
		if j == i {
			return false
		}
		i = j
	}
	return i == len(v)
}

// numberTag is yaml.v3's reading of a plain scalar that starts with a
// digit or a sign: a timestamp, an integer, a float, or else a string.
func numberTag(v string) string {
	if isDecimal(v) {
		// The common case, without the allocations below: a whole number
		// in range is an int; out of range, a float.
		if _, err := strconv.ParseInt(v, 10, 64); err == nil {
			return "!!int"
		}
	}
	if isTimestamp(v) {
		return "!!timestamp"
	}
	plain := strings.ReplaceAll(v, "_", "")
	if _, err := strconv.ParseInt(plain, 0, 64); err == nil {
		return "!!int"
	}
	if _, err := strconv.ParseUint(plain, 0, 64); err == nil {
		return "!!int"
	}
	if yamlStyleFloat(plain) {
		if _, err := strconv.ParseFloat(plain, 64); err == nil {
			return "!!float"
		}
	}
	if radixInt(plain) {
		return "!!int"
	}
	return "!!str"
}

// radixInt is yaml.v3's reading of 0b… and 0o… integers (and of -0b…,
// -0o…, which it reads as signed only).
func radixInt(plain string) bool {
	ok := func(digits string, base int, unsigned bool) bool {
		if _, err := strconv.ParseInt(digits, base, 64); err == nil {
			return true
		}
		_, err := strconv.ParseUint(digits, base, 64)
		return unsigned && err == nil
	}
	for _, r := range []struct {
		prefix string
		base   int
	}{{"0b", 2}, {"0o", 8}} {
		if digits, found := strings.CutPrefix(plain, r.prefix); found && ok(digits, r.base, true) {
			return true
		}
		if digits, found := strings.CutPrefix(plain, "-"+r.prefix); found && ok("-"+digits, r.base, false) {
			return true
		}
	}
	return false
}

// isDecimal: digits, at most one sign first, no leading zero (which
// yaml.v3 reads as octal).
func isDecimal(v string) bool {
	if v[0] == '+' || v[0] == '-' {
		v = v[1:]
	}
	if v == "" || len(v) > 1 && v[0] == '0' {
		return false
	}
	for i := 0; i < len(v); i++ {
		if v[i] < '0' || v[i] > '9' {
			return false
		}
	}
	return true
}

var timestampFormats = []string{
	"2006-1-2T15:4:5.999999999Z07:00",
	"2006-1-2t15:4:5.999999999Z07:00",
	"2006-1-2 15:4:5.999999999",
	"2006-1-2",
}

// isTimestamp is yaml.v3's parseTimestamp: four digits, a '-', then one of
// its formats.
func isTimestamp(v string) bool {
	i := 0
	for i < len(v) && v[i] >= '0' && v[i] <= '9' {
		i++
	}
	if i != 4 || i == len(v) || v[i] != '-' {
		return false
	}
	for _, f := range timestampFormats {
		if _, err := time.Parse(f, v); err == nil {
			return true
		}
	}
	return false
}
