package suites

import (
	"fmt"
	"slices"
	"strings"
)

// A reference is ${NAME}; $${ is a literal "${". Names start with a letter
// or underscore and may hold letters, digits, '_', '.' and '-'.

func validName(name string) bool {
	if name == "" {
		return false
	}
	for i, r := range name {
		switch {
		case r == '_' || (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z'):
		case i > 0 && (r >= '0' && r <= '9' || r == '.' || r == '-'):
		default:
			return false
		}
	}
	return true
}

// scan walks s, calling lit for literal text and ref for each reference.
// It returns an error for an unterminated or malformed reference.
func scan(s string, lit func(string), ref func(name string)) error {
	for {
		i := strings.Index(s, "${")
		if i < 0 {
			lit(s)
			return nil
		}
		if i > 0 && s[i-1] == '$' {
			lit(s[:i-1] + "${")
			s = s[i+2:]
			continue
		}
		lit(s[:i])
		end := strings.IndexByte(s[i:], '}')
		if end < 0 {
			return fmt.Errorf("unterminated ${ in %q (write $${ for a literal ${)", s[i:])
		}
		name := s[i+2 : i+end]
		if !validName(name) {
			return fmt.Errorf("invalid variable name %q in ${%s} (names use letters, digits, '_', '.', '-')", name, name)
		}
		ref(name)
		s = s[i+end+1:]
	}
}

func checkSyntax(s string) error {
	if !strings.Contains(s, "${") {
		return nil
	}
	return scan(s, func(string) {}, func(string) {})
}

// WholeRef returns the name s refers to when s is that one reference,
// ${NAME}, and nothing else.
func WholeRef(s string) (string, bool) {
	if len(s) < 4 || !strings.HasPrefix(s, "${") || strings.IndexByte(s, '}') != len(s)-1 || !validName(s[2:len(s)-1]) {
		return "", false
	}
	return s[2 : len(s)-1], true
}

// Refs returns the names s refers to, in order, without duplicates.
func Refs(s string) []string {
	var names []string
	eachRef(s, func(n string) { names = append(names, n) })
	return names
}

// eachRef calls fn with each name s refers to, in order, once each, as
// Refs lists them, without making the list: the walks over every string
// of a suite (its variables, its identifiers) call it for each string of
// each suite a folder holds.
func eachRef(s string, fn func(name string)) {
	if !strings.Contains(s, "${") {
		return
	}
	var first string // most strings refer to one name
	var more []string
	_ = scan(s, func(string) {}, func(n string) {
		switch {
		case first == "":
			first = n
		case n == first || slices.Contains(more, n):
			return
		default:
			more = append(more, n)
		}
		fn(n)
	})
}

// Expand replaces every reference in s with its value from lookup. Names
// that lookup does not know, or knows as empty, are returned as missing and
// left out of the result.
func Expand(s string, lookup func(name string) (string, bool)) (out string, missing []string) {
	if !strings.Contains(s, "${") {
		return s, nil
	}
	if name, ok := WholeRef(s); ok {
		// A value that is one variable (a token, a base_url) is the
		// variable's value as it stands: no copy of it built.
		if v, ok := lookup(name); ok && v != "" {
			return v, nil
		}
		return "", []string{name}
	}
	var b strings.Builder
	err := scan(s, func(t string) { b.WriteString(t) }, func(n string) {
		v, ok := lookup(n)
		if !ok || v == "" {
			if !slices.Contains(missing, n) {
				missing = append(missing, n)
			}
			return
		}
		b.WriteString(v)
	})
	if err != nil {
		// Syntax is checked at load; text that reaches here unchecked
		// (a capture, an env file value) is used as it stands.
		return s, missing
	}
	return b.String(), missing
}
