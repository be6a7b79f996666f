package assert

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// ValidPath rejects gjson paths that cannot be what the user meant, so the
// mistake is a load error rather than a "(missing)" at run time. gjson
// itself never reports a bad path, only a missing value.
//
// It is deliberately conservative: it checks the structure (brackets,
// quotes, escapes, a dangling separator) and leaves names alone, so every
// valid form passes: `permissions.#`, `data.#(id=="x").name`, `a\.b`,
// `items.0.id`, `@this`, `{a,b}`, `..0` (JSON lines), modifiers with
// arguments. A bracket that belongs to a key must be escaped (`fn\(x\)`).
func ValidPath(p string) error {
	if p == "" {
		return errors.New("empty gjson path")
	}
	var stack []int // offsets of open brackets
	inString := false
	lastEscaped := false
	for i := 0; i < len(p); i++ {
		c := p[i]
		lastEscaped = false
		if inString {
			switch c {
			case '\\':
				i++
				if i == len(p) {
					return fmt.Errorf("gjson path %s: unterminated string", quote(p))
				}
			case '"':
				inString = false
			}
			continue
		}
		switch c {
		case '\\':
			if i == len(p)-1 {
				return fmt.Errorf("gjson path %s ends with a lone \\; escape a character as \\. or remove it", quote(p))
			}
			i++
			lastEscaped = true
		case '"':
			// Quotes delimit strings inside queries, multipaths and
			// modifier arguments, and start a !"literal"; elsewhere they
			// are part of a key.
			if len(stack) > 0 || (i > 0 && (p[i-1] == '!' || p[i-1] == ':')) {
				inString = true
			}
		case '(', '[', '{':
			stack = append(stack, i)
		case ')', ']', '}':
			if len(stack) == 0 {
				return fmt.Errorf("gjson path %s: unexpected %s at offset %d with nothing to close; escape it as \\%c if it is part of a key", quote(p), ch(c), i, c)
			}
			open := stack[len(stack)-1]
			if want := closer(p[open]); c != want {
				return fmt.Errorf("gjson path %s: %s at offset %d closes %s at offset %d; want %s", quote(p), ch(c), i, ch(p[open]), open, ch(want))
			}
			if c == ')' && open > 0 && p[open-1] == '#' && strings.TrimSpace(p[open+1:i]) == "" {
				return fmt.Errorf("gjson path %s: empty query #() at offset %d; write a condition like #(id==\"x\")", quote(p), open-1)
			}
			stack = stack[:len(stack)-1]
		}
	}
	if inString {
		return fmt.Errorf("gjson path %s: unterminated string", quote(p))
	}
	if len(stack) > 0 {
		open := stack[len(stack)-1]
		what, at := ch(p[open]), open
		if p[open] == '(' && open > 0 && p[open-1] == '#' {
			what, at = `query "#("`, open-1
		}
		return fmt.Errorf("gjson path %s: %s at offset %d is never closed with %s", quote(p), what, at, ch(closer(p[open])))
	}
	if last := p[len(p)-1]; (last == '.' || last == '|') && !lastEscaped {
		return fmt.Errorf("gjson path %s ends with %s; remove it or add the next key", quote(p), ch(last))
	}
	return nil
}

func closer(open byte) byte {
	switch open {
	case '(':
		return ')'
	case '[':
		return ']'
	}
	return '}'
}

func ch(c byte) string { return strconv.Quote(string(rune(c))) }
